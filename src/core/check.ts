import { TableJudge } from "./evaluate/evaluate";
import { proseTables } from "./prose/extractProse";
import { recordOf, sheetsWeMade } from "./plan/marks";
import { summaryDateNotes } from "./plan/summaryDate";
import { PROJECT_SHEET, UNIT_SHEET, unfinishedWrittenSheet, writtenSheetOf } from "./plan/unitSheet";
import { readWorkbook } from "./read/readWorkbook";
import { Reviewer, reviewTables } from "./review/review";
import { SELF_EVAL_RULES, selfEvaluate } from "./selfeval/selfEvaluate";
import type {
  CellReading,
  CellRef,
  CheckedTable,
  CheckResult,
  Diagnostic,
  GoalTable,
  JudgeSettings,
  ReadResult,
  SelfEvaluationScores,
  TableJudgement,
  TableResult,
  WorkbookSnapshot,
} from "./types";
import {
  CheckedTableRecord,
  handedBack,
  IndicatorRecord,
  IndicatorResultRecord,
  JudgementRecord,
  letGo,
  TableResultRecord,
} from "./records";
import { inReadingOrder, keyCol } from "./a1";
import { worseLight } from "./lights";
import { lastDayOfMonth, makeIso, monthOf, yearOf } from "./dates";
import { renderMessage, say } from "./locale/messages";
import { misplacedByRow, misplacedRows, type MisplacedRow } from "./plan/misplaced";
import { misplacedKey } from "./plan/rowsFor";
import { diagnostic } from "./read/diagnostic";
import type { Plan } from "./plan/types";

/**
 * Goals written as sentences (or listed in a cell) become tables of their own, unless the workbook already has
 * them written out as proper tables. The sheet an earlier check wrote them to (the record's) counts whatever it reads
 * as; without a record, a 部门整体绩效目标 sheet holding a unit-wide table stands for the unit-wide prose, and a
 * 项目绩效目标 sheet (ours kept by Clear marks because the clerk typed there) for the projects whose names it holds.
 */
function goalsFromProse(snapshot: WorkbookSnapshot, read: ReadResult, ownSheets: ReadonlySet<string>): GoalTable[] {
  const written = writtenSheetOf(snapshot);
  const ours = written !== null && recordOf(snapshot)?.generated?.[written] !== undefined;
  if (ours && read.tables.some((t) => t.sheet === written)) return [];
  if (read.tables.some((t) => t.sheet === UNIT_SHEET && t.kind === "unit")) return [];
  const projectsRead = new Set(read.tables.filter((t) => t.sheet === PROJECT_SHEET).map((t) => t.name));
  return proseTables(snapshot, read, ownSheets)
    .filter((t) => !(t.kind === "project" && projectsRead.has(t.name)))
    .map((t) => ({ ...t, source: "prose" as const }));
}

/**
 * What reading says of every sheet but `sheet`: there a check that did not finish was writing goals found in text out
 * (unitSheet.ts unfinishedWrittenSheet), and what it holds is part of that table, read from the text again instead.
 */
function withoutSheet(read: ReadResult, sheet: string | null): ReadResult {
  if (sheet === null) return read;
  return {
    ...read,
    tables: read.tables.filter((t) => t.sheet !== sheet),
    diagnostics: read.diagnostics.filter((d) => d.cell?.sheet !== sheet),
  };
}

/**
 * The reader says "该表未读取" of a title under a sheet's last table with no indicator header (titlesWithoutTable);
 * untrue when its goals were read as prose below it (before the next such title): that line is dropped.
 */
