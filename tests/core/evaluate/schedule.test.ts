import { judgeExecution, plannedProgress, timeProgress, wholeMonthsElapsed } from "../../../src/core/evaluate/schedule";
import { resolveCheckpointDate } from "../../../src/core/notation/checkpoints";
import { DEFAULT_SETTINGS, type JudgeSettings } from "../../../src/core/types";

const settings = (asOf: string, extra: Partial<JudgeSettings> = {}): JudgeSettings => ({
  ...DEFAULT_SETTINGS,
  asOf,
  ...extra,
});

describe("resolveCheckpointDate", () => {
  test.each([
    ["3月底", "2024-03-31"],
    ["3月末", "2024-03-31"],
    ["3月", "2024-03-31"],
    ["2月底", "2024-02-29"],
    ["三月底", "2024-03-31"],
    ["十月底", "2024-10-31"],
    ["十二月底", "2024-12-31"],
    ["1-6月", "2024-06-30"],
    ["6月30日", "2024-06-30"],
    ["9月30日", "2024-09-30"],
    ["6月30号", "2024-06-30"],
    ["第一季度", "2024-03-31"],
    ["一季度", "2024-03-31"],
    ["第三季度末", "2024-09-30"],
    ["Q1", "2024-03-31"],
    ["Ｑ２", "2024-06-30"],
    ["上半年", "2024-06-30"],
    ["前三季度", "2024-09-30"],
    ["全年", "2024-12-31"],
    ["年底", "2024-12-31"],
    ["12月底", "2024-12-31"],
    ["截至6月底", "2024-06-30"],
    ["10月底前", "2024-10-31"],
    ["2024年9月30日", "2024-09-30"],
  ])("%s → %s", (label, iso) => {
    expect(resolveCheckpointDate(label, 2024)).toBe(iso);
  });

  test.each(["13月底", "2月30日", "第五季度", "预算数", ""])("%p is not a checkpoint", (label) => {
    expect(resolveCheckpointDate(label, 2024)).toBeNull();
  });
});

describe("timeProgress (序时进度 = whole months / 12)", () => {
  test.each([
    ["2024-08-15", 7],
    ["2024-07-31", 7],
    ["2024-07-30", 6],
    ["2024-03-31", 3],
    ["2024-01-15", 0],
    ["2024-12-31", 12],
    ["2024-02-29", 2],
  ])("%s → %d/12", (asOf, months) => {
    expect(wholeMonthsElapsed(asOf)).toBe(months);
    expect(timeProgress(asOf)).toBeCloseTo((months / 12) * 100, 10);
  });

  test("another year is all or nothing", () => {
    expect(wholeMonthsElapsed("2025-03-15", 2024)).toBe(12);
    expect(wholeMonthsElapsed("2023-11-30", 2024)).toBe(0);
  });
});

const equipmentPlan = [
  { date: "2024-03-31", percent: 25 },
  { date: "2024-06-30", percent: 50 },
  { date: "2024-10-31", percent: 75 },
  { date: "2024-12-31", percent: 100 },
];

describe("plannedProgress", () => {
  test("the worked example: 50 + 25 × 46 / 123", () => {
    expect(plannedProgress(equipmentPlan, "2024-08-15", "interpolate")).toBeCloseTo(50 + (25 * 46) / 123, 10);
    expect(plannedProgress(equipmentPlan, "2024-08-15", "interpolate")).toBeCloseTo(59.35, 2);
  });

  test("the year starts at 0 % on 1 January; checkpoints are exact; the last percent holds", () => {
    expect(plannedProgress(equipmentPlan, "2024-01-01", "interpolate")).toBe(0);
    expect(plannedProgress(equipmentPlan, "2024-02-15", "interpolate")).toBeCloseTo((25 * 45) / 90, 10);
    expect(plannedProgress(equipmentPlan, "2024-06-30", "interpolate")).toBe(50);
    expect(plannedProgress(equipmentPlan, "2024-12-31", "interpolate")).toBe(100);
    expect(plannedProgress(equipmentPlan, "2025-02-01", "interpolate")).toBe(100);
    expect(plannedProgress(equipmentPlan, "2023-12-31", "interpolate")).toBe(0);
  });

  test("step: the last checkpoint reached", () => {
    expect(plannedProgress(equipmentPlan, "2024-08-15", "step")).toBe(50);
    expect(plannedProgress(equipmentPlan, "2024-03-30", "step")).toBe(0);
    expect(plannedProgress(equipmentPlan, "2024-03-31", "step")).toBe(25);
  });

  test("time, or no plan at all: 序时进度", () => {
    expect(plannedProgress(equipmentPlan, "2024-08-15", "time")).toBeCloseTo(58.33, 2);
    expect(plannedProgress([], "2024-08-15", "interpolate")).toBeCloseTo(58.33, 2);
  });

  test("checkpoints given out of order are sorted", () => {
    const shuffled = [equipmentPlan[2], equipmentPlan[0], equipmentPlan[3], equipmentPlan[1]];
    expect(plannedProgress(shuffled, "2024-08-15", "interpolate")).toBeCloseTo(59.35, 2);
  });
});

