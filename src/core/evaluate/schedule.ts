/**
 * Budget execution against the disbursement plan (资金支出计划) and 序时进度 (docs/domain.md#monitoring-rules, #schedule).
 */
import { renderMessage, say } from "../locale/messages";
import { compareIso, daysBetween, isLastDayOfMonth, isValidIso, monthOf, yearOf } from "../dates";
import type { ExecutionResult, JudgeSettings, Light, ScheduleMethod } from "../types";
import { ExecutionRecord } from "../records";
import { spentProblem } from "../money";

interface PlanPoint {
  date: string;
  percent: number;
}

/** Whole months elapsed in asOf's year: a month counts once its last day is reached. 2024-08-15 → 7, 2024-07-31 → 7. */
export function wholeMonthsElapsed(asOf: string, year: number = yearOf(asOf)): number {
  const y = yearOf(asOf);
  if (y < year) return 0;
  if (y > year) return 12;
  const month = monthOf(asOf);
  return isLastDayOfMonth(asOf) ? month : month - 1;
}

/**
 * 序时进度 in percent = whole months of the budget year elapsed / 12 (2024-08-15 → 58.33).
 * After the budget year it is 100 (a self-evaluation in February looks back on a finished year).
 */
export function timeProgress(asOf: string, budgetYear: number = yearOf(asOf)): number {
  return (wholeMonthsElapsed(asOf, budgetYear) / 12) * 100;
}

/** A checkpoint with a real date and a finite percent (a module function: an arrow in usablePoints is made per call). */
const isUsable = (p: PlanPoint): boolean => isValidIso(p.date) && Number.isFinite(p.percent);

/** Checkpoints that can be used (a real date and a finite percent), in date order. */
function usablePoints(schedule: PlanPoint[]): PlanPoint[] {
  const points = schedule.filter(isUsable);
  // Plans are written in date order: sort only when they are not (the sort is stable either way).
  for (let i = 1; i < points.length; i++)
    if (compareIso(points[i - 1].date, points[i].date) > 0) return points.sort((a, b) => compareIso(a.date, b.date));
  return points;
}

/**
 * Planned cumulative percent at asOf.
 * - "interpolate": linear by days between checkpoints; the budget year starts at 0 % on 1 January.
 * - "step": the percent of the last checkpoint reached (0 before the first).
 * - "time": 序时进度, ignoring the plan. An empty plan also falls back to 序时进度.
 * After the last checkpoint the last percent holds.
 */
export function plannedProgress(
  schedule: PlanPoint[],
  asOf: string,
  method: ScheduleMethod,
  budgetYear: number = yearOf(asOf),
): number {
  return progressOnPlan(usablePoints(schedule), asOf, method, budgetYear);
}

/** plannedProgress on checkpoints already made usable (judgeExecution needs them too). */
function progressOnPlan(points: PlanPoint[], asOf: string, method: ScheduleMethod, budgetYear: number): number {
  if (method === "time" || points.length === 0) return timeProgress(asOf, budgetYear);

  if (method === "step") {
    let reached = 0;
    for (const p of points) if (compareIso(p.date, asOf) <= 0) reached = p.percent;
    return reached;
  }

  let prev: PlanPoint = { date: `${yearOf(points[0].date)}-01-01`, percent: 0 };
  if (compareIso(asOf, prev.date) < 0) return 0;
  for (const p of points) {
    if (compareIso(asOf, p.date) <= 0) {
      const span = daysBetween(prev.date, p.date);
      if (span <= 0) return p.percent;
      return prev.percent + ((p.percent - prev.percent) * daysBetween(prev.date, asOf)) / span;
    }
    prev = p;
  }
  return prev.percent;
}

/** Light of a ratio v (percent) with the settings' red / yellow edges; execution is never blue. */
function executionLight(ratio: number | null, bands: JudgeSettings["bands"]): Light {
  if (ratio === null) return "green"; // nothing planned yet: nothing can be behind
  if (ratio < bands.red) return "red";
  if (ratio < bands.yellow) return "yellow";
  return "green";
}

/**
 * 执行率 = spent / budget; v = 执行率 / planned × 100 with the red / yellow bands (nothing planned yet = green);
 * lag = planned − 执行率 in percentage points. Status: green → on-track, yellow / red → behind.
 * A budget that is not a positive number gives status unknown and no light.
 * 序时进度 counts the months of budgetYear (default: the monitoring date's year).
 */
export function judgeExecution(
  spent: number,
  budget: number,
  schedule: PlanPoint[],
  settings: JudgeSettings,
  budgetYear: number = settings.budgetYear ?? yearOf(settings.asOf),
): ExecutionResult {
  const points = usablePoints(schedule);
  const planned = progressOnPlan(points, settings.asOf, settings.scheduleMethod, budgetYear);
  const time = timeProgress(settings.asOf, budgetYear);
  const plannedFrom = settings.scheduleMethod === "time" || points.length === 0 ? "time" : "schedule";
  if (!(budget > 0) || !Number.isFinite(spent)) {
    return new ExecutionRecord(
      Number.isFinite(spent) ? spent : 0,
      Number.isFinite(budget) ? budget : 0,
      0,
      planned,
      time,
      0,
      null,
      "none",
      "unknown",
      plannedFrom,
      renderMessage(say("execution.no-budget", {}), settings.lang),
    );
  }
  const rate = (spent / budget) * 100;
  const ratio = planned > 0 ? (rate / planned) * 100 : null;
  const lag = planned - rate;
  // Spending below zero (a refund typed as the year's spending) or far above the budget (a unit slip) is no
  // spending: not judged. Above it is overspending: never
  // green without a word, yellow (it must be explained) with status exceeded (docs/domain.md#schedule).
  const problem = spentProblem(spent, budget);
  if (problem === "unit" || problem === "negative") {
    const why =
      problem === "unit"
        ? say("execution.spent-implausible", { spent, budget, times: spent / budget })
        : say("execution.spent-negative", { spent });
    const text = renderMessage(why, settings.lang);
    return new ExecutionRecord(spent, budget, rate, planned, time, lag, ratio, "none", "unknown", plannedFrom, text);
  }
  const light = problem === "over" ? "yellow" : executionLight(ratio, settings.bands);
  const status = problem === "over" ? "exceeded" : light === "green" ? "on-track" : "behind";
  const progress = renderMessage(say("execution.why", { rate, planned, lag, time, from: plannedFrom }), settings.lang);
  const over =
    problem === "over" ? renderMessage(say("execution.over-budget", { spent, budget, rate }), settings.lang) : "";
  const why = over ? `${over}${settings.lang === "en" ? "; " : "；"}${progress}` : progress;
  // Made by a constructor, not a literal (records.ts).
  return new ExecutionRecord(spent, budget, rate, planned, time, lag, ratio, light, status, plannedFrom, why);
}
