import { cellKey } from "../../../src/core/a1";
import { evaluate, readSpent } from "../../../src/core/evaluate/evaluate";
import {
  DEFAULT_SETTINGS,
  type CellValue,
  type GoalTable,
  type Indicator,
  type JudgeSettings,
  type ParsedTarget,
} from "../../../src/core/types";
import { parseTarget } from "../../../src/core/notation/parseTarget";

const settings = (asOf: string, extra: Partial<JudgeSettings> = {}): JudgeSettings => ({
  ...DEFAULT_SETTINGS,
  asOf,
  ...extra,
});
const at = cellKey; // the table's cells, on its sheet (办公用品)

/** Targets parsed by T's parseTarget, as the reader would hand them over. */
function indicator(row: number, level2: string, name: string, targetText: string, actual: CellValue): Indicator {
  const target: ParsedTarget = parseTarget(targetText, { level1: "产出指标", level2, name, budgetYear: 2024 });
  return {
    row,
    level1: "产出指标",
    level2,
    name,
    description: name,
    targetText: target.raw,
    target,
    basis: "工作计划",
    weight: null,
    nameCell: at(row, 2),
    targetCell: at(row, 4),
    actual: actual === null ? null : { cell: at(row, 6), value: actual },
    forecast: null,
    score: null,
    reason: "",
    likelihood: "",
  };
}

/** 办公用品采购 from the seed: 63.14 万元, plan 0 / 45 / 70 / 100 % at 3月底 / 6月底 / 10月底 / 12月底. */
function officeSupplies(
  spent: CellValue,
  actuals: { people: CellValue; rate: CellValue; errors: CellValue; timely: CellValue },
): GoalTable {
  const checkpoints: [string, string, number][] = [
    ["3月底", "2024-03-31", 0],
    ["6月底", "2024-06-30", 45],
    ["10月底", "2024-10-31", 70],
    ["12月底", "2024-12-31", 100],
  ];
  return {
    sheet: "办公用品",
    kind: "monitoring",
    title: "1.办公用品采购绩效目标表",
    name: "办公用品采购",
    code: "13020024P006820107627",
    unitName: "314001唐山市曹妃甸区人民检察院本级",
    budget: 63.14,
    budgetCell: at(4, 2),
    moneyUnit: "万元",
    funds: { total: 63.14, fiscal: 63.14, other: null },
    purpose: "用于单位购买日常办公用品",
    schedule: checkpoints.map(([label, date, percent], i) => ({
      label,
      date,
      percent,
      labelCell: at(6, 1 + i),
      percentCell: at(7, 1 + i),
    })),
    goal: "1.保障办公正常运转",
    budgetYear: 2024,
    spent: spent === null ? null : { cell: at(8, 2), value: spent },
    range: { top: 0, left: 0, bottom: 20, right: 6 },
    header: { row: 10, columns: { level1: 0, level2: 1, name: 2, target: 4, actual: 6 } },
    indicators: [
      indicator(11, "数量指标", "办公用品采购数量", "86件", actuals.people),
      indicator(12, "质量指标", "运转保障率", "≥90%", actuals.rate),
      indicator(13, "质量指标", "差错率", "≤1.8%", actuals.errors),
      indicator(14, "时效指标", "经费保障及时性", "及时保障", actuals.timely),
    ],
  };
}

