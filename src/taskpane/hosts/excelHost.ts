/**
 * The Office.js host: wraps src/host/excel/actions.ts, the only place with Excel.run.
 * Settings live in A2 of the very hidden _PerfTargets sheet (actions' loadSettings / saveSettings), the
 * one place the ribbon and the CLI read too, so a file judges the same everywhere. Settings an older
 * version kept in the document's add-in settings are still read when the sheet has none.
 */
import * as actions from "../../host/excel/actions";
import { lastOutcome, subscribeOutcomes, type CommandOutcome } from "../../commands/shared-state";
import type { Anchor, Jumped, SheetAtCheck } from "../../core/relocate";
import type { CellRef, CheckResult, JudgeSettings } from "../../core/types";
import { overridesOf, parseStoredSettings, serializeSettings, type StoredSettings } from "../../core/settings";
import { checkFailure, HostError, shownAfterJump, toHostError, type EditedSheet, type PaneHost } from "../host";

/** What the pane needs of the actions module (tests pass fakes). */
interface PaneActions {
  checkTargets(settings?: Partial<JudgeSettings>): Promise<{ check: CheckResult }>;
  jumpTo(cell: CellRef, anchor: Anchor | null, sheet?: SheetAtCheck): Promise<Jumped>;
  /** Registers one handler in Excel; resolves to what removes it. */
  watchShifts(onShift: () => void, onEdit?: (sheetId: string) => void): Promise<() => Promise<void>>;
  editsToldApart(): boolean;
  workbookName(): Promise<string | null>;
  loadSettings: () => Promise<string | null>;
  saveSettings: (json: string) => Promise<void>;
}

const DOC_SETTINGS_KEY = "perfTargets.settings";

function officeAvailable(): boolean {
  return typeof Office !== "undefined" && !!Office.context;
}

function documentSettings(): Office.Settings {
  if (!officeAvailable() || !Office.context.document?.settings) {
    throw new HostError("office-unavailable", "Office.context.document.settings is not available");
  }
  return Office.context.document.settings;
}

/** Settings an older version stored in the document's add-in settings (read only, as a fallback). */
function legacySettings(): string | null {
  try {
    return (documentSettings().get(DOC_SETTINGS_KEY) as string | null) ?? null;
  } catch {
    return null;
  }
}

/**
 * A failed ribbon command as the pane's error: a clear that failed, or was refused part-way (some marks cleared); a
 * check refused part-way (its marks half-written, checkFailure's "write-refused"), that found no table, or could not
 * read or judge.
 */
function ribbonError(outcome: CommandOutcome): HostError {
  const clear = outcome.command === "clearMarks";
  return new HostError(
    outcome.unfinished
      ? clear
        ? "clear-refused"
        : "write-refused"
      : clear
        ? "clear-failed"
        : outcome.code === "no-table"
          ? "no-tables"
          : "read-failed",
    outcome.message,
    outcome.message,
    undefined,
    outcome.code,
  );
}

export function createExcelHost(api: PaneActions = actions): PaneHost {
  // One handler in Excel while anything listens, removed when the last listener leaves (Excel calls into the pane for
  // every change while one is registered), registered again on the next.
  const shiftListeners = new Set<() => void>();
  const editListeners = new Set<(edited: EditedSheet) => void>();
  let watching: Promise<(() => Promise<void>) | null> | null = null;
  const watch = () => {
    if (watching || !officeAvailable()) return;
    // Without the event (Excel before ExcelApi 1.9) the pane just never warns.
    const registering: Promise<(() => Promise<void>) | null> = api
      .watchShifts(
        () => shiftListeners.forEach((l) => l()),
        (id) => editListeners.forEach((l) => l({ id })),
      )
      .catch(() => {
        if (watching === registering) watching = null;
        return null;
      });
    watching = registering;
  };
  const unwatch = () => {
    if (shiftListeners.size > 0 || editListeners.size > 0 || !watching) return;
    const registered = watching;
    watching = null;
    void registered.then((remove) => remove?.()).catch(() => undefined); // a handler Excel already dropped
  };
  return {
    kind: "excel",
    // Below ExcelApi 1.14 the clerk's edits cannot be told from the add-in's own writes: the pane says it cannot warn.
    editsUntracked: officeAvailable() && !api.editsToldApart(),
    async check(settings) {
      if (!officeAvailable()) throw new HostError("office-unavailable", "Office.js is not loaded");
      try {
        return (await api.checkTargets(overridesOf(settings))).check;
      } catch (error) {
        throw checkFailure(error);
      }
    },
    async selectCell(cell, anchor = null, sheet) {
      return shownAfterJump(await api.jumpTo(cell, anchor, sheet), anchor);
    },
    onCellsShifted(listener) {
      shiftListeners.add(listener);
      watch();
      return () => {
        shiftListeners.delete(listener);
        unwatch();
      };
    },
    onCellsEdited(listener) {
      editListeners.add(listener);
      watch();
      return () => {
        editListeners.delete(listener);
        unwatch();
      };
    },
    watchWorkbook(_result, listener) {
      // The pane's results are always its own window's workbook: named, never another one in front.
      let live = true;
      void api.workbookName().then((name) => live && listener(name === null ? null : { name, front: name }));
      return () => void (live = false);
    },
    subscribeResults(listener, onError, onCleared) {
      const forward = (outcome: CommandOutcome) => {
        if (outcome.ok && outcome.result) listener(outcome.result);
        // Excel shows nothing of a command that succeeded: a sheet left protected, inputs kept … are said here.
        if (outcome.ok && outcome.command === "clearMarks" && onCleared)
          onCleared(outcome.inEach ?? { zh: outcome.message, en: outcome.message });
        // The ribbon opens the pane when a command fails: this is where the user reads why.
        if (!outcome.ok && onError) onError(ribbonError(outcome));
      };
      const last = lastOutcome();
      if (last) forward(last);
      return subscribeOutcomes(forward);
    },
    async loadSettings(): Promise<StoredSettings | null> {
      try {
        const text = (await api.loadSettings()) ?? legacySettings();
        return text ? parseStoredSettings(text) : null;
      } catch {
        return null; // no stored settings is not an error: the pane uses the defaults
      }
    },
    async saveSettings(settings) {
      const json = serializeSettings(settings);
      try {
        await api.saveSettings(json);
      } catch (error) {
        throw toHostError(error, "write-failed");
      }
    },
  };
}
