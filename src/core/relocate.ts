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
import { cellCount, cellKey, keyCol, keyRow } from "./a1";
import type { PlanOp } from "./plan/types";
import type {
  CellRange,
  CellRef,
  CheckResult,
  GoalTable,
  Indicator,
  Jump,
  RowMark,
  SheetSnapshot,
  WorkbookSnapshot,
} from "./types";
import { forEachCell, forEachRow } from "./types";

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
interface Tell {
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
  /** The finding's sheet was found under another name than at the check (renamed since). */
  renamed?: { from: string; to: string };
}

/**
 * What the host is told of a finding's sheet at the check: its id where the host has one (Excel's Worksheet.id
 * survives a rename; WPS's code name), and the sheets the check read tables on (for a sheet known by no id, whose name
 * is its identity: a sheet not among them that holds the finding's row is that sheet renamed).
 */
export interface SheetAtCheck {
  id?: string;
  checked: readonly string[];
}

/** The finding's sheet as the check knew it. */
export function sheetAtCheck(check: CheckResult, sheet: string): SheetAtCheck {
  const id = check.sheetIds?.[sheet];
  return { ...(id ? { id } : {}), checked: [...new Set(check.tables.map((c) => c.table.sheet))] };
}

/** The anchor with its cell on the sheet now named `sheet` (renamed since the check). */
export function onSheet<A extends Anchor>(anchor: A, sheet: string): A {
  return { ...anchor, cell: { ...anchor.cell, sheet } };
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
  /** Rows may be holes (SheetSnapshot.values). */
  values: readonly (readonly unknown[] | undefined)[];
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
export function relocationWindow(used: CellRange, anchor: Anchor): CellRange {
  if (cellCount(used) <= RELOCATE_CELLS) return used;
  const cols = "mark" in anchor ? anchor.mark.labels.map((l) => l.col) : [anchor.nameCol, anchor.target?.col ?? 0];
  const farthest = Math.max(anchor.cell.col, ...cols) + ROOM_RIGHT;
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
export function relocate(grid: ValueGrid, anchor: Anchor): Relocation {
  return "mark" in anchor ? relocateMarked(grid, anchor) : relocateIndicator(grid, anchor);
}

function relocateIndicator(grid: ValueGrid, anchor: RowAnchor): Relocation {
  const byCol = new Map<number, number[]>();
  forEachRow(grid.values, (row, r) =>
    forEachCell(row, (value, c) => {
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
  forEachRow(grid.values, (row) => {
    for (const col of columns) {
      const text = textOf(row[col - grid.left]);
      if (others.has(text)) held.get(col)!.add(text);
    }
  });
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

// ───────────────────────────── Rows that are no indicator's ─────────────────────────────

/**
 * The anchor of a finding on a row that is no indicator's (a header block's money or execution line, the indicators'
 * header row, a goal written in prose): the row as the check marked it (`CheckResult.rows`, rowMarks).
 */
interface MarkAnchor {
  cell: CellRef;
  mark: RowMark;
}

/** What identifies the row of a finding: its indicator, or the texts of a row that is none's. */
export type Anchor = RowAnchor | MarkAnchor;

/**
 * The anchor of a finding at `cell`: its indicator's (rowAnchor), else the mark the check made of its row; null when
 * neither is known (a check that made no marks: the page; a sheet the check wrote).
 */
export function cellAnchor(check: CheckResult, cell: CellRef): Anchor | null {
  const anchor = rowAnchor(check, cell);
  if (anchor) return anchor;
  const mark = check.rows?.find((m) => m.sheet === cell.sheet && m.row === cell.row);
  return mark ? { cell, mark } : null;
}

/** What names the anchor's row in a line to the clerk: the indicator's name, or the first text of the row (cut short). */
export function anchorName(anchor: Anchor): string {
  if (!("mark" in anchor)) return anchor.name;
  const text = anchor.mark.labels[0]?.text ?? "";
  return text.length > NAME_LENGTH ? `${text.slice(0, NAME_LENGTH)}…` : text;
}
const NAME_LENGTH = 20;

/** Rows above a row holding no text that its mark may take its texts from (a schedule's percentages under its labels). */
const LABEL_ROWS_ABOVE = 3;

/**
 * The marks of the rows a click on a finding may go to that are no named indicator's: each table's rows (its title,
 * money and schedule lines, header row, total row, and a goal in prose's own cell) and the rows of the findings and
 * reading notes. A mark holds the clerk's texts on the row as the check found them, leaving out every cell the plan
 * writes (ours: rewritten at each check); a row with none takes those of the nearest row above with some. Its `nth` and
 * `of` count the sheet's rows holding the same texts at the same distances, as relocate counts them at a click.
 */
export function rowMarks(snapshot: WorkbookSnapshot, check: CheckResult, ops: readonly PlanOp[]): RowMark[] {
  const wanted = new Map<string, Set<number>>();
  const want = (sheet: string, row: number) => (wanted.get(sheet) ?? wanted.set(sheet, new Set()).get(sheet)!).add(row);
  const named = new Set<string>();
  for (const { table, selfEvaluation } of check.tables) {
    for (let row = table.range.top; row <= table.range.bottom; row++) want(table.sheet, row);
    if (table.source !== "prose") for (const i of table.indicators) if (i.name) named.add(`${table.sheet}|${i.row}`);
    for (const f of selfEvaluation?.findings ?? []) if (f.cell) want(f.cell.sheet, f.cell.row);
  }
  for (const { cell } of [...check.review, ...check.diagnostics]) if (cell) want(cell.sheet, cell.row);
  const ours = plannedCells(ops);
  const marks: RowMark[] = [];
  for (const [name, rows] of wanted) {
    const sheet = snapshot.sheets.find((s) => s.name === name);
    if (!sheet) continue;
    const oursOnSheet = ours.get(name);
    const clearedByRow =
      oursOnSheet && clearsByRow(oursOnSheet.ranges, sheet.originRow, sheet.originRow + sheet.values.length - 1);
    const labelsOf = (row: number) => rowLabels(sheet, row, oursOnSheet, clearedByRow);
    const sheetMarks: Omit<RowMark, "nth" | "of">[] = [];
    for (const row of rows) {
      if (named.has(`${name}|${row}`)) continue;
      for (let at = row; at >= Math.max(sheet.originRow, row - LABEL_ROWS_ABOVE); at--) {
        const labels = labelsOf(at);
        if (labels.length === 0) continue;
        sheetMarks.push({ sheet: name, row, at, labels });
        break;
      }
    }
    const grid = { top: sheet.originRow, left: sheet.originCol, values: sheet.values };
    const held = rowsHolding(
      grid,
      sheetMarks.map((m) => m.labels),
    );
    sheetMarks.forEach((m, k) => {
      const rowsNow = held[k].map((h) => h.row);
      marks.push({ ...m, nth: rowsNow.indexOf(m.at), of: rowsNow.length });
    });
  }
  return marks;
}

/** The cells the plan writes or empties, by sheet: their texts are ours, not what identifies the clerk's row. */
function plannedCells(ops: readonly PlanOp[]): Map<string, { cells: Set<number>; ranges: CellRange[] }> {
  const bySheet = new Map<string, { cells: Set<number>; ranges: CellRange[] }>();
  const of = (sheet: string) => bySheet.get(sheet) ?? bySheet.set(sheet, { cells: new Set(), ranges: [] }).get(sheet)!;
  for (const op of ops) {
    if (op.op === "setValue" || op.op === "setFormula") of(op.cell.sheet).cells.add(cellKey(op.cell.row, op.cell.col));
    else if (op.op === "clear") of(op.sheet).ranges.push(op.range);
  }
  return bySheet;
}

/**
 * The plan's cleared ranges by the rows they cross, clipped to the sheet's rows: a row's cells are then checked
 * against the few ranges on that row, not every range of the sheet (1,000 tables on one sheet clear as many).
 */
function clearsByRow(ranges: readonly CellRange[], top: number, bottom: number): Map<number, CellRange[]> {
  const byRow = new Map<number, CellRange[]>();
  for (const r of ranges)
    for (let row = Math.max(r.top, top); row <= Math.min(r.bottom, bottom); row++)
      (byRow.get(row) ?? byRow.set(row, []).get(row)!).push(r);
  return byRow;
}

/** The trimmed texts of a row, by column, but those in cells the plan writes. */
function rowLabels(
  sheet: SheetSnapshot,
  row: number,
  ours: { cells: Set<number> } | undefined,
  clearedByRow: Map<number, CellRange[]> | undefined,
): RowMark["labels"] {
  const labels: RowMark["labels"] = [];
  const cleared = clearedByRow?.get(row);
  (sheet.values[row - sheet.originRow] ?? []).forEach((value, c) => {
    const text = textOf(value);
    const col = sheet.originCol + c;
    if (!text) return;
    if (ours?.cells.has(cellKey(row, col))) return;
    if (cleared?.some((r) => col >= r.left && col <= r.right)) return;
    labels.push({ col, text });
  });
  return labels;
}

/**
 * For each list of labels, the grid's rows holding all of them at the same distances from one another (top down), with
 * how far across the first one moved. One pass over the grid, lists with the same texts at the same distances counted once.
 */
function rowsHolding(grid: ValueGrid, lists: readonly RowMark["labels"][]): { row: number; shift: number }[][] {
  const keyOf = (labels: RowMark["labels"]) =>
    labels.map((l) => `${l.col - labels[0].col}\u0001${l.text}`).join("\u0002");
  const byKey = new Map<string, { labels: RowMark["labels"]; rows: { row: number; shift: number }[] }>();
  const byFirst = new Map<string, { labels: RowMark["labels"]; rows: { row: number; shift: number }[] }[]>();
  for (const labels of lists) {
    const key = keyOf(labels);
    if (byKey.has(key)) continue;
    const entry = { labels, rows: [] };
    byKey.set(key, entry);
    (byFirst.get(labels[0].text) ?? byFirst.set(labels[0].text, []).get(labels[0].text)!).push(entry);
  }
  forEachRow(grid.values, (cells, r) => {
    const matched = new Set<object>();
    forEachCell(cells, (value, c) => {
      const entries = typeof value === "string" ? byFirst.get(value.trim()) : undefined;
      if (!entries) return;
      for (const entry of entries) {
        if (matched.has(entry)) continue;
        const shift = grid.left + c - entry.labels[0].col;
        const holds = entry.labels.every((l) => textOf(cells[l.col + shift - grid.left]) === l.text);
        if (!holds) continue;
        matched.add(entry);
        entry.rows.push({ row: grid.top + r, shift });
      }
    });
  });
  return lists.map((labels) => byKey.get(keyOf(labels))!.rows);
}

/**
 * Where a marked row is now: the grid's rows holding its texts at the same distances must be as many as at the check,
 * and it is the mark's k-th of them (its row as far below as it was); the cell moves across as the texts did.
 */
function relocateMarked(grid: ValueGrid, { cell, mark }: MarkAnchor): Relocation {
  const [rows] = rowsHolding(grid, [mark.labels]);
  if (rows.length === 0) return { lost: "not-found" };
  if (rows.length !== mark.of || mark.nth < 0) return { lost: "ambiguous" };
  const { row, shift } = rows[mark.nth];
  const now = { sheet: cell.sheet, row: row + (cell.row - mark.at), col: cell.col + shift };
  return { cell: now, moved: now.row !== cell.row || now.col !== cell.col };
}
