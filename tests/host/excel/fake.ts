/**
 * A strict fake of the part of the Excel object model the adapter uses: it rejects what real Excel rejects,
 * each rule citing the documentation line it follows (see RULES below). Like real Excel:
 * commands are queued and only carried out at context.sync(); reading a property (or `items`,
 * or `isNullObject`) that was not loaded AND synced throws; syncs are counted; every sync's
 * request and response are measured (JSON size of the queued commands and of the loaded data),
 * so tests can assert the round trips and the payload stay within Excel on the web's limits.
 */
import { absoluteRef, columnIndex, columnLetters, quoteSheetName } from "../../../src/core/a1";
import { parseA1Range, rangeToA1 } from "../../../src/core/a1";
import type { CellRange, CellValue, WorkbookSnapshot } from "../../../src/core/types";
import { splitAddresses } from "../../../src/host/excel/address";
import { formulaRefusal, textRefusal } from "../cellLimits";
import { printAreaRanges } from "../../../src/core/plan/printArea";
import { columnWidthPoints } from "../../../src/core/plan/columnWidth";
import {
  renameInFormula,
  renameRefusal,
  shiftFormula,
  shiftIndex,
  sortedFormula,
  shiftRange,
  mergeRefusal,
  mergedAreas,
  sortedMerge,
  sortedRows,
  cutAreas,
  cutDestination,
  formulaReaches,
  meetsAny,
  namesSheet,
  formulaAfterSheetDeletion,
  CATCHES_ERRORS,
  ruleAfterCut,
  ruleAfterPart,
  grownLists,
  rangeAfterPart,
  cellAfterPart,
  formulaAfterPart,
  type PartShift,
  type Cut,
  type Shift,
  type Sort,
} from "../../scenarios/excelShift";

export interface FakeCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  bold?: boolean;
  fill?: string;
  /** RULES: LOOK (font colour, "#RRGGBB"); none: the Normal style's (RULES: NORMAL_STYLE). */
  fontColor?: string;
  /** RULES: LOOK (italic, strikethrough, underline); none: the Normal style's. */
  italic?: boolean;
  strikethrough?: boolean;
  underline?: string;
  /**
   * RULES: CELL_BORDERS: the cell's own edges as getCellProperties names them ("top", "bottom", "left", "right",
   * "diagonalDown", "diagonalUp") → the line drawn; an edge absent reads "None".
   */
  borders?: Record<string, { style: string; color?: string; weight?: string }>;
}

/** A font's looks the fake keeps (RangeFont; RULES: NORMAL_STYLE). */
export interface FakeFont {
  color: string;
  bold: boolean;
  italic: boolean;
  strikethrough: boolean;
  underline: string;
}

/** The Normal style's font of a new workbook (Calibri / 等线 11, automatic colour: read as black, RULES: LOOK). */
export const NORMAL_FONT: FakeFont = {
  color: "#000000",
  bold: false,
  italic: false,
  strikethrough: false,
  underline: "None",
};

export interface FakeSheet {
  name: string;
  /** RULES: ID. */
  id: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  /** Custom conditional formats; fill, font colour and style, underline, strikethrough: the rule's look (RULES: RULE_LOOK). */
  cfs: {
    id: number;
    ranges: CellRange[];
    formula: string;
    fill?: string;
    font?: string;
    bold?: boolean;
    italic?: boolean;
    underline?: "None" | "Single" | "Double";
    strikethrough?: boolean;
    /** Edges set on the rule's look (RULES: RULE_LOOK): side ("EdgeTop" …) → its line style and colour. */
    borders?: Record<string, { style: string; color?: string }>;
  }[];
  /**
   * refs: the ranges the chart's series draw from, "sheet!A1:A9" (RULES: CHARTS); series: each series' name, values
   * and x-axis values; place: left, top, width, height in points (absent: never placed).
   */
  charts: {
    name: string;
    title?: string;
    position?: [string, string];
    refs?: string[];
    series?: { name?: string; values?: string; x?: string }[];
    place?: number[];
    /** Chart.chartType (RULES: CHARTS), as charts.add was given it or the clerk changed it. */
    type?: string;
  }[];
  /** 插入 → 图片 / 形状 / 文本框 on the sheet, as Worksheet.shapes lists them (RULES: SHAPES); absent: none. */
  shapes?: { name: string; type: "Image" | "GeometricShape" | "Group" | "Line" | "Unsupported" }[];
  notes: Map<string, string>;
  /** Threaded comments ("New Comment" in current Excel), cell → the comment's content (RULES: COMMENTS). */
  comments: Map<string, string>;
  validations: Map<string, string>;
  /** Column widths in points (RULES: WIDTH). */
  widths: Map<number, number>;
  /** Columns hidden by the user (RULES: HIDDEN). */
  hiddenColumns: Set<number>;
  /** Excel tables (Insert → Table), each with its header row, the range's top row (RULES: TABLES). */
  tables: { name: string; range: CellRange }[];
  /** Names scoped to this sheet (RULES: NAMES), name → what it refers to; they go with the sheet. */
  names?: Map<string, { sheet: string; address: string }>;
  /** 页面布局 → 打印区域, its rectangles (RULES: PRINT_AREA); absent: none. */
  printArea?: CellRange[];
  /** 数据 → 筛选 (RULES: AUTOFILTER): its range and the one column filtered, with the texts shown; absent: none. */
  autoFilter?: { range: CellRange; column: number; values: string[] };
  /** Rows the AutoFilter hides (RULES: AUTOFILTER) and rows the user hid (RULES: ROW_HIDDEN). */
  hiddenRows?: Set<number>;
  /** Rows the user gave a height (RULES: ROW_HEIGHT), in points; every other row has the standard 15. */
  rowHeights?: Map<number, number>;
  /** Rows the user grouped (RULES: OUTLINE), 0-based → their level above 1 (a row never grouped is level 1). */
  outlineLevels?: Map<number, number>;
}

export interface FakeModel {
  sheets: FakeSheet[];
  /** Workbook-scoped names (RULES: NAMES), name → the cell or range it refers to ("#REF!" once that is gone). */
  names: Map<string, { sheet: string; address: string }>;
  /** 审阅 → 保护工作簿 (RULES: STRUCTURE). */
  structureProtected?: boolean;
  /** The 1904 date system (RULES: DATE_SYSTEM); from the snapshot's date1904. */
  date1904?: boolean;
  /** The workbook's name (Workbook.name, RULES: WORKBOOK_NAME); "工作簿1" when not given, as a new unsaved one. */
  name?: string;
  /** Fault injection: Workbook.functions gives this error instead of a value ("#VALUE!"; RULES: DATE_SYSTEM). */
  functionsError?: string;
  /** The Normal style's font (RULES: NORMAL_STYLE); NORMAL_FONT when not given. */
  normalFont?: FakeFont;
}

const key = (row: number, col: number) => `${row},${col}`;

/** RULES: LOOK: Excel.RangeUnderlineStyle (ExcelApi 1.1). */
const UNDERLINES = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];
const isErrorValue = (v: CellValue | undefined): v is { error: string } => typeof v === "object" && v !== null;

