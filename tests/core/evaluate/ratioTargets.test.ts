/**
 * Ratio targets (配套比例 1:1, 资产负债 ≤3:1, ≥1.2:1, 1：1) are judged as numbers against an actual written as a ratio,
 * a number or a share; electricity in 千瓦时 / kWh / 度; a bare 0 target is a cap at none.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS, type CellValue, type TargetContext } from "../../../src/core/types";

const JULY = "2024-07-31";
const YEAR_END = "2024-12-31";

function judge(target: string, actual: CellValue, asOf = YEAR_END, ctx: TargetContext = {}) {
  const r = judgeIndicator(
    parseTarget(target, ctx),
    actual,
    { budgetYear: 2024, ...ctx },
    { ...DEFAULT_SETTINGS, asOf },
  );
  return r.status;
}

describe("a ratio target is a number: its first term per its second", () => {
  test("≥1.2:1 against a ratio, a plain number, another ratio of the same value, a full-width colon", () => {
    expect(judge("≥1.2:1", "1.3:1")).toBe("met");
    expect(judge("≥1.2:1", "1.1:1")).toBe("missed");
    expect(judge("≥1.2:1", 1.3)).toBe("met");
    expect(judge("≥1.2:1", "6:5")).toBe("met"); // 1.2
    expect(judge("≥1.2:1", "1.3：1")).toBe("met");
  });

  test("1:1 and ≤3:1 (a cap), also against a share (1:1 is 100%)", () => {
    expect(judge("1:1", "1:1")).toBe("met");
    expect(judge("1：1", "0.8:1")).toBe("missed");
    expect(judge("1:1", "100%")).toBe("met");
    expect(judge("≤3:1", "2.5:1")).toBe("met");
    expect(judge("≤3:1", "4:1")).toBe("missed");
  });

  test("生师比 18:1 is at most (review41: 20:1 was met); 师生比 1:15 at least", () => {
    expect(judge("18:1", "20:1", YEAR_END, { name: "生师比" })).toBe("missed");
    expect(judge("18:1", "16:1", YEAR_END, { name: "生师比" })).toBe("met");
    expect(judge("1:15", "1:20", YEAR_END, { name: "师生比" })).toBe("missed");
  });

  test("the reason shows the ratios as written", () => {
    const t = parseTarget("≥1.2:1");
    const r = judgeIndicator(t, "1.1:1", { budgetYear: 2024 }, { ...DEFAULT_SETTINGS, asOf: YEAR_END });
    expect(r.why).toBe("实际 1.1:1，目标 ≥ 1.2:1");
  });

  test("reader42: an actual ratio is shown as written, not in the target's second term (1:14 was 1.07:15)", () => {
    const why = (target: string, actual: CellValue, lang: "zh" | "en" = "zh") =>
      judgeIndicator(
        parseTarget(target, { name: "师生比" }),
        actual,
        { budgetYear: 2024, name: "师生比" },
        { ...DEFAULT_SETTINGS, asOf: YEAR_END, lang },
      ).why;
    expect(why("1:15", "1:14")).toBe("实际 1:14，目标 1:15");
    expect(why("1:15", "1:20")).toBe("实际 1:20，目标 1:15");
    expect(why("1:15", "1:14", "en")).toBe("Actual 1:14, target 1:15");
    expect(why("≥1.2:1", "1.3:1")).toBe("实际 1.3:1，目标 ≥ 1.2:1");
  });

  test("reader42: a bare number against a ratio per more than one (1:15) is asked for as a ratio, not guessed", () => {
    // 14 was read 14:15 (met), and so was 20 — a clerk's 1:20, fewer teachers than wanted.
    for (const typed of [14, 20, "14"]) {
      const r = judgeIndicator(
        parseTarget("1:15", { name: "师生比" }),
        typed,
        { budgetYear: 2024, name: "师生比" },
        { ...DEFAULT_SETTINGS, asOf: YEAR_END },
      );
      expect([r.status, r.light]).toEqual(["unknown", "none"]);
      expect(r.why).toContain("请按比例填写");
    }
    expect(judge("≥1.2:1", 1.3)).toBe("met"); // a ratio per one: the number is its first term
  });

  test("a ratio is a level, never pro-rated: in July 1.1:1 is behind, not 超额 of a 7/12 share", () => {
    expect(judge("≥1.2:1", "1.1:1", JULY)).toBe("behind");
    expect(judge("≥1.2:1", "1.3:1", JULY)).toBe("on-track");
  });
});

describe("electricity: 千瓦时, kWh and 度 are one unit", () => {
  test("≤5000千瓦时 against 4800度 and 5200kWh", () => {
    expect(judge("≤5000千瓦时", "4800度")).toBe("met");
    expect(judge("≤5000千瓦时", "5200kWh")).toBe("missed");
  });

  test("用电量 ≤5000度 against 4800kWh; ≥2万千瓦时 against 15000千瓦时", () => {
    expect(judge("≤5000度", "4800kWh", YEAR_END, { name: "办公用电量" })).toBe("met");
    expect(judge("≥2万千瓦时", "15000千瓦时")).toBe("missed");
  });
});

describe("a bare 0 target is a cap at none", () => {
  test("预算调整次数 0: 1 is missed, 0 met; 结转结余资金率 -0%: 1% missed", () => {
    expect(judge("0", 1, YEAR_END, { name: "预算调整次数" })).toBe("missed");
    expect(judge("0", 0, YEAR_END, { name: "预算调整次数" })).toBe("met");
    expect(judge("-0%", "1%", YEAR_END, { name: "结转结余资金率" })).toBe("missed");
    expect(judge("-0%", "0%", YEAR_END, { name: "结转结余资金率" })).toBe("met");
  });
});

describe("reader42: a bare 0 that is a floor (a saving, a profit, things made) is met by any number at or above it", () => {
  test("能耗降低率 0: a saving of 3 is met (parsed ≥ 0 since review41, judged = 0 until now); a rise of 2 is missed", () => {
    expect(judge("0", 3, YEAR_END, { name: "能耗降低率" })).toBe("met");
    expect(judge("0", "上升2%", YEAR_END, { name: "能耗降低率" })).toBe("missed");
    // -2 under a name of a fall: a fall of 2 or a rise of 2, not told (verdict57: missed before).
    expect(judge("0", -2, YEAR_END, { name: "能耗降低率" })).toBe("unknown");
    expect(judge("0%", "5%", YEAR_END, { name: "经营利润率" })).toBe("met");
  });

  test("新增就业岗位 0: three jobs made are met, none too; 新增隐性债务 0 stays a cap", () => {
    expect(judge("0", 3, YEAR_END, { name: "新增就业岗位" })).toBe("met");
    expect(judge("0", 0, YEAR_END, { name: "新增就业岗位" })).toBe("met");
    expect(judge("0", 1, YEAR_END, { name: "新增隐性债务" })).toBe("missed");
  });
});
