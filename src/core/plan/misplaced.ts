/**
 * Typed cells that no longer sit beside the indicator they were typed for. The clerk types 实际完成值 … in our columns
 * right of a table; Excel lets them sort the table's own columns only (it warns, they may go on), which moves the
 * indicators and leaves our columns, and what they typed there, where they were. Judged as they stand, each indicator
 * would be judged by another one's actual, and nobody would be told.
 *
 * The record keeps, per row of our block, the indicator it was written for and what was typed in it (rowsFor.ts). When
 * a table's indicators are found in another order, two stories can explain it: the typed cells moved with their
 * indicators (whole rows sorted, or the table's columns with our 实际完成值: our 状态 may stay behind, rewritten), or
 * only the table's cells moved and the typed ones stayed. What the typed cells hold tells them apart: what was typed on
 * the row the indicator had (the first story), or on their own row (the second). A row is reported only when the
 * second story explains more of the table's rows, and that row's, than the first: typed cells alike, or typed only
 * after the record was written, prove nothing, and the check stays as it was.
 */
import type { GoalTable, WorkbookSnapshot } from "../types";
import { blockIndicators, locateBlocks } from "./blocks";
import { recordOf } from "./marks";
import { Ownership } from "./ownership";
import { indicatorPrint, misplacedKey, typedPrint } from "./rowsFor";
import { SheetContents } from "./sheetContents";

/** A row whose typed cells are another indicator's: not judged from them, said, and kept so in the next record. */
export interface MisplacedRow {
  sheet: string;
  row: number;
  /** The indicator on the row now. */
  name: string;
  /** The indicator the row's typed cells were for: its print (the next record keeps it) and its name, where now. */
  typedFor: string;
  typedForName: string;
  /** Our input columns: what they hold on the row is not this indicator's. */
  inputCols: number[];
}

/** The misplaced rows by misplacedKey. */
export function misplacedByRow(rows: readonly MisplacedRow[]): ReadonlyMap<string, MisplacedRow> {
  return new Map(rows.map((m) => [misplacedKey(m.sheet, m.row), m]));
}

/** The rows of the tables whose typed cells were typed for another indicator (none with a record before 2026-12). */
export function misplacedRows(snapshot: WorkbookSnapshot, tables: readonly GoalTable[]): MisplacedRow[] {
  const record = recordOf(snapshot);
  const written = [record, record?.earlier].flatMap((m) => m?.blocks ?? []).filter((b) => b.rowsFor);
  if (!record || written.length === 0) return [];
  // A table whose indicators are in an order the record has was not reordered (most checks): nothing is located.
  const orders = new Set(written.map((b) => `${b.sheet}\n${b.rowsFor!.map((r) => r.indicator).join("")}`));
  const reordered = tables.filter((t) => {
    const rows = t.source === "prose" ? [] : blockIndicators(t);
    return rows.length > 0 && !orders.has(`${t.sheet}\n${rows.map(indicatorPrint).join("")}`);
  });
  if (reordered.length === 0) return [];
  const contents = new SheetContents(snapshot);
  const own = new Ownership(contents, record);
  locateBlocks(own, tables);
  return reordered.flatMap((table) => misplacedIn(own, contents, table));
}

function misplacedIn(own: Ownership, contents: SheetContents, table: GoalTable): MisplacedRow[] {
  const block = own.blockOf(table, "indicators");
  const written = block && own.originOf(block)?.rowsFor;
  if (!block || !written) return [];
  // Indicators added since (a row inserted, a name changed) and the ones gone are left out: Excel keeps the order of
  // the rows it moves on an insert or a deletion, so the others still stand one for one, in order, with the rows
  // written. Any other difference, and which row of ours stands where cannot be told: none is reported.
  const all = [...blockIndicators(table)].sort((a, b) => a.row - b.row);
  const known = new Set(written.map((w) => w.indicator));
  const indicators = all.filter((i) => known.has(indicatorPrint(i)));
  const now = indicators.map(indicatorPrint);
  const present = new Set(now);
  const was = written.filter((w) => present.has(w.indicator));
  if (was.length !== indicators.length) return [];
  // Where each indicator's row was written (the same place first; a name twice in a table in its order).
  const from: (number | undefined)[] = now.map((print, i) => (was[i].indicator === print ? i : undefined));
  const taken = new Set(from.filter((i) => i !== undefined));
  now.forEach((print, i) => {
    if (from[i] !== undefined) return;
    const j = was.findIndex((w, j) => !taken.has(j) && w.indicator === print);
    if (j < 0) return; // a new or renamed indicator: nothing to compare
    taken.add(j);
    from[i] = j;
  });
  const moved = now.flatMap((_, i) => (from[i] !== undefined && from[i] !== i ? [i] : []));
  if (moved.length === 0) return [];
  const { sheet } = table;
  const inputCols = block.cols.filter((c) => c.role === "input").map((c) => c.col);
  const typedNow = moved.map((i) => typedPrint(contents, sheet, indicators[i].row, inputCols));
  // The typed cells on an indicator's row hold what was typed on that row (they stayed), or on its indicator's (moved).
  const stayed = moved.map((i, n) => typedNow[n] === was[i].typed);
  const went = moved.map((i, n) => typedNow[n] === was[from[i]!].typed);
  const count = (list: boolean[]) => list.filter(Boolean).length;
  if (count(stayed) <= count(went)) return [];
  return moved.flatMap((i, n) =>
    stayed[n] && !went[n]
      ? [
          {
            sheet,
            row: indicators[i].row,
            name: indicators[i].name,
            typedFor: was[i].indicator,
            typedForName: indicators[now.indexOf(was[i].indicator)].name,
            inputCols,
          },
        ]
      : [],
  );
}
