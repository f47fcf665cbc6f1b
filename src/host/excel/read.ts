/**
 * Read the open workbook into a WorkbookSnapshot. Office.js cannot list sheets and read them in one
 * round trip (a used range is a method, not a loadable property), so the read is two syncs:
 * 1) the sheet list, 2) everything else at once — values, number formats, formula cells, merged
 * areas, the marks sheet, and the conditional formats and charts an earlier run may have left
 * (so that the write needs no further read).
 */
import { joinMarksRow } from "../../core/plan/marks";
import {
  MARKS_SHEET,
  type CellRange,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../core/types";
import { rangeOfAddress, rangesOfAddress } from "./address";

export interface ExcelReading {
  snapshot: WorkbookSnapshot;
  /** Every sheet, the marks sheet included. */
  sheetNames: string[];
  protectedSheets: string[];
  /** Custom conditional formats per sheet with their formula (to delete the add-in's own). */
  conditionalFormats: Map<string, { formula: string; item: Excel.ConditionalFormat }[]>;
  charts: Map<string, { name: string; item: Excel.Chart }[]>;
}

const ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!|BLOCKED!|CONNECT!|FIELD!|UNKNOWN!)$/;

export async function readWorkbook(context: Excel.RequestContext): Promise<ExcelReading> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/protection/protected");
  await context.sync();

  const sheets = worksheets.items;
  const marksSheet = sheets.find((ws) => ws.name === MARKS_SHEET);
  const marksRange = marksSheet ? marksSheet.getRange("1:2").getUsedRangeOrNullObject(true) : null;
  marksRange?.load("values,rowIndex");
  const parts = sheets
    .filter((ws) => ws !== marksSheet)
    .map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,values,numberFormat");
      const whole = ws.getRange();
      const merged = whole.getMergedAreasOrNullObject();
      merged.load("address");
      const formulaCells = whole.getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas);
      formulaCells.load("areas/items/address,areas/items/formulas");
      // Worksheets have no conditional-format collection of their own; the whole sheet's range does.
      // A navigation to a collection, loaded on the next line: not a read of an unloaded value.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      const cfs = whole.conditionalFormats;
      cfs.load("items/type,items/customOrNullObject/rule/formula");
      const charts = ws.charts;
      charts.load("items/name");
      return { ws, used, merged, formulaCells, cfs, charts };
    });
  await context.sync();

  const snapshotSheets: SheetSnapshot[] = parts.map(({ ws, used, merged, formulaCells }) =>
    sheetSnapshot(ws, used, merged, formulaCells),
  );
  let marks: string | null = null;
  let settings: string | null = null;
  if (marksRange && !marksRange.isNullObject) {
    const rows = marksRange.values as CellValue[][];
    const row1 = marksRange.rowIndex === 0 ? rows[0] : undefined;
    const row2 = marksRange.rowIndex === 0 ? rows[1] : rows[0];
    marks = joinMarksRow(row1);
    settings = typeof row2?.[0] === "string" && row2[0] !== "" ? row2[0] : null;
  }
  const conditionalFormats = new Map<string, { formula: string; item: Excel.ConditionalFormat }[]>();
  const charts = new Map<string, { name: string; item: Excel.Chart }[]>();
  for (const part of parts) {
    conditionalFormats.set(
      part.ws.name,
      part.cfs.items
        .filter((cf) => cf.type === "Custom" && !cf.customOrNullObject.isNullObject)
        .map((cf) => ({ formula: cf.customOrNullObject.rule.formula, item: cf })),
    );
    charts.set(
      part.ws.name,
      part.charts.items.map((c) => ({ name: c.name, item: c })),
    );
  }
  return {
    snapshot: { sheets: snapshotSheets, marks, settings },
    sheetNames: sheets.map((ws) => ws.name),
    protectedSheets: sheets.filter((ws) => ws.protection.protected).map((ws) => ws.name),
    conditionalFormats,
    charts,
  };
}

function sheetSnapshot(
  ws: Excel.Worksheet,
  used: Excel.Range,
  merged: Excel.RangeAreas,
  formulaCells: Excel.RangeAreas,
): SheetSnapshot {
  const hidden = ws.visibility !== "Visible";
  const merges: CellRange[] = merged.isNullObject ? [] : rangesOfAddress(merged.address);
  if (used.isNullObject)
    return { name: ws.name, originRow: 0, originCol: 0, values: [], numberFormats: [], formulas: [], merges, hidden };
  const originRow = used.rowIndex;
  const originCol = used.columnIndex;
  const values = (used.values as unknown[][]).map((row) => row.map(cellValue));
  const numberFormats = (used.numberFormat as string[][]).map((row) =>
    row.map((f) => (f && f !== "General" ? f : null)),
  );
  const formulas: (string | null)[][] = values.map((row) => row.map(() => null));
  if (!formulaCells.isNullObject)
    for (const area of formulaCells.areas.items) {
      const r = rangeOfAddress(area.address);
      if (!r) continue;
      (area.formulas as unknown[][]).forEach((row, i) =>
        row.forEach((f, j) => {
          const target = formulas[r.top + i - originRow];
          if (target && typeof f === "string" && f.startsWith("=")) target[r.left + j - originCol] = f.slice(1);
        }),
      );
    }
  return { name: ws.name, originRow, originCol, values, numberFormats, formulas, merges, hidden };
}

function cellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" && ERROR_TEXT.test(v)) return { error: v };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}
