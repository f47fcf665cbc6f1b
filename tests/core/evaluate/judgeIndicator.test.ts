import { cellKey } from "../../../src/core/a1";
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { scoreIndicator } from "../../../src/core/score/score";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import {
  DEFAULT_SETTINGS,
  type CellReading,
  type CellValue,
  type JudgeSettings,
  type ParsedTarget,
} from "../../../src/core/types";
import { change, deadline, duration, missing, num, qualitative, range, unknown } from "./targets";

const Q1 = "2024-03-31";
const JULY = "2024-07-31";
const YEAR_END = "2024-12-31";

const settings = (asOf: string, extra: Partial<JudgeSettings> = {}): JudgeSettings => ({
  ...DEFAULT_SETTINGS,
  asOf,
  ...extra,
});
const judge = (
  t: ParsedTarget,
  actual: CellReading | CellValue | null,
  asOf: string,
  extra: Partial<JudgeSettings> = {},
  level2?: string,
) => judgeIndicator(t, actual, { budgetYear: 2024, level2 }, settings(asOf, extra));
const pick = (r: ReturnType<typeof judge>) => [r.status, r.light];

describe("a share written as a fraction with 比例 (视频监控在线率 ≥0.97比例, a real table's target)", () => {
  const t = parseTarget("≥0.97比例");

  test("is a level: judged against the full 97% in July, never pro-rated", () => {
    expect(pick(judge(t, 0.9, JULY))).toEqual(["behind", "yellow"]); // was "exceeded": 0.97 pro-rated to 7/12
    expect(pick(judge(t, 0.98, JULY))).toEqual(["on-track", "green"]);
  });

  test("takes an actual written as a percentage (98% is 0.98 比例)", () => {
    expect(judge(t, "98%", YEAR_END).status).toBe("met");
    expect(judge(t, "90%", YEAR_END).status).toBe("missed");
    expect(judge(t, "0.99比例", YEAR_END).status).toBe("met");
  });

  test("above 1 it is already a percentage: ≥95比例 is met by 96 or 96%, missed by 90%", () => {
    const p = parseTarget("≥95比例");
    expect(judge(p, 96, YEAR_END).status).toBe("met");
    expect(judge(p, "96%", YEAR_END).status).toBe("met");
    expect(judge(p, "96比例", YEAR_END).status).toBe("met");
    expect(judge(p, "90%", YEAR_END).status).toBe("missed");
    expect(judge(t, "98比例", YEAR_END).status).toBe("met"); // 98比例 typed as the actual of ≥0.97比例: 98%
  });

  test("a clerk's plain 96 against ≥0.97比例 is 96%: missed, not 9,600%", () => {
    expect(judge(t, 96, YEAR_END).status).toBe("missed");
    expect(judge(t, 98, YEAR_END).status).toBe("met");
    expect(judge(t, 0.96, YEAR_END).status).toBe("missed");
  });

  test("scored as judged: ≥95比例 met by 96% earns the full weight, as ≥95% does", () => {
    expect(scoreIndicator(parseTarget("≥95比例"), "96%", 10)).toBe(scoreIndicator(parseTarget("≥95%"), "96%", 10));
    expect(scoreIndicator(parseTarget("≥95比例"), "96%", 10)).toBe(10);
    expect(scoreIndicator(t, 96, 10)).toBe(scoreIndicator(parseTarget("≥97%"), 96, 10));
  });
});

