/**
 * Finding indicator header rows (一级指标 | 二级指标 | 三级指标 | … | 指标值 | …) anywhere on a sheet,
 * including headers spanning two rows (年度指标值 over 指标性质 | 指标值 | 度量单位; 偏差原因分析 over
 * 经费保障 … 原因说明) and several tables side by side (separated by an empty column).
 */
import type { IndicatorColumn } from "../types";
import type { SheetGrid } from "./sheetGrid";
import { COLUMN_LABEL } from "./cellText";
import {
  ADJUSTED_TARGET_COLUMN,
  DATA_ITEM_COLUMN,
  GOAL_CATEGORY_COLUMN,
  GOAL_CATEGORY_TEXT,
  GRADE_LEVEL,
  GRADED_STANDARD,
  GROUP_MEMBERS,
  INDICATOR_COLUMNS,
  LONG_TERM_COLUMN,
  MID_YEAR_TARGET_COLUMN,
  NAMED_TARGET_COLUMN,
  NOT_A_REGION,
  PAIR_ACTUAL_COLUMN,
  PAIR_NAME_COLUMN,
  PLACE_NAME,
  VALUE_REACHED_COLUMN,
  type HeaderRole,
} from "../locale/zh/reader";
import { lookup } from "./lookup";
import { labelSays, normalizeLabel } from "./text";
import { westernYears } from "../locale/zh/traditional";
import { appended, appendedNumber } from "../lists";

type GroupRole = "reason" | "likelihood";

export interface GroupMember {
  col: number;
  /** Sub-column label as written: "经费保障", "确定能", "原因说明". */
  label: string;
}

export interface IndicatorHeader {
  /** First and last header row (equal for one-row headers). */
  row: number;
  lastRow: number;
  /** Column extent of the header (absolute). */
  left: number;
  right: number;
  columns: Partial<Record<IndicatorColumn, number>>;
  /** Tick-box groups under 偏差原因分析 / 完成目标可能性. */
  groups: Partial<Record<GroupRole, GroupMember[]>>;
  /** Header text per column, as written (kind detection reads "1-7月执行情况"). */
  labels: ByColumn<string>;
  /** Columns whose header was not understood. */
  unknown: number[];
  /**
   * Project columns inside the indicator table (Sichuan-style lists: 单位名称、项目名称 | 项目年度目标 |
   * 一级指标 …): one table per project, the project cell merged over its indicators.
   */
  projectColumns: Partial<Record<ProjectColumn, number>>;
  /**
   * One target column per region (区域目标值 over 新罗区 | 永定区 …, or 新罗区指标值 | 永定区指标值 side by side):
   * readWorkbook reads each region as a table of its own. Empty for the usual one target column.
   */
  regions: RegionColumn[];
  /**
   * One target column per year (2024年指标值 | 2025年指标值 | 2026年指标值, or 指标值 merged over 2024年 | 2025年 …:
   * a medium-term table): the table's budget year picks its column (readWorkbook). Empty otherwise.
   */
  years: YearColumn[];
  /** Every column of each role, left to right (a region's table takes the k-th actual column for the k-th region). */
  allColumns: Partial<Record<IndicatorColumn, number[]>>;
  /**
   * One standard per grade (绩效指标评价标准 over 优 | 良 | 中 | 差, 邯郸 2019): the grade columns, the top one being the
   * target column. Absent otherwise.
   */
  grades?: GradeColumns;
  /**
   * A second indicator on each row, named left of the indicator's own name (宜兴 2016: 目标名称 | 目标值 beside
   * 评价指标 | 标准值, 目标完成值 beside 评价指标值): readWorkbook reads it as a table of its own over the same rows (a
   * row holds one status). Absent otherwise.
   */
  pair?: PairColumns;
  /**
   * The target set at the start of the year when the target read is the adjusted one (年初指标值 | 调整指标值, 重庆
   * 部门整体绩效自评表): a row whose adjusted target is blank keeps this one. Absent otherwise.
   */
  originalTarget?: number;
}

export interface PairColumns {
  name: number;
  target: number;
  actual?: number;
  /** The name column's label as written ("目标名称"): the pair's table is named after it. */
  label: string;
}

interface GradeColumns {
  /** The label over the grades, as written: "绩效指标评价标准". */
  header: string;
  /** Each grade's column and label, left to right. */
  columns: { col: number; label: string }[];
}

interface YearColumn {
  col: number;
  year: number;
}

interface RegionColumn {
  col: number;
  /** The region as its column names it: "新罗区", "福州市". */
  label: string;
}

/** Columns read per indicator row: each region's table needs its own. */
const PER_REGION_ROLES: IndicatorColumn[] = ["actual", "forecast", "score", "reason", "likelihood"];

type ProjectColumn = "name" | "code" | "goal" | "budget" | "unit";

const PROJECT_COLUMN_ROLES: Partial<Record<HeaderRole, ProjectColumn>> = {
  name: "name",
  code: "code",
  goal: "goal",
  budget: "budget",
  budgetFinal: "budget",
  unitName: "unit",
};

/**
 * Values by column of one header, in the order they were first set, as a Map would keep them: a header has a few
 * columns and every table has a header, so a list and an array by column offset instead of a Map's hash table.
 */
export class ByColumn<T> {
  /** The columns set, in the order they were first set (do not modify). */
  readonly cols: number[] = [];
  private readonly byOffset: (T | undefined)[];

  /** The columns of a header, `left` to `right`. */
  constructor(
    private readonly left: number,
    right: number,
  ) {
    this.byOffset = new Array<T | undefined>(Math.max(0, right - left + 1));
  }

  get(c: number): T | undefined {
    return this.byOffset[c - this.left];
  }

  has(c: number): boolean {
    return this.get(c) !== undefined;
  }

  set(c: number, value: T): void {
    if (!this.has(c)) this.cols.push(c);
    this.byOffset[c - this.left] = value;
  }

  delete(c: number): void {
    if (!this.has(c)) return;
    this.byOffset[c - this.left] = undefined;
    this.cols.splice(this.cols.indexOf(c), 1);
  }

  get size(): number {
    return this.cols.length;
  }

  /** The first column set to `value` (in the order set), or undefined: a loop, no closure (asked of every header). */
  colOf(value: T): number | undefined {
    for (const c of this.cols) if (this.get(c) === value) return c;
    return undefined;
  }
}

/** Runs of columns in a row holding something (a value or a merged area), split by empty columns. */
function segmentsOfRow(grid: SheetGrid, row: number): [number, number][] {
  const segments: [number, number][] = [];
  let start: number | null = null;
  for (let c = grid.left; c <= grid.right + 1; c++) {
    const filled =
      c <= grid.right && (!grid.isEmpty(row, c) || grid.merge(row, c) !== null || labelBelowBlank(grid, row, c));
    if (filled && start === null) start = c;
    if (!filled && start !== null) {
      segments.push([start, c - 1]);
      start = null;
    }
  }
  return segments;
}

