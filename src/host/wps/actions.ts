/**
 * The ribbon / pane actions inside WPS 表格: read → check → plan → apply, synchronously on the object
 * model under window.Application (no request batching to think of). Values mode always: the PERF.* functions this
 * add-in registers (functions.ts) exist only where it is installed on a new enough WPS, and a workbook handed on to
 * anyone else would show #NAME? (README, 与 Excel 版的异同 → 值模式).
 */
import { sheetsTouched, structureNeeds } from "../../core/plan/sheetsTouched";
import { clearReadingLists, runPipelineReadingLists, settingsFor } from "../../core/pipeline";
import type { ListCell } from "../../core/plan/listCells";
import { say, type HostAction, type Lang } from "../../core/locale/messages";
import { diagnostic } from "../../core/read/diagnostic";
import { buildSettingsPlan, recordWithoutRules } from "../../core/plan/buildPlan";
import { parseStoredSettings } from "../../core/settings";
import { sheetsWeMade, sheetsWithOurRules, summariesWeMade } from "../../core/plan/marks";
import type { Plan } from "../../core/plan/types";
import type { CellRef, CheckResult, JudgeSettings, Jump } from "../../core/types";
import {
  jumpCell,
  relocate,
  relocationWindow,
  onSheet,
  type Jumped,
  type SheetAtCheck,
  type Relocation,
  type Anchor,
} from "../../core/relocate";
import { parseA1Range, rangeToA1 as localAddress } from "../../core/a1";
import {
  explainWps,
  noTableError,
  noWorkbookError,
  protectedError,
  refusedError,
  sheetGoneError,
  stoppedWriting,
  structureError,
  workbookClosedError,
  type PerfTargetsError,
} from "./errors";
import { isShown, type WpsApplication, type WpsWorkbook, type WpsWorksheet } from "./model";
import { applyPlan, type WpsWriteStats } from "./apply";
import {
  codeNames,
  readListsOn,
  readLooks,
  readRowMarks,
  readRuleFormulas,
  readRecord,
  readValues,
  readWorkbook,
  uniqueCodes,
  type WpsReading,
} from "./read";

interface WpsRunReport {
  check: CheckResult | null;
  plan: Plan;
  write: WpsWriteStats;
  /** The run's language (the workbook's settings, or the run's own): what the ribbon says in. */
  lang: Lang;
}

/**
 * Read, judge, plan and write the active WPS workbook; refuses protected sheets and structure before writing anything.
 * `writing`: called before each write (applyPlan), for a ribbon run to say it is still writing.
 */
export function runCheck(
  app: WpsApplication,
  overrides: Partial<JudgeSettings>,
  todayIso: string,
  writing?: () => void,
): WpsRunReport {
  try {
    const reading = readWorkbook(app, false);
    // Rows of our summary the clerk hid, filtered or coloured: its projects then stay on their rows (summary.ts).
    readRowMarks(app, reading.snapshot, summariesWeMade(reading.snapshot));
    // Our rules where the record names them: one the clerk deleted is written again and said (buildPlan.ts).
    readRuleFormulas(app, reading.snapshot, sheetsWithOurRules(reading.snapshot));
    const settings = settingsFor(reading.snapshot, overrides, todayIso);
    // The drop-down lists on our list columns, where the check finds them, and on the cells the plan sets ours on that
    // were not read (a first check): a list of the clerk's there stays (runPipelineReadingLists).
    const run = withListsRead(app, runPipelineReadingLists(reading.snapshot, settings, { formulas: false }));
    if (run.outcome === "no-tables") throw noTableError();
    const { check, plan } = run;
    refuseProtected(reading, plan);
    refuseStructure(reading, plan, "check");
    const write = sayingRefusals(app, plan, reading, "check", () => applyPlan(app, plan, reading, writing));
    // The record names no rule WPS refused: the next check does not take it for one the clerk deleted (buildPlan.ts).
    const record = recordWithoutRules(plan, write.refusedRules ?? [], reading.snapshot.marksSheet);
    if (record) sayingRefusals(app, record, reading, "check", () => applyPlan(app, record, reading, writing));
    // One line per sheet and reason: a range's three lights are refused together.
    const refused = new Map<string, { sheet: string; detail: string; rules: number }>();
    for (const { sheet, detail } of write.refusedRules ?? []) {
      const key = `${sheet}\u0000${detail}`;
      refused.set(key, { sheet, detail, rules: (refused.get(key)?.rules ?? 0) + 1 });
    }
    for (const r of refused.values()) check.diagnostics.push(diagnostic(null, "warning", say("host.rule-refused", r)));
    for (const text of plan.messages) check.diagnostics.push(diagnostic(null, "info", say("plan.note", { text })));
    return { check, plan, write, lang: settings.lang };
  } catch (error) {
    throw explainWps(error);
  }
}

