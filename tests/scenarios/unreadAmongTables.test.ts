/**
 * breaker44: a sheet holding several checked tables (seed-one-sheet.xlsx: eight projects on 预算项目绩效目标), and one of
 * them stops reading while the others still read. breaker43 held a sheet whose only table no longer reads; on a sheet
 * with others the check cleared the unread table's monitoring columns wherever they still held what we wrote (our
 * headers, 状态, 预警, 执行率 …), kept only the clerk's typing, dropped the block from the record and said nothing; with
 * the header put back, the next check placed a second set of columns right of the first, beside the clerk's 实际完成值
 * and 偏差原因, which were no longer read. Now such a block is left as it is and recorded where it stands (with the
 * clerk's typing), one line says where and how to let it go, and once the table reads again it is checked in its own
 * columns with what the clerk typed. Both appliers, both modes.
 */
import { BOTH_DRIVERS, BOTH_MODES, heldOnSheet, type Held } from "./drivers";
import { restoredHeader, retypedHeader } from "./headerEdits";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
/** 办公用品采购: title row 35, schedule header row 40, indicator header row 44 (A, B, C, F), indicators rows 45–49. */
const HEADER_ROW = 43;
const retyped = (row = HEADER_ROW) => retypedHeader(S, row);
const restored = (row = HEADER_ROW) => restoredHeader(S, row);
/** The clerk's typing in our columns: 执行数 (H41), 实际完成值 (H45), 偏差原因 (L46). */
const TYPED: UserEdit[] = [
  { sheet: S, row: 40, col: 7, type: 20 },
  { sheet: S, row: 44, col: 7, type: "80人" },
  { sheet: S, row: 45, col: 11, type: "系统升级推迟" },
];
const KEPT = `工作表「${S}」H44:N49 是上次检查写入的监控列`;

/** What the workbook holds on rows top … bottom of the sheet (cells, looks, notes), and the sheet's rules. */
function rows(held: Held, top: number, bottom: number): unknown {
  const pick = <T>(map: Map<string, T>) =>
    [...map].filter(([key]) => {
      const row = Number(/^(?:[^!]*)![A-Z]+(\d+)$/.exec(key)?.[1]);
      return key.startsWith(`${S}!`) && row >= top && row <= bottom;
    });
  return { cells: pick(held.cells), formats: pick(held.formats), notes: pick(held.notes) };
}

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
    test("one table's header retyped: its columns stay as they are; put back, it is checked in them", async () => {
      const checked = (await driver.check(await driver.open(), formulas)).workbook;
      const typed = (await driver.check(await driver.edit(checked, TYPED), formulas)).workbook;
      const asTyped = await driver.held(typed);

      const broken = await driver.edit(typed, retyped());
      const before = await driver.held(broken);
      const second = await driver.check(broken, formulas);
      expect(second.messages.filter((m) => m.startsWith(KEPT))).toHaveLength(1);
      expect(second.check!.tables.some((c) => c.table.name === "办公用品采购")).toBe(false);
      const once = await driver.held(second.workbook);
      expect(rows(once, 35, 50)).toEqual(rows(before, 35, 50));
      // The highlights of the table stay: the sheet's rules are the ones it had.
      expect(once.rules.get(S)).toEqual(asTyped.rules.get(S));

      const third = await driver.check(second.workbook, formulas);
      expect(await driver.held(third.workbook)).toEqual(once);

      const back = await driver.check(await driver.edit(third.workbook, restored()), formulas);
      expect(back.messages.filter((m) => m.startsWith(KEPT))).toEqual([]);
      expect(back.check!.tables.some((c) => c.table.name === "办公用品采购")).toBe(true);
      // The sheet as it was before the header was retyped (the summary lists the table again, in a row of its own).
      expect(heldOnSheet(await driver.held(back.workbook), S)).toBe(heldOnSheet(asTyped, S));
    });
  });

  test("rows inserted above one table whose header is retyped: nothing called changed, twice is once", async () => {
    const checked = (await driver.check(await driver.open(), false)).workbook;
    const typed = (await driver.check(await driver.edit(checked, TYPED), false)).workbook;
    const asTyped = await driver.held(typed);
    // Two rows between its schedule and its indicator header: that header and every table below move down.
    const moved = await driver.edit(typed, [...retyped(), { sheet: S, axis: "row", at: 41, count: 2 }]);
    const before = await driver.held(moved);
    const second = await driver.check(moved, false);
    expect(second.messages.filter((m) => m.includes("内容已改变"))).toEqual([]);
    expect(second.messages.filter((m) => m.startsWith(`工作表「${S}」H46:N51 是上次检查写入的监控列`))).toHaveLength(1);
    const once = await driver.held(second.workbook);
    expect(rows(once, 35, 52)).toEqual(rows(before, 35, 52));
    const third = await driver.check(second.workbook, false);
    expect(await driver.held(third.workbook)).toEqual(once);

    const back = await driver.check(
      await driver.edit(third.workbook, [...restored(HEADER_ROW + 2), { sheet: S, axis: "row", at: 41, count: -2 }]),
      false,
    );
    expect(heldOnSheet(await driver.held(back.workbook), S)).toBe(heldOnSheet(asTyped, S));
  });

  test("the columns left of a table no longer used are cleared by the clerk: let go, said no more", async () => {
    const checked = (await driver.check(await driver.open(), false)).workbook;
    const typed = (await driver.check(await driver.edit(checked, TYPED), false)).workbook;
    const broken = await driver.edit(typed, retyped());
    const second = await driver.check(broken, false);
    expect(second.messages.filter((m) => m.startsWith(KEPT))).toHaveLength(1);
    // The clerk selects H44:N49 and presses Delete.
    const emptied: UserEdit[] = [];
    for (let row = 43; row <= 48; row++)
      for (let col = 7; col <= 13; col++) emptied.push({ sheet: S, row, col, type: null });
    const cleared = await driver.edit(second.workbook, emptied);
    const before = await driver.held(cleared);
    const third = await driver.check(cleared, false);
    expect(third.messages.filter((m) => m.includes("上次检查写入的监控列"))).toEqual([]);
    const once = await driver.held(third.workbook);
    expect(rows(once, 35, 50)).toEqual(rows(before, 35, 50));
    const fourth = await driver.check(third.workbook, false);
    expect(fourth.messages.filter((m) => m.includes("上次检查写入的监控列"))).toEqual([]);
    expect(await driver.held(fourth.workbook)).toEqual(once);
  });
});
