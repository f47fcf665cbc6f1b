/** What a check leaves in the Excel fake's workbook, for comparing runs (limits.test.ts, refusedAgain.test.ts). */
import { MARKS_SHEET } from "../../../src/core/types";
import type { FakeExcel, FakeModel } from "./fake";

/** Cells (value|formula) of every sheet but the marks sheet, and what else a run leaves behind. */
export function state(model: FakeModel) {
  const cells: Record<string, string> = {};
  for (const sheet of model.sheets)
    if (sheet.name !== MARKS_SHEET)
      for (const [k, c] of sheet.cells)
        if (c.value !== null || c.formula)
          cells[`${sheet.name}!${k}`] = `${JSON.stringify(c.value)}|${c.formula ?? ""}`;
  return {
    cells,
    sheets: model.sheets.map((s) => s.name),
    rules: model.sheets.reduce((n, s) => n + s.cfs.length, 0),
    notes: model.sheets.reduce((n, s) => n + s.notes.size, 0),
    validations: model.sheets.reduce((n, s) => n + s.validations.size, 0),
    names: [...model.names.keys()],
  };
}

/** Excel refuses write batch k of the next run (the fake counts the run's reads as its first 3 syncs). */
export const refuse = (fake: FakeExcel, k: number, after = 0) =>
  (fake.failSync = { sync: 3 + k, after, code: "InvalidOperationInCellEditMode" });
