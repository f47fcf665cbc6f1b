/**
 * Read the open WPS workbook into a WorkbookSnapshot equal to what the Office.js and ExcelJS readers give.
 * Each sheet costs a handful of bulk calls: UsedRange, its Address, Value2 and Formula as 2-D arrays. Number
 * formats and merged areas have no 2-D form in this object model (NumberFormat is one code or null, MergeCells
 * true / false / null), so they are found by halving: a part that answers with one code (or "no merges") is
 * done in one call; only mixed parts are split further.
 * Bounded: no Value2 / Formula read asks for more than READ_CELLS cells. A used range larger than that (one value typed
 * at A1048576 or XFD1, a format given to whole rows) is not read whole: the parts holding something are found by
 * halving it with COUNTA (heldParts), so the cost follows the cells held, not the used range's size. Cells held spanning
 * more than DENSE_CELLS are laid out by the rows held (SheetSnapshot.values's holes), their number formats and merged
 * areas read over the parts held; a sheet holding more than MAX_HELD_CELLS is refused with one line, as the command
 * line and Excel refuse it.
 */
import {
  byPosition,
  cellCount,
  cellName,
  DENSE_CELLS,
  MAX_HELD_CELLS,
  parseA1Range,
  rangeToA1 as localAddress,
} from "../../core/a1";
import { say } from "../../core/locale/messages";
import { listCellsNow, type ListCell } from "../../core/plan/listCells";
import { joinMarksRow } from "../../core/plan/marks";
import { printAreaRanges } from "../../core/plan/printArea";
import { isRecordCandidate, pickRecordSheet, veryHiddenFlag, type SheetHead } from "../../core/plan/recordSheet";
import {
  cellsToLook,
  emptyRow,
  emptySheetSnapshot,
  forEachRow,
  MARKS_SHEET,
  heldCellCount,
  type CellLook,
  type CellRange,
  type CellValue,
  type DefinedName,
  type SheetNote,
  type SheetSnapshot,
  type SheetTable,
  type WorkbookSnapshot,
  noRowMarks,
} from "../../core/types";
import {
  XL,
  rgbHex,
  ruleLookOf,
  rangesOfRule,
  type WpsApplication,
  type WpsFont,
  type WpsRange,
  type WpsValidation,
  type WpsValue,
  type WpsWorkbook,
  type WpsWorksheet,
} from "./model";
import { noWorkbookError, PerfTargetsError } from "./errors";

export interface WpsReading {
  snapshot: WorkbookSnapshot;
  /** Every sheet, the marks sheet included. */
  sheetNames: string[];
  protectedSheets: string[];
  /** Workbook-scoped names that exist now (defineName replaces, removeName skips missing ones). */
  names: string[];
  /** 审阅 → 保护工作簿: WPS refuses to add, delete, hide or show a sheet (actions.ts refuseStructure). */
  structureLocked: boolean;
}

const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)$/;
/** WPS in Chinese may name the general format by its local name. */
const GENERAL = new Set(["General", "G/通用格式", "常规", ""]);

/**
 * Workbook.Names holds every name, a sheet's own among them named with its sheet: "封面!监控时点" or "'My Sheet'!监控时点"
 * (learn.microsoft.com/office/vba/api/excel.workbook.names, "including all worksheet-specific names"; Worksheet.Names:
 * "names defined with the "WorksheetName!" prefix").
 */
function definedName(name: string, refersTo: string): DefinedName {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(name);
  return m ? { name: m[3], sheet: m[1]?.replace(/''/g, "'") ?? m[2], refersTo } : { name, refersTo };
}

/**
 * The whole workbook: every sheet's cells, notes and tables, and our record. `lists`: read the drop-down lists of our
 * list columns (listCellsNow) here; a check and Clear marks leave them to their pipeline (runPipelineReadingLists,
 * clearReadingLists), which finds those cells by the tables it reads anyway.
 */
export function readWorkbook(app: WpsApplication, lists = true): WpsReading {
  const { workbook, sheets, record, reading } = readSheetsAndRecord(app);
  const locked = new Set(reading.protectedSheets);
  const ids = sheetIds(sheets);
  for (const [i, ws] of sheets.entries()) {
    const name = reading.sheetNames[i];
    if (name === record) continue;
    const sheet = sheetSnapshot(app, ws, name, ids[i]);
    const notes = readNotes(ws);
    const tables = readTables(ws);
    const printArea = readPrintArea(ws);
    const shapes = readShapes(ws);
    reading.snapshot.sheets.push({
      ...sheet,
      ...(locked.has(name) ? { protected: true } : {}),
      ...(printArea.length ? { printArea } : {}),
      ...(notes.length ? { notes } : {}),
      ...(tables.length ? { tables } : {}),
      ...(shapes.length ? { shapes } : {}),
    });
  }
  const { snapshot } = reading;
  // Workbook.Date1904, as Excel's object model names it: "True if the workbook uses the 1904 date system"
  // (learn.microsoft.com/office/vba/api/excel.workbook.date1904). Value2 gives its serials as stored.
  if (workbook.Date1904 === true) snapshot.date1904 = true;
  if (lists) readListsOn(workbook, listCellsNow(snapshot.sheets, snapshot.marks));
  return reading;
}