/**
 * An empty header cell over a column label, beside a label merged down over both rows (指标值 merged down, 单位 typed
 * on the lower row only): the header's, not a gap between two tables.
 */
function labelBelowBlank(grid: SheetGrid, row: number, c: number): boolean {
  if (row + 1 > grid.bottom || grid.cell(row + 1, c).column === null) return false;
  const mergedDown = (col: number) => (grid.merge(row, col)?.bottom ?? row) > row;
  return mergedDown(c - 1) || mergedDown(c + 1);
}

function columnRoles(grid: SheetGrid, row: number, left: number, right: number): ByColumn<IndicatorColumn> {
  const roles = new ByColumn<IndicatorColumn>(left, right);
  for (const c of grid.cellsOfRow(row, left, right)) {
    const role = grid.cell(row, c).column;
    if (role) roles.set(c, role);
  }
  return roles;
}

/**
 * A target label merged over its parts with the value's own part left unlabelled (预期指标值 over 符号 | (blank) |
 * 单位(文字描述), 河北 成安 2020 自评表): when the labelled parts took the label's column and none is the value, the one
 * blank part holding values below is the target column (an empty column inserted beside it holds none). Two such
 * parts say nothing (which one holds the value?): left as they are.
 */
function unlabelledValue(
  grid: SheetGrid,
  row: number,
  label: number,
  colRole: ByColumn<IndicatorColumn>,
  labels: ByColumn<string>,
): void {
  const end = grid.rightEdge(row, label);
  const blanks: number[] = [];
  for (let c = label; c <= end; c++) {
    if (colRole.get(c) === "target") return;
    if (!colRole.has(c) && grid.isEmpty(row + 1, c) && holdsValueBelow(grid, row + 1, c)) blanks.push(c);
  }
  if (blanks.length !== 1) return;
  colRole.set(blanks[0], "target");
  labels.set(blanks[0], grid.labelText(row, label));
}

/** Rows looked at under a header for a column's values: a table's first indicators show whether it holds any. */
const ROWS_LOOKED_AT = 30;

/** A value in the column within the rows under `row` (ROWS_LOOKED_AT of them). */
function holdsValueBelow(grid: SheetGrid, row: number, c: number): boolean {
  for (let r = row + 1; r <= Math.min(grid.bottom, row + ROWS_LOOKED_AT); r++) if (!grid.isEmpty(r, c)) return true;
  return false;
}

/**
 * Cells of the row below a header that are all column labels, each under a header cell merged across
 * several columns (年度指标值 over 指标性质 | 指标值 | 度量单位) → a second header row.
 */
function subHeaderCells(grid: SheetGrid, row: number, left: number, right: number): readonly number[] | null {
  if (row + 1 > grid.bottom) return null;
  // A label merged down over both rows, unmerged with its text repeated (one 一级指标 over another), is still that label.
  // One loop, the list made at the first sub-label: most headers stand over an indicator row, no sub-label in it.
  // A label of no column we know under a wide cell (指标编码 between 二级指标 and 三级指标 under 绩效指标) is one of the
  // header's columns, not read, when two known ones stand beside it: an indicator row holds no two column labels.
  let cols: number[] | null = null;
  let known = 0;
  let unknown = false;
  for (const c of grid.cellsOfRow(row + 1, left, right)) {
    if (repeatsAbove(grid, row, c)) continue;
    const sub = subLabel(grid, row, c);
    if (sub === null) return null;
    if (sub) known++;
    else unknown = true;
    cols = appendedNumber(cols, c);
  }
  return unknown && known < 2 ? null : cols;
}

/** The cell below a header label repeats it: the label's own merged-down area, unmerged with its text in each cell. */
function repeatsAbove(grid: SheetGrid, row: number, c: number): boolean {
  // Its own master cell (not a continuation), asked without making the master's {row, col}: every cell of a header.
  return (
    !grid.isContinuation(row, c) && grid.cell(row, c).column !== null && grid.text(row + 1, c) === grid.text(row, c)
  );
}

/**
 * A cell on the row below `row` under a header cell merged across several columns: a column label (or tick-box label),
 * true; a short text of no number, false (maybe a label we do not know); null: no label there.
 */
function subLabel(grid: SheetGrid, row: number, c: number): boolean | null {
  const cell = grid.cell(row + 1, c);
  const parent = grid.master(row, c);
  // A label under a blank of its own (单位 beside 指标值 merged down, under 绩效指标 over the levels) is one too.
  if (parent.row === row && parent.col === c && grid.merge(row, c) === null && grid.isEmpty(row, c))
    return cell.column !== null ? true : null;
  if (parent.row !== row || grid.rightEdge(row, parent.col) <= parent.col) return null;
  if (cell.column !== null || lookup(GROUP_MEMBERS, cell.label.key) !== null) return true;
  return cell.label.key.length <= 8 && !/\d/.test(cell.label.key) ? false : null;
}

/**
 * Column labels broken over two rows ("年度" above "指标值", "实际" above "完成值") beside labels merged down over
 * both rows: the joined labels, by column; null when the row below holds anything else.
 */
function brokenLabels(
  grid: SheetGrid,
  row: number,
  left: number,
  right: number,
  colRole: ByColumn<IndicatorColumn>,
): Map<number, { role: IndicatorColumn; text: string }> | null {
  if (row + 1 > grid.bottom) return null;
  let joined: Map<number, { role: IndicatorColumn; text: string }> | null = null;
  for (const c of grid.cellsOfRow(row + 1, left, right)) {
    if (grid.master(row + 1, c).row === row) continue; // merged down from the header row
    const upper = grid.master(row, c);
    if (upper.row !== row || upper.col !== c || colRole.has(c) || grid.isEmpty(row, c)) return null;
    const role = lookup(INDICATOR_COLUMNS, grid.label(row, c).key + grid.label(row + 1, c).key);
    if (!role) return null;
    (joined ??= new Map()).set(c, { role, text: grid.labelText(row, c) + grid.labelText(row + 1, c) });
  }
  return joined;
}

const TARGET_SUFFIX = /(指标值|目标值|预期值|实现值|计划值|标准值)(及单位)?$/;

/** A target column's label (or the label under it) naming a region: not a period (NOT_A_REGION). */
function isRegion(label: string): boolean {
  return label !== "" && !NOT_A_REGION.test(label);
}

/**
 * Target columns that are one per region: several target columns each named after a region (新罗区指标值 |
 * 永定区指标值), or one target header merged across columns over a row naming a region under each (区域目标值 over
 * 新罗区 | 永定区 …). Periods (2023年, 长期, 一季度) are not regions: those keep the one annual column.
 */
