/**
 * Read the open workbook into a WorkbookSnapshot, within the host's limits:
 * 1) the sheet list; 2) each sheet's used range (its address only), the marks sheet, and the conditional
 * formats and charts an earlier run may have left; 3+) the cells — values, number formats, formula cells and
 * merged areas — in bands of rows, as many bands per sync as the response budget allows.
 *
 * Limits (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization): a request
 * and a response are capped at 5 MB on the web, and a range read at five million cells;
 * getMergedAreasOrNullObject fails past 512 merged areas in its range (learn.microsoft.com/javascript/api/excel/excel.range).
 * The budget is measured, not guessed: after each sync the bytes per cell of what came back size the next one,
 * and a band that still fails is read again in halves.
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
  /** Syncs the read took. */
  syncs: number;
}

const ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!|BLOCKED!|CONNECT!|FIELD!|UNKNOWN!)$/;

/** Response bytes one sync may bring back: 10 % under Excel on the web's 5 MB. */
export const RESPONSE_BUDGET = 4_500_000;
/** Rows per band: ~10 tables of the usual layout, well under 512 merged areas. */
const BAND_ROWS = 200;
/** A first guess of bytes per cell (values + number format + formulas), replaced by the measured one. */
const FIRST_BYTES_PER_CELL = 40;

interface Band {
  sheet: string;
  range: CellRange;
}

interface BandResult {
  values: CellValue[][];
  numberFormats: (string | null)[][];
  formulas: { range: CellRange; formulas: unknown[][] }[];
  merges: CellRange[];
}

/** `notes`: the host has ExcelApi 1.18, where Worksheet.notes exists; without it no note is read or written. */
export async function readWorkbook(context: Excel.RequestContext, notes = false): Promise<ExcelReading> {
  let syncs = 0;
  const sync = async () => {
    await context.sync();
    syncs++;
  };
  const worksheets = context.workbook.worksheets;
  // Worksheet.id (ExcelApi 1.1) "uniquely identifies the worksheet in a given workbook and its value will remain the
  // same even when the worksheet is renamed or moved" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets).
  worksheets.load("items/name,items/id,items/visibility,items/protection/protected");
  await sync();

  const sheets = worksheets.items;
  const marksSheet = sheets.find((ws) => ws.name === MARKS_SHEET);
  const marksRange = marksSheet ? marksSheet.getRange("1:2").getUsedRangeOrNullObject(true) : null;
  marksRange?.load("values,rowIndex");
  const parts = sheets
    .filter((ws) => ws !== marksSheet)
    .map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      // Worksheets have no conditional-format collection of their own; the whole sheet's range does.
      const cfs = ws.getRange().conditionalFormats;
      cfs.load("items/type,items/customOrNullObject/rule/formula");
      const charts = ws.charts;
      charts.load("items/name");
      const sheetNotes = notes ? ws.notes : null;
      sheetNotes?.load("items/content");
      return { ws, used, cfs, charts, sheetNotes };
    });
  await sync();
  // Where each note is: Note.getLocation (ExcelApi 1.18), one more sync only when the workbook has notes.
  const noteCells = parts.flatMap(({ ws, sheetNotes }) =>
    (sheetNotes?.items ?? []).map((note) => ({ sheet: ws.name, text: note.content, cell: note.getLocation() })),
  );
  for (const n of noteCells) n.cell.load("rowIndex,columnIndex");
  if (noteCells.length) await sync();

  // The cells, band by band.
  const bands: Band[] = [];
  for (const { ws, used } of parts) {
    if (used.isNullObject) continue;
    const last = used.rowIndex + used.rowCount - 1;
    const right = used.columnIndex + used.columnCount - 1;
    for (let top = used.rowIndex; top <= last; top += BAND_ROWS)
      bands.push({
        sheet: ws.name,
        range: { top, left: used.columnIndex, bottom: Math.min(last, top + BAND_ROWS - 1), right },
      });
  }
  const results = new Map<Band, BandResult>();
  let bytesPerCell = FIRST_BYTES_PER_CELL;
  const queue = [...bands];
  while (queue.length) {
    const batch: Band[] = [];
    let estimate = 0;
    while (queue.length) {
      const cost = cellsOf(queue[0].range) * bytesPerCell;
      if (batch.length && estimate + cost > RESPONSE_BUDGET) break;
      estimate += cost;
      batch.push(queue.shift() as Band);
    }
    try {
      const loaded = batch.map((band) => ({ band, ...loadBand(context, band) }));
      await sync();
      let bytes = 0;
      for (const l of loaded) {
        const result = bandResult(l);
        bytes += JSON.stringify(result).length;
        results.set(l.band, result);
      }
      const cells = batch.reduce((n, b) => n + cellsOf(b.range), 0);
      bytesPerCell = Math.max(4, bytes / Math.max(1, cells));
    } catch (error) {
      if (!retryable(error)) throw error;
      // Too much at once (payload, cells or merged areas): the batch goes again in smaller pieces.
      syncs++;
      const pieces = batch.length > 1 ? batch : halves(batch[0]);
      if (!pieces) throw error;
      bytesPerCell *= 2;
      queue.unshift(...pieces);
    }
  }

  const snapshotSheets: SheetSnapshot[] = parts.map(({ ws, used }) => {
    const sheet = sheetSnapshot(
      ws,
      used,
      [...results.keys()].filter((b) => b.sheet === ws.name),
      results,
    );
    const sheetNotes = noteCells
      .filter((n) => n.sheet === ws.name)
      .map((n) => ({ row: n.cell.rowIndex, col: n.cell.columnIndex, text: n.text }));
    return sheetNotes.length ? { ...sheet, notes: sheetNotes } : sheet;
  });
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
    syncs,
  };
}

