/**
 * Shared types of the pure core. Everything here is plain data (JSON-serialisable),
 * so a snapshot taken by Office.js or ExcelJS and the findings built from it can cross
 * any boundary (task pane, worker, CLI --json) unchanged.
 *
 * Coordinates are 0-based absolute sheet coordinates (row 0 = Excel row 1, col 0 = column A).
 * Dates are ISO strings `YYYY-MM-DD`. Percentages are in percent units (90 means 90 %).
 */

import type { Message } from "./locale/messages";
import type { MisplacedRow } from "./plan/misplaced";

// ───────────────────────────── Snapshot (what a host reads) ─────────────────────────────

/** An Excel error value such as `#VALUE!` or `#N/A`. */
export interface CellError {
  error: string;
}

/** A raw cell value as both Office.js and ExcelJS give it. Dates are Excel serial numbers. */
export type CellValue = number | string | boolean | CellError | null;

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Where a chart series draws its values from: one range (its sheet and cells); null: no range of this workbook (a list
 * typed in, another workbook's cells); undefined: not read (Excel below ExcelApi 1.15) or in a form not understood.
 */
export type SeriesValues = { sheet: string; range: CellRange } | null | undefined;

/** One series of a chart on the sheet (SheetSnapshot.chartSeries). */
export interface ChartSeries {
  chart: string;
  name: string;
  values: SeriesValues;
  /**
   * The values the series draws, as the host gives them (Excel's ChartSeries.getDimensionValues, ExcelApi 1.12), where
   * its source was not read (below ExcelApi 1.15): they tell a series named as ours over the clerk's cells
   * (summary.ts drawsRun). Absent: not read.
   */
  drawn?: string[];
}

export interface SheetSnapshot {
  name: string;
  /**
   * The host's stable identity of the sheet, which survives a rename: sheetId in an .xlsx (xl/workbook.xml),
   * Worksheet.id in Excel, the code name in WPS (Worksheet.CodeName, when no other sheet has it). Undefined where the
   * host has none: the name is then the only identity.
   */
  id?: string;
  /** Absolute position of values[0][0] (the used range's top-left corner). */
  originRow: number;
  originCol: number;
  /**
   * Raw values of the used range, row-major. Sparse: rows may be ragged (missing = null) and a row holding nothing may
   * be absent (a hole, undefined), so a sheet costs the cells it holds, not its extent (a table at A1:N30 and a stray
   * value at A1048576 are 31 rows, not a million). Walk rows with `forEachRow`, never `for` over `length` (nor
   * for…of, find: they visit holes); index a row with `?.`. (Typed without the holes so that tests may build and edit
   * snapshots plainly; typed with them, `tsc` lists every reader of the rows in src, all of which take holes.)
   */
  values: CellValue[][];
  /** Number formats, same shape as values (missing = "General"); a row may be a hole, also where values has none. */
  numberFormats?: (string | null)[][];
  /** Formulas without the leading "=", same shape as numberFormats (missing/null = no formula). */
  formulas?: (string | null)[][];
  /** Merged areas, absolute coordinates. */
  merges: CellRange[];
  /** Hidden sheets are still read (users hide finished tables), but the marks sheet is skipped. */
  hidden?: boolean;
  /**
   * Protected (审阅 → 保护工作表): Excel and WPS refuse writes to its cells. A check writes nothing into it, its tables
   * are still judged and listed on the summary (core/plan/context.ts push).
   */
  protected?: boolean;
  /**
   * Very hidden (hidden is true too): only code makes or shows such a sheet, the clerk cannot unhide it from the
   * sheet tabs. Its cells are read (the plan must see what is there) but no table is read on it and nothing is
   * written there: a finding the clerk cannot reach, in a sheet they cannot see, is no use (readWorkbook says so).
   */
  veryHidden?: boolean;
  /**
   * The notes (legacy comments) on the sheet, absolute coordinates, any order. A later run touches only notes
   * whose text is one it wrote (core/plan/notes.ts): a note the user wrote or edited stays.
   */
  notes?: SheetNote[];
  /** The Excel tables (Insert → Table: ListObjects) on the sheet. */
  tables?: SheetTable[];
  /**
   * Names of what is drawn on the sheet (插入 → 图片 / 形状 / 文本框 / 图表: pictures, shapes, text boxes, charts), ours
   * among them (Marks.charts), a name once; absent: none. Clear marks
   * keeps a sheet we made that holds one of the clerk's (buildPlan.ts).
   */
  shapes?: string[];
  /**
   * The series of the charts on the sheet: each one's chart, name and where its values are drawn from (SeriesValues).
   * Clear marks keeps a chart of ours holding a series of the clerk's, and its sheet (buildPlan.ts clearPlan; review60:
   * deleted with them before). Absent: none, or the host draws no chart (WPS).
   */
  chartSeries?: ChartSeries[];
  /**
   * Cells with a fill, bold or a border, read only where Clear marks asks (the sheets an earlier run made: may such a
   * sheet be deleted, or does it hold the clerk's formatting?). Undefined where not read.
   */
  looks?: CellLook[];
  /**
   * Drop-down lists (list data validations): where, and their list as written ("能,不能,待定"). The xlsx reader gives
   * every one; Excel's and WPS's only those on the cells of our list columns (listCellsNow, and where a first plan
   * sets ours: unreadListCells). A list of ours the user edited is theirs.
   */
  validations?: SheetValidation[];
  /**
   * The sheet's print area (页面布局 → 打印区域; the defined name _xlnm.Print_Area), its rectangles; absent: none, or
   * the host did not read it. Only read: it is the clerk's (core/plan/printArea.ts).
   */
  printArea?: CellRange[];
  /**
   * What the clerk did to the rows of a sheet an earlier run made (the summary: sheetsWeMade; WPS reads the summary's
   * alone, summariesWeMade), which stays on the row while its contents would move: read by each host on those sheets
   * only; absent: not read (none known).
   */
  rowMarks?: RowMarks;
  /**
   * The formulas of the sheet's conditional-format rules of a formula (Excel: custom; a file's expression rules), as
   * the host reads them; undefined where the host read none (WPS). Tells the plan that a rule of ours was deleted.
   */
  ruleFormulas?: string[];
  /**
   * Beside ruleFormulas, each rule's cells (null: not read) and look in the host's own form (text the plan keeps and
   * gives back, never reads: Marks.ruleLooksOwed); undefined where the host read none (Excel, a file).
   */
  ruleLooks?: { ranges: CellRange[] | null; look: string }[];
}

/**
 * Rows hidden (by hand, or by a filter: 数据 → 筛选), rows with a fill on a cell (a highlight), rows with a cell whose
 * font is marked — a colour other than the automatic black, or bold (red or bold text: the clerk's other highlights; we
 * colour no cell's font, and make bold only our header rows, above the projects) —, rows whose height is not the sheet's
 * standard one (开始 → 格式 → 行高, or a row's edge dragged: we set no row's height) — all absolute, and whether an
 * AutoFilter is on the sheet (its buttons and criteria stay where they are whatever moves under them).
 */
export interface RowMarks {
  hidden: number[];
  filled: number[];
  font: number[];
  sized: number[];
  /**
   * Rows in an outline group (数据 → 创建组: the file's row outlineLevel above 0, WPS's Range.OutlineLevel above 1, "第一级为
   * 最外层的摘要级"), by depth: grouped[k] the rows in k + 1 groups or more — a group inside the list's own stays a mark of
   * its rows (review61a). The Excel add-in reads none (no Office.js member reads a row's level: Range.group only sets one).
   */
  grouped: number[][];
  /**
   * Rows with a bordered cell (开始 → 边框 on one row): the file's cell format with a border edge (CLI), a cell's edge of
   * a style other than "None" in Range.getCellProperties' format.borders (Excel, ExcelApi 1.9), the row's own top,
   * bottom, left, right or inside vertical edge of a line style other than xlLineStyleNone (WPS's Range.Borders.Item).
   */
  bordered: number[];
  filter: boolean;
}

/** A cell's look as Clear marks weighs it: its solid fill (6-digit hex, upper-case) or null, bold, any border. */
export interface CellLook {
  row: number;
  col: number;
  fill: string | null;
  bold: boolean;
  border: boolean;
}

export interface SheetValidation {
  range: CellRange;
  list: string;
  /**
   * Saved in the sheet's <extLst> as <x14:dataValidation> (the xlsx reader; [MS-XLSX] 2.6.5): never one of ours, whose
   * lists the checked copy writes as <dataValidation>, whatever its text.
   */
  extension?: true;
}

/**
 * An Excel table on a sheet. Its header row holds the column names, which Excel keeps unique and never empty (a
 * header cell emptied gets a made-up name; in a file, a header cell that differs from its column's name is repaired
 * away), and its totals row Excel's totals: the add-in writes and clears neither (core/plan/sheetContents.ts).
 */
export interface SheetTable {
  name: string;
  /** Its header row (absolute coordinates), null when not shown. */
  header: CellRange | null;
  /** Its totals row, null when not shown (or not known: Excel's reader reads header rows only). */
  totals: CellRange | null;
}

export interface SheetNote {
  row: number;
  col: number;
  text: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** JSON text of the add-in's own marks from an earlier run (see core/plan), or null. */
  marks?: string | null;
  /** JSON text of the settings stored in the workbook, or null. */
  settings?: string | null;
  /**
   * The record sheet's name when it is not MARKS_SHEET: someone renamed it (by code — a very hidden sheet has no
   * tab), and the host found it by what it holds (marks.ts isRecordRow). The plan writes the record there.
   */
  marksSheet?: string;
  /**
   * The record sheet is one a run added and could not hide, left shown and empty (recordSheet.ts halfAdded): the next
   * check deletes it and adds it again very hidden, Clear marks deletes it.
   */
  halfAddedRecord?: true;
  /**
   * The workbook's defined names (公式 → 名称管理器), every scope. Absent: the host did not read them (then the names
   * our record lists are taken as ours, as before 2026-12: core/plan/definedNames.ts).
   */
  names?: DefinedName[];
  /**
   * The workbook counts dates from 1904-01-01 (Excel for Mac's 1904 date system: ECMA-376 Part 1, 18.2.28
   * workbookPr date1904): its date serials are DATE1904_OFFSET days lower. Core turns serials into dates and back
   * with it (core/dates.ts serialToIso, isoToSerial); absent: the 1900 system.
   */
  date1904?: boolean;
}

/** A defined name as the host reads it. */
export interface DefinedName {
  name: string;
  /** The sheet it is scoped to; absent: the whole workbook. */
  sheet?: string;
  /** What it refers to, as the host gives it, with or without the leading "=": '封面'!$B$2, #REF!$B$3, 0.5. */
  refersTo: string;
}

/** A sheet's rows of cells as they are (SheetSnapshot.values): a row holding nothing may be a hole. */
export type SheetRows<T> = (T[] | undefined)[];

/**
 * Each row present, top to bottom, with its offset from the origin: holes skipped at the cost of the rows present, not
 * of the array's length (a sparse array a million long is in V8's dictionary mode, where forEach asks every index).
 */
export function forEachRow<R extends readonly unknown[]>(
  rows: readonly (R | undefined)[] | undefined,
  visit: (row: R, r: number) => void,
): void {
  if (!rows) return;
  if (rows.length <= DENSE_ROWS) {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (row !== undefined) visit(row, r);
    }
    return;
  }
  // Object.keys lists an array's indices in ascending order (ECMA-262 OrdinaryOwnPropertyKeys).
  for (const key of Object.keys(rows)) {
    const r = Number(key);
    const row = rows[r];
    if (Number.isInteger(r) && row !== undefined) visit(row, r);
  }
}