/**
 * The sheet's print area, only read (printArea.ts): PageSetup.PrintArea as Excel's object model gives it
 * (learn.microsoft.com/office/vba/api/excel.pagesetup.printarea: "the range to be printed as a String using A1-style
 * references", "" for the entire sheet). Page setup may fail where no printer is installed: then none is said.
 */
function readPrintArea(ws: WpsWorksheet): CellRange[] {
  try {
    const text = ws.PageSetup.PrintArea;
    return typeof text === "string" ? printAreaRanges(text) : [];
  } catch {
    return [];
  }
}

/**
 * What the pane's settings need (读取 / 保存设置), without a sheet's cells: our record (its settings in A2; where a
 * record is written, renamed or not), the sheets' names and protection, the workbook's names and structure lock. Only
 * the rows of the sheets that may be our record are read (recordSheet.ts), as the Excel add-in does (findRecordSheet).
 * The snapshot holds no sheet.
 */
export function readRecord(app: WpsApplication): WpsReading {
  return readSheetsAndRecord(app).reading;
}

/** The sheets in order, our record among them (by rows 1–2 of the candidates), and a reading of no sheet's cells yet. */
function readSheetsAndRecord(app: WpsApplication): {
  workbook: WpsWorkbook;
  sheets: WpsWorksheet[];
  record: string | null;
  reading: WpsReading;
} {
  const workbook = app.ActiveWorkbook;
  if (!workbook) throw noWorkbookError();
  const sheets: WpsWorksheet[] = [];
  const count = workbook.Worksheets.Count;
  for (let i = 1; i <= count; i++) sheets.push(workbook.Worksheets.Item(i));

  const heads = new Map<WpsWorksheet, SheetHead>();
  for (const ws of sheets) {
    const veryHidden = ws.Visible === XL.sheetVeryHidden;
    if (!isRecordCandidate(ws.Name, veryHidden)) continue;
    // Rows 1–2 only (at most 2 × 16,384 cells), from column A (the used range may start further in).
    const used = parseA1Range(ws.UsedRange.Address().replace(/\$/g, ""));
    const head = used && used.top <= 1 ? { ...used, bottom: Math.min(used.bottom, 1) } : null;
    const values = head ? readGrid(ws, head, "Value2").map((line) => line.map(cellValue)) : [];
    const origin = head ?? { top: 0, left: 0, bottom: 0, right: 0 };
    const row = (r: number) => [...Array<CellValue>(origin.left).fill(null), ...(values[r - origin.top] ?? [])];
    const more = !!used && used.bottom > 1;
    heads.set(ws, { name: ws.Name, veryHidden, row1: row(0), row2: row(1), more });
  }
  const sheetNames = sheets.map((ws) => ws.Name);
  const { record, writeTo, halfAdded } = pickRecordSheet([...heads.values()], sheetNames);
  const head = [...heads.values()].find((h) => h.name === record);
  const a2 = head?.row2?.[0];
  const snapshot: WorkbookSnapshot = {
    sheets: [],
    marks: head ? joinMarksRow(head.row1) : null,
    settings: typeof a2 === "string" && a2 !== "" ? a2 : null,
    ...(writeTo !== MARKS_SHEET ? { marksSheet: writeTo } : {}),
    ...(halfAdded ? { halfAddedRecord: true } : {}),
  };
  const protectedSheets = sheetNames.filter((_, i) => sheets[i].ProtectContents);
  const names: string[] = [];
  const defined: DefinedName[] = [];
  const all = workbook.Names;
  const nameCount = all.Count;
  for (let i = 1; i <= nameCount; i++) {
    const item = all.Item(i);
    const name = item.Name;
    names.push(name);
    defined.push(definedName(name, item.RefersTo));
  }
  snapshot.names = defined;
  const structureLocked = workbook.ProtectStructure === true;
  return { workbook, sheets, record, reading: { snapshot, sheetNames, protectedSheets, names, structureLocked } };
}

/**
 * Each sheet's identity (SheetSnapshot.id): its code name, which a rename leaves as it was (airsheet.wps.cn/docs/apiV2/
 * excel/workbook/Worksheet/属性/CodeName 属性.html: "更改工作表名称时并不影响其代码名"), so the next check and a jump follow a sheet renamed — or two that
 * swapped names — as Excel's Worksheet.id does. Only a code name no other sheet has: an empty one, or one repeated (no
 * page says a copy gets a new one), gives no id, and that sheet's name is its identity, as before. Read-only; a WPS
 * that does not give it (an error) gives no ids.
 */
function sheetIds(sheets: WpsWorksheet[]): (string | undefined)[] {
  return uniqueCodes(codeNames(sheets));
}