describe("rates and levels (≥90%)", () => {
  const t = num(">=", 90, "%");

  test("≥90% with 85% at year end is missed (red), 5 points short", () => {
    const r = judge(t, "85%", YEAR_END);
    expect(pick(r)).toEqual(["missed", "red"]);
    expect(r.gap).toBeCloseTo(5, 10);
    expect(r.actual).toBe(85);
    expect(r.why).toBe("实际 85%，目标 ≥ 90%");
  });

  test("before the deadline a rate not yet met is behind (yellow), never red", () => {
    expect(pick(judge(t, 85, Q1))).toEqual(["behind", "yellow"]);
    expect(pick(judge(t, 10, JULY))).toEqual(["behind", "yellow"]);
  });

  test("met: on track before the deadline, met at it, not blue for a rate by default", () => {
    expect(pick(judge(t, 95, JULY))).toEqual(["on-track", "green"]);
    expect(pick(judge(t, 100, YEAR_END))).toEqual(["met", "green"]);
    expect(pick(judge(num(">=", 50, "%"), 70, YEAR_END))).toEqual(["met", "green"]);
    expect(pick(judge(num(">=", 50, "%"), 70, YEAR_END, { exceededForLevels: true }))).toEqual(["exceeded", "blue"]);
  });

  test("a percentage-formatted cell is scaled", () => {
    const reading: CellReading = { cell: cellKey(1, 1), value: 0.92, numberFormat: "0%" };
    expect(pick(judge(t, reading, YEAR_END))).toEqual(["met", "green"]);
  });

  test("> is strict", () => {
    expect(pick(judge(num(">", 90, "%"), 90, YEAR_END))).toEqual(["missed", "red"]);
    expect(pick(judge(num(">", 90, "%"), 90.5, YEAR_END))).toEqual(["met", "green"]);
  });

  test("strictQualityTimeCost: a 质量 rate is in or out at any date", () => {
    expect(pick(judge(t, 85, JULY, { strictQualityTimeCost: true }, "质量指标"))).toEqual(["missed", "red"]);
    expect(pick(judge(t, 95, JULY, { strictQualityTimeCost: true }, "质量指标"))).toEqual(["on-track", "green"]);
    expect(pick(judge(t, 85, JULY, { strictQualityTimeCost: true }, "数量指标"))).toEqual(["behind", "yellow"]);
    expect(pick(judge(t, 85, JULY, { strictQualityTimeCost: false }, "质量指标"))).toEqual(["behind", "yellow"]);
  });
});

describe("caps (≤1.8%) are in or out at any date", () => {
  const t = num("<=", 1.8, "%");
  test.each([Q1, JULY, YEAR_END])("≤1.8%% with 2.1%% is missed at %s", (asOf) => {
    const r = judge(t, "2.1%", asOf);
    expect(pick(r)).toEqual(["missed", "red"]);
    expect(r.gap).toBeCloseTo(0.3, 10);
  });

  test("inside: on track before the deadline, met at it", () => {
    expect(pick(judge(t, 0.5, JULY))).toEqual(["on-track", "green"]);
    expect(pick(judge(t, 1.8, YEAR_END))).toEqual(["met", "green"]);
    expect(judge(t, 1.8, YEAR_END).gap).toBe(0);
  });

  test("< excludes the limit", () => {
    expect(pick(judge(num("<", 5, "%"), 5, YEAR_END))).toEqual(["missed", "red"]);
  });

  test("costs in 万元 (≤90万元) read amounts with other money units", () => {
    expect(pick(judge(num("<=", 90, "万元"), "850000元", YEAR_END))).toEqual(["met", "green"]);
    expect(pick(judge(num("<=", 90, "万元"), 95, JULY))).toEqual(["missed", "red"]);
  });
});