/**
 * A row up to this long is walked index by index. A longer one may have holes (a value at XFD beside a table: a row
 * 16,384 long holding 9 cells, made by sparseRow) and is walked by the indices it holds (heldColumns).
 */
export const WIDE_ROW = 64;

/**
 * The offsets a walk of `row` (and of `also`, the same row's formulas) visits: null when both are at most WIDE_ROW
 * long (visit every index below the longer's length), else the indices present in either, ascending — at the cost of
 * the cells held, where a loop to the length or forEach (which asks every index of an array in dictionary mode) costs
 * the row's width.
 */
export function heldColumns(row: readonly unknown[], also?: readonly unknown[]): number[] | null {
  if (row.length <= WIDE_ROW && (also === undefined || also.length <= WIDE_ROW)) return null;
  const out = indicesOf(row);
  if (also === undefined || also.length === 0) return out;
  return [...new Set([...out, ...indicesOf(also)])].sort((a, b) => a - b);
}

/** An array's indices present, ascending (Object.keys lists them so: ECMA-262 OrdinaryOwnPropertyKeys). */
function indicesOf(row: readonly unknown[]): number[] {
  const out: number[] = [];
  for (const key of Object.keys(row)) {
    const c = Number(key);
    if (Number.isInteger(c)) out.push(c);
  }
  return out;
}

