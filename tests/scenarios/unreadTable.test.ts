/**
 * breaker43: the clerk retypes a checked table's headers (一级指标 … 指标值 → their own words) so that no table is read
 * on its sheet any more, and checks again; later they put the headers back. Before the fix the check cleared our
 * columns there wherever they still held what we wrote, kept the ones with typing, and said nothing of the table; when
 * rows had also been inserted above it, it called our cells that moved with the table "changed" (上次写入的 … 内容已
 * 改变), and a third check cleared a cell the second had left (twice was not once). With the headers back, the next
 * check wrote a second set of monitoring columns beside the clerk's 实际完成值 and 偏差原因, which were no longer read.
 * Now a sheet whose table is not read is left as it is, with its part of the record (as a protected sheet), and the
 * check says so in one line: nothing there is called changed, twice is once, and with the headers back the table is
 * checked in the columns it had, with what the clerk typed in them.
 * Both appliers: the CLI's checked copy and the add-in on the strict Excel fake.
 */
import path from "node:path";
import { BOTH_DRIVERS, heldOnSheet } from "./drivers";
import { restoredHeader, retypedHeader } from "./headerEdits";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const PER_SHEET = path.join(__dirname, "../fixtures/seed-per-sheet.xlsx");
const SHEET = "1 办公用品采购";
/** The indicator header (row 10): 一级指标, 二级指标, 三级指标, 指标值 in A, B, C, F. */
const HEADER_ROW = 9;
const retyped = (row = HEADER_ROW) => retypedHeader(SHEET, row);
const restored = restoredHeader(SHEET, HEADER_ROW);
/** The clerk's typing in our columns: 执行数 (H7), 实际完成值 (H11), 偏差原因 (L12). */
const TYPED: UserEdit[] = [
  { sheet: SHEET, row: 6, col: 7, type: 20 },
  { sheet: SHEET, row: 10, col: 7, type: "80人" },
  { sheet: SHEET, row: 11, col: 11, type: "系统升级推迟" },
];
const UNREAD = `工作表「${SHEET}」上次检查过的表这次未读到`;
/** The clerk selects rows 1–15 of columns left … right and presses Delete. */
const cleared = (left: number, right: number): UserEdit[] =>
  Array.from({ length: 15 }, (_, row) =>
    Array.from({ length: right - left + 1 }, (_, i): UserEdit => ({ sheet: SHEET, row, col: left + i, type: null })),
  ).flat();

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  test("headers retyped: the sheet is left as it is; put back, the table is checked in its own columns", async () => {
    const checked = (await driver.check(await driver.open(PER_SHEET), false)).workbook;
    const typed = (await driver.check(await driver.edit(checked, TYPED), false)).workbook;
    const asTyped = heldOnSheet(await driver.held(typed), SHEET);

    const broken = await driver.edit(typed, retyped());
    const asBroken = heldOnSheet(await driver.held(broken), SHEET);
    const second = await driver.check(broken, false);
    expect(second.messages.filter((m) => m.startsWith(UNREAD))).toHaveLength(1);
    expect(second.check!.tables.some((c) => c.table.sheet === SHEET)).toBe(false);
    expect(heldOnSheet(await driver.held(second.workbook), SHEET)).toBe(asBroken);

    const back = (await driver.check(await driver.edit(second.workbook, restored), false)).workbook;
    expect(heldOnSheet(await driver.held(back), SHEET)).toBe(asTyped);
  });

  test("headers retyped and rows inserted above: nothing called changed, twice is once", async () => {
    const checked = (await driver.check(await driver.open(PER_SHEET), false)).workbook;
    const typed = (await driver.check(await driver.edit(checked, TYPED), false)).workbook;
    const moved = await driver.edit(typed, [...retyped(), { sheet: SHEET, axis: "row", at: 0, count: 2 }]);
    const asMoved = heldOnSheet(await driver.held(moved), SHEET);
    const second = await driver.check(moved, false);
    expect(second.messages.filter((m) => m.startsWith(UNREAD))).toHaveLength(1);
    expect(second.messages.filter((m) => m.includes("内容已改变"))).toEqual([]);
    const once = await driver.held(second.workbook);
    expect(heldOnSheet(once, SHEET)).toBe(asMoved);
    const third = await driver.check(second.workbook, false);
    expect(await driver.held(third.workbook)).toEqual(once);
  });

  // breaker44: a table deleted for good kept its sheet held, with the same line at every check until Clear marks.
  test("table deleted: held while our columns stand, said how to let go; those cleared too, let go once", async () => {
    const checked = (await driver.check(await driver.open(PER_SHEET), false)).workbook;
    const typed = (await driver.check(await driver.edit(checked, TYPED), false)).workbook;
    const second = await driver.check(await driver.edit(typed, cleared(0, 6)), false);
    const held = second.messages.filter((m) => m.startsWith(UNREAD));
    expect(held).toHaveLength(1);
    expect(held[0]).toContain("如该表已不再使用，清除其旁本工具的监控列（选中后按 Delete）后再检查，本提示即不再出现");
    const third = await driver.check(second.workbook, false);
    expect(await driver.held(third.workbook)).toEqual(await driver.held(second.workbook));

    const letGo = await driver.check(await driver.edit(third.workbook, cleared(7, 13)), false);
    expect(letGo.messages.filter((m) => m.startsWith(`工作表「${SHEET}」`))).toEqual([
      `工作表「${SHEET}」上次检查过的表及其监控列这次都未找到（可能已删除），不再检查。`,
    ]);
    const once = await driver.held(letGo.workbook);
    const after = await driver.check(letGo.workbook, false);
    expect(after.messages.filter((m) => m.includes(SHEET))).toEqual([]);
    expect(await driver.held(after.workbook)).toEqual(once);
  });
});
