/**
 * The clerk inserts a row inside a checked table and types a new indicator there. Excel and WPS grow a data validation
 * whose range the insertion is inside (excelShift.ts GROW: the new row takes it from the row above), so the new row's
 * 偏差原因 and 完成可能性 cells carry our drop-down lists. They are ours, grown (Ownership.grewFromOurs): the check sets
 * ours there as on the table's other rows and says nothing of them, a second check changes nothing, Clear marks takes
 * them with ours and says nothing of them.
 * Before (breaker44, session 44): the check kept them as the clerk's and said “2 个单元格上有与本工具相同的下拉列表，但不
 * 是本工具设的…，已保留未改”; the command line's copy then lost them all the same (its writer dropped the whole grown
 * <dataValidation> with our cells), while in Excel (whose fake did not grow lists then) they stayed and Clear marks said
 * it kept them: the check and Clear marks, and the two hosts, disagreed.
 */
import { cellName } from "../../src/core/a1";
import type { WorkbookSnapshot } from "../../src/core/types";
import { BOTH_DRIVERS, heldOnSheet } from "./drivers";
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

/** The list on each of J4:K6 (the rows around the inserted one), "" for none. */
const listsAround = (snapshot: WorkbookSnapshot) => {
  const sheet = snapshot.sheets.find((s) => s.name === S)!;
  const at = (row: number, col: number) =>
    sheet.validations?.find(
      (v) => v.range.top <= row && row <= v.range.bottom && v.range.left <= col && col <= v.range.right,
    )?.list ?? "";
  return [3, 4, 5].flatMap((row) => [9, 10].map((col) => `${cellName(row, col)}:${at(row, col)}`));
};

describe.each(BOTH_DRIVERS.map((d) => [d.name, d] as const))("%s", (_, driver) => {
  test("a row inserted inside a table: the lists it took from the row above are ours, for the check and Clear marks", async () => {
    const first = await driver.check(await driver.open(), false);
    const edited = await driver.edit(first.workbook, INSERTED);
    const grown = listsAround(await driver.snapshot(edited));
    // The host grew both lists over the new row (J5, K5 as J4 and J6).
    expect(grown.map((l) => l.replace(/^[A-Z]+\d+:/, "") !== "")).toEqual([true, true, true, true, true, true]);
    const second = await driver.check(edited, false);
    expect(second.messages.filter((m) => m.includes("下拉列表"))).toEqual([]);
    expect(listsAround(await driver.snapshot(second.workbook))).toEqual(grown);
    const held = heldOnSheet(await driver.held(second.workbook), S);
    const third = await driver.check(second.workbook, false);
    expect(third.messages.filter((m) => m.includes("下拉列表"))).toEqual([]);
    expect(heldOnSheet(await driver.held(third.workbook), S)).toEqual(held);
    expect(listsAround(await driver.snapshot(third.workbook))).toEqual(grown);
    // Clear marks takes them with ours, and says nothing of them.
    const cleared = await driver.clear(third.workbook);
    expect(cleared.messages.filter((m) => m.includes("下拉列表"))).toEqual([]);
    expect(listsAround(await driver.snapshot(cleared.workbook))).toEqual(
      ["J4", "K4", "J5", "K5", "J6", "K6"].map((a) => `${a}:`),
    );
  });
});
