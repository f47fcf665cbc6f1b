/**
 * .xlsx / .xlsm bytes → WorkbookSnapshot, read straight from the package's XML (fflate + htmlparser2) — the read
 * step of the CLI and the standalone page. Browser-safe.
 *
 * Sparse: only the cells a sheet holds are collected, at most LIMITS.sheetCells with a value or formula a sheet (more
 * gets a one-line message, not an out-of-memory abort). The snapshot spans them and the merged areas; a span of at
 * most DENSE_CELLS is laid out whole, a larger one (a stray value at XFD1048576 beside a table) by the rows held
 * only, each as far as its last cell (SheetSnapshot.values's holes).
 *
 * Values follow what Office.js gives: cached results for formulas, plain text for rich text, Excel serials
 * for dates, only the top-left cell of a merged area.
 */
import {
  cellCount,
  byPosition,
  cellName,
  columnLetters,
  DENSE_CELLS,
  parseA1Range,
  readCellRef,
  seriesSource,
  SHEET_COLUMNS,
  SHEET_ROWS,
} from "../../core/a1";
import { DATE1904_OFFSET } from "../../core/dates";
import { say } from "../../core/locale/messages";
import { joinMarksRow, sheetsWeMade } from "../../core/plan/marks";
import { printAreaRanges } from "../../core/plan/printArea";
import { isRecordCandidate, pickRecordSheet, veryHiddenFlag } from "../../core/plan/recordSheet";
import { MergedAreas } from "../../core/plan/mergedAreas";
import {
  emptyRow,
  emptySheetSnapshot,
  MARKS_SHEET,
  type CellRange,
  type CellValue,
  type ChartSeries,
  type DefinedName,
  type RowMarks,
  type SheetSnapshot,
  type SheetTable,
  type SheetValidation,
  type WorkbookSnapshot,
  noRowMarks,
} from "../../core/types";
import { readSheetNotes } from "./notes";
import { extensionOfWorkbookType } from "./container";
import {
  damagedPart,
  decodeXstring,
  parsePart,
  readRels,
  workbookMap,
  type PartRef,
  type SheetEntry,
  type WorkbookMap,
  type XmlAttributes,
} from "./parts";
import { LIMITS, openPackage, UnreadableWorkbookError, type Codec, type Package } from "./zip";

interface ReadWorkbook {
  snapshot: WorkbookSnapshot;
  /** The opened package, for writing the checked copy without unzipping twice. */
  pkg: Package;
  /**
   * The extension the package's kind calls for, from its workbook part's content type (container.ts
   * extensionOfWorkbookType): what the checked copy, which keeps that content type, must be named. Null for another.
   */
  extension: string | null;
}

/**
 * Read a workbook's bytes (not changed: `pkg` inflates from them only what it reads). `codec`: how parts
 * are inflated and deflated (fflate's unless the host has a faster one). `keepText`: `pkg` keeps the worksheets'
 * texts for writing the copy from it (zip.ts keepText).
 */
export function readWorkbookBytes(
  data: Uint8Array | ArrayBuffer,
  codec?: Codec,
  options: { keepText?: boolean } = {},
): ReadWorkbook {
  const pkg = openPackage(data instanceof Uint8Array ? data : new Uint8Array(data), codec, options);
  return { ...readPackage(pkg), pkg };
}

function readPackage(pkg: Package): Omit<ReadWorkbook, "pkg"> {
  const map = workbookMap(pkg);
  // The checked copy is written through it (a damaged one is found before the check), and its kind is read here.
  const extension = extensionOfWorkbookType(workbookContentType(pkg, map.workbookPart));
  return { snapshot: snapshotOf(pkg, map), extension };
}

/**
 * The workbook part's content type: its Override in [Content_Types].xml, else the Default for its extension (Open
 * Packaging Conventions, ECMA-376 Part 2: an Override names its part, "/xl/workbook.xml"; Part Name Equivalence
 * [M1.12]: names compare as case-insensitive ASCII).
 */
function workbookContentType(pkg: Package, workbookPart: string): string | null {
  const name = `/${workbookPart}`.toLowerCase();
  const ext = /\.([^./]+)$/.exec(name)?.[1];
  let override: string | null = null;
  let byExtension: string | null = null;
  parsePart(
    pkg,
    { part: "[Content_Types].xml", root: "Types" },
    {
      open(element, a) {
        if (element === "Override" && a.get("PartName")?.toLowerCase() === name)
          override = a.get("ContentType") ?? null;
        else if (element === "Default" && a.get("Extension")?.toLowerCase() === ext)
          byExtension = a.get("ContentType") ?? null;
      },
    },
  );
  return override ?? byExtension;
}

