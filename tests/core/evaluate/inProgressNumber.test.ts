/**
 * reader40 — 进行中 / 正在推进 against a NUMBER target (培训人次 ≥200, 合格率 ≥95%, 成本 ≤50万元) was “应填写数值” (no
 * light) at any date, while 未开始 against it has been judged since reader39 and 进行中 against a completion date since
 * judge37. Now as 未开始 by the schedule (docs/domain.md#deadlines-and-pro-rating): on track while the schedule expects
 * nothing yet, behind (yellow) once it expects some, missed at the year end — yellow, as 部分达成 against a number (part
 * done, never 未开始's red) — and always said with the request for the number the score needs.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { status } from "../../../src/functions/functions";
import { scoreIndicator } from "../../../src/core/score/score";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";

const count = { name: "培训人次", level2: "数量指标", budgetYear: 2024 };
const at = (target: string, actual: CellValue, asOf: string, ctx: object = count, lang: "zh" | "en" = "zh") => {
  const c = { budgetYear: 2024, ...ctx };
  const r = judgeIndicator(parseTarget(target, c), actual, c, { ...DEFAULT_SETTINGS, asOf, lang });
  return [r.status, r.light, r.why, r.noted ?? false];
};

const ASK = "；请填写已完成的数值，以判断进度和评分";

test.each([
  ["2024-01-15", "on-track", "green", "（序时进度尚未要求完成量）"],
  ["2024-07-31", "behind", "yellow", "（按序时进度应已有完成量）"],
  ["2024-12-31", "missed", "yellow", ""],
])("≥200人次 answered 进行中 on %s: %s (%s), the number asked for", (asOf, s, light, tail) => {
  expect(at("≥200人次", "进行中", asOf)).toEqual([
    s,
    light,
    `实际：进行中（未填数值），目标 ≥ 200 人次，截止 2024-12-31${tail}${ASK}`,
    true,
  ]);
});

test.each(["正在推进", "正在实施", "按计划推进", "建设中", "进行中。"])("%p alike", (actual) => {
  expect(at("≥200人次", actual, "2024-07-31").slice(0, 2)).toEqual(["behind", "yellow"]);
});

test("a rate, a cap and a rate per 10万 alike: yellow mid-year and at the year end, never unknown", () => {
  for (const [target, ctx] of [
    ["≥95%", { name: "验收合格率", level2: "质量指标" }],
    ["≤50万元", { name: "项目成本", level2: "成本指标" }],
    ["≤10/10万", { name: "传染病发病率", level2: "质量指标" }],
  ] as const) {
    expect([target, ...at(target, "进行中", "2024-07-31", ctx).slice(0, 2)]).toEqual([target, "behind", "yellow"]);
    expect([target, ...at(target, "进行中", "2024-12-31", ctx).slice(0, 2)]).toEqual([target, "missed", "yellow"]);
  }
});

test("the controls: a number is judged as before; 进行中 against a completion date stays on track", () => {
  expect(at("≥200人次", 100, "2024-07-31").slice(0, 2)).toEqual(["on-track", "green"]);
  const when = { name: "项目完成时间", level2: "时效指标" };
  expect(at("2024年10月底前", "进行中", "2024-07-31", when).slice(0, 2)).toEqual(["on-track", "green"]);
  expect(at("≥200人次", "进行得很好", "2024-07-31").slice(0, 2)).toEqual(["unknown", "none"]);
});

test("English wording", () => {
  expect(at("≥200人次", "进行中", "2024-07-31", count, "en")[2]).toBe(
    "Actual: in progress (no value), target ≥ 200 person-times, deadline 2024-12-31 (by the schedule some should be done); enter the amount done to judge progress and score it",
  );
});

test("PERF.STATUS alike, and a self-evaluation scores it as 部分达成", () => {
  expect(status([["≥200人次"]], "进行中", "2024-07-31", [["数量指标"]])).toBe("滞后");
  expect(scoreIndicator(parseTarget("≥200人次", count), "进行中", 10)).toBe(7);
});
