/**
 * readWorkbook: find every goal table of a workbook snapshot, wherever it sits.
 *
 * Anchors are the indicator header rows (三级指标 … 指标值); each one's header block is read from the
 * rows above it, bounded by the table above (same columns) and by the tables beside it. Targets are
 * parsed last, once every table's budget year is known (a table without a year of its own takes the
 * setting, then the year most of the user's other tables state: docs/domain.md#budget-year).
 *
 * @example
 * readWorkbook(snapshot).tables[0].indicators[0].target  // { kind: "number", op: ">=", value: 86, unit: "人", … }
 */
import { cellKey, cellName, keyCol, keyRow, sheetCell } from "../a1";
import { say } from "../locale/messages";
import { diagnostic } from "./diagnostic";
import { cumulatedPeriods, resolveCheckpointDate, shareOverBudget } from "../notation/checkpoints";
import { parseTarget, targetFromName } from "../notation/parseTarget";
import {
  MARKS_SHEET,
  type CellKey,
  type CellReading,
  type Checkpoint,
  type Diagnostic,
  type GoalTable,
  type Indicator,
  type ProjectPeriod,
  type ReadResult,
  type TableKind,
  type TargetContext,
  type WorkbookSnapshot,
} from "../types";
import { isDateFormat, showsYuanSign } from "../numberFormat";
import { SheetGrid } from "./sheetGrid";
import { TITLE } from "./cellText";
import {
  readHeaderBlock,
  readPlanBelow,
  readSpentIn,
  type Amount,
  type HeaderInfo,
  type RawCheckpoint,
  type Region,
} from "./headerBlock";
import {
  HeaderScan,
  otherBlockHeaders,
  pairHeader,
  regionHeader,
  yearHeader,
  targetColumnYear,
  type HeaderPlace,
  type IndicatorHeader,
  type PairColumns,
} from "./indicatorHeader";
import { readIndicatorBlock, type IndicatorBlock, type IndicatorDraft } from "./indicators";
import { planAmounts, planMarks } from "./planAmounts";
import { labelSays, parseAmount, parsePercentCell, toHalfWidth, writtenMoneyUnit } from "./text";
import { roundPercent } from "../numbers";
import { MID_YEAR_TARGET_COLUMN, NOTICE_TAIL, REPORT_TITLE, TITLE_KINDS } from "../locale/zh/reader";
import { lookup, noticeName } from "./lookup";
import { FULL_SCORE, NATIONAL_WEIGHTS, isExecutionRow } from "../score/score";
import { levelWeight } from "../locale/zh/levels";
import { MONEY_IN_WAN, toWan } from "../locale/zh/units";
import { memoizeString } from "../memo";
import {
  CheckpointRecord,
  FundsRecord,
  HeaderRecord,
  newList,
  PeriodRecord,
  RangeRecord,
  TableRecord,
} from "../records";
import { compactText, readProjectPeriod, unreadGluedEnd } from "../notation/text";
import { serialToIso, yearOf } from "../dates";
import { formatMoneyUnit, rateOff, spentProblem, YUAN_BY_SIZE } from "../money";
import { recordOf } from "../plan/marks";
import { ourHeaderCells, ourHeadersInChinese, ourValuesOn } from "../plan/ourHeaders";
import { OurColumns } from "../plan/ourColumns";

export interface ReadOptions {
  /** Budget year for tables that do not reveal their own (no year in the title, no dated target). */
  budgetYear?: number;
  /**
   * Sheets the add-in made (named in its record): their tables are read, but their text is ours, not the
   * user's, so it never dates the user's tables (docs/domain.md#budget-year).
   */
  ownSheets?: ReadonlySet<string>;
}

interface TableDraft {
  grid: SheetGrid;
  header: IndicatorHeader;
  info: HeaderInfo;
  block: IndicatorBlock;
  /** One project of a list of projects: its range starts at its own project cell. */
  fromList?: boolean;
  /** The region whose target column this table reads (transfer-payment tables with one column per region). */
  region?: string;
  /** The last row of a spending plan read under the indicators (the table's block ends there, not at lastRow). */
  planBottom?: number;
  /** The last column of a spending plan beside the indicators (the table's range ends there). */
  planRight?: number;
  /** The table of the second indicator on each row (IndicatorHeader.pair), taken right after this one. */
  pair?: TableDraft;
  /**
   * The table whose rows a pair's table shares: what the header block says (no year …) is said there once. A pair's
   * table is a goal table (kindOfDraft).
   */
  first?: TableDraft;
}

/** The last row of a table's block: its indicators, or the spending plan read under them. */
const endOf = (d: TableDraft) => d.planBottom ?? d.block.lastRow;

/**
 * A 资金支出计划 under the indicator rows (some provinces' forms put it there; review36 found it silently ignored):
 * the first thing under the block (its 总分 row, then at most two empty rows), on the table's columns, read as one
 * above the header is — when the table has none above. Not when it may open the next table's header block: an
 * indicator header follows with nothing of a new table (title, 项目名称, 资金 …) between, so the plan may be its.
 */
function planBelow(
  grid: SheetGrid,
  info: HeaderInfo,
  block: IndicatorBlock,
  band: Region,
  startsHeader: (row: number) => boolean,
  diagnostics: Diagnostic[],
): number | undefined {
  if (info.schedule.length > 0) return undefined;
  let row = (block.summaryRow ?? block.lastRow) + 1;
  for (let gap = 0; gap < 2 && row <= grid.bottom && grid.nextFilled(row, band.left - 1, band.right) < 0; gap++) row++;
  const first = row <= grid.bottom ? grid.nextFilled(row, band.left - 1, band.right) : -1;
  if (first < 0 || grid.cell(row, first).headerRole !== "schedule" || startsHeader(row)) return undefined;
  const last = Math.min(grid.bottom, Math.max(grid.bottomEdge(row, first), row + 1) + 1);
  if (!endsBeforeNextTable(grid, last + 1, band, startsHeader)) return undefined;
  const plan = readPlanBelow(grid, { ...band, top: row, bottom: last }, info.spent === null, diagnostics);
  if (!plan) return undefined;
  info.schedule = plan.schedule;
  info.spent ??= plan.spent;
  return plan.bottom;
}

/**
 * A 资金支出计划 beside the indicator rows (same rows, further columns: its label on the header row over 3月底 | 10% …
 * down the rows, or over 第一季度 … 第四季度 and a row of shares, or merged down the rows with a pair on each), read as
 * one above the header is — when the table has none (else it is said, not read). The label is the first thing right of the indicators on its
 * row (or a header column of theirs: no empty column between); the plan's columns run on to the first empty one or
 * the first column label of an indicator block (ours, placed right of the plan by an earlier check). A plan label
 * with no checkpoint is said (as under the indicators). Returns the plan's columns, read or not.
 */
function planBeside(
  grid: SheetGrid,
  header: IndicatorHeader,
  info: HeaderInfo,
  block: IndicatorBlock,
  band: Region,
  diagnostics: Diagnostic[],
): { left: number; right: number } | undefined {
  const bottom = block.summaryRow ?? block.lastRow;
  // The schedule label among the header's unknown columns, else right of the header (a loop: no closure per table).
  let from = header.right + 1;
  for (const c of header.unknown) {
    if (grid.cell(header.row, c).headerRole !== "schedule") continue;
    from = c;
    break;
  }
  let label: { row: number; col: number } | null = null;
  for (let r = header.row; r <= bottom && !label; r++) {
    const c = grid.nextFilled(r, from - 1, band.right);
    if (c >= 0 && grid.cell(r, c).headerRole === "schedule") label = grid.master(r, c);
  }
  if (!label) return undefined;
  let right = grid.rightEdge(label.row, label.col);
  for (let c = right + 1; c <= band.right && isPlanColumn(grid, header.row, c, label.row, bottom); c++) right = c;
  if (info.schedule.length > 0) {
    // The table's plan is the one above its header: this one is said, not read (never passed over in silence).
    const said = say("read.schedule-beside-second", { label: grid.text(label.row, label.col) });
    diagnostics.push(diagnostic(grid.ref(label.row, label.col), "info", said));
    return { left: label.col, right };
  }
  const region = { top: label.row, bottom, left: label.col, right };
  const plan = readPlanBelow(grid, region, info.spent === null, diagnostics, true);
  if (plan) {
    info.schedule = plan.schedule;
    info.spent ??= plan.spent;
  }
  if (plan && plan.schedule.length > 0 && info.spent === null) {
    // Our schedule block (its 执行数 the clerk types) sits on the checkpoints' rows right of the plan.
    const rows = plan.schedule.flatMap((cp) => [keyRow(cp.labelCell), keyRow(cp.percentCell)]);
    const on = {
      top: Math.min(...rows),
      bottom: Math.max(...rows),
      left: Math.max(right, plan.right) + 1,
      right: band.right,
    };
    info.spent = readSpentIn(grid, on, diagnostics);
  }
  return { left: label.col, right: Math.max(right, plan?.right ?? right) };
}

/**
 * The header with the columns of our indicator block right of it (the record's, found again on the header row): an
 * earlier check placed the block right of what stands beside the indicators (a plan, a clerk's note). The clerk types actuals in our 实际完成值
 * column, read as in a block right beside the header. The header itself when no column of ours lies right of it.
 */
