/**
 * The judging settings a workbook stores (JSON in A2 of the very hidden _PerfTargets sheet), in one place:
 * their shape, the one parser, the one band check, and how a host's overrides combine with them
 * (docs/domain.md#judging-defaults). The add-in, the standalone pane and the CLI all read them through here,
 * so a file judges the same everywhere.
 */
import { isPlausibleYear, isValidIso } from "./dates";
import { DEFAULT_SETTINGS, type JudgeSettings, type ScheduleMethod } from "./types";

/** The settings as stored: every field filled; asOf null = "the workbook's own date, else today". */
export type StoredSettings = Omit<JudgeSettings, "asOf"> & { asOf: string | null };

export const DEFAULT_STORED: StoredSettings = { ...DEFAULT_SETTINGS, bands: { ...DEFAULT_SETTINGS.bands }, asOf: null };

const METHODS: ScheduleMethod[] = ["interpolate", "step", "time"];

/** Warning bands that make sense: 0 ≤ red < yellow ≤ 100 ≤ blue (what the settings panel accepts). */
export function bandsValid(bands: JudgeSettings["bands"]): boolean {
  return bands.red >= 0 && bands.red < bands.yellow && bands.yellow <= 100 && bands.blue >= 100;
}

/** Only the well-formed fields of the stored JSON; unknown or malformed fields are ignored, never fatal. */
function wellFormedFields(json: string | null | undefined): Partial<JudgeSettings> {
  if (!json) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof raw !== "object" || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: Partial<JudgeSettings> = {};
  if (typeof r.asOf === "string" && isValidIso(r.asOf) && isPlausibleYear(Number(r.asOf.slice(0, 4))))
    out.asOf = r.asOf;
  if (typeof r.scheduleMethod === "string" && METHODS.includes(r.scheduleMethod as ScheduleMethod))
    out.scheduleMethod = r.scheduleMethod as ScheduleMethod;
  if (typeof r.strictQualityTimeCost === "boolean") out.strictQualityTimeCost = r.strictQualityTimeCost;
  if (typeof r.exceededForLevels === "boolean") out.exceededForLevels = r.exceededForLevels;
  if (typeof r.budgetYear === "number" && Number.isInteger(r.budgetYear) && isPlausibleYear(r.budgetYear))
    out.budgetYear = r.budgetYear;
  if (r.lang === "zh" || r.lang === "en") out.lang = r.lang;
  const b = r.bands as Record<string, unknown> | undefined;
  if (b && [b.red, b.yellow, b.blue].every((v) => typeof v === "number" && Number.isFinite(v))) {
    const bands = { red: b.red as number, yellow: b.yellow as number, blue: b.blue as number };
    if (bandsValid(bands)) out.bands = bands;
  }
  if (Array.isArray(r.disabledRules))
    out.disabledRules = r.disabledRules.filter((x): x is string => typeof x === "string");
  return out;
}

/** JSON text (or null) → complete StoredSettings; missing or bad fields take the defaults. */
export function parseStoredSettings(json: string | null | undefined): StoredSettings {
  const fields = wellFormedFields(json);
  return {
    ...DEFAULT_STORED,
    ...fields,
    bands: fields.bands ?? { ...DEFAULT_SETTINGS.bands },
    asOf: fields.asOf ?? null,
  };
}

/** Stored settings as the JSON kept in the record sheet (no asOf key when none is set). */
export function serializeSettings(settings: StoredSettings): string {
  const { asOf, ...rest } = settings;
  return JSON.stringify(asOf ? { ...rest, asOf } : rest);
}

/**
 * The stored settings with the date a run chose in place of the one they hold, or undefined when they hold none (the
 * copy then keeps judging as of the date on its summary, which the run writes). The command line's --as-of: its copy
 * checked again without it is judged as of that date, not the stored one it replaced.
 */
export function redatedSettings(json: string | null | undefined, asOf: string): string | undefined {
  const stored = parseStoredSettings(json);
  return stored.asOf !== null && stored.asOf !== asOf ? serializeSettings({ ...stored, asOf }) : undefined;
}

/**
 * A run's settings as the pane asks for them: its date, and whether that date was chosen (typed into the pane, or
 * stored by it) or is only what the pane shows when nothing chose one (today). A date not chosen gives way to the
 * workbook's own (typed on its summary: pipeline.ts withDate).
 */
export type JudgeRequest = JudgeSettings & { asOfChosen?: boolean };

/** The stored settings as the pane's request at `date`. */
export function requestAt(settings: StoredSettings, date: string, chosen: boolean): JudgeRequest {
  return { ...toJudgeSettings(settings, date), asOfChosen: chosen };
}

/** A request as a host's overrides (pipeline.ts settingsFor): its date only when chosen. */
export function overridesOf(request: JudgeRequest): Partial<JudgeSettings> {
  const { asOfChosen, ...settings } = request;
  return asOfChosen === false ? { ...settings, asOf: undefined } : settings;
}

/** The stored settings judged at a given date. */
export function toJudgeSettings(settings: StoredSettings, asOf: string): JudgeSettings {
  return { ...settings, bands: { ...settings.bands }, asOf };
}

/** Stored settings ← explicit overrides (command line, pane); the monitoring date falls back to `today`. */
export function resolveSettings(
  stored: StoredSettings,
  overrides: Partial<JudgeSettings>,
  today: string,
): JudgeSettings {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined && v !== null));
  return { ...toJudgeSettings(stored, stored.asOf ?? today), ...defined };
}
