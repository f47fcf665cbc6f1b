/**
 * breaker43: the seed on one sheet states its unit-wide goals in sentences; the first check writes them out as a table
 * on a sheet of ours, 部门整体绩效目标, which later checks read as the clerk's table (unitSheet.ts). The clerk corrects a
 * target there (单独起诉案件数: 提高 10% → 提高 12%) and, later, clicks Clear marks. Before the fix Clear marks took every
 * cell of that table for ours by its place alone and deleted the sheet, the clerk's correction with it, without a word.
 * Now a cell of the written table is ours only while it holds what we wrote (Marks.generatedPrints): the sheet the clerk
 * corrected stays, with their correction, and Clear says so. Both appliers: the CLI's checked copy, the Excel fake.
 */
import { BOTH_DRIVERS } from "./drivers";

jest.setTimeout(120_000);

const UNIT = "部门整体绩效目标";
/** 单独起诉案件数's 指标值 on the written table (D4), as the first check writes it. */
const TARGET = { sheet: UNIT, row: 3, col: 3 };
const CORRECTED = "提高 12%";

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  test.each([
    { when: "right after the first check", checkedAgain: false },
    { when: "after a check of the corrected table", checkedAgain: true },
  ])("a target corrected on our 部门整体绩效目标 sheet survives Clear marks, $when", async ({ checkedAgain }) => {
    const first = (await driver.check(await driver.open(), false)).workbook;
    expect((await driver.held(first)).cells.get(`${UNIT}!D4`)).toBe('v:"提高 10%"');
    let corrected = await driver.edit(first, [{ ...TARGET, type: CORRECTED }]);
    if (checkedAgain) corrected = (await driver.check(corrected, false)).workbook;
    const cleared = await driver.clear(corrected);
    const held = await driver.held(cleared.workbook);
    expect(held.sheets).toContain(UNIT);
    expect(held.cells.get(`${UNIT}!D4`)).toBe(`v:${JSON.stringify(CORRECTED)}`);
    expect(cleared.messages.some((m) => m.includes(`「${UNIT}」中有您填写的内容，已保留`))).toBe(true);
  });
});
