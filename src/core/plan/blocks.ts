/** The monitoring columns beside an indicator block and beside a project's spending schedule. */
import { cellKey, cellName, columnLetters, keyCol, keyRow, rangeToA1, SHEET_COLUMNS, sheetCell } from "../a1";
import { checkedIndicators } from "../checked";
import { DATE1904_OFFSET, monthOf, yearOf } from "../dates";
import { moneyScale } from "../money";
import { readsAsAmounts, type PlanCell } from "../read/planAmounts";
import { writtenMoneyUnit } from "../read/text";
import { formatUnit, scaledReading, takesNumber, yearTypedBefore } from "../evaluate/actual";
import { canonicalUnit, judgedTarget } from "../evaluate/units";
import { isDateFormat, isPercentFormat } from "../numberFormat";
import { roundedNumber } from "../numbers";
import { countEn } from "../locale/plural";
import { tableLabel } from "../tableLabel";
import {
  DEFAULT_SETTINGS,
  type CellKey,
  type CellRange,
  type CellRef,
  type CellValue,
  type CheckedTable,
  type GoalTable,
  type Indicator,
} from "../types";
import { HEADER_STYLE, type PlanContext } from "./context";
import type { MisplacedRow } from "./misplaced";
import type { LocatedBlock, Ownership } from "./ownership";
import { indicatorPrint, misplacedKey, typedPrint } from "./rowsFor";
import type { RowFor } from "./types";
import { INDICATOR_SHAPE, SCHEDULE_SHAPE } from "./shapes";
import { arrayConstant, call, cellRange, refFrom, showsDate, stringLiteral } from "./formulas";
import { columnRuns } from "./rectangles";
import {
  HIGHLIGHTS,
  LIGHT_WORDS,
  MISPLACED_WORDS,
  MONITOR_COLUMNS,
  type MonitorColumn,
  PERCENT_FORMAT,
  SCHEDULE_COLUMNS,
  STATUS_WORDS,
} from "./words";
import { sortedShort } from "../lists";

/** Where a table's monitoring block went: the cells the summary sheet refers to. */
export interface IndicatorBlock {
  sheet: string;
  /** Column of the 预警 cells and the rows of the indicators. */
  lightCol: number;
  /** Column of the 状态 cells (the summary counts 待填报 and 无法识别 there). */
  statusCol: number;
  rows: number[];
}

export interface ScheduleBlock {
  spent: CellRef | null;
  rate: CellRef;
  planned: CellRef;
  light: CellRef;
}

/** Indicators that get monitoring cells: one per row (indicators read out of one paragraph share a row). */
export function blockIndicators(table: GoalTable): Indicator[] {
  const perRow = new Map<number, number>();
  for (const i of table.indicators) perRow.set(i.row, (perRow.get(i.row) ?? 0) + 1);
  return table.indicators.filter((i) => perRow.get(i.row) === 1);
}

/** The header and value rows of a schedule block. */
function scheduleRows(checkpoints: GoalTable["schedule"]): { headerRow: number; valueRow: number } | null {
  if (checkpoints.length === 0) return null;
  const headerRow = keyRow(checkpoints[0].labelCell);
  const valueRow = keyRow(checkpoints[0].percentCell);
  return valueRow > headerRow ? { headerRow, valueRow } : null;
}

/**
 * Find again the blocks an earlier run wrote beside each table, before anything is planned, so that every
 * question "is this cell ours?" already knows where the blocks are now.
 */
export function locateBlocks(own: Ownership, tables: readonly GoalTable[]): void {
  if (!own.blocksToFind()) return;
  const heads = new Map<string, { row: number; left: number }[]>();
  for (const table of tables)
    if (table.source !== "prose" && blockIndicators(table).length > 0) {
      const list = heads.get(table.sheet) ?? [];
      list.push({ row: table.header.row, left: table.range.left });
      heads.set(table.sheet, list);
    }
  own.learnShifts(heads);
  for (const table of tables) {
    if (!own.blocksToFind()) return; // none recorded (a first run), or all found
    if (table.source === "prose") continue;
    const where = { sheet: table.sheet, left: table.range.left };
    const indicators = blockIndicators(table);
    const rows = indicators.map((i) => i.row);
    const names = indicators.map(indicatorPrint);
    if (rows.length) own.locate(table, { ...where, headerRow: table.header.row, rows, names }, INDICATOR_SHAPE);
    const schedule = scheduleRows(table.schedule);
    if (schedule)
      own.locate(table, { ...where, headerRow: schedule.headerRow, rows: [schedule.valueRow] }, SCHEDULE_SHAPE);
  }
}

/**
 * The columns of a block: where the block found again has them (and the keys it lost, re-placed right of
 * it), or a fresh block at the first free columns right of the table. Returns key → column, or null.
 */