function snapshotOf(pkg: Package, map: WorkbookMap): WorkbookSnapshot {
  if (pkg.codec.inflateAhead)
    pkg.codec.inflateAhead(map.sheets.flatMap((e) => (e.part && pkg.parts.get(e.part)) || []));
  const rels = map.rels;
  const sharedStrings = readSharedStrings(pkg, rels.find((r) => r.type.endsWith("/sharedStrings"))?.target);
  const formats = readCellFormats(pkg, rels.find((r) => r.type.endsWith("/styles"))?.target);
  const budget = { cells: 0 };
  const sheets: SheetSnapshot[] = [];
  let marks: string | null = null;
  let settings: string | null = null;
  // The record's sheet first (recordSheet.ts decides by rows 1–2 of the candidates); cells read once each.
  const read = new Map<SheetEntry, SheetCells>();
  const cellsOf = (entry: SheetEntry) => {
    let cells = read.get(entry);
    if (!cells) read.set(entry, (cells = readSheetCells(pkg, entry, sharedStrings, formats, budget, map.date1904)));
    return cells;
  };
  /** Row r's values from column A to its last cell held (a repeated cell: the last one, as in toSnapshot). */
  const rowOf = ({ held }: SheetCells, r: number) => {
    const out: CellValue[] = [];
    for (let i = 0; i < held.rows.length; i++) {
      if (held.rows[i] !== r) continue;
      while (out.length <= held.cols[i]) out.push(null);
      out[held.cols[i]] = held.values[i];
    }
    return out;
  };
  const heads = map.sheets
    .filter((e) => e.part && isRecordCandidate(e.name, e.state === "veryHidden"))
    .map((e) => {
      const cells = cellsOf(e);
      const more = cells.held.rows.some((r) => r > 1);
      return { name: e.name, veryHidden: e.state === "veryHidden", row1: rowOf(cells, 0), row2: rowOf(cells, 1), more };
    });
  const { record, writeTo, halfAdded } = pickRecordSheet(
    heads,
    map.sheets.map((e) => e.name),
  );
  for (const entry of map.sheets) {
    if (!entry.part) continue; // chart sheets hold no cells
    const cells = cellsOf(entry);
    if (entry.name === record) {
      // Long marks continue in B1, C1, … (one cell holds at most 32,767 characters).
      marks = joinMarksRow(rowOf(cells, 0).map(textOrNull));
      settings = textOrNull(rowOf(cells, 1)[0]);
      continue;
    }
    const sheet = toSnapshot(entry, cells);
    const notes = readSheetNotes(pkg, entry.part, entry.name);
    const tables = readSheetTables(pkg, entry.part, entry.name);
    const shapes = readSheetShapes(pkg, entry.part);
    const chartSeries = shapes.length ? readChartSeries(pkg, entry.part) : [];
    const { validations, locked } = cells;
    const printArea = printAreaOf(map.names, entry.name);
    sheets.push({
      ...sheet,
      ...(locked ? { protected: true } : {}),
      ...(printArea.length ? { printArea } : {}),
      ...(notes.length ? { notes } : {}),
      ...(tables.length ? { tables } : {}),
      ...(shapes.length ? { shapes } : {}),
      ...(chartSeries.length ? { chartSeries } : {}),
      ...(validations.length ? { validations } : {}),
    });
  }
  const marksSheet = writeTo === MARKS_SHEET ? undefined : writeTo;
  const names = map.names;
  const snapshot: WorkbookSnapshot = {
    sheets,
    marks,
    settings,
    ...(marksSheet ? { marksSheet } : {}),
    ...(halfAdded ? { halfAddedRecord: true as const } : {}),
    names,
    ...(map.date1904 ? { date1904: true } : {}),
  };
  // Hidden and filled rows and a filter, on the sheets an earlier run made (the summary), as the add-ins read them.
  const made = sheetsWeMade(snapshot);
  for (const [entry, cells] of read)
    if (made.has(entry.name)) {
      const sheet = sheets.find((s) => s.name === entry.name);
      if (sheet) sheet.rowMarks = cells.rowMarks;
    }
  // The rules' formulas, where an earlier run recorded rules of its own (what a record names is all they are read for).
  if (marks) {
    const byName = new Map(sheets.map((s) => [s.name, s]));
    for (const [entry, cells] of read) {
      const sheet = byName.get(entry.name);
      if (sheet) sheet.ruleFormulas = cells.ruleFormulas;
    }
  }
  return snapshot;
}

/**
 * The sheet's print area: the built-in defined name _xlnm.Print_Area scoped to the sheet by localSheetId (ECMA-376
 * Part 1, 18.2.5 definedName; docs.devexpress.com Worksheet.GetPrintableRange: "the print area defined by the
 * _xlnm.Print_Area name"); names compare case-insensitively.
 */
function printAreaOf(names: readonly DefinedName[], sheet: string): CellRange[] {
  const name = names.find((n) => n.sheet === sheet && n.name.toLowerCase() === "_xlnm.print_area");
  return printAreaRanges(name?.refersTo);
}

/** What a drawing holds at its top level, each in an anchor (ECMA-376 Part 1, 20.5.2: twoCellAnchor …). */
const ANCHORS = new Set(["twoCellAnchor", "oneCellAnchor", "absoluteAnchor"]);

/**
 * The names of what the sheet's drawing holds (pictures, shapes, text boxes, charts, groups): each anchor's first
 * cNvPr name (20.5.2.8: "name (Name): Specifies the name of the object"). A drawing that does not parse gives one
 * nameless entry: something is drawn there, whose we cannot tell (the checked copy keeps its bytes as they are).
 */
function readSheetShapes(pkg: Package, sheetPart: string): string[] {
  const drawing = readRels(pkg, sheetPart).find((r) => !r.external && r.type.endsWith("/drawing"))?.target;
  if (drawing === undefined) return [];
  const names: string[] = [];
  let named = true;
  try {
    parsePart(
      pkg,
      { part: drawing, root: "wsDr" },
      {
        open(name, a) {
          if (ANCHORS.has(name)) named = false;
          else if (name === "cNvPr" && !named) {
            names.push(a.get("name") ?? "");
            named = true;
          }
        },
      },
    );
  } catch {
    return [""];
  }
  return names;
}

/**
 * The series of the charts of the sheet's drawing (each anchor's cNvPr name, its chart part: ECMA-376 §21.2.2.27
 * chart, r:id), as Clear marks tells the clerk's (SheetSnapshot.chartSeries). A drawing that does not parse gives none
 * (readSheetShapes names it, so a sheet we made holding it is kept anyway).
 */
