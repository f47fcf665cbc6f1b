/**
 * The WPS 表格 host: the pane inside WPS (its task pane page sees the same window.Application as the
 * ribbon). Checking writes the marks into the open workbook through src/host/wps (values mode), settings
 * live in A2 of the very hidden _PerfTargets sheet as in Excel, and a check started from the ribbon is
 * shown when the pane opens or while it is open (read from the add-in's PluginStorage), and so is what a ribbon 清除标记
 * said (WPS's alert is gone once closed, and the pane would go on listing the findings as if still marked). Rows or columns inserted or
 * deleted after the shown check are told by looking at the cells it points to after each SheetChange (host/wps/shifts.ts).
 */
import { localIsoDate } from "../../core/dates";
import type { CheckResult } from "../../core/types";
import * as actions from "../../host/wps/actions";
import { bookName, type WpsApplication, type WpsWorksheet } from "../../host/wps/model";
import {
  lastRibbonClear,
  lastRibbonResult,
  ribbonWriting,
  tellLanguage,
  type StoredClear,
  type StoredResult,
} from "../../host/wps/ribbon";
import { anchorsMoved, anchorsOf, type Anchor } from "../../host/wps/shifts";
import { overridesOf, parseStoredSettings, serializeSettings, type StoredSettings } from "../../core/settings";
import { checkFailure, HostError, shownAfterJump, toHostError, type EditedSheet, type PaneHost } from "../host";

/** How often an open pane looks for a newer ribbon check. */
const POLL_MS = 1500;
/**
 * How long after the last SheetChange the shown result's cells are looked at: a check writes many blocks, each one event;
 * they are looked at once, after the burst.
 */
export const SHIFT_SETTLE_MS = 300;

