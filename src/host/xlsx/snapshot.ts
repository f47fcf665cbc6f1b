/**
 * ExcelJS → WorkbookSnapshot: the read step of the CLI and the standalone page.
 * No Node APIs here (the standalone pane bundles this for the browser): callers read the file.
 *
 * ExcelJS is 1-based (row 1, col 1 = A1); the snapshot is 0-based absolute (row 0, col 0 = A1).
 */
import ExcelJS from "exceljs";
import { byPosition, parseA1Range } from "../../core/a1";
import { joinMarksRow } from "../../core/plan/marks";
import { veryHiddenFlag } from "../../core/plan/recordSheet";
import {
  emptySheetSnapshot,
  MARKS_SHEET,
  type CellRange,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../core/types";

const MS_PER_DAY = 86_400_000;
/** Excel serial 0 (for every date after the phantom 1900-02-29). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** ExcelJS.ValueType, spelled out so this file does not depend on the runtime enum object. */
const VT = {
  Null: 0,
  Merge: 1,
  Number: 2,
  String: 3,
  Date: 4,
  Hyperlink: 5,
  Formula: 6,
  SharedString: 7,
  RichText: 8,
  Boolean: 9,
  Error: 10,
} as const;

/** An .xlsx's bytes loaded by ExcelJS, with the snapshot the core reads of it. */
export async function snapshotFromXlsx(
  data: ArrayBuffer | Uint8Array | Buffer,
): Promise<{ workbook: ExcelJS.Workbook; snapshot: WorkbookSnapshot }> {
  const workbook = new ExcelJS.Workbook();
  // JSZip (inside ExcelJS) accepts ArrayBuffer, Uint8Array and Buffer alike; the typing only names Buffer.
  await workbook.xlsx.load(data as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return { workbook, snapshot: snapshotFromExcelJs(workbook) };
}

/**
 * What the core reads of an ExcelJS workbook: each sheet's used range, values, formats, formulas and merges, and our
 * record sheet's marks and settings.
 */
export function snapshotFromExcelJs(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  let marks: string | null = null;
  let settings: string | null = null;
  for (const worksheet of workbook.worksheets) {
    if (worksheet.name === MARKS_SHEET) {
      // Long marks continue in B1, C1, … (one cell holds at most 32,767 characters).
      const row = worksheet.getRow(1);
      marks = joinMarksRow(Array.from({ length: row.cellCount }, (_, i) => textOrNull(row.getCell(i + 1))));
      settings = textOrNull(worksheet.getCell("A2"));
      continue;
    }
    sheets.push(sheetSnapshot(worksheet));
  }
  return { sheets, marks, settings };
}

/** Excel serial of a JS Date that ExcelJS built from a serial (it uses UTC). */
export function dateToSerial(date: Date): number {
  const serial = (date.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
  // ExcelJS rounds to whole milliseconds; keep whole days whole.
  return Math.abs(serial - Math.round(serial)) < 1e-8 ? Math.round(serial) : serial;
}

function sheetSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const used = usedRange(worksheet);
  const merges = mergesOf(worksheet);
  const hidden = worksheet.state === "hidden" || worksheet.state === "veryHidden";
  const very = veryHiddenFlag(worksheet.state === "veryHidden");
  // ExcelJS's id is the sheetId it read (see read.ts)
  if (!used) return emptySheetSnapshot({ name: worksheet.name, id: String(worksheet.id), hidden, ...very }, merges);
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = used.top; r <= used.bottom; r++) {
    const row = worksheet.getRow(r + 1);
    const rowValues: CellValue[] = [];
    const rowFormats: (string | null)[] = [];
    const rowFormulas: (string | null)[] = [];
    for (let c = used.left; c <= used.right; c++) {
      const cell = row.getCell(c + 1);
      rowValues.push(cellValue(cell));
      rowFormats.push(cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null);
      rowFormulas.push(cell.type === VT.Formula ? (cell.formula ?? null) : null);
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
    formulas.push(rowFormulas);
  }
  return {
    name: worksheet.name,
    id: String(worksheet.id),
    originRow: used.top,
    originCol: used.left,
    values,
    numberFormats,
    formulas,
    merges,
    hidden,
    ...very,
  };
}

/** 0-based bounds of the cells that hold something (values, formulas, merged areas); null when empty. */
function usedRange(worksheet: ExcelJS.Worksheet): CellRange | null {
  let range: CellRange | null = null;
  const expand = (top: number, left: number, bottom: number, right: number): void => {
    range = range
      ? {
          top: Math.min(range.top, top),
          left: Math.min(range.left, left),
          bottom: Math.max(range.bottom, bottom),
          right: Math.max(range.right, right),
        }
      : { top, left, bottom, right };
  };
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (_cell, colNumber) => {
      expand(rowNumber - 1, colNumber - 1, rowNumber - 1, colNumber - 1);
    });
  });
  for (const merge of mergesOf(worksheet)) expand(merge.top, merge.left, merge.bottom, merge.right);
  return range;
}

function mergesOf(worksheet: ExcelJS.Worksheet): CellRange[] {
  const refs: string[] = worksheet.model.merges ?? [];
  return refs
    .map(parseA1Range)
    .filter((r): r is CellRange => r !== null)
    .sort(byPosition);
}

/** The raw value Office.js would give: cached results for formulas, plain text for rich text / links. */
function cellValue(cell: ExcelJS.Cell): CellValue {
  switch (cell.type) {
    case VT.Null:
    case VT.Merge: // Office.js reports only the top-left cell of a merged area
      return null;
    case VT.Formula:
      return plainValue(cell.result);
    default:
      return plainValue(cell.value);
  }
}

function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return { error: v.error };
    if (Array.isArray(v.richText)) return richTextToString(v.richText);
    if ("hyperlink" in v) return plainValue(v.text) ?? "";
    if ("formula" in v || "sharedFormula" in v) return plainValue(v.result);
    if ("text" in v) return plainValue(v.text);
  }
  return null;
}

function richTextToString(parts: unknown[]): string {
  return parts.map((p) => String((p as { text?: unknown }).text ?? "")).join("");
}

function textOrNull(cell: ExcelJS.Cell): string | null {
  const value = cellValue(cell);
  if (value === null || typeof value === "object") return null;
  const text = String(value);
  return text === "" ? null : text;
}