/** The code names that no other sheet has (the rest undefined): sheetIds of code names already read. */
export function uniqueCodes(codes: (string | undefined)[]): (string | undefined)[] {
  const count = new Map<string, number>();
  for (const code of codes) if (code !== undefined) count.set(code, (count.get(code) ?? 0) + 1);
  return codes.map((code) => (code !== undefined && count.get(code) === 1 ? code : undefined));
}

/** Each sheet's code name; undefined where it is empty or cannot be read. */
export function codeNames(sheets: WpsWorksheet[]): (string | undefined)[] {
  return sheets.map((ws) => {
    try {
      const code = ws.CodeName;
      return typeof code === "string" && code !== "" ? code : undefined;
    } catch {
      return undefined;
    }
  });
}

function sheetSnapshot(app: WpsApplication, ws: WpsWorksheet, name: string, id: string | undefined): SheetSnapshot {
  const visible = ws.Visible;
  const hidden = !(visible === XL.sheetVisible || visible === true);
  const very = veryHiddenFlag(visible === XL.sheetVeryHidden);
  const used = parseA1Range(ws.UsedRange.Address().replace(/\$/g, ""));
  const empty = emptySheetSnapshot({ name, ...(id !== undefined ? { id } : {}), hidden, ...very });
  if (!used) return empty;
  const held = cellCount(used) <= READ_CELLS ? wholeRange(ws, used) : heldCells(app, ws, used, name);
  if (!held) return empty;
  // A used range read whole is at most READ_CELLS, no more than MAX_HELD_CELLS: counted all the same, one rule.
  const count = held.parts.length === 1 && held.parts[0] === used ? heldCellCount(held) : 0;
  if (count > MAX_HELD_CELLS)
    throw new PerfTargetsError(
      say("file.sheet-too-large", { sheet: name, cells: count, limit: MAX_HELD_CELLS }),
      "too-large",
    );
  const { origin, values, formulas, cells, parts } = held;
  if (cells === 0 && isEmptyCorner(values)) return empty;
  // Laid out whole, a row of formats for every row; by the rows held, a row's formats are made at its first one.
  const whole = parts.length === 1 && parts[0] === origin;
  const numberFormats: (string | null)[][] = whole ? values.map((row) => row.map((): string | null => null)) : [];
  if (!whole) numberFormats.length = values.length;
  for (const part of parts) readNumberFormats(ws, part, origin, numberFormats, values);
  const found: CellRange[] = [];
  for (const part of parts) readMerges(ws, part, found, new Set(), part);
  // A merged area met from two parts once (parts: the rows held, when laid out sparsely).
  const merges = [...new Map(found.map((m) => [localAddress(m), m])).values()];
  merges.sort(byPosition);
  return {
    name,
    ...(id !== undefined ? { id } : {}),
    originRow: origin.top,
    originCol: origin.left,
    values,
    numberFormats,
    formulas,
    merges,
    hidden,
    ...very,
  };
}

/**
 * The drop-down list on each of `cells`, as the Excel reader reads them (SheetSnapshot.validations): the cells of our
 * list columns where they are now (listCellsNow), and after a plan the cells it would set ours on that were not read
 * (unreadListCells: a first check). Validation.Type and Formula1 of one cell at a time (what a range whose cells differ
 * answers is not documented), four calls a cell. True when any carries a list.
 */
export function readListsOn(workbook: WpsWorkbook, cells: ListCell[]): boolean {
  const worksheets = new Map<string, WpsWorksheet>();
  let found = false;
  for (const { sheet, row, col } of cells) {
    let ws = worksheets.get(sheet.name);
    if (!ws) worksheets.set(sheet.name, (ws = workbook.Worksheets.Item(sheet.name)));
    const list = listOf(ws.Range(cellName(row, col)).Validation);
    if (list === null) continue;
    (sheet.validations ??= []).push({ range: { top: row, left: col, bottom: row, right: col }, list });
    found = true;
  }
  return found;
}

/**
 * A cell's drop-down list (Formula1: "能,不能,待定"), or null. A cell without validation: no WPS or Microsoft page says
 * what Type gives there, and Excel's object model fails (run-time error 1004), so a failed read is "no list".
 */
function listOf(validation: WpsValidation): string | null {
  try {
    if (validation.Type !== XL.validateList) return null;
    const formula = validation.Formula1;
    return typeof formula === "string" ? formula : null;
  } catch {
    return null;
  }
}

/** The sheet's notes: three calls each (the note, its cell's row and column) plus its text. */
function readNotes(ws: WpsWorksheet): SheetNote[] {
  const comments = ws.Comments;
  const notes: SheetNote[] = [];
  for (let i = 1, n = comments.Count; i <= n; i++) {
    const comment = comments.Item(i);
    const cell = comment.Parent;
    notes.push({ row: cell.Row - 1, col: cell.Column - 1, text: comment.Text() });
  }
  return notes;
}

