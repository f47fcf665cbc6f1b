/**
 * reader39 — targets of real published tables that were 无法识别 (docs/domain.md#notation):
 * - rates per a round base (上海 闵行's 孕产妇死亡率 `≤9.61/10万`, 麻疹发病率 `≤1/100万`; `≤5/万`, `低于15/10万`,
 *   `≤1.5人/万人`, 度量单位 `1/10万`): judged against actuals written in the same notation, in another base, in ‰ / %,
 *   or bare (the target's base), the unit shown as written;
 * - counts named after their measure word (`1个平台`, `建成1个系统`, `1套`): ≥ the count by default, one indivisible
 *   item when it is 1, answered by `1个`, `1`, `1个平台` or `已建成1个平台`.
 * On main every target here was “含有数字，但无法识别…” (no light).
 */
import { fileReport } from "../../../src/cli/report";
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { scoreIndicator } from "../../../src/core/score/score";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import { DEFAULT_SETTINGS, type CellValue, type TargetContext } from "../../../src/core/types";
import { status } from "../../../src/functions/functions";
import { sheet, snapshotOf } from "../plan/fixtures";

const judge = (target: string, actual: CellValue, asOf: string, ctx: TargetContext = {}) => {
  const c = { budgetYear: 2024, ...ctx };
  const r = judgeIndicator(parseTarget(target, c), actual, c, { ...DEFAULT_SETTINGS, asOf });
  return `${r.status} ${r.light} ${r.why}`;
};

describe("a rate per a round base", () => {
  const ill = { name: "传染病发病率", level2: "质量指标" };

  test.each([
    ["8", "on-track green 实际 8/10万，目标 ≤ 10/10万"],
    [8, "on-track green 实际 8/10万，目标 ≤ 10/10万"],
    ["12/10万", "missed red 实际 12/10万，目标 ≤ 10/10万"],
    ["9例/10万人口", "on-track green 实际 9/10万，目标 ≤ 10/10万"],
    ["0.8/万", "on-track green 实际 8/10万，目标 ≤ 10/10万"],
    ["0.12‰", "missed red 实际 12/10万，目标 ≤ 10/10万"],
    ["0.008%", "on-track green 实际 8/10万，目标 ≤ 10/10万"],
    ["十万分之八", "on-track green 实际 8/10万，目标 ≤ 10/10万"],
  ])("≤10/10万 in July, actual %p: %s", (actual, expected) => {
    expect(judge("≤10/10万", actual, "2024-07-31", ill)).toBe(expected);
  });

  test("a cap is in or out at any date, and at the year end", () => {
    expect(judge("≤9.61/10万", "9.61", "2024-12-31", { name: "孕产妇死亡率" })).toBe(
      "met green 实际 9.61/10万，目标 ≤ 9.61/10万",
    );
    expect(judge("低于15/10万", "15", "2024-12-31", { name: "孕产妇死亡率" })).toBe(
      "missed red 实际 15/10万，目标 < 15/10万",
    );
    expect(judge("≤1/100万", "0", "2024-12-31", { name: "麻疹发病率" })).toBe("met green 实际 0/100万，目标 ≤ 1/100万");
  });

  test("per 万 and in ‰ / ‱: converted through the base, shown in the target's", () => {
    expect(judge("≤5/万", "0.4‰", "2024-12-31", { name: "事故发生率" })).toBe("met green 实际 4/万，目标 ≤ 5/万");
    expect(judge("0.5‰", "6/万", "2024-12-31", { name: "婴儿死亡率" })).toBe("missed red 实际 0.6‰，目标 ≤ 0.5‰");
    expect(judge("≤5‱", "4/万", "2024-12-31", { name: "事故发生率" })).toBe("met green 实际 4‱，目标 ≤ 5‱");
  });

  test("people per people (≤1.5人/万人): what is counted kept, another base converted, another thing not", () => {
    const died = { name: "死亡率" };
    expect(judge("≤1.5人/万人", "1.6", "2024-12-31", died)).toBe("missed red 实际 1.6 人/万人，目标 ≤ 1.5 人/万人");
    expect(judge("≤1.5人/万人", "12人/10万人", "2024-12-31", died)).toBe(
      "met green 实际 1.2 人/万人，目标 ≤ 1.5 人/万人",
    );
    expect(judge("≤1.5人/万人", "1.2起/万人", "2024-12-31", died)).toMatch(/^unknown none 实际值单位/);
  });

  test("a 度量单位 column holding the base (1/10万) over a bare target", () => {
    const ctx = { name: "发病率", unit: "1/10万" };
    expect(judge("10", "9/10万", "2024-12-31", ctx)).toBe("met green 实际 9/10万，目标 ≤ 10/10万");
  });

  test("a rate is a level: never pro-rated, a positive one reached early is on track", () => {
    const cars = { name: "每万人拥有救护车数" };
    expect(judge("≥0.25辆/万人", "0.3", "2024-07-31", cars)).toBe(
      "on-track green 实际 0.3 辆/万人，目标 ≥ 0.25 辆/万人",
    );
  });

  test("PERF.STATUS judges as the check does", () => {
    expect(status([["≤10/10万"]], "8", "2024-12-31", [["质量指标", "传染病发病率"]])).toBe("达标");
    expect(status([["≤10/10万"]], "0.12‰", "2024-12-31", [["质量指标", "传染病发病率"]])).toBe("未达标");
  });

  test("a self-evaluation scores it as any cap", () => {
    expect(scoreIndicator(parseTarget("≤10/10万", ill), "8/10万", 10)).toBe(10);
    expect(scoreIndicator(parseTarget("≤10/10万", ill), "15/10万", 10)).toBe(5);
  });
});

