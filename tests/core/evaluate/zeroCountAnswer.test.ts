/**
 * A target of 0 (安全事故 0起, 投诉 ≤0次: something that should not happen) answered in words, as clerks do: 无 /
 * 没有 / 未发生 are the count 0 (review34 finding 6), in the check, in PERF.STATUS and in the score. 无 elsewhere stays
 * the template's placeholder (not understood), and 否 answers a question, not a count.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { scoreIndicator } from "../../../src/core/score/score";
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { status } from "../../../src/functions/functions";

const ctx = { level1: "产出指标", level2: "质量指标", name: "安全事故发生次数", budgetYear: 2024 };
const settings = { ...DEFAULT_SETTINGS, asOf: "2025-02-15", budgetYear: 2024 };

function judged(targetText: string, actual: string, name = ctx.name) {
  const target = parseTarget(targetText, { ...ctx, name });
  const r = judgeIndicator(target, actual, { ...ctx, name }, settings);
  return { status: r.status, light: r.light, score: scoreIndicator(target, actual, 10) };
}

it.each([
  ["0起", "无"],
  ["0起", "未发生"],
  ["0起", "没有"],
  ["≤0次", "无"],
  ["0次", "未发生。"],
])("%s answered %s is met (green), and scored", (target, actual) => {
  expect(judged(target, actual)).toEqual({ status: "met", light: "green", score: 10 });
});

it("PERF.STATUS agrees: 0起 with 无 is 达标", () => {
  expect(status([["0起"]], "无", null, [["产出指标", "质量指标", "安全事故发生次数"]])).toBe("达标");
});

it("无 against a target that is not 0 nor a cap on a count, and 否 against 0起, are still not understood", () => {
  expect(judged("≥50人", "无", "培训人数").status).toBe("unknown");
  expect(judged("≥90%", "无", "合格率").status).toBe("unknown");
  expect(judged("≤5%", "无", "差错率").status).toBe("unknown");
  expect(judged("=3次", "无", "上访次数").status).toBe("unknown");
  expect(judged("0起", "否").status).toBe("unknown");
});

// 保山 2022 (real-layouts round sixteen): 群体性事件 小于5次, answered 无上访. None happened, so the cap holds.
it.each([
  ["小于5次", "无上访", "群体性事件发生次数"],
  ["≤2起", "无", "安全事故发生次数"],
  ["<3次", "未发生安全事故", "安全事故发生次数"],
  ["0起", "无安全事故", "安全事故发生次数"],
])("a cap %s answered %s is none (0): met", (target, actual, name) => {
  expect(judged(target, actual, name)).toEqual({ status: "met", light: "green", score: 10 });
});

it("无 naming something that is no bad thing (无培训) answers no count", () => {
  expect(judged("≤3次", "无培训", "培训次数").status).toBe("unknown");
});
