/** The summary sheet 监控汇总: settings cells, one row per table, a chart of planned vs actual execution. */
import { cellName, parseA1Range, quoteSheetName, rangeToA1, sheetCell, unquoteSheetName } from "../a1";
import { isoToSerial, yearOf } from "../dates";
import { GRADE_EN } from "../evaluate/labels";
import { countLights, indicatorLights, REAL_LIGHTS } from "../lights";
import { moneyScale } from "../money";
import { isDateFormat } from "../numberFormat";
import { roundTo } from "../numbers";
import { tableLabel } from "../tableLabel";
import {
  forEachCell,
  forEachRow,
  type CellRange,
  type CellRef,
  type ChartSeries,
  type CheckedTable,
  type CheckResult,
  type Light,
  type SheetSnapshot,
} from "../types";
import type { IndicatorBlock, ScheduleBlock } from "./blocks";
import { HEADER_STYLE, type PlanContext } from "./context";
import { countLight, countWords, lightTest, refFrom, sheetRef, showsDate, stringLiteral } from "./formulas";
import {
  AMOUNT_FORMAT,
  DATE_FORMAT,
  LIGHT_WORDS,
  PERCENT_FORMAT,
  STATUS_WORDS,
  SUMMARY_SHEET,
  SUMMARY_WORDS,
  ourSeriesSpellings,
  type Words,
} from "./words";

export interface TablePlacement {
  checked: CheckedTable;
  indicators: IndicatorBlock | null;
  schedule: ScheduleBlock | null;
}

/** Row / column layout of the summary sheet (0-based). */
const SUMMARY_LAYOUT = { asOfCell: { row: 2, col: 1 }, yearCell: { row: 3, col: 1 }, headerRow: 5 };
const COL = {
  name: 0,
  link: 1,
  budget: 2,
  spent: 3,
  rate: 4,
  planned: 5,
  lag: 6,
  execLight: 7,
  light: 8,
  red: 9,
  yellow: 10,
  blue: 11,
  green: 12,
};
/** Where each of our columns is on the summary now (COL on a sheet made now; see summaryColumns). */
type Columns = Record<keyof typeof COL, number>;
const KEYS = Object.keys(COL) as (keyof typeof COL)[];
export const CHART_NAME = "PerfTargetsChart";

/** The summary sheet's name: 监控汇总, unless a user sheet (one we do not recognise as ours) carries that name. */
export function summarySheetName(ctx: PlanContext): string {
  // The summary an earlier run made, under its name now (the user may have renamed it: marks.ts followRenames).
  const made = ctx.previous?.sheets.find(
    (s) => ctx.previous?.generated?.[s] === undefined && ctx.contents.hasSheet(s) && ctx.ownsSheet(s),
  );
  if (made !== undefined) return made;
  const base = SUMMARY_SHEET[ctx.lang];
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!ctx.contents.hasSheet(name) || ctx.ownsSheet(name)) return name;
  }
}

/**
 * The summary sheet: the monitoring date and year, a row a project (kept where the clerk moved it), score and count
 * columns beside, and the chart right of them.
 */
export function planSummary(
  ctx: PlanContext,
  sheet: string,
  check: CheckResult,
  all: TablePlacement[],
  /** Sheets where a block of ours stands whose table was not read this run (kept as it is): so is its summary row. */
  unreadOn: ReadonlySet<string> = new Set(),
): void {
  // One row per project: unit-wide goals (prose, kind "unit") are not projects.
  const placements = all.filter((p) => p.checked.table.kind !== "unit");
  const w = SUMMARY_WORDS;
  const lang = ctx.lang;
  const made = !ctx.contents.hasSheet(sheet);
  if (made) ctx.push("sheetsAndNames", { op: "addSheet", sheet, visibility: "visible" });
  if (
    sheet !== SUMMARY_SHEET[lang] &&
    ctx.contents.hasSheet(SUMMARY_SHEET[lang]) &&
    !ctx.ownsSheet(SUMMARY_SHEET[lang])
  )
    ctx.say(
      `已有名为「${SUMMARY_SHEET[lang]}」的工作表，汇总写在「${sheet}」。`,
      `A sheet named "${SUMMARY_SHEET[lang]}" exists; the summary went to "${sheet}".`,
    );
  ctx.marks.sheets.push(sheet);
  const { asOfCell, yearCell, headerRow } = SUMMARY_LAYOUT;
  const places = summaryPlaces(ctx, sheet);
  const top = places.get(0)!;
  const header = places.get(headerRow)!;
  const cols = summaryColumns(ctx, sheet, header, places.get(asOfCell.row)!);
  if (!cols.found) return keepSummary(ctx, sheet, header, cols);
  const col = cols.found;
  // The cells above the header row went with the column under them (a column inserted left of A moves the title too).
  const at = (row: number, c: number): CellRef => ({ sheet, row: places.get(row)!, col: col[KEYS[c]] });

  ctx.setValue(at(0, 0), w.title[lang], { bold: true });
  ctx.setValue(at(asOfCell.row, 0), w.asOf[lang], HEADER_STYLE);
  ctx.setValue(at(asOfCell.row, asOfCell.col), isoToSerial(check.asOf, ctx.snapshot.date1904), {
    numberFormat: DATE_FORMAT,
  });
  ctx.setValue(at(yearCell.row, 0), w.year[lang], HEADER_STYLE);
  const year = check.tables.find((c) => c.table.budgetYear)?.table.budgetYear ?? yearOf(check.asOf);
  ctx.setValue(at(yearCell.row, yearCell.col), year);
  // The clerk's own 监控时点 stays theirs: ours then has another name, and the check says so (definedNames.ts).
  const name = ctx.names.asOfName();
  ctx.push("sheetsAndNames", { op: "defineName", name, cell: at(asOfCell.row, asOfCell.col) });
  ctx.marks.names.push(name);
  const note = ctx.names.note();
  if (note) ctx.say(note.zh, note.en);

  w.headers.forEach((h, c) => ctx.setValue(at(headerRow, c), h[lang], HEADER_STYLE));
  const { rows, charted, unread } = summaryRows(ctx, sheet, header + 1, placements, unreadOn, col);
  placements.forEach((p, i) => summaryRow(ctx, sheet, rows[i], p, col));
  const beside: ProjectRows = {
    sheet,
    headerRow: header,
    placements,
    rows,
    keep: unread.length > 0,
    ours: col,
  };
  const scores = planScores(ctx, beside);
  // The score columns come and go with self-evaluations, also on a summary made before: widths like their neighbours',
  // given only to a column still at the sheet's standard width (a width the clerk set stays theirs).
  if (scores >= 0 && placements.some((p) => p.checked.table.kind === "self-evaluation"))
    SCORE_WIDTHS.forEach((width, i) =>
      ctx.push("chartsAndMarks", { op: "columnWidth", sheet, col: scores + i, width, ifStandard: true }),
    );
  // After the scores: a summary made before these columns keeps its score columns where they are.
  const counts = planCounts(ctx, beside);
  // Widths on the sheet we make now only, as our own columns': the counts move with the columns the clerk inserts, and
  // a width given to the column they moved into would change a column of the clerk's look.
  if (counts >= 0 && placements.length > 0 && (made || ctx.addedByUnfinishedRun(sheet)))
    COUNT_WIDTHS.forEach((width, i) =>
      ctx.push("chartsAndMarks", { op: "columnWidth", sheet, col: counts + i, width, ifStandard: true }),
    );

  // Widths on the sheet we make now (or that a run cut short made); from then on they are the user's to change
  // (like the unit sheet's).
  const widths = [28, 18, 14, 14, 12, 12, 14, 10, 8, 8, 8, 8, 8];
  if (made || ctx.addedByUnfinishedRun(sheet))
    widths.forEach((width, c) => ctx.push("chartsAndMarks", { op: "columnWidth", sheet, col: col[KEYS[c]], width }));
  if (placements.length > 0) {
    const [first, last] = [charted[0], charted.at(-1)!];
    const column = (c: number): CellRange => ({ top: first, left: c, bottom: last, right: c });
    // Right of our columns, wherever columns the clerk inserted moved them.
    const right = lastColumn(col) + 2;
    const beside = Math.max(scores, counts);
    const anchor = {
      top: top + 1,
      left: Math.max(right, beside + 3),
      bottom: top + 20,
      right: Math.max(right + 8, beside + 11),
    };
    // Where we last put it (absent in records before session 58): a chart elsewhere was moved by the clerk, and stays.
    const placed = lastPlaced(ctx, sheet);
    ctx.push("chartsAndMarks", {
      op: "chart",
      sheet,
      name: CHART_NAME,
      title: chartTitle(lang, unread),
      categories: column(col.name),
      series: [
        { name: w.headers[COL.planned][lang], values: column(col.planned) },
        { name: w.headers[COL.rate][lang], values: column(col.rate) },
      ],
      // Right of our columns: of the self-evaluation scores too, where the summary has them.
      anchor,
      ...(placed ? { placed } : {}),
    });
    ctx.marks.charts.push({ sheet, name: CHART_NAME, anchor: rangeToA1(anchor) });
  }
}