/** Remove what our runs wrote in the active WPS workbook (the clerk's cells kept). */
export function runClear(app: WpsApplication, writing?: () => void): WpsRunReport {
  try {
    const reading = readWorkbook(app, false);
    // The looks of the sheets we made: a summary the clerk formatted is kept (buildPlan.ts theirLook).
    readLooks(app, reading.snapshot, sheetsWeMade(reading.snapshot));
    // The drop-down lists on our list columns, where the tables put them: an empty cell with the clerk's list stays.
    const plan = withListsRead(app, clearReadingLists(reading.snapshot));
    refuseProtected(reading, plan);
    refuseStructure(reading, plan, "clear");
    const write = plan.ops.length
      ? sayingRefusals(app, plan, reading, "clear", () => applyPlan(app, plan, reading, writing))
      : { blocks: 0, skipped: [] };
    // The clear plan's messages are worded in the stored language (buildClearPlan): so is the run's.
    return { check: null, plan, write, lang: parseStoredSettings(reading.snapshot.settings).lang };
  } catch (error) {
    throw explainWps(error);
  }
}

/** Settings JSON from A2 of the marks sheet: the one place the pane, the ribbon and the CLI read. */
export function loadSettings(app: WpsApplication): string | null {
  try {
    return readRecord(app).snapshot.settings ?? null;
  } catch (error) {
    throw explainWps(error);
  }
}

/** Write the pane's settings (JSON) to the active workbook's record sheet. */
export function saveSettings(app: WpsApplication, json: string): void {
  try {
    const reading = readRecord(app);
    const plan = buildSettingsPlan(json, reading.snapshot.marksSheet);
    refuseProtected(reading, plan);
    refuseStructure(reading, plan, "save-settings");
    sayingRefusals(app, plan, reading, "save-settings", () => applyPlan(app, plan, reading));
  } catch (error) {
    throw explainWps(error);
  }
}

/** The workbook a check reads and writes (its FullName): the one shown, null when none is open. */
export function activeWorkbook(app: WpsApplication): string | null {
  try {
    return app.ActiveWorkbook?.FullName ?? null;
  } catch {
    return null;
  }
}

/**
 * Select the finding's cell; a hidden sheet is left hidden (showing it would change the user's workbook): "sheet-hidden".
 * `workbook`: the one the result came from (FullName). WPS has one task pane for all open workbooks, so the clerk may
 * have switched to another unit's workbook from the same template since: that one is shown again first, never the same
 * address in the workbook now shown. A workbook closed or a sheet deleted since is said in words.
 * With an anchor, the cell is first found again where its row is now (rows or columns inserted or deleted, the table
 * sorted since the check: core/relocate.ts), from the sheet's UsedRange.Value2; where it is not found, the check's
 * address, with why (`lost`). The sheet is the one of the check's id (its code name, read.ts sheetIds, which a rename
 * leaves as it was), under whatever name it has now (`renamed`): two sheets that swapped names are each followed, never
 * jumped into by the other's old name. A sheet the check knew by no id goes by its name; renamed since, it is the one
 * sheet the check read no table on that holds the finding's row (`renamed`); none or several: said in words.
 */
