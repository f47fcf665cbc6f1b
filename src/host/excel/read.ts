/**
 * Read the open workbook into a WorkbookSnapshot, within the host's limits:
 * 1) the sheet list; 2) each sheet's used range (its address only), the marks sheet, the conditional
 * formats and charts an earlier run may have left, and how many notes and threaded comments each sheet has;
 * 3+) the cells — values, number formats, formula cells and merged areas — in bands of rows, and then the notes
 * and threaded comments — text and cell — in runs, as many bands or runs per sync as the budgets allow.
 *
 * Limits (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization): a request
 * and a response are capped at 5 MB on the web, and a range read at five million cells;
 * getMergedAreasOrNullObject fails past 512 merged areas in its range (learn.microsoft.com/javascript/api/excel/excel.range).
 * The budget is measured, not guessed: after each sync the bytes per cell (per note) of what came back size the
 * next one, and a batch that still fails is read again in halves (readInBatches, for cells, notes and drop-down lists alike).
 */
import { cellCount, cellName, DENSE_CELLS, MAX_HELD_CELLS } from "../../core/a1";
import { say } from "../../core/locale/messages";
import { PerfTargetsError } from "./errors";
import { listCellsNow, type ListCell } from "../../core/plan/listCells";
import { joinMarksRow } from "../../core/plan/marks";
import { CHART_NAME } from "../../core/plan/summary";
import { ourSeriesSpellings } from "../../core/plan/words";
import { isRecordCandidate, pickRecordSheet, veryHiddenFlag, type SheetHead } from "../../core/plan/recordSheet";
import {
  emptyRow,
  cellsToLook,
  emptySheetSnapshot,
  forEachRow,
  heldCellCount,
  MARKS_SHEET,
  WIDE_ROW,
  type CellRange,
  type CellValue,
  type DefinedName,
  type SheetNote,
  type SheetSnapshot,
  type SheetTable,
  type WorkbookSnapshot,
  noRowMarks,
} from "../../core/types";
import { rangeOfAddress, rangesOfAddress } from "./address";
import {
  NO_SOURCE_STRING,
  queueDrawn,
  queueSource,
  seriesSourcesSupported,
  sourceAt,
  type SourceRead,
} from "./seriesSources";
import { printAreaRanges } from "../../core/plan/printArea";
import { DATE1904_OFFSET } from "../../core/dates";
import { ACTION, PATH, REQUEST_BUDGET, RESPONSE_BUDGET, bytes } from "./payload";

export interface ExcelReading {
  snapshot: WorkbookSnapshot;
  /** Every sheet, the marks sheet included. */
  sheetNames: string[];
  protectedSheets: string[];
  /** The workbook's structure is protected (审阅 → 保护工作簿): no sheet may be added or deleted. */
  structureLocked: boolean;
  /** The workbook's date system could not be told (loadDateSystem): dates are read and written in the 1900 one. */
  dateSystemUnknown?: boolean;
  /** Custom conditional formats per sheet with their formula (to delete the add-in's own) and look (to keep it). */
  conditionalFormats: Map<
    string,
    { formula: string; look: RuleLook; item: Excel.ConditionalFormat; areas?: Excel.RangeAreas }[]
  >;
  charts: Map<string, { name: string; item: Excel.Chart }[]>;
  /** Syncs the read took. */
  syncs: number;
}

const ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!|BLOCKED!|CONNECT!|FIELD!|UNKNOWN!)$/;

/** Rows per band: ~10 tables of the usual layout, well under 512 merged areas. */
const BAND_ROWS = 200;
/**
 * A first guess of bytes per cell (values + number format + formulas), replaced by the measured one. A sheet checked in
 * formulas mode holds our PERF.STATUS / PERF.LIGHT reading the actual through CELL("format") (~300 characters): Clear
 * marks on 1,000 such tables measured ~45 bytes a cell, so a first batch sized by 40 came back over 5 MB.
 */
const FIRST_BYTES_PER_CELL = 60;
/** Notes (or comments) per run: a batch takes whole runs, and a run that still fails is halved. */
const NOTE_RUN = 1000;
/** A first guess of bytes per note (text of ~50 Chinese characters and its cell), replaced by the measured one. */
const FIRST_BYTES_PER_NOTE = 200;
/** A first guess of bytes per drop-down list read (its type and rule: our list is ~80), replaced by the measured one. */
const FIRST_BYTES_PER_LIST = 100;

interface Band {
  sheet: string;
  range: CellRange;
}

/** Notes (ExcelApi 1.18) or threaded comments (ExcelApi 1.10) of one sheet, positions [from, to). */
interface Run {
  sheet: string;
  kind: "notes" | "comments";
  from: number;
  to: number;
}

interface BandResult {
  values: CellValue[][];
  numberFormats: (string | null)[][];
  formulas: { range: CellRange; formulas: unknown[][] }[];
  merges: CellRange[];
}

interface RecordFound {
  record: { ws: Excel.Worksheet; rows: Excel.Range } | null;
  writeTo: string;
  /** The record sheet is one a run left shown and empty (recordSheet.ts halfAdded). */
  halfAdded: boolean;
}

/**
 * Our record sheet (recordSheet.ts pickRecordSheet: _PerfTargets when it holds only our record, a spare
 * `_PerfTargets (n)` of ours, or a renamed record) with its rows 1–2 loaded, and where the record is written
 * (`writeTo`). `sheets` loaded with name and visibility; one sync when a candidate sheet exists.
 */
export async function findRecordSheet(sheets: Excel.Worksheet[], sync: () => Promise<void>): Promise<RecordFound> {
  const pick = queueRecordSheet(sheets);
  if (sheets.some((ws) => isRecordCandidate(ws.name, ws.visibility === Excel.SheetVisibility.veryHidden))) await sync();
  return pick();
}