/** Each cell present in a row (holes skipped), left to right, with its offset: at the cost of the cells held. */
export function forEachCell<T>(row: readonly T[], visit: (value: T, c: number) => void): void {
  const cols = heldColumns(row);
  const n = cols ? cols.length : row.length;
  for (let k = 0; k < n; k++) {
    const c = cols ? cols[k] : k;
    const value = row[c];
    if (value !== undefined) visit(value, c);
  }
}

/**
 * An empty row `width` long whose memory follows the cells put in it: a reader's row holding a few cells far apart
 * (a table's and one at XFD). A first element set 1,024 or more beyond a fresh array's capacity makes V8 keep the
 * elements in a dictionary (JSObject::kMaxGap) and setting the length back keeps them there; `new Array(width)` or
 * a length set on an empty array allocates the width (8 bytes a cell: 128 kB a row to XFD, or a ZZ row 5.6 kB).
 * Walk it with forEachCell / heldColumns.
 */
function sparseRow<T>(width: number): T[] {
  const row: T[] = [];
  row[width + SPARSE_GAP] = undefined as T;
  row.length = width;
  return row;
}

const SPARSE_GAP = 2048;

/**
 * A reader's row `width` long with no cell set yet, for a sheet laid out by the cells it holds (wider than
 * DENSE_CELLS): nulls up to WIDE_ROW, sparse beyond (sparseRow), so each row costs the cells put in it.
 */