export function jumpTo(
  app: WpsApplication,
  cell: CellRef,
  anchor: Anchor | null,
  workbook: string | null = null,
  atCheck?: SheetAtCheck,
): Jumped {
  try {
    const shown = app.ActiveWorkbook;
    const book = workbook === null || shown?.FullName === workbook ? shown : openWorkbook(app, workbook);
    if (!book) throw workbook === null ? noWorkbookError() : workbookClosedError(workbook);
    const named = atCheck?.id !== undefined ? sheetOfId(book, atCheck.id, cell.sheet) : sheetNamed(book, cell.sheet);
    const renamed = named ? null : renamedSheet(book, anchor, atCheck);
    const sheet = named ?? renamed?.sheet;
    if (!sheet) throw sheetGoneError(cell.sheet);
    const now = sheet.Name;
    const to = renamed
      ? { cell: renamed.cell }
      : jumpCell({ ...cell, sheet: now }, anchor && rowNow(sheet, onSheet(anchor, now)));
    const more = now !== cell.sheet ? { renamed: { from: cell.sheet, to: now } } : {};
    // The result's workbook is shown first, also for a hidden sheet: the address the pane copies then goes to it.
    if (book !== shown) book.Activate();
    if (!isShown(sheet.Visible)) return { jump: "sheet-hidden", ...to, ...more };
    sheet.Activate();
    sheet
      .Range(localAddress({ top: to.cell.row, left: to.cell.col, bottom: to.cell.row, right: to.cell.col }))
      .Select();
    // Of one whole row: whether it is hidden, by the clerk or a filter (WpsRange.Hidden).
    const hidden = sheet.Range(`${to.cell.row + 1}:${to.cell.row + 1}`).Hidden;
    return { jump: hidden ? "row-hidden" : "selected", ...to, ...more };
  } catch (error) {
    throw explainWps(error);
  }
}

/**
 * The finding's sheet renamed since the check: of the workbook's sheets the check read no table on, the one where the
 * anchor's row is found (relocate); null when none or more than one holds it, or without an anchor.
 */
function renamedSheet(
  book: WpsWorkbook,
  anchor: Anchor | null,
  atCheck: SheetAtCheck | undefined,
): { sheet: WpsWorksheet; cell: CellRef } | null {
  if (!anchor || !atCheck) return null;
  const found: { sheet: WpsWorksheet; cell: CellRef }[] = [];
  const sheets = book.Worksheets;
  for (let i = 1; i <= sheets.Count; i++) {
    const sheet = sheets.Item(i);
    if (atCheck.checked.includes(sheet.Name)) continue;
    const there = rowNow(sheet, onSheet(anchor, sheet.Name));
    if (!("lost" in there)) found.push({ sheet, cell: there.cell });
  }
  return found.length === 1 ? found[0] : null;
}

/** jumpTo without an anchor: the check's address. */
export function selectCell(app: WpsApplication, cell: CellRef, workbook: string | null = null): Jump {
  return jumpTo(app, cell, null, workbook).jump;
}

/**
 * Where the anchor's row is now: the sheet's UsedRange (its Address), then the Value2 of as much of it as a jump reads
 * (relocationWindow), in bands (readValues).
 */
function rowNow(sheet: WpsWorksheet, anchor: Anchor): Relocation {
  const used = parseA1Range(sheet.UsedRange.Address().replace(/\$/g, ""));
  if (!used) return { lost: "not-found" };
  const window = relocationWindow(used, anchor);
  return relocate({ top: window.top, left: window.left, values: readValues(sheet, window) }, anchor);
}

/** Whether the workbook of this FullName is open (the pane says when its results' workbook was closed). */
export function workbookOpen(app: WpsApplication, fullName: string): boolean {
  try {
    return openWorkbook(app, fullName) !== null;
  } catch {
    return false;
  }
}

/** The open workbook whose FullName this is, or null (closed since). */
function openWorkbook(app: WpsApplication, fullName: string): WpsWorkbook | null {
  const books = app.Workbooks;
  for (let i = 1; i <= books.Count; i++) {
    const book = books.Item(i);
    if (book.FullName === fullName) return book;
  }
  return null;
}

/**
 * The sheet the check knew by this id (its code name, read.ts sheetIds) whatever its name now; null when no sheet has
 * it (deleted since: not another sheet that took its name). Several with it (no id could be read for them now): by
 * `name`, as a sheet without an id.
 */