describe("counts and amounts (86人)", () => {
  const t = num("=", 86, "人", false);

  test("86人 with 86 at year end is met", () => {
    const r = judge(t, 86, YEAR_END);
    expect(pick(r)).toEqual(["met", "green"]);
    expect(r.gap).toBe(0);
    expect(r.ratio).toBeCloseTo(100, 10);
  });

  test("at the deadline: short is missed, ≥120 % is exceeded (blue)", () => {
    expect(pick(judge(t, 80, YEAR_END))).toEqual(["missed", "red"]);
    expect(judge(t, 80, YEAR_END).gap).toBe(6);
    expect(pick(judge(t, 103, YEAR_END))).toEqual(["met", "green"]);
    expect(pick(judge(t, 104, YEAR_END))).toEqual(["exceeded", "blue"]);
  });

  test("before the deadline: against the pro-rated target with the 60/80/120 bands", () => {
    // 2024-07-31: 7/12 of 86 = 50.17
    const behind = judge(t, 30, JULY);
    expect(pick(behind)).toEqual(["behind", "red"]); // 59.8 %
    expect(behind.ratio).toBeCloseTo((30 / ((86 * 7) / 12)) * 100, 6);
    expect(behind.gap).toBeCloseTo((86 * 7) / 12 - 30, 6);
    expect(behind.why).toBe("按序时应达 50.17 人（7/12），实际 30 人");
    expect(pick(judge(t, 35, JULY))).toEqual(["behind", "yellow"]); // 69.8 %
    expect(pick(judge(t, 45, JULY))).toEqual(["on-track", "green"]); // 89.7 %
    // 171 % of the schedule: blue by the national bands, and said to be ahead of it (not above the whole target);
    // the target reached, not passed: on track, not 超额 (clerk67).
    expect(pick(judge(t, 86, JULY))).toEqual(["on-track", "blue"]);
    expect(judge(t, 86, JULY).why).toBe("按序时应达 50.17 人（7/12），实际 86 人（快于序时进度）");
    expect(pick(judge(t, 104, JULY))).toEqual(["exceeded", "blue"]);
    // 2024-03-31: 3/12 of 86 = 21.5
    expect(pick(judge(t, 20, Q1))).toEqual(["on-track", "green"]);
  });

  test("the brief's wording: 按序时应达 50 人（5/12），实际 30 人", () => {
    const r = judge(num(">=", 120, "人"), "30人", "2024-05-31");
    expect(r.why).toBe("按序时应达 50 人（5/12），实际 30 人");
    expect(pick(r)).toEqual(["behind", "yellow"]);
    expect(
      judgeIndicator(num(">=", 120, "人"), 30, { budgetYear: 2024 }, settings("2024-05-31", { lang: "en" })).why,
    ).toBe("Pro-rated target 50 people (5/12), actual 30 people");
  });

  test("nothing due yet in January is on track", () => {
    expect(pick(judge(t, 0, "2024-01-20"))).toEqual(["on-track", "green"]);
  });

  test("the budget year comes from the context, else the settings, else the monitoring date", () => {
    expect(pick(judgeIndicator(t, 30, { budgetYear: 2024 }, settings("2025-01-15")))).toEqual(["missed", "red"]);
    expect(pick(judgeIndicator(t, 30, {}, settings("2025-01-15", { budgetYear: 2024 })))).toEqual(["missed", "red"]);
    expect(pick(judgeIndicator(t, 0, {}, settings("2025-01-15")))).toEqual(["on-track", "green"]);
  });
});

describe("target 0, ranges, changes, durations", () => {
  test("target 0: equal green, else red", () => {
    expect(pick(judge(num("=", 0, "起", false), 0, YEAR_END))).toEqual(["met", "green"]);
    expect(pick(judge(num("=", 0, "起", false), 1, JULY))).toEqual(["missed", "red"]);
    expect(pick(judge(num("=", 0, "起"), 2, YEAR_END))).toEqual(["missed", "red"]);
  });

  test("ranges: inside green, above red at any date, below like ≥ the low end", () => {
    const t = range(90, 95, "%");
    expect(pick(judge(t, 93, YEAR_END))).toEqual(["met", "green"]);
    expect(pick(judge(t, 97, JULY))).toEqual(["missed", "red"]);
    expect(pick(judge(t, 85, JULY))).toEqual(["behind", "yellow"]);
    expect(pick(judge(t, 85, YEAR_END))).toEqual(["missed", "red"]);
  });

  test("changes compare the actual change", () => {
    expect(pick(judge(change(10), "提高12%", YEAR_END))).toEqual(["met", "green"]);
    expect(pick(judge(change(10), 8, JULY))).toEqual(["behind", "yellow"]);
    expect(pick(judge(change(10), 8, YEAR_END))).toEqual(["missed", "red"]);
    expect(pick(judge(change(-3), "下降4%", YEAR_END))).toEqual(["met", "green"]);
    expect(pick(judge(change(-3), "下降2%", YEAR_END))).toEqual(["missed", "red"]);
    expect(judge(change(-3), "下降2%", YEAR_END).actual).toBe(-2);
    expect(pick(judge(change(-3), "+1%", JULY))).toEqual(["behind", "yellow"]);
  });

  test("durations are caps", () => {
    expect(pick(judge(duration(7, "日"), "5天", JULY))).toEqual(["on-track", "green"]);
    expect(pick(judge(duration(7, "日"), 9, Q1))).toEqual(["missed", "red"]);
    expect(judge(duration(7, "日"), 9, Q1).gap).toBe(2);
  });
});

