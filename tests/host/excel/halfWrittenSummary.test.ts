/**
 * summary71: the clerk edits the 监控汇总 a refused check left half-written (8 KB a batch, batch 12 refused: its title,
 * 监控时点 and 预算年度 written, no header or project row) before the next check — a row inserted among our rows, a
 * column inserted among our columns, a row of ours deleted, a row inserted and a remark typed in it. The next check
 * finishes that sheet (on main it wrote 监控汇总 (2) beside it, and Clear marks left the half-written one for good):
 * one 监控汇总, laid out as one check's with the clerk's row or column where they put it; a second check changes
 * nothing; Clear marks removes the sheet, or, where the clerk typed, keeps it with their cell alone.
 */
import type { WorkbookSnapshot } from "../../../src/core/types";
import { runCheck, runClear } from "../../../src/host/excel/actions";
import { FakeExcel, installExcelGlobals, modelFromSnapshot } from "./fake";
import { refuse, seedOneSheet, SETTINGS, state, TODAY } from "./workbookState";

installExcelGlobals();
let seed: WorkbookSnapshot;
/** What one check writes on 监控汇总: each cell's value, or its formula's presence (the fake computes none). */
let once: Map<string, string>;

const SUMMARY = "监控汇总";
const BUDGET = 8_000;
const TYPED = "科室备注：待核对";

const shown = (fake: FakeExcel): Map<string, string> =>
  new Map(
    [...fake.sheet(SUMMARY).cells]
      .filter(([, c]) => c.value !== null || c.formula)
      .map(([at, c]) => [at, c.formula ? "=" : String(c.value)]),
  );

/** A cell's key one row down from `from` on. */
const moveDown = (at: string, from: number): string => {
  const [row, col] = at.split(",").map(Number);
  return `${row >= from ? row + 1 : row},${col}`;
};

beforeAll(async () => {
  seed = await seedOneSheet();
  const fake = new FakeExcel(modelFromSnapshot(seed));
  await runCheck(fake.context, SETTINGS, TODAY, true, true, BUDGET);
  once = shown(fake);
});

interface Edit {
  what: string;
  lines: string;
  how: "Down" | "Right" | "Up";
  /** Where one check's cell (row, col) is after the edit. */
  moved: (row: number, col: number) => [number, number];
  typed?: [number, number];
}

test.each<Edit>([
  { what: "a row inserted among our rows", lines: "3:3", how: "Down", moved: (r, c) => [r >= 2 ? r + 1 : r, c] },
  { what: "a column inserted among ours", lines: "B:B", how: "Right", moved: (r, c) => [r, c >= 1 ? c + 1 : c] },
  { what: "our 监控时点 row deleted", lines: "3:3", how: "Up", moved: (r, c) => [r, c] },
  {
    what: "a row inserted and typed in",
    lines: "3:3",
    how: "Down",
    moved: (r, c) => [r >= 2 ? r + 1 : r, c],
    typed: [2, 1],
  },
])("$what on the half-written 监控汇总: one summary, finished around their edit; again = once; Clear", async (edit) => {
  const fake = new FakeExcel(modelFromSnapshot(seed));
  refuse(fake, 12);
  await expect(runCheck(fake.context, SETTINGS, TODAY, true, true, BUDGET)).rejects.toThrow();
  expect(fake.sheet(SUMMARY).cells.get("3,1")?.value).toBe(2024); // 预算年度 written, no header row yet
  expect(fake.sheet(SUMMARY).cells.get("5,0")?.value ?? null).toBeNull();
  const range = fake.context.workbook.worksheets.getItem(SUMMARY).getRange(edit.lines);
  if (edit.how === "Up") range.delete("Up");
  else range.insert(edit.how);
  await fake.context.sync();
  const typedAt = edit.typed && `${edit.typed[0]},${edit.typed[1]}`;
  if (typedAt) fake.sheet(SUMMARY).cells.set(typedAt, { value: TYPED, formula: null, numberFormat: "General" });

  await runCheck(fake.context, SETTINGS, TODAY, true, true, BUDGET);
  expect(fake.model.sheets.map((s) => s.name)).not.toContain(`${SUMMARY} (2)`);
  const want = new Map(
    [...once].map(([at, v]) => [edit.moved(...(at.split(",").map(Number) as [number, number])).join(","), v]),
  );
  if (typedAt) want.set(typedAt, TYPED);
  expect(shown(fake)).toEqual(want);

  const checked = state(fake.model);
  await runCheck(fake.context, SETTINGS, TODAY, true, true, BUDGET);
  expect(state(fake.model)).toEqual(checked);

  await runClear(fake.context, true);
  if (!typedAt) expect(fake.model.sheets.map((s) => s.name)).not.toContain(SUMMARY);
  else expect(shown(fake)).toEqual(new Map([[typedAt, TYPED]]));
});

test("a row inserted under the title of a finished 监控汇总: the title stays in A1, their row stays empty", async () => {
  const fake = new FakeExcel(modelFromSnapshot(seed));
  await runCheck(fake.context, SETTINGS, TODAY, true, true, BUDGET);
  fake.context.workbook.worksheets.getItem(SUMMARY).getRange("2:2").insert("Down");
  await fake.context.sync();
  await runCheck(fake.context, SETTINGS, TODAY, true, true, BUDGET);
  // On main the summary was laid out from its header row up (summaryTop): the title went into their row.
  expect(shown(fake)).toEqual(new Map([...once].map(([at, v]) => [at === "0,0" ? at : moveDown(at, 1), v])));
});