function withOurColumns(grid: SheetGrid, header: IndicatorHeader, ours: ReadonlySet<number>): IndicatorHeader {
  const columns = { ...header.columns };
  const allColumns = { ...header.allColumns };
  let added = false;
  for (const c of [...ours].sort((a, b) => a - b)) {
    const role = grid.cell(header.row, c).column;
    if (c <= header.right || role === null || columns[role] !== undefined) continue;
    columns[role] = c;
    allColumns[role] = [...(allColumns[role] ?? []), c];
    added = true;
  }
  return added ? { ...header, columns, allColumns } : header;
}

/** A column of a plan beside the indicators: something on its rows, and no indicator column's label on the header row. */
function isPlanColumn(grid: SheetGrid, headerRow: number, col: number, top: number, bottom: number): boolean {
  const head = grid.cell(headerRow, col);
  if (head.column !== null || head.isProgressColumn) return false;
  for (let r = top; r <= bottom; r++) if (!grid.isEmpty(r, col) || grid.merge(r, col) !== null) return true;
  return false;
}

/** No indicator header below `from` before a new table's title or header label (or the sheet's end). */
function endsBeforeNextTable(
  grid: SheetGrid,
  from: number,
  band: Region,
  startsHeader: (row: number) => boolean,
): boolean {
  for (let r = from; r <= grid.bottom; r++) {
    if (startsHeader(r)) return false;
    for (const c of grid.cellsOfRow(r, band.left, band.right)) {
      const cell = grid.cell(r, c);
      if (grid.isTitleAt(r, c) || (cell.blockStop === "end" && cell.headerRole !== null)) return true;
    }
  }
  return true;
}

/**
 * The label merged down the left edge of the indicators in the national templates: not a column. Also 专项年度绩效指标
 * (湖南 雨露计划) and 绩效目标完成情况 (四川 普惠金融 自评).
 */
const SECTION_LABEL = /^(专项|项目)?(本年度|当年度?|年度|长期|中期)?(绩效)?指标(体系)?$|^绩效(目标|指标)完成情况$/;

/**
 * A header cell that is the indicator block's caption, not a column: a known section label, or (whatever it says) a
 * cell left of every read column merged down past the header over the indicators — vertical captions published as
 * HTML often keep only their first character ("绩" for 绩效指标, 陕西 清涧 附表).
 */
function isSectionLabel(grid: SheetGrid, header: IndicatorHeader, col: number): boolean {
  if (SECTION_LABEL.test(grid.label(header.row, col).key)) return true;
  const read = Object.values(header.columns);
  return read.every((c) => c > col) && grid.bottomEdge(header.row, col) > header.lastRow;
}

/** Headers within this many rows of each other are one band of side-by-side tables. */
const SAME_BAND_ROWS = 3;

/** Nothing of a table's own above the header: no title, name, code, money, schedule or goal. */
function isBare(info: HeaderInfo): boolean {
  return !info.title && !info.name && !info.code && !info.budget && info.schedule.length === 0 && !info.goal;
}

const LONG_TERM = /长期|中长期|总体绩效指标|实施期/;

/**
 * The indicator block under a header, read through the target column whose block the rows fill: the one chooseColumns
 * picked, else (when that block holds no indicator) another side-by-side block that does — the 安徽 form with 中期
 * and 年度 blocks, filled on the 中期 side only (城管执法车辆 2023) — said at the header.
 */
function filledBlock(
  grid: SheetGrid,
  header: IndicatorHeader,
  startsHeader: (row: number) => boolean,
  diagnostics: Diagnostic[],
): [IndicatorHeader, IndicatorBlock] {
  const own: Diagnostic[] = [];
  const block = readIndicatorBlock(grid, header, startsHeader, own);
  if (block.indicators.length === 0) {
    for (const other of otherBlockHeaders(header)) {
      const theirs: Diagnostic[] = [];
      const filled = readIndicatorBlock(grid, other, startsHeader, theirs);
      if (filled.indicators.length === 0) continue;
      const said = say("read.empty-block-other-read", {});
      diagnostics.push(diagnostic(grid.ref(header.row, other.columns.target as number), "info", said), ...theirs);
      return [other, filled];
    }
  }
  diagnostics.push(...own);
  return [header, block];
}

/** True when the header row (or the label merged down its left side) says 长期绩效指标. */
function isLongTerm(grid: SheetGrid, header: IndicatorHeader): boolean {
  for (let c = grid.left; c <= header.right; c++) {
    if (labelSays(LONG_TERM, grid.labelText(header.row, c))) return true;
  }
  return false;
}

/**
 * A half-year target column beside the year's (江苏 项目绩效公开: 半年(程)指标值 | 全年(程)指标值) is not read: the
 * indicators are judged by the year's, and that is said once at the column (never passed over in silence).
 */
function sayMidYearTargets(grid: SheetGrid, header: IndicatorHeader, diagnostics: Diagnostic[]): void {
  const chosen = header.columns.target;
  if (chosen === undefined || header.regions.length > 0 || header.years.length > 0) return;
  for (const col of header.allColumns.target ?? []) {
    const label = grid.labelText(header.row, col);
    if (col === chosen || !labelSays(MID_YEAR_TARGET_COLUMN, label)) continue;
    const said = say("read.mid-year-target-unread", { column: label, chosen: grid.labelText(header.row, chosen) });
    diagnostics.push(diagnostic(grid.ref(header.row, col), "info", said));
  }
}

/**
 * Whether the indicators under a second bare header start another table rather than carry the one above on: they
 * list again an indicator the table above has (a page break carries new rows on), or, after a blank row, their 一级
 * levels start over (产出 again after 效益 / 满意度). A table's second goal set right under its first (黄冈: 年度绩效
 * 目标2 over 产出 again, no row between) and a header repeated over each 一级 block (海关 评价表) carry it on.
 */
function startsAnotherTable(grid: SheetGrid, previous: IndicatorBlock, header: IndicatorHeader, block: IndicatorBlock) {
  const first = block.indicators[0]?.indicator;
  if (!first) return false;
  const key = (i: Indicator) => `${i.level1.trim()}\t${i.level2.trim()}\t${i.name.trim()}`;
  if (previous.indicators.some((d) => key(d.indicator) === key(first))) return true;
  const level = first.level1.trim();
  const levels = previous.indicators.map((d) => d.indicator.level1.trim());
  if (!level || levels[levels.length - 1] === level || !levels.includes(level)) return false;
  for (let r = previous.lastRow + 1; r < header.row; r++) if (grid.cellsOfRow(r).length === 0) return true;
  return false;
}

/**
 * A second indicator header under a table without fields of its own continues that table: a header
 * repeated after a page break, or 年度绩效指标 after 长期绩效指标 (then the annual block replaces it) — unless its
 * indicators start another table (startsAnotherTable).
 */
function continueTable(
  previous: TableDraft | null,
  grid: SheetGrid,
  header: IndicatorHeader,
  info: HeaderInfo,
  block: IndicatorBlock,
  diagnostics: Diagnostic[],
): boolean {
  if (!previous || !isBare(info) || previous.grid !== grid) return false;
  const sameColumns = previous.header.left <= header.right && previous.header.right >= header.left;
  if (!sameColumns || header.row - previous.block.lastRow > 4) return false;
  const longTerm = isLongTerm(grid, previous.header);
  if (!longTerm && startsAnotherTable(grid, previous.block, header, block)) return false;
  if (longTerm) {
    diagnostics.push(
      diagnostic(grid.ref(previous.header.row, previous.header.left), "info", say("read.long-term-skipped", {})),
    );
    previous.header = header;
    previous.block = block;
  } else {
    previous.block = { ...block, indicators: [...previous.block.indicators, ...block.indicators] };
  }
  return true;
}

/**
 * A list writing its levels as rows (宁夏 石嘴山 批复表: 项目 | 指标值 | 绩效金额) names its unit and its project on the
 * rows above the first level, the project's amount beside it: the table's, when its header block names none.
 */
function withListedProject(grid: SheetGrid, header: IndicatorHeader, info: HeaderInfo, block: IndicatorBlock) {
  const rows = block.contextRows;
  const col = header.columns.name;
  if (rows.length === 0 || col === undefined || info.name) return info;
  const project = rows[rows.length - 1];
  const amountCol = header.projectColumns.budget;
  const amount = amountCol === undefined ? null : parseAmount(grid.value(project, amountCol));
  return {
    ...info,
    name: grid.mergedText(project, col).trim(),
    unitName: info.unitName || (rows.length > 1 ? grid.mergedText(rows[rows.length - 2], col).trim() : ""),
    budget:
      info.budget ??
      (amount !== null && amountCol !== undefined ? { value: amount, cell: cellKey(project, amountCol) } : null),
  };
}

/**
 * The goal written in a column beside the indicators (绩效目标 | 指标名称 | 指标值, merged down): the table's goal when
 * the block above states none. A list's goal column is per project (splitByProject). The header's own cell merged
 * down the indicators' left is the column's caption, no goal (年度绩效目标(80分) of the 湖北 / 云南 自评表, 奉节's
 * 年度绩效目标(90分)): only a cell starting below the header holds the goal.
 */
