/**
 * 资金支出计划 written as cumulative amounts, or with a floor sign (review33): read as cumulative percentages of the
 * budget, said once (docs/domain.md#tables).
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import type { CellValue } from "../../../src/core/types";
import { fmt, sheet, workbook, type Cell } from "./grid";

function read(plan: Cell[], budget: CellValue = 63.14) {
  return readWorkbook(
    workbook(
      sheet("S", [
        ["2024年办公用品采购绩效目标表", null, null, null, "单位：万元"],
        ["项目名称", "办公用品采购", null, null, null],
        ["预算数", budget, null, null, null],
        ["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"],
        [null, ...plan],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "采购批次", "≥4批"],
      ]),
    ),
    { budgetYear: 2024 },
  );
}
const percents = (plan: Cell[], budget?: CellValue) => read(plan, budget).tables[0].schedule.map((c) => c.percent);
const AMOUNTS = /资金支出计划按金额填写/;
const said = (plan: Cell[], budget?: CellValue) =>
  read(plan, budget).diagnostics.filter((d) => AMOUNTS.test(d.message)).length;

describe("a spending plan written as amounts", () => {
  test("ending at the budget: cumulative shares of it, said once", () => {
    expect(percents([0, 28.41, 44.2, 63.14])).toEqual([0, 45, 70, 100]);
    expect(said([0, 28.41, 44.2, 63.14])).toBe(1);
  });

  // verdict70b: 50000 | 140000 | 200000 | 284100 beside a budget of 28.41 (万元) was read as 50000 %… 284100 %, and the
  // schedule judged on it. A share above 100 % of the budget is impossible: said at the cell, no plan read.
  test("above 100 % of the budget (a plan in 元 beside a budget in 万元): said, not judged on (verdict70b)", () => {
    const over = (plan: Cell[], budget?: CellValue) =>
      read(plan, budget).diagnostics.filter((d) => /超过 100%/.test(d.message));
    expect(percents([50000, 140000, 200000, 284100], 28.41)).toEqual([]);
    const [said] = over([50000, 140000, 200000, 284100], 28.41);
    expect(said.severity).toBe("warning");
    expect(said.message).toMatch(
      /^资金支出计划“3月底”为 50000，合预算的 50000%，超过 100%，不可能：请检查计划与预算的金额单位/,
    );
    expect(over([30, 60, 90, 120]).map((d) => d.message)).toEqual([
      expect.stringMatching(/“12月底”为 120，合预算的 120%/),
    ]);
    // 100 % itself, and an amount within the slack of the budget, are plans.
    expect(percents([25, 50, 75, 100])).toEqual([25, 50, 75, 100]);
    expect(percents([10, 28.41, 44.2, 63.16])).toEqual([15.84, 45, 70, 100.03]);
    expect(over([10, 28.41, 44.2, 63.16])).toEqual([]);
  });

  test("with a money unit in every cell, in the cell's unit", () => {
    expect(percents(["0万元", "284100元", "44.2万元", "63.14万元"])).toEqual([0, 45, 70, 100]);
  });

  test("percentages stay percentages (written, formatted, or fractions), nothing said", () => {
    expect(percents([0, 45, 70, 100])).toEqual([0, 45, 70, 100]);
    expect(percents([fmt(0, "0%"), fmt(0.45, "0%"), fmt(0.7, "0%"), fmt(1, "0%")])).toEqual([0, 45, 70, 100]);
    expect(percents([0, 0.45, 0.7, 1])).toEqual([0, 45, 70, 100]);
    expect(said([0, 45, 70, 100])).toBe(0);
  });

  test("a plan that does not end at the budget is not taken for amounts", () => {
    expect(percents([0, 20, 40, 60])).toEqual([0, 20, 40, 60]);
  });

  test("a share written with its floor (≥45%) is that share, not skipped", () => {
    expect(percents(["≥0%", "≥45%", "≥70%", "100%"])).toEqual([0, 45, 70, 100]);
  });
});
