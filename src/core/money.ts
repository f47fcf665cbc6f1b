/**
 * Spending against the budget (docs/domain.md#budget-execution-checks): one rule read by the reader (its
 * diagnostic), by judging (the execution's light) and by the PERF.* functions (they call judgeExecution).
 */
import { MONEY_IN_WAN } from "./locale/zh";
import { formatSuffix } from "./numberFormat";

/**
 * 执行数 more than this many times 预算数 is no spending but a unit slip: 200000 typed in 元 into a 万元 table is
 * 3,000 × a 63.14 万元 budget. A real overspend is a few per cent, rarely double; ×100 leaves room for both.
 */
export const IMPLAUSIBLE_SPENT_FACTOR = 100;

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
