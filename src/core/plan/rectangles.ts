import { inRowOrder } from "../a1";
import type { CellRange } from "../types";
import { sortedShort } from "../lists";

/**
 * Cells grouped into rectangles for bulk writes (Excel's Range.values, WPS's Value2): horizontal runs per
 * row, then runs with the same columns on consecutive rows stacked. A cell listed twice counts once.
 */
export function rectangles(cells: { row: number; col: number }[]): CellRange[] {
  const sorted = [...cells].sort(inRowOrder);
  const runs: CellRange[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && last.right === c.col - 1) last.right = c.col;
    else if (!(last && last.top === c.row && last.right >= c.col))
      runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col });
  }
  const stacked: CellRange[] = [];
  const open = new Map<string, CellRange>();
  for (const run of runs) {
    const columns = `${run.left},${run.right}`;
    const prev = open.get(columns);
    if (prev && prev.bottom === run.top - 1) prev.bottom = run.top;
    else {
      const fresh = { ...run };
      stacked.push(fresh);
      open.set(columns, fresh);
    }
  }
  return stacked;
}

/** Rows of one column as vertical runs, top to bottom (a row listed twice counts once). */
export function columnRuns(rows: number[], col: number): CellRange[] {
  const runs: CellRange[] = [];
  for (const row of sortedShort([...rows], (a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && row <= last.bottom + 1) last.bottom = row;
    else runs.push({ top: row, left: col, bottom: row, right: col });
  }
  return runs;
}
