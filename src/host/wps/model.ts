/**
 * The part of the WPS 表格 (ET) object model the adapter uses, as WPS JS add-ins see it under
 * `window.Application`: VBA-like and synchronous, collections 1-based, colours BGR integers.
 * Documented at https://airsheet.wps.cn/docs/apiV2/excel/workbook/ (WPS's ET API reference); the strict
 * fake in tests/host/wps/fake.ts quotes the page of each member it imitates.
 */
import { parseA1Ranges } from "../../core/a1";

/** A workbook's name as on its tab, from its FullName ("D:\\绩效\\甲单位.xlsx" → "甲单位.xlsx"; unsaved, "工作簿1" as it is). */
export function bookName(fullName: string): string {
  return fullName.split(/[\\/]/).pop() || fullName;
}

/** A cell value as Value2 gives it: dates are serial numbers, empty cells undefined / "". */
export type WpsValue = string | number | boolean | null | undefined;

export interface WpsApplication {
  ActiveWorkbook: WpsWorkbook | null;
  ActiveSheet: WpsWorksheet | null;
  /** What is selected on the active sheet: a Range when cells are (another object when, say, a picture is). */
  Selection: WpsRange | WpsSelectedShape | object | null;
  /** The active cell of the active sheet (one cell of the selection). */
  ActiveCell: WpsRange | null;
  /** RangeSelection: the cells selected on the active sheet, also while a picture or shape is selected there. */
  ActiveWindow?: { RangeSelection: WpsRange } | null;
  /** The workbooks open in WPS: one task pane serves them all, so a result says which one it came from (FullName). */
  Workbooks: { readonly Count: number; Item(index: number | string): WpsWorkbook };
  /** Events of the open workbooks (WPS 加载项): SheetChange tells of changed cells. Absent outside WPS. */
  ApiEvent?: WpsApiEvent;
  /** The worksheet functions: COUNTA tells whether a part of a sheet holds anything (read.ts heldParts). */
  WorksheetFunction: { CountA(range: WpsRange): number };
  /** false: Worksheet.Delete does not ask the user to confirm. */
  DisplayAlerts: boolean;
  ScreenUpdating: boolean;
  /** Task panes of JS add-ins (WPS only). */
  CreateTaskPane?(url: string): WpsTaskPane;
  GetTaskPane?(id: number): WpsTaskPane | null;
  /** The ribbon's IRibbonUI (WPS.AddonRoot `readonly ribbonUI: RibbonUi`, et-jsapi-declare): what OnAddinLoad is given. */
  ribbonUI?: unknown;
  /**
   * Key-value store shared by all pages of one add-in (the ribbon's page and its task pane). Kingsoft's typings:
   * `setItem(key, value: number | boolean | string)`, `getItem(key): string` ("与LocalStorage的用法类似").
   */
  PluginStorage?: { getItem(key: string): unknown; setItem(key: string, value: string | number | boolean): void };
  /**
   * Register a function formulas call as namespace.name (WPS 12.1.0.20540 and later; synchronous only): et-jsapi-declare
   * 2.5.0 EtAddonRoot `AddCustomFunction(namespace, name, callback, metadata?)` — `wps` and `Application` are the same
   * root there. Absent in an older WPS (functions.ts).
   */
  AddCustomFunction?(
    namespace: string,
    name: string,
    callback: (...args: unknown[]) => unknown,
    metadata?: WpsFunctionMetadata,
  ): void;
}

/** A custom function's description for WPS's 插入函数 dialog (et-jsapi-declare 2.5.0, AddCustomFunction's metadata). */
export interface WpsFunctionMetadata {
  description?: string;
  result: { type?: string };
  parameters: { name?: string; type?: string; description?: string }[];
}

/** The add-in's event hub: a callback per event name (WPS 加载项 ApiEvent). */
interface WpsApiEvent {
  AddApiEventListener(EventName: "SheetChange", callback: (sheet: WpsWorksheet, target: WpsRange) => void): void;
  RemoveApiEventListener(EventName: "SheetChange", callback?: (sheet: WpsWorksheet, target: WpsRange) => void): void;
}

