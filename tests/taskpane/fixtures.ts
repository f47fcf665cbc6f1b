/** Hand-made check results for the pane's tests (the core is not needed to render the views). */
import { cellKey } from "../../src/core/a1";
import { checkedTable } from "../../src/core/check";
import type {
  CheckResult,
  ExecutionResult,
  GoalTable,
  Indicator,
  IndicatorResult,
  Light,
  ParsedTarget,
  Status,
} from "../../src/core/types";
import type { StoredSettings } from "../../src/core/settings";
import type { PaneHost } from "../../src/taskpane/host";

function target(normalized: string, unit: string | null, value: number | null): ParsedTarget {
  return {
    kind: value === null ? "qualitative" : "number",
    op: value === null ? null : ">=",
    opExplicit: true,
    value,
    unit,
    normalized,
    raw: normalized,
  };
}

function indicator(
  sheet: string,
  row: number,
  name: string,
  level2: string,
  t: ParsedTarget,
  actual: number | string | null,
): Indicator {
  return {
    row,
    level1: "产出指标",
    level2,
    name,
    description: "",
    targetText: t.raw,
    target: t,
    basis: "",
    weight: null,
    nameCell: cellKey(row, 2),
    targetCell: cellKey(row, 3),
    actual: actual === null ? null : { cell: cellKey(row, 5), value: actual },
    forecast: null,
    score: null,
    reason: "",
    likelihood: "",
  };
}

function result(status: Status, light: Light, actual: number | string | null, why: string): IndicatorResult {
  return { status, light, actual, ratio: null, gap: null, why };
}

function table(sheet: string, name: string, budget: number | null, indicators: Indicator[]): GoalTable {
  return {
    sheet,
    kind: "project",
    title: "",
    name,
    code: null,
    unitName: "某单位",
    budget,
    budgetCell: cellKey(2, 3),
    moneyUnit: "万元",
    funds: { total: budget, fiscal: budget, other: 0 },
    purpose: "",
    schedule: [],
    goal: "",
    budgetYear: 2024,
    spent: { cell: cellKey(3, 3), value: 18 },
    range: { top: 0, left: 0, bottom: 20, right: 8 },
    header: { row: 8, columns: {} },
    indicators,
  };
}

export const behindExecution: ExecutionResult = {
  spent: 18,
  budget: 39.8,
  rate: 45.23,
  planned: 59.35,
  timeProgress: 58.3,
  lag: 14.12,
  ratio: 76.2,
  light: "yellow",
  status: "behind",
};

/** Two projects: 装备采购 (yellow execution, one red and one pending indicator), 办公用品采购 (all green). */
export function sampleResult(): CheckResult {
  const equipment = table("装备", "装备采购", 39.8, [
    indicator("装备", 10, "采购设备数量", "数量指标", target("≥ 10 台", "台", 10), 4),
    indicator("装备", 11, "设备验收合格率", "质量指标", target("≥ 95%", "%", 95), null),
  ]);
  const office = table("办公", "办公用品采购", 12, [
    indicator("办公", 10, "采购批次", "数量指标", target("≥ 4 次", "次", 4), 3),
    indicator("办公", 11, "满意度", "服务对象满意度指标", target("达成", null, null), "achieved"),
  ]);
  return {
    asOf: "2024-08-15",
    tables: [
      checkedTable(
        equipment,
        {
          execution: behindExecution,
          indicators: [
            result("missed", "red", 4, "实际 4 台，目标 ≥10 台"),
            result("pending", "none", null, "未填实际值"),
          ],
          light: "red",
        },
        null,
      ),
      checkedTable(
        office,
        {
          execution: {
            ...behindExecution,
            spent: 8,
            budget: 12,
            rate: 66.7,
            planned: 58.3,
            lag: -8.4,
            ratio: 114,
            light: "green",
            status: "on-track",
          },
          indicators: [result("on-track", "green", 3, "实际 3 次"), result("met", "green", "achieved", "达成")],
          light: "green",
        },
        null,
      ),
    ],
    diagnostics: [],
    review: [],
  };
}

export const DEFAULTS: StoredSettings = {
  bands: { red: 60, yellow: 80, blue: 120 },
  scheduleMethod: "interpolate",
  strictQualityTimeCost: false,
  lang: "zh",
  asOf: null,
};

/** A host whose calls are jest mocks; check resolves to `checkResult` unless overridden. */
export function fakeHost(overrides: Partial<PaneHost> = {}, checkResult: CheckResult = sampleResult()) {
  const host = {
    kind: "excel" as const,
    check: jest.fn(async () => checkResult),
    selectCell: jest.fn(async () => undefined),
    loadSettings: jest.fn(async () => null as StoredSettings | null),
    saveSettings: jest.fn(async () => undefined),
    ...overrides,
  };
  return host;
}
