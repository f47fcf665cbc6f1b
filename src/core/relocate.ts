/**
 * A finding's row found again after the clerk moved cells since the check: rows or columns inserted or deleted above or
 * left of it, or the table sorted. The finding's address is the check's; what identifies its row is the indicator's name
 * (the reader's text of its 三级指标 cell) and which of the sheet's indicators of that name it is. At a click the host reads
 * the sheet's values (the used range) and `relocate` finds the row whose name cell still holds that text.
 *
 * Inserting or deleting rows or columns keeps the order of the cells that stay, and a sort moves rows within its table:
 * so the k-th of the n cells of a column that hold the name is the k-th indicator of that name in its column, while the
 * column still holds n of them. The name column is told from others that hold the name too (a 指标解释 that repeats it)
 * by the sheet's other indicator names it holds. Two of one name that a sort swapped are told apart by what else their rows
 * held at the check (the target, the 二级指标, the actual: `tells`), not by their order. Anything else (the name gone, or held more or fewer times than at the
 * check) is not guessed: the host jumps to the old address and the pane says the row was not found.
 */
import { cellCount, keyCol, keyRow } from "./a1";
import type { CellRange, CellRef, CheckResult, GoalTable, Indicator, Jump } from "./types";

/** What identifies the row of the finding at `cell`. */
export interface RowAnchor {
  /** The cell the finding points to (the check's address). */
  cell: CellRef;
  /** The indicator's name as the reader took it (trimmed text), and its cell at the check. */
  name: string;
  nameRow: number;
  nameCol: number;
  /** Which of the sheet's indicators of this name in that column it is (0-based, top down), and how many there were. */
  nth: number;
  of: number;
  /** The target as written and its column: follows a column inserted between the name and the finding's cell. */
  target: { col: number; text: string } | null;
  /** The other names of the sheet's indicators in the name's column: they tell that column from one that repeats names. */
  names: string[];
  /**
   * What told each of those indicators (top down, as `nth`) from the others at the check: cells of its row — its
   * target, its 二级指标, its actual — holding what none of theirs held, by column from the name's. Two of one name that
   * a sort swapped are told by them, not by their order. Empty for one that nothing told apart.
   */
  tells: Tell[][];
}

/** A cell of the row, `across` columns from the name's, and what it held at the check. */
export interface Tell {
  across: number;
  value: string | number;
}

/**
 * Why a row was not found again: its name is nowhere, or is held more or fewer times than at the check; or the host
 * could not read the sheet's values (too many for one request).
 */
export type LostReason = "not-found" | "ambiguous" | "unread";

export type Relocation = { cell: CellRef; moved: boolean } | { lost: LostReason };

/** What a jump did, and to which cell: the finding's row found again, or (`lost`) the check's address. */
export interface Jumped {
  jump: Jump;
  cell: CellRef;
  lost?: LostReason;
}

/** The cell a jump goes to: where the row was found again, else the check's address with why it was not found. */
export function jumpCell(cell: CellRef, found: Relocation | null): { cell: CellRef; lost?: LostReason } {
  if (!found) return { cell };
  return "lost" in found ? { cell, lost: found.lost } : { cell: found.cell };
}

/** A sheet's values as a host reads them: the used range's top-left cell (0-based) and its rows. */
export interface ValueGrid {
  top: number;
  left: number;
  values: readonly (readonly unknown[])[];
}

/**
 * Cells a jump reads at most to find its row again. A goal sheet holds a few thousand; a value typed far out (XFD1,
 * A1048576) makes the used range millions of cells, which Excel refuses to read at once (five million) and WPS would
 * hand whole to the pane at each click.
 */
export const RELOCATE_CELLS = 200_000;
/** Columns read right of the anchor's farthest one: room for columns the clerk inserted left of the finding. */
const ROOM_RIGHT = 64;

/**
 * The part of the sheet's used range a jump reads: all of it when it is within RELOCATE_CELLS; else its columns up to
 * the anchor's farthest (plus room), then as many rows from its top as the budget leaves. The indicator is then found
 * as usual; one beyond the cut is said not found rather than read slowly.
 */
