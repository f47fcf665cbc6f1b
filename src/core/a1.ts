import type { CellRef } from "./types";

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

/** Sheet name as a formula needs it: quoted unless it is a plain identifier; apostrophes doubled. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** "'1 办公用品采购'!E12": the address a user can paste into Excel's name box. */
export function qualifiedAddress(ref: CellRef): string {
  return `${quoteSheetName(ref.sheet)}!${cellName(ref.row, ref.col)}`;
}
