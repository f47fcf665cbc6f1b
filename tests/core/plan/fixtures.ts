/** A small hand-made target table (like the seed's 办公用品采购) and the findings a check would give. */
import { cellKey } from "../../../src/core/a1";
import type {
  CellValue,
  CheckResult,
  GoalTable,
  IndicatorResult,
  Light,
  SheetSnapshot,
  Status,
  TableJudgement,
  WorkbookSnapshot,
} from "../../../src/core/types";
import { parseTarget } from "./parseTargetStub";
import { checkedTable } from "../../../src/core/check";

/** Rows of the sheet (0-based; row 5 = indicator header). */
export function tableRows(extra: { actualHeader?: string; actuals?: CellValue[] } = {}): CellValue[][] {
  const withActual = (row: CellValue[], i: number | null) =>
    extra.actualHeader ? [...row, i === null ? extra.actualHeader : (extra.actuals?.[i] ?? null)] : row;
  return [
    ["1.办公用品采购绩效目标表"],
    ["项目名称", "办公用品采购"],
    ["预算数", 63.14],
    ["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"],
    [null, 0, 0.45, 0.7, 1],
    withActual(["一级指标", "二级指标", "三级指标", "指标值"], null),
    withActual(["产出指标", "数量指标", "保障办公人数", "86人"], 0),
    withActual([null, "质量指标", "运转保障率", "≥90%"], 1),
    withActual(["效益指标", "社会效益指标", "维持单位正常运转", "维持单位正常运转"], 2),
  ];
}

export function sheet(name: string, values: CellValue[][]): SheetSnapshot {
  return { name, originRow: 0, originCol: 0, values, merges: [] };
}

export function snapshotOf(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets, marks: null, settings: null };
}

export function goalTable(sheetName: string, options: { actualCol?: number } = {}): GoalTable {
  const at = cellKey; // the table's cells, on its sheet
  const indicator = (row: number, level1: string, level2: string, name: string, target: string) => ({
    row,
    level1,
    level2,
    name,
    description: "",
    targetText: target,
    target: parseTarget(target),
    basis: "",
    weight: null,
    nameCell: at(row, 2),
    targetCell: at(row, 3),
    actual: options.actualCol === undefined ? null : { cell: at(row, options.actualCol), value: null },
    forecast: null,
    score: null,
    reason: "",
    likelihood: "",
  });
  return {
    sheet: sheetName,
    kind: "project",
    title: "1.办公用品采购绩效目标表",
    name: "办公用品采购",
    code: null,
    unitName: "",
    budget: 63.14,
    budgetCell: at(2, 1),
    moneyUnit: "万元",
    funds: { total: 63.14, fiscal: 63.14, other: null },
    purpose: "",
    schedule: ["3月底", "6月底", "10月底", "12月底"].map((label, i) => ({
      label,
      date: ["2024-03-31", "2024-06-30", "2024-10-31", "2024-12-31"][i],
      percent: [0, 45, 70, 100][i],
      labelCell: at(3, i + 1),
      percentCell: at(4, i + 1),
    })),
    goal: "",
    budgetYear: 2024,
    spent: null,
    range: { top: 0, left: 0, bottom: 8, right: 4 },
    header: {
      row: 5,
      columns: {
        level1: 0,
        level2: 1,
        name: 2,
        target: 3,
        ...(options.actualCol === undefined ? {} : { actual: options.actualCol }),
      },
    },
    indicators: [
      indicator(6, "产出指标", "数量指标", "保障办公人数", "86人"),
      indicator(7, "产出指标", "质量指标", "运转保障率", "≥90%"),
      indicator(8, "效益指标", "社会效益指标", "维持单位正常运转", "维持单位正常运转"),
    ],
  };
}

const judged = (status: Status, light: Light, why: string): IndicatorResult => ({
  status,
  light,
  actual: null,
  ratio: null,
  gap: null,
  why,
});

/** Findings: first indicator red, second yellow, third pending; execution lagging (yellow). */
export function tableResult(): TableJudgement {
  return {
    execution: {
      spent: 18,
      budget: 63.14,
      rate: 28.51,
      planned: 59.35,
      timeProgress: 58.33,
      lag: 30.84,
      ratio: 48,
      light: "red",
      status: "behind",
    },
    indicators: [
      judged("missed", "red", "实际 40人，目标 86人"),
      judged("behind", "yellow", "实际 85%，目标 ≥90%"),
      judged("pending", "none", ""),
    ],
    light: "red",
  };
}

export function checkOf(tables: GoalTable[], results: TableJudgement[]): CheckResult {
  return {
    asOf: "2024-08-15",
    tables: tables.map((table, i) => checkedTable(table, results[i], null)),
    diagnostics: [],
    review: [],
  };
}
