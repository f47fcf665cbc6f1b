/**
 * The PERF.* functions as data: id, argument kinds, and a pure body over the core
 * (HyperFormula's `implementedFunctions`). functions.ts only gives each one its Excel face.
 */
import { renderMessage, say, type Lang } from "../core/locale/messages";
import { isoToSerial, serialToIso, yearOf } from "../core/dates";
import { judgeIndicator } from "../core/evaluate/judgeIndicator";
import { GRADE_EN, lightLabel, statusLabel } from "../core/evaluate/labels";
import { judgeExecution, plannedProgress, timeProgress } from "../core/evaluate/schedule";
import {
  shareOverBudget,
  checkpointInName,
  cumulatedPeriods,
  resolveCheckpointDate,
} from "../core/notation/checkpoints";
import { roundPercent, roundTo, roundedNumber } from "../core/numbers";
import { countedTimeSaid, readActual } from "../core/evaluate/actual";
import { grade as gradeOf, scoreIndicator, type ScoredOn } from "../core/score/score";
import { parseTarget, targetFromName } from "../core/notation/parseTarget";
import { parseDateText } from "../core/notation/text";
import { planAmounts, planMarks, type PlanCell } from "../core/read/planAmounts";
import { parsePercentCell } from "../core/read/text";
import {
  DEFAULT_SETTINGS,
  type CellReading,
  type CellValue,
  type IndicatorResult,
  type JudgeSettings,
  type Light,
  type ParsedTarget,
  type ScheduleMethod,
  type Status,
} from "../core/types";
import { keyOf, Memo, show, toCellValue, type IndicatorType, type PlainValue, type TargetCells } from "./coerce";
import { Problem } from "./errors";
import { clearResults, defineFunction, type AnyFunctionSpec, type KindValues } from "./runner";
import { NO_YEAR } from "./vocabulary";

type BudgetYear = KindValues["year"];

// ───────────────────────────── shared steps (memoised) ─────────────────────────────

/**
 * With no monitoring date an indicator is judged as at its deadline, strictly. A date far past any
 * deadline gives exactly that, whatever the target's own date or budget year.
 */
const STRICT_AS_OF = "9999-12-31";

const targetMemo = new Memo<string, ParsedTarget>(20_000);
const settingsMemo = new Memo<string, JudgeSettings>(1024);

/** Parsed target of these cells for this indicator type and budget year (memoised). */
function targetOf(cells: TargetCells, type: IndicatorType, year: number | undefined): ParsedTarget {
  const key = `${cells.sign ?? ""}\u0001${keyOf(cells.value)}\u0001${cells.unit ?? ""}\u0002${type.key}\u0002${year ?? ""}`;
  return targetMemo.get(key, () => {
    const ctx = {
      level1: type.level1,
      level2: type.level2,
      name: type.name,
      sign: cells.sign,
      unit: cells.unit,
      budgetYear: year,
    };
    const target = parseTarget(cells.value, ctx);
    // An empty 指标值 beside a name ending in its target (指标1：年度资金支付完成率100%): the name's, as the check
    // reads it (readWorkbook.ts), so the formula says what the check wrote.
    const empty = target.kind === "missing" && target.raw === "";
    return (empty && type.name !== undefined && targetFromName(type.name, ctx)) || target;
  });
}

/**
 * The judging settings a formula passes (docs/domain.md#settings: the checked copy's formulas carry those the
 * workbook was checked with); one not given is the default, as in the settings pane.
 */
interface Rules {
  bands?: JudgeSettings["bands"] | null;
  strict?: boolean | null;
  method?: ScheduleMethod;
  /** Blue for rates and levels too (settings.exceededForLevels). */
  levels?: boolean | null;
}

/** "" for the defaults (most formulas): the memo keys below stay short. */
function rulesKey({ bands, strict, method, levels }: Rules): string {
  const b = bands ?? DEFAULT_SETTINGS.bands;
  const d = DEFAULT_SETTINGS.bands;
  const sameBands = b.red === d.red && b.yellow === d.yellow && b.blue === d.blue;
  const m = method ?? DEFAULT_SETTINGS.scheduleMethod;
  if (sameBands && !strict && !levels && m === DEFAULT_SETTINGS.scheduleMethod) return "";
  return `${b.red},${b.yellow},${b.blue},${strict ? 1 : 0},${m},${levels ? 1 : 0}`;
}

