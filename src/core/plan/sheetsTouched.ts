import { MARKS_SHEET, type WorkbookSnapshot } from "../types";
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

/** What a plan would do to the workbook's sheets that a protected structure (审阅 → 保护工作簿) forbids. */
export interface StructureNeeds {
  add: string[];
  remove: string[];
  /** Hidden sheets that must be shown a moment (WPS places a highlight rule from the active cell). */
  show: string[];
}

/**
 * The sheets a plan adds or deletes among `existing`, and those of `mustShow` a highlight rule goes on: what Excel and
 * WPS refuse when the workbook's structure is protected. Null when the plan needs none of it.
 */
export function structureNeeds(
  plan: Plan,
  existing: readonly string[],
  mustShow: ReadonlySet<string> = new Set(),
): StructureNeeds | null {
  const sheets = new Set(existing);
  const add = new Set<string>();
  const remove = new Set<string>();
  const show = new Set<string>();
  for (const op of plan.ops) {
    if (op.op === "addSheet" && !sheets.has(op.sheet)) add.add(op.sheet);
    else if (op.op === "deleteSheet" && sheets.has(op.sheet)) remove.add(op.sheet);
    else if (op.op === "conditionalFormat" && mustShow.has(op.sheet)) show.add(op.sheet);
  }
  return add.size || remove.size || show.size ? { add: [...add], remove: [...remove], show: [...show] } : null;
}

/**
 * The one rule for the sheets no plan writes to or clears, a check (PlanContext.push) and Clear marks alike:
 * - protected (SheetSnapshot.protected): Excel and WPS refuse writes to it, the checked copy leaves it as the clerk
 *   locked it;
 * - very hidden (SheetSnapshot.veryHidden): the clerk cannot show it, so nothing of ours there could be seen, and an
 *   earlier run's cells there stay as they are until code shows the sheet again.
 * Our record (MARKS_SHEET, very hidden itself, or the sheet it was renamed to) is the exception: always written.
 * What it kept a plan out of is noted per reason, for the one line that names each sheet.
 */
export class SheetGate {
  readonly protectedSheets: ReadonlySet<string>;
  readonly veryHidden: ReadonlySet<string>;
  /** Both: the sheets whose part of the earlier record a plan carries over as it was (marks.ts carrySheets). */
  readonly closed: ReadonlySet<string>;
  /** Sheets an operation was kept out of. */
  readonly refused = { protected: new Set<string>(), veryHidden: new Set<string>(), held: new Set<string>() };

  /**
   * `held`: open sheets left as they are all the same, because what stays on a closed one needs them (Clear marks:
   * our summary, which our name 监控时点 points into, while formulas of ours naming it stay on a protected sheet), or
   * because the table we wrote beside is not read there now (a check: buildPlan unreadSheets).
   */
  constructor(
    snapshot: WorkbookSnapshot,
    readonly held: ReadonlySet<string> = new Set(),
  ) {
    const record = (name: string) => name === MARKS_SHEET || name === snapshot.marksSheet;
    const names = (pick: (s: WorkbookSnapshot["sheets"][number]) => boolean | undefined) =>
      new Set(snapshot.sheets.filter((s) => pick(s) && !record(s.name)).map((s) => s.name));
    this.protectedSheets = names((s) => s.protected);
    this.veryHidden = names((s) => s.veryHidden);
    this.closed = new Set([...this.protectedSheets, ...this.veryHidden, ...held]);
  }

  /** May a plan write to or clear the sheet? When not, the sheet is noted (`refused`). */
  admits(sheet: string | undefined): boolean {
    if (sheet === undefined || sheet === MARKS_SHEET || !this.closed.has(sheet)) return true;
    const why = this.protectedSheets.has(sheet) ? "protected" : this.veryHidden.has(sheet) ? "veryHidden" : "held";
    this.refused[why].add(sheet);
    return false;
  }
}