describe("date targets", () => {
  const t = deadline("2024-06-30");

  test("completed on or before the deadline is met, later is missed with the days late", () => {
    expect(pick(judge(t, "2024-06-20", JULY))).toEqual(["met", "green"]);
    expect(pick(judge(t, "2024年6月30日", JULY))).toEqual(["met", "green"]);
    const late = judge(t, "2024-07-10", JULY);
    expect(pick(late)).toEqual(["missed", "red"]);
    expect(late.gap).toBe(10);
    expect(late.why).toBe("实际完成 2024-07-10，截止 2024-06-30，逾期 10 天");
  });

  test("no actual → pending, whatever the date", () => {
    for (const asOf of [Q1, JULY, YEAR_END]) expect(pick(judge(t, null, asOf))).toEqual(["pending", "none"]);
  });

  test("done / not done without a date", () => {
    expect(pick(judge(t, "已完成", Q1))).toEqual(["met", "green"]);
    expect(pick(judge(t, "未完成", Q1))).toEqual(["on-track", "green"]);
    expect(pick(judge(t, "未完成", JULY))).toEqual(["missed", "red"]);
  });

  test("a number that is no date is not understood", () => {
    expect(pick(judge(t, 12, JULY))).toEqual(["unknown", "none"]);
  });
});

describe("qualitative targets are judged by grade", () => {
  const t = qualitative("及时保障");
  test.each([
    ["达成", JULY, "met", "green"],
    ["达成预期指标", YEAR_END, "met", "green"],
    ["部分达成", JULY, "behind", "yellow"],
    ["基本完成", YEAR_END, "missed", "yellow"],
    ["未达成", JULY, "missed", "red"],
    ["否", YEAR_END, "missed", "red"],
  ])("%s at %s → %s %s", (actual, asOf, status, light) => {
    expect(pick(judge(t, actual, asOf))).toEqual([status, light]);
  });

  test("the explanation names the grade", () => {
    expect(judge(t, "部分达成", JULY).why).toBe("实际：部分达成，目标：及时保障");
    expect(judge(t, "部分达成", JULY, { lang: "en" }).why).toBe("Actual: partly achieved, target: “及时保障”");
  });

  test("a number against a qualitative target is not understood", () => {
    const r = judge(t, 100, JULY);
    expect(pick(r)).toEqual(["unknown", "none"]);
    expect(r.why).toContain("达成");
  });
});

describe("pending and unknown", () => {
  test.each([Q1, JULY, YEAR_END])("no actual is pending at %s", (asOf) => {
    const r = judge(num(">=", 90, "%"), null, asOf);
    expect(r).toEqual({ status: "pending", light: "none", actual: null, ratio: null, gap: null, why: "未填报实际值" });
  });

  test("a target not understood is unknown with its reason, even with an actual", () => {
    const r = judge(unknown("很多"), 5, JULY);
    expect(pick(r)).toEqual(["unknown", "none"]);
    expect(r.why).toBe("无法识别的指标值「很多」");
    expect(judge(missing("**人"), 5, JULY).why).toBe("「**人」是占位符，不是指标值");
    expect(judge(missing("**人"), 5, JULY, { lang: "en" }).why).toContain("**人");
  });

  test("an actual in the wrong unit is unknown with the reason", () => {
    const r = judge(num(">=", 90, "%"), "30人", YEAR_END);
    expect(pick(r)).toEqual(["unknown", "none"]);
    expect(r.why).toContain("单位");
  });
});