function goalBeside(grid: SheetGrid, header: IndicatorHeader, block: IndicatorBlock): string {
  const col = header.projectColumns.goal;
  if (col === undefined || header.projectColumns.name !== undefined) return "";
  for (const ind of block.indicators) {
    if (grid.master(ind.indicator.row, col).row <= header.lastRow) continue;
    const text = grid.mergedText(ind.indicator.row, col).trim();
    if (text) return text;
  }
  return "";
}

/** Tables listing several projects (项目名称 as a column) become one table per project. */
function splitByProject(draft: TableDraft): TableDraft[] {
  const { grid, header, info, block } = draft;
  const cols = header.projectColumns;
  if (cols.name === undefined) return [draft];
  const groups = new Map<number, IndicatorDraft[]>();
  for (const ind of block.indicators) {
    const key = ind.projectRow ?? -1;
    groups.set(key, [...(groups.get(key) ?? []), ind]);
  }
  const text = (row: number, col: number | undefined) => (col === undefined ? "" : grid.mergedText(row, col));
  return [...groups].map(([projectRow, indicators]) => {
    if (projectRow < 0) return { ...draft, block: { ...block, indicators } };
    const unitRow = [...block.projectOnlyRows].reverse().find((r) => r < projectRow);
    const budget = cols.budget === undefined ? null : grid.master(projectRow, cols.budget);
    const amount = budget ? parseAmount(grid.value(budget.row, budget.col)) : null;
    const lastRow = indicators[indicators.length - 1].indicator.row;
    return {
      grid,
      header,
      fromList: true,
      info: {
        ...info,
        top: projectRow,
        name: text(projectRow, cols.name),
        code: text(projectRow, cols.code) || null,
        goal: text(projectRow, cols.goal) || info.goal,
        unitName: text(projectRow, cols.unit) || (unitRow !== undefined ? text(unitRow, cols.name) : info.unitName),
        budget: budget && amount !== null ? { value: amount, cell: cellKey(budget.row, budget.col) } : null,
        fiscal: null,
        other: null,
        spent: null,
        schedule: [],
      },
      block: { ...block, indicators, lastRow, summaryRow: null },
    };
  });
}

/**
 * The second indicator on each row (宜兴 2016: 目标名称 | 目标值 … 目标完成值 beside 评价指标 | 标准值 … 评价指标值) as a
 * table of its own, named "<project>（目标名称）" like a region's: the same rows and levels, its own name, target and
 * actual; the money and points are the first table's. Its rows' diagnostics were said with the first table's.
 */
function pairDraft(first: TableDraft, pair: PairColumns, startsHeader: (row: number) => boolean): TableDraft {
  const { grid, header, info } = first;
  const own = pairHeader(header, pair);
  const block = readIndicatorBlock(grid, own, startsHeader, []);
  return { grid, header: own, info, block, region: pair.label, first };
}

/**
 * One table per region (docs/domain.md#tables): the same indicator rows, each region's own target column (and
 * its own actual columns when the header has one per region), named "<project>（<region>）". The money of
 * the header block is the total for all regions, so no region's table judges execution with it.
 */
function regionDrafts(
  grid: SheetGrid,
  header: IndicatorHeader,
  info: HeaderInfo,
  startsHeader: (row: number) => boolean,
  diagnostics: Diagnostic[],
): TableDraft[] {
  const names = header.regions.map((r) => r.label);
  const targetHeader = grid.master(header.row, header.columns.target as number);
  diagnostics.push(
    diagnostic(grid.ref(targetHeader.row, targetHeader.col), "info", say("read.target-by-region", { regions: names })),
  );
  return header.regions.map((region, i) => {
    const { header: own, unpaired } = regionHeader(header, i);
    if (i === 0)
      for (const col of unpaired)
        diagnostics.push(
          diagnostic(
            grid.ref(header.row, col),
            "warning",
            say("read.region-columns-unpaired", { header: grid.text(header.row, col), regions: names.length }),
          ),
        );
    // Row diagnostics (skipped rows, placeholders) are the same for every region: said once.
    const block = readIndicatorBlock(grid, own, startsHeader, i === 0 ? diagnostics : []);
    return { grid, header: own, info, block, region: region.label };
  });
}

/**
 * The year a table stating none is read in when its header has a target column per year: the one set for the check,
 * else (known once every sheet is read) the year most of the workbook's tables state. `undated` records that a
 * column was chosen with no year at all: the workbook is read again once the common year is known.
 */
interface DatedYear {
  year: number | null;
  from: "setting" | "workbook";
  undated: boolean;
}

/**
 * A header with one target column per year (a medium-term table): the column of the table's budget year is its
 * target — the year it states, else the one it is read in (DatedYear) — said once; without a year among its columns
 * the column chosen as for any header is read, and a warning says which.
 */
function datedHeader(
  grid: SheetGrid,
  header: IndicatorHeader,
  info: HeaderInfo,
  dated: DatedYear,
  diagnostics: Diagnostic[],
) {
  const stated = info.years.length > 0 ? info.years[0] : null;
  // The project code's year (weakest: docs/domain.md#budget-year) is the table's year when nothing stronger is known
  // on this reading, so the column judged is the year the table is judged in (tableOf gets the same year).
  const coded = codeYear(nameAndCode(info, "project").code);
  const year = stated ?? dated.year ?? coded;
  // With neither a stated nor a set year, the workbook's common year (stronger than a code) may come on a re-read.
  if (stated === null && dated.year === null) dated.undated = true;
  const years = header.years.map((y) => y.year);
  const own = yearHeader(header, year);
  const target = (own ?? header).columns.target as number;
  const at = grid.ref(header.row, grid.master(header.row, target).col);
  if (own) {
    const from = stated !== null ? "table" : dated.year !== null ? dated.from : "code";
    diagnostics.push(diagnostic(at, "info", say("read.target-by-year", { years, year: year!, from })));
  } else {
    const read = header.years.find((y) => y.col === target)?.year ?? years[0];
    diagnostics.push(diagnostic(at, "warning", say("read.target-year-unmatched", { years, read, budgetYear: year })));
  }
  return own ?? header;
}

/**
 * Whether another header on the columns of `header` starts on a row. Asked for every row under the header: answered
 * by a binary search of the sheet's headers (sorted by row), nothing made per row, nor a list as long as the sheet.
 */
export function headerStartsAt(headers: readonly HeaderPlace[], header: HeaderPlace): (row: number) => boolean {
  return (row) => {
    for (let i = firstFrom(headers, row); i < headers.length && headers[i].row === row; i++) {
      const h = headers[i];
      if (h.left <= header.right && h.right >= header.left) return true;
    }
    return false;
  };
}

