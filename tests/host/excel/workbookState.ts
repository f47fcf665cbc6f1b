/** The seed workbook and what a check leaves in the Excel fake's workbook, for comparing runs (adapter, limits, refusedAgain). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { MARKS_SHEET, type WorkbookSnapshot } from "../../../src/core/types";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
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

/** The check's settings and day the seed's suites run with. */
export const SETTINGS = { asOf: "2024-08-15" };
export const TODAY = "2024-08-15";

/** tests/fixtures/seed-one-sheet.xlsx as the fake's snapshot. */
export async function seedOneSheet(): Promise<WorkbookSnapshot> {
  return (await snapshotFromXlsx(readFileSync(path.join(__dirname, "../../fixtures/seed-one-sheet.xlsx")))).snapshot;
}