/**
 * The host's limits, each from Microsoft's documentation.
 *
 * PAYLOAD — https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 *   "Excel on the web has a payload size limit for requests and responses of 5MB. `RichAPI.Error` will be thrown
 *   if that limit is exceeded."
 * READ_CELLS — same page: "A range is limited to five million cells for get operations."
 * MERGED_AREAS — https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
 *   "Note that if the merged areas count in this range is more than 512, then this method will fail to return the result."
 * NOTE_ADD — https://learn.microsoft.com/javascript/api/excel/excel.notecollection#excel-excel-notecollection-add-member(1)
 *   "add(cellAddress, content): Adds a new note with the given content on the given cell." (a new note: a cell that
 *   already has one is refused, so a second run must delete first)
 * NOTE_READ — https://learn.microsoft.com/javascript/api/excel/excel.note: "content: Gets or sets the text of the note."
 *   "getLocation(): Gets the cell where this note is located." Worksheet.notes holds the sheet's notes (ExcelApi 1.18).
 * NOTE_ITEMS — https://learn.microsoft.com/javascript/api/excel/excel.notecollection: "getCount(): Gets the number of
 *   notes in the collection." "getItemAt(index): Gets a note from the collection based on its position." getCount
 *   gives an OfficeExtension.ClientResult<number>, whose value is there only after a sync; a position past the last
 *   note is refused (ItemNotFound) when the batch runs. Each call is an object path of its own in the request
 *   ("getItemAt(12)", "getLocation()"), and each load an action, as PAYLOAD measures them.
 * COMMENTS — https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-comments: a comment "is tied to an
 *   individual cell"; "Comments are also accessible at the Worksheet level" (Worksheet.comments, ExcelApi 1.10).
 *   https://learn.microsoft.com/javascript/api/excel/excel.commentcollection: "getCount(): Gets the number of comments
 *   in the collection." "getItemAt(index): Gets a comment from the collection based on its position."
 *   https://learn.microsoft.com/javascript/api/excel/excel.comment: "content: The comment's content. The string is
 *   plain text." "getLocation(): Gets the cell where this comment is located." Worksheet.notes does not list them
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-notes: notes and comments are two features,
 *   "The difference between threaded comments and notes"). A threaded comment is saved with a legacy comment — a
 *   note — on its cell (its "[Threaded comment]" text for older versions, github.com/SheetJS/sheetjs/issues/2542), and
 *   a cell has one such: notes.add on a cell with a threaded comment is refused (InvalidArgument), as NOTE_ADD.
 * CLEAR — https://learn.microsoft.com/javascript/api/excel/excel.clearapplyto: "all: Clears everything in the range."
 *   "contents: Clears the contents of the range, leaving formatting intact." "formats: Clears all formatting for the
 *   range, leaving values intact." Notes are neither contents nor formatting (Excel's Clear Contents and Clear
 *   Formats keep them); only All takes them, and threaded comments with them.
 * WIDTH — https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member
 *   "Specifies the width of all columns within the range." The page gives no unit; Microsoft's docs team on
 *   https://github.com/OfficeDev/office-js/issues/187: "The unit-of-measure for columnWidth is points."
 *   Whole columns inserted or deleted (Range.insert / delete, Excel.InsertShiftDirection.right or left): a width is
 *   the column's, and goes with it (https://learn.microsoft.com/office/vba/api/excel.range.insert: "Inserts a cell or a
 *   range of cells into the worksheet or macro sheet and shifts other cells away to make space"); a deleted column's
 *   width goes with it; an inserted column takes the width of the column left of it — the same page: CopyOrigin, "from
 *   where to copy the format for inserted cells", is "xlFormatFromLeftOrAbove (default)" (Office.js's insert has no
 *   such argument: the default). Before summary71 widths stayed put while the cells moved.
 * HIDDEN — https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member
 *   "columnHidden: Represents if all columns of the current range are hidden." Set by a user (Hide) between two runs;
 *   the adapter never sets it. Whether a width set shows a hidden column again is on no page: refused (review55; its
 *   useStandardWidth, on no page either, answers as for the width it kept). Whole rows or columns inserted or deleted on a sheet with hidden columns are refused
 *   (where the hidden state goes is not imitated).
 * ROW_HIDDEN — https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member
 *   "rowHidden: Represents if all rows in the current range are hidden. Value is true when all rows in a range are
 *   hidden. Value is false when no rows in the range are hidden. Value is null when some rows in a range are hidden and
 *   other rows in the same range are not hidden." [Api set: ExcelApi 1.2]. Set by a user (Hide on the row headers)
 *   between two runs; the adapter only reads it. Rows a filter hides are hidden rows too (the same set). Rows inserted,
 *   deleted, sorted or cut on a sheet with hidden rows are refused, as under a filter (where they go is not imitated).
 *   https://learn.microsoft.com/javascript/api/excel/excel.autofilter "enabled: Specifies if the AutoFilter is
 *   enabled." [Api set: ExcelApi 1.9] (read only): true while the sheet has one (AUTOFILTER).
 * ROW_HEIGHT — https://learn.microsoft.com/javascript/api/excel/excel.rangeformat "rowHeight: Specifies the height of all
 *   rows in the range. If the row heights are not uniform, null will be returned." [ExcelApi 1.1]; "useStandardHeight:
 *   Determines if the row height of the Range object equals the standard height of the sheet. Returns true if the row
 *   height of the Range object equals the standard height of the sheet. Returns null if the range contains more than
 *   one row and the rows aren't all the same height. Returns false otherwise." [ExcelApi 1.7]. Set by a user (Row
 *   Height…) between two runs; the adapter only reads useStandardHeight. The standard height is GEOMETRY's 15 pt; a
 *   height is a number of points (Excel's specifications: "Row height: 409 points"), else InvalidArgument. What a hidden
 *   row's height reads as is on no page: the height it kept (hidden rows are marks anyway: no result rests on it). Rows
 *   inserted, deleted, sorted or cut on a sheet with heights set are refused (where they go is not imitated).
 * OUTLINE — https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-group: "Rows or columns of a range
 *   can be grouped together to create an outline." "Use Range.group to make these outline groups." "An outline can
 *   have a hierarchy, where smaller groups are nested under larger groups." "Note that Excel only supports eight levels
 *   of outline groups."; https://learn.microsoft.com/javascript/api/excel/excel.groupoption "byRows = "ByRows" Group by
 *   rows." [ExcelApi 1.10]. Set by a user (数据 → 创建组) between two runs; the adapter never sets or reads it (no
 *   Office.js member reads a row's level back). Each row of the range goes one level deeper (a row never grouped is
 *   level 1, the eighth level is the last: deeper refused, as the page's limit); ByColumns is not imitated. Rows
 *   inserted, deleted, sorted or cut on a sheet with grouped rows are refused (where the levels go is not imitated).
 * AUTOFILTER — https://learn.microsoft.com/javascript/api/excel/excel.autofilter "apply(range, columnIndex, criteria):
 *   Applies the AutoFilter to a range. This filters the column if column index and filter criteria are specified."
 *   What it does to the rows, ECMA-376 §18.3.1.2 (autoFilter): "AutoFilter temporarily hides rows based on a filter
 *   criteria, which is applied column by column to a table of data in the worksheet." — the range's top row holds the
 *   filter buttons, the rows below whose cell in the column is not one of the values shown are hidden. Applied by a
 *   user between two runs; the adapter never touches it. Imitated only: one column, filterOn Values with texts (other
 *   criteria, a second AutoFilter on the sheet, one over an Excel table); rows inserted, deleted, sorted or cut on a
 *   filtered sheet are refused (where the hidden rows go is not imitated).
 * ID — https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets
 *   "The id property of a worksheet uniquely identifies the worksheet in a given workbook and its value will remain
 *   the same even when the worksheet is renamed or moved." (A GUID in braces, as Excel on Windows gives it.)
 * SHEET_ITEM — https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model, "*OrNullObject
 *   methods and properties": "if you attempt to get an Excel worksheet by specifying a worksheet name that isn't in the
 *   workbook, the getItem() method throws an ItemNotFound exception"; the *OrNullObject variations "return an object whose
 *   isNullObject property is set to true, if the specified item doesn't exist, rather than throwing an exception".
 *   learn.microsoft.com/javascript/api/excel/excel.worksheetcollection: getItem(key) / getItemOrNullObject(key) "Gets a
 *   worksheet object using its name or ID" ([Api set: ExcelApi 1.1] / [ExcelApi 1.4]). Like every command, the refusal
 *   comes at the sync (code ItemNotFound, OfficeExtension.ErrorCodes).
 * WORKBOOK_NAME — https://learn.microsoft.com/javascript/api/excel/excel.workbook "name: Gets the workbook name.
 *   [Api set: ExcelApi 1.7]" (read only).
 * RENAME — Worksheet.name set: refused and followed as in Excel (tests/scenarios/excelShift.ts, RENAME).
 * VALIDATION — https://learn.microsoft.com/javascript/api/excel/excel.datavalidation "Represents the data validation
 *   applied to the current range." Its type over several cells, excel.datavalidationtype: "None means allow any value,
 *   indicating that there is no data validation in the range"; "Inconsistent means that the range has inconsistent
 *   data validation, indicating that there are different rules on different cells"; "MixedCriteria means that the
 *   range has data validation present on some but not all cells". Kept per cell, since a validation is cleared cell by
 *   cell: "It isn't necessary that the range you clear is exactly the same range as a range on which you added data
 *   validation. If it isn't, only the overlapping cells, if any, of the two ranges are cleared."
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation, "Remove data validation from a
 *   range"). The rule of a range whose cells differ (Inconsistent, MixedCriteria) is on no page: its read is refused.
 *   A rule is one kind of criteria: "No more than one of these properties may be present in any DataValidationRule
 *   object." (same article); only list is modelled, its source a comma-separated string (excel.listdatavalidation:
 *   "it can be passed in as a Excel Range object, or a string that contains a comma-separated number, boolean, or
 *   date"; a Range is not modelled). Setting a rule over cells some of which carry validation fails, "InvalidArgument:
 *   The argument is invalid or missing or has an incorrect format." (github.com/OfficeDev/office-js/issues/2594: a
 *   prompt on B5:B10, then a list rule on B1:B10); over cells that all carry one, no page says: refused the same. The
 *   adapter clears first. Whole rows or columns inserted inside a list's range give the new cells that list, as Excel
 *   grows the range (tests/scenarios/excelShift.ts GROW, one home for the rule with the WPS fake and the .xlsx helper).
 * VISIBILITY — https://learn.microsoft.com/javascript/api/excel/excel.sheetvisibility: "hidden = "Hidden"",
 *   "veryHidden = "VeryHidden"", "visible = "Visible""; what very hidden means, https://learn.microsoft.com/office/vba/
 *   api/excel.xlsheetvisibility: "xlSheetVeryHidden … the user cannot make the object visible", "xlSheetHidden Hides
 *   the worksheet which the user can unhide via menu." Carried from the snapshot (SheetSnapshot.hidden / veryHidden).
 * NULL_IN_ARRAY — https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
 *   "To set values, number format, or formula for only specific cells within a range, specify the values, number
 *   format, or formula for those cells in the 2-D array, and specify null for all other cells in the 2-D array."
 *   "null is not a valid input for single property." Key points: "Empty strings ('') clear or reset property values."
 *   (The fake takes numberFormat as a 2-D array only, as the adapter writes it; '' is General again.)
 * LOOK — https://learn.microsoft.com/javascript/api/excel/excel.rangefill: "color: HTML color code representing the color
 *   of the background, in the form #RRGGBB"; "clear(): Resets the range background."
 *   https://learn.microsoft.com/javascript/api/excel/excel.rangefont: "bold: Represents the bold status of the font."
 *   Read from a range whose cells differ, a property gives null (the pages' rule for pattern and tintAndShade: "A null
 *   value indicates that the entire range doesn't have a uniform … setting"). No fill reads as "#FFFFFF" (the page
 *   does not say; the adapter takes only its own colour as its own, so any other reading is the user's).
 *   A cell's font colour (RangeFont.color, ExcelApi 1.1) is set on a range as learn.microsoft.com/office/dev/add-ins/
 *   excel/excel-add-ins-ranges-set-format shows ("Set font color and fill color … range.format.font.color = "white""):
 *   taken as #RRGGBB only (a named colour is not imitated: refused). The automatic colour reads as "#000000" (no page
 *   says; the adapter takes black as none, anything else — null for cells that differ — as the clerk's colour).
 *   excel.rangefont (ExcelApi 1.1): "italic: Specifies the italic status of the font.", "strikethrough: Specifies the
 *   strikethrough status of font. A null value indicates that the entire range doesn't have a uniform strikethrough
 *   setting.", "underline: Type of underline applied to the font. See Excel.RangeUnderlineStyle for details."; read and
 *   set on cells, a boolean or one of excel.rangeunderlinestyle's "None", "Single", "Double", "SingleAccountant",
 *   "DoubleAccountant" (anything else refused, InvalidArgument); bold and italic take booleans only.
 * NORMAL_STYLE — https://learn.microsoft.com/javascript/api/excel/excel.stylecollection: "getItem(name): Gets a Style by
 *   name." [ExcelApi 1.7]; excel.style "font: A Font object that represents the font of the style." [ExcelApi 1.7]
 *   (a RangeFont). A cell takes the Normal style unless given another (learn.microsoft.com/office/vba/api/excel.styles:
 *   "There are several built-in styles—including Normal, Currency, and Percent"; "ActiveWorkbook.Styles("Normal")
 *   .Font.Bold = True" changes the Normal style): a cell's font colour, bold, italic, strikethrough and underline not
 *   set on it read as the Normal style's (FakeModel.normalFont; NORMAL_FONT in a new workbook). Only "Normal" is
 *   imitated: getItem of another style is refused (not imitated), as is setting the style's font.
 * RULE_RANGES — https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat getRanges(): "Returns the
 *   RangeAreas, comprising one or more rectangular ranges, to which the conditional format is applied." (ExcelApi 1.9).
 *   Its address loads as a RangeAreas' does ("Sheet!A1:B2,Sheet!C3"); any other property of it is refused.
 * RULE_LOOK — a custom conditional format's look, https://learn.microsoft.com/javascript/api/excel/
 *   excel.conditionalrangefill: "color: HTML color code representing the color of the fill, in the form #RRGGBB (e.g.,
 *   "FFA500") or as a named HTML color (e.g., "orange")." excel.conditionalrangefont: "bold: Specifies if the font is
 *   bold." "color: HTML color code representation of the text color (e.g., #FF0000 represents Red)." "italic:
 *   Specifies if the font is italic." (ExcelApi 1.6). Read and set on the rule (format.fill / format.font of
 *   ConditionalFormat.custom). A colour is taken as #RRGGBB only (a named colour is not imitated: refused), a style as
 *   a boolean; a colour never set reads as null (the pages do not say).
 *   excel.interfaces.conditionalrangefontupdatedata (ExcelApi 1.6): "strikethrough: Specifies the strikethrough status
 *   of the font." (strikethrough?: boolean) "underline: The type of underline applied to the font." (underline?:
 *   Excel.ConditionalRangeFontUnderlineStyle | "None" | "Single" | "Double"): a boolean and one of those three words,
 *   anything else refused (InvalidArgument); never set, they read as false and "None" (the pages do not say).
 *   excel.conditionalrangeformat "borders: Collection of border objects that apply to the overall conditional format
 *   range." (ExcelApi 1.6); excel.conditionalrangebordercollection "getItem(index): Gets a border object using its name."
 *   with top / bottom / left / right; excel.conditionalrangeborder "color: HTML color code representing the color of the
 *   border line, in the form #RRGGBB", "sideIndex: Constant value that indicates the specific side of the border",
 *   "style: One of the constants of line style specifying the line style for the border" — ConditionalRangeBorderIndex
 *   EdgeTop / EdgeBottom / EdgeLeft / EdgeRight, ConditionalRangeBorderLineStyle None / Continuous / Dash / DashDot /
 *   DashDotDot / Dot: any other index or style refused (InvalidArgument); an edge never set reads as "None", its colour
 *   as null (the pages do not say).
 * TABLES — https://learn.microsoft.com/javascript/api/excel/excel.tablecollection: "add(address, hasHeaders): Creates a
 *   new table. … If the table cannot be added (e.g., because the address is invalid, or the table would overlap with
 *   another table), an error will be thrown." https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables
 *   creates one with `sheet.tables.add("A1:D1", true)` (hasHeaders) and names its columns by setting
 *   `getHeaderRowRange().values`: a header cell's text is its column's name. A table over merged cells is refused: Excel
 *   repairs it away on opening ("Removed Feature: Table from /xl/tables/table.xml part", github.com/ClosedXML/ClosedXML
 *   issues 369; exceljs issues 2234), and merging cells inside one is refused the same. Not imitated, so refused: a
 *   table without headers, a header cell empty or repeated (Excel makes a name up), a header cell emptied or cleared,
 *   rows or columns inserted, deleted, sorted or cut on a sheet with a table, a sheet with a table copied.
 *   https://learn.microsoft.com/javascript/api/excel/excel.table: "showHeaders: Specifies if the header row is visible."
 *   (that line is not in the search corpus; the fake's tables always show it).
 * STRUCTURE — https://learn.microsoft.com/javascript/api/excel/excel.interfaces.workbookprotectiondata "protected:
 *   Specifies if the workbook is protected." (Workbook.protection, ExcelApi 1.7); what it forbids,
 *   https://learn.microsoft.com/office/vba/api/excel.workbook.protectstructure: "True if the order of the sheets in the
 *   workbook is protected", its example: "Remember, you cannot delete, add, or change the location of any sheets in
 *   this workbook." (and Excel's own dialog, Review → Protect Workbook, Structure: sheets cannot be inserted, deleted,
 *   hidden, unhidden or renamed). So worksheets.add, Worksheet.delete and setting a sheet's name or visibility fail at
 *   the sync, the batch's earlier commands done. The error code is not documented: AccessDenied, as for a protected
 *   sheet's contents.
 * NAMES — https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection: "A collection of all the NamedItem
 *   objects that are part of the workbook or worksheet, depending on how it was reached." (Workbook.names the
 *   workbook's, Worksheet.names the sheet's — excel.nameditem's sample loads
 *   `context.workbook.worksheets.getActiveWorksheet().names`); "add(name, reference, comment): Adds a new name to the
 *   collection of the given scope." https://learn.microsoft.com/javascript/api/excel/excel.nameditem: "formula: The
 *   formula of the named item. Formulas always start with an equal sign ("=")." "scope: Specifies if the name is
 *   scoped to the workbook or to a specific worksheet." So a workbook name and a sheet's name may be spelled the
 *   same, and deleting the workbook's leaves the sheet's. Only names that refer to a cell or range are imitated.
 * TYPED — https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 *   "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as
 *   a formula." Strings set through values / formulas are read as if typed: "90%" is a number, a leading
 *   apostrophe keeps the rest as text.
 * ERROR_VALUE — https://learn.microsoft.com/javascript/api/excel/excel.div0errorcellvalue "basicValue: Represents the
 *   value that would be returned by Range.values for a cell with this value." basicValue?: "#DIV/0!" (and so for each
 *   error type): an error cell (a model value { error }) reads through values as its text; a formula is not computed
 *   by the fake, so an error cell comes from the snapshot the fake was made from, as Excel left it.
 * DATE_SYSTEM — https://learn.microsoft.com/javascript/api/excel/excel.functions "date(year, month, day): Returns the
 *   number that represents the date in Microsoft Excel date-time code", year "a number from 1900 or 1904 (depending on
 *   the workbook's date system) to 9999" (Workbook.functions, ExcelApi 1.2; FunctionResult value / error): in the 1904
 *   system 1904-01-01 is 0 (https://learn.microsoft.com/office/vba/api/excel.workbook.date1904 "True if the workbook
 *   uses the 1904 date system"), in the 1900 one 1462. Workbook.use1904DateSystem is preview only ("[API set: ExcelApi
 *   BETA (PREVIEW ONLY)]"): not imitated, so refused.
 * SPECIAL_CELLS — https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells
 *   "The Range.getSpecialCells and Range.getSpecialCellsOrNullObject methods find ranges based on the characteristics of
 *   their cells and the types of values of their cells. Both of these methods return RangeAreas objects"; for
 *   getSpecialCellsOrNullObject "No error, returns isNullObject = true" when no cell matches. SpecialCellType
 *   (excel.specialcelltype) "constants: Cells with constants", "formulas: Cells with formulas"; the other types are
 *   not imitated, so refused. https://learn.microsoft.com/javascript/api/excel/excel.rangeareas [API set: ExcelApi 1.9]
 *   "cellCount: Returns the number of cells in the RangeAreas object, summing up the cell counts of all of the
 *   individual rectangular ranges", "areaCount: Returns the number of rectangular ranges that comprise this RangeAreas
 *   object", "areas: Returns a collection of rectangular ranges that comprise this RangeAreas object".
 * PRINT_AREA — https://learn.microsoft.com/javascript/api/excel/excel.pagelayout "[ API set: ExcelApi 1.9 ]" (Worksheet.
 *   pageLayout); "getPrintAreaOrNullObject(): Gets the RangeAreas object, comprising one or more rectangular ranges,
 *   that represents the print area for the worksheet. If there is no print area, then this method returns an object
 *   with its isNullObject property set to true." https://learn.microsoft.com/javascript/api/excel/excel.rangeareas
 *   "address: Returns the RangeAreas reference in A1-style. Address value will contain the worksheet name for each
 *   rectangular block of cells (e.g., "Sheet1!A1:B4, Sheet1!D1:D4")" — given so, ", " between blocks. Only read: the
 *   adapter never sets one (setPrintArea is refused as unknown). From a snapshot, a sheet's _xlnm.Print_Area name is
 *   its print area, not one of Worksheet.names (no page says Office.js lists it there). Excel moves a print area with
 *   inserted rows and columns; not imitated, so refused on a sheet that has one.
 * SHAPES — https://learn.microsoft.com/javascript/api/excel/excel.worksheet "shapes: Returns the collection of all the
 *   Shape objects on the worksheet." [API set: ExcelApi 1.9]; excel.shapecollection "items: Gets the loaded child items
 *   in this collection." (read before a load and its sync: PropertyNotLoaded, as every collection here);
 *   excel.shape "name: Specifies the name of the shape.", "type: Returns the type of this shape. See Excel.ShapeType
 *   for details."; excel.shapetype: "GeometricShape", "Group", "Image", "Line", "Unsupported" (no "Chart": whether a
 *   chart is listed among the shapes, and as what, no page says — a test that wants one there adds it, so the reader
 *   must not rest on either). Only read: adding, deleting, moving a shape is not imitated (no method, so refused).
 * CHARTS — https://learn.microsoft.com/javascript/api/excel/excel.chartcollection "add(type, sourceData, seriesBy):
 *   Creates a new chart." [ExcelApi 1.1]: a one-column source (all the adapter gives) makes one series of those
 *   values. excel.chart "left: The distance, in points, from the left side of the chart to the worksheet origin.",
 *   "top: Specifies the distance, in points, from the top edge of the object to the top of row 1", "width" / "height":
 *   "Specifies the width / height, in points, of the chart object." [1.1, read and set]; "setPosition(startCell,
 *   endCell): Positions the chart relative to cells on the worksheet." — "startCell: The start cell. This is where the
 *   chart will be moved to."; "endCell: … If specified, the chart's width and height will be set to fully cover up
 *   this cell/range." [1.1]; "title: Represents the title of the specified chart" (ChartTitle.text [1.1]).
 *   excel.chartseriescollection "getCount(): Returns the number of series in the collection." [1.4], "getItemAt(index):
 *   Retrieves a series based on its position in the collection." [1.1] (past the last: InvalidArgument here; which
 *   error, no page says), "add(name): Add a new series to the collection." [1.7]; excel.chartseries "setValues
 *   (sourceData): Sets the values for a series in a chart.", "setXAxisValues(sourceData): Sets the values of the x-axis
 *   for a series in a chart." [1.7], "name: Specifies the name of a series in a chart." [1.1]. A new chart is placed
 *   by setPosition or left / top / width / height; where charts.add alone puts it no page says (reading its place
 *   before: refused). excel.chartseriescollection "items: Gets the loaded child items in this collection." [1.1];
 *   excel.chartseries "delete(): Deletes the chart series." [1.7].
 * CHART_CELLS — a chart moves and sizes with the cells under it. excel.placement "twoCell: The object is moved and sized
 *   with the cells." [ExcelApi 1.9]; ECMA-376 Part 1 §20.5.2.33 twoCellAnchor, editAs: "If this attribute is omitted,
 *   then its default value shall be assumed to be twoCell", and §20.5.3.2 ST_EditAs twoCell: "the current drawing shall
 *   move and resize to maintain its row and column anchors" — the anchor Excel saves a chart with (no editAs). So a
 *   column widened, narrowed, hidden or shown left of a chart moves it; under it, resizes it. Which placement a chart
 *   added by charts.add gets no page says: taken as that default. A column narrowed below the points an edge stood into:
 *   the edge at its right side (on no page).
 * GEOMETRY — excel.range "left: Returns the distance in points, for 100% zoom, from the left edge of the worksheet to
 *   the left edge of the range.", "top" likewise from the top edge, "width" / "height": "… from the left (top) edge of
 *   the range to the right (bottom) edge of the range." [ExcelApi 1.3]. A column never given a width has the standard
 *   8.43 characters ("The default column width is 8.43 characters", Excel's specifications) = 48 pt
 *   (core/plan/columnWidth.ts); every row the default 15 pt ("The default row height is 15 points", same) but one
 *   given its own (ROW_HEIGHT). A hidden column's width in points is on no page found: taken as 0, the room the sheet
 *   shows it (hiddenColumns scenarios pass through it; no test asserts a number that rests on it).
 * API_LEVEL — learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements: an add-in asks
 *   `Office.context.requirements.isSetSupported("ExcelApi", "1.15")` before a member of a set above its manifest's;
 *   OfficeExtension.ErrorCodes "apiNotFound", office_strings "L_ApiNotFoundDetails": "The method or property {0} is
 *   part of the {1} requirement set, which is not available in your version of {2}." `FakeExcel.apiLevel` is the
 *   ExcelApi 1.x the fake's Excel supports (isSetSupported answers by it); a member above it fails its sync with
 *   ApiNotFound. Only the members added with this rule check it (SERIES_SOURCE, SERIES_VALUES, CELL_BORDERS, and
 *   Worksheet.notes / comments' members: hosts63); the older ones are served at any level.
 * CELL_BORDERS — a cell's borders, set as learn.microsoft.com/javascript/api/excel/excel.rangebordercollection shows:
 *   "getItem(index): Gets a border object using its name." (index: excel.borderindex "EdgeTop", "EdgeBottom", "EdgeLeft",
 *   "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp") and excel.rangeborder "style: One of
 *   the constants of line style specifying the line style for the border." (excel.borderlinestyle "None", "Continuous",
 *   "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"), "weight: Specifies the weight of the border around
 *   a range." (excel.borderweight "Hairline", "Thin", "Medium", "Thick"), "color: HTML color code representing the color
 *   of the border line, in the form #RRGGBB" [ExcelApi 1.1]; anything else refused (InvalidArgument). An edge of the
 *   range is drawn on the cells along it (EdgeBottom: the bottom of the range's bottom row, as the file keeps it,
 *   ECMA-376 §18.8.4 border: each cell format's own left, right, top, bottom, diagonal). The inside edges are not
 *   imitated (which of two cells keeps a line between them no page says): refused. Read back only through
 *   excel.range "getCellProperties(cellPropertiesLoadOptions): Returns a 2D array, encapsulating the data for each cell's
 *   font, fill, borders, alignment, and other properties." [ExcelApi 1.9; below it ApiNotFound, RULES: API_LEVEL], whose
 *   format.borders is excel.cellbordercollection "bottom", "diagonalDown", "diagonalUp", "horizontal", "left", "right",
 *   "top", "vertical", each an excel.cellborder with the members asked for (excel.cellpropertiesborderloadoptions:
 *   color, style, tintAndShade, weight). Only format.borders' style, color and weight are imitated (other options
 *   refused); a cell's own edge never drawn reads style "None" (no page says what it reads: "None" is the style of no
 *   line), its color and weight as Excel's default black thin line ("#000000", "Thin", on no page either); a single
 *   cell's "horizontal" and "vertical" (edges inside the cell) read "None". Whether a cell's top reads the line drawn as
 *   the bottom of the cell above it no page says: the fake keeps each line on the cells it was drawn on, and the adapter
 *   counts either (TESTING.md §7). Reading a RangeBorder's own properties is not imitated (refused).
 * SERIES_VALUES — learn.microsoft.com/javascript/api/excel/excel.chartseries "getDimensionValues(dimension): Gets the
 *   values from a single dimension of the chart series. These could be either category values or data values,
 *   depending on the dimension specified and how the data is mapped for the chart series." [API set: ExcelApi 1.12;
 *   below it ApiNotFound, RULES: API_LEVEL], returning `ClientResult<string[]>`; excel.chartseriesdimension
 *   "categories", "values" (also "XValues", "YValues", "BubbleSizes" for scatter and bubble charts, which the fake
 *   does not draw: refused, InvalidArgument). What text a cell's value becomes is on no page: the fake gives a number
 *   as JavaScript writes it (0.85 → "0.85"), text as it is, an empty cell as "", an error by its text; the adapter
 *   compares numbers by value and reads any other form as not understood (by name, as before: summary.ts drawsRun).
 *   A histogram's, Pareto's or box-and-whisker's series (office-js#6143 for their sources): not imitated, refused.
 * SERIES_SOURCE — learn.microsoft.com/javascript/api/excel/excel.chartseries "getDimensionDataSourceString(dimension):
 *   Gets the string representation of the data source of the chart series. The string representation could be
 *   information such as a cell address." and "getDimensionDataSourceType(dimension): Gets the data source type of the
 *   chart series." [API set: ExcelApi 1.15]; excel.chartdatasourcetype "localRange: The data source type of the chart
 *   series is a local range." [1.15]. The fake's series draw only from ranges (charts.add, setValues, setXAxisValues):
 *   type "LocalRange", and the string as the cell address Range.address gives ("Sheet1!A1:B4", excel.range
 *   "address"); that Excel writes exactly this form is on no page, so the adapter reads any other form as unknown.
 *   Dimensions "Values" and "Categories" (excel.chartseriesdimension [1.12]); a series never given the dimension's
 *   range, or another dimension: not imitated, refused. OfficeDev/office-js#6143 and #6160: "We are unable to access
 *   the series source data for the histogram, pareto, and box-and-whisker charts, and an error is being returned
 *   instead" — refused for those chart types (which error code, no page says: GeneralException here).
 *   excel.chart "chartType: Specifies the type of the chart." [ExcelApi 1.7, read and set]; charts.add records its type.
 * SHAPE — Range.values / formulas / numberFormat are set as `any[][]` (learn.microsoft.com/javascript/api/excel/
 *   excel.range "values: … any[][]"; excel-add-ins-ranges-set-get-values sets B5:D5 with the 1×3 array
 *   `[["Potato Chips", 10, 1.80]]`). An array of another size is refused: Microsoft's Excel Services names that refusal
 *   "DimensionAndArrayMismatch: The size of the provided array does not match the size and shape of the destination
 *   range" (learn.microsoft.com/previous-versions/office/developer/sharepoint-2007/ms575980), and VBA gives a larger
 *   range's rest "an error value" (learn.microsoft.com/office/vba/api/excel.range.value) — wrong cells either way.
 *   A single value for a whole range works in Excel (techcommunity.microsoft.com idea 4211172, "runs successfully when
 *   ts-ignore is added") but is not imitated: refused.
 * CELL_LIMITS — tests/host/cellLimits.ts: a cell's text at most 32,767 characters, a formula (a cell's or a rule's)
 *   8,192, a text constant inside a formula 255.
 * SHEET_NAME — [MS-OI29500] 2.1.578 (learn.microsoft.com/openspecs/office_standards/ms-oi29500/ebf12ea5-2bb4-4af5-ab26-
 *   563f22d3f895): "Office requires that the name attribute be less than or equal to 31 characters in length and follow
 *   the character limitations for sheet-name" (no : \ / ? * [ ]), and "Office requires that sheet names are
 *   case-insensitive unique in any locale." worksheets.add and Worksheet.name refuse any other name.
 * LIST_SOURCE — learn.microsoft.com/zh-cn/office/vba/api/excel.validation.add: Formula1 "值不得超过 255 个字符" — the
 *   same list in Excel whichever API sets it; a longer list source is refused.
 * FILL — learn.microsoft.com/javascript/api/excel/excel.rangefill "color: HTML color code representing the color of
 *   the background, in the form #RRGGBB (e.g. "FFA500") or as a named HTML color (e.g. "orange")": a cell's fill is
 *   checked as a rule's colour is (#RRGGBB; a named colour is not imitated).
 */
