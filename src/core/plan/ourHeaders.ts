/**
 * Our block headers as the reader sees them. The reader knows headers by their Chinese words, and reads the headers
 * of a block we wrote like the clerk's (our 实际完成值 column is where they type the actual; the 状态 column is ours to
 * compute). A header we wrote in English (the pane's or the CLI's English) is read as its Chinese words, so a check
 * after a check reads the same table whatever language either was in. Only a cell our record vouches for: the record
 * fingerprinted that very text on that sheet (wherever inserted rows or columns moved it since), or — the clerk typing
 * our English words over ours in Chinese (Actual over 实际完成值) — its Chinese words. A header the clerk otherwise
 * changed no longer prints as ours: it is theirs, read as they wrote it — but for our 执行数 header renamed to their own
 * words for the money spent (已支付金额): the amount under it is what they spent, read as under ours (renamedSpent).
 * Our 执行数 header is read without the money unit in it (SPENT_READ): the unit is the table's to say.
 */
import { cellKey, parseA1Range } from "../a1";
import { forEachCell, forEachRow, type CellValue, type SheetRows, type SheetSnapshot } from "../types";
import { cellPrint, EMPTY_PRINT, matchesPrint, PRINT_WIDTH } from "./fingerprint";
import { printedCells } from "./marks";
import type { Marks } from "./types";
import { namesSpent, SCHEDULE_SHAPE } from "./shapes";
import { MONITOR_COLUMNS, SCHEDULE_COLUMNS } from "./words";

const UNIT = "{unit}";

/** English header → Chinese, for the headers without the money unit in them. */
const FIXED = new Map(
  [...MONITOR_COLUMNS, ...SCHEDULE_COLUMNS]
    .filter((c) => !c.header.en.includes(UNIT))
    .map((c) => [c.header.en, c.header.zh]),
);
/** "Spent ({unit})" → "执行数（{unit}）", split around the unit. */
const WITH_UNIT = SCHEDULE_COLUMNS.filter((c) => c.header.en.includes(UNIT)).map((c) => {
  const [before, after] = c.header.en.split(UNIT);
  return { before, after, zh: c.header.zh };
});

/** The Chinese words of one of our English headers, or null when the text is none. */
function chineseHeader(text: string): string | null {
  const fixed = FIXED.get(text);
  if (fixed !== undefined) return fixed;
  for (const w of WITH_UNIT)
    if (text.length > w.before.length + w.after.length && text.startsWith(w.before) && text.endsWith(w.after))
      return w.zh.replace(UNIT, text.slice(w.before.length, text.length - w.after.length));
  return null;
}

/** The fingerprints the record holds for a sheet. */
function printsOf(prints: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + PRINT_WIDTH <= prints.length; i += PRINT_WIDTH) out.add(prints.slice(i, i + PRINT_WIDTH));
  return out;
}

/**
 * Where a header cell of our blocks stands, as the record vouches for it (its text fingerprinted on that sheet, in
 * either language): the reader ends a table's header row at our block when another table's header follows it with no
 * empty column between (breaker64: a goal table the clerk pasted right of our block). Null when the record has none.
 */
export function ourHeaderCells(
  sheet: SheetSnapshot,
  record: Marks | null,
): { has(row: number, col: number): boolean } | null {
  const prints = record?.prints?.[sheet.name];
  if (!prints) return null;
  let ours: Set<string> | undefined;
  return {
    has(row, col) {
      const r = row - sheet.originRow;
      const c = col - sheet.originCol;
      const text = sheet.values[r]?.[c];
      if (typeof text !== "string" || sheet.formulas?.[r]?.[c]) return false;
      if (!SPENT_SHAPE.matches(text) && chineseHeader(text) === null && !ZH_HEADERS.has(text)) return false;
      ours ??= printsOf(prints);
      return ours.has(cellPrint(text, null));
    },
  };
}

/** Our headers' Chinese words (those without the money unit). */
const ZH_HEADERS = new Set([...MONITOR_COLUMNS, ...SCHEDULE_COLUMNS].map((c) => c.header.zh));