function blockColumns(
  ctx: PlanContext,
  table: GoalTable,
  located: LocatedBlock | undefined,
  wanted: { key: string; role: "computed" | "input" }[],
  rows: number[],
  headerRow: number,
  announce: boolean,
  headerOf: (key: string) => { zh: string; en: string } | undefined,
  names?: string[],
): Map<string, number> | null {
  const sheet = table.sheet;
  if (!located) {
    const start = ctx.contentRight(sheet, table.range, headerRow) + 1;
    const left = ctx.place(
      sheet,
      start,
      headerRow,
      rows,
      wanted.map((c) => c.role),
      names,
    );
    if (left < 0) return null;
    if (left !== start && announce)
      ctx.say(
        `表「${tableLabel(table)}」右侧的列已有内容，监控列放在 ${columnLetters(left)} 列起。`,
        `Columns right of "${tableLabel(table)}" are not empty; monitoring columns start at column ${columnLetters(left)}.`,
      );
    return new Map(wanted.map((c, i) => [c.key, left + i]));
  }
  const cols = new Map(located.cols.map((c) => [c.key, c.col]));
  let next = Math.max(...located.cols.map((c) => c.col)) + 1;
  for (const c of wanted) {
    if (cols.has(c.key) || !located.keys.includes(c.key)) continue;
    // A column the user deleted (or whose header they overwrote) comes back right of the block, once: the record
    // holds it there from now on.
    const col = ctx.place(sheet, next, headerRow, rows, [c.role]);
    if (col < 0) continue;
    cols.set(c.key, col);
    next = col + 1;
    const header = headerOf(c.key);
    // Where to type now: the clerk took the old column over (a header of their own) or deleted it. A computed
    // column is said too: it did not move by itself, and what they typed under the old header stays theirs.
    if (c.role === "input" && header)
      ctx.say(
        `表「${tableLabel(table)}」的“${header.zh}”列已删除或表头已改为其他内容（该列视为您的列，不再读取或写入），“${header.zh}”请改在 ${columnLetters(col)} 列填写。`,
        `The "${header.en}" column of "${tableLabel(table)}" was deleted or its header changed (that column is yours now, neither read nor written); type "${header.en}" in column ${columnLetters(col)} instead.`,
      );
    else if (header)
      ctx.say(
        `表「${tableLabel(table)}」的“${header.zh}”列已删除或表头已改为其他内容（该列视为您的列，不再写入），本工具的“${header.zh}”改写在 ${columnLetters(col)} 列。`,
        `The "${header.en}" column of "${tableLabel(table)}" was deleted or its header changed (that column is yours now, not written); the add-in's "${header.en}" is written in column ${columnLetters(col)} instead.`,
      );
  }
  return cols;
}

/**
 * No room right of the table for its monitoring columns: one line naming the sheet, why (its rows hold cells to the
 * sheet's last column, or no `count` empty columns side by side are left between them and it) and what to do.
 */
function sayNoRoom(ctx: PlanContext, table: GoalTable, headerRow: number, count: number): void {
  const [sheet, label] = [table.sheet, tableLabel(table)];
  const last = columnLetters(SHEET_COLUMNS - 1);
  const start = ctx.contentRight(sheet, table.range, headerRow) + 1;
  if (start >= SHEET_COLUMNS)
    ctx.say(
      `工作表「${sheet}」的表「${label}」所在行一直到最后一列 ${last} 都有内容，右侧没有空列，未添加监控列：请把 ${last} 列等远处的内容移到别处或删去后再检查。`,
      `Sheet "${sheet}": the rows of "${label}" hold cells up to the last column, ${last}, leaving no free columns right of it; monitoring columns not added: move or delete the far-right cells (column ${last}) and check again.`,
    );
  else
    ctx.say(
      `工作表「${sheet}」的表「${label}」右侧 ${columnLetters(start)}–${last} 列中没有 ${count} 列连着的空列，未添加监控列：请把右侧远处的内容移到别处或删去后再检查。`,
      `Sheet "${sheet}": columns ${columnLetters(start)}–${last} right of "${label}" have no ${count} free columns side by side; monitoring columns not added: move or delete the far-right cells and check again.`,
    );
}

/** The keys of a block found again whose header the clerk renamed: theirs, never written back (Ownership.locate). */
const renamedHeaders = (located: LocatedBlock | undefined) =>
  new Set(located?.cols.filter((c) => c.renamed).map((c) => c.key));

/**
 * Table columns that already play the role of one of ours: not ours from an earlier run, nor our header taken into
 * the clerk's Excel table over a column still empty on `rows` (ours to fill again: PlanContext.ourNameInTable).
 */
function existingColumn(ctx: PlanContext, table: GoalTable, column: MonitorColumn, rows: number[]): number | undefined {
  const col = table.header.columns[column.key as keyof GoalTable["header"]["columns"]];
  if (col === undefined) return undefined;
  const sheet = table.sheet;
  const row = table.header.row;
  if (ctx.wasMarked({ sheet, row, col })) return undefined;
  const ours =
    ctx.ourNameInTable(sheet, row, col, column.header[ctx.lang]) &&
    rows.every((r) => ctx.usable(sheet, r, col, "input"));
  return ours ? undefined : col;
}

/**
 * `misplaced`: rows whose typed cells are another indicator's (misplaced.ts), by misplacedKey: their 状态 says so, as a
 * value (a formula would judge by those cells), and the record keeps the indicator they were typed for.
 */
