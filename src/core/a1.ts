/**
 * A1 addressing, in one place: column letters, cell and range names (relative and absolute), range lists
 * as the marks store them, and sheet names quoted as formulas need them. Rows and columns are 0-based
 * (row 0 = Excel row 1, col 0 = column A), as everywhere in the core.
 */
import { CellAt } from "./records";
import type { CellKey, CellRange, CellRef } from "./types";

/** Columns of a sheet (A … XFD). */
export const SHEET_COLUMNS = 16_384;
/** Rows of a sheet: "1,048,576 rows by 16,384 columns" (Microsoft, Excel specifications and limits). */
export const SHEET_ROWS = 1_048_576;
/**
 * Cells holding a value or a formula one sheet may have: what a sheet costs the checker follows them, not its extent
 * (a stray value at A1048576 beside a table costs one cell). Every host refuses a sheet holding more with one line
 * naming this limit (file.sheet-too-large).
 */
export const MAX_HELD_CELLS = 2_000_000;

/**
 * Cells a sheet's extent (its first to its last cell held, merged areas included) may span for a reader to lay it out
 * whole, a row of cells for every row (read/sheetGrid.ts indexes such a grid per cell). A sheet spanning more is laid
 * out by the cells it holds: rows holding nothing are holes (SheetSnapshot.values), merged areas stay ranges.
 */
export const DENSE_CELLS = 2_000_000;

/**
 * A number naming a cell: map keys without building a string per look-up, and a table's cells in a check's result
 * (CellKey). A small integer for rows below 65,536 (V8 keeps it in the field, no object); beyond, still exact.
 */
export const cellKey = (row: number, col: number): CellKey => row * SHEET_COLUMNS + col;

/** The row of a cellKey. */
export const keyRow = (key: CellKey): number => Math.floor(key / SHEET_COLUMNS);

/** The column of a cellKey. */
export const keyCol = (key: CellKey): number => key % SHEET_COLUMNS;

/** A table's cell (a cellKey on its sheet) as a CellRef. */
export const sheetCell = (sheet: string, key: CellKey): CellRef => new CellAt(sheet, keyRow(key), keyCol(key));

/** Cells in reading order: by row, then by column. */
export const inRowOrder = (a: { row: number; col: number }, b: { row: number; col: number }): number =>
  a.row - b.row || a.col - b.col;

/** Things on a cell or on none: by their cells in reading order (inRowOrder), those on none first or last. */
function inReadingOrderWith(cellLess: "first" | "last") {
  const sign = cellLess === "last" ? 1 : -1;
  type Placed = { cell: { row: number; col: number } | null };
  return (a: Placed, b: Placed): number =>
    a.cell && b.cell ? inRowOrder(a.cell, b.cell) : sign * (Number(!a.cell) - Number(!b.cell));
}

/**
 * Findings as the clerk reads the form: by row, then by column (得分 H7 after 执行率 G7, as they stand), those without
 * a cell last. The sort is stable: one cell's findings keep the order they were made in. check.ts sorts by it again
 * after moving a reason asked for into our 偏差原因 column, so a first check lists them as the next check of its copy.
 */
export const inReadingOrder = inReadingOrderWith("last");

/** A table's review findings: those about the whole table (no cell) first, then by cell as `inReadingOrder`. */
export const tableFirstInReadingOrder = inReadingOrderWith("first");

/** Ranges in reading order of their top-left cells: as the readers list merges, so snapshots compare equal. */
export const byPosition = (a: CellRange, b: CellRange): number => a.top - b.top || a.left - b.left;

