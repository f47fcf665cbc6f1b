/** Issue 13: block weights written inside the 一级 label are spread over the block's indicators without weights. */
import { indicatorWeights } from "../../../src/core/selfeval/selfEvaluate";
import { makeIndicators } from "../review/makeTable";

test("产出指标（60分） over three indicators without weights: 20 each; 效益 falls back to the national 30", () => {
  const indicators = makeIndicators([
    ["产出指标（60分）", "数量指标", "培训人次", "≥100人次"],
    ["", "质量指标", "合格率", "≥90%"],
    ["", "时效指标", "及时率", "100%"],
    ["效益指标", "社会效益指标", "知晓率", "≥90%"],
  ]);
  expect(indicatorWeights(indicators)).toEqual([20, 20, 20, 30]);
});

test("an indicator's own weight wins over the label's", () => {
  const indicators = makeIndicators([["满意度指标(10分)", "服务对象满意度指标", "满意度", "≥90%"]]);
  indicators[0].weight = 8;
  expect(indicatorWeights(indicators)).toEqual([8]);
});