function settingsAt(asOf: string, rules: Rules = {}): JudgeSettings {
  const key = rulesKey(rules);
  return settingsMemo.get(key === "" ? asOf : `${asOf}\u0001${key}`, () => ({
    ...DEFAULT_SETTINGS,
    asOf,
    // No date given: judged as at a far deadline, in no year (a year typed in the actual is before none: verdict60).
    budgetYear: asOf === STRICT_AS_OF ? undefined : yearOf(asOf),
    bands: rules.bands ?? DEFAULT_SETTINGS.bands,
    strictQualityTimeCost: rules.strict ?? DEFAULT_SETTINGS.strictQualityTimeCost,
    scheduleMethod: rules.method ?? DEFAULT_SETTINGS.scheduleMethod,
    exceededForLevels: rules.levels ?? false,
  }));
}

/**
 * The actual as the core should read it. A custom function never sees number formats, so a cell showing 92%
 * arrives as 0.92: the core reads it as the check reads a General cell (isFractionOf, docs/domain.md#actual-values:
 * 0.92 against ≥90% is 92 %, against ≤1.8% it is 0.92 %). TRUE / FALSE are 是 / 否 (grades).
 */
function actualFor(actual: PlainValue, _target: ParsedTarget): CellReading | CellValue {
  if (typeof actual === "boolean") return actual ? "是" : "否";
  return actual;
}

/**
 * Judgements memoised on everything they depend on, one Map level per input (date, indicator type,
 * sign, unit, value, actual): the keys are the cell values themselves, so a lookup builds no string.
 * A recalculation is answered by the runner's results by raw arguments before this; what this adds is
 * that PERF.STATUS, PERF.LIGHT and PERF.GAP of one row judge it once. Only the three fields they show are
 * kept (not the reason text): a sheet's worth of judgements stays small for the garbage collector.
 */
type Level = Map<unknown, unknown>;
let judged: Level = new Map();
let judgedCount = 0;
const MAX_JUDGED = 100_000;

function child(level: Level, key: unknown): Level {
  let next = level.get(key) as Level | undefined;
  if (next === undefined) level.set(key, (next = new Map()));
  return next;
}

type Judged = Pick<IndicatorResult, "status" | "light" | "gap">;

function judge(
  cells: TargetCells,
  actual: PlainValue,
  asOf: string | null,
  type: IndicatorType,
  year: BudgetYear = null,
  rules: Rules = {},
): Judged {
  const byType = child(child(child(child(judged, asOf), year), rulesKey(rules)), type.key);
  const byActual = child(child(child(byType, cells.sign), cells.unit), cells.value);
  let result = byActual.get(actual) as Judged | undefined;
  if (result === undefined) {
    if (++judgedCount > MAX_JUDGED) clearJudged();
    const { status, light, gap } = judgeNow(cells, actual, asOf, type, year, rules);
    byActual.set(actual, (result = { status, light, gap }));
  }
  return result;
}

function clearJudged(): void {
  judged = new Map();
  judgedCount = 0;
}

/**
 * The budget year dates the target (12月底前) and sets the deadline; none given: the monitoring date's year
 * (none at all without a date). A table without a budget year ("none") dates nothing, and its deadline is
 * the end of the monitoring date's year, as the core judges such a table (docs/domain.md#budget-year).
 */
function judgeNow(
  cells: TargetCells,
  actual: PlainValue,
  asOf: string | null,
  type: IndicatorType,
  given: BudgetYear,
  rules: Rules,
): IndicatorResult {
  const year = given === NO_YEAR ? undefined : (given ?? (asOf === null ? undefined : yearOf(asOf)));
  const target = targetOf(cells, type, year);
  const ctx = { level1: type.level1, level2: type.level2, name: type.name, budgetYear: year };
  return judgeIndicator(target, actualFor(actual, target), ctx, settingsAt(asOf ?? STRICT_AS_OF, rules));
}

/** The target's own problem (unknown / missing), or null when it can be judged. */
function targetProblem(target: ParsedTarget): Problem | null {
  if (target.kind !== "unknown" && target.kind !== "missing") return null;
  const { reasons } = target;
  const detail = reasons?.length ? (lang: Lang) => renderMessage(say("target.reasons", { reasons }), lang) : target.raw;
  return new Problem(target.kind === "unknown" ? "unknownTarget" : "missingTarget", detail);
}

