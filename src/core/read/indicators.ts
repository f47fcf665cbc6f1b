/**
 * Reading the indicator rows under a header, until a blank row, a summary row (合计 / 总分), a footer
 * (填报人 …), a prose row spanning the table, or the start of another table.
 * Targets are kept raw here; readWorkbook parses them once the budget year is known.
 */
import type { CellReading, CellValue, Diagnostic, Indicator, IndicatorColumn } from "../types";
import type { SheetGrid } from "./sheetGrid";
import type { GroupMember, IndicatorHeader } from "./indicatorHeader";
import { LEVEL1_WORD } from "../locale/zh";
import { isCheckMark, normalizeLabel, parseAmount, parsePercentCell } from "./text";
import {
  FOOTER_ROW,
  HEADER_LABELS,
  INDICATOR_COLUMNS,
  PLACEHOLDER_NAME,
  SUMMARY_ROW,
  type HeaderRole,
} from "../locale/zh/reader";
import { isTitleText, lookup } from "./lookup";

/** An indicator before its target is parsed: the Indicator's cells and texts, plus what parsing needs. */
export interface IndicatorDraft extends Omit<Indicator, "target"> {
  targetValue: CellValue;
  targetFormat?: string;
  sign: string;
  unit: string;
  /** Row of the project cell this indicator belongs to (tables listing several projects), else null. */
  projectRow: number | null;
}

export interface IndicatorBlock {
  indicators: IndicatorDraft[];
  /** Last row that belongs to the block (header's last row when no indicator was found). */
  lastRow: number;
  /** The 总分 / 合计 row right under the block, if any. */
  summaryRow: number | null;
  /** Rows with a project cell but no indicator (a unit line in a list of projects). */
  projectOnlyRows: number[];
}

/** Labels that start a new table's header block; an indicator block stops at them. */
const TABLE_START_ROLES = new Set<HeaderRole>([
  "code",
  "name",
  "department",
  "budget",
  "budgetFinal",
  "budgetStart",
  "schedule",
  "goal",
  "purpose",
  "moneyBlock",
]);

type StopReason = "blank" | "summary" | "end" | null;

function stopReason(
  grid: SheetGrid,
  header: IndicatorHeader,
  row: number,
  isHeaderRow: (row: number) => boolean,
): StopReason {
  const cols = grid.cellsOfRow(row, header.left, header.right);
  if (cols.length === 0) {
    let continued = false;
    for (let c = header.left; c <= header.right && !continued; c++) {
      const m = grid.merge(row, c);
      continued = !!m && m.top < row;
    }
    return continued ? null : "blank";
  }
  const first = grid.label(row, cols[0]).key;
  const firstText = grid.compact(row, cols[0]);
  if (SUMMARY_ROW.test(first)) return "summary";
  if (FOOTER_ROW.test(firstText) || isTitleText(first) || isHeaderRow(row)) return "end";
  const role = lookup(HEADER_LABELS, first);
  if (role && TABLE_START_ROLES.has(role)) return "end";
  // A paragraph merged across the name and target columns is prose, not an indicator.
  const { name, target } = header.columns as Required<Pick<typeof header.columns, "name" | "target">>;
  const m = grid.merge(row, name);
  const isProjectCell = m !== null && m.left === header.projectColumns.name;
  if (m && !isProjectCell && m.left <= Math.min(name, target) && m.right >= Math.max(name, target)) return "end";
  return null;
}

/** A level cell: its merged area's value, its own text, or (blank) the one above. */
function levelText(
  grid: SheetGrid,
  row: number,
  col: number | undefined,
  above: string,
): { text: string; explicit: boolean } {
  if (col === undefined) return { text: "", explicit: false };
  const merged = String(grid.mergedValue(row, col) ?? "").trim();
  if (grid.isContinuation(row, col)) return { text: merged || above, explicit: false };
  return merged ? { text: merged, explicit: true } : { text: above, explicit: false };
}

function reading(grid: SheetGrid, row: number, col: number | undefined): CellReading | null {
  if (col === undefined) return null;
  const format = grid.numberFormat(row, col);
  const reading: CellReading = { cell: grid.ref(row, col), value: grid.value(row, col) };
  if (format) reading.numberFormat = format;
  return reading;
}

