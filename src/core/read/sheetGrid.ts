/**
 * A sheet snapshot seen as an absolute grid with merged areas resolved: a merged area's value belongs
 * to its top-left cell ("master"); the other cells of the area are continuation cells and read as
 * empty, whatever the host put there (ExcelJS repeats the master's value, Office.js gives null).
 *
 * A grid spanning at most DENSE_CELLS cells keeps an index per cell (8 bytes each; a look-up is one array read); a
 * larger one (a table and a stray value at A1048576, a merge down a whole column) keeps one per cell held, by row, and
 * asks its merged areas as ranges (MergedAreas): its cost follows the cells the sheet holds, not its extent. Both
 * answer alike (tests/core/read/sparseGrid).
 */
import { DENSE_CELLS } from "../a1";
import { MergedAreas } from "../plan/mergedAreas";
import { forEachRow, heldColumns, type CellRange, type CellRef, type CellValue, type SheetSnapshot } from "../types";
import { cellTextOf, EMPTY_TEXT, textTable, type CellText } from "./cellText";
import { displayText } from "./display";
import type { NormalizedLabel } from "./text";
import { CellAt } from "../records";

const NO_CELLS: readonly number[] = [];
/** Patterns of filled columns a sparse grid wider than 31 columns names and shares (rows beyond get their own list). */
const PATTERNS = 4096;