function regionColumns(
  grid: SheetGrid,
  row: number,
  columns: Partial<Record<IndicatorColumn, number>>,
  targets: number[],
): RegionColumn[] {
  if (targets.length >= 2) {
    const named = targets.map((col) => ({ col, label: grid.label(row, col).key.replace(TARGET_SUFFIX, "") }));
    return named.every((r) => isRegion(r.label)) ? named : [];
  }
  const target = columns.target as number;
  const m = grid.merge(row, target);
  if (!m || m.left !== target || m.right === target || m.bottom !== row || row + 1 > grid.bottom) return [];
  const inside = Object.entries(columns).some(([role, c]) => role !== "target" && c > m.left && c <= m.right);
  // The row below is a header row, not the first indicator: nothing of its own in the name column.
  if (inside || !grid.isEmpty(row + 1, columns.name as number)) return [];
  const regions: RegionColumn[] = [];
  for (let col = m.left; col <= m.right; col++) {
    const own = grid.master(row + 1, col);
    // As written, without spaces nor a label's trailing colon (新罗区：): the region's name in the table's.
    const label = grid
      .text(row + 1, col)
      .replace(/\s+/g, "")
      .replace(/[:：]+$/, "");
    if (own.row !== row + 1 || own.col !== col || !isRegion(label)) return [];
    if (grid.cell(row + 1, col).column !== null) return [];
    regions.push({ col, label });
  }
  // Regions are named apart: "完成 | 完成 | 完成" under one header is text of an indicator, not places.
  return new Set(regions.map((r) => r.label)).size === regions.length ? regions : [];
}

/**
 * A target label dated by a year: "2025年指标值", "2025年度目标值", "2025年 年度目标值" (臺中's `103年\n年度目標值`, its
 * 民國 year read by westernYears), or the bare "2025年" under a merged 指标值.
 */
const DATED_TARGET = /^(20\d{2})年(?:年?度)?(?:指标值|目标值|预期值|计划值|数值)?$/;

/** The year a target label names (DATED_TARGET), its 民國 year read as the western one; null when it names none. */
function datedLabel(grid: SheetGrid, row: number, col: number): number | null {
  const key = grid.label(row, col).key;
  const m = DATED_TARGET.exec(key) ?? (key.includes("年") ? DATED_TARGET.exec(westernKey(grid.text(row, col))) : null);
  return m ? Number(m[1]) : null;
}

const westernKey = (text: string): string => normalizeLabel(westernYears(text)).key;

/**
 * The year a table's one target column names (`2025年指标值`, 臺中's `103年 年度目標值`): the year it states when its
 * title and labels state none (readWorkbook). Null with several target columns (those are one per year: `years`) or an
 * undated label.
 */
export function targetColumnYear(grid: SheetGrid, header: IndicatorHeader): number | null {
  const target = header.columns.target;
  if (target === undefined || header.years.length > 0 || header.regions.length > 0) return null;
  if ((header.allColumns.target?.length ?? 1) > 1) return null;
  // The label may sit on a lower header row, under a caption merged over several columns (臺中: 衡量指標 over six).
  for (let r = header.row; r <= header.lastRow; r++) {
    const own = grid.master(r, target);
    if (own.col !== target || own.row !== r) continue;
    const year = datedLabel(grid, r, target);
    if (year !== null) return year;
  }
  return null;
}

/** The year a target column's label names, with its column; null when it names none. */
function datedColumn(grid: SheetGrid, row: number, col: number): YearColumn | null {
  const year = datedLabel(grid, row, col);
  return year === null ? null : { col, year };
}

/** Years named apart: "2025年 | 2025年" is no choice of year. */
function distinctYears(years: YearColumn[]): boolean {
  return new Set(years.map((y) => y.year)).size === years.length;
}

/**
 * Target columns that are one per year: several target columns each dated (2024年指标值 | 2025年指标值), or one
 * target header merged across columns over a row naming a year under each (指标值 over 2024年 | 2025年 …). The
 * years must differ: "2025年 | 2025年" is no choice of year.
 */
function yearColumns(
  grid: SheetGrid,
  row: number,
  columns: Partial<Record<IndicatorColumn, number>>,
  targets: number[],
): { years: YearColumn[]; subRow: boolean } {
  const none = { years: [], subRow: false };
  if (targets.length >= 2) {
    const years = targets.map((col) => datedColumn(grid, row, col));
    return years.every((y) => y !== null) && distinctYears(years as YearColumn[])
      ? { years: years as YearColumn[], subRow: false }
      : none;
  }
  const target = columns.target as number;
  const m = grid.merge(row, target);
  if (!m || m.left !== target || m.right === target || m.bottom !== row || row + 1 > grid.bottom) return none;
  const years: YearColumn[] = [];
  for (let col = m.left; col <= m.right; col++) {
    const own = grid.master(row + 1, col);
    const y = own.row === row + 1 && own.col === col ? datedColumn(grid, row + 1, col) : null;
    if (!y) return none;
    years.push(y);
  }
  return distinctYears(years) ? { years, subRow: true } : none;
}