export function emptyRow<T>(width: number): (T | null)[] {
  return width <= WIDE_ROW ? new Array<T | null>(width).fill(null) : sparseRow<T | null>(width);
}

/**
 * The cells whose looks Clear marks reads on a sheet laid out by its cells held (SheetSnapshot.looks): on each row the
 * snapshot holds, every column across its rows up to WIDE_ROW long, and a wider row's cells held beyond (a value at
 * XFD on each of many rows is one more cell a row, not 16,384). Absolute coordinates, row by row.
 */
export function cellsToLook(sheet: Pick<SheetSnapshot, "values" | "originRow" | "originCol">): CellKeyed[] {
  let width = 0;
  forEachRow(sheet.values, (row) => row.length <= WIDE_ROW && (width = Math.max(width, row.length)));
  const out: CellKeyed[] = [];
  forEachRow(sheet.values, (cells, r) => {
    const row = sheet.originRow + r;
    for (let c = 0; c < width; c++) out.push({ row, col: sheet.originCol + c });
    if (cells.length > width)
      forEachCell(cells, (v, c) => c >= width && v !== null && out.push({ row, col: sheet.originCol + c }));
  });
  return out;
}

/** A cell by its absolute row and column. */
interface CellKeyed {
  row: number;
  col: number;
}

/** The cells of a sheet holding a value or a formula (what MAX_HELD_CELLS counts), at the cost of the cells held. */
export function heldCellCount(sheet: Pick<SheetSnapshot, "values" | "formulas">): number {
  let held = 0;
  const isHeld = (v: CellValue | undefined) => v !== null && v !== undefined && v !== "";
  forEachRow(sheet.values, (row, r) => {
    forEachCell(row, (v) => (held += Number(isHeld(v))));
    // A formula whose cell holds no value (none cached) counts too.
    forEachCell(sheet.formulas?.[r] ?? [], (f, c) => (held += Number(!!f && !isHeld(row[c]))));
  });
  return held;
}

/** Up to this many rows, forEachRow looks at each index (cheaper than listing the keys of a dense array). */
const DENSE_ROWS = 100_000;

/** Name of the very hidden sheet where the add-in keeps its marks and settings. */
export const MARKS_SHEET = "_PerfTargets";

/**
 * A summary's row marks before any is read (each host fills them from its own calls; summary.ts summaryRows weighs
 * them): one home for their fields, which the CLI, Excel and WPS reads each spelled out (duplicates D2, hosts62).
 */
export const noRowMarks = (filter: boolean): RowMarks => ({
  hidden: [],
  filled: [],
  font: [],
  sized: [],
  grouped: [],
  bordered: [],
  filter,
});

/** A sheet with no used range, as every host's reader gives it: its name, id and visibility, nothing in it. */
export function emptySheetSnapshot(
  sheet: Pick<SheetSnapshot, "name" | "id" | "hidden" | "veryHidden">,
  merges: CellRange[] = [],
): SheetSnapshot {
  return { ...sheet, originRow: 0, originCol: 0, values: [], numberFormats: [], formulas: [], merges };
}

// ───────────────────────────── Targets (指标值) ─────────────────────────────

export type Comparator = ">=" | ">" | "=" | "<" | "<=" | "between";

export type TargetKind =
  | "number" // ≥90%, 86人, ≤1.8%
  | "range" // 90%-95%
  | "change" // 提高10%, 下降3% (value signed: +10 / -3, relative to last year)
  | "date" // 2024年12月31日, 年底前 (deadline: done on or before `date`)
  | "duration" // 7日内, 3个月以内 (value + unit, op "<=")
  | "period" // 2023.07-2024.01 (start .. date)
  | "qualitative" // 及时保障, 有所提升
  | "missing" // empty, **人, 指标2, ……
  | "unknown"; // could not be understood; `reason` says why

