/**
 * Where the cells of our drop-down input columns are now, for a host that reads lists only where asked (Excel, WPS:
 * calls per cell). The plan decides by them whether a list there is the clerk's (SheetContents.hasTheirList), so they
 * must be read where the plan finds our cells, not where the record says we wrote them: rows the clerk inserted above
 * a table move its cells, and their list with them.
 */
import { readWorkbook } from "../read/readWorkbook";
import type { SheetSnapshot } from "../types";
import { locateBlocks } from "./blocks";
import { CellSet, recordOf, sheetsWeMade } from "./marks";
import { Ownership } from "./ownership";
import { SheetContents } from "./sheetContents";
import { LIST_HEADERS, MONITOR_COLUMNS } from "./words";

/** The keys of our indicator block's columns that carry a drop-down list. */
const LIST_KEYS = new Set<string>(MONITOR_COLUMNS.flatMap((c) => (c.list ? [c.key] : [])));

/**
 * The cells of our list columns (SheetSnapshot.validations is read there) as a check or Clear marks finds them
 * (Ownership, as buildPlan and buildClearPlan ask it): in the blocks found again, wherever they moved, and in the
 * recorded input columns whose header is still where and as we wrote it. All those cells, not only the ones our record
 * gave a list: a list of the clerk's is not recorded, and must still be seen as theirs next time. `marks`: the record's
 * text as read (WorkbookSnapshot.marks); none without a record of such columns.
 */
export function listCellsNow(
  sheets: SheetSnapshot[],
  marks: string | null | undefined,
): { sheet: SheetSnapshot; row: number; col: number }[] {
  const snapshot = { sheets, marks };
  const record = recordOf(snapshot);
  if (!record || ![record, record.earlier].some((m) => m?.inputs.length)) return [];
  const grid = new SheetContents(snapshot);
  const own = new Ownership(grid, record);
  // The tables as a check reads them (our own sheets are not read as tables: check.ts), for where the blocks are.
  if (own.blocksToFind()) locateBlocks(own, readWorkbook(snapshot, { ownSheets: sheetsWeMade(snapshot) }).tables);
  const cells = new Map<string, CellSet>();
  const of = (sheet: string) => {
    let set = cells.get(sheet);
    if (!set) cells.set(sheet, (set = new CellSet()));
    return set;
  };
  for (const block of own.allLocated())
    for (const c of block.cols)
      if (block.kind === "indicators" && c.role === "input" && LIST_KEYS.has(c.key))
        for (const row of block.rows) of(block.sheet).add(row, c.col);
  for (const input of own.inputsInPlace()) {
    const text = grid.value(input.sheet, input.header.row, input.header.col);
    if (typeof text === "string" && LIST_HEADERS.has(text))
      for (const c of input.cells.cells()) of(input.sheet).add(c.row, c.col);
  }
  return [...cells].flatMap(([name, set]) => {
    const sheet = sheets.find((s) => s.name === name);
    return sheet ? set.cells().map(({ row, col }) => ({ sheet, row, col })) : [];
  });
}
