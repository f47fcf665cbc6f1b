import { isValidIso } from "./dates";
import { DEFAULT_SETTINGS, type JudgeSettings, type ScheduleMethod } from "./types";

/** What a workbook may store (all optional); unknown or malformed fields are ignored, never fatal. */
export type StoredSettings = Partial<JudgeSettings>;

const METHODS: ScheduleMethod[] = ["interpolate", "step", "time"];

/** Parse the settings JSON kept in the workbook, keeping only well-formed fields. */
export function parseStoredSettings(json: string | null | undefined): StoredSettings {
  if (!json) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof raw !== "object" || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: StoredSettings = {};
  if (typeof r.asOf === "string" && isValidIso(r.asOf)) out.asOf = r.asOf;
  if (typeof r.scheduleMethod === "string" && METHODS.includes(r.scheduleMethod as ScheduleMethod))
    out.scheduleMethod = r.scheduleMethod as ScheduleMethod;
  if (typeof r.strictQualityTimeCost === "boolean") out.strictQualityTimeCost = r.strictQualityTimeCost;
  if (typeof r.budgetYear === "number" && Number.isInteger(r.budgetYear)) out.budgetYear = r.budgetYear;
  if (r.lang === "zh" || r.lang === "en") out.lang = r.lang;
  const b = r.bands as Record<string, unknown> | undefined;
  if (b && [b.red, b.yellow, b.blue].every((v) => typeof v === "number" && Number.isFinite(v)))
    if ((b.red as number) <= (b.yellow as number) && (b.yellow as number) <= (b.blue as number))
      out.bands = { red: b.red as number, yellow: b.yellow as number, blue: b.blue as number };
  if (Array.isArray(r.disabledRules))
    out.disabledRules = r.disabledRules.filter((x): x is string => typeof x === "string");
  return out;
}

/** Defaults ← stored settings ← explicit overrides (command line, pane). */
export function resolveSettings(
  stored: StoredSettings,
  overrides: Partial<JudgeSettings>,
  today: string,
): JudgeSettings {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined && v !== null));
  return { ...DEFAULT_SETTINGS, asOf: today, ...stored, ...defined } as JudgeSettings;
}
