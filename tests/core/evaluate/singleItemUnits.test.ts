/**
 * review38 — judge37's "one indivisible item is not pro-rated" (1台 / 1个 / 1套, judgeReach: `a === 1`) fires on
 * ANY target of 1, whatever its unit: 1万元, 1亿元, 1万人, 1万人次, 1万亩, 1公里, 1吨 are amounts, divisible, and
 * were pro-rated before session 37. Now 0 of 1 亿元 at the end of November is GREEN ("单件交付不按序时折算，截止时判断"),
 * while 0 of 2 台 the same day is red. A clerk sees green for a project that has done nothing in eleven months.
 * Expected: an amount (a unit with a magnitude, money, area, length, weight, people counted in 万) is pro-rated as
 * before — red at 0 in November; only a count of things (台/套/个/项/次/场…, or no unit) is one indivisible item.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";

const judge = (asOf: string, target: string, actual: CellValue, name: string) => {
  const ctx = { name, level2: "数量指标", budgetYear: 2024 };
  return judgeIndicator(parseTarget(target, ctx), actual, ctx, { ...DEFAULT_SETTINGS, asOf });
};

test.each([
  ["1亿元", "资金投入规模"],
  ["1万元", "采购金额"],
  ["1万人", "培训人数"],
  ["1万人次", "服务人次"],
  ["≥1万亩", "造林面积"],
  ["1公里", "道路建设长度"],
  ["1吨", "垃圾处理量"],
])("%p %s, 0 done at the end of November: pro-rated (red), not an indivisible item (green)", (target, name) => {
  const r = judge("2024-11-30", target, 0, name);
  expect(r.why).not.toContain("单件交付");
  expect(r.light).toBe("red");
});

test("the control: 1台, 0 in November, stays one indivisible item (on track until its deadline)", () => {
  expect(judge("2024-11-30", "1台", 0, "采购设备数量").light).toBe("green");
});

// judge38: whole things counted by a measure word stay one indivisible item (WHOLE_ITEM_WORDS), amounts do not.
test.each([
  ["1部", "宣传片制作数量"],
  ["1套", "系统建设数量"],
  ["1座", "桥梁建设数量"],
  ["1人", "引进高层次人才数量"],
  ["≥1项", "制度建设数量"],
])("%p %s, 0 in November: one indivisible item, on track until its deadline", (target, name) => {
  const r = judge("2024-11-30", target, 0, name);
  expect([r.light, r.why]).toEqual(["green", expect.stringContaining("单件交付")]);
  expect(judge("2024-12-31", target, 0, name).light).toBe("red");
});
