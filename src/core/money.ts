/**
 * Spending against the budget (docs/domain.md#budget-execution-checks): one rule read by the reader (its
 * diagnostic), by judging (the execution's light) and by the PERF.* functions (they call judgeExecution).
 */
import { MONEY_IN_WAN } from "./locale/zh";
import { formatCode, formatSuffix, isPercentFormat } from "./numberFormat";

/**
 * 执行数 more than this many times 预算数 is no spending but a unit slip: 200000 typed in 元 into a 万元 table is
 * 3,000 × a 63.14 万元 budget. A real overspend is a few per cent, rarely double; ×100 leaves room for both.
 */
const IMPLAUSIBLE_SPENT_FACTOR = 100;

/**
 * An amount stating no unit that reaches this is no 万元 amount: in 万元 a project (or one unit's list) would hold 100
 * 亿元 (黄山市公安局 2025: 1681680 under 年度预算安排, 92156434 its total). A list of projects reads its column in 元 then
 * (prose); a table's budget is read in 元 only when something in the table says so, else not read (readWorkbook).
 */
export const YUAN_BY_SIZE = 1_000_000;

/**
 * "negative": spent below zero (a refund or a correction typed as the year's spending: no progress to judge, with or
 * without a budget); "unit": implausibly large (likely 元 in a 万元 table); "over": above the budget; null: none.
 */
export function spentProblem(spent: number, budget: number): "negative" | "unit" | "over" | null {
  if (!Number.isFinite(spent)) return null;
  if (spent < 0) return "negative";
  if (!(budget > 0)) return null;
  if (spent > budget * IMPLAUSIBLE_SPENT_FACTOR) return "unit";
  return spent > budget + 1e-9 ? "over" : null;
}

/**
 * The money unit a number cell's format shows after the number (`#,##0"元"` shows 485,000元 → "元", `0.00"万元"` →
 * "万元"), or null. It counts as a unit typed in the cell (docs/domain.md#schedule): the reader reads the cell's
 * amount in it, and the plan passes the cell to the formulas scaled by it (one rule for both).
 */
export function formatMoneyUnit(numberFormat: string | null | undefined): string | null {
  if (!numberFormat) return null;
  const suffix = formatSuffix(numberFormat);
  return suffix !== "" && MONEY_IN_WAN[suffix] !== undefined ? suffix : null;
}

/**
 * What turns a number cell's amount into `unit` in a formula: "" (the same unit), "/10000" (元 → 万元), "*10000" …
 * The cell is in the money unit its format shows (formatMoneyUnit), else in `cellUnit` (its table's).
 */
export function moneyScale(numberFormat: string | null | undefined, cellUnit: string, unit: string): string {
  const factor = (MONEY_IN_WAN[formatMoneyUnit(numberFormat) ?? cellUnit] ?? 1) / (MONEY_IN_WAN[unit] ?? 1);
  if (factor === 1) return "";
  return factor < 1 ? `/${Math.round(1 / factor)}` : `*${Math.round(factor)}`;
}

/** A written 执行率 and spent ÷ budget further apart than this (percentage points) differ, however few digits it shows. */
const RATE_TOLERANCE = 0.1;

/** Decimals of a number as written ("86.20" → 2, "99" → 0). */
function decimalsOf(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Decimals a percent number format shows before its % ("0.00%" → 2, "0%" → 0). */
function percentFormatDecimals(numberFormat: string): number {
  const m = /\.([0#?]+)[^%]*%/.exec(formatCode(numberFormat));
  return m ? m[1].length : 0;
}

/**
 * A written 执行率 in percent, and half a step of the last digit it shows (the rounding it allows): "86.20%" is 86.2 ±
 * 0.005, "99%" 99 ± 0.5; a %-formatted fraction shows the format's decimals (0.99 as "0%": 99 ± 0.5); a bare fraction
 * ≤ 1 is a share (0.862 → 86.2); a plain number above 1 is percent. Null for anything else (text, a formula's error).
 */
function writtenRate(
  reading: { value: unknown; numberFormat?: string | null } | null | undefined,
): { percent: number; halfStep: number } | null {
  if (!reading) return null;
  const v = reading.value;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return null;
    if (isPercentFormat(reading.numberFormat)) {
      return { percent: v * 100, halfStep: 0.5 * 10 ** -percentFormatDecimals(reading.numberFormat!) };
    }
    const share = Math.abs(v) <= 1;
    const shown = decimalsOf(String(v)) - (share ? 2 : 0);
    return { percent: share ? v * 100 : v, halfStep: 0.5 * 10 ** -Math.max(0, shown) };
  }
  if (typeof v !== "string") return null;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*[%％]\s*$/.exec(v);
  return m ? { percent: Number(m[1]), halfStep: 0.5 * 10 ** -decimalsOf(m[1]) } : null;
}

/**
 * The written 执行率 and spent ÷ budget (percent) when they differ by more than the written rate's rounding (at least
 * RATE_TOLERANCE); null when they agree, or when there is no rate, no budget, or the rate cannot be read. One rule for
 * the reader (a monitoring table's rate) and the self-evaluation (its money block's, or its 预算执行率 row's).
 */
export function rateOff(
  reading: { value: unknown; numberFormat?: string | null } | null | undefined,
  spent: number,
  budget: number,
): { submitted: number; expected: number } | null {
  const written = writtenRate(reading);
  if (!written || !(budget > 0) || !Number.isFinite(spent)) return null;
  const expected = (spent / budget) * 100;
  const allowed = Math.max(RATE_TOLERANCE, written.halfStep) + 1e-9;
  return Math.abs(written.percent - expected) > allowed ? { submitted: written.percent, expected } : null;
}