/**
 * The sheet as the reader reads it: our English headers (the record vouching for them) in Chinese. The sheet itself
 * when there is none (the same object: a first run, a Chinese one, pays one look at each text cell).
 */
export function ourHeadersInChinese(sheet: SheetSnapshot, record: Marks | null): SheetSnapshot {
  const prints = record?.prints?.[sheet.name];
  if (!prints) return sheet;
  let ours: Set<string> | undefined;
  let values: SheetRows<CellValue> | undefined;
  const rows = sheet.values;
  for (const { row, col, text } of renamedSpent(sheet, record!)) {
    values ??= rows.slice();
    values[row] = values[row]!.slice(); // the row holds the header read
    values[row][col] = text;
  }
  forEachRow(rows, (row, r) =>
    forEachCell(row, (text, c) => {
      if (typeof text !== "string") return;
      const zh = SPENT_SHAPE.matches(text) ? SPENT_READ : chineseHeader(text);
      if (zh === null || sheet.formulas?.[r]?.[c]) return;
      ours ??= printsOf(prints);
      // Ours in English, or typed by the clerk in our English words over ours in Chinese (breaker65: Actual over
      // 实际完成值, Spent (万元) over 执行数（万元）, where the plan still finds our column and reads what they type there).
      const twin = chineseHeader(text);
      if (!ours.has(cellPrint(text, null)) && (twin === null || !ours.has(cellPrint(twin, null)))) return;
      values ??= rows.slice();
      if (values[r] === row) values[r] = row.slice();
      values[r]![c] = zh;
    }),
  );
  return values ? { ...sheet, values: values as CellValue[][] } : sheet; // holes kept (SheetSnapshot.values)
}

/**
 * The cells of ours on a clerk's sheet that still hold what we wrote where we wrote them, our headers aside: 计划进度,
 * 序时进度, 状态 … A label's value is the clerk's, never one of these (headerBlock.ts Block.right / below): a 执行数
 * label the clerk moved into the row of our schedule values must not read our 序时进度 as the money spent. Null when
 * the record names no cell there (a first run; a sheet we made, whose text is read as the table we wrote out). Lazy:
 * the record's cells are indexed at the first question, and only the cells asked about are fingerprinted (the reader
 * asks of the few cells right of or under its labels).
 */
export function ourValuesOn(
  sheet: SheetSnapshot,
  record: Marks | null,
): { has(row: number, col: number): boolean } | null {
  const records = !record ? [] : record.earlier ? [record, record.earlier] : [record];
  const mine = records.filter((m) => m.cells[sheet.name] && !m.sheets.includes(sheet.name));
  if (mine.length === 0) return null;
  let written: Map<number, string[]> | undefined;
  return {
    has(row, col) {
      written ??= writtenValues(mine, sheet.name);
      const prints = written.get(cellKey(row, col));
      if (!prints) return false;
      const value = sheet.values[row - sheet.originRow]?.[col - sheet.originCol] ?? null;
      const formula = sheet.formulas?.[row - sheet.originRow]?.[col - sheet.originCol] ?? null;
      const now = cellPrint(value, formula);
      return now !== EMPTY_PRINT && matchesPrint(now, value, formula, (p) => prints.includes(p));
    },
  };
}

/** The prints the records hold for the cells they wrote on a sheet, headers (their blocks' and inputs') aside. */
function writtenValues(records: Marks[], sheet: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const marks of records) {
    const headers = headersOf(marks).get(sheet);
    for (const { row, col, print } of printedCells(marks, sheet)) {
      const key = cellKey(row, col);
      if (print !== undefined && print !== EMPTY_PRINT && !headers?.has(key))
        out.set(key, [...(out.get(key) ?? []), print]);
    }
  }
  return out;
}

const headersByRecord = new WeakMap<Marks, Map<string, Set<number>>>();

