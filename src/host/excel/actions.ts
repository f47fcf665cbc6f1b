/**
 * The ribbon / pane actions inside Excel: read → the core's pipeline → apply. The only place with Excel.run.
 * `runCheck` / `runClear` take a request context so they can be tested against a fake object model.
 */
import { sheetsTouched, structureNeeds } from "../../core/plan/sheetsTouched";
import { localIsoDate } from "../../core/dates";
import { clearReadingLists, runPipelineReadingLists, settingsFor } from "../../core/pipeline";
import type { ListCell } from "../../core/plan/listCells";
import { say, type HostAction, type Lang } from "../../core/locale/messages";
import { diagnostic } from "../../core/read/diagnostic";
import { buildSettingsPlan, settledClear } from "../../core/plan/buildPlan";
import { parseStoredSettings } from "../../core/settings";
import { sheetsWeMade, summariesWeMade } from "../../core/plan/marks";
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
import { localAddress } from "./address";
import { exclusively } from "../../commands/shared-state";
import {
  busyError,
  explain,
  noTableError,
  protectedError,
  refusedError,
  sheetGoneError,
  stoppedWriting,
  structureError,
  type PerfTargetsError,
} from "./errors";
import {
  findRecordSheet,
  loadStructureLock,
  readListsOn,
  readLooks,
  readRowMarks,
  readWorkbook,
  recordTexts,
  type ExcelReading,
} from "./read";
import { applyPlan, type WriteStats } from "./write";

interface RunReport {
  check: CheckResult | null;
  plan: Plan;
  /** Syncs of the read and of the write. */
  readSyncs: number;
  write: WriteStats;
  /** The run's language (the workbook's settings, or the run's own): what the ribbon says in. */
  lang: Lang;
}

/** One check or clear at a time, from the ribbon or the pane (a second would read a half-written workbook). */
async function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const done = await exclusively(work);
  if (!done) throw busyError();
  return done.value;
}

/** The ribbon's check: reads, judges and writes the workbook in one Excel.run; one run at a time. */
export async function checkTargets(settings: Partial<JudgeSettings> = {}): Promise<{ check: CheckResult; lang: Lang }> {
  try {
    return await oneAtATime(() =>
      Excel.run(async (context) => {
        const run = await runCheck(context, settings, localIsoDate(), notesSupported(), functionsSupported());
        return { check: run.check as CheckResult, lang: run.lang };
      }),
    );
  } catch (e) {
    throw explain(e);
  }
}

/** The ribbon's clear: removes what our runs wrote (the clerk's cells kept); one run at a time. */
export async function clearMarks(): Promise<{ messages: string[]; lang: Lang; said?: Plan["said"] }> {
  try {
    return await oneAtATime(() =>
      Excel.run(async (context) => {
        const run = await runClear(context, notesSupported());
        return { messages: run.plan.messages, lang: run.lang, said: run.plan.said };
      }),
    );
  } catch (e) {
    throw explain(e);
  }
}

/** Settings JSON from A2 of the marks sheet: the one place the pane, the ribbon and the CLI read. */
export async function loadSettings(): Promise<string | null> {
  try {
    return await Excel.run((context) => runLoadSettings(context));
  } catch (e) {
    throw explain(e);
  }
}

/** Write the pane's settings (JSON) to the record sheet. */
export async function saveSettings(json: string): Promise<void> {
  try {
    await Excel.run((context) => runSaveSettings(context, json));
  } catch (e) {
    throw explain(e);
  }
}

/** The settings JSON the record sheet holds; null where there is no record. */
export async function runLoadSettings(context: Excel.RequestContext): Promise<string | null> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  const { record } = await findRecordSheet(worksheets.items, () => context.sync());
  return record ? recordTexts(record.rows).settings : null;
}

/**
 * Write the settings through the same plan operations buildPlan uses: into the record the check finds (renamed or
 * not), or a new very hidden sheet.
 */
export async function runSaveSettings(context: Excel.RequestContext, json: string): Promise<WriteStats> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/protection/protected");
  const structure = loadStructureLock(context);
  await context.sync();
  const { writeTo } = await findRecordSheet(worksheets.items, () => context.sync());
  const reading: ExcelReading = {
    snapshot: { sheets: [] },
    sheetNames: worksheets.items.map((ws) => ws.name),
    protectedSheets: worksheets.items.filter((ws) => ws.protection.protected).map((ws) => ws.name),
    structureLocked: structure.protected,
    conditionalFormats: new Map(),
    charts: new Map(),
    syncs: 1,
  };
  const plan = buildSettingsPlan(json, writeTo);
  refuseProtected(reading, plan);
  refuseStructure(reading, plan, "save-settings");
  return sayingRefusals(context, plan, reading, "save-settings", () => applyPlan(context, plan, reading, false));
}

