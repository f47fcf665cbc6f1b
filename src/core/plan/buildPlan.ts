/**
 * buildPlan: findings → plain operations (monitoring columns, highlights, summary sheet, record).
 * buildClearPlan: the operations that remove what the add-in added and still finds as it wrote it.
 *
 * Safety rules (the decisions live here and in context.ts / ownership.ts; every host only carries them out):
 * - a cell is ours only while it holds what we wrote (its fingerprint in the record); anything else is the
 *   user's and is never written, cleared or reformatted — the record is input, never trusted over the cells;
 * - blocks are found again by their header row after rows or columns were inserted or deleted, and stay
 *   where they are (a value typed beside a table does not push them along);
 * - a second run writes the same cells again and clears only its own cells that are no longer needed;
 * - the record goes out FIRST (provisional: this run's cells joined with the earlier record's), the final
 *   record last, so a run that fails half-way can be run again or cleared (a host that writes the whole plan
 *   into a new file, wholeFile, cannot stop half-way and skips the provisional record);
 * - Clear marks never deletes a sheet that holds anything we did not write, and says what it kept.
 */
import { recalculation } from "./recalculate";
import { SHEET_COLUMNS, cellCount, cellKey, parseA1Ranges, quoteSheetName, rangeToA1, rangesToA1 } from "../a1";
import { readWorkbook } from "../read/readWorkbook";
import { countEn, isOneEn } from "../locale/plural";
import {
  forEachCell,
  forEachRow,
  MARKS_SHEET,
  type CellRange,
  type CheckResult,
  type GoalTable,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../types";
import { lookKey, rulesToRemove } from "./ourRules";
import { locateBlocks, planIndicatorBlock, planScheduleBlock } from "./blocks";
import { HEADER_STYLE, PlanContext } from "./context";
import { lightTest } from "./formulas";
import { SheetContents } from "./sheetContents";
import {
  CellSet,
  carrySheets,
  chunkMarks,
  emptyMarks,
  looksOwedBy,
  mergeMarks,
  printedCells,
  printsInOrder,
  provisionalText,
  recordNotes,
  recordOf,
  recordSheetIds,
  serializeMarks,
  sheetCells,
  strayAddedSheet,
} from "./marks";
import { NoteOwners } from "./notes";
import { cellPrint } from "./fingerprint";
import { SheetGate, sheetOf } from "./sheetsTouched";
import { Ownership, listLikeOurs } from "./ownership";
import { columnRuns } from "./rectangles";
import { WorkbookNames } from "./definedNames";
import { CHART_NAME, holdsTheirSeries, planSummary, summarySheetName, type TablePlacement } from "./summary";
import type { Marks, Plan, PlanOp, PlanOptions, PlannedRule, Said } from "./types";
import { planUnitSheet, recordGenerated, unfinishedWrittenSheet } from "./unitSheet";
import { reportPrintAreas } from "./printArea";
import { AS_OF_NAME, OUR_NUMBER_FORMATS } from "./words";
import type { Lang } from "../locale/messages";
import { parseStoredSettings } from "../settings";
import { misplacedByRow } from "./misplaced";
import { keepUnreadBlocks } from "./unreadBlocks";
import { INDICATOR_SHAPE, SCHEDULE_SHAPE } from "./shapes";

export type { Plan, PlanOp, PlanOptions, Marks } from "./types";

/**
 * Everything a check writes into the workbook (monitoring columns, summary, unit sheet, record), as ops a host
 * applies in order; nothing the clerk wrote is overwritten.
 */
export function buildPlan(snapshot: WorkbookSnapshot, check: CheckResult, options: PlanOptions): Plan {
  const { held: unread, gone } = unreadSheets(snapshot, check);
  const ctx = new PlanContext(snapshot, options, unread);
  ctx.marks.asOf = check.asOf;
  // Goals found in text written out now: on a sheet a check that did not finish left half-written, beside the
  // monitoring columns it wrote there, found again as any table's.
  const unit = planUnitSheet(ctx, check);
  locateBlocks(
    ctx.own,
    [...check.tables, ...unit.written].map((c) => c.table),
  );
  const standing = keepUnreadBlocks(ctx);
  const misplaced = misplacedByRow(check.misplaced ?? []);
  const summary = summarySheetName(ctx);
  const placements: TablePlacement[] = [];
  for (const checked of check.tables) {
    const { sheet } = checked.table;
    if (unit.handled.has(checked.table) || !ctx.contents.hasSheet(sheet)) continue;
    // Our own summary sheet is not read as a table (a user sheet the record names is).
    if (sheet === summary && ctx.ownsSheet(summary)) continue;
    // A protected sheet gets no blocks (push would drop them): its table is judged and listed on the summary by value.
    if (ctx.gate.protectedSheets.has(sheet)) {
      ctx.skipped.add(sheet);
      placements.push({ checked, indicators: null, schedule: null });
      continue;
    }
    const indicators = planIndicatorBlock(ctx, checked, check.asOf, misplaced);
    const schedule = planScheduleBlock(ctx, checked, check.asOf);
    placements.push({ checked, indicators, schedule });
  }
  for (const written of unit.written) {
    // Listed on the summary as the next run lists the table it reads from the sheet (a project's: a row; unit-wide: none).
    const indicators = planIndicatorBlock(ctx, written, check.asOf);
    placements.push({ checked: written, indicators, schedule: null });
  }
  planSummary(ctx, summary, check, placements, new Set([...standing, ...unread]));
  ctx.flushHighlights(lightTest);
  const ruleLooks = removeLeftovers(ctx);
  recordCells(ctx);
  for (const [sheet, cells] of ctx.formattedInputs)
    (ctx.marks.inputFormats ??= {})[sheet] = rangesToA1(cells.toRanges());
  recordNotes(ctx.marks, ctx.noted);
  recordGenerated(ctx, (set) => rangesToA1(set.toRanges()));
  recordSheetIds(ctx.marks, snapshot);
  keepClosed(ctx, summary);
  for (const sheet of unread)
    ctx.say(
      `工作表「${sheet}」上次检查过的表这次未读到（表头可能已改动，或表已移动、删除），未检查，该工作表未作任何改动；表能读到后再检查即可。如该表已不再使用，清除其旁本工具的监控列（选中后按 Delete）后再检查，本提示即不再出现。`,
      `The table checked last time on sheet "${sheet}" was not read this time (its headers may have changed, or it was moved or deleted): it was not checked and nothing on the sheet was changed; check again once the table reads again. If the table is no longer used, clear the add-in's monitoring columns beside it (select them and press Delete) and check again: this note will not come back.`,
    );
  for (const sheet of gone)
    ctx.say(
      `工作表「${sheet}」上次检查过的表及其监控列这次都未找到（可能已删除），不再检查。`,
      `The table checked last time on sheet "${sheet}" and its monitoring columns were not found this time (they may have been deleted): it is no longer checked.`,
    );
  reportKept(ctx);
  reportPrintAreas(ctx);
  if (snapshot.marksSheet && snapshot.sheets.some((s) => s.name === MARKS_SHEET))
    ctx.say(
      `工作表「${MARKS_SHEET}」是您的，未写入；本工具的记录存于隐藏工作表「${snapshot.marksSheet}」。`,
      `Sheet "${MARKS_SHEET}" is yours and was not written; the add-in keeps its record in the hidden sheet "${snapshot.marksSheet}".`,
    );
  const previousText = snapshot.marks ?? null;
  const finalText = serializeMarks(ctx.marks);
  const first: PlanOp[] = strayDeletions(snapshot);
  let provisional = previousText;
  // The record's sheet is still added first, so the sheets keep their order in the workbook.
  if (options.wholeFile) first.push(MARKS_SHEET_OP);
  else {
    const earlier = ctx.previous
      ? stillUnfinished(ctx, mergeMarks(withoutEarlier(ctx.previous), ctx.previous.earlier))
      : undefined;
    // Looks the unfinished runs before may owe stay owed until a run finishes (a chain of refused checks).
    const owed = looksOwedBy(ctx.previous, (sheet) => ctx.own.looksOwedNow(sheet));
    const text = provisionalText(finalText, earlier, owed, ruleLooksOwed(ctx, ruleLooks));
    provisional = writeMarks((_phase, op) => first.push(op), text, previousText);
  }
  writeMarks(ctx.push.bind(ctx), finalText, provisional);
  if (options.settings !== undefined) writeSettings(ctx.push.bind(ctx), options.settings);
  const ops = ctx.ops(first);
  const recalculate = recalculation(snapshot, ops);
  if (recalculate) ops.push(recalculate);
  const plan: Plan = { ops, marks: ctx.marks, messages: ctx.messages };
  if (unit.written.length > 0)
    plan.writtenOut = { fromText: [...unit.handled], tables: unit.written, diagnostics: unit.diagnostics };
  if (ctx.reasonColumns.length > 0) plan.reasonColumns = ctx.reasonColumns;
  return toRecordSheet(plan, snapshot.marksSheet);
}

/**
 * The record of a carried-out check without the highlight rules the host could not add (WPS refuses a fourth rule over a
 * cell: wps/apply.ts): the record names only rules the check wrote, so the next check does not take a rule that was never
 * there for one the clerk deleted (removeLeftovers' line) and say so at every check. The ops write it over the record
 * `plan` wrote (its chunks beyond cleared), in the record's sheet. Null: nothing refused.
 */
export function recordWithoutRules(
  plan: Plan,
  refused: readonly { sheet: string; ranges: CellRange[]; formula: string }[],
  recordSheet?: string,
): Plan | null {
  const gone = new Set(refused.map((r) => `${r.sheet}\u0000${rangesToA1(r.ranges)}\u0000${r.formula}`));
  const kept = plan.marks.conditionalFormats.filter((c) => !gone.has(`${c.sheet}\u0000${c.ranges}\u0000${c.formula}`));
  if (kept.length === plan.marks.conditionalFormats.length) return null;
  const marks: Marks = { ...plan.marks, conditionalFormats: kept };
  const ops: PlanOp[] = [];
  // Its sheet is there: `plan` added it.
  writeMarks((_phase, op) => op.op !== "addSheet" && ops.push(op), serializeMarks(marks), serializeMarks(plan.marks));
  return toRecordSheet({ ops, marks, messages: [] }, recordSheet);
}

/**
 * A record someone renamed (snapshot.marksSheet) stays under its new name: the plan's record ops name that sheet,
 * so the check updates it and adds no second one (which would make twice differ from once).
 */
function toRecordSheet(plan: Plan, name: string | undefined): Plan {
  if (!name) return plan;
  const at = <T extends { sheet: string }>(x: T): T => (x.sheet === MARKS_SHEET ? { ...x, sheet: name } : x);
  const ops = plan.ops.map((op) => ("cell" in op ? { ...op, cell: at(op.cell) } : "sheet" in op ? at(op) : op));
  return { ...plan, ops };
}

/**
 * The sheets where an earlier check wrote monitoring columns beside a table and no table is read now (its headers
 * retyped, the table moved off its sheet or deleted). Each is left as it is, and keeps its part of the record, as a
 * closed sheet does (SheetGate.held, keepClosed): once the table reads again our columns are found where they are,
 * with what the clerk typed in them; nothing of ours that moved with the table is taken for cells the clerk changed.
 */
function unreadSheets(snapshot: WorkbookSnapshot, check: CheckResult): { held: Set<string>; gone: Set<string> } {
  const record = recordOf(snapshot);
  const read = new Set(check.tables.map((c) => c.table.sheet));
  // Goals a check that did not finish was writing out there: written out again (unitSheet.ts), not held.
  const unfinished = unfinishedWrittenSheet(snapshot);
  if (unfinished !== null) read.add(unfinished);
  // A very hidden sheet is not read either, and is already closed (SheetGate) and said (read.very-hidden-sheet).
  const present = new Set(snapshot.sheets.filter((s) => !s.veryHidden).map((s) => s.name));
  const blocks = [record, record?.earlier].flatMap((m) => m?.blocks ?? []);
  const unread = new Set(blocks.map((b) => b.sheet).filter((sheet) => present.has(sheet) && !read.has(sheet)));
  if (unread.size === 0) return { held: unread, gone: new Set() };
  // Held while a block of ours still stands there (the table deleted with our columns leaves nothing to keep).
  const own = new Ownership(new SheetContents(snapshot), record);
  const held = new Set(own.standingUnread([INDICATOR_SHAPE, SCHEDULE_SHAPE], (s) => unread.has(s)).map((b) => b.sheet));
  return { held, gone: new Set([...unread].filter((sheet) => !held.has(sheet))) };
}

/**
 * A protected or very hidden sheet (SheetGate) keeps what the earlier record says of it (this run wrote nothing there:
 * our cells are where and as they were, to be found again once it is open), and a protected one gets one warning. Its
 * tables are on the summary only when the summary itself was written. Nothing is recorded for such a sheet that was
 * never written: running twice is running once.
 */
function keepClosed(ctx: PlanContext, summary: string): void {
  if (ctx.gate.closed.size === 0) return;
  const earlier =
    ctx.previous &&
    (ctx.previous.earlier ? mergeMarks(withoutEarlier(ctx.previous), ctx.previous.earlier) : ctx.previous);
  carrySheets(ctx.marks, earlier, ctx.gate.closed);
  const summarized = !ctx.gate.closed.has(summary);
  if (ctx.skipped.has(summary))
    ctx.say(
      `汇总表「${summary}」受保护，未更新（仍是此前检查写入的内容）：如需更新，请在“审阅 → 撤销工作表保护”中取消保护后再检查。`,
      `The summary sheet "${summary}" is protected and was not updated (it still holds what an earlier check wrote): to update it, unprotect it (Review → Unprotect Sheet) and check again.`,
    );
  else if (!summarized)
    ctx.say(
      `汇总表「${summary}」深度隐藏（只有代码能显示它），未更新。`,
      `The summary sheet "${summary}" is very hidden (only code can show it) and was not updated.`,
    );
  for (const sheet of ctx.skipped) {
    if (sheet === summary) continue;
    if (summarized)
      ctx.say(
        `工作表「${sheet}」受保护，未写入（其中表格的结果已列入汇总表）：如需在该表旁写入监控列，请在“审阅 → 撤销工作表保护”中取消保护后再检查。`,
        `Sheet "${sheet}" is protected and was not written (its tables' results are on the summary sheet): to get the monitoring columns there, unprotect it (Review → Unprotect Sheet) and check again.`,
      );
    else
      ctx.say(
        `工作表「${sheet}」受保护，未写入（汇总表也未更新，其中表格的结果只在本次检查的结果里）：如需在该表旁写入监控列，请在“审阅 → 撤销工作表保护”中取消保护后再检查。`,
        `Sheet "${sheet}" is protected and was not written (nor was the summary sheet: its tables' results are only in this check's findings): to get the monitoring columns there, unprotect it (Review → Unprotect Sheet) and check again.`,
      );
  }
}

/** Every cell this run wrote, and the cells of ours the user typed over in blocks found again, with their prints. */
function recordCells(ctx: PlanContext): void {
  for (const sheet of new Set([...ctx.written.keys(), ...ctx.typedOver.keys()])) {
    const written = ctx.written.get(sheet);
    const typedOver = ctx.typedOver.get(sheet) ?? new Map<number, string>();
    let ranges = written?.toRanges() ?? [];
    if (typedOver.size > 0) {
      const set = CellSet.of(ranges);
      for (const key of typedOver.keys()) set.add(Math.floor(key / SHEET_COLUMNS), key % SHEET_COLUMNS);
      ranges = set.toRanges();
    }
    ctx.marks.cells[sheet] = rangesToA1(ranges);
    (ctx.marks.prints ??= {})[sheet] = printsInOrder(ranges, (row, col) => {
      const key = cellKey(row, col);
      return written?.printOf(key) ?? typedOver.get(key) ?? "????";
    });
  }
}

/**
 * The record before this run's provisional one, without the sheets an unfinished last run added that this run writes
 * again: if this run does not finish either, they are still a sheet added by a run that did not finish (marks.ts
 * leftUnfinished, PlanContext.addedByUnfinishedRun), not one an earlier finished run made (监控汇总 (2) otherwise).
 */
function stillUnfinished(ctx: PlanContext, earlier: Marks): Marks {
  const again = (sheet: string) => ctx.addedByUnfinishedRun(sheet) && ctx.marks.sheets.includes(sheet);
  return { ...earlier, sheets: earlier.sheets.filter((sheet) => !again(sheet)) };
}

/** Per sheet, the look (the host's text) of each rule of ours removed to be added again, by lookKey: Marks.ruleLooksOwed. */
type RuleLooks = NonNullable<Marks["ruleLooksOwed"]>;

/**
 * The looks of the rules of ours this removal takes (as the host picks them: rulesToRemove over where each lies) that the
 * plan adds again, into `looks`: the first met of a formula stays, as the host keeps them (ourRules.ts SheetLooks).
 */
function keepRuleLooks(
  looks: RuleLooks,
  sheet: SheetSnapshot | undefined,
  cf: Marks["conditionalFormats"][number],
  planned: PlannedRule[],
): void {
  const [formulas, read] = [sheet?.ruleFormulas, sheet?.ruleLooks];
  if (!formulas || !read) return;
  const again = new Set(planned.map((p) => lookKey(p.formula)));
  const removed = rulesToRemove(
    formulas.map((formula, i) => ({ formula, i })),
    (r) => r.formula,
    cf.formula,
    planned,
    { rangesOf: (r) => read[r.i]?.ranges ?? null, recorded: parseA1Ranges(cf.ranges) },
  );
  for (const r of removed) {
    const key = lookKey(r.formula);
    const look = read[r.i]?.look;
    if (look !== undefined && again.has(key)) (looks[cf.sheet] ??= {})[key] ??= look;
  }
}

/**
 * The rule looks the provisional record carries (Marks.ruleLooksOwed): those read now of the rules this run removes to
 * add again, and, after a run that did not finish, those it owed for rules gone since (it removed them and was refused
 * before adding them again) that this run adds again too — each such rule's op gets it (`look`), the host's to give.
 */
function ruleLooksOwed(ctx: PlanContext, readNow: RuleLooks): RuleLooks {
  // A copy per sheet (not structuredClone: the pane's tests run in jsdom, which lacks it).
  const owed: RuleLooks = Object.fromEntries(Object.entries(readNow).map(([sheet, looks]) => [sheet, { ...looks }]));
  const before = ctx.previous?.provisional ? ctx.previous.ruleLooksOwed : undefined;
  if (!before) return owed;
  for (const op of ctx.ops()) {
    if (op.op !== "conditionalFormat") continue;
    const key = lookKey(op.formula);
    const look = before[op.sheet]?.[key];
    if (look === undefined || readNow[op.sheet]?.[key] !== undefined) continue;
    op.look = look;
    (owed[op.sheet] ??= {})[key] = look;
  }
  return owed;
}

function withoutEarlier(marks: Marks): Marks {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the nested record is merged separately; the flag and the looks owed are the provisional record's own
  const { earlier, provisional, looksOwed, ruleLooksOwed, ...rest } = marks;
  return rest;
}

/** "'表 1'!H7、'表 1'!H9 …": a short list of cells for a message. */
function cellList(cells: Map<string, CellSet>, max = 12): { text: string; count: number } {
  const names: string[] = [];
  let count = 0;
  for (const [sheet, set] of cells)
    for (const r of set.toRanges()) {
      count += cellCount(r);
      names.push(`${quoteSheetName(sheet)}!${rangeToA1(r)}`);
    }
  const text = names.slice(0, max).join("、") + (names.length > max ? " …" : "");
  return { text, count };
}

/** "1 cell holds" / "3 cells hold": an English count of cells, its verb agreeing. */
function cellsDo(count: number, verb: "hold" | "carry" | "already carry" | "are"): string {
  const one = { hold: "holds", carry: "carries", "already carry": "already carries", are: "is" }[verb];
  return `${countEn(count, "cell")} ${isOneEn(count) ? one : verb}`;
}

function reportKept(ctx: PlanContext): void {
  if (ctx.kept.size) {
    const { text, count } = cellList(ctx.kept);
    ctx.say(
      `${count} 个单元格中有您写入的内容（不是本工具上次写入的），已保留未改：${text}`,
      `${cellsDo(count, "hold")} something the add-in did not write; ${count === 1 ? "it was left as it is" : "they were left as they are"}: ${text}`,
    );
  }
  if (ctx.keptNotes.size) {
    const { text, count } = cellList(ctx.keptNotes);
    ctx.say(
      `${count} 个单元格已有您写的批注，本工具的说明未写入，您的批注保留未改：${text}`,
      `${cellsDo(count, "already carry")} a note of yours; the add-in's explanation was not written and your note was kept: ${text}`,
    );
  }
  for (const said of keptListLines(ctx.contents, ctx.keptLists, { zh: "已保留未改", en: "it was kept as it is" }))
    ctx.say(said.zh, said.en);
}

/**
 * The lines for drop-down lists kept as the clerk's: another list than ours, and one with our text we did not set (the
 * clerk's copy of ours, or ours that a row inserted inside our column took from the row above: Excel grows a
 * validation over an insertion inside it) — not called "different from ours".
 */
function keptListLines(grid: SheetContents, kept: Map<string, CellSet>, keptWords: { zh: string; en: string }) {
  const like = new Map<string, CellSet>();
  const other = new Map<string, CellSet>();
  for (const [sheet, set] of kept)
    for (const { row, col } of set.cells())
      sheetCells(listLikeOurs(grid.listOn(sheet, row, col)) ? like : other, sheet).add(row, col);
  const lines: { zh: string; en: string }[] = [];
  if (other.size) {
    const { text, count } = cellList(other);
    lines.push({
      zh: `${count} 个单元格上有您设的下拉列表（与本工具设的不同），${keptWords.zh}：${text}`,
      en: `${cellsDo(count, "carry")} a drop-down list of yours (not the add-in's); ${keptWords.en}: ${text}`,
    });
  }
  if (like.size) {
    const { text, count } = cellList(like);
    lines.push({
      zh: `${count} 个单元格上有与本工具相同的下拉列表，但不是本工具设的（您设的，或插入行时随上一行带来的），${keptWords.zh}：${text}`,
      en: `${cellsDo(count, "carry")} a drop-down list like the add-in's that it did not set (yours, or one an inserted row took from the row above); ${keptWords.en}: ${text}`,
    });
  }
  return lines;
}

/**
 * Emptying cells of ours. Of a header of ours, and of any cell on a sheet we made, only the look still as we wrote it
 * goes (our bold and fill: the clerk may have restyled it). Any other cell keeps its formats: we gave it none but a
 * number format, so a look on it is the user's (bold on our 状态, their 0.0% or fill on our 执行率). A number format
 * goes back to General only while it is one we give (a 0.00% the user set there themselves is taken for ours: the
 * snapshot cannot tell them apart) — on a sheet we made too, where our 0.00 and dates are on the cells we empty. Not on
 * our input cells, where the record names the 0.00% we gave (Ownership.theirInputFormat): any other is the clerk's.
 */
function clearOps(own: Ownership, sheet: string, cells: CellSet): PlanOp[] {
  const made = own.madeSheet(sheet);
  const headers = new CellSet();
  const plain = new CellSet();
  const formats: PlanOp[] = [];
  for (const { row, col } of cells.cells()) {
    const header = own.isHeader(sheet, row, col);
    if (made || header) headers.add(row, col);
    else plain.add(row, col);
    const format = own.grid.numberFormat(sheet, row, col) ?? "";
    if (!header && OUR_NUMBER_FORMATS.has(format) && !own.theirInputFormat(sheet, row, col))
      formats.push({ op: "setNumberFormat", cell: { sheet, row, col }, format: "General" });
  }
  return [
    ...headers.toRanges().map((range): PlanOp => ({ op: "clear", sheet, range, ourLook: HEADER_STYLE })),
    ...plain.toRanges().map((range): PlanOp => ({ op: "clear", sheet, range, keepLook: true })),
    ...formats,
  ];
}

/**
 * Our number format back to General on the cells we wrote empty and left so (Ownership.emptyOurs) that `skip` does
 * not decide: only our format goes (the only look we gave them), a fill or another format on them is the clerk's.
 */
function emptiedFormats(own: Ownership, skip: (sheet: string, row: number, col: number) => boolean): PlanOp[] {
  const ops: PlanOp[] = [];
  for (const sheet of own.recordedSheets()) {
    if (!own.grid.hasSheet(sheet)) continue;
    for (const { row, col } of own.emptyOurs(sheet))
      if (
        !skip(sheet, row, col) &&
        !own.grid.isTableEdge(sheet, row, col) &&
        OUR_NUMBER_FORMATS.has(own.grid.numberFormat(sheet, row, col) ?? "")
      )
        ops.push({ op: "setNumberFormat", cell: { sheet, row, col }, format: "General" });
  }
  return ops;
}

/**
 * The cells of `clear` in an Excel table's header or totals row, taken out of it: never cleared (SheetContents.
 * isTableEdge). Returns them, with the message that names them (empty when there are none).
 */
function keepTableEdges(grid: SheetContents, clear: Map<string, CellSet>): { zh: string; en: string } | null {
  const edges = new Map<string, CellSet>();
  for (const [sheet, set] of clear) {
    if (!grid.sheet(sheet)?.tables?.length) continue;
    const rest = new CellSet();
    const kept = new CellSet();
    for (const c of set.cells()) (grid.isTableEdge(sheet, c.row, c.col) ? kept : rest).add(c.row, c.col);
    if (kept.size === 0) continue;
    clear.set(sheet, rest);
    edges.set(sheet, kept);
  }
  if (edges.size === 0) return null;
  const { text, count } = cellList(edges);
  return {
    zh: `${count} 个单元格在您的表格（插入→表格）的标题行或汇总行中，是表格的列名或汇总，已保留未改：${text}`,
    en: `${cellsDo(count, "are")} in the header or totals row of an Excel table of yours (Insert → Table): its column names or totals were left as they are: ${text}`,
  };
}

/**
 * What the earlier run added and this run does not add again: cleared / removed (the user's content kept). Gives the
 * looks of the rules of ours it removes that this plan adds again (keptRuleLooks), where the host read them.
 */
function removeLeftovers(ctx: PlanContext): RuleLooks {
  const own = ctx.own;
  const looks: RuleLooks = {};
  if (own.records.length === 0) return looks;
  const seenRules = new Set<string>();
  // Our rules as this check leaves them, per sheet (flushHighlights recorded them): a rule of a recorded one's shape
  // testing none of their columns is one whose formula the clerk changed, theirs (ourRules.ts rulesToRemove).
  const planned = new Map<string, PlannedRule[]>();
  for (const c of ctx.marks.conditionalFormats)
    planned.set(c.sheet, [...(planned.get(c.sheet) ?? []), { formula: c.formula, ranges: parseA1Ranges(c.ranges) }]);
  const rulesFound = new Map<string, boolean>(); // per sheet: is any rule of ours the record names still there?
  for (const marks of own.records)
    for (const cf of marks.conditionalFormats) {
      const k = `${cf.sheet}\u0000${cf.ranges}\u0000${cf.formula}`;
      if (!ctx.contents.hasSheet(cf.sheet) || ctx.gate.closed.has(cf.sheet) || seenRules.has(k)) continue;
      seenRules.add(k);
      // Where the host read the sheet's rules: is this one there (where it is now, as the applier finds it)?
      const now = ctx.contents.sheet(cf.sheet)?.ruleFormulas;
      keepRuleLooks(looks, ctx.contents.sheet(cf.sheet), cf, planned.get(cf.sheet) ?? []);
      if (now)
        rulesFound.set(
          cf.sheet,
          rulesFound.get(cf.sheet) === true ||
            rulesToRemove(now, (f) => f, cf.formula, planned.get(cf.sheet) ?? []).length > 0,
        );
      ctx.push("removals", {
        op: "removeConditionalFormat",
        sheet: cf.sheet,
        ranges: parseA1Ranges(cf.ranges),
        formula: cf.formula,
        planned: planned.get(cf.sheet) ?? [],
        ...(own.records[0].provisional ? { unfinished: true as const } : {}),
      });
    }
  // None of ours left on a sheet: the clerk cleared them (or made them theirs). A check writes them again, as it writes a
  // computed column of ours they deleted, and says so. One of several gone is not said. A rule WPS refused (the clerk's
  // three over a cell: wps/apply.ts) is not in the record (recordWithoutRules), so it is never taken for one deleted.
  // Nor after a run that did not finish (its record still the provisional one): it may have removed ours and not yet
  // added them again (Excel refused a write batch), which is not the clerk's doing.
  const again = [...rulesFound].filter(([sheet, found]) => !found && planned.has(sheet)).map(([sheet]) => sheet);
  if (again.length > 0 && !own.records[0].provisional)
    ctx.say(
      `工作表「${again.join("」「")}」上本工具的高亮规则（条件格式）已被删除或改成了您的规则，本次检查按监控结果重新加上了（标出红、黄等预警的行）。`,
      `The add-in's highlight rules (conditional formats) on sheet${again.length > 1 ? "s" : ""} "${again.join('", "')}" had been deleted or made yours; this check added them again (they mark the rows with red, yellow and other warnings).`,
    );
  const claimed = (sheet: string, row: number, col: number) =>
    !!(
      ctx.written.get(sheet)?.has(row, col) ||
      ctx.inputs.get(sheet)?.has(row, col) ||
      ctx.generated.get(sheet)?.has(row, col)
    );
  const keep = new Map<string, CellSet>();
  const add = (map: Map<string, CellSet>, sheet: string, row: number, col: number) =>
    sheetCells(map, sheet).add(row, col);
  // Input columns not offered again, whose header is still where we wrote it: empty ones go, typed ones stay.
  let keptInput = false;
  const clear = new Map<string, CellSet>();
  for (const input of own.inputsInPlace()) {
    const { sheet, header } = input;
    if (!ctx.contents.hasSheet(sheet) || ctx.gate.closed.has(sheet) || claimed(sheet, header.row, header.col)) continue;
    const cells = input.cells.cells().filter((c) => !claimed(sheet, c.row, c.col));
    if (cells.some((c) => !ctx.contents.isEmpty(sheet, c.row, c.col))) {
      keptInput = true;
      add(keep, sheet, header.row, header.col);
      continue;
    }
    const ours = cells.filter((c) => !ctx.keepsTheirList(sheet, c.row, c.col));
    for (const c of ours) add(clear, sheet, c.row, c.col);
    for (const range of CellSet.of(
      ours.map((c) => ({ top: c.row, left: c.col, bottom: c.row, right: c.col })),
    ).toRanges())
      ctx.push("removals", { op: "removeValidation", sheet, range });
  }
  // A name of ours this run does not define again goes; the clerk's are never touched (definedNames.ts).
  for (const name of new Set(own.records.flatMap((m) => m.names)))
    if (ctx.names.ours(name) && !ctx.marks.names.includes(name)) ctx.push("removals", { op: "removeName", name });
  const changed = new Map<string, CellSet>();
  for (const sheet of own.recordedSheets()) {
    if (!ctx.contents.hasSheet(sheet) || ctx.gate.closed.has(sheet)) continue;
    for (const { row, col } of own.recordedCells(sheet)) {
      // Cells this run left alone as the user's (ctx.kept) are said once, by reportKept.
      if (claimed(sheet, row, col) || keep.get(sheet)?.has(row, col) || ctx.kept.get(sheet)?.has(row, col)) continue;
      if (own.stillOurs(sheet, row, col)) add(clear, sheet, row, col);
      else if (
        !ctx.contents.isEmpty(sheet, row, col) &&
        !own.blockRole(sheet, row, col) &&
        !own.leftBehind(sheet, row, col)
      )
        add(changed, sheet, row, col);
    }
  }
  // Our notes on cells cleared, or written again without a note (wherever rows or columns moved them). The others
  // stay ours where they are (on a cell the user typed over, say): kept in the record, so a later run or Clear
  // marks still knows them.
  for (const { sheet, row, col, hash } of ctx.notes.ours()) {
    if (ctx.hasNote(sheet, row, col)) continue; // written again this run
    if (clear.get(sheet)?.has(row, col) || ctx.written.get(sheet)?.has(row, col))
      ctx.push("removals", { op: "note", cell: { sheet, row, col }, text: "" });
    else ctx.keepNote(sheet, row, col, hash);
  }
  const edges = keepTableEdges(ctx.contents, clear);
  if (edges) ctx.say(edges.zh, edges.en);
  for (const [sheet, set] of clear) for (const op of clearOps(own, sheet, set)) ctx.push("removals", op);
  const decided = (sheet: string, row: number, col: number) =>
    claimed(sheet, row, col) || !!clear.get(sheet)?.has(row, col) || !!keep.get(sheet)?.has(row, col);
  for (const op of emptiedFormats(own, decided)) ctx.push("removals", op);
  if (keptInput)
    ctx.say(
      "上次添加的输入列中有您填写的内容，已保留在原处。",
      "Values you typed into input columns of an earlier run were kept where they are.",
    );
  if (changed.size) {
    const { text, count } = cellList(changed);
    ctx.say(
      `上次写入的 ${count} 个单元格内容已改变，不再视为本工具的内容，已保留未改：${text}`,
      isOneEn(count)
        ? `1 cell written by an earlier run now holds something else; it is no longer treated as ours and was left as it is: ${text}`
        : `${count} cells written by an earlier run now hold something else; they are no longer treated as ours and were left as they are: ${text}`,
    );
  }
  return looks;
}

/**
 * The marks (as serializeMarks wrote them) go to row 1 of the very hidden sheet (A1, B1, … in chunks);
 * leftover chunks are cleared. Returns the longer of the two texts (what the next write must clear up to).
 */
function writeMarks(push: PlanContext["push"], text: string, previousText: string | null): string {
  push("chartsAndMarks", MARKS_SHEET_OP);
  const chunks = chunkMarks(text);
  chunks.forEach((chunk, col) =>
    push("chartsAndMarks", { op: "setValue", cell: { sheet: MARKS_SHEET, row: 0, col }, value: chunk }),
  );
  const before = previousText ? chunkMarks(previousText).length : 0;
  if (before > chunks.length)
    push("chartsAndMarks", {
      op: "clear",
      sheet: MARKS_SHEET,
      range: { top: 0, left: chunks.length, bottom: 0, right: before - 1 },
    });
  return previousText && previousText.length > text.length ? previousText : text;
}

const MARKS_SHEET_OP: PlanOp = { op: "addSheet", sheet: MARKS_SHEET, visibility: "veryHidden" };

/**
 * What a run refused part-way left of a sheet it was adding, deleted before anything else: the record sheet it could
 * not hide (shown and empty: the record is added again very hidden), and the sheet it could not name (marks.ts
 * strayAddedSheet). Both hold nothing; left, the first would be taken for the clerk's, the second stay for ever.
 */
function strayDeletions(snapshot: WorkbookSnapshot): PlanOp[] {
  const ops: PlanOp[] = [];
  if (snapshot.halfAddedRecord) ops.push({ op: "deleteSheet", sheet: MARKS_SHEET });
  const stray = strayAddedSheet(snapshot);
  if (stray) ops.push({ op: "deleteSheet", sheet: stray });
  return ops;
}

/** The settings JSON goes to A2 of the marks sheet, where every host reads it (snapshot.settings). */
function writeSettings(push: PlanContext["push"], json: string): void {
  push("chartsAndMarks", MARKS_SHEET_OP);
  push("chartsAndMarks", { op: "setValue", cell: SETTINGS_CELL, value: json === "" ? null : json });
}

const SETTINGS_CELL = { sheet: MARKS_SHEET, row: 1, col: 0 };

/**
 * Store settings without checking (the pane's 保存设置): the same cell buildPlan writes, in the record the check
 * reads — `recordSheet` when the host found it renamed (WorkbookSnapshot.marksSheet).
 */
export function buildSettingsPlan(json: string, recordSheet?: string): Plan {
  const ops: PlanOp[] = [];
  writeSettings((_phase, op) => ops.push(op), json);
  return toRecordSheet({ ops, marks: emptyMarks(), messages: [] }, recordSheet);
}

/**
 * On a sheet we made: a look the clerk gave it, which a deletion of the sheet would lose — a merged area (we merge
 * nothing there), a number format we never give or on a cell not ours (`ours`: the cells the records name, where they
 * are now, and the table we wrote out), or a look the host read (SheetSnapshot.looks) other than ours: a border (we
 * draw none), a fill or bold on a cell not ours, a fill other than our header's. Our look on a cell of ours (our
 * header's, our title's bold) is ours: the clerk cannot be told from us there, as for number formats.
 */
function theirLook(own: Ownership, sheet: string, ours: CellSet): boolean {
  const s = own.grid.sheet(sheet);
  if (!s) return false;
  if (s.merges.length > 0) return true;
  // Ours: the cells we wrote, and the cells of our input columns (a % target's 实际完成值 cell we formatted 0.00%).
  const recorded = CellSet.of([
    ...own.recordedCells(sheet).map((c) => ({ top: c.row, left: c.col, bottom: c.row, right: c.col })),
    ...own.records.flatMap((m) => m.inputs.filter((i) => i.sheet === sheet).flatMap((i) => parseA1Ranges(i.cells))),
  ]);
  const mine = (row: number, col: number) => recorded.has(row, col) || ours.has(row, col);
  let theirs = false;
  forEachRow(s.numberFormats, (formats, r) =>
    forEachCell(formats, (format, c) => {
      if (theirs || !format) return;
      if (!OUR_NUMBER_FORMATS.has(format) || !mine(r + s.originRow, c + s.originCol)) theirs = true;
    }),
  );
  if (theirs) return true;
  return (s.looks ?? []).some(
    (look) =>
      look.border ||
      ((look.fill !== null || look.bold) && !mine(look.row, look.col)) ||
      (look.fill !== null && look.fill.toUpperCase() !== HEADER_STYLE.fill),
  );
}

/**
 * Our summary sheets, when a formula Clear marks leaves names one of our names: 监控时点 points into the summary
 * (summary.ts), so deleting or clearing it would turn the formula into #REF! (and removing the name, #NAME?). Such a
 * formula is one of ours on a protected or very hidden sheet (`closed`, left as they are), or one of the clerk's
 * anywhere (the help invites them: =DATE(2024,12,31)-监控时点): `theirs`, the cells holding one. Clear marks leaves the
 * summaries and the name as they are (SheetGate.held) and says so; the record keeps them, so the Clear after the
 * formulas are gone takes them too. A summary: a sheet we made that is no table we wrote out (summaryDate.ts).
 * Reads only the formulas the snapshot holds, each once.
 */
function summariesNamed(
  snapshot: WorkbookSnapshot,
  own: Ownership,
  closed: ReadonlySet<string>,
  ours: WorkbookNames,
): { held: Set<string>; theirs: Map<string, CellSet> } {
  const records = own.records;
  const names = [...new Set(records.flatMap((m) => m.names))].filter((name) => ours.ours(name));
  const theirs = new Map<string, CellSet>();
  let named = false;
  for (const s of snapshot.sheets)
    forEachRow(s.formulas, (cells, r) =>
      forEachCell(cells, (f, c) => {
        if (typeof f !== "string" || !names.some((n) => namesName(f, n))) return;
        const [row, col] = [r + s.originRow, c + s.originCol];
        if (closed.has(s.name)) named = true;
        else if (!own.isOurs(s.name, row, col)) sheetCells(theirs, s.name).add(row, col);
      }),
    );
  if (!named && theirs.size === 0) return { held: new Set(), theirs };
  const held = new Set(
    records
      .flatMap((m) => m.sheets)
      .filter(
        (sheet) =>
          sheet !== MARKS_SHEET &&
          sheet !== snapshot.marksSheet &&
          !closed.has(sheet) &&
          records.every((m) => m.generated?.[sheet] === undefined),
      ),
  );
  return { held, theirs };
}

/** The formula names `name` (监控时点, not 监控时点_2 or 监控时点s): no letter, digit, _ or . right after it. */
function namesName(formula: string, name: string): boolean {
  for (let at = formula.indexOf(name); at >= 0; at = formula.indexOf(name, at + 1))
    if (!/[\p{L}\p{N}_.]/u.test(formula[at + name.length] ?? "")) return true;
  return false;
}

/**
 * A clear plan's messages once the host found charts it kept for doubtful series to hold only ours, and removed them
 * (PlanOp removeChartIfEmptied): each one's `unsaid` line gives way to its `said` (or goes), in both languages.
 */
export function settledClear(plan: Plan, settled: readonly Extract<PlanOp, { op: "removeChartIfEmptied" }>[]): Plan {
  if (settled.length === 0) return plan;
  const swap = (lines: string[], langs: readonly Lang[]) =>
    lines.flatMap((line) => {
      for (const lang of langs) {
        const op = settled.find((o) => o.unsaid[lang] === line);
        if (op) return op.said ? [op.said[lang]] : [];
      }
      return [line];
    });
  const said = plan.said && { zh: swap(plan.said.zh, ["zh"]), en: swap(plan.said.en, ["en"]) };
  return { ...plan, messages: swap(plan.messages, ["zh", "en"]), ...(said ? { said } : {}) };
}

/**
 * Clear marks: remove what the add-in added and still finds as it wrote it. Blocks are found again the way
 * a check finds them (the reader locates the tables, wherever rows and columns moved them); every other
 * recorded cell goes only while it holds what we wrote. A sheet we made goes only when nothing of the
 * user's is on it. What is kept is listed.
 */
export function buildClearPlan(
  snapshot: WorkbookSnapshot,
  /** The messages' language: the one chosen in the workbook's settings (the pane's 中文 / English). */
  lang: Lang = parseStoredSettings(snapshot.settings).lang,
  /** The workbook's tables when the caller read them already (clearReadingLists); read here otherwise. */
  tables?: readonly GoalTable[],
): Plan {
  // Said in both languages: the pane says a ribbon clear's lines again in the language it is switched to.
  const said = { zh: [] as string[], en: [] as string[] };
  const messages = said[lang];
  const say = (zh: string, en: string) => (said.zh.push(zh), said.en.push(en));
  const marks = recordOf(snapshot);
  if (!marks) {
    say("工作簿中没有本工具添加的标记，无需清除。", "The workbook holds nothing the add-in added: nothing to clear.");
    return toRecordSheet({ ops: strayDeletions(snapshot), marks: emptyMarks(), messages, said }, snapshot.marksSheet);
  }
  const grid = new SheetContents(snapshot);
  const own = new Ownership(grid, marks);
  locateBlocks(own, tables ?? readWorkbook(snapshot).tables);
  // Protected and very hidden sheets are left as they are, our cells there too (SheetGate): asked before anything on
  // a sheet is decided, so what is said of the others stays true.
  const names = new WorkbookNames(snapshot, own.records);
  const named = summariesNamed(snapshot, own, new SheetGate(snapshot).closed, names);
  const gate = new SheetGate(snapshot, named.held);
  const notes = new NoteOwners(snapshot, own.records, own.movedSheets());
  const ops: PlanOp[] = [];
  const clear = new Map<string, CellSet>();
  const kept = new Map<string, CellSet>();
  const add = (map: Map<string, CellSet>, sheet: string, row: number, col: number) =>
    sheetCells(map, sheet).add(row, col);
  const keptInputs: string[] = [];
  const done = new Map<string, CellSet>(); // cells decided (cleared or kept)
  // The clerk's drop-down lists kept: on an empty input cell (neither emptied nor its list removed), and on a cell we
  // empty (its list stays: see below).
  const keptLists = new Map<string, CellSet>();
  const keepList = (sheet: string, row: number, col: number) =>
    own.hasTheirList(sheet, row, col) && (add(keptLists, sheet, row, col), true);

  // Blocks found again: headers are ours (found by their text), but one the clerk renamed is theirs; computed cells
  // go while they hold ours.
  for (const block of own.allLocated()) {
    const { sheet } = block;
    if (!gate.admits(sheet)) continue;
    for (const c of block.cols) {
      add(done, sheet, block.headerRow, c.col);
      // A header the clerk typed over (our English words over ours in Chinese) is theirs, as the check says (breaker65).
      const typedOver = !grid.isEmpty(sheet, block.headerRow, c.col) && !own.isOurs(sheet, block.headerRow, c.col);
      const header = c.renamed || typedOver ? kept : clear;
      for (const row of block.rows) add(done, sheet, row, c.col);
      if (c.role === "input") {
        if (block.rows.some((row) => !grid.isEmpty(sheet, row, c.col))) {
          keptInputs.push(
            `${quoteSheetName(sheet)}!${rangeToA1({ top: block.headerRow, left: c.col, bottom: block.headerRow, right: c.col })}`,
          );
          continue;
        }
        add(header, sheet, block.headerRow, c.col);
        const rows = block.rows.filter((row) => !keepList(sheet, row, c.col));
        for (const row of rows) add(clear, sheet, row, c.col);
        for (const range of columnRuns(rows, c.col)) ops.push({ op: "removeValidation", sheet, range });
        continue;
      }
      add(header, sheet, block.headerRow, c.col);
      for (const row of block.rows)
        if (grid.isEmpty(sheet, row, c.col) || own.isOurs(sheet, row, c.col)) {
          add(clear, sheet, row, c.col);
        } else add(kept, sheet, row, c.col);
    }
  }
  // Input columns of blocks not found again, with their header where we wrote it.
  for (const input of own.inputsInPlace()) {
    const { sheet, header } = input;
    if (!gate.admits(sheet) || done.get(sheet)?.has(header.row, header.col)) continue;
    add(done, sheet, header.row, header.col);
    const cells = input.cells.cells();
    for (const c of cells) add(done, sheet, c.row, c.col);
    if (cells.some((c) => !grid.isEmpty(sheet, c.row, c.col))) {
      keptInputs.push(
        `${quoteSheetName(sheet)}!${rangeToA1({ top: header.row, left: header.col, bottom: header.row, right: header.col })}`,
      );
      continue;
    }
    add(clear, sheet, header.row, header.col);
    const ours = cells.filter((c) => !keepList(sheet, c.row, c.col));
    for (const c of ours) add(clear, sheet, c.row, c.col);
    for (const range of CellSet.of(
      ours.map((c) => ({ top: c.row, left: c.col, bottom: c.row, right: c.col })),
    ).toRanges())
      ops.push({ op: "removeValidation", sheet, range });
  }
  // Every other recorded cell: cleared while it holds what we wrote, else kept.
  for (const sheet of own.recordedSheets()) {
    if (!grid.hasSheet(sheet) || !gate.admits(sheet)) continue;
    for (const { row, col } of own.recordedCells(sheet)) {
      if (done.get(sheet)?.has(row, col)) continue;
      if (own.stillOurs(sheet, row, col)) add(clear, sheet, row, col);
      else if (!grid.isEmpty(sheet, row, col) && !own.blockRole(sheet, row, col) && !own.leftBehind(sheet, row, col))
        add(kept, sheet, row, col);
    }
  }
  const edges = keepTableEdges(grid, clear);
  if (edges) say(edges.zh, edges.en);
  const emptied = emptiedFormats(
    own,
    (sheet, row, col) =>
      gate.closed.has(sheet) || !!done.get(sheet)?.has(row, col) || !!clear.get(sheet)?.has(row, col),
  );
  // Every note of ours goes, also one on a cell the user typed over (their cell stays).
  ops.push(...notes.removals().filter((op) => gate.admits(sheetOf(op))));

  // Sheets we made: deleted when nothing else is on them, else kept with our cells cleared. A cell of a table we wrote
  // out (Marks.generated) is ours while it holds what we wrote (a record without its prints: every one): a target the
  // clerk corrected there is theirs, and keeps the sheet.
  const generated = (sheet: string) =>
    CellSet.of(
      own.records.flatMap((m) =>
        printedCells(m, sheet, "generated")
          .filter(
            (c) =>
              c.print === undefined ||
              c.print === cellPrint(grid.value(sheet, c.row, c.col), grid.formula(sheet, c.row, c.col)),
          )
          .map(({ row, col }) => ({ top: row, left: col, bottom: row, right: col })),
      ),
    );
  const deleted = new Set<string>();
  const keptSheets: string[] = [];
  const drawnSheets: string[] = []; // holding a picture, shape or chart of the clerk's (a text box of their review)
  const styledSheets: string[] = []; // holding nothing of the clerk's but their formatting
  // Our chart with a series of the clerk's on it (review60: deleted with it before): kept, and so its sheet.
  const theirSeries = (sheet: string) =>
    holdsTheirSeries(
      grid,
      snapshot.sheets,
      sheet,
      grid.sheet(sheet)?.chartSeries ?? [],
      clear.get(sheet)?.cells() ?? [],
    );
  const seriesSheets: string[] = [];
  // Sheets whose chart is kept only for series that may be ours (holdsTheirSeries doubtful): what becomes of the sheet
  // if they are, for Excel to carry out once our columns are emptied.
  const doubtful: { sheet: string; series: number[]; fate: "kept" | "drawn" | "styled" | "deleted" }[] = [];
  for (const sheet of new Set(own.records.flatMap((m) => m.sheets))) {
    if (!grid.hasSheet(sheet) || sheet === MARKS_SHEET || !gate.admits(sheet)) continue;
    const ours = generated(sheet);
    const userCells = grid
      .filledCells(sheet)
      .filter(({ row, col }) => !clear.get(sheet)?.has(row, col) && !ours.has(row, col));
    const ourCharts = new Set(own.records.flatMap((m) => m.charts.filter((c) => c.sheet === sheet).map((c) => c.name)));
    const onChart = theirSeries(sheet);
    const fate =
      !own.ownsSheet(sheet) || userCells.length > 0 || notes.hasUsersNote(sheet)
        ? "kept"
        : (grid.sheet(sheet)?.shapes ?? []).some((name) => !ourCharts.has(name))
          ? "drawn"
          : theirLook(own, sheet, ours)
            ? "styled"
            : "deleted";
    if (onChart.theirs && ourCharts.has(CHART_NAME)) {
      seriesSheets.push(sheet);
      if (onChart.doubtful.length > 0) doubtful.push({ sheet, series: onChart.doubtful, fate });
    }
    if (fate === "kept") keptSheets.push(sheet);
    else if (seriesSheets.at(-1) === sheet) continue;
    else if (fate === "drawn") drawnSheets.push(sheet);
    else if (fate === "styled") styledSheets.push(sheet);
    else deleted.add(sheet);
  }
  const keptSaid = (sheet: string): Said => ({
    zh: `工作表「${sheet}」中有您填写的内容，已保留（只清除了本工具写入的单元格）。`,
    en: `Sheet "${sheet}" holds content of yours and was kept (only the cells the add-in wrote were cleared).`,
  });
  const drawnSaid = (sheet: string): Said => ({
    zh: `工作表「${sheet}」中有您插入的图片、形状或文本框，已保留（只清除了本工具写入的单元格和图表）。`,
    en: `Sheet "${sheet}" holds a picture, shape or text box of yours and was kept (only the cells and the chart the add-in wrote were cleared).`,
  });
  const seriesSaid = (sheet: string): Said => ({
    zh: `工作表「${sheet}」的图表中有您添加的数据系列，图表和工作表已保留（只清除了本工具写入的单元格，图表中本工具的系列随之变空）。`,
    en: `The chart on sheet "${sheet}" holds a series of yours; the chart and the sheet were kept (only the cells the add-in wrote were cleared, so its series of the add-in's draw nothing).`,
  });
  const styledSaid = (sheet: string): Said => ({
    zh: `工作表「${sheet}」中有您设置的格式（合并单元格、数字格式、填充、边框等），已保留（只清除了本工具写入的单元格）。`,
    en: `Sheet "${sheet}" holds formatting of yours (merged cells, number formats, fills, borders…) and was kept (only the cells the add-in wrote were cleared).`,
  });
  const sayIt = ({ zh, en }: Said) => say(zh, en);
  keptSheets.map(keptSaid).forEach(sayIt);
  drawnSheets.map(drawnSaid).forEach(sayIt);
  seriesSheets.map(seriesSaid).forEach(sayIt);
  styledSheets.map(styledSaid).forEach(sayIt);

  const seenRules = new Set<string>();
  for (const m of own.records)
    for (const cf of m.conditionalFormats) {
      const k = `${cf.sheet}\u0000${cf.ranges}\u0000${cf.formula}`;
      if (!grid.hasSheet(cf.sheet) || deleted.has(cf.sheet) || seenRules.has(k) || !gate.admits(cf.sheet)) continue;
      seenRules.add(k);
      ops.unshift({
        op: "removeConditionalFormat",
        sheet: cf.sheet,
        ranges: parseA1Ranges(cf.ranges),
        formula: cf.formula,
      });
    }
  for (const m of own.records)
    for (const chart of m.charts)
      if (
        chart.name === CHART_NAME &&
        grid.hasSheet(chart.sheet) &&
        !deleted.has(chart.sheet) &&
        !theirSeries(chart.sheet).theirs &&
        gate.admits(chart.sheet)
      )
        ops.push({ op: "removeChart", sheet: chart.sheet, name: chart.name });
  const closed = [...gate.refused.protected, ...gate.refused.veryHidden, ...gate.refused.held];
  // Our names stay while cells of ours are left on a closed sheet: our formulas there name them. The clerk's own
  // 监控时点 (or one they defined after deleting ours) is theirs, whatever the record lists (definedNames.ts).
  if (closed.length === 0)
    for (const name of new Set(own.records.flatMap((m) => m.names)))
      if (names.ours(name)) ops.push({ op: "removeName", name });
  // A list on a cell we empty stays (a "clear" leaves lists alone): ours go by removeValidation (our input cells), any
  // other is the clerk's — on our header or 状态 as on their own column — and said with those kept on our input cells.
  const taken = new Map<string, CellSet>();
  for (const op of ops) if (op.op === "removeValidation") sheetCells(taken, op.sheet).addRange(op.range);
  for (const [sheet, set] of clear)
    if (!deleted.has(sheet))
      for (const { row, col } of set.cells())
        if (grid.listOn(sheet, row, col) && !taken.get(sheet)?.has(row, col)) add(keptLists, sheet, row, col);
  const live = ops.filter(
    (op) => !("sheet" in op && deleted.has(op.sheet)) && !("cell" in op && deleted.has(op.cell.sheet)),
  );
  for (const [sheet, set] of clear) if (!deleted.has(sheet)) live.push(...clearOps(own, sheet, set));
  live.push(...emptied.filter((op) => "cell" in op && !deleted.has(op.cell.sheet)));
  for (const sheet of deleted) live.push({ op: "deleteSheet", sheet });
  for (const { sheet, series, fate } of doubtful)
    live.push({
      op: "removeChartIfEmptied",
      sheet,
      name: CHART_NAME,
      series,
      deleteSheet: fate === "deleted",
      unsaid: seriesSaid(sheet),
      said: fate === "drawn" ? drawnSaid(sheet) : fate === "styled" ? styledSaid(sheet) : null,
    });
  if (closed.length) {
    // The record keeps what it says of the sheets left alone, so a later check or Clear marks still knows our cells.
    const kept = emptyMarks();
    carrySheets(kept, marks.earlier ? mergeMarks(withoutEarlier(marks), marks.earlier) : marks, gate.closed);
    kept.names = [...new Set(own.records.flatMap((m) => m.names))];
    writeMarks((_phase, op) => live.push(op), serializeMarks(kept), snapshot.marks ?? null);
    for (const sheet of gate.refused.protected)
      say(
        `工作表「${sheet}」受保护，其中本工具的标记未清除：如需清除，请在“审阅 → 撤销工作表保护”中取消保护后再清除标记。`,
        `Sheet "${sheet}" is protected; the add-in's marks on it were not cleared: to clear them, unprotect it (Review → Unprotect Sheet) and clear marks again.`,
      );
    for (const sheet of gate.refused.veryHidden)
      say(
        `工作表「${sheet}」深度隐藏（只有代码能显示它），其中本工具的标记未清除。`,
        `Sheet "${sheet}" is very hidden (only code can show it); the add-in's marks on it were not cleared.`,
      );
    const { text: users } = cellList(named.theirs, 3);
    for (const sheet of gate.refused.held)
      if (named.theirs.size)
        say(
          `名称“${AS_OF_NAME}”及其指向的汇总表「${sheet}」未清除：您的公式用到“${AS_OF_NAME}”（${users}），删除会使其显示 #NAME?；如不再需要，改写这些公式后再清除标记，它们会一并清除。`,
          `The name "${AS_OF_NAME}" and the summary sheet "${sheet}" it points into were not cleared: formulas of yours use "${AS_OF_NAME}" (${users}), which deleting them would turn into #NAME?; once you no longer need them, change those formulas and clear marks again, and they go too.`,
        );
      else
        say(
          `汇总表「${sheet}」未清除：上述工作表中留下的本工具公式用到其中的“${AS_OF_NAME}”，删除它会使那些公式出错；待那些表能清除时再清除标记，它会一并清除。`,
          `The summary sheet "${sheet}" was not cleared: the add-in's formulas left on the sheets above use its "${AS_OF_NAME}" date, which deleting it would break; clear marks again once those sheets can be cleared, and it goes with them.`,
        );
  } else if (snapshot.settings) {
    const chunks = chunkMarks(snapshot.marks ?? "").length;
    live.push({
      op: "clear",
      sheet: MARKS_SHEET,
      range: { top: 0, left: 0, bottom: 0, right: Math.max(0, chunks - 1) },
    });
  } else live.push({ op: "deleteSheet", sheet: MARKS_SHEET, veryHidden: true });
  for (const said of keptListLines(grid, keptLists, { zh: "已保留", en: "it was kept" })) say(said.zh, said.en);
  if (keptInputs.length)
    say(
      `以下输入列中有您填写的内容，已保留：${keptInputs.join("、")}`,
      `These input columns hold values you typed and were kept: ${keptInputs.join(", ")}`,
    );
  if (kept.size) {
    const { text, count } = cellList(kept);
    say(
      `${count} 个单元格中的内容不是本工具写入的（或已被修改），未清除：${text}`,
      `${cellsDo(count, "hold")} something the add-in did not write (or that was changed since); ${count === 1 ? "it was" : "they were"} not cleared: ${text}`,
    );
  }
  live.unshift(...strayDeletions(snapshot));
  return toRecordSheet({ ops: live, marks: emptyMarks(), messages, said }, snapshot.marksSheet);
}
