/**
 * Edits clerks make to a published table, done on a WorkbookSnapshot as Excel would do them, each with the map
 * that moves a cell of the original to where the edit put it. The metamorphic test (metamorphic.test.ts) reads
 * the original and the edited snapshot and expects the same reading with its references moved by that map.
 *
 * Inserting a row or column works as Excel's: everything at or past it moves one on, a merged area across it
 * grows by one, the new cells are empty. Formulas keep their text (Excel would rewrite their references; the
 * reader takes formulas only to know a cell is computed, not what it refers to).
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../../src/core/types";

/** Where a cell of the original (sheet, 0-based absolute row and column) is after the edit. */
export type CellMap = (sheet: string, row: number, col: number) => { sheet: string; row: number; col: number };

export interface Edited {
  snapshot: WorkbookSnapshot;
  map: CellMap;
}

export const unchanged = (snapshot: WorkbookSnapshot): Edited => ({
  snapshot,
  map: (sheet, row, col) => ({ sheet, row, col }),
});

/** Edit one sheet (by name) of an edited workbook; `move` maps that sheet's cells (others stay). */
export function editSheet(
  from: Edited,
  name: string,
  edit: (s: SheetSnapshot) => SheetSnapshot,
  move: (row: number, col: number) => { row: number; col: number; sheet?: string },
): Edited {
  const snapshot = { ...from.snapshot, sheets: from.snapshot.sheets.map((s) => (s.name === name ? edit(s) : s)) };
  return {
    snapshot,
    map: (sheet, row, col) => {
      const at = from.map(sheet, row, col);
      if (at.sheet !== name) return at;
      const moved = move(at.row, at.col);
      return { sheet: moved.sheet ?? at.sheet, row: moved.row, col: moved.col };
    },
  };
}

type Grid<T> = T[][] | undefined;

function spliceGrid<T>(grid: Grid<T>, axis: "row" | "col", at: number, empty: T): Grid<T> {
  if (!grid) return grid;
  if (axis === "row") {
    if (at < 0 || at > grid.length) return grid.map((r) => [...r]);
    return [...grid.slice(0, at), [], ...grid.slice(at)].map((r) => [...r]);
  }
  return grid.map((r) => (at >= 0 && at < r.length ? [...r.slice(0, at), empty, ...r.slice(at)] : [...r]));
}

/** Excel's Insert → entire row (axis "row") or column at absolute index `at` of the sheet. */
export function insertLine(s: SheetSnapshot, axis: "row" | "col", at: number): SheetSnapshot {
  const origin = axis === "row" ? s.originRow : s.originCol;
  // Before the used range everything moves; inside it the stored grid gets an empty line; past it nothing is stored.
  const shiftOrigin = at <= origin;
  const k = at - origin;
  const grids = <T>(g: Grid<T>, empty: T) => (shiftOrigin ? g?.map((r) => [...r]) : spliceGrid(g, axis, k, empty));
  const past = (i: number) => (i >= at ? i + 1 : i);
  const range = (m: CellRange): CellRange =>
    axis === "row"
      ? { ...m, top: past(m.top), bottom: past(m.bottom) }
      : { ...m, left: past(m.left), right: past(m.right) };
  return {
    ...s,
    originRow: axis === "row" && shiftOrigin ? s.originRow + 1 : s.originRow,
    originCol: axis === "col" && shiftOrigin ? s.originCol + 1 : s.originCol,
    values: grids<CellValue>(s.values, null) ?? [],
    numberFormats: grids<string | null>(s.numberFormats, null),
    formulas: grids<string | null>(s.formulas, null),
    merges: s.merges.map(range),
    notes: s.notes?.map((n) => (axis === "row" ? { ...n, row: past(n.row) } : { ...n, col: past(n.col) })),
    tables: s.tables?.map((t) => ({
      ...t,
      header: t.header && range(t.header),
      totals: t.totals && range(t.totals),
    })),
  };
}

export function insertRow(from: Edited, sheet: string, at: number): Edited {
  return editSheet(
    from,
    sheet,
    (s) => insertLine(s, "row", at),
    (row, col) => ({ row: row >= at ? row + 1 : row, col }),
  );
}

export function insertColumn(from: Edited, sheet: string, at: number): Edited {
  return editSheet(
    from,
    sheet,
    (s) => insertLine(s, "col", at),
    (row, col) => ({ row, col: col >= at ? col + 1 : col }),
  );
}

