/**
 * The ribbon of the WPS add-in (wps/ribbon.xml): 检查目标 / 打开面板 / 清除标记. WPS calls the callbacks
 * named in ribbon.xml on the add-in's own page (OnAddinLoad once, OnAction per click, GetImage per button, GetLabel /
 * GetScreentip / GetSupertip for the words); they run the same read → pipeline → apply as the Excel ribbon and open
 * the same task pane.
 *
 * WPS facts used here (open.wps.cn, WPS 加载项开发说明; the wpsjs templates' ribbon.js):
 * - "解析ribbon.xml生成自定义功能区,解析过程中会调用若干次接口函数" — callbacks are global functions;
 * - a task pane is `Application.CreateTaskPane(url)`, shown with `.Visible = true`, found again with
 *   `GetTaskPane(id)`; `Application.PluginStorage` is shared by the add-in's pages ("一个 WPS 加载项中的多个
 *   网页形成了一个整体, 相互之间可以进行数据共享");
 * - a word given by a callback is asked for again only after it is invalidated. Kingsoft's typings for ET add-ins (npm
 *   et-jsapi-declare 2.5.0, index.d.ts, `WPS.RibbonUi`): Invalidate "将自定义功能区的数据缓存置为无效，WPS 应用程序会在下一次显示
 *   时再次获取更新", InvalidateControl(ControlID) "指定更新一个控件，参数是控件Id"; the same root carries `readonly ribbonUI:
 *   RibbonUi`. The template keeps the ribbonUI OnAddinLoad is given on `window.Application.ribbonUI` and, after changing
 *   what its OnGetLabel returns, calls `InvalidateControl` once per button ("通知wps刷新以下几个按饰的状态"), its
 *   `Invalidate()` left commented out (https://app.unpkg.com/wpsjs@2.2.2/files/packages/@wps-jsapi/wpp_react/src/
 *   components/ribbon.js). The ribbon does as the template does: InvalidateControl for each of its buttons (whose words
 *   are the only ones that change), Invalidate only where a WPS has no InvalidateControl. Should a WPS still not ask
 *   again, the buttons keep the words they were given (Chinese when WPS started: PluginStorage "的数据不会被持久化")
 *   and every message box is in the workbook's language all the same.
 *
 * The words follow the language chosen last: the pane tells it (PluginStorage LANG_KEY) when it reads or saves the
 * workbook's settings, a ribbon run when it is done; the page looks for it every LANGUAGE_POLL_MS (followLanguage).
 */
import { clearedInEach, clearedText, failedText, summarizeCheck } from "../../commands/commands";
import { renderMessage, say, WordedError, type Lang, type RibbonButton } from "../../core/locale/messages";
import { parseStoredSettings } from "../../core/settings";
import type { CheckResult } from "../../core/types";
import { activeWorkbook, loadSettings, runCheck, runClear } from "./actions";
import type { WpsApplication } from "./model";

export const RIBBON_BUTTONS = { check: "btnCheck", pane: "btnPane", clear: "btnClear" } as const;
/**
 * The buttons of ribbon.xml by id (RIBBON_BUTTONS turned round), whose words the callbacks give. The tab and group have
 * fixed Chinese words there: the WPS templates show getLabel on buttons only, and a tab whose label WPS never asked for
 * would have no name.
 */
const BUTTON_OF_ID = new Map<string, RibbonButton>(
  (Object.keys(RIBBON_BUTTONS) as RibbonButton[]).map((button) => [RIBBON_BUTTONS[button], button]),
);
/** PluginStorage keys: the open pane's id, and the last ribbon check for the pane to show. */
const PANE_ID_KEY = "perfTargets.paneId";
export const LAST_RESULT_KEY = "perfTargets.lastResult";
/** When the last result was stored: an open pane polls this small key, not the (large) result. */
const LAST_RESULT_AT_KEY = "perfTargets.lastResultAt";
/**
 * The files the add-in names, relative to its folder (online: the server's perftargets/; offline: jsaddons/
 * PerfTargets_<version>/): the pane page and the buttons' image. wps/package.ts puts them there under these very
 * names, letter case included: WPS on 统信 UOS / 麒麟 reads them from a Linux file system (tests/wps/package.test.ts).
 */