function readChartSeries(pkg: Package, sheetPart: string): ChartSeries[] {
  const drawing = readRels(pkg, sheetPart).find((r) => !r.external && r.type.endsWith("/drawing"))?.target;
  if (drawing === undefined) return [];
  const charts: { name: string; id: string }[] = [];
  let name: string | null = null;
  try {
    parsePart(
      pkg,
      { part: drawing, root: "wsDr" },
      {
        open(tag, a) {
          if (ANCHORS.has(tag)) name = null;
          else if (tag === "cNvPr" && name === null) name = a.get("name") ?? "";
          else if (tag === "chart" && name !== null) {
            const id = a.local("id");
            if (id !== undefined) charts.push({ name, id });
          }
        },
      },
    );
  } catch {
    return [];
  }
  if (charts.length === 0) return [];
  const targets = new Map(readRels(pkg, drawing).map((r) => [r.id, r.target]));
  return charts.flatMap(({ name, id }) => seriesOfPart(pkg, targets.get(id)).map((s) => ({ chart: name, ...s })));
}

/** A series' values (§21.2.2.224 val, a scatter's §21.2.2.227 yVal). */
const SERIES_VALUES = new Set(["val", "yVal"]);
/** Inside a reference (numRef, strRef) of a series' values: ser > val > numRef. */
const valuesRef = (path: string[]) => path.at(-3) === "ser" && SERIES_VALUES.has(path.at(-2) ?? "");

/**
 * Each series (§21.2.2.128 ser) of a chart part: its name — the first value under the series' own tx (§21.2.2.215: a
 * literal v, or a cell's cached pt/v) — and the cells its values are drawn from: the `<c:f>` of its val's reference
 * (§21.2.2.65 f; seriesSource), null for values typed in (numLit: no f), undefined for a reference in a form not read.
 * A part not there or not parsing: none.
 */
function seriesOfPart(pkg: Package, part: string | undefined): Omit<ChartSeries, "chart">[] {
  if (part === undefined) return [];
  const series: Omit<ChartSeries, "chart">[] = [];
  const path: string[] = [];
  let at: { name: string; values: ChartSeries["values"]; formula: string | null } | null = null; // null outside a ser
  let inName = false; // in the first v under the ser's own tx
  let inFormula = false; // in the f of the ser's values
  let named = false;
  try {
    parsePart(
      pkg,
      { part, root: "chartSpace" },
      {
        open(tag) {
          if (tag === "ser") [at, named] = [{ name: "", values: undefined, formula: null }, false];
          else if (at !== null && tag === "v" && !named) inName = path[path.lastIndexOf("tx") - 1] === "ser";
          else if (at !== null && SERIES_VALUES.has(tag) && path.at(-1) === "ser") at.values = null;
          else if (at !== null && tag === "f" && at.formula === null && valuesRef(path))
            [at.formula, inFormula] = ["", true];
          path.push(tag);
        },
        text(text) {
          if (at === null) return;
          if (inName) at.name += text;
          else if (inFormula) at.formula += text;
        },
        close(tag) {
          path.pop();
          if (tag === "v" && inName) [inName, named] = [false, true];
          else if (tag === "f" && inFormula) inFormula = false;
          else if (tag === "ser" && at !== null) {
            const values = at.formula === null ? at.values : seriesSource(at.formula);
            series.push({ name: at.name, values });
            at = null;
          }
        },
      },
    );
  } catch {
    return [];
  }
  return series;
}

/**
 * The sheet's Excel tables, each from its table part (ECMA-376 Part 1, 18.5.1.2 table: "ref" the range it takes up,
 * header row included; "headerRowCount" 1 by default, 0 when the header row is not shown; "totalsRowCount" 0 by
 * default). A table part that does not parse, or has no range, is left out (the writer keeps it as it is anyway).
 */
function readSheetTables(pkg: Package, sheetPart: string, sheet: string): SheetTable[] {
  const tables: SheetTable[] = [];
  for (const rel of readRels(pkg, sheetPart)) {
    if (rel.external || !rel.type.endsWith("/table")) continue;
    const found = tables.length;
    try {
      readTable(pkg, rel.target, sheet, tables);
    } catch {
      tables.length = found; // damaged: Excel repairs or drops it; the checked copy keeps its bytes as they are
    }
  }
  return tables;
}

function readTable(pkg: Package, part: string, sheet: string, tables: SheetTable[]): void {
  parsePart(
    pkg,
    { part, root: "table", sheet },
    {
      open(name, a) {
        if (name !== "table") return;
        const range = parseA1Range(a.get("ref") ?? "");
        if (!range) return;
        const shown = (n: string | undefined, fallback: boolean) => (n === undefined ? fallback : Number(n) > 0);
        const row = (at: number) => ({ ...range, top: at, bottom: at });
        tables.push({
          name: a.get("displayName") ?? a.get("name") ?? "",
          header: shown(a.get("headerRowCount"), true) ? row(range.top) : null,
          totals: shown(a.get("totalsRowCount"), false) ? row(range.bottom) : null,
        });
      },
    },
  );
}

function textOrNull(value: CellValue | undefined): string | null {
  if (value === null || value === undefined || typeof value === "object") return null;
  const text = String(value);
  return text === "" ? null : text;
}

// ───────────────────────────── shared strings and number formats ─────────────────────────────

