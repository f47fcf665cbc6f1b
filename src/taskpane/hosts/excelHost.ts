/**
 * The Office.js host: wraps src/host/excel/actions.ts (engineer P), the only place with Excel.run.
 * Settings live in the workbook: through actions' loadSettings/saveSettings when that module offers them
 * (the _PerfTargets sheet, which the CLI reads too), otherwise in the document's add-in settings
 * (Office.context.document.settings, also saved inside the file).
 */
import * as actions from "../../host/excel/actions";
import { lastOutcome, subscribeOutcomes } from "../../commands/shared-state";
import type { CellRef, CheckResult, JudgeSettings } from "../../core/types";
import { HostError, toHostError, type PaneHost, type StoredSettings } from "../host";
import { parseStoredSettings, serializeSettings } from "../model/settings";

/** Optional extras the actions module may export; feature-detected so either version compiles. */
interface OptionalActions {
  checkTargets(settings?: JudgeSettings): Promise<CheckResult>;
  selectCell(cell: CellRef): Promise<void>;
  loadSettings?: () => Promise<string | null>;
  saveSettings?: (json: string) => Promise<void>;
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

function saveDocumentSettings(settings: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((res) =>
      res.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(new HostError("write-failed", res.error?.message ?? "saveAsync failed")),
    );
  });
}

export function createExcelHost(api: OptionalActions = actions as unknown as OptionalActions): PaneHost {
  return {
    kind: "excel",
    async check(settings) {
      if (!officeAvailable()) throw new HostError("office-unavailable", "Office.js is not loaded");
      try {
        return await api.checkTargets(settings);
      } catch (error) {
        throw toHostError(error, "read-failed");
      }
    },
    async selectCell(cell: CellRef) {
      await api.selectCell(cell);
    },
    subscribeResults(listener) {
      const last = lastOutcome();
      if (last?.ok && last.result) listener(last.result);
      return subscribeOutcomes((outcome) => {
        if (outcome.ok && outcome.result) listener(outcome.result);
      });
    },
    async loadSettings(): Promise<StoredSettings | null> {
      try {
        const text = api.loadSettings ? await api.loadSettings() : (documentSettings().get(DOC_SETTINGS_KEY) as string | null);
        return text ? parseStoredSettings(text) : null;
      } catch {
        return null; // no stored settings is not an error: the pane uses the defaults
      }
    },
    async saveSettings(settings) {
      const json = serializeSettings(settings);
      try {
        if (api.saveSettings) return await api.saveSettings(json);
        const doc = documentSettings();
        doc.set(DOC_SETTINGS_KEY, json);
        await saveDocumentSettings(doc);
      } catch (error) {
        throw toHostError(error, "write-failed");
      }
    },
  };
}
