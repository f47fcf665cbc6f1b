/**
 * buildPlan: findings → plain operations (monitoring columns, highlights, summary sheet, marks).
 * buildClearPlan: the operations that remove exactly what the marks say the add-in added.
 *
 * Safety rules (see also context.ts):
 * - a cell the user wrote is never written: blocks go only into empty cells or cells the add-in
 *   wrote before; input cells (实际完成值, 执行数 …) are never written after the header;
 * - nothing of the user's is deleted; a second run writes the same cells again (in place) and
 *   clears only its own cells that are no longer needed;
 * - Clear marks keeps an input column the user typed into (header and values, and its drop-down)
 *   and says so; everything else the add-in added goes.
 */
import { MARKS_SHEET, type CheckResult, type WorkbookSnapshot } from "../types";
import { planIndicatorBlock, planScheduleBlock } from "./blocks";
import { PlanContext } from "./context";
import { lightTest } from "./formulas";
import { SheetContents } from "./sheetContents";
import { parseA1Range, parseA1Ranges, rangesToA1 } from "../a1";
import { CellSet, MARKS_CHUNK, chunkMarks, emptyMarks, parseMarks, serializeMarks } from "./marks";
import { planSummary, summarySheetName, type TablePlacement } from "./summary";
import type { Marks, Plan, PlanOp, PlanOptions } from "./types";
import { planUnitSheet, recordGenerated, UNIT_SHEET, userTypedInto } from "./unitSheet";

export type { Plan, PlanOp, PlanOptions, Marks } from "./types";

export function buildPlan(snapshot: WorkbookSnapshot, check: CheckResult, options: PlanOptions): Plan {
  const ctx = new PlanContext(snapshot, options);
  const summary = summarySheetName(ctx);
  // The unit sheet is ours but holds a table of its own (monitored like any other).
  const ourSheets = new Set([...(ctx.previous?.sheets ?? []), summary].filter((s) => s !== UNIT_SHEET));
  const unit = planUnitSheet(ctx, check);
  const placements: TablePlacement[] = [];
  for (const checked of check.tables) {
    const { sheet } = checked.table;
    if (unit.handled.has(checked.table) || ourSheets.has(sheet) || !ctx.contents.hasSheet(sheet)) continue;
    const indicators = planIndicatorBlock(ctx, checked);
    const schedule = planScheduleBlock(ctx, checked, check.asOf);
    placements.push({ checked, indicators, schedule });
  }
  if (unit.written) planIndicatorBlock(ctx, unit.written);
  planSummary(ctx, summary, check, placements);
  ctx.flushHighlights(lightTest);
  removeLeftovers(ctx);
  for (const [sheet, set] of ctx.written) ctx.marks.cells[sheet] = rangesToA1(set.toRanges());
  for (const [sheet, set] of ctx.noted) (ctx.marks.notes ??= {})[sheet] = rangesToA1(set.toRanges());
  recordGenerated(ctx, (set) => rangesToA1(set.toRanges()));
  writeMarks(ctx.push.bind(ctx), ctx.marks, snapshot.marks ?? null);
  if (options.settings !== undefined) writeSettings(ctx.push.bind(ctx), options.settings);
  return { ops: ctx.ops(), marks: ctx.marks, messages: ctx.messages };
}

