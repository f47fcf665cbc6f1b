/**
 * review37 — targets and actuals as finance officers write them, once judged wrongly or left "not understood":
 * - a range written as two bounds joined by 且 / a comma, or as an inequality chain (合格率 `≥95%且≤100%`,
 *   `不低于95%，不高于100%`, `95%≤X≤100%`): "含有数字，但无法识别" — unknown, no light, at year end;
 * - a bound marked inclusive inside a range (`90%（含）-95%`), a number followed by its explanation in brackets
 *   (`100%（按时足额发放）`), which `≥98%（含）` and `98%（问卷）` (an actual) already are read with;
 * - an actual that negates only the first words of the target (`未按时` against `按时完成`: not understood, while
 *   `未按时完成` is "not achieved"); an actual `92%左右` (not understood, while `约92%` is read as 92 %).
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";

const YEAR_END = { ...DEFAULT_SETTINGS, asOf: "2024-12-31" };
const judge = (target: string, actual: CellValue, name: string, level2: string) => {
  const ctx = { name, level2, budgetYear: 2024 };
  return judgeIndicator(parseTarget(target, ctx), actual, ctx, YEAR_END);
};

describe("a range as two bounds (合格率, 质量指标)", () => {
  test.each([
    ["≥95%且≤100%", "97%", "met"],
    ["≥95%且≤100%", "93%", "missed"],
    ["不低于95%，不高于100%", "97%", "met"],
    ["≥95%，≤100%", "93%", "missed"],
    ["95%≤X≤100%", "97%", "met"],
    ["90%（含）-95%", "92%", "met"],
    ["90%（含）-95%", "88%", "missed"],
  ])("%p with %p → %p", (target, actual, expected) => {
    const r = judge(target, actual, "产品合格率", "质量指标");
    expect(r.why).not.toMatch(/无法识别/);
    expect(r.status).toBe(expected);
  });
});

test("a number with its explanation in brackets: 100%（按时足额发放）, 100% at year end → met", () => {
  const r = judge("100%（按时足额发放）", "100%", "补助资金发放率", "质量指标");
  expect(r.why).not.toMatch(/无法识别/);
  expect(r.status).toBe("met");
});

test("未按时 against 按时完成 is not achieved (as 未按时完成 is)", () => {
  expect(judge("按时完成", "未按时完成", "项目完成及时性", "时效指标").status).toBe("missed");
  expect(judge("按时完成", "未按时", "项目完成及时性", "时效指标").status).toBe("missed");
});

test("an actual 92%左右 is read as 92 %, as 约92% is", () => {
  expect(judge("≥90%", "约92%", "服务对象满意度", "满意度指标").status).toBe("met");
  expect(judge("≥90%", "92%左右", "服务对象满意度", "满意度指标").status).toBe("met");
});

test("质保期限 3年 with 2 years is short of it (as 质保期 and 保修年限 are), not met as a time limit", () => {
  expect(judge("3年", 2, "质保期", "质量指标").status).toBe("missed");
  expect(judge("3年", 2, "质保期限", "质量指标").status).toBe("missed");
});

test.each([
  ["≥90%", "满意度92%", "服务对象满意度", "满意度指标"],
  ["≥90%", "满意度为92%", "服务对象满意度", "满意度指标"],
  ["≥3次", "已开展3次", "开展培训次数", "数量指标"],
])("%p with the one-number sentence %p (as 共3次 is read): judged, met", (target, actual, name, level2) => {
  expect(judge(target, actual, name, level2).status).toBe("met");
});