/**
 * Whether our chart on the summary holds a series of the clerk's, as Clear marks tells it before keeping the chart and
 * its sheet (review60), the way the check does (chart.ts keptChartXml): a series whose values were read is ours when
 * they are one column under a header of our series (计划进度 or 执行率, either language) that is still ours
 * (`ourCell`: a cell Clear marks empties), and the clerk's otherwise — also one they named 执行率 over their own cells.
 * One whose source was not read (Excel below ExcelApi 1.15) is ours when named as ours (ourSeriesSpellings) and what it
 * draws is that series' column (pickOurSeries: hosts62, hosts63 — a clerk's series named 执行率 over their own
 * cells, or over a copy of our column's numbers, was taken for ours, and the chart deleted with it).
 * `doubtful`: when every series told the clerk's is one passed over for drawing numbers a copy holds too
 * (seriesOverCopy), their indices among our chart's series — ours alone with its numbers pasted elsewhere draws the
 * same (breaker64), so Excel tells them once Clear has emptied our columns (write.ts settleDoubtfulCharts); else [].
 */
export function holdsTheirSeries(
  ctx: { value(sheet: string, row: number, col: number): unknown },
  sheets: readonly SheetSnapshot[],
  sheet: string,
  series: ChartSeries[],
  ourCells: Iterable<{ row: number; col: number }>,
): { theirs: boolean; doubtful: number[] } {
  const headers = new Set([COL.planned, COL.rate].flatMap((c) => Object.values(SUMMARY_WORDS.headers[c])));
  /** Each column under a header of our series: the header's text, its row and the last row of ours in it. */
  const columns = new Map<number, { text: string; header: number; last: number }>();
  const cells = [...ourCells];
  for (const { row, col } of cells) {
    const text = ctx.value(sheet, row, col);
    if (typeof text === "string" && headers.has(text)) columns.set(col, { text, header: row, last: row });
  }
  for (const { row, col } of cells) {
    const at = columns.get(col);
    if (at && row > at.last) at.last = row;
  }
  const ours = series.filter((s) => s.chart === CHART_NAME);
  // Not read: the one series named as each of ours that pickOurSeries takes for it.
  const unread = ours.map((s) => ({ name: s.values === undefined ? s.name : null, drawn: s.drawn }));
  const picks = [...columns].map(([col, { text, header, last }]) =>
    seriesPick(unread, ourSeriesSpellings(text), sheets, {
      sheet,
      col,
      first: header + 1,
      last: Math.max(header + 1, last),
    }),
  );
  const picked = new Set(picks.map((p) => p.index));
  const overCopy = new Set(picks.map((p) => p.copy));
  const drawsOurs = ({ values }: ChartSeries, k: number) =>
    values === undefined
      ? picked.has(k)
      : values !== null &&
        values.sheet === sheet &&
        values.range.left === values.range.right &&
        columns.has(values.range.left);
  const theirs = ours.flatMap((s, k) => (drawsOurs(s, k) ? [] : [k]));
  return { theirs: theirs.length > 0, doubtful: theirs.every((k) => overCopy.has(k)) ? theirs : [] };
}

/** One column's rows (`first` to `last`, where a run of ours may start) on a sheet. */
interface ColumnRun {
  sheet: string;
  col: number;
  first: number;
  last: number;
}

/**
 * Of a chart's series in order (`name` null: told by its source, read), the index of the one that is our series named
 * as `spellings` and drawing the column `ours` where its source was not read (Excel below ExcelApi 1.15); -1: none.
 * One named so is a candidate unless what it draws (ChartSeries.drawn; undefined: not read, told by its name) is other
 * numbers than the column holds (drawsRun false, hosts62). Of several candidates the first is ours: we made ours before
 * any the clerk added, and a series added goes after the others (ChartSeriesCollection.add without an index: where it
 * goes is on no page, the Excel fake's RULES: SERIES_ADD appends it). One candidate alone drawing numbers that other
 * cells of the workbook hold too is the clerk's (hosts63): they copied our column's numbers and drew their series over
 * the copy in place of ours — which of the two it draws cannot be told without its source, and their series set over
 * our column loses its link to their cells. Ours, not taken, keeps its rows; nothing of the clerk's is changed.
 */
