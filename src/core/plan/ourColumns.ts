/**
 * Our monitoring columns beside a table, as the reader must know them: where the record places our block (found again
 * as the plan finds it, Ownership.locate: wherever inserted rows or columns moved it, its renamed headers too). The
 * reader reads what the clerk typed in them (实际完成值), but they are not the table's own columns: what a table is
 * (a project, a self-evaluation, a monitoring table) is never decided by a column we added, or what one run wrote would
 * change what the next run reads (docs/domain.md#budget-year: our own text is never evidence).
 */
import type { WorkbookSnapshot } from "../types";
import { recordOf } from "./marks";
import { Ownership } from "./ownership";
import { INDICATOR_SHAPE } from "./shapes";
import { SheetContents } from "./sheetContents";

const NONE: ReadonlySet<number> = new Set();

export class OurColumns {
  /** Made on the first question, only when the record has blocks (a first run asks nothing of it). */
  private own: Ownership | null | undefined;
  private readonly found = new Map<string, ReadonlySet<number>>();

  constructor(private readonly snapshot: WorkbookSnapshot) {}

  /**
   * The columns of our indicator block on a table's header row (`left`: the table's left edge, `rows`: its indicator
   * rows, one indicator a row); none when the record places no block there.
   */
  beside(sheet: string, headerRow: number, left: number, rows: number[]): ReadonlySet<number> {
    if (this.own === undefined) {
      const record = recordOf(this.snapshot);
      this.own = record?.blocks?.length ? new Ownership(new SheetContents(this.snapshot), record) : null;
    }
    if (!this.own || rows.length === 0) return NONE;
    // Asked again for the same header (its tables per region or per listed project share it): the same answer.
    const key = `${sheet}\n${headerRow}\n${left}`;
    let cols = this.found.get(key);
    if (!cols) {
      const block = this.own.locate({}, { sheet, headerRow, left, rows }, INDICATOR_SHAPE);
      cols = block ? new Set(block.cols.map((c) => c.col)) : NONE;
      this.found.set(key, cols);
    }
    return cols;
  }
}