/** Cut the whole sheet's contents and paste them `rows` down and `cols` right. */
export function moveContents(from: Edited, sheet: string, rows: number, cols: number): Edited {
  const shift = (m: CellRange): CellRange => ({
    top: m.top + rows,
    bottom: m.bottom + rows,
    left: m.left + cols,
    right: m.right + cols,
  });
  return editSheet(
    from,
    sheet,
    (s) => ({
      ...s,
      originRow: s.originRow + rows,
      originCol: s.originCol + cols,
      merges: s.merges.map(shift),
      notes: s.notes?.map((n) => ({ ...n, row: n.row + rows, col: n.col + cols })),
      tables: s.tables?.map((t) => ({
        ...t,
        header: t.header && shift(t.header),
        totals: t.totals && shift(t.totals),
      })),
    }),
    (row, col) => ({ row: row + rows, col: col + cols }),
  );
}

/** The value (and number format) of an absolute cell, null outside the stored grid. */
export function cellAt(s: SheetSnapshot, row: number, col: number): { v: CellValue; f: string | null } {
  const r = row - s.originRow;
  const c = col - s.originCol;
  return { v: s.values[r]?.[c] ?? null, f: s.numberFormats?.[r]?.[c] ?? null };
}

/** Write an absolute cell, growing the stored grid (and its origin) as needed. */
export function setCell(
  s: SheetSnapshot,
  row: number,
  col: number,
  v: CellValue,
  f: string | null = null,
): SheetSnapshot {
  return writeCells(s, [{ row, col, v, f }]);
}

/** Write absolute cells (a formula too) on one copy of the sheet, growing the stored grid as needed. */
function writeCells(
  s: SheetSnapshot,
  cells: { row: number; col: number; v: CellValue; f?: string | null; formula?: string | null }[],
): SheetSnapshot {
  let out: SheetSnapshot = {
    ...s,
    values: s.values.map((r) => [...(r ?? [])]),
    numberFormats: s.numberFormats?.map((r) => [...(r ?? [])]),
    formulas: s.formulas?.map((r) => [...(r ?? [])]),
  };
  for (const { row, col, v, f = null, formula = null } of cells) {
    if (out.values.length === 0) out = { ...out, originRow: row, originCol: col };
    while (row < out.originRow) out = growBefore(out, "row");
    while (col < out.originCol) out = growBefore(out, "col");
    const r = row - out.originRow;
    const c = col - out.originCol;
    const put = <T>(g: T[][] | undefined, x: T, empty: T) => {
      if (!g) return;
      while (g.length <= r) g.push([]);
      g[r] ??= [];
      while (g[r].length < c) g[r].push(empty);
      g[r][c] = x;
    };
    put(out.values, v, null);
    put(out.numberFormats, f, null);
    put(out.formulas, formula, null);
  }
  return out;
}

/** One empty stored line before the origin (the cells do not move: the stored grid grows toward them). */
function growBefore(s: SheetSnapshot, axis: "row" | "col"): SheetSnapshot {
  const grow = <T>(g: T[][] | undefined, empty: T) =>
    g && (axis === "row" ? [[], ...g.map((r) => [...r])] : g.map((r) => [empty, ...r]));
  return {
    ...s,
    originRow: axis === "row" ? s.originRow - 1 : s.originRow,
    originCol: axis === "col" ? s.originCol - 1 : s.originCol,
    values: grow<CellValue>(s.values, null) ?? [],
    numberFormats: grow<string | null>(s.numberFormats, null),
    formulas: grow<string | null>(s.formulas, null),
  };
}

/**
 * Unmerge the merged areas `which` selects: the value stays in the first cell ("first"), or is typed into every cell
 * of the area ("repeat", as a clerk does after Unmerge to keep each row readable on its own).
 */
export function unmerge(
  from: Edited,
  sheet: string,
  which: (m: CellRange) => boolean,
  fill: "first" | "repeat",
): Edited {
  return editSheet(
    from,
    sheet,
    (s) => {
      const undone = s.merges.filter(which);
      let out: SheetSnapshot = { ...s, merges: s.merges.filter((m) => !which(m)) };
      if (fill === "repeat")
        for (const m of undone) {
          const { v, f } = cellAt(s, m.top, m.left);
          for (let r = m.top; r <= m.bottom; r++)
            for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) out = setCell(out, r, c, v, f);
        }
      return out;
    },
    (row, col) => ({ row, col }),
  );
}