export function planIndicatorBlock(
  ctx: PlanContext,
  checked: CheckedTable,
  asOf: string,
  misplaced: ReadonlyMap<string, MisplacedRow> = new Map(),
): IndicatorBlock | null {
  const { table } = checked;
  const oneARow = new Set(blockIndicators(table));
  const checkedRows = checkedIndicators(checked).filter((c) => oneARow.has(c.indicator));
  const indicators = checkedRows.map((c) => c.indicator);
  if (indicators.length === 0) return null;
  const sheet = table.sheet;
  const located = ctx.own.blockOf(table, "indicators");
  const rows = indicators.map((i) => i.row);
  const afterYear = table.kind === "self-evaluation";
  const keep = (c: MonitorColumn): boolean => {
    // A self-evaluation's column of the rest of the year stays only where an earlier check put it and it still is:
    // one the clerk deleted (or took over) is not placed again.
    if (afterYear && c.duringYear) return located?.cols.some((l) => l.key === c.key) === true;
    // Checked before: the block's own columns. First check: ours, but an input column the table has already.
    if (located) return located.keys.includes(c.key);
    return c.role === "computed" || existingColumn(ctx, table, c, rows) === undefined;
  };
  const columns = MONITOR_COLUMNS.filter(keep);
  const headerRow = table.header.row;
  const names = columns.map((c) => c.header[ctx.lang]);
  const headerOf = (key: string) => MONITOR_COLUMNS.find((c) => c.key === key)?.header;
  const cols = blockColumns(ctx, table, located, columns, rows, headerRow, true, headerOf, names);
  if (!cols || !cols.has("status") || !cols.has("light")) {
    sayNoRoom(ctx, table, headerRow, columns.length);
    return null;
  }
  const placed = columns.filter((c) => cols.has(c.key));
  const colOf = (key: string) => cols.get(key);
  const renamed = renamedHeaders(located);
  placed.forEach((c) => {
    const col = cols.get(c.key) as number;
    const header: CellRef = { sheet, row: headerRow, col };
    const text = renamed.has(c.key) ? null : c.header[ctx.lang];
    if (c.role === "input") ctx.inputColumn(sheet, header, columnRuns(rows, col), text, c.list);
    else if (text !== null) ctx.setValue(header, text, HEADER_STYLE);
  });
  const rowsFor: RowFor[] = [];
  ctx.recordBlock({
    sheet,
    kind: "indicators",
    row: headerRow,
    left: table.range.left,
    cols: placed.map((c) => ({ key: c.key, col: cols.get(c.key) as number })),
    rowsFor,
  });
  const reasonCol = colOf("reason");
  if (reasonCol !== undefined && table.header.columns.reason === undefined)
    ctx.reasonColumns.push({ table, col: reasonCol });
  const statusCol = colOf("status") as number;
  const lightCol = colOf("light") as number;
  const ourActualCol = colOf("actual");
  const inputCols = placed.flatMap((c) => (c.role === "input" ? [cols.get(c.key) as number] : []));
  checkedRows.forEach(({ indicator, result: judged }) => {
    const row = indicator.row;
    const elsewhere = misplaced.get(misplacedKey(sheet, row));
    const typed = typedPrint(ctx.contents, sheet, row, inputCols);
    rowsFor.push({ row, indicator: elsewhere?.typedFor ?? indicatorPrint(indicator), typed });
    const statusCell = { sheet, row, col: statusCol };
    // Formulas mode: our empty 实际完成值 cell for a % target is formatted as a percentage now, so what the clerk
    // types later (3 or 3%: 0.03, shown 3.00%) is read by the formula as it is shown, as a check reads it. Any other
    // run takes our format off again (values mode, the target no longer a %), as a first check of that kind leaves the
    // cell; a misplaced row's cells are another indicator's: left as they are.
    const wanted = elsewhere ? undefined : ctx.options.formulas && percentTarget(indicator) ? PERCENT_FORMAT : null;
    const ourFormat =
      ourActualCol !== undefined
        ? ctx.inputNumberFormat({ sheet, row, col: ourActualCol }, wanted, statusCell)
        : undefined;
    if (elsewhere) {
      ctx.setValue(statusCell, MISPLACED_WORDS[ctx.lang]);
      ctx.setValue({ sheet, row, col: lightCol }, LIGHT_WORDS.none[ctx.lang]);
      return;
    }
    // Built for the first formula that needs them (none in value mode); null: no formula the hosts take (typeArg).
    let args: (string | undefined)[] | null | undefined;
    const perfArgs = () => {
      if (args !== undefined) return args;
      const type = typeArg(ctx, table, indicator);
      if (type === null) return (args = null);
      const actual = actualCell(table, indicator, ourActualCol);
      const read = indicator.actual;
      const format = ourFormat !== undefined ? ourFormat : read && read.cell === actual ? read.numberFormat : undefined;
      const date1904 = ctx.snapshot.date1904 === true;
      args = [
        ownDates(targetArg(indicator), indicator, date1904),
        actual
          ? actualArg(
              refFrom(sheet, sheetCell(sheet, actual)),
              format,
              indicator,
              atCheck(ctx, sheet, actual),
              date1904,
            )
          : '""',
        ctx.names.asOfArg(),
        type,
        ctx.lang === "en" ? '"en"' : undefined,
        yearArg(table, asOf) ??
          (table.budgetYear === null && noYearSaid(indicator, asOf) ? NO_YEAR[ctx.lang] : undefined),
        ...indicatorRules(ctx),
      ];
      return args;
    };
    const status = STATUS_WORDS[judged.status][ctx.lang];
    const light = LIGHT_WORDS[judged.light][ctx.lang];
    const perf = (name: string) => () => {
      const a = perfArgs();
      return a && call(name, a);
    };
    ctx.setComputed(statusCell, perf("PERF.STATUS"), status);
    ctx.setComputed({ sheet, row, col: lightCol }, perf("PERF.LIGHT"), light);
    if (judged.why && (judged.light === "red" || judged.light === "yellow" || judged.light === "blue" || judged.noted))
      ctx.note(statusCell, judged.why);
  });
  highlightIndicators(ctx, table.sheet, indicators, statusCol, lightCol);
  return { sheet, lightCol, statusCol, rows };
}

