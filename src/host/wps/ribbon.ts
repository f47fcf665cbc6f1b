/**
 * The ribbon of the WPS add-in (wps/ribbon.xml): 检查目标 / 打开面板 / 清除标记. WPS calls the callbacks
 * named in ribbon.xml on the add-in's own page (OnAddinLoad once, OnAction per click, GetImage per button);
 * they run the same read → pipeline → apply as the Excel ribbon and open the same task pane.
 *
 * WPS facts used here (open.wps.cn, WPS 加载项开发说明; the wpsjs templates' ribbon.js):
 * - "解析ribbon.xml生成自定义功能区,解析过程中会调用若干次接口函数" — callbacks are global functions;
 * - a task pane is `Application.CreateTaskPane(url)`, shown with `.Visible = true`, found again with
 *   `GetTaskPane(id)`; `Application.PluginStorage` is shared by the add-in's pages ("一个 WPS 加载项中的多个
 *   网页形成了一个整体, 相互之间可以进行数据共享").
 */
import { clearedText, failedText, summarizeCheck } from "../../commands/commands";
import { renderMessage, say, WordedError, type Lang } from "../../core/locale/messages";
import { parseStoredSettings } from "../../core/settings";
import type { CheckResult } from "../../core/types";
import { loadSettings, runCheck, runClear } from "./actions";
import type { WpsApplication } from "./model";

export const RIBBON_BUTTONS = { check: "btnCheck", pane: "btnPane", clear: "btnClear" } as const;
/** PluginStorage keys: the open pane's id, and the last ribbon check for the pane to show. */
export const PANE_ID_KEY = "perfTargets.paneId";
export const LAST_RESULT_KEY = "perfTargets.lastResult";
/** When the last result was stored: an open pane polls this small key, not the (large) result. */
export const LAST_RESULT_AT_KEY = "perfTargets.lastResultAt";

export interface RibbonUi {
  app(): WpsApplication | undefined;
  /** The add-in's page has no UI of its own: short results and errors are shown as a message box. */
  alert(message: string): void;
  /** The task pane page (taskpane.html next to main.js). */
  paneUrl(): string;
  today(): string;
  now(): Date;
}

export interface Ribbon {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: { Id: string }): void;
  GetImage(control: { Id: string }): string;
}

export interface StoredResult {
  at: string;
  result: CheckResult;
}

const NO_APPLICATION = say("host.no-application", {});

export function createRibbon(ui: RibbonUi): Ribbon {
  const withApp = (work: (app: WpsApplication) => string | null) => {
    const app = ui.app();
    // Outside WPS there is no workbook whose settings say the language chosen: both, Chinese first.
    if (!app) return ui.alert(`${renderMessage(NO_APPLICATION)}\n${renderMessage(NO_APPLICATION, "en")}`);
    try {
      const message = work(app);
      if (message) ui.alert(message);
    } catch (error) {
      ui.alert(failedText(error, langAfterFailure(app)));
    }
  };
  return {
    OnAddinLoad() {
      return true;
    },
    OnAction(control) {
      switch (control.Id) {
        case RIBBON_BUTTONS.check:
          return withApp((app) => {
            const run = runCheck(app, {}, ui.today());
            const check = run.check as CheckResult;
            const at = ui.now().toISOString();
            store(app, LAST_RESULT_KEY, JSON.stringify({ at, result: check }));
            store(app, LAST_RESULT_AT_KEY, at);
            return summarizeCheck(check, run.lang);
          });
        case RIBBON_BUTTONS.pane:
          return withApp((app) => {
            showPane(app, ui.paneUrl());
            return null;
          });
        case RIBBON_BUTTONS.clear:
          return withApp((app) => {
            const run = runClear(app);
            return clearedText(run.plan.messages, run.lang);
          });
        default:
          return undefined;
      }
    },
    GetImage() {
      return "images/perf-32.png";
    },
  };
}

/** A failed run told no language: the one the workbook's settings choose, when they can still be read; else Chinese. */
function langAfterFailure(app: WpsApplication): Lang {
  try {
    return parseStoredSettings(loadSettings(app)).lang;
  } catch {
    return "zh";
  }
}

/** Show the add-in's one task pane, creating it the first time. */
export function showPane(app: WpsApplication, url: string): void {
  const id = app.PluginStorage?.getItem(PANE_ID_KEY);
  const existing = typeof id === "number" ? app.GetTaskPane?.(id) : null;
  if (existing) {
    existing.Visible = true;
    return;
  }
  if (!app.CreateTaskPane) throw new WordedError(say("host.no-task-pane", {}));
  const pane = app.CreateTaskPane(url);
  store(app, PANE_ID_KEY, pane.ID);
  pane.Visible = true;
}

/** The last ribbon check, for the pane; null when there is none, it cannot be read, or it is the one `seenAt`. */
export function lastRibbonResult(app: WpsApplication, seenAt = ""): StoredResult | null {
  const at = app.PluginStorage?.getItem(LAST_RESULT_AT_KEY);
  if (typeof at !== "string" || at === seenAt) return null;
  const text = app.PluginStorage?.getItem(LAST_RESULT_KEY);
  if (typeof text !== "string" || text === "") return null;
  try {
    return { at, result: (JSON.parse(text) as StoredResult).result };
  } catch {
    return null;
  }
}

function store(app: WpsApplication, key: string, value: unknown): void {
  try {
    app.PluginStorage?.setItem(key, value);
  } catch {
    // A result too large for the store: the pane checks again when asked instead of showing it.
  }
}