/** A selected picture or shape as Selection gives it: its name is the one Shapes.Item takes. */
interface WpsSelectedShape {
  Name: string;
}

interface WpsTaskPane {
  ID: number;
  Visible: boolean;
}

export interface WpsWorkbook {
  /** The file's path and name ("D:\\绩效\\甲单位.xlsx"; a workbook never saved: its name alone). */
  readonly FullName: string;
  /** The file's name, as Workbooks.Item takes it. */
  readonly Name: string;
  /** Shows the workbook (its window), as clicking its tab does. */
  Activate(): void;
  Worksheets: WpsWorksheets;
  Names: WpsNames;
  /** Structure protected (审阅 → 保护工作簿): no sheet may be added, deleted, renamed, hidden or shown. */
  readonly ProtectStructure: boolean;
  /** The workbook uses the 1904 date system (Excel for Mac's): its date serials count from 1904-01-01. */
  readonly Date1904: boolean;
  /** The workbook's cell styles: Item("Normal") is the one every cell has unless given another. */
  readonly Styles: { Item(index: string): { readonly Font: WpsFont } };
}

/** A font's looks (VBA Font: Color a BGR integer, Underline an XlUnderlineStyle); null where cells differ. */
export interface WpsFont {
  Bold: boolean | null;
  Color: number | null;
  Italic: boolean | null;
  Strikethrough: boolean | null;
  Underline: number | null;
}

export interface WpsWorksheets {
  Count: number;
  Item(index: number | string): WpsWorksheet;
  /** Before / After: the new sheet's neighbour; both omitted = before the active sheet. */
  Add(Before?: WpsWorksheet, After?: WpsWorksheet): WpsWorksheet;
}

export interface WpsWorksheet {
  Name: string;
  /** The sheet's code name: its name when it was made, unchanged by a rename; read-only (read.ts sheetIds). */
  readonly CodeName: string;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  Visible: number | boolean;
  ProtectContents: boolean;
  /** True while the sheet has an AutoFilter's buttons (数据 → 筛选); read only here. */
  readonly AutoFilterMode: boolean;
  /** PrintArea: the print area (页面布局 → 打印区域), A1-style ("$A$1:$H$20", areas joined by commas); "" when none. */
  readonly PageSetup: { readonly PrintArea: string | false };
  UsedRange: WpsRange;
  Cells: WpsRange;
  Range(address: string): WpsRange;
  /** Every note (批注) on the sheet. */
  Comments: WpsComments;
  /** The sheet's tables (插入 → 表格 / Ctrl+T). */
  ListObjects: WpsListObjects;
  /** Pictures and shapes on the sheet, by name or by index (from 1). */
  Shapes: {
    readonly Count: number;
    Item(index: string | number): { readonly Name: string; Select(Replace?: boolean): void };
  };
  Activate(): void;
  Delete(): boolean;
}