export function pickOurSeries(
  series: readonly { name: string | null; drawn?: readonly string[] }[],
  spellings: readonly string[],
  sheets: readonly SheetSnapshot[],
  ours: ColumnRun,
): number {
  return seriesPick(series, spellings, sheets, ours).index;
}

/**
 * The series pickOurSeries passes over as drawing a copy (-1: none): the one named as ours whose numbers our column
 * and a copy of the clerk's both hold. Excel checks it again once our column is written (write.ts followsOurColumn).
 */
export function seriesOverCopy(
  series: readonly { name: string | null; drawn?: readonly string[] }[],
  spellings: readonly string[],
  sheets: readonly SheetSnapshot[],
  ours: ColumnRun,
): number {
  return seriesPick(series, spellings, sheets, ours).copy;
}

function seriesPick(
  series: readonly { name: string | null; drawn?: readonly string[] }[],
  spellings: readonly string[],
  sheets: readonly SheetSnapshot[],
  ours: ColumnRun,
): { index: number; copy: number } {
  const mine = sheets.find((s) => s.name === ours.sheet);
  const cell = (row: number) => mine?.values[row - mine.originRow]?.[ours.col - mine.originCol];
  const runs = series.map(({ name, drawn }) =>
    name === null || !spellings.includes(name)
      ? false
      : drawn === undefined
        ? undefined
        : drawsRun(drawn, cell, ours.first, ours.last),
  );
  const candidates = runs.flatMap((run, k) => (run === false ? [] : [k]));
  if (candidates.length !== 1) return { index: candidates.length > 0 ? candidates[0] : -1, copy: -1 };
  const [k] = candidates;
  return runs[k] === true && copiedElsewhere(series[k].drawn!, sheets, ours)
    ? { index: -1, copy: k }
    : { index: k, copy: -1 };
}

/**
 * Whether a series passed over as drawing a copy (seriesOverCopy) draws our column after all: read again once our
 * column is written, it draws other numbers than before (a copy pasted as values does not change) and they are a run
 * of our column as written (`cell`, rows `first` to `last`). breaker64: our 执行率 alone, its numbers pasted on the
 * clerk's report sheet, kept its old rows at the second check and got the list's at the third.
 */
export function followsOurColumn(
  before: readonly string[],
  after: readonly string[],
  cell: (row: number) => unknown,
  first: number,
  last: number,
): boolean {
  const changed = before.length !== after.length || before.some((text, k) => text !== after[k]);
  return changed && drawsRun(after, cell, first, last) === true;
}

/**
 * Whether the numbers a series draws are also a run down a column or along a row of cells other than `ours` (our
 * column's, from any of its rows): a copy. Numbers only, one of them not 0: a run of zeros or of empty cells is found
 * in any workbook and tells nothing.
 */
function copiedElsewhere(drawn: readonly string[], sheets: readonly SheetSnapshot[], ours: ColumnRun): boolean {
  if (!drawn.every((text) => PLAIN_NUMBER.test(text)) || drawn.every((text) => Number(text) === 0)) return false;
  const numbers = drawn.map(Number);
  const same = (value: unknown, k: number) =>
    typeof value === "number" && Math.abs(numbers[k] - value) <= 1e-9 * Math.max(1, Math.abs(value));
  for (const sheet of sheets) {
    const at = (r: number, c: number) => sheet.values[r]?.[c];
    let found = false;
    forEachRow(sheet.values, (row, r) =>
      forEachCell(row, (v, c) => {
        if (found || !same(v, 0)) return;
        const ourColumn = sheet.name === ours.sheet && c + sheet.originCol === ours.col;
        found =
          (!ourColumn && numbers.every((_, k) => same(at(r + k, c), k))) ||
          (numbers.length > 1 && numbers.every((_, k) => same(at(r, c + k), k)));
      }),
    );
    if (found) return true;
  }
  return false;
}

/** A number as a chart's values may give it: plain decimal, maybe with an exponent (no grouping, no %). */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i;

/**
 * Whether the values a series draws (as text: ChartSeries.drawn) are a run of a column's cells starting at a row from
 * `first` to `last`: true when one run matches, false when none does and every text is a plain number or empty (so the
 * comparison means something), undefined otherwise (a form not understood: the caller tells the series by its name).
 * The form Excel gives is on no page: a number is compared by its value (to 1e-9 of it), anything else as text.
 */
export function drawsRun(
  drawn: readonly string[],
  cell: (row: number) => unknown,
  first: number,
  last: number,
): boolean | undefined {
  const same = (text: string, value: unknown) =>
    typeof value === "number"
      ? PLAIN_NUMBER.test(text) && Math.abs(Number(text) - value) <= 1e-9 * Math.max(1, Math.abs(value))
      : value === null || value === undefined || value === ""
        ? text === ""
        : typeof value === "object"
          ? text === (value as { error?: unknown }).error // an error value, by its text
          : text === String(value);
  for (let start = first; start <= last; start++)
    if (drawn.every((text, k) => same(text, cell(start + k)))) return true;
  return drawn.every((text) => text === "" || PLAIN_NUMBER.test(text)) ? false : undefined;
}

/** The anchor of our chart the record says we last wrote on the summary (null: none recorded). */
function lastPlaced(ctx: PlanContext, sheet: string): CellRange | null {
  const was = ctx.previous?.charts.find((c) => c.sheet === sheet && c.name === CHART_NAME && c.anchor)?.anchor;
  return was ? parseA1Range(was) : null;
}

/** Widths of 自评得分 (a score) and 自评等级 (a word; its header four characters wide), in characters. */
const SCORE_WIDTHS = [12, 10];
/** Widths of 待填报数 and 无法识别数 (their headers four and five characters wide), in characters. */
const COUNT_WIDTHS = [10, 12];

/** The columns right of ours a self-evaluation's score may go in, looked through for our header or room. */
const scoreColumns = (col: Columns) => ({ first: lastColumn(col) + 1, last: lastColumn(col) + 65 });

const lastColumn = (col: Columns) => Math.max(...Object.values(col));