export class SheetGrid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly snapshot: SheetSnapshot;
  private readonly width: number;
  /** Per cell (row-major from top/left): 1 + index of the merged area holding it, 0 when none. Null: sparse. */
  private readonly mergeIndex: Int32Array | null;
  /** The merged areas as ranges, asked when the grid is sparse (no mergeIndex). */
  private readonly mergedAreas: MergedAreas | null;
  private readonly merges: readonly CellRange[];
  /**
   * What each cell's text says: per cell (row-major) the id of its record in `records`, the shared text table's
   * (0: EMPTY_TEXT, for empty and continuation cells). A zero-filled typed array costs nothing per empty cell;
   * the reader asks of the same cells many times. Null: sparse, the ids are in `heldIds`.
   */
  private readonly textIndex: Int32Array | null;
  /**
   * Sparse: the ids of each row's filled cells, in the order of its list of filled columns (rowLists), from
   * heldStart[row offset]. Empty when dense.
   */
  private readonly heldIds: number[] = [];
  private readonly heldStart: Int32Array;
  private readonly records: readonly CellText[];
  /**
   * Per row (by offset from the top): 1 + the index in `rowLists` of the columns of its non-empty master cells, 0 for
   * a row without any. A typed array, not a list per row: a list as long as a sheet of 18,000 rows is a large object
   * that V8 maps afresh (a page fault per 4 kB) on every check.
   */
  private readonly rowList: Int32Array;
  /**
   * Per row (by offset from the top): its filled cells' row bits ORed (cellText COLUMN_LABEL, SUMMARY_WORD, TITLE), so
   * that a question asked of every row (may it hold a header? a summary word? a title?) is answered without walking a row that has none.
   */
  private readonly rowBits: Uint8Array;
  /** The distinct lists of filled columns, left to right (rows repeat a few; shared: do not modify). */
  private readonly rowLists: (readonly number[])[] = [];
  /** Some stored value is an error value (#DIV/0!): only then can mergedCell's master cell hold one. */
  private readonly hasErrorValues: boolean = false;

  /**
   * @param date1904 the workbook is in the 1904 date system (WorkbookSnapshot.date1904): its date serials are read so.
   * @param ourValues cells of ours still as we wrote them (plan/ourHeaders.ts ourValuesOn): never a label's value.
   */
  constructor(
    snapshot: SheetSnapshot,
    readonly date1904 = false,
    private readonly ourValues: { has(row: number, col: number): boolean } | null = null,
    /** Header cells of our blocks (plan/ourHeaders.ts ourHeaderCells). */
    private readonly ourHeaders: { has(row: number, col: number): boolean } | null = null,
  ) {
    this.snapshot = snapshot;
    this.name = snapshot.name;
    this.top = snapshot.originRow;
    this.left = snapshot.originCol;
    let storedWidth = 0;
    forEachRow(snapshot.values, (row) => (storedWidth = Math.max(storedWidth, row.length)));
    let bottom = snapshot.originRow + snapshot.values.length - 1;
    let right = snapshot.originCol + storedWidth - 1;
    // Merged areas left of or above the used range's origin cannot hold values: dropped. One starting above row 1 or
    // left of column A (damaged input) starts there, so no cell read lies outside the sheet. Mostly there are none,
    // and the snapshot's own list is kept rather than copied.
    const reaches = (m: CellRange) => m.bottom >= this.top && m.right >= this.left;
    const kept = (m: CellRange) => reaches(m) && m.top >= 0 && m.left >= 0;
    this.merges = snapshot.merges.every(kept)
      ? snapshot.merges
      : snapshot.merges.filter(reaches).map((m) => ({ ...m, top: Math.max(m.top, 0), left: Math.max(m.left, 0) }));
    // An index loop: this runs once per check, before the JIT optimises it, and for-of would make an
    // iterator result per merged area.
    for (let i = 0; i < this.merges.length; i++) {
      bottom = Math.max(bottom, this.merges[i].bottom);
      right = Math.max(right, this.merges[i].right);
    }
    this.bottom = bottom;
    this.right = right;
    this.width = Math.max(0, right - this.left + 1);
    const height = Math.max(0, bottom - this.top + 1);
    const cells = height * this.width;
    const dense = cells <= DENSE_CELLS;
    const top = this.top;
    const left = this.left;
    const width = this.width;
    const mergeIndex = (this.mergeIndex = dense ? new Int32Array(cells) : null);
    const merges = this.merges;
    this.mergedAreas = dense ? null : new MergedAreas(merges);
    for (let i = 0; mergeIndex && i < merges.length; i++) {
      const m = merges[i];
      for (let r = Math.max(m.top, top); r <= m.bottom; r++) {
        for (let c = Math.max(m.left, left); c <= m.right; c++) mergeIndex[(r - top) * width + (c - left)] = i + 1;
      }
    }
    // One pass over the stored values: each master cell's text, and each row's filled columns.
    const textIndex = (this.textIndex = dense ? new Int32Array(cells) : null);
    const heldIds = this.heldIds;
    const heldStart = (this.heldStart = new Int32Array(dense ? 0 : height));
    const table = textTable();
    this.records = table.records;
    const rowList = (this.rowList = new Int32Array(height));
    const rowBits = (this.rowBits = new Uint8Array(height));
    const bitsOf = table.rowBits;
    // Plain loops, nothing made for an empty cell: this visits every stored cell. A row's filled columns are
    // gathered in one reused array and copied out at their exact length, once per pattern of filled columns
    // (rows repeat a few; a bit mask names the pattern when the sheet is at most 31 columns wide).
    const filled: number[] = [];
    const byPattern = width <= 31 ? new Map<number, number>() : null;
    // Laid out by the cells held, wider: the pattern named by its columns, the first PATTERNS of them kept (a table
    // and a value at XFD on each of a million rows is one list, not a million).
    const byColumns = byPattern || dense ? null : new Map<string, number>();
    let hasErrorValues = false;
    forEachRow(snapshot.values, (values, i) => {
      const rowStart = i * width;
      let count = 0;
      let pattern = 0;
      let bits = 0;
      if (!dense) heldStart[i] = heldIds.length;
      // A wide row (a value at XFD beside a table) by the cells it holds.
      const cols = heldColumns(values);
      const n = cols ? cols.length : values.length;
      for (let k = 0; k < n; k++) {
        const j = cols ? cols[k] : k;
        const value = values[j];
        if (value === null || value === undefined || value === "") continue;
        if (typeof value === "object") hasErrorValues = true;
        const at = rowStart + j;
        const m = mergeIndex
          ? mergeIndex[at] === 0
            ? undefined
            : merges[mergeIndex[at] - 1]
          : this.mergedAt(top + i, left + j);
        if (m && (m.top !== top + i || m.left !== left + j)) continue; // a continuation cell
        const id = table.idOf(value);
        if (id === 0) continue;
        if (textIndex) textIndex[at] = id;
        else heldIds.push(id);
        filled[count++] = left + j;
        pattern |= 1 << j;
        bits |= bitsOf[id];
      }
      if (count === 0) return;
      rowBits[i] = bits;
      const named = byColumns ? filled.slice(0, count).join() : "";
      let list = byPattern ? byPattern.get(pattern) : byColumns?.get(named);
      if (list === undefined) {
        list = this.rowLists.push(filled.slice(0, count)) - 1;
        byPattern?.set(pattern, list);
        if (byColumns && byColumns.size < PATTERNS) byColumns.set(named, list);
      }
      rowList[i] = list + 1;
    });
    this.hasErrorValues = hasErrorValues;
  }

  /** Sparse: the merged area holding a cell, asked of the ranges. */
  private mergedAt(row: number, col: number): CellRange | undefined {
    return this.mergedAreas!.at(row, col);
  }

  /** The id of a cell's text record (0: empty), of the dense index or the row's held cells. */
  private textId(row: number, col: number): number {
    if (this.textIndex) return this.textIndex[this.index(row, col)];
    const list = this.rowList[row - this.top];
    if (list === 0) return 0;
    const cols = this.rowLists[list - 1];
    let lo = 0;
    let hi = cols.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (cols[mid] < col) lo = mid + 1;
      else if (cols[mid] > col) hi = mid - 1;
      else return this.heldIds[this.heldStart[row - this.top] + mid];
    }
    return 0;
  }

  private index(row: number, col: number): number {
    return (row - this.top) * this.width + (col - this.left);
  }

  private inside(row: number, col: number): boolean {
    return row >= this.top && row <= this.bottom && col >= this.left && col <= this.right;
  }

  /** Raw value of a cell as stored (continuation cells: null). */
  value(row: number, col: number): CellValue {
    if (this.isContinuation(row, col)) return null;
    return this.rawValue(row, col);
  }

  private rawValue(row: number, col: number): CellValue {
    const v = this.snapshot.values[row - this.top]?.[col - this.left];
    return v === undefined ? null : v;
  }

  numberFormat(row: number, col: number): string | undefined {
    const f = this.snapshot.numberFormats?.[row - this.top]?.[col - this.left];
    return f && f !== "General" ? f : undefined;
  }

  formula(row: number, col: number): string | null {
    return this.snapshot.formulas?.[row - this.top]?.[col - this.left] ?? null;
  }

  /** The cell is a header of one of our blocks, as the record vouches for it (see the constructor). */
  isOurHeader(row: number, col: number): boolean {
    return this.ourHeaders?.has(row, col) ?? false;
  }

  /** The first column of a row from `from` to `to` holding a value of ours (see the constructor), or -1. */
  firstOurValue(row: number, from: number, to: number): number {
    if (this.ourValues) for (let c = from; c <= to; c++) if (this.ourValues.has(row, c)) return c;
    return -1;
  }

  /**
   * The first master cell of a row from `from` to `to` holding a formula the file has no result for (<f> without <v>:
   * a file written by a reporting system or a script, not saved by Excel / WPS), or -1. Such a cell reads as empty.
   */
  uncachedFormula(row: number, from: number, to: number): number {
    const formulas = this.snapshot.formulas?.[row - this.top];
    if (!formulas) return -1;
    for (let c = Math.max(from, this.left); c <= Math.min(to, this.right); c++) {
      if ((formulas[c - this.left] ?? null) !== null && this.value(row, c) === null) return c;
    }
    return -1;
  }

  merge(row: number, col: number): CellRange | null {
    if (!this.inside(row, col)) return null;
    if (!this.mergeIndex) return this.mergedAt(row, col) ?? null;
    const i = this.mergeIndex[this.index(row, col)];
    return i === 0 ? null : this.merges[i - 1];
  }

  /** True for every cell of a merged area except its top-left. */
  isContinuation(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }

  /** Top-left cell of the merged area holding (row, col), or the cell itself. */
  master(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** Value of the merged area covering the cell (the master's value). */
  mergedValue(row: number, col: number): CellValue {
    const m = this.merge(row, col);
    return m ? this.rawValue(m.top, m.left) : this.rawValue(row, col);
  }

  /** The merged area's value as trimmed text, as String() gives it (an error value reads "[object Object]"). */
  mergedText(row: number, col: number): string {
    return this.mergedCell(row, col).text;
  }

  /** What mergedText's text says: the master cell's record, already worked out (no look-up by text per call). */
  mergedCell(row: number, col: number): CellText {
    const m = this.merge(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    // The stored value is read only on a sheet holding an error value: asked of every level and name cell, the read
    // reached into the snapshot's row arrays, which the record's id in the typed index spares.
    const value = this.hasErrorValues ? this.rawValue(r, c) : null;
    return value !== null && typeof value === "object" ? cellTextOf(String(value).trim()) : this.cell(r, c);
  }

  /** Last column of the cell's merged area (the cell itself when not merged). */
  rightEdge(row: number, col: number): number {
    return this.merge(row, col)?.right ?? col;
  }

  bottomEdge(row: number, col: number): number {
    return this.merge(row, col)?.bottom ?? row;
  }

  /** What the cell's text says (its label, roles …: see CellText; continuation cells: EMPTY_TEXT). */
  cell(row: number, col: number): CellText {
    return this.inside(row, col) ? this.records[this.textId(row, col)] : EMPTY_TEXT;
  }

  /** Trimmed plain text of a cell (continuation cells: ""). */
  text(row: number, col: number): string {
    return this.cell(row, col).text;
  }

  /** What the user sees in the cell (percent and date formats applied). */
  display(row: number, col: number): string {
    return displayText(this.value(row, col), this.numberFormat(row, col), this.date1904);
  }

  isEmpty(row: number, col: number): boolean {
    return this.text(row, col) === "";
  }

  /** Normalised label of a (master) cell. */
  label(row: number, col: number): NormalizedLabel {
    return this.cell(row, col).label;
  }

  /** A cell's label as written (CellText.labelText: without a unit's spaces nor a required field's star). */
  labelText(row: number, col: number): string {
    return this.cell(row, col).labelText;
  }

  /** Half-width text without spaces (for patterns on the whole cell text). */
  compact(row: number, col: number): string {
    return this.cell(row, col).compact;
  }

  /**
   * A title line at this cell. A form's name without 表 (…绩效自评: isFormName) only with nothing left of it on its
   * row: 项目名称 | 2022年度…项目绩效自评 and 评价方式 | 部门(单位)绩效自评 are a label's value, not the table's title.
   */
  isTitleAt(row: number, col: number): boolean {
    const cell = this.cell(row, col);
    if (!cell.isTitle) return false;
    return !cell.isFormName || this.cellsOfRow(row)[0] >= col;
  }

  /** Some filled master cell of the row has the bit (cellText COLUMN_LABEL, SUMMARY_WORD, TITLE); false outside the grid. */
  rowHas(row: number, bit: number): boolean {
    return row >= this.top && row <= this.bottom && (this.rowBits[row - this.top] & bit) !== 0;
  }

  /** Non-empty master cells of a row between two columns, left to right (shared: do not modify). */
  cellsOfRow(row: number, from = this.left, to = this.right): readonly number[] {
    const all = this.filledCells(row);
    if (all.length === 0 || (from <= all[0] && to >= all[all.length - 1])) return all;
    // A loop, not filter with an arrow: the arrow's captured bounds cost an allocation on every call, even
    // the ones answered above (the reader asks this of most rows several times).
    const some: number[] = [];
    for (let i = 0; i < all.length; i++) if (all[i] >= from && all[i] <= to) some.push(all[i]);
    return some;
  }

  /** The first non-empty master cell of a row right of `col` and not beyond `to`, or -1 (no allocation). */
  nextFilled(row: number, col: number, to = this.right): number {
    const cells = this.filledCells(row);
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (c > to) break;
      if (c > col) return c;
    }
    return -1;
  }

  /** Every non-empty master cell of a row (found by the constructor's pass). */
  private filledCells(row: number): readonly number[] {
    const list = row < this.top || row > this.bottom ? 0 : this.rowList[row - this.top];
    return list === 0 ? NO_CELLS : this.rowLists[list - 1];
  }

  ref(row: number, col: number): CellRef {
    return new CellAt(this.name, row, col); // not a literal: records.ts
  }
}
