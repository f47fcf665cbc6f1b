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

// 广水 2021 (real-layouts round sixteen): points written without brackets, down to the 二级 (产出指标40分 over
// 数量指标15分 | 质量指标12分).
test("points written at the end of a label count as in brackets: 产出指标40分 over two rows is 20 each", () => {
  const indicators = makeIndicators([
    ["产出指标40分", "数量指标", "养护里程", "300公里"],
    ["", "质量指标", "验收合格率", "100%"],
  ]);
  expect(indicatorWeights(indicators)).toEqual([20, 20]);
});

test("a 二级 label's points are spread over that 二级's rows; the 一级's other rows share what is left (40 − 27)", () => {
  const indicators = makeIndicators([
    ["产出指标40分", "数量指标15分", "养护里程", "300公里"],
    ["", "质量指标12分", "建设验收合格率", "100%"],
    ["", "质量指标12分", "养护验收合格率", "100%"],
    ["", "时效指标", "完成及时率", "100%"],
  ]);
  expect(indicatorWeights(indicators)).toEqual([15, 6, 6, 13]);
});

test("a number inside a 二级 name that is no points (数量指标2项) is not read as points", () => {
  const indicators = makeIndicators([
    ["产出指标（50分）", "数量指标2项", "养护里程", "300公里"],
    ["", "质量指标", "合格率", "100%"],
  ]);
  expect(indicatorWeights(indicators)).toEqual([25, 25]);
});

// 阆中 2021 (real-layouts round twenty-six): the form's 产出 / 效益 labels are not in the published text, only
// 满意度指标 is; the rows were scored 0 of 90 (only 满意度 had a category), the total left unknown.
test("rows without a 一级 count for the category their 二级 names: 50 over 产出's, 30 over 效益's", () => {
  const indicators = makeIndicators([
    ["", "数量指标", "建设普通省道二级公路32.1公里", "20"],
    ["", "质量指标", "建设符合验收要求", "20"],
    ["", "经济效益指标", "对经济发展的促进作用", "10"],
    ["", "可持续影响指标", "持续发挥效益", "10"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ]);
  expect(indicatorWeights(indicators)).toEqual([25, 25, 15, 15, 10]);
});

test("a 一级 that names no category (项目决策) is not read through its 二级", () => {
  const indicators = makeIndicators([["项目决策", "数量指标", "立项依据充分性", "充分"]]);
  expect(indicatorWeights(indicators)).toEqual([null]);
});