/** findRecordSheet's loads queued for the caller's next sync (no sync of its own); `pick` after that sync. */
function queueRecordSheet(sheets: Excel.Worksheet[]): () => RecordFound {
  const candidates = sheets
    .filter((ws) => isRecordCandidate(ws.name, ws.visibility === Excel.SheetVisibility.veryHidden))
    .map((ws) => ({
      ws,
      rows: ws.getRange("1:2").getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex"),
      used: ws.getUsedRangeOrNullObject(true).load("rowIndex,rowCount"),
    }));
  return () => {
    const heads = candidates.map(({ ws, rows, used }): SheetHead => {
      // Rows 1–2 from column A (the used range may start further in, or at row 2).
      const row = (r: number) =>
        rows.isNullObject || r < rows.rowIndex
          ? []
          : [
              ...Array<CellValue>(rows.columnIndex).fill(null),
              ...((rows.values[r - rows.rowIndex] ?? []) as CellValue[]),
            ];
      const more = !used.isNullObject && used.rowIndex + used.rowCount > 2;
      return {
        name: ws.name,
        veryHidden: ws.visibility === Excel.SheetVisibility.veryHidden,
        row1: row(0),
        row2: row(1),
        more,
      };
    });
    const { record, writeTo, halfAdded } = pickRecordSheet(
      heads,
      sheets.map((ws) => ws.name),
    );
    const found = candidates.find((c) => c.ws.name === record);
    return { record: found ? { ws: found.ws, rows: found.rows } : null, writeTo, halfAdded };
  };
}

/**
 * The drop-down list on each of `cells` (SheetSnapshot.validations): the cells of our list columns where the plan finds
 * them now (listCellsNow: rows inserted above a table moved them), and after a plan the cells it would set ours on that
 * were not read (unreadListCells: a first check). Cell by cell: a range whose cells differ reads as "Inconsistent"
 * (excel.datavalidationtype), and only the cells the clerk changed are theirs. As many cells a sync as the request and
 * response budgets allow (./payload: 10 % under Excel on the web's 5 MB; ~290 request bytes a cell, so ~15,000 cells a
 * sync), none when there are none. True when any carries a list.
 */
export async function readListsOn(
  cells: ListCell[],
  worksheet: (name: string) => Excel.Worksheet | undefined,
  sync: () => Promise<void>,
  retried: () => void = () => undefined,
): Promise<boolean> {
  const sheets = new Map<string, Excel.Worksheet | undefined>(); // one object path per sheet, not per cell
  const sheetOf = (name: string) => {
    if (!sheets.has(name)) sheets.set(name, worksheet(name));
    return sheets.get(name);
  };
  const lists = await readInBatches<ListCell, Pick<Excel.DataValidation, "type" | "rule">>(
    cells.filter(({ sheet }) => sheetOf(sheet.name) !== undefined),
    {
      units: () => 1,
      // Two objects (the cell, its data validation) and one load, the address as argument.
      request: ({ row, col }) => 2 * PATH + ACTION + bytes(`getRange("${cellName(row, col)}")dataValidationtype,rule`),
      load: ({ sheet, row, col }) => {
        const dv = (sheetOf(sheet.name) as Excel.Worksheet).getRange(cellName(row, col)).dataValidation;
        dv.load("type,rule");
        // What came back, as measured for the next batch: the type and the rule.
        return () => ({ type: dv.type, rule: dv.rule });
      },
      halves: () => null,
      firstBytes: FIRST_BYTES_PER_LIST,
    },
    sync,
    retried,
  );
  let found = false;
  for (const [{ sheet, row, col }, dv] of lists) {
    const source = dv.type === "List" ? dv.rule.list?.source : undefined;
    if (typeof source !== "string") continue;
    (sheet.validations ??= []).push({ range: { top: row, left: col, bottom: row, right: col }, list: source });
    found = true;
  }
  return found;
}

/** The record (row 1, joined) and the settings (A2) from the rows findRecordSheet loaded, once synced. */
export function recordTexts(range: Excel.Range): { marks: string | null; settings: string | null } {
  if (range.isNullObject) return { marks: null, settings: null };
  const rows = range.values as CellValue[][];
  const row1 = range.rowIndex === 0 ? rows[0] : undefined;
  const row2 = range.rowIndex === 0 ? rows[1] : rows[0];
  const a2 = row2?.[0];
  return { marks: joinMarksRow(row1), settings: typeof a2 === "string" && a2 !== "" ? a2 : null };
}

/**
 * The look of a custom conditional format (ConditionalRangeFormat, ExcelApi 1.6: fill "color: HTML color code … #RRGGBB";
 * font "bold: Specifies if the font is bold.", "color", "italic", "strikethrough: Specifies the strikethrough status of
 * the font.", "underline: The type of underline applied to the font" — "None" | "Single" | "Double"; borders
 * "Collection of border objects that apply to the overall conditional format range": each edge's sideIndex, style,
 * color), read so a rule of ours the clerk recoloured is added again as they made it (core/plan/ourRules.ts KeptLooks).
 * A colour not set reads as null or "".
 */
export interface RuleLook {
  fill: string | null;
  font: string | null;
  bold: boolean | null;
  italic: boolean | null;
  underline: Excel.ConditionalRangeFont["underline"] | null;
  strikethrough: boolean | null;
  /** The edges drawn (style not "None"). */
  borders: {
    side: Excel.ConditionalRangeBorder["sideIndex"];
    style: Excel.ConditionalRangeBorder["style"];
    color: string | null;
  }[];
}

/** RuleLook's font properties, as loaded and as the look names them. */
const RULE_FONT = ["color", "bold", "italic", "underline", "strikethrough"] as const;

/**
 * `notes`: the host has ExcelApi 1.18, where Worksheet.notes exists (and so 1.10, Worksheet.comments); without it
 * no note is read or written, nor threaded comment read. `lists`: read the drop-down lists of our list columns
 * (listCellsNow) here; a check leaves them to its pipeline (runPipelineReadingLists), which finds those cells by the
 * tables it reads anyway.
 */
