/**
 * review37 — rates of bad things written as a bare value (no ≤), as health, education, environment and asset tables
 * write them: the value is a cap, as 差错率 / 投诉率 / 死亡率 already are (BAD_THING_WORDS,
 * src/core/locale/zh/notation.ts; docs/domain.md Notation). Before, these names were not in that list: the bare
 * value read as a floor (≥) and an actual WORSE than the target got a green light ("met") at year end.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS } from "../../../src/core/types";

const YEAR_END = { ...DEFAULT_SETTINGS, asOf: "2024-12-31" };

test.each([
  ["传染病发病率", "效益指标", "2%", "3%"],
  ["院内感染率", "质量指标", "1%", "2%"],
  ["病死率", "效益指标", "2%", "3%"],
  ["资金闲置率", "效益指标", "5%", "6%"],
  ["义务教育辍学率", "效益指标", "3%", "4%"],
  ["城镇登记失业率", "效益指标", "4%", "5%"],
  ["水质超标率", "质量指标", "5%", "6%"],
  ["图书破损率", "质量指标", "1%", "2%"],
  ["设备报废率", "质量指标", "2%", "3%"],
  ["商品退货率", "质量指标", "0.5%", "1%"],
])("%s (%s) target %p, actual %p (worse) → missed, not green", (name, level2, target, actual) => {
  const ctx = { name, level2, budgetYear: 2024 };
  const r = judgeIndicator(parseTarget(target, ctx), actual, ctx, YEAR_END);
  expect(r.light).not.toBe("green");
  expect(r.status).toBe("missed");
});