/**
 * The workbook's name, for the pane to say which workbook its results are of (excel.workbook "name: Gets the workbook
 * name", ExcelApi 1.7); null when Excel cannot tell. Each Excel window has its own pane, over its own workbook.
 */
export async function workbookName(): Promise<string | null> {
  try {
    return await Excel.run((context) => workbookNameIn(context));
  } catch {
    return null;
  }
}

async function workbookNameIn(context: Excel.RequestContext): Promise<string | null> {
  const workbook = context.workbook;
  workbook.load("name");
  await context.sync();
  return workbook.name || null;
}

/** Changes that move cells (Excel.DataChangeType): our plans never make one, so each is the user's. */
const SHIFTS: ReadonlySet<string> = new Set([
  "RowInserted",
  "RowDeleted",
  "ColumnInserted",
  "ColumnDeleted",
  "CellInserted",
  "CellDeleted",
]);

/**
 * Call `onShift` whenever rows, columns or cells are inserted or deleted on any sheet (WorksheetCollection.onChanged,
 * ExcelApi 1.9; the handler lives on after Excel.run, as in the events article's samples), and `onEdit` with the sheet's
 * id (WorksheetChangedEventArgs.worksheetId) when the user changed its cells otherwise (typed, pasted, cleared). Events
 * fire for the add-in's own writes too (excel-add-ins-events, "Event triggers"): only from ExcelApi 1.14, where
 * `triggerSource` says "ThisLocalAddin" for those, can an edit be told as the user's; below it `onEdit` is never called.
 * Returns what removes the handler (the pane removes it when nothing listens any more).
 */
export async function watchShifts(
  onShift: () => void,
  onEdit?: (sheetId: string) => void,
): Promise<() => Promise<void>> {
  const handler = await Excel.run((context) => watchShiftsIn(context, onShift, onEdit));
  // OfficeExtension.EventHandlerResult: "The same RequestContext object that the handler was added in must be used when
  // removing the handler" (its `context`), as in excel-add-ins-events' "Remove an event handler" sample.
  return () =>
    Excel.run(handler.context as Excel.RequestContext, async (context) => {
      handler.remove();
      await context.sync();
    });
}

/** Whether the clerk's edits can be told from the add-in's own writes (edits are then said; below, never). */
export function editsToldApart(): boolean {
  return triggerSourceSupported();
}

/** Call onShift when rows or columns are inserted or deleted, onEdit (the sheet's id) when someone else edits a cell,
 * where Excel tells who did; the handler, to remove it. */
export async function watchShiftsIn(
  context: Excel.RequestContext,
  onShift: () => void,
  onEdit?: (sheetId: string) => void,
): Promise<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>> {
  const toldApart = triggerSourceSupported();
  const handler = context.workbook.worksheets.onChanged.add(async (event) => {
    if (SHIFTS.has(event.changeType)) onShift();
    else if (onEdit && toldApart && event.triggerSource !== "ThisLocalAddin") onEdit(event.worksheetId);
  });
  await context.sync();
  return handler;
}

/**
 * Select the finding's cell; a hidden sheet is left hidden (showing it would change the user's workbook): "sheet-hidden".
 * With an anchor, the cell is first found again where its row is now (rows or columns inserted or deleted, the table
 * sorted since the check: core/relocate.ts), from the sheet's values read in one sync; where it is not found, the
 * check's address, with why (`lost`). The sheet is the one of the check's id (`sheet.id`: Worksheet.id "will remain the
 * same even when the worksheet is renamed"), under whatever name it has now (`renamed`); a sheet deleted since — or,
 * without an id, renamed — is said in words (sheetGoneError), not as Excel's ItemNotFound.
 */
export async function jumpTo(cell: CellRef, anchor: Anchor | null, sheet?: SheetAtCheck): Promise<Jumped> {
  try {
    return await Excel.run((context) => jumpIn(context, cell, anchor, sheet));
  } catch (e) {
    throw explain(e);
  }
}

/** jumpIn without an anchor: the check's address. */
export async function selectCellIn(context: Excel.RequestContext, cell: CellRef): Promise<Jump> {
  return (await jumpIn(context, cell, null)).jump;
}