export interface ParsedTarget {
  kind: TargetKind;
  /** Comparator; null for qualitative / missing / unknown. */
  op: Comparator | null;
  /** True when the comparator was written (sign, word, sign column, 反向) rather than inferred. */
  opExplicit: boolean;
  /** The number (low end for ranges; signed change for "change"); null when none. */
  value: number | null;
  /** High end of a range. */
  high?: number;
  /** Unit as written or from the unit column: "%", "‰", "人", "万元", "日", "个月", "工作日" … */
  unit: string | null;
  /**
   * A number without a unit under 成本指标 or a name of money (补助资金 ≥40): in the table's money unit, so a 万 typed
   * after the actual is 万元 (45万 against ≤50 is 45), not ten thousand of it.
   */
  money?: true;
  /**
   * A percentage under a name of growth (增长率, 同比提高, 倍: GROWTH_NAME_WORDS): it may pass 100 % many times over, so an
   * actual of 1500 % is no slip (9500 against another ≥90% is: actual.not-a-percent).
   */
  growth?: true;
  /**
   * A percentage under a name of a share of a whole (满意度, 合格率, 覆盖率: SHARE_OF_WHOLE_NAME): it cannot pass 100 %, so
   * an actual of 950 % is a slip, said, not 超额 (actual.over-whole).
   */
  whole?: true;
  /**
   * A count under a name of a change (净增户数, 人口自然增长: MAY_FALL_NAME): an actual below 0 is a real fall, judged,
   * not a slip (actual.negative).
   */
  mayFall?: true;
  /**
   * A number under a name of a change (能耗下降率, 增长率, 节约额: CHANGE_NAME) or of things added (新增就业岗位,
   * 带动就业人数: NEW_THINGS_NAME), or whose cell names a change (≥5%（同比增长）):
   * a change typed against it (下降6%) answers it; against any other level (预算执行率 ≥90%) a change is no level
   * (actual.not-done, verdict55b).
   */
  changeName?: true;
  /**
   * A changeName pointing to a fall (能耗下降率 ≥5%, ≥5%（同比下降）: FALL_NAME): a change typed with its word is that
   * fall, 下降6% is 6 and 上升6% −6 (verdict56: 下降6% was −6, red).
   */
  changeFall?: true;
  /**
   * A number under a name of a gap (资金缺口, 差距: GAP_WORDS): a gap typed against it (缺口5万元) is its value, not
   * a shortfall of the amount done (verdict57: not judged before).
   */
  gapName?: true;
  /**
   * The indicator's own name (TargetContext.name) under a number target: a bare number after it (差错率0) is its value,
   * after another name (回收率95 under 满意度, 未培训人数120 under 培训人数) it is not (review57b).
   */
  measure?: string;
  /**
   * A deadline dated beside a 定性 sign (reader69): the table marks the row qualitative, so a clerk answers it as one — a
   * whole 100 % or 达到预期 is 达成 there, as it was before the date was read (review69).
   */
  qualitativeSign?: true;
  /** Deadline (date kind) or period end (period kind), ISO. */
  date?: string;
  /** Period start, ISO. */
  start?: string;
  /** Normalised display text, e.g. "≥ 90%", "≤ 1.8%", "86 人", "2024-12-31 前". */
  normalized: string;
  /** The original text, trimmed. */
  raw: string;
  /** Why the target is missing or unknown, or a note on an assumption made: Chinese, from `reasons`. */
  reason?: string;
  /** The same as messages (core/locale words them in either language). */
  reasons?: Message[];
  /**
   * A target of several quantities (`不少于3次，每次不少于2小时`, `≥2000人次/≥10场`, three counts each with its words):
   * every part as read. The target's own fields are those of the part `judged`.
   */
  parts?: TargetPart[];
  /** Which part a single actual is judged against; absent when the parts are alike and one number says not which. */
  judged?: number;
}

/** One quantity of a target of several: the words naming it (`自愿咨询检测`, or "") and the part as read. */
export interface TargetPart {
  label: string;
  target: ParsedTarget;
}

/** What the reader knows around a target cell; every field optional. */
export interface TargetContext {
  level1?: string;
  level2?: string;
  /** Indicator name (三级指标). */
  name?: string;
  /** Unit from a separate 度量单位 / 计量单位 column. */
  unit?: string;
  /** Sign from a separate 指标性质 / 指标方向 column: "≥", "＜", "定性", "正向", "反向" … */
  sign?: string;
  /** Number format of the target cell (a date format makes a serial a date; % scales). */
  numberFormat?: string;
  /** The budget year, to resolve 12月底前 / 年底前. */
  budgetYear?: number;
  /** The workbook is in the 1904 date system (WorkbookSnapshot.date1904): a serial target is read so. */
  date1904?: boolean;
}

// ───────────────────────────── Tables read from a workbook ─────────────────────────────

export type TableKind = "project" | "unit" | "self-evaluation" | "monitoring";

/** A cell on some sheet: sheet + absolute coordinates (findings, diagnostics, the plan's operations). */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/**
 * What the pane's jump to a cell did in Excel / WPS: the cell selected; selected on a row hidden (by the clerk, or a
 * filter's: "row-hidden"), where it cannot be seen; or on a hidden sheet, left hidden ("sheet-hidden").
 */
