/**
 * A finance officer's moves between a formulas-mode check and a values-mode check (modeSwitch.test.ts has the mode
 * switch alone): the sheet renamed, copied, a row deleted inside the table, a column inserted inside our block, the
 * language switched, another monitoring date. Each time the workbook after the values check is the one a values
 * check before the same move, then a values check after it, gives — nothing of ours left behind, nothing of the
 * clerk's gone — and a second values check changes nothing; Clear marks instead leaves the clerk's workbook. Through both appliers (the CLI's copy, the strict Excel
 * fake, which changes the workbook in place: each run opens its own).
 */
import { BOTH_DRIVERS, type Driver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
/** 完成时限 (a date target) on row 121, between two % targets; our block starts at column H. */
const DATE_ROW = 120;

function expectSameWorkbook(actual: Held, expected: Held): void {
  expect(actual.cells).toEqual(expected.cells);
  expect(actual.formats).toEqual(expected.formats);
  expect(actual.rules).toEqual(expected.rules);
  expect(actual.notes).toEqual(expected.notes);
  expect([...actual.sheets].sort()).toEqual([...expected.sheets].sort());
}

interface Move {
  name: string;
  edits: UserEdit[];
  /** Saved before the values check (the pane's 中文 / English). */
  settings?: string;
  /** The values check's monitoring date (the formulas check's is the drivers' AS_OF). */
  asOf?: string;
  /**
   * After a formulas check, the cell (A1 on S) that keeps our 0.00%: the swapped rows' cell whose owner cannot be
   * told — whole rows sorted carry ours to the other row, the table's own columns sorted leave it in place, and a
   * 0.00% the clerk set there looks the same (Ownership.inputCellsNow: ours where both ways of sorting say so).
   */
  keeps?: string;
}

const MOVES: Move[] = [
  { name: "the sheet renamed", edits: [{ sheet: S, renameTo: "2024年预算项目" }] },
  { name: "the sheet copied", edits: [{ sheet: S, copyTo: `${S} (2)` }] },
  { name: "完成时限's row deleted inside the table", edits: [{ sheet: S, axis: "row", at: DATE_ROW, count: -1 }] },
  {
    name: "an indicator's row inserted inside the table",
    edits: [
      { sheet: S, axis: "row", at: DATE_ROW, count: 1 },
      { sheet: S, row: DATE_ROW, col: 2, type: "设备完好率（%）" },
      { sheet: S, row: DATE_ROW, col: 5, type: "≥95%" },
    ],
  },
  { name: "a column inserted inside our block", edits: [{ sheet: S, axis: "col", at: 9, count: 1 }] },
  { name: "our 状态 typed over", edits: [{ sheet: S, row: DATE_ROW + 1, col: 9, type: "已完成" }] },
  // 装备采购's 执行进度 row lands where its indicators' header was written (Ownership.isHeader).
  { name: "three rows inserted above 装备采购", edits: [{ sheet: S, axis: "row", at: 124, count: 3 }] },
  // …and its 执行进度 row where its first indicator's input cells were written.
  { name: "four rows inserted above 装备采购", edits: [{ sheet: S, axis: "row", at: 124, count: 4 }] },
  { name: "the sheet's first row deleted", edits: [{ sheet: S, axis: "row", at: 0, count: -1 }] },
  { name: "a column inserted left of the tables", edits: [{ sheet: S, axis: "col", at: 0, count: 1 }] },
  // 预算执行率 and 完成时限 change places, our columns (H:N) with them, or (the table's own columns only) without.
  ...[13, 6].map((right) => ({
    name: right === 13 ? "two whole rows sorted" : "the table's own columns of two rows sorted",
    keeps: right === 13 ? `H${DATE_ROW + 1}` : `H${DATE_ROW}`,
    edits: [
      {
        sheet: S,
        sort: { top: DATE_ROW - 1, left: 1, bottom: DATE_ROW, right },
        by: 2,
        ascending: true,
        customOrder: ["完成时限", "预算执行率"],
      },
    ] as UserEdit[],
  })),
  { name: "English chosen", edits: [], settings: JSON.stringify({ lang: "en" }) },
  { name: "another monitoring date", edits: [], asOf: "2024-11-30" },
];

/** `expected` with our 0.00% on the cell the move `keeps` (a formulas check gave it; whose it is cannot be told). */
function withKept(expected: Held, move: Move): Held {
  if (!move.keeps) return expected;
  expect(expected.formats.get(`${S}!${move.keeps}`)).toBeUndefined();
  return { ...expected, formats: new Map([...expected.formats, [`${S}!${move.keeps}`, "0.00%||"]]) };
}

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  /** A values check after the move (and the settings), on `w`. */
  const valuesAfter = async (w: unknown, move: Move) => {
    let moved = move.edits.length ? await driver.edit(w, move.edits) : w;
    if (move.settings) moved = await driver.saveSettings(moved, move.settings);
    return (await driver.check(moved, false, move.asOf)).workbook;
  };

  test.each(MOVES)("formulas, $name, values: as values, $name, values; once more: the same", async (move) => {
    const values = (await driver.check(await driver.open(), false)).workbook;
    const expected = await driver.held(await valuesAfter(values, move));
    const formulas = (await driver.check(await driver.open(), true)).workbook;
    const once = await valuesAfter(formulas, move);
    const held = await driver.held(once);
    expectSameWorkbook(held, withKept(expected, move));
    expectSameWorkbook(await driver.held((await driver.check(once, false, move.asOf)).workbook), held);
  });

  // Clear marks after a check (either mode) and the move: the clerk's workbook with the move, nothing of ours left.
  const clears = MOVES.filter((m) => m.edits.length > 0).flatMap((m) =>
    [true, false].map((formulas) => ({ ...m, formulas, mode: formulas ? "formulas" : "values" })),
  );
  test.each(clears)("$mode, $name, Clear marks: the clerk's workbook", async (move) => {
    const expected = await driver.held(await driver.edit(await driver.open(), move.edits));
    const checked = (await driver.check(await driver.open(), move.formulas)).workbook;
    const cleared = await driver.held((await driver.clear(await driver.edit(checked, move.edits))).workbook);
    expectSameWorkbook(cleared, move.formulas ? withKept(expected, move) : expected);
  });
});