export async function readWorkbook(context: Excel.RequestContext, notes = false, lists = true): Promise<ExcelReading> {
  let syncs = 0;
  const sync = async () => {
    await context.sync();
    syncs++;
  };
  const worksheets = context.workbook.worksheets;
  // Worksheet.id (ExcelApi 1.1) "uniquely identifies the worksheet in a given workbook and its value will remain the
  // same even when the worksheet is renamed or moved" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets).
  worksheets.load("items/name,items/id,items/visibility,items/protection/protected");
  const structure = loadStructureLock(context);
  const dates = loadDateSystem(context);
  await sync();

  const sheets = worksheets.items;
  // The record's rows load in the same sync as every sheet's parts; the record's parts are dropped after it.
  const pickRecord = queueRecordSheet(sheets);
  const allParts = sheets.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    // Worksheets have no conditional-format collection of their own; the whole sheet's range does.
    const cfs = ws.getRange().conditionalFormats;
    const format = "items/customOrNullObject/format";
    cfs.load(
      [
        "items/type,items/customOrNullObject/rule/formula",
        `${format}/fill/color`,
        ...RULE_FONT.map((p) => `${format}/font/${p}`),
        ...["sideIndex", "style", "color"].map((p) => `${format}/borders/items/${p}`),
      ].join(","),
    );
    // Each chart's series' names (ChartSeries.name, ExcelApi 1.1): Clear marks keeps our chart holding a series of the
    // clerk's (SheetSnapshot.chartSeries), told by its cells where Excel reads them (1.15, below), else by its name.
    const charts = ws.charts;
    charts.load("items/name,items/chartType,items/series/items/name"); // Chart.chartType: ExcelApi 1.1
    // What the clerk drew (插入 → 图片 / 形状 / 文本框): Worksheet.shapes (ExcelApi 1.9, within the manifest's 1.13), by
    // name only. No page says whether a chart is listed there too; by name, ours is known either way (buildPlan.ts).
    const shapes = ws.shapes;
    shapes.load("items/name");
    // Only how many here: their texts may be megabytes (learn.microsoft.com/javascript/api/excel/excel.notecollection
    // "getCount(): Gets the number of notes in the collection"; excel.commentcollection the same for comments).
    // A threaded comment ("New Comment" in current Excel) is no note — ws.notes does not list it — yet a note cannot
    // go on its cell: the snapshot lists it as a note of the user's (its content), so the plan leaves that cell be.
    const counts = notes ? { notes: ws.notes.getCount(), comments: ws.comments.getCount() } : null;
    // The sheet's Excel tables (Worksheet.tables, ExcelApi 1.1): their header rows are never written (SheetTable).
    const tables = ws.tables;
    tables.load("items/name,items/showHeaders");
    // The sheet's own defined names (Worksheet.names, ExcelApi 1.4; NamedItem.formula, 1.7): the clerk's 监控时点
    // scoped to a sheet is theirs too (core/plan/definedNames.ts).
    const names = ws.names;
    names.load("items/name,items/formula");
    // The clerk's print area (Worksheet.pageLayout, ExcelApi 1.9; learn.microsoft.com/javascript/api/excel/
    // excel.pagelayout getPrintAreaOrNullObject: "If there is no print area, then this method returns an object with
    // its isNullObject property set to true"): only read, to say when our columns print outside it (printArea.ts).
    const printArea = ws.pageLayout.getPrintAreaOrNullObject();
    printArea.load("address");
    return { ws, used, cfs, charts, shapes, counts, tables, names, printArea };
  });
  const bookNames = context.workbook.names;
  bookNames.load("items/name,items/formula");
  await sync();
  const { record, writeTo, halfAdded } = pickRecord();
  const parts = allParts.filter((part) => part.ws !== record?.ws);
  // Where each custom rule lies, loaded with the read's next sync (the cells' batches): a removal of ours needs it to
  // tell a rule of ours from the clerk's with our formula (ourRules.ts), and a sync of its own would cost every check.
  // ConditionalFormat.getRanges (ExcelApi 1.9, learn.microsoft.com/javascript/api/excel/excel.conditionalformat):
  // "Returns the RangeAreas, comprising one or more rectangular ranges, to which the conditional format is applied."
  const ruleAreas = new Map<Excel.ConditionalFormat, Excel.RangeAreas>();
  for (const part of parts)
    for (const cf of part.cfs.items)
      if (cf.type === "Custom" && !cf.customOrNullObject.isNullObject)
        ruleAreas.set(cf, cf.getRanges().load("address"));
  const areasQueuedAt = syncs;
  // Where each series of our chart draws its values from, where Excel has ExcelApi 1.15 (asked for first; the manifest
  // declares 1.13): Clear marks tells a series of the clerk's by its cells, as the check does (clear61: one they named
  // 执行率 was taken for ours by name, and the chart and the summary deleted with it). Loaded with the read's next sync.
  // Below it, what each series named as ours draws (getDimensionValues, ExcelApi 1.12): hosts62, one of the clerk's
  // named 执行率 over their own cells was taken for ours by its name.
  const sources = new Map<Excel.ChartSeries, SourceRead>();
  const drawnValues = new Map<Excel.ChartSeries, OfficeExtension.ClientResult<string[]>>();
  const bySource = seriesSourcesSupported();
  for (const part of parts)
    for (const chart of part.charts.items.filter((c) => c.name === CHART_NAME && !NO_SOURCE_STRING.has(c.chartType)))
      for (const series of chart.series.items)
        if (bySource) sources.set(series, queueSource(series, "Values"));
        else if (ourSeriesSpellings(series.name).length > 0) drawnValues.set(series, queueDrawn(series));
  const retried = () => void syncs++;

  // Where each table's header row is: one more sync, on a workbook that has tables only.
  const headers = parts.flatMap(({ ws, tables }) =>
    tables.items
      .filter((t) => t.showHeaders)
      .map((t) => ({ sheet: ws.name, name: t.name, row: t.getHeaderRowRange().load("address") })),
  );
  if (headers.length > 0) await sync();
  const tablesOf = (sheet: string): SheetTable[] =>
    headers.flatMap((h) => {
      const range = h.sheet === sheet ? rangeOfAddress(h.row.address) : null;
      return range ? [{ name: h.name, header: range, totals: null }] : [];
    });

  // The cells, band by band: of the used range, or of the areas holding something where the used range spans more
  // than DENSE_CELLS (one value typed at A1048576 beside a table: 14.7 million cells, 420 of them held).
  const held = await heldAreas(context, parts, sync, retried);
  const bands: Band[] = [];
  for (const { ws, used } of parts) {
    if (used.isNullObject) continue;
    const byAreas = held.get(ws);
    const areas = byAreas
      ? joinAreas(byAreas)
      : [
          {
            top: used.rowIndex,
            left: used.columnIndex,
            bottom: used.rowIndex + used.rowCount - 1,
            right: used.columnIndex + used.columnCount - 1,
          },
        ];
    for (const area of areas)
      for (let top = area.top; top <= area.bottom; top += BAND_ROWS)
        bands.push({ sheet: ws.name, range: { ...area, top, bottom: Math.min(area.bottom, top + BAND_ROWS - 1) } });
  }
  const results = await readInBatches<Band, BandResult>(
    bands,
    {
      units: (band) => cellCount(band.range),
      // Three objects (the band, its rows, its formula cells) and three loads, addresses as arguments.
      request: () => 3 * PATH + 3 * ACTION + 120,
      load: (band) => {
        const loaded = loadBand(context, band);
        return () => bandResult(loaded);
      },
      halves,
      firstBytes: FIRST_BYTES_PER_CELL,
    },
    sync,
    retried,
  );

  // The notes and threaded comments, run by run: each one's text and cell (getItemAt, then getLocation).
  const runs: Run[] = [];
  for (const { ws, counts } of parts)
    for (const kind of ["notes", "comments"] as const) {
      const count = counts?.[kind].value ?? 0;
      for (let from = 0; from < count; from += NOTE_RUN)
        runs.push({ sheet: ws.name, kind, from, to: Math.min(count, from + NOTE_RUN) });
    }
  const noted = await readInBatches<Run, SheetNote[]>(
    runs,
    {
      units: (run) => run.to - run.from,
      request: (run) => {
        // Per note: the item and its cell (two paths, "getItemAt(i)" and "getLocation()"), two loads.
        const perNote = 2 * PATH + 2 * ACTION + bytes(`getItemAt(${run.to})getLocation()contentrowIndex,columnIndex`);
        return (run.to - run.from) * perNote;
      },
      load: (run) => {
        const collection = context.workbook.worksheets.getItem(run.sheet)[run.kind];
        const items: { item: Excel.Note | Excel.Comment; cell: Excel.Range }[] = [];
        for (let i = run.from; i < run.to; i++) {
          const item = collection.getItemAt(i);
          item.load("content");
          const cell = item.getLocation();
          cell.load("rowIndex,columnIndex");
          items.push({ item, cell });
        }
        return () => items.map(({ item, cell }) => ({ row: cell.rowIndex, col: cell.columnIndex, text: item.content }));
      },
      halves: (run) => {
        if (run.to - run.from < 2) return null;
        const mid = run.from + Math.floor((run.to - run.from) / 2);
        return [
          { ...run, to: mid },
          { ...run, from: mid },
        ];
      },
      firstBytes: FIRST_BYTES_PER_NOTE,
    },
    sync,
    retried,
  );

  const snapshotSheets: SheetSnapshot[] = parts.map(({ ws, used, printArea: area }) => {
    const sheet = sheetSnapshot(
      ws,
      used,
      [...results.keys()].filter((b) => b.sheet === ws.name),
      results,
      held.has(ws),
    );
    // A sheet read whole spans at most DENSE_CELLS, no more than MAX_HELD_CELLS: counted all the same, one rule.
    const cells = held.has(ws) ? 0 : heldCellCount(sheet);
    if (cells > MAX_HELD_CELLS)
      throw new PerfTargetsError(
        say("file.sheet-too-large", { sheet: ws.name, cells, limit: MAX_HELD_CELLS }),
        "too-large",
      );
    const sheetNotes = [...noted].filter(([run]) => run.sheet === ws.name).flatMap(([, found]) => found);
    const tables = tablesOf(ws.name);
    // RangeAreas.address: "Sheet1!A1:B4, Sheet1!D1:D4" (excel.rangeareas).
    const printArea = area.isNullObject ? [] : printAreaRanges(area.address);
    return {
      ...sheet,
      ...(ws.protection.protected ? { protected: true } : {}),
      ...(printArea.length ? { printArea } : {}),
      ...(sheetNotes.length ? { notes: sheetNotes } : {}),
      ...(tables.length ? { tables } : {}),
    };
  });
  const { marks, settings } = record ? recordTexts(record.rows) : { marks: null, settings: null };
  if (lists) {
    const cells = listCellsNow(snapshotSheets, marks);
    await readListsOn(cells, (name) => parts.find((p) => p.ws.name === name)?.ws, sync, retried);
  }
  if (sources.size > 0 && syncs === areasQueuedAt) await sync(); // no cells read after they were queued
  const conditionalFormats: ExcelReading["conditionalFormats"] = new Map();
  const charts = new Map<string, { name: string; item: Excel.Chart }[]>();
  for (const part of parts) {
    conditionalFormats.set(
      part.ws.name,
      part.cfs.items
        .filter((cf) => cf.type === "Custom" && !cf.customOrNullObject.isNullObject)
        .map((cf) => {
          const { rule, format } = cf.customOrNullObject;
          const { color, bold, italic, underline, strikethrough } = format.font;
          const borders = format.borders.items
            .filter((b) => b.style !== "None")
            .map((b) => ({ side: b.sideIndex, style: b.style, color: b.color || null }));
          const look = { fill: format.fill.color, font: color, bold, italic, underline, strikethrough, borders };
          // No sync after they were queued (a workbook without cells to read): write.ts loads them if it needs them.
          const areas = syncs > areasQueuedAt ? ruleAreas.get(cf) : undefined;
          return { formula: rule.formula, look, item: cf, ...(areas ? { areas } : {}) };
        }),
    );
    charts.set(
      part.ws.name,
      part.charts.items.map((c) => ({ name: c.name, item: c })),
    );
  }
  // What is drawn on each sheet: its charts (ours among them), pictures, shapes and text boxes; a name once.
  parts.forEach((part, i) => {
    const drawn = new Set([
      ...(charts.get(part.ws.name) ?? []).map((c) => c.name),
      ...part.shapes.items.map((s) => s.name),
    ]);
    if (drawn.size > 0) snapshotSheets[i].shapes = [...drawn]; // snapshotSheets is parts.map
    const chartSeries = part.charts.items.flatMap((c) =>
      c.series.items.map((s) => {
        const drawn = drawnValues.get(s)?.value;
        return { chart: c.name, name: s.name, values: sourceAt(sources.get(s)), ...(drawn ? { drawn } : {}) };
      }),
    );
    if (chartSeries.length > 0) snapshotSheets[i].chartSeries = chartSeries;
    // The rules' formulas, where a record names rules of ours: tells the plan one was deleted.
    if (marks) snapshotSheets[i].ruleFormulas = (conditionalFormats.get(part.ws.name) ?? []).map((r) => r.formula);
  });
  const names: DefinedName[] = [
    ...bookNames.items.map((n) => ({ name: n.name, refersTo: n.formula })),
    ...allParts.flatMap((p) => p.names.items.map((n) => ({ name: n.name, sheet: p.ws.name, refersTo: n.formula }))),
  ];
  const system = dateSystem(dates);
  return {
    snapshot: {
      sheets: snapshotSheets,
      marks,
      settings,
      ...(writeTo !== MARKS_SHEET ? { marksSheet: writeTo } : {}),
      ...(halfAdded ? { halfAddedRecord: true } : {}),
      names,
      ...(system === 1904 ? { date1904: true } : {}),
    },
    dateSystemUnknown: system === null,
    sheetNames: sheets.map((ws) => ws.name),
    protectedSheets: sheets.filter((ws) => ws.protection.protected).map((ws) => ws.name),
    structureLocked: structure.protected,
    conditionalFormats,
    charts,
    syncs,
  };
}