function headerAt(grid: SheetGrid, row: number, left: number, right: number): IndicatorHeader | null {
  const colRole = columnRoles(grid, row, left, right);
  // No column label at all (every indicator row that merely mentions 指标): nothing below can make a header.
  if (colRole.size === 0) return null;
  const labels = new ByColumn<string>(left, right);
  for (const c of grid.cellsOfRow(row, left, right)) labels.set(c, grid.labelText(row, c));

  const groups: Partial<Record<GroupRole, GroupMember[]>> = {};
  let lastRow = row;
  const sub = subHeaderCells(grid, row, left, right);
  const broken = !sub ? brokenLabels(grid, row, left, right, colRole) : null;
  if (broken) {
    lastRow = row + 1;
    for (const [c, { role, text }] of broken) {
      colRole.set(c, role);
      labels.set(c, text);
    }
  }
  if (sub) {
    lastRow = row + 1;
    const spreadTargets = colRole.cols.filter((c) => colRole.get(c) === "target" && grid.rightEdge(row, c) > c);
    for (const c of sub) {
      const cell = grid.cell(row + 1, c);
      const key = cell.label.key;
      const text = grid.labelText(row + 1, c);
      const parent = grid.master(row, c);
      const parentRole = colRole.get(parent.col);
      const spansGroup = grid.rightEdge(row, parent.col) > parent.col;
      const role = cell.column;
      const memberRole = lookup(GROUP_MEMBERS, key);
      // A tick-box column belongs to the group above it (偏差原因分析 / 完成目标可能性).
      const groupRole: GroupRole | null =
        (parentRole === "reason" || parentRole === "likelihood") && spansGroup ? parentRole : role ? null : memberRole;
      if (groupRole) {
        groups[groupRole] = appended(groups[groupRole], { col: c, label: text });
        continue;
      }
      if (role) {
        colRole.set(c, role);
        labels.set(c, text);
      }
    }
    // A group's top label no longer names one column: its members do.
    for (const role of ["reason", "likelihood"] as const) {
      if (groups[role]) for (const c of [...colRole.cols]) if (colRole.get(c) === role) colRole.delete(c);
    }
    for (const t of spreadTargets) unlabelledValue(grid, row, t, colRole, labels);
  }

  const grades = gradedTarget(grid, row, left, right, colRole, labels);
  if (grades) lastRow = row + 1;
  targetRun(grid, row, colRole, labels, isPlace);
  targetRun(grid, row, colRole, labels, isBareYear);
  valueReachedAfterTarget(colRole, labels);
  goalCategories(grid, row, colRole, labels);
  const allColumns: Partial<Record<IndicatorColumn, number[]>> = {};
  for (const c of ascending([...colRole.cols])) {
    const role = colRole.get(c)!;
    allColumns[role] = appendedNumber(allColumns[role], c);
  }
  const columns = chooseColumns(allColumns, labels);
  if (columns.name === undefined && columns.level1 !== undefined && columns.level2 === undefined) {
    // 绩效指标分类 | 绩效指标 | 绩效指标描述 (邯郸 2019): right of the 分类, 绩效指标 heads the names — not the caption it is
    // when it stands first, merged down the left of a header.
    const named = labels.cols.find(
      (c) => c > columns.level1! && !colRole.has(c) && /^(绩效)?指标$/.test(grid.label(row, c).key),
    );
    if (named !== undefined) columns.name = named;
    // 目标名称 | 目标值 | 评价指标 | 标准值 | … 评价指标值 (宜兴 2016): with no level under it and no name column beside it,
    // the 评价指标 is the indicator judged against the standard, not a level over others. A bare 指标 alike (重庆's
    // 一般性项目绩效目标表: 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值, no levels at all, 潼南 五桂 2023).
    else if (/^(评价)?指标$/.test(grid.label(row, columns.level1).key)) {
      columns.name = columns.level1;
      delete columns.level1;
    }
  }
  if (columns.name === undefined && columns.level2 !== undefined) {
    // 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值 with 数量指标 under 一级 and the indicator under 二级: shift.
    columns.name = columns.level2;
    if (columns.level1 !== undefined) columns.level2 = columns.level1;
    else delete columns.level2;
    delete columns.level1;
  }
  for (const role of ["reason", "likelihood"] as const) {
    const members = groups[role];
    if (members && columns[role] === undefined) {
      const explanation = members.find((m) => labelSays(/原因说明|说明/, m.label));
      columns[role] = (explanation ?? members[0]).col;
    }
  }
  const levels = columns.level2;
  // The level's label: on the header row, or on the row under it when the header is two rows and the label stands
  // there (绩效指标 merged over 评价内容 | 绩效内容: the parent is not the label).
  const labelRow =
    levels !== undefined && lastRow > row && grid.master(lastRow, levels).row === lastRow ? lastRow : row;
  const spanEnd = levels === undefined ? -1 : grid.rightEdge(labelRow, levels);
  if (
    columns.level1 === undefined &&
    levels !== undefined &&
    (lastRow === row || labelRow === lastRow) &&
    spanEnd > levels &&
    !grid.label(labelRow, levels).key.includes("二级") &&
    !colRole.cols.some((c) => c > levels && c <= spanEnd)
  ) {
    // 评价内容 merged over two columns (产出目标 | 数量目标, 宁德 2023) heads both levels: the first and the last column
    // it spans (a column inserted inside it widens the merge). A merged 二级指标 is the one level, only wider.
    columns.level1 = levels;
    columns.level2 = spanEnd;
  }
  if (columns.name === undefined || columns.target === undefined) return null;
  for (const role of ["level1", "level2", "name"] as const) {
    const c = columns[role];
    if (c !== undefined) columns[role] = pastNumbering(grid, lastRow, c, colRole);
  }

  const regions = regionColumns(grid, row, columns, allColumns.target ?? []);
  // The region names under a merged 区域目标值 are the header's second row.
  const spread = grid.merge(row, columns.target);
  if (regions.length > 0 && spread && spread.right > spread.left) lastRow = row + 1;
  const dated = regions.length === 0 ? yearColumns(grid, row, columns, allColumns.target ?? []) : null;
  const years = dated?.years ?? [];
  if (dated?.subRow) lastRow = row + 1;

  const projectColumns: Partial<Record<ProjectColumn, number>> = {};
  for (const c of labels.cols) {
    if (colRole.has(c)) continue;
    const role = grid.cell(row, c).headerRole;
    const projectRole = role ? PROJECT_COLUMN_ROLES[role] : undefined;
    if (projectRole && projectColumns[projectRole] === undefined) projectColumns[projectRole] = c;
  }
  const unknown: number[] = [];
  for (const c of labels.cols)
    if (!isKnownColumn(c, colRole, projectColumns, groups) && lookup(GROUP_MEMBERS, grid.label(row, c).key) === null)
      unknown.push(c);
  const pair =
    regions.length === 0 && years.length === 0 ? pairedTarget(grid, row, columns, allColumns, unknown) : null;
  const header: IndicatorHeader = {
    row,
    lastRow,
    left,
    right,
    columns,
    groups,
    labels,
    unknown: pair ? unknown.filter((c) => c !== pair.name && c !== pair.actual) : unknown,
    projectColumns,
    regions,
    years,
    allColumns,
  };
  if (grades) header.grades = grades;
  if (pair) header.pair = pair;
  const original = originalTarget(allColumns.target ?? [], columns.target, labels);
  if (original !== undefined) header.originalTarget = original;
  return header;
}

/**
 * The target column an adjusted one (调整指标值) revises: the nearest target column left of it, neither adjusted nor for
 * another period (中期, 半年). Undefined when the target read is no adjustment.
 */
function originalTarget(targets: number[], chosen: number, labels: ByColumn<string>): number | undefined {
  if (!labelSays(ADJUSTED_TARGET_COLUMN, labels.get(chosen))) return undefined;
  let found: number | undefined;
  for (const c of targets) {
    const label = labels.get(c) ?? "";
    if (
      c < chosen &&
      !labelSays(ADJUSTED_TARGET_COLUMN, label) &&
      !labelSays(LONG_TERM_COLUMN, label) &&
      !labelSays(MID_YEAR_TARGET_COLUMN, label)
    )
      found = c;
  }
  return found;
}

/** A list number alone in a cell (一, 二, 1, (3), 4., 目标1): the numbering of a goal or measure, not its text. */
const LIST_NUMBER = /^(?:目标|指标)?[(（]?(?:[一二三四五六七八九十]{1,3}|\d{1,3})[)）、.．]?$/;

/**
 * The column of a level or name whose label is merged over two columns, the first numbering the rows below (衡量指標
 * over 一 | 推展會展活動(6%), 策略績效目標 over 一 | 輔導服務業發展…: 臺中 2014): the text beside the numbers, within the
 * label's merge and labelled by no other. Numbers until the first other text, at least two; else the column itself.
 */