/**
 * Where our columns are on the summary now. The clerk may have inserted a column among or left of ours (a remark
 * column at C): Excel and WPS move our cells right with it, so each of ours is found by its header on our header row,
 * as summaryTop finds rows inserted above — never written again at its first place, over their column. A sheet made now,
 * or a header row holding none of our headers (laid out again from the top, around what the clerk wrote): COL. Not
 * found (`missing`, `twice`): a header of ours deleted or typed over, or held twice, where no place can be told for
 * certain — the summary is kept as it stands (keepSummary).
 */
function summaryColumns(
  ctx: PlanContext,
  sheet: string,
  headerRow: number,
  asOfRow: number,
): { found: Columns | null; missing: string[]; twice: string[] } {
  if (!ctx.contents.hasSheet(sheet)) return { found: { ...COL }, missing: [], twice: [] };
  const headers = SUMMARY_WORDS.headers.map((h) => new Set(Object.values(h)));
  const at: number[][] = KEYS.map(() => []);
  const width = rowWidth(ctx, sheet, headerRow);
  for (let c = 0; c < width; c++) {
    const text = ctx.contents.value(sheet, headerRow, c);
    const i = typeof text === "string" ? headers.findIndex((h) => h.has(text)) : -1;
    if (i >= 0) at[i].push(c);
  }
  if (at.every((cs) => cs.length === 0)) return { found: columnsBy(ctx, sheet, asOfRow), missing: [], twice: [] };
  const word = (i: number) => SUMMARY_WORDS.headers[i][ctx.lang];
  const missing = KEYS.flatMap((_, i) => (at[i].length === 0 ? [word(i)] : []));
  const twice = KEYS.flatMap((_, i) => (at[i].length > 1 ? [word(i)] : []));
  if (missing.length > 0 || twice.length > 0) return { found: null, missing, twice };
  return { found: Object.fromEntries(KEYS.map((k, i) => [k, at[i][0]])) as Columns, missing, twice };
}

/**
 * Our columns on a summary without our header row (a refused check stopped before it; the clerk deleted it): COL, moved
 * as the clerk's columns moved our 监控时点 (its word in the first of our columns, its date in the second): a column
 * inserted left of them or between them moves the rest with them. Columns inserted further right cannot be seen.
 */
function columnsBy(ctx: PlanContext, sheet: string, asOfRow: number): Columns {
  const words = new Set(Object.values(SUMMARY_WORDS.asOf));
  const width = rowWidth(ctx, sheet, asOfRow);
  const ours = (col: number) => ctx.isOurs(sheet, asOfRow, col);
  let label = 0;
  while (label < width && !(words.has(String(ctx.contents.value(sheet, asOfRow, label))) && ours(label))) label++;
  let date = label + 1;
  while (date < width && !(ours(date) && !ctx.contents.isEmpty(sheet, asOfRow, date))) date++;
  if (date >= width) return { ...COL };
  return Object.fromEntries(KEYS.map((k) => [k, k === "name" ? label : COL[k] - COL.link + date])) as Columns;
}

/** One past the last column the snapshot holds on a row (values or formulas). */
function rowWidth(ctx: PlanContext, sheet: string, row: number): number {
  const s = ctx.contents.sheet(sheet);
  if (!s) return 0;
  const width = Math.max(s.values[row - s.originRow]?.length ?? 0, s.formulas?.[row - s.originRow]?.length ?? 0);
  return width === 0 ? 0 : s.originCol + width;
}

/**
 * Our columns on the summary cannot be told (summaryColumns): every cell of ours there, its chart and the name 监控时点
 * are kept as they stand, nothing is written, and the check says which header to put back.
 */
function keepSummary(
  ctx: PlanContext,
  sheet: string,
  headerRow: number,
  cols: { missing: string[]; twice: string[] },
): void {
  const s = ctx.contents.sheet(sheet);
  const rows = new Set([...ctx.contents.filledCells(sheet).map((c) => c.row), ...ctx.own.ourRowsOn(sheet)]);
  const width = Math.max(0, ...[...rows].map((row) => rowWidth(ctx, sheet, row)));
  for (const row of rows) for (let col = 0; col < width; col++) ctx.keepAsIs({ sheet, row, col });
  const charted = (c: { sheet: string; name: string }) => c.sheet === sheet && c.name === CHART_NAME;
  if (s?.shapes?.includes(CHART_NAME) || ctx.previous?.charts.some(charted)) {
    const placed = lastPlaced(ctx, sheet);
    ctx.marks.charts.push({ sheet, name: CHART_NAME, ...(placed ? { anchor: rangeToA1(placed) } : {}) });
  }
  const name = ctx.names.asOfName();
  if ((ctx.snapshot.names ?? []).some((n) => n.name === name)) ctx.marks.names.push(name);
  const quoted = (words: string[]) => words.map((h) => `「${h}」`).join("");
  const missing = cols.missing.length > 0;
  const twice = cols.twice.length > 0;
  const why = {
    zh: [missing ? `找不到表头${quoted(cols.missing)}` : "", twice ? `表头${quoted(cols.twice)}出现了不止一次` : ""]
      .filter(Boolean)
      .join("，"),
    en: [
      missing ? `the header${cols.missing.length > 1 ? "s" : ""} ${cols.missing.join(", ")} not found` : "",
      twice ? `${cols.twice.join(", ")} found more than once` : "",
    ]
      .filter(Boolean)
      .join("; "),
  };
  ctx.say(
    `「${sheet}」第 ${headerRow + 1} 行${why.zh}，无法确定汇总各列的位置，本次未更新汇总（其中内容都保留未改）；请恢复该表头后再检查。`,
    `Row ${headerRow + 1} of "${sheet}": ${why.en}, so the summary's columns cannot be told; it was not updated this time (everything in it kept as it is). Put the header back and check again.`,
  );
}

/** The summary's project rows this run, which planScores and planCounts put their columns beside. */
interface ProjectRows {
  sheet: string;
  /** Our header row, where the clerk's rows inserted above moved it. */
  headerRow: number;
  placements: TablePlacement[];
  /** The row of each placement, in their order. */
  rows: number[];
  /** Rows kept for tables not read this time stand under the header (keepUnreadRow keeps their cells). */
  keep: boolean;
  /** Our own columns, where the clerk's inserted columns moved them. */
  ours: Columns;
}

/**
 * A self-evaluation's score as the check gives it (selfEvaluate: roundTo two decimals, the grade's word) in two columns
 * right of ours, 自评得分 and 自评等级, on the rows of tables that are self-evaluations; a workbook with none gets no such
 * columns. They stay where an earlier run put them (our header there); else they go in the first two columns whose
 * header cell and self-evaluation rows are free (a remark the clerk typed beside our rows is passed by, never written
 * over); the cells of other rows are left as they are. Gives the first of the two columns (-1: none), which the chart
 * stays right of. Where `at.keep`, the header stays though no self-evaluation was read.
 */
