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

// review63: on int63 money at least was an amount to reach whatever its name and its heading — 成本≥30万元 and
// 项目成本不低于30万元 were 数量指标 (a cost, as main read them: the review then asks it for a ceiling), and so was
// 设备购置费≥30万元 under a numbered heading (（四）成本指标, which main took for a cost by its money alone).
test("money at least named a cost, or under a numbered 成本指标 heading, is still a cost", () => {
  expect(levels("成本≥30万元")).toEqual([["成本", "产出指标", "成本指标"]]);
  expect(levels("项目成本不低于30万元")).toEqual([["项目成本", "产出指标", "成本指标"]]);
  expect(levels("（四）成本指标\n设备购置费≥30万元")).toEqual([["设备购置费", "产出指标", "成本指标"]]);
  expect(levels("(4)成本指标：设备购置费≥30万元")).toEqual([["设备购置费", "产出指标", "成本指标"]]);
});
