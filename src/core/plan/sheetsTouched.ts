import type { Plan } from "./types";

/** The sheets a plan writes to or changes: a host refuses the whole plan when one of them is protected. */
export function sheetsTouched(plan: Plan): Set<string> {
  const touched = new Set<string>();
  for (const op of plan.ops) {
    if ("cell" in op) touched.add(op.cell.sheet);
    else if ("sheet" in op) touched.add(op.sheet);
  }
  return touched;
}
