/**
 * breaker48: the clerk deletes the header of one of our computed columns (状态 over the first table's indicators)
 * after a check, having typed “已核实” under it — undoing half of our work by hand. The next check takes that column
 * for theirs (their typing stays) and writes our 状态 again right of the block, in column O — without a word, while
 * the same edit to an input column (实际完成值, 偏差原因 …) says where it went. Now it says so too, once: the check after
 * it changes nothing and says nothing of it. Through the CLI's checked copy and the add-in (strict Excel fake), both modes.
 */
import { BOTH_DRIVERS, BOTH_MODES } from "./drivers";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const LINE =
  "表「办公用品采购」的“状态”列已删除或表头已改为其他内容（该列视为您的列，不再写入），本工具的“状态”改写在 O 列。";

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  test.each(BOTH_MODES)("our 状态 header emptied, 已核实 typed under it ($mode)", async ({ formulas }) => {
    const once = (await driver.check(await driver.open(), formulas)).workbook;
    const first = await driver.held(once);
    expect(first.cells.get(`${S}!J44`)).toBe('v:"状态"');
    const edited = await driver.edit(once, [
      { sheet: S, row: 45, col: 9, type: "已核实" },
      { sheet: S, row: 43, col: 9, type: null },
    ]);
    const again = await driver.check(edited, formulas);
    expect(again.messages).toEqual([LINE]);
    const held = await driver.held(again.workbook);
    expect(held.cells.get(`${S}!J46`)).toBe('v:"已核实"');
    expect(held.cells.get(`${S}!J44`)).toBeUndefined();
    expect(held.cells.get(`${S}!O44`)).toBe('v:"状态"');
    const third = await driver.check(again.workbook, formulas);
    expect(third.messages).toEqual([]);
    expect(await driver.held(third.workbook)).toEqual(held);
  });
});
