import type { CellRange } from "../types";
import type { PlanOp } from "./types";
import { rectangles } from "./rectangles";

/** A plan's cell write: a value or a formula. */
export type CellWrite = Extract<PlanOp, { op: "setValue" | "setFormula" }>;

/**
 * The run of cell writes starting at ops[start] (one phase of the plan), for a host to send as rectangles.
 * It ends where a cell comes again: the provisional record must be written before the final one, so a check
 * that fails half-way leaves a record of what it wrote.
 */
export function cellWriteRun(ops: readonly PlanOp[], start: number): CellWrite[] {
  const run: CellWrite[] = [];
  const seen = new Set<string>();
  for (let i = start; i < ops.length; i++) {
    const op = ops[i];
    if (op.op !== "setValue" && op.op !== "setFormula") break;
    const k = `${op.cell.sheet}\u0000${op.cell.row},${op.cell.col}`;
    if (seen.has(k)) break;
    seen.add(k);
    run.push(op);
  }
  return run;
}

/** A sheet's part of a run: its writes by position (writeAt) and the rectangles that cover them. */
export interface SheetWrites {
  sheet: string;
  cells: Map<string, CellWrite>;
  rectangles: CellRange[];
}

/** A run's writes grouped per sheet, each sheet's cells as rectangles for one bulk write apiece. */
export function sheetWrites(run: readonly CellWrite[]): SheetWrites[] {
  const bySheet = new Map<string, Map<string, CellWrite>>();
  for (const w of run) {
    const cells = bySheet.get(w.cell.sheet) ?? new Map<string, CellWrite>();
    cells.set(positionKey(w.cell.row, w.cell.col), w);
    bySheet.set(w.cell.sheet, cells);
  }
  return [...bySheet].map(([sheet, cells]) => ({
    sheet,
    cells,
    rectangles: rectangles([...cells.values()].map((w) => w.cell)),
  }));
}

/** The write at a cell of one of the rectangles (every cell of them has one). */
export function writeAt(writes: SheetWrites, row: number, col: number): CellWrite {
  return writes.cells.get(positionKey(row, col)) as CellWrite;
}

const positionKey = (row: number, col: number) => `${row},${col}`;
