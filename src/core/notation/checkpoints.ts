/**
 * Checkpoint labels of a disbursement plan (资金支出计划: 3月底, 第一季度, 上半年, 9月30日) → a date in the budget
 * year. The labels are in locale/zh/calendar.ts; this resolves what they name.
 */
import { isValidIso, lastDayOfMonth } from "../dates";
import { CHECKPOINT_LABELS, CHECKPOINT_LEADS, CHECKPOINT_TAILS, type CheckpointPoint } from "../locale/zh/calendar";
import { smallNumber } from "../locale/zh/numerals";
import { memoizeString } from "../memo";
import { alternation } from "../regExp";
import { normalizeText, parseDateText } from "./text";

const QUARTER_END_MONTH = [3, 6, 9, 12];

function monthEnd(year: number, month: string): string | null {
  const m = smallNumber(month);
  return m !== null && m >= 1 && m <= 12 ? lastDayOfMonth(year, m) : null;
}

function dayOf(year: number, month: string, day: string): string | null {
  const m = smallNumber(month);
  if (m === null) return null;
  const iso = `${year}-${String(m).padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isValidIso(iso) ? iso : null;
}

function quarterEnd(year: number, quarter: string): string | null {
  const q = smallNumber(quarter);
  return q !== null && q >= 1 && q <= 4 ? lastDayOfMonth(year, QUARTER_END_MONTH[q - 1]) : null;
}

const RESOLVE: Record<CheckpointPoint, (m: RegExpExecArray, year: number) => string | null> = {
  monthEnd: (m, y) => monthEnd(y, m[1]),
  monthDay: (m, y) => dayOf(y, m[1], m[2]),
  quarterEnd: (m, y) => quarterEnd(y, m[1]),
  midYear: (_m, y) => `${y}-06-30`,
  yearEnd: (_m, y) => `${y}-12-31`,
};

const LEAD = new RegExp(`^(?:${alternation(CHECKPOINT_LEADS)})\\s*`);
const TAIL = new RegExp(`\\s*(?:${alternation(CHECKPOINT_TAILS)})$`);

/** One memo per budget year (a workbook states a few): every table repeats the same labels (3月底, 6月底 …). */
const byYear = new Map<number, (label: string) => string | null>();

/** "3月底" → 2024-03-31, "第一季度" → 2024-03-31, "上半年" → 2024-06-30, "9月30日", "2024年9月30日"; null when not a checkpoint. */
export function resolveCheckpointDate(label: string, year: number): string | null {
  let resolve = byYear.get(year);
  if (!resolve) {
    if (byYear.size >= 100) byYear.clear();
    resolve = memoizeString((l) => resolveLabel(l, year));
    byYear.set(year, resolve);
  }
  return resolve(label);
}

function resolveLabel(label: string, year: number): string | null {
  const t = normalizeText(label).replace(LEAD, "").replace(TAIL, "");
  for (const [pattern, point] of CHECKPOINT_LABELS) {
    const m = pattern.exec(t);
    if (m) return RESOLVE[point](m, year);
  }
  return parseDateText(t, year);
}

/** A checkpoint in brackets closing a name: `预算执行进度(7月)`, `资金支出进度（上半年）`. */
const NAME_CHECKPOINT = /[(（]([^()（）]{1,10})[)）]$/;

/**
 * The date a target is for when its name closes on a checkpoint before the year's end (预算执行进度(7月) 40%: due by
 * 31 July, not 31 December); null for none, or for the year's end itself.
 */
export function checkpointInName(name: string | undefined, year: number): string | null {
  const m = name ? NAME_CHECKPOINT.exec(normalizeText(name)) : null;
  const date = m ? resolveCheckpointDate(m[1], year) : null;
  return date && date.startsWith(`${year}-`) && date < `${year}-12-31` ? date : null;
}

/** Within this share of the whole, a plan's periods add up to it (33.33 × 3 is the whole year). */
const PLAN_SUM_SLACK = 0.005;

/** Within this share of the budget, a plan's amounts end at it or add up to it. */
const PLAN_BUDGET_SLACK = 0.001;

/**
 * A cumulative plan share (percent) above this is impossible: no plan spends more than the whole budget. It is a unit
 * slip (a plan in 元 beside a budget in 万元 reads 160,217 %) or a typo; neither PERF.PLANNED nor the check judges on it.
 * Within the slack a plan's last amount may stray from the budget.
 */
export function shareOverBudget(percent: number): boolean {
  return percent > 100 * (1 + PLAN_BUDGET_SLACK) + 1e-9;
}

/**
 * A plan's numbers are amounts of the budget (万元), not percentages, when the last ends at the budget (a cumulative
 * plan ends with the whole budget) or they add up to it (each period's own amount: 24 | 36 | 30 | 30 of 120). A budget
 * of 100 reads the same either way. One rule for the reader and PERF.PLANNED / PERF.SCHEDULE given the budget.
 */
export function amountsOfBudget(amounts: readonly (number | null)[], budget: number): boolean {
  let last: number | null = null;
  let sum = 0;
  for (const a of amounts) {
    if (a === null) continue;
    last = a;
    sum += a;
  }
  if (last === null || !(budget > 0)) return false;
  const slack = budget * PLAN_BUDGET_SLACK;
  return Math.abs(last - budget) <= slack || Math.abs(sum - budget) <= slack;
}

/**
 * A label saying a running total: 截至 / 累计 (截至9月底), or a span from January after the first (1-9月 beside 1-6月).
 * 1-6月 | 7-12月 are periods. Only after the first: the first period's running total is its own share, so its label
 * tells nothing (`1-6月累计 40% | 7-12月 60%` are periods: reader69).
 */
const RUNNING_TOTAL_LABEL = /截[至止]|累计/;
const FROM_JANUARY = /^(?:1|一)月?份?[-－—–~～至到]/;

/**
 * A plan written period by period (一季度 20% | 二季度 30% | 三季度 25% | 四季度 25%, or each month's amount): the
 * values add up to the whole (100 %, or the budget), the last, at the year's end, stays short of it, so they cannot be
 * cumulative (a cumulative plan ends with the whole by the year's end; one stopping at 9月底 may be short of it:
 * review68), and no label says a running total. Then each checkpoint's running sum; null for a plan read as written.
 */
export function cumulatedPeriods(
  periods: readonly { label: string; date: string; value: number }[],
  whole: number,
): number[] | null {
  const values = periods.map((p) => p.value);
  if (values.length < 2 || values.some((v) => v < 0)) return null;
  if (!periods[periods.length - 1].date.endsWith("-12-31")) return null;
  const labels = periods.map((p) => p.label.replace(/\s/g, ""));
  if (labels.some((l, i) => i > 0 && (RUNNING_TOTAL_LABEL.test(l) || FROM_JANUARY.test(l)))) return null;
  const slack = whole * PLAN_SUM_SLACK;
  const sum = values.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - whole) > slack || values[values.length - 1] >= whole - slack) return null;
  let running = 0;
  return values.map((v) => (running += v));
}
