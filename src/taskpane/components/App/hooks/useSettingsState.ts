/**
 * The judging settings and the monitoring date: loaded from the workbook, edited in the pane, stored
 * back in the workbook. A date typed by the user is stored with the next check.
 */
import { useCallback, useEffect, useState } from "react";
import type { PaneHost } from "../../../host";
import { DEFAULT_STORED, requestAt } from "../../../../core/settings";
import type { StoredSettings } from "../../../../core/settings";

export function useSettingsState(host: PaneHost, today: string) {
  const [settings, setSettings] = useState<StoredSettings>(DEFAULT_STORED);
  const [asOf, setAsOfState] = useState(today);
  const [asOfTouched, setAsOfTouched] = useState(false);

  /** Take the settings a workbook stores (its date too); null = keep what the pane has. */
  const adopt = useCallback((stored: StoredSettings | null) => {
    if (!stored) return;
    setSettings(stored);
    if (stored.asOf) setAsOfState(stored.asOf);
  }, []);

  useEffect(() => {
    let live = true;
    host.loadSettings().then(
      (stored) => live && adopt(stored),
      () => undefined, // unreadable settings: keep the defaults
    );
    return () => {
      live = false;
    };
  }, [host, adopt]);

  useEffect(() => {
    if (typeof document !== "undefined") document.documentElement.lang = settings.lang === "en" ? "en" : "zh-CN";
  }, [settings.lang]);

  /** A workbook's stored settings; for a workbook that stores none, the defaults in the pane's language. */
  const orDefaults = useCallback(
    (stored: StoredSettings | null): StoredSettings => stored ?? { ...DEFAULT_STORED, lang: settings.lang },
    [settings.lang],
  );

  /**
   * The settings of the workbook a check is about to read, adopted: WPS keeps one pane for its window while the clerk
   * switches workbooks, so the settings loaded for one workbook must not judge (nor be stored into) another. A
   * workbook that stores none has the defaults, in the pane's language.
   */
  const reload = useCallback(async (): Promise<StoredSettings> => {
    const own = orDefaults(await host.loadSettings().catch(() => null));
    setSettings(own);
    if (own.asOf && !asOfTouched) setAsOfState(own.asOf);
    return own;
  }, [host, orDefaults, asOfTouched]);

  /** Store the typed date with the settings before a check, so everyone sees the same judgement. */
  const storeDateBeforeCheck = useCallback(
    async (current: StoredSettings, date: string): Promise<StoredSettings> => {
      if (!asOfTouched || current.asOf === date) return current;
      const withDate = { ...current, asOf: date };
      await host.saveSettings(withDate);
      setSettings(withDate);
      return withDate;
    },
    [host, asOfTouched],
  );

  return {
    settings,
    setSettings,
    asOf,
    asOfTouched,
    adopt,
    orDefaults,
    reload,
    storeDateBeforeCheck,
    /**
     * The settings as a check asks for them at `date`, chosen when typed into the pane or stored by it; else the
     * workbook's own date (typed on its summary) goes first (core/pipeline.ts).
     */
    request: (current: StoredSettings, date: string) => requestAt(current, date, asOfTouched || current.asOf !== null),
    /**
     * The date for a workbook that stores none: the one typed into the pane, else today — never the date the previous
     * workbook stored, which is only shown (a second unit's workbook was judged, and said to be judged "today", at the
     * first unit's date).
     */
    dateForUnstored: asOfTouched ? asOf : today,
    /** A date shown because of a check (the ribbon's, or one judged at the workbook's own date), not typed: nothing to store. */
    showAsOf: setAsOfState,
    setAsOf: (date: string) => {
      setAsOfState(date);
      setAsOfTouched(true);
    },
  };
}

export type SettingsState = ReturnType<typeof useSettingsState>;
