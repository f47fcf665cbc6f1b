/**
 * Monitoring blocks of ours whose table is not read this run, on a sheet where other tables are (several tables on
 * one sheet; a sheet where none is read is held whole: buildPlan unreadSheets). The clerk retyped the table's header,
 * deleted the table or moved it away from our columns: our columns still stand, with what the clerk typed in them.
 * Each such block is left as it is (nothing written, cleared or un-highlighted there) and recorded where it stands
 * now, so that once the table reads again the check finds its columns, with the clerk's 实际完成值 and 偏差原因, and
 * judges from them; one line says where it is and how to let it go.
 */
import { columnLetters, parseA1Ranges, rangeToA1, rangesToA1 } from "../a1";
import type { CellRange } from "../types";
import type { PlanContext } from "./context";
import { formulaShape } from "./fingerprint";
import { lightTest } from "./formulas";
import { sheetCells } from "./marks";
import type { LocatedBlock } from "./ownership";
import { columnRuns } from "./rectangles";
import { INDICATOR_SHAPE, SCHEDULE_SHAPE } from "./shapes";
import { HIGHLIGHTS } from "./words";

/**
 * Keeps every standing block no table read took (Ownership.standingUnread); call once the blocks are located. Gives the
 * sheets where an indicator block was kept (their tables' summary rows stay too: summary.ts).
 */
export function keepUnreadBlocks(ctx: PlanContext): Set<string> {
  const blocks = ctx.own.standingUnread([INDICATOR_SHAPE, SCHEDULE_SHAPE], (sheet) => !ctx.gate.closed.has(sheet));
  const where = new Map<string, string[]>();
  for (const block of blocks) {
    keepBlock(ctx, block);
    if (block.kind !== "indicators") continue;
    const cols = block.cols.map((c) => c.col);
    const bottom = Math.max(block.headerRow, ...block.rows);
    const range = { top: block.headerRow, left: Math.min(...cols), bottom, right: Math.max(...cols) };
    where.set(block.sheet, [...(where.get(block.sheet) ?? []), rangeToA1(range)]);
  }
  for (const [sheet, ranges] of where) {
    const at = ranges.join("、");
    ctx.say(
      `工作表「${sheet}」${at} 是上次检查写入的监控列，其旁的表这次未读到（表头可能已改动，或表已移动、删除），未检查；这些监控列及其中填写的内容未作任何改动，表能读到后再检查即可。如该表已不再使用，清除这些监控列（选中后按 Delete）后再检查，本提示即不再出现。`,
      `The monitoring columns at ${at} on sheet "${sheet}" were written by an earlier check, and the table beside them was not read this time (its headers may have changed, or it was moved or deleted): it was not checked, and those columns and what was typed in them were left as they are; check again once the table reads again. If the table is no longer used, clear those columns (select them and press Delete) and check again: this note will not come back.`,
    );
  }
  return new Set(where.keys());
}

/**
 * One block as it stands: its cells of ours and the clerk's typing in its input columns recorded where they are now,
 * its drop-down lists, our number formats on its empty input cells, its notes and its highlights (the rules of the
 * sheet are written anew each run: its ranges go into them again, moved as the block moved).
 */
function keepBlock(ctx: PlanContext, block: LocatedBlock): void {
  const record = ctx.own.originOf(block)!;
  const { sheet, headerRow, rows } = block;
  const own = ctx.own;
  const colNow = new Map(block.cols.map((c) => [record.cols.find((r) => r.key === c.key)!.col, c.col]));
  const first = block.cols[0];
  const dCols = first.col - record.cols.find((c) => c.key === first.key)!.col;
  const dRows = headerRow - record.row;
  const lists = new Map<string, CellRange[]>();
  for (const c of block.cols) {
    ctx.keepAsIs({ sheet, row: headerRow, col: c.col });
    if (c.role === "computed") {
      for (const row of rows) ctx.keepAsIs({ sheet, row, col: c.col });
      continue;
    }
    const listed: CellRange[] = [];
    for (const row of rows) {
      sheetCells(ctx.inputs, sheet).add(row, c.col);
      if (ctx.contents.isEmpty(sheet, row, c.col) && own.gaveInputFormat(sheet, row, c.col))
        sheetCells(ctx.formattedInputs, sheet).add(row, c.col);
      if (ctx.contents.listOn(sheet, row, c.col) && !own.hasTheirList(sheet, row, c.col))
        listed.push({ top: row, left: c.col, bottom: row, right: c.col });
    }
    ctx.marks.inputs.push({
      sheet,
      header: rangeToA1(cell(headerRow, c.col)),
      cells: rangesToA1(columnRuns(rows, c.col)),
    });
    if (listed.length) lists.set(String(c.col), listed);
  }
  for (const ranges of lists.values()) ctx.marks.validations.push({ sheet, ranges: rangesToA1(ranges) });
  ctx.recordBlock({
    sheet,
    kind: block.kind,
    row: headerRow,
    left: record.left + dCols,
    cols: block.cols.map((c) => ({ key: c.key, col: c.col })),
    ...(record.rowsFor ? { rowsFor: record.rowsFor.map((r) => ({ ...r, row: r.row + dRows })) } : {}),
  });
  const inBlock = (row: number, col: number) =>
    block.cols.some((c) => c.col === col) && (row === headerRow || rows.includes(row));
  for (const note of ctx.notes.ours())
    if (note.sheet === sheet && inBlock(note.row, note.col)) ctx.keepNote(sheet, note.row, note.col, note.hash);
  const light = block.cols.find((c) => c.key === "light");
  if (!light) return;
  // The block's ranges in the sheet's recorded rules, by light: those within the rows written under its header.
  const written = record.rowsFor?.map((r) => r.row) ?? rows.map((row) => row - dRows);
  const [top, bottom] = [Math.min(...written), Math.max(...written)];
  const seen = new Set<string>();
  for (const marks of own.records)
    for (const cf of marks.conditionalFormats) {
      const key = `${cf.sheet}\u0000${cf.ranges}\u0000${cf.formula}`;
      if (cf.sheet !== sheet || seen.has(key)) continue;
      seen.add(key);
      const shape = formulaShape(cf.formula);
      const which = (["red", "yellow", "blue"] as const).find(
        (l) => formulaShape(lightTest(`$${columnLetters(light.col)}1`, l)) === shape,
      );
      if (!which) continue;
      const ranges = parseA1Ranges(cf.ranges)
        .filter((r) => r.top >= top && r.bottom <= bottom)
        .map((r) => {
          const left = colNow.get(r.left) ?? r.left + dCols;
          const right = colNow.get(r.right) ?? r.right + dCols;
          return { top: r.top + dRows, left, bottom: r.bottom + dRows, right };
        });
      if (ranges.length) ctx.rowHighlight(sheet, ranges, light.col, HIGHLIGHTS[which]);
    }
}

const cell = (row: number, col: number): CellRange => ({ top: row, left: col, bottom: row, right: col });