/**
 * =PERF.STATUS(H11,F11), the actual first: a number (92) as the target and a target with a comparator (≥90%, 不低于90%)
 * as the actual judge silently wrong (≥90% read as the claim “at least 90”, against a bare 92: short). Said instead,
 * with the order to use. Only a number cell as the target: a target cell holds text (95%, ≥90%) far more often than an
 * actual does, and a bare text 95% beside a clerk's “≥96%” is a one-sided value, judged as such. A number target
 * with an actual truly written “≥96%” is asked for the exact value, as the message says. Only a call without the
 * monitoring date: the add-in's own formulas (target first, 监控时点 always passed) are never swapped, and must say
 * what the check wrote in the cell (90 with 不低于95: 达标), not blame an order the clerk did not type.
 */
function swappedArguments(
  fn: "STATUS" | "LIGHT" | "GAP",
  cells: TargetCells,
  actual: PlainValue,
  type: IndicatorType,
  asOf: string | null = null,
): Problem | null {
  if (asOf !== null) return null;
  if (typeof actual !== "string" || typeof cells.value !== "number" || cells.sign !== undefined) return null;
  const given = targetOf(cells, type, undefined);
  if (!(given.kind === "number" && !given.opExplicit)) return null;
  const asTarget = parseTarget(actual, { name: type.name, level2: type.level2 });
  const comparator = ["number", "range", "duration"].includes(asTarget.kind) && asTarget.opExplicit;
  if (!comparator || asTarget.op === "=") return null;
  // A range (90%-95%) has no comparison sign to speak of: said as what it is.
  // The order is said for the function called (PERF.LIGHT, PERF.GAP), so the clerk can fix the formula as typed.
  return new Problem(asTarget.kind === "range" ? "swappedRange" : "swappedArgs", actual.trim(), fn);
}

// ───────────────────────────── schedule ─────────────────────────────

const checkpointMemo = new Memo<string, string | null>(1024);

function checkpointDate(label: number | string, year: number): string | null {
  if (typeof label === "number") return serialToIso(label); // a checkpoint cell holding a real date
  const text = label.trim();
  return checkpointMemo.get(
    text + "\u0001" + year,
    () => resolveCheckpointDate(text, year) ?? parseDateText(text, year),
  );
}

/**
 * Checkpoint labels (3月底, 第一季度, 6月30日, date cells) paired with cumulative percentages, or with each period's
 * own share when they add up to the whole and the last stays short of it (cumulatedPeriods: summed as the check sums
 * them). The cells are read as the check reads the plan (planMarks, planAmounts, parsePercentCell): `45%` and `45` are
 * 45 %, fractions (cells formatted as %: 0.25) when nothing is marked % and every number is within 0–1, and given the
 * budget (万元) a plan in amounts (ending at the budget or adding up to it, or every cell typed 28.41万元) as shares
 * of it. A function sees no number format: a plain number is read as one without a format.
 */
function scheduleOf(
  labels: unknown[],
  percents: unknown[],
  year: number,
  budget: number | null = null,
): { date: string; percent: number }[] | Problem {
  const dates: string[] = [];
  const cells: PlanCell[] = [];
  const read: string[] = []; // the labels of points, for a plan that says it is a running total (1-9月, 截至)
  const count = Math.max(labels.length, percents.length);
  let blank = false;
  for (let i = 0; i < count; i++) {
    const label = toCellValue(labels[i]);
    const value = toCellValue(percents[i]);
    if (label instanceof Problem) return label;
    if (label === null && value === null) continue;
    // A checkpoint whose share was left blank in the range (3月底 | 空) is skipped, as the check skips it
    // (read.checkpoint-empty), and the plan is then read as running totals, as the check reads it (periodsCumulated).
    if (label !== null && value === null && i < percents.length) {
      blank = true;
      continue;
    }
    if (label === null || value === null)
      return new Problem(
        "scheduleMismatch",
        `${label === null ? "?" : show(label)} → ${value === null ? "?" : show(percents[i])}`,
      );
    if (value instanceof Problem)
      return value.key === "errorValue" ? value : new Problem("badPercent", show(percents[i]));
    const date = typeof label === "boolean" ? null : checkpointDate(label, year);
    if (date === null) return new Problem("badCheckpoint", show(label));
    dates.push(date);
    cells.push({ value, numberFormat: undefined });
    read.push(String(label));
  }
  const { marked, fractions } = planMarks(cells);
  const amounts = marked || fractions || budget === null ? null : planAmounts(cells, { budget, unit: "万元" });
  const values: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const v = amounts ? amounts[i] : parsePercentCell(cells[i].value, undefined);
    if (v === null) return new Problem("badPercent", show(cells[i].value));
    values.push(v);
  }
  // Each period's own share (一季度 20% | 二季度 30% …) summed to running totals, as the check reads the plan.
  const inOrder = dates.every((d, i) => i === 0 || dates[i - 1] < d);
  const sums =
    inOrder && !blank
      ? cumulatedPeriods(
          values.map((value, i) => ({ label: read[i], date: dates[i], value })),
          amounts && budget !== null ? budget : fractions ? 1 : 100,
        )
      : null;
  const points = values.map((v, i) => {
    const value = sums ? sums[i] : v;
    if (amounts && budget !== null) return { date: dates[i], percent: Math.round((value / budget) * 10000) / 100 };
    return { date: dates[i], percent: roundPercent(fractions ? value * 100 : value) };
  });
  const over = points.findIndex((p) => shareOverBudget(p.percent));
  if (over >= 0) return new Problem("planOverBudget", `${read[over]} ${roundedNumber(points[over].percent)}%`);
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Forget memoised parses and judgements (tests; the benchmark of the cold path). */
export function clearMemos(what: "all" | "results" = "all"): void {
  clearResults();
  clearJudged();
  if (what === "results") return;
  targetMemo.clear();
  settingsMemo.clear();
  checkpointMemo.clear();
}

