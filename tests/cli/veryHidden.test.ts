/**
 * A very hidden sheet of the user's (state="veryHidden": only code makes or shows it, no tab, no Unhide) holding a
 * goal table is passed over: nothing is read there, nothing of it changes, nothing links to it, and the check says
 * so once. A plainly hidden sheet (Hide from the tab's menu: users hide finished tables) is still checked.
 * Before: both were checked alike — columns and highlights written into a sheet the clerk cannot reach.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { ROOT, runCli } from "./runCli";

const SEED = path.join(ROOT, "tests", "fixtures", "seed-per-sheet.xlsx");
const VERY = "2 检察业务费";
const HIDDEN = "3 劳务费";

let work: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-very-hidden-"));
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});
jest.setTimeout(120_000);

/** ECMA-376 Part 1, 18.2.19 sheet: state "veryHidden" / "hidden" / "visible" (18.18.68 ST_SheetState). */
function withStates(parts: Record<string, Uint8Array>): Record<string, Uint8Array> {
  let workbook = strFromU8(parts["xl/workbook.xml"]);
  for (const [name, state] of [
    [VERY, "veryHidden"],
    [HIDDEN, "hidden"],
  ]) {
    const before = workbook;
    workbook = workbook.replace(new RegExp(`(name="${name}") state="visible"`), `$1 state="${state}"`);
    if (workbook === before) throw new Error(`no sheet ${name} in the seed`);
  }
  return { ...parts, "xl/workbook.xml": strToU8(workbook) };
}

/** The part (and its rels part) that holds a sheet, by name: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
function partOf(parts: Record<string, Uint8Array>, name: string): string {
  const workbook = strFromU8(parts["xl/workbook.xml"]);
  const id = new RegExp(`name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"]);
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`no part for ${name}`);
  return `xl/${target}`;
}

const relsOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");
const count = (text: string, word: string) => text.split(word).length - 1;

test("a very hidden sheet's table is not checked and no part of the sheet changes; a hidden one is checked", async () => {
  const input = withStates(unzipSync(new Uint8Array(await fs.readFile(SEED))));
  await fs.writeFile(path.join(work, "x.xlsx"), zipSync(input));
  const r = await runCli(["check", "x.xlsx", "--json", "--as-of", "2024-07-31", "--out", "o"], work, {
    timeout: 60_000,
  });
  expect(r.code).toBe(0);
  const [file] = JSON.parse(r.stdout).files;

  // Said once, naming the sheet, pointing at no cell (the pane could not show it).
  const said = file.diagnostics.filter((d: { message: string }) => d.message.includes("深度隐藏"));
  expect(said).toEqual([{ cell: null, message: `工作表「${VERY}」深度隐藏，未检查` }]);
  const sheets = file.tables.map((t: { sheet: string }) => t.sheet);
  expect(sheets).not.toContain(VERY);
  expect(sheets).toContain(HIDDEN);

  const output = unzipSync(new Uint8Array(await fs.readFile(path.join(work, "o", "x.checked.xlsx"))));
  const very = partOf(input, VERY);
  expect(partOf(output, VERY)).toBe(very);
  expect(output[very]).toEqual(input[very]);
  expect(output[relsOf(very)]).toEqual(input[relsOf(very)]); // no comments, drawings, rules' parts added
  expect(strFromU8(output["xl/workbook.xml"])).toContain(`name="${VERY}" state="veryHidden"`);
  // Nothing links to it: no part names it more often than before (监控汇总, formulas, defined names).
  for (const [part, bytes] of Object.entries(output))
    if (!part.endsWith(".png"))
      expect([part, count(strFromU8(bytes), VERY)]).toEqual([
        part,
        count(strFromU8(input[part] ?? new Uint8Array()), VERY),
      ]);

  // The plainly hidden sheet is checked as before: our columns are written there, it stays hidden.
  const hidden = partOf(input, HIDDEN);
  expect(output[hidden]).not.toEqual(input[hidden]);
  expect(strFromU8(output["xl/workbook.xml"])).toContain(`name="${HIDDEN}" state="hidden"`);
});
