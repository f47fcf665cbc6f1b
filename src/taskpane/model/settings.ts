/**
 * The pane's view of the settings stored in the workbook: the core's parser (src/core/settings.ts)
 * completed with the defaults, so every field the settings panel edits has a value.
 */
import { parseStoredSettings as parseCoreSettings } from "../../core/settings";
import { DEFAULT_SETTINGS, type JudgeSettings } from "../../core/types";
import type { StoredSettings } from "../host";

export const DEFAULT_STORED: StoredSettings = { ...DEFAULT_SETTINGS, bands: { ...DEFAULT_SETTINGS.bands }, asOf: null };

/** What the settings panel accepts: red < yellow ≤ 100 ≤ blue, all non-negative. */
export function bandsValid(bands: JudgeSettings["bands"]): boolean {
  return bands.red >= 0 && bands.red < bands.yellow && bands.yellow <= 100 && bands.blue >= 100;
}

/** JSON text (or null) → complete StoredSettings; bad fields fall back to the defaults. */
export function parseStoredSettings(json: string | null | undefined): StoredSettings {
  const stored = parseCoreSettings(json);
  const bands = stored.bands && bandsValid(stored.bands) ? stored.bands : { ...DEFAULT_SETTINGS.bands };
  return { ...DEFAULT_STORED, ...stored, bands, asOf: stored.asOf ?? null };
}

export function serializeSettings(settings: StoredSettings): string {
  const { asOf, ...rest } = settings;
  return JSON.stringify(asOf ? { ...rest, asOf } : rest);
}

export function toJudgeSettings(settings: StoredSettings, asOf: string): JudgeSettings {
  return { ...settings, bands: { ...settings.bands }, asOf };
}