function planScores(ctx: PlanContext, at: ProjectRows): number {
  const { sheet, headerRow } = at;
  const words = SUMMARY_WORDS.scoreHeaders;
  const scored = at.placements.flatMap((p, i) =>
    p.checked.table.kind === "self-evaluation" ? [{ row: at.rows[i], self: p.checked.selfEvaluation }] : [],
  );
  const col = besideColumns(
    ctx,
    at,
    words,
    scored.map((s) => s.row),
  );
  if (col < 0 || scored.length === 0) return col;
  const lang = ctx.lang;
  words.forEach((h, i) => ctx.setValue({ sheet, row: headerRow, col: col + i }, h[lang], HEADER_STYLE));
  for (const { row, self } of scored) {
    const grade = self?.grade ?? null;
    ctx.setValue({ sheet, row, col }, self?.total ?? "", { numberFormat: AMOUNT_FORMAT });
    ctx.setValue(
      { sheet, row, col: col + 1 },
      grade === null ? SUMMARY_WORDS.notScored[lang] : lang === "en" ? GRADE_EN[grade] : grade,
    );
  }
  return col;
}

/**
 * Two columns of ours right of the summary's own (a self-evaluation's score, the counts without a light) for `rows`:
 * where an earlier run put them (our header `words[0]` there), else the first two whose header cell and rows are free
 * — a remark the clerk typed there is passed by, never written over, and so are the columns holding our other pair
 * (its header, or its cells this run wrote). No rows: the header stays only where `keep` (rows kept for tables not read
 * this time stand under it). Gives the first column, -1: none.
 */
function besideColumns(ctx: PlanContext, at: ProjectRows, words: Words[], rows: number[]): number {
  const { sheet, headerRow, keep } = at;
  const { first, last } = scoreColumns(at.ours);
  const ourHeader = new Set(Object.values(words[0]));
  const mine = new Set(words.flatMap((w) => Object.values(w)));
  let col = -1;
  for (let c = first; c <= last && col < 0; c++) {
    const text = ctx.contents.value(sheet, headerRow, c);
    if (typeof text === "string" && ourHeader.has(text) && ctx.isOurs(sheet, headerRow, c)) col = c;
  }
  if (rows.length === 0) {
    if (col >= 0 && keep) words.forEach((_, i) => ctx.keepAsIs({ sheet, row: headerRow, col: col + i }));
    return col >= 0 && keep ? col : -1;
  }
  const header = (c: number) => {
    const text = ctx.contents.value(sheet, headerRow, c);
    return ctx.contents.isEmpty(sheet, headerRow, c) || (typeof text === "string" && mine.has(text));
  };
  const free = (c: number) => header(c) && [headerRow, ...rows].every((row) => ctx.usable(sheet, row, c, "computed"));
  for (let c = first; c <= last && col < 0; c++) if (free(c) && free(c + 1)) col = c;
  return col;
}

/**
 * 待填报数 and 无法识别数 on each project's row, right of the light counts: the indicators still waiting for an actual
 * and those whose target or actual was not understood (the report's 待填报 and 无法识别), so that the counts on the
 * row add up to its indicators. A formula counts the block's 状态 cells, as the light counts count its 预警 cells.
 * Gives the first of the two columns (-1: none).
 */
function planCounts(ctx: PlanContext, at: ProjectRows): number {
  const { sheet, headerRow, placements, rows } = at;
  const words = SUMMARY_WORDS.countHeaders;
  const col = besideColumns(ctx, at, words, rows);
  if (col < 0 || placements.length === 0) return col;
  words.forEach((h, i) => ctx.setValue({ sheet, row: headerRow, col: col + i }, h[ctx.lang], HEADER_STYLE));
  placements.forEach((p, i) => {
    const block = p.indicators;
    (["pending", "unknown"] as const).forEach((status, k) => {
      const count = p.checked.results.filter((r) => r.status === status).length;
      const cell = { sheet, row: rows[i], col: col + k };
      if (block) ctx.setComputed(cell, () => countWords(statusRange(block), STATUS_WORDS[status]), count);
      else ctx.setValue(cell, count);
    });
  });
  return col;
}

/**
 * The chart's title, naming the projects whose rows are kept unread (keepUnreadRow: the chart draws nothing for them),
 * so that a project shown without bars is not read as spending nothing.
 */
function chartTitle(lang: PlanContext["lang"], unread: string[]): string {
  const title = SUMMARY_WORDS.chartTitle[lang];
  if (unread.length === 0) return title;
  const few = unread.length <= 2;
  return {
    zh: `${title}（${few ? `${unread.join("、")} 本次未读到` : `${unread.length} 个项目本次未读到`}，未画出）`,
    en: `${title} (${few ? `${unread.join(", ")}: not read this time` : `${unread.length} projects not read this time`}, not drawn)`,
  }[lang];
}

/** The summary's rows above its projects as we lay them out: the title, 监控时点, 预算年度 and the header row. */
const LAID_OUT = [
  { row: 0, words: SUMMARY_WORDS.title },
  { row: SUMMARY_LAYOUT.asOfCell.row, words: SUMMARY_WORDS.asOf },
  { row: SUMMARY_LAYOUT.yearCell.row, words: SUMMARY_WORDS.year },
  { row: SUMMARY_LAYOUT.headerRow, words: SUMMARY_WORDS.headers[0] },
];

/**
 * Where the summary's rows above its projects are now (LAID_OUT: layout row → sheet row). Each stays on the row of
 * ours that holds its word, wherever the clerk's edits moved it: rows inserted above the summary (a letterhead) or
 * among these rows — also in a summary a refused check left before its header row (marks.ts mostlyOursNow) — stay
 * theirs, never written over. A row not found (deleted, or not written yet) keeps the layout's distance from the row
 * above it, and no row comes nearer to the one above than the layout puts it: a row of ours deleted lays the rest out
 * again from there, over rows of ours. On a sheet made now: the layout.
 */
function summaryPlaces(ctx: PlanContext, sheet: string): Map<number, number> {
  const found = LAID_OUT.map(({ words }) => (ctx.contents.hasSheet(sheet) ? ourWordRow(ctx, sheet, words) : undefined));
  const first = found.findIndex((row) => row !== undefined);
  const places = new Map<number, number>();
  LAID_OUT.forEach(({ row }, i) => {
    const above = i > 0 ? places.get(LAID_OUT[i - 1].row)! + row - LAID_OUT[i - 1].row : 0;
    const top = first < 0 ? row : Math.max(0, found[first]! - LAID_OUT[first].row) + row;
    places.set(row, Math.max(found[i] ?? (i > 0 ? above : top), above));
  });
  return places;
}

