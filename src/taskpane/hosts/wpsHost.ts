/**
 * The WPS 表格 host: the pane inside WPS (its task pane page sees the same window.Application as the
 * ribbon). Checking writes the marks into the open workbook through src/host/wps (values mode), settings
 * live in A2 of the very hidden _PerfTargets sheet as in Excel, and a check started from the ribbon is
 * shown when the pane opens or while it is open (read from the add-in's PluginStorage).
 */
import { localIsoDate } from "../../core/dates";
import type { CheckResult } from "../../core/types";
import * as actions from "../../host/wps/actions";
import type { WpsApplication } from "../../host/wps/model";
import { lastRibbonResult } from "../../host/wps/ribbon";
import { overridesOf, parseStoredSettings, serializeSettings, type StoredSettings } from "../../core/settings";
import { HostError, locationAfterJump, toHostError, type PaneHost } from "../host";

/** How often an open pane looks for a newer ribbon check. */
const POLL_MS = 1500;

export function createWpsHost(app: WpsApplication | undefined, today: () => string = () => localIsoDate()): PaneHost {
  const need = (): WpsApplication => {
    if (!app) throw new HostError("office-unavailable", "WPS Application is not available");
    return app;
  };
  return {
    kind: "wps",
    async check(settings) {
      try {
        return actions.runCheck(need(), overridesOf(settings), today()).check as CheckResult;
      } catch (error) {
        throw toHostError(error, "read-failed");
      }
    },
    async selectCell(cell) {
      return locationAfterJump(cell, actions.selectCell(need(), cell));
    },
    subscribeResults(listener) {
      if (!app) return () => undefined;
      let seen = "";
      const look = () => {
        const last = lastRibbonResult(app, seen);
        if (last && last.at !== seen) {
          seen = last.at;
          listener(last.result);
        }
      };
      look();
      const timer = setInterval(look, POLL_MS);
      return () => clearInterval(timer);
    },
    async loadSettings(): Promise<StoredSettings | null> {
      try {
        const text = actions.loadSettings(need());
        return text ? parseStoredSettings(text) : null;
      } catch {
        return null; // no stored settings is not an error: the pane uses the defaults
      }
    },
    async saveSettings(settings) {
      try {
        actions.saveSettings(need(), serializeSettings(settings));
      } catch (error) {
        throw toHostError(error, "write-failed");
      }
    },
  };
}

/** WPS gives its add-in pages window.Application (and no Office.js). */
export function wpsApplication(win: { Application?: unknown; Office?: unknown }): WpsApplication | undefined {
  const app = win.Application as WpsApplication | undefined;
  return app && typeof app === "object" && !win.Office ? app : undefined;
}