export function renameSheet(from: Edited, name: string, to: string): Edited {
  return editSheet(
    from,
    name,
    (s) => ({ ...s, name: to }),
    (row, col) => ({ row, col, sheet: to }),
  );
}

/** Rewrite the text of the cells `which` selects (absolute coordinates) with `rewrite`. */
export function retype(
  from: Edited,
  sheet: string,
  which: (row: number, col: number, text: string) => boolean,
  rewrite: (text: string) => string,
): Edited {
  return editSheet(
    from,
    sheet,
    (s) => ({
      ...s,
      values: s.values.map((r, i) =>
        r.map((v, j) => (typeof v === "string" && which(i + s.originRow, j + s.originCol, v) ? rewrite(v) : v)),
      ),
    }),
    (row, col) => ({ row, col }),
  );
}

/** Type values into cells (absolute coordinates) of a sheet. */
export function typeInto(from: Edited, sheet: string, cells: { row: number; col: number; v: CellValue }[]): Edited {
  return editSheet(
    from,
    sheet,
    (s) => cells.reduce((out, c) => setCell(out, c.row, c.col, c.v), s),
    (row, col) => ({ row, col }),
  );
}

/** Cells of a sheet (absolute coordinates) given new values, each with its number format (null: General). */
export function rewriteCells(
  from: Edited,
  sheet: string,
  cells: { row: number; col: number; v: CellValue; f?: string | null }[],
): Edited {
  return editSheet(
    from,
    sheet,
    (s) => cells.reduce((out, c) => setCell(out, c.row, c.col, c.v, c.f ?? null), s),
    (row, col) => ({ row, col }),
  );
}

/** Merge `area` (Home → Merge & Center): its value stays in its top-left cell, the others are emptied (Excel asks first). */
export function mergeCells(from: Edited, sheet: string, area: CellRange): Edited {
  return editSheet(
    from,
    sheet,
    (s) => {
      let out: SheetSnapshot = { ...s, merges: [...s.merges, area] };
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++)
          if ((r !== area.top || c !== area.left) && cellAt(out, r, c).v !== null) out = setCell(out, r, c, null);
      return out;
    },
    (row, col) => ({ row, col }),
  );
}

/**
 * Copy the whole sheet's contents (values, formats, formulas, merged areas, notes) and paste them `rows` down and
 * `cols` right on the same sheet, over empty cells: a second project's table from the same template. The original's
 * cells stay where they were; `copyOf` moves a cell of the original to its copy.
 */
export function pasteCopy(from: Edited, sheet: string, rows: number, cols: number): Edited & { copyOf: CellMap } {
  const edited = editSheet(
    from,
    sheet,
    (s) => {
      let out: SheetSnapshot = {
        ...s,
        merges: [
          ...s.merges,
          ...s.merges.map((m) => ({
            top: m.top + rows,
            bottom: m.bottom + rows,
            left: m.left + cols,
            right: m.right + cols,
          })),
        ],
        notes: s.notes && [...s.notes, ...s.notes.map((n) => ({ ...n, row: n.row + rows, col: n.col + cols }))],
      };
      const cells: Parameters<typeof writeCells>[1] = [];
      s.values.forEach((r, i) =>
        r?.forEach((v, j) => {
          const f = s.numberFormats?.[i]?.[j] ?? null;
          const formula = s.formulas?.[i]?.[j] ?? null;
          if (v === null && f === null && formula === null) return;
          cells.push({ row: i + s.originRow + rows, col: j + s.originCol + cols, v, f, formula });
        }),
      );
      out = writeCells(out, cells);
      return out;
    },
    (row, col) => ({ row, col }),
  );
  return {
    ...edited,
    copyOf: (s, row, col) => {
      const at = edited.map(s, row, col);
      return at.sheet === sheet ? { ...at, row: at.row + rows, col: at.col + cols } : at;
    },
  };
}

/** The first place two readings differ, as a path and both values (short). */
export function firstDifference(a: unknown, b: unknown, path = ""): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === "object" && typeof b === "object") {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length)
      return `${path}: ${a.length} vs ${b.length} items`;
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as never)[k] ?? null, (b as never)[k] ?? null, `${path}.${k}`);
      if (d) return d;
    }
  }
  const show = (x: unknown) => JSON.stringify(x)?.slice(0, 160);
  return `${path}: ${show(a)} → ${show(b)}`;
}
