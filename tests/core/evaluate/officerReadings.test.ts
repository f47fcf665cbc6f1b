/**
 * Targets and actuals as a finance officer writes them, judged at year end (review33): yes / no targets, fractions
 * in General cells, comparisons and per-year units in actuals, 按期完成, a negated verb
 * (docs/domain.md#actual-values, #notation). Each case was judged wrongly or left unknown before.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";

const YEAR_END = { ...DEFAULT_SETTINGS, asOf: "2024-12-31" };
const judge = (target: string, actual: CellValue, name = "指标") =>
  judgeIndicator(parseTarget(target, { name, budgetYear: 2024 }), actual, { name, budgetYear: 2024 }, YEAR_END);
const status = (target: string, actual: CellValue, name?: string) => judge(target, actual, name).status;

describe("yes / no targets", () => {
  test.each([
    ["是", "是", "met"],
    ["是", "否", "missed"],
    ["否", "否", "met"],
    ["否", "是", "missed"],
    ["有", "有", "met"],
    ["有", "无", "missed"],
    ["否", "无", "met"],
    ["是", true, "met"],
    ["否", false, "met"],
  ])("target %p, actual %p → %p", (target, actual, expected) => {
    expect(status(target, actual, "是否发现质量问题")).toBe(expected);
  });

  test.each([
    ["无", "met"],
    [0, "met"],
    ["0次", "met"],
    ["1次", "missed"],
    ["有", "missed"],
  ])("安全事故 无: actual %p → %p", (actual, expected) => {
    expect(status("无", actual, "安全事故发生次数")).toBe(expected);
  });

  test("无 under an indicator that is no bad thing stays the template's placeholder", () => {
    const r = judge("无", "无", "工作完成率");
    expect(r.status).toBe("unknown");
    expect(r.why).toMatch(/占位符/);
  });
});

describe("a number between 0 and 1 against a percentage to reach is a fraction", () => {
  test.each([
    ["≥ 95 %", 0.96, "met"],
    ["不低于95%", 0.96, "met"],
    ["95%以上", 0.96, "met"],
    ["达到95%", 0.96, "met"],
    ["≥95%", 0.94, "missed"],
    ["90%-95%", 0.93, "met"],
    ["90%-95%", 0.85, "missed"],
    ["95%", "0.96", "met"],
  ])("%p with %p → %p, said in the finding", (target, actual, expected) => {
    const r = judge(target, actual);
    expect(r.status).toBe(expected);
    expect(r.why).toMatch(/按比例读作/);
  });

  test("caps keep the plain reading: 0.5 against ≤1.8% is 0.5 %", () => {
    const r = judge("≤1.8%", 0.5);
    expect([r.status, r.actual]).toEqual(["met", 0.5]);
    expect(r.why).not.toMatch(/按比例/);
  });

  test("a percentage-formatted cell is scaled once, without the note", () => {
    const r = judgeIndicator(
      parseTarget("≥95%", {}),
      { cell: 0, value: 0.96, numberFormat: "0%" },
      { budgetYear: 2024 },
      YEAR_END,
    );
    expect([r.status, r.actual]).toEqual(["met", 96]);
    expect(r.why).not.toMatch(/按比例/);
  });
});

describe("ordinary answers", () => {
  test.each([
    ["≥2次/年", "2次", "met"],
    ["≥2次/年", "1次", "missed"],
    ["≥95%", "95%以上", "met"],
    ["≥95%", "＞95%", "met"],
    ["≥95%", "≥96%", "met"],
    ["≥95%", "不低于94%", "missed"],
    ["≤5%", "5%以下", "met"],
    ["2024年12月31日", "按期完成", "met"],
    ["2024年12月31日", "未按期完成", "missed"],
    // Done early, done beyond the target (breaker49): were “时限指标应填写完成日期” / “应填写数值”, no light.
    ["2024年12月31日", "提前完成", "met"],
    ["2024年12月31日", "已提前完成", "met"],
    ["≥95%", "超额完成", "met"],
    ["及时保障", "圆满完成", "met"],
    // A duration answered as clerks write it (breaker49): were “应填写数值”.
    ["≤30天", "25天内", "met"],
    ["≤30天", "平均25天", "met"],
    ["≤30天", "35天内", "missed"],
    ["明显改善", "未改善", "missed"],
    ["明显改善", "明显改善", "met"],
    // The target's last words restated, with or without 已 (session 45): was not understood.
    ["及时保障", "已保障", "met"],
    ["有所提升", "提升", "met"],
    ["明显改善", "已改善", "met"],
    // Restated with 基本 / 部分: partly done, missed at the year's end.
    ["达到预期", "基本达到", "missed"],
    ["及时保障", "部分保障", "missed"],
    // Only what a negating target word governs is no restatement: 发生 against 未发生 says the opposite.
    ["未发生", "发生", "unknown"],
    ["未发生", "已发生", "unknown"],
  ])("%p with %p → %p", (target, actual, expected) => {
    expect(status(target, actual)).toBe(expected);
  });
});
