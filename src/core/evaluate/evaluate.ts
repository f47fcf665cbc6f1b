/**
 * Judging every table: each indicator, the budget execution and the table's light (the worst one).
 */
import { yearOf } from "../dates";
import { worstLight } from "../lights";
import type { CellReading, ExecutionResult, GoalTable, JudgeSettings, TableJudgement } from "../types";
import { normalizeText, parseQuantity } from "../notation/text";
import { judgeIndicator } from "./judgeIndicator";
import { judgeExecution } from "./schedule";
import { convertUnit } from "./units";

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

function executionOf(table: GoalTable, settings: JudgeSettings, budgetYear: number): ExecutionResult | null {
  if (table.budget === null) return null;
  const spent = readSpent(table.spent);
  if (spent === null) return null;
  // An empty schedule makes judgeExecution use 序时进度.
  const schedule = table.schedule.map((c) => ({ date: c.date, percent: c.percent }));
  return judgeExecution(spent, table.budget, schedule, settings, budgetYear);
}

export function evaluateTable(table: GoalTable, settings: JudgeSettings): TableJudgement {
  const budgetYear = table.budgetYear ?? settings.budgetYear ?? yearOf(settings.asOf);
  const indicators = table.indicators.map((ind) =>
    judgeIndicator(
      ind.target,
      ind.actual,
      { level1: ind.level1, level2: ind.level2, name: ind.name, budgetYear },
      settings,
    ),
  );
  const execution = executionOf(table, settings, budgetYear);
  const light = worstLight([...indicators.map((r) => r.light), execution?.light ?? "none"]);
  return { execution, indicators, light };
}

export function evaluate(tables: GoalTable[], settings: JudgeSettings): TableJudgement[] {
  return tables.map((t) => evaluateTable(t, settings));
}
