/**
 * The command line has both modes: `--formulas` (PERF.* formulas, our empty 实际完成值 cells of % targets given 0.00%)
 * and values (the default). A copy checked with --formulas, checked again without it, has the number formats a first
 * check without it gives: our 0.00% comes off the cells still empty (tests/scenarios/modeSwitch has the clerk's edits).
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { ROOT, runCli } from "./runCli";

const SEED = path.join(ROOT, "tests", "fixtures", "seed-one-sheet.xlsx");

let work: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-mode-switch-"));
  await fs.copyFile(SEED, path.join(work, "x.xlsx"));
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});
jest.setTimeout(180_000);

/** Every non-General number format of the copy's sheets but our record: "sheet!row,col" → code. */
async function formatsOf(file: string): Promise<Map<string, string>> {
  const { snapshot } = readWorkbookBytes(new Uint8Array(await fs.readFile(path.join(work, file))));
  const out = new Map<string, string>();
  for (const s of snapshot.sheets)
    (s.numberFormats ?? []).forEach((row, r) =>
      row.forEach((f, c) => {
        if (f && !s.veryHidden) out.set(`${s.name}!${r + s.originRow},${c + s.originCol}`, f);
      }),
    );
  return out;
}

test("check --formulas, then check that copy without it: the formats of a first check without it", async () => {
  const check = (args: string[]) => runCli(["check", ...args, "--as-of", "2024-08-15"], work, { timeout: 120_000 });
  for (const r of [
    await check(["x.xlsx", "--formulas", "--out", "formulas"]),
    await check([path.join("formulas", "x.checked.xlsx"), "--out", "then-values"]),
    await check(["x.xlsx", "--out", "values"]),
  ])
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  const formulas = await formatsOf(path.join("formulas", "x.checked.xlsx"));
  expect(formulas.get("预算项目绩效目标!121,7")).toBe("0.00%"); // H122, 设备使用率 ≥90%
  const values = await formatsOf(path.join("values", "x.checked.xlsx"));
  expect(values.get("预算项目绩效目标!121,7")).toBeUndefined();
  // The copy of a copy is named as the first copy (x.checked.xlsx, not x.checked.checked.xlsx).
  expect(await formatsOf(path.join("then-values", "x.checked.xlsx"))).toEqual(values);
});
