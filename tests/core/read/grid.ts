/**
 * Tiny snapshot builder for reader tests: rows of values, with merged areas drawn in place.
 *   "<"  this cell belongs to the merged area on its left
 *   "^"  this cell belongs to the merged area above it
 * A cell may carry a number format: fmt(0.45, "0%").
 * `at` moves the whole block (values and merges) to another top-left cell, e.g. at: [10, 2] = C11.
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/core/types";

export interface Formatted {
  v: CellValue;
  f: string;
}

export type Cell = CellValue | Formatted | "<" | "^" | undefined;

export function fmt(v: CellValue, f: string): Formatted {
  return { v, f };
}

function isFormatted(c: Cell): c is Formatted {
  return typeof c === "object" && c !== null && "f" in c;
}

export interface SheetOptions {
  at?: [number, number];
  hidden?: boolean;
  /** Extra merges in absolute coordinates. */
  merges?: CellRange[];
}

export function sheet(name: string, rows: Cell[][], options: SheetOptions = {}): SheetSnapshot {
  const [top, left] = options.at ?? [0, 0];
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values: CellValue[][] = rows.map(() => Array.from({ length: width }, () => null));
  const numberFormats: (string | null)[][] = rows.map(() => Array.from({ length: width }, () => null));
  const marker = (r: number, c: number): Cell => rows[r]?.[c];
  const merges: CellRange[] = [...(options.merges ?? [])];

  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === "<" || cell === "^") return;
      if (isFormatted(cell)) {
        values[r][c] = cell.v;
        numberFormats[r][c] = cell.f;
      } else values[r][c] = cell ?? null;
      // A master: extend right over "<", then down over rows whose first cell is "^".
      let right = c;
      while (marker(r, right + 1) === "<") right++;
      let bottom = r;
      while (marker(bottom + 1, c) === "^") bottom++;
      if (right > c || bottom > r) {
        merges.push({ top: top + r, left: left + c, bottom: top + bottom, right: left + right });
        for (let rr = r; rr <= bottom; rr++)
          for (let cc = c; cc <= right; cc++) numberFormats[rr][cc] = numberFormats[r][c];
      }
    }),
  );
  return {
    name,
    originRow: top,
    originCol: left,
    values,
    numberFormats,
    formulas: [],
    merges,
    hidden: options.hidden ?? false,
  };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets, marks: null, settings: null };
}