/** The index of the first header starting on `row` or below it (headers.length when none does). */
function firstFrom(headers: readonly HeaderPlace[], row: number): number {
  let low = 0;
  let high = headers.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (headers[mid].row < row) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Where a table read on the sheet ends, and its columns: it bounds the header block of a table below it. */
interface TableAbove {
  /** Its first row (title or header block): titles between tables are looked for above it. */
  top: number;
  lastRow: number;
  left: number;
  right: number;
}

/**
 * Every table of a sheet, handed to `take` in reading order as soon as it is final (the next header no longer
 * continues it). Headers are found as the reader walks down, and a header read is kept only as its place: what
 * reading a table needs lives as long as the table is read, not as long as the sheet.
 */
function readSheet(
  grid: SheetGrid,
  dated: DatedYear,
  diagnostics: Diagnostic[],
  take: (draft: TableDraft) => void,
  ourColumns: OurColumns,
): void {
  const sheet = new SheetReading(grid, dated, diagnostics, take, ourColumns);
  const scan = sheet.scan;
  for (let index = 0, header = scan.at(0); header; header = scan.at(++index)) sheet.readAt(index, header);
  if (sheet.last) sheet.final(sheet.last);
  titlesWithoutTable(grid, sheet.above, diagnostics);
}

/**
 * What reading a sheet's tables keeps from one header to the next. A table is read by a method of its own, not in
 * readSheet's loop: readSheet runs once per sheet, and V8 optimised it only in the fifth check of the bench's
 * 1,000-table sheet; the method runs once per header and is optimised in the third (docs/performance.md, session 55).
 */
class SheetReading {
  readonly scan: HeaderScan;
  /** Found so far, top to bottom. */
  readonly headers: HeaderPlace[];
  readonly above: TableAbove[] = [];
  /** The last table read: the next header may continue it (continueTable). */
  last: TableDraft | null = null;

  constructor(
    readonly grid: SheetGrid,
    readonly dated: DatedYear,
    readonly diagnostics: Diagnostic[],
    readonly take: (draft: TableDraft) => void,
    readonly ourColumns: OurColumns,
  ) {
    this.scan = new HeaderScan(grid);
    this.headers = this.scan.found;
  }

  final(d: TableDraft): void {
    const top = Math.min(d.info.top, d.header.row);
    this.above.push({ top, lastRow: endOf(d), left: d.header.left, right: d.header.right });
    for (const part of splitByProject(d)) this.take(part);
    if (d.pair) this.take(d.pair);
  }

  /** The table of the `index`th header found. */
  readAt(index: number, found: IndicatorHeader): void {
    const { grid, dated, diagnostics, ourColumns, scan, headers, above } = this;
    const last = this.last;
    let header = found;
    const starts = headerStartsAt(headers, header);
    const startsHeader = (row: number) => {
      scan.through(row);
      return starts(row);
    };
    // Headers are sorted by row: the ones beside this one (found once the band's rows are scanned) are its near
    // neighbours in the list.
    scan.through(header.row + SAME_BAND_ROWS);
    let first = index;
    while (first > 0 && header.row - headers[first - 1].row <= SAME_BAND_ROWS) first--;
    let left = grid.left;
    let right = grid.right;
    for (let i = first; i < headers.length && headers[i].row - header.row <= SAME_BAND_ROWS; i++) {
      const h = headers[i];
      if (i === index) continue;
      if (h.right < header.left) left = Math.max(left, h.right + 1);
      if (h.left > header.right) right = Math.min(right, h.left - 1);
    }
    // The nearest table above on the same columns bounds the header block.
    let top = grid.top;
    if (last && bounds(endOf(last), last.header, header.row, left, right)) top = endOf(last) + 1;
    else {
      for (let i = above.length - 1; i >= 0; i--) {
        if (bounds(above[i].lastRow, above[i], header.row, left, right)) {
          top = above[i].lastRow + 1;
          break;
        }
      }
    }
    const region: Region = { top, bottom: header.row - 1, left, right };

    const info = readHeaderBlock(grid, region, diagnostics);
    if (header.years.length > 0) header = datedHeader(grid, header, info, dated, diagnostics);
    if (header.grades) {
      const { header: label, columns } = header.grades;
      const target = header.columns.target as number;
      const read = columns.find((g) => g.col === target)?.label ?? "";
      const grades = columns.map((g) => g.label);
      diagnostics.push(
        diagnostic(
          grid.ref(header.row, columns[0].col),
          "info",
          say("read.target-by-grade", { header: label, grades, read }),
        ),
      );
    }
    const regional = header.regions.length > 0 ? regionDrafts(grid, header, info, startsHeader, diagnostics) : null;
    let block: IndicatorBlock;
    if (regional) block = regional[0].block;
    else [header, block] = filledBlock(grid, header, startsHeader, diagnostics);
    const plan = regional ? undefined : planBeside(grid, header, info, block, region, diagnostics);
    if (!regional && grid.nextFilled(header.row, header.right, region.right) >= 0) {
      // Our block went right of something beside the table (a plan, a note: no room between): its columns are the
      // table's, as when right beside the header.
      const ours = ourColumns.beside(
        grid.name,
        header.row,
        Math.min(info.left, header.left),
        oneARow(block.indicators),
      );
      const joined = withOurColumns(grid, header, ours);
      if (joined !== header) [header, block] = [joined, readIndicatorBlock(grid, joined, startsHeader, [])];
    }
    // A loop, no filter with closures: this runs per table, and most headers have no unknown column at all.
    for (const col of header.unknown) {
      if (isSectionLabel(grid, header, col) || (plan !== undefined && col >= plan.left && col <= plan.right)) continue;
      diagnostics.push(
        diagnostic(
          grid.ref(header.row, col),
          "info",
          say("read.unknown-header", { header: grid.text(header.row, col) }),
        ),
      );
    }
    sayMidYearTargets(grid, header, diagnostics);
    if (regional) {
      if (last) this.final(last);
      for (let i = 0; i < regional.length - 1; i++) this.final(regional[i]);
      this.last = regional[regional.length - 1];
    } else if (!continueTable(last, grid, header, info, block, diagnostics)) {
      if (last) this.final(last);
      const listed = withListedProject(grid, header, info, block);
      const planBottom = planBelow(grid, listed, block, region, startsHeader, diagnostics);
      const draft: TableDraft = { grid, header, info: listed, block, planBottom, planRight: plan?.right };
      if (header.pair) draft.pair = pairDraft(draft, header.pair, startsHeader);
      this.last = draft;
    }
    headers[index] = { row: header.row, left: header.left, right: header.right };
  }
}

/** A note (注：…) or a sentence (with its commas) ending in 表 is about a table, not its title. */
const NOT_A_TITLE = /^(注|备注|说明)|[，。；,;]/;

/**
 * A table's title under a table of the sheet (the last, or one with another stacked below) with no indicator header of
 * its own (西青 2021: the project's 项目支出绩效自评表 stacked under its goal table, only its money rows): not read,
 * and said — never passed over in silence. Its money rows alone are no table we can judge or score.
 */
function titlesWithoutTable(grid: SheetGrid, tables: TableAbove[], diagnostics: Diagnostic[]): void {
  if (tables.length === 0) return;
  // Below the first table, rows no table covers: under the last one, or between two stacked on the sheet (西青's
  // 自评表 title under its goal table, a second project's table pasted below them).
  let below = grid.bottom + 1;
  for (const t of tables) below = Math.min(below, t.lastRow + 1);
  // Rows a table covers, marked once: a sheet of 1,000 stacked tables (the bench's) has its cells looked at only
  // between them.
  const covered = new Uint8Array(Math.max(0, grid.bottom + 1 - below));
  for (const t of tables) covered.fill(1, Math.max(0, t.top - below), Math.max(0, t.lastRow + 1 - below));
  // A heading right above a table, no blank row between (丽江's 2020年度项目支出绩效自评表 over its 项目名称 row), is
  // that table's, as over the sheet's first table.
  const heads = (r: number) => {
    let next = grid.bottom + 1;
    for (const t of tables) if (t.top > r) next = Math.min(next, t.top);
    for (let x = r; x < next; x++) if (grid.cellsOfRow(x).length === 0) return false;
    return next <= grid.bottom;
  };
  for (let r = below; r <= grid.bottom; r++) {
    if (covered[r - below] || !grid.rowHas(r, TITLE)) continue;
    for (const c of grid.cellsOfRow(r)) {
      const cell = grid.cell(r, c);
      const title = cell.text;
      if (!grid.isTitleAt(r, c) || NOT_A_TITLE.test(title) || heads(r)) continue;
      const selfEvaluation = lookup(TITLE_KINDS, title) === "self-evaluation";
      diagnostics.push(
        diagnostic(grid.ref(r, c), "info", say("read.title-without-table", { row: r + 1, title, selfEvaluation })),
      );
    }
  }
}

/** A table ending on `lastRow` over the columns `of` bounds the header block of a header on `row` from `left` to `right`. */
function bounds(
  lastRow: number,
  of: { left: number; right: number },
  row: number,
  left: number,
  right: number,
): boolean {
  return lastRow < row && of.left <= right && of.right >= left;
}

// ───────────────────────────── Budget year ─────────────────────────────

const DATE_IN_TEXT = /(20\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|^(20\d{2})[-./]\d{1,2}[-./]\d{1,2}$/;
/**
 * The year a project code starts with: region (6 digits) + year (2 digits) + a letter (13020024P… → 2024), or a whole
 * year before a separator or a letter (2025-XM-001, 2025XM001 → 2025). Weak: the year the project was set up.
 */
const CODE_YEAR = /^\d{6}(\d{2})[A-Za-z]|^(20\d{2})(?=[-_－—.A-Za-z])/;

/** The one value a list holds (once or more), else null (none, or several different ones): no Set made per table. */
function onlyValue(values: readonly number[]): number | null {
  for (let i = 1; i < values.length; i++) if (values[i] !== values[0]) return null;
  return values.length > 0 ? values[0] : null;
}

function mostCommon(years: number[]): number | null {
  // Most tables' dated targets name one year: then no Map of counts.
  const only = onlyValue(years);
  if (only !== null) return only;
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts)
    if (best === null || n > counts.get(best)! || (n === counts.get(best) && y > best)) best = y;
  return best;
}

/** The year of a dated target ("2024年12月31日", "2024-12-31"), else null (memoised: targets repeat). */
const yearOfDate = memoizeString((targetText: string): number | null => {
  const m = DATE_IN_TEXT.exec(toHalfWidth(targetText).trim());
  return m ? Number(m[1] ?? m[2]) : null;
});

/**
 * The year a table states: its title or year line, else its budget label's (2021年金额), else its one target column's
 * (2025年指标值), else its dated targets'.
 */
function statedYear(draft: TableDraft): number | null {
  if (draft.info.years.length > 0) return draft.info.years[0];
  const budgetYear = onlyValue(draft.info.budgetLabelYears);
  if (budgetYear !== null) return budgetYear;
  const column = targetColumnYear(draft.grid, draft.header);
  if (column !== null) return column;
  const years: number[] = [];
  for (const ind of draft.block.indicators) {
    const year = yearOfDate(ind.indicator.targetText);
    if (year !== null) years.push(year);
  }
  return mostCommon(years);
}

/**
 * The one later year a table's labelled project period lies wholly in when its title or year line states an earlier
 * one (奉节 应急管理局 2025: `( 2023年度)` left from the template over 建设周期 `2025年1月1日-2025年12月31日`): the
 * year line is the stale one, the period is the year the money is spent in. Null when no period is read, when the
 * periods disagree, span years or include the stated year (a project begun in an earlier year: 云雾 2023年4月-2024年2月).
 */
function laterPeriodYear(draft: TableDraft, stated: number): { year: number; text: string } | null {
  let found: { year: number; text: string } | null = null;
  for (const { text } of draft.info.periods) {
    const p = readProjectPeriod(text, stated);
    if (!p) continue;
    const year = yearOf(p.start);
    if (year !== yearOf(p.end) || year <= stated || (found && found.year !== year)) return null;
    found ??= { year, text };
  }
  return found;
}

/**
 * A year written in an indicator's name or target (完成2021年…任务), or heading a dotted period (2021.1.1-12.31); not a
 * base year compared with (较2020年增长10%, 比2020年, 同比…): that is a year before the table's own.
 */
const YEAR_NAMED = /(?<![较比]\s*)(20\d{2})\s*(?:年|[.．]\d{1,2}[.．]\d{1,2})/g;

/**
 * The one year a table's indicators name when it states none (吕梁 2021, a bare grid: `完成2021年吕梁山护工培训任务`,
 * `2021.1.1-12.31`); null when they name none, or more than one (a table may look back on a year before its own).
 */
function namedYear(draft: TableDraft): number | null {
  const years = new Set<number>();
  for (const { indicator } of draft.block.indicators)
    for (const text of [indicator.name, indicator.targetText]) {
      // exec from the start, not matchAll: matchAll constructs a copy of the regex on every call (3,250 a check of
      // the bench's 1,000 tables, which state no year).
      const half = toHalfWidth(text);
      YEAR_NAMED.lastIndex = 0;
      for (let m = YEAR_NAMED.exec(half); m !== null; m = YEAR_NAMED.exec(half)) years.add(Number(m[1]));
    }
  return years.size === 1 ? [...years][0] : null;
}

function codeYear(code: string | null): number | null {
  const m = code ? CODE_YEAR.exec(code.trim()) : null;
  return m ? (m[1] ? 2000 + Number(m[1]) : Number(m[2])) : null;
}

// ───────────────────────────── Table parts ─────────────────────────────

/** The columns that tell a table's kind by themselves (a self-evaluation's 分值, a monitoring table's 偏差原因 …). */
const KIND_COLUMNS = ["score", "actual", "weight", "forecast", "likelihood", "reason"] as const;

/**
 * What a table is, from its title, else from its header block and columns — its own columns only: `ours` gives the
 * columns of our monitoring block the record places on its header row (a check after a check reads the table as the
 * first did: our 实际完成值 beside a 分值 column does not make a project table a self-evaluation).
 */
function kindOf(info: HeaderInfo, header: IndicatorHeader, ours: () => ReadonlySet<number>): TableKind {
  const fromTitle = lookup(TITLE_KINDS, info.title);
  if (fromTitle) return fromTitle;
  const cols = theirColumns(header.columns, ours);
  if (cols.score !== undefined || (cols.actual !== undefined && cols.weight !== undefined)) return "self-evaluation";
  // A unit-wide table: no 项目名称 (or a blank one, the title naming no project) beside a 部门 / 单位 name. Before the
  // monitoring columns: a unit-wide table without a title (浮梁 林业局 部门整体绩效目标) stays one when a check has
  // added its monitoring block, as a titled one (…整体绩效目标表) does.
  const noProject = !info.hasNameLabel || (!info.name && !nameFromTitle(info.title));
  if (noProject && info.hasUnitLabel && info.unitName) return "unit";
  const actualLabel = cols.actual !== undefined ? (header.labels.get(cols.actual) ?? "") : "";
  if (
    cols.forecast !== undefined ||
    cols.likelihood !== undefined ||
    cols.reason !== undefined ||
    labelSays(/执行情况/, actualLabel)
  ) {
    return "monitoring";
  }
  return "project";
}

/** The header's columns that tell a kind, without ours (asked of the record only when the header has one). */
function theirColumns(
  columns: IndicatorHeader["columns"],
  ours: () => ReadonlySet<number>,
): IndicatorHeader["columns"] {
  if (!KIND_COLUMNS.some((key) => columns[key] !== undefined)) return columns;
  const mine = ours();
  if (mine.size === 0) return columns;
  const out: IndicatorHeader["columns"] = {};
  for (const key of KIND_COLUMNS) if (columns[key] !== undefined && !mine.has(columns[key])) out[key] = columns[key];
  return out;
}

/**
 * "1.办公用品采购绩效目标表" → "办公用品采购"; a form's name alone (项目具体目标表) names no project; a notice
 * (关于“2018生物实验教学中心建设项目”预算绩效评价结果的公示) names the project it quotes.
 */
function nameFromTitle(title: string): string {
  const report = REPORT_TITLE.exec(title.trim());
  if (report) return report[1].trim();
  if (NOTICE_TAIL.test(title.trim())) return "";
  const notice = noticeName(title);
  if (notice !== null) return notice;
  return title
    .trim()
    .replace(/^\d+\s*[.、．]\s*/, "")
    .replace(/^(20\d{2})\s*年度?/, "")
    .replace(/(项目)?(支出)?(绩效)(目标|自评|监控|运行监控|目标执行监控|目标申报)?[^表]{0,8}表$/, "")
    .replace(/^(项目)?(具体|年度)?(绩效)?目标表$/, "")
    .replace(/(项目)?自评结果$/, "")
    .replace(UNIT_WIDE_FORM, "")
    .replace(FUNDS_FORM, "")
    .trim();
}

/** What is left of a unit-wide form's title (部门整体支出绩效自评表 → 部门整体): the form's name, no project's. */
const UNIT_WIDE_FORM = /^(部门|单位|部门\(单位\))?整体$/;
/** Left of the form for any spending (财政支出绩效目标申报表 → 财政, 财政支出项目绩效目标申报表 → 财政支出): no project's. */
const FUNDS_FORM = /^财政(支出)?$/;

/** `51000021R000000019951-工资性支出` → code + name. */
const CODE_PREFIX = /^([0-9A-Za-z]{8,})\s*[-－—–_:：]\s*(\S.*)$/;

function nameAndCode(info: HeaderInfo, kind: TableKind): { name: string; code: string | null } {
  // A unit-wide form (部门整体支出绩效自评表, 零陵 2021) is named after its unit, whatever its kind.
  const unitWide = kind === "unit" || info.title.includes("整体");
  let name = info.name || (unitWide ? info.unitName : "") || nameFromTitle(info.title);
  let code = info.code;
  const m = CODE_PREFIX.exec(name);
  if (m && (code === null || code === m[1])) {
    code = m[1];
    name = m[2].trim();
  }
  return { name, code };
}

/**
 * The running sums of a plan written period by period (cumulatedPeriods), in the plan's own terms: amounts in 万元
 * when `amounts`, else its percentages as written (fractions of 1 when `fractions`); null unless every checkpoint is
 * dated, in order, and filled.
 */
function periodsCumulated(
  raw: RawCheckpoint[],
  year: number,
  amounts: (number | null)[] | null,
  budget: number | null,
  fractions: boolean,
): number[] | null {
  const periods: { label: string; date: string; value: number }[] = [];
  let previous = "";
  for (let i = 0; i < raw.length; i++) {
    const date = resolveCheckpointDate(raw[i].label, year);
    const value = amounts ? amounts[i] : parsePercentCell(raw[i].value, raw[i].numberFormat);
    if (date === null || date <= previous || value === null || value === undefined) return null;
    previous = date;
    periods.push({ label: raw[i].label, date, value });
  }
  return cumulatedPeriods(periods, amounts && budget !== null ? budget : fractions ? 1 : 100);
}

function checkpoints(
  raw: RawCheckpoint[],
  year: number | null,
  grid: SheetGrid,
  diagnostics: Diagnostic[],
  money: { budget: number | null; unit: HeaderInfo["moneyUnit"] } = { budget: null, unit: "万元" },
): Checkpoint[] {
  if (raw.length === 0) return [];
  if (year === null) {
    diagnostics.push(diagnostic(sheetCell(grid.name, raw[0].labelCell), "warning", say("read.schedule-no-year", {})));
    return [];
  }
  const { marked, fractions } = planMarks(raw);
  const amounts = marked || fractions ? null : planAmounts(raw, money);
  const budget = amounts ? money.budget : null;
  const perPeriod = periodsCumulated(raw, year, amounts, budget, fractions);
  const at = sheetCell(grid.name, raw[0].percentCell);
  if (perPeriod) diagnostics.push(diagnostic(at, "info", say("read.schedule-per-period", { budget })));
  else if (budget !== null) diagnostics.push(diagnostic(at, "info", say("read.schedule-amounts", { budget })));
  const out = newList<Checkpoint>(); // not a literal: records.ts
  for (let i = 0; i < raw.length; i++) {
    const cp = raw[i];
    const date = resolveCheckpointDate(cp.label, year);
    const amount = perPeriod ? perPeriod[i] : amounts?.[i];
    const parsed =
      budget !== null
        ? amount === null || amount === undefined
          ? null
          : Math.round((amount / budget) * 10000) / 100 // a plan share is never finer than 0.01 %
        : perPeriod
          ? roundPercent(perPeriod[i])
          : parsePercentCell(cp.value, cp.numberFormat);
    if (date === null) {
      diagnostics.push(
        diagnostic(sheetCell(grid.name, cp.labelCell), "warning", say("read.checkpoint-unknown", { label: cp.label })),
      );
      continue;
    }
    if (parsed === null) {
      const shown = grid.display(keyRow(cp.percentCell), keyCol(cp.percentCell));
      diagnostics.push(
        diagnostic(
          sheetCell(grid.name, cp.percentCell),
          "warning",
          shown
            ? say("read.checkpoint-not-a-number", { label: cp.label, shown })
            : say("read.checkpoint-empty", { label: cp.label }),
        ),
      );
      continue;
    }
    out.push(
      new CheckpointRecord(
        cp.label,
        date,
        fractions && !amounts ? roundPercent(parsed * 100) : parsed,
        cp.labelCell,
        cp.percentCell,
      ),
    );
  }
  // A share above the whole budget is impossible (a plan in 元 beside a budget in 万元): said, and no plan judged on.
  const over = out.find((cp) => shareOverBudget(cp.percent));
  if (over === undefined) return out;
  const shown = grid.display(keyRow(over.percentCell), keyCol(over.percentCell));
  diagnostics.push(
    diagnostic(
      sheetCell(grid.name, over.percentCell),
      "warning",
      say("read.schedule-over-budget", { label: over.label, shown, percent: over.percent }),
    ),
  );
  return newList<Checkpoint>();
}

/**
 * The drafts' indicators with their targets parsed in the table's context (each indicator is its draft's own object).
 * One context object per table, refilled for each indicator: parseTarget keeps none (its memo copies the fields).
 */
function indicatorsOf(drafts: IndicatorDraft[], budgetYear: number | null, date1904: boolean): Indicator[] {
  // Every field present (undefined when not given): one shape for the parser's memo to compare.
  const ctx: TargetContext = {
    level1: undefined,
    level2: undefined,
    name: undefined,
    unit: undefined,
    sign: undefined,
    numberFormat: undefined,
    budgetYear: budgetYear ?? undefined,
    date1904: date1904 || undefined,
  };
  return drafts.map((d) => {
    const indicator = d.indicator;
    ctx.level1 = indicator.level1 || undefined;
    ctx.level2 = indicator.level2 || undefined;
    ctx.name = indicator.name;
    ctx.unit = d.unit || undefined;
    ctx.sign = d.sign || undefined;
    ctx.numberFormat = d.targetFormat || undefined;
    const target = parseTarget(d.targetValue, ctx);
    // An empty 指标值 beside a name ending in its target (指标1：年度资金支付完成率100%): the name's.
    const empty = target.kind === "missing" && target.raw === "";
    indicator.target = (empty && targetFromName(indicator.name, ctx)) || target;
    return indicator;
  });
}

/**
 * An amount read at a cell, in 万元. A unit written in the cell itself ("200000元", "63.14万元") or shown by its
 * number format (200000 formatted #,##0"元" shows 200,000元) wins over the table's, as a unit in a money label does
 * (docs/domain.md#tables); only when the amount is that cell's own (not a sum of parts).
 */
function cellAmountInWan(amount: number, cell: CellKey, unit: HeaderInfo["moneyUnit"], grid: SheetGrid): number {
  const row = keyRow(cell);
  const col = keyCol(cell);
  const raw = grid.value(row, col);
  if (parseAmount(raw) !== amount) return toWan(amount, unit);
  const own = typeof raw === "number" ? formatMoneyUnit(grid.numberFormat(row, col)) : writtenMoneyUnit(raw);
  return toWan(amount, own ?? unit);
}

/**
 * The spent reading in 万元 (the cell is kept; a non-number stays as written). A date in the cell (45473 formatted
 * yyyy/m/d: Excel makes one of a typed 2024/6/30) is no amount: said once at the cell and kept as its date text, so it is
 * not judged (never 45473 万元); formulas mode passes it as that text too (plan/blocks.ts amountArg).
 */
function spentInWan(
  reading: CellReading | null,
  unit: HeaderInfo["moneyUnit"],
  grid: SheetGrid,
  diagnostics: Diagnostic[],
): CellReading | null {
  if (typeof reading?.value !== "number") return inWan(reading, unit, grid);
  const [row, col] = [keyRow(reading.cell), keyCol(reading.cell)];
  const date = isDateFormat(grid.numberFormat(row, col)) ? serialToIso(reading.value, reading.date1904 === true) : null;
  if (!date) return inWan(reading, unit, grid);
  diagnostics.push(diagnostic(grid.ref(row, col), "warning", say("read.spent-date", { date })));
  return { ...reading, value: date };
}

/** The spent reading in 万元 (the cell is kept; a non-number stays as written). */
function inWan(reading: CellReading | null, unit: HeaderInfo["moneyUnit"], grid: SheetGrid): CellReading | null {
  if (!reading) return reading;
  const amount = parseAmount(reading.value);
  if (amount === null) return reading;
  return { ...reading, value: cellAmountInWan(amount, reading.cell, unit, grid) };
}

/** Said once, at the spent cell: spending below zero, implausibly large for the budget (a unit slip), or above it. */
function spentNote(spent: CellReading | null, budget: number | null, grid: SheetGrid, diagnostics: Diagnostic[]): void {
  if (!spent || typeof spent.value !== "number") return;
  const problem = spentProblem(spent.value, budget ?? Number.NaN);
  if (!problem) return;
  const at = grid.ref(keyRow(spent.cell), keyCol(spent.cell));
  const v = spent.value;
  const b = budget ?? 0; // a budget is there for "unit" and "over" (spentProblem)
  const text =
    problem === "negative"
      ? say("read.spent-negative", { spent: v })
      : problem === "unit"
        ? say("read.spent-implausible", { spent: v, budget: b, times: v / b })
        : say("read.spent-over-budget", { spent: v, budget: b, rate: (v / b) * 100 });
  diagnostics.push(diagnostic(at, "warning", text));
}

/**
 * Said once, at the rate cell: the 执行率 the table writes (a monitoring table's 1-7月执行率) disagrees with its 执行数 ÷
 * 预算数 beyond the rounding of the digits it shows (money.ts rateOff).
 */
function rateNote(
  rate: CellReading | null,
  spent: CellReading | null,
  budget: number | null,
  grid: SheetGrid,
  diagnostics: Diagnostic[],
): void {
  if (!rate || typeof spent?.value !== "number" || budget === null) return;
  const off = rateOff(rate, spent.value, budget);
  if (!off) return;
  const at = grid.ref(keyRow(rate.cell), keyCol(rate.cell));
  diagnostics.push(diagnostic(at, "warning", say("read.rate-mismatch", { ...off, spent: spent.value, budget })));
}

function wanOf(amount: Amount | null | undefined, unit: HeaderInfo["moneyUnit"], grid: SheetGrid): number | null {
  return amount ? cellAmountInWan(amount.value, amount.cell, unit, grid) : null;
}

/**
 * The project period of the header block when it is dated (项目期 1年 or 长期 says no dates). Several dated periods
 * must agree (项目期 2022年 beside 起止时间 2022年1月-12月): where they differ (项目期 2022年, 建设周期 2020-2030年 of a
 * part) none is the project's for sure, and the budget year alone decides, as when none is written. The years in a
 * long-term goal's label (实施周期总目标(2022年--2024年)) count only when they include the budget year: the goal's
 * span copied from an earlier year's form is not this budget's.
 */
function projectPeriod(info: HeaderInfo, budgetYear: number | null): ProjectPeriod | undefined {
  // Most tables write no period: nothing made for them.
  if (info.periods.length === 0 && info.goalPeriods.length === 0) return undefined;
  let found: ProjectPeriod | undefined;
  const labelled = info.periods.length;
  const texts = [...info.periods.map((p) => p.text), ...info.goalPeriods];
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    const p = readProjectPeriod(text, budgetYear ?? undefined);
    if (!p) continue;
    if (i >= labelled && !(budgetYear !== null && yearOf(p.start) <= budgetYear && budgetYear <= yearOf(p.end)))
      continue;
    if (found && (found.start !== p.start || found.end !== p.end)) return undefined;
    found ??= new PeriodRecord(text, p.start, p.end);
  }
  return found;
}

