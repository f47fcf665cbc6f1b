/**
 * Judging every table: each indicator, the budget execution and the table's light (the worst one).
 */
import { yearOf } from "../dates";
import { worseLight } from "../lights";
import type {
  CellReading,
  ExecutionResult,
  GoalTable,
  IndicatorResult,
  JudgeSettings,
  ParsedTarget,
  TableJudgement,
} from "../types";
import { normalizeText, parseQuantity } from "../notation/text";
import { judgeIndicator } from "./judgeIndicator";
import { judgeExecution } from "./schedule";
import { convertUnit } from "./units";
import { JudgementRecord } from "../records";

/** The reader gives table.spent in 万元 already (types.ts); text may still carry its own unit ("18万元"). */
export function readSpent(reading: CellReading | null): number | null {
  if (!reading) return null;
  const v = reading.value;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const q = parseQuantity(normalizeText(v));
  if (!q) return null;
  return q.unit === null ? q.value : convertUnit(q.value, q.unit, "万元");
}

/**
 * Why a table has no execution verdict: no budget read, no 执行数, a 执行数 that is not an amount ("二十万元"), a date
 * (2024/6/30 typed there: the reader keeps it as its date text and says so at the cell, read.spent-date), one written
 * as a formula the file holds no result for, or a formula showing an error value (#DIV/0!).
 */
export type NoExecution =
  "no-budget" | "no-spent" | "spent-unreadable" | "spent-date" | "spent-uncached" | "spent-error";

/** The date text the reader keeps for a date in 执行数 (readWorkbook spentInWan), or typed so. */
const SPENT_DATE = /^\d{4}-\d{1,2}-\d{1,2}$/;

/** Why a project table has no execution verdict (null: it has one, or it is no project): for the CLI and the pane. */
export function whyNoExecution(table: GoalTable, execution: ExecutionResult | null): NoExecution | null {
  if (execution || table.kind !== "project") return null;
  if (table.budget === null) return "no-budget";
  if (table.spent === null) return "no-spent";
  if (table.spent.uncached) return "spent-uncached";
  const v = table.spent.value;
  if (typeof v === "string" && SPENT_DATE.test(v.trim())) return "spent-date";
  return v !== null && typeof v === "object" ? "spent-error" : "spent-unreadable";
}

function executionOf(table: GoalTable, settings: JudgeSettings, budgetYear: number): ExecutionResult | null {
  if (table.budget === null) return null;
  const spent = readSpent(table.spent);
  if (spent === null) return null;
  // An empty schedule makes judgeExecution use 序时进度 (it reads each checkpoint's date and percent, keeps none).
  return judgeExecution(spent, table.budget, table.schedule, settings, budgetYear);
}

/** The reading key of an indicator without an actual column (a reading's value is never this object). */
const NO_READING = {};

/**
 * Judgements made during one evaluate call (one settings object), by everything judgeIndicator reads of an
 * indicator: the parsed target (the parser's memo hands out one object per text and context), the actual's
 * value and number format, the name (stocks), the 二级 (strict categories) and the budget year. A workbook
 * repeats a few targets and actuals in all its tables; a result is plain data nobody changes, so it is shared.
 * Keyed from the key with the fewest values to the one with the most (year, format, 二级, target, name, actual):
 * a new actual of a known indicator adds one entry, not a chain of new Maps.
 */
class JudgementMemo {
  private readonly byYear = new Map<
    number | undefined,
    Map<unknown, Map<string, Map<ParsedTarget, Map<string, Map<unknown, IndicatorResult>>>>>
  >();

  constructor(private readonly settings: JudgeSettings) {}