export const RULES = { payloadBytes: 5_000_000, readCells: 5_000_000, mergedAreas: 512 };

const hostError = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code });

/** What Excel stores for a string written through values / formulas (RULES: TYPED). */
export function typedInto(v: string): { value: CellValue; formula: string | null } {
  if (v.startsWith("'")) return { value: v.slice(1), formula: null };
  if (v.startsWith("=")) return { value: null, formula: v };
  const t = v.trim();
  const number = /^[-+]?[\d,]*\.?\d+(e[-+]?\d+)?$/i.test(t.replace(/,/g, "")) ? Number(t.replace(/,/g, "")) : NaN;
  if (!Number.isNaN(number)) return { value: number, formula: null };
  const percent = /^([-+]?\d*\.?\d+)\s*%$/.exec(t);
  if (percent) return { value: Number(percent[1]) / 100, formula: null };
  if (/^[+-]/.test(v)) return { value: null, formula: `=${v}` };
  const date = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (date)
    return { value: (Date.UTC(+date[1], +date[2] - 1, +date[3]) - Date.UTC(1899, 11, 30)) / 86_400_000, formula: null };
  if (/^(TRUE|FALSE)$/i.test(t)) return { value: /^TRUE$/i.test(t), formula: null };
  return { value: v, formula: null };
}
/** JSON of one Office.js action ({"Id":…,"ActionType":…,"Name":"…","ObjectPathId":…}) and of one object path. */
const ACTION_OVERHEAD = 70;
const PATH_OVERHEAD = 90;
const encoder = new TextEncoder();
/** Sizes are UTF-8 bytes, as on the wire. */
const utf8 = (text: string) => encoder.encode(text).length;

export function modelFromSnapshot(snapshot: WorkbookSnapshot): FakeModel {
  const sheets = snapshot.sheets.map((s) => {
    const cells = new Map<string, FakeCell>();
    s.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = s.formulas?.[r]?.[c] ?? null;
        const numberFormat = s.numberFormats?.[r]?.[c] ?? "General";
        if (value !== null || formula || numberFormat !== "General")
          cells.set(key(r + s.originRow, c + s.originCol), {
            value,
            formula: formula ? `=${formula}` : null,
            numberFormat,
          });
      }),
    );
    const visibility = s.veryHidden ? "VeryHidden" : s.hidden ? "Hidden" : "Visible"; // RULES: VISIBILITY
    return emptySheet(s.name, { cells, merges: [...s.merges], visibility });
  });
  // The snapshot's names that refer to a cell or range (RULES: NAMES), each in its scope.
  const names = new Map<string, { sheet: string; address: string }>();
  for (const n of snapshot.names ?? []) {
    if (n.name.toLowerCase() === "_xlnm.print_area") {
      // RULES: PRINT_AREA.
      const scope = sheets.find((x) => x.name === n.sheet);
      if (scope) scope.printArea = printAreaRanges(n.refersTo);
      continue;
    }
    const ref = /^=?(?:'((?:[^']|'')+)'|([^'!=]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(n.refersTo);
    if (!ref) continue;
    const target = { sheet: ref[1]?.replace(/''/g, "'") ?? ref[2], address: ref[3].replace(/\$/g, "") };
    if (n.sheet === undefined) names.set(n.name, target);
    else {
      const scope = sheets.find((x) => x.name === n.sheet);
      if (scope) (scope.names ??= new Map()).set(n.name, target);
    }
  }
  return { sheets, names, ...(snapshot.date1904 ? { date1904: true } : {}) };
}

/** A name's formula as NamedItem.formula gives it (RULES: NAMES): "='封面'!$B$2", "=#REF!". */
function nameFormula({ sheet, address }: { sheet: string; address: string }): string {
  if (sheet === "#REF!" || address.includes("#REF!")) return "=#REF!";
  return `=${quoteSheetName(sheet)}!${absoluteRef(parseAddress(address))}`;
}

let sheetsMade = 0;

function emptySheet(name: string, extra: Partial<FakeSheet> = {}): FakeSheet {
  const n = ++sheetsMade;
  return {
    name,
    id: `{${n.toString(16).toUpperCase().padStart(8, "0")}-0001-0000-0000-000000000000}`, // RULES: ID
    visibility: "Visible",
    protected: false,
    cells: new Map(),
    merges: [],
    cfs: [],
    charts: [],
    notes: new Map(),
    comments: new Map(),
    validations: new Map(),
    widths: new Map(),
    hiddenColumns: new Set(),
    tables: [],
    ...extra,
  };
}

export class PropertyNotLoadedError extends Error {}

type Resolver = () => unknown;
interface Command {
  /** The object the command acts on (its path is sent once per sync, like Office.js object paths). */
  path: string;
  /** Action name and arguments, as sent. */
  action: string;
  run: () => void;
}

/** Enum values the adapter reads from the global `Excel` namespace. */
export function installExcelGlobals(): void {
  (globalThis as Record<string, unknown>).Excel = {
    SpecialCellType: { formulas: "Formulas", constants: "Constants" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    ConditionalFormatType: { custom: "Custom" },
    ChartType: { columnClustered: "ColumnClustered" },
    ChartSeriesBy: { columns: "Columns" },
    ClearApplyTo: { all: "All", contents: "Contents", formats: "Formats" },
    GroupOption: { byRows: "ByRows", byColumns: "ByColumns" },
  };
}

export class FakeExcel {
  syncs = 0;
  requests: number[] = [];
  responses: number[] = [];
  /** Make the next sync fail like Excel does (e.g. "InvalidOperationInCellEditMode"). */
  failNextSyncWith: string | null = null;
  /**
   * Fault injection: fail the `sync`-th sync from now with `code`, after carrying out the first `after` commands
   * of its batch (Excel runs a batch in order and stops at the failing command; 0 = the request is refused whole).
   */
  failSync: { sync: number; after: number; code: string } | null = null;
  /** Handlers registered on worksheets.onChanged. */
  changedHandlers: ((e: Excel.WorksheetChangedEventArgs) => Promise<unknown>)[] = [];

  /**
   * What Excel tells the handlers when the user changes a sheet: learn.microsoft.com/javascript/api/excel/
   * excel.worksheetchangedeventargs ("changeType: Gets the change type that represents how the changed event is
   * triggered", values of Excel.DataChangeType such as "RowInserted", "RangeEdited"). Only the model's edit is the
   * caller's (e.g. scenarios/excelShift.ts); this says it happened.
   */
  async userChanged(sheet: string, changeType: string, address: string): Promise<void> {
    await this.raiseChanged(sheet, changeType, address, "Unknown");
  }

  /**
   * "worksheetId: Gets the ID of the worksheet in which the data changed." (same page); "triggerSource: Represents the
   * trigger source of the event. For example, identifies whether this local add-in triggers the event." [ExcelApi 1.14;
   * excel.eventtriggersource "thisLocalAddin = "ThisLocalAddin": The event is triggered by the Office JS API of the current
   * add-in.", "unknown = "Unknown""]: absent below 1.14 (RULES: API_LEVEL).
   */
  private async raiseChanged(sheet: string, changeType: string, address: string, trigger: string): Promise<void> {
    const id = this.model.sheets.find((s) => s.name === sheet)?.id ?? sheet;
    const event = {
      changeType,
      address,
      source: "Local",
      type: "WorksheetChanged",
      worksheetId: id,
      ...(this.apiLevel >= 14 ? { triggerSource: trigger } : {}),
    };
    await Promise.all(this.changedHandlers.map((h) => h(event as unknown as Excel.WorksheetChangedEventArgs)));
  }

  /**
   * Cells the add-in's own values / formulas wrote in the sync under way: excel-add-ins-events, "Event triggers": events
   * are triggered by "Office Add-in (JavaScript) code that changes the workbook" too. Told to the handlers once the sync
   * is done (as RangeEdited, one event a write).
   */
  addinWrites: { sheet: string; address: string }[] = [];

  private tellAddinWrites(): void {
    const writes = this.addinWrites;
    this.addinWrites = [];
    if (this.changedHandlers.length === 0) return;
    for (const { sheet, address } of writes) void this.raiseChanged(sheet, "RangeEdited", address, "ThisLocalAddin");
  }

  /** The sheet last activated (Worksheet.activate), null before any. */
  activeSheet: string | null = null;
  /** The range last selected (Range.select: its sheet and A1 address), null before any. */
  selected: { sheet: string; address: string } | null = null;
  /** Payload limits apply (Excel on the web); off = desktop Excel, where only the cell and area rules apply. */
  web = true;
  /** RULES: API_LEVEL: the ExcelApi 1.x this Excel supports (18: current Excel; the manifest declares 13). */
  apiLevel = 18;

  /** Office.context.requirements.isSetSupported as this Excel answers it (RULES: API_LEVEL; ExcelApi only). */
  isSetSupported(set: string, version = "1.1"): boolean {
    return set === "ExcelApi" && Number(version.split(".")[1] ?? 0) <= this.apiLevel;
  }
  private queue: Command[] = [];
  private loads: { node: Node; paths: string[] }[] = [];
  /** While a sync's loads are read (nothing changes the model then): positions of notes / comments, per map. */
  positions: Map<Map<string, string>, string[]> | null = null;
  private nextCf = 1;
  readonly context: Excel.RequestContext;

  constructor(readonly model: FakeModel) {
    const workbook = this.node("workbook", "workbook", () => this.model);
    const application = this.node("application", "application", () => null);
    this.context = { workbook, application, sync: () => this.sync() } as unknown as Excel.RequestContext;
  }

  sheet(name: string): FakeSheet {
    const s = this.model.sheets.find((x) => x.name === name);
    if (!s) throw hostError("ItemNotFound", name); // RULES: SHEET_ITEM
    return s;
  }

  /** The sheet of this name or id (RULES: SHEET_ITEM), or null. */
  sheetByKey(key: string): FakeSheet | null {
    return this.model.sheets.find((x) => x.name === key || x.id === key) ?? null;
  }

  // ───── sync ─────

  /** Counts every sync, even when a test resets `syncs`. */
  private epoch = 0;

  async sync(): Promise<void> {
    this.syncs++;
    this.epoch++;
    // Office.js sends each object path once per request (then refers to it by id) and one action per command.
    const paths = new Set<string>([...this.queue.map((c) => c.path), ...this.loads.map((l) => l.node.path)]);
    const request =
      [...paths].reduce((n, p) => n + utf8(splitMember(p).action) + PATH_OVERHEAD, 0) +
      this.queue.reduce((n, c) => n + utf8(c.action) + ACTION_OVERHEAD, 0) +
      this.loads.reduce((n, l) => n + utf8(l.paths.join(",")) + ACTION_OVERHEAD, 0);
    this.requests.push(request);
    if (this.web && request > RULES.payloadBytes) {
      this.queue = [];
      this.loads = [];
      throw hostError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes`);
    }
    if (this.failSync && --this.failSync.sync === 0) {
      const { after, code } = this.failSync;
      this.failSync = null;
      const queue = this.queue.slice(0, after);
      this.queue = [];
      this.loads = [];
      for (const command of queue) command.run();
      this.tellAddinWrites();
      throw hostError(code, "injected");
    }
    if (this.failNextSyncWith) {
      const code = this.failNextSyncWith;
      this.failNextSyncWith = null;
      this.queue = [];
      this.loads = [];
      throw Object.assign(new Error(code), { code });
    }
    const queue = this.queue;
    const loads = this.loads;
    this.queue = [];
    this.loads = [];
    for (const command of queue) command.run();
    this.tellAddinWrites();
    let response = 0;
    this.positions = new Map();
    try {
      for (const { node, paths } of loads) for (const path of paths) response += this.load(node, path.split("/"));
    } finally {
      this.positions = null;
    }
    this.responses.push(response);
    if (this.web && response > RULES.payloadBytes)
      throw hostError("ResponsePayloadSizeLimitExceeded", `response of ${response} bytes`);
  }

  private load(wrapped: Node, path: string[]): number {
    const node = wrapped.raw; // write the loaded state on the object itself, not through its proxy
    node.synced = true;
    const [head, ...rest] = path;
    const nullObject = node.isNull();
    node.loaded.isNullObject = nullObject;
    if (nullObject) return 20;
    if (head === "items") {
      // Several paths of one load ("items/name,items/visibility") share the same items.
      if (!node.items || node.itemsSync !== this.epoch) node.items = node.makeItems();
      node.itemsSync = this.epoch;
      return node.items.reduce((n, item) => n + (rest.length ? this.load(item, rest) : 2), 0);
    }
    const nav = NAV[node.kind]?.[head];
    if (nav && rest.length) return this.load(node.child(head), rest);
    const value = readProp(this, node, head);
    node.loaded[head] = value;
    return utf8(JSON.stringify(value ?? null)) + head.length + 4;
  }

  // ───── nodes ─────

  node(kind: string, path: string, resolve: Resolver, isNull: () => boolean = () => false): Node {
    return new Node(this, kind, path, resolve, isNull).proxy;
  }

  /** The object a writing method is being called on (WRITING_METHODS): its commands check its sheet's protection. */
  writing: Node | null = null;

  /** Every command queued, as "object.member=value" / "object.method(args)": tests count what a write sends. */
  commands: string[] = [];

  enqueue(describe: string, run: () => void): void {
    this.commands.push(describe);
    // "a.b.c=value" / "a.b.method(args)": the object is everything before the last member at bracket depth 0.
    const split = splitMember(describe);
    const guard = this.writing;
    this.queue.push({
      path: split.path,
      action: split.action,
      run: guard ? () => (refuseProtected(guard), run()) : run,
    });
  }

  queueLoad(node: Node, props: string): void {
    const paths = props
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    this.loads.push({ node, paths });
  }

  newCfId(): number {
    return this.nextCf++;
  }
}

/** Child objects reachable by property (not methods). */
const NAV: Record<string, Record<string, string>> = {
  workbook: {
    worksheets: "worksheets",
    names: "names",
    protection: "workbookProtection",
    functions: "functions",
    styles: "styles",
  },
  style: { font: "styleFont" },
  worksheets: { onChanged: "worksheetsChanged" },
  worksheet: {
    protection: "protection",
    charts: "charts",
    shapes: "shapes",
    notes: "notes",
    comments: "comments",
    tables: "tables",
    names: "sheetNames",
    pageLayout: "pageLayout",
    autoFilter: "autoFilter",
  },
  range: { format: "format", conditionalFormats: "cfs", dataValidation: "dv", sort: "sort" },
  rangeAreas: { areas: "areaColl", conditionalFormats: "cfs", dataValidation: "dv" },
  format: { font: "font", fill: "fill", borders: "cfBorders" },
  cf: { custom: "custom", customOrNullObject: "custom" },
  custom: { rule: "rule", format: "format" },
  chart: { title: "title", series: "seriesColl" },
};

function splitMember(describe: string): { path: string; action: string } {
  let depth = 0;
  let lastDot = -1;
  for (let i = 0; i < describe.length; i++) {
    const ch = describe[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (depth === 0 && ch === ".") lastDot = i;
    else if (depth === 0 && ch === "=") break;
  }
  return lastDot < 0
    ? { path: "", action: describe }
    : { path: describe.slice(0, lastDot), action: describe.slice(lastDot + 1) };
}

/** The fake's own fields, reachable through the proxy (no Office.js object has properties of these names). */
const INTERNAL = new Set([
  "raw",
  "kind",
  "path",
  "resolve",
  "isNull",
  "loaded",
  "synced",
  "child",
  "makeItems",
  "fake",
  "proxy",
  "children",
  "itemsSync",
]);

class Node {
  readonly proxy: Node;
  loaded: Record<string, unknown> = {};
  synced = false;
  items: Node[] | null = null;
  itemsSync = -1;

  get raw(): Node {
    return this;
  }
  private children = new Map<string, Node>();

  constructor(
    readonly fake: FakeExcel,
    readonly kind: string,
    readonly path: string,
    readonly resolve: Resolver,
    readonly isNull: () => boolean,
  ) {
    this.proxy = new Proxy(this, {
      get: (target, prop: string | symbol) => {
        if (typeof prop === "symbol" || prop === "then") return undefined;
        if (prop === "raw") return target;
        if (INTERNAL.has(prop)) {
          const own = (target as unknown as Record<string, unknown>)[prop];
          return typeof own === "function" ? own.bind(target) : own;
        }
        if (prop === "load") return (props: string) => (fake.queueLoad(target, props), target.proxy);
        if (prop === "toJSON") return () => ({});
        if (prop === "context") return fake.context;
        if (prop === "items") {
          if (!target.items) throw new PropertyNotLoadedError(`${target.path}.items was not loaded`);
          return target.items.map((i) => i.proxy);
        }
        const nav = NAV[target.kind]?.[prop];
        if (nav) return target.child(prop).proxy;
        const method = METHODS[target.kind]?.[prop];
        if (method)
          return (...args: unknown[]) => {
            fake.writing = WRITING_METHODS.has(`${target.kind}.${prop}`) ? target : null;
            try {
              return method(target, ...args);
            } finally {
              fake.writing = null;
            }
          };
        if (!target.synced || !(prop in target.loaded))
          throw new PropertyNotLoadedError(`${target.path}.${prop} was not loaded`);
        return target.loaded[prop];
      },
      set: (target, prop: string | symbol, value: unknown) => {
        const name = String(prop);
        fake.enqueue(`${target.path}.${name}=${JSON.stringify(value)}`, () => {
          // A sheet's own name and visibility are the workbook's structure, not its protected contents.
          if (target.kind !== "worksheet") refuseProtected(target);
          writeProp(fake, target, name, value);
        });
        return true;
      },
    });
  }

  child(prop: string): Node {
    let c = this.children.get(prop);
    if (!c) {
      const kind = NAV[this.kind][prop];
      c = childNode(this, kind, prop);
      this.children.set(prop, c);
    }
    return c;
  }

  makeItems(): Node[] {
    return makeItems(this);
  }
}

// ───── what each kind resolves to ─────

interface RangeRef {
  sheet: FakeSheet;
  range: CellRange | null;
}

/** The methods that change a sheet's contents: refused on a protected sheet (refuseProtected). */
const WRITING_METHODS = new Set([
  "range.clear",
  "range.merge",
  "range.unmerge",
  "range.group",
  "range.moveTo",
  "range.insert",
  "range.delete",
  "sort.apply",
  "fill.clear",
  "dv.clear",
  "cfs.add",
  "cf.delete",
  "tables.add",
  "charts.add",
  "chart.delete",
  "notes.add",
  "note.delete",
]);

/**
 * A write to a protected sheet's contents (values, formulas, formats, rules, drop-downs, notes, charts) fails at the
 * sync, as in Excel: learn.microsoft.com/javascript/api/excel/excel.worksheetprotection "protected: Specifies if the
 * worksheet is protected"; learn.microsoft.com/office/vba/api/excel.worksheet.protectcontents "True if the contents
 * of the sheet are protected. This protects the individual cells." Code: OfficeExtension.ErrorCodes accessDenied.
 */
function refuseProtected(node: Node): void {
  let target: unknown;
  try {
    target = node.resolve();
  } catch {
    return; // not there: the command itself says so
  }
  const t = target as { sheet?: FakeSheet; cells?: unknown; protected?: boolean; name?: string } | null;
  const sheet = t && "cells" in t && "protected" in t ? (t as unknown as FakeSheet) : t?.sheet;
  if (sheet?.protected) throw hostError("AccessDenied", `sheet ${sheet.name} is protected`);
}

const rangeNode = (fake: FakeExcel, path: string, resolve: () => RangeRef, isNull: () => boolean = () => false) =>
  fake.node("range", path, resolve, isNull) as unknown as Node;

function wholeSheet(): CellRange {
  return { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
}

function usedRangeOf(sheet: FakeSheet, within: CellRange, valuesOnly: boolean): CellRange | null {
  let r: CellRange | null = null;
  for (const [k, cell] of sheet.cells) {
    if (valuesOnly ? cell.value === null && !cell.formula : false) continue;
    const [row, col] = k.split(",").map(Number);
    if (row < within.top || row > within.bottom || col < within.left || col > within.right) continue;
    r = r
      ? {
          top: Math.min(r.top, row),
          left: Math.min(r.left, col),
          bottom: Math.max(r.bottom, row),
          right: Math.max(r.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  }
  return r;
}

/**
 * An address of the sheet's grid: "Total number of rows and columns on a worksheet | 1,048,576 rows by 16,384 columns"
 * (Excel specifications and limits, support.microsoft.com/office/c13798fc-f1d5-4e73-998d-c02268bc65ae): a cell past
 * row 1048576 or column XFD ("XFE1") is refused.
 */
function parseAddress(address: string): CellRange {
  const rows = /^(\d+):(\d+)$/.exec(address);
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(address);
  const r = rows
    ? { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: 16_383 }
    : cols
      ? { top: 0, left: columnIndex(cols[1]), bottom: 1_048_575, right: columnIndex(cols[2]) }
      : parseA1Range(address.slice(address.lastIndexOf("!") + 1));
  if (!r || r.right > 16_383 || r.bottom > 1_048_575) throw new Error(`InvalidArgument: ${address}`);
  return r;
}

const a1 = (r: CellRange) => `${columnLetters(r.left)}${r.top + 1}:${columnLetters(r.right)}${r.bottom + 1}`;

/** A range argument as "sheet!A1:B2". */
function refOf(range: unknown): string {
  const { sheet, range: r } = (range as Node).resolve() as RangeRef;
  if (!r) throw new Error("fake: a chart's data must be a range (not imitated)");
  const a1 = `${columnLetters(r.left)}${r.top + 1}`;
  const b2 = `${columnLetters(r.right)}${r.bottom + 1}`;
  return `${sheet.name}!${a1 === b2 ? a1 : `${a1}:${b2}`}`;
}

/** A column's width in points (RULES: GEOMETRY): set, or the standard 8.43 characters. */
const STANDARD_COLUMN_POINTS = columnWidthPoints(8.43);
const ROW_POINTS = 15;

/** A column's width in points as the sheet shows it (RULES: GEOMETRY: a hidden one has no room). */
const columnPoints = (sheet: FakeSheet, col: number) =>
  sheet.hiddenColumns.has(col) ? 0 : (sheet.widths.get(col) ?? STANDARD_COLUMN_POINTS);

/** Left, top, width and height of a range in points (RULES: GEOMETRY). */
function boxOf(sheet: FakeSheet, r: CellRange): number[] {
  const width = (col: number) => columnPoints(sheet, col);
  let left = 0;
  for (let c = 0; c < r.left; c++) left += width(c);
  let across = 0;
  for (let c = r.left; c <= r.right; c++) across += width(c);
  const height = (row: number) => sheet.rowHeights?.get(row) ?? ROW_POINTS; // RULES: ROW_HEIGHT
  let top = 0;
  for (const [row, points] of sheet.rowHeights ?? []) if (row < r.top) top += points - ROW_POINTS;
  let down = 0;
  for (let row = r.top; row <= r.bottom; row++) down += height(row);
  return [left, r.top * ROW_POINTS + top, across, down];
}

/**
 * `change` to the sheet's columns (a width set, a column hidden or shown), the placed charts on it moved and sized with
 * their cells (RULES: CHART_CELLS): each side edge held as a column and the points into it before, put back after.
 * Rows: the fake keeps no row heights (RULES: GEOMETRY), so tops and heights stay.
 */
function withChartsOnCells(sheet: FakeSheet, change: () => void): void {
  const edgeAt = (x: number) => {
    let left = 0;
    for (let col = 0; col < 16_384; col++) {
      const width = columnPoints(sheet, col);
      if (x < left + width) return { col, into: x - left };
      left += width;
    }
    return { col: 16_383, into: x - left };
  };
  const xOf = ({ col, into }: { col: number; into: number }) => {
    let left = 0;
    for (let c = 0; c < col; c++) left += columnPoints(sheet, c);
    return left + Math.min(into, columnPoints(sheet, col)); // a column narrowed under an edge: its right side (not on any page)
  };
  const placed = sheet.charts.filter((c) => c.place);
  const edges = placed.map((c) => [edgeAt(c.place![0]), edgeAt(c.place![0] + c.place![2])]);
  change();
  placed.forEach((c, i) => {
    const [from, to] = edges[i].map(xOf);
    c.place = [from, c.place![1], to - from, c.place![3]];
  });
}

/** A chart's series (RULES: CHARTS); its refs follow them. */
type FakeSeries = NonNullable<FakeSheet["charts"][number]["series"]>[number];
const seriesOf = ({ chart }: { chart: FakeSheet["charts"][number] }): FakeSeries[] =>
  (chart.series ??= (chart.refs ?? []).slice(0, 1).map((values): FakeSeries => ({ values })));
const syncRefs = (chart: FakeSheet["charts"][number]) => {
  chart.refs = [...new Set(seriesOf({ chart }).flatMap((s) => [s.x, s.values].filter((r): r is string => !!r)))];
};

/**
 * A series' data source of one dimension (RULES: SERIES_SOURCE): its address, or "LocalRange"; the sync fails with
 * ApiNotFound where the fake's Excel is below ExcelApi 1.15 (RULES: API_LEVEL).
 */
function seriesSource(n: Node, what: "String" | "Type", dimension: unknown): Node {
  const describe = `${n.path}.getDimensionDataSource${what}(${String(dimension)})`;
  n.fake.enqueue(describe, () => {
    if (n.fake.apiLevel < 15)
      throw hostError("ApiNotFound", `ChartSeries.getDimensionDataSource${what} is ExcelApi 1.15 (RULES: API_LEVEL)`);
  });
  const result = n.fake.node("seriesSource", describe, () => {
    const { chart, series } = seriesAt(n);
    if (chart.type !== undefined && ["Histogram", "Pareto", "Boxwhisker"].includes(chart.type))
      throw hostError("GeneralException", `no series source for a ${chart.type} chart (RULES: SERIES_SOURCE)`);
    const ref = dimension === "Values" ? series.values : dimension === "Categories" ? series.x : undefined;
    if (ref === undefined) throw new Error(`fake: the ${String(dimension)} source of this series (not imitated)`);
    return what === "Type" ? "LocalRange" : ref;
  });
  n.fake.queueLoad(result.raw, "value");
  return result;
}

/**
 * What a series draws of one dimension, as text (RULES: SERIES_VALUES); the sync fails with ApiNotFound where the fake's
 * Excel is below ExcelApi 1.12 (RULES: API_LEVEL).
 */
function seriesValues(n: Node, dimension: unknown): Node {
  const describe = `${n.path}.getDimensionValues(${String(dimension)})`;
  n.fake.enqueue(describe, () => {
    if (n.fake.apiLevel < 12)
      throw hostError("ApiNotFound", "ChartSeries.getDimensionValues is ExcelApi 1.12 (RULES: API_LEVEL)");
  });
  const result = n.fake.node("seriesValues", describe, () => {
    const { chart, series } = seriesAt(n);
    if (chart.type !== undefined && ["Histogram", "Pareto", "Boxwhisker"].includes(chart.type))
      throw new Error(`fake: the values of a ${chart.type} chart's series (not imitated)`);
    if (!["Values", "Categories"].includes(dimension as string))
      throw hostError("InvalidArgument", `dimension ${String(dimension)} (RULES: SERIES_VALUES)`);
    const ref = dimension === "Values" ? series.values : series.x;
    if (ref === undefined) throw new Error(`fake: the ${String(dimension)} of this series (not imitated)`);
    const sheet = n.fake.model.sheets.find((s) => s.name === ref.slice(0, ref.lastIndexOf("!")));
    if (!sheet) throw new Error(`fake: a series over ${ref} (not imitated)`);
    const r = parseAddress(ref);
    const out: string[] = [];
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const value = sheet.cells.get(key(row, col))?.value;
        out.push(isErrorValue(value) ? value.error : value === null || value === undefined ? "" : String(value));
      }
    return out;
  });
  n.fake.queueLoad(result.raw, "value");
  return result;
}

