/**
 * Where the cells of our drop-down input columns are now, for a host that reads lists only where asked (Excel, WPS:
 * calls per cell). The plan decides by them whether a list there is the clerk's (Ownership.hasTheirList), so they
 * must be read where the plan finds our cells, not where the record says we wrote them: rows the clerk inserted above
 * a table move its cells, and their list with them.
 */
import { cellKey } from "../a1";
import { readWorkbook } from "../read/readWorkbook";
import type { GoalTable, SheetSnapshot } from "../types";
import { locateBlocks } from "./blocks";
import { CellSet, recordOf, sheetsWeMade } from "./marks";
import { Ownership } from "./ownership";
import { SheetContents } from "./sheetContents";
import type { Plan } from "./types";
import { LIST_HEADERS, MONITOR_COLUMNS } from "./words";

/** A cell whose drop-down list the host reads, in the sheet its list goes to (SheetSnapshot.validations). */
export interface ListCell {
  sheet: SheetSnapshot;
  row: number;
  col: number;
}

/** One key a cell read: its sheet's name and the cell. */
export const listKey = (sheet: string, row: number, col: number): string => `${sheet}\u0000${cellKey(row, col)}`;

/** The keys of our indicator block's columns that carry a drop-down list. */
const LIST_KEYS = new Set<string>(MONITOR_COLUMNS.flatMap((c) => (c.list ? [c.key] : [])));

/**
 * The cells of our list columns (SheetSnapshot.validations is read there) as a check or Clear marks finds them
 * (Ownership, as buildPlan and buildClearPlan ask it): in the blocks found again, wherever they moved, and in the
 * recorded input columns whose header is still where and as we wrote it. All those cells, not only the ones our record
 * gave a list: a list of the clerk's is not recorded, and must still be seen as theirs next time. `marks`: the record's
 * text as read (WorkbookSnapshot.marks); none without a record of such columns. `tables`: the tables the blocks are
 * found beside — a check's (CheckResult.tables: what buildPlan locates them by, so the tables are read once a run);
 * without them, the workbook's tables read here as a check reads them (our own sheets are not read as tables).
 */
export function listCellsNow(
  sheets: SheetSnapshot[],
  marks: string | null | undefined,
  tables?: readonly GoalTable[],
): ListCell[] {
  const snapshot = { sheets, marks };
  const record = recordOf(snapshot);
  if (!record || ![record, record.earlier].some((m) => m?.inputs.length)) return [];
  const grid = new SheetContents(snapshot);
  const own = new Ownership(grid, record);
  if (own.blocksToFind())
    locateBlocks(own, tables ?? readWorkbook(snapshot, { ownSheets: sheetsWeMade(snapshot) }).tables);
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

/**
 * The cells a Clear marks `plan` empties (its "clear" ops) that the host has not read (`read`: their listKey), on the
 * clerk's sheets and on ours it keeps, not on our record (`record`: its name). A list on such a cell stays (a "clear"
 * leaves lists alone) and is the clerk's unless the plan takes ours off it (our input cells, read already), which Clear
 * marks says it kept (buildClearPlan). The host reads them and, when any carries a list, plans again, as the CLI, which
 * reads every list, does at once.
 */
export function unreadClearedCells(
  plan: Plan,
  sheets: SheetSnapshot[],
  read: ReadonlySet<string>,
  record: ReadonlySet<string>,
): ListCell[] {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const cells: ListCell[] = [];
  for (const op of plan.ops) {
    if (op.op !== "clear" || record.has(op.sheet)) continue;
    const sheet = byName.get(op.sheet);
    if (!sheet) continue;
    for (let row = op.range.top; row <= op.range.bottom; row++)
      for (let col = op.range.left; col <= op.range.right; col++)
        if (!read.has(listKey(sheet.name, row, col))) cells.push({ sheet, row, col });
  }
  return cells;
}

/**
 * The cells where `plan` sets our drop-down list that the host has not read (`read`: their listKey): on a first check,
 * or beside a table new since the record, listCellsNow knows none of them, yet the clerk may have set a list of their
 * own there. The host reads them and, when any carries a list, plans again, which keeps theirs
 * (PlanContext.inputColumn) as the CLI, which reads every list, does at once. Placement does not depend on lists, so
 * the second plan puts our columns where the first did.
 */
export function unreadListCells(plan: Plan, sheets: SheetSnapshot[], read: ReadonlySet<string>): ListCell[] {
  const cells: ListCell[] = [];
  for (const op of plan.ops) {
    if (op.op !== "validationList") continue;
    const sheet = sheets.find((s) => s.name === op.sheet);
    if (!sheet) continue;
    for (let row = op.range.top; row <= op.range.bottom; row++)
      for (let col = op.range.left; col <= op.range.right; col++)
        if (!read.has(listKey(sheet.name, row, col))) cells.push({ sheet, row, col });
  }
  return cells;
}
