/**
 * A target cell holding several quantities (reader44): `不少于3次，每次不少于2小时`, `≥2000人次/≥10场`, and the real
 * `自愿咨询检测1000人次以上,艾滋病人检测600人次以上,结核病人筛查600人次以上` (湖南 祁东 2024) or
 * `建筑面积2.6万平方米,展示面积1万平方米` (东莞 2022) were not understood, so no actual was ever judged. Now each part is read;
 * actuals typed as many, in the same order, are judged part by part (the worst light); a single actual is judged
 * against the part the name or unit column names, the others said unchecked — or, the parts being alike, asked for.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { scoreIndicator } from "../../../src/core/score/score";
import { DEFAULT_SETTINGS, type CellValue, type TargetContext } from "../../../src/core/types";

const TRAINING = "不少于3次，每次不少于2小时";
const EVENTS = "≥2000人次/≥10场";
const QIDONG = "自愿咨询检测1000人次以上,艾滋病人检测600人次以上,结核病人筛查600人次以上";

function judge(target: string, actual: CellValue, ctx: TargetContext, asOf = "2024-12-31", lang?: "en") {
  const settings = { ...DEFAULT_SETTINGS, asOf, ...(lang ? { lang } : {}) };
  return judgeIndicator(parseTarget(target, ctx), actual, { budgetYear: 2024, ...ctx }, settings);
}

describe("reading a target of several quantities", () => {
  test("every part is read, with the words that name it; the normalised text keeps them all", () => {
    const t = parseTarget(QIDONG, { name: "全年检测次数" });
    expect(t.parts?.map((p) => [p.label, p.target.op, p.target.value, p.target.unit])).toEqual([
      ["自愿咨询检测", ">=", 1000, "人次"],
      ["艾滋病人检测", ">=", 600, "人次"],
      ["结核病人筛查", ">=", 600, "人次"],
    ]);
    expect(t.normalized).toBe("自愿咨询检测 ≥ 1000 人次；艾滋病人检测 ≥ 600 人次；结核病人筛查 ≥ 600 人次");
    // Alike parts: one number says not which, so none is the judged one.
    expect(t.judged).toBeUndefined();
    expect(t.reason).toContain("3 个同类数量");
  });

  test("the part a single actual is judged against: the unit the name or the unit column names, else the first", () => {
    expect(parseTarget(EVENTS, { name: "服务人次" }).judged).toBe(0);
    expect(parseTarget(EVENTS, { name: "演出场次" }).judged).toBe(1);
    expect(parseTarget(EVENTS, { name: "文化活动", unit: "场" }).judged).toBe(1);
    const training = parseTarget(TRAINING, { name: "培训次数" });
    expect([training.judged, training.kind, training.op, training.value, training.unit]).toEqual([
      0,
      "number",
      ">=",
      3,
      "次",
    ]);
    expect(training.parts?.[1].target.unit).toBe("小时/次");
    expect(training.reason).toContain("按「≥ 3 次」判断");
  });

  test("the normalised text reads back as the same target", () => {
    for (const [raw, ctx] of [
      [TRAINING, { name: "培训次数" }],
      [EVENTS, { name: "演出场次" }],
      [QIDONG, { name: "全年检测次数" }],
    ] as const) {
      const t = parseTarget(raw, ctx);
      const again = parseTarget(t.normalized, ctx);
      expect([again.judged, again.parts?.map((p) => p.target.normalized)]).toEqual([
        t.judged,
        t.parts?.map((p) => p.target.normalized),
      ]);
    }
  });

  test("one quantity written twice, a range, a rate and thousands stay what they were", () => {
    expect(parseTarget("≥90%且≥95%").kind).toBe("unknown");
    expect(parseTarget("98%、99%").kind).toBe("unknown");
    expect(parseTarget("≥95%且≤100%").kind).toBe("range");
    expect(parseTarget("5/10万").parts).toBeUndefined();
    expect(parseTarget("1次/月").parts).toBeUndefined();
    expect(parseTarget("1,200人").value).toBe(1200);
  });
});

describe("judging a target of several quantities", () => {
  test("actuals typed part by part are each judged; the worst light is the indicator's", () => {
    const short = judge(TRAINING, "4次，每次1.5小时", { name: "培训次数" });
    expect([short.status, short.light, short.actual]).toEqual(["missed", "red", "4次，每次1.5小时"]);
    expect(short.why).toContain("「≥ 2 小时/次」实际 1.5 小时/次");
    expect(judge(TRAINING, "3次，每次2小时", { name: "培训次数" }).status).toBe("met");
    // A piece typed without the part's base (2小时 for 每次…小时) is its number.
    expect(judge(TRAINING, "3次，2小时", { name: "培训次数" }).status).toBe("met");
    const events = judge(EVENTS, "2100人次/9场", { name: "服务人次" });
    expect([events.status, events.light]).toEqual(["missed", "red"]);
  });

  test("the three 祁东 counts: a single total is not judged (said how to type it); three are judged each", () => {
    const one = judge(QIDONG, "2500人次", { name: "全年检测次数" });
    expect([one.status, one.light]).toEqual(["unknown", "none"]);
    expect(one.why).toContain("请按同样顺序逐项填写实际值");
    const each = judge(QIDONG, "自愿咨询检测1100人次，艾滋病人检测650人次，结核病人筛查580人次", {
      name: "全年检测次数",
    });
    expect([each.status, each.light]).toEqual(["missed", "red"]);
    expect(each.why).toContain("「结核病人筛查 ≥ 600 人次」实际 580 人次");
    const all = judge(QIDONG, "1000,600,600", { name: "全年检测次数" });
    expect(all.status).toBe("met");
  });

  test("a single actual is judged against the named part, and the others are said unchecked", () => {
    const r = judge(TRAINING, 2, { name: "培训次数" });
    expect([r.status, r.light]).toEqual(["missed", "red"]);
    expect(r.why).toContain("按「≥ 3 次」判断，「≥ 2 小时/次」未核对");
    // Before the year's end the count is pro-rated as any count is.
    expect(judge(TRAINING, 2, { name: "培训次数" }, "2024-07-31").status).toBe("on-track");
  });

  test("not as many quantities as parts: not judged, said; nothing typed: pending", () => {
    const r = judge(QIDONG, "1100,650", { name: "全年检测次数" });
    expect([r.status, r.why]).toEqual([
      "unknown",
      "实际值含 2 个数量，指标值含 3 个：请按指标值的顺序逐项填写（以逗号分开）",
    ]);
    // One number with its thousands separator is one actual, judged against the named part.
    expect(judge(EVENTS, "1,800人次", { name: "服务人次" }).why).toContain("实际 1800 人次");
    expect(judge(TRAINING, null, { name: "培训次数" }).status).toBe("pending");
    expect(judge(QIDONG, "", { name: "全年检测次数" }).status).toBe("pending");
  });

  test("in English the parts are said too", () => {
    const r = judge(TRAINING, 2, { name: "培训次数" }, "2024-12-31", "en");
    expect(r.why).toMatch(/judged against ≥ 3/);
    expect(r.why).toMatch(/not checked/);
  });

  test("the self-evaluation score: the mean of the parts' scores, or the named part's; none for alike parts", () => {
    const training = parseTarget(TRAINING, { name: "培训次数" });
    expect(scoreIndicator(training, "3次，每次1小时", 10)).toBeCloseTo(7.5);
    expect(scoreIndicator(training, "3", 10)).toBe(10);
    const qidong = parseTarget(QIDONG, { name: "全年检测次数" });
    expect(scoreIndicator(qidong, "2500", 10)).toBeNull();
    expect(scoreIndicator(qidong, "1000,600,300", 12)).toBeCloseTo(10);
  });
});
