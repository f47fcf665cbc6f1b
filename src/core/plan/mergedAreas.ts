import type { CellRange } from "../types";

/**
 * A sheet's merged areas, to ask which one holds a cell. Excel's merged areas never overlap, so at most one does.
 * Sorted by top row; a cell can only lie in an area starting at most `tallest − 1` rows above it, so a lookup looks
 * at those alone. It replaces a set of every merged cell: the bench's 1,000 tables built 60,000 keys for the few
 * hundred cells the plan asks about, and a merge across whole columns would have built a million. Areas taller than
 * TALL rows (a merge down a whole column) are kept apart and asked each time: one of them would otherwise make every
 * lookup look at every area above the cell.
 */
export class MergedAreas {
  private readonly areas: readonly CellRange[];
  private readonly tops: readonly number[];
  private readonly tallest: number;
  private readonly tall: readonly CellRange[];

  constructor(merges: readonly CellRange[]) {
    const isTall = (m: CellRange) => m.bottom - m.top >= TALL;
    this.tall = merges.filter(isTall);
    this.areas = merges.filter((m) => !isTall(m)).sort((a, b) => a.top - b.top);
    // A plain array filled in a loop, not Float64Array.from(areas, (m) => m.top): the typed array's generic path (an
    // iterator, a call per area) and its backing store made this constructor ~4× dearer on the bench's ~2,000 sheets
    // (docs/performance.md, session 59).
    const tops = new Array<number>(this.areas.length);
    for (let i = 0; i < tops.length; i++) tops[i] = this.areas[i].top;
    this.tops = tops;
    this.tallest = this.areas.reduce((h, m) => Math.max(h, m.bottom - m.top + 1), 0);
  }

  /** The merged area holding the cell, or undefined. */
  at(row: number, col: number): CellRange | undefined {
    for (let i = 0; i < this.tall.length; i++) {
      const m = this.tall[i];
      if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
    }
    // The last area starting at or above the row, then upward while an area could still reach down to it.
    let lo = 0;
    let hi = this.tops.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tops[mid] <= row) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && this.tops[i] > row - this.tallest; i--) {
      const m = this.areas[i];
      if (row <= m.bottom && col >= m.left && col <= m.right) return m;
    }
    return undefined;
  }
}

/** Rows a merged area spans beyond which MergedAreas asks it apart (see there). */
const TALL = 256;