function pastNumbering(grid: SheetGrid, lastRow: number, col: number, colRole: ByColumn<IndicatorColumn>): number {
  const merged = grid.merge(lastRow, col);
  const next = col + 1;
  if (!merged || merged.right < next || colRole.has(next)) return col;
  const numbered: number[] = [];
  for (let r = lastRow + 1; r <= grid.bottom; r++) {
    if (grid.master(r, col).row !== r || grid.isEmpty(r, col)) continue; // merged down from above, or empty
    if (!LIST_NUMBER.test(grid.compact(r, col))) break;
    numbered.push(r);
  }
  if (numbered.length < 2) return col;
  // The text is beside every number: a column inserted between them (widening the label's merge) is not, though a
  // note may be typed in it beside one.
  for (let c = next; c <= merged.right && !colRole.has(c); c++)
    if (numbered.every((r) => !grid.isEmpty(r, c))) return c;
  return next;
}

/**
 * A second indicator on each row (`PairColumns`): an unread 目标名称 column left of the name, a target column between
 * them (目标值) and, right of the chosen target, an unread 目标完成值 column (its actual; none is allowed). Null
 * when the header has no such columns.
 */
function pairedTarget(
  grid: SheetGrid,
  row: number,
  columns: Partial<Record<IndicatorColumn, number>>,
  allColumns: Partial<Record<IndicatorColumn, number[]>>,
  unknown: number[],
): PairColumns | null {
  const ownName = columns.name as number;
  const ownTarget = columns.target as number;
  if (unknown.length === 0) return null; // most headers: every column known, no closure made
  const name = unknown.find((c) => c < ownName && PAIR_NAME_COLUMN.test(grid.label(row, c).key));
  if (name === undefined) return null;
  const target = (allColumns.target ?? []).find((c) => c > name && c < ownName);
  if (target === undefined) return null;
  const actual = unknown.find((c) => c > ownTarget && PAIR_ACTUAL_COLUMN.test(grid.label(row, c).key));
  return { name, target, ...(actual !== undefined && { actual }), label: grid.labelText(row, name) };
}

/**
 * In a header without a target column, a 评价标准 label merged over grades (优 | 良 | 中 | 差) on the row below
 * (`GRADED_STANDARD`, 邯郸 2019): the top grade's column (优, else the first) is the target, the others are known and
 * not read (computed). Null when the header has no such label.
 */
function gradedTarget(
  grid: SheetGrid,
  row: number,
  left: number,
  right: number,
  colRole: ByColumn<IndicatorColumn>,
  labels: ByColumn<string>,
): GradeColumns | null {
  if (row + 1 > grid.bottom || colRole.colOf("target") !== undefined) return null;
  for (const c of grid.cellsOfRow(row, left, right)) {
    if (!GRADED_STANDARD.test(grid.label(row, c).key)) continue;
    const m = grid.merge(row, c);
    if (!m || m.right === m.left || m.bottom !== row) continue;
    const columns: GradeColumns["columns"] = [];
    for (let col = m.left; col <= m.right; col++) {
      const own = grid.master(row + 1, col);
      const label = grid.label(row + 1, col).key;
      if (own.row !== row + 1 || own.col !== col || !GRADE_LEVEL.test(label)) break;
      columns.push({ col, label: grid.labelText(row + 1, col) });
    }
    if (columns.length !== m.right - m.left + 1 || new Set(columns.map((g) => g.label)).size !== columns.length)
      continue;
    const top = columns.find((g) => /^优/.test(g.label)) ?? columns[0];
    for (const g of columns) {
      colRole.set(g.col, g === top ? "target" : "computed");
      labels.set(g.col, g.label);
    }
    return { header: grid.labelText(row, c), columns };
  }
  return null;
}

/**
 * A header without any target column whose last labels are places (一级 | 二级 | 三级 | 指标解释 | 指标方向 |
 * 笏石街道办 | 埭头镇: a transfer-payment table with one target per town, no 指标值 word above them): those columns
 * are its target columns: the run of places right of the indicator's own columns. They end at the first label that
 * is not one (the monitoring block a check wrote beside them: 实际完成值, 状态 …).
 */
const isPlace = (label: string) => PLACE_NAME.test(label) && !NOT_A_REGION.test(label);

/**
 * Likewise labels right of the indicator's own columns that are years and nothing else (一级 | 二级 | 三级 | 2025年 |
 * 2026年 | 2027年: a medium-term table without the word 指标值): its target columns, one per year (yearColumns then
 * picks the budget year's).
 */
const isBareYear = (label: string) => BARE_YEAR.test(label);

/** In a header without a target column: the run of `isTargetLabel` labels right of the indicator's own columns. */
function targetRun(
  grid: SheetGrid,
  row: number,
  colRole: ByColumn<IndicatorColumn>,
  labels: ByColumn<string>,
  isTargetLabel: (label: string) => boolean,
): void {
  for (const c of colRole.cols) if (colRole.get(c) === "target") return;
  const own = colRole.cols.filter((c) => TARGET_BLOCK_ROLES.includes(colRole.get(c)!));
  if (!own.some((c) => colRole.get(c) === "name")) return;
  const lastOwn = Math.max(...own);
  for (const c of ascending(labels.cols.filter((c) => c > lastOwn))) {
    if (colRole.has(c) || !isTargetLabel(grid.label(row, c).key)) break;
    colRole.set(c, "target");
  }
}

const BARE_YEAR = /^20\d{2}年度?$/;

/**
 * A bare 指标值 right of a column naming the target outright (目标值(标准) … 指标值, the 海关 绩效评价表:
 * VALUE_REACHED_COLUMN) is the value reached: the actual (a known column when the header has an actual column
 * already) — else, as the rightmost target column, it was read as the target and every target as missing.
 */
function valueReachedAfterTarget(colRole: ByColumn<IndicatorColumn>, labels: ByColumn<string>): void {
  // 绩效目标 left of the names is the goal's caption (goalCategories), not a target the 指标值 after it reached.
  const name = colRole.colOf("name");
  // The leftmost named target column, in a loop: this runs for every header, and mostly finds none.
  let named: number | undefined;
  for (const c of colRole.cols) {
    if (colRole.get(c) !== "target" || (named !== undefined && c > named)) continue;
    const key = labelKey(labels, c);
    const caption = name !== undefined && c < name && GOAL_CATEGORY_COLUMN.test(key);
    if (NAMED_TARGET_COLUMN.test(key) && !LONG_TERM_COLUMN.test(key) && !caption) named = c;
  }
  if (named === undefined) return;
  const keyOf = (c: number) => labelKey(labels, c);
  let hasActual = colRole.cols.some((c) => colRole.get(c) === "actual");
  // 指标 as the last label (five of the forms) is the same value: no 一级 column stands right of the target.
  const reached = ascending(colRole.cols.filter((c) => c > named && VALUE_REACHED_COLUMN.test(keyOf(c))));
  for (const c of reached) {
    const role = colRole.get(c);
    if (role !== "target" && role !== "level1") continue;
    colRole.set(c, hasActual ? "computed" : "actual");
    hasActual = true;
  }
  // No value column, one data item (数据项1 | 理由 under 采集数据项): the item is the answer (DATA_ITEM_COLUMN).
  const items = colRole.cols.filter((c) => c > named && DATA_ITEM_COLUMN.test(keyOf(c)));
  if (!hasActual && items.length === 1) colRole.set(items[0], "actual");
}