/** The names of the pictures and shapes on the sheet (WPS gets no chart of ours). One call for a sheet without any. */
function readShapes(ws: WpsWorksheet): string[] {
  const shapes = ws.Shapes;
  const names: string[] = [];
  for (let i = 1, n = shapes.Count; i <= n; i++) names.push(shapes.Item(i).Name);
  return names;
}

/**
 * The sheet's tables (ListObjects, the same object model as Excel's): where each one's header row and totals row are,
 * which the plan never writes or clears (SheetTable). One call for a sheet without tables.
 */
function readTables(ws: WpsWorksheet): SheetTable[] {
  const list = ws.ListObjects;
  const tables: SheetTable[] = [];
  for (let i = 1, n = list.Count; i <= n; i++) {
    const table = list.Item(i);
    const edge = (shown: boolean, range: () => WpsRange | null) => {
      const r = shown ? range() : null;
      return r ? parseA1Range(r.Address().replace(/\$/g, "")) : null;
    };
    const header = edge(table.ShowHeaders, () => table.HeaderRowRange);
    const totals = edge(table.ShowTotals, () => table.TotalsRowRange);
    // The name is not read (one call less): the plan asks only where the edges are.
    if (header || totals) tables.push({ name: "", header, totals });
  }
  return tables;
}

/**
 * Cells one Value2 or Formula read asks for at most. No WPS page states how many one read may return; a read is one
 * 2-D array made in the add-in's page, so it is kept far below what a stray cell makes of a sheet (A1:N1048576: 14.7
 * million) and above any goal sheet read whole (one read for those, as before).
 */
const READ_CELLS = 50_000;

/**
 * A sheet's cells as read: values and formulas over `origin`; `cells` counts the non-empty values. `parts`: where the
 * formats and merged areas are read — `origin` whole, or the parts held when the rows are laid out sparsely.
 */
interface Held {
  origin: CellRange;
  values: CellValue[][];
  formulas: (string | null)[][];
  cells: number;
  parts: CellRange[];
}

/** The values of `range`, read in bands of rows of at most READ_CELLS cells (a row is at most 16,384). */
export function readValues(ws: WpsWorksheet, range: CellRange): CellValue[][] {
  return readGrid(ws, range, "Value2").map((row) => row.map(cellValue));
}

/** Value2 or Formula of `range`, band by band (readValues). */
function readGrid(ws: WpsWorksheet, range: CellRange, what: "Value2" | "Formula"): WpsValue[][] {
  const width = range.right - range.left + 1;
  const rows = Math.max(1, Math.floor(READ_CELLS / width));
  const out: WpsValue[][] = [];
  for (let top = range.top; top <= range.bottom; top += rows) {
    const band = { ...range, top, bottom: Math.min(range.bottom, top + rows - 1) };
    out.push(...asGrid(ws.Range(localAddress(band))[what], band));
  }
  return out;
}

const formulaText = (f: WpsValue) => (typeof f === "string" && f.startsWith("=") ? f.slice(1) : null);

/** A used range of at most READ_CELLS cells: read whole, one Value2 and one Formula. */
function wholeRange(ws: WpsWorksheet, used: CellRange): Held {
  let cells = 0;
  const values = readValues(ws, used).map((row) =>
    row.map((value) => {
      if (value !== null) cells++;
      return value;
    }),
  );
  const formulas = readGrid(ws, used, "Formula").map((row) => row.map(formulaText));
  return { origin: used, values, formulas, cells, parts: [used] };
}

/**
 * A used range larger than READ_CELLS: the parts holding something (heldParts), read; the snapshot spans the cells they
 * hold (none: null), laid out whole up to DENSE_CELLS, by the rows held beyond. Refused, with one line, when the sheet
 * holds more than MAX_HELD_CELLS cells (as the command line refuses it).
 */