describe("a count named after its measure word", () => {
  test.each([
    ["1个平台", "1个平台"],
    ["1个平台", "1个"],
    ["1个平台", 1],
    ["建成1个系统", "已建成1个系统"],
    ["1套信息系统", "1套"],
  ])("%p answered %p at the year end: met", (target, actual) => {
    expect(judge(target, actual, "2024-12-31")).toMatch(/^met green 实际 1 /);
  });

  test("已建成 / 未建成 answer it as a grade (达成 / 未达成), as 已完成 does", () => {
    expect(judge("1个平台", "已建成", "2024-07-31")).toBe(
      "met green 实际：达成（填的是达成情况而非数值，按此判断），目标 1 个平台",
    );
    expect(judge("1个平台", "未建成", "2024-12-31")).toMatch(/^missed red 实际：未达成/);
  });

  test("one platform is one indivisible item: on track before the year end, missed at it if none", () => {
    expect(judge("1个平台", 0, "2024-07-31")).toBe(
      "on-track green 实际 0 个平台，目标 1 个平台（单件交付不按序时折算，截止时判断）",
    );
    expect(judge("1个平台", 0, "2024-12-31")).toBe("missed red 实际 0 个平台，目标 1 个平台");
  });

  test("several are pro-rated like any count", () => {
    expect(judge("不少于3个村", "1个", "2024-11-30", { name: "覆盖行政村数" })).toBe(
      "behind red 按序时应达 2.75 个村（11/12），实际 1 个村",
    );
  });

  test("another thing or another measure word is no answer to it", () => {
    expect(judge("1个平台", "1个系统", "2024-12-31")).toBe("unknown none 实际值单位“个系统”与指标值单位“个平台”不一致");
    expect(judge("1个平台", "1套", "2024-12-31")).toMatch(/^unknown none /);
  });

  test("PERF.STATUS judges as the check does", () => {
    expect(status([["建成1个平台"]], "1个", "2024-12-31", [["数量指标"]])).toBe("达标");
  });
});

describe("in a real-looking 疾控 table, through the check", () => {
  const AS_OF = "2024-07-31";
  const values: CellValue[][] = [
    ["2024年重大传染病防控项目绩效目标表"],
    ["项目名称", "重大传染病防控"],
    ["预算数", 120],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
    ["产出指标", "数量指标", "建设传染病监测信息平台", "1个平台", null],
    [null, "质量指标", "甲乙类传染病发病率", "≤260/10万", "231.5/10万"],
    [null, "质量指标", "孕产妇死亡率", "低于15/10万", 16],
  ];
  const snapshot = snapshotOf(sheet("表", values));

  test("the CLI lists each with its unit as written", () => {
    const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas: false });
    const lines = fileReport("x.xlsx", "x.checked.xlsx", run.check, "zh").filter((l) => /'表'!D/.test(l));
    expect(lines).toEqual(["      [红] '表'!D7  孕产妇死亡率  实际 16/10万，目标 < 15/10万"]);
    const results = run.check.tables[0].results.map((r) => `${r.status} ${r.light} ${r.why}`);
    expect(results).toEqual([
      "pending none 未填报实际值",
      "on-track green 实际 231.5/10万，目标 ≤ 260/10万",
      "missed red 实际 16/10万，目标 < 15/10万",
    ]);
  });
});