export interface WpsRange {
  Row: number;
  Column: number;
  Rows: { Count: number };
  Columns: { Count: number };
  /** A scalar for one cell, a 2-D array (rows of columns) for several. */
  Value2: WpsValue | WpsValue[][];
  Formula: WpsValue | WpsValue[][];
  /** The code of every cell when they all share one, null when they differ. Set: one code for all. */
  NumberFormat: string | null;
  /** true / false, or null when some cells are merged and some not. */
  MergeCells: boolean | null;
  MergeArea: WpsRange;
  /** ColorIndex: set to XL.colorIndexNone for no fill. */
  Interior: { Color: number; ColorIndex: number };
  /**
   * One edge of the range: Item(XL.edgeTop / edgeBottom / edgeLeft / edgeRight). LineStyle an XlLineStyle
   * (XL.lineStyleNone: no line), null where the cells along it differ (read only: borders are the clerk's).
   * The collection's own LineStyle: every border of the range at once, null unless all have one style.
   */
  readonly Borders: { Item(Index: number): { readonly LineStyle: number | null }; readonly LineStyle: number | null };
  Font: WpsFont;
  ColumnWidth: number;
  /** True when the column's width is the sheet's standard width; null over columns of different widths. */
  readonly UseStandardWidth: boolean | null;
  /** True when the rows' height is the sheet's standard height; null over rows of different heights. */
  readonly UseStandardHeight: boolean | null;
  /** The rows' height in points (行高: the clerk's; the adapter sets none and reads UseStandardHeight). */
  RowHeight: number | null;
  /** Of whole columns or whole rows ("5:5"): whether they are hidden (read only: hiding is the clerk's). */
  readonly Hidden: boolean;
  /** Of one whole row ("5:5"): its outline level, 1 when not grouped (read only: grouping is the clerk's). */
  readonly OutlineLevel: number;
  FormatConditions: WpsFormatConditions;
  Validation: WpsValidation;
  Comment: WpsComment | null;
  Address(): string;
  AddComment(text: string): WpsComment;
  ClearComments(): void;
  /** Values and formulas only (formats and notes stay). */
  ClearContents(): void;
  /** Formats only (values and notes stay). */
  ClearFormats(): void;
  Clear(): void;
  /** Selects the range (on the active sheet only). */
  Select(): void;
  /** Makes one cell of the selection the active cell. */
  Activate(): void;
}

export interface WpsFormatConditions {
  Count: number;
  Item(index: number): WpsFormatCondition;
  Add(Type: number, Operator?: number, Formula1?: string, Formula2?: string): WpsFormatCondition;
}

export interface WpsFormatCondition {
  Type: number;
  Formula1: string;
  /** The look when the rule is true: "您可以设置字体样式、下划线、颜色和删除线属性" (WPS's FormatCondition pages). */
  Interior: { Color: number };
  /** Underline: an XlUnderlineStyle (XL.underlineNone / Single / Double). */
  Font: { Color: number; Bold: boolean; Italic: boolean; Underline: number; Strikethrough: boolean };
  /** The edges drawn when the rule is true: Item(XL.top / bottom / left / right), not the xlEdge… constants. */
  Borders: { Item(Index: number): WpsBorder };
  /** The cells the rule applies to ("返回一个 Range 对象,指定格式规则将应用于的单元格区域"). */
  readonly AppliesTo: WpsRange;
  Delete(): void;
}

/** One edge of a rule's look: LineStyle an XlLineStyle (XL.lineStyleNone: none), Weight an XlBorderWeight, Color BGR. */
interface WpsBorder {
  LineStyle: number;
  Weight: number;
  Color: number;
}

export interface WpsValidation {
  /** XlDVType (3: a list). Read on one cell; see read.ts for a cell without validation. */
  readonly Type: number;
  /** A list's items ("a,b,c") or a reference ("=$A$1:$A$3"). */
  readonly Formula1: string;
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string, Formula2?: string): void;
  Delete(): void;
  InCellDropdown: boolean;
}

export interface WpsComment {
  Text(): string;
  Delete(): void;
  /** The cell the note is on. */
  Parent: WpsRange;
}

interface WpsComments {
  Count: number;
  /** 1-based. */
  Item(index: number): WpsComment;
}

interface WpsListObjects {
  Count: number;
  /** 1-based. */
  Item(index: number): WpsListObject;
}

/** A table: its header row (the column names) and totals row, each read only when shown. */
interface WpsListObject {
  ShowHeaders: boolean;
  ShowTotals: boolean;
  HeaderRowRange: WpsRange | null;
  TotalsRowRange: WpsRange | null;
}

export interface WpsNames {
  Count: number;
  Item(index: number | string): WpsName;
  Add(Name: string, RefersTo: string): unknown;
}

/** A defined name: a sheet's own is named with its sheet ("封面!监控时点"); RefersTo starts with "=". */
interface WpsName {
  Name: string;
  RefersTo: string;
  Delete(): void;
}