/**
 * A project period written with a year that reads as no dates (项目起止时间 `20246-202516`, 湘潭 2024: `202516` is no year
 * and month, and 2025年1月6日 would be a guess): said once at its cell, so the clerk knows it was not read and why —
 * the targets' time limits are then judged by the budget year alone (review.ts deadlineOutsideYear).
 */
function unreadPeriods(info: HeaderInfo, budgetYear: number | null, grid: SheetGrid, diagnostics: Diagnostic[]): void {
  for (const p of info.periods) {
    const compact = compactText(p.text);
    if (!/20\d{2}/.test(compact) || readProjectPeriod(p.text, budgetYear ?? undefined)) continue;
    const end = unreadGluedEnd(compact);
    const params = { label: p.label, text: p.text.trim() };
    const text = end ? say("read.period-unread-glued", { ...params, end }) : say("read.period-unread", params);
    diagnostics.push(diagnostic(grid.ref(keyRow(p.cell), keyCol(p.cell)), "info", text));
  }
}

/**
 * The money unit the table's amounts are in. A yuan sign in the format of its budget or 执行数 cell (¥63.14: Excel's
 * 货币 / 会计专用 styles) names the currency, not the magnitude: under 单位：万元 the amount stays in 万元, as clerks
 * write ￥12.5万 (said once); only a table that states no unit takes 元 from its budget's (docs/domain.md#tables). A format that
 * shows its own unit ("¥"#,##0"元") speaks for its cell alone (cellAmountInWan).
 */
