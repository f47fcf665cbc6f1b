/**
 * 广东's 省级 special-fund 绩效目标表 gives the year's money as 资金需求(万元) | 2021年金额 | 一般公共预算安排77300万元, and
 * states its year nowhere else (the title is 绩效目标表, the period 2020年-2022年): the check said “未找到本年度预算数” and
 * judged the table in the monitoring date's year. A budget label dated by a year (2021年金额, 2024年度预算数) is the
 * year's money and states the budget year; an amount whose cell names its fund first (一般公共预算安排…万元) is that
 * amount. A year in the title still wins; two budget labels dated differently state no year; a fund named before a
 * number with no money word is no amount.
 */
import { checkWorkbook } from "../../../src/core/check";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../../src/core/types";
import { fundedAmount } from "../../../src/core/read/text";
import { sheet, workbook, type Cell } from "./grid";

function read(snapshot: WorkbookSnapshot, asOf = "2024-07-31") {
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf });
  const { table } = check.tables[0];
  return {
    budget: table.budget,
    year: table.budgetYear,
    noBudget: check.diagnostics.some((d) => /未找到本年度预算数/.test(d.message)),
  };
}

/** The 广东 form's head (教育发展专项资金), the money row given, three indicators under it. */
function form(moneyRows: Cell[][], title = "绩效目标表"): WorkbookSnapshot {
  return workbook(
    sheet("绩效目标表", [
      [title, "<", "<", "<"],
      ["资金名称", "教育发展专项资金", "实施周期", "2020年-2022年"],
      ...moneyRows,
      ["三级指标", "年度目标值", "实施周期目标值", ""],
      ["新建高校(校区)", 7, 7, ""],
      ["开工率(%)", "100%", "100%", ""],
    ]),
  );
}

test("资金需求(万元) | 2021年金额 | 一般公共预算安排77300万元: the budget 77300, the year 2021", () => {
  expect(read(form([["资金需求(万元)", "2021年金额", "一般公共预算安排77300万元", "<"]]))).toEqual({
    budget: 77300,
    year: 2021,
    noBudget: false,
  });
});

test("2024年度预算数 | 120 (a plain amount): the budget, the year 2024", () => {
  expect(read(form([["资金需求(万元)", "2024年度预算数", 120, "<"]]))).toEqual({
    budget: 120,
    year: 2024,
    noBudget: false,
  });
});

test("a year in the title wins over the budget label's", () => {
  expect(read(form([["资金需求(万元)", "2021年金额", 300, "<"]], "2022年度绩效目标表"))).toMatchObject({
    budget: 300,
    year: 2022,
  });
});

test("two budget labels dated differently state no year of their own", () => {
  const snapshot = form([
    ["资金需求(万元)", "2021年金额", 300, "<"],
    ["^", "2022年金额", 400, "<"],
  ]);
  expect(read(snapshot).year).toBeNull(); // judged in the monitoring date's year, as any table stating none
});

test.each([
  ["一般公共预算安排77300万元", 77300],
  ["财政拨款:20万元", 20],
  ["其中:省级财政资金1.5万元", 1.5],
  ["一般公共预算安排77300", null], // no money word: no amount
  ["一般公共预算安排若干", null],
  ["共安排77300万元", null], // no fund named first
])("fundedAmount(%s) = %s", (text, value) => {
  expect(fundedAmount(text)).toBe(value);
});