function checkBudget(budget: number): Problem | null {
  if (budget === 0) return new Problem("budgetZero");
  if (budget < 0) return new Problem("budgetNegative");
  return null;
}

/**
 * The schedule's labels (3月底 …) are dated in the budget year; without one, in the monitoring date's year.
 * A table checked after its year (2023 plan on 2024-02-15) needs its own year, as the core judges it.
 */
function execution(
  labels: unknown[],
  percents: unknown[],
  spent: number,
  budget: number,
  asOf: string,
  year: BudgetYear = null,
  rules: Rules = {},
) {
  if (year === NO_YEAR) return new Problem("scheduleNeedsYear");
  const budgetYear = year ?? yearOf(asOf);
  const schedule = scheduleOf(labels, percents, budgetYear, budget);
  if (schedule instanceof Problem) return schedule;
  return checkBudget(budget) ?? judgeExecution(spent, budget, schedule, settingsAt(asOf, rules), budgetYear);
}

// ───────────────────────────── the functions ─────────────────────────────

const TARGET = { name: "target", kind: "target" } as const;
const ACTUAL = { name: "actual", kind: "actual" } as const;
const AS_OF = { name: "asOf", kind: "date" } as const;
const AS_OF_REQUIRED = { name: "asOf", kind: "date", ifEmpty: "asOfMissing" } as const;
const TYPE = { name: "indicatorType", kind: "indicatorType" } as const;
const LANG = { name: "lang", kind: "lang" } as const;
const LABELS = { name: "checkpointLabels", kind: "range" } as const;
const PERCENTS = { name: "percents", kind: "range" } as const;
const SPENT = { name: "spent", kind: "spent" } as const;
const BUDGET = { name: "budget", kind: "money", ifEmpty: "budgetMissing" } as const;
const BUDGET_YEAR = { name: "budgetYear", kind: "year" } as const;
/** PERF.PLANNED's budget: optional, for a plan written in amounts (万元) rather than percentages. */
const PLAN_BUDGET = { name: "budget", kind: "money" } as const;
const METHOD = { name: "method", kind: "method" } as const;
const BANDS = { name: "bands", kind: "bands" } as const;
const STRICT = { name: "strict", kind: "flag" } as const;
const LEVELS = { name: "exceededForLevels", kind: "flag" } as const;

export const STATUS = defineFunction(
  "STATUS",
  [TARGET, ACTUAL, AS_OF, TYPE, LANG, BUDGET_YEAR, BANDS, STRICT, LEVELS],
  (target, actual, asOf, type, lang, year, bands, strict, levels) =>
    swappedArguments("STATUS", target, actual, type, asOf) ??
    statusLabel(judge(target, actual, asOf, type, year, { bands, strict, levels }).status, lang),
);

