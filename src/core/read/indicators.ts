/**
 * Reading the indicator rows under a header, until a blank row, a summary row (合计 / 总分), a footer
 * (填报人 …), a prose row spanning the table, or the start of another table.
 * Targets are kept raw here; readWorkbook parses them once the budget year is known.
 */
import { cellKey } from "../a1";
import { say } from "../locale/messages";
import { diagnostic } from "./diagnostic";
import type {
  CellKey,
  CellRange,
  CellReading,
  CellValue,
  Diagnostic,
  Indicator,
  IndicatorColumn,
  ParsedTarget,
} from "../types";
import type { SheetGrid } from "./sheetGrid";
import { SUMMARY_WORD } from "./cellText";
import type { GroupMember, IndicatorHeader } from "./indicatorHeader";
import { LEVEL1, LEVEL1_HEADING, LEVEL2_HEADING } from "../locale/zh/levels";
import { CROSSED_OUT, GOAL_CATEGORY_TEXT, RESULT_WORD, ZERO_FILLED } from "../locale/zh/reader";
import { isCheckMark, parseAmount, parsePercentCell } from "./text";
import { signOfColumns } from "../notation/parseTarget";
import { IndicatorRecord, Reading } from "../records";

/**
 * An indicator before its target is parsed: the Indicator itself (readWorkbook sets its target once the budget
 * year is known: one object per indicator, not a draft copied into a second one), plus what parsing needs.
 */
export interface IndicatorDraft {
  indicator: Indicator;
  targetValue: CellValue;
  targetFormat: string | undefined;
  sign: string;
  unit: string;
  /** Row of the project cell this indicator belongs to (tables listing several projects), else null. */
  projectRow: number | null;
}

/** The target of an indicator not parsed yet (readWorkbook replaces it before any table leaves the reader). */
const NOT_PARSED: ParsedTarget = Object.freeze({
  kind: "unknown",
  op: null,
  opExplicit: false,
  value: null,
  unit: null,
  normalized: "",
  raw: "",
});

export interface IndicatorBlock {
  indicators: IndicatorDraft[];
  /** Last row that belongs to the block (header's last row when no indicator was found). */
  lastRow: number;
  /** The 总分 / 合计 row right under the block, if any. */
  summaryRow: number | null;
  /** Rows with a project cell but no indicator (a unit line in a list of projects). */
  projectOnlyRows: number[];
  /** Levels written as rows: the rows of the name column above the first level (the unit, then the project). */
  contextRows: number[];
}

type StopReason = "blank" | "summary" | "end" | null;

/** A summary word in a filled cell of the row between two columns (walks the row's shared list: no array made). */
function hasSummaryCell(grid: SheetGrid, row: number, left: number, right: number): boolean {
  if (!grid.rowHas(row, SUMMARY_WORD)) return false; // most rows hold none anywhere: no walk
  const cells = grid.cellsOfRow(row);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c > right) break;
    if (c >= left && grid.cell(row, c).isSummaryWord) return true;
  }
  return false;
}

function stopReason(
  grid: SheetGrid,
  header: IndicatorHeader,
  row: number,
  isHeaderRow: (row: number) => boolean,
): StopReason {
  const first = grid.nextFilled(row, header.left - 1, header.right);
  if (first < 0) {
    let continued = false;
    for (let c = header.left; c <= header.right && !continued; c++) {
      const m = grid.merge(row, c);
      continued = !!m && m.top < row;
    }
    return continued ? null : "blank";
  }
  const firstCell = grid.cell(row, first);
  // …绩效目标自评 with targets beside it: an indicator named so, not a form's title ending the table (isFormName).
  const inRow = firstCell.isTitle && firstCell.isFormName && grid.nextFilled(row, first, header.right) >= 0;
  const stop = inRow || resultLevel(grid, header, row, first) ? null : firstCell.blockStop;
  if (stop === "summary" || hasSummaryCell(grid, row, header.left, header.right)) return "summary";
  if ((stop === "end" && !isLevelLabel(grid, header, row, first)) || isHeaderRow(row)) return "end";
  // A paragraph merged across the name and target columns is prose, not an indicator.
  const { name, target } = header.columns as Required<Pick<typeof header.columns, "name" | "target">>;
  const m = grid.merge(row, name);
  const isProjectCell = m !== null && m.left === header.projectColumns.name;
  if (m && !isProjectCell && m.left <= Math.min(name, target) && m.right >= Math.max(name, target)) {
    return isStatementRow(grid, header, row, m.left) || mergedLevelHeading(grid, header, row) ? null : "end";
  }
  return null;
}