export function createWpsHost(app: WpsApplication | undefined, today: () => string = () => localIsoDate()): PaneHost {
  const need = (): WpsApplication => {
    if (!app) throw new HostError("wps-unavailable", "WPS Application is not available");
    return app;
  };
  // The cells the shown result points to (none once they were seen to move: the pane warns until the next result), and
  // the workbook it came from (FullName): the one pane serves every open workbook.
  let anchors: Anchor[] = [];
  let shownIn: string | null = null;
  /** The workbook (FullName) each result handed to the pane was checked in. */
  const checkedIn = new WeakMap<CheckResult, string>();
  const shown = (result: CheckResult, workbook: string | null) => {
    anchors = anchorsOf(result);
    shownIn = workbook;
    if (workbook !== null) checkedIn.set(result, workbook);
    return result;
  };
  const shiftListeners = new Set<() => void>();
  let watching = false;
  let settle: ReturnType<typeof setTimeout> | undefined;
  const look = () => {
    settle = undefined;
    if (!app || anchors.length === 0 || !anchorsMoved(app, anchors, shownIn)) return;
    anchors = [];
    shiftListeners.forEach((l) => l());
  };
  const editListeners = new Set<(edited: EditedSheet) => void>();
  /**
   * True while the pane's own check writes: SheetChange tells of every change, the add-in's included, with no word of
   * whose (VBA's Change event, whose meaning WPS's is, fires for a macro's writes as they are made: the fake raises it
   * so), so those raised during it are the check's. A ribbon run writes from the add-in's own page: it says so in
   * PluginStorage, which the add-in's pages share (ribbonWriting).
   */
  let writing = false;
  const onSheetChange = (sheet: WpsWorksheet) => {
    if (settle !== undefined) clearTimeout(settle);
    settle = setTimeout(look, SHIFT_SETTLE_MS);
    if (writing || editListeners.size === 0 || !app) return;
    // The clerk changes the workbook in front (SheetChange tells of no other): the ribbon's word is of the one it writes.
    const changed = actions.activeWorkbook(app);
    if (ribbonWriting(app, changed)) return;
    // The one pane serves every open workbook: a change in another than the shown result's says nothing of it.
    if (shownIn !== null && changed !== shownIn) return;
    const edited = { name: sheet.Name, id: sheet.CodeName };
    editListeners.forEach((l) => l(edited));
  };
  const listen = () => {
    if (watching || !app?.ApiEvent) return;
    // One handler for the pane's lifetime. Without ApiEvent (not in WPS) the pane just never warns.
    app.ApiEvent.AddApiEventListener("SheetChange", onSheetChange);
    watching = true;
  };
  return {
    kind: "wps",
    async check(settings) {
      try {
        const checkedIn = actions.activeWorkbook(need());
        writing = true;
        return shown(actions.runCheck(need(), overridesOf(settings), today()).check as CheckResult, checkedIn);
      } catch (error) {
        throw checkFailure(error);
      } finally {
        writing = false;
      }
    },
    sameWorkbook(a, b) {
      const workbook = checkedIn.get(a);
      return workbook !== undefined && workbook === checkedIn.get(b);
    },
    onCellsShifted(listener) {
      shiftListeners.add(listener);
      listen();
      return () => shiftListeners.delete(listener);
    },
    onCellsEdited(listener) {
      editListeners.add(listener);
      listen();
      return () => editListeners.delete(listener);
    },
    async selectCell(cell, anchor = null, sheet) {
      return shownAfterJump(actions.jumpTo(need(), cell, anchor, shownIn, sheet), anchor);
    },
    subscribeResults(listener, _onError, onCleared) {
      if (!app) return () => undefined;
      let seen = "";
      let clearSeen = "";
      // A ribbon check of another workbook than the one in front waits until that one is shown again: the pane opened
      // over 乙单位's workbook does not show 甲单位's results as if they were 乙's. So does a clear's word.
      let waiting: StoredResult | null = null;
      let clearWaiting: StoredClear | null = null;
      const inFront = (workbook: string | undefined) =>
        workbook === undefined || workbook === actions.activeWorkbook(app);
      const look = () => {
        const last = lastRibbonResult(app, seen);
        if (last) [seen, waiting] = [last.at, last];
        const clear = lastRibbonClear(app, clearSeen);
        if (clear) [clearSeen, clearWaiting] = [clear.at, clear];
        // A check after the clear marked the sheet again: the clear is no longer news (ISO times compare as text).
        if (clearWaiting && seen > clearWaiting.at) clearWaiting = null;
        if (waiting && inFront(waiting.workbook)) {
          const { result, workbook } = waiting;
          waiting = null;
          listener(shown(result, workbook ?? null));
        }
        // The clear's word after the check it followed: the pane says the results shown are of before it.
        if (clearWaiting && inFront(clearWaiting.workbook)) {
          const { said } = clearWaiting;
          clearWaiting = null;
          onCleared?.(said);
        }
      };
      look();
      const timer = setInterval(look, POLL_MS);
      return () => clearInterval(timer);
    },
    watchWorkbook(result, listener) {
      const fullName = checkedIn.get(result);
      if (!app || fullName === undefined) {
        listener(null);
        return () => undefined;
      }
      // The clerk switches workbooks in WPS's tabs; the pane learns it by looking, as for ribbon checks.
      let said = "";
      const look = () => {
        const front = actions.activeWorkbook(app);
        const closed = front !== fullName && !actions.workbookOpen(app, fullName);
        const now = { name: bookName(fullName), front: front === null ? null : bookName(front), closed };
        if (JSON.stringify(now) === said) return;
        said = JSON.stringify(now);
        listener(now);
      };
      look();
      const timer = setInterval(look, POLL_MS);
      return () => clearInterval(timer);
    },
    async loadSettings(): Promise<StoredSettings | null> {
      try {
        const text = actions.loadSettings(need());
        const stored = text ? parseStoredSettings(text) : null;
        // The ribbon's words follow the workbook's language (Chinese when it chose none).
        tellLanguage(need(), stored?.lang ?? "zh");
        return stored;
      } catch {
        return null; // no stored settings is not an error: the pane uses the defaults
      }
    },
    async saveSettings(settings) {
      try {
        actions.saveSettings(need(), serializeSettings(settings));
        tellLanguage(need(), settings.lang);
      } catch (error) {
        throw toHostError(error, "write-failed");
      }
    },
  };
}

/**
 * WPS gives its add-in pages `window.Application`: Kingsoft's typings for ET add-ins (npm et-jsapi-declare 2.5.0,
 * index.d.ts) declare `interface Window { readonly Application: WPSMergedRoot; readonly wps: WPSMergedRoot; }` ("推荐使用
 * 此方式：获取当前应用程序的Application对象"), the root carrying the add-in members `PluginStorage` and `CreateTaskPane(url,
 * title?)`. Those two, not the absence of Office-like globals, tell WPS: its page is Chromium ("WPS 加载项的底层是以
 * Chromium 开源浏览器项目为基础", open.wps.cn, WPS 加载项介绍), so it may well show `chrome.webview` or an `Office`, while no
 * Excel page has an Application with a PluginStorage. taskpane.html's inline script asks the same question first.
 */
export function wpsApplication(win: { Application?: unknown }): WpsApplication | undefined {
  try {
    const app = win.Application as WpsApplication | null | undefined;
    const isRoot = (typeof app === "object" || typeof app === "function") && app !== null;
    // Present, not `typeof … === "function"`: what a host object's methods say to typeof is the embedder's business.
    return isRoot && Boolean(app.PluginStorage) && Boolean(app.CreateTaskPane) ? app : undefined;
  } catch {
    return undefined; // a global whose members throw when read is no WPS
  }
}