/**
 * 绩效目标 | 评价指标 | 绩效内容 | 绩效标准 | 全年绩效目标 (福建 省直 2017, GOAL_CATEGORY_COLUMN): a 绩效目标 column left of the
 * names, with the year's target further right, holds the goal's categories (投入 / 产出): the 一级, and a 一级 column
 * between it and the names (评价指标: 成本目标 / 数量目标) its 二级. Alone, or right of the names, it is the target (海口 2016).
 * Holding the goal's text instead (绩效目标 | 指标名称 | 指标值, the goal merged down beside its indicators), it is no
 * column of the indicators: left to the header's project columns, where the table's goal is read from it.
 */
function goalCategories(
  grid: SheetGrid,
  row: number,
  colRole: ByColumn<IndicatorColumn>,
  labels: ByColumn<string>,
): void {
  // The leftmost name and 绩效目标 target column, in a loop: this runs for every header, and mostly finds neither.
  let name: number | undefined;
  let caption: number | undefined;
  for (const c of colRole.cols) {
    const role = colRole.get(c);
    if (role === "name" && (name === undefined || c < name)) name = c;
    if (role === "target" && (caption === undefined || c < caption) && GOAL_CATEGORY_COLUMN.test(labelKey(labels, c)))
      caption = c;
  }
  if (name === undefined || caption === undefined || caption > name) return;
  const cols = ascending([...colRole.cols]);
  if (!cols.some((c) => c > name && colRole.get(c) === "target")) return;
  if (goalTextBelow(grid, row, caption)) {
    colRole.delete(caption);
    return;
  }
  if (cols.some((c) => colRole.get(c) === "level2")) return;
  colRole.set(caption, "level1");
  for (const c of cols) if (c > caption && c < name && colRole.get(c) === "level1") colRole.set(c, "level2");
}

/**
 * The first text under a header cell (within a few rows: a second header row may come first) is a goal's sentence,
 * not a category: a category is a level's few characters (投入, 产出, 满意度指标, 成本目标).
 */
function goalTextBelow(grid: SheetGrid, row: number, col: number): boolean {
  for (let r = row + 1; r <= Math.min(grid.bottom, row + 3); r++) {
    const master = grid.master(r, col);
    if (master.row < r && master.row <= row) continue;
    const text = grid.text(master.row, master.col).replace(/\s+/g, "");
    if (text) return text.length > GOAL_CATEGORY_MAX || !GOAL_CATEGORY_TEXT.test(text);
  }
  return false;
}
const GOAL_CATEGORY_MAX = 10;

/** The normalised label of a header column ("" when it has none). */
function labelKey(labels: ByColumn<string>, c: number): string {
  return normalizeLabel(labels.get(c) ?? "").key;
}

/** Numbers in ascending order (they mostly are already: then no sort, which allocates its work space). */
function ascending(numbers: number[]): number[] {
  for (let i = 1; i < numbers.length; i++) if (numbers[i - 1] > numbers[i]) return numbers.sort((a, b) => a - b);
  return numbers;
}

/** A column the header understood: a role, a project column or a tick box of a group. */
function isKnownColumn(
  c: number,
  colRole: ByColumn<IndicatorColumn>,
  projectColumns: Partial<Record<ProjectColumn, number>>,
  groups: Partial<Record<GroupRole, GroupMember[]>>,
): boolean {
  if (colRole.has(c)) return true;
  for (const role in projectColumns) if (projectColumns[role as ProjectColumn] === c) return true;
  for (const role in groups) for (const m of groups[role as GroupRole]!) if (m.col === c) return true;
  return false;
}

/** Roles that describe the indicator itself: taken from the block of the chosen target column. */
const TARGET_BLOCK_ROLES: IndicatorColumn[] = ["level1", "level2", "name", "description", "sign", "unit"];

/**
 * One column per role. With two target columns (实施周期指标值 | 当年度指标值, or 中期 and 年度 blocks side by
 * side) the annual one wins — not marked long-term, else the rightmost — and the name and levels are the
 * ones nearest left of it. With several weight columns, the indicator's is the first right of its name.
 */
function chooseColumns(
  candidates: Partial<Record<IndicatorColumn, number[]>>,
  labels: ByColumn<string>,
): Partial<Record<IndicatorColumn, number>> {
  const columns: Partial<Record<IndicatorColumn, number>> = {};
  const targets = candidates.target ?? [];
  // The last annual target column, else the last one (a loop: most headers have one target column).
  let target = targets.at(-1);
  for (let i = targets.length - 1; i >= 0; i--) {
    if (labelSays(LONG_TERM_COLUMN, labels.get(targets[i]))) continue;
    target = targets[i];
    break;
  }
  for (const key in candidates) {
    const role = key as IndicatorColumn;
    const cols = candidates[role]!;
    if (role === "target") columns.target = target;
    else if (target !== undefined && TARGET_BLOCK_ROLES.includes(role)) columns[role] = lastLeftOf(cols, target);
    else columns[role] = cols[0];
  }
  // 一级指标 | 权重 | 二级指标 | 分值 | 三级指标 | 目标值 | 分值 (海关 绩效评价表): weights left of the names are the levels';
  // the indicator's own is the first right of its name.
  const weights = candidates.weight;
  const name = columns.name;
  if (weights && weights.length > 1 && name !== undefined) columns.weight = weights.find((c) => c > name) ?? weights[0];
  return columns;
}

/**
 * The header read through another of its target columns (中期 and 年度 blocks side by side, each 二级 | 三级 | 指标值),
 * the name and levels again the ones nearest left of it: readWorkbook tries the others, right to left, when the block
 * chooseColumns picked holds no indicator. None for one target column, per-region, per-year or paired headers.
 */
export function otherBlockHeaders(header: IndicatorHeader): IndicatorHeader[] {
  const targets = header.allColumns.target ?? [];
  if (targets.length < 2 || header.regions.length > 0 || header.years.length > 0 || header.pair || header.grades)
    return [];
  const others: IndicatorHeader[] = [];
  for (let i = targets.length - 1; i >= 0; i--) {
    const target = targets[i];
    if (target === header.columns.target) continue;
    const columns = { ...header.columns, target };
    for (const role of TARGET_BLOCK_ROLES) {
      const cols = header.allColumns[role];
      if (cols && cols.length > 1) columns[role] = lastLeftOf(cols, target);
    }
    const { originalTarget: _, ...rest } = header;
    others.push({ ...rest, columns });
  }
  return others;
}

