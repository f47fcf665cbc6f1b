/**
 * A year-end reviewer reads each self-evaluation's score on 监控汇总: the check writes it (自评得分 93.89, 自评等级 优, as
 * the text report and the pane give it: roundTo, the grade's word) in two columns right of the summary's own, on the
 * self-evaluation's row (layouts/national-self-eval.xlsx: one 绩效自评表). The clerk then types their own 备注 over our
 * 自评得分 header and their remark over the score, and a remark two columns right of the grade: the check moves the
 * two columns to the first ones free (never over the clerk's cells), and a check more changes nothing. Before: no score on the summary at all (only the text report, --json and the pane had it).
 */
import path from "node:path";
import { BOTH_DRIVERS, heldOnSheet } from "./drivers";

jest.setTimeout(120_000);

const FILE = path.join(__dirname, "../fixtures/layouts/national-self-eval.xlsx");
const SUMMARY = "监控汇总";
const AT = "2024-12-31";

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  test("a self-evaluation's score and grade beside its summary row; the clerk's cells there stay theirs", async () => {
    const first = await driver.check(await driver.open(FILE), false, AT);
    const held = await driver.held(first.workbook);
    const cell = (h: typeof held, a1: string) => h.cells.get(`${SUMMARY}!${a1}`);
    expect(cell(held, "A7")).toBe('v:"信息化运维经费"');
    expect([cell(held, "N6"), cell(held, "O6")]).toEqual(['v:"自评得分"', 'v:"自评等级"']);
    expect([cell(held, "N7"), cell(held, "O7")]).toEqual(["v:93.89", 'v:"优"']);
    // The summary's own columns are as before.
    expect(cell(held, "M6")).toBe('v:"绿灯数"');
    expect(cell(held, "M7")).toBe("v:5");
    const again = await driver.check(first.workbook, false, AT);
    expect(heldOnSheet(await driver.held(again.workbook), SUMMARY)).toBe(heldOnSheet(held, SUMMARY));

    const typed = await driver.edit(first.workbook, [
      { sheet: SUMMARY, row: 5, col: 13, type: "备注" },
      { sheet: SUMMARY, row: 6, col: 13, type: "已与单位核对" },
      { sheet: SUMMARY, row: 6, col: 16, type: "等级待复核" },
    ]);
    const second = await driver.check(typed, false, AT);
    const after = await driver.held(second.workbook);
    expect([cell(after, "N6"), cell(after, "N7"), cell(after, "Q7")]).toEqual([
      'v:"备注"',
      'v:"已与单位核对"',
      'v:"等级待复核"',
    ]);
    // N is the clerk's now, and Q7 (our 无法识别数 there since clerk68) too: the two columns move right past our counts in
    // P and Q (O alone is free), to R and S.
    expect([cell(after, "R6"), cell(after, "S6"), cell(after, "R7"), cell(after, "S7")]).toEqual([
      'v:"自评得分"',
      'v:"自评等级"',
      "v:93.89",
      'v:"优"',
    ]);
    expect([cell(after, "P6"), cell(after, "Q6")]).toEqual(['v:"待填报数"', 'v:"无法识别数"']);
    const third = await driver.check(second.workbook, false, AT);
    expect(heldOnSheet(await driver.held(third.workbook), SUMMARY)).toBe(heldOnSheet(after, SUMMARY));
  });
});