export const PANE_PAGE = "taskpane.html";
export const RIBBON_IMAGE = "images/perf-32.png";
/** The last ribbon clear, for the pane to say (WPS's alert is gone once closed; the pane still lists the findings). */
const LAST_CLEAR_KEY = "perfTargets.lastClear";
/**
 * While a ribbon 检查目标 / 清除标记 writes: when it last said so (ms since 1970) and the workbook it writes (its
 * FullName), as text ("1723708800000 D:\\绩效\\甲单位.xlsx"), else "". The open pane hears each of its writes as
 * SheetChange (the ribbon runs on the add-in's own page, and the event tells no writer) and must not take them for the
 * clerk's edits. PluginStorage is one for the add-in, whichever workbook is in front ("该对象在一个插件中对应着同一个实例",
 * et-jsapi-declare index.d.ts): the word names its workbook, so the clerk's edits in another open workbook are still
 * theirs. The run says it when it begins and again as it writes (at most every
 * RIBBON_WRITING_RENEW_MS, before a write), and clears it when it ends, however long it takes. A page that dies mid-run
 * never says it is done, so the word does not last for ever: it lapses RIBBON_WRITING_LAPSES_MS after the run last said
 * it, and the add-in's page drops it when it loads again: PluginStorage is the add-in's, not a page's, and OnAddinLoad
 * is "在整个wps加载项中是第一个执行的" (wpsjs's ribbon.js, which resets its own PluginStorage flags there).
 */
export const RIBBON_WRITING_KEY = "perfTargets.ribbonWriting";
/**
 * How long a ribbon run's word that it writes holds after it last said it. A dead run's word, kept, would hide the
 * clerk's edits: it hides them for this long at most.
 */
export const RIBBON_WRITING_LAPSES_MS = 60_000;
/** How often a writing run says so again: well inside the lapse, and not at every one of its writes. */
export const RIBBON_WRITING_RENEW_MS = 5_000;
/** The language chosen last ("zh" / "en"): the ribbon's words follow it. */
const LANG_KEY = "perfTargets.lang";
/** How often the add-in's page looks whether the language changed (a small key, read in memory). */
export const LANGUAGE_POLL_MS = 1000;

export interface RibbonUi {
  app(): WpsApplication | undefined;
  /** The add-in's page has no UI of its own: short results and errors are shown as a message box. */
  alert(message: string): void;
  /** The task pane page (taskpane.html next to main.js). */
  paneUrl(): string;
  today(): string;
  now(): Date;
}

/** What OnAddinLoad is given (CustomUI's IRibbonUI): invalidating makes WPS ask the callbacks for the words again. */
interface WpsRibbonUi {
  Invalidate(): void;
  InvalidateControl?(id: string): void;
}

/** The control WPS passes a callback: its id in ribbon.xml. */
interface RibbonControlArg {
  Id: string;
}

/** The functions ribbon.xml names, which WPS finds as globals of the add-in's page. */
interface RibbonCallbacks {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: RibbonControlArg): void;
  GetImage(control: RibbonControlArg): string;
  GetLabel(control: RibbonControlArg): string;
  GetScreentip(control: RibbonControlArg): string;
  GetSupertip(control: RibbonControlArg): string;
}

interface Ribbon extends RibbonCallbacks {
  /** Shows the words in the language chosen since they were last given (in the pane, say); the page calls it often. */
  followLanguage(): void;
}

export interface StoredResult {
  at: string;
  result: CheckResult;
  /** The workbook checked (its FullName): the pane may be showing it while another one is active. */
  workbook?: string;
}

export interface StoredClear {
  at: string;
  /** What the clear said, in each language: the pane says it in its own. */
  said: Record<Lang, string>;
  /** The workbook cleared (its FullName). */
  workbook?: string;
}

const NO_APPLICATION = say("host.no-application", {});

