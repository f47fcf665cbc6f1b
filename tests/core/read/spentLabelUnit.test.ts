/**
 * unit62 — a spent label's money unit is its own amount's. Under 单位：万元, 执行数（元） 50000 is 5 万元 and the budget
 * 63.14 stays 万元 (before: the label's 元 was taken for the whole table's, the budget read as 63.14 元 = 0.006314 万元
 * and 执行率 79,189 %). The budget's own label outranks the spent's; with nothing else stating a unit (no 单位 line, a
 * bare 预算数) the spent label's is still the table's, as published monitoring tables are read.
 */
import { checkWorkbook } from "../../../src/core/check";
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { sheet, workbook } from "./grid";

function read(line: string, budgetLabel: string, spentLabel: string, budget: number, spent: number) {
  const snapshot = workbook(
    sheet("目标表", [
      ["2024年度项目支出绩效目标表"],
      [line],
      ["项目名称", "设备采购", "<", "<"],
      [budgetLabel, budget, "", ""],
      [spentLabel, spent, "", ""],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "设备数量", "≥5台"],
    ]),
  );
  const table = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2024-07-31" }).tables[0];
  return {
    unit: table.table.moneyUnit,
    budget: table.table.budget,
    spent: table.table.spent?.value,
    rate: table.result.execution?.rate,
  };
}

test("单位：万元 with 执行数（元）: the budget in 万元, the spent converted from 元", () => {
  expect(read("单位：万元", "年度资金总额", "执行数（元）", 63.14, 50000)).toEqual({
    unit: "万元",
    budget: 63.14,
    spent: 5,
    rate: expect.closeTo((5 / 63.14) * 100, 6),
  });
});

test("the budget's label outranks the spent's: 预算数（万元） beside 执行数（元）", () => {
  expect(read("", "预算数（万元）", "执行数（元）", 63.14, 50000)).toMatchObject({
    unit: "万元",
    budget: 63.14,
    spent: 5,
  });
});

test("nothing else states a unit: the spent label's is the table's (as before)", () => {
  expect(read("", "年度资金总额", "执行数（元）", 631400, 50000)).toMatchObject({
    unit: "元",
    budget: 63.14,
    spent: 5,
  });
});

test("the control: the same unit in the line and the spent label", () => {
  expect(read("单位：元", "年度资金总额", "执行数（元）", 631400, 50000)).toMatchObject({ unit: "元", spent: 5 });
});

test("nothing else states a unit but a forecast label: its unit is the table's (as before)", () => {
  expect(read("", "年度资金总额", "全年预计执行数（元）", 631400, 50000)).toMatchObject({ unit: "元", budget: 63.14 });
});