export const LIGHT = defineFunction(
  "LIGHT",
  [TARGET, ACTUAL, AS_OF, TYPE, LANG, BUDGET_YEAR, BANDS, STRICT, LEVELS],
  (target, actual, asOf, type, lang, year, bands, strict, levels) =>
    swappedArguments("LIGHT", target, actual, type, asOf) ??
    lightLabel(judge(target, actual, asOf, type, year, { bands, strict, levels }).light, lang),
);

export const TARGET_TEXT = defineFunction("TARGET", [TARGET, LANG, TYPE], (cells, _lang, type) => {
  if (cells.value === null) return "";
  const target = targetOf(cells, type, undefined);
  return targetProblem(target) ?? target.normalized;
});

export const GAP = defineFunction("GAP", [TARGET, ACTUAL, TYPE], (cells, actual, type) => {
  const target = targetOf(cells, type, undefined);
  const problem = targetProblem(target);
  if (problem) return problem;
  return swappedArguments("GAP", cells, actual, type) ?? judge(cells, actual, null, type).gap ?? "";
});

export const DEADLINE = defineFunction("DEADLINE", [TARGET, BUDGET_YEAR, TYPE], (cells, given, type) => {
  const year = given === NO_YEAR ? null : given;
  const target = targetOf(cells, type, year ?? undefined);
  const problem = targetProblem(target);
  if (problem) return problem;
  // A name closing on a checkpoint (预算执行进度(7月)) dates the target, as PERF.STATUS judges it.
  const deadline = target.date ?? (year === null ? null : (checkpointInName(type.name, year) ?? `${year}-12-31`));
  if (deadline === null) return new Problem("needsYear");
  return isoToSerial(deadline) ?? new Problem("badDate", deadline);
});

export const EXECRATE = defineFunction("EXECRATE", [SPENT, BUDGET], (spent, budget) => {
  const problem = checkBudget(budget);
  if (problem) return problem;
  return spent === null ? "" : spent / budget;
});

export const TIMEPROGRESS = defineFunction("TIMEPROGRESS", [AS_OF_REQUIRED], (asOf) => timeProgress(asOf) / 100);

export const PLANNED = defineFunction(
  "PLANNED",
  // The budget last: a formula saved before it was an argument computes as it did (reader69).
  [LABELS, PERCENTS, AS_OF_REQUIRED, METHOD, BUDGET_YEAR, PLAN_BUDGET],
  (labels, percents, asOf, method, year, budget) => {
    if (year === NO_YEAR) return new Problem("scheduleNeedsYear");
    const budgetYear = year ?? yearOf(asOf);
    const schedule = scheduleOf(labels, percents, budgetYear, budget);
    return schedule instanceof Problem ? schedule : plannedProgress(schedule, asOf, method, budgetYear) / 100;
  },
);

/** The execution judged at asOf; for an empty spent the schedule is still checked, then the light is "none". */
function executionShown(
  labels: unknown[],
  percents: unknown[],
  spent: number | null,
  budget: number,
  asOf: string,
  year: BudgetYear,
  rules: Rules,
) {
  const result = execution(labels, percents, spent ?? 0, budget, asOf, year, rules);
  if (result instanceof Problem) return result;
  return spent === null ? { status: "pending" as const, light: "none" as const } : result;
}

/** SCHEDULE and EXECLIGHT: the same arguments and judgement, said as the status's word or the light's. */
const executionWord = (id: string, word: (shown: { status: Status; light: Light }, lang: Lang) => string) =>
  defineFunction(
    id,
    [LABELS, PERCENTS, SPENT, BUDGET, AS_OF_REQUIRED, LANG, BUDGET_YEAR, METHOD, BANDS],
    (labels, percents, spent, budget, asOf, lang, year, method, bands) => {
      const shown = executionShown(labels, percents, spent, budget, asOf, year, { method, bands });
      return shown instanceof Problem ? shown : word(shown, lang);
    },
  );

export const SCHEDULE = executionWord("SCHEDULE", (shown, lang) => statusLabel(shown.status, lang));

export const EXECLIGHT = executionWord("EXECLIGHT", (shown, lang) => lightLabel(shown.light, lang));

export const LAG = defineFunction(
  "LAG",
  [LABELS, PERCENTS, SPENT, BUDGET, AS_OF_REQUIRED, BUDGET_YEAR, METHOD],
  (labels, percents, spent, budget, asOf, year, method) => {
    if (spent === null) return "";
    const result = execution(labels, percents, spent, budget, asOf, year, { method });
    return result instanceof Problem ? result : result.lag / 100;
  },
);

