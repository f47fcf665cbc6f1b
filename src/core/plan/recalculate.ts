/**
 * Whether a formula of the clerk's may read a cell the plan writes: one on a sheet the plan writes values on, or one
 * naming such a sheet (`='预算项目绩效目标'!L12`, `COUNTIF(Sheet1!L:L,…)`). Formulas the plan writes itself are ours.
 * Names are not followed (a formula through a defined name is not seen). A plan that writes our PERF.* functions asks
 * for nothing: a full calculation would turn them to #NAME? where the add-in is not loaded (docs/architecture.md,
 * "Our functions in a written file").
 */
import { cellKey } from "../a1";
import { forEachCell, forEachRow, MARKS_SHEET, type CellKey, type CellRange, type WorkbookSnapshot } from "../types";
import type { PlanOp } from "./types";

/** A sheet a formula names before "!": quoted ('a b'!, quotes doubled inside) or bare (Sheet1!). */
const SHEET_NAMED = /'((?:[^']|'')+)'!|([^\s'!"(),=+\-*/&<>^:;{}[\]]+)!/g;

/** Text in a formula ("Sheet1!" in `="Sheet1!"&A1` names no sheet); quotes are doubled inside. */
const TEXT_IN_QUOTES = /"(?:[^"]|"")*"/g;

export function recalculation(snapshot: WorkbookSnapshot, ops: readonly PlanOp[]): PlanOp | null {
  /** Per sheet written: the cells set and the ranges cleared (a formula there is ours, going). */
  const written = new Map<string, { cells: Set<CellKey>; cleared: CellRange[] }>();
  // Sheet names are compared as Excel does, case aside (sheet1!A1 reads Sheet1).
  const on = (sheet: string) => {
    let w = written.get(sheet.toLowerCase());
    if (!w) written.set(sheet.toLowerCase(), (w = { cells: new Set(), cleared: [] }));
    return w;
  };
  for (const op of ops) {
    if (op.op === "setFormula" && /\bPERF\./i.test(op.formula)) return null;
    if ((op.op === "setValue" || op.op === "setFormula") && op.cell.sheet !== MARKS_SHEET)
      on(op.cell.sheet).cells.add(cellKey(op.cell.row, op.cell.col));
    else if (op.op === "clear" && op.sheet !== MARKS_SHEET) on(op.sheet).cleared.push(op.range);
  }
  if (written.size === 0) return null;
  const readsWritten = (formula: string): boolean => {
    for (const m of formula.replace(TEXT_IN_QUOTES, '""').matchAll(SHEET_NAMED))
      if (written.has((m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]).toLowerCase())) return true;
    return false;
  };
  for (const sheet of snapshot.sheets) {
    const ours = written.get(sheet.name.toLowerCase());
    let found = false;
    forEachRow(sheet.formulas, (row, r) =>
      forEachCell(row, (formula, c) => {
        if (found || !formula) return;
        const row = sheet.originRow + r;
        const col = sheet.originCol + c;
        if (ours ? !ours.cells.has(cellKey(row, col)) && !within(ours.cleared, row, col) : readsWritten(formula))
          found = true;
      }),
    );
    if (found) return RECALCULATE;
  }
  return null;
}

const within = (ranges: readonly CellRange[], row: number, col: number): boolean =>
  ranges.some((g) => row >= g.top && row <= g.bottom && col >= g.left && col <= g.right);

const RECALCULATE: PlanOp = { op: "recalculateOnOpen" };