/** The series a series node stands for (RULES: CHARTS: past the last, InvalidArgument). */
const seriesAt = (series: Node) => {
  const { holder, index } = series.resolve() as { holder: { chart: FakeSheet["charts"][number] }; index: number };
  const all = seriesOf(holder);
  if (index < 0 || index >= all.length) throw hostError("InvalidArgument", `no series ${index} (RULES: CHARTS)`);
  return { chart: holder.chart, series: all[index] };
};

function childNode(parent: Node, kind: string, prop: string): Node {
  const fake = parent.fake;
  const path = `${parent.path}.${prop}`;
  const res = parent.resolve;
  switch (kind) {
    case "worksheets":
      return fake.node(kind, path, () => fake.model.sheets) as unknown as Node;
    case "cfs":
      return fake.node(kind, path, () => {
        const ref = res() as RangeRef | { sheet: FakeSheet; ranges: CellRange[] };
        return ref;
      }) as unknown as Node;
    case "custom":
      return fake.node(kind, path, res, () => false) as unknown as Node;
    default:
      return fake.node(kind, path, res) as unknown as Node;
  }
}

function makeItems(node: Node): Node[] {
  const fake = node.fake;
  switch (node.kind) {
    case "worksheets":
      // The object is the sheet, whatever it is called later (RULES: ID); a deleted sheet is not found.
      return fake.model.sheets.map(
        (s) =>
          fake.node("worksheet", `sheet(${s.name})`, () => {
            if (!fake.model.sheets.includes(s)) throw new Error(`ItemNotFound: ${s.name}`);
            return s;
          }) as unknown as Node,
      );
    case "cfs": {
      const ref = node.resolve() as RangeRef;
      return ref.sheet.cfs.map(
        (cf) => fake.node("cf", `cf(${cf.id})`, () => ({ sheet: ref.sheet, cf })) as unknown as Node,
      );
    }
    case "charts": {
      const sheet = node.resolve() as FakeSheet;
      return sheet.charts.map(
        (c) => fake.node("chart", `chart(${c.name})`, () => ({ sheet, chart: c })) as unknown as Node,
      );
    }
    case "seriesColl": {
      // RULES: CHARTS: "items: Gets the loaded child items in this collection." Each item is its series, wherever
      // it stands later (one deleted after: InvalidArgument, as getItemAt past the last).
      const holder = node.resolve() as { chart: FakeSheet["charts"][number] };
      return seriesOf(holder).map(
        (series, i) =>
          fake.node("series", `${node.path}.item(${i})`, () => ({
            holder,
            index: seriesOf(holder).indexOf(series),
          })) as unknown as Node,
      );
    }
    case "shapes": {
      // RULES: SHAPES.
      const sheet = node.resolve() as FakeSheet;
      return (sheet.shapes ?? []).map(
        (shape) => fake.node("shape", `shape(${shape.name})`, () => shape) as unknown as Node,
      );
    }
    case "notes": {
      const sheet = node.resolve() as FakeSheet;
      return [...sheet.notes.keys()].map((k) => {
        const [row, col] = k.split(",").map(Number);
        const address = `${columnLetters(col)}${row + 1}`;
        return fake.node("note", `note(${sheet.name}!${address})`, () => ({ sheet, address })) as unknown as Node;
      });
    }
    case "tables": {
      const sheet = node.resolve() as FakeSheet;
      return sheet.tables.map(
        (table) => fake.node("table", `table(${table.name})`, () => ({ sheet, table })) as unknown as Node,
      );
    }
    case "names": // RULES: NAMES
      return [...fake.model.names.keys()].map(
        (name) => fake.node("namedItem", `names.item(${name})`, () => name) as unknown as Node,
      );
    case "sheetNames": {
      const sheet = node.resolve() as FakeSheet;
      return [...(sheet.names?.keys() ?? [])].map(
        (name) =>
          fake.node("sheetName", `${sheet.name}.names.item(${name})`, () => ({ sheet, name })) as unknown as Node,
      );
    }
    case "cfBorders": {
      // RULES: RULE_LOOK (borders): the four edges, in ConditionalRangeBorderIndex's order.
      const { cf } = node.resolve() as { cf?: FakeSheet["cfs"][number] };
      if (!cf) throw new Error("fake: a range's borders (not imitated)");
      return CF_EDGES.map((side) => cfBorder(node, side));
    }
    case "areaColl": {
      const ref = node.resolve() as { sheet: FakeSheet; ranges: CellRange[] };
      return ref.ranges.map((r) => rangeNode(fake, `area(${a1(r)})`, () => ({ sheet: ref.sheet, range: r })));
    }
    default:
      throw new Error(`no items on ${node.kind}`);
  }
}