describe("judgeExecution", () => {
  test("the worked example: 装备采购 18.00 of 39.80 万元 at 2024-08-15", () => {
    const r = judgeExecution(18, 39.8, equipmentPlan, settings("2024-08-15"));
    expect(r.planned).toBeCloseTo(59.35, 2);
    expect(r.rate).toBeCloseTo(45.23, 2);
    expect(r.ratio).toBeCloseTo(76.2, 1);
    expect(r.light).toBe("yellow");
    expect(r.status).toBe("behind");
    expect(r.lag).toBeCloseTo(14.1, 1);
    expect(r.timeProgress).toBeCloseTo(58.3, 1);
    expect(r.plannedFrom).toBe("schedule");
    expect(r.why).toContain("滞后");
  });

  test("bands: below 60 red, below 80 yellow, else green", () => {
    const plan = [{ date: "2024-12-31", percent: 100 }];
    // at 2024-12-31 planned = 100, so v = rate
    expect(judgeExecution(59.9, 100, plan, settings("2024-12-31")).light).toBe("red");
    expect(judgeExecution(60, 100, plan, settings("2024-12-31")).light).toBe("yellow");
    expect(judgeExecution(80, 100, plan, settings("2024-12-31")).light).toBe("green");
    expect(judgeExecution(100, 100, plan, settings("2024-12-31")).light).toBe("green");
    // Above the budget is overspending, never green (see "spending against the budget" below).
    expect(judgeExecution(130, 100, plan, settings("2024-12-31")).light).toBe("yellow");
  });

  test("nothing planned yet is green, with the lag still shown", () => {
    const plan = [
      { date: "2024-03-31", percent: 0 },
      { date: "2024-06-30", percent: 45 },
    ];
    const r = judgeExecution(0, 63.14, plan, settings("2024-03-31"));
    expect(r.planned).toBe(0);
    expect(r.ratio).toBeNull();
    expect(r.light).toBe("green");
    expect(r.lag).toBe(0);
  });

  test("no plan: 序时进度 is the yardstick", () => {
    const r = judgeExecution(40, 100, [], settings("2024-08-15"));
    expect(r.plannedFrom).toBe("time");
    expect(r.planned).toBeCloseTo(58.33, 2);
    expect(r.ratio).toBeCloseTo((40 / (700 / 12)) * 100, 6); // 68.6
    expect(r.light).toBe("yellow");
  });

  test("custom bands are honoured", () => {
    const r = judgeExecution(
      18,
      39.8,
      equipmentPlan,
      settings("2024-08-15", { bands: { red: 50, yellow: 70, blue: 120 } }),
    );
    expect(r.light).toBe("green");
  });

  test("no budget: unknown, no light", () => {
    const r = judgeExecution(10, 0, equipmentPlan, settings("2024-08-15"));
    expect(r.status).toBe("unknown");
    expect(r.light).toBe("none");
  });

  test("English explanation", () => {
    expect(judgeExecution(18, 39.8, equipmentPlan, settings("2024-08-15", { lang: "en" })).why).toMatch(
      /points behind/,
    );
  });
});

describe("judgeExecution after the budget year", () => {
  test("序时进度 of a finished budget year is 100 %, not the months of the new year", () => {
    const r = judgeExecution(40, 100, [], settings("2025-02-15"), 2024);
    expect(r.timeProgress).toBe(100);
    expect(r.planned).toBe(100);
    expect(r.light).toBe("red");
  });

  test("the budget year defaults to settings.budgetYear", () => {
    expect(judgeExecution(95, 100, [], settings("2025-02-15", { budgetYear: 2024 })).timeProgress).toBe(100);
  });

  test("a checkpoint with a date but no usable percent does not count as a plan", () => {
    const r = judgeExecution(40, 100, [{ date: "2024-06-30", percent: Number.NaN }], settings("2024-08-15"));
    expect(r.plannedFrom).toBe("time");
    expect(r.planned).toBeCloseTo(58.33, 2);
  });
});

describe("spending against the budget (docs/domain.md#schedule)", () => {
  const plan = [{ date: "2024-12-31", percent: 100 }];
  test("more than 100 × the budget is a unit slip: no light, the reason said", () => {
    const r = judgeExecution(200000, 63.14, plan, settings("2024-07-31"));
    expect([r.status, r.light]).toEqual(["unknown", "none"]);
    expect(r.why).toMatch(/可能按元填写/);
  });
  test("above the budget is yellow, status exceeded, said first", () => {
    const r = judgeExecution(80, 66.42, plan, settings("2024-07-31"));
    expect([r.status, r.light]).toEqual(["exceeded", "yellow"]);
    expect(r.why).toMatch(/^执行数 80 万元超过预算数 66\.42 万元（执行率 120\.45%），超预算支出需说明；执行率/);
  });
  test("exactly the budget and 100 × it are not flagged by the other rule", () => {
    expect(judgeExecution(66.42, 66.42, plan, settings("2024-12-31")).light).toBe("green");
    expect(judgeExecution(6642, 66.42, plan, settings("2024-12-31")).light).toBe("yellow");
  });
});