/**
 * A row of a table without a budget year whose function must be told so (无): a target not understood without one, or
 * an actual typed with a year before 监控时点's (2024年完成120人 in February 2025), which the check read as the amount —
 * the table's year is not known, so no year typed is another's — and the date's year would call last year's (review60).
 * Only those rows: 无 reads every target undated, which another row's cells may not bear.
 */
function noYearSaid(indicator: Indicator, asOf: string): boolean {
  return indicator.target.kind === "unknown" || yearTypedBefore(indicator.actual, yearOf(asOf)) !== null;
}

/**
 * The functions date 12月底前 / 3月底 … and the deadline in 监控时点's year. A table of another year (a 2023
 * plan checked in February 2024) passes its own, as the core judged it; same-year formulas stay as they were.
 */
function yearArg(table: GoalTable, asOf: string): string | undefined {
  return table.budgetYear !== null && table.budgetYear !== yearOf(asOf) ? String(table.budgetYear) : undefined;
}

/**
 * The settings the check judged with, as the functions' last arguments, only where they differ from the defaults
 * (a workbook on the defaults keeps its formulas as they were). A later check with other settings writes the
 * formulas anew with them, as it does the values (docs/domain.md#settings).
 */
function indicatorRules(ctx: PlanContext): (string | undefined)[] {
  const rules = ctx.options.rules ?? DEFAULT_SETTINGS;
  const { red, yellow, blue } = rules.bands;
  const d = DEFAULT_SETTINGS.bands;
  const bands = red !== d.red || yellow !== d.yellow || blue !== d.blue ? `{${red},${yellow},${blue}}` : undefined;
  // TRUE() rather than the literal TRUE: Excel reads both, HyperFormula (our formula engine in tests) the function only.
  return [bands, rules.strictQualityTimeCost ? "TRUE()" : undefined, rules.exceededForLevels ? "TRUE()" : undefined];
}

/** Schedule method and the red / yellow edges of the execution light, where not the defaults (indicatorRules). */
function executionRules(ctx: PlanContext): { method?: string; bands?: string } {
  const rules = ctx.options.rules ?? DEFAULT_SETTINGS;
  const { red, yellow } = rules.bands;
  const d = DEFAULT_SETTINGS.bands;
  return {
    method: rules.scheduleMethod !== DEFAULT_SETTINGS.scheduleMethod ? stringLiteral(rules.scheduleMethod) : undefined,
    bands: red !== d.red || yellow !== d.yellow ? `{${red},${yellow}}` : undefined,
  };
}

/**
 * A table without a budget year: the core reads a target dated without a year (11月底前) as not understood
 * (docs/domain.md#budget-year); "无" (none) makes PERF.STATUS read it so too. Only such targets get it.
 */
const NO_YEAR = { zh: stringLiteral("无"), en: stringLiteral("none") };

/**
 * A custom function never sees number formats: 1.15 shown as 115% would reach it as 1.15 (%). The core reads a
 * number through its format (docs/domain.md#actual-values), so such a cell is passed as the text it shows: "115%"
 * (shownByFormat); a date (45565 shown as 2024/9/30) as "2024-9-30" when a number is wanted (a date target reads the
 * serial as it is); 485000 shown as 485,000元 as "485000元"; a number its format scales as shown (scaledReading: 123456
 * shown 12.3万 against ≥10万人次 as "123456人次"). Empty and text cells stay as they are. `format`: the cell's format
 * after this run (null / undefined: General). Against a target that takes a number a General cell is read through its
 * format too (shownByFormat): 3% or a date typed there later gives the cell that format, and the formula reads it as the
 * next check will (3% against 86人 or a date against ≤10日 is not understood, never 0.03 人 or 45493 日 in red).
 */
