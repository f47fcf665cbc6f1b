import type { Plan, PlanOp } from "./types";

/** The sheet an operation writes to or changes (none for a workbook name's removal). */
export function sheetOf(op: PlanOp): string | undefined {
  return "cell" in op ? op.cell.sheet : "sheet" in op ? op.sheet : undefined;
}

/** The sheets a plan writes to or changes: a host refuses the whole plan when one of them is protected. */
export function sheetsTouched(plan: Plan): Set<string> {
  const touched = new Set<string>();
  for (const op of plan.ops) {
    const sheet = sheetOf(op);
    if (sheet !== undefined) touched.add(sheet);
  }
  return touched;
}
