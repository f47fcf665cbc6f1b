/**
 * Whether a formula of the clerk's may read a cell the plan writes: one on a sheet the plan writes values on, or one
 * naming such a sheet (`='预算项目绩效目标'!L12`, `COUNTIF(Sheet1!L:L,…)`) or a defined name that does, directly or
 * through other names (`=SUM(执行数合计)` where the name is `Sheet1!$H$5:$H$20` or `SUM(一月:三月!$H$5)`: hosts63).
 * Formulas the plan writes itself are ours. A plan that writes our PERF.* functions asks
 * for nothing: a full calculation would turn them to #NAME? where the add-in is not loaded (docs/architecture.md,
 * "Our functions in a written file").
 */
import { cellKey } from "../a1";
import {
  forEachCell,
  forEachRow,
  MARKS_SHEET,
  type CellKey,
  type CellRange,
  type DefinedName,
  type WorkbookSnapshot,
} from "../types";
import type { PlanOp } from "./types";

/**
 * A sheet a formula names before "!": quoted ('a b'!, quotes doubled inside) or bare (Sheet1!), or the two ends of a
 * 3-D reference (一月:三月!, '一 月:三 月'!; no sheet name holds ":").
 */
const SHEET_NAMED = /'((?:[^']|'')+)'!|((?:[^\s'!"(),=+\-*/&<>^:;{}[\]]+:)?[^\s'!"(),=+\-*/&<>^:;{}[\]]+)!/g;

/** Text in a formula ("Sheet1!" in `="Sheet1!"&A1` names no sheet); quotes are doubled inside. */
const TEXT_IN_QUOTES = /"(?:[^"]|"")*"/g;

/**
 * The recalculation op a plan needs where a formula of the clerk's reads a cell it writes; null where none does or
 * the plan writes PERF.* formulas.
 */
export function recalculation(snapshot: WorkbookSnapshot, ops: readonly PlanOp[]): PlanOp | null {
  /** Per sheet written: the ranges cleared (a formula there is ours, going). */
  const written = new Map<string, CellRange[]>();
  // Sheet names are compared as Excel does, case aside (sheet1!A1 reads Sheet1).
  const on = (sheet: string) => {
    let cleared = written.get(sheet.toLowerCase());
    if (!cleared) written.set(sheet.toLowerCase(), (cleared = []));
    return cleared;
  };
  let last: string | undefined; // ops come sheet after sheet: each name is lowered once per run of them
  // An index, not for…of: this runs once per check, unoptimised, where for…of allocates a result per op (~1 MB).
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op.op === "setFormula" && /\bPERF\./i.test(op.formula)) return null;
    if ((op.op === "setValue" || op.op === "setFormula") && op.cell.sheet !== MARKS_SHEET) {
      if (op.cell.sheet !== last) on((last = op.cell.sheet));
    } else if (op.op === "clear" && op.sheet !== MARKS_SHEET) on(op.sheet).push(op.range);
  }
  if (written.size === 0) return null;
  const order = snapshot.sheets.map((sheet) => sheet.name.toLowerCase());
  const readsSheet = (formula: string): boolean => {
    for (const m of formula.replace(TEXT_IN_QUOTES, '""').matchAll(SHEET_NAMED)) {
      const ends = (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]).toLowerCase().split(":");
      if (ends.some((end) => written.has(end))) return true;
      // A 3-D reference reads the sheets between its ends too, in the workbook's order (review62: not seen before).
      const [from, to] = ends.map((end) => order.indexOf(end));
      if (ends.length === 2 && from >= 0 && to >= 0)
        for (let i = Math.min(from, to); i <= Math.max(from, to); i++) if (written.has(order[i])) return true;
    }
    return false;
  };
  const names = namesReading(snapshot.names ?? [], readsSheet);
  const readsWritten = (formula: string): boolean => readsSheet(formula) || (names !== null && names(formula));
  // The formulas on sheets written, outside the ranges cleared (few); those the plan writes over are ours. Collected
  // this way round, not as a set of the tens of thousands of cells written, which a plan would carry to its end.
  const theirs = new Map<string, Set<CellKey>>();
  for (const sheet of snapshot.sheets) {
    const cleared = written.get(sheet.name.toLowerCase());
    let found = false;
    let r = 0;
    // One visitor per sheet, not one per row: most rows hold no formula, and the sheets of a big workbook have many.
    const visit = (formula: string | null, c: number) => {
      if (found || !formula) return;
      const row = sheet.originRow + r;
      const col = sheet.originCol + c;
      if (!cleared) found = readsWritten(formula);
      else if (!within(cleared, row, col)) {
        let cells = theirs.get(sheet.name.toLowerCase());
        if (!cells) theirs.set(sheet.name.toLowerCase(), (cells = new Set()));
        cells.add(cellKey(row, col));
      }
    };
    forEachRow(sheet.formulas, (row, at) => {
      r = at;
      forEachCell(row, visit);
    });
    if (found) return RECALCULATE;
  }
  if (theirs.size === 0) return null;
  let cells: Set<CellKey> | undefined;
  last = undefined;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if ((op.op === "setValue" || op.op === "setFormula") && op.cell.sheet !== MARKS_SHEET) {
      if (op.cell.sheet !== last) cells = theirs.get((last = op.cell.sheet).toLowerCase());
      cells?.delete(cellKey(op.cell.row, op.cell.col));
    }
  }
  for (const cells of theirs.values()) if (cells.size > 0) return RECALCULATE;
  return null;
}

/**
 * Whether a formula names a defined name whose reference reads a sheet written (`reads`), directly or through other
 * such names (followed until none is added); null: no name does. Names compare case aside, as Excel's do. A name is a
 * whole word of the formula (not part of a longer one, not a function: no "(" after it), outside text in quotes; its
 * scope is not told apart (a sheet's own name read elsewhere only asks for a calculation that changes nothing).
 */
function namesReading(
  names: readonly DefinedName[],
  reads: (formula: string) => boolean,
): ((formula: string) => boolean) | null {
  const found = new Set<string>();
  let word: RegExp | null = null;
  const named = (formula: string) => word !== null && word.test(formula.replace(TEXT_IN_QUOTES, '""'));
  for (let added = true; added;) {
    added = false;
    for (const { name, refersTo } of names)
      if (!found.has(name.toLowerCase()) && (reads(refersTo) || named(refersTo))) {
        found.add(name.toLowerCase());
        added = true;
      }
    // A name holds letters, digits, "_", "." and a backslash (and "?" after its first character): the last three escaped.
    const alternatives = [...found].map((n) => n.replace(/[\\.?]/g, (c) => `\\${c}`)).join("|");
    if (added) word = new RegExp(`(?<![\\w.\\\\\\p{L}])(?:${alternatives})(?![\\w.\\\\\\p{L}(])`, "iu");
  }
  return word ? named : null;
}

const within = (ranges: readonly CellRange[], row: number, col: number): boolean =>
  ranges.some((g) => row >= g.top && row <= g.bottom && col >= g.left && col <= g.right);

const RECALCULATE: PlanOp = { op: "recalculateOnOpen" };
