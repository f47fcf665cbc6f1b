/**
 * review66: the neighbours of verdict66's rules. A count per a month under a year's count is a frequency, not a count
 * done so far (每月1次 in June is no 12 checks already held); a completion date said planned and now past is said
 * alike by the check and PERF.SCORE.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";
import { score as perfScore, status } from "../../../src/functions/functions";

const judgedOn = (name: string, target: string, actual: CellValue, asOf: string) =>
  judgeIndicator(
    parseTarget(target, { name, budgetYear: 2024 }),
    actual,
    { name, budgetYear: 2024 },
    {
      ...DEFAULT_SETTINGS,
      asOf,
    },
  );

// On int66 每月1次 under ≥12次 in June was 12 checks held, “快于序时进度”: exceeded, blue — the year's frequency read as
// the year's count already done.
test.each([
  ["检查次数", "≥12次", "每月1次", "on-track", "green"],
  ["检查次数", "≥12次", "1次/月", "on-track", "green"],
  ["检查次数", "≥4次/年", "每季度1次", "on-track", "green"],
  ["检查次数", "≥12次", "每季度1次", "behind", "yellow"],
])("%p %p with %p in June: %p, %p (a frequency, not a count done)", (name, target, actual, expected, light) => {
  const r = judgedOn(name, target, actual, "2024-06-30");
  expect([r.status, r.light]).toEqual([expected, light]);
  expect(r.why).not.toContain("序时");
  expect(status([[target]], actual, "2024-06-30", [["", "", name]])).toBe(expected === "on-track" ? "正常" : "滞后");
});

test("每月2次 under ≥12次 at the year's end is still 24 held: exceeded, as 24次 is", () => {
  expect(judgedOn("检查次数", "≥12次", "每月2次", "2024-12-31")).toMatchObject({ status: "exceeded", actual: 24 });
});

// On int66 PERF.SCORE said “实际值无法识别，不能评分：预计2024年9月完成” where the check says why it is not judged.
test.each(["预计2024年9月完成", "2024年9月（预计）"])(
  "%p past on the check's day: PERF.SCORE says the check's reason",
  (actual) => {
    const r = judgedOn("完成时间", "2024年10月底前完成", actual, "2024-12-31");
    expect(r.status).toBe("unknown");
    const s = perfScore([["2024年10月底前完成"]], actual, 10, [["", "", "完成时间"]], "2024-12-31", 2024);
    expect((s as { message: string }).message).toBe(`不能评分：${r.why}`);
  },
);

// A plan for after the deadline, now past: late whether done on the plan's day or not yet, so missed (on int66 red on
// 15 November, the plan ahead, and no light from 30 November: “未判断”); scored as the late plan was the day before.
test.each(["2024-11-30", "2024-12-31"])("预计2024年11月完成 under 2024年10月底前完成 on %p: missed, red", (asOf) => {
  const name = "完成时间";
  const [target, actual] = ["2024年10月底前完成", "预计2024年11月完成"];
  const r = judgedOn(name, target, actual, asOf);
  expect([r.status, r.light]).toEqual(["missed", "red"]);
  expect(r.why).toBe(
    "实际为“预计2024年11月完成”：是预计（计划）的完成时间，晚于截止 2024-10-31 30 天，到监控时点已过，无论是否已完成都未按期完成",
  );
  expect(status([[target]], actual, asOf, [["", "", name]])).toBe("未达标");
  const dayBefore = perfScore([[target]], actual, 10, [["", "", name]], "2024-11-15", 2024);
  expect(perfScore([[target]], actual, 10, [["", "", name]], asOf, 2024)).toBe(dayBefore);
  expect(dayBefore).toBe(7);
});

// The per-part left out in another scale of the unit: the suggestion in the target's unit (on int66 “请填写
// “4800000万元/公里”” and “0.06元/人/月”: ten thousand times off).
test.each([
  ["建设成本", "≤500万元/公里", "4800000元", "“480万元/公里”"],
  ["补助标准", "≥530元/人/月", "0.06万元", "“600元/人/月”"],
])("%p %p with %p: suggests %p", (name, target, actual, suggested) => {
  const r = judgedOn(name, target, actual, "2024-12-31");
  expect(r.status).toBe("unknown");
  expect(r.why).toContain(`请填写${suggested}`);
});