/** What the earlier run added and this run does not add again: cleared / removed (user data kept). */
function removeLeftovers(ctx: PlanContext): void {
  const prev = ctx.previous;
  if (!prev) return;
  for (const cf of prev.conditionalFormats)
    if (ctx.contents.hasSheet(cf.sheet))
      ctx.push("removals", {
        op: "removeConditionalFormat",
        sheet: cf.sheet,
        ranges: parseA1Ranges(cf.ranges),
        formula: cf.formula,
      });
  const again = new Set(ctx.marks.validations.map((v) => `${v.sheet}!${v.ranges}`));
  for (const v of prev.validations) {
    if (again.has(`${v.sheet}!${v.ranges}`) || !ctx.contents.hasSheet(v.sheet)) continue;
    const ranges = parseA1Ranges(v.ranges);
    if (ranges.some((r) => ctx.contents.anyFilled(v.sheet, r))) continue; // the user's entries keep their drop-down
    for (const range of ranges) ctx.push("removals", { op: "removeValidation", sheet: v.sheet, range });
  }
  for (const name of prev.names) if (!ctx.marks.names.includes(name)) ctx.push("removals", { op: "removeName", name });
  // Notes the earlier run put on cells that get none now.
  for (const [sheet, set] of ctx.marked.notes)
    if (ctx.contents.hasSheet(sheet))
      for (const { row, col } of set.cells())
        if (!ctx.noted.get(sheet)?.has(row, col))
          ctx.push("removals", { op: "note", cell: { sheet, row, col }, text: "" });
  let keptInput = false;
  for (const [sheet, set] of ctx.marked.ours) {
    if (!ctx.contents.hasSheet(sheet)) continue;
    const stale = new CellSet();
    for (const { row, col } of set.cells()) {
      const now = ctx.written.get(sheet)?.has(row, col) || ctx.inputs.get(sheet)?.has(row, col);
      if (!now) stale.add(row, col);
    }
    for (const range of stale.toRanges()) ctx.push("removals", { op: "clear", sheet, range });
  }
  for (const [sheet, set] of ctx.marked.inputs) {
    if (!ctx.contents.hasSheet(sheet)) continue;
    const stale = new CellSet();
    for (const { row, col } of set.cells()) {
      if (ctx.inputs.get(sheet)?.has(row, col) || ctx.written.get(sheet)?.has(row, col)) continue;
      if (ctx.contents.isEmpty(sheet, row, col)) stale.add(row, col);
      else keptInput = true;
    }
    for (const range of stale.toRanges()) ctx.push("removals", { op: "clear", sheet, range });
  }
  if (keptInput)
    ctx.say(
      "上次添加的输入列中有您填写的内容，已保留在原处。",
      "Values you typed into input columns of an earlier run were kept where they are.",
    );
}

/** The marks go to row 1 of the very hidden sheet (A1, B1, … in chunks); leftover chunks are cleared. */
function writeMarks(push: PlanContext["push"], marks: Marks, previousText: string | null): void {
  push("chartsAndMarks", { op: "addSheet", sheet: MARKS_SHEET, visibility: "veryHidden" });
  const chunks = chunkMarks(serializeMarks(marks));
  chunks.forEach((chunk, col) =>
    push("chartsAndMarks", { op: "setValue", cell: { sheet: MARKS_SHEET, row: 0, col }, value: chunk }),
  );
  const before = previousText ? Math.ceil(previousText.length / MARKS_CHUNK) : 0;
  if (before > chunks.length)
    push("chartsAndMarks", {
      op: "clear",
      sheet: MARKS_SHEET,
      range: { top: 0, left: chunks.length, bottom: 0, right: before - 1 },
    });
}

/** The settings JSON goes to A2 of the marks sheet, where every host reads it (snapshot.settings). */
function writeSettings(push: PlanContext["push"], json: string): void {
  push("chartsAndMarks", { op: "addSheet", sheet: MARKS_SHEET, visibility: "veryHidden" });
  push("chartsAndMarks", { op: "setValue", cell: SETTINGS_CELL, value: json === "" ? null : json });
}

export const SETTINGS_CELL = { sheet: MARKS_SHEET, row: 1, col: 0 };

/** Store settings without checking (the pane's 保存设置): the same cell buildPlan writes. */
export function buildSettingsPlan(json: string): Plan {
  const ops: PlanOp[] = [];
  writeSettings((_phase, op) => ops.push(op), json);
  return { ops, marks: emptyMarks(), messages: [] };
}