/**
 * 评价结果 in the 一级 column over a 二级 naming an indicator kind (评价结果 | 社会效益指标 | 结果应用率 | 100%): the level of
 * an indicator, not the summary word that closes the block (南开's 预算绩效评价结果 | 考核节点进度完成率 | 10分 stays one).
 */
function resultLevel(grid: SheetGrid, header: IndicatorHeader, row: number, first: number): boolean {
  const { level1, level2 } = header.columns;
  if (first !== level1 || level2 === undefined || level2 === level1) return false;
  if (!RESULT_WORD.test(grid.cell(row, first).label.key) || grid.isContinuation(row, level2)) return false;
  return grid.cell(row, level2).asName.category;
}

/**
 * A level heading merged across the level columns and the name, or the whole row (产出指标 over 一级 | 二级 | 三级 |
 * 指标值, the rows below it leaving their 一级 blank): the level of the rows below (reader69: merged across the whole
 * row it was prose ending the table, “找到指标表头，但其下没有指标行”; across the names, an indicator 产出指标 with no
 * target). No heading when the target column holds a value of its own beside it.
 */
function mergedLevelHeading(grid: SheetGrid, header: IndicatorHeader, row: number): boolean {
  const { level1, name, target } = header.columns;
  if (level1 === undefined || name === undefined) return false;
  const m = grid.merge(row, name);
  if (!m || m.top !== row || m.left > level1 || m.right < name) return false;
  if (target !== undefined && target > m.right && !grid.isEmpty(row, target)) return false;
  const kind = grid.mergedCell(row, name).asName;
  return kind.level1 || kind.category;
}

/**
 * A statement merged from the name column across the target under a 二级 of its own (宁夏 原州区: 经济效益指标 |
 * "增加就业机会,提高农民收入。" spanning 三级 and 指标值) is a qualitative indicator, its text both name and target.
 * Its own: the 二级 names an indicator kind and starts on this row in its column — or is merged down from a row
 * that is such a statement too. A note under 备注 merged over 一级 and 二级, under a 二级 merged down from an ordinary
 * indicator, or beside 填报说明 stays prose and ends the block.
 */
function isStatementRow(grid: SheetGrid, header: IndicatorHeader, row: number, mergeLeft: number): boolean {
  const { level2, name, target } = header.columns;
  if (level2 === undefined || target === undefined || mergeLeft !== name || level2 >= mergeLeft) return false;
  if (!grid.mergedCell(row, level2).asName.category) return false;
  const own = grid.merge(row, level2);
  if (own === null || (own.top === row && own.left === level2)) return true;
  return own.left === level2 && spansNameAndTarget(grid.merge(own.top, name), name, target);
}

const spansNameAndTarget = (m: CellRange | null, name: number, target: number) =>
  m !== null && m.left === name && m.right >= target;

/**
 * A header-block word standing as the 一级 of an indicator row ("项目年度绩效目标(定量指标)" under 评价指标, merged down
 * its rows) or as its 二级 (镇江 2024: 决策 | 绩效目标 | 绩效指标明确性) is a level, not the next table's label: the row
 * has an indicator name of its own beside it. Not a 资金支出计划 right under the indicators (its checkpoints beside it
 * are no names): the plan, read as the table's.
 */
function isLevelLabel(grid: SheetGrid, header: IndicatorHeader, row: number, col: number): boolean {
  const { level1, level2, name } = header.columns;
  const cell = grid.cell(row, col);
  if (col !== level1 && col !== level2) return false;
  // A project's name or code label (项目名称 | 乙项目 right under the indicators) starts the next table, never a level.
  const role = cell.headerRole;
  if (name === undefined || cell.isTitle || role === "schedule" || role === "name" || role === "code") return false;
  if (grid.isEmpty(row, name) || grid.isContinuation(row, name)) return false;
  return grid.cell(row, name).headerRole === null && grid.cell(row, name).column === null;
}

