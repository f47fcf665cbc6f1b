/**
 * Review of the notes change (aea6f36): the CLI user is never told what the check kept. The plan says
 * "…已有您写的批注，本工具的说明未写入，您的批注保留未改：…" (and "已保留未改" for cells), but the CLI prints
 * none of the plan's messages, neither in the text report nor in --json.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { xlsxDriver } from "../scenarios/drivers";
import { ROOT, runCli } from "./runCli";

const SAMPLE = path.join(ROOT, "assets", "sample.xlsx");

jest.setTimeout(120_000);

const run = runCli;

let work: string;
beforeEach(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-review-"));
});
afterEach(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

test("the clerk's note where ours would go: the CLI report says their note was kept and ours not written", async () => {
  const once = (await xlsxDriver.check(await xlsxDriver.open(SAMPLE), false)).workbook;
  const notes = (await xlsxDriver.held(once)).notes;
  expect(notes.get("2 检察业务费!J16")).toBeDefined(); // a yellow indicator: our note
  // The clerk replaces our note with their own (Excel: Edit Note, select all, type).
  const edited = await xlsxDriver.edit(once, [{ sheet: "2 检察业务费", row: 15, col: 9, note: "王会计：已核实" }]);
  const file = path.join(work, "book.xlsx");
  await fs.writeFile(file, edited);

  const text = await run(["check", file, "--out", path.join(work, "out")], work);
  expect(text.code).toBe(0);
  expect(text.stdout + text.stderr).toMatch(/批注/);
  expect(text.stdout + text.stderr).toContain("J16");

  const json = await run(["check", file, "--out", path.join(work, "out2"), "--json"], work);
  expect(json.stdout).toMatch(/批注/);
});
