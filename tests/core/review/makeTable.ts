/** Small GoalTables built in code, for rule-by-rule tests (the golden test reads the seed workbook). */
import { cellKey } from "../../../src/core/a1";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import type { Checkpoint, GoalTable, Indicator } from "../../../src/core/types";

export const SHEET = "表";

/** [level1, level2, name, target] rows; blank level1 continues the one above, like a merged cell. */
export type Row = [level1: string, level2: string, name: string, target: string];

export function makeIndicators(rows: Row[], firstRow = 10, budgetYear = 2024): Indicator[] {
  let level1 = "";
  return rows.map(([l1, level2, name, targetText], i) => {
    level1 = l1 || level1;
    const row = firstRow + i;
    return {
      row,
      level1,
      level2,
      name,
      description: "",
      targetText,
      target: parseTarget(targetText, { level1, level2, name, budgetYear }),
      basis: "",
      weight: null,
      nameCell: cellKey(row, 2),
      targetCell: cellKey(row, 3),
      actual: null,
      forecast: null,
      score: null,
      reason: "",
      likelihood: "",
    };
  });
}

export function makeTable(rows: Row[], extra: Partial<GoalTable> = {}): GoalTable {
  const indicators = makeIndicators(rows);
  return {
    sheet: SHEET,
    kind: "project",
    title: "",
    name: "测试项目",
    code: null,
    unitName: "",
    budget: 100,
    moneyUnit: "万元",
    funds: { total: 100, fiscal: 100, other: null, totalCell: cellKey(2, 2) },
    purpose: "",
    schedule: [],
    goal: "",
    budgetYear: 2024,
    spent: null,
    range: { top: 0, left: 0, bottom: 9 + rows.length, right: 5 },
    header: { row: 9, columns: { level1: 0, level2: 1, name: 2, target: 3 } },
    indicators,
    ...extra,
  };
}

export function makeSchedule(percents: number[]): Checkpoint[] {
  const labels = ["3月底", "6月底", "10月底", "12月底"];
  const dates = ["2024-03-31", "2024-06-30", "2024-10-31", "2024-12-31"];
  return percents.map((percent, i) => ({
    label: labels[i],
    date: dates[i],
    percent,
    labelCell: cellKey(4, 1 + i),
    percentCell: cellKey(5, 1 + i),
  }));
}

/** A complete, clean table: every rule is silent on it. */
export const CLEAN_ROWS: Row[] = [
  ["产出指标", "数量指标", "保障办公人数", "86人"],
  ["", "质量指标", "验收合格率", "≥95%"],
  ["", "时效指标", "完成时限", "2024年12月31日"],
  ["", "成本指标", "设备单价", "≤0.8万元"],
  ["效益指标", "社会效益指标", "办案效率", "有所提升"],
  ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
];
