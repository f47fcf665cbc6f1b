/** The seed workbook and what a check leaves in the Excel fake's workbook, for comparing runs (adapter, limits, refusedAgain). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { MARKS_SHEET, type WorkbookSnapshot } from "../../../src/core/types";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import type { FakeCell, FakeExcel, FakeModel, FakeSheet } from "./fake";

/** What a look set to the Normal style's shows: nothing (bold false reads as a cell never made bold). */
const PLAIN = new Set<unknown>([undefined, false, "General", "None"]);

/** A cell's value|formula, then its looks (number format, font, fill, borders) where they are not plain. */
function cellState(c: FakeCell): string {
  const { value, formula, ...looks } = c;
  const shown = Object.entries(looks).filter(
    ([, v]) => !PLAIN.has(v) && !(typeof v === "object" && Object.keys(v).length === 0),
  );
  return `${JSON.stringify(value)}|${formula ?? ""}${shown.length ? `|${JSON.stringify(Object.fromEntries(shown.sort()))}` : ""}`;
}

/** Sorted entries of a map keyed by cell or column. */
const entries = <T>(map: Map<string | number, T> | undefined) =>
  [...(map ?? [])].sort(([a], [b]) => String(a).localeCompare(String(b)));

/** Everything a clerk sees or prints on a sheet but its cells: merges, rules (in priority order), lists, notes, widths, charts … */
function sheetLooks(s: FakeSheet) {
  return {
    visibility: s.visibility,
    protected: s.protected,
    merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    rules: s.cfs.map(({ id: _id, ...rule }) => rule),
    notes: entries(s.notes),
    comments: entries(s.comments),
    validations: entries(s.validations),
    widths: entries(s.widths),
    hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
    tables: s.tables,
    names: entries(s.names),
    printArea: s.printArea ?? [],
    autoFilter: s.autoFilter ?? null,
    hiddenRows: [...(s.hiddenRows ?? [])].sort((a, b) => a - b),
    rowHeights: entries(s.rowHeights),
    charts: s.charts,
    shapes: s.shapes ?? [],
  };
}

/**
 * What a clerk sees and prints in the workbook, the marks sheet left out: every cell with its value, formula and
 * looks; per sheet its merges, rules, lists, notes, comments, widths, charts …; the sheets in order; the names.
 */
export function state(model: FakeModel) {
  const cells: Record<string, string> = {};
  const sheets = model.sheets.filter((s) => s.name !== MARKS_SHEET);
  for (const sheet of sheets)
    for (const [k, c] of sheet.cells) {
      const shown = cellState(c);
      if (shown !== "null|") cells[`${sheet.name}!${k}`] = shown;
    }
  return {
    cells,
    sheets: sheets.map((s) => s.name),
    looks: Object.fromEntries(sheets.map((s) => [s.name, sheetLooks(s)])),
    names: entries(model.names),
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
