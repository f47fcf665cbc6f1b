/**
 * judge38 (review38 LOW): a unit in brackets after the number (`4800000（元）`) is its unit — judged as 480 万元 without
 * the note asking to 写明单位 — while other asides (`（含税）`, `（已完成）`) stay left out; a target written as a yyyymmdd
 * number (`20240630`) answered with a date is told how to write the deadline, not blamed on Excel's “9/30”.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";

const YEAR_END = { ...DEFAULT_SETTINGS, asOf: "2024-12-31" };
const money = { name: "资金投入", level2: "成本指标", budgetYear: 2024 };
const judgeMoney = (actual: CellValue) => judgeIndicator(parseTarget("≥500万元", money), actual, money, YEAR_END);

test.each(["4800000（元）", "4800000(元)", "4800000 （元）"])(
  "%p is 480 万元, as 4800000元: no note to write the unit",
  (typed) => {
    const r = judgeMoney(typed);
    expect([r.status, r.actual, r.why]).toEqual(["missed", 480, judgeMoney("4800000元").why]);
    expect(r.why).not.toContain("写明单位");
  },
);

test.each(["4800000（含税）", "4800000（暂估）"])(
  "%p: the aside is no unit, read as before (the unit slip, said)",
  (typed) => {
    const r = judgeMoney(typed);
    expect([r.status, r.actual]).toEqual(["missed", 480]);
    expect(r.why).toContain("写明单位");
  },
);

test("85%（已完成） is still 85 %", () => {
  const ctx = { name: "完成率", level2: "质量指标", budgetYear: 2024 };
  expect(judgeIndicator(parseTarget("≥90%", ctx), "85%（已完成）", ctx, YEAR_END).actual).toBe(85);
});

test.each<CellValue>(["2024-06-01", "2024年6月1日"])(
  "target 20240630, actual %p: told to write the deadline",
  (actual) => {
    const ctx = { name: "项目完成时间", level2: "时效指标", budgetYear: 2024 };
    const r = judgeIndicator(parseTarget("20240630", ctx), actual, ctx, YEAR_END);
    expect(r.status).toBe("unknown");
    expect(r.why).toContain("2024年6月30日前");
    expect(r.why).not.toContain("9/30");
  },
);

test("a target of an ordinary number still gets the line about Excel's dates", () => {
  const ctx = { name: "培训人次", level2: "数量指标", budgetYear: 2024 };
  expect(judgeIndicator(parseTarget("≥200人次", ctx), "2024-06-01", ctx, YEAR_END).why).toContain("9/30");
});