/** jumpTo's work inside an open Excel.run `context`. */
export async function jumpIn(
  context: Excel.RequestContext,
  cell: CellRef,
  anchor: Anchor | null,
  atCheck?: SheetAtCheck,
): Promise<Jumped> {
  // Application-specific API model, *OrNullObject: "if you attempt to get an Excel worksheet by specifying a worksheet name
  // that isn't in the workbook, the getItem() method throws an ItemNotFound exception"; getItemOrNullObject (ExcelApi 1.4)
  // returns "an object with its isNullObject property set to true" instead. Its key is "the name or ID of the worksheet".
  const sheet = context.workbook.worksheets.getItemOrNullObject(atCheck?.id ?? cell.sheet);
  sheet.load("visibility,name");
  await context.sync();
  if (sheet.isNullObject) throw sheetGoneError(cell.sheet);
  const renamed = sheet.name !== cell.sheet ? { renamed: { from: cell.sheet, to: sheet.name } } : {};
  const here = anchor && onSheet(anchor, sheet.name);
  const to = jumpCell({ ...cell, sheet: sheet.name }, here && (await rowNow(context, sheet, here)));
  if (sheet.visibility !== Excel.SheetVisibility.visible) return { jump: "sheet-hidden", ...to, ...renamed };
  sheet.activate();
  const target = sheet.getRange(
    localAddress({ top: to.cell.row, left: to.cell.col, bottom: to.cell.row, right: to.cell.col }),
  );
  // Range.rowHidden (ExcelApi 1.2): "true when all rows in a range are hidden" — by the clerk or by a filter.
  target.load("rowHidden");
  target.select();
  await context.sync();
  return { jump: target.rowHidden ? "row-hidden" : "selected", ...to, ...renamed };
}

/**
 * Where the anchor's row is now: the sheet's used range (values only, Worksheet.getUsedRangeOrNullObject(true), ExcelApi
 * 1.4), its size first, then the values of as much of it as a jump reads (relocationWindow; Worksheet.getRangeByIndexes,
 * ExcelApi 1.7). A read Excel refuses is said as unread.
 */
async function rowNow(context: Excel.RequestContext, sheet: Excel.Worksheet, anchor: Anchor): Promise<Relocation> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return { lost: "not-found" };
  const { rowIndex: top, columnIndex: left } = used;
  const part = relocationWindow(
    { top, left, bottom: top + used.rowCount - 1, right: left + used.columnCount - 1 },
    anchor,
  );
  const window = sheet
    .getRangeByIndexes(part.top, part.left, part.bottom - part.top + 1, part.right - part.left + 1)
    .load("values");
  try {
    await context.sync();
  } catch {
    return { lost: "unread" };
  }
  return relocate({ top, left, values: window.values }, anchor);
}

/** Read, judge, plan and write in `context`; refuses protected sheets and structure before writing anything. */
export async function runCheck(
  context: Excel.RequestContext,
  overrides: Partial<JudgeSettings>,
  todayIso: string,
  notes: boolean,
  /** Where the PERF functions cannot run, the formula cells get the values the core computed instead. */
  formulas = true,
  /** Request bytes per write sync (default: under Excel on the web's 5 MB). */
  budget?: number,
): Promise<RunReport> {
  const reading = await readWorkbook(context, notes, false);
  // Rows of our summary the clerk hid, filtered or coloured: its projects then stay on their rows (summary.ts).
  const markSyncs = await readRowMarks(context, reading.snapshot, summariesWeMade(reading.snapshot));
  const settings = settingsFor(reading.snapshot, overrides, todayIso);
  // The drop-down lists on our list columns, where the check finds them, and on the cells the plan sets ours on that
  // were not read (a first check): a list of the clerk's there stays (runPipelineReadingLists).
  const { value: run, syncs: listSyncs } = await withListsRead(
    context,
    runPipelineReadingLists(reading.snapshot, settings, { formulas }),
  );
  if (run.outcome === "no-tables") throw noTableError();
  const { check, plan } = run;
  refuseProtected(reading, plan);
  refuseStructure(reading, plan, "check");
  const write = await sayingRefusals(context, plan, reading, "check", () =>
    applyPlan(context, plan, reading, notes, budget),
  );
  for (const text of plan.messages) check.diagnostics.push(diagnostic(null, "info", say("plan.note", { text })));
  // The workbook's date system could not be told (read.ts loadDateSystem): said once, as the fallback taken.
  if (reading.dateSystemUnknown) check.diagnostics.push(diagnostic(null, "info", say("host.date-system-unknown", {})));
  // Notes the plan has but this Excel cannot add (write.ts skips them): said once, not left for the clerk to miss.
  if (!notes && plan.ops.some((op) => op.op === "note" && op.text !== ""))
    check.diagnostics.push(diagnostic(null, "info", say("host.notes-unsupported", {})));
  return { check, plan, readSyncs: reading.syncs + markSyncs + listSyncs, write, lang: settings.lang };
}