export type Jump = "selected" | "row-hidden" | "sheet-hidden";

/**
 * A cell of a table, on the table's sheet (`GoalTable.sheet`), as one number: `cellKey(row, col)` (core/a1.ts, which also
 * takes it apart: keyRow, keyCol, sheetCell). A check keeps some 29,000 of them; as objects they were the largest part
 * of the garbage collector's work (docs/performance.md, session 32).
 */
export type CellKey = number;

/** A value read from a cell, with the cell and its number format kept for judging. */
export interface CellReading {
  cell: CellKey;
  value: CellValue;
  numberFormat?: string;
  /** True when the cell holds a formula the file has no result for (value null): not an empty cell. */
  uncached?: boolean;
  /** The workbook is in the 1904 date system (WorkbookSnapshot.date1904): a serial here is read so. */
  date1904?: boolean;
}

export interface Checkpoint {
  /** Label as written: "3月底", "6月末", "第一季度". */
  label: string;
  /** The checkpoint's date in the budget year. */
  date: string;
  /** Cumulative planned percentage (percent units). */
  percent: number;
  labelCell: CellKey;
  percentCell: CellKey;
}

export interface Funds {
  total: number | null;
  fiscal: number | null;
  other: number | null;
  totalCell?: CellKey;
  fiscalCell?: CellKey;
  otherCell?: CellKey;
}

export interface Indicator {
  /** Row of the indicator (absolute). */
  row: number;
  level1: string;
  level2: string;
  /** 三级指标 / 指标名称. */
  name: string;
  description: string;
  /** The target as written (text; numbers and dates rendered as the user sees them). */
  targetText: string;
  target: ParsedTarget;
  basis: string;
  weight: number | null;
  /** Cells: name and target always; the rest when the sheet has those columns. */
  nameCell: CellKey;
  targetCell: CellKey;
  signCell?: CellKey;
  unitCell?: CellKey;
  actual: CellReading | null;
  forecast: CellReading | null;
  /** Submitted score (self-evaluation). */
  score: CellReading | null;
  reason: string;
  likelihood: string;
}

export interface GoalTable {
  sheet: string;
  kind: TableKind;
  /** "prose": thresholds found in sentences (部门整体 goals written as text), not a table on the sheet. */
  source?: "table" | "prose";
  /**
   * The region whose targets this table holds, when the published table has one target column per region
   * (transfer payments: 区域目标值 over 新罗区 | 永定区 …); the name then ends in "（新罗区）".
   */
  region?: string;
  /** Title line above the table, e.g. "1.办公用品采购绩效目标表", if any. */
  title: string;
  name: string;
  code: string | null;
  /** Unit (organisation) line, e.g. "314001唐山市曹妃甸区人民检察院本级". */
  unitName: string;
  /** Budget in 万元 (converted from 元 / 亿元 when the table states another unit). */
  budget: number | null;
  budgetCell?: CellKey;
  /** Unit the table wrote its money in. */
  moneyUnit: "万元" | "元" | "亿元";
  /**
   * Unit the 执行数 cell is in when its label states one other than the table's (执行数（元） under 单位：万元: the clerk
   * pays in 元); undefined when it is in the table's.
   */
  spentUnit?: "万元" | "元" | "亿元";
  funds: Funds;
  /** Purpose / 资金用途 text. */
  purpose: string;
  schedule: Checkpoint[];
  goal: string;
  budgetYear: number | null;
  /**
   * The project period the header block states when it is dated (项目期 2022年3月-2023年11月, 项目起止时间,
   * 建设周期 …); undefined for none, a length (1年, 三年) or 长期. A target dated in its years is the project's.
   */
  period?: ProjectPeriod;
  /** Spent so far (执行数, 万元) when the sheet has it (monitoring / self-evaluation / our own column). */
  spent: CellReading | null;
  /** Self-evaluation money block: the 分值 and 得分 of budget execution, as submitted (年度资金总额 row). */
  executionWeight?: CellReading | null;
  executionScore?: CellReading | null;
  /** Self-evaluation money block: the 执行率 as submitted (checked against 执行数 / 预算数; engineer V). */
  executionRate?: CellReading | null;
  /** The submitted total score (得分 column of the 总分 / 合计 row under the indicators). */
  totalScore?: CellReading | null;
  /**
   * The money block's 原因 / 偏差原因分析 cell (四川 自评表, the national monitoring table): why the budget was not spent
   * as planned, as the clerk wrote it.
   */
  executionReason?: CellReading | null;
  /** Whole table area (absolute). */
  range: CellRange;
  /** Indicator header row and the columns found in it (absolute col numbers). */
  header: { row: number; columns: Partial<Record<IndicatorColumn, number>> };
  indicators: Indicator[];
  /**
   * The points of each goal block when the indicators stand in several blocks whose captions weigh them
   * (年度绩效目标1(40分) / 年度绩效目标2(40分)), or one caption of other than 90 the money's 分值 makes up to 100
   * (年度绩效目标(80分) beside 20): the unit shared each block's points out itself, so an indicator's weight
   * is its own or unknown — the national split (产出 50, 效益 30, 满意度 10) is not the form's.
   */
  goalBlockWeights?: number[];
}

