/**
 * How a spending plan's cells are read: percentages, fractions of 1 or amounts of the budget. One reading for the
 * reader (readWorkbook checkpoints) and for the checked copy's PERF.PLANNED formula (plan/blocks planInAmounts).
 */
import { toWan } from "../locale/zh/units";
import { formatMoneyUnit } from "../money";
import { amountsOfBudget } from "../notation/checkpoints";
import { isPercentFormat } from "../numberFormat";
import type { RawCheckpoint } from "./headerBlock";
import { parseAmount, parsePercentCell, writtenMoneyUnit } from "./text";

/** A plan cell as written: its value and number format. */
export type PlanCell = Pick<RawCheckpoint, "value" | "numberFormat">;

/**
 * `marked`: a cell marks a percentage (45%, a % format). `fractions`: 0, 0.45, 0.7, 1 written without a % sign or
 * format are fractions of 100 %: no percentage marked, every number within 0–1 and one above 0 (one loop, no lists
 * made: every table with a schedule asks this).
 */
export function planMarks(raw: readonly PlanCell[]): { marked: boolean; fractions: boolean } {
  let marked = false;
  let numbers = 0;
  let withinOne = true;
  let aboveZero = false;
  for (const cp of raw) {
    const value = cp.value;
    if (isPercentFormat(cp.numberFormat) || (typeof value === "string" && /[%％]/.test(value))) marked = true;
    const percent = parsePercentCell(value, cp.numberFormat);
    if (percent === null) continue;
    numbers++;
    if (percent < 0 || percent > 1) withinOne = false;
    if (percent > 0) aboveZero = true;
  }
  return { marked, fractions: !marked && numbers > 0 && withinOne && aboveZero };
}

/**
 * A plan written as cumulative amounts (0 / 28.41 / 44.2 / 63.14 beside a budget of 63.14): each checkpoint's amount
 * in 万元, or null when the plan is written in percentages. Amounts when no cell marks a percentage and either every
 * filled cell writes a money unit (28.41万元) or the last amount is the budget (a plan ends with the whole budget;
 * a budget of 100 reads the same either way). `budget` is in 万元, `unit` the table's money unit.
 */
export function planAmounts(
  raw: readonly PlanCell[],
  money: { budget: number | null; unit: string },
): (number | null)[] | null {
  const { budget, unit } = money;
  if (budget === null || !(budget > 0)) return null;
  let units = 0;
  let filled = 0;
  const amounts = raw.map((cp) => {
    if (isPercentFormat(cp.numberFormat)) return null;
    const value = cp.value;
    const amount = typeof value === "string" && /[%％]/.test(value) ? null : parseAmount(value);
    if (amount === null) return null;
    filled++;
    const written = typeof value === "number" ? formatMoneyUnit(cp.numberFormat) : writtenMoneyUnit(value);
    if (written) units++;
    return toWan(amount, written ?? unit);
  });
  if (filled === 0) return null;
  return (units === filled || amountsOfBudget(amounts, budget)) &&
    filled === raw.filter((cp) => !isBlankCell(cp.value)).length
    ? amounts
    : null;
}

/** Whether the reader reads the plan as amounts of the budget (neither percentages nor fractions: planAmounts). */
export function readsAsAmounts(raw: readonly PlanCell[], money: { budget: number | null; unit: string }): boolean {
  const { marked, fractions } = planMarks(raw);
  return !marked && !fractions && planAmounts(raw, money) !== null;
}

function isBlankCell(value: PlanCell["value"]): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
