/** Standalone: write "<name>.checked.xlsx" (the same plan as in Excel) and say so. */
import { useCallback, useState } from "react";
import { toHostError, type PaneHost } from "../../../host";
import type { Messages } from "./useMessages";
import type { SettingsState } from "./useSettingsState";

export function useDownload(host: PaneHost, s: SettingsState, messages: Messages) {
  const [downloading, setDownloading] = useState(false);
  const download = useCallback(async () => {
    if (!host.downloadChecked) return;
    setDownloading(true);
    messages.clear();
    try {
      const { fileName } = await host.downloadChecked(s.request(s.settings, s.asOf));
      messages.setNotice((t) => t("downloaded", { name: fileName }));
    } catch (e) {
      messages.setError({ error: toHostError(e, "write-failed"), retry: () => void download() });
    } finally {
      setDownloading(false);
    }
  }, [host, s, messages]);
  return { downloading, download: () => void download() };
}