export const SCORE = defineFunction(
  "SCORE",
  [TARGET, ACTUAL, { name: "weight", kind: "number", ifEmpty: "weightMissing" }, TYPE, AS_OF, BUDGET_YEAR],
  (cells, actual, weight, type, asOf, given) => {
    if (weight < 0) return new Problem("negativeWeight");
    // Given a date, scored as the check scores on it (a forecast then, or another year's amount, is none: verdict60).
    // The year only as given: the date's is no table's (a self-evaluation is scored the year after), so, as for a table
    // without one, no year typed in the actual is another's (verdict61: 2024年完成120人 on 2025-02-28 was #VALUE!).
    const year = given === NO_YEAR ? null : (given ?? null);
    // The year given dates a target typed without one (9月前, 1-12月), as PERF.STATUS and the check date it (verdict68:
    // 金寨 2023's 9月前 | 7月 was 达标 there and #VALUE! “缺少年份” here, the year given); none given dates nothing.
    const target = targetOf(cells, type, year ?? undefined);
    const problem = targetProblem(target);
    if (problem) return problem;
    if (actual === null) return "";
    const on = asOf === null ? undefined : { asOf, budgetYear: year ?? yearOf(asOf), yearKnown: year !== null };
    const read = actualFor(actual, target);
    const raw = scoreIndicator(target, read, weight, on);
    if (raw === null)
      return notScored(target, read, weight, on, given === null) ?? notScorable(target, read, actual, on);
    // Rounded as the check rounds a self-evaluation's scores (docs/domain.md#self-evaluation), never above the weight.
    return Math.min(roundTo(raw, 2), weight);
  },
);

/**
 * An actual the check says it read and will not judge (不适用, 可能是 6%…也可能是 0.06%, a unit left out, a planned
 * date now past): said as the check says it (verdict66: “实际值无法识别” for 不适用 before; review66 for 预计2024年9月完成);
 * one it could not read at all keeps “无法识别”.
 */
function notScorable(
  target: ParsedTarget,
  read: CellReading | CellValue,
  actual: PlainValue,
  on: ScoredOn | undefined,
): Problem {
  const said = readActual(read, target);
  if (said.kind === "invalid") return new Problem("notScoredSaid", (lang) => renderMessage(said.text, lang));
  if (said.kind === "date" && said.planned && on) {
    const passed = say("judge.planned-date-passed", { text: said.planned, asOf: on.asOf });
    return new Problem("notScoredSaid", (lang) => renderMessage(passed, lang));
  }
  return new Problem("notScorable", show(actual));
}

/** Why an actual scored as read is not scored on the date: the check's words (countedTimeSaid), or null. */
function notScored(
  target: ParsedTarget,
  actual: CellReading | CellValue,
  weight: number,
  on: ScoredOn | undefined,
  noYear: boolean,
): Problem | null {
  if (!on || scoreIndicator(target, actual, weight) === null) return null;
  const said = countedTimeSaid(actual, target, on.budgetYear, on.asOf, on.yearKnown);
  if (!said) return null;
  // A change from another baseline is not scored on any date (verdict63: “在评分时点不计分” before).
  if (said.code === "actual.baseline-year" || said.code === "actual.baseline-period")
    return new Problem("notScoredBaseline", (lang) => renderMessage(said, lang));
  return new Problem(noYear ? "notScoredThenNoYear" : "notScoredThen", (lang) => renderMessage(said, lang));
}

export const GRADE = defineFunction("GRADE", [{ name: "total", kind: "number" }, LANG], (total, lang) => {
  if (total === null) return "";
  // A score out of 100 (docs/domain.md#self-evaluation): 101 or -1 is a slip, not 优 / 差.
  if (total < 0 || total > 100) return new Problem("totalRange", String(total));
  const g = gradeOf(total);
  return lang === "en" ? GRADE_EN[g] : g;
});

/** PERF.VERSION, answering the package version it is given. */
export function versionFunction(version: string): AnyFunctionSpec {
  return defineFunction("VERSION", [], () => version);
}

/** Every function but VERSION (which needs the package version from its caller). */
export const IMPLEMENTED: readonly AnyFunctionSpec[] = [
  STATUS,
  LIGHT,
  TARGET_TEXT,
  GAP,
  DEADLINE,
  EXECRATE,
  TIMEPROGRESS,
  PLANNED,
  SCHEDULE,
  EXECLIGHT,
  LAG,
  SCORE,
  GRADE,
];