/** The last of the columns (left to right) left of `col`, else the first. */
function lastLeftOf(cols: number[], col: number): number {
  let found = cols[0];
  for (const c of cols) if (c < col) found = c;
  return found;
}

/**
 * The columns between two pieces of a header row are empty on the header's rows: the header row, and its second row
 * when it has one (`lastRow`: a label there heads a column of its own). Not below it: a note the clerk typed in the
 * inserted column beside an indicator is no label.
 */
function blankGap(grid: SheetGrid, before: number, after: number, row: number, lastRow = row): boolean {
  for (let c = before + 1; c < after; c++)
    for (let r = row; r <= Math.min(lastRow, grid.bottom); r++)
      if (!grid.isEmpty(r, c) || grid.merge(r, c)) return false;
  return true;
}

/**
 * The header as the table of one region sees it: that region's target column and, when the header has one
 * per region, its own actual / forecast / score / reason / likelihood columns (paired by order). A role with
 * another number of columns than regions is not read (a column cannot be given to the wrong region); the
 * roles so dropped are returned to be reported.
 */
export function regionHeader(header: IndicatorHeader, index: number): { header: IndicatorHeader; unpaired: number[] } {
  const columns = { ...header.columns, target: header.regions[index].col };
  const unpaired: number[] = [];
  for (const role of PER_REGION_ROLES) {
    const cols = header.allColumns[role] ?? [];
    if (cols.length === header.regions.length) columns[role] = cols[index];
    else if (cols.length > 0) {
      delete columns[role];
      unpaired.push(...cols);
    }
  }
  return { header: { ...header, columns }, unpaired };
}

/**
 * The header as the table of its second indicator sees it (`PairColumns`): the pair's name, target and actual, the
 * same levels; no weight or score (the row's points are the other indicator's).
 */
export function pairHeader(header: IndicatorHeader, pair: PairColumns): IndicatorHeader {
  const { level1, level2 } = header.columns;
  const columns: Partial<Record<IndicatorColumn, number>> = { name: pair.name, target: pair.target };
  if (level1 !== undefined) columns.level1 = level1;
  if (level2 !== undefined) columns.level2 = level2;
  if (pair.actual !== undefined) columns.actual = pair.actual;
  const allColumns: Partial<Record<IndicatorColumn, number[]>> = {};
  for (const [role, col] of Object.entries(columns)) allColumns[role as IndicatorColumn] = [col];
  const { pair: _own, ...rest } = header;
  return { ...rest, columns, allColumns, groups: {}, unknown: [] };
}

/**
 * The header as a table of `year` sees it: the target column dated `year`, when the header has one per year; else
 * null (no stated year, or none of the columns is of that year).
 */
export function yearHeader(header: IndicatorHeader, year: number | null): IndicatorHeader | null {
  const own = header.years.find((y) => y.year === year);
  if (!own) return null;
  const columns = { ...header.columns, target: own.col };
  // The indicator's own columns are the ones nearest left of its target, as for any other chosen target column.
  for (const role of TARGET_BLOCK_ROLES) {
    const cols = header.allColumns[role];
    if (cols) columns[role] = lastLeftOf(cols, own.col);
  }
  return { ...header, columns };
}

/** A row that may hold an indicator header: one cell mentions 指标 and one is a column label. */
function mayHoldHeader(grid: SheetGrid, row: number): boolean {
  // A column label first: most rows have none (indicator rows mention 指标 in their 二级, 数量指标 …, but label no
  // column), and the grid knows so per row, no walk over the cells.
  if (!grid.rowHas(row, COLUMN_LABEL)) return false;
  const cols = grid.cellsOfRow(row);
  // Every name-column word (三级指标, 指标名称, 指标内容 …) contains 指标.
  for (let i = 0; i < cols.length; i++) if (grid.cell(row, cols[i]).mentionsIndicator) return true;
  return false;
}

/**
 * The indicator headers of a sheet, top to bottom, left to right, found as far down as the reader asks: a header is
 * read into its table soon after it is found, so what only finding it needs dies young (found all at once, the
 * headers of 1,000 tables outlived several collections and were copied into the old generation on every check).
 */
export class HeaderScan {
  /** The headers found so far, in reading order (the reader may put a header's place in its stead once read). */
  readonly found: HeaderPlace[] = [];
  /** The first row not scanned yet. */
  private next: number;

  constructor(private readonly grid: SheetGrid) {
    this.next = grid.top;
  }

  /** The index-th header (scanning on until it is found), or undefined when the sheet has fewer. */
  at(index: number): IndicatorHeader | undefined {
    while (this.found.length <= index && this.next <= this.grid.bottom) this.scanRow();
    return this.found[index] as IndicatorHeader | undefined;
  }

  /** Scans on until every header starting on `row` or above it is found. */
  through(row: number): void {
    while (this.next <= row && this.next <= this.grid.bottom) this.scanRow();
  }

  /** The headers starting on the next row (its rows skipped when it holds one). */
  private scanRow(): void {
    const grid = this.grid;
    const r = this.next;
    let consumedUntil = r;
    if (mayHoldHeader(grid, r)) {
      const segments = segmentsOfRow(grid, r)
        .flatMap(([left, right]) => splitAfterOurs(grid, r, left, right))
        .flatMap(([left, right]) => splitAtRestart(grid, r, left, right));
      // Whether each segment made (or joined) a header: only pieces that made none may join the header on their right.
      const made: boolean[] = [];
      for (let i = 0; i < segments.length; i++) {
        const [left, right] = segments[i];
        const start = i;
        let header = headerAt(grid, r, left, right);
        // An empty column the user inserted between header columns splits the row: join the pieces again
        // when neither is a header alone (tables side by side are each a header alone, and stay apart).
        for (
          let j = i + 1;
          !header && j < segments.length && blankGap(grid, segments[j - 1][1], segments[j][0], r);
          j++
        ) {
          if (headerAt(grid, r, segments[j][0], segments[j][1])) break;
          const joined = headerAt(grid, r, left, segments[j][1]);
          const gaps = segments.slice(i, j).map((s, k) => [s[1], segments[i + k + 1][0]] as const);
          if (joined && gaps.every(([before, after]) => blankGap(grid, before, after, r, joined.lastRow))) {
            header = joined;
            i = j;
          }
        }
        // The same gap with the header's right part a header alone (一级 | 二级 ‖ 三级 | 指标值): each piece on its
        // left joins it, nearest first, when it holds only column labels the header lacks (a table beside it would have
        // a name) — 一级 ‖ 二级 ‖ 三级 | 指标值 when columns were inserted for the tables above and below.
        if (header && i === start) {
          let whole: IndicatorHeader = header;
          for (let k = i; k > 0 && !made[k - 1]; k--) {
            const [pieceLeft, pieceRight] = segments[k - 1];
            const nextLeft = segments[k][0];
            if (!blankGap(grid, pieceRight, nextLeft, r)) break;
            const joined = levelsOnly(grid, r, pieceLeft, pieceRight, whole)
              ? headerAt(grid, r, pieceLeft, whole.right)
              : null;
            if (!joined || !blankGap(grid, pieceRight, nextLeft, r, joined.lastRow)) break;
            whole = joined;
          }
          header = whole;
        }
        // Two headers alone are one when the block above them spans the gap (a merged area over it: Excel widens
        // one when a column is inserted through it); tables side by side have the gap empty up to their tops.
        while (
          header &&
          i + 1 < segments.length &&
          blankGap(grid, segments[i][1], segments[i + 1][0], r) &&
          bridgedAbove(grid, r, segments[i][1], segments[i + 1][0])
        ) {
          const joined = headerAt(grid, r, header.left, segments[i + 1][1]);
          if (!joined || !blankGap(grid, segments[i][1], segments[i + 1][0], r, joined.lastRow)) break;
          header = joined;
          i++;
        }
        // A piece right of the header across an empty column, holding only column labels the header lacks (符号 |
        // 指标值 ‖ 单位: a column inserted for another table on the sheet), is the header's too: no header alone.
        while (
          header &&
          i + 1 < segments.length &&
          blankGap(grid, segments[i][1], segments[i + 1][0], r) &&
          levelsOnly(grid, r, segments[i + 1][0], segments[i + 1][1], header) &&
          !headerAt(grid, r, segments[i + 1][0], segments[i + 1][1])
        ) {
          const joined = headerAt(grid, r, header.left, segments[i + 1][1]);
          if (!joined || !blankGap(grid, segments[i][1], segments[i + 1][0], r, joined.lastRow)) break;
          header = joined;
          i++;
        }
        for (let k = start; k <= i; k++) made[k] = header !== null;
        if (header) {
          this.found.push(header);
          consumedUntil = Math.max(consumedUntil, header.lastRow);
        }
      }
    }
    this.next = consumedUntil + 1;
  }
}

