/**
 * review38 — judge37 made 进行中 / 正在推进 / 正在实施 against a completion date part done (on track before the deadline,
 * missed after); 未完成 is "not achieved" (on track before, missed after). The other commonest mid-year answers,
 * 未开始 / 尚未开始 / 未启动 (and 按计划推进), are still answered "时限指标应填写完成日期，实际为“未开始”": no light at all —
 * also AFTER the deadline, where a project that has not even started is the clearest red of the table (未完成 is red
 * there). The clerk is told to write a completion date that does not exist.
 * Expected: 未开始 / 尚未开始 / 未启动 read as not achieved (like 未完成): red after the deadline, on track before it.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { status } from "../../../src/functions/functions";
import { scoreIndicator } from "../../../src/core/score/score";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";

const judge = (asOf: string, actual: CellValue) => {
  const ctx = { name: "项目完成时间", level2: "时效指标", budgetYear: 2024 };
  return judgeIndicator(parseTarget("2024年10月底前", ctx), actual, ctx, { ...DEFAULT_SETTINGS, asOf });
};

test("the control: 未完成 after the deadline is missed (red)", () => {
  expect([judge("2024-11-30", "未完成").status, judge("2024-11-30", "未完成").light]).toEqual(["missed", "red"]);
});

test.each(["未开始", "尚未开始", "未启动"])(
  "%p against 2024年10月底前, in November: missed (red), not unknown",
  (actual) => {
    const r = judge("2024-11-30", actual);
    expect([r.status, r.light]).toEqual(["missed", "red"]);
    expect(r.why).not.toContain("应填写完成日期");
  },
);

test.each(["未开始", "尚未开始", "未启动"])("%p against 2024年10月底前, in July: judged (not unknown)", (actual) => {
  expect(judge("2024-07-31", actual).status).not.toBe("unknown");
});

test("PERF.STATUS alike: 未开始 after the deadline is 未达标", () => {
  expect(status([["2024年10月底前"]], "未开始", "2024-11-30", [["时效指标"]])).toBe("未达标");
});

// judge38: before the deadline, not started is on track only while the work need not have begun (序时进度 0, or a
// period's own start still ahead); once the schedule says some of it should be done, behind (yellow), never red.
test.each([
  ["2024-01-15", "on-track", "green"],
  ["2024-07-31", "behind", "yellow"],
])("未开始 against 2024年10月底前 on %s: %s (%s)", (asOf, status, light) => {
  const r = judge(asOf, "未开始");
  expect([r.status, r.light]).toEqual([status, light]);
});

test("未开始 against a period whose start is still ahead is on track; once it has begun, behind", () => {
  const ctx = { name: "项目实施期", level2: "时效指标", budgetYear: 2024 };
  const at = (asOf: string) =>
    judgeIndicator(parseTarget("2024年9月-2024年11月", ctx), "尚未开始", ctx, { ...DEFAULT_SETTINGS, asOf });
  expect([at("2024-07-31").status, at("2024-07-31").light]).toEqual(["on-track", "green"]);
  expect([at("2024-10-15").status, at("2024-10-15").light]).toEqual(["behind", "yellow"]);
  expect([at("2024-12-31").status, at("2024-12-31").light]).toEqual(["missed", "red"]);
});

test("按计划推进 is work under way, as 进行中: on track before the deadline, missed after it", () => {
  expect(judge("2024-07-31", "按计划推进").light).toBe("green");
  expect(judge("2024-11-30", "按计划推进").light).toBe("red");
});

/**
 * reader39 — 未开始 / 未启动 against a NUMBER target (培训人次 ≥200, 合格率 ≥95%, 成本 ≤50万元) was “应填写数值” (no
 * light) at any date, while 未完成 against the same target was judged. Now as against a deadline (the schedule's
 * idea, docs/domain.md#deadlines-and-pro-rating): on track while the schedule expects nothing yet (序时进度 0), behind
 * (yellow) once it expects some, missed (red) at the year end; never red before it, as 未完成 against a number.
 */
describe("未开始 against a number target", () => {
  const count = { name: "培训人次", level2: "数量指标", budgetYear: 2024 };
  const at = (target: string, actual: CellValue, asOf: string, ctx: object = count) => {
    const c = { budgetYear: 2024, ...ctx };
    const r = judgeIndicator(parseTarget(target, c), actual, c, { ...DEFAULT_SETTINGS, asOf });
    return [r.status, r.light, r.why];
  };

  test.each([
    ["2024-01-15", "on-track", "green", "（尚未到开始时间）"],
    ["2024-07-31", "behind", "yellow", "（按序时进度应已开始）"],
    ["2024-12-31", "missed", "red", ""],
  ])("≥200人次 answered 未开始 on %s: %s (%s)", (asOf, s, light, tail) => {
    expect(at("≥200人次", "未开始", asOf)).toEqual([
      s,
      light,
      `实际：尚未开始，目标 ≥ 200 人次，截止 2024-12-31${tail}`,
    ]);
  });

  test.each(["未启动", "尚未开始", "未开展"])("%p alike", (actual) => {
    expect(at("≥200人次", actual, "2024-07-31").slice(0, 2)).toEqual(["behind", "yellow"]);
  });

  test("a rate, a cap and one indivisible item alike: yellow mid-year, red at the year end", () => {
    for (const [target, ctx] of [
      ["≥95%", { name: "验收合格率", level2: "质量指标" }],
      ["≤50万元", { name: "项目成本", level2: "成本指标" }],
      ["1套", { name: "系统建设数量", level2: "数量指标" }],
      ["≤10/10万", { name: "传染病发病率", level2: "质量指标" }],
    ] as const) {
      expect([target, ...at(target, "未开始", "2024-07-31", ctx).slice(0, 2)]).toEqual([target, "behind", "yellow"]);
      expect([target, ...at(target, "未开始", "2024-12-31", ctx).slice(0, 2)]).toEqual([target, "missed", "red"]);
    }
  });

  test("the control: 未完成 against the number is judged as before (yellow mid-year, red at the end)", () => {
    expect(at("≥200人次", "未完成", "2024-07-31").slice(0, 2)).toEqual(["behind", "yellow"]);
    expect(at("≥200人次", "未完成", "2024-12-31").slice(0, 2)).toEqual(["missed", "red"]);
  });

  test("English wording names the target too", () => {
    const c = { ...count };
    const r = judgeIndicator(parseTarget("≥200人次", c), "未开始", c, {
      ...DEFAULT_SETTINGS,
      asOf: "2024-07-31",
      lang: "en",
    });
    expect(r.why).toContain("not started, target ≥ 200 person-times, deadline 2024-12-31");
  });

  test("PERF.STATUS alike, and a self-evaluation scores it as 未达成", () => {
    expect(status([["≥200人次"]], "未开始", "2024-12-31", [["数量指标"]])).toBe("未达标");
    expect(scoreIndicator(parseTarget("≥200人次", count), "未开始", 10)).toBe(3);
  });
});