const cellsOf = (r: CellRange) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** Errors that mean "ask for less": the payload limits, and the merged-area limit (a general exception). */
function retryable(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return (
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "GeneralException"
  );
}

function halves(band: Band): Band[] | null {
  const { top, bottom } = band.range;
  if (bottom <= top) return null;
  const mid = Math.floor((top + bottom) / 2);
  return [
    { sheet: band.sheet, range: { ...band.range, bottom: mid } },
    { sheet: band.sheet, range: { ...band.range, top: mid + 1 } },
  ];
}

function loadBand(context: Excel.RequestContext, band: Band) {
  const { top, left, bottom, right } = band.range;
  const range = context.workbook.worksheets
    .getItem(band.sheet)
    .getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
  range.load("values,numberFormat");
  // Merged areas of the band's whole rows: a merge right of the last value still decides where we may write.
  const merged = context.workbook.worksheets
    .getItem(band.sheet)
    .getRange(`${top + 1}:${bottom + 1}`)
    .getMergedAreasOrNullObject();
  merged.load("address");
  const formulaCells = range.getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas);
  formulaCells.load("areas/items/address,areas/items/formulas");
  return { range, merged, formulaCells };
}

function bandResult(l: ReturnType<typeof loadBand> & { band: Band }): BandResult {
  return {
    values: (l.range.values as unknown[][]).map((row) => row.map(cellValue)),
    numberFormats: (l.range.numberFormat as string[][]).map((row) => row.map((f) => (f && f !== "General" ? f : null))),
    formulas: l.formulaCells.isNullObject
      ? []
      : l.formulaCells.areas.items
          .map((area) => ({ range: rangeOfAddress(area.address), formulas: area.formulas as unknown[][] }))
          .filter((f): f is { range: CellRange; formulas: unknown[][] } => f.range !== null),
    merges: l.merged.isNullObject ? [] : rangesOfAddress(l.merged.address),
  };
}

function sheetSnapshot(
  ws: Excel.Worksheet,
  used: Excel.Range,
  bands: Band[],
  results: Map<Band, BandResult>,
): SheetSnapshot {
  const hidden = ws.visibility !== "Visible";
  if (used.isNullObject)
    return {
      name: ws.name,
      id: ws.id,
      originRow: 0,
      originCol: 0,
      values: [],
      numberFormats: [],
      formulas: [],
      merges: [],
      hidden,
    };
  const originRow = used.rowIndex;
  const originCol = used.columnIndex;
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const merges: CellRange[] = [];
  const formulaAreas: BandResult["formulas"] = [];
  for (const band of [...bands].sort((a, b) => a.range.top - b.range.top)) {
    const r = results.get(band) as BandResult;
    values.push(...r.values);
    numberFormats.push(...r.numberFormats);
    merges.push(...r.merges);
    formulaAreas.push(...r.formulas);
  }
  const formulas: (string | null)[][] = values.map((row) => row.map(() => null));
  for (const { range, formulas: area } of formulaAreas)
    area.forEach((row, i) =>
      row.forEach((f, j) => {
        const target = formulas[range.top + i - originRow];
        if (target && typeof f === "string" && f.startsWith("=")) target[range.left + j - originCol] = f.slice(1);
      }),
    );
  return { name: ws.name, id: ws.id, originRow, originCol, values, numberFormats, formulas, merges, hidden };
}

function cellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" && ERROR_TEXT.test(v)) return { error: v };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}