/**
 * Whether the workbook's structure is protected, read at the caller's next sync: Workbook.protection (ExcelApi 1.7),
 * "protected: Specifies if the workbook is protected" (learn.microsoft.com/javascript/api/excel/excel.workbookprotection).
 */
export function loadStructureLock(context: Excel.RequestContext): Excel.WorkbookProtection {
  return context.workbook.protection.load("protected");
}

/**
 * The workbook's date system, read at the caller's next sync. The Workbook property made for it ("True if the workbook
 * uses the 1904 date system", learn.microsoft.com/javascript/api/excel/excel.workbook) is in the preview set only
 * ("[API set: ExcelApi BETA (PREVIEW ONLY)]"): no released set to declare. So the workbook's own DATE: Workbook.functions
 * (ExcelApi 1.2), excel.functions#date "Returns the number that represents the date in Microsoft Excel date-time
 * code", its year "a number from 1900 or 1904 (depending on the workbook's date system) to 9999": DATE(1904,1,1) is 0
 * in the 1904 system, 1462 (DATE1904_OFFSET) in the 1900 one. Nothing is written.
 */
function loadDateSystem(context: Excel.RequestContext): Excel.FunctionResult<number> {
  return context.workbook.functions.date(1904, 1, 1).load("value,error");
}

/** 1900, 1904, or null when the probe gave an error or another number. */
function dateSystem(probe: Excel.FunctionResult<number>): 1900 | 1904 | null {
  if (probe.error) return null;
  return probe.value === 0 ? 1904 : probe.value === DATE1904_OFFSET ? 1900 : null;
}