  judge(ind: GoalTable["indicators"][number], budgetYear: number | undefined): IndicatorResult {
    const reading = ind.actual;
    // A reading as the reader makes it, or none; anything else is judged as it is, uncached.
    if (reading !== null && (typeof reading !== "object" || !("cell" in reading) || !("value" in reading)))
      return this.cold(ind, budgetYear);
    const value = reading === null ? NO_READING : reading.value;
    const format = reading === null ? undefined : reading.numberFormat;
    // Only what a Map tells apart exactly: not -0 (a Map takes it for 0), not an error value (an object).
    const cacheable =
      reading?.uncached === undefined &&
      reading?.date1904 === undefined && // a 1904 workbook's serial is another date: judged as it is
      (value === NO_READING || value === null || typeof value !== "object") &&
      !Object.is(value, -0) &&
      !Object.is(budgetYear, -0) &&
      (format === undefined || typeof format === "string") &&
      typeof ind.name === "string" &&
      typeof ind.level2 === "string";
    if (!cacheable) return this.cold(ind, budgetYear);
    let byFormat = this.byYear.get(budgetYear);
    if (!byFormat) this.byYear.set(budgetYear, (byFormat = new Map()));
    let byLevel2 = byFormat.get(format);
    if (!byLevel2) byFormat.set(format, (byLevel2 = new Map()));
    let byTarget = byLevel2.get(ind.level2);
    if (!byTarget) byLevel2.set(ind.level2, (byTarget = new Map()));
    let byName = byTarget.get(ind.target);
    if (!byName) byTarget.set(ind.target, (byName = new Map()));
    let byValue = byName.get(ind.name);
    if (!byValue) byName.set(ind.name, (byValue = new Map()));
    let result = byValue.get(value);
    if (!result) byValue.set(value, (result = this.cold(ind, budgetYear)));
    return result;
  }

  /** Every Map of the memo emptied (a cleared Map drops its table of entries, young or not: records.ts letGo). */
  release(): void {
    clearAll(this.byYear);
  }

  private cold(ind: GoalTable["indicators"][number], budgetYear: number | undefined): IndicatorResult {
    return judgeIndicator(
      ind.target,
      ind.actual,
      { level1: ind.level1, level2: ind.level2, name: ind.name, budgetYear },
      this.settings,
    );
  }
}

function clearAll(map: Map<unknown, unknown>): void {
  for (const inner of map.values()) if (inner instanceof Map) clearAll(inner);
  map.clear();
}

function evaluateTable(
  table: GoalTable,
  settings: JudgeSettings,
  memo: JudgementMemo = new JudgementMemo(settings),
): TableJudgement {
  const ownYear = table.budgetYear ?? settings.budgetYear;
  const budgetYear = ownYear ?? yearOf(settings.asOf);
  // A table with no year: judgeIndicator takes the date's, but no year typed in an actual is another's (review60).
  const indicators = table.indicators.map((ind) => memo.judge(ind, ownYear));
  const execution = executionOf(table, settings, budgetYear);
  // The worst of the indicators' lights and the execution's, in a loop (no list of lights made per table).
  let light = execution?.light ?? "none";
  for (let i = 0; i < indicators.length; i++) light = worseLight(light, indicators[i].light);
  return new JudgementRecord(execution, indicators, light); // not a literal: records.ts
}

/**
 * The judge of one check's tables, one table when asked, with one memo over all of them: checkWorkbook judges each
 * table and reviews and scores it before the next, while the table's objects are still in the processor's cache.
 */
export class TableJudge {
  private readonly memo: JudgementMemo;

  constructor(private readonly settings: JudgeSettings) {
    this.memo = new JudgementMemo(settings);
  }

  judge(table: GoalTable): TableJudgement {
    return evaluateTable(table, this.settings, this.memo);
  }

  /** Once every table is judged: the memo lets go of the results it holds (records.ts letGo). */
  release(): void {
    this.memo.release();
  }
}

/** Judge each table with one TableJudge (its memos shared across tables, then released). */
export function evaluate(tables: GoalTable[], settings: JudgeSettings): TableJudgement[] {
  const judge = new TableJudge(settings);
  const judgements = tables.map((t) => judge.judge(t));
  judge.release();
  return judgements;
}
