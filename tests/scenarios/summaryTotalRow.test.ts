/**
 * The clerk types a 合计 row under our summary (监控汇总): "合计", a budget equal to our last row's (6), zeros under the
 * four light counts, and formats their 执行率 cell 0.00% — then deletes our last summary row, so theirs moves up into
 * its place. Half of our row's prints are then on their row (the 6 and the zeros), at the same place.
 * Their row is theirs: the next check and Clear marks keep every cell and the format as they left them, and the next
 * check writes our last table's row under it, none of it into their row's empty cells. Before session 31, Clear marks
 * took the row for ours and emptied the 6 and the zeros, and reset their 0.00% to General; before session 32, the
 * check wrote that table's row into the empty cells of theirs (and Clear marks then reset their 0.00%).
 * The add-in only (the Excel fake): the test helper editing an .xlsx does not move the summary's chart, a drawing,
 * and refuses to delete its rows rather than write what Excel would not.
 */
import { cellName } from "../../src/core/a1";
import { BOTH_MODES, excelDriver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(180_000);

const SUMMARY = "监控汇总";
/** Our last summary row (0-based) and the row under it. */
const LAST = 13;
const UNDER = 14;

const theirRow = (row: number): UserEdit[] => [
  { sheet: SUMMARY, row, col: 0, type: "合计" },
  { sheet: SUMMARY, row, col: 2, type: 6 },
  ...[9, 10, 11, 12].map((col) => ({ sheet: SUMMARY, row, col, type: 0 })),
];
const at = (row: number, col: number) => `${SUMMARY}!${cellName(row, col)}`;
/** Their cells where they are after our row above is deleted. */
const theirs = theirRow(LAST).map((e) => [
  at(LAST, (e as { col: number }).col),
  `v:${JSON.stringify((e as { type: unknown }).type)}`,
]);
const theirFormat = at(LAST, 4);

describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
  let first: Held;
  let second: Held;
  let third: Held;
  let cleared: Held;
  let clearedTwice: Held;
  beforeAll(async () => {
    const d = excelDriver;
    // The Excel fake is changed in place: the checks and Clear marks each start from their own edited workbook.
    const edited = async () => {
      const once = (await d.check(await d.open(), formulas)).workbook;
      first = await d.held(once);
      return d.edit(once, [
        ...theirRow(UNDER),
        { sheet: SUMMARY, row: UNDER, col: 4, format: { numberFormat: "0.00%" } },
        { sheet: SUMMARY, axis: "row", at: LAST, count: -1 },
      ]);
    };
    const again = (await d.check(await edited(), formulas)).workbook;
    second = await d.held(again);
    third = await d.held((await d.check(again, formulas)).workbook);
    const clear = (await d.clear(await edited())).workbook;
    cleared = await d.held(clear);
    clearedTwice = await d.held((await d.clear(clear)).workbook);
  });

  test("our last row held the clerk's budget and zeros", () => {
    expect(first.cells.get(at(LAST, 2))).toMatch(/^v:6$|^f:/);
    if (!formulas) expect(first.cells.get(at(LAST, 2))).toBe("v:6");
  });

  test("the next check keeps every cell of their row and its format", () => {
    for (const [cell, value] of theirs) expect([cell, second.cells.get(cell)]).toEqual([cell, value]);
    expect(second.formats.get(theirFormat)).toMatch(/^0\.00%/);
  });

  test("the next check writes nothing on their row: our last table's row is under it", () => {
    const onRow = (held: Held, row: number) =>
      [...Array(20).keys()].map((col) => held.cells.get(at(row, col))).filter((v) => v !== undefined);
    expect(onRow(second, LAST)).toEqual(theirs.map(([, value]) => value));
    expect(second.cells.get(at(UNDER, 1))).toMatch(/^f:HYPERLINK\(/);
    expect(second.cells.get(at(UNDER, 0))).toBe(first.cells.get(at(LAST, 0)));
  });

  test("a third check changes nothing", () => {
    expect(third.cells).toEqual(second.cells);
    expect(third.formats).toEqual(second.formats);
  });

  test("Clear marks keeps every cell of their row and its format, twice as once", () => {
    for (const [cell, value] of theirs) expect([cell, cleared.cells.get(cell)]).toEqual([cell, value]);
    expect(cleared.formats.get(theirFormat)).toMatch(/^0\.00%/);
    expect(clearedTwice.cells).toEqual(cleared.cells);
    expect(clearedTwice.formats).toEqual(cleared.formats);
  });
});
