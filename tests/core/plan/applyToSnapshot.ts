/**
 * Test helper: carry a plan's cell operations out on a snapshot (values, formulas, sheets, marks),
 * so plan tests can run a second check or a clear on "the workbook after the first run".
 */
import { joinMarksRow } from "../../../src/core/plan/marks";
import type { Plan } from "../../../src/core/plan/types";
import { MARKS_SHEET, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../../../src/core/types";

export function applyToSnapshot(snapshot: WorkbookSnapshot, plan: Plan): WorkbookSnapshot {
  const sheets = new Map<string, SheetSnapshot>(snapshot.sheets.map((s) => [s.name, normalise(s)]));
  const marksRow: CellValue[] = [];
  let settings: CellValue | undefined; // A2 of the marks sheet, when the plan wrote it
  const set = (sheet: string, row: number, col: number, value: CellValue, formula: string | null) => {
    if (sheet === MARKS_SHEET) {
      if (row === 0) marksRow[col] = value;
      if (row === 1 && col === 0) settings = value;
      return;
    }
    const s = sheets.get(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    while (s.values.length <= row) s.values.push([]);
    while ((s.formulas as (string | null)[][]).length <= row) (s.formulas as (string | null)[][]).push([]);
    s.values[row][col] = value;
    (s.formulas as (string | null)[][])[row][col] = formula;
  };
  for (const op of plan.ops) {
    switch (op.op) {
      case "addSheet":
        if (op.sheet !== MARKS_SHEET && !sheets.has(op.sheet))
          sheets.set(op.sheet, { name: op.sheet, originRow: 0, originCol: 0, values: [], formulas: [], merges: [] });
        break;
      case "deleteSheet":
        sheets.delete(op.sheet);
        break;
      case "setValue":
        set(op.cell.sheet, op.cell.row, op.cell.col, op.value, null);
        break;
      case "setFormula":
        set(op.cell.sheet, op.cell.row, op.cell.col, op.value, op.formula);
        break;
      case "setNumberFormat": {
        // The format a check gives a cell (our empty 实际完成值 cell for a % target): read by the next check.
        const s = sheets.get(op.cell.sheet);
        if (!s) throw new Error(`no sheet ${op.cell.sheet}`);
        const formats = (s.numberFormats ??= []);
        while (formats.length <= op.cell.row) formats.push([]);
        formats[op.cell.row][op.cell.col] = op.format === "General" ? null : op.format;
        break;
      }
      case "clear":
        for (let r = op.range.top; r <= op.range.bottom; r++)
          for (let c = op.range.left; c <= op.range.right; c++) set(op.sheet, r, c, null, null);
        break;
      default:
        break;
    }
  }
  const deletedMarks = plan.ops.some((o) => o.op === "deleteSheet" && o.sheet === MARKS_SHEET);
  const wroteMarks = marksRow.length > 0;
  return {
    // The workbook's date system stays (review51: dropped, the formula engine of tests/functions read a 1904 copy's
    // serials in the 1900 system — YEAR of 2024-09-30 was 2020).
    ...(snapshot.date1904 ? { date1904: true } : {}),
    sheets: [...sheets.values()],
    marks: deletedMarks ? null : wroteMarks ? joinMarksRow(marksRow) : (snapshot.marks ?? null),
    settings: deletedMarks
      ? null
      : settings !== undefined
        ? typeof settings === "string"
          ? settings
          : null
        : (snapshot.settings ?? null),
  };
}

function normalise(s: SheetSnapshot): SheetSnapshot {
  // Absolute coordinates from row 0 / col 0 keep the helper simple.
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      (values[r + s.originRow] ??= [])[c + s.originCol] = v;
      (formulas[r + s.originRow] ??= [])[c + s.originCol] = s.formulas?.[r]?.[c] ?? null;
    }),
  );
  s.numberFormats?.forEach((row, r) =>
    row.forEach((f, c) => {
      if (f) (numberFormats[r + s.originRow] ??= [])[c + s.originCol] = f;
    }),
  );
  for (let r = 0; r < numberFormats.length; r++) numberFormats[r] ??= [];
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    formulas[r] ??= [];
  }
  return { ...s, originRow: 0, originCol: 0, values, formulas, numberFormats, merges: [...s.merges] };
}

export function cellOf(
  snapshot: WorkbookSnapshot,
  sheet: string,
  row: number,
  col: number,
): { value: CellValue; formula: string | null } {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  if (!s) return { value: null, formula: null };
  return {
    value: s.values[row - s.originRow]?.[col - s.originCol] ?? null,
    formula: s.formulas?.[row - s.originRow]?.[col - s.originCol] ?? null,
  };
}