/** Plan and apply removing what our runs wrote in `context`; refuses protected sheets and structure first. */
export async function runClear(context: Excel.RequestContext, notes: boolean): Promise<RunReport> {
  const reading = await readWorkbook(context, notes, false);
  // The looks of the sheets we made: a summary the clerk formatted is kept (buildPlan.ts theirLook).
  const lookSyncs = await readLooks(context, reading.snapshot, sheetsWeMade(reading.snapshot));
  // The drop-down lists on our list columns, where the tables put them: an empty cell with the clerk's list stays.
  const { value: plan, syncs: listSyncs } = await withListsRead(context, clearReadingLists(reading.snapshot));
  refuseProtected(reading, plan);
  refuseStructure(reading, plan, "clear");
  const write = plan.ops.length
    ? await sayingRefusals(context, plan, reading, "clear", () => applyPlan(context, plan, reading, notes))
    : { syncs: 0, payloads: [] };
  // The clear plan's messages are worded in the stored language (buildClearPlan): so is the run's.
  const lang = parseStoredSettings(reading.snapshot.settings).lang;
  const said = settledClear(plan, write.emptied ?? []);
  return { check: null, plan: said, readSyncs: reading.syncs + lookSyncs + listSyncs, write, lang };
}

/**
 * Run a pipeline that asks for the drop-down lists of the cells it names (runPipelineReadingLists,
 * clearReadingLists), reading each batch on the workbook's sheets: its result, and the syncs the lists took.
 */
async function withListsRead<T>(
  context: Excel.RequestContext,
  steps: Generator<ListCell[], T, boolean>,
): Promise<{ value: T; syncs: number }> {
  let syncs = 0;
  const worksheets = context.workbook.worksheets;
  const sync = async () => {
    await context.sync();
    syncs++;
  };
  let step = steps.next();
  while (!step.done)
    step = steps.next(
      await readListsOn(
        step.value,
        (name) => worksheets.getItem(name),
        sync,
        () => void syncs++,
      ),
    );
  return { value: step.value, syncs };
}

/** Fail before writing anything when the plan touches a protected sheet (a half-applied plan helps no one). */
function refuseProtected(reading: ExcelReading, plan: Plan): void {
  const touched = sheetsTouched(plan);
  const blocked = reading.protectedSheets.filter((s) => touched.has(s));
  if (blocked.length) throw protectedError(blocked);
}

/**
 * Fail before writing anything when the plan must add or delete a sheet (our summary, our record) and the workbook's
 * structure is protected (审阅 → 保护工作簿): Excel refuses that at the sync, after the batch's earlier writes.
 */
function refuseStructure(reading: ExcelReading, plan: Plan, action: HostAction): void {
  const needs = reading.structureLocked ? structureNeeds(plan, reading.sheetNames) : null;
  if (needs) throw structureError("Excel", action, needs);
}

/**
 * Write the plan; when Excel refuses a write (AccessDenied: a sheet or the workbook was protected after the read, which
 * refuseProtected and refuseStructure could not see), read the protection again and say which sheet, or the
 * workbook's structure, in one line (refusedError). Should that read fail too, Excel's own refusal is explained.
 */
async function sayingRefusals(
  context: Excel.RequestContext,
  plan: Plan,
  reading: ExcelReading,
  action: HostAction,
  write: () => Promise<WriteStats>,
): Promise<WriteStats> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: string })?.code !== "AccessDenied") throw stoppedWriting(explain(error));
    let said: PerfTargetsError | null = null;
    try {
      said = await refusal(context, plan, reading, action);
    } catch {
      // the protection could not be read either: Excel's own refusal, explained
    }
    throw stoppedWriting(said ?? explain(error));
  }
}

/** Which protection refused the plan, read now (Worksheet.protection, Workbook.protection: ExcelApi 1.2, 1.7). */
async function refusal(
  context: Excel.RequestContext,
  plan: Plan,
  reading: ExcelReading,
  action: HostAction,
): Promise<PerfTargetsError> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  const structure = loadStructureLock(context);
  await context.sync();
  const touched = sheetsTouched(plan);
  const sheets = worksheets.items.filter((ws) => ws.protection.protected && touched.has(ws.name)).map((ws) => ws.name);
  if (sheets.length) return refusedError("Excel", action, { sheets });
  const needs = structure.protected ? structureNeeds(plan, reading.sheetNames) : null;
  if (needs) return refusedError("Excel", action, { structure: needs });
  return refusedError("Excel", action, { touched: [...touched] });
}

function functionsSupported(): boolean {
  return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("CustomFunctionsRuntime", "1.1");
}

/** WorksheetChangedEventArgs.triggerSource (ExcelApi 1.14, above the manifest's 1.13): asked for first. */
function triggerSourceSupported(): boolean {
  return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", "1.14");
}

function notesSupported(): boolean {
  return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", "1.18");
}