function textAt(grid: SheetGrid, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  return String(grid.mergedValue(row, col) ?? "").trim();
}

/** Tick boxes → the ticked labels; written text (原因说明) as it is. */
function groupText(grid: SheetGrid, row: number, members: GroupMember[] | undefined, col: number | undefined): string {
  if (!members) return textAt(grid, row, col);
  const parts: string[] = [];
  for (const m of members) {
    const t = grid.text(row, m.col);
    if (!t) continue;
    parts.push(isCheckMark(t) ? m.label : t);
  }
  return parts.join("；");
}

function weightOf(grid: SheetGrid, row: number, col: number | undefined): number | null {
  if (col === undefined) return null;
  const value = grid.value(row, col);
  return parseAmount(value) ?? parsePercentCell(value, grid.numberFormat(row, col));
}

function hasOnly(cols: number[], allowed: (number | undefined)[]): boolean {
  return cols.every((c) => allowed.includes(c));
}

/**
 * Columns under the 指标值 header when it is merged across several columns without sub-headers:
 * users then split a target over them ("≥" | 90 | "%").
 */
function targetColumns(grid: SheetGrid, header: IndicatorHeader): number[] {
  const target = header.columns.target as number;
  const m = grid.merge(header.row, target);
  if (!m || m.left !== target || m.right === target) return [target];
  const others = Object.entries(header.columns).filter(
    ([role, c]) => role !== "target" && c! > m.left && c! <= m.right,
  );
  if (others.length > 0) return [target];
  const cols: number[] = [];
  for (let c = m.left; c <= m.right; c++) cols.push(c);
  return cols;
}

function targetOf(
  grid: SheetGrid,
  row: number,
  targetCol: number,
  span: number[],
): { row: number; col: number; text: string; value: CellValue; columns: number } {
  const master = grid.master(row, targetCol);
  const parts = span.length > 1 ? span.filter((c) => !grid.isContinuation(row, c) && !grid.isEmpty(row, c)) : [];
  if (parts.length <= 1) {
    const at = parts.length === 1 ? { row, col: parts[0] } : master;
    return { ...at, text: grid.display(at.row, at.col), value: grid.value(at.row, at.col), columns: 1 };
  }
  // Several numbers under one target header are separate targets (per region, per year), not one number
  // split over cells ("≥ | 90 | %"): read the first and say so, never run them together.
  const numeric = parts.filter((c) => /\d/.test(grid.display(row, c)));
  if (numeric.length > 1) {
    const col = parts[0];
    return { row, col, text: grid.display(row, col), value: grid.value(row, col), columns: numeric.length };
  }
  const text = parts.map((c) => grid.display(row, c)).join("");
  return { row, col: parts[0], text, value: text, columns: 1 };
}

/** A blank row inside the indicators (a spacer between 产出 and 效益 groups) when indicators follow it. */
function indicatorsResumeAfter(
  grid: SheetGrid,
  header: IndicatorHeader,
  blankRow: number,
  isHeaderRow: (row: number) => boolean,
): boolean {
  const { name, target, level1 } = header.columns;
  for (let row = blankRow + 1; row <= Math.min(blankRow + 2, grid.bottom); row++) {
    const stop = stopReason(grid, header, row, isHeaderRow);
    if (stop === "blank") continue;
    if (stop !== null) return false;
    const level = level1 === undefined ? "" : grid.text(row, level1);
    return (
      !grid.isEmpty(row, name as number) &&
      !grid.isEmpty(row, target as number) &&
      (level === "" || LEVEL1_WORD.test(level))
    );
  }
  return false;
}

