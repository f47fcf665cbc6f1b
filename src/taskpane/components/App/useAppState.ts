/**
 * The pane's state, put together from small hooks: settings and date (useSettingsState), opening and
 * checking (useCheckRun), the triage view and filters (useTriage), where a clicked item is
 * (useCellLocator), the checked copy (useDownload), the settings panel and its focus (useSettingsDialog), notices and errors (useMessages).
 */
import { useCallback, useState } from "react";
import { errorDetail, type PickedFile } from "../../host";
import { chooseDropped, droppedItems, dropNotice } from "../../model/dropped";
import { todayIso } from "../../model/format";
import { translator } from "../../strings";
import { SAMPLE_URL } from "../States/EmptyState";
import type { AppProps } from "./App.types";
import { useCellLocator } from "./hooks/useCellLocator";
import { useCheckRun } from "./hooks/useCheckRun";
import { useDownload } from "./hooks/useDownload";
import { useMessages } from "./hooks/useMessages";
import { useSettingsDialog } from "./hooks/useSettingsDialog";
import { useSettingsState } from "./hooks/useSettingsState";
import { useResultWorkbook } from "./hooks/useResultWorkbook";
import { useShiftWatch } from "./hooks/useShiftWatch";
import { useTriage } from "./hooks/useTriage";
import type { StoredSettings } from "../../../core/settings";

export function useAppState({ host, today = todayIso() }: AppProps) {
  const messages = useMessages();
  const s = useSettingsState(host, today);
  const t = translator(s.settings.lang);
  const run = useCheckRun(host, s, messages);
  const triage = useTriage(run.shown?.result ?? null);
  const downloader = useDownload(host, s, messages);
  const locator = useCellLocator(host, messages.setNotice, run.shown?.result ?? null);
  const stale = useShiftWatch(host, run.shown?.result ?? null);
  const workbook = useResultWorkbook(host, run.shown?.result ?? null);
  const dialog = useSettingsDialog();
  const [savingSettings, setSavingSettings] = useState(false);
  const [dragging, setDragging] = useState(false);

  const openSample = useCallback(async () => {
    try {
      const response = await fetch(SAMPLE_URL);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = await response.arrayBuffer();
      await run.openFile({ name: "sample.xlsx", arrayBuffer: async () => data });
    } catch (e) {
      messages.setNotice((t, lang) => t("sampleFailed", { detail: errorDetail(e, lang) }));
    }
  }, [run, messages]);

  /** A drop: one file is opened, what else was dropped is named (dropped.ts). */
  const openDropped = useCallback(
    (transfer: DataTransfer) => {
      const choice = chooseDropped(droppedItems(transfer));
      const notice = dropNotice(choice);
      if (choice.open) void run.openFile(choice.open, notice);
      else if (notice) messages.setNotice(notice);
    },
    [run, messages],
  );

  const saveSettings = useCallback(
    /**
     * `languageOnly`: the 中文 / English switch. The language shown is its answer (no “设置已保存”), and in the page what
     * the notice said of the file (what a drop did not open, the copy downloaded) stays, re-worded: judging again there
     * changes nothing in the file. In Excel and WPS judging again writes the sheet, so what was said of it goes.
     */
    async (next: StoredSettings, languageOnly = false) => {
      setSavingSettings(true);
      try {
        await host.saveSettings(next);
        s.setSettings(next);
        dialog.closeSettings();
        if (!languageOnly) messages.setNotice((t) => t("saved"));
      } catch (e) {
        messages.setNotice((t, lang) => t("saveFailed", { detail: errorDetail(e, lang) }));
        return;
      } finally {
        setSavingSettings(false);
      }
      // The shown results were judged with the old settings (their explanations in the old language): judge again.
      if (run.shown) await run.runCheck(next, s.asOf, languageOnly && host.kind === "standalone", languageOnly);
    },
    [host, s, run, dialog, messages],
  );

  return {
    host,
    t,
    lang: s.settings.lang,
    settings: s.settings,
    asOf: s.asOf,
    setAsOf: s.setAsOf,
    result: run.shown?.result ?? null,
    fileName: run.shown?.fileName ?? null,
    busy: run.work !== null,
    stale,
    workbook,
    work: run.work,
    opened: run.opened,
    ...downloader,
    dateHint: run.dateHint,
    applyDateHint: run.applyDateHint,
    runCheck: () => void run.runCheck(),
    openFile: (file: PickedFile) => void run.openFile(file),
    openDropped,
    openSample: () => void openSample(),
    cancel: host.cancel ? run.cancel : undefined,
    ...messages,
    ...triage,
    ...locator,
    ...dialog,
    savingSettings,
    saveSettings: (next: StoredSettings) => void saveSettings(next),
    toggleLanguage: () => void saveSettings({ ...s.settings, lang: s.settings.lang === "zh" ? "en" : "zh" }, true),
    dragging,
    setDragging,
  };
}

export type AppState = ReturnType<typeof useAppState>;