function readProp(fake: FakeExcel, node: Node, prop: string): unknown {
  const target = node.resolve() as Record<string, unknown>;
  switch (node.kind) {
    case "styleFont": {
      // RULES: NORMAL_STYLE.
      const font = target as unknown as FakeFont;
      if (!(prop in font)) throw new Error(`fake: style.font.${prop} (not imitated)`);
      return font[prop as keyof FakeFont];
    }
    case "worksheet":
      return (target as unknown as FakeSheet)[prop as keyof FakeSheet];
    case "dv": {
      // RULES: VALIDATION. Only lists are modelled.
      const lists = listsOn(target);
      const only = lists.size === 1 ? [...lists][0] : undefined;
      if (prop === "type")
        return lists.size > 1 ? (lists.has(undefined) ? "MixedCriteria" : "Inconsistent") : only ? "List" : "None";
      if (prop === "rule") {
        if (lists.size > 1)
          throw new Error("fake: dataValidation.rule of cells whose validations differ (not imitated)");
        // excel.listdatavalidation: source "a string that contains a comma-separated number, Boolean, or date".
        return only ? { list: { inCellDropDown: true, source: only } } : {};
      }
      throw new Error(`fake: dataValidation.${prop}`);
    }
    case "protection":
      return (target as unknown as FakeSheet).protected;
    case "autoFilter":
      // RULES: ROW_HIDDEN (AutoFilter.enabled); other properties are not read by the adapter.
      if (prop === "enabled") return (target as unknown as FakeSheet).autoFilter !== undefined;
      throw new Error(`fake: autoFilter.${prop}`);
    case "functionResult": {
      // RULES: DATE_SYSTEM.
      // excel.interfaces.functionresultdata: "error: Error value (such as "#DIV/0") representing the error. If the
      // error string is not set, then the function succeeded"; "value: … populated only if no error has occurred".
      const { value } = target as unknown as { value: number };
      const error = fake.model.functionsError ?? null;
      if (prop === "value") return error ? null : value;
      if (prop === "error") return error;
      throw new Error(`fake: functionResult.${prop}`);
    }
    case "workbook":
      // RULES: WORKBOOK_NAME.
      if (prop === "name") return (target as unknown as FakeModel).name ?? "工作簿1";
      throw new Error(`fake: workbook.${prop}`);
    case "workbookProtection":
      // RULES: STRUCTURE.
      if (prop === "protected") return (target as unknown as FakeModel).structureProtected === true;
      throw new Error(`fake: workbook.protection.${prop}`);
    case "range": {
      const { sheet, range } = target as unknown as RangeRef;
      if (!range) return null;
      const grid = <T>(f: (c: FakeCell | undefined) => T) => {
        const out: T[][] = [];
        for (let r = range.top; r <= range.bottom; r++) {
          const row: T[] = [];
          for (let c = range.left; c <= range.right; c++) row.push(f(sheet.cells.get(key(r, c))));
          out.push(row);
        }
        return out;
      };
      const cells = (range.bottom - range.top + 1) * (range.right - range.left + 1);
      if ((prop === "values" || prop === "numberFormat" || prop === "formulas") && cells > RULES.readCells)
        throw hostError("ResponsePayloadSizeLimitExceeded", `${cells} cells read at once (RULES: READ_CELLS)`);
      // RULES: ERROR_VALUE.
      if (prop === "values") return grid((c) => (isErrorValue(c?.value) ? c.value.error : (c?.value ?? "")));
      if (prop === "numberFormat") return grid((c) => c?.numberFormat ?? "General");
      if (prop === "formulas")
        return grid((c) => c?.formula ?? (isErrorValue(c?.value) ? c.value.error : (c?.value ?? "")));
      if (prop === "rowIndex") return range.top;
      if (prop === "columnIndex") return range.left;
      if (prop === "rowCount") return range.bottom - range.top + 1;
      if (prop === "columnCount") return range.right - range.left + 1;
      if (prop === "address") return `${sheet.name}!${a1(range)}`;
      const box = ["left", "top", "width", "height"].indexOf(prop);
      if (box >= 0) return boxOf(sheet, range)[box];
      if (prop === "columnHidden") {
        // RULES: HIDDEN ("all columns of the current range"): true when all are, false when none, null otherwise.
        const hidden = new Set<boolean>();
        for (let c = range.left; c <= range.right; c++) hidden.add(sheet.hiddenColumns.has(c));
        return hidden.size === 1 ? [...hidden][0] : null;
      }
      if (prop === "rowHidden") {
        // RULES: ROW_HIDDEN: true when all rows are, false when none, null otherwise.
        const hidden = new Set<boolean>();
        for (let r = range.top; r <= range.bottom; r++) hidden.add(sheet.hiddenRows?.has(r) === true);
        return hidden.size === 1 ? [...hidden][0] : null;
      }
      throw new Error(`fake: range.${prop}`);
    }
    case "rangeAreas": {
      const { sheet, ranges, merged, printArea } = target as unknown as {
        sheet: FakeSheet;
        ranges: CellRange[];
        merged?: boolean;
        printArea?: boolean;
      };
      if (merged && ranges.length > RULES.mergedAreas)
        throw hostError("GeneralException", `${ranges.length} merged areas in one range (RULES: MERGED_AREAS)`);
      if (prop === "address") return ranges.map((r) => `${sheet.name}!${a1(r)}`).join(printArea ? ", " : ",");
      // RULES: SPECIAL_CELLS.
      if (prop === "cellCount") return ranges.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
      if (prop === "areaCount") return ranges.length;
      throw new Error(`fake: rangeAreas.${prop}`);
    }
    case "format": {
      // RULES: WIDTH. RangeFormat.useStandardWidth (ExcelApi 1.7, https://learn.microsoft.com/javascript/api/excel/
      // excel.rangeformat#excel-excel-rangeformat-usestandardwidth-member): "Returns true if the column width of the Range
      // object equals the standard width of the sheet. Returns null if the range contains more than one column and the
      // columns aren't all the same height. Returns false otherwise." A column never given a width has the standard one.
      const { sheet, range, cf } = target as unknown as RangeRef & { cf?: unknown };
      if (!cf && range && (prop === "useStandardHeight" || prop === "rowHeight")) {
        // RULES: ROW_HEIGHT: null where the rows' heights differ.
        const heights = new Set<number>();
        for (let r = range.top; r <= range.bottom; r++) heights.add(sheet.rowHeights?.get(r) ?? ROW_POINTS);
        if (heights.size > 1) return null;
        return prop === "rowHeight" ? [...heights][0] : [...heights][0] === ROW_POINTS;
      }
      if (cf || !range || prop !== "useStandardWidth") throw new Error(`fake: format.${prop}`);
      // A hidden column's answer is on no page (RULES: HIDDEN): the width it kept, which lets a width set be tried.
      const standard = new Set<boolean>();
      for (let c = range.left; c <= range.right; c++) standard.add(!sheet.widths.has(c));
      return standard.size === 1 ? [...standard][0] : null;
    }
    case "cfBorder": {
      // RULES: CELL_BORDERS: a range's border is read through getCellProperties only.
      if (!(target as { cf?: unknown }).cf) throw new Error(`fake: RangeBorder.${prop} read (not imitated)`);
      // RULES: RULE_LOOK (borders).
      const { cf, side } = target as unknown as { cf: FakeSheet["cfs"][number]; side: string };
      const edge = cf.borders?.[side];
      if (prop === "sideIndex") return side;
      if (prop === "style") return edge?.style ?? "None";
      if (prop === "color") return edge?.color ?? null;
      throw new Error(`fake: cfBorder.${prop}`);
    }
    case "fill":
    case "font": {
      const { sheet, range, cf } = target as unknown as RangeRef & { cf?: FakeSheet["cfs"][number] };
      if (cf) {
        // RULES: RULE_LOOK.
        const look: Record<string, unknown> = {
          "fill.color": cf.fill ?? null,
          "font.color": cf.font ?? null,
          "font.bold": cf.bold === true,
          "font.italic": cf.italic === true,
          "font.underline": cf.underline ?? "None",
          "font.strikethrough": cf.strikethrough === true,
        };
        const k = `${node.kind}.${prop}`;
        if (!(k in look)) throw new Error(`fake: ${k} of a conditional format (not imitated)`);
        return look[k];
      }
      // RULES: LOOK.
      if (!range) throw new Error(`fake: ${node.kind}.${prop} of no range`);
      const look = `${node.kind}.${prop}`;
      const normal = fake.model.normalFont ?? NORMAL_FONT;
      // A cell's own look, else the Normal style's (RULES: NORMAL_STYLE); no fill reads "#FFFFFF".
      const lookOf: Record<string, (cell: FakeCell | undefined) => string | boolean> = {
        "fill.color": (cell) => cell?.fill ?? "#FFFFFF",
        "font.color": (cell) => cell?.fontColor ?? normal.color,
        "font.bold": (cell) => cell?.bold ?? normal.bold,
        "font.italic": (cell) => cell?.italic ?? normal.italic,
        "font.strikethrough": (cell) => cell?.strikethrough ?? normal.strikethrough,
        "font.underline": (cell) => cell?.underline ?? normal.underline,
      };
      const of = lookOf[look];
      if (!of) throw new Error(`fake: ${look}`);
      const seen = new Set<string | boolean>();
      for (let r = range.top; r <= range.bottom; r++)
        for (let c = range.left; c <= range.right; c++) seen.add(of(sheet.cells.get(key(r, c))));
      return seen.size === 1 ? [...seen][0] : null;
    }
    case "namedItem":
    case "sheetName": {
      // RULES: NAMES.
      const { sheet, name } =
        node.kind === "sheetName"
          ? (target as unknown as { sheet: FakeSheet; name: string })
          : { sheet: null, name: target as unknown as string };
      const refers = sheet ? sheet.names?.get(name) : fake.model.names.get(name);
      if (!refers) throw new Error(`ItemNotFound: name ${name}`);
      if (prop === "name") return name;
      if (prop === "formula") return nameFormula(refers);
      throw new Error(`fake: namedItem.${prop}`);
    }
    case "table": {
      // RULES: TABLES.
      const { table } = target as unknown as { table: FakeSheet["tables"][number] };
      if (prop === "name") return table.name;
      if (prop === "showHeaders") return true;
      throw new Error(`fake: table.${prop}`);
    }
    case "cf":
      if (prop === "type") return "Custom";
      throw new Error(`fake: cf.${prop}`);
    case "rule":
      return (target as unknown as { cf: { formula: string } }).cf.formula;
    case "chart": {
      // RULES: CHARTS.
      const { chart } = target as unknown as { chart: FakeSheet["charts"][number] };
      if (prop === "name") return chart.name;
      if (prop === "chartType") {
        if (chart.type === undefined)
          throw new Error("fake: the type of a chart not added by charts.add (not imitated)");
        return chart.type;
      }
      const i = ["left", "top", "width", "height"].indexOf(prop);
      if (i < 0) throw new Error(`fake: chart.${prop}`);
      if (!chart.place) throw new Error("fake: the place of a chart never positioned (not imitated)");
      return chart.place[i];
    }
    case "series": {
      // RULES: CHARTS: "name: Specifies the name of a series in a chart." [1.1]; the name Excel gives a series never
      // named is on no page: not imitated.
      const { series } = seriesAt(node);
      if (prop !== "name") throw new Error(`fake: series.${prop}`);
      if (series.name === undefined) throw new Error("fake: the name of a series never named (not imitated)");
      return series.name;
    }
    case "title":
      if (prop === "text") return (target as unknown as { chart: { title?: string } }).chart.title ?? "";
      throw new Error(`fake: chart.title.${prop}`);
    case "shape": {
      // RULES: SHAPES.
      const shape = target as unknown as NonNullable<FakeSheet["shapes"]>[number];
      if (prop === "name" || prop === "type") return shape[prop];
      throw new Error(`fake: shape.${prop}`);
    }
    case "count":
    case "seriesSource":
    case "seriesValues":
    case "cellProperties":
      if (prop === "value") return node.resolve();
      throw new Error(`fake: ${node.kind}.${prop}`);
    case "comment": {
      // RULES: COMMENTS.
      const { sheet, address } = target as unknown as { sheet: FakeSheet; address: string };
      const r = parseAddress(address);
      const text = sheet.comments.get(key(r.top, r.left));
      if (text === undefined) throw hostError("ItemNotFound", `no comment at ${address}`);
      if (prop === "content") return text;
      throw new Error(`fake: comment.${prop}`);
    }
    case "note": {
      // RULES: NOTE_READ.
      const { sheet, address } = target as unknown as { sheet: FakeSheet; address: string };
      const r = parseAddress(address);
      const text = sheet.notes.get(key(r.top, r.left));
      if (text === undefined) throw hostError("ItemNotFound", `no note at ${address}`);
      if (prop === "content") return text;
      throw new Error(`fake: note.${prop}`);
    }
    default:
      throw new Error(`fake: ${node.kind}.${prop}`);
  }
  void fake;
}

function writeProp(fake: FakeExcel, node: Node, prop: string, value: unknown): void {
  const target = node.resolve();
  const eachCell = (ref: RangeRef, f: (cell: FakeCell, i: number, j: number) => void) => {
    const r = ref.range as CellRange;
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const k = key(row, col);
        const cell = ref.sheet.cells.get(k) ?? { value: null, formula: null, numberFormat: "General" };
        f(cell, row - r.top, col - r.left);
        ref.sheet.cells.set(k, cell);
      }
  };
  switch (`${node.kind}.${prop}`) {
    case "worksheet.visibility":
      if (value !== (target as FakeSheet).visibility) refuseStructure(fake, "a sheet hidden or shown");
      (target as FakeSheet).visibility = value as FakeSheet["visibility"];
      return;
    case "worksheet.name": {
      const sheet = target as FakeSheet;
      const to = String(value);
      if (to !== sheet.name) refuseStructure(fake, "a sheet renamed");
      const refused = renameRefusal(
        to,
        fake.model.sheets.filter((x) => x !== sheet).map((x) => x.name),
      ); // RULES: RENAME
      if (refused) throw hostError("InvalidArgument", refused);
      const from = sheet.name;
      sheet.name = to;
      for (const other of fake.model.sheets) {
        for (const cell of other.cells.values())
          if (cell.formula) cell.formula = renameInFormula(cell.formula, from, to);
        for (const cf of other.cfs) cf.formula = renameInFormula(cf.formula, from, to);
      }
      for (const named of fake.model.names.values()) if (named.sheet === from) named.sheet = to;
      // A chart's series read the renamed sheet by its new name, as its formulas do (RENAME; Apache POI's imitation of
      // Excel, XSSFFormulaUtils.updateSheetName: "Update sheet name in all charts, formulas and named ranges").
      const follow = (ref: string | undefined) =>
        ref !== undefined && ref.slice(0, ref.lastIndexOf("!")) === from
          ? `${to}${ref.slice(ref.lastIndexOf("!"))}`
          : ref;
      for (const other of fake.model.sheets)
        for (const chart of other.charts) {
          if (chart.refs) chart.refs = chart.refs.map((r) => follow(r) as string);
          for (const series of chart.series ?? []) {
            series.values = follow(series.values);
            series.x = follow(series.x);
          }
        }
      return;
    }
    case "range.values":
    case "range.formulas":
      refuseShape(target as RangeRef, value, prop); // RULES: SHAPE
      for (const v of (value as unknown[][]).flat())
        if (typeof v === "string") {
          // RULES: CELL_LIMITS.
          const refused = v.startsWith("=") ? formulaRefusal(v) : textRefusal(v);
          if (refused) throw hostError("InvalidArgument", refused);
        }
      headerWrite(target as RangeRef, value as unknown[][]); // RULES: TABLES
      if ((target as RangeRef).range)
        fake.addinWrites.push({
          sheet: (target as RangeRef).sheet.name,
          address: rangeToA1((target as RangeRef).range as CellRange),
        });
      return eachCell(target as RangeRef, (cell, i, j) => {
        const v = (value as unknown[][])[i][j];
        if (typeof v === "string" && v !== "") {
          const typed = typedInto(v); // RULES: TYPED
          cell.formula = typed.formula;
          cell.value = typed.value; // a formula is not calculated by the fake
        } else {
          cell.formula = null;
          cell.value = v === "" ? null : (v as CellValue);
        }
      });
    case "range.numberFormat": {
      // RULES: NULL_IN_ARRAY.
      if (!Array.isArray(value)) throw hostError("InvalidArgument", "numberFormat is set as a 2-D array");
      refuseShape(target as RangeRef, value, prop); // RULES: SHAPE
      return eachCell(target as RangeRef, (cell, i, j) => {
        const format = (value as (string | null)[][])[i][j];
        if (format !== null) cell.numberFormat = format === "" ? "General" : format;
      });
    }
    case "font.bold":
    case "font.italic": {
      const t = target as RangeRef & { cf?: FakeSheet["cfs"][number] };
      if (t.cf) {
        // RULES: RULE_LOOK.
        if (typeof value !== "boolean") throw hostError("InvalidArgument", `${prop} is a boolean`);
        t.cf[prop as "bold" | "italic"] = value;
        return;
      }
      // RULES: LOOK (bold, italic: booleans).
      if (typeof value !== "boolean") throw hostError("InvalidArgument", `${prop} is a boolean`);
      return eachCell(t, (cell) => (cell[prop as "bold" | "italic"] = value));
    }
    case "font.underline":
    case "font.strikethrough": {
      const t = target as RangeRef & { cf?: FakeSheet["cfs"][number] };
      if (!t.cf) {
        // RULES: LOOK (strikethrough: a boolean; underline: one of RangeUnderlineStyle's five words).
        if (prop === "strikethrough" ? typeof value !== "boolean" : !UNDERLINES.includes(value as string))
          throw hostError("InvalidArgument", `${prop}: ${JSON.stringify(value)}`);
        return eachCell(t, (cell) => {
          if (prop === "strikethrough") cell.strikethrough = value as boolean;
          else cell.underline = value as string;
        });
      }
      // RULES: RULE_LOOK.
      if (prop === "strikethrough") {
        if (typeof value !== "boolean") throw hostError("InvalidArgument", "strikethrough is a boolean");
        t.cf.strikethrough = value;
      } else {
        if (value !== "None" && value !== "Single" && value !== "Double")
          throw hostError("InvalidArgument", `underline is "None", "Single" or "Double", not ${JSON.stringify(value)}`);
        t.cf.underline = value;
      }
      return;
    }
    case "cfBorder.style":
    case "cfBorder.color":
    case "cfBorder.weight": {
      if (!(target as { cf?: unknown }).cf) {
        // RULES: CELL_BORDERS.
        const ref = target as RangeRef & { side: string };
        if (prop === "color") return drawBorder(ref, { color: ruleColour(value) });
        const allowed = prop === "style" ? BORDER_STYLES : BORDER_WEIGHTS;
        if (typeof value !== "string" || !allowed.includes(value))
          throw hostError("InvalidArgument", `a border's ${prop} is one of ${allowed.join(", ")}`);
        return drawBorder(ref, { [prop]: value });
      }
      // RULES: RULE_LOOK (borders).
      if (prop === "weight") throw new Error("fake: a conditional format's border weight (not imitated)");
      const { cf, side } = target as { cf: FakeSheet["cfs"][number]; side: string };
      const edge = ((cf.borders ??= {})[side] ??= { style: "None" });
      if (prop === "color") edge.color = ruleColour(value);
      else if (typeof value === "string" && CF_BORDER_STYLES.includes(value)) edge.style = value;
      else
        throw hostError(
          "InvalidArgument",
          `a conditional format's border style is one of ${CF_BORDER_STYLES.join(", ")}`,
        );
      return;
    }
    case "fill.color": {
      const t = target as RangeRef & { cf?: FakeSheet["cfs"][number] };
      if (t.cf) t.cf.fill = ruleColour(value);
      else {
        ruleColour(value); // RULES: FILL (the colour kept as set, as before)
        eachCell(t, (cell) => (cell.fill = value as string));
      }
      return;
    }
    case "font.color": {
      const t = target as { cf?: FakeSheet["cfs"][number] };
      if (t.cf) {
        t.cf.font = ruleColour(value);
        return;
      }
      // RULES: LOOK (font colour): "#RRGGBB" only, as ruleColour takes a rule's (a named colour is not imitated).
      const rgb = ruleColour(value);
      return eachCell(t as RangeRef, (cell) => (cell.fontColor = rgb));
    }
    case "rule.formula": {
      const refused = formulaRefusal(String(value)); // RULES: CELL_LIMITS
      if (refused) throw hostError("InvalidArgument", refused);
      (target as { cf: { formula: string } }).cf.formula = String(value).replace(/^=/, "");
      return;
    }
    case "range.rowHidden": {
      // RULES: ROW_HIDDEN.
      const { sheet, range } = target as RangeRef;
      if (typeof value !== "boolean") throw hostError("InvalidArgument", "rowHidden is a boolean");
      if (sheet.autoFilter) throw new Error("fake: rows hidden by hand under a filter (not imitated)");
      const hidden = (sheet.hiddenRows ??= new Set());
      for (let row = (range as CellRange).top; row <= (range as CellRange).bottom; row++)
        if (value) hidden.add(row);
        else hidden.delete(row);
      return;
    }
    case "range.columnHidden": {
      // RULES: HIDDEN; the charts over the columns with them (RULES: CHART_CELLS).
      const { sheet, range } = target as RangeRef;
      if (typeof value !== "boolean") throw hostError("InvalidArgument", "columnHidden is a boolean");
      withChartsOnCells(sheet, () => {
        for (let col = (range as CellRange).left; col <= (range as CellRange).right; col++)
          if (value) sheet.hiddenColumns.add(col);
          else sheet.hiddenColumns.delete(col);
      });
      return;
    }
    case "format.rowHeight": {
      // RULES: ROW_HEIGHT.
      const { sheet, range } = target as RangeRef;
      if (typeof value !== "number" || !(value >= 0 && value <= 409))
        throw hostError("InvalidArgument", "rowHeight is a number of points, 0 to 409");
      const heights = (sheet.rowHeights ??= new Map());
      for (let row = (range as CellRange).top; row <= (range as CellRange).bottom; row++) heights.set(row, value);
      return;
    }
    case "format.columnWidth": {
      const { sheet, range } = target as RangeRef;
      const r = range as CellRange;
      // Whether a width set shows a hidden column again is on no page (RULES: HIDDEN): refused, as not imitated.
      for (let col = r.left; col <= r.right; col++)
        if (sheet.hiddenColumns.has(col)) throw new Error("fake: a hidden column's width (not imitated)");
      // RULES: WIDTH; the charts over the columns with them (RULES: CHART_CELLS).
      withChartsOnCells(sheet, () => {
        for (let col = r.left; col <= r.right; col++) sheet.widths.set(col, value as number);
      });
      return;
    }
    case "title.text":
      (target as { chart: { title?: string } }).chart.title = value as string;
      return;
    case "series.name":
      seriesAt(node).series.name = value as string;
      return;
    case "chart.left":
    case "chart.top":
    case "chart.width":
    case "chart.height": {
      // RULES: CHARTS (set in points; a chart never placed has no place to change one side of: not imitated).
      const { chart } = target as { chart: FakeSheet["charts"][number] };
      if (!chart.place) throw new Error("fake: one side of a chart never positioned (not imitated)");
      chart.place[["left", "top", "width", "height"].indexOf(prop)] = value as number;
      return;
    }
    case "chart.name":
      (target as { chart: { name: string } }).chart.name = value as string;
      return;
    case "chart.chartType":
      (target as { chart: { type?: string } }).chart.type = value as string;
      return;
    case "dv.rule": {
      // RULES: VALIDATION.
      const rule = value as { list?: { source?: unknown; inCellDropDown?: unknown } } | null;
      if (!rule || typeof rule !== "object" || Object.keys(rule).length !== 1 || !rule.list)
        throw new Error("fake: a data validation rule other than one list (not imitated)");
      const source = rule.list.source;
      if (typeof source !== "string" || source.trim() === "")
        throw hostError(
          "InvalidArgument",
          "a list's source is a non-empty comma-separated string (a Range: not imitated)",
        );
      if (source.length > 255) throw hostError("InvalidArgument", `a list source of ${source.length} characters`); // RULES: LIST_SOURCE
      if (rule.list.inCellDropDown !== undefined && typeof rule.list.inCellDropDown !== "boolean")
        throw hostError("InvalidArgument", "inCellDropDown is a boolean");
      if ([...listsOn(target)].some((list) => list !== undefined))
        throw hostError("InvalidArgument", "a rule set over cells that have data validation: clear() it first");
      const { sheet, ranges } = areasOf(target);
      for (const r of ranges)
        for (let row = r.top; row <= r.bottom; row++)
          for (let col = r.left; col <= r.right; col++) sheet.validations.set(key(row, col), source);
      return;
    }
    default:
      throw new Error(`fake: cannot set ${node.kind}.${prop}`);
  }
  void fake;
}