/** Enumeration values (the same numbers as Excel's VBA constants). */
export const XL = {
  sheetVisible: -1,
  sheetHidden: 0,
  sheetVeryHidden: 2,
  expression: 2,
  validateList: 3,
  validAlertStop: 1,
  between: 1,
  /** xlColorIndexNone: "Use to specify no interior fill" (Interior.ColorIndex, Excel's object model, which WPS follows). */
  colorIndexNone: -4142,
  /**
   * XlUnderlineStyle (learn.microsoft.com/office/vba/api/excel.xlunderlinestyle): "xlUnderlineStyleNone | -4142 | No
   * underlining", "xlUnderlineStyleSingle | 2", "xlUnderlineStyleDouble | -4119"; the accounting ones (4, 5) are not for
   * conditional formats ("无法使用会计用下划线样式", WPS's FormatCondition page).
   */
  underlineNone: -4142,
  underlineSingle: 2,
  underlineDouble: -4119,
  /**
   * A conditional format's edges (learn.microsoft.com/office/vba/api/excel.formatcondition.borders: "The Borders
   * collection returned by a FormatCondition uses the conditional-format side constants xlLeft, xlRight, xlTop, and
   * xlBottom"; XlBordersIndex / Constants: xlTop -4160, xlBottom -4107, xlLeft -4131, xlRight -4152), and XlLineStyle's
   * xlLineStyleNone.
   */
  top: -4160,
  bottom: -4107,
  left: -4131,
  right: -4152,
  lineStyleNone: -4142,
  /**
   * A range's own edges (learn.microsoft.com/office/vba/api/excel.xlbordersindex: "xlEdgeLeft | 7 | Border at the left
   * edge of the range", "xlEdgeTop | 8", "xlEdgeBottom | 9", "xlEdgeRight | 10"), as Range.Borders.Item takes them.
   */
  edgeLeft: 7,
  edgeTop: 8,
  edgeBottom: 9,
  edgeRight: 10,
} as const;

/** Worksheet.Visible of a sheet the user can see: -1 (xlSheetVisible), or true as some calls give it back. */
export function isShown(visible: number | boolean): boolean {
  return visible === XL.sheetVisible || visible === true;
}

/** "RRGGBB" → the BGR integer RGB(r, g, b) gives (what Interior.Color and Font.Color take). */
export function bgr(hex: string): number {
  const n = parseInt(hex, 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** The BGR integer of Interior.Color / Font.Color → "RRGGBB" (the same swap of red and blue). */
export const rgbHex = (color: number): string => bgr(color.toString(16).padStart(6, "0")).toString(16).padStart(6, "0");

/** A rule's look as WPS gives and takes it (BGR colours): what the clerk may have made of one of ours (管理规则 → 格式). */
export interface WpsRuleLook {
  fill: number;
  font: number;
  bold: boolean;
  italic: boolean;
  underline: number | null; // single or double (XL), else none
  strikethrough: boolean;
  borders: { side: number; style: number; weight: number; color: number }[]; // the edges drawn
}

/** Where a rule lies (AppliesTo: "$K$11:$K$20,$K$25" → K11:K20 K25). */
export const rangesOfRule = (rule: WpsFormatCondition) =>
  parseA1Ranges(rule.AppliesTo.Address().replace(/\$/g, "").replace(/,/g, " "));

/** A conditional format's four edges (FormatCondition.Borders.Item). */
const RULE_EDGES = [XL.top, XL.bottom, XL.left, XL.right];

/** The look of a rule now (read before it is deleted, so the rule added again for its light can have it). */
export function ruleLookOf(rule: WpsFormatCondition): WpsRuleLook {
  const { Interior, Font, Borders } = rule;
  const borders = RULE_EDGES.flatMap((side) => {
    const edge = Borders.Item(side);
    const style = edge.LineStyle;
    return style === XL.lineStyleNone ? [] : [{ side, style, weight: edge.Weight, color: edge.Color }];
  });
  return {
    fill: Interior.Color,
    font: Font.Color,
    bold: Font.Bold === true,
    italic: Font.Italic === true,
    underline: [XL.underlineSingle, XL.underlineDouble].find((u) => u === Font.Underline) ?? null,
    strikethrough: Font.Strikethrough === true,
    borders,
  };
}