function withoutTitlesReadAsProse(diagnostics: Diagnostic[], prose: GoalTable[]): Diagnostic[] {
  if (prose.length === 0) return diagnostics;
  const titles = diagnostics.flatMap((d) => (d.text.code === "read.title-without-table" && d.cell ? [d.cell] : []));
  const readAsProse = (title: CellRef) => {
    const next = Math.min(...titles.filter((t) => t.sheet === title.sheet && t.row > title.row).map((t) => t.row));
    return prose.some((t) => t.sheet === title.sheet && t.range.bottom >= title.row && t.range.top < next);
  };
  return diagnostics.filter(
    (d) => !(d.text.code === "read.title-without-table" && d.cell !== null && readAsProse(d.cell)),
  );
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
  const read = withoutSheet(
    readWorkbook(snapshot, { budgetYear: settings.budgetYear, ownSheets }),
    unfinishedWrittenSheet(snapshot),
  );
  const prose = goalsFromProse(snapshot, read, ownSheets);
  const misplaced = misplacedRows(snapshot, [...read.tables, ...prose]);
  const tables = withoutMisplaced([...read.tables, ...prose], misplaced);
  // Each table judged, reviewed and scored before the next: its indicators, readings and schedule, cold once the
  // reader has read every table, are fetched into the processor's cache once, not once per pass over all tables.
  const judge = new TableJudge(settings);
  const reviewer = new Reviewer(settings);
  const misplacedAt = misplaced.length > 0 ? misplacedByRow(misplaced) : null;
  const checked = tables.map((table) => {
    let judgement = judge.judge(table);
    if (misplacedAt) judgement = notJudgedWhereMisplaced(table, judgement, misplacedAt, settings);
    reviewer.add(table);
    return checkedTable(table, judgement, selfEvaluate(table, judgement, settings));
  });
  const dateNotes = [...beforeBudgetYear(tables, settings.asOf), ...summaryDateNotes(snapshot, settings.asOf)];
  const readNotes = withoutTitlesReadAsProse(read.diagnostics, prose);
  const notes = [...dateNotes, ...misplaced.map(misplacedNote), ...readNotes];
  const result: CheckResult = {
    asOf: settings.asOf,
    tables: handedBack(checked),
    diagnostics: handedBack(notes.length > readNotes.length ? notes : readNotes),
    review: reviewer.done(),
    ...(misplaced.length > 0 ? { misplaced } : {}),
  };
  // The check's own lists and memo, made as it began, let go of the result (records.ts letGo): a caller that drops it
  // leaves nothing of it alive at the next check's young collections.
  judge.release();
  letGo(read.tables);
  letGo(read.diagnostics);
  letGo(tables);
  return result;
}

/**
 * A monitoring date before the budget year of some tables has begun: nothing of theirs is due yet, so every plan and
 * time progress is 0 % and every project ahead — most often a mistyped year (--as-of 2023-07-31 for 2024's tables).
 * One warning per such year, with the same day in it; for the year after the date's, also that next year's 申报表 has
 * nothing due yet but its review holds. A date after the year (a review in spring) is ordinary.
 */
function beforeBudgetYear(tables: GoalTable[], asOf: string): Diagnostic[] {
  const count = new Map<number, number>();
  for (const t of tables)
    if (t.budgetYear !== null && t.budgetYear > yearOf(asOf))
      count.set(t.budgetYear, (count.get(t.budgetYear) ?? 0) + 1);
  return [...count].map(([year, n]) => {
    const [month, day] = [monthOf(asOf), Number(asOf.slice(8, 10))];
    const suggested = makeIso(year, month, day) ?? lastDayOfMonth(year, month); // 02-29 in a year without it
    const nextYear = year === yearOf(asOf) + 1; // maybe next year's 申报表, checked for its review before the year
    return diagnostic(null, "warning", say("asof.before-budget-year", { asOf, year, tables: n, suggested, nextYear }));
  });
}

/**
 * The check as the workbook holds it once `plan` is applied: goals found in text that the plan writes out as a table
 * of their own are that table (where the next check reads them, and the clerk types their actuals), reviewed there;
 * a reason asked for on a table without a 偏差原因 column of its own is asked for in ours (Plan.reasonColumns), which
 * the next check reads as the table's. So a check reports the tables its summary lists, at the cells a second check
 * reports, and the same findings.
 */
export function checkAsWrittenOut(
  check: CheckResult,
  plan: Plan,
  settings: Pick<JudgeSettings, "disabledRules" | "budgetYear">,
): CheckResult {
  if (plan.reasonColumns) check = { ...check, tables: check.tables.map(reasonsAsked(plan.reasonColumns)) };
  if (!plan.writtenOut) return check;
  const fromText = new Set(plan.writtenOut.fromText);
  const tables = [...check.tables.filter((c) => !fromText.has(c.table)), ...plan.writtenOut.tables];
  return {
    ...check,
    tables,
    // What the next check reads of the written sheet, it says now (a table written without a name or a year).
    diagnostics: [...check.diagnostics, ...plan.writtenOut.diagnostics],
    review: reviewTables(
      tables.map((c) => c.table),
      settings,
    ),
  };
}