/** ConditionalRangeBorderIndex and ConditionalRangeBorderLineStyle (RULES: RULE_LOOK, borders). */
const CF_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
const CF_BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot"];

/** One edge of a conditional format's borders, or of a range's (RULES: CELL_BORDERS): getItem(side), or an item. */
function cfBorder(borders: Node, side: string): Node {
  return borders.fake.node("cfBorder", `${borders.path}.getItem(${side})`, () => {
    const target = borders.resolve() as { cf?: unknown };
    if (!target.cf) {
      // RULES: CELL_BORDERS: excel.borderindex; the inside edges are not imitated.
      if (!BORDER_INDEX.includes(side)) throw hostError("InvalidArgument", `no border ${side}`);
      if (!(side in CELL_EDGE)) throw new Error(`fake: a range's ${side} (not imitated)`);
      return { ...target, side };
    }
    if (!CF_EDGES.includes(side)) throw hostError("InvalidArgument", `no conditional-format border ${side}`);
    return { ...target, side };
  }) as unknown as Node;
}

/** RULES: CELL_BORDERS: excel.borderindex, and the cell edge (excel.cellbordercollection) each outer one draws. */
const BORDER_INDEX = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];
const CELL_EDGE: Record<string, string> = {
  EdgeTop: "top",
  EdgeBottom: "bottom",
  EdgeLeft: "left",
  EdgeRight: "right",
  DiagonalDown: "diagonalDown",
  DiagonalUp: "diagonalUp",
};
/** RULES: CELL_BORDERS: excel.borderlinestyle and excel.borderweight. */
const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];
/** A single cell's edges as getCellProperties gives them (excel.cellbordercollection), in its order. */
const CELL_BORDER_KEYS = ["bottom", "diagonalDown", "diagonalUp", "horizontal", "left", "right", "top", "vertical"];

/**
 * A range's borders drawn (RULES: CELL_BORDERS): the line set on each cell along the edge (EdgeBottom: the range's
 * bottom row; a diagonal: every cell).
 */
function drawBorder(ref: RangeRef & { side: string }, set: { style?: string; color?: string; weight?: string }): void {
  const r = ref.range as CellRange;
  const edge = CELL_EDGE[ref.side];
  const on = (row: number, col: number) =>
    ref.side === "EdgeTop"
      ? row === r.top
      : ref.side === "EdgeBottom"
        ? row === r.bottom
        : ref.side === "EdgeLeft"
          ? col === r.left
          : ref.side === "EdgeRight"
            ? col === r.right
            : true;
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) {
      if (!on(row, col)) continue;
      const k = key(row, col);
      const cell = ref.sheet.cells.get(k) ?? { value: null, formula: null, numberFormat: "General" };
      const borders = (cell.borders = { ...cell.borders });
      borders[edge] = { ...(borders[edge] ?? { style: "None" }), ...set };
      if (borders[edge].style === "None") delete borders[edge];
      if (Object.keys(borders).length === 0) delete cell.borders;
      ref.sheet.cells.set(k, cell);
    }
}

/** getCellProperties' answer for a range (RULES: CELL_BORDERS): each cell's format.borders, the members asked for. */
function cellProperties(ref: RangeRef, options: unknown): unknown[][] {
  const o = options as { format?: { borders?: Record<string, unknown> } } | undefined;
  const asked = o?.format?.borders;
  const keys = asked ? Object.keys(asked).filter((k) => asked[k] === true) : [];
  if (
    !o ||
    Object.keys(o).join() !== "format" ||
    Object.keys(o.format!).join() !== "borders" ||
    keys.length === 0 ||
    keys.some((k) => k !== "style" && k !== "color" && k !== "weight")
  )
    throw new Error(`fake: getCellProperties(${JSON.stringify(options)}) (only format.borders' style, color, weight)`);
  const r = ref.range as CellRange;
  const out: unknown[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: unknown[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const own = ref.sheet.cells.get(key(row, col))?.borders ?? {};
      const borders: Record<string, Record<string, string>> = {};
      for (const edge of CELL_BORDER_KEYS) {
        const drawn = own[edge];
        const full = {
          style: drawn?.style ?? "None",
          color: drawn?.color ?? "#000000",
          weight: drawn?.weight ?? "Thin",
        };
        borders[edge] = Object.fromEntries(keys.map((k) => [k, full[k as keyof typeof full]]));
      }
      line.push({ format: { borders } });
    }
    out.push(line);
  }
  return out;
}

/** A conditional format's colour as set (RULES: RULE_LOOK): #RRGGBB, kept upper-case as Excel gives colours back. */
function ruleColour(value: unknown): string {
  if (typeof value !== "string") throw hostError("InvalidArgument", "a colour is a string");
  if (!/^#[0-9A-Fa-f]{6}$/.test(value)) throw new Error(`fake: the colour ${value} (only #RRGGBB is imitated)`);
  return value.toUpperCase();
}

/** RULES: SHAPE: a 2-D array the size of the range, row by row. */
function refuseShape(ref: RangeRef, value: unknown, prop: string): void {
  const r = ref.range as CellRange;
  const height = r.bottom - r.top + 1;
  const width = r.right - r.left + 1;
  if (!Array.isArray(value)) throw new Error(`fake: ${prop} set as one value for a range (not imitated)`);
  if (value.length !== height || value.some((row) => !Array.isArray(row) || row.length !== width))
    throw hostError(
      "InvalidArgument",
      `${prop}: the array's size does not match the range's (${height}×${width}, RULES: SHAPE)`,
    );
}

/** A change of the workbook's sheets, refused while its structure is protected (RULES: STRUCTURE). */
function refuseStructure(fake: FakeExcel, what: string): void {
  if (fake.model.structureProtected) throw hostError("AccessDenied", `${what}: the workbook's structure is protected`);
}

/** The tables of a sheet the range meets. */
const tablesMet = (sheet: FakeSheet, r: CellRange) => sheet.tables.filter((t) => meetsAny(r, [t.range]));

/**
 * Text written into a table's header cells names their columns (RULES: TABLES): a non-empty text no other column of
 * the table has. Anything else is refused (Excel would make a name up: not imitated).
 */
function headerWrite({ sheet, range }: RangeRef, values: unknown[][]): void {
  const r = range as CellRange;
  for (const t of tablesMet(sheet, r)) {
    const row = t.range.top;
    if (row < r.top || row > r.bottom) continue;
    const names = new Map<number, unknown>();
    for (let col = t.range.left; col <= t.range.right; col++) names.set(col, sheet.cells.get(key(row, col))?.value);
    for (let col = Math.max(r.left, t.range.left); col <= Math.min(r.right, t.range.right); col++)
      names.set(col, values[row - r.top][col - r.left]);
    const written = [...names.values()];
    if (
      written.some((v) => typeof v !== "string" || v === "" || v.startsWith("=")) ||
      new Set(written).size < names.size
    )
      throw new Error(`fake: a header cell of table ${t.name} emptied, made a formula or repeated (not imitated)`);
  }
}

/** Refused on a sheet with a table (RULES: TABLES: not imitated). */
function noTables(sheet: FakeSheet, what: string): void {
  if (sheet.tables.length > 0) throw new Error(`fake: ${what} on a sheet with a table (not imitated)`);
  if (sheet.autoFilter) throw new Error(`fake: ${what} on a filtered sheet (not imitated)`);
  // RULES: ROW_HIDDEN.
  if (sheet.hiddenRows?.size) throw new Error(`fake: ${what} on a sheet with hidden rows (not imitated)`);
  // RULES: ROW_HEIGHT.
  if (sheet.rowHeights?.size) throw new Error(`fake: ${what} on a sheet with row heights set (not imitated)`);
  // RULES: OUTLINE.
  if (sheet.outlineLevels?.size) throw new Error(`fake: ${what} on a sheet with grouped rows (not imitated)`);
}

let tablesMade = 0;

type Method = (node: Node, ...args: unknown[]) => unknown;

/** The lists the cells of a range (or of a RangeAreas' ranges) carry, undefined for a cell without one (VALIDATION). */
function listsOn(target: unknown): Set<string | undefined> {
  const { sheet, ranges } = areasOf(target);
  const lists = new Set<string | undefined>();
  for (const r of ranges)
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) lists.add(sheet.validations.get(key(row, col)));
  return lists;
}

/** A range or a multi-area range, as its sheet and list of ranges. */
function areasOf(target: unknown): { sheet: FakeSheet; ranges: CellRange[] } {
  const t = target as RangeRef & { ranges?: CellRange[] };
  return { sheet: t.sheet, ranges: t.ranges ?? [t.range as CellRange] };
}