export function relocationWindow(used: CellRange, anchor: RowAnchor): CellRange {
  if (cellCount(used) <= RELOCATE_CELLS) return used;
  const farthest = Math.max(anchor.cell.col, anchor.nameCol, anchor.target?.col ?? 0) + ROOM_RIGHT;
  const right = Math.max(used.left, Math.min(used.right, farthest));
  const rows = Math.max(1, Math.floor(RELOCATE_CELLS / (right - used.left + 1)));
  return { top: used.top, left: used.left, bottom: Math.min(used.bottom, used.top + rows - 1), right };
}

/**
 * The anchor of a finding at `cell`: the indicator whose row it is, on a table read from the sheet (a goal written in
 * prose has no row of its own). Null when the cell is on no indicator's row, or the indicator has no name.
 */
export function rowAnchor(check: CheckResult, cell: CellRef): RowAnchor | null {
  let found: { indicator: Indicator; table: GoalTable } | null = null;
  /** The sheet's indicators by "column|name" and their name cells' rows (a cell read by two tables — regions — once). */
  const rows = new Map<string, Map<number, { indicator: Indicator; table: GoalTable }>>();
  for (const { table } of check.tables) {
    if (table.sheet !== cell.sheet || table.source === "prose") continue;
    for (const indicator of table.indicators) {
      if (!indicator.name) continue;
      const key = `${keyCol(indicator.nameCell)}|${indicator.name}`;
      const held = rows.get(key) ?? rows.set(key, new Map()).get(key)!;
      if (!held.has(keyRow(indicator.nameCell))) held.set(keyRow(indicator.nameCell), { indicator, table });
      if (!found && onRowOf(indicator, cell)) found = { indicator, table };
    }
  }
  if (!found) return null;
  const { indicator } = found;
  const [name, nameRow, nameCol] = [indicator.name, keyRow(indicator.nameCell), keyCol(indicator.nameCell)];
  const target = indicator.targetText ? { col: keyCol(indicator.targetCell), text: indicator.targetText } : null;
  const same = [...rows.get(`${nameCol}|${name}`)!].sort(([a], [b]) => a - b);
  const column = `${nameCol}|`;
  const names = [...rows.keys()].filter((k) => k.startsWith(column) && k !== column + name);
  const held = same.map(([, of]) => tellsOf(of.indicator, of.table, nameCol));
  const told = (tell: Tell) =>
    held.filter((tells) => tells.some((t) => t.across === tell.across && t.value === tell.value));
  return {
    cell,
    name,
    nameRow,
    nameCol,
    target,
    nth: same.findIndex(([row]) => row === nameRow),
    of: same.length,
    names: names.map((k) => k.slice(column.length)),
    tells: held.map((tells) => tells.filter((tell) => told(tell).length === 1)),
  };
}

/** The cells of an indicator's row that may tell it from another of its name: its target, 二级指标 and actual. */
function tellsOf(indicator: Indicator, table: GoalTable, nameCol: number): Tell[] {
  const tells: Tell[] = [];
  const add = (col: number | undefined, value: unknown) => {
    const held = typeof value === "string" ? value.trim() : value;
    if (col !== undefined && (typeof held === "number" || (typeof held === "string" && held !== "")))
      tells.push({ across: col - nameCol, value: held });
  };
  add(keyCol(indicator.targetCell), indicator.targetText);
  add(table.header.columns.level2, indicator.level2);
  if (indicator.actual) add(keyCol(indicator.actual.cell), indicator.actual.value);
  return tells;
}

/** The cell is on the indicator's row, or is its target or actual (a target merged down from a row above). */
function onRowOf(indicator: Indicator, cell: CellRef): boolean {
  if (indicator.row === cell.row) return true;
  return [indicator.targetCell, indicator.actual?.cell].some(
    (key) => key !== undefined && keyRow(key) === cell.row && keyCol(key) === cell.col,
  );
}

const textOf = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

/**
 * Where the anchor's finding is now in `grid`. The name's column is the one holding the name that holds the most of the
 * sheet's other indicator names of that column, the nearest the old one of those (a tie: ambiguous); it must hold the name
 * as many times as the check found it there, and the row is the anchor's k-th there. The finding's cell keeps its place on
 * the row: it moves across as the name did, or — right of the target — as the target's text did, when that is found on the
 * row (a column inserted between the name and the cell).
 */