function heldCells(app: WpsApplication, ws: WpsWorksheet, used: CellRange, name: string): Held | null {
  const parts: { range: CellRange; values: CellValue[][]; formulas: (string | null)[][] }[] = [];
  // learn.microsoft.com/office/vba/api/excel.worksheetfunction, WPS's Application/属性/WorksheetFunction 属性: CountA of a
  // range counts its cells holding something (a formula giving "" too).
  const count = (part: CellRange) => app.WorksheetFunction.CountA(ws.Range(localAddress(part)));
  const total = count(used);
  if (total > MAX_HELD_CELLS)
    throw new PerfTargetsError(
      say("file.sheet-too-large", { sheet: name, cells: total, limit: MAX_HELD_CELLS }),
      "too-large",
    );
  heldParts(used, count, (range) =>
    parts.push({
      range,
      values: readValues(ws, range),
      formulas: readGrid(ws, range, "Formula").map((row) => row.map(formulaText)),
    }),
  );
  let box: CellRange | null = null;
  for (const p of parts)
    p.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null && p.formulas[i]?.[j] == null) return;
        const [r, c] = [p.range.top + i, p.range.left + j];
        box = box
          ? {
              top: Math.min(box.top, r),
              left: Math.min(box.left, c),
              bottom: Math.max(box.bottom, r),
              right: Math.max(box.right, c),
            }
          : { top: r, left: c, bottom: r, right: c };
      }),
    );
  const origin = box as CellRange | null;
  if (!origin) return null;
  const height = origin.bottom - origin.top + 1;
  const width = origin.right - origin.left + 1;
  const dense = cellCount(origin) <= DENSE_CELLS;
  const values: CellValue[][] = dense ? Array.from({ length: height }, () => Array<CellValue>(width).fill(null)) : [];
  const formulas: (string | null)[][] = dense
    ? Array.from({ length: height }, () => Array<string | null>(width).fill(null))
    : [];
  values.length = formulas.length = height;
  // Sparse: each row held is made once, from the origin's first column to its last cell held (emptyRow: a table's cells
  // and one at XFD cost nine cells, not 16,384); its formulas at its first formula.
  const widths = new Map<number, number>();
  for (const p of parts)
    p.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (dense || (v === null && (p.formulas[i]?.[j] ?? null) === null)) return;
        const r = p.range.top + i - origin.top;
        widths.set(r, Math.max(widths.get(r) ?? 0, p.range.left + j - origin.left + 1));
      }),
    );
  let cells = 0;
  for (const p of parts)
    p.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const [r, c] = [p.range.top + i - origin.top, p.range.left + j - origin.left];
        const formula = p.formulas[i]?.[j] ?? null;
        if (r < 0 || r >= height || c < 0 || c >= width || (!dense && v === null && formula === null)) return;
        const rowValues = (values[r] ??= emptyRow<CellValue>(widths.get(r)!) as CellValue[]);
        if (v !== null) [rowValues[c], cells] = [v, cells + 1];
        if (formula !== null || formulas[r]?.[c] != null) (formulas[r] ??= emptyRow(widths.get(r)!))[c] = formula;
      }),
    );
  return { origin, values, formulas, cells, parts: dense ? [origin] : parts.map((p) => p.range) };
}

/**
 * The parts of `part` holding something, of at most READ_CELLS cells each, handed to `read`: a part COUNTA finds empty
 * is skipped, a larger one halved, and so is one mostly empty (more than SPARSE_READ cells a cell held, beyond
 * MIN_READ). The calls and the cells read follow the cells held: a stray value at A1048576 beside a table costs two
 * short paths of halves, not a million rows; a note at XFD on each of 10,000 rows, a read of a few columns of them,
 * not 100,000-cell blocks of the empty columns beside.
 */
function heldParts(
  part: CellRange,
  count: (part: CellRange) => number,
  read: (part: CellRange) => void,
  held = count(part),
): void {
  if (held === 0) return;
  const cells = cellCount(part);
  if (cells <= READ_CELLS && cells <= SPARSE_READ * held + MIN_READ) return read(part);
  // Mostly empty: first a cut across the shorter side, when all it holds lies on one side of it (a column of notes at
  // XFD beside 63 empty columns is cut down to that column, not into ever shorter rows of 64 columns).
  const across = halvesAcross(part);
  if (across && cells > READ_CELLS / 2) {
    const first = count(across[0]);
    if (first === 0 || first === held) return heldParts(across[first === 0 ? 1 : 0], count, read, held);
  }
  for (const half of halves(part)) heldParts(half, count, read);
}

/** A part read at once holds at least one cell in SPARSE_READ, or is at most MIN_READ cells beyond. */
const SPARSE_READ = 4;
const MIN_READ = 4096;

/** An empty sheet's used range is A1 alone. */
function isEmptyCorner(values: CellValue[][]): boolean {
  return values.length <= 1 && (values[0]?.length ?? 0) <= 1;
}

/** One cell answers with a scalar, several with rows of columns. */
function asGrid(raw: WpsValue | WpsValue[][], r: CellRange): WpsValue[][] {
  if (Array.isArray(raw)) return raw;
  return r.top === r.bottom && r.left === r.right ? [[raw]] : [];
}

/**
 * An error cell as the object model's contract gives it outside VBA: an Error variant (CVErr; xlErrDiv0 = 2007 …,
 * learn.microsoft.com/office/vba/excel/concepts/cells-and-ranges/cell-error-values) reaches a script as the HRESULT
 * 0x800A0000 + its number, -2146826281 for #DIV/0!. WPS's pages do not say which form Value2 takes, so both are read:
 * taken for a number, the 执行数 was −2,146,826,281 万元.
 */
const ERROR_CODES = new Map(
  (
    [
      [2000, "#NULL!"],
      [2007, "#DIV/0!"],
      [2015, "#VALUE!"],
      [2023, "#REF!"],
      [2029, "#NAME?"],
      [2036, "#NUM!"],
      [2042, "#N/A"],
    ] as const
  ).map(([number, text]) => [0x800a0000 | number, text]),
);

function cellValue(v: WpsValue): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" && ERROR_TEXT.test(v)) return { error: v };
  if (typeof v === "number" && ERROR_CODES.has(v)) return { error: ERROR_CODES.get(v)! };
  return v;
}