/**
 * The row ending the block is a whole indicator row with a 项目名称 / 项目编码 label in its 一级 or 二级 column (乙指标
 * and its target beside it): the label starts the next project, as isLevelLabel rules; the indicator beside it is not
 * read, and is said so rather than dropped unseen.
 */
function projectLabelBesideIndicator(grid: SheetGrid, header: IndicatorHeader, row: number, out: Diagnostic[]): void {
  const { level1, level2, name, target } = header.columns;
  const first = grid.nextFilled(row, header.left - 1, header.right);
  const role = grid.cell(row, first).headerRole;
  if ((first !== level1 && first !== level2) || (role !== "name" && role !== "code")) return;
  if (name === undefined || target === undefined || name === first) return;
  // Both the name and the target a value of their own (not 项目名称 | 乙项目 merged on, nor 预算数 | 10 beside it).
  for (const c of [name, target]) {
    const cell = grid.cell(row, c);
    if (grid.isEmpty(row, c) || grid.isContinuation(row, c) || cell.headerRole !== null || cell.column !== null) return;
  }
  const say1 = { row: row + 1, label: grid.text(row, first), name: grid.text(row, name) };
  out.push(diagnostic(grid.ref(row, first), "warning", say("read.project-label-in-level", say1)));
}

/** A level of a row: its column's text, else the one above (without a column: the one set by a level row, else ""). */
function levelText(grid: SheetGrid, row: number, col: number | undefined, above: string): string {
  return col === undefined ? above : grid.mergedText(row, col) || above;
}

function reading(grid: SheetGrid, row: number, col: number | undefined): CellReading | null {
  if (col === undefined) return null;
  // Built whole, numberFormat undefined when there is none (JSON leaves it out): one shape, nothing added afterwards.
  const value = grid.value(row, col);
  // A formula without a cached result (<f> without <v>: a file written by a tool other than Excel / WPS).
  const uncached = value === null && grid.formula(row, col) !== null ? true : undefined;
  return new Reading(cellKey(row, col), value, grid.numberFormat(row, col), uncached, grid.date1904 || undefined);
}

/**
 * The row's actual; when its target and actual are both merged down from one row above (黄石 2022: two 社会效益 names
 * under one target and one answer), that row's answer — the row's own cell of the merged area is empty.
 */
function actualOf(grid: SheetGrid, row: number, col: Columns): CellReading | null {
  const { actual, target } = col;
  if (actual === undefined || !grid.isContinuation(row, actual) || !grid.isContinuation(row, target))
    return reading(grid, row, actual);
  const master = grid.master(row, actual);
  return master.row === grid.master(row, target).row
    ? reading(grid, master.row, master.col)
    : reading(grid, row, actual);
}

/**
 * The row's submitted score; one merged down from a row under the header (黄石 2022: 得分 merged over each 二级's rows)
 * is that cell's: the score of the rows it covers together, read as theirs by each (selfeval scores them as one).
 */
function scoreOf(grid: SheetGrid, row: number, col: number | undefined, header: IndicatorHeader): CellReading | null {
  if (col === undefined || !grid.isContinuation(row, col)) return reading(grid, row, col);
  const master = grid.master(row, col);
  return master.row > header.lastRow ? reading(grid, master.row, master.col) : reading(grid, row, col);
}

