/**
 * Self-evaluation scoring (项目支出绩效自评, docs/domain.md#self-evaluation).
 *
 * - ≥ / > / = target A, actual B, weight w: B ≥ A → w, else B / A × w.
 * - ≤ / < target: B ≤ A → w; A < B < 2A → (1 − (B − A) / A) × w; B ≥ 2A → 0.
 * - Ranges: inside → w; below the low end like ≥ low; above the high end like ≤ high.
 * - Changes: 提高 like ≥; 下降 X like ≥ on the size of the fall. Durations like ≤.
 * - Qualitative: the national form gives ranges (达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 %); we take
 *   one point of each: GRADE_SHARE (100 / 70 / 30 %).
 * - Date targets: on or before the deadline → w; later → the 部分达成 share (late but done);
 *   "已完成 / 未完成" without a date → its grade's share.
 * A score is never above w and never below 0. null when the target or the actual cannot be scored.
 */
import { compareIso } from "../dates";
import {
  type Grade,
  actualPieces,
  changeReach,
  claimedValue,
  countedTimeSaid,
  onScheduleOnly,
  readActual,
  targetSide,
} from "../evaluate/actual";
import { judgedTarget } from "../evaluate/units";
import { EXECUTION_RATE_NAME } from "../locale/zh/levels";
import type { CellReading, CellValue, Indicator, ParsedTarget, TargetPart } from "../types";

/** Share of the weight a grade earns. */
export const GRADE_SHARE: Record<Grade, number> = { achieved: 1, partly: 0.7, not: 0.3 };

/** National split of the 100 points (used when a table has no weights). */
export const NATIONAL_WEIGHTS = { budget: 10, output: 50, effect: 30, satisfaction: 10 } as const;

/** A self-evaluation form's full score: the execution's points and the goals'. */
export const FULL_SCORE = 100;

/** The 预算执行率 row of a form that scores the execution among its indicators, with its 分值 written. */
export const isExecutionRow = (ind: Indicator): boolean =>
  ind.weight !== null && EXECUTION_RATE_NAME.test(ind.name.replace(/\s+/g, ""));

const clamp = (x: number, w: number) => Math.min(w, Math.max(0, x));

/** B ≥ A → w, else B / A × w (A ≤ 0: all or nothing). */
function reachScore(b: number, a: number, w: number): number {
  if (b >= a) return w;
  // The share first: a tiny A makes B / A infinite, and ∞ × a weight of 0 would be NaN.
  return a > 0 ? clamp(Math.max(b / a, 0) * w, w) : 0;
}

/** B ≤ A → w; A < B < 2A → (1 − (B − A) / A) × w; B ≥ 2A → 0 (A ≤ 0: all or nothing). */
function capScore(b: number, a: number, w: number): number {
  if (b <= a) return w;
  if (a <= 0 || b >= 2 * a) return 0;
  return clamp((1 - (b - a) / a) * w, w);
}

/**
 * A target of several quantities: actuals typed one per part score the mean of the parts' scores (each part an equal
 * share of the weight); a single actual scores against the part the target names, none when the parts are alike.
 */
function scoreParts(
  target: ParsedTarget,
  parts: readonly TargetPart[],
  actual: CellReading | CellValue | null,
  weight: number,
  on: ScoredOn | undefined,
): number | null {
  const several = actualPieces(actual, parts);
  if (several && "count" in several) return null;
  if (!several)
    return target.judged === undefined ? null : scoreIndicator(parts[target.judged].target, actual, weight, on);
  const scores = parts.map((part, i) => scoreIndicator(part.target, several.pieces[i], weight, on));
  if (scores.some((s) => s === null)) return null;
  return (scores as number[]).reduce((a, b) => a + b, 0) / scores.length;
}

/**
 * The day a score is given on and the table's budget year: an amount the check on that day calls a forecast or another
 * year's (上半年完成120人 in May, 2023年完成120人 in 2024's table: countedTimeSaid) is not scored either (verdict60:
 * scored as read before). Without it (PERF.SCORE) the amount is scored as read.
 */
export interface ScoredOn {
  asOf: string;
  budgetYear: number;
  /** false: the budget year is only the date's (PERF.SCORE told 无): no year typed is another (countedTimeSaid). */
  yearKnown?: boolean;
}

/**
 * Points an indicator earns out of `weight` (all, a grade's share, or in proportion); null when it cannot be scored
 * (a bad weight, an unknown target, an empty or unreadable actual).
 */
