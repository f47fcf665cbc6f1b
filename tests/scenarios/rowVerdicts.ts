/**
 * What one indicator row's 状态 / 预警 say, two ways: as the workbook's own PERF.* formulas show them (computed as a
 * spreadsheet does, after a check in formulas mode) and as a check in values mode writes them. Scenarios of what a
 * clerk types (percentTyped, clerkTypedCounts) compare the two.
 */
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import type { PlanOp } from "../../src/core/plan/types";
import type { WorkbookSnapshot } from "../../src/core/types";
import { clearMemos } from "../../src/functions/implemented";
import { evaluatePlan } from "../functions/workbookFormulas";
import { AS_OF } from "./drivers";

/** 状态 is at `statusCol` of `row` (0-based), 预警 right of it. */
export interface VerdictCells {
  sheet: string;
  row: number;
  statusCol: number;
}

const plan = (snapshot: WorkbookSnapshot, formulas: boolean) => {
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas });
  if (run.outcome !== "planned") throw new Error("expected a plan");
  return run.plan;
};

/** What the workbook's own formulas show in 状态 / 预警 of the row (registerPerfFunctions first). */
export function shownVerdicts(snapshot: WorkbookSnapshot, { sheet, row, statusCol }: VerdictCells): unknown[] {
  // The plan of a check defines 监控时点 (the engine is given the cell the name points at); its cells are not used.
  const names = plan(snapshot, true).ops.filter((o) => o.op === "defineName");
  clearMemos();
  const valueOf = evaluatePlan(snapshot, names);
  const at = (col: number) => valueOf({ op: "setFormula", cell: { sheet, row, col }, formula: "", value: null });
  return [at(statusCol), at(statusCol + 1)];
}

/** What a check of the workbook says in 状态 / 预警 of the row (values mode: the verdicts themselves). */
export function checkedVerdicts(snapshot: WorkbookSnapshot, { sheet, row, statusCol }: VerdictCells): unknown[] {
  const ops = plan(snapshot, false).ops;
  const at = (col: number) =>
    ops.find(
      (o): o is PlanOp & { op: "setValue" } =>
        o.op === "setValue" && o.cell.sheet === sheet && o.cell.row === row && o.cell.col === col,
    )?.value;
  return [at(statusCol), at(statusCol + 1)];
}