function sheetOfId(book: WpsWorkbook, id: string, name: string): WpsWorksheet | null {
  const sheets = book.Worksheets;
  const all: WpsWorksheet[] = [];
  for (let i = 1; i <= sheets.Count; i++) all.push(sheets.Item(i));
  const codes = codeNames(all);
  const at = uniqueCodes(codes).indexOf(id);
  if (at >= 0) return all[at];
  // Its code name repeated now (no page says a copy gets a new one): those sheets have no id, their names are theirs.
  return codes.includes(id) ? sheetNamed(book, name) : null;
}

/** The sheet of this name, or null: WPS, like VBA's Worksheets(name), fails on a name it does not have. */
function sheetNamed(book: WpsWorkbook, name: string): WpsWorksheet | null {
  try {
    return book.Worksheets.Item(name) ?? null;
  } catch {
    return null;
  }
}

/** Run a pipeline that asks for the drop-down lists of the cells it names, reading each batch on the workbook. */
function withListsRead<T>(app: WpsApplication, steps: Generator<ListCell[], T, boolean>): T {
  const workbook = app.ActiveWorkbook;
  let step = steps.next();
  while (!step.done) step = steps.next(workbook !== null && readListsOn(workbook, step.value));
  return step.value;
}

/**
 * A write WPS refused part-way (the look at protection before writing let it through: a sheet or the workbook was
 * protected while the add-in ran): said as Excel says it (refusedError), from the protection read again — the sheets the
 * plan writes that are protected now, else the workbook's structure with what the plan adds or deletes. Any other
 * failure keeps WPS's words. Either way the run is said unfinished (stoppedWriting): the writes before it stand.
 */
function sayingRefusals<T>(
  app: WpsApplication,
  plan: Plan,
  reading: WpsReading,
  action: HostAction,
  write: () => T,
): T {
  try {
    return write();
  } catch (error) {
    let said: PerfTargetsError | null = null;
    try {
      said = refusal(app, plan, reading, action);
    } catch {
      // the protection could not be read either: WPS's own words
    }
    throw stoppedWriting(said ?? explainWps(error));
  }
}

/** Which protection refuses the plan now (Worksheet.ProtectContents, Workbook.ProtectStructure), or null: none. */
function refusal(app: WpsApplication, plan: Plan, reading: WpsReading, action: HostAction): PerfTargetsError | null {
  const workbook = app.ActiveWorkbook;
  if (!workbook) return null;
  const touched = sheetsTouched(plan);
  const sheets: string[] = [];
  const all = workbook.Worksheets;
  for (let i = 1; i <= all.Count; i++) {
    const sheet = all.Item(i);
    const name = sheet.Name;
    if (touched.has(name) && sheet.ProtectContents) sheets.push(name);
  }
  if (sheets.length) return refusedError("WPS", action, { sheets });
  if (!workbook.ProtectStructure) return null;
  const hidden = new Set(reading.snapshot.sheets.filter((s) => s.hidden).map((s) => s.name));
  const needs = structureNeeds(plan, reading.sheetNames, hidden);
  return needs ? refusedError("WPS", action, { structure: needs }) : null;
}

/** Fail before writing anything when the plan touches a protected sheet (a half-applied plan helps no one). */
function refuseProtected(reading: WpsReading, plan: Plan): void {
  const touched = sheetsTouched(plan);
  const blocked = reading.protectedSheets.filter((s) => touched.has(s));
  if (blocked.length) throw protectedError(blocked);
}

/**
 * Fail before writing anything when the plan must change the workbook's sheets and their structure is protected
 * (审阅 → 保护工作簿): WPS refuses to add or delete a sheet there, and to show a hidden one, which a highlight rule on a
 * hidden sheet needs (apply.ts anchorAt). Refused half-way, the clerk would be left with some of the marks and an error.
 */
function refuseStructure(reading: WpsReading, plan: Plan, action: HostAction): void {
  if (!reading.structureLocked) return;
  const hidden = new Set(reading.snapshot.sheets.filter((s) => s.hidden).map((s) => s.name));
  const needs = structureNeeds(plan, reading.sheetNames, hidden);
  if (needs) throw structureError("WPS", action, needs);
}
