/**
 * The one pipeline every host runs: resolve settings → check → "no tables" → plan. A host only reads a
 * snapshot before it (Office.js, ExcelJS) and applies the plan after it; everything between lives here,
 * so the CLI, the add-in and the standalone pane cannot drift apart (docs/architecture.md#data-path).
 */
import { checkAsWrittenOut, checkWorkbook } from "./check";
import { buildClearPlan, buildPlan } from "./plan/buildPlan";
import { listCellsNow, listKey, unreadClearedCells, unreadListCells, type ListCell } from "./plan/listCells";
import { recordOf } from "./plan/marks";
import { summaryDate } from "./plan/summaryDate";
import { readWorkbook } from "./read/readWorkbook";
import { rowMarks } from "./relocate";
import type { Plan } from "./plan/types";
import { parseStoredSettings, resolveSettings, type JudgeRequest } from "./settings";
import { MARKS_SHEET, type CheckResult, type JudgeSettings, type WorkbookSnapshot } from "./types";

/** How the plan writes: PERF.* formulas or computed values, and settings to store with the marks. */
interface PlanRequest {
  /** true: PERF.* formulas (with the computed value cached); false: the computed values only. */
  formulas: boolean;
  /** Settings JSON to keep in the workbook (the standalone pane's download); undefined leaves the stored ones. */
  storeSettings?: string;
  /** The plan is written into a new file as a whole (PlanOptions.wholeFile). */
  wholeFile?: boolean;
}

export type PipelineRun =
  /** The workbook holds no goal table: nothing is planned, the host says so in its own words. */
  | { outcome: "no-tables"; settings: JudgeSettings; check: CheckResult }
  | { outcome: "planned"; settings: JudgeSettings; check: CheckResult; plan: Plan };

/**
 * Defaults ← the settings stored in the workbook ← the host's overrides (command line, pane). The monitoring date
 * when neither sets one: the date the clerk typed on our summary (its 监控时点 cell, which the formulas read too),
 * else `today` (in the user's calendar).
 */
export function settingsFor(
  snapshot: WorkbookSnapshot,
  overrides: Partial<JudgeSettings>,
  today: string,
): JudgeSettings {
  return resolveSettings(parseStoredSettings(snapshot.settings), overrides, workbookDate(snapshot) ?? today);
}

/**
 * A run's settings from a host that gives them whole (the standalone page): a date the pane did not choose gives way
 * to the workbook's own, as settingsFor has it.
 */
export function withDate(snapshot: WorkbookSnapshot, request: JudgeRequest): JudgeSettings {
  const { asOfChosen, ...settings } = request;
  return asOfChosen === false ? { ...settings, asOf: workbookDate(snapshot) ?? settings.asOf } : settings;
}

/** The monitoring date the workbook itself holds, when no run is given one: typed on our summary (summaryDate.ts). */
export function workbookDate(snapshot: WorkbookSnapshot): string | null {
  return summaryDate(snapshot)?.iso ?? null;
}

/**
 * Check the snapshot with resolved settings and, when it holds goal tables, plan what to write. The check returned is
 * the workbook as the plan leaves it (goals written out from text are the tables written: checkAsWrittenOut).
 */
export function runPipeline(snapshot: WorkbookSnapshot, settings: JudgeSettings, request: PlanRequest): PipelineRun {
  const check = checkWorkbook(snapshot, settings);
  if (check.tables.length === 0) return { outcome: "no-tables", settings, check };
  const plan = planOf(snapshot, check, settings, request);
  return { outcome: "planned", settings, check: checkAsWrittenOut(check, plan, settings), plan };
}

/**
 * runPipeline for a host that reads drop-down lists only on the cells it names (Excel, WPS: calls per cell,
 * listCells.ts). It yields the cells to read — those of our list columns where the check finds the blocks now, then
 * the cells the plan sets ours on that were not read (a first check) — and is resumed with whether any carries a list,
 * which the host has put on the snapshot's sheets (SheetSnapshot.validations). The tables are read once, by the check
 * (before, listCellsNow read them all a second time); when a list turns up after the plan, the plan alone is made
 * again, which keeps the clerk's there (placement does not depend on lists).
 */
export function* runPipelineReadingLists(
  snapshot: WorkbookSnapshot,
  settings: JudgeSettings,
  request: PlanRequest,
): Generator<ListCell[], PipelineRun, boolean> {
  const check = checkWorkbook(snapshot, settings);
  if (check.tables.length === 0) return { outcome: "no-tables", settings, check };
  const located = listCellsNow(
    snapshot.sheets,
    snapshot.marks,
    check.tables.map((c) => c.table),
  );
  if (located.length > 0) yield located;
  let plan = planOf(snapshot, check, settings, request);
  const read = new Set(located.map(({ sheet, row, col }) => listKey(sheet.name, row, col)));
  const unread = unreadListCells(plan, snapshot.sheets, read);
  if (unread.length > 0 && (yield unread)) plan = planOf(snapshot, check, settings, request);
  // A click in the pane finds a finding's row again (relocate.ts): rows that are no indicator's by their marks, and its
  // sheet by its id where the host has one (renamed since).
  const written = checkAsWrittenOut(check, plan, settings);
  const sheetIds = Object.fromEntries(snapshot.sheets.flatMap((s) => (s.id ? [[s.name, s.id]] : [])));
  const marked = { ...written, rows: rowMarks(snapshot, written, plan.ops), sheetIds };
  return { outcome: "planned", settings, check: marked, plan };
}

/**
 * buildClearPlan for the same hosts: it yields the cells of our list columns where the tables put our blocks now (an
 * empty one carrying the clerk's list is kept), is resumed once the host has put their lists on the snapshot's sheets,
 * and plans with the tables it read for them: read once (before, listCellsNow read them all, then buildClearPlan).
 * Then it yields the other cells the plan empties, and plans again when one carries a list (said as kept).
 */
export function* clearReadingLists(snapshot: WorkbookSnapshot): Generator<ListCell[], Plan, boolean> {
  if (!recordOf(snapshot)) return buildClearPlan(snapshot); // nothing of ours: no table is read
  const { tables } = readWorkbook(snapshot);
  const cells = listCellsNow(snapshot.sheets, snapshot.marks, tables);
  if (cells.length > 0) yield cells;
  const plan = buildClearPlan(snapshot, undefined, tables);
  // Then the cells it empties: a list of the clerk's there stays, and is said (unreadClearedCells).
  const read = new Set(cells.map(({ sheet, row, col }) => listKey(sheet.name, row, col)));
  const record = new Set([MARKS_SHEET, snapshot.marksSheet ?? MARKS_SHEET]);
  const cleared = unreadClearedCells(plan, snapshot.sheets, read, record);
  if (cleared.length > 0 && (yield cleared)) return buildClearPlan(snapshot, undefined, tables);
  return plan;
}

function planOf(snapshot: WorkbookSnapshot, check: CheckResult, settings: JudgeSettings, request: PlanRequest): Plan {
  return buildPlan(snapshot, check, {
    formulas: request.formulas,
    lang: settings.lang,
    rules: settings,
    settings: request.storeSettings,
    wholeFile: request.wholeFile,
  });
}
