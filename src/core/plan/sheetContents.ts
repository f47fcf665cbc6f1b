/**
 * What the workbook holds, as the plan sees it: values and formulas by absolute coordinates, merged areas,
 * and the "may we write here?" questions. (The reader has its own view of a sheet for finding tables.)
 */
import { cellKey } from "../a1";
import {
  forEachCell,
  forEachRow,
  type CellRange,
  type CellValue,
  type SheetSnapshot,
  type SheetValidation,
  type WorkbookSnapshot,
} from "../types";
import { CellSet } from "./marks";
import { MergedAreas } from "./mergedAreas";

export class SheetContents {
  private readonly sheets = new Map<string, SheetSnapshot>();
  private readonly merged = new Map<string, MergedAreas>();

  constructor(snapshot: WorkbookSnapshot) {
    for (const sheet of snapshot.sheets) this.sheets.set(sheet.name, sheet);
  }

  sheet(name: string): SheetSnapshot | undefined {
    return this.sheets.get(name);
  }

  hasSheet(name: string): boolean {
    return this.sheets.has(name);
  }

  /**
   * The sheet, the last one asked for remembered: the plan asks cell after cell of one table's sheet (the bench's
   * 1,000 tables: ~300,000 questions, two lookups by name each before; docs/performance.md, session 60).
   */
  private named(name: string): SheetSnapshot | undefined {
    if (name !== this.lastName) {
      this.last = this.sheets.get(name);
      this.lastName = name;
    }
    return this.last;
  }
  private lastName: string | undefined = undefined;
  private last: SheetSnapshot | undefined = undefined;

  value(sheet: string, row: number, col: number): CellValue {
    const s = this.named(sheet);
    if (!s) return null;
    return s.values[row - s.originRow]?.[col - s.originCol] ?? null;
  }

  formula(sheet: string, row: number, col: number): string | null {
    const s = this.named(sheet);
    if (!s?.formulas) return null;
    return s.formulas[row - s.originRow]?.[col - s.originCol] ?? null;
  }

  /** The cell's number format; null for General. */
  numberFormat(sheet: string, row: number, col: number): string | null {
    const s = this.named(sheet);
    return s?.numberFormats?.[row - s.originRow]?.[col - s.originCol] ?? null;
  }

  /** No value and no formula. */
  isEmpty(sheet: string, row: number, col: number): boolean {
    const s = this.named(sheet);
    if (!s) return true;
    const r = row - s.originRow;
    const c = col - s.originCol;
    const v = s.values[r]?.[c] ?? null;
    return (v === null || v === "") && !s.formulas?.[r]?.[c];
  }

  /** Part of a merged area: the add-in never writes there (it would be lost or break the merge). */
  isCovered(sheet: string, row: number, col: number): boolean {
    if (sheet !== this.lastMergedName) {
      let areas = this.merged.get(sheet);
      if (!areas) this.merged.set(sheet, (areas = new MergedAreas(this.named(sheet)?.merges ?? [])));
      this.lastMerged = areas;
      this.lastMergedName = sheet;
    }
    return this.lastMerged!.at(row, col) !== undefined;
  }
  private lastMergedName: string | undefined = undefined;
  private lastMerged: MergedAreas | undefined = undefined;

  /**
   * Covered by a merged area, not its upper-left cell: Excel shows and keeps only that one's value ("The value of a
   * merged range is specified in the cell of the range's upper-left corner", Range.Merge). The user merged cells of
   * ours: the others are theirs to leave empty.
   */
  isHidden(sheet: string, row: number, col: number): boolean {
    if (!this.isCovered(sheet, row, col)) return false;
    return !(this.named(sheet)?.merges ?? []).some((m) => m.top === row && m.left === col);
  }

  private readonly lists = new Map<string, SheetLists>();

  /**
   * The drop-down list on the cell (SheetSnapshot.validations), if the host read one there (Excel and WPS read them
   * only on our list columns: listCellsNow, unreadListCells). Whose it is, Ownership.hasTheirList decides. Of two on
   * one cell (a file may hold a <dataValidation> and an <x14:dataValidation> over the same cell), the x14 one.
   */
  listOn(sheet: string, row: number, col: number): SheetValidation | undefined {
    let lists = this.lists.get(sheet);
    if (!lists) this.lists.set(sheet, (lists = new SheetLists(this.sheets.get(sheet)?.validations ?? [])));
    return lists.at(row, col);
  }

