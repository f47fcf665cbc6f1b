/**
 * A name that closes on a checkpoint dates its target (检验检疫 疫情疫病项目支出绩效评价表: 预算执行进度(7月) 40%,
 * 预算执行进度（11月） 80.21%): due then, not at the year's end — reader43 (before, 35 % in July was only behind).
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { checkpointInName } from "../../../src/core/notation/checkpoints";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS, type CellValue, type TargetContext } from "../../../src/core/types";

function judge(target: string, actual: CellValue, asOf: string, ctx: TargetContext) {
  return judgeIndicator(parseTarget(target, ctx), actual, { budgetYear: 2024, ...ctx }, { ...DEFAULT_SETTINGS, asOf });
}

describe("a checkpoint closing the name is the target's deadline", () => {
  test("预算执行进度(7月) 40%: 35 % on 31 July is missed (red), said with the date; on 30 June still behind", () => {
    const july = judge("40%", "35%", "2024-07-31", { name: "预算执行进度(7月)" });
    expect([july.status, july.light]).toEqual(["missed", "red"]);
    expect(july.why).toContain("2024-07-31");
    const june = judge("40%", "35%", "2024-06-30", { name: "预算执行进度(7月)" });
    expect([june.status, june.light]).toEqual(["behind", "yellow"]);
  });

  test("reached by its date: met, not merely on track (预算执行进度（11月） 80.21% on 30 November)", () => {
    expect(judge("80.21%", "82%", "2024-11-30", { name: "预算执行进度（11月）" }).status).toBe("met");
    expect(judge("80.21%", "82%", "2024-11-30", { name: "预算执行进度" }).status).toBe("on-track");
  });

  test("a count due at mid-year is pro-rated over its six months (300 of 600 by 31 March is on schedule)", () => {
    const r = judge("600人次", 300, "2024-03-31", { level2: "数量指标", name: "培训人次(上半年)" });
    expect([r.status, r.light]).toEqual(["on-track", "green"]);
    // Over the year it would be 300 of 150 expected: ahead (blue), which a half-year target is not.
    expect(judge("600人次", 300, "2024-03-31", { level2: "数量指标", name: "培训人次" }).light).toBe("blue");
  });

  test("the pro-rated reason names the months it runs over (3 of 6, not 3 of 12, which would be 150 of 600)", () => {
    const zh = judge("600人次", 300, "2024-03-31", { level2: "数量指标", name: "培训人次(上半年)" });
    expect(zh.why).toContain("300 人次（3/6）");
    expect(zh.why).not.toContain("/12");
    const en = judgeIndicator(
      parseTarget("600人次", { level2: "数量指标", name: "培训人次(上半年)" }),
      300,
      { budgetYear: 2024, level2: "数量指标", name: "培训人次(上半年)" },
      { ...DEFAULT_SETTINGS, asOf: "2024-03-31", lang: "en" },
    );
    expect(en.why).toMatch(/\(3\/6\)/);
    expect(judge("600人次", 150, "2024-03-31", { level2: "数量指标", name: "培训人次" }).why).toContain("（3/12）");
  });

  test("names with a unit or a length in brackets, or the year's end, date nothing", () => {
    for (const name of [
      "工作时长(月)",
      "培训(个月)",
      "覆盖率(%)",
      "巡查次数(次/月)",
      "执行进度（12月）",
      "完成率(年度)",
    ])
      expect([name, checkpointInName(name, 2024)]).toEqual([name, null]);
    expect(checkpointInName("执行进度(1-6月)", 2024)).toBe("2024-06-30");
  });

  test("reader44: 上半年度, 年初 (its first quarter), a month's 上旬 / 中旬 / 下旬 in the name date the target", () => {
    expect(checkpointInName("资金支出进度(上半年度)", 2024)).toBe("2024-06-30");
    expect(checkpointInName("资金下达及时率（年初）", 2024)).toBe("2024-03-31");
    expect(checkpointInName("资金拨付率(3月上旬)", 2024)).toBe("2024-03-10");
    expect(checkpointInName("执行率(6月中旬)", 2024)).toBe("2024-06-20");
    expect(checkpointInName("执行率（9月下旬）", 2024)).toBe("2024-09-30");
    expect(checkpointInName("执行进度(年中)", 2024)).toBe("2024-06-30");
    // A ten-day part without its month (每月上旬?) dates nothing; the second half-year is the year's end.
    expect(checkpointInName("报送及时率(上旬)", 2024)).toBeNull();
    expect(checkpointInName("执行率(下半年度)", 2024)).toBeNull();
    const r = judge("50%", "40%", "2024-07-31", { name: "资金支出进度(上半年度)" });
    expect([r.status, r.light]).toEqual(["missed", "red"]);
    expect(r.why).toContain("2024-06-30");
    expect(judge("100%", "100%", "2024-03-10", { name: "资金拨付率(3月上旬)" }).status).toBe("met");
    expect(judge("100%", "60%", "2024-03-10", { name: "资金拨付率(3月上旬)" }).status).toBe("missed");
  });

  test("in English the date is said too", () => {
    const r = judgeIndicator(
      parseTarget("40%", { name: "预算执行进度(7月)" }),
      "35%",
      { budgetYear: 2024, name: "预算执行进度(7月)" },
      { ...DEFAULT_SETTINGS, asOf: "2024-07-31", lang: "en" },
    );
    expect(r.why).toMatch(/due 2024-07-31/);
  });
});