/**
 * The areas holding a value or a formula of each sheet whose used range spans more than DENSE_CELLS; a sheet holding
 * more than MAX_HELD_CELLS is refused with one line before any of its cells is read. Range.getSpecialCellsOrNullObject
 * (ExcelApi 1.9, learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells: "returns an object
 * with isNullObject = true" when no cell matches) with constants and with formulas; RangeAreas
 * (learn.microsoft.com/javascript/api/excel/excel.rangeareas) cellCount ("the number of cells in the RangeAreas
 * object, summing up the cell counts of all of the individual rectangular ranges") and areaCount ("the number of
 * rectangular ranges that comprise this RangeAreas object") first, one sync, only when such a sheet exists; then the
 * areas' addresses (RangeAreas.areas) in strips of rows, as many a sync as a response holds: a value typed far right
 * on each of 200,000 rows may be as many areas, megabytes of addresses.
 */
async function heldAreas(
  context: Excel.RequestContext,
  parts: { ws: Excel.Worksheet; used: Excel.Range }[],
  sync: () => Promise<void>,
  retried: () => void,
): Promise<Map<Excel.Worksheet, CellRange[]>> {
  const KINDS = [Excel.SpecialCellType.constants, Excel.SpecialCellType.formulas];
  const wide = parts
    .filter(({ used }) => !used.isNullObject && used.rowCount * used.columnCount > DENSE_CELLS)
    .map(({ ws, used }) => ({
      ws,
      used,
      kinds: KINDS.map((kind) => used.getSpecialCellsOrNullObject(kind).load("cellCount,areaCount")),
    }));
  const out = new Map<Excel.Worksheet, CellRange[]>();
  if (wide.length === 0) return out;
  await sync();
  const strips: Strip[] = [];
  for (const { ws, used, kinds } of wide) {
    const cells = kinds.reduce((n, k) => n + (k.isNullObject ? 0 : k.cellCount), 0);
    if (cells > MAX_HELD_CELLS || kinds.some((k) => !k.isNullObject && k.cellCount < 0))
      throw new PerfTargetsError(
        say("file.sheet-too-large", { sheet: ws.name, cells, limit: MAX_HELD_CELLS }),
        "too-large",
      );
    out.set(ws, []);
    const perArea = bytes(`'${ws.name}'!A1:XFD1048576,`);
    kinds.forEach((k, i) => {
      if (k.isNullObject) return;
      // Strips of rows whose addresses fill about a response each (the areas spread evenly, as a first guess).
      const n = Math.max(1, Math.ceil((k.areaCount * perArea) / RESPONSE_BUDGET));
      const rows = Math.ceil(used.rowCount / n);
      for (let top = used.rowIndex; top < used.rowIndex + used.rowCount; top += rows) {
        const bottom = Math.min(used.rowIndex + used.rowCount - 1, top + rows - 1);
        const range = { top, left: used.columnIndex, bottom, right: used.columnIndex + used.columnCount - 1 };
        strips.push({ ws, kind: KINDS[i], range, areas: (k.areaCount * (bottom - top + 1)) / used.rowCount });
      }
    });
  }
  const found = await readInBatches<Strip, CellRange[]>(
    strips,
    {
      units: (strip) => strip.areas,
      request: () => 2 * PATH + 2 * ACTION + 80,
      load: (strip) => {
        const areas = loadStrip(context, strip);
        return () => stripAreas(areas);
      },
      halves: (strip) => {
        const { top, bottom } = strip.range;
        if (bottom <= top) return null;
        const mid = Math.floor((top + bottom) / 2);
        return [
          { ...strip, range: { ...strip.range, bottom: mid }, areas: strip.areas / 2 },
          { ...strip, range: { ...strip.range, top: mid + 1 }, areas: strip.areas / 2 },
        ];
      },
      firstBytes: 40,
    },
    sync,
    retried,
  );
  for (const [strip, areas] of found) out.get(strip.ws)!.push(...areas);
  return out;
}