const METHODS: Record<string, Record<string, Method>> = {
  // RULES: DATE_SYSTEM. Only DATE; the workbook's other functions are not imitated.
  functions: {
    date: (n, year, month, day) =>
      n.fake.node("functionResult", `${n.path}.date(${String(year)},${String(month)},${String(day)})`, () => {
        const days = (from: number) =>
          (Date.UTC(year as number, (month as number) - 1, day as number) - from) / 86_400_000;
        return { value: n.fake.model.date1904 ? days(Date.UTC(1904, 0, 1)) : days(Date.UTC(1899, 11, 30)) };
      }),
  },
  // RULES: PRINT_AREA.
  pageLayout: {
    getPrintAreaOrNullObject: (n) => {
      const resolve = () => {
        const sheet = n.resolve() as FakeSheet;
        return { sheet, ranges: sheet.printArea ?? [], printArea: true };
      };
      return n.fake.node("rangeAreas", `${n.path}.printArea`, resolve, () => resolve().ranges.length === 0);
    },
  },
  application: {
    suspendApiCalculationUntilNextSync: (n) => n.fake.enqueue("suspendApiCalculation", () => undefined),
    suspendScreenUpdatingUntilNextSync: (n) => n.fake.enqueue("suspendScreenUpdating", () => undefined),
  },
  worksheets: {
    // RULES: SHEET_ITEM.
    getItem: (n, key) =>
      n.fake.node("worksheet", `sheet(${key})`, () => {
        const sheet = n.fake.sheetByKey(key as string);
        if (!sheet) throw hostError("ItemNotFound", `no sheet ${key}`);
        return sheet;
      }),
    getItemOrNullObject: (n, key) =>
      n.fake.node(
        "worksheet",
        `sheetOrNull(${key})`,
        () => n.fake.sheetByKey(key as string),
        () => n.fake.sheetByKey(key as string) === null,
      ),
    add: (n, name) => {
      n.fake.enqueue(`worksheets.add(${JSON.stringify(name)})`, () => {
        refuseStructure(n.fake, "a sheet added");
        // RULES: SHEET_NAME (unique whatever the case).
        if (n.fake.model.sheets.some((s) => s.name.toLowerCase() === String(name).toLowerCase()))
          throw Object.assign(new Error(`ItemAlreadyExists: sheet ${name}`), { code: "ItemAlreadyExists" });
        const refused = renameRefusal(String(name), []);
        if (refused) throw hostError("InvalidArgument", refused);
        n.fake.model.sheets.push(emptySheet(name as string));
      });
      return n.fake.node("worksheet", `sheet(${name})`, () => n.fake.sheet(name as string));
    },
  },
  // learn.microsoft.com/javascript/api/excel/excel.worksheetcollection: onChanged "Occurs when any worksheet in the
  // workbook is changed. [Api set: ExcelApi 1.9]"; excel-add-ins-events: "Register event handlers using the add method on event
  // objects like worksheet.onChanged" (the samples sync after add: the handler counts from then on).
  // officeextension.eventhandlerresult: "Enables the removal of an event handler. Returned by the EventHandlers.add
  // method." — "Note: The same RequestContext object that the handler was added in must be used when removing the
  // handler"; `context`: "The request context associated with the object". The fake has one context: that removal
  // happens in the handler's own context is not imitated (docs/host-fakes.md, open); a second remove is refused.
  worksheetsChanged: {
    add: (n, handler) => {
      const added = handler as (e: Excel.WorksheetChangedEventArgs) => Promise<unknown>;
      n.fake.enqueue("worksheets.onChanged.add", () => void n.fake.changedHandlers.push(added));
      return {
        context: n.fake.context,
        remove: () =>
          n.fake.enqueue("worksheets.onChanged.remove", () => {
            const at = n.fake.changedHandlers.indexOf(added);
            if (at < 0) throw hostError("InvalidArgument", "the handler is not registered");
            n.fake.changedHandlers.splice(at, 1);
          }),
      };
    },
  },
  worksheet: {
    getUsedRangeOrNullObject: (n, valuesOnly) => {
      const resolve = () => {
        const sheet = n.resolve() as FakeSheet;
        return { sheet, range: usedRangeOf(sheet, wholeSheet(), !!valuesOnly) };
      };
      return rangeNode(n.fake, `${n.path}.used`, resolve, () => resolve().range === null).proxy;
    },
    getRange: (n, address) =>
      rangeNode(n.fake, `${n.path}.range(${address ?? ""})`, () => ({
        sheet: n.resolve() as FakeSheet,
        range: address ? parseAddress(address as string) : wholeSheet(),
      })).proxy,
    getRangeByIndexes: (n, row, col, rows, cols) =>
      rangeNode(n.fake, `${n.path}.range(${String(row)},${String(col)},${String(rows)},${String(cols)})`, () => ({
        sheet: n.resolve() as FakeSheet,
        range: {
          top: row as number,
          left: col as number,
          bottom: (row as number) + (rows as number) - 1,
          right: (col as number) + (cols as number) - 1,
        },
      })).proxy,
    getRanges: (n, address) =>
      n.fake.node("rangeAreas", `${n.path}.ranges(${address})`, () => ({
        sheet: n.resolve() as FakeSheet,
        ranges: splitAddresses(address as string).map(parseAddress),
      })),
    delete: (n) =>
      n.fake.enqueue(`${n.path}.delete()`, () => {
        const sheet = n.resolve() as FakeSheet;
        refuseStructure(n.fake, "a sheet deleted");
        if (sheet.visibility === "VeryHidden") throw new Error("InvalidOperation: very hidden sheet");
        // DELETE_SHEET (excelShift.ts): a name that is one reference to the sheet becomes #REF!; a cell's formula
        // keeps its addresses with #REF! for the sheet's name and shows #REF!; a rule naming it, or a formula that
        // catches the error (what it shows is computed, which the fake does not do), is refused (not imitated).
        for (const other of n.fake.model.sheets) {
          if (other === sheet) continue;
          if (other.cfs.some((cf) => namesSheet(cf.formula, sheet.name)))
            throw new Error(`fake: a rule on ${other.name} names ${sheet.name} (not imitated)`);
          for (const cell of other.cells.values())
            if (cell.formula && namesSheet(cell.formula, sheet.name) && CATCHES_ERRORS.test(cell.formula))
              throw new Error(`fake: a formula catching the #REF! it would hold (not computed)`);
        }
        for (const [name, ref] of n.fake.model.names)
          if (ref.sheet === sheet.name) n.fake.model.names.set(name, { sheet: "#REF!", address: "#REF!" });
        n.fake.model.sheets.splice(n.fake.model.sheets.indexOf(sheet), 1);
        for (const other of n.fake.model.sheets)
          for (const [k, cell] of other.cells)
            if (cell.formula && namesSheet(cell.formula, sheet.name))
              other.cells.set(k, {
                ...cell,
                formula: `=${formulaAfterSheetDeletion(cell.formula.slice(1), sheet.name)}`,
                value: { error: "#REF!" },
              });
      }),
    // learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-activate-member(1): "Activate the
    // worksheet in the Excel UI." Kept so tests see which sheet a user is shown; no page says what a hidden one does.
    activate: (n) =>
      n.fake.enqueue(`${n.path}.activate()`, () => (n.fake.activeSheet = (n.resolve() as FakeSheet).name)),
  },
  range: {
    // RULES: CELL_BORDERS (ExcelApi 1.9: below it the sync fails with ApiNotFound, RULES: API_LEVEL).
    getCellProperties: (n, options) => {
      const describe = `${n.path}.getCellProperties(${JSON.stringify(options)})`;
      n.fake.enqueue(describe, () => {
        if (n.fake.apiLevel < 9)
          throw hostError("ApiNotFound", "Range.getCellProperties is ExcelApi 1.9 (RULES: API_LEVEL)");
      });
      const result = n.fake.node("cellProperties", describe, () => cellProperties(n.resolve() as RangeRef, options));
      n.fake.queueLoad(result.raw, "value");
      return result;
    },
    getUsedRangeOrNullObject: (n, valuesOnly) => {
      const resolve = () => {
        const ref = n.resolve() as RangeRef;
        return { sheet: ref.sheet, range: ref.range ? usedRangeOf(ref.sheet, ref.range, !!valuesOnly) : null };
      };
      return rangeNode(n.fake, `${n.path}.used`, resolve, () => resolve().range === null).proxy;
    },
    getMergedAreasOrNullObject: (n) => {
      const resolve = () => {
        const ref = n.resolve() as RangeRef;
        const r = ref.range as CellRange;
        // The areas whose top-left cell is in the range (as Excel reports them).
        const ranges = ref.sheet.merges.filter(
          (m) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right,
        );
        return { sheet: ref.sheet, ranges, merged: true };
      };
      return n.fake.node("rangeAreas", `${n.path}.merged`, resolve, () => resolve().ranges.length === 0);
    },
    // RULES: SPECIAL_CELLS. Formulas and constants only (the others are not imitated); each matching cell an area of
    // its own (Excel joins contiguous ones: either is a list of the cells).
    getSpecialCellsOrNullObject: (n, cellType) => {
      if (cellType !== "Formulas" && cellType !== "Constants")
        throw new Error(`fake: getSpecialCellsOrNullObject(${String(cellType)}) (not imitated)`);
      const matches = (cell: FakeCell) =>
        cellType === "Formulas" ? !!cell.formula : !cell.formula && cell.value !== null && cell.value !== "";
      const resolve = () => {
        const ref = n.resolve() as RangeRef;
        const within = ref.range as CellRange;
        const ranges: CellRange[] = [];
        const area = (within.bottom - within.top + 1) * (within.right - within.left + 1);
        // A range smaller than the sheet's cells is looked at cell by cell (a band of a sheet holding 200,000 cells).
        if (area < ref.sheet.cells.size) {
          for (let row = within.top; row <= within.bottom; row++)
            for (let col = within.left; col <= within.right; col++) {
              const cell = ref.sheet.cells.get(key(row, col));
              if (cell && matches(cell)) ranges.push({ top: row, left: col, bottom: row, right: col });
            }
          return { sheet: ref.sheet, ranges };
        }
        for (const [k, cell] of ref.sheet.cells)
          if (matches(cell)) {
            const [row, col] = k.split(",").map(Number);
            if (row < within.top || row > within.bottom || col < within.left || col > within.right) continue;
            ranges.push({ top: row, left: col, bottom: row, right: col });
          }
        return { sheet: ref.sheet, ranges };
      };
      return n.fake.node("rangeAreas", `${n.path}.formulaCells`, resolve, () => resolve().ranges.length === 0);
    },
    // RULES: CLEAR. Only the three kinds the adapter may use; the others (hyperlinks…) are refused.
    clear: (n, applyTo = "All") =>
      n.fake.enqueue(`${n.path}.clear(${String(applyTo)})`, () => {
        if (applyTo !== "All" && applyTo !== "Contents" && applyTo !== "Formats")
          throw hostError("InvalidArgument", `fake: clear(${String(applyTo)})`);
        const { sheet, range } = n.resolve() as RangeRef;
        const r = range as CellRange;
        if (applyTo !== "Formats" && tablesMet(sheet, r).some((t) => t.range.top >= r.top && t.range.top <= r.bottom))
          throw new Error("fake: a table's header cell cleared (RULES: TABLES, not imitated)");
        for (let row = r.top; row <= r.bottom; row++)
          for (let col = r.left; col <= r.right; col++) {
            const k = key(row, col);
            const cell = sheet.cells.get(k);
            if (applyTo === "All") {
              sheet.cells.delete(k);
              sheet.notes.delete(k);
              sheet.comments.delete(k);
            } else if (cell && applyTo === "Contents") sheet.cells.set(k, { ...cell, value: null, formula: null });
            else if (cell) sheet.cells.set(k, { value: cell.value, formula: cell.formula, numberFormat: "General" });
            const left = sheet.cells.get(k);
            if (
              left &&
              left.value === null &&
              !left.formula &&
              left.numberFormat === "General" &&
              !left.bold &&
              !left.fill &&
              !left.borders
            )
              sheet.cells.delete(k);
          }
      }),
    // learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-select-member(1): "Selects the specified range
    // in the Excel UI." (VBA's Range.Select: "To select a cell or a range of cells, use the Select method.") Kept so tests
    // see which cell the user is shown.
    select: (n) =>
      n.fake.enqueue(`${n.path}.select()`, () => {
        const { sheet, range } = n.resolve() as RangeRef;
        if (!range) throw new Error("fake: select() of a range without cells is not used");
        n.fake.selected = { sheet: sheet.name, address: rangeToA1(range) };
      }),
    // What a user does between two runs: whole rows / columns in or out (tests/scenarios/excelShift.ts: MOVE, FOLLOW).
    // What a user does between two runs: cells merged (excelShift.ts: MERGE).
    merge: (n, across) =>
      n.fake.enqueue(`${n.path}.merge(${String(!!across)})`, () => {
        const { sheet, range } = n.resolve() as RangeRef;
        if (tablesMet(sheet, range as CellRange).length > 0)
          throw hostError("InvalidOperation", "cells of a table merged (RULES: TABLES)");
        for (const area of mergedAreas(range as CellRange, !!across)) {
          const cell = (row: number, col: number) => sheet.cells.get(key(row, col));
          const refused = mergeRefusal(area, sheet.merges, (row, col) => {
            const c = cell(row, col);
            return !!c && (c.value !== null || !!c.formula);
          });
          if (refused) throw new Error(`fake: ${refused}`);
          sheet.merges.push(area);
        }
      }),
    // What a user does between two runs: rows grouped (RULES: OUTLINE).
    group: (n, option) =>
      n.fake.enqueue(`${n.path}.group(${String(option)})`, () => {
        const { sheet, range } = n.resolve() as RangeRef;
        if (n.fake.apiLevel < 10) throw hostError("ApiNotFound", "Range.group is ExcelApi 1.10 (RULES: API_LEVEL)");
        if (option !== "ByRows") throw new Error(`fake: group(${String(option)}) (not imitated: ByRows only)`);
        const levels = (sheet.outlineLevels ??= new Map());
        const r = range as CellRange;
        for (let row = r.top; row <= r.bottom; row++)
          if ((levels.get(row) ?? 1) >= 8)
            throw hostError("InvalidOperation", "eight levels of outline groups at most");
        for (let row = r.top; row <= r.bottom; row++) levels.set(row, (levels.get(row) ?? 1) + 1);
      }),
    // What a user does between two runs: merged areas split. https://learn.microsoft.com/javascript/api/excel/excel.range
    // "unmerge(): Unmerge the range cells into separate cells." Every merged area meeting the range goes.
    unmerge: (n) =>
      n.fake.enqueue(`${n.path}.unmerge()`, () => {
        const { sheet, range } = n.resolve() as RangeRef;
        sheet.merges = sheet.merges.filter((m) => !meetsAny(m, [range as CellRange]));
      }),
    // What a user does between two runs: cells cut and pasted (excelShift.ts: CUT).
    moveTo: (n, destination) =>
      n.fake.enqueue(`${n.path}.moveTo(${String(destination)})`, () => {
        const { sheet, range } = n.resolve() as RangeRef;
        noTables(sheet, "cells cut");
        if (typeof destination !== "string" || destination.includes("!"))
          throw new Error("fake: moveTo an address on the same sheet only (others not imitated)");
        const to = parseAddress(destination);
        cutSheetCells(n.fake.model, sheet, {
          sheet: sheet.name,
          cut: range as CellRange,
          to: { row: to.top, col: to.left },
        });
      }),
    insert: (n, direction) =>
      n.fake.enqueue(`${n.path}.insert(${String(direction)})`, () => {
        const ref = n.resolve() as RangeRef;
        const r = ref.range as CellRange;
        const whole = (r.left === 0 && r.right === 16_383) || (r.top === 0 && r.bottom === 1_048_575);
        if (whole) shiftSheet(n.fake.model, wholeLines(ref, direction as string, 1));
        else insertPart(n.fake.model, ref.sheet, { sheet: ref.sheet.name, at: r, direction: direction as "Right" });
      }),
    delete: (n, direction) =>
      n.fake.enqueue(`${n.path}.delete(${String(direction)})`, () =>
        shiftSheet(n.fake.model, wholeLines(n.resolve() as RangeRef, direction as string, -1)),
      ),
  },
  // What a user does between two runs: the rows of a range sorted (tests/scenarios/excelShift.ts: SORT).
  sort: {
    apply: (n, fields, matchCase, hasHeaders, orientation) =>
      n.fake.enqueue(`${n.path}.apply(${JSON.stringify(fields)})`, () => {
        const { sheet, range: whole } = n.resolve() as RangeRef;
        noTables(sheet, "rows sorted");
        const range = hasHeaders ? { ...(whole as CellRange), top: (whole as CellRange).top + 1 } : whole;
        const list = fields as { key: number; ascending?: boolean; customOrder?: string }[];
        if (list.length !== 1 || (orientation !== undefined && orientation !== "Rows") || matchCase)
          throw new Error("fake: one sort field, rows orientation, numbers (others not imitated)");
        const custom = list[0].customOrder;
        sortSheetRows(sheet, {
          sheet: sheet.name,
          sort: range as CellRange,
          by: (range as CellRange).left + list[0].key,
          ascending: list[0].ascending !== false,
          // CUSTOM_ORDER: the list as one string, "A,B,C" (VBA SortField.CustomOrder's examples).
          ...(custom === undefined ? {} : { customOrder: custom.split(",") }),
        });
      }),
  },
  fill: {
    // RULES: LOOK. The range's cells lose their fill; a cell left with nothing is no cell.
    clear: (n) =>
      n.fake.enqueue(`${n.path}.clear()`, () => {
        const { sheet, range, cf } = n.resolve() as RangeRef & { cf?: unknown };
        if (cf || !range) throw new Error("fake: fill.clear() of a conditional format is not used");
        for (let row = range.top; row <= range.bottom; row++)
          for (let col = range.left; col <= range.right; col++) {
            const k = key(row, col);
            const cell = sheet.cells.get(k);
            if (!cell) continue;
            const left = { ...cell, fill: undefined };
            if (left.value === null && !left.formula && left.numberFormat === "General" && !left.bold)
              sheet.cells.delete(k);
            else sheet.cells.set(k, left);
          }
      }),
  },
  dv: {
    clear: (n) =>
      n.fake.enqueue(`${n.path}.clear()`, () => {
        const { sheet, ranges } = areasOf(n.resolve());
        for (const r of ranges)
          for (let row = r.top; row <= r.bottom; row++)
            for (let col = r.left; col <= r.right; col++) sheet.validations.delete(key(row, col));
      }),
  },
  cfs: {
    add: (n) => {
      const holder: { cf?: FakeSheet["cfs"][number]; sheet?: FakeSheet } = {};
      n.fake.enqueue(`${n.path}.add(Custom)`, () => {
        const ref = n.resolve() as RangeRef & { ranges?: CellRange[] };
        const cf = { id: n.fake.newCfId(), ranges: ref.ranges ?? [ref.range as CellRange], formula: "" };
        ref.sheet.cfs.push(cf);
        holder.cf = cf;
        holder.sheet = ref.sheet;
      });
      return n.fake.node("cf", `${n.path}.added`, () => holder);
    },
  },
  autoFilter: {
    // RULES: AUTOFILTER. What a user does between two runs (数据 → 筛选, then ticks the values to show).
    apply: (n, address, columnIndex, criteria) =>
      n.fake.enqueue(`${n.path}.apply(${String(address)},${String(columnIndex)})`, () => {
        const sheet = n.resolve() as FakeSheet;
        const range = parseAddress(address as string);
        const c = criteria as { filterOn?: string; values?: unknown[] } | undefined;
        if (sheet.autoFilter || sheet.tables.length > 0 || sheet.hiddenRows?.size)
          throw new Error("fake: a second AutoFilter, or one on a sheet with a table or hidden rows (not imitated)");
        if (
          typeof columnIndex !== "number" ||
          c?.filterOn !== "Values" ||
          !c.values?.every((v) => typeof v === "string")
        )
          throw new Error("fake: AutoFilter on one column by values shown (other criteria not imitated)");
        const column = range.left + columnIndex;
        if (column > range.right) throw hostError("InvalidArgument", "the column index is outside the range");
        const shown = c.values as string[];
        const hidden = new Set<number>();
        for (let row = range.top + 1; row <= range.bottom; row++) {
          const cell = sheet.cells.get(key(row, column));
          if (cell?.formula || (cell && typeof cell.value !== "string" && cell.value !== null))
            throw new Error("fake: AutoFilter on a column of numbers or formulas (not imitated)");
          if (!shown.includes((cell?.value as string | null) ?? "")) hidden.add(row);
        }
        sheet.autoFilter = { range, column, values: shown };
        sheet.hiddenRows = hidden;
      }),
  },
  tables: {
    // RULES: TABLES.
    add: (n, address, hasHeaders) => {
      const holder: { table?: FakeSheet["tables"][number]; sheet?: FakeSheet } = {};
      n.fake.enqueue(`${n.path}.add(${String(address)},${String(hasHeaders)})`, () => {
        const sheet = n.resolve() as FakeSheet;
        const range = parseAddress(address as string);
        if (hasHeaders !== true) throw new Error("fake: a table without headers (not imitated)");
        if (n.fake.model.sheets.some((s) => s.tables.some((t) => s === sheet && meetsAny(range, [t.range]))))
          throw hostError("InvalidOperation", "the table would overlap with another table");
        if (sheet.merges.some((m) => meetsAny(m, [range])))
          throw hostError("InvalidOperation", "a table over merged cells");
        const table = { name: `表${++tablesMade}`, range };
        const names = Array.from({ length: range.right - range.left + 1 }, (_, i) =>
          sheet.cells.get(key(range.top, range.left + i)),
        ).map((c) => (c?.formula ? null : c?.value));
        if (names.some((v) => typeof v !== "string" || v === "") || new Set(names).size < names.length)
          throw new Error("fake: a table whose header cells are not distinct texts (not imitated)");
        sheet.tables.push(table);
        Object.assign(holder, { table, sheet });
      });
      return n.fake.node("table", `${n.path}.added`, () => holder);
    },
  },
  table: {
    getHeaderRowRange: (n) =>
      rangeNode(n.fake, `${n.path}.getHeaderRowRange()`, () => {
        const { sheet, table } = n.resolve() as { sheet: FakeSheet; table: FakeSheet["tables"][number] };
        return { sheet, range: { ...table.range, bottom: table.range.top } };
      }).proxy,
  },
  cfBorders: {
    // RULES: RULE_LOOK (borders). An index that is no ConditionalRangeBorderIndex is refused at the sync. A range's own
    // borders: RULES: CELL_BORDERS.
    getItem: (n, index) => cfBorder(n, String(index)),
  },
  cf: {
    // RULES: RULE_RANGES. The ranges as the rule holds them now (moved by inserts and deletes like its cells).
    getRanges: (n) =>
      n.fake.node("rangeAreas", `${n.path}.getRanges()`, () => {
        const { sheet, cf } = n.resolve() as { sheet: FakeSheet; cf: FakeSheet["cfs"][number] };
        return { sheet, ranges: cf.ranges };
      }),
    delete: (n) =>
      n.fake.enqueue(`${n.path}.delete()`, () => {
        const { sheet, cf } = n.resolve() as { sheet: FakeSheet; cf: FakeSheet["cfs"][number] };
        sheet.cfs.splice(sheet.cfs.indexOf(cf), 1);
      }),
  },
  charts: {
    // RULES: CHARTS: "getItemAt(index): Gets a chart based on its position in the collection." [ExcelApi 1.1].
    getItemAt: (n, i) =>
      n.fake.node("chart", `${n.path}.at(${i})`, () => {
        const sheet = n.resolve() as FakeSheet;
        const chart = sheet.charts[i as number];
        if (!chart) throw hostError("InvalidArgument", `no chart ${String(i)} (RULES: CHARTS)`);
        return { sheet, chart };
      }),
    add: (n, type, source) => {
      const holder: { sheet?: FakeSheet; chart?: FakeSheet["charts"][number] } = {};
      n.fake.enqueue(`${n.path}.add(${String(type)},${(source as Node).path})`, () => {
        const chart = { name: "Chart", refs: [refOf(source)], series: [{ values: refOf(source) }], type: String(type) };
        (n.resolve() as FakeSheet).charts.push(chart);
        holder.sheet = n.resolve() as FakeSheet;
        holder.chart = chart;
      });
      return n.fake.node("chart", `${n.path}.added`, () => holder);
    },
  },
  chart: {
    delete: (n) =>
      n.fake.enqueue(`${n.path}.delete()`, () => {
        const { sheet, chart } = n.resolve() as { sheet: FakeSheet; chart: FakeSheet["charts"][number] };
        sheet.charts.splice(sheet.charts.indexOf(chart), 1);
      }),
    // RULES: CHARTS, GEOMETRY: the start cell's top left corner to the end cell's bottom right one.
    setPosition: (n, a, b) =>
      n.fake.enqueue(`${n.path}.setPosition(${a},${b})`, () => {
        const { sheet, chart } = n.resolve() as { sheet: FakeSheet; chart: FakeSheet["charts"][number] };
        const [start, end] = [parseAddress(a as string), parseAddress((b ?? a) as string)];
        const from = boxOf(sheet, start);
        const to = boxOf(sheet, end);
        chart.place = [from[0], from[1], to[0] + to[2] - from[0], to[1] + to[3] - from[1]];
      }),
  },
  seriesColl: {
    // RULES: CHARTS: "getCount(): Returns the number of series in the collection." [ExcelApi 1.4].
    getCount: (n) => {
      const result = n.fake.node(
        "count",
        `${n.path}.getCount()`,
        () => seriesOf(n.resolve() as { chart: FakeSheet["charts"][number] }).length,
      );
      n.fake.queueLoad(result.raw, "value");
      return result;
    },
    getItemAt: (n, i) =>
      n.fake.node("series", `${n.path}.at(${i})`, () => ({ holder: n.resolve(), index: i as number })),
    // RULES: SERIES_ADD: excel.chartseriescollection "add(name, index): Add a new series to the collection." [ExcelApi
    // 1.7]; where it goes without an index is on no page: the fake appends it (core summary.ts pickOurSeries relies on
    // ours coming first; TESTING.md §7 asks).
    add: (n, name) => {
      let index = -1;
      n.fake.enqueue(`${n.path}.add(${name})`, () => {
        const all = seriesOf(n.resolve() as { chart: FakeSheet["charts"][number] });
        index = all.push({ name: name as string }) - 1;
      });
      return n.fake.node("series", `${n.path}.added`, () => ({ holder: n.resolve(), index }));
    },
  },
  // A series' ranges are recorded on it and, all together, on its chart (FakeSheet.charts refs).
  series: {
    // RULES: CHARTS: "delete(): Deletes the chart series." [ExcelApi 1.7]; the series after it move up one.
    delete: (n) =>
      n.fake.enqueue(`${n.path}.delete()`, () => {
        const { chart, series } = seriesAt(n);
        const all = seriesOf({ chart });
        all.splice(all.indexOf(series), 1);
        syncRefs(chart);
      }),
    setXAxisValues: (n, r) =>
      n.fake.enqueue(`${n.path}.setXAxisValues(${(r as Node).path})`, () => {
        const { chart, series } = seriesAt(n);
        series.x = refOf(r);
        syncRefs(chart);
      }),
    setValues: (n, r) =>
      n.fake.enqueue(`${n.path}.setValues(${(r as Node).path})`, () => {
        const { chart, series } = seriesAt(n);
        series.values = refOf(r);
        syncRefs(chart);
      }),
    // RULES: SERIES_SOURCE, API_LEVEL.
    getDimensionDataSourceString: (n, dimension) => seriesSource(n, "String", dimension),
    getDimensionDataSourceType: (n, dimension) => seriesSource(n, "Type", dimension),
    // RULES: SERIES_VALUES, API_LEVEL.
    getDimensionValues: (n, dimension) => seriesValues(n, dimension),
  },
  // RULES: API_LEVEL: excel.notecollection "[ API set: ExcelApi 1.18 ]", excel.commentcollection "[ API set: ExcelApi
  // 1.10 ]": below them each member fails its sync (hosts63; the add-in asks isSetSupported("ExcelApi", "1.18") first).
  notes: {
    add: (n, address, text) =>
      n.fake.enqueue(`${n.path}.add(${address},${JSON.stringify(text)})`, () => {
        needsLevel(n, 18, "NoteCollection.add");
        const r = parseAddress(address as string);
        const sheet = n.resolve() as FakeSheet;
        if (sheet.notes.has(key(r.top, r.left)))
          throw hostError("InvalidArgument", `a note exists at ${address} (RULES: NOTE_ADD)`);
        if (sheet.comments.has(key(r.top, r.left)))
          throw hostError("InvalidArgument", `a threaded comment is at ${address} (RULES: COMMENTS)`);
        sheet.notes.set(key(r.top, r.left), text as string);
      }),
    getItemOrNullObject: (n, address) =>
      n.fake.node("note", `${n.path}.item(${address})`, () => {
        needsLevel(n, 18, "NoteCollection.getItemOrNullObject");
        return { sheet: n.resolve(), address };
      }),
    getCount: (n) => countOf(n, (sheet) => sheet.notes, 18), // RULES: NOTE_ITEMS
    getItemAt: (n, index) => itemAt(n, "note", index as number, (sheet) => sheet.notes, 18),
  },
  comments: {
    getCount: (n) => countOf(n, (sheet) => sheet.comments, 10), // RULES: COMMENTS
    getItemAt: (n, index) => itemAt(n, "comment", index as number, (sheet) => sheet.comments, 10),
  },
  comment: {
    getLocation: (n) =>
      rangeNode(n.fake, `${n.path}.getLocation()`, () => {
        const { sheet, address } = n.resolve() as { sheet: FakeSheet; address: string };
        return { sheet, range: parseAddress(address) };
      }),
  },
  note: {
    getLocation: (n) =>
      rangeNode(n.fake, `${n.path}.getLocation()`, () => {
        const { sheet, address } = n.resolve() as { sheet: FakeSheet; address: string };
        return { sheet, range: parseAddress(address) };
      }),
    delete: (n) =>
      n.fake.enqueue(`${n.path}.delete()`, () => {
        const { sheet, address } = n.resolve() as { sheet: FakeSheet; address: string };
        const r = parseAddress(address);
        sheet.notes.delete(key(r.top, r.left)); // a missing note: ignored, as for a null object
      }),
  },
  // RULES: NORMAL_STYLE.
  styles: {
    getItem: (n, name) =>
      n.fake.node("style", `styles.getItem(${name})`, () => {
        if (name !== "Normal") throw new Error(`fake: the style ${String(name)} (only Normal is imitated)`);
        return n.fake.model.normalFont ?? NORMAL_FONT;
      }),
  },
  names: {
    add: (n, name, range) =>
      n.fake.enqueue(`names.add(${name})`, () => {
        const { sheet, range: r } = (range as Node).resolve() as RangeRef;
        if (n.fake.model.names.has(name as string))
          throw Object.assign(new Error(`ItemAlreadyExists: name ${name}`), { code: "ItemAlreadyExists" });
        n.fake.model.names.set(name as string, { sheet: sheet.name, address: a1(r as CellRange) });
      }),
    getItemOrNullObject: (n, name) => n.fake.node("namedItem", `names.item(${name})`, () => name),
  },
  namedItem: {
    delete: (n) => n.fake.enqueue(`${n.path}.delete()`, () => n.fake.model.names.delete(n.resolve() as string)),
  },
};