function actualArg(
  ref: string,
  format: string | null | undefined,
  indicator: Indicator,
  before: CellValue | "formula",
  date1904 = false,
): string {
  let shown: string | null = null;
  const number = takesNumber(indicator.target);
  if (isPercentFormat(format) || (!format && (number || percentTarget(indicator))))
    shown = shownByFormat(ref, webReading(ref, isPercentFormat(format), indicator, before), number);
  else if (!format) return ownDates(ref, indicator, date1904);
  // A completion date in a 1904 workbook as its text too: PERF.* read a serial in the 1900 system (ownDates).
  else if (isDateFormat(format)) shown = number || date1904 ? dateShown(ref) : null;
  else {
    const unit = formatUnit(format);
    const scaled = unit === null ? scaledReading(format, indicator.target.unit) : null;
    if (unit !== null) shown = `${ref}&${stringLiteral(unit)}`;
    else if (scaled) {
      // As the core reads it: the number as shown (0!.0,"万" shows 123456 as 12.3万), with its unit (scaledReading).
      const seen = `${ref}${scaled.times === 1 ? "" : `*${scaled.times}`}${scaled.per === 1 ? "" : `/${scaled.per}`}`;
      shown = scaled.unit ? `${seen}&${stringLiteral(scaled.unit)}` : seen;
    }
  }
  return shown === null ? ref : `IF(ISNUMBER(${ref}),${shown},${ref})`;
}

/**
 * A number in a cell formatted as a percentage, or in a General cell, as Excel shows it now: read as the percentage
 * shown (0.03 → "3%") when CELL("format", …) says the cell is a percentage ("P0", "P2" …); with `dates` (the target takes
 * a number), as the date's text when it says a date ("D1"–"D5"; "D6"–"D9" are times, read bare as the check reads them);
 * else as the bare number, as a check reads it. support.microsoft.com CELL 函数, the table of format codes: 常规 "G",
 * 0% "P0", 0.00% "P2", d-mmm-yy "D1", d-mmm "D2", mmm-yy "D3", m/d/yy "D4", mm/dd "D5", h:mm "D9" (others: "F0", ",2",
 * "C0" …). So 3% typed into a General cell — Excel stores 0.03 and gives the cell a percentage format — is 3 %, a
 * number pasted over a percentage cell from a General cell (its format comes along: 85 meaning 85%) is 85, and a date
 * typed (Excel gives the cell a date format) is that date. `webCode`: the code to read by where CELL gives an error
 * (webReading).
 */
function shownByFormat(ref: string, webCode: string, dates: boolean): string {
  const code = `IFERROR(CELL("format",${ref}),${webCode})`;
  const other = dates ? `IF(${showsDate(ref)},${dateShown(ref)},${ref})` : ref; // webCode is never "D…"
  return `IF(LEFT(${code})="P",${ref}*100&"%",${other})`;
}

/**
 * A cell of a target that takes a date (a deadline, a period), or its completion date, in a 1904 workbook: read as the
 * date's text when the host shows a date there (showsDate), since PERF.* read every serial in the 1900 system and would
 * take 2024-06-30 typed there for 2020-06-29 (review51: 进行中 by a deadline typed as a date was 未达标 / 红 by our
 * formulas, 正常 / 绿 by the values). YEAR / MONTH / DAY are the workbook's own, in its own system. Elsewhere (a 1900
 * workbook, a target of a number, a range of cells) the reference as it is.
 */
function ownDates(ref: string, indicator: Indicator, date1904: boolean): string {
  const dated = indicator.target.kind === "date" || indicator.target.kind === "period";
  return date1904 && dated && !ref.includes(":") ? `IF(${showsDate(ref)},${dateShown(ref)},${ref})` : ref;
}

/**
 * A date cell as its text ("2024-9-30"), for a function that should not read its serial as a number (a count, a
 * duration, an amount spent): the check does not understand it there either.
 */
function dateShown(ref: string): string {
  return `YEAR(${ref})&"-"&MONTH(${ref})&"-"&DAY(${ref})`;
}

/**
 * Where CELL("format", …) is not there — Excel for the web, Excel Mobile and Starter (same page: “Excel 网页版、Excel
 * Mobile 和 Excel Starter 不支持此值”), another language version of Excel (same page) — the formula cannot tell 3%
 * typed (0.03 shown 3%) from 0.03 pasted from a General cell, nor 115% typed (1.15) from 85 pasted. It reads the number
 * as the check did while the cell holds what the check read; a number put there since is read the way that cannot
 * hide a shortfall: against a cap (≤2%) as a percentage (0.03 → 3 %), against any other % target bare (85 → 85 %;
 * 0.95 → 95 % all the same, isFractionOf). That can show 未达标 or 无法识别 where the next check says 达标 (1.15 typed
 * as 115% against ≥90%: 1.15 % or, against a rate that may pass 100 %, 115 % or 1.15 %, pastFraction), never the other
 * way round. The check reads the format itself and is right on every host.
 */