function tableMoneyUnit(
  info: HeaderInfo,
  cells: (CellKey | undefined)[],
  grid: SheetGrid,
  diagnostics: Diagnostic[],
): HeaderInfo["moneyUnit"] {
  for (const cell of cells) {
    if (cell === undefined) continue;
    const row = keyRow(cell);
    const col = keyCol(cell);
    const format = grid.numberFormat(row, col);
    if (typeof grid.value(row, col) !== "number" || !format || !showsYuanSign(format) || formatMoneyUnit(format))
      continue;
    // The budget is the table's amount: its ¥ states the unit the table does not (a 执行数's ¥ alone does not).
    const yuan = !info.moneyUnitStated && cell === cells[0];
    const text = yuan ? say("read.yuan-sign-yuan", {}) : say("read.yuan-sign-table-unit", { unit: info.moneyUnit });
    diagnostics.push(diagnostic(grid.ref(row, col), "info", text));
    return yuan ? "元" : info.moneyUnit;
  }
  return info.moneyUnit;
}

/**
 * A budget written as a bare number — no unit in its cell or its format, none stated by the table (万元 assumed) —
 * too large for 万元 (YUAN_BY_SIZE: 1681680 would be 168 亿元). The table may say its unit elsewhere: an indicator
 * stating that very amount with a unit (维护成本 ≤1681680元, 项目总成本 ≤168.17万元: 元; ≤1681680万元: 万元), or
 * another amount of it written with a unit (财政拨款 1681680元). 元 said so is read, said in one line; with nothing to
 * tell, the budget is not read, said in one line (why, and what to write). Null for any other budget: read as before.
 */