/** A member of ExcelApi 1.`level` fails where the fake's Excel is below it (RULES: API_LEVEL). */
function needsLevel(n: Node, level: number, member: string): void {
  if (n.fake.apiLevel < level) throw hostError("ApiNotFound", `${member} is ExcelApi 1.${level} (RULES: API_LEVEL)`);
}

/** getCount(): a ClientResult whose `value` is there after the sync (RULES: NOTE_ITEMS). */
function countOf(n: Node, of: (sheet: FakeSheet) => Map<string, string>, level: number): unknown {
  const result = n.fake.node("count", `${n.path}.getCount()`, () => {
    needsLevel(n, level, `${n.path}.getCount`);
    return of(n.resolve() as FakeSheet).size;
  });
  n.fake.queueLoad(result.raw, "value");
  return result;
}

/** getItemAt(i): the note or comment at that position when the batch runs (RULES: NOTE_ITEMS, COMMENTS). */
function itemAt(
  n: Node,
  kind: string,
  index: number,
  of: (sheet: FakeSheet) => Map<string, string>,
  level: number,
): Node {
  return n.fake.node(kind, `${n.path}.getItemAt(${index})`, () => {
    needsLevel(n, level, `${n.path}.getItemAt`);
    const sheet = n.resolve() as FakeSheet;
    const map = of(sheet);
    const cached = n.fake.positions?.get(map);
    const keys = cached ?? [...map.keys()];
    if (!cached) n.fake.positions?.set(map, keys);
    const k = keys[index];
    if (k === undefined) throw hostError("ItemNotFound", `no ${kind} at position ${index} on ${sheet.name}`);
    const [row, col] = k.split(",").map(Number);
    return { sheet, address: `${columnLetters(col)}${row + 1}` };
  });
}

/** Whole rows ("3:4", shift Down / Up) or whole columns ("C:C", shift Right / Left) as a Shift. */
function wholeLines({ sheet, range }: RangeRef, direction: string, sign: 1 | -1): Shift {
  const r = range as CellRange;
  if (sheet.protected) throw hostError("AccessDenied", `sheet ${sheet.name} is protected`);
  if (r.left === 0 && r.right === 16_383 && (direction === "Down" || direction === "Up"))
    return { sheet: sheet.name, axis: "row", at: r.top, count: sign * (r.bottom - r.top + 1) };
  if (r.top === 0 && r.bottom === 1_048_575 && (direction === "Right" || direction === "Left"))
    return { sheet: sheet.name, axis: "col", at: r.left, count: sign * (r.right - r.left + 1) };
  throw new Error(`fake: only whole rows (Down / Up) or whole columns (Right / Left) are inserted or deleted`);
}

/**
 * The rows of a range change places (excelShift.ts, SORT): each row's cells, values and formats, move together; a
 * formula with them, its relative row references moved as far as its row (FORMULAS). Merged areas in one row move with
 * it. Refused where Excel's behaviour is not imitated: notes or threaded comments in the range, or a data validation or
 * conditional format that differs down a column of it (whether Excel moves it with the cells is not imitated).
 */
function sortSheetRows(sheet: FakeSheet, s: Sort): void {
  const r = s.sort;
  const inside = (k: string) => {
    const [row, col] = k.split(",").map(Number);
    return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
  };
  if ([...sheet.notes.keys(), ...sheet.comments.keys()].some(inside))
    throw new Error("fake: sorting notes or comments (not imitated)");
  for (let col = r.left; col <= r.right; col++)
    if (
      new Set(Array.from({ length: r.bottom - r.top + 1 }, (_, i) => sheet.validations.get(key(r.top + i, col)))).size >
      1
    )
      throw new Error("fake: sorting a column whose validation differs by row (not imitated)");
  const partly = (a: CellRange) =>
    a.left <= r.right &&
    a.right >= r.left &&
    a.top <= r.bottom &&
    a.bottom >= r.top &&
    (a.top > r.top || a.bottom < r.bottom);
  if (sheet.cfs.some((cf) => cf.ranges.some(partly)))
    throw new Error("fake: sorting rows a conditional format covers only some of (not imitated)");
  const from = sortedRows(s, (row) => sheet.cells.get(key(row, s.by))?.value);
  sheet.merges = sheet.merges.map((m) => sortedMerge(m, s, from));
  const rows = from.map((row) => {
    const cells = new Map<number, FakeCell>();
    for (let col = r.left; col <= r.right; col++) {
      const cell = sheet.cells.get(key(row, col));
      if (cell) cells.set(col, cell);
    }
    return cells;
  });
  rows.forEach((cells, i) => {
    for (let col = r.left; col <= r.right; col++) {
      const cell = cells.get(col);
      const dRow = r.top + i - from[i];
      if (cell?.formula) sheet.cells.set(key(r.top + i, col), { ...cell, formula: sortedFormula(cell.formula, dRow) });
      else if (cell) sheet.cells.set(key(r.top + i, col), cell);
      else sheet.cells.delete(key(r.top + i, col));
    }
  });
}

/**
 * Cells cut and pasted (excelShift.ts, CUT): each source cell's value and format to its destination cell, the source
 * left empty. Refused where the docs do not say what Excel does (see CUT).
 */
function cutSheetCells(model: FakeModel, sheet: FakeSheet, c: Cut): void {
  const areas = cutAreas(c);
  const inAreas = (k: string) => {
    const [row, col] = k.split(",").map(Number);
    return meetsAny({ top: row, left: col, bottom: row, right: col }, areas);
  };
  const refused = (what: string) => new Error(`fake: cut: ${what} (not imitated)`);
  const source = c.cut;
  const inSource = (k: string) => {
    const [row, col] = k.split(",").map(Number);
    return meetsAny({ top: row, left: col, bottom: row, right: col }, [source]);
  };
  // CUT_FOLLOW (excelShift.ts): notes, comments, lists and merged areas on the cut cells go with them; on a destination
  // cell that is not cut, or a merged area partly cut, refused.
  const dropped = (k: string) => inAreas(k) && !inSource(k);
  if ([...sheet.notes.keys(), ...sheet.comments.keys()].some(dropped))
    throw refused("notes or comments on the destination");
  if ([...sheet.validations.keys()].some(dropped)) throw refused("a data validation on the destination");
  const wholly = (m: CellRange) =>
    m.top >= source.top && m.bottom <= source.bottom && m.left >= source.left && m.right <= source.right;
  if (sheet.merges.some((m) => meetsAny(m, areas) && !wholly(m)))
    throw refused("merged areas partly on the cut cells or on the destination");
  // CUT_RULES (excelShift.ts): rules wholly on the cut cells move with them (refused where not imitated).
  const rules = sheet.cfs.map((cf) => {
    try {
      return ruleAfterCut(cf, c, sheet.name);
    } catch (e) {
      throw refused((e as Error).message);
    }
  });
  if ([...sheet.cells].some(([k, cell]) => cell.formula && inSource(k))) throw refused("a formula among the cells");
  for (const other of model.sheets) {
    for (const cell of other.cells.values())
      if (cell.formula && formulaReaches(cell.formula, other.name, sheet.name, areas))
        throw refused("formulas pointing at the cells");
    for (const cf of other.cfs) {
      if (other === sheet) continue; // CUT_RULES above
      const first = cf.ranges[0];
      const spread = {
        rows: Math.max(...cf.ranges.map((r) => r.bottom - first.top)),
        cols: Math.max(...cf.ranges.map((r) => r.right - first.left)),
      };
      if (formulaReaches(cf.formula, other.name, sheet.name, areas, spread))
        throw refused("a rule pointing at the cells");
    }
  }
  for (const named of model.names.values())
    if (named.sheet === sheet.name && meetsAny(parseAddress(named.address), areas))
      throw refused("a name pointing at the cells");
  const moved = new Map<string, FakeCell>();
  for (let row = source.top; row <= source.bottom; row++)
    for (let col = source.left; col <= source.right; col++) {
      const cell = sheet.cells.get(key(row, col));
      if (cell) moved.set(key(row - source.top, col - source.left), cell);
      sheet.cells.delete(key(row, col));
    }
  const to = cutDestination(c);
  for (let row = to.top; row <= to.bottom; row++)
    for (let col = to.left; col <= to.right; col++) {
      const cell = moved.get(key(row - to.top, col - to.left));
      if (cell) sheet.cells.set(key(row, col), cell);
      else sheet.cells.delete(key(row, col));
    }
  sheet.cfs.forEach((cf, i) => Object.assign(cf, rules[i]));
  const dRow = to.top - source.top;
  const dCol = to.left - source.left;
  const follow = <T>(map: Map<string, T>) => {
    const moving = [...map].filter(([k]) => inSource(k));
    for (const [k] of moving) map.delete(k);
    for (const [k, v] of moving) {
      const [row, col] = k.split(",").map(Number);
      map.set(key(row + dRow, col + dCol), v);
    }
  };
  follow(sheet.notes);
  follow(sheet.comments);
  follow(sheet.validations);
  sheet.merges = sheet.merges.map((m) =>
    wholly(m) ? { top: m.top + dRow, left: m.left + dCol, bottom: m.bottom + dRow, right: m.right + dCol } : m,
  );
}

/**
 * Cells inserted in part of a row or column (excelShift.ts, PART): the cells at and right of (Right) or below (Down)
 * them move, with their notes, threaded comments and drop-downs; merged areas, rules, names and every formula that
 * points at them follow. Refused where not imitated (PART), and as whole lines are (tables, print area, hidden columns,
 * a filter).
 */
function insertPart(model: FakeModel, sheet: FakeSheet, p: PartShift): void {
  if (p.direction !== "Right" && p.direction !== "Down")
    throw hostError("InvalidArgument", `insert(${String(p.direction)}): Right or Down`);
  if (sheet.protected) throw hostError("AccessDenied", `sheet ${sheet.name} is protected`);
  noTables(sheet, "cells inserted");
  if (sheet.printArea?.length) throw new Error("fake: cells inserted beside a print area (not imitated)");
  if (sheet.hiddenColumns.size > 0 || sheet.autoFilter) throw new Error("fake: cells inserted beside hidden cells");
  const moveMap = <T>(map: Map<string, T>) => {
    const entries = [...map].map(([k, v]) => {
      const [row, col] = k.split(",").map(Number);
      const to = cellAfterPart(row, col, p);
      return [key(to.row, to.col), v] as const;
    });
    map.clear();
    for (const [k, v] of entries) map.set(k, v);
  };
  // Everything is worked out first: a refusal leaves the workbook as it was.
  const merges = sheet.merges.map((m) => rangeAfterPart(m, p));
  const cfs = sheet.cfs.map((cf) => ruleAfterPart(cf, p));
  const formulas = model.sheets.map((other) =>
    [...other.cells].flatMap(([k, cell]) =>
      cell.formula ? [[k, `=${formulaAfterPart(cell.formula.slice(1), other.name, p)}`] as const] : [],
    ),
  );
  for (const other of model.sheets)
    if (other !== sheet && other.cfs.some((cf) => formulaAfterPart(cf.formula, other.name, p) !== cf.formula))
      throw new Error("fake: a rule on another sheet reads the moved cells (not imitated)");
  const names = [...model.names].map(([name, target]) =>
    target.sheet === p.sheet && target.address !== "#REF!"
      ? ([name, { ...target, address: a1(rangeAfterPart(parseAddress(target.address), p)) }] as const)
      : ([name, target] as const),
  );
  model.sheets.forEach((other, i) => {
    for (const [k, formula] of formulas[i]) other.cells.set(k, { ...other.cells.get(k)!, formula });
  });
  moveMap(sheet.cells);
  moveMap(sheet.notes);
  moveMap(sheet.comments);
  moveMap(sheet.validations);
  sheet.merges = merges;
  sheet.cfs.forEach((cf, i) => Object.assign(cf, cfs[i]));
  for (const [name, target] of names) model.names.set(name, target);
}

/**
 * RULES: WIDTH: the widths of whole columns inserted or deleted go with their columns; an inserted column takes the width
 * of the column left of it (CopyOrigin's default, xlFormatFromLeftOrAbove).
 */
function shiftWidths(widths: Map<number, number>, s: Shift): void {
  const left = s.count > 0 && s.at > 0 ? widths.get(s.at - 1) : undefined;
  const moved = [...widths].flatMap(([col, width]) => {
    const to = shiftIndex(col, s);
    return to === null ? [] : [[to, width] as const];
  });
  widths.clear();
  for (const [col, width] of moved) widths.set(col, width);
  if (left !== undefined) for (let col = s.at; col < s.at + s.count; col++) widths.set(col, left);
}

/** Cells, notes, validations, merged areas, rules, names, column widths and every formula that points at the sheet follow. */
function shiftSheet(model: FakeModel, s: Shift): void {
  const sheet = model.sheets.find((x) => x.name === s.sheet) as FakeSheet;
  noTables(sheet, "rows or columns inserted or deleted");
  if (sheet.printArea?.length)
    throw new Error("fake: rows or columns inserted or deleted beside a print area (not imitated)");
  if (sheet.hiddenColumns.size > 0) throw new Error("fake: inserting or deleting beside hidden columns (not imitated)");
  const moveKey = (k: string): string | null => {
    const [row, col] = k.split(",").map(Number);
    const moved = s.axis === "row" ? shiftIndex(row, s) : shiftIndex(col, s);
    if (moved === null) return null;
    return s.axis === "row" ? key(moved, col) : key(row, moved);
  };
  const moveMap = <T>(map: Map<string, T>) => {
    const entries = [...map];
    map.clear();
    for (const [k, v] of entries) {
      const to = moveKey(k);
      if (to !== null) map.set(to, v);
    }
  };
  const grown = grownLists(sheet.validations, s); // GROW: lists over the insertion take the new cells
  moveMap(sheet.cells);
  moveMap(sheet.notes);
  moveMap(sheet.comments);
  moveMap(sheet.validations);
  for (const { to, from } of grown) sheet.validations.set(to, sheet.validations.get(from)!);
  if (s.axis === "col") shiftWidths(sheet.widths, s);
  sheet.merges = sheet.merges.map((m) => shiftRange(m, s)).filter((m): m is CellRange => m !== null);
  // A rule's formula is relative to the top-left cell of its first range; deleting that cell re-bases it in
  // Excel, which this fake does not imitate: it refuses instead of guessing.
  for (const cf of sheet.cfs) {
    const anchor = cf.ranges[0];
    if (shiftIndex(s.axis === "row" ? anchor.top : anchor.left, s) === null)
      throw new Error("fake: deleting the first row / column of a conditional format is not imitated");
  }
  for (const other of model.sheets) {
    for (const cell of other.cells.values()) if (cell.formula) cell.formula = shiftFormula(cell.formula, other.name, s);
    for (const cf of other.cfs) cf.formula = shiftFormula(cf.formula, other.name, s);
  }
  for (const cf of sheet.cfs) cf.ranges = cf.ranges.map((r) => shiftRange(r, s)).filter((r): r is CellRange => !!r);
  sheet.cfs = sheet.cfs.filter((cf) => cf.ranges.length > 0);
  for (const [name, target] of model.names) {
    if (target.sheet !== s.sheet) continue;
    const moved = shiftRange(parseAddress(target.address), s);
    if (moved) model.names.set(name, { ...target, address: a1(moved) });
    else model.names.set(name, { ...target, address: "#REF!" });
  }
}