function webReading(ref: string, percentAtCheck: boolean, indicator: Indicator, before: CellValue | "formula"): string {
  const asChecked = percentAtCheck ? '"P"' : '"G"';
  if (!percentTarget(indicator) || before === "formula") return asChecked; // a formula's format is not retyped
  const op = judgedTarget(indicator.target).op;
  const safe = op === "<=" || op === "<" ? '"P"' : '"G"';
  if (safe === asChecked) return safe;
  if (typeof before !== "number") return safe; // empty (or text) at the check: what is there now came since
  return `IF(${ref}=${before},${asChecked},${safe})`;
}

/** What the check read in `cell` (on the table's sheet): its value, or "formula" for a formula. */
function atCheck(ctx: PlanContext, sheet: string, cell: CellKey): CellValue | "formula" {
  const [row, col] = [keyRow(cell), keyCol(cell)];
  return ctx.contents.formula(sheet, row, col) ? "formula" : ctx.contents.value(sheet, row, col);
}

/** A target judged in % (≥90%, ≤2%, 传染病发病率 2%, ≥95比例): what the clerk types against it is a percentage. */
function percentTarget(indicator: Indicator): boolean {
  return canonicalUnit(judgedTarget(indicator.target).unit) === "%";
}

/** Our input cell, else the table's own actual column (e.g. "1-7月完成值"); on the table's sheet. */
function actualCell(table: GoalTable, indicator: Indicator, ourCol: number | undefined): CellKey | null {
  if (ourCol !== undefined) return cellKey(indicator.row, ourCol);
  if (indicator.actual) return indicator.actual.cell;
  const col = table.header.columns.actual;
  return col === undefined ? null : cellKey(indicator.row, col);
}

/** The target cell, or the sign / value / unit cells when they sit side by side in that order. */
function targetArg(indicator: Indicator): string {
  const t = indicator.targetCell;
  const row = keyRow(t);
  const parts = [indicator.signCell, t, indicator.unitCell].filter(
    (c): c is CellKey => c !== undefined && keyRow(c) === row,
  );
  const cols = parts.map(keyCol).sort((a, b) => a - b);
  const contiguous = cols.every((c, i) => i === 0 || c === cols[i - 1] + 1);
  if (parts.length > 1 && contiguous && (indicator.signCell === undefined || keyCol(indicator.signCell) < keyCol(t)))
    return rangeToA1({ top: row, left: cols[0], bottom: row, right: cols[cols.length - 1] });
  return cellName(row, keyCol(t));
}

/**
 * The 一级/二级/三级 cells of the row (a range, short and live). Blank continuation cells of a merged
 * 一级 column are left out (二级 + 三级 say enough for the direction); when 二级 is blank too, the texts
 * the reader carried down go in as an array constant — null when one is longer than a formula may hold.
 */
function typeArg(ctx: PlanContext, table: GoalTable, indicator: Indicator): string | null {
  const { level1, level2, name } = table.header.columns;
  const row = indicator.row;
  const filled = (col: number | undefined) => col !== undefined && ctx.hasContent(table.sheet, row, col);
  if (level2 !== undefined && name === level2 + 1 && filled(level2) && filled(name)) {
    const left = level1 === level2 - 1 && filled(level1) ? level1 : level2;
    return rangeToA1({ top: row, left, bottom: row, right: name });
  }
  return arrayConstant([indicator.level1, indicator.level2, indicator.name]);
}

/** Red / yellow / blue fills on target and status cells, keyed on the 预警 cell of the row. */
function highlightIndicators(
  ctx: PlanContext,
  sheet: string,
  indicators: Indicator[],
  statusCol: number,
  lightCol: number,
): void {
  for (const run of rowRuns(indicators)) {
    const targetRange: CellRange = { top: run.top, left: run.col, bottom: run.bottom, right: run.col };
    // Status and light: one range when side by side; apart when the user put a column between them.
    const ours: CellRange[] =
      lightCol === statusCol + 1
        ? [{ top: run.top, left: statusCol, bottom: run.bottom, right: lightCol }]
        : [statusCol, lightCol].map((col) => ({ top: run.top, left: col, bottom: run.bottom, right: col }));
    const ranges = [targetRange, ...ours];
    for (const light of ["red", "yellow", "blue"] as const)
      ctx.rowHighlight(sheet, ranges, lightCol, HIGHLIGHTS[light]);
  }
}