function bareBudget(
  info: HeaderInfo,
  budget: Amount | null,
  unit: HeaderInfo["moneyUnit"],
  indicators: Indicator[],
  grid: SheetGrid,
): { unit: "元" | null; said: Diagnostic } | null {
  if (!budget || info.moneyUnitStated || unit !== "万元" || budget.value < YUAN_BY_SIZE) return null;
  const row = keyRow(budget.cell);
  const col = keyCol(budget.cell);
  if (parseAmount(grid.value(row, col)) !== budget.value || ownMoneyUnit(grid, budget.cell)) return null;
  const amount = budget.value;
  const near = (wan: number, of: number) => Math.abs(wan - of) <= 0.005 * Math.abs(of);
  const at = grid.ref(row, col);
  const decided = (by: { indicator: string | null; cell: string | null }) => ({
    unit: "元" as const,
    said: diagnostic(at, "info", say("read.budget-bare-decided", { amount, wan: toWan(amount, "元"), ...by })),
  });
  for (const ind of indicators) {
    const t = ind.target;
    if (t.value === null || t.unit === null || MONEY_IN_WAN[t.unit] === undefined) continue;
    const wan = toWan(t.value, t.unit);
    if (near(wan, amount)) return null; // the amount stated in 万元 by the table itself
    if (near(wan, toWan(amount, "元"))) return decided({ indicator: `${ind.name} ${t.raw}`, cell: null });
  }
  for (const other of [info.fiscal?.cell, info.other?.cell, info.spent?.cell]) {
    if (other === undefined) continue;
    const own = ownMoneyUnit(grid, other);
    if (own === "万元") return null;
    if (own === "元") return decided({ indicator: null, cell: cellName(keyRow(other), keyCol(other)) });
  }
  const said = say("read.budget-bare-unread", { amount, yi: toWan(amount, "万元") / 10000 });
  return { unit: null, said: diagnostic(at, "warning", said) };
}

/** The money unit a cell shows of its own: written after its amount ("1681680元"), or by its number format. */
function ownMoneyUnit(grid: SheetGrid, cell: CellKey): string | null {
  const raw = grid.value(keyRow(cell), keyCol(cell));
  return typeof raw === "number"
    ? formatMoneyUnit(grid.numberFormat(keyRow(cell), keyCol(cell)))
    : writtenMoneyUnit(raw);
}

function tableOf(draft: TableDraft, kind: TableKind, budgetYear: number | null, diagnostics: Diagnostic[]): GoalTable {
  const { grid, header, info, block } = draft;
  const project = nameAndCode(info, kind);
  const code = project.code;
  const name = draft.region === undefined ? project.name : `${project.name}（${draft.region}）`;
  // A region's table has no money of its own: the header block's amounts are the total for all regions.
  const regional = draft.region === undefined ? info : { ...info, budget: null, spent: null, schedule: [] };
  let unit = tableMoneyUnit(info, [regional.budget?.cell, regional.spent?.cell], grid, diagnostics);
  const indicators = indicatorsOf(block.indicators, budgetYear, grid.date1904);
  const bare = bareBudget(info, regional.budget, unit, indicators, grid);
  if (bare !== null) diagnostics.push(bare.said);
  if (bare?.unit) unit = bare.unit;
  // A bare budget too large for 万元 with nothing saying 元: no amount of the table is read (its parts are alike).
  const unread = bare !== null && !bare.unit;
  const money = unread ? { ...regional, budget: null } : regional;
  const parts = unread ? { ...info, budget: null, fiscal: null, other: null, writtenTotal: null } : info;
  if (!name) {
    diagnostics.push(diagnostic(grid.ref(header.row, header.left), "warning", say("read.no-project-name", {})));
  }
  if (budgetYear === null && draft.first === undefined) {
    diagnostics.push(diagnostic(grid.ref(header.row, header.left), "info", say("read.no-budget-year", {})));
  }
  if (draft.region === undefined) unreadPeriods(info, budgetYear, grid, diagnostics);
  // Execution is judged for projects, self-evaluations and monitoring tables; unit-wide goals often carry no money.
  // A budget formula without a usable result was said at its cell (read.amount-uncached / -error): one line, not two.
  if (!info.budget && !info.budgetNoResult && !draft.fromList && draft.region === undefined && kind !== "unit") {
    diagnostics.push(diagnostic(grid.ref(header.row, header.left), "info", say("read.no-budget", {})));
  }
  // A spent label's own unit (执行数（元）) is its amount's; the table's otherwise.
  const spentUnit = (draft.region === undefined && info.spentUnit) || undefined;
  const spent = spentInWan(money.spent, spentUnit ?? unit, grid, diagnostics);
  const budget = wanOf(money.budget, unit, grid);
  spentNote(spent, budget, grid, diagnostics);
  // A self-evaluation's rate is its rules' (selfEvaluate's finding); a region's money is the region's, not this table's.
  if (kind !== "self-evaluation" && draft.region === undefined)
    rateNote(info.executionRate, spent, budget, grid, diagnostics);
  // funds.total keeps the written total (a review compares it with 财政 + 其他); budget is what is judged.
  const written = parts.writtenTotal !== undefined ? parts.writtenTotal : parts.budget;
  // Built whole, a cell undefined when there is none (JSON leaves it out): one shape, nothing added afterwards.
  const funds = new FundsRecord(
    wanOf(written, unit, grid),
    wanOf(parts.fiscal, unit, grid),
    wanOf(parts.other, unit, grid),
    written?.cell,
    parts.fiscal?.cell,
    parts.other?.cell,
  );

  const summaryScore =
    block.summaryRow !== null && header.columns.score !== undefined
      ? {
          cell: cellKey(block.summaryRow, header.columns.score),
          value: grid.value(block.summaryRow, header.columns.score),
        }
      : null;
  const bottom = block.summaryRow ?? block.lastRow;
  // Made by constructors, not literals (records.ts); the optional parts last, undefined when there is none (JSON
  // leaves them out). The header's own columns, not a copy: no one changes them once the header is read.
  return new TableRecord(
    grid.name,
    kind,
    info.title,
    name,
    code,
    info.unitName,
    budget,
    unit,
    funds,
    info.purpose,
    checkpoints(money.schedule, budgetYear, grid, diagnostics, { budget, unit }),
    info.goal || goalBeside(grid, header, block),
    budgetYear,
    spent,
    new RangeRecord(
      draft.fromList ? info.top : Math.min(info.top, header.row),
      Math.min(info.left, header.left),
      bottom,
      Math.max(info.right, header.right, draft.planRight ?? -1),
    ),
    new HeaderRecord(header.row, header.columns),
    indicators,
    money.budget?.cell,
    draft.region,
    (draft.region === undefined && info.executionWeight) || undefined,
    (draft.region === undefined && info.executionScore) || undefined,
    summaryScore ?? ((draft.region === undefined && info.totalScore) || undefined),
    projectPeriod(info, budgetYear),
    goalBlockWeights(grid, header, bottom, indicators, (draft.region === undefined && info.executionWeight) || null),
    (draft.region === undefined && info.executionReason) || undefined,
    (draft.region === undefined && info.executionRate) || undefined,
    spentUnit,
  );
}