/** The first row of ours holding one of `words` in a cell of ours (in the first column, or where columns moved it). */
function ourWordRow(ctx: PlanContext, sheet: string, words: Record<string, string>): number | undefined {
  const texts = new Set(Object.values(words));
  return ctx.own
    .ourRowsOn(sheet)
    .sort((a, b) => a - b)
    .find((row) => {
      for (let col = 0; col < rowWidth(ctx, sheet, row); col++) {
        const text = ctx.contents.value(sheet, row, col);
        if (typeof text === "string" && texts.has(text) && ctx.isOurs(sheet, row, col)) return true;
      }
      return false;
    });
}

/**
 * The row of each table on the summary. A table keeps the row of ours that holds its name (and its link, where two rows
 * hold the name; its link alone, where the clerk renamed the project in its table) wherever the clerk's edits moved it — rows sorted by 预算数, inserted or deleted: a remark they typed
 * beside it stays beside its project. A table without one gets a new row after the rows of ours, in a row that holds
 * nothing: a row of the clerk's (their 合计 typed under ours) is passed over whole, also its empty cells — our values
 * never mix into their row, and Clear marks never takes a cell of it for ours. A row of ours no table claims (a project
 * gone) is emptied by removeLeftovers; but the row of a project whose table is not read this run while our columns
 * beside it stand (`unreadOn`: its link names their sheet) is kept as it stands, so that the project, read again, takes
 * it back and a remark the clerk typed beside it stays beside it. The user is told which rows of theirs were kept,
 * where the projects are, and which of them the chart shows (a chart series is one range: the rows down to the first
 * row of theirs).
 */
function summaryRows(
  ctx: PlanContext,
  sheet: string,
  first: number,
  placements: TablePlacement[],
  unreadOn: ReadonlySet<string>,
  COL: Columns,
): { rows: number[]; charted: number[]; unread: string[] } {
  const has = ctx.contents.hasSheet(sheet);
  const ours = has ? ctx.own.ourRowsOn(sheet).filter((row) => row >= first) : [];
  const byName = new Map<string, number[]>();
  for (const row of ours.sort((a, b) => a - b)) {
    const name = ctx.contents.value(sheet, row, COL.name);
    if (typeof name !== "string" || !ctx.isOurs(sheet, row, COL.name)) continue;
    const list = byName.get(name);
    if (list) list.push(row);
    else byName.set(name, [row]);
  }
  const rows: (number | undefined)[] = placements.map(() => undefined);
  const claim = (i: number, sameLink: boolean) => {
    const list = byName.get(nameOf(placements[i]));
    const at = list?.findIndex(
      (row) => !sameLink || ctx.contents.formula(sheet, row, COL.link) === linkOf(placements[i]),
    );
    if (list && at !== undefined && at >= 0) rows[i] = list.splice(at, 1)[0];
  };
  placements.forEach((_, i) => claim(i, true));
  placements.forEach((_, i) => rows[i] === undefined && claim(i, false));
  // A project the clerk renamed in its table keeps its row: the row of ours no project claimed whose link (the table's
  // place) is its own — the remark beside it stays beside it.
  const taken = new Set(rows);
  placements.forEach((p, i) => {
    if (rows[i] !== undefined) return;
    const link = linkOf(p);
    const row = ours.find(
      (r) => !taken.has(r) && ctx.contents.formula(sheet, r, COL.link) === link && ctx.isOurs(sheet, r, COL.link),
    );
    if (row !== undefined) taken.add((rows[i] = row));
  });
  const unread: string[] = [];
  const keptUnread = new Set<number>();
  for (const row of ours) {
    if (taken.has(row) || !ctx.isOurs(sheet, row, COL.link)) continue;
    const linked = linkedSheet(ctx.contents.formula(sheet, row, COL.link));
    if (linked === null || !unreadOn.has(linked)) continue;
    keepUnreadRow(ctx, sheet, row, COL);
    keptUnread.add(row);
    const name = ctx.contents.value(sheet, row, COL.name);
    unread.push(typeof name === "string" ? name : linked);
  }
  const theirs = (row: number) => has && !ctx.own.isOurRow(sheet, row) && ctx.contents.rowHolds(sheet, row);
  let next = Math.max(first, ...ours.map((row) => row + 1));
  // A project gone (its sheet deleted) leaves its row empty: the projects under it move up and a new one follows them,
  // as a first check lists them — no empty row in the list or bar in the chart. Only while every row from the gap down
  // is ours alone or empty: a remark the clerk typed beside a project, a row of theirs, or the kept row of a project not
  // read stays beside what it is about, and so do the projects (the gap stays, as before). So does a row the clerk hid
  // or coloured (a fill, a font colour or bold) or gave a height of its own, and every row under a filter of theirs: those
  // stay with the row, not with what it holds. A height on every row of the list is the list's (made taller as a whole),
  // not one row's mark: it stays on every row whatever moves.
  const gap = Math.min(...ours.filter((row) => !taken.has(row) && !keptUnread.has(row)));
  const last = Math.max(...ours);
  const rowsFrom = (top: number) => Array.from({ length: last - top + 1 }, (_, k) => top + k);
  const marks = ctx.contents.sheet(sheet)?.rowMarks;
  // A height, an outline group or a border on every row of the list is the list's (made taller, folded or framed as a
  // whole).
  const ofOneRow = (rows: number[] | undefined) => {
    const set = new Set(rows);
    return gap < Infinity && rowsFrom(Math.min(...ours)).every((row) => set.has(row)) ? [] : [...set];
  };
  const marked = new Set([
    ...(marks?.hidden ?? []),
    ...(marks?.filled ?? []),
    ...(marks?.font ?? []),
    ...ofOneRow(marks?.sized),
    ...(marks?.grouped ?? []).flatMap(ofOneRow), // each depth: a group inside the list's own is a mark
    ...ofOneRow(marks?.bordered),
  ]);
  const alone = (row: number) =>
    !marked.has(row) &&
    (ctx.own.isOurRow(sheet, row) ? !keptUnread.has(row) && !holdsTheirs(ctx, sheet, row) : !theirs(row));
  if (gap < Infinity && !marks?.filter && !pointedAt(ctx, sheet) && rowsFrom(gap).every(alone)) {
    const below = rows.flatMap((row, i) => (row !== undefined && row > gap ? [{ row, i }] : []));
    const order = [
      ...below.sort((a, b) => a.row - b.row).map(({ i }) => i),
      ...rows.flatMap((row, i) => (row === undefined ? [i] : [])),
    ];
    next = gap;
    for (const i of order) {
      while (theirs(next)) next++;
      rows[i] = next++;
    }
  }
  for (let i = 0; i < rows.length; i++)
    if (rows[i] === undefined) {
      while (theirs(next)) next++;
      rows[i] = next++;
    }
  const placed = (rows as number[]).slice().sort((a, b) => a - b);
  const kept: number[] = [];
  for (let row = placed[0]; row < (placed.at(-1) ?? 0); row++) if (theirs(row)) kept.push(row);
  // A chart series is one range (both writers): the rows from the first project's down to the first row of theirs.
  const charted = kept.length > 0 ? placed.filter((row) => row < kept[0]) : placed;
  if (kept.length > 0) {
    const list = (of: number[], and: string) => rowRuns(of).join(and);
    const chart = list(charted, "、");
    const many = kept.length > 1;
    ctx.say(
      `「${sheet}」第 ${list(kept, "、")} 行有您填写的内容，已保留未改，汇总行未写入${many ? "这些行" : "该行"}：项目写在第 ${list(placed, "、")} 行，图表只含第 ${chart} 行的 ${charted.length} 个项目。`,
      `${many ? "Rows" : "Row"} ${list(kept, ", ")} of "${sheet}" ${many ? "hold" : "holds"} content of yours, left as it is; no summary row was written there: the projects are in rows ${list(placed, ", ")}, and the chart shows only the ${charted.length} of rows ${list(charted, ", ")}.`,
    );
  }
  return { rows: rows as number[], charted, unread };
}