/**
 * The plain text of every shared string (rich text runs joined, phonetic guides left out); their part itself when the workbook names one that is not in the package (a cell that
 * uses one then names the missing part: read as blank, every label would be lost and no table found).
 */
function readSharedStrings(pkg: Package, part: string | undefined): string[] | PartRef {
  const out: string[] = [];
  if (part === undefined) return out;
  const where: PartRef = { part, root: "sst" };
  let current = "";
  let inT = false;
  let phonetic = 0;
  const found = parsePart(pkg, where, {
    open(name) {
      if (name === "si") current = "";
      else if (name === "t") inT = true;
      else if (name === "rPh") phonetic++;
    },
    close(name) {
      if (name === "si") out.push(decodeXstring(current));
      else if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
    },
    text(t) {
      if (inT && phonetic === 0) current += t;
    },
  });
  return found ? out : where;
}

/**
 * Built-in number formats (ECMA-376 Part 1, 18.8.30 numFmt), spelled as ExcelJS spells them so the
 * snapshot matches what the add-in's other readers saw.
 */
const BUILTIN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  27: "[$-404]e/m/d",
  30: "m/d/yy",
  36: "[$-404]e/m/d",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: "[$-404]e/m/d",
  57: "[$-404]e/m/d",
  59: "t0",
  60: "t0.00",
  61: "t#,##0",
  62: "t#,##0.00",
  67: "t0%",
  68: "t0.00%",
  69: "t# ?/?",
  70: "t# ??/??",
};

/** A colour (CT_Color) that is plain white: rgb FFFFFF, or the theme's background 1 untinted. */
function isWhite(a: XmlAttributes): boolean {
  return /^(?:FF)?FFFFFF$/i.test(a.get("rgb") ?? "") || (a.get("theme") === "0" && !Number(a.get("tint") ?? 0));
}

/** A boolean property element (CT_BooleanProperty, 18.8.2 b) that is on: val absent (true) or true. */
function isOn(a: XmlAttributes): boolean {
  const val = a.get("val");
  return val === undefined || val === "1" || val === "true";
}

/**
 * A font colour (CT_Color) that is the automatic black: auto, rgb 000000, the theme's text 1 (theme 1) untinted, or the
 * palette's black (indexed 8) or system foreground (indexed 64) — ECMA-376 Part 1, 18.8.3 color, 18.8.27 indexedColors.
 */
function isBlack(a: XmlAttributes): boolean {
  const auto = a.get("auto");
  if (auto === "1" || auto === "true") return true;
  if (/^(?:FF)?000000$/i.test(a.get("rgb") ?? "")) return true;
  const indexed = a.get("indexed");
  if (indexed === "8" || indexed === "64") return true;
  return a.get("theme") === "1" && !Number(a.get("tint") ?? 0);
}

/** One key for a font colour (CT_Color): every automatic black alike, else its rgb, theme and tint, or palette index. */
function colourKey(a: XmlAttributes): string {
  if (isBlack(a)) return "black";
  const rgb = a
    .get("rgb")
    ?.toUpperCase()
    .replace(/^FF(?=[0-9A-F]{6}$)/, "");
  return rgb ?? `${a.get("theme") ?? ""}/${Number(a.get("tint") ?? 0)}/${a.get("indexed") ?? ""}`;
}

/**
 * Whether an element of a <font> turns on an emphasis: bold, italic or strikethrough (18.8.2 b, 18.8.26 i, 18.4.10
 * strike: val defaults to true); an underline (18.4.13 u: val defaults to "single", "none" is none). A clerk strikes
 * through a cancelled project's row.
 */
function isEmphasis(name: string, a: XmlAttributes): boolean {
  if (name === "b" || name === "i" || name === "strike") return isOn(a);
  return name === "u" && a.get("val") !== "none";
}

/**
 * Per cell format index (cellXfs): its number format code (null for General), whether it fills the cell, and whether
 * its font is marked: a colour other than the automatic black, or an emphasis (isEmphasis) — unless the default font
 * (font 0, the Normal style's) has it too: a grey or bold default is on every cell, ours too (review58b).
 */
interface CellFormats {
  codes: (string | null)[];
  filled: boolean[];
  font: boolean[];
  /** Its border (18.8.4 border) draws an edge: left, right, top, bottom or a diagonal of a style other than none. */
  bordered: boolean[];
}

/**
 * The cell formats' number formats and fills. A fill is a gradient, or a pattern other than none (ECMA-376 Part 1,
 * 18.8.32 patternFill: patternType "none" is no fill, as is a patternFill without one in a cell format).
 */