describe("evaluate at three monitoring dates", () => {
  test("2024-07-31: 20 of 63.14 万元 spent is behind plan (0/45/70/100)", () => {
    const table = officeSupplies(20, { people: 60, rate: 95, errors: 1.2, timely: "达成" });
    const [result] = evaluate([table], settings("2024-07-31"));
    const ex = result.execution!;
    expect(ex.rate).toBeCloseTo((20 / 63.14) * 100, 8); // 31.68 %
    expect(ex.planned).toBeCloseTo(45 + (25 * 31) / 123, 8); // 51.30 %
    expect(ex.lag).toBeCloseTo(ex.planned - ex.rate, 10);
    expect(ex.lag).toBeGreaterThan(19);
    expect(ex.status).toBe("behind");
    expect(ex.light).toBe("yellow"); // v = 61.8
    expect(ex.timeProgress).toBeCloseTo((7 / 12) * 100, 8);
    expect(result.indicators.map((r) => r.light)).toEqual(["green", "green", "green", "green"]);
    expect(result.light).toBe("yellow");
  });

  test("2024-03-31: nothing planned yet, indicators judged early", () => {
    const table = officeSupplies(0, { people: 20, rate: 85, errors: 2.1, timely: null });
    const [result] = evaluate([table], settings("2024-03-31"));
    expect(result.execution!.planned).toBe(0);
    expect(result.execution!.light).toBe("green");
    expect(result.indicators.map((r) => [r.status, r.light])).toEqual([
      ["on-track", "green"], // 20 of 21.5 pro-rated
      ["behind", "yellow"], // a rate not yet met
      ["missed", "red"], // ≤1.8% with 2.1% is out at any date
      ["pending", "none"],
    ]);
    expect(result.light).toBe("red");
  });

  test("2024-12-31: strict judging at the deadline", () => {
    const table = officeSupplies(63.14, { people: 86, rate: "85%", errors: "2.1%", timely: "部分达成" });
    const [result] = evaluate([table], settings("2024-12-31"));
    expect(result.execution!.rate).toBeCloseTo(100, 10);
    expect(result.execution!.light).toBe("green");
    expect(result.indicators.map((r) => r.status)).toEqual(["met", "missed", "missed", "missed"]);
    expect(result.indicators.map((r) => r.light)).toEqual(["green", "red", "red", "yellow"]);
    expect(result.indicators[1].why).toBe("实际 85%，目标 ≥ 90%");
    expect(result.indicators[3].why).toBe("实际：部分达成，目标：及时保障");
    expect(result.light).toBe("red");
  });

  test("no spent cell: no execution; the light comes from the indicators", () => {
    const table = officeSupplies(null, { people: 86, rate: 95, errors: 1, timely: "达成" });
    const [result] = evaluate([table], settings("2024-12-31"));
    expect(result.execution).toBeNull();
    expect(result.light).toBe("green");
  });

  test("no schedule: execution against 序时进度", () => {
    const table = { ...officeSupplies(40, { people: null, rate: null, errors: null, timely: null }), schedule: [] };
    const [result] = evaluate([table], settings("2024-07-31"));
    expect(result.execution!.plannedFrom).toBe("time");
    expect(result.execution!.planned).toBeCloseTo((7 / 12) * 100, 8);
    expect(result.light).toBe("green"); // 63.35 % / 58.33 % = 108.6
  });

  test("the table's budget year decides the deadline, not the monitoring date's", () => {
    const table = officeSupplies(null, { people: 50, rate: null, errors: null, timely: null });
    const [result] = evaluate([table], settings("2025-01-20"));
    expect(result.indicators[0].status).toBe("missed");
  });

  test("the table's budget year decides 序时进度 too: a finished year is 100 %", () => {
    const table = { ...officeSupplies(40, { people: null, rate: null, errors: null, timely: null }), schedule: [] };
    const [result] = evaluate([table], settings("2025-01-20"));
    expect(result.execution!.timeProgress).toBe(100);
    expect(result.execution!.planned).toBe(100);
    expect(result.execution!.light).toBe("yellow"); // 63.35 % of a full year
  });

  test("one result per table, in order", () => {
    const a = officeSupplies(10, { people: 86, rate: 95, errors: 1, timely: "达成" });
    const b = { ...officeSupplies(60, { people: 86, rate: 95, errors: 1, timely: "达成" }), name: "B" };
    const results = evaluate([a, b], settings("2024-12-31"));
    expect(results.map((r) => r.execution!.light)).toEqual(["red", "green"]);
    expect(evaluate([], settings("2024-12-31"))).toEqual([]);
  });
});

describe("readSpent", () => {
  const cell = cellKey(0, 0);
  test("plain numbers are 万元 (the reader converted them); text may carry its own unit", () => {
    expect(readSpent({ cell, value: 18 })).toBe(18);
    expect(readSpent({ cell, value: "18万元" })).toBe(18);
    expect(readSpent({ cell, value: "180,000元" })).toBeCloseTo(18, 10);
    expect(readSpent({ cell, value: "很多" })).toBeNull();
    expect(readSpent({ cell, value: null })).toBeNull();
    expect(readSpent(null)).toBeNull();
  });
});