export function readIndicatorBlock(
  grid: SheetGrid,
  header: IndicatorHeader,
  isHeaderRow: (row: number) => boolean,
  diagnostics: Diagnostic[],
): IndicatorBlock {
  const col = header.columns as Partial<Record<IndicatorColumn, number>> & { name: number; target: number };
  const indicators: IndicatorDraft[] = [];
  let level1 = "";
  let level2 = "";
  let lastRow = header.lastRow;
  let summaryRow: number | null = null;
  const projectCol = header.projectColumns.name;
  const contextCols = [col.level1, col.level2, ...Object.values(header.projectColumns)];
  let projectRow: number | null = null;
  let projectText = "";
  const projectOnlyRows: number[] = [];
  const targetSpan = targetColumns(grid, header);

  for (let row = header.lastRow + 1; row <= grid.bottom; row++) {
    const stop = stopReason(grid, header, row, isHeaderRow);
    if (stop === "summary") summaryRow = row;
    if (stop === "blank" && indicatorsResumeAfter(grid, header, row, isHeaderRow)) continue;
    if (stop) break;
    const cols = grid.cellsOfRow(row, header.left, header.right);
    lastRow = row;
    if (cols.length === 0) continue; // only merged areas from above

    const project = projectCol === undefined ? "" : textAt(grid, row, projectCol);
    if (project && project !== projectText) {
      // A new project starts (merged over its rows or repeated on each): levels do not carry over.
      projectRow = grid.master(row, projectCol as number).row;
      projectText = project;
      level1 = "";
      level2 = "";
    }
    const projectMerge = projectCol !== undefined ? grid.merge(row, projectCol) : null;
    if (projectMerge && projectMerge.top === row && projectMerge.right >= col.name) {
      projectOnlyRows.push(row); // a unit line merged across the list
      continue;
    }
    const l1 = levelText(grid, row, col.level1, level1);
    if (l1.explicit && l1.text !== level1) level2 = "";
    level1 = l1.text;
    level2 = levelText(grid, row, col.level2, level2).text;

    const name = textAt(grid, row, col.name);
    if (!name) {
      // A row holding only 一级 / 二级 cells sets the context for the rows below; anything else is lost.
      if (projectRow === row && hasOnly(cols, contextCols)) projectOnlyRows.push(row);
      else if (!hasOnly(cols, contextCols)) {
        diagnostics.push({
          cell: grid.ref(row, cols[0]),
          message: `第 ${row + 1} 行有内容但没有指标名称（三级指标），未读取`,
          severity: "warning",
        });
      }
      continue;
    }
    if (PLACEHOLDER_NAME.test(name.replace(/\s+/g, "")) && !textAt(grid, row, col.target)) {
      diagnostics.push({
        cell: grid.ref(row, col.name as number),
        message: `第 ${row + 1} 行是模板留下的占位行（${name}），不是指标，未读取`,
        severity: "info",
      });
      continue;
    }

    // A second header row (二级指标 | 三级指标 | 新罗区 | 永定区 …) repeats the column labels: not an indicator.
    if (lookup(INDICATOR_COLUMNS, normalizeLabel(name).key) === "name") continue;

    const target = targetOf(grid, row, col.target, targetSpan);
    if (target.columns > 1)
      diagnostics.push({
        cell: grid.ref(target.row, target.col),
        message: `指标值分在 ${target.columns} 列（如分地区、分年度），只读取第一列“${target.text}”`,
        severity: "warning",
      });
    const targetFormat = grid.numberFormat(target.row, target.col);
    const draft: IndicatorDraft = {
      row,
      level1,
      level2,
      name,
      description: textAt(grid, row, col.description),
      targetText: target.text,
      targetValue: target.value,
      sign: textAt(grid, row, col.sign),
      unit: textAt(grid, row, col.unit),
      basis: textAt(grid, row, col.basis),
      weight: weightOf(grid, row, col.weight),
      nameCell: grid.ref(row, col.name),
      targetCell: grid.ref(row, col.target),
      actual: reading(grid, row, col.actual),
      forecast: reading(grid, row, col.forecast),
      score: reading(grid, row, col.score),
      reason: groupText(grid, row, header.groups.reason, col.reason),
      likelihood: groupText(grid, row, header.groups.likelihood, col.likelihood),
      projectRow,
    };
    if (targetFormat) draft.targetFormat = targetFormat;
    if (col.sign !== undefined) draft.signCell = grid.ref(row, col.sign);
    if (col.unit !== undefined) draft.unitCell = grid.ref(row, col.unit);
    indicators.push(draft);
  }
  if (indicators.length === 0) {
    diagnostics.push({
      cell: grid.ref(header.row, header.left),
      message: "找到指标表头，但其下没有指标行",
      severity: "warning",
    });
  }
  return { indicators, lastRow, summaryRow, projectOnlyRows };
}
