/**
 * A1 references of the package's XML as 0-based ranges. No dependencies, so every host may import it
 * without pulling a workbook library into its bundle.
 */
import type { CellRange } from "../../core/types";

/** Row-major order, so snapshots compare equal whatever order the file listed its merges in. */
export function byPosition(a: CellRange, b: CellRange): number {
  return a.top - b.top || a.left - b.left;
}

/** "B3:D5" → 0-based CellRange; a single "B3" is a one-cell range. */
export function parseRangeRef(ref: string): CellRange | null {
  // Every merge and validation range of every sheet comes through here: no array or "$"-free copy unless needed.
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

/**
 * The column of the cell reference s[from, to) (as parseCellRef reads it), or -1 when it is none; read in
 * place, for every cell of every row the writer patches. Whitespace around it, which parseCellRef trims, is
 * rare: that text goes through parseCellRef.
 */
export function cellRefColumn(s: string, from: number, to: number): number {
  const first = s.charCodeAt(from);
  const last = s.charCodeAt(to - 1);
  if (from >= to || first <= 0x20 || first >= 0x80 || last <= 0x20 || last >= 0x80)
    return parseCellRef(s.slice(from, to))?.col ?? -1;
  let i = first === 0x24 ? from + 1 : from; // "$"
  let col = 0;
  const lettersStart = i;
  for (let ch = s.charCodeAt(i) | 0x20; i < to && ch >= 0x61 && ch <= 0x7a; ch = s.charCodeAt(++i) | 0x20)
    col = col * 26 + (ch - 0x60);
  if (i === lettersStart || i - lettersStart > 3) return -1;
  if (i < to && s.charCodeAt(i) === 0x24) i++;
  const digitsStart = i;
  while (i < to && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i++;
  return i === digitsStart || i !== to ? -1 : col - 1;
}
