/**
 * A number target answered 达成 / 部分达成 / 未达成 instead of a value — the national monitoring template offers those
 * words for 当前完成值 (variety35's 山西 import template) and clerks choose them for number indicators too. Before, such
 * an answer was 无法识别 ("not a number"). Now it is judged as stated: 达成 met; short of it behind (yellow) before the
 * deadline, missed at it (部分 yellow, 未 red); the check and PERF.STATUS agree. Praise words (好 / 优) and yes / no
 * stay no answer to a number. docs/domain.md#actual-values.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { status } from "../../../src/functions/functions";

const ctx = { level1: "产出指标", level2: "数量指标", name: "培训人次", budgetYear: 2024 };

function judged(target: string, actual: string, asOf: string, lang: "zh" | "en" = "zh") {
  const settings = { ...DEFAULT_SETTINGS, asOf, budgetYear: 2024, lang };
  const r = judgeIndicator(parseTarget(target, ctx), actual, ctx, settings);
  return { status: r.status, light: r.light, why: r.why };
}

it.each([
  ["≥90%", "达成", "2024-07-31", "met", "green"],
  ["≥90%", "已完成", "2024-07-31", "met", "green"],
  ["≥86人", "部分达成", "2024-07-31", "behind", "yellow"],
  ["≥86人", "未达成", "2024-07-31", "behind", "yellow"],
  ["≥86人", "部分达成", "2024-12-31", "missed", "yellow"],
  ["≤1.8%", "未达成", "2024-12-31", "missed", "red"],
  ["≤1.8%", "达成", "2024-12-31", "met", "green"],
])("%s answered %s at %s: %s, %s", (target, actual, asOf, st, light) => {
  expect(judged(target, actual, asOf)).toMatchObject({ status: st, light });
});

it("says the answer was a grade, not a value, in both languages", () => {
  expect(judged("≥86人", "未达成", "2024-07-31").why).toBe(
    "实际：未达成（填的是达成情况而非数值，按此判断），目标 ≥ 86 人",
  );
  expect(judged("≥86人", "未达成", "2024-07-31", "en").why).toBe(
    "Actual: not achieved (an achievement given instead of a value, judged as stated), target ≥ 86 people",
  );
});

it.each(["好", "优", "是", "否", "一般"])("%s is still no answer to a number target", (actual) => {
  expect(judged("≥90%", actual, "2024-07-31")).toMatchObject({ status: "unknown" });
});

it("PERF.STATUS agrees with the check", () => {
  expect(status([["≥86人"]], "未达成", "2024-07-31")).toBe("滞后");
  expect(status([["≥86人"]], "部分达成", "2024-12-31")).toBe("未达标");
  expect(status([["≥90%"]], "达成", "2024-07-31")).toBe("达标");
});