/**
 * The points of each goal block when captions merged down left of the indicator columns split the indicators into
 * two or more blocks, each caption giving its points ("年度绩效目标1(40分)" / "年度绩效目标2(40分)", 黄冈 2020 自评, each
 * block under its own header row), or when one caption gives the goals points other than the national split's 90
 * and no 一级 gives its own ("年度绩效目标(80分)" of the 湖北 template whose money earns 20, 长江禁捕 2020: the unit shares
 * the 80 out itself, so 产出 50 / 效益 30 / 满意度 10 is not its rule; 黄石 2022 writes its split in 产出指标(40分) …);
 * else undefined (no caption with points, one of 90, or one the money's written 分值 does not make up to 100).
 */
function goalBlockWeights(
  grid: SheetGrid,
  header: IndicatorHeader,
  lastRow: number,
  indicators: Indicator[],
  money: CellReading | null,
): number[] | undefined {
  const firstColumn = Math.min(...Object.values(header.columns));
  const weights: number[] = [];
  let top = 0;
  let bottom = 0;
  for (let c = grid.left; c < firstColumn; c++) {
    for (let r = header.row; r <= lastRow; r = grid.bottomEdge(r, c) + 1) {
      if (grid.bottomEdge(r, c) === r) continue;
      const points = levelWeight(grid.text(r, c));
      if (points === null) continue;
      weights.push(points);
      [top, bottom] = [r, grid.bottomEdge(r, c)];
    }
    if (weights.length > 0) break;
  }
  if (weights.length >= 2) return weights;
  if (weights.length === 0 || weights[0] === NATIONAL_GOAL_POINTS || levelsWeighted(grid, header, lastRow))
    return undefined;
  // One caption is the unit's share of the form's 100 only when the money's written points make up the rest (80 +
  // 20): one beside money of 10 (60, 80, 100) is no such share, and the national split still scores the indicators.
  // Money with no written points leaves the caption to decide.
  const execution = executionPoints(indicators, money, top, bottom);
  return execution === null || Math.abs(weights[0] + execution - FULL_SCORE) < 0.005 ? weights : undefined;
}

/**
 * The execution's written points: a 预算执行率 row's 分值 outside the goals' caption (one under it is a part of the
 * caption's points), else the money block's 分值 (its column, or "(20分)" in its label); null when none is written.
 */
function executionPoints(
  indicators: Indicator[],
  money: CellReading | null,
  top: number,
  bottom: number,
): number | null {
  const row = indicators.find((ind) => (ind.row < top || ind.row > bottom) && isExecutionRow(ind));
  if (row) return row.weight;
  const value = money?.value ?? null;
  return parseAmount(value) ?? (typeof value === "string" ? levelWeight(value) : null);
}

/** A 一级 cell under the header giving its points (产出指标(40分), 黄石 2022): the unit's split is written there. */
function levelsWeighted(grid: SheetGrid, header: IndicatorHeader, lastRow: number): boolean {
  const col = header.columns.level1;
  if (col === undefined) return false;
  for (let r = header.lastRow + 1; r <= lastRow; r = grid.bottomEdge(r, col) + 1)
    if (levelWeight(grid.text(r, col)) !== null) return true;
  return false;
}

/** The points the national split gives the goals: 产出 50 + 效益 30 + 满意度 10. */
const NATIONAL_GOAL_POINTS = NATIONAL_WEIGHTS.output + NATIONAL_WEIGHTS.effect + NATIONAL_WEIGHTS.satisfaction;

/**
 * A table waiting for the year most tables state: its place in the list and its draft. Made by `new`, not a literal:
 * V8 puts a literal whose objects outlive young collections straight into the old generation (records.ts), and there
 * an entry dead after the read still holds its draft, and through it the sheet's whole grid, through every young
 * collection until the next full one (measured on the bench: ~700 page faults per check).
 */
class Waiting {
  constructor(
    readonly at: number,
    readonly draft: TableDraft,
  ) {}
}

/** The rows of the indicators alone on their row: where our block has cells (the plan's blockIndicators). */
function oneARow(drafts: IndicatorDraft[]): number[] {
  const perRow = new Map<number, number>();
  for (const d of drafts) perRow.set(d.indicator.row, (perRow.get(d.indicator.row) ?? 0) + 1);
  return [...perRow].flatMap(([row, n]) => (n === 1 ? [row] : []));
}

/**
 * Every goal table of a workbook snapshot, with the reader's diagnostics; read twice only when a column per year was
 * chosen before any year was known.
 */
export function readWorkbook(snapshot: WorkbookSnapshot, options: ReadOptions = {}): ReadResult {
  const dated: DatedYear = { year: options.budgetYear ?? null, from: "setting", undated: false };
  const first = readOnce(snapshot, options, dated);
  // A target column per year chosen with no year known (none stated, none set): read again in the year most tables
  // state, now known — the column judged is the budget year's, as the table's year will be. Only such a workbook is
  // read twice.
  if (!dated.undated || first.common === null) return first.result;
  return readOnce(snapshot, options, { year: first.common, from: "workbook", undated: false }).result;
}

/** The tables of a workbook read once (dated: the year a table stating none chooses its column by), and their
 * common year. */
function readOnce(
  snapshot: WorkbookSnapshot,
  options: ReadOptions,
  dated: DatedYear,
): { result: ReadResult; common: number | null } {
  const diagnostics: Diagnostic[] = [];
  const ours = options.ownSheets;
  // A table is made as soon as its draft is final when its year is known then (its own, or the option's): its draft
  // dies young. The others wait for the year most of the user's tables state. Tables keep reading order, and what
  // making them says follows what reading the sheets says, table by table, as when all were made at the end.
  const tables = newList<GoalTable>(); // not a literal: records.ts
  const waiting: Waiting[] = [];
  // What making each table says, by table (a list only for a table that says something: most say nothing).
  const saidOf: Diagnostic[][] = [];
  const saying: Diagnostic[] = [];
  const make = (at: number, draft: TableDraft, year: number | null) => {
    tables[at] = tableOf(draft, kindOfDraft(draft), year, saying);
    if (saying.length > 0) saidOf[at] = saying.splice(0);
  };
  const stated: number[] = [];
  const take = (draft: TableDraft) => {
    const written = statedYear(draft);
    const later = written === null ? null : laterPeriodYear(draft, written);
    const own = later?.year ?? written;
    if (own !== null && !ours?.has(draft.grid.name)) stated.push(own);
    const year = own ?? options.budgetYear ?? null;
    const named = year === null ? namedYear(draft) : null;
    if (named !== null) {
      // Judged in the year its indicators name, not in the monitoring date's: said, as it is read from names.
      const at = tables.length;
      make(at, draft, named);
      const note = diagnostic(
        draft.grid.ref(draft.header.row, draft.header.left),
        "info",
        say("read.year-from-names", { year: named }),
      );
      (saidOf[at] ??= []).push(note);
    } else if (year === null) {
      waiting.push(new Waiting(tables.length, draft));
      tables.push(undefined as unknown as GoalTable); // its place, made below
    } else make(tables.length, draft, year);
    if (later && written !== null) {
      const at = tables.length - 1;
      const params = { stated: written, period: later.text, year: later.year };
      const cell = draft.grid.ref(draft.header.row, draft.header.left);
      (saidOf[at] ??= []).push(diagnostic(cell, "warning", say("read.year-from-period", params)));
    }
  };
  const record = recordOf(snapshot);
  const ourColumns = new OurColumns(snapshot);
  // A pair's table is goals with what they reached, whatever the first table's title says: the rows' points are the
  // first table's, none for the rules to share out (a self-evaluation without 分值 gets the national split).
  const kindOfDraft = (draft: TableDraft): TableKind =>
    draft.first
      ? "project"
      : kindOf(draft.info, draft.header, () =>
          ourColumns.beside(
            draft.grid.name,
            draft.header.row,
            Math.min(draft.info.left, draft.header.left),
            oneARow(draft.block.indicators),
          ),
        );
  for (const sheet of snapshot.sheets) {
    if (sheet.name === MARKS_SHEET) continue;
    if (sheet.veryHidden) {
      // The clerk cannot show it (only code can): no finding there could be reached. No cell to point at, either.
      diagnostics.push(diagnostic(null, "info", say("read.very-hidden-sheet", { sheet: sheet.name })));
      continue;
    }
    const grid = new SheetGrid(
      ourHeadersInChinese(sheet, record),
      snapshot.date1904,
      ourValuesOn(sheet, record),
      ourHeaderCells(sheet, record),
    );
    readSheet(grid, dated, diagnostics, take, ourColumns);
  }
  const common = mostCommon(stated);
  for (const { at, draft } of waiting) {
    make(at, draft, common ?? codeYear(nameAndCode(draft.info, kindOfDraft(draft)).code));
  }
  for (let i = 0; i < saidOf.length; i++) if (saidOf[i]) diagnostics.push(...saidOf[i]);
  return { result: { tables, diagnostics }, common };
}