function loadStrip(context: Excel.RequestContext, strip: Strip): Excel.RangeAreas {
  const { top, left, bottom, right } = strip.range;
  const areas = context.workbook.worksheets
    .getItem(strip.ws.name)
    .getRangeByIndexes(top, left, bottom - top + 1, right - left + 1)
    .getSpecialCellsOrNullObject(strip.kind);
  areas.load("areas/items/address");
  return areas;
}

function stripAreas(areas: Excel.RangeAreas): CellRange[] {
  return areas.isNullObject ? [] : areas.areas.items.flatMap((area) => rangeOfAddress(area.address) ?? []);
}

/** Rows of a used range whose areas holding constants (or formulas) are asked in one piece. */
interface Strip {
  ws: Excel.Worksheet;
  kind: Excel.SpecialCellType;
  range: CellRange;
  /** Areas expected in it. */
  areas: number;
}

/**
 * The areas held, as rectangles to read: areas of the same columns one above the other joined across gaps of at
 * most as many rows as they hold (at least 16), so a value on every other row of a column is one read, not one a
 * cell, and what is read stays within about twice the cells held.
 */
function joinAreas(areas: readonly CellRange[]): CellRange[] {
  const sorted = [...areas].sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const out: CellRange[] = [];
  let held = 0;
  for (const a of sorted) {
    const last = out[out.length - 1];
    const rows = a.bottom - a.top + 1;
    if (last && last.left === a.left && last.right === a.right && a.top - last.bottom - 1 <= Math.max(16, held)) {
      last.bottom = Math.max(last.bottom, a.bottom);
      held += rows;
      continue;
    }
    out.push({ ...a });
    held = rows;
  }
  return out;
}

/** One kind of piece read in batches: cell bands, runs of notes. */
interface Batching<P, R> {
  /** What the response is measured per: cells of a band, notes of a run. */
  units: (piece: P) => number;
  /** Request bytes of the piece (the model of ./payload). */
  request: (piece: P) => number;
  /** Queue the piece's reads; what it gives back after the sync. */
  load: (piece: P) => () => R;
  /** The piece in two, or null when it is one thing that cannot be split. */
  halves: (piece: P) => P[] | null;
  /** Response bytes per unit before any was measured. */
  firstBytes: number;
}

/**
 * Read pieces in as few syncs as the request and response budgets allow. After each sync the bytes per unit of what
 * came back size the next batch; a batch the host still refuses goes again at most half as large, a single piece
 * in halves.
 */
async function readInBatches<P, R>(
  pieces: P[],
  kind: Batching<P, R>,
  sync: () => Promise<void>,
  failed: () => void,
): Promise<Map<P, R>> {
  const results = new Map<P, R>();
  let bytesPerUnit = kind.firstBytes;
  const queue = [...pieces];
  while (queue.length) {
    const batch: P[] = [];
    let response = 0;
    let request = 0;
    while (queue.length) {
      const r = kind.units(queue[0]) * bytesPerUnit;
      const q = kind.request(queue[0]);
      if (batch.length && (response + r > RESPONSE_BUDGET || request + q > REQUEST_BUDGET)) break;
      response += r;
      request += q;
      batch.push(queue.shift() as P);
    }
    const units = batch.reduce((n, p) => n + kind.units(p), 0);
    try {
      const loaded = batch.map((piece) => [piece, kind.load(piece)] as const);
      await sync();
      let measured = 0;
      for (const [piece, result] of loaded) {
        const r = result();
        measured += bytes(JSON.stringify(r));
        results.set(piece, r);
      }
      bytesPerUnit = Math.max(4, measured / Math.max(1, units));
    } catch (error) {
      if (!retryable(error)) throw error;
      // Too much at once (payload, cells or merged areas): the batch goes again in smaller pieces.
      failed();
      const again = batch.length > 1 ? batch : kind.halves(batch[0]);
      if (!again) throw error;
      bytesPerUnit = Math.max(bytesPerUnit * 2, (2 * RESPONSE_BUDGET) / Math.max(1, units));
      queue.unshift(...again);
    }
  }
  return results;
}

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