export function buildClearPlan(snapshot: WorkbookSnapshot): Plan {
  const marks = parseMarks(snapshot.marks);
  if (!marks) return { ops: [], marks: emptyMarks(), messages: ["工作簿中没有本工具添加的标记，无需清除。"] };
  const contents = new SheetContents(snapshot);
  const ops: PlanOp[] = [];
  const messages: string[] = [];
  // A written-out unit table the user typed into is theirs now: it stays (our monitoring cells on it go).
  const keptSheets = Object.entries(marks.generated ?? {})
    .map(([sheet, generated]) => ({ sheet, generated, snap: snapshot.sheets.find((s) => s.name === sheet) }))
    .filter(({ sheet, generated, snap }) => snap && userTypedInto(snap, [generated, marks.cells[sheet] ?? ""]))
    .map(({ sheet }) => sheet);
  for (const sheet of keptSheets)
    messages.push(`工作表「${sheet}」中有您填写的内容，已保留（只清除了其中的状态、预警等标记）。`);
  const deleted = new Set(marks.sheets.filter((s) => !keptSheets.includes(s)));
  const exists = (sheet: string) => contents.hasSheet(sheet) && !deleted.has(sheet);

  for (const cf of marks.conditionalFormats)
    if (exists(cf.sheet))
      ops.push({
        op: "removeConditionalFormat",
        sheet: cf.sheet,
        ranges: parseA1Ranges(cf.ranges),
        formula: cf.formula,
      });
  for (const name of marks.names) ops.push({ op: "removeName", name });

  // Input columns the user typed into stay (header, values, drop-down); empty ones go.
  const keep = new Map<string, CellSet>();
  const kept: string[] = [];
  for (const input of marks.inputs) {
    if (!exists(input.sheet)) continue;
    const cells = parseA1Ranges(input.cells);
    const header = parseA1Range(input.header);
    if (cells.some((r) => contents.anyFilled(input.sheet, r))) {
      const set = keep.get(input.sheet) ?? new CellSet();
      for (const r of [...cells, ...(header ? [header] : [])]) set.addRange(r);
      keep.set(input.sheet, set);
      kept.push(`${input.sheet}!${input.header}`);
    } else for (const range of cells) ops.push({ op: "clear", sheet: input.sheet, range });
  }
  for (const v of marks.validations) {
    if (!exists(v.sheet)) continue;
    for (const range of parseA1Ranges(v.ranges))
      if (!isKept(keep.get(v.sheet), range)) ops.push({ op: "removeValidation", sheet: v.sheet, range });
  }
  for (const [sheet, text] of Object.entries(marks.notes ?? {}))
    if (exists(sheet))
      for (const { row, col } of CellSet.of(parseA1Ranges(text)).cells())
        ops.push({ op: "note", cell: { sheet, row, col }, text: "" });
  for (const [sheet, text] of Object.entries(marks.cells)) {
    if (!exists(sheet)) continue;
    const set = new CellSet();
    for (const r of parseA1Ranges(text)) set.addRange(r);
    const clear = new CellSet();
    for (const { row, col } of set.cells()) if (!keep.get(sheet)?.has(row, col)) clear.add(row, col);
    for (const range of clear.toRanges()) ops.push({ op: "clear", sheet, range });
  }
  for (const sheet of deleted) if (contents.hasSheet(sheet)) ops.push({ op: "deleteSheet", sheet });
  if (snapshot.settings) {
    const chunks = Math.ceil((snapshot.marks ?? "").length / MARKS_CHUNK);
    ops.push({
      op: "clear",
      sheet: MARKS_SHEET,
      range: { top: 0, left: 0, bottom: 0, right: Math.max(0, chunks - 1) },
    });
  } else ops.push({ op: "deleteSheet", sheet: MARKS_SHEET });
  if (kept.length) messages.push(`以下输入列中有您填写的内容，已保留：${kept.join("、")}`);
  return { ops, marks: emptyMarks(), messages };
}

function isKept(
  set: CellSet | undefined,
  range: { top: number; left: number; bottom: number; right: number },
): boolean {
  return !!set && set.has(range.top, range.left);
}
