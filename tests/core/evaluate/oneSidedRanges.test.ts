/**
 * A value said from one side against a range (90%-95%, ≥90%且≤95%, 100-120人): a range is a floor and a cap at once, so
 * a one-sided claim is judged only when every value it allows gives the same verdict (docs/domain.md#a-value-said-
 * from-one-side). Review51: on int51 ranges kept the plain reading — 90%以下 and 91%以上 were 达标 (green), 低于100%
 * 未达标 (red), each on its bare number.
 */
import { status } from "../../../src/functions/functions";
import { judge, JULY, score10 as score } from "./oneSided";

test.each([
  // Cannot tell: the claim reaches into the range and out of it.
  ["90%以下", "90%-95%", "unknown", /只写了上限，可能未达到 ≥ 90%/],
  ["低于95%", "90%-95%", "unknown", /可能未达到/],
  ["低于100%", "90%-95%", "unknown", /可能未达到/],
  ["超过90%", "90%-95%", "unknown", /只写了下限，可能超出上限 ≤ 95%/],
  ["91%以上", "90%-95%", "unknown", /可能超出上限/],
  ["95%以上", "≥90%且≤95%", "unknown", /可能超出上限/],
  ["100人以上", "100-120人", "unknown", /可能超出上限 ≤ 120 人/],
  // Decided: every value allowed is short of the range, or above it.
  ["80%以下", "90%-95%", "missed", /实际 80%/],
  ["不足90人", "100-120人", "missed", /实际 90 人/],
  ["超过96%", "90%-95%", "missed", /实际 96%/],
  ["95%以上", "≥96%且≤99%", "unknown", /可能未达到|可能超出/],
])("%p against %p is %p", (actual, target, expected, why) => {
  const r = judge(target, actual);
  expect(r.status).toBe(expected);
  expect(r.why).toMatch(why);
  expect(status([[target]], actual)).toBe(expected === "unknown" ? "无法识别" : expected === "met" ? "达标" : "未达标");
  if (expected === "unknown") expect(score(target, actual)).toBeNull();
  else expect(score(target, actual)).toBeLessThan(10);
});

test("a claim wholly inside the range meets it", () => {
  // 30余人 is 30 to 40 (both excluded): inside 30-40人 whatever it is.
  expect(judge("30-40人", "30余人")).toMatchObject({ status: "met", actual: 30 });
  expect(score("30-40人", "30余人")).toBe(10);
});

test("before the deadline, a claim is judged only when the schedule's light is the same across it", () => {
  // In July 90人 is ahead of schedule for 100-120 (green), 10人 behind (red).
  expect(judge("100-120人", "不足90人", JULY)).toMatchObject({ status: "unknown", light: "none" });
  // 130人以上 is over the range at either end of it, whatever the month.
  expect(judge("100-120人", "130人以上", JULY)).toMatchObject({ light: "red", actual: 130 });
});
