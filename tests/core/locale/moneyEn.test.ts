/**
 * clerk66: an amount with a scaled unit in English reads as one amount. Before, 5 亿元 was “5 100M CNY” and ≤ 220 万元
 * “≤ 220 10k CNY”, two numbers side by side; now the scale is multiplied in: “500 million CNY”, “≤ 2.2 million CNY”.
 */
import { renderMessage, say } from "../../../src/core/locale/messages";
import { parseTarget } from "../../../src/core/notation";

const targetEn = (typed: string) => renderMessage(say("target", { target: parseTarget(typed) }), "en");

test.each([
  ["≤220万元", "≤ 2.2 million CNY"],
  ["5亿元", "500 million CNY"],
  ["≤63.14万元", "≤ 631,400 CNY"],
  ["≥1.2万人次", "≥ 12,000 person-times"],
  ["100-220万元", "1 million–2.2 million CNY"],
  ["≤3000元", "≤ 3000 CNY"],
  ["≥ 90%", "≥ 90%"],
])("the target %s in English is %s", (typed, shown) => {
  expect(targetEn(typed)).toBe(shown);
});

test("a verdict's amounts in English are whole amounts too", () => {
  const target = parseTarget("≤220万元");
  expect(renderMessage(say("judge.plain", { actual: 250, unit: "万元", exact: false, target }), "en")).toBe(
    "Actual 2.5 million CNY, target ≤ 2.2 million CNY",
  );
});

test("the money unit is named one way in English, as the pane and the report name it: 10k CNY, not 10,000 yuan", () => {
  expect(renderMessage(say("execution.spent-negative", { spent: -3 }), "en")).toBe(
    "The amount spent -30,000 CNY is negative: budget execution not judged",
  );
  expect(renderMessage(say("read.spent-unreadable", { value: "按进度" }), "en")).toBe(
    "The amount spent “按进度” is not an amount: type a number (10k CNY); budget execution not judged",
  );
});
