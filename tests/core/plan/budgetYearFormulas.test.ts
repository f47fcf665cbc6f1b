/**
 * Formulas mode must say what values mode says. A 2023 table checked on 2024-02-15 (last year's projects
 * scored early in the new year): PERF.PLANNED / PERF.SCHEDULE, computed as Excel would from the cells the
 * formula names, give the core's own planned progress and status, because the plan passes the table's year.
 */
import { isoToSerial } from "../../../src/core/dates";
import { columnIndex } from "../../../src/core/a1";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import type { PlanOp } from "../../../src/core/plan/types";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/types";
import { planned, schedule } from "../../../src/functions/functions";
import { sheet, snapshotOf, tableRows } from "./fixtures";

const S = "办公用品";
const FEB_15 = "2024-02-15";

function rows(title: string): CellValue[][] {
  const r = tableRows();
  r[0] = [title];
  r[2] = ["预算数", 63.14, "执行数", 20];
  return r;
}

function run(title: string, asOf: string) {
  const snapshot = snapshotOf(sheet(S, rows(title)));
  const result = runPipeline(snapshot, settingsFor(snapshot, { asOf }, asOf), { formulas: true });
  if (result.outcome !== "planned") throw new Error("expected a plan");
  const formulas = result.plan.ops.flatMap((o: PlanOp) => (o.op === "setFormula" ? [o] : []));
  const formula = (name: string) => {
    const found = formulas.find((o) => o.formula.startsWith(`${name}(`));
    if (!found) throw new Error(`no ${name} formula`);
    return found;
  };
  return { snapshot, check: result.check, formula };
}

/** A formula's argument as Excel passes it: a range as its matrix of values, 监控时点 as the date serial, a number. */
function argument(snapshot: WorkbookSnapshot, text: string, asOf: string): unknown {
  if (text === "") return undefined;
  if (text === "监控时点") return isoToSerial(asOf);
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(text);
  if (!m) throw new Error(`unexpected argument ${text}`);
  const [top, left] = [Number(m[2]) - 1, columnIndex(m[1])];
  const [bottom, right] = m[3] ? [Number(m[4]) - 1, columnIndex(m[3])] : [top, left];
  const values = snapshot.sheets[0].values;
  const matrix: unknown[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: unknown[] = [];
    for (let c = left; c <= right; c++) row.push(values[r]?.[c] ?? null);
    matrix.push(row);
  }
  return m[3] ? matrix : matrix[0][0];
}

function argumentsOf(snapshot: WorkbookSnapshot, formula: string, asOf: string): unknown[] {
  const inner = /^PERF\.\w+\((.*)\)$/.exec(formula)?.[1] ?? "";
  return inner.split(",").map((a) => argument(snapshot, a, asOf));
}

test("a 2023 table checked on 2024-02-15: the formulas carry 2023 and compute the core's 100% / status", () => {
  const { snapshot, check, formula } = run("2023年办公用品采购绩效目标表", FEB_15);
  const table = check.tables[0];
  expect(table.table.budgetYear).toBe(2023);
  const execution = table.result.execution;
  if (!execution) throw new Error("expected the execution to be judged");
  expect(execution.planned).toBe(100); // the year is over

  const plannedOp = formula("PERF.PLANNED");
  expect(plannedOp.formula).toBe("PERF.PLANNED(B4:E4,B5:E5,监控时点,,2023)");
  const args = argumentsOf(snapshot, plannedOp.formula, FEB_15);
  const computed = (planned as (...a: unknown[]) => unknown)(...args);
  expect(computed).toBeCloseTo(execution.planned / 100, 9);
  expect(computed).toBeCloseTo(plannedOp.value as number, 9);

  const statusOp = formula("PERF.SCHEDULE");
  expect(statusOp.formula).toMatch(/,监控时点,,2023\)$/);
  const status = (schedule as (...a: unknown[]) => unknown)(...argumentsOf(snapshot, statusOp.formula, FEB_15));
  expect(status).toBe(statusOp.value);
  expect(status).toBe("滞后"); // 20 of 63.14 spent against a finished plan
});

test("a same-year table: the formulas are unchanged, and the year given or not changes nothing", () => {
  const asOf = "2024-08-15";
  const { snapshot, check, formula } = run("2024年办公用品采购绩效目标表", asOf);
  const execution = check.tables[0].result.execution;
  if (!execution) throw new Error("expected the execution to be judged");
  const plannedOp = formula("PERF.PLANNED");
  expect(plannedOp.formula).toBe("PERF.PLANNED(B4:E4,B5:E5,监控时点)");
  const args = argumentsOf(snapshot, plannedOp.formula, asOf);
  const without = (planned as (...a: unknown[]) => unknown)(...args);
  expect(without).toBeCloseTo(execution.planned / 100, 9);
  expect((planned as (...a: unknown[]) => unknown)(...args, undefined, 2024)).toBe(without);
  expect(formula("PERF.SCHEDULE").formula).toMatch(/,监控时点\)$/);
});