/**
 * The number formats of `part` into `out`: only into the rows and columns the snapshot holds (`values`: all of them,
 * laid out whole; by the rows held, a row of formats made at its first format, as wide as its row of values).
 */
function readNumberFormats(
  ws: WpsWorksheet,
  part: CellRange,
  origin: CellRange,
  out: (string | null)[][],
  values: CellValue[][],
): void {
  const code = ws.Range(localAddress(part)).NumberFormat;
  if (code !== null && code !== undefined) {
    if (GENERAL.has(code)) return;
    for (let row = part.top; row <= part.bottom; row++) {
      const held = values[row - origin.top] as CellValue[] | undefined;
      if (!held) continue;
      const formats = (out[row - origin.top] ??= emptyRow(held.length));
      for (let col = part.left; col <= Math.min(part.right, origin.left + formats.length - 1); col++)
        formats[col - origin.left] = code;
    }
    return;
  }
  for (const half of halves(part)) readNumberFormats(ws, half, origin, out, values);
}

/**
 * The merged areas meeting `part`, found by halving it with MergeCells. `covered` holds the cells of `within` (the part
 * read first) that lie in an area found, never more: a merge down a whole column is one area, not a million cells.
 */
function readMerges(
  ws: WpsWorksheet,
  part: CellRange,
  out: CellRange[],
  covered: Set<string>,
  within: CellRange,
): void {
  if (allCovered(part, covered)) return;
  const merged = ws.Range(localAddress(part)).MergeCells;
  if (merged === false) return;
  const single = part.top === part.bottom && part.left === part.right;
  if (single || merged === true) {
    // MergeArea answers for one cell only: the area holding the part's first uncovered cell.
    const first = firstUncovered(part, covered);
    const area = parseA1Range(ws.Range(localAddress(first)).MergeArea.Address().replace(/\$/g, ""));
    if (area && (area.top !== area.bottom || area.left !== area.right)) {
      out.push(area);
      for (let row = Math.max(area.top, within.top); row <= Math.min(area.bottom, within.bottom); row++)
        for (let col = Math.max(area.left, within.left); col <= Math.min(area.right, within.right); col++)
          covered.add(`${row},${col}`);
    } else covered.add(`${first.top},${first.left}`);
    if (single) return;
    if (
      area &&
      area.top <= part.top &&
      area.left <= part.left &&
      area.bottom >= part.bottom &&
      area.right >= part.right
    )
      return;
  }
  for (const half of halves(part)) readMerges(ws, half, out, covered, within);
}

function allCovered(part: CellRange, covered: Set<string>): boolean {
  if (covered.size === 0) return false;
  for (let row = part.top; row <= part.bottom; row++)
    for (let col = part.left; col <= part.right; col++) if (!covered.has(`${row},${col}`)) return false;
  return true;
}

function firstUncovered(part: CellRange, covered: Set<string>): CellRange {
  for (let row = part.top; row <= part.bottom; row++)
    for (let col = part.left; col <= part.right; col++)
      if (!covered.has(`${row},${col}`)) return { top: row, left: col, bottom: row, right: col };
  return { top: part.top, left: part.left, bottom: part.top, right: part.left };
}

/** The halves of `r` cut across its shorter side (the other cut than halves makes); null when that side is one cell. */
function halvesAcross(r: CellRange): CellRange[] | null {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  const byRows = !(rows >= cols && rows > 1);
  if (byRows ? rows < 2 : cols < 2) return null;
  const mid = byRows ? r.top + Math.floor(rows / 2) - 1 : r.left + Math.floor(cols / 2) - 1;
  return byRows
    ? [
        { ...r, bottom: mid },
        { ...r, top: mid + 1 },
      ]
    : [
        { ...r, right: mid },
        { ...r, left: mid + 1 },
      ];
}

/** Split along the longer side (rows first: table rows tend to share formats and merges). */
function halves(r: CellRange): CellRange[] {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  if (rows >= cols && rows > 1) {
    const mid = r.top + Math.floor(rows / 2) - 1;
    return [
      { ...r, bottom: mid },
      { ...r, top: mid + 1 },
    ];
  }
  const mid = r.left + Math.floor(cols / 2) - 1;
  return [
    { ...r, right: mid },
    { ...r, left: mid + 1 },
  ];
}

/**
 * Clear marks: the fill and bold of every cell the snapshot spans of the sheets an earlier run made (SheetSnapshot.looks),
 * so the core can tell a summary the clerk formatted from one left as we made it. Cell by cell, as the applier reads our
 * headers' looks (Interior.Color and Font.Bold answer for one cell); no fill reads white, which counts as none. Borders
 * are not read.
 */