/** Where a record wrote headers (its blocks' and input columns'), per sheet: made once per record. */
function headersOf(marks: Marks): Map<string, Set<number>> {
  let out = headersByRecord.get(marks);
  if (out) return out;
  const bySheet = (out = new Map<string, Set<number>>());
  const on = (sheet: string) => bySheet.get(sheet) ?? bySheet.set(sheet, new Set()).get(sheet)!;
  for (const b of marks.blocks ?? []) for (const c of b.cols) on(b.sheet).add(cellKey(b.row, c.col));
  for (const input of marks.inputs) {
    const at = parseA1Range(input.header);
    if (at) on(input.sheet).add(cellKey(at.top, at.left));
  }
  headersByRecord.set(marks, out);
  return out;
}

/** How far (rows) a schedule block of ours is looked for around its recorded row (rows inserted or deleted above). */
const SEARCH_ROWS = 64;
const SPENT_HEADER = SCHEDULE_COLUMNS.find((c) => c.key === "spent")!.header.zh;
/**
 * Our 执行数 header as the reader reads it: without the money unit we copied into it from the table. The unit is the
 * table's to say (its 单位 line, its labels); read from our header, a unit the clerk corrects on the table after a check
 * (单位：万元 → 单位：元) was outvoted by ours, written from the old one, and the summary kept amounts 10,000 times too big.
 */
const SPENT_SHAPE = SCHEDULE_SHAPE.columns.find((c) => c.key === "spent")!;
const SPENT_READ = SPENT_HEADER.replace(/[（(]\{unit\}[)）]/, "");
const UNIT_HINT = /[（(]\s*(亿元|万元|元)\s*[)）]/;

/**
 * Our 执行数 headers the clerk renamed to their own words for the money spent (已支付金额, 累计支出（万元）): each
 * with the text the reader reads there, 执行数 (with the money unit they wrote, if any). Where the record places our
 * schedule block: its header row holds at least two of the block's other headers as we write them (执行率, 计划进度 …)
 * at the recorded columns — on the recorded row, or the nearest row holding them (rows inserted or deleted above).
 * Cells are sheet-relative (the snapshot's arrays).
 */
function renamedSpent(sheet: SheetSnapshot, record: Marks): { row: number; col: number; text: string }[] {
  const out: { row: number; col: number; text: string }[] = [];
  const at = (row: number, col: number) => sheet.values[row - sheet.originRow]?.[col - sheet.originCol];
  const isFormula = (row: number, col: number) => !!sheet.formulas?.[row - sheet.originRow]?.[col - sheet.originCol];
  const shape = (key: string) => SCHEDULE_SHAPE.columns.find((c) => c.key === key);
  for (const block of record.blocks ?? []) {
    if (block.sheet !== sheet.name || block.kind !== "schedule") continue;
    const spent = block.cols.find((c) => c.key === "spent");
    const others = block.cols.filter((c) => c !== spent && shape(c.key));
    if (!spent || others.length < 2) continue;
    const text = at(block.row, spent.col);
    if (typeof text === "string" && SPENT_SHAPE.matches(text)) continue; // ours as we wrote it: the usual case
    const holdsBlock = (row: number) => {
      let held = 0;
      for (const c of others) {
        const v = at(row, c.col);
        if (typeof v === "string" && shape(c.key)!.matches(v) && !isFormula(row, c.col)) held++;
      }
      return held >= 2 && held * 2 >= others.length;
    };
    for (let d = 0; d <= SEARCH_ROWS; d++) {
      const row = [block.row + d, block.row - d].find((r) => r >= sheet.originRow && holdsBlock(r));
      if (row === undefined) continue;
      const header = at(row, spent.col);
      if (
        typeof header === "string" &&
        !isFormula(row, spent.col) &&
        !SPENT_SHAPE.matches(header) &&
        namesSpent(header)
      ) {
        const unit = UNIT_HINT.exec(header)?.[1];
        const read = unit ? SPENT_HEADER.replace("{unit}", unit) : SPENT_READ;
        out.push({ row: row - sheet.originRow, col: spent.col - sheet.originCol, text: read });
      }
      break;
    }
  }
  return out;
}