/** How many cells a range covers. */
export const cellCount = (r: CellRange): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Absolute 0-based row/col → "E12". */
export function cellName(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "E12" or "E12:G12" (a one-cell range is written as its cell). */
export function rangeToA1(r: CellRange): string {
  const a = cellName(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellName(r.bottom, r.right)}`;
}

/** "$E$12" or "$E$12:$G$14". */
export function absoluteRef(r: CellRange): string {
  const abs = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const a = abs(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${abs(r.bottom, r.right)}`;
}

/**
 * "B3:D5", "$B$3", "d5:b3" → the 0-based range (corners in any order; a single cell is a one-cell range); null when it
 * is no A1 range.
 */
export function parseA1Range(ref: string): CellRange | null {
  // Every merge and validation range of every sheet read comes through here: no array or "$"-free copy unless needed.
  const text = ref.includes("$") ? ref.replace(/\$/g, "") : ref;
  const colon = text.indexOf(":");
  const start = parseCellRef(colon < 0 ? text : text.slice(0, colon));
  const second = colon < 0 ? -1 : text.indexOf(":", colon + 1); // "A1:B2:C3" reads as A1:B2
  const end = colon < 0 ? start : parseCellRef(text.slice(colon + 1, second < 0 ? text.length : second));
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/**
 * "B3", "$B$3" or "b3" (surrounding whitespace allowed) → 0-based row and column; null for anything else.
 * Read character by character: it runs once per cell of every sheet read or written.
 */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const at = { row: 0, col: 0 };
  return readCellRef(ref, at) ? at : null;
}

/** parseCellRef into `at` (false, `at` unchanged: not a reference), for the reader's every cell: no object per cell. */
export function readCellRef(ref: string, at: { row: number; col: number }): boolean {
  const s = ref.trim();
  let i = s.charCodeAt(0) === 0x24 ? 1 : 0; // "$"
  let col = 0;
  const lettersStart = i;
  for (let ch = s.charCodeAt(i) | 0x20; ch >= 0x61 && ch <= 0x7a; ch = s.charCodeAt(++i) | 0x20)
    col = col * 26 + (ch - 0x60);
  if (i === lettersStart || i - lettersStart > 3) return false;
  if (s.charCodeAt(i) === 0x24) i++;
  const digitsStart = i;
  let row = 0;
  for (; i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39; i++)
    row = row * 10 + s.charCodeAt(i) - 0x30;
  if (i === digitsStart || i !== s.length) return false;
  if (i - digitsStart > 15) row = Number(s.slice(digitsStart)); // beyond exact sums: as Number reads it
  at.row = row - 1;
  at.col = col - 1;
  return true;
}

/** Several ranges separated by spaces: "F6 F7:F9" (the marks' compact form). */
export function rangesToA1(ranges: CellRange[]): string {
  return ranges.map(rangeToA1).join(" ");
}

/** The cells of `r` not in `cut`, as at most four rectangles (above, below, then left and right of it); [r] when apart. */
export function rangeWithout(r: CellRange, cut: CellRange): CellRange[] {
  if (cut.top > r.bottom || cut.bottom < r.top || cut.left > r.right || cut.right < r.left) return [r];
  const top = Math.max(r.top, cut.top);
  const bottom = Math.min(r.bottom, cut.bottom);
  const bands: CellRange[] = [
    { top: r.top, left: r.left, bottom: top - 1, right: r.right },
    { top: bottom + 1, left: r.left, bottom: r.bottom, right: r.right },
    { top, left: r.left, bottom, right: cut.left - 1 },
    { top, left: cut.right + 1, bottom, right: r.right },
  ];
  return bands.filter((b) => b.top <= b.bottom && b.left <= b.right);
}

/** Space-separated A1 ranges (a validation's or rule's sqref) as ranges; a part that is not one is dropped. */
export function parseA1Ranges(text: string | undefined): CellRange[] {
  if (!text) return [];
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map(parseA1Range)
    .filter((r): r is CellRange => r !== null);
}

/**
 * Sheet name as a formula needs it: quoted unless it is a plain identifier that cannot be read as a
 * reference; apostrophes doubled. A1 ("AB12"), R1C1 ("R1C1", "R2C", "RC3") and the lone row / column
 * letters of R1C1 ("R", "C") are references, and so are TRUE / FALSE values: all quoted.
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^R\d*C?\d*$/i.test(name) &&
    !/^C\d*$/i.test(name) &&
    !/^(TRUE|FALSE)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A sheet name as a formula writes it, back to the name: "'1 办公用品采购'" → 1 办公用品采购, "'O''Brien'" → O'Brien. */
export const unquoteSheetName = (written: string): string =>
  written.replace(/^'(.*)'$/s, (_, quoted: string) => quoted.replace(/''/g, "'"));

/**
 * The one area a chart series' source names: the CLI copy's `<c:f>` (ECMA-376 §21.2.2.65 f) and Excel's
 * getDimensionDataSourceString (ExcelApi 1.15), whose string "could be information such as a cell address"
 * (excel.chartseries), its exact form on no page — so what a series of ours draws is read in the forms one area is
 * written in: "Sheet!$E$7:$E$13", "'My sheet'!E7", "'O''Brien'!…", "=" before, R1C1 ("Sheet!R7C5:R13C5"); anything
 * else is null, never ours: several areas ("(S!A1:A3,S!A5)", ";" where the list separator is one), whole columns or
 * rows, a defined name, another workbook ("[Book1]Sheet!…"). A clerk's series named as ours over such cells is theirs
 * (review61a); the worst a form not foreseen does to one of ours is leave it on its rows, or keep our chart at Clear marks.
 */
export function seriesSource(text: string): { sheet: string; range: CellRange } | null {
  const m = /^=?\s*(?:'((?:[^']|'')+)'|([^'!(),;]+))!(\S+)$/.exec(text.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const a1 = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(m[3]) ? parseA1Range(m[3]) : null;
  const r1c1 = /^R(\d+)C(\d+)(?::R(\d+)C(\d+))?$/i.exec(m[3]);
  const range =
    a1 ??
    (r1c1 && {
      top: Math.min(+r1c1[1], +(r1c1[3] ?? r1c1[1])) - 1,
      left: Math.min(+r1c1[2], +(r1c1[4] ?? r1c1[2])) - 1,
      bottom: Math.max(+r1c1[1], +(r1c1[3] ?? r1c1[1])) - 1,
      right: Math.max(+r1c1[2], +(r1c1[4] ?? r1c1[2])) - 1,
    });
  return range && range.top >= 0 && range.left >= 0 ? { sheet, range } : null;
}

/** "'1 办公用品采购'!E12": the address a user can paste into Excel's name box. */
export function qualifiedAddress(ref: CellRef): string {
  return `${quoteSheetName(ref.sheet)}!${cellName(ref.row, ref.col)}`;
}
