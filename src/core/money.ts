/**
 * Spending against the budget (docs/domain.md#budget-execution-checks): one rule read by the reader (its
 * diagnostic), by judging (the execution's light) and by the PERF.* functions (they call judgeExecution).
 */

/**
 * 执行数 more than this many times 预算数 is no spending but a unit slip: 200000 typed in 元 into a 万元 table is
 * 3,000 × a 63.14 万元 budget. A real overspend is a few per cent, rarely double; ×100 leaves room for both.
 */
export const IMPLAUSIBLE_SPENT_FACTOR = 100;

/** "unit": spent is implausibly large (likely 元 in a 万元 table); "over": above the budget; null: neither. */
export function spentProblem(spent: number, budget: number): "unit" | "over" | null {
  if (!(budget > 0) || !Number.isFinite(spent)) return null;
  if (spent > budget * IMPLAUSIBLE_SPENT_FACTOR) return "unit";
  return spent > budget + 1e-9 ? "over" : null;
}