export function readLooks(app: WpsApplication, snapshot: WorkbookSnapshot, sheets: ReadonlySet<string>): void {
  const workbook = app.ActiveWorkbook;
  if (!workbook) return;
  for (const sheet of snapshot.sheets) {
    if (!sheets.has(sheet.name)) continue;
    const ws = workbook.Worksheets.Item(sheet.name);
    // Over the rows the snapshot holds, across its width, not the UsedRange: a format given to A1048576 of our
    // summary made that a million rows of calls, three a cell. (A sheet the reader read whole has every row; one read
    // by its held parts, only those; a row's cells held far right, not 16,384 a row: cellsToLook.)
    const looks: CellLook[] = (sheet.looks = []);
    for (const { row, col } of cellsToLook(sheet)) {
      const cell = ws.Range(localAddress({ top: row, left: col, bottom: row, right: col }));
      const rgb = rgbHex(cell.Interior.Color).toUpperCase();
      const fill = rgb === "FFFFFF" ? null : rgb;
      const bold = cell.Font.Bold === true;
      if (fill !== null || bold) looks.push({ row, col, fill, bold, border: false });
    }
  }
}

/** The Normal style's font, its looks read once (each property read is a call). */
function normalFont(workbook: WpsWorkbook): WpsFont {
  const f = workbook.Styles.Item("Normal").Font;
  return { Color: f.Color, Bold: f.Bold, Italic: f.Italic, Strikethrough: f.Strikethrough, Underline: f.Underline };
}

/**
 * Whether a range's font differs from the Normal style's by the clerk's hand, as the CLI copy reads a cell's font (xlsx
 * read.ts): another colour, or bold, italic, strikethrough or an underline the Normal font has not; Null (cells that
 * differ) counts. Each property is read only while nothing before it has marked the range.
 */
function fontMarked(font: WpsFont, normal: WpsFont): boolean {
  const turnedOn = (v: boolean | null, base: boolean | null) => v === null || (v && !base);
  if (font.Color === null || font.Color !== normal.Color) return true;
  if (turnedOn(font.Bold, normal.Bold) || turnedOn(font.Italic, normal.Italic)) return true;
  if (turnedOn(font.Strikethrough, normal.Strikethrough)) return true;
  const u = font.Underline;
  return u === null || (u !== XL.underlineNone && normal.Underline === XL.underlineNone);
}

/** Rows looked at one by one for hidden (readRowMarks): beyond, only the rows the snapshot holds. */
const ROWS_TO_MARK = 10_000;

/** A row's own edges read for a line of the clerk's (readRowMarks). */
const ROW_EDGES = [XL.edgeTop, XL.edgeBottom, XL.edgeLeft, XL.edgeRight];

/** What Interior.Color reads for a cell without a fill (white), as readLooks takes it. */
const NO_FILL = 0xffffff;

/**
 * The formulas of the expression rules (FormatConditions, Type xlExpression) of the sheets where the record names rules
 * of ours (SheetSnapshot.ruleFormulas): the plan tells one the clerk deleted. Formula1 reads relative references from the
 * active cell (j-walk.com odd07, as the WPS fake imitates it: “relative to the active cell”); ours fix their columns
 * ($K11), so their rows alone move, which the comparison leaves aside (ourRules.ts rulesToRemove). Beside each, where it
 * lies and its look (SheetSnapshot.ruleLooks): the provisional record keeps the looks of the rules a check removes to add
 * again, so a check refused in between does not lose the clerk's colours (apply.ts). Two calls a sheet, about fifteen a rule.
 */
export function readRuleFormulas(app: WpsApplication, snapshot: WorkbookSnapshot, sheets: ReadonlySet<string>): void {
  const workbook = app.ActiveWorkbook;
  if (!workbook) return;
  for (const sheet of snapshot.sheets) {
    if (!sheets.has(sheet.name)) continue;
    const rules = workbook.Worksheets.Item(sheet.name).Cells.FormatConditions;
    const formulas: string[] = [];
    const looks: NonNullable<typeof sheet.ruleLooks> = [];
    for (let k = 1, n = rules.Count; k <= n; k++) {
      const rule = rules.Item(k);
      if (rule.Type !== XL.expression) continue;
      formulas.push(rule.Formula1);
      const ranges = rangesOfRule(rule);
      looks.push({ ranges, look: JSON.stringify(ruleLookOf(rule)) });
    }
    sheet.ruleFormulas = formulas;
    sheet.ruleLooks = looks;
  }
}

/**
 * What the clerk did to the rows of our summary (SheetSnapshot.rowMarks: only summary.ts summaryRows reads them, so only
 * the summary's: summariesWeMade): each row's Hidden over the rows the snapshot spans (a whole row, "7:7": VBA's
 * Range.Hidden, which ET follows, "指定的区域必须占据整个行或整个列"; rows a filter hides are hidden rows; no page says what
 * several rows of which some are hidden give, so one row at a time), the rows with a filled cell, those with a cell
 * whose font is marked (fontMarked: its colour, bold, italic, strikethrough or underline other than the Normal style's,
 * Workbook.Styles.Item("Normal").Font — a grey or bold Normal is on every cell), and the sheet's AutoFilterMode (its
 * filter buttons shown).
 *
 * Fills by whole ranges: Interior.Color of the block the snapshot spans, then of halves of it down to single rows,
 * only where a range reads other than "no fill" (white, as readLooks takes it) — a summary without fills is one call,
 * each filled row about two a halving. WPS reads a several-cell range's Interior as one answer: its DisplayFormat page
 * (airsheet.wps.cn …/DisplayFormat/属性/Interior 属性) reads Range("E1:E5")'s Interior as one ("本示例判断 E1:E5 单元格的
 * 内部颜色是否为 xlColorIndexNone"). What a range of mixed fills reads is on no page (VBA gives Null): anything but white
 * counts as "some cell is filled here", so it is never relied on. Fonts alike, against the Normal style's (Null where
 * some cells are bold: the Excel 2003 reference's Bold Property, "returns Null if some cells in the range are bold and
 * some are not"). Heights alike (UseStandardHeight: rows of a height of their own).
 */
