/**
 * The pane's state: settings (from the workbook), the monitoring date, the last check, filters and errors.
 * Every call to the host goes through here and every failure becomes a HostError shown with what to do.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { CellRef, CheckResult } from "../../../core/types";
import { DEFAULT_STORED, toJudgeSettings, type StoredSettings } from "../../../core/settings";
import { toHostError, type HostError, type PickedFile } from "../../host";
import { todayIso } from "../../model/format";
import {
  buildProjectViews,
  countByLight,
  filterProjects,
  NO_FILTERS,
  type Filters,
  type LightFilter,
} from "../../model/views";
import { translator } from "../../strings";
import { SAMPLE_URL } from "../States/EmptyState";
import type { AppProps, Phase } from "./App.types";

export function useAppState({ host, today = todayIso() }: AppProps) {
  const [settings, setSettings] = useState<StoredSettings>(DEFAULT_STORED);
  const [asOf, setAsOfState] = useState(today);
  const [asOfTouched, setAsOfTouched] = useState(false);
  const [phase, setPhase] = useState<Phase>("idle");
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<{ error: HostError; retry?: () => void } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [savingSettings, setSavingSettings] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const t = translator(settings.lang);

  const adoptSettings = useCallback((stored: StoredSettings | null) => {
    if (!stored) return;
    setSettings(stored);
    if (stored.asOf) setAsOfState(stored.asOf);
  }, []);

  useEffect(() => {
    let live = true;
    host.loadSettings().then(
      (stored) => live && adoptSettings(stored),
      () => undefined, // unreadable settings: keep the defaults
    );
    return () => {
      live = false;
    };
  }, [host, adoptSettings]);

  // Checks run from the ribbon show up here too.
  useEffect(() => {
    if (!host.subscribeResults) return;
    return host.subscribeResults((checked) => {
      setResult(checked);
      setAsOfState(checked.asOf);
      setPhase("done");
    });
  }, [host]);

  useEffect(() => {
    if (typeof document !== "undefined") document.documentElement.lang = settings.lang === "en" ? "en" : "zh-CN";
  }, [settings.lang]);

  const runCheck = useCallback(
    async (current: StoredSettings = settings, date: string = asOf) => {
      setPhase("checking");
      setError(null);
      setNotice(null);
      try {
        if (asOfTouched && current.asOf !== date) {
          const withDate = { ...current, asOf: date };
          await host.saveSettings(withDate);
          setSettings(withDate);
        }
        setResult(await host.check(toJudgeSettings(current, date)));
        setPhase("done");
      } catch (e) {
        setError({ error: toHostError(e, "read-failed"), retry: () => void runCheck(current, date) });
        setPhase(result ? "done" : "idle");
      }
    },
    [host, settings, asOf, asOfTouched, result],
  );

  const openFile = useCallback(
    async (file: PickedFile) => {
      if (!host.openFile) return;
      setPhase("checking");
      setError(null);
      try {
        const opened = await host.openFile(file);
        setFileName(opened.name);
        setFilters(NO_FILTERS);
        const current = opened.settings ?? settings;
        const date = opened.settings?.asOf ?? asOf;
        adoptSettings(opened.settings);
        setResult(await host.check(toJudgeSettings(current, date)));
        setPhase("done");
      } catch (e) {
        setError({ error: toHostError(e, "not-xlsx") });
        setResult(null);
        setFileName(null);
        setPhase("idle");
      }
    },
    [host, settings, asOf, adoptSettings],
  );

  const openSample = useCallback(async () => {
    try {
      const response = await fetch(SAMPLE_URL);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = await response.arrayBuffer();
      await openFile({ name: "sample.xlsx", arrayBuffer: async () => data });
    } catch (e) {
      setNotice(t("sampleFailed", { detail: e instanceof Error ? e.message : String(e) }));
    }
  }, [openFile, t]);

  const download = useCallback(async () => {
    if (!host.downloadChecked) return;
    setDownloading(true);
    setNotice(null);
    try {
      const { fileName: name } = await host.downloadChecked(toJudgeSettings(settings, asOf));
      setNotice(t("downloaded", { name }));
    } catch (e) {
      setError({ error: toHostError(e, "write-failed"), retry: () => void download() });
    } finally {
      setDownloading(false);
    }
  }, [host, settings, asOf, t]);

  const saveSettings = useCallback(
    async (next: StoredSettings) => {
      setSavingSettings(true);
      try {
        await host.saveSettings(next);
        setSettings(next);
        setSettingsOpen(false);
        setNotice(translator(next.lang)("saved"));
      } catch (e) {
        setNotice(t("saveFailed", { detail: e instanceof Error ? e.message : String(e) }));
        return;
      } finally {
        setSavingSettings(false);
      }
      // The shown results were judged with the old settings (their explanations in the old language): judge again.
      if (result) await runCheck(next, asOf);
    },
    [host, t, result, runCheck, asOf],
  );

  const selectCell = useCallback(
    (cell: CellRef) => {
      host.selectCell(cell).catch((e: unknown) => {
        setNotice(t("selectFailed", { detail: e instanceof Error ? e.message : String(e) }));
      });
    },
    [host, t],
  );

  const projects = useMemo(() => (result ? buildProjectViews(result) : []), [result]);
  const counts = useMemo(() => countByLight(projects), [projects]);
  const visible = useMemo(() => filterProjects(projects, filters), [projects, filters]);

  return {
    host,
    settings,
    lang: settings.lang,
    asOf,
    phase,
    result,
    error,
    notice,
    fileName,
    filters,
    settingsOpen,
    savingSettings,
    downloading,
    dragging,
    projects,
    counts,
    visible,
    setAsOf: (date: string) => {
      setAsOfState(date);
      setAsOfTouched(true);
    },
    runCheck: () => void runCheck(),
    openFile: (file: PickedFile) => void openFile(file),
    openSample: () => void openSample(),
    download: () => void download(),
    saveSettings: (next: StoredSettings) => void saveSettings(next),
    toggleLanguage: () => void saveSettings({ ...settings, lang: settings.lang === "zh" ? "en" : "zh" }),
    openSettings: () => setSettingsOpen((open) => !open),
    closeSettings: () => setSettingsOpen(false),
    selectCell,
    dismissError: () => setError(null),
    dismissNotice: () => setNotice(null),
    setDragging,
    toggleLight: (light: LightFilter) =>
      setFilters((f) => ({
        ...f,
        lights: f.lights.includes(light) ? f.lights.filter((l) => l !== light) : [...f.lights, light],
      })),
    setProblemsOnly: (problemsOnly: boolean) => setFilters((f) => ({ ...f, problemsOnly })),
    setSearch: (search: string) => setFilters((f) => ({ ...f, search })),
    clearFilters: () => setFilters(NO_FILTERS),
  };
}

export type AppState = ReturnType<typeof useAppState>;