describe("with targets parsed by parseTarget", () => {
  const parsed = (text: string, ctx: { level2?: string; name?: string; unit?: string } = {}) =>
    parseTarget(text, { budgetYear: 2024, ...ctx });

  test.each([
    ["≥90%", "85%", YEAR_END, "missed", "red"],
    ["≥90%", 85, JULY, "behind", "yellow"],
    ["≤1.8%", "2.1%", YEAR_END, "missed", "red"],
    ["≤1.8%", 2.1, Q1, "missed", "red"],
    ["≤1.8%", 0.5, JULY, "on-track", "green"],
    ["86人", 86, YEAR_END, "met", "green"],
    ["86人", "86人", YEAR_END, "met", "green"],
    ["不少于2次", 1, YEAR_END, "missed", "red"],
    ["70%以上", "72%", YEAR_END, "met", "green"],
    ["7日内", "5天", JULY, "on-track", "green"],
    ["2024年12月31日", "2024年12月20日", YEAR_END, "met", "green"],
    ["2024年12月31日", null, "2025-02-01", "pending", "none"],
    ["及时保障", "达成", YEAR_END, "met", "green"],
    ["**人", 5, YEAR_END, "unknown", "none"],
  ])("%s with %p at %s → %s %s", (text, actual, asOf, status, light) => {
    expect(pick(judge(parsed(text), actual as CellValue, asOf))).toEqual([status, light]);
  });

  test("a bare value of a bad-thing rate is a cap", () => {
    expect(pick(judge(parsed("2", { name: "差错率", unit: "%" }), 3, JULY))).toEqual(["missed", "red"]);
  });
});

describe("stocks are not pro-rated (README: where we chose otherwise)", () => {
  const settings = { ...DEFAULT_SETTINGS, asOf: "2024-07-31" };
  test("保障办公人数 86人 with 86 in July is on track, not over-achieved", () => {
    const r = judgeIndicator(
      parseTarget("86人"),
      86,
      { level2: "数量指标", name: "保障办公人数", budgetYear: 2024 },
      settings,
    );
    expect(r).toMatchObject({ status: "on-track", light: "green" });
  });
  test("a count built up over the year (培训人数) is still pro-rated", () => {
    const r = judgeIndicator(
      parseTarget("120人"),
      120,
      { level2: "数量指标", name: "培训人数", budgetYear: 2024 },
      settings,
    );
    expect(r.why).toMatch(/按序时应达/);
    expect(r.light).toBe("blue"); // the national bands: ≥ 120 % of the pro-rated schedule
  });
});

// review65: a target in percentage points is judged in % (judgedTarget), and the English restatement took that unit —
// “the target up 3% vs last year”, a relative rise — where the Chinese says 提高 3 百分点 (int65 e13d340).
test.each([
  ["较上年提高3个百分点", "是", "the target up 3 percentage points vs last year"],
  ["较上年下降2个百分点", "是", "the target down 2 percentage points vs last year"],
  ["≥3个百分点", "满意", "the target ≥ 3 percentage points"],
])("English says %p in points (actual %p)", (target, actual, said) => {
  const ctx = { name: "就业率", budgetYear: 2024 };
  const en = { ...DEFAULT_SETTINGS, asOf: "2024-12-31", lang: "en" as const };
  const r = judgeIndicator(parseTarget(target, ctx), actual, ctx, en);
  expect(r.why).toContain(said);
});