/** Consecutive indicator rows with their target in the same column. */
function rowRuns(indicators: Indicator[]): { top: number; bottom: number; col: number }[] {
  const runs: { top: number; bottom: number; col: number }[] = [];
  for (const i of sortedShort([...indicators], (a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && i.row === last.bottom + 1 && keyCol(i.targetCell) === last.col) last.bottom = i.row;
    else runs.push({ top: i.row, bottom: i.row, col: keyCol(i.targetCell) });
  }
  return runs;
}

// ───────────── schedule ─────────────

/**
 * The monitoring block beside a table's disbursement schedule (执行数, 执行率, 计划进度 …); null when the table has
 * no schedule cells left that are not ours.
 */
export function planScheduleBlock(ctx: PlanContext, checked: CheckedTable, asOf: string): ScheduleBlock | null {
  const { table, result } = checked;
  const sheet = table.sheet;
  const marked = (key: CellKey) => ctx.wasMarked(sheetCell(sheet, key));
  const checkpoints = table.schedule.filter((cp) => !marked(cp.labelCell) && !marked(cp.percentCell));
  if (checkpoints.length === 0) return null;
  const headerRow = keyRow(checkpoints[0].labelCell);
  const valueRow = keyRow(checkpoints[0].percentCell);
  if (valueRow <= headerRow) return null;
  const existingSpent = table.spent && !marked(table.spent.cell) ? sheetCell(sheet, table.spent.cell) : null;
  const located = ctx.own.blockOf(table, "schedule");
  const columns = SCHEDULE_COLUMNS.filter((c) =>
    located ? located.keys.includes(c.key) : c.key !== "spent" || !existingSpent,
  );
  const headerOf = (key: string) => {
    const words = SCHEDULE_COLUMNS.find((c) => c.key === key)?.header;
    return (
      words && { zh: words.zh.replace("{unit}", table.moneyUnit), en: words.en.replace("{unit}", table.moneyUnit) }
    );
  };
  const cols = blockColumns(ctx, table, located, columns, [valueRow], headerRow, false, headerOf);
  const needed = columns.filter((c) => c.role === "computed" || !existingSpent);
  if (!cols || needed.some((c) => !cols.has(c.key))) return null;
  const at = (key: string): CellRef => ({ sheet, row: valueRow, col: cols.get(key) as number });
  const renamed = renamedHeaders(located);
  columns.forEach((c) => {
    const header: CellRef = { sheet, row: headerRow, col: cols.get(c.key) as number };
    const text = renamed.has(c.key) ? null : c.header[ctx.lang].replace("{unit}", table.moneyUnit);
    if (c.role === "input") ctx.inputColumn(sheet, header, [cellRange({ row: valueRow, col: header.col })], text);
    else if (text !== null) ctx.setValue(header, text, HEADER_STYLE);
  });
  ctx.recordBlock({
    sheet,
    kind: "schedule",
    row: headerRow,
    left: table.range.left,
    cols: columns.map((c) => ({ key: c.key, col: cols.get(c.key) as number })),
  });

  // No spent cell: the user emptied the 执行数 they had when the block was placed (no input column of ours).
  const spent = cols.has("spent") ? at("spent") : existingSpent;
  const exec = result.execution;
  const rate = at("rate");
  const planned = at("planned");
  const light = at("light");
  const pct = { numberFormat: PERCENT_FORMAT };
  // The functions' arguments, built for the first formula that needs them: value mode writes none.
  let built: ReturnType<typeof scheduleArgs> | undefined;
  const args = () => (built ??= scheduleArgs(ctx, table, checkpoints, spent, asOf));
  ctx.setComputed(
    rate,
    () => call("PERF.EXECRATE", [args().spentRef, args().budget]),
    exec ? exec.rate / 100 : "",
    pct,
  );
  ctx.setComputed(
    planned,
    () => {
      const { labels, percents, asOfArg, method, year, plannedBudget } = args();
      return call("PERF.PLANNED", [labels, percents, asOfArg, method, year, plannedBudget]);
    },
    exec ? exec.planned / 100 : "",
    pct,
  );
  ctx.setComputed(at("time"), () => `MONTH(${ctx.names.asOfName()})/12`, monthOf(asOf) / 12, pct);
  const status = at("status");
  ctx.setComputed(status, () => call("PERF.SCHEDULE", args().judged), exec ? STATUS_WORDS[exec.status][ctx.lang] : "");
  ctx.setComputed(
    light,
    // No light where the check gives none (no budget: PERF.EXECLIGHT says why in the status cell beside it).
    () => `IFERROR(${call("PERF.EXECLIGHT", args().judged)},"")`,
    exec ? LIGHT_WORDS[exec.light][ctx.lang] : "",
  );
  if (exec && (exec.light === "red" || exec.light === "yellow"))
    ctx.note(status, executionWhy(ctx, exec.rate, exec.planned, exec.lag));

  // Highlight the planned percentages and our status cells when the project lags (keyed on the row's 进度预警 cell).
  const scheduleRange = spanOf(checkpoints.map((c) => c.percentCell));
  const oursRanges: CellRange[] =
    light.col === status.col + 1
      ? [{ top: valueRow, left: status.col, bottom: valueRow, right: light.col }]
      : [status, light].map((c) => cellRange(c));
  const ranges = [scheduleRange, ...oursRanges];
  for (const l of ["red", "yellow"] as const) ctx.rowHighlight(sheet, ranges, light.col, HIGHLIGHTS[l]);
  return { spent, rate, planned, light };
}

/** The arguments of a schedule block's PERF.* formulas: the checkpoints, the amounts, the date and the settings. */
function scheduleArgs(
  ctx: PlanContext,
  table: GoalTable,
  checkpoints: GoalTable["schedule"],
  spent: CellRef | null,
  asOf: string,
) {
  const labelRange = rangeToA1(spanOf(checkpoints.map((c) => c.labelCell)));
  // A 1904 workbook's checkpoint typed as a date (2024-03-31) is a serial 1462 lower than PERF.PLANNED reads one
  // (the 1900 system, as 监控时点+1462): given it in that system, a text label (3月底) as it is. Only where a label is a
  // number at the check (review51: the dates read four years early, planned 100 % by July, 红 where the values say 黄).
  const datedLabels =
    ctx.snapshot.date1904 === true &&
    checkpoints.some((c) => typeof atCheck(ctx, table.sheet, c.labelCell) === "number");
  const labels = datedLabels
    ? `IF(ISNUMBER(${labelRange}),${labelRange}+${DATE1904_OFFSET},${labelRange})`
    : labelRange;
  const percents = rangeToA1(spanOf(checkpoints.map((c) => c.percentCell)));
  // A plan in amounts is read as shares of the budget (reader69: 24 | 36 | 30 | 30 of 120 was planned 24 % by March in
  // PERF.PLANNED, 20 % in the check): every function reading the plan is given the budget in the plan's unit, and
  // the spent amount beside it in the same unit (the rate stays the check's).
  const unit = planUnit(ctx, table, checkpoints);
  const budgetCell = table.budgetCell === undefined ? null : sheetCell(table.sheet, table.budgetCell);
  const budget = budgetCell ? amountArg(ctx, table, budgetCell, false, unit) : '""';
  const spentRef = spent ? amountArg(ctx, table, spent, true, unit) : '""';
  const year = yearArg(table, asOf);
  const lang = ctx.lang === "en" ? '"en"' : undefined;
  const { method, bands } = executionRules(ctx);
  const asOfArg = ctx.names.asOfArg();
  // Status and light judge as the check does (judgeExecution through the functions: overspending, unit slips).
  const judged = [labels, percents, spentRef, budget, asOfArg, lang, year, method, bands];
  const plannedBudget = unit !== undefined && budgetCell ? budget : undefined;
  return { labels, percents, budget, spentRef, year, method, asOfArg, judged, plannedBudget };
}

/**
 * The money unit PERF.* are given the plan's amounts and the budget in, when the check read the plan as amounts of the
 * budget (readsAsAmounts: numbers ending at it or adding up to it, or every cell typed with its money unit, 5万元 |
 * 284100元), read from the cells as they are at the check (a formula's value too, as the reader read it): 万元 where a
 * cell is typed with its unit (PERF.* read those in 万元), else the table's. Undefined for a plan in percentages.
 */
function planUnit(
  ctx: PlanContext,
  table: GoalTable,
  checkpoints: GoalTable["schedule"],
): GoalTable["moneyUnit"] | undefined {
  if (table.budgetCell === undefined) return undefined;
  const cells: PlanCell[] = checkpoints.map((c) => {
    const [row, col] = [keyRow(c.percentCell), keyCol(c.percentCell)];
    return {
      value: ctx.contents.value(table.sheet, row, col),
      numberFormat: ctx.contents.numberFormat(table.sheet, row, col) ?? undefined,
    };
  });
  if (!readsAsAmounts(cells, { budget: table.budget, unit: table.moneyUnit })) return undefined;
  // Only a cell that writes its unit (5万元, 50000元) is read in 万元 by PERF.*; text without one ("50000") is in the
  // table's unit there, as in the check (review71b: 50000% before).
  return cells.some((c) => writtenMoneyUnit(c.value) !== null) ? "万元" : table.moneyUnit;
}

/**
 * An amount cell as PERF.* read it, in the table's money unit: a number whose format shows another (200000 formatted
 * #,##0"元" in a 万元 table) is scaled as the reader read it (moneyScale), so the rate is the check's. The 执行数 (`spent`) holding a date is
 * passed as the date's text, which no function reads as an amount, as the check does not (readWorkbook spentInWan).
 */
function amountArg(ctx: PlanContext, table: GoalTable, cell: CellRef, spent = false, unit = table.moneyUnit): string {
  const ref = refFrom(table.sheet, cell);
  const format = ctx.contents.numberFormat(cell.sheet, cell.row, cell.col);
  if (spent && isDateFormat(format)) return `IF(ISNUMBER(${ref}),${dateShown(ref)},${ref})`;
  const scale = moneyScale(format, (spent && table.spentUnit) || table.moneyUnit, unit);
  return scale ? `IF(ISNUMBER(${ref}),${ref}${scale},${ref})` : ref;
}

function executionWhy(ctx: PlanContext, rate: number, planned: number, lag: number): string {
  const f = (n: number) => roundedNumber(n);
  return ctx.lang === "en"
    ? `Execution ${f(rate)}%, planned ${f(planned)}%, behind by ${countEn(f(lag), "point")}`
    : `执行率 ${f(rate)}%，计划进度 ${f(planned)}%，滞后 ${f(lag)} 个百分点`;
}

function spanOf(cells: CellKey[]): CellRange {
  return {
    top: Math.min(...cells.map(keyRow)),
    left: Math.min(...cells.map(keyCol)),
    bottom: Math.max(...cells.map(keyRow)),
    right: Math.max(...cells.map(keyCol)),
  };
}