/** A cell of the row holds something that is not ours (a remark, their figure), or a note or merged area is on it. */
function holdsTheirs(ctx: PlanContext, sheet: string, row: number): boolean {
  const s = ctx.contents.sheet(sheet);
  if (!s) return false;
  if (s.merges.some((m) => m.top <= row && row <= m.bottom) || s.notes?.some((n) => n.row === row)) return true;
  const width = Math.max(s.values[row - s.originRow]?.length ?? 0, s.formulas?.[row - s.originRow]?.length ?? 0);
  for (let col = s.originCol; col < s.originCol + width; col++)
    if (!ctx.contents.isEmpty(sheet, row, col) && !ctx.isOurs(sheet, row, col)) return true;
  return false;
}

/**
 * A formula or defined name of the clerk's may point at a cell of the summary (=监控汇总!E10 in a report of theirs, =E10
 * under the list): moving the projects would leave it showing another project's figure. Any formula of theirs on the
 * sheet, or naming it elsewhere, counts (its reference is not parsed: keeping the gap is always safe).
 */
function pointedAt(ctx: PlanContext, sheet: string): boolean {
  const named = (text: string) => text.includes(`${quoteSheetName(sheet)}!`) || text.includes(`${sheet}!`);
  const theirs = (s: string, text: string, row: number, col: number) =>
    (s === sheet || named(text)) && !ctx.isOurs(s, row, col);
  for (const s of ctx.snapshot.sheets) {
    let found = false;
    forEachRow(s.formulas, (cells, r) =>
      forEachCell(cells, (f, c) => {
        if (!found && typeof f === "string" && theirs(s.name, f, r + s.originRow, c + s.originCol)) found = true;
      }),
    );
    if (found) return true;
  }
  return (ctx.snapshot.names ?? []).some((n) => named(n.refersTo) && !ctx.names.ours(n.name));
}

/**
 * The row of a project whose table is not read this run, kept where it stands (summaryRows): its 预警 says it was not
 * read this time and when it was last checked (the record's date: the figures beside it are that check's), and its
 * 执行率, 计划进度 and 滞后 are emptied, so the chart (which draws 执行率 and 计划进度) draws no stale bars for it as if
 * current. Its name, link, amounts and light counts stay as they are; a cell the clerk typed over stays theirs. A row
 * already so marked by an earlier run is kept as it stands (twice = once, the date still the last check's that read
 * it). The project, read again, takes the row back and it is written whole again (summaryRow).
 */
function keepUnreadRow(ctx: PlanContext, sheet: string, row: number, COL: Columns): void {
  const status = ctx.contents.value(sheet, row, COL.light);
  const marked =
    typeof status === "string" &&
    ctx.isOurs(sheet, row, COL.light) &&
    Object.values(SUMMARY_WORDS.unread).some((w) => status.startsWith(w));
  const emptied = new Set([COL.rate, COL.planned, COL.lag, COL.light]);
  for (const col of Object.values(COL)) if (marked || !emptied.has(col)) ctx.keepAsIs({ sheet, row, col });
  // A self-evaluation's score beside it (planScores), where it is still ours.
  const scores = scoreColumns(COL);
  for (let col = scores.first; col <= scores.last + 1; col++) ctx.keepAsIs({ sheet, row, col });
  if (marked) return;
  for (const col of [COL.rate, COL.planned, COL.lag]) ctx.setValue({ sheet, row, col }, "");
  const date = ctx.previous?.asOf;
  const w = SUMMARY_WORDS.unread;
  const text = date
    ? { zh: `${w.zh}（上次检查 ${date}）`, en: `${w.en} (last checked ${date})` }
    : { zh: `${w.zh}（为上次检查的数字）`, en: `${w.en} (figures of the last check)` };
  ctx.setValue({ sheet, row, col: COL.light }, text[ctx.lang]);
}

const nameOf = (p: TablePlacement) => tableLabel(p.checked.table);

/** The table's top-left cell, as the link shows it: '1 办公用品采购'!A1. */
const topOf = (p: TablePlacement): string =>
  `${quoteSheetName(p.checked.table.sheet)}!${cellName(p.checked.table.range.top, p.checked.table.range.left)}`;

/** The sheet a link cell's formula (linkOf) leads to; null for another formula. */
function linkedSheet(formula: string | null): string | null {
  const m = /^=?HYPERLINK\("#('(?:[^']|'')+'|[^!"]+)!/.exec(formula ?? "");
  return m ? unquoteSheetName(m[1]) : null;
}

/** The link cell's formula: HYPERLINK to the table's top-left cell. */
function linkOf(p: TablePlacement): string {
  const top = topOf(p);
  return `HYPERLINK(${stringLiteral(`#${top}`)},${stringLiteral(top)})`;
}

