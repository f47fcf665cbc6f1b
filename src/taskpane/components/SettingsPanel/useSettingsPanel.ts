import { useState } from "react";
import type { ScheduleMethod } from "../../../core/types";
import { bandsValid, type StoredSettings } from "../../../core/settings";
import { useStrings } from "../../strings";
import type { SettingsPanelProps } from "./SettingsPanel.types";

type BandKey = keyof StoredSettings["bands"];

/** A draft of the settings: edited freely, saved only when the bands make sense. */
export function useSettingsPanel({ settings, onSave }: SettingsPanelProps) {
  const t = useStrings();
  const [draft, setDraft] = useState<StoredSettings>(settings);
  const [bandText, setBandText] = useState<Record<BandKey, string>>({
    red: String(settings.bands.red),
    yellow: String(settings.bands.yellow),
    blue: String(settings.bands.blue),
  });
  const bands = { red: Number(bandText.red), yellow: Number(bandText.yellow), blue: Number(bandText.blue) };
  const valid =
    Object.values(bandText).every((v) => v.trim() !== "" && Number.isFinite(Number(v))) && bandsValid(bands);
  return {
    t,
    draft,
    bandText,
    valid,
    setBand: (key: BandKey, value: string) => setBandText((b) => ({ ...b, [key]: value })),
    setMethod: (method: string) => setDraft((d) => ({ ...d, scheduleMethod: method as ScheduleMethod })),
    setStrict: (strict: boolean) => setDraft((d) => ({ ...d, strictQualityTimeCost: strict })),
    setLevels: (levels: boolean) => setDraft((d) => ({ ...d, exceededForLevels: levels })),
    setLang: (lang: string) => setDraft((d) => ({ ...d, lang: lang === "en" ? "en" : "zh" })),
    save: () => {
      if (valid) onSave({ ...draft, bands });
    },
  };
}