/** A dated project period: the text as written, its first and last day (ISO). */
export interface ProjectPeriod {
  text: string;
  start: string;
  end: string;
}

export type IndicatorColumn =
  | "level1"
  | "level2"
  | "name"
  | "description"
  | "target"
  | "sign"
  | "unit"
  | "basis"
  | "weight"
  | "actual"
  | "forecast"
  | "score"
  | "reason"
  | "likelihood"
  | "note"
  /** Last year's value (上年度实际水平, 上年实际完成值, 上年指标值): known, never read as this year's target or actual. */
  | "previous"
  /** A computed column (状态, 预警 …: ours from an earlier check, or the form's own): known, not read. */
  | "computed";

export interface Diagnostic {
  cell: CellRef | null;
  /** Chinese message: renderMessage(text). */
  message: string;
  /** The message as a code and its parameters: renderMessage(text, "en") words it in English. */
  text: Message;
  severity: "info" | "warning" | "error";
}

export interface ReadResult {
  tables: GoalTable[];
  diagnostics: Diagnostic[];
}

// ───────────────────────────── Judging ─────────────────────────────

export type Status = "met" | "missed" | "on-track" | "behind" | "exceeded" | "pending" | "unknown";
export type Light = "green" | "yellow" | "red" | "blue" | "none";

export interface IndicatorResult {
  status: Status;
  light: Light;
  /** Actual in the target's unit (number), ISO date, or grade; null when pending. */
  actual: number | string | null;
  /** Completion ratio v in percent when the bands were used. */
  ratio: number | null;
  /** Distance from the target in the target's unit, 0 when met; null when not numeric. */
  gap: number | null;
  /** Short Chinese explanation: "实际 85%，目标 ≥90%". */
  why: string;
  /**
   * The why says how an actual that could mean two things was read (a General 1 against ≥95%: 100 %, not 1 %): shown
   * wherever the result is, whatever its light (the checked copy's note, the CLI's list). Undefined otherwise.
   */
  noted?: true;
}

export interface ExecutionResult {
  spent: number;
  budget: number;
  /** 执行率, percent. */
  rate: number;
  /** Planned cumulative percent at the date, from the table's schedule (or 序时进度 when it has none). */
  planned: number;
  /** 序时进度 = month / 12, percent. */
  timeProgress: number;
  /** planned − rate, percentage points (positive = behind). */
  lag: number;
  /** rate / planned × 100 (null when nothing planned yet). */
  ratio: number | null;
  light: Light;
  status: Status;
  /** Where `planned` came from: the table's own plan or 序时进度 (engineer E). */
  plannedFrom?: "schedule" | "time";
  /** Short explanation in the settings' language: "执行率 45.23%，计划应达 59.35%，滞后 14.12 个百分点…". */
  why?: string;
}

/** The judgement of a table as a whole; each indicator's own result sits beside it (CheckedIndicator). */
export interface TableResult {
  execution: ExecutionResult | null;
  /** Worst light of execution and indicators. */
  light: Light;
}

/** What evaluateTable answers: the table's judgement and its indicators' results in the table's order. */
export interface TableJudgement extends TableResult {
  indicators: IndicatorResult[];
}

export type ScheduleMethod = "interpolate" | "step" | "time";

export interface JudgeSettings {
  /** Monitoring date, ISO. */
  asOf: string;
  /** Band edges in percent: below red → red, below yellow → yellow, at or above blue → blue. */
  bands: { red: number; yellow: number; blue: number };
  scheduleMethod: ScheduleMethod;
  /** Apply the 60/80/120 bands only to 数量 / 效益 / 满意度 and judge 质量 / 时效 / 成本 in-or-out. */
  strictQualityTimeCost: boolean;
  /** Budget year when a table does not reveal it. */
  budgetYear?: number;
  lang: "zh" | "en";
  /** Review rule ids switched off (绩效目标审核). */
  disabledRules?: string[];
  /**
   * At or after the deadline, ≥ 120 % (bands.blue) of a positive target is "exceeded" (blue).
   * Default false: only for counts and amounts (人 次 个 万元 …); true: also for rates and levels (%, 分).
   */
  exceededForLevels?: boolean;
}