function bandResult(l: ReturnType<typeof loadBand>): BandResult {
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

/**
 * @param byAreas the sheet was read by the areas holding something (heldAreas): its rows holding nothing are holes, and
 *   a row is as wide as its last cell read, sparse when wider than WIDE_ROW (emptyRow) — a table's cells and one at XFD
 *   in each of 200,000 rows cost the cells held, not 16,384 a row.
 */
function sheetSnapshot(
  ws: Excel.Worksheet,
  used: Excel.Range,
  bands: Band[],
  results: Map<Band, BandResult>,
  byAreas: boolean,
): SheetSnapshot {
  const hidden = ws.visibility !== "Visible";
  const very = veryHiddenFlag(ws.visibility === Excel.SheetVisibility.veryHidden);
  if (used.isNullObject) return emptySheetSnapshot({ name: ws.name, id: ws.id, hidden, ...very });
  const originRow = used.rowIndex;
  const originCol = used.columnIndex;
  // Each band where it lies: the used range's rows in order, or (read by the areas held) only the rows held; rows
  // holding nothing stay holes (SheetSnapshot.values).
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  values.length = numberFormats.length = used.rowCount;
  const merges = new Map<string, CellRange>(); // bands of the same rows find the same merged areas
  const formulaAreas: BandResult["formulas"] = [];
  const sorted = [...bands].sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
  // Read by areas: each row made once, as wide as its last cell read (a row grown cell by cell past a gap would take
  // the gap's memory: V8 grows an array's store to within 1,024 of the index set).
  const widths = byAreas ? rowWidths(sorted, originRow, originCol) : null;
  for (const band of sorted) {
    const r = results.get(band) as BandResult;
    const left = band.range.left - originCol;
    r.values.forEach((cells, i) => {
      const at = band.range.top + i - originRow;
      if (widths) {
        if (values[at] === undefined) {
          // The row's first band: made once, both lists as wide (its width looked up once).
          const width = widths.get(at)!;
          values[at] = emptyRow<CellValue>(width) as CellValue[];
          numberFormats[at] = emptyRow<string>(width);
        }
        const row = values[at];
        const formats = numberFormats[at];
        const cellFormats = r.numberFormats[i];
        for (let j = 0; j < cells.length; j++) {
          if (cells[j] !== null || row[left + j] !== undefined) row[left + j] = cells[j];
          if (cellFormats[j] !== null || formats[left + j] !== undefined) formats[left + j] = cellFormats[j];
        }
        return;
      }
      const row = (values[at] ??= []);
      const formats = (numberFormats[at] ??= []);
      while (row.length < left) row.push(null);
      while (formats.length < left) formats.push(null);
      row.splice(left, cells.length, ...cells);
      formats.splice(left, cells.length, ...r.numberFormats[i]);
    });
    for (const m of r.merges) merges.set(`${m.top},${m.left},${m.bottom},${m.right}`, m);
    formulaAreas.push(...r.formulas);
  }
  const formulas: (string | null)[][] = widths ? [] : values.map((row) => row.map(() => null));
  if (widths) formulas.length = values.length;
  for (const { range, formulas: area } of formulaAreas)
    area.forEach((row, i) =>
      row.forEach((f, j) => {
        const at = range.top + i - originRow;
        // Read by areas, a row's formulas are made at its first one (a hole: none).
        if (widths && values[at] && typeof f === "string" && f.startsWith("="))
          formulas[at] ??= emptyRow(widths.get(at)!);
        const target = formulas[at];
        if (target && typeof f === "string" && f.startsWith("=")) target[range.left + j - originCol] = f.slice(1);
      }),
    );
  return {
    name: ws.name,
    id: ws.id,
    originRow,
    originCol,
    values,
    numberFormats,
    formulas,
    merges: [...merges.values()],
    hidden,
    ...very,
  };
}

/** Each row's width (offset from the origin), read by areas: to the right edge of the last band covering it. */
function rowWidths(bands: readonly Band[], originRow: number, originCol: number): Map<number, number> {
  const widths = new Map<number, number>();
  for (const { range } of bands)
    for (let row = range.top; row <= range.bottom; row++) {
      const at = row - originRow;
      widths.set(at, Math.max(widths.get(at) ?? 0, range.right - originCol + 1));
    }
  return widths;
}

function cellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" && ERROR_TEXT.test(v)) return { error: v };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/**
 * Clear marks: the fill and bold of every cell in the used range (formats included) of the sheets an earlier run made
 * (SheetSnapshot.looks), so the core can tell a summary the clerk formatted from one left as we made it. Borders are not
 * read (one load per cell and edge). Cell by cell, as the writer reads our headers' looks (a range's fill is null where
 * its cells differ: LOOK in tests/host/excel/fake.ts); one sync for the ranges, then one per REQUEST_BUDGET of loads.
 * No fill reads "#FFFFFF", which counts as none. Returns the syncs taken.
 */
