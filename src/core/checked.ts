import type { CheckedIndicator, CheckedTable } from "./types";

/**
 * A checked table's indicators, each with its result and score: made when a reader wants them side by side (the
 * plan, the reports, the pane's views). The check itself keeps them as lists (CheckedTable.results, .scores).
 */
export function checkedIndicators(checked: CheckedTable): CheckedIndicator[] {
  const { results, scores } = checked;
  return checked.table.indicators.map((indicator, i) => ({
    indicator,
    result: results[i],
    score: scores?.[i] ?? null,
  }));
}
