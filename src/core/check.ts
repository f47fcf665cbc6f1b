import { evaluate } from "./evaluate/evaluate";
import { proseTables } from "./prose/extractProse";
import { sheetsWeMade } from "./plan/marks";
import { summaryDateNotes } from "./plan/summaryDate";
import { unitSheetOf } from "./plan/unitSheet";
import { readWorkbook } from "./read/readWorkbook";
import { reviewTables } from "./review/review";
import { selfEvaluate } from "./selfeval/selfEvaluate";
import type {
  CheckedTable,
  CheckResult,
  GoalTable,
  JudgeSettings,
  ReadResult,
  SelfEvaluationScores,
  TableJudgement,
  TableResult,
  WorkbookSnapshot,
} from "./types";
import { CheckedTableRecord, TableResultRecord } from "./records";

/**
 * Unit-wide goals written as sentences become tables of their own, unless the workbook already has
 * them written out as a proper 部门整体绩效目标 table (then that table, with its actuals, is the one).
 */
function goalsFromProse(snapshot: WorkbookSnapshot, read: ReadResult, ownSheets: ReadonlySet<string>): GoalTable[] {
  const unitSheet = unitSheetOf(snapshot); // 部门整体绩效目标, or what the user renamed our sheet to
  if (read.tables.some((t) => t.kind === "unit" && t.sheet === unitSheet)) return [];
  return proseTables(snapshot, read, ownSheets).map((t) => ({ ...t, source: "prose" as const }));
}

/** The one place a table's judgement and scores (lists in the table's order) are put beside its indicators. */
export function checkedTable(
  table: GoalTable,
  judgement: TableJudgement,
  scores: SelfEvaluationScores | null,
): CheckedTable {
  // The table's part of the judgement by name, not by an object rest (V8 copies a rest through the runtime).
  const result: TableResult = new TableResultRecord(judgement.execution, judgement.light);
  const results = judgement.indicators;
  let selfEvaluation = null;
  if (scores) {
    const { indicatorScores: _scores, ...rest } = scores;
    selfEvaluation = rest;
  }
  // Made by a constructor, not a literal (records.ts); the lists as evaluate and selfEvaluate made them.
  return new CheckedTableRecord(table, result, results, scores?.indicatorScores ?? null, selfEvaluation);
}

/**
 * The whole judgement of one workbook: read every goal table, judge it at settings.asOf,
 * review the targets and score self-evaluations. Pure: the same snapshot and settings give
 * the same result in Excel, in the CLI and in the standalone pane.
 */
export function checkWorkbook(snapshot: WorkbookSnapshot, settings: JudgeSettings): CheckResult {
  const ownSheets = sheetsWeMade(snapshot);
  const read = readWorkbook(snapshot, { budgetYear: settings.budgetYear, ownSheets });
  const tables = [...read.tables, ...goalsFromProse(snapshot, read, ownSheets)];
  const judgements = evaluate(tables, settings);
  const dateNotes = summaryDateNotes(snapshot, settings.asOf);
  return {
    asOf: settings.asOf,
    tables: tables.map((table, i) => checkedTable(table, judgements[i], selfEvaluate(table, judgements[i], settings))),
    diagnostics: dateNotes.length > 0 ? [...dateNotes, ...read.diagnostics] : read.diagnostics,
    review: reviewTables(tables, settings),
  };
}