export async function readLooks(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  sheets: ReadonlySet<string>,
): Promise<number> {
  const wanted = snapshot.sheets.filter((s) => sheets.has(s.name));
  if (wanted.length === 0) return 0;
  const used = wanted.map((s) => {
    const range = context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(false);
    return { sheet: s, range: range.load("rowIndex,columnIndex,rowCount,columnCount") };
  });
  await context.sync();
  let syncs = 1;
  const perCell = 3 * PATH + 2 * ACTION;
  let sent = 0;
  const send = async () => {
    await context.sync();
    [syncs, sent] = [syncs + 1, 0];
  };
  const cells: { sheet: SheetSnapshot; row: number; col: number; cell: Excel.Range }[] = [];
  for (const { sheet, range } of used) {
    sheet.looks = [];
    if (range.isNullObject) continue;
    const ws = context.workbook.worksheets.getItem(sheet.name);
    const look = async (row: number, col: number) => {
      if (sent + perCell > REQUEST_BUDGET) await send();
      const cell = ws.getRangeByIndexes(row, col, 1, 1).load("format/fill/color,format/font/bold");
      cells.push({ sheet, row, col, cell });
      sent += perCell;
    };
    if (range.rowCount * range.columnCount <= DENSE_CELLS) {
      for (let row = range.rowIndex; row < range.rowIndex + range.rowCount; row++)
        for (let col = range.columnIndex; col < range.columnIndex + range.columnCount; col++) await look(row, col);
      continue;
    }
    // A used range spanning more (a format given to A1048576 of our summary): the rows the snapshot holds, not a
    // million rows of calls, and a row's cells held far right, not 16,384 a row (cellsToLook).
    for (const { row, col } of cellsToLook(sheet)) await look(row, col);
  }
  if (sent > 0) await send();
  for (const { sheet, row, col, cell } of cells) {
    const rgb = (cell.format.fill.color ?? "").replace(/^#/, "").slice(-6).toUpperCase();
    const fill = rgb === "" || rgb === "FFFFFF" ? null : rgb;
    const bold = cell.format.font.bold === true;
    if (fill !== null || bold) sheet.looks!.push({ row, col, fill, bold, border: false });
  }
  return syncs;
}

/** The font's looks that mark a row (RangeFont, ExcelApi 1.1), as the CLI copy reads them (xlsx read.ts isEmphasis). */
const FONT_MARKS = ["color", "bold", "italic", "strikethrough", "underline"] as const;

/**
 * Whether a row's font differs from the Normal style's by the clerk's hand: another colour, or bold, italic,
 * strikethrough or an underline the Normal font has not (null: its cells differ, so some are marked).
 */
function fontMarked(font: Excel.RangeFont, normal: Excel.RangeFont): boolean {
  const colour = (c: string | null) => c?.replace(/^#/, "").toUpperCase() ?? null;
  if (font.color === null || colour(font.color) !== colour(normal.color)) return true;
  if (font.underline === null || (font.underline !== "None" && normal.underline === "None")) return true;
  return (["bold", "italic", "strikethrough"] as const).some((k) => font[k] === null || (font[k] && !normal[k]));
}

/**
 * Whether a cell draws a line of its own: one of its edges (CellBorderCollection: top, bottom, left, right, the two
 * diagonals; horizontal and vertical are the lines inside a range, none in one cell) of a style other than "None". A
 * line drawn under the row above may read as this row's top too (no page says): then both rows keep their projects.
 */
function bordered(cell: Excel.CellProperties): boolean {
  const b = cell.format?.borders;
  return !!b && [b.top, b.bottom, b.left, b.right, b.diagonalDown, b.diagonalUp].some((e) => !!e && e.style !== "None");
}

/** getCellProperties' answer per cell with the borders' styles (eight edges, ~30 bytes each): against the response. */
const BORDERS_PER_CELL = 260;

/** Rows looked at one by one for hidden and filled (readRowMarks): beyond, only the rows the snapshot holds. */
const ROWS_TO_MARK = 10_000;

/**
 * What the clerk did to the rows of the sheets an earlier run made (SheetSnapshot.rowMarks): for each row the snapshot
 * spans, Range.rowHidden (ExcelApi 1.2: a filter's hidden rows are hidden rows), the fill across its columns
 * (RangeFill.color: null where the cells differ, "#FFFFFF" where none is filled), the font's colour, bold, italic,
 * strikethrough and underline (RangeFont, ExcelApi 1.1: null where the cells differ) against the Normal style's
 * (Workbook.styles.getItem("Normal").font, ExcelApi 1.7; fontMarked), whether its height is the sheet's standard one
 * (RangeFormat.useStandardHeight, ExcelApi 1.7: "Returns `true` if the row height of the `Range` object equals the
 * standard height of the sheet"), the borders of its cells (Range.getCellProperties, ExcelApi 1.9: each cell's
 * format.borders, CellBorderCollection; bordered), and the sheet's AutoFilter.enabled (ExcelApi 1.9); all within the
 * manifest's ExcelApi 1.13. One sync, or one per REQUEST_BUDGET of loads (the cells' borders counted against the
 * response's). Returns the syncs taken.
 */
export async function readRowMarks(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  sheets: ReadonlySet<string>,
): Promise<number> {
  const wanted = snapshot.sheets.filter((s) => sheets.has(s.name) && s.values.length > 0);
  if (wanted.length === 0) return 0;
  let [syncs, sent, answered] = [0, 0, 0];
  const perRow = 9 * PATH + 4 * ACTION;
  const send = async () => {
    await context.sync();
    [syncs, sent, answered] = [syncs + 1, 0, 0];
  };
  const rows: {
    sheet: SheetSnapshot;
    row: number;
    range: Excel.Range;
    borders: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  }[] = [];
  // The Normal style's font, which every cell has unless given another: a grey or bold Normal is no mark (review58b).
  const normal = context.workbook.styles.getItem("Normal").font.load(FONT_MARKS.join(","));
  const filters = wanted.map((sheet) => {
    const ws = context.workbook.worksheets.getItem(sheet.name);
    return { sheet, filter: ws.autoFilter.load("enabled") };
  });
  for (const sheet of wanted) {
    const ws = context.workbook.worksheets.getItem(sheet.name);
    let width = 0;
    forEachRow(sheet.values, (cells) => cells.length <= WIDE_ROW && (width = Math.max(width, cells.length)));
    const cells = Math.max(width, 1);
    const look = async (at: number) => {
      if (sent + perRow > REQUEST_BUDGET || answered + cells * BORDERS_PER_CELL > RESPONSE_BUDGET) await send();
      const range = ws.getRangeByIndexes(sheet.originRow + at, sheet.originCol, 1, cells);
      rows.push({
        sheet,
        row: sheet.originRow + at,
        range: range.load(
          "rowHidden,format/useStandardHeight,format/fill/color,format/font/color,format/font/bold,format/font/italic,format/font/strikethrough,format/font/underline",
        ),
        borders: range.getCellProperties({ format: { borders: { style: true } } }),
      });
      sent += perRow;
      answered += cells * BORDERS_PER_CELL;
    };
    if (sheet.values.length <= ROWS_TO_MARK) for (let at = 0; at < sheet.values.length; at++) await look(at);
    else {
      const held: number[] = [];
      forEachRow(sheet.values, (_, at) => held.push(at));
      for (const at of held) await look(at);
    }
  }
  await send();
  for (const { sheet, filter } of filters)
    // grouped: none read — Office.js sets a row's outline (Range.group, ExcelApi 1.10) but reads no level (RowProperties
    // has rowHidden and format only); a collapsed group's rows read as hidden.
    sheet.rowMarks = noRowMarks(filter.enabled === true);
  const is = (colour: string | null, rgb: string) => colour !== null && colour.replace(/^#/, "").toUpperCase() === rgb;
  for (const { sheet, row, range, borders } of rows) {
    if (range.rowHidden !== false) sheet.rowMarks!.hidden.push(row);
    if (borders.value.some((line) => line.some(bordered))) sheet.rowMarks!.bordered.push(row);
    if (!is(range.format.fill.color, "FFFFFF")) sheet.rowMarks!.filled.push(row);
    if (fontMarked(range.format.font, normal)) sheet.rowMarks!.font.push(row);
    if (range.format.useStandardHeight !== true) sheet.rowMarks!.sized.push(row);
  }
  return syncs;
}
