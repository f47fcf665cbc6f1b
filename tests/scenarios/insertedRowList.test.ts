/**
 * breaker44: the clerk inserts a row inside a checked table and types a new indicator there. Excel grows a data
 * validation whose range the insertion is inside (excelShift.ts FOLLOW: "a range with the insertion point inside it
 * grows"), so the new row's 偏差原因 and 完成可能性 cells carry our drop-down lists. The check keeps them as the clerk's (a
 * row the record's indicators do not name is theirs: Ownership.hasTheirList), and said so as “2 个单元格上有您设的下拉列表
 * （与本工具设的不同）”: the clerk set none, and they are the same as ours. It now says what they are: lists like ours
 * that the add-in did not set (the clerk's, or one an inserted row took from the row above); Clear marks takes them
 * with ours. The CLI's checked copy: the Excel fake
 * keeps a list per cell and does not grow it (not imitated), so the add-in's check reads no list there.
 */
import { xlsxDriver } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "部门整体绩效目标";
/** A row inserted inside the table written out from the text (row 5), and a new indicator typed on it. */
const INSERTED: UserEdit[] = [
  { sheet: S, axis: "row", at: 4, count: 1 },
  { sheet: S, row: 4, col: 0, type: "产出指标" },
  { sheet: S, row: 4, col: 1, type: "数量指标" },
  { sheet: S, row: 4, col: 2, type: "培训人次" },
  { sheet: S, row: 4, col: 3, type: "≥100人次" },
  { sheet: S, row: 4, col: 5, type: "60人次" },
];

test("a row inserted inside a table: the lists it took from the row above are not called the clerk's own", async () => {
  const first = await xlsxDriver.check(await xlsxDriver.open(), false);
  const second = await xlsxDriver.check(await xlsxDriver.edit(first.workbook, INSERTED), false);
  expect(second.messages.filter((m) => m.includes("下拉列表"))).toEqual([
    "2 个单元格上有与本工具相同的下拉列表，但不是本工具设的（您设的，或插入行时随上一行带来的），已保留未改：'部门整体绩效目标'!J5:K5",
  ]);
  // Clear marks takes them with ours (the record's validation they grew from), and says nothing of them.
  const cleared = await xlsxDriver.clear(second.workbook);
  expect(cleared.messages.filter((m) => m.includes("下拉列表"))).toEqual([]);
  expect((await xlsxDriver.snapshot(cleared.workbook)).sheets.find((s) => s.name === S)?.validations).toBeUndefined();
});