  private readonly tableEdges = new Map<string, CellSet>();

  /**
   * A cell of an Excel table's header or totals row (SheetTable): the table's column names and totals, the clerk's
   * structure. The add-in never writes or clears one, also one that holds our header (the clerk made our columns part
   * of their table): emptied or renamed, Excel would make up a name or repair the table away.
   */
  isTableEdge(sheet: string, row: number, col: number): boolean {
    let set = this.tableEdges.get(sheet);
    if (!set) {
      set = new CellSet();
      for (const t of this.sheets.get(sheet)?.tables ?? [])
        for (const row of [t.header, t.totals]) if (row) set.addRange(row);
      this.tableEdges.set(sheet, set);
    }
    return set.has(row, col);
  }

  /** A cell of an Excel table's header row: one of its column names (see isTableEdge). */
  isTableHeader(sheet: string, row: number, col: number): boolean {
    return (this.sheets.get(sheet)?.tables ?? []).some(
      ({ header: h }) => !!h && h.top === row && col >= h.left && col <= h.right,
    );
  }

  /** No cell of the sheet holds anything. */
  isBlank(sheet: string): boolean {
    const s = this.sheets.get(sheet);
    return !s || this.filledCells(sheet).length === 0;
  }

  /** Every filled cell of the sheet (absolute coordinates). */
  filledCells(sheet: string): { row: number; col: number }[] {
    const s = this.sheets.get(sheet);
    const out: { row: number; col: number }[] = [];
    forEachRow(s?.values, (row, r) =>
      forEachCell(row, (_, c) => {
        if (!this.isEmpty(sheet, r + s!.originRow, c + s!.originCol))
          out.push({ row: r + s!.originRow, col: c + s!.originCol });
      }),
    );
    return out;
  }

  /**
   * A cell of the row holds something: a value, a formula, a merged area or a note. (The number formats and looks of
   * empty cells do not count: a column formatted whole would make every row hold something.)
   */
  rowHolds(sheet: string, row: number): boolean {
    const s = this.sheets.get(sheet);
    if (!s) return false;
    const r = row - s.originRow;
    const filled = (cells: unknown[] | undefined) => !!cells?.some((v) => v !== null && v !== undefined && v !== "");
    return (
      filled(s.values[r]) ||
      filled(s.formulas?.[r]) ||
      s.merges.some((m) => m.top <= row && row <= m.bottom) ||
      !!s.notes?.some((n) => n.row === row)
    );
  }

  /** True when any cell of the range holds something. */
  anyFilled(sheet: string, range: CellRange): boolean {
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++) if (!this.isEmpty(sheet, r, c)) return true;
    return false;
  }
}

/**
 * A sheet's drop-down lists, asked cell by cell. Small ranges are indexed by cell, big ones (a list on whole columns,
 * A1:Z1048576: 27 million cells) are looked through at each question: the cost follows the number of ranges, never
 * their area.
 */
class SheetLists {
  /** A range of at most this many cells is indexed by cell. */
  private static readonly INDEXED_AREA = 256;
  private readonly byCell = new Map<number, number>(); // cell → index of the list it shows (among the small ones)
  private readonly big: number[] = [];

  constructor(private readonly lists: SheetValidation[]) {
    lists.forEach((v, i) => {
      const { top, left, bottom, right } = v.range;
      if ((bottom - top + 1) * (right - left + 1) > SheetLists.INDEXED_AREA) return void this.big.push(i);
      for (let r = top; r <= bottom; r++)
        for (let c = left; c <= right; c++)
          this.byCell.set(cellKey(r, c), this.shown(this.byCell.get(cellKey(r, c)), i));
    });
  }

  at(row: number, col: number): SheetValidation | undefined {
    let shown = this.byCell.get(cellKey(row, col));
    for (const i of this.big) {
      const { top, left, bottom, right } = this.lists[i].range;
      if (row >= top && row <= bottom && col >= left && col <= right) shown = this.shown(shown, i);
    }
    return shown === undefined ? undefined : this.lists[shown];
  }

  /** Of two lists on one cell, the one it shows: the last x14 one, else the first. */
  private shown(a: number | undefined, b: number): number {
    if (a === undefined) return b;
    const [ea, eb] = [!!this.lists[a].extension, !!this.lists[b].extension];
    if (ea !== eb) return ea ? a : b;
    return ea ? Math.max(a, b) : Math.min(a, b);
  }
}