export function readRowMarks(app: WpsApplication, snapshot: WorkbookSnapshot, sheets: ReadonlySet<string>): void {
  const workbook = app.ActiveWorkbook;
  if (!workbook) return;
  let normal: WpsFont | null = null; // read once, where a sheet has rows to look at
  for (const sheet of snapshot.sheets) {
    if (!sheets.has(sheet.name) || sheet.values.length === 0) continue;
    const ws = workbook.Worksheets.Item(sheet.name);
    const marks = (sheet.rowMarks = noRowMarks(ws.AutoFilterMode === true));
    let width = 0;
    forEachRow(sheet.values, (cells) => (width = Math.max(width, cells.length)));
    const [left, right] = [sheet.originCol, sheet.originCol + Math.max(width, 1) - 1];
    const rows: number[] = [];
    if (sheet.values.length <= ROWS_TO_MARK) for (let at = 0; at < sheet.values.length; at++) rows.push(at);
    else forEachRow(sheet.values, (_, at) => rows.push(at));
    for (const at of rows) {
      const row = sheet.originRow + at + 1;
      const whole = ws.Range(`${row}:${row}`);
      if (whole.Hidden === true) marks.hidden.push(row - 1);
      // Range.OutlineLevel (airsheet.wps.cn …/Range/属性/OutlineLevel 属性: "返回或设置指定行或列的当前分级显示级别",
      // "第一级为最外层的摘要级"): a row grouped under another is above 1. One row at a time, as the page reads one row.
      for (let k = 0, level = Math.min(whole.OutlineLevel - 1, 7); k < level; k++)
        (marks.grouped[k] ??= []).push(row - 1);
    }
    const range = (top: number, bottom: number) => ws.Range(localAddress({ top, left, bottom, right }));
    // The rows from top to bottom where `marked` finds something, into `into`, by halves.
    const halve = (marked: (top: number, bottom: number) => boolean, into: number[], top: number, bottom: number) => {
      if (!marked(top, bottom)) return;
      if (top === bottom) return void into.push(top);
      const mid = Math.floor((top + bottom) / 2);
      halve(marked, into, top, mid);
      halve(marked, into, mid + 1, bottom);
    };
    const [top, bottom] = [sheet.originRow, sheet.originRow + sheet.values.length - 1];
    // Lines by halves too (hosts62: four edges a row, ten calls, were read on every row): Borders.LineStyle of a block —
    // every border of it, the lines between its rows too (WPS's Borders 对象 page lists xlInsideHorizontal among a
    // range's) — reads xlLineStyleNone only when none is drawn ("returns Null if the borders do not all have the same
    // style", the LineStyle property of Office 2003's spreadsheet Borders collection, learn.microsoft.com
    // previous-versions aa206400). Only the rows where something is drawn read their own edges,
    // Range.Borders.Item(xlEdge…).LineStyle (the page: "Borders.Item(xlEdgeBottom)" of a range is its bottom edge):
    // any edge of the row's own drawn, or cells that differ (null), is a line of the clerk's. One row at a time: a
    // block's bottom is only its last row's; top and bottom are read, as a line between two rows is one edge of both
    // and no page says which of the two reports it (then both rows keep their projects).
    const lined: number[] = [];
    halve((t, b) => range(t, b).Borders.LineStyle !== XL.lineStyleNone, lined, top, bottom);
    for (const row of lined) {
      const borders = range(row, row).Borders;
      if (ROW_EDGES.some((edge) => borders.Item(edge).LineStyle !== XL.lineStyleNone)) marks.bordered.push(row);
    }
    if (width === 0) continue;
    halve((t, b) => range(t, b).Interior.Color !== NO_FILL, marks.filled, top, bottom);
    normal ??= normalFont(workbook);
    halve((t, b) => fontMarked(range(t, b).Font, normal!), marks.font, top, bottom);
    // Range.UseStandardHeight (…/Range/属性/UseStandardHeight 属性.html): "如果 Range 对象的行高等于工作表的标准行高,则该值为
    // True。如果区域包含不止一行并且不是所有的行都等高,则返回 Null" — only true where every row has the standard height.
    halve((t, b) => range(t, b).UseStandardHeight !== true, marks.sized, top, bottom);
  }
}