export const DEFAULT_SETTINGS: Omit<JudgeSettings, "asOf"> = {
  bands: { red: 60, yellow: 80, blue: 120 },
  scheduleMethod: "interpolate",
  strictQualityTimeCost: false,
  lang: "zh",
};

// ───────────────────────────── Review, self-evaluation, the whole check ─────────────────────────────

/** A note on a badly written target or table (绩效目标审核). */
export interface ReviewFinding {
  /** Stable id, e.g. "missing-level1", "not-measurable", "cost-with-ge". */
  rule: string;
  cell: CellRef | null;
  /** Chinese message: renderMessage(text). */
  message: string;
  /** The message as a code and its parameters: renderMessage(text, "en") words it in English. */
  text: Message;
  severity: "warning" | "error";
}

/**
 * How a self-evaluation's budget execution score was reached, said beside it (the pane's 自评 tab): min(rate, 100 %) ×
 * weight, and the score the unit typed for it.
 */
export interface BudgetScoreBasis {
  /** The execution rate in percent: 执行数 ÷ 预算数, or (`spent` null) the rate the unit typed on a 预算执行率 row. */
  rate: number;
  spent: number | null;
  budget: number | null;
  /** The 分值 the score is out of. */
  weight: number;
  /** False when the indicators' 分值 already make 100: execution earns no points (budgetScore null). */
  counted: boolean;
  /** The score the unit typed on the form (null: none or no number), and its cell. */
  submitted: number | null;
  submittedCell: CellRef | null;
  /** The typed score is ours within the tolerance of the findings (0.1); null when none was typed. */
  submittedAgrees: boolean | null;
}

/** Self-evaluation of one table (docs/domain.md#self-evaluation); each indicator's score sits beside it. */
export interface SelfEvaluation {
  /** Ours, by the rules (null: no 执行数 or 预算数 to score on, or not counted: `budgetBasis`). */
  budgetScore: number | null;
  /** How budgetScore was computed; null when there was nothing to compute it from. */
  budgetBasis: BudgetScoreBasis | null;
  total: number | null;
  grade: "优" | "良" | "中" | "差" | null;
  /** Submitted numbers that differ from the computed ones by more than 0.1, and missing reasons. */
  findings: ReviewFinding[];
}

/** What selfEvaluate answers: the table's scores and each indicator's, in the table's order. */
export interface SelfEvaluationScores extends SelfEvaluation {
  /** Computed score per indicator, same order as table.indicators (null when not scorable). */
  indicatorScores: (number | null)[];
}

/** One indicator with what the check found about it (checkedIndicators pairs them up from a CheckedTable). */
export interface CheckedIndicator {
  indicator: Indicator;
  result: IndicatorResult;
  /** Score computed by the self-evaluation rules; null when the table is no self-evaluation or it is not scorable. */
  score: number | null;
}

/**
 * One goal table with everything the check found about it: the one shape hosts, plan and reports read.
 * Each indicator's result and score are lists in the order of table.indicators, not an object per indicator:
 * a check keeps thousands of them (docs/performance.md, session 33); checkedIndicators(checked) pairs them up.
 */
export interface CheckedTable {
  table: GoalTable;
  /** Execution and the table's light. */
  result: TableResult;
  /** The result of each of table.indicators, same order. */
  results: IndicatorResult[];
  /** The computed score of each of table.indicators (null when not scorable); null when the table is no self-evaluation. */
  scores: (number | null)[] | null;
  /** Null for tables that are not self-evaluations. */
  selfEvaluation: SelfEvaluation | null;
}

/** Everything one check produces from one snapshot; the pane, the CLI and the plan all start here. */
export interface CheckResult {
  asOf: string;
  tables: CheckedTable[];
  diagnostics: Diagnostic[];
  review: ReviewFinding[];
  /** Rows whose typed cells were typed for another indicator (plan/misplaced.ts): not judged; none when undefined. */
  misplaced?: MisplacedRow[];
  /**
   * What identified, at the check, the rows the pane jumps to that are no indicator's (relocate.ts rowMarks: header
   * blocks, header rows, goals in prose): Excel and WPS only, where a click finds the row again. None when undefined.
   */
  rows?: RowMark[];
  /** The host's ids of the sheets by their names at the check (SheetSnapshot.id: Excel's survive a rename). */
  sheetIds?: Record<string, string>;
}

/**
 * A row that is no indicator's, as the check found it: the clerk's texts on it (or, for a row with none, on the nearest
 * row above with some, `at`), by column, and which of the sheet's rows holding them all — at the same distances — it was.
 */
export interface RowMark {
  sheet: string;
  row: number;
  at: number;
  labels: { col: number; text: string }[];
  nth: number;
  of: number;
}