/**
 * A run of filled cells split where our block's headers end and another table's header begins (each side a header
 * alone): the clerk pasted a goal table right of our block, in the empty columns our block had filled. Read as one
 * run, the two tables were one (the pasted table's columns taken over the first's, our block read as its).
 */
function splitAfterOurs(grid: SheetGrid, row: number, left: number, right: number): [number, number][] {
  for (let c = left + 1; c <= right; c++) {
    if (!grid.isOurHeader(row, c - 1) || grid.isOurHeader(row, c) || (grid.merge(row, c - 1)?.right ?? c - 1) >= c)
      continue;
    if (headerAt(grid, row, c, right) && headerAt(grid, row, left, c - 1))
      return [[left, c - 1], ...splitAfterOurs(grid, row, c, right)];
  }
  return [[left, right]];
}

/**
 * A run of filled cells split where the header starts over under a project of its own: two goal tables side by side
 * with no empty column between (甲 | 乙, each 项目名称 … over 一级指标 … 指标值). The honest signals, all three: the
 * label at the split repeats the role of the run's first label, each side is a header alone, and each side has a
 * 项目名称 label of its own in the rows right above. One project's 中期 | 年度 blocks side by side share one 项目名称.
 */
function splitAtRestart(grid: SheetGrid, row: number, left: number, right: number): [number, number][] {
  // The run's first column label (a side label merged down the left edge, 绩效指标, labels no column).
  const cols = grid.cellsOfRow(row, left, right);
  const at = cols.findIndex((c) => grid.cell(row, c).column !== null);
  if (at < 0) return [[left, right]];
  const first = grid.cell(row, cols[at]).column;
  for (let k = at + 1; k < cols.length; k++) {
    if (grid.cell(row, cols[k]).column !== first) continue;
    // The side label merged down the right table's edge (its 绩效指标) goes with it.
    let j = k;
    while (j - 1 > at && grid.cell(row, cols[j - 1]).column === null) j--;
    const c = cols[j];
    if ((grid.merge(row, c - 1)?.right ?? c - 1) >= c) continue;
    if (!namedAbove(grid, row, left, c - 1) || !namedAbove(grid, row, c, right)) continue;
    if (headerAt(grid, row, left, c - 1) && headerAt(grid, row, c, right))
      return [[left, c - 1], ...splitAtRestart(grid, row, c, right)];
  }
  return [[left, right]];
}

/** A 项目名称 label between the two columns on a row of the block right above `row` (the rows up to the first empty one). */
function namedAbove(grid: SheetGrid, row: number, left: number, right: number): boolean {
  for (let r = row - 1; r >= grid.top && grid.cellsOfRow(r).length > 0; r--)
    for (const c of grid.cellsOfRow(r, left, right)) if (grid.cell(r, c).headerRole === "name") return true;
  return false;
}

/**
 * A merged area on a row of the block right above `row` (the rows up to the first empty one) reaches over the
 * columns between `before` and `after`.
 */
function bridgedAbove(grid: SheetGrid, row: number, before: number, after: number): boolean {
  for (let r = row - 1; r >= grid.top && grid.cellsOfRow(r).length > 0; r--) {
    const m = grid.merge(r, before + 1);
    if (m && m.left <= before && m.right >= after) return true;
  }
  return false;
}

/**
 * The piece labels columns the header has not (一级指标, 二级指标), and none it has: what is left of it is no table
 * of its own (its other cells are side labels such as 绩效指标 merged down the table). A weight beside a level (检验检疫
 * 评价表: 一级指标 | 权重 | 二级指标 | 分值 ‖ 三级指标 … 分值) is that level's, though the header has a 分值 of its own.
 */
function levelsOnly(grid: SheetGrid, row: number, left: number, right: number, header: IndicatorHeader): boolean {
  let labels = 0;
  // A level or name the header has only right of its first target is a later block's (中期 | 年度 side by side, each
  // 二级 | 三级 | 指标值, a column inserted inside the first): the first target's own is still lacking, and the piece's.
  const firstTarget = header.allColumns.target?.[0] ?? -1;
  const laterOnly = (role: IndicatorColumn) =>
    (role === "level1" || role === "level2" || role === "name") &&
    (header.allColumns[role] ?? []).every((c) => c > firstTarget);
  for (const c of grid.cellsOfRow(row, left, right)) {
    const role = grid.cell(row, c).column;
    if (role === null || role === "weight") continue;
    // 绩效目标 over the goal's categories (GOAL_CATEGORY_COLUMN) is the 一级 of a header with its target elsewhere.
    const category =
      role === "target" && header.columns.level2 === undefined && GOAL_CATEGORY_COLUMN.test(grid.label(row, c).key);
    if (header.columns[role] !== undefined && !laterOnly(role) && !category) return false;
    labels++;
  }
  return labels > 0;
}

/** Where a header stands: what the reader asks of the sheet's other headers. */
export type HeaderPlace = Pick<IndicatorHeader, "row" | "left" | "right">;