export function scoreIndicator(
  target: ParsedTarget,
  actual: CellReading | CellValue | null,
  weight: number,
  on?: ScoredOn,
): number | null {
  if (!Number.isFinite(weight) || weight < 0) return null;
  if (target.kind === "missing" || target.kind === "unknown") return null;
  if (target.parts) return scoreParts(target, target.parts, actual, weight, on);
  target = judgedTarget(target);
  const read = readActual(actual, target);
  if (read.kind === "empty" || read.kind === "invalid") return null;
  if (on && read.kind === "number" && countedTimeSaid(actual, target, on.budgetYear, on.asOf, on.yearKnown))
    return null;

  // 按时 before its deadline: scored as 按计划推进 on that day, as the check judges it (review64).
  if (read.kind === "grade" && on && target.date && onScheduleOnly(read, on.asOf, target.date))
    return GRADE_SHARE.partly * weight;
  if (read.kind === "grade") return GRADE_SHARE[read.grade] * weight;
  if (read.kind === "date") {
    if (!target.date) return null;
    const late = compareIso(read.date, target.date) > 0;
    // A planned date scored only while it is ahead, as the check judges it (verdict66); one after the deadline is late
    // either way, scored as the day before it passed (review66).
    if (read.planned && !late && (!on || compareIso(read.date, on.asOf) <= 0)) return null;
    return late ? GRADE_SHARE.partly * weight : weight;
  }

  const a = target.value;
  if (a === null || !Number.isFinite(a)) return null;
  const at = (b: number) => belowFull(numberScore(target, b, a, weight), weight);
  // A value said from one side: scored where the check judges it (docs/domain.md#a-value-said-from-one-side).
  const side = read.claim ? targetSide(target) : null;
  if (!read.claim || !side) return at(read.value);
  // Decided as the check decides, met (full weight) or not; the score then is the written bound's.
  const b = claimedValue(read.claim, target, at, (x, y) => (x === weight) === (y === weight));
  return b === null ? null : at(b);
}

/** The step scores are written in (rounded to 2 decimals as by hand, roundTo). */
const SCORE_STEP = 0.01;

/**
 * A missed indicator's score stays below its weight at the step scores are written in, so it never shows the full
 * weight beside 未达标: 超过50万元 against ≤50万元 is scored at just over the cap, 9.99999999 of 10, which rounds to
 * 10.00 — 9.99 instead (docs/domain.md#self-evaluation). A met one scores the weight exactly (capScore, reachScore).
 */
function belowFull(score: number | null, weight: number): number | null {
  return score !== null && score < weight ? short(score, weight) : score;
}

/** A score of a missed indicator: at most a step below the weight. */
function short(score: number, weight: number): number {
  return Math.min(score, Math.max(0, weight - SCORE_STEP));
}

function numberScore(target: ParsedTarget, b: number, a: number, weight: number): number | null {
  switch (target.kind) {
    case "range": {
      const high = target.high ?? a;
      return b > high ? capScore(b, high, weight) : reachScore(b, a, weight);
    }
    case "change": {
      // As the check judges it (changeReach): a fall mirrored; no change against 较上年增加 misses it, short of the weight.
      const { sign, strict } = changeReach(target);
      const score = reachScore(sign * b, sign * a, weight);
      return strict && sign * b <= sign * a ? short(score, weight) : score;
    }
    case "duration": {
      // As a number's: a strict cap's own number misses it (24小时 under < 24 小时: verdict65, 10 of 10 beside 未达标).
      const score = capScore(b, a, weight);
      return target.op === "<" && b >= a ? short(score, weight) : score;
    }
    case "number": {
      // A strict target's own number misses it (90 against >90%, 50 against <50万元): scored short of the weight.
      if (target.op === "<=" || target.op === "<") {
        const score = capScore(b, a, weight);
        return target.op === "<" && b >= a ? short(score, weight) : score;
      }
      if (a === 0 && (target.op === "=" || !target.opExplicit)) return b === 0 ? weight : 0;
      const score = reachScore(b, a, weight);
      return target.op === ">" && b <= a ? short(score, weight) : score;
    }
    default:
      return null;
  }
}

/** 执行数 / 预算数 × weight, capped at the weight (default 10); 0 without a positive budget. */
export function budgetScore(spent: number, budget: number, weight: number = NATIONAL_WEIGHTS.budget): number {
  if (!(budget > 0) || !Number.isFinite(spent) || spent <= 0) return 0;
  return Math.min(spent / budget, 1) * weight;
}

/** The execution rule on a rate already known (percent): min(rate, 100 %) × weight, 0 below nothing spent. */
export function executionRateScore(ratePercent: number, weight: number): number {
  if (!Number.isFinite(ratePercent) || ratePercent <= 0) return 0;
  return (Math.min(ratePercent, 100) / 100) * weight;
}

/** 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60. */
export function grade(total: number): "优" | "良" | "中" | "差" {
  if (total >= 90) return "优";
  if (total >= 80) return "良";
  if (total >= 60) return "中";
  return "差";
}
