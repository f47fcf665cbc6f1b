/**
 * Money written as a floor in a task list (对象自付金额3.69万元以上, 惠安 2025's 应急救助 分配表及任务清单) was guessed a
 * 成本指标, and the review then said each such target wrong for a cost (“成本指标应设上限（≤）”). Money at least is an amount
 * to reach; money at most stays a cost.
 */
import { extractProseTargets } from "../../../src/core/prose/extractProse";

const levels = (text: string) => extractProseTargets(text, 2025).map((t) => [t.name, t.level1, t.level2]);

test("money at least is an amount to reach, not a cost", () => {
  expect(levels("扶持对象2个以上,对象自付金额3.69万元以上。")).toEqual([
    ["扶持对象", "产出指标", "数量指标"],
    ["对象自付金额", "产出指标", "数量指标"],
  ]);
});

test("money at most is still a cost", () => {
  expect(levels("补助成本≤28.4元")).toEqual([["补助成本", "产出指标", "成本指标"]]);
  expect(levels("项目支出不超过50万元")).toEqual([["项目支出", "产出指标", "成本指标"]]);
});