function readCellFormats(pkg: Package, part: string | undefined): CellFormats {
  const out: CellFormats = { codes: [], filled: [], font: [], bordered: [] };
  if (part === undefined) return out;
  const where: PartRef = { part, root: "styleSheet" };
  const custom = new Map<number, string>();
  const fills: boolean[] = [];
  const fillIds: number[] = [];
  const fonts: { colour: string; emphases: Set<string> }[] = []; // the <fonts> list only, not a dxf's
  const fontIds: number[] = [];
  const borders: boolean[] = [];
  const borderIds: number[] = [];
  let [inFills, inFonts, inCellXfs, solid, inBorders] = [false, false, false, false, false];
  parsePart(pkg, where, {
    open(name, a) {
      if (name === "numFmt") custom.set(Number(a.get("numFmtId")), a.get("formatCode") ?? "");
      else if (name === "fonts") inFonts = true;
      else if (inFonts && name === "font") fonts.push({ colour: "black", emphases: new Set() });
      else if (inFonts && fonts.length > 0 && name === "color") fonts[fonts.length - 1].colour = colourKey(a);
      else if (inFonts && fonts.length > 0 && isEmphasis(name, a)) fonts[fonts.length - 1].emphases.add(name);
      else if (name === "fills") inFills = true;
      else if (inFills && name === "fill") fills.push(false);
      else if (
        inFills &&
        (name === "gradientFill" || (name === "patternFill" && (a.get("patternType") ?? "none") !== "none"))
      ) {
        fills[fills.length - 1] = true;
        solid = name === "patternFill" && a.get("patternType") === "solid";
      }
      // A solid white fill (gridlines hidden; 白色，背景1 is theme 0) is none to the add-ins: Excel's RangeFill.color and
      // WPS's Interior.Color give white for both (review57b).
      else if (solid && name === "fgColor" && isWhite(a)) fills[fills.length - 1] = false;
      else if (name === "borders") inBorders = true;
      else if (inBorders && name === "border") borders.push(false);
      // 18.8.4 border's edges (left / start, right / end, top, bottom, diagonal): "style" (18.18.3 ST_BorderStyle)
      // defaults to none.
      else if (inBorders && EDGES.has(name) && (a.get("style") ?? "none") !== "none")
        borders[borders.length - 1] = true;
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(a.get("numFmtId") ?? 0);
        const code = id ? (custom.get(id) ?? BUILTIN_FORMATS[id] ?? null) : null;
        out.codes.push(code && code !== "General" ? code : null);
        fillIds.push(Number(a.get("fillId") ?? 0));
        fontIds.push(Number(a.get("fontId") ?? 0));
        borderIds.push(Number(a.get("borderId") ?? 0));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
      else if (name === "fills") inFills = false;
      else if (name === "fonts") inFonts = false;
      else if (name === "borders") inBorders = false;
      else if (name === "patternFill") solid = false;
    },
  });
  out.filled = fillIds.map((id) => fills[id] === true);
  const base = fonts[0] ?? { colour: "black", emphases: new Set() };
  const marked = (f: (typeof fonts)[number] | undefined) =>
    !!f && (f.colour !== base.colour || [...f.emphases].some((e) => !base.emphases.has(e)));
  out.font = fontIds.map((id) => marked(fonts[id]));
  out.bordered = borderIds.map((id) => borders[id] === true);
  return out;
}

/** A border's edges (ECMA-376 Part 1, 18.8.4 border: left / start, right / end, top, bottom, diagonal). */
const EDGES = new Set(["left", "start", "right", "end", "top", "bottom", "diagonal"]);

// ───────────────────────────── one sheet ─────────────────────────────

/**
 * The cells that hold a value, a formula or a number format (0-based), one index per cell in the order the part
 * lists them; a cell listed twice (a damaged part) counts as its last listing. Kept as columns of plain arrays
 * until toSnapshot lays them out: a Map per row and an object per cell cost the bench's 1,000 sheets ~300,000
 * objects that died a moment later (docs/performance.md, session 42).
 */
interface HeldCells {
  rows: number[];
  cols: number[];
  values: CellValue[];
  formats: (string | null)[];
  formulas: (string | null)[];
}