function textAt(grid: SheetGrid, row: number, col: number | undefined): string {
  return col === undefined ? "" : grid.mergedText(row, col);
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

function hasOnly(cols: readonly number[], allowed: (number | undefined)[]): boolean {
  return cols.every((c) => allowed.includes(c));
}

/**
 * The levels are rows of the name column (no 一级 / 二级 column, and a 一级 word alone on a row without a target below
 * the header: 项目 | 指标值 | 绩效金额 with 产出指标 / 成本指标(必填) / the names one deeper each). Only the rows the
 * block can reach are looked at: up to its summary or its end (the next table's title or header), past blank rows
 * as readIndicatorBlock may go — not down to the sheet's last row, where a later table's 一级 row is not this
 * table's, and which made a sheet of many tables quadratic.
 */
function levelsAsRows(grid: SheetGrid, header: IndicatorHeader, isHeaderRow: (row: number) => boolean): boolean {
  const { level1, level2, name, target } = header.columns;
  if (level1 !== undefined || level2 !== undefined || name === undefined || target === undefined) return false;
  for (let row = header.lastRow + 1; row <= grid.bottom; row++) {
    const stop = stopReason(grid, header, row, isHeaderRow);
    if (stop === "summary" || stop === "end") return false;
    const cell = grid.mergedCell(row, name);
    if (cell.text && !textAt(grid, row, target) && cell.asName.level1) return true;
  }
  return false;
}

/**
 * The sign columns read for each row: the chosen one, and beside it the other sign columns of the same block
 * (between the name and the target: 指标性质 正向 / 反向 | 指标方向 =), whose texts notation's signOfColumns joins.
 */
function signColumns(header: IndicatorHeader): number[] {
  const { sign, name, target } = header.columns;
  if (sign === undefined) return [];
  const inBlock = (header.allColumns.sign ?? []).filter((c) => c > (name ?? -1) && c < (target ?? Infinity));
  return inBlock.includes(sign) ? inBlock : [sign];
}

/**
 * Columns under the 指标值 header when it is merged across several columns without sub-headers:
 * users then split a target over them ("≥" | 90 | "%").
 */
function targetColumns(grid: SheetGrid, header: IndicatorHeader): number[] {
  const target = header.columns.target as number;
  // One column per region, each read by its own table; one per year, the budget year's read.
  if (header.regions.length > 0 || header.years.length > 0) return [target];
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

/** Where a row's target is read: its cell, text and value, and how many numbers the target columns hold. */
interface TargetSpot {
  row: number;
  col: number;
  text: string;
  value: CellValue;
  columns: number;
}

/** The one TargetSpot targetOf fills, row after row (draftOf copies what it keeps): nothing made per indicator. */
const spot: TargetSpot = { row: 0, col: 0, text: "", value: null, columns: 1 };

function spotAt(grid: SheetGrid, row: number, col: number, columns: number): TargetSpot {
  spot.row = row;
  spot.col = col;
  spot.text = grid.display(row, col);
  spot.value = grid.value(row, col);
  spot.columns = columns;
  return spot;
}

function targetOf(grid: SheetGrid, row: number, targetCol: number, span: number[]): TargetSpot {
  if (span.length === 1) {
    const m = grid.merge(row, targetCol); // the target cell's merged area: its top-left holds the value
    return m ? spotAt(grid, m.top, m.left, 1) : spotAt(grid, row, targetCol, 1);
  }
  const parts = span.filter((c) => !grid.isContinuation(row, c) && !grid.isEmpty(row, c));
  if (parts.length <= 1) {
    if (parts.length === 1) return spotAt(grid, row, parts[0], 1);
    const master = grid.master(row, targetCol);
    return spotAt(grid, master.row, master.col, 1);
  }
  // Several numbers under one target header are separate targets (per region, per year), not one number
  // split over cells ("≥ | 90 | %"): read the first and say so, never run them together.
  const numeric = parts.filter((c) => /\d/.test(grid.display(row, c)));
  if (numeric.length > 1) return spotAt(grid, row, parts[0], numeric.length);
  const text = parts.map((c) => grid.display(row, c)).join("");
  spotAt(grid, row, parts[0], 1);
  spot.text = text;
  spot.value = text;
  return spot;
}

/** Blank rows in a row the indicators go on after (spacers, rows a clerk emptied instead of deleting): more end the table. */
const BLANK_RUN = 4;

/**
 * A blank row inside the indicators (a spacer between 产出 and 效益 groups, up to BLANK_RUN of them) when indicators
 * follow it. Under the header, before any indicator (a row the clerk inserted there), a row with a name and a target or
 * a level is the first indicator whatever its 一级 says (宁晋: 项目年度绩效目标(定量指标) | 制度指标 | 规章制度建立与否 |
 * no target yet); a name alone (其他内容 under a header without indicators) is still a note. After an indicator, the
 * next one's 一级 is a category (产出, 投入, 海口 2016's 成效指标) or, where the table's 一级 are no categories (台中 2014:
 * its strategies), any text.
 */
function indicatorsResumeAfter(
  grid: SheetGrid,
  header: IndicatorHeader,
  blankRow: number,
  isHeaderRow: (row: number) => boolean,
  first: boolean,
  level1Before: string,
): boolean {
  const { name, target, level1, level2 } = header.columns;
  // Numbered level headings after the blank row (一、产出目标 over 1.数量目标) are looked past: the rows they head.
  let last = blankRow + 1;
  for (let row = blankRow + 1; row <= Math.min(last, grid.bottom); row++) {
    const stop = stopReason(grid, header, row, isHeaderRow);
    if (stop === "blank") {
      if (row - blankRow < BLANK_RUN) last++;
      continue;
    }
    if (stop !== null) return false;
    if (isLevelHeading(grid, header, row)) {
      last++;
      continue;
    }
    const level = level1 === undefined ? "" : grid.text(row, level1);
    if (grid.isEmpty(row, name as number)) return false;
    const hasTarget = !grid.isEmpty(row, target as number);
    if (first) return hasTarget || level !== "" || (level2 !== undefined && grid.text(row, level2) !== "");
    // A row scored without a target written (宜兴 2016: 项目资金管理要求, 标准值 empty, 2 of 2) is an indicator too.
    const { weight, score } = header.columns;
    const scored = [weight, score].some((c) => c !== undefined && typeof grid.value(row, c) === "number");
    const categories = (text: string) => GOAL_CATEGORY_TEXT.test(text);
    return (
      (hasTarget || scored) && (level === "" || categories(level) || (level1Before !== "" && !categories(level1Before)))
    );
  }
  return false;
}

/** Where the reader stands while walking down the rows: the levels and project that carry over. */
interface WalkState {
  level1: string;
  level2: string;
  projectRow: number | null;
  projectText: string;
}

type Columns = Partial<Record<IndicatorColumn, number>> & { name: number; target: number };

/**
 * A row of the project column (tables listing several projects): a new project resets the levels; a unit line
 * merged across the list is not an indicator row (true).
 */
function enterProject(grid: SheetGrid, header: IndicatorHeader, row: number, state: WalkState, out: number[]): boolean {
  const projectCol = header.projectColumns.name;
  if (projectCol === undefined) return false;
  const project = textAt(grid, row, projectCol);
  if (project && project !== state.projectText) {
    // A new project starts (merged over its rows or repeated on each): levels do not carry over.
    state.projectRow = grid.master(row, projectCol).row;
    state.projectText = project;
    state.level1 = "";
    state.level2 = "";
  }
  const merge = grid.merge(row, projectCol);
  if (merge && merge.top === row && merge.right >= (header.columns.name as number)) {
    out.push(row); // a unit line merged across the list
    return true;
  }
  return false;
}

/**
 * A 一级 written down its column one character a row (a vertical label a PDF converter or a web page split over the
 * rows it spans: 产 | 出 | 指 | 标): the label the run spells, for each of its rows; null otherwise. Only a run of two
 * or more one-character cells, none merged from above, that spells a whole 一级 (产出指标, 效益, 满意度指标): two
 * one-indicator categories in a row (产出 | 效益) are no run of characters.
 */
function spelledLevel1(grid: SheetGrid, row: number, col: number): string | null {
  // Asked of every indicator row: a plain function below, not an arrow capturing grid and col (one closure per row).
  if (charAt(grid, row, col) === null) return null;
  let top = row;
  while (charAt(grid, top - 1, col) !== null) top--;
  let word = "";
  for (let r = top, c = charAt(grid, r, col); c !== null; c = charAt(grid, ++r, col)) word += c;
  return word.length > 1 && LEVEL1.test(word) ? word : null;
}

/** The one character a cell of spelledLevel1's run holds, or null (not one character, merged from above, off the sheet). */
function charAt(grid: SheetGrid, r: number, col: number): string | null {
  if (r < 0 || r > grid.bottom || grid.isContinuation(r, col)) return null;
  const c = grid.compact(r, col);
  return c.length === 1 ? c : null;
}

/** 一级 / 二级 of a row: written, merged from above, or carried over (a new 一级 clears the 二级). */
function enterLevels(grid: SheetGrid, col: Columns, row: number, state: WalkState): void {
  const spelled = col.level1 === undefined ? null : spelledLevel1(grid, row, col.level1);
  const level1 = spelled ?? levelText(grid, row, col.level1, state.level1);
  // A new 一级 written on this row (not merged down from above) does not keep the 二级 of the one before.
  if (col.level1 !== undefined && level1 !== state.level1 && !grid.isContinuation(row, col.level1)) state.level2 = "";
  state.level1 = level1;
  state.level2 = levelText(grid, row, col.level2, state.level2);
}

/** A row holding only a numbered level heading, in a table without a 一级 column (LEVEL1_HEADING / LEVEL2_HEADING). */
function isLevelHeading(grid: SheetGrid, header: IndicatorHeader, row: number): boolean {
  if (header.columns.level1 !== undefined) return false;
  const first = soleCell(grid, header, row);
  if (first === null || first !== header.columns.name) return false;
  const text = grid.compact(row, first);
  return LEVEL1_HEADING.test(text) || LEVEL2_HEADING.test(text);
}

/**
 * The row's first filled cell when nothing else on it is data: the other filled cells are in no column the table reads
 * a value from (依据, 说明, a column not read) — a heading row of the 表-2 form carries its note there (`二、管理目标 |
 * … | 财政管理统一要求`, 2017 食品药品监管 专项). Null when another cell holds data.
 */
function soleCell(grid: SheetGrid, header: IndicatorHeader, row: number): number | null {
  const cols = grid.cellsOfRow(row, header.left, header.right);
  if (cols.length === 0) return null;
  const data = (c: number) =>
    Object.entries(header.columns).some(([role, at]) => at === c && !REMARK_COLUMNS.has(role as IndicatorColumn));
  return cols.slice(1).some(data) ? null : cols[0];
}

/** Columns read as no value of the indicator: how the target was set, a note, what the indicator means. */
const REMARK_COLUMNS = new Set<IndicatorColumn>(["basis", "note", "description"]);

/** A numbered level heading (LEVEL1_HEADING / LEVEL2_HEADING) sets the levels of the rows below; false when it is none. */
function enterHeading(text: string, state: WalkState): boolean {
  const level1 = LEVEL1_HEADING.exec(text);
  if (level1) {
    state.level1 = text.slice(text.indexOf(level1[1]));
    state.level2 = "";
    return true;
  }
  const level2 = LEVEL2_HEADING.exec(text);
  if (!level2) return false;
  state.level2 = text.slice(text.indexOf(level2[1]));
  return true;
}

/** A row that is not an indicator, said why in a diagnostic when it holds something; true when skipped. */
function skipRow(
  grid: SheetGrid,
  header: IndicatorHeader,
  row: number,
  state: WalkState,
  out: { projectOnlyRows: number[]; contextRows: number[]; diagnostics: Diagnostic[]; tree: boolean },
): boolean {
  const col = header.columns as Columns;
  const name = textAt(grid, row, col.name);
  if (!name) {
    const cols = grid.cellsOfRow(row, header.left, header.right);
    // A row holding only 一级 / 二级 cells sets the context for the rows below; anything else is lost.
    const contextCols = [col.level1, col.level2, ...Object.values(header.projectColumns)];
    if (state.projectRow === row && hasOnly(cols, contextCols)) out.projectOnlyRows.push(row);
    else if (
      col.level1 === undefined &&
      soleCell(grid, header, row) === cols[0] &&
      enterHeading(grid.compact(row, cols[0]), state)
    ) {
      // 一、投入目标 / 1.数量目标 alone on a row of a table without level columns: the level of the rows below.
    } else if (!hasOnly(cols, contextCols)) {
      out.diagnostics.push(
        diagnostic(grid.ref(row, cols[0]), "warning", say("read.row-without-name", { row: row + 1 })),
      );
    }
    return true;
  }
  const named = grid.mergedCell(row, col.name);
  if (mergedLevelHeading(grid, header, row)) {
    if (named.asName.level1) state.level1 = name;
    state.level2 = named.asName.level1 ? "" : name;
    return true;
  }
  // 一、产出指标 / 1.数量指标 alone in the name column of a table without level columns: the level of the rows below.
  if (isLevelHeading(grid, header, row) && enterHeading(grid.compact(row, col.name), state)) return true;
  if (out.tree && !textAt(grid, row, col.target)) {
    // Levels written as rows of the name column (宁夏 石嘴山 批复表): a 一级 or 二级 alone sets the level of the rows
    // below; the rows above the first (the unit, the project) are no indicators.
    if (named.asName.level1) {
      state.level1 = name;
      state.level2 = "";
      return true;
    }
    if (named.asName.category) {
      state.level2 = name;
      return true;
    }
    if (!state.level1) {
      out.contextRows.push(row);
      return true;
    }
  }
  const targetText = textAt(grid, row, col.target);
  if (named.asName.placeholder && (!targetText || CROSSED_OUT.test(targetText) || ZERO_FILLED.test(targetText))) {
    out.diagnostics.push(
      diagnostic(grid.ref(row, col.name), "info", say("read.placeholder-row", { row: row + 1, name })),
    );
    return true;
  }
  // A template row naming only a 二级 category (质量 | | | …) under a 指标名称 header: nothing to read.
  if (named.asName.category && !textAt(grid, row, col.target) && !textAt(grid, row, col.actual)) {
    out.diagnostics.push(
      diagnostic(grid.ref(row, col.name), "info", say("read.category-only-row", { row: row + 1, name })),
    );
    return true;
  }
  // A second header row (二级指标 | 三级指标 | 新罗区 | 永定区 …) repeats the column labels: not an indicator.
  return named.column === "name";
}

/**
 * A row whose name and target cells are both merged down from the indicator above is that indicator continued, not
 * a second one of the same name: the 海关 绩效评价表 merges each 是/否 indicator over four rows, one per example asked
 * for (①…④), each with a 分值 of its own — the indicator's weight is their sum (4 × 5 = its 二级's 20), its reason
 * the examples joined. A row with an actual of its own is not (two sub-projects under one indicator): a second
 * indicator, said.
 */
function continuesIndicator(
  grid: SheetGrid,
  header: IndicatorHeader,
  row: number,
  previous: Indicator | undefined,
  diagnostics: Diagnostic[],
): boolean {
  const { name, target, weight, reason, actual } = header.columns as Columns;
  if (!previous || !grid.isContinuation(row, name) || !grid.isContinuation(row, target)) return false;
  if (grid.master(row, name).row !== previous.row || grid.master(row, target).row !== previous.row) return false;
  // An actual of its own (two sub-projects reported under one indicator: 东片区 6公里 | 西片区 5公里) is a second
  // indicator of the same name and target, said at the row: folded, its actual would be lost.
  if (actual !== undefined && !grid.isContinuation(row, actual) && !grid.isEmpty(row, actual)) {
    const shared = say("read.shared-indicator-row", { row: row + 1, name: previous.name });
    diagnostics.push(diagnostic(grid.ref(row, actual), "info", shared));
    return false;
  }
  const more = weightOf(grid, row, weight);
  if (more !== null) previous.weight = (previous.weight ?? 0) + more;
  const example = reason === undefined || grid.isContinuation(row, reason) ? "" : grid.text(row, reason);
  if (example) previous.reason = previous.reason ? `${previous.reason}；${example}` : example;
  return true;
}

/**
 * Where the row's target is: a statement merged from the name column holds it in that master cell (the target column
 * is blank); a target merged down from the row above, in its master there — a formula reading the row's own cell of
 * the merged area would find it empty; a target written in a later column of the target's span (指标值 over
 * 2021年实际实现值 | 预期2022年实现值, 黄石 2022: the first left empty), in that column.
 */
function targetCellOf(row: number, target: TargetSpot): CellKey {
  return cellKey(target.row, target.col);
}

/** The row's sign: its one sign column's text as it is (mostly no list is made per row), or its columns' joined. */
function signOf(grid: SheetGrid, row: number, signSpan: number[]): string {
  if (signSpan.length === 0) return "";
  if (signSpan.length === 1) return textAt(grid, row, signSpan[0]); // trimmed already: what signOfColumns keeps of one
  return signOfColumns(signSpan.map((c) => textAt(grid, row, c)));
}

/** The indicator of a row: its cells and texts, the target kept raw (parsed once the budget year is known). */
function draftOf(
  grid: SheetGrid,
  header: IndicatorHeader,
  row: number,
  state: WalkState,
  targetSpan: number[],
  signSpan: number[],
  diagnostics: Diagnostic[],
): IndicatorDraft {
  const col = header.columns as Columns;
  const adjusted = targetOf(grid, row, col.target, targetSpan);
  // An adjusted target left blank is the row's target unchanged: the one set at the start of the year.
  const original = header.originalTarget;
  const target =
    original !== undefined && adjusted.columns === 1 && grid.isEmpty(adjusted.row, adjusted.col)
      ? targetOf(grid, row, original, [original])
      : adjusted;
  if (target.columns > 1)
    diagnostics.push(
      diagnostic(
        grid.ref(target.row, target.col),
        "warning",
        say("read.target-split", { columns: target.columns, first: target.text }),
      ),
    );
  // Built whole (the optional cells undefined when the table has no such column: one shape for every indicator, no
  // property added afterwards), by a constructor, not a literal (records.ts).
  const indicator: Indicator = new IndicatorRecord(
    row,
    state.level1,
    state.level2,
    textAt(grid, row, col.name),
    textAt(grid, row, col.description),
    target.text,
    NOT_PARSED,
    textAt(grid, row, col.basis),
    weightOf(grid, row, col.weight),
    cellKey(row, col.name),
    targetCellOf(row, target),
    actualOf(grid, row, col),
    reading(grid, row, col.forecast),
    scoreOf(grid, row, col.score, header),
    groupText(grid, row, header.groups.reason, col.reason),
    groupText(grid, row, header.groups.likelihood, col.likelihood),
    col.sign === undefined ? undefined : cellKey(row, col.sign),
    col.unit === undefined ? undefined : cellKey(row, col.unit),
  );
  if (indicator.actual?.uncached)
    diagnostics.push(diagnostic(grid.ref(row, col.actual as number), "warning", say("actual.uncached-formula", {})));
  return {
    indicator,
    targetValue: target.value,
    targetFormat: grid.numberFormat(target.row, target.col),
    sign: signOf(grid, row, signSpan),
    unit: textAt(grid, row, col.unit),
    projectRow: state.projectRow,
  };
}

/**
 * The indicator rows under `header` down to the block's end (a blank, a 合计 / 总分 row, the sheet's end), with
 * that last row; what cannot be read goes to `diagnostics`.
 */
export function readIndicatorBlock(
  grid: SheetGrid,
  header: IndicatorHeader,
  isHeaderRow: (row: number) => boolean,
  diagnostics: Diagnostic[],
): IndicatorBlock {
  const indicators: IndicatorDraft[] = [];
  const state: WalkState = { level1: "", level2: "", projectRow: null, projectText: "" };
  const projectOnlyRows: number[] = [];
  const contextRows: number[] = [];
  const targetSpan = targetColumns(grid, header);
  const signSpan = signColumns(header);
  const tree = levelsAsRows(grid, header, isHeaderRow);
  // What skipRow adds to, made once per block (not an object per row).
  const skipped = { projectOnlyRows, contextRows, diagnostics, tree };
  let lastRow = header.lastRow;
  let summaryRow: number | null = null;

  for (let row = header.lastRow + 1; row <= grid.bottom; row++) {
    const stop = stopReason(grid, header, row, isHeaderRow);
    if (stop === "summary") summaryRow = row;
    const first = indicators.length === 0;
    if (stop === "blank" && indicatorsResumeAfter(grid, header, row, isHeaderRow, first, state.level1)) continue;
    if (stop === "end") projectLabelBesideIndicator(grid, header, row, diagnostics);
    if (stop) break;
    lastRow = row;
    if (grid.nextFilled(row, header.left - 1, header.right) < 0) continue; // only merged areas from above
    if (enterProject(grid, header, row, state, projectOnlyRows)) continue;
    enterLevels(grid, header.columns as Columns, row, state);
    if (continuesIndicator(grid, header, row, indicators.at(-1)?.indicator, diagnostics)) continue;
    if (skipRow(grid, header, row, state, skipped)) continue;
    indicators.push(draftOf(grid, header, row, state, targetSpan, signSpan, diagnostics));
  }
  if (indicators.length === 0) {
    diagnostics.push(diagnostic(grid.ref(header.row, header.left), "warning", say("read.no-indicator-rows", {})));
  }
  return { indicators, lastRow, summaryRow, projectOnlyRows, contextRows };
}
