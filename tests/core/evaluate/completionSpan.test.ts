/**
 * A completion said as a half or a quarter (2024年上半年, 第三季度, docs/domain.md#actual-values): done within it — at the
 * latest by its end, 截至 2024-06-30 — judged on that end as a one-sided bound toward the deadline is, and said, since no
 * day was written (verdict52; on the old main the finding read “实际完成 2024-06-30” as if the clerk had typed that day).
 * As a target it is the deadline of its end (上半年 → 2024-06-30 前), as before.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { scoreIndicator } from "../../../src/core/score/score";
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { status } from "../../../src/functions/functions";

const YEAR_END = { ...DEFAULT_SETTINGS, asOf: "2024-12-31" };
const judge = (target: string, actual: string) =>
  judgeIndicator(parseTarget(target, { name: "完成时间", budgetYear: 2024 }), actual, { name: "完成时间" }, YEAR_END);

test.each([
  ["2024年12月31日前", "2024年上半年", "met", "2024-06-30"],
  ["2024年6月30日前", "上半年", "met", "2024-06-30"],
  ["2024年12月31日前", "2024年第三季度", "met", "2024-09-30"],
  ["2024年9月30日前", "三季度", "met", "2024-09-30"],
  // The end is what is proven: a deadline inside the span is missed, as 35天内 against ≤30天 is.
  ["2024年3月31日前", "2024年上半年", "missed", "2024-06-30"],
  ["2024年6月30日前", "2024年下半年", "missed", "2024-12-31"],
  // verdict52b: a year and a quarter without 年 (“时限指标应填写完成日期” on the old main).
  ["2024年9月30日前", "2024Q3", "met", "2024-09-30"],
  ["2024年9月30日前", "2024-Q3", "met", "2024-09-30"],
  ["2024年6月30日前", "2024q3", "missed", "2024-09-30"],
  ["2024年12月31日前", "2024年Q3", "met", "2024-09-30"],
])("%p with %p: %p, judged by %p and said", (target, actual, expected, end) => {
  const r = judge(target, actual);
  expect(r.status).toBe(expected);
  expect(r.why).toContain(`（“${actual}”是一段时间，按截至 ${end} 完成判断）`);
  expect(status([[target]], actual, "2024-12-31", undefined, undefined, 2024)).toBe(
    expected === "met" ? "达标" : "未达标",
  );
  const score = scoreIndicator(parseTarget(target, { budgetYear: 2024 }), actual, 10);
  expect(score === 10).toBe(expected === "met");
});

test("a day, a month's end or a span's end named is a date, with no note", () => {
  for (const typed of ["2024年6月30日", "2024年6月底", "2024年上半年末", "第三季度末"])
    expect(judge("2024年12月31日前", typed).why).not.toContain("是一段时间");
});

test("2024Q5 is no quarter: not read as a date", () => {
  expect(judge("2024年12月31日前", "2024Q5").status).toBe("unknown");
});

test("as a target, 2024年上半年 is the deadline of its end", () => {
  const t = parseTarget("2024年上半年", { name: "完成时间", budgetYear: 2024 });
  expect([t.kind, t.date]).toEqual(["date", "2024-06-30"]);
});