export function relocate(grid: ValueGrid, anchor: RowAnchor): Relocation {
  const byCol = new Map<number, number[]>();
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (textOf(value) !== anchor.name) return;
      const col = grid.left + c;
      const rows = byCol.get(col);
      if (rows) rows.push(grid.top + r);
      else byCol.set(col, [grid.top + r]);
    }),
  );
  if (byCol.size === 0) return { lost: "not-found" };
  const nameCol = nameColumn(grid, anchor, [...byCol.keys()]);
  const rows = nameCol === null ? [] : byCol.get(nameCol)!;
  if (nameCol === null || rows.length !== anchor.of) return { lost: "ambiguous" };
  const nameRow = toldRows(grid, rows, nameCol, anchor.tells)[anchor.nth];
  const { cell } = anchor;
  let across = nameCol - anchor.nameCol;
  if (anchor.target && cell.col >= anchor.target.col) {
    const targetCol = targetColumn(grid, nameRow, nameCol, anchor.target, anchor.target.col + across);
    if (targetCol !== null) across = targetCol - anchor.target.col;
  }
  const now = { sheet: cell.sheet, row: nameRow + (cell.row - anchor.nameRow), col: cell.col + across };
  return { cell: now, moved: now.row !== cell.row || now.col !== cell.col };
}

/**
 * Which row each of the name's indicators (top down at the check) is on now. One whose tell only one of the rows holds
 * is on that row; the others keep their order on the rows left. Without such tells (or when two claim one row) this is
 * the rows' order: the k-th indicator on the k-th row.
 */
function toldRows(grid: ValueGrid, rows: number[], nameCol: number, tells: readonly (readonly Tell[])[]): number[] {
  if (rows.length < 2 || tells.length !== rows.length) return rows;
  const claimed = tells.map((own) => {
    for (const { across, value } of own) {
      const col = nameCol + across - grid.left;
      const holding = rows.filter((row) => {
        const cell = grid.values[row - grid.top]?.[col];
        return (typeof cell === "string" ? cell.trim() : cell) === value;
      });
      if (holding.length === 1) return holding[0];
    }
    return null;
  });
  const taken = claimed.filter((row) => row !== null);
  if (new Set(taken).size !== taken.length) return rows;
  const left = rows.filter((row) => !taken.includes(row));
  let next = 0;
  return claimed.map((row) => row ?? left[next++]);
}

/** Of the columns holding the name, the one holding the most other names, then the nearest the old; null for a tie. */
function nameColumn(grid: ValueGrid, anchor: RowAnchor, columns: number[]): number | null {
  const others = new Set(anchor.names);
  const held = new Map(columns.map((col) => [col, new Set<string>()]));
  for (const row of grid.values)
    for (const col of columns) {
      const text = textOf(row[col - grid.left]);
      if (others.has(text)) held.get(col)!.add(text);
    }
  const rank = (col: number) => [-held.get(col)!.size, Math.abs(col - anchor.nameCol)];
  const ranked = columns.map((col) => ({ col, rank: rank(col) }));
  ranked.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1]);
  const [best, next] = ranked;
  return next && next.rank[0] === best.rank[0] && next.rank[1] === best.rank[1] ? null : best.col;
}

/** The column right of the name holding the target's text nearest `expected`; null when none or two are as near. */
function targetColumn(
  grid: ValueGrid,
  row: number,
  nameCol: number,
  target: { text: string },
  expected: number,
): number | null {
  const cells = grid.values[row - grid.top] ?? [];
  const cols: number[] = [];
  cells.forEach((value, c) => {
    if (grid.left + c > nameCol && textOf(value) === target.text) cols.push(grid.left + c);
  });
  if (cols.length === 0) return null;
  const nearest = Math.min(...cols.map((c) => Math.abs(c - expected)));
  const at = cols.filter((c) => Math.abs(c - expected) === nearest);
  return at.length === 1 ? at[0] : null;
}