interface SheetCells {
  held: HeldCells;
  /** How many of them hold a value or a formula. */
  valued: number;
  merges: CellRange[];
  bounds: CellRange | null;
  validations: SheetValidation[];
  /** Its sheetProtection has sheet="1". */
  locked: boolean;
  rowMarks: RowMarks;
  ruleFormulas: string[];
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function readSheetCells(
  pkg: Package,
  entry: SheetEntry,
  sharedStrings: string[] | PartRef,
  { codes: formats, filled, font, bordered }: CellFormats,
  budget: { cells: number },
  date1904: boolean,
): SheetCells {
  const where: PartRef = { part: entry.part as string, root: "worksheet", sheet: entry.name }; // named if damaged
  const held: HeldCells = { rows: [], cols: [], values: [], formats: [], formulas: [] };
  const merges: CellRange[] = [];
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  const at = { row: 0, col: 0 }; // each cell's reference, read into this one object
  // The cells held's bounds, as numbers (an object per cell was garbage at once); top > bottom: none yet.
  let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
  let valued = 0;
  let row = -1;
  let col = -1;
  // The cell being read.
  let type = "n";
  let style = 0;
  let v: string | null = null;
  let f: string | null = null;
  let sharedIndex: string | null = null; // si of <f t="shared">
  let inline: string | null = null;
  let capture: "v" | "f" | "t" | "dv" | "sqref" | "rule" | null = null;
  // The formulas of the sheet's conditional-format rules (18.3.1.18 conditionalFormatting, 18.3.1.10 cfRule: its
  // <formula>): the plan tells a rule of ours the clerk deleted. An x14 rule's <xm:f> is never ours (ours are classic).
  const ruleFormulas: string[] = [];
  let inRules = false;
  // A drop-down list being read (ECMA-376 Part 1, 18.3.1.32 dataValidation: type="list", sqref, formula1 the list).
  // Excel 2010+ and WPS save a list from another sheet as <x14:dataValidation> in the sheet's <extLst> ([MS-XLSX]
  // 2.6.5 CT_DataValidation): no sqref attribute, its cells in <xm:sqref>, its list in <x14:formula1><xm:f> (2.6.4).
  // Read alike, marked as such: always the clerk's (ours are classic), kept and reported as theirs.
  const validations: SheetValidation[] = [];
  let locked = false;
  // Rows hidden (ECMA-376 Part 1, 18.3.1.73 row: hidden, "1" if the row is hidden, e.g., due to a collapsed outline or
  // by manually selecting and hiding a row"; a filter's hidden rows too), rows with a filled cell or one whose font is
  // coloured or bold (the cell's style, or the row's own with customFormat), and an <autoFilter> (18.3.1.2) on the sheet.
  // Rows whose height (18.3.1.73 row: ht, "Row height measured in point size") is not the sheet's standard one
  // (18.3.1.81 sheetFormatPr: defaultRowHeight, before sheetData in the sheet's sequence), as the add-ins read it
  // (useStandardHeight, UseStandardHeight): set by hand (customHeight) or fitted by Excel to a cell's larger text.
  // Rows in an outline group (18.3.1.73 row: outlineLevel, "Outlining level of the row, when outlining is on", 0 when
  // absent): 数据 → 创建组 over some rows of the summary.
  const rowMarks = noRowMarks(false);
  let standardHeight: number | null = null;
  const mark = (r: number, style: number) => {
    if (filled[style] && rowMarks.filled.at(-1) !== r) rowMarks.filled.push(r);
    if (font[style] && rowMarks.font.at(-1) !== r) rowMarks.font.push(r);
    if (bordered[style] && rowMarks.bordered.at(-1) !== r) rowMarks.bordered.push(r);
  };
  let dv: { sqref: string; list: string; extension?: true } | null = null;
  let phonetic = 0;
  let buffer = "";

  const finishCell = () => {
    let formula = f;
    if (sharedIndex !== null) {
      const master = shared.get(sharedIndex);
      if (formula) shared.set(sharedIndex, { formula, row, col });
      else if (master) formula = slideFormula(master.formula, row - master.row, col - master.col);
    }
    if (formula !== null && formula.includes("_xldudf_")) formula = ourFunctionsNamed(formula);
    const value = cellValue(type, v, inline, sharedStrings, date1904, entry.name, row, col);
    const format = formats[style] ?? null;
    // A cell with only a style holds nothing, but its number format is read where it lies in the used range.
    if (value === null && formula === null && format === null) return;
    if (++budget.cells > LIMITS.cells)
      throw new UnreadableWorkbookError(say("file.too-many-cells", { limit: LIMITS.cells }));
    held.rows.push(row);
    held.cols.push(col);
    held.values.push(value);
    held.formats.push(format);
    held.formulas.push(formula);
    if (value !== null || formula !== null) {
      valued++;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    }
  };

  const handlers: Parameters<typeof parsePart>[2] = {
    open(name, a) {
      switch (name) {
        case "row": {
          const r = a.get("r");
          row = r ? Number(r) - 1 : row + 1;
          if (!(row >= 0 && row < SHEET_ROWS)) throw damagedPart(where, { why: { offGrid: r ?? String(row + 1) } });
          col = -1;
          const hidden = a.get("hidden");
          if (hidden === "1" || hidden === "true") rowMarks.hidden.push(row);
          const custom = a.get("customFormat");
          if (custom === "1" || custom === "true") mark(row, Number(a.get("s") ?? 0));
          const height = a.get("ht");
          if (height !== undefined && Number(height) !== standardHeight) rowMarks.sized.push(row);
          // Levels 1–7 below the summary level (WPS: 1–8); a larger number is capped, not looped over.
          for (let k = 0, level = Math.min(Number(a.get("outlineLevel") ?? 0), 7); k < level; k++)
            (rowMarks.grouped[k] ??= []).push(row);
          return;
        }
        case "sheetFormatPr":
          standardHeight = Number(a.get("defaultRowHeight"));
          return;
        case "autoFilter":
          rowMarks.filter = true;
          return;
        case "conditionalFormatting":
          inRules = true;
          return;
        case "formula":
          if (inRules) [capture, buffer] = ["rule", ""];
          return;
        case "c": {
          const r = a.get("r");
          // Two assignments, not [row, col] = [at.row, at.col]: once per cell, and until V8 optimises this handler the
          // destructuring builds an array and walks it with an iterator (~0.25 µs a cell, docs/performance.md, session 59).
          if (r && readCellRef(r, at)) {
            row = at.row;
            col = at.col;
          } else col++;
          // Excel refuses such a file as damaged; read on, XFE0 would be reported as a sheet too large to check.
          if (!(row >= 0 && row < SHEET_ROWS && col < SHEET_COLUMNS))
            throw damagedPart(where, { why: { offGrid: r ?? cellName(row, col) } });
          type = a.get("t") ?? "n";
          const s = a.get("s");
          style = s ? Number(s) : 0;
          // A format the workbook does not hold (Excel repairs the file): read as General, a 40% typed would be 0.4.
          // Style 0 is the default even without a styles part.
          if (!(Number.isInteger(style) && style >= 0 && (style === 0 || style < formats.length)))
            throw cellDamaged(entry.name, row, col, { style: s as string, count: formats.length });
          if (filled[style] || font[style] || bordered[style]) mark(row, style);
          v = f = inline = null;
          sharedIndex = null;
          return;
        }
        case "v":
          capture = "v";
          buffer = "";
          return;
        case "f":
          if (dv) return; // <xm:f> of an x14 list's formula1: its text is the list
          capture = "f";
          buffer = "";
          sharedIndex = a.get("t") === "shared" ? (a.get("si") ?? null) : null;
          return;
        case "is":
          inline = "";
          return;
        case "rPh":
          phonetic++;
          return;
        case "t":
          if (inline !== null) {
            capture = "t";
            buffer = "";
          }
          return;
        case "dataValidation": {
          dv = a.get("type") === "list" ? { sqref: a.get("sqref") ?? "", list: "" } : null;
          return;
        }
        case "formula1":
          if (dv) [capture, buffer] = ["dv", ""];
          return;
        case "sqref":
          if (dv) [capture, buffer] = ["sqref", ""];
          return;
        case "sheetProtection": {
          // ECMA-376 Part 1, 18.3.1.85: sheet "indicates that the sheet is protected" (default false).
          const on = a.get("sheet");
          locked = on === "1" || on === "true";
          return;
        }
        case "mergeCell": {
          const ref = a.get("ref");
          const range = ref ? parseA1Range(ref) : null;
          if (range) merges.push(range);
          return;
        }
      }
    },
    close(name) {
      switch (name) {
        case "conditionalFormatting":
          inRules = false;
          return;
        case "formula":
          if (capture === "rule") ruleFormulas.push(buffer);
          capture = null;
          return;
        case "v":
          v = buffer;
          capture = null;
          return;
        case "f":
          if (dv) return;
          f = buffer === "" ? null : buffer;
          capture = null;
          return;
        case "t":
          if (capture === "t" && phonetic === 0) inline += buffer;
          buffer = "";
          capture = null;
          return;
        case "rPh":
          phonetic--;
          return;
        case "sqref":
          if (dv && capture === "sqref") [dv.sqref, dv.extension] = [buffer, true];
          capture = null;
          return;
        case "formula1":
          if (dv && capture === "dv")
            dv.list = /^".*"$/s.test(buffer) ? buffer.slice(1, -1).replace(/""/g, '"') : buffer;
          capture = null;
          return;
        case "dataValidation":
          for (const part of dv?.sqref.split(/\s+/) ?? []) {
            const range = parseA1Range(part);
            if (range && dv) validations.push({ range, list: dv.list, ...(dv.extension && { extension: true }) });
          }
          dv = null;
          return;
        case "c":
          finishCell();
          return;
      }
    },
    text(t) {
      if (capture) buffer += t;
    },
  };
  parsePart(pkg, where, handlers, { keep: true }); // the copy's writer patches the sheet next (zip.ts keepText)
  merges.sort(byPosition);
  const bounds = top <= bottom ? { top, left, bottom, right } : null;
  return { held, valued, merges, bounds, validations, locked, rowMarks, ruleFormulas };
}

/** A cell naming a shared string or a cell format the workbook does not hold: the file is damaged, said in one line. */
function cellDamaged(
  sheet: string,
  row: number,
  col: number,
  what: { count: number } & ({ string: string } | { style: string }),
): UnreadableWorkbookError {
  return new UnreadableWorkbookError(say("file.cell-damaged", { sheet, cell: cellName(row, col), ...what }));
}

function cellValue(
  type: string,
  v: string | null,
  inline: string | null,
  sharedStrings: string[] | PartRef,
  date1904: boolean,
  sheet: string,
  row: number,
  col: number,
): CellValue {
  switch (type) {
    case "s": {
      if (v === null || v.trim() === "") return null; // no index: nothing (not the first string, Number("") is 0)
      if (!Array.isArray(sharedStrings)) throw damagedPart(sharedStrings, { missing: true });
      const text = sharedStrings[Number(v)];
      // An index past the strings (or not one): Excel repairs the file and removes the cell's contents. Read as blank,
      // our columns could be written over what the clerk sees there once repaired — refused, one line.
      if (text === undefined || !/^\s*\d+\s*$/.test(v))
        throw cellDamaged(sheet, row, col, { string: v, count: sharedStrings.length });
      return text;
    }
    case "inlineStr":
      return inline === null ? (v === null ? null : decodeXstring(v)) : decodeXstring(inline);
    case "str":
      return v === null ? null : decodeXstring(v);
    case "b":
      return v === null ? null : v.trim() === "1" || v.trim() === "true";
    case "e":
      return v === null ? null : { error: v };
    case "d": {
      const ms = v === null ? NaN : Date.parse(/Z|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
      // A date cell (t="d", ISO 8601) as the serial Excel would store: in the workbook's date system.
      return Number.isNaN(ms) ? null : (ms - EXCEL_EPOCH_MS) / MS_PER_DAY - (date1904 ? DATE1904_OFFSET : 0);
    }
    default: {
      if (v === null || v.trim() === "") return null;
      const n = Number(v);
      return Number.isNaN(n) ? null : n;
    }
  }
}

function expand(r: CellRange | null, top: number, left: number, bottom: number, right: number): CellRange {
  return r
    ? {
        top: Math.min(r.top, top),
        left: Math.min(r.left, left),
        bottom: Math.max(r.bottom, bottom),
        right: Math.max(r.right, right),
      }
    : { top, left, bottom, right };
}

function toSnapshot(entry: SheetEntry, cells: SheetCells): SheetSnapshot {
  const hidden = entry.state !== "visible";
  if (cells.valued > LIMITS.sheetCells)
    throw new UnreadableWorkbookError(
      say("file.sheet-too-large", { sheet: entry.name, cells: cells.valued, limit: LIMITS.sheetCells }),
    );
  const merges = cells.merges;
  let used = cells.bounds as CellRange | null;
  for (const m of merges) used = expand(used, m.top, m.left, m.bottom, m.right);
  // ECMA-376 Part 1, 18.2.19 sheet: "sheetId (Sheet Tab Id): Specifies the internal identifier for the sheet. This
  // identifier shall be unique within the workbook." A rename changes the name attribute only.
  const id = Number.isInteger(entry.sheetId) ? { id: String(entry.sheetId) } : {};
  const base = { name: entry.name, ...id, merges, hidden, ...veryHiddenFlag(entry.state === "veryHidden") };
  if (!used) return emptySheetSnapshot(base, merges);
  const dense = cellCount(used) <= DENSE_CELLS;
  const width = used.right - used.left + 1;
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  // A row without formulas (most rows) or number formats has this one row of nulls: the snapshot lives through
  // the whole check, and on the bench's 1,000 sheets a row of each per row was 4 of its 9 MB. Never written into.
  // Sparse, a row is made at its first cell held with a value or formula, as long as its last such cell, and a row
  // holding none is a hole in all three; formats of cells beyond are not read (as beyond the used range).
  const noneInRow: null[] = new Array(dense ? width : 0).fill(null);
  const held = cells.held;
  if (dense)
    for (let r = used.top; r <= used.bottom; r++) {
      values.push(new Array(width).fill(null));
      numberFormats.push(noneInRow);
      formulas.push(noneInRow);
    }
  else {
    values.length = numberFormats.length = formulas.length = used.bottom - used.top + 1;
    const rowWidth = new Map<number, number>();
    for (let i = 0; i < held.rows.length; i++)
      if (held.values[i] !== null || held.formulas[i] !== null) {
        const c = held.cols[i] - used.left + 1;
        if (c > (rowWidth.get(held.rows[i]) ?? 0)) rowWidth.set(held.rows[i], c);
      }
    // A row wider than WIDE_ROW (a table's cells and one at XFD) is sparse too: it costs the cells it holds.
    for (const [row, w] of rowWidth) {
      values[row - used.top] = emptyRow<CellValue>(w);
      numberFormats[row - used.top] = formulas[row - used.top] = noneInRow;
    }
  }
  // Dense, every cell of a row is set; a sparse row gets a cell only where something is (a null over a hole is none).
  const put = <T>(row: (T | null)[], c: number, value: T | null) => {
    if (value !== null || dense || row[c] !== undefined) row[c] = value;
  };
  for (let i = 0; i < held.rows.length; i++) {
    const r = held.rows[i] - used.top;
    const c = held.cols[i] - used.left;
    const rowValues = values[r] as CellValue[] | undefined;
    if (rowValues === undefined || c < 0 || c >= rowValues.length) continue;
    put(rowValues, c, held.values[i]);
    const rowWidth = rowValues.length;
    // A cell listed again without a format or formula loses the earlier listing's (the last listing is the cell).
    const format = held.formats[i];
    if (format !== null && numberFormats[r] === noneInRow)
      numberFormats[r] = dense ? new Array(rowWidth).fill(null) : emptyRow(rowWidth);
    if (numberFormats[r] !== noneInRow) put(numberFormats[r], c, format);
    const formula = held.formulas[i];
    if (formula !== null && formulas[r] === noneInRow)
      formulas[r] = dense ? new Array(rowWidth).fill(null) : emptyRow(rowWidth);
    if (formulas[r] !== noneInRow) put(formulas[r], c, formula);
  }
  // Cells of a merged area other than its top-left one read as empty (as Office.js reports them): only those held.
  const areas = new MergedAreas(merges);
  for (let i = 0; merges.length > 0 && i < held.rows.length; i++) {
    const row = held.rows[i];
    const col = held.cols[i];
    const m = areas.at(row, col);
    if (!m || (row === m.top && col === m.left)) continue;
    const rowValues = values[row - used.top] as CellValue[] | undefined;
    if (rowValues === undefined || col - used.left >= rowValues.length) continue;
    put(rowValues, col - used.left, null);
    if (formulas[row - used.top] !== noneInRow) put(formulas[row - used.top], col - used.left, null);
  }
  return { ...base, originRow: used.top, originCol: used.left, values, numberFormats, formulas };
}

// ───────────────────────────── our functions as Excel saves them ─────────────────────────────

/**
 * A formula with our functions as the add-in wrote them (PERF.STATUS(…)), from the text Excel saves for them: Excel
 * writes a JavaScript custom function into the file with the prefix _xldudf_ (Microsoft, OfficeDev/Excel-Custom-Functions
 * #108: "For Javascript Custom Functions, we by default save out with a different prefix _xldudf"), the dot between
 * namespace and name an underscore (OfficeDev/office-js #877), e.g. _xldudf_PERF_STATUS(…). Read as written, every
 * formula of ours in a workbook checked by the add-in and saved was a formula the clerk wrote: never updated again.
 */
function ourFunctionsNamed(formula: string): string {
  // The dot kept as well, should a version of Excel keep it.
  return formula.replace(/_xldudf_PERF[._]([A-Z]+)\(/gi, (_, name: string) => `PERF.${name.toUpperCase()}(`);
}

// ───────────────────────────── shared formulas ─────────────────────────────

/**
 * The formula of a cell that shares its master's formula (<f t="shared" si="…"/>): relative references
 * move by the cell's offset from the master. Same rule as ExcelJS's slideFormula (utils/shared-formula.js),
 * so the snapshot reads as before.
 */
export function slideFormula(formula: string, rowOffset: number, colOffset: number): string {
  return formula.replace(/(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi, (match, sheet, _s, addr: string, paren) => {
    if (paren) return match;
    const m = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i.exec(addr);
    if (!m) return match;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return match;
    let col = 0;
    for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
    let row = Number(m[4]);
    if (!m[1]) col += colOffset;
    if (!m[3]) row += rowOffset;
    return `${sheet ?? ""}${m[1] ?? ""}${columnLetters(col - 1)}${m[3] ?? ""}${row}`;
  });
}