/** Sheet rows (0-based, ascending) as the user counts them, in runs: "7–14", "16". */
function rowRuns(rows: number[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (rows[j + 1] === rows[j] + 1) j++;
    runs.push(j > i ? `${rows[i] + 1}–${rows[j] + 1}` : `${rows[i] + 1}`);
    i = j + 1;
  }
  return runs;
}

function summaryRow(ctx: PlanContext, sheet: string, row: number, p: TablePlacement, COL: Columns): void {
  const { table, result } = p.checked;
  const lang = ctx.lang;
  const at = (col: number): CellRef => ({ sheet, row, col });
  const local = (col: number) => cellName(row, col);
  const exec = result.execution;
  // In 万元, as the reader read the cell: by the money unit its format shows, else the table's (moneyScale).
  const toWan = (cell: CellRef, unit = table.moneyUnit) =>
    moneyScale(ctx.contents.numberFormat(cell.sheet, cell.row, cell.col), unit, "万元");
  const pct = { numberFormat: PERCENT_FORMAT };

  ctx.setValue(at(COL.name), nameOf(p));
  ctx.setFormula(at(COL.link), linkOf(p), topOf(p));
  const budgetCell = table.budgetCell === undefined ? null : sheetCell(table.sheet, table.budgetCell);
  const { schedule } = p;
  // A formula passes its cell on as it is: a budget written as text ("20万元", read as 20) stays text in Excel,
  // and the rate from it an error; such a cell, or a table without a spent cell, gets the values mode's values.
  const cellValue = (cell: CellRef) => ctx.contents.value(cell.sheet, cell.row, cell.col);
  if (budgetCell && typeof cellValue(budgetCell) === "number")
    ctx.setComputed(at(COL.budget), () => `${refFrom(sheet, budgetCell)}${toWan(budgetCell)}`, table.budget, {
      numberFormat: AMOUNT_FORMAT,
    });
  else ctx.setValue(at(COL.budget), table.budget, { numberFormat: AMOUNT_FORMAT });
  const spentCell = p.schedule?.spent ?? (table.spent ? sheetCell(table.sheet, table.spent.cell) : null);
  const spentValue = exec ? exec.spent : null;
  const spentRead = spentCell ? cellValue(spentCell) : null;
  // A date in a General or date cell (2024/6/30 typed, at the check or since) is no amount, as the check reads it
  // (read.spent-date): blank, and the rate and lag from it too — never 45473 万元 and 72019 %. A cell with a money
  // format keeps it (its CELL("format") code is not one the page lists as a date).
  const spentFormula = (cell: CellRef) => {
    const ref = refFrom(sheet, cell);
    const format = ctx.contents.numberFormat(cell.sheet, cell.row, cell.col);
    const amount = `${ref}${toWan(cell, table.spentUnit ?? table.moneyUnit)}`;
    const dated = !format || format === "General" || isDateFormat(format);
    return `IF(${ref}="","",${dated ? `IF(${showsDate(ref)},"",${amount})` : amount})`;
  };
  if (spentCell && (spentRead === null || typeof spentRead === "number"))
    ctx.setComputed(at(COL.spent), () => spentFormula(spentCell), spentValue ?? "", { numberFormat: AMOUNT_FORMAT });
  else ctx.setValue(at(COL.spent), spentValue, { numberFormat: AMOUNT_FORMAT });
  // Without a spent cell there is no execution to compute (Excel would take the blank 执行数 and 计划进度 for 0):
  // rate and lag stay blank, as in values mode.
  if (spentCell)
    ctx.setComputed(
      at(COL.rate),
      () => `IFERROR(${local(COL.spent)}/${local(COL.budget)},"")`,
      exec ? exec.rate / 100 : "",
      pct,
    );
  else ctx.setValue(at(COL.rate), "", pct);
  if (schedule)
    ctx.setComputed(at(COL.planned), () => refFrom(sheet, schedule.planned), exec ? exec.planned / 100 : "", pct);
  else ctx.setValue(at(COL.planned), exec ? exec.planned / 100 : null, pct);
  const lag = exec ? roundTo(exec.lag, 2) : "";
  if (spentCell)
    ctx.setComputed(at(COL.lag), () => `IFERROR(ROUND((${local(COL.planned)}-${local(COL.rate)})*100,2),"")`, lag, {
      numberFormat: AMOUNT_FORMAT,
    });
  else ctx.setValue(at(COL.lag), lag, { numberFormat: AMOUNT_FORMAT });

  const counts = countLights(indicatorLights(p.checked));
  const block = p.indicators;
  let lights: string | undefined; // the block's 预警 cells, for the first formula that counts them (none in value mode)
  for (const l of REAL_LIGHTS)
    if (block) ctx.setComputed(at(COL[l]), () => countLight((lights ??= lightRange(block)), l), counts[l]);
    else ctx.setValue(at(COL[l]), counts[l]);
  const execLight = exec ? LIGHT_WORDS[exec.light][lang] : "";
  if (schedule) ctx.setComputed(at(COL.execLight), () => `${refFrom(sheet, schedule.light)}&""`, execLight);
  else ctx.setValue(at(COL.execLight), execLight);
  ctx.setComputed(at(COL.light), () => projectLightFormula(ctx, row, COL), LIGHT_WORDS[result.light as Light][lang]);
}

/** The 状态 cells of a table's block, as a reference from the summary sheet. */
function statusRange(block: IndicatorBlock): string {
  return lightRange({ ...block, lightCol: block.statusCol });
}

/** The 预警 cells of a table's block, as a reference from the summary sheet. */
function lightRange(block: IndicatorBlock): string {
  return sheetRef(block.sheet, {
    top: Math.min(...block.rows),
    left: block.lightCol,
    bottom: Math.max(...block.rows),
    right: block.lightCol,
  });
}

/** Worst light of the row: red > yellow > blue > green, from the light counts and the execution light (cells of the row). */
function projectLightFormula(ctx: PlanContext, row: number, COL: Columns): string {
  const word = (l: Light) => stringLiteral(LIGHT_WORDS[l][ctx.lang]);
  const at = (col: number) => cellName(row, col);
  const exec = (l: "red" | "yellow" | "green") => lightTest(at(COL.execLight), l);
  return `IF(OR(${at(COL.red)}>0,${exec("red")}),${word("red")},IF(OR(${at(COL.yellow)}>0,${exec("yellow")}),${word("yellow")},IF(${at(COL.blue)}>0,${word("blue")},IF(OR(${at(COL.green)}>0,${exec("green")}),${word("green")},""))))`;
}