/** A self-evaluation's "应填写偏差原因" at the row's cell of our 偏差原因 column, where the plan gives its table one. */
function reasonsAsked(columns: NonNullable<Plan["reasonColumns"]>): (checked: CheckedTable) => CheckedTable {
  const colOf = new Map(columns.map((c) => [c.table, c.col]));
  return (checked) => {
    const col = colOf.get(checked.table);
    const self = checked.selfEvaluation;
    if (col === undefined || !self?.findings.some((f) => f.rule === SELF_EVAL_RULES.reason && f.cell)) return checked;
    const findings = self.findings
      .map((f) => (f.rule === SELF_EVAL_RULES.reason && f.cell ? { ...f, cell: { ...f.cell, col } } : f))
      .sort(inReadingOrder);
    return new CheckedTableRecord(checked.table, checked.result, checked.results, checked.scores, {
      ...self,
      findings,
    });
  };
}

const misplacedText = (m: MisplacedRow) =>
  say("check.actual-misplaced", { name: m.name, typedFor: m.typedForName === m.name ? null : m.typedForName });

/** One line per indicator beside typed cells of another one's, at its row's first input cell. */
function misplacedNote(m: MisplacedRow): Diagnostic {
  const col = Math.min(...m.inputCols);
  return diagnostic(Number.isFinite(col) ? { sheet: m.sheet, row: m.row, col } : null, "warning", misplacedText(m));
}

/**
 * The tables with what the misplaced rows' input cells hold dropped from their indicators (an actual, forecast, reason
 * or likelihood read there was typed for another indicator): nothing is judged, reviewed or scored from it.
 */
function withoutMisplaced(tables: GoalTable[], misplaced: MisplacedRow[]): GoalTable[] {
  if (misplaced.length === 0) return tables;
  const rows = misplacedByRow(misplaced);
  return tables.map((table) => {
    if (!table.indicators.some((i) => rows.has(misplacedKey(table.sheet, i.row)))) return table;
    const theirs = (m: MisplacedRow | undefined, col: number | undefined) => !m || !m.inputCols.includes(col ?? -1);
    const indicators = table.indicators.map((i) => {
      const m = rows.get(misplacedKey(table.sheet, i.row));
      if (!m) return i;
      const cols = table.header.columns;
      const kept = (r: CellReading | null) => (r && theirs(m, keyCol(r.cell)) ? r : null);
      return new IndicatorRecord(
        i.row,
        i.level1,
        i.level2,
        i.name,
        i.description,
        i.targetText,
        i.target,
        i.basis,
        i.weight,
        i.nameCell,
        i.targetCell,
        kept(i.actual),
        kept(i.forecast),
        i.score,
        theirs(m, cols.reason) ? i.reason : "",
        theirs(m, cols.likelihood) ? i.likelihood : "",
        i.signCell,
        i.unitCell,
      );
    });
    return { ...table, indicators };
  });
}

/** A misplaced row's indicator is not judged (no light): why, in the result; the table's light without it. */
function notJudgedWhereMisplaced(
  table: GoalTable,
  judgement: TableJudgement,
  rows: ReturnType<typeof misplacedByRow>,
  settings: JudgeSettings,
): TableJudgement {
  if (!table.indicators.some((i) => rows.has(misplacedKey(table.sheet, i.row)))) return judgement;
  const indicators = judgement.indicators.map((result, k) => {
    const m = rows.get(misplacedKey(table.sheet, table.indicators[k].row));
    if (!m) return result;
    return new IndicatorResultRecord(
      "unknown",
      "none",
      null,
      null,
      null,
      renderMessage(misplacedText(m), settings.lang),
    );
  });
  let light = judgement.execution?.light ?? "none";
  for (const r of indicators) light = worseLight(light, r.light);
  return new JudgementRecord(judgement.execution, indicators, light);
}