/** The WPS ribbon's callbacks (OnAddinLoad, OnAction, its labels and tips), its words in the language last chosen. */
export function createRibbon(ui: RibbonUi): Ribbon {
  let ribbonUi: WpsRibbonUi | null = null;
  // The language the words were last given in; Chinese until one is chosen.
  let lang: Lang = "zh";
  const followLanguage = () => {
    const chosen = chosenLanguage(ui.app());
    if (!chosen || chosen === lang) return;
    lang = chosen;
    try {
      if (!ribbonUi) return;
      if (typeof ribbonUi.InvalidateControl !== "function") return ribbonUi.Invalidate();
      for (const id of BUTTON_OF_ID.keys()) ribbonUi.InvalidateControl(id);
    } catch {
      // The buttons keep their words; the page's timer must not stop on it.
    }
  };
  const words = (control: RibbonControlArg, part: "label" | "supertip") => {
    const which = BUTTON_OF_ID.get(control.Id);
    if (!which) return "";
    if (part === "label") return renderMessage(say("ribbon.label", { control: which }), lang);
    return renderMessage(say("ribbon.supertip", { control: which }), lang);
  };
  /** A run's language is the one its workbook chose: the ribbon tells it, and its words follow at once. */
  const ranIn = (app: WpsApplication, runLang: Lang) => {
    tellLanguage(app, runLang);
    followLanguage();
  };
  const withApp = (work: (app: WpsApplication, writing: () => void) => string | null) => {
    const app = ui.app();
    // Outside WPS there is no workbook whose settings say the language chosen: both, Chinese first.
    if (!app) return ui.alert(`${renderMessage(NO_APPLICATION)}\n${renderMessage(NO_APPLICATION, "en")}`);
    let said = ui.now().getTime();
    const writes = activeWorkbook(app);
    const word = (at: number) => (writes === null ? String(at) : `${at} ${writes}`);
    /** Before a write: the word that the run writes said again once RIBBON_WRITING_RENEW_MS have passed. */
    const writing = () => {
      const now = ui.now().getTime();
      if (Math.abs(now - said) < RIBBON_WRITING_RENEW_MS) return;
      said = now;
      store(app, RIBBON_WRITING_KEY, word(now));
    };
    try {
      store(app, RIBBON_WRITING_KEY, word(said));
      const message = work(app, writing);
      store(app, RIBBON_WRITING_KEY, "");
      if (message) ui.alert(message);
    } catch (error) {
      store(app, RIBBON_WRITING_KEY, "");
      ui.alert(failedText(error, langAfterFailure(app)));
    }
  };
  return {
    OnAddinLoad(given) {
      const app = ui.app();
      ribbonUi = isRibbonUi(given) ? given : ribbonUiOf(app);
      lang = chosenLanguage(app) ?? "zh";
      // A run of the page this one replaces cannot be writing any more.
      if (app) store(app, RIBBON_WRITING_KEY, "");
      return true;
    },
    OnAction(control) {
      switch (control.Id) {
        case RIBBON_BUTTONS.check:
          return withApp((app, writing) => {
            const workbook = activeWorkbook(app) ?? undefined;
            const run = runCheck(app, {}, ui.today(), writing);
            const check = run.check as CheckResult;
            const at = ui.now().toISOString();
            store(app, LAST_RESULT_KEY, JSON.stringify({ at, result: check, workbook } satisfies StoredResult));
            store(app, LAST_RESULT_AT_KEY, at);
            ranIn(app, run.lang);
            return summarizeCheck(check, run.lang);
          });
        case RIBBON_BUTTONS.pane:
          return withApp((app) => {
            showPane(app, ui.paneUrl());
            return null;
          });
        case RIBBON_BUTTONS.clear:
          return withApp((app, writing) => {
            const workbook = activeWorkbook(app) ?? undefined;
            const run = runClear(app, writing);
            const message = clearedText(run.plan.messages, run.lang);
            const said = run.plan.said ? clearedInEach(run.plan.said) : { zh: message, en: message };
            const at = ui.now().toISOString();
            store(app, LAST_CLEAR_KEY, JSON.stringify({ at, said, workbook } satisfies StoredClear));
            ranIn(app, run.lang);
            return message;
          });
        default:
          return undefined;
      }
    },
    GetImage() {
      return RIBBON_IMAGE;
    },
    GetLabel: (control) => words(control, "label"),
    // The screentip is the button's name, as Office shows it by default.
    GetScreentip: (control) => words(control, "label"),
    GetSupertip: (control) => words(control, "supertip"),
    followLanguage,
  };
}

/** The globals the add-in's page gives WPS: the callbacks ribbon.xml names. */
export function ribbonCallbacks(ribbon: Ribbon): RibbonCallbacks {
  const { OnAddinLoad, OnAction, GetImage, GetLabel, GetScreentip, GetSupertip } = ribbon;
  return { OnAddinLoad, OnAction, GetImage, GetLabel, GetScreentip, GetSupertip };
}

