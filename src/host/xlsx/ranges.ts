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
  const [a, b = a] = ref.replace(/\$/g, "").split(":");
  const start = parseCellRef(a);
  const end = parseCellRef(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