/** Tell the add-in's pages the language the user chose (the pane's settings, a ribbon run's workbook). */
export function tellLanguage(app: WpsApplication, lang: Lang): void {
  store(app, LANG_KEY, lang);
}

function chosenLanguage(app: WpsApplication | undefined): Lang | null {
  try {
    const lang = app?.PluginStorage?.getItem(LANG_KEY);
    return lang === "zh" || lang === "en" ? lang : null;
  } catch {
    return null;
  }
}

function isRibbonUi(value: unknown): value is WpsRibbonUi {
  return typeof (value as WpsRibbonUi | null)?.Invalidate === "function";
}

/** The add-in root's own `ribbonUI` (Kingsoft's typings), for a WPS that hands OnAddinLoad none. */
function ribbonUiOf(app: WpsApplication | undefined): WpsRibbonUi | null {
  try {
    const own = app?.ribbonUI;
    return isRibbonUi(own) ? own : null;
  } catch {
    return null;
  }
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
function showPane(app: WpsApplication, url: string): void {
  const id = storedPaneId(app.PluginStorage?.getItem(PANE_ID_KEY));
  const existing = id === null ? null : app.GetTaskPane?.(id);
  if (existing) {
    existing.Visible = true;
    return;
  }
  if (!app.CreateTaskPane) throw new WordedError(say("host.no-task-pane", {}));
  const pane = app.CreateTaskPane(url);
  store(app, PANE_ID_KEY, pane.ID);
  pane.Visible = true;
}

/**
 * The pane's ID as PluginStorage gives it back: Kingsoft's typings say getItem returns a string ("3"), its template
 * reads what it stored as the same type (3); either is the ID. Anything else: no pane yet.
 */
function storedPaneId(stored: unknown): number | null {
  if (typeof stored === "number") return Number.isInteger(stored) ? stored : null;
  return typeof stored === "string" && /^\d+$/.test(stored) ? Number(stored) : null;
}

/**
 * A ribbon run is writing `workbook` (its FullName) at `now` (RIBBON_WRITING_KEY, said less than
 * RIBBON_WRITING_LAPSES_MS before): the SheetChange the pane hears there is its own. A word naming no workbook (an
 * earlier version's), or a workbook not known (null), holds for any. Text or number, as PluginStorage may give either back.
 */
export function ribbonWriting(app: WpsApplication, workbook: string | null, now: number = Date.now()): boolean {
  try {
    const stored = app.PluginStorage?.getItem(RIBBON_WRITING_KEY);
    const [, at, writes] = /^(\d+)(?: (.*))?$/s.exec(String(stored ?? "")) ?? [];
    const since = at === undefined ? NaN : Number(at);
    if (!Number.isFinite(since) || Math.abs(now - since) >= RIBBON_WRITING_LAPSES_MS) return false;
    return writes === undefined || workbook === null || writes === workbook;
  } catch {
    return false;
  }
}

/** The last ribbon check, for the pane; null when there is none, it cannot be read, or it is the one `seenAt`. */
export function lastRibbonResult(app: WpsApplication, seenAt = ""): StoredResult | null {
  const at = app.PluginStorage?.getItem(LAST_RESULT_AT_KEY);
  if (typeof at !== "string" || at === seenAt) return null;
  const text = app.PluginStorage?.getItem(LAST_RESULT_KEY);
  if (typeof text !== "string" || text === "") return null;
  try {
    const { result, workbook } = JSON.parse(text) as StoredResult;
    return { at, result, workbook };
  } catch {
    return null;
  }
}

/** The last ribbon clear, for the pane; null when there is none, it cannot be read, or it is the one `seenAt`. */
export function lastRibbonClear(app: WpsApplication, seenAt = ""): StoredClear | null {
  const text = app.PluginStorage?.getItem(LAST_CLEAR_KEY);
  if (typeof text !== "string" || text === "") return null;
  try {
    const clear = JSON.parse(text) as StoredClear;
    return typeof clear.at === "string" && clear.at !== seenAt && clear.said ? clear : null;
  } catch {
    return null;
  }
}

function store(app: WpsApplication, key: string, value: string | number): void {
  try {
    app.PluginStorage?.setItem(key, value);
  } catch {
    // A result too large for the store: the pane checks again when asked instead of showing it.
  }
}
