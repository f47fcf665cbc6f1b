/**
 * A strict fake of the WPS 表格 (ET) object model, as far as the adapter uses it. Synchronous like the real
 * one; every property read or write and every method call on a WPS object counts as one call (`calls`), so
 * tests can show the adapter works in bulk. Each behaviour below cites the documentation line it follows.
 * WPS documents its ET object model at airsheet.wps.cn (the same Application / Workbook / Range model its JS
 * add-ins get under window.Application); where WPS's page is silent, Microsoft's VBA page for the same member
 * is cited, since ET follows the VBA contract member by member.
 */
/* eslint-disable @typescript-eslint/no-this-alias -- the WPS objects are literals with getters; they reach the fake through `fake` */
import { absoluteRef, columnIndex, columnLetters, parseA1Range, quoteSheetName } from "../../../src/core/a1";
import { chunkMarks } from "../../../src/core/plan/marks";
import { MARKS_SHEET, type CellRange, type CellValue, type WorkbookSnapshot } from "../../../src/core/types";
import type {
  WpsApplication,
  WpsFunctionMetadata,
  WpsComment,
  WpsFormatCondition,
  WpsFormatConditions,
  WpsNames,
  WpsRange,
  WpsValidation,
  WpsValue,
  WpsWorkbook,
  WpsWorksheet,
  WpsWorksheets,
} from "../../../src/host/wps/model";
import { XL } from "../../../src/host/wps/model";
import { formulaRefusal, textRefusal } from "../cellLimits";
import {
  formulaAfterSheetDeletion,
  CATCHES_ERRORS,
  nameAfterDeletion,
  namesSheet,
  shiftFormula as shiftSheetFormula,
  shiftIndex,
  grownLists,
  renameInFormula,
  renameRefusal,
  shiftRange,
  mergeRefusal,
  mergedAreas,
  type Shift,
} from "../../scenarios/excelShift";

/** Prefix of the WPS pages cited below as ${DOC}/…. */
export const DOC = "https://airsheet.wps.cn/docs/apiV2/excel/workbook";
/**
 * READ_LIMIT — the most cells one Value2 or Formula read may ask for. No page states a limit: WPS's Range/属性/Value2
 * 属性 ("返回或设置单元格值。Variant 类型") and Formula pages say nothing of size, and Microsoft's says arrays are "limited
 * only by the available memory" (support.microsoft.com KB 166342, "Description of the limitations for working with arrays
 * in Excel"). A read is one 2-D array built in the add-in's page: a value typed at A1048576 beside a 14-column table makes
 * the used range 14.7 million cells, which would be that array (the memory and the hang the reader must avoid). So a
 * conservative bound: 100,000 cells a read (a goal sheet read whole is a few thousand); more is refused.
 */
export const READ_LIMIT = 100_000;
/** The Range objects the fake made: what CountA is handed (the areas of a sheet of a workbook). */
const RANGES = new WeakMap<object, { fake: FakeWps; sheet: string; areas: CellRange[] }>();
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

export interface FakeCell {
  value: CellValue;
  /** With the leading "=". */
  formula: string | null;
  numberFormat: string;
  bold?: boolean;
  /** BGR integers, as Interior.Color / Font.Color hold them. */
  fill?: number;
  fontColor?: number;
  /** Font.Italic, Font.Strikethrough, Font.Underline (an XlUnderlineStyle); unset: the Normal style's. */
  italic?: boolean;
  strikethrough?: boolean;
  underline?: number;
  /** The cell's own edges drawn (BORDERS, Range.Borders below): side ("top", "bottom", "left", "right") → an XlLineStyle. */
  borders?: Record<string, number>;
}

/**
 * The Normal style's font (Workbook.Styles.Item("Normal").Font): learn.microsoft.com/office/vba/api/excel.styles, "There
 * are several built-in styles—including Normal, Currency, and Percent", "ActiveWorkbook.Styles("Normal").Font.Bold =
 * True" changes it; excel.style.font, "Returns a Font object that represents the font of the specified object". Every
 * cell takes it unless given its own: a cell's Font property not set on it reads the Normal style's (no page says so in
 * words; it is what Excel and WPS show — a bold Normal makes every cell bold). WPS follows Excel's object model (no
 * WPS page found for Styles). Only "Normal" is imitated: another style's name is refused.
 */
export interface FakeFont {
  Color: number;
  Bold: boolean;
  Italic: boolean;
  Strikethrough: boolean;
  Underline: number;
}

/** A new workbook's Normal font: automatic colour (reads black, 0), nothing on. */
export const NORMAL_FONT: FakeFont = { Color: 0, Bold: false, Italic: false, Strikethrough: false, Underline: -4142 };

export interface FakeRule {
  ranges: CellRange[];
  /** Stored relative to the rule's own anchor (top-left cell of its first range). */
  formula: string;
  fill?: number;
  font?: number;
  /** Font.Bold / Font.Italic of the rule's look (a clerk's 管理规则 → 格式 → 字形). */
  bold?: boolean;
  italic?: boolean;
  /** Font.Underline (an XlUnderlineStyle) and Font.Strikethrough of the rule's look (管理规则 → 格式 → 下划线, 删除线). */
  underline?: number;
  strikethrough?: boolean;
  /** FormatCondition.Borders, by side (XL.top …): each edge drawn. */
  borders?: Map<number, { style: number; weight: number; color: number }>;
}

export interface FakeSheet {
  name: string;
  /**
   * Worksheet.CodeName: the sheet's name when it was made, kept through renames (${DOC}/Worksheet/属性/CodeName 属性.html:
   * "创建一张工作表时,其工作表名称和代码名是相同的,不过,更改工作表名称时并不影响其代码名"). A sheet of a file opened is taken
   * as made under the name it has then.
   */
  codeName: string;
  visible: number;
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  rules: FakeRule[];
  /** Per cell: the list of a drop-down (Formula1). */
  validations: Map<string, string>;
  comments: Map<string, string>;
  widths: Map<number, number>;
  /** Columns hidden by the clerk (右键 → 隐藏), 0-based: HIDDEN (Range.Hidden below). */
  hiddenColumns: Set<number>;
  /** Tables (插入 → 表格): the range they take up, header row included (when shown), totals row last (when shown). */
  tables: FakeTable[];
  /** Names of the pictures and shapes on the sheet (插入 → 图片 / 形状). */
  shapes: string[];
  /** 页面布局 → 打印区域, its rectangles; absent: none (PageSetup.PrintArea below). */
  printArea?: CellRange[];
  /** 数据 → 筛选 (Range.AutoFilter: FILTER): its range and the one column filtered, with the texts shown; absent: none. */
  autoFilter?: { range: CellRange; column: number; values: string[] };
  /** Rows the AutoFilter hides (FILTER), and rows the clerk hid (右键 → 隐藏: HIDDEN), 0-based. */
  hiddenRows?: Set<number>;
  /** Rows the clerk gave a height (右键 → 行高, Range.RowHeight below), 0-based → points. */
  rowHeights?: Map<number, number>;
  /** Rows the clerk grouped (数据 → 创建组, Range.OutlineLevel below), 0-based → level above 1 (OUTLINE). */
  outlineLevels?: Map<number, number>;
}

export interface FakeTable {
  range: CellRange;
  showHeaders: boolean;
  showTotals: boolean;
}

export interface FakeModel {
  sheets: FakeSheet[];
  /** Name (a sheet's own: "封面!监控时点") → RefersTo ("='封面'!$B$2"). */
  names: Map<string, string>;
  /** 审阅 → 保护工作簿 (structure): sheets cannot be added, deleted, renamed, hidden or shown. */
  structureProtected?: boolean;
  /** 1904 date system (WorkbookSnapshot.date1904): what Workbook.Date1904 gives. */
  date1904?: boolean;
  /** The Normal style's font (FakeFont); NORMAL_FONT when not given. */
  normalFont?: FakeFont;
  /**
   * What Value2 gives for a cell showing an error value. WPS's pages say nothing of it (none found). Its text ("#DIV/0!")
   * by default; "code": the form the object model's contract gives outside VBA — an Error variant (CVErr, "xlErrDiv0 |
   * 2007 | #DIV/0!", learn.microsoft.com/office/vba/excel/concepts/cells-and-ranges/cell-error-values) crosses COM as
   * the HRESULT 0x800A0000 + its number (0x800A07D7 = -2146826281 for #DIV/0!), a plain number to a script.
   */
  errorsAs?: "text" | "code";
}

export class WpsError extends Error {}

/**
 * A Range as the clerk's own macro (or WPS's UI doing the same) reaches it: the adapter's WpsRange (model.ts) and what
 * the clerk does between two runs that the adapter never does — cells merged (Merge, UnMerge: MERGE), columns hidden
 * (EntireColumn, Hidden: HIDDEN), rows filtered out (AutoFilter: FILTER), grouped (OutlineLevel: OUTLINE) and bordered (Borders: BORDERS).
 */
export interface FakeWpsRange extends WpsRange {
  AutoFilter(Field: number, Criteria1: string | string[], Operator?: number): void;
  Merge(Across?: boolean): void;
  UnMerge(): void;
  readonly EntireColumn: FakeWpsRange;
  Hidden: boolean;
  OutlineLevel: number;
  /** 开始 → 边框 (BORDERS): an outer edge's LineStyle set. */
  readonly Borders: { Item(Index: number): { LineStyle: number | null }; readonly LineStyle: number | null };
}

/** A Worksheet as the clerk's macro reaches it: the adapter's, and Copy (the clerk copies the sheet: COPY). */
export interface FakeWpsWorksheet extends WpsWorksheet {
  Range(address: string): FakeWpsRange;
  Copy(Before?: WpsWorksheet | null, After?: WpsWorksheet | null): void;
}

/** What is selected on a sheet, and its active cell (one cell of the selection). */
export interface FakeView {
  areas: CellRange[];
  cell: { row: number; col: number };
  /** A picture or shape selected over the cells (Selection is then that object, not a Range). */
  shape?: string;
}

const key = (row: number, col: number) => `${row},${col}`;

export function emptySheet(name: string): FakeSheet {
  return {
    name,
    codeName: name,
    visible: -1,
    protected: false,
    cells: new Map(),
    merges: [],
    rules: [],
    validations: new Map(),
    comments: new Map(),
    widths: new Map(),
    hiddenColumns: new Set(),
    tables: [],
    shapes: [],
  };
}

/** A fake workbook holding what a snapshot describes (the marks sheet rebuilt from marks / settings). */
export function modelFromSnapshot(snapshot: WorkbookSnapshot): FakeModel {
  const sheets = snapshot.sheets.map((s) => {
    const sheet = emptySheet(s.name);
    // ${DOC}/Worksheet/属性/Visible 属性.html: "返回或设置一个 XlSheetVisibility 值", "newSheet.Visible =
    // xlSheetVeryHidden"; xlSheetVeryHidden = 2 ("the user cannot make the object visible"), xlSheetHidden = 0
    // (https://learn.microsoft.com/office/vba/api/excel.xlsheetvisibility).
    if (s.hidden) sheet.visible = s.veryHidden ? 2 : 0;
    s.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = s.formulas?.[r]?.[c] ?? null;
        const numberFormat = s.numberFormats?.[r]?.[c] ?? "General";
        if (value !== null || formula || numberFormat !== "General")
          sheet.cells.set(key(r + s.originRow, c + s.originCol), {
            value,
            formula: formula ? `=${formula}` : null,
            numberFormat,
          });
      }),
    );
    sheet.merges = s.merges.map((m) => ({ ...m }));
    if (s.printArea) sheet.printArea = s.printArea.map((r) => ({ ...r }));
    return sheet;
  });
  if (snapshot.marks || snapshot.settings) {
    const marks = emptySheet(snapshot.marksSheet ?? MARKS_SHEET); // where the reader found it (or would write it)
    marks.visible = 2;
    if (snapshot.marks)
      chunkMarks(snapshot.marks).forEach((chunk, c) =>
        marks.cells.set(key(0, c), { value: chunk, formula: null, numberFormat: "General" }),
      );
    if (snapshot.settings)
      marks.cells.set(key(1, 0), { value: snapshot.settings, formula: null, numberFormat: "General" });
    sheets.push(marks);
  }
  // The snapshot's names as Workbook.Names lists them: a sheet's own named with its sheet (Names.Item above).
  const names = new Map<string, string>();
  // A sheet's print area is its PageSetup.PrintArea here, not one of the names (how Names lists it is not modelled).
  for (const n of snapshot.names ?? [])
    if (n.name.toLowerCase() !== "_xlnm.print_area")
      names.set(
        n.sheet === undefined ? n.name : `${quoteSheetName(n.sheet)}!${n.name}`,
        `=${n.refersTo.replace(/^=/, "")}`,
      );
  return { sheets, names, ...(snapshot.date1904 ? { date1904: true } : {}) };
}

export class FakeWps {
  /** Property reads, writes and method calls on WPS objects. */
  calls = 0;
  /** The sheets whose UsedRange was asked for, in order (what a reader read of the cells). */
  usedRangesRead: string[] = [];
  /** Cells the Value2 / Formula reads asked for (READ_LIMIT: what reading a sheet costs the add-in's page). */
  cellsAsked = 0;
  /** The most cells one Value2 / Formula read asked for. */
  largestRead = 0;
  readonly app: WpsApplication;
  private activeSheet: string;
  /**
   * Each sheet's selection, kept while another sheet is shown: Worksheet.Activate "使当前工作表成为活动工作表。" / "调用此方法
   * 等同于单击工作表的标签" (${DOC}/Worksheet/方法/Activate 方法.html), and a sheet shown by its tab shows the cells selected
   * on it before. A1 until something else is selected.
   */
  private readonly views = new WeakMap<FakeSheet, FakeView>();
  private displayAlerts = true;
  private screenUpdating = true;
  private added = 0;
  /** Task panes made with CreateTaskPane (url, visible), by ID. */
  readonly panes = new Map<number, { url: string; visible: boolean }>();
  /** Application.PluginStorage. */
  readonly storage = new Map<string, unknown>();
  /** Functions registered with Application.AddCustomFunction, by the name formulas call them: "PERF.STATUS". */
  readonly customFunctions = new Map<
    string,
    { callback: (...args: unknown[]) => unknown; metadata?: WpsFunctionMetadata }
  >();
  /** Callbacks given to ApiEvent.AddApiEventListener("SheetChange"). */
  private readonly sheetChange = new Set<(sheet: WpsWorksheet, target: WpsRange) => void>();
  /**
   * Application.ApiEvent. WPS's typings for ET add-ins (npm et-jsapi-declare, addon.et.d.ts, with Kingsoft's index.d.ts
   * making it part of `Application`) declare `AddApiEventListener(EventName: 'SheetChange', callback: string |
   * ((WorkSheet: Et.Worksheet, Range: …) => void))` and `RemoveApiEventListener(EventName: 'SheetChange', callback?)`;
   * what SheetChange means is Excel's (learn.microsoft.com/zh-cn/office/vba/api/excel.workbook.sheetchange: "当用户或外部
   * 链接更改了任何工作表中的单元格时发生此事件" — Sh: "一个代表工作表的 Worksheet 对象", Target: "更改的区域"). The fake
   * raises it after each change of cells, the add-in's own writes included (VBA's Change event fires for those too),
   * and after rows the clerk inserts (insertRows). Only SheetChange is modelled.
   */
  readonly apiEvent = {
    AddApiEventListener: (name: string, callback: (sheet: WpsWorksheet, target: WpsRange) => void) => {
      this.calls++;
      if (name !== "SheetChange") throw new WpsError(`fake: 只模拟 SheetChange 事件，收到 ${name}`);
      if (typeof callback !== "function") throw new WpsError("fake: 回调须为函数");
      this.sheetChange.add(callback);
    },
    RemoveApiEventListener: (name: string, callback?: (sheet: WpsWorksheet, target: WpsRange) => void) => {
      this.calls++;
      if (name !== "SheetChange") throw new WpsError(`fake: 只模拟 SheetChange 事件，收到 ${name}`);
      if (callback) this.sheetChange.delete(callback);
      else this.sheetChange.clear();
    },
  };

  /** The window this workbook is open in with others (FakeWpsWindow); none: it is the only one. */
  window: FakeWpsWindow | null = null;

  constructor(
    readonly model: FakeModel,
    /** Workbook.FullName: the file's path, which WPS shows in the title bar. */
    readonly fullName = "D:\\绩效监控\\绩效目标表.xlsx",
  ) {
    this.activeSheet = model.sheets.find((s) => s.visible === -1)?.name ?? model.sheets[0]?.name ?? "";
    const fake = this;
    const workbook = this.workbook();
    this.app = {
      get ActiveWorkbook() {
        fake.calls++;
        return workbook;
      },
      get ActiveSheet() {
        fake.calls++;
        return fake.model.sheets.some((s) => s.name === fake.activeSheet) ? fake.worksheet(fake.activeSheet) : null;
      },
      get Selection() {
        fake.calls++;
        // ${DOC}/Application/属性/Selection 属性.html: "Application 对象返回在活动窗口中选定的对象。" / "返回的对象类型取决于当前
        // 所选内容(例如,如果选择了单元格,此属性将返回 Range 对象)" — a selected picture gives the picture (its Name; no
        // Address, no Select of cells).
        const view = fake.view(fake.activeSheet);
        if (view.shape !== undefined) return fake.selectedShape(view.shape);
        return fake.range(fake.activeSheet, view.areas);
      },
      get ActiveWindow() {
        fake.calls++;
        const sheet = fake.activeSheet;
        return {
          get RangeSelection() {
            fake.calls++;
            // learn.microsoft.com/zh-cn/office/VBA/api/excel.window.rangeselection: "返回一个 Range 对象,该对象代表指定窗口中工作表
            // 中的选定单元格,即使图形对象处于活动状态或已在工作表上选定。" / "RangeSelection 属性将返回在图形对象被选定之前选定的
            // 单元格区域。"
            return fake.range(sheet, fake.view(sheet).areas);
          },
        };
      },
      get ApiEvent() {
        fake.calls++;
        return fake.apiEvent;
      },
      get Workbooks() {
        fake.calls++;
        // Kingsoft's typings (et-jsapi-declare 2.5.0, lib.et.d.ts, `interface Workbooks`): "readonly Count: number;",
        // "Item(Index: TypedAny<string | number>): Workbook;" — learn.microsoft.com/office/vba/api/excel.workbooks.item:
        // "The name or index number of the workbook." The workbooks open in this one's window, this one alone by default.
        const open = () => fake.window?.books ?? [fake];
        return {
          get Count() {
            fake.calls++;
            return open().length;
          },
          Item(index: number | string) {
            fake.calls++;
            const book = typeof index === "number" ? open()[index - 1] : open().find((b) => b.name === index);
            if (!book) throw new WpsError(`下标越界：${index}`);
            return book.app.ActiveWorkbook!;
          },
        };
      },
      get ActiveCell() {
        fake.calls++;
        // ${DOC}/Application/属性/ActiveCell 属性.html: "返回一个 Range 对象,该对象代表活动窗口(顶部窗口)或指定窗口中的活动单元格。"
        const { row, col } = fake.view(fake.activeSheet).cell;
        return fake.range(fake.activeSheet, [{ top: row, left: col, bottom: row, right: col }]);
      },
      get WorksheetFunction() {
        fake.calls++;
        // ${DOC}/Application/属性/WorksheetFunction 属性.html: "返回 WorksheetFunction 对象。只读。" Its example counts a column's
        // filled cells: "本示例使用 CountA 工作表函数确定列 A 中包含值的单元格数量" (WorksheetFunction.CountA(colA));
        // learn.microsoft.com/office/vba/api/excel.worksheetfunction.counta: "Counts the number of cells that are not
        // empty" — a formula giving "" counts. Only CountA is modelled; it costs one call whatever the range's size (the
        // host counts; the page is not handed the cells).
        return {
          CountA(range: WpsRange) {
            fake.calls++;
            const of = RANGES.get(range);
            if (!of) throw new WpsError("fake: CountA 只接受 Range 对象");
            let n = 0;
            const cells = of.fake.sheet(of.sheet).cells;
            // Areas smaller than the sheet's cells are counted cell by cell (the same count, sooner).
            const area = of.areas.reduce((sum, a) => sum + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
            if (area < cells.size && of.areas.length === 1) {
              const [a] = of.areas;
              for (let row = a.top; row <= a.bottom; row++)
                for (let col = a.left; col <= a.right; col++) {
                  const c = cells.get(key(row, col));
                  if (c && (c.value !== null || c.formula)) n++;
                }
              return n;
            }
            for (const [k, c] of cells) {
              if (c.value === null && !c.formula) continue;
              const [row, col] = k.split(",").map(Number);
              if (of.areas.some((a) => inside(a, row, col))) n++;
            }
            return n;
          },
        };
      },
      get DisplayAlerts() {
        fake.calls++;
        return fake.displayAlerts;
      },
      set DisplayAlerts(v: boolean) {
        fake.calls++;
        fake.displayAlerts = v;
      },
      get ScreenUpdating() {
        fake.calls++;
        return fake.screenUpdating;
      },
      set ScreenUpdating(v: boolean) {
        fake.calls++;
        fake.screenUpdating = v;
      },
      // The wpsjs template's ribbon.js: "let tskpane = window.Application.CreateTaskPane(GetUrlPath() + …)",
      // "window.Application.PluginStorage.setItem("taskpane_id", tskpane.ID)", "tskpane.Visible = true";
      // later "let tskpane = window.Application.GetTaskPane(tsId)" (https://app.unpkg.com/wpsjs@2.2.2/files/
      // packages/@wps-jsapi/wpp/js/ribbon.js).
      CreateTaskPane(url: string) {
        fake.calls++;
        if (typeof url !== "string" || !/^(https?|file):\/\//.test(url))
          throw new WpsError(`任务窗格地址须为完整 URL：${url}`);
        const id = fake.panes.size + 1;
        fake.panes.set(id, { url, visible: false });
        return fake.pane(id);
      },
      GetTaskPane(id: number) {
        fake.calls++;
        return fake.panes.has(id) ? fake.pane(id) : null;
      },
      // Kingsoft's typings (et-jsapi-declare 2.5.0 index.d.ts, interface PluginStorage): "该对象与LocalStorage的用法类似",
      // "setItem(key: string, value: number | boolean | string): void;", "getItem(key: string): string;". So a number
      // stored comes back as its text, as localStorage's would ("3"), and nothing but those three types is taken. (The
      // wpsjs template's toggle, setItem("EnableFlag", !bFlag) on what getItem gave, reads as if the type were kept: the
      // two disagree, so the adapter must work with either; TESTING.md §9 asks which.) A key never set: null, as
      // localStorage's getItem gives. It is the add-in's, not a page's: "一个 WPS 加载项中的多个网页形成了一个整体, 相互之间可以
      // 进行数据共享" (WPS 加载项介绍, cloud.tencent.com/developer/article/1604717), so it lives on the fake, outliving any
      // ribbon page made over it; the template's OnAddinLoad ("这个函数在整个wps加载项中是第一个执行的") resets its flags in
      // it (wpsjs@2.2.2 packages/@wps-jsapi/wpp/js/ribbon.js).
      PluginStorage: {
        getItem: (k: string) => (fake.storage.has(k) ? String(fake.storage.get(k)) : null),
        setItem: (k: string, v: unknown) => {
          if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean")
            throw new WpsError(`PluginStorage 只存数字、布尔值或文本，收到 ${typeof v}`);
          fake.storage.set(k, v);
        },
      },
      // et-jsapi-declare 2.5.0 (addon.et.d.ts, EtAddonRoot): AddCustomFunction(namespace: string, name: string,
      // callback: Function, metadata?: { description?, result: { type? }, parameters: { name?, type?, description? }[] }).
      // Kingsoft's page “wps加载项自定义函数”: formulas call 命名空间.函数名(参数列表). Names and type words as Kingsoft's
      // generator of this metadata writes them (wpsjs 2.2.3 src/vite_plugins.js: functionNamePattern
      // ^[a-zA-Z_][a-zA-Z0-9_]*$; "string" / "number" / "bool" / "any", arrays only two-dimensional, "?" when optional);
      // anything else is refused here, as nothing says WPS takes it.
      AddCustomFunction(
        namespace: string,
        name: string,
        callback: (...args: unknown[]) => unknown,
        metadata?: WpsFunctionMetadata,
      ) {
        fake.calls++;
        const word = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
        if (!word.test(namespace) || !word.test(name)) throw new WpsError(`函数名不符合规范：${namespace}.${name}`);
        if (typeof callback !== "function") throw new WpsError("fake: 回调须为函数");
        const type = /^(string|number|bool|any)(\[\]\[\])?\??$/;
        if (metadata) {
          if (!metadata.result || !Array.isArray(metadata.parameters))
            throw new WpsError("fake: 元数据须有 result 与 parameters");
          for (const t of [metadata.result.type, ...metadata.parameters.map((p) => p.type)])
            if (t !== undefined && !type.test(t)) throw new WpsError(`fake: 类型 ${t} 不是 wpsjs 生成的类型`);
        }
        fake.customFunctions.set(`${namespace}.${name}`, { callback, metadata });
      },
    };
  }

  /**
   * A formula's call of a registered function, its arguments as given. Synchronous only (“调用方式目前只支持同步式调用,
   * 暂不支持异步调用”, the page above): a promise is refused. An unregistered name is #NAME?, as for any unknown function.
   * What WPS makes of an exception the function throws is not documented: it is not imitated, it reaches the caller.
   */
  callFunction(name: string, args: unknown[]): unknown {
    const registered = this.customFunctions.get(name);
    if (!registered) return "#NAME?";
    const out = registered.callback(...args);
    if (out instanceof Promise) throw new WpsError(`fake: ${name} 返回了 Promise，WPS 只支持同步的自定义函数`);
    return out;
  }

  /** Workbook.Name: the file's name without its folder. */
  get name(): string {
    return this.fullName.split(/[\\/]/).pop()!;
  }

  private pane(id: number) {
    const panes = this.panes;
    return {
      get ID() {
        return id;
      },
      get Visible() {
        return panes.get(id)!.visible;
      },
      set Visible(v: boolean) {
        panes.get(id)!.visible = v;
      },
    };
  }

  /** Raise SheetChange for `areas` of the sheet (see apiEvent). */
  private changed(sheetName: string, areas: CellRange[]): void {
    for (const callback of [...this.sheetChange]) callback(this.worksheet(sheetName), this.range(sheetName, areas));
  }

  private selectedShape(name: string) {
    const fake = this;
    return {
      get Name() {
        fake.calls++;
        return name;
      },
    };
  }

  /**
   * 审阅 → 保护工作簿 with 结构 ticked refuses every change of the workbook's sheets: "When you protect the structure,
   * worksheets can't be moved, deleted, hidden, unhidden, or renamed, and new worksheets can't be inserted."
   * (office.microsoft.com, Help secure and protect data in Excel; Workbook.Protect: "Structure … True to protect the
   * structure of the workbook (the relative position of the sheets)", learn.microsoft.com/dotnet/api/
   * microsoft.office.interop.excel._workbook.protect). WPS names it the same (${DOC}/Workbook/属性/ProtectStructure 属性,
   * whose example says "you cannot delete, add, or change the location of any sheets in this workbook").
   */
  private refuseStructure(what: string): void {
    this.protectingBefore(null);
    if (this.model.structureProtected) throw new WpsError(`工作簿结构受保护，不能${what}`);
  }

  /**
   * PART-WAY — a run refused half-way, as WPS refuses a write to a protected sheet or workbook: `protectAt(k)` protects,
   * just before the k-th call from now on that protection refuses, the sheet that call writes (a value, a format, a fill,
   * a rule, a list, a note: 审阅 → 保护工作表) or, for a sheet added, renamed, hidden, shown or deleted, the workbook's
   * structure (审阅 → 保护工作簿), and that call is refused as every write there is (range(), refuseStructure):
   * ${DOC}/Worksheet/方法/Protect 方法.html "保护工作表使其不能被修改。"; ${DOC}/Workbook/属性/ProtectStructure 属性.html
   * (above). Every call before it stands: the object model has no transaction, each property set is carried out when it
   * is made (learn.microsoft.com/office/vba/api/excel.range.value: "Assigning a 2-dim array to the the Value property will
   * copy the values to the range in one operation" — one call, one change). The protection stays, as the clerk's does,
   * until the test lifts it (FakeSheet.protected, FakeModel.structureProtected). Calls no protection refuses (a defined
   * name, a selection, the view put back) are not counted.
   */
  protectAt(k: number): void {
    if (!Number.isInteger(k) || k < 1) throw new Error(`fake: protectAt(${k})`);
    this.protecting = { left: k };
  }

  private protecting: { left: number } | null = null;
  /** The calls made so far that a protection refuses (what protectAt counts). */
  protectableCalls = 0;
  /** Which of them (their counts) add, rename, hide, show or delete a sheet: the workbook's structure refuses those. */
  readonly structureCalls: number[] = [];

  /** The protection protectAt set up arrives before this call (of `sheet`, or null: the workbook's structure). */
  private protectingBefore(sheet: string | null): void {
    this.protectableCalls++;
    if (sheet === null) this.structureCalls.push(this.protectableCalls);
    if (!this.protecting || --this.protecting.left > 0) return;
    this.protecting = null;
    if (sheet === null) this.model.structureProtected = true;
    else this.sheet(sheet).protected = true;
  }

  /** The clerk clicks a picture or shape on the active sheet: it is selected, the cells' selection stays behind it. */
  selectShape(name: string): void {
    const sheet = this.sheet(this.activeSheet);
    if (!sheet.shapes.includes(name)) throw new WpsError(`没有图形「${name}」`);
    this.view(this.activeSheet).shape = name;
  }

  /**
   * The clerk inserts `count` rows above row `at` (0-based) of a sheet (右键 → 插入行), as Range("5:6").EntireRow.Insert
   * would (see shiftLines). SheetChange tells of the inserted rows (Target: the whole rows, as Excel gives its Change
   * event).
   */
  insertRows(sheetName: string, at: number, count: number): void {
    this.shiftLines({ sheet: sheetName, axis: "row", at, count });
    this.changed(sheetName, [{ top: at, left: 0, bottom: at + count - 1, right: MAX_COL }]);
  }

  /** The clerk inserts `count` columns left of column `at` (0-based) (右键 → 插入列); as insertRows, across. */
  insertColumns(sheetName: string, at: number, count: number): void {
    this.shiftLines({ sheet: sheetName, axis: "col", at, count });
    this.changed(sheetName, [{ top: 0, left: at, bottom: MAX_ROW, right: at + count - 1 }]);
  }

  /**
   * The clerk deletes `count` whole rows from row `at` (0-based) on (右键 → 删除 → 整行), as Range("5:6").EntireRow.Delete
   * (xlShiftUp) would (see shiftLines). SheetChange tells of it (Target: the rows where the deleted ones were).
   */
  deleteRows(sheetName: string, at: number, count: number): void {
    this.shiftLines({ sheet: sheetName, axis: "row", at, count: -count });
    this.changed(sheetName, [{ top: at, left: 0, bottom: at + count - 1, right: MAX_COL }]);
  }

  /** The clerk deletes `count` whole columns from column `at` on (右键 → 删除 → 整列); as deleteRows, across. */
  deleteColumns(sheetName: string, at: number, count: number): void {
    this.shiftLines({ sheet: sheetName, axis: "col", at, count: -count });
    this.changed(sheetName, [{ top: 0, left: at, bottom: MAX_ROW, right: at + count - 1 }]);
  }

  /**
   * Whole rows or columns inserted (count > 0) or deleted (count < 0). MOVE —
   * learn.microsoft.com/zh-cn/office/VBA/api/excel.range.insert: "在工作表或宏表中插入一个单元格或单元格区域,其他单元格相应
   * 移位以腾出空间。" (no WPS page on Range.Insert found; ET follows the VBA
   * contract, see the file's head). FOLLOW — what moves with the cells, as tests/scenarios/excelShift.ts gives it for
   * Excel (one home for the rule): every formula's references to moved cells, on any sheet, absolute ones too
   * (EPPlus, imitating Excel: "Formulas/references in the workbook affected by the change will be adjusted … for
   * formulas, styles, tables, … data validations, filters, conditional formatting"); a range with the insertion inside
   * it grows. Defined names likewise — "When you insert a row above the named range or insert a column to the left of
   * the named range, Excel changes the range reference to reflect its new address. For example, if you insert a new row
   * 1, MyRange then refers to =Sheet1!$C$4:$E$6." and "If you insert a new row or column within the named range, the
   * named range expands to include the new row or column." (J. Walkenbach, Excel 2007 Formulas, "How Excel Maintains
   * Cell and Range Names", flylib.com/books/en/3.427.1.43/1/). Text in quotes is no reference: HYPERLINK("#'表'!A35", …)
   * keeps A35. Cells, drop-downs, notes, merged areas, rules (their ranges and formulas) and tables move; a print area
   * is refused (how it moves is not imitated).
   * DELETE — learn.microsoft.com/zh-cn/office/vba/api/excel.range.delete: "删除对象。" / Shift: "指定如何移动单元格来替换删除的
   * 单元格。 可以是以下 XlDeleteShiftDirection 常量之一: xlShiftToLeft 或 xlShiftUp。" (no WPS page on Range.Delete found;
   * ET follows the VBA contract). What goes with the deleted cells, as tests/scenarios/excelShift.ts gives it for Excel
   * (EPPlus, imitating Excel: "DeleteRow and DeleteColumn will now set deleted cells in a formula to #REF! if fully
   * deleted or shrink the addresses if partial deleted"): the cells, drop-downs and notes on the deleted lines go; a
   * merged area, a rule's or a table's range shrinks, and goes when all of it was deleted; a reference to deleted cells
   * (in a formula on any sheet, a rule's formula, a drop-down's source, a defined name) is #REF!, one to a range partly
   * deleted shrinks. A formula that now holds #REF! shows the #REF! error ("#REF! This displays when a cell reference is
   * not valid or when you deleted cells referred to by a formula", Mescius SpreadJS formula reference, Resultant Error
   * Values, as excelShift.ts DELETE_SHEET), unless it catches errors (IFERROR…: not computed by the fake, refused). A rule
   * keeps what it says of each cell left (its relative references read from each cell, as Formula1's page above): one
   * whose anchor cell is deleted is anchored on its first cell left. Not imitated, so refused: a table's header row
   * deleted.
   */
  private shiftLines(s: Shift): void {
    const sheet = this.sheet(s.sheet);
    if (!Number.isInteger(s.at) || !Number.isInteger(s.count) || s.at < 0 || s.count === 0)
      throw new WpsError(`fake: 插入或删除的位置或数目无效：${s.at} / ${s.count}`);
    if (sheet.printArea?.length)
      throw new WpsError("fake: rows or columns inserted beside a print area (not imitated)");
    // HIDDEN: whether a column inserted beside a hidden one is hidden too is on no page found (as the Excel fake).
    if (s.axis === "col" && sheet.hiddenColumns.size > 0)
      throw new WpsError("fake: columns inserted or deleted on a sheet with hidden columns (not imitated)");
    // FILTER: where a filter's range and hidden rows go when lines are inserted or deleted is not imitated.
    if (sheet.autoFilter || sheet.hiddenRows?.size || sheet.rowHeights?.size || sheet.outlineLevels?.size)
      throw new WpsError(
        "fake: rows or columns inserted or deleted on a filtered sheet or one with hidden, sized or grouped rows (not imitated)",
      );
    // Cells pushed past the sheet's last row or column: what WPS does then is on no page found, so it is not imitated.
    const last = s.axis === "row" ? MAX_ROW : MAX_COL;
    const lineOf = (k: string) => Number(k.split(",")[s.axis === "row" ? 0 : 1]);
    if ([...sheet.cells.keys()].some((k) => lineOf(k) + s.count > last))
      throw new WpsError("fake: cells pushed off the sheet (not imitated)");
    const lost = (line: number) => shiftIndex(line, s) === null;
    const start = (r: CellRange) => (s.axis === "row" ? r.top : r.left);
    // A rule whose anchor (its first range's top-left cell) is deleted is anchored on its first cell left: its formula
    // is first written as it reads in that cell (relative references moved, as Formula1 reads from another cell).
    for (const rule of sheet.rules) {
      const first = rule.ranges.find((r) => shiftRange(r, s) !== null);
      const anchor = rule.ranges[0];
      if (!first || !lost(start(anchor))) continue;
      const end = s.at - s.count; // the first line after the deleted ones
      const top = s.axis === "row" && lost(first.top) ? end : first.top;
      const left = s.axis === "col" && lost(first.left) ? end : first.left;
      rule.formula = shiftFormula(rule.formula, top - anchor.top, left - anchor.left);
    }
    if (sheet.tables.some((t) => t.showHeaders && (s.axis === "row" ? lost(t.range.top) : false)))
      throw new WpsError("fake: a table's header row deleted (not imitated)");
    for (const other of this.model.sheets)
      for (const cell of other.cells.values())
        if (cell.formula && CATCHES_ERRORS.test(cell.formula)) {
          const after = shiftSheetFormula(cell.formula.slice(1), other.name, s);
          if (after.includes("#REF!") && !cell.formula.includes("#REF!"))
            throw new WpsError("fake: a formula catching the #REF! it now holds (not computed)");
        }
    const moveKeys = <T>(map: Map<string, T>) => {
      const moved = [...map].flatMap(([k, v]) => {
        const [row, col] = k.split(",").map(Number);
        const to = shiftIndex(s.axis === "row" ? row : col, s);
        if (to === null) return []; // on a deleted line: gone with it
        return [[s.axis === "row" ? key(to, col) : key(row, to), v] as const];
      });
      map.clear();
      for (const [k, v] of moved) map.set(k, v);
    };
    const moveRanges = (ranges: CellRange[]): CellRange[] =>
      ranges.map((r) => shiftRange(r, s)).filter((r): r is CellRange => r !== null);
    const grown = grownLists(sheet.validations, s); // GROW (excelShift.ts): lists over the insertion take the new cells
    moveKeys(sheet.cells);
    moveKeys(sheet.validations);
    moveKeys(sheet.comments);
    sheet.merges = moveRanges(sheet.merges);
    sheet.tables = sheet.tables.filter((table) => {
      const [range] = moveRanges([table.range]);
      if (range) table.range = range;
      return range !== undefined;
    });
    for (const other of this.model.sheets) {
      for (const cell of other.cells.values())
        if (cell.formula) {
          const formula = `=${shiftSheetFormula(cell.formula.slice(1), other.name, s)}`;
          if (formula.includes("#REF!") && !cell.formula.includes("#REF!")) cell.value = { error: "#REF!" };
          cell.formula = formula;
        }
      // A rule's formula is kept as written in its anchor cell (FakeRule): it follows like a cell's formula there.
      for (const rule of other.rules) rule.formula = shiftSheetFormula(rule.formula, other.name, s);
      // Drop-down lists given as a reference ("=$A$1:$A$3") follow too; lists of items ("能,不能") have none.
      for (const [k, list] of other.validations)
        if (list.startsWith("=")) other.validations.set(k, `=${shiftSheetFormula(list.slice(1), other.name, s)}`);
    }
    for (const { to, from } of grown) sheet.validations.set(to, sheet.validations.get(from)!);
    for (const rule of sheet.rules) rule.ranges = moveRanges(rule.ranges);
    sheet.rules = sheet.rules.filter((rule) => rule.ranges.length > 0);
    // Names: RefersTo is a formula with its sheet named ("='封面'!$B$2"), whatever sheet's name it is.
    for (const [name, refersTo] of this.model.names)
      this.model.names.set(name, `=${shiftSheetFormula(refersTo.replace(/^=/, ""), "", s)}`);
  }

  /**
   * Whether a sheet's copy keeps its code name. No page says what code name a copy gets (Worksheet/属性/CodeName 属性 says
   * only that a sheet made has its name as its code name): "new", one no other sheet has, as a VBA project requires of
   * its objects' names; "same", the original's (the reader then knows neither by its code name). Tests run both.
   */
  copyCodeName: "new" | "same" = "new";

  /**
   * A sheet copied (Worksheet.Copy, or the clerk's 右键 → 移动或复制 → 建立副本) to `index` of the sheets. COPY — no page
   * says what the copy holds or is named; as Excel's Move or Copy… (tests/scenarios/drivers.ts copySheetOfModel, the
   * Excel fake's): the sheet's cells, merged areas, rules, drop-downs, notes, widths, hidden columns and pictures, named
   * "<name> (2)" (the first number free). It becomes the active sheet, as a sheet added does (Worksheets.Add). Refused,
   * not imitated: a sheet with a table, a print area or names of its own (what the copy gets of them is on no page), a
   * formula, rule or list on it naming the sheet (whether it then names the copy), a hidden sheet, a copy's name over 31
   * characters.
   */
  private copySheet(s: FakeSheet, index: number): void {
    if (s.tables.length > 0 || s.printArea?.length) throw new WpsError("fake: 复制有表格或打印区域的工作表（未模拟）");
    if (s.autoFilter || s.hiddenRows?.size || s.rowHeights?.size || s.outlineLevels?.size)
      throw new WpsError("fake: 复制筛选中或有隐藏行、行高、分组行的工作表（未模拟）");
    if ([...this.model.names.keys()].some((n) => n.startsWith(`${s.name}!`)))
      throw new WpsError("fake: 复制有自己名称的工作表（未模拟）");
    const selfNamed = (f: string) => namesSheet(f, s.name);
    if (
      [...s.cells.values()].some((c) => c.formula && selfNamed(c.formula)) ||
      s.rules.some((r) => selfNamed(r.formula)) ||
      [...s.validations.values()].some((v) => v.startsWith("=") && selfNamed(v))
    )
      throw new WpsError("fake: 复制的工作表上有公式指向它自己（未模拟）");
    if (s.visible !== -1) throw new WpsError("fake: 复制隐藏的工作表（未模拟）");
    const taken = new Set(this.model.sheets.map((x) => x.name.toLowerCase()));
    let n = 2;
    while (taken.has(`${s.name} (${n})`.toLowerCase())) n++;
    const name = `${s.name} (${n})`;
    if (name.length > 31) throw new WpsError("fake: 副本名称超过 31 个字符（未模拟）");
    const codes = new Set(this.model.sheets.map((x) => x.codeName));
    let codeName = s.codeName;
    for (let i = 2; this.copyCodeName === "new" && codes.has(codeName); i++) codeName = `${s.codeName}${i}`;
    const copy: FakeSheet = {
      ...emptySheet(name),
      codeName,
      cells: new Map([...s.cells].map(([k, c]) => [k, { ...c }])),
      merges: s.merges.map((m) => ({ ...m })),
      rules: s.rules.map((r) => ({
        ...r,
        ranges: r.ranges.map((x) => ({ ...x })),
        ...(r.borders ? { borders: new Map([...r.borders].map(([k, b]) => [k, { ...b }])) } : {}),
      })),
      validations: new Map(s.validations),
      comments: new Map(s.comments),
      widths: new Map(s.widths),
      hiddenColumns: new Set(s.hiddenColumns),
      shapes: [...s.shapes],
    };
    this.model.sheets.splice(index, 0, copy);
    this.activeSheet = name;
  }

  /** The clerk deletes a sheet (right-click on its tab → 删除; WPS asks first, the clerk confirms): see removeSheet. */
  deleteSheet(name: string): void {
    this.removeSheet(name);
  }

  /**
   * A sheet deleted (Worksheet.Delete, or the clerk). What points at it, as tests/scenarios/excelShift.ts DELETE_SHEET
   * gives it for Excel (one home for the rule; no WPS page says otherwise): a name that is one reference to it becomes
   * "=#REF!", a cell's formula on another sheet keeps its addresses with #REF! for the sheet's name and shows #REF!;
   * a rule, a drop-down's source or a larger name naming it is refused (not imitated), as a formula catching the
   * error (IFERROR…, not computed by the fake).
   */
  private removeSheet(name: string): void {
    this.refuseStructure("删除工作表");
    const gone = this.sheet(name);
    for (const other of this.model.sheets) {
      if (other === gone) continue;
      if (other.rules.some((r) => namesSheet(r.formula, name)))
        throw new WpsError(`fake: a rule on ${other.name} names ${name} (not imitated)`);
      if ([...other.validations.values()].some((v) => v.startsWith("=") && namesSheet(v, name)))
        throw new WpsError(`fake: a drop-down on ${other.name} names ${name} (not imitated)`);
      for (const cell of other.cells.values())
        if (cell.formula && namesSheet(cell.formula, name) && CATCHES_ERRORS.test(cell.formula))
          throw new WpsError("fake: a formula catching the #REF! it now holds (not computed)");
    }
    const names = [...this.model.names].map(([n, ref]) => [n, nameAfterDeletion(ref.replace(/^=/, ""), name)]);
    this.model.sheets = this.model.sheets.filter((s) => s !== gone);
    for (const [n, ref] of names) this.model.names.set(n, `=${ref}`);
    for (const other of this.model.sheets)
      for (const cell of other.cells.values())
        if (cell.formula && namesSheet(cell.formula, name)) {
          cell.formula = `=${formulaAfterSheetDeletion(cell.formula.slice(1), name)}`;
          cell.value = { error: "#REF!" };
        }
  }

  sheet(name: string): FakeSheet {
    const s = this.model.sheets.find((x) => x.name === name);
    if (!s) throw new WpsError(`没有工作表「${name}」`);
    return s;
  }

  get active(): { sheet: string; row: number; col: number } {
    return { sheet: this.activeSheet, ...this.view(this.activeSheet).cell };
  }

  /** The sheet's selection and active cell (kept while another sheet is active). */
  view(name: string): FakeView {
    const sheet = this.sheet(name);
    let view = this.views.get(sheet);
    if (!view)
      this.views.set(sheet, (view = { areas: [{ top: 0, left: 0, bottom: 0, right: 0 }], cell: { row: 0, col: 0 } }));
    return view;
  }

  private get activeCell(): { row: number; col: number } {
    return this.view(this.activeSheet).cell;
  }

  // ───── workbook, sheets, names ─────

  private workbook(): WpsWorkbook {
    const fake = this;
    const worksheets: WpsWorksheets = {
      get Count() {
        fake.calls++;
        return fake.model.sheets.length;
      },
      Item(index: number | string) {
        fake.calls++;
        const s =
          typeof index === "number" ? fake.model.sheets[index - 1] : fake.model.sheets.find((x) => x.name === index);
        if (!s) throw new WpsError(`下标越界：${index}`);
        return fake.worksheet(s.name);
      },
      Add(Before?: WpsWorksheet, After?: WpsWorksheet) {
        fake.calls++;
        fake.refuseStructure("新建工作表");
        let name = "";
        do name = `Sheet${++fake.added + fake.model.sheets.length}`;
        while (fake.model.sheets.some((s) => s.name === name));
        const sheet = emptySheet(name);
        const anchor = After ?? Before;
        const at = anchor ? fake.model.sheets.findIndex((s) => s.name === anchor.Name) : -1;
        fake.calls -= anchor ? 1 : 0; // reading the neighbour's name is part of this call
        const index = at < 0 ? fake.model.sheets.findIndex((s) => s.name === fake.activeSheet) : After ? at + 1 : at;
        fake.model.sheets.splice(Math.max(0, index), 0, sheet);
        // A new sheet becomes the active one, as in the sheet tabs.
        fake.activeSheet = name;
        return fake.worksheet(name);
      },
    };
    const names: WpsNames = {
      get Count() {
        fake.calls++;
        return fake.model.names.size;
      },
      Item(index: number | string) {
        fake.calls++;
        // learn.microsoft.com/zh-cn/office/vba/api/excel.names.item: "Index … 要返回的定义名称的名称或编号。" By its name:
        // a sheet's own is named with its sheet (Worksheet.Names: "names defined with the "WorksheetName!" prefix"),
        // so "监控时点" is the workbook's and "封面!监控时点" the sheet's — keys of model.names as Name gives them.
        const name = typeof index === "number" ? [...fake.model.names.keys()][index - 1] : index;
        if (name === undefined || !fake.model.names.has(name)) throw new WpsError(`名称不存在：${index}`);
        return {
          get Name() {
            fake.calls++;
            return name;
          },
          get RefersTo() {
            fake.calls++;
            // ${DOC}/Name/属性/RefersTo 属性.html: "用宏语言以 A1 样式表示法返回或设置名称所引用的公式(以等号开头)。"
            return fake.model.names.get(name)!;
          },
          Delete() {
            fake.calls++;
            fake.model.names.delete(name);
          },
        };
      },
      Add(Name: string, RefersTo: string) {
        fake.calls++;
        // ${DOC}/Names/方法/Add 方法.html: "名称不能包括空格,并且不能设置为单元格引用的格式。"
        if (/\s/.test(Name) || parseA1Range(Name)) throw new WpsError(`名称无效：${Name}`);
        // Names 对象 (airsheet.wps.cn/pydocs/et_api/excel/workbook/Names): "RefersTo 参数必须以 A1 样式表示法指定,
        // 包括必要时使用的美元符 ($)……(因为指定的是相对引用)" — a reference without $ would move with the selection.
        if (!/^=.+!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/.test(RefersTo))
          throw new WpsError(`RefersTo 须为带 $ 的 A1 绝对引用：${RefersTo}`);
        fake.model.names.set(Name, RefersTo);
        return {};
      },
    };
    return {
      // Kingsoft's typings (et-jsapi-declare 2.5.0, lib.et.d.ts, `interface Workbook`): "readonly FullName: string;",
      // "readonly Name: string;", "Activate(): void;". learn.microsoft.com/office/vba/api/excel.workbook.fullname: "Returns
      // the name of the object, including its path on disk"; …/excel.workbook.activate: "Activates the first window
      // associated with the workbook" (its sheets keep their selection, as a tab clicked again shows it).
      get FullName() {
        fake.calls++;
        return fake.fullName;
      },
      get Name() {
        fake.calls++;
        return fake.name;
      },
      Activate() {
        fake.calls++;
        fake.window?.activate(fake);
      },
      get Worksheets() {
        fake.calls++;
        return worksheets;
      },
      get ProtectStructure() {
        fake.calls++;
        // ${DOC}/Workbook/属性/ProtectStructure 属性.html: "如果工作簿中的工作表次序处于保护状态,则该属性值为 True。bool 类型,只读。"
        return fake.model.structureProtected === true;
      },
      get Date1904() {
        fake.calls++;
        // learn.microsoft.com/office/vba/api/excel.workbook.date1904: "True if the workbook uses the 1904 date system.
        // Read/write Boolean." (No WPS page found; WPS's Workbook follows Excel's object model, as ProtectStructure.)
        return fake.model.date1904 === true;
      },
      get Names() {
        fake.calls++;
        return names;
      },
      get Styles() {
        fake.calls++;
        return {
          Item(index: string) {
            fake.calls++;
            if (index !== "Normal") throw new WpsError(`fake: the style ${index} (only Normal is imitated)`);
            const font = fake.model.normalFont ?? NORMAL_FONT;
            const read = <K extends keyof FakeFont>(k: K) => (fake.calls++, font[k]);
            return {
              get Font() {
                fake.calls++;
                return {
                  get Color() {
                    return read("Color");
                  },
                  get Bold() {
                    return read("Bold");
                  },
                  get Italic() {
                    return read("Italic");
                  },
                  get Strikethrough() {
                    return read("Strikethrough");
                  },
                  get Underline() {
                    return read("Underline");
                  },
                };
              },
            };
          },
        };
      },
    };
  }

  /** A sheet as the clerk's own macro reaches it (FakeWpsWorksheet: Copy, and ranges with Merge and Hidden). */
  userSheet(name: string): FakeWpsWorksheet {
    this.sheet(name);
    return this.worksheet(name);
  }

  private worksheet(initialName: string): FakeWpsWorksheet {
    const fake = this;
    let name = initialName;
    const me = () => fake.sheet(name);
    return {
      get Name() {
        fake.calls++;
        return name;
      },
      get CodeName() {
        fake.calls++;
        return me().codeName;
      },
      set CodeName(_: string) {
        // ${DOC}/Worksheet/属性/CodeName 属性.html: "返回对象的代码名。String 型,只读。" / "不能在运行过程中更改该属性。"
        throw new WpsError("CodeName 是只读属性");
      },
      set Name(v: string) {
        fake.calls++;
        if (typeof v !== "string" || v === "") throw new WpsError(`工作表名称无效：${v}`);
        const s = me();
        if (v === s.name) return;
        // A name refused and the references that follow the sheet as tests/scenarios/excelShift.ts RENAME gives them
        // for Excel (one home for the rule; no WPS page says otherwise, as for removeSheet): 31 characters at most, none
        // of : \ / ? * [ ], no other sheet's name (case aside); formulas, rules, lists and names naming the sheet
        // follow it, text in quotes does not.
        const refused = renameRefusal(
          v,
          fake.model.sheets.filter((x) => x !== s).map((x) => x.name),
        );
        if (refused)
          throw new WpsError(refused.startsWith("a sheet") ? `工作表名称已存在：${v}` : `工作表名称无效：${v}`);
        fake.refuseStructure("重命名工作表");
        const from = s.name;
        const follow = (formula: string) => `=${renameInFormula(formula.replace(/^=/, ""), from, v)}`;
        for (const other of fake.model.sheets) {
          for (const cell of other.cells.values()) if (cell.formula) cell.formula = follow(cell.formula);
          for (const rule of other.rules) rule.formula = renameInFormula(rule.formula, from, v);
          for (const [k, list] of other.validations) if (list.startsWith("=")) other.validations.set(k, follow(list));
        }
        // A sheet's own names are listed with its name ("封面!监控时点"): the key follows it too.
        fake.model.names = new Map(
          [...fake.model.names].map(([n, ref]) => [
            n.startsWith(`${from}!`) ? `${v}!${n.slice(from.length + 1)}` : n,
            follow(ref),
          ]),
        );
        if (fake.activeSheet === name) fake.activeSheet = v;
        s.name = v;
        name = v;
      },
      get Visible() {
        fake.calls++;
        return me().visible;
      },
      set Visible(v: number | boolean) {
        fake.calls++;
        // ${DOC}/Worksheet/属性/Visible 属性.html: "返回或设置一个 XlSheetVisibility 值" (-1 / 0 / 2, or true / false).
        const value = v === true ? -1 : v === false ? 0 : v;
        if (value !== -1 && value !== 0 && value !== 2) throw new WpsError(`Visible 值无效：${v}`);
        if (value !== me().visible) fake.refuseStructure(value === -1 ? "取消隐藏工作表" : "隐藏工作表");
        me().visible = value;
        // Hiding the active sheet shows the next visible one, as the sheet tabs do.
        if (value !== -1 && fake.activeSheet === name)
          fake.activeSheet = fake.model.sheets.find((s) => s.visible === -1)?.name ?? name;
      },
      get ProtectContents() {
        fake.calls++;
        return me().protected;
      },
      get AutoFilterMode() {
        fake.calls++;
        // airsheet.wps.cn/pydocs/et_api/excel/workbook/Worksheet/属性/AutoFilterMode 属性.html: "如果当前在工作表上显示有
        // “自动筛选”下拉箭头,则该值为 True。" / "可以将该属性设置为 False 以删除箭头,但不能将其设置为 True。" Only read.
        return me().autoFilter !== undefined;
      },
      set AutoFilterMode(_: boolean) {
        throw new WpsError("fake: 设置 AutoFilterMode（未模拟）");
      },
      get PageSetup() {
        fake.calls++;
        // No WPS page found; Excel's object model, whose names WPS follows: learn.microsoft.com/office/vba/api/
        // excel.pagesetup.printarea "Returns or sets the range to be printed as a String using A1-style references in
        // the language of the macro", its example "$A$1:$C$5"; "Set this property to False or to the empty string ("")
        // to set the print area to the entire sheet" — read as "" when there is none. Several areas joined by commas.
        // Only read: the add-in never sets it (refused).
        return {
          get PrintArea() {
            fake.calls++;
            return (me().printArea ?? []).map(absoluteRef).join(",");
          },
          set PrintArea(_: string) {
            throw new WpsError("fake: PageSetup.PrintArea is the clerk's (not set by the add-in)");
          },
        };
      },
      get UsedRange() {
        fake.calls++;
        fake.usedRangesRead.push(name);
        // ${DOC}/Worksheet/属性/UsedRange 属性.html: "返回一个 Range 对象,该对象表示指定工作表上所使用的区域。只读。"
        return fake.range(name, [usedRange(me())]);
      },
      get Cells() {
        fake.calls++;
        return fake.range(name, [{ top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL }]);
      },
      Range(address: string) {
        fake.calls++;
        return fake.range(name, parseAddress(address));
      },
      get Comments() {
        fake.calls++;
        // learn.microsoft.com/zh-cn/office/VBA/api/excel.worksheet.comments: "返回一个 Comments 集合,该集合代表指定工作表的所有注释。"
        // Item is 1-based, in the order the notes were added (a live collection: read it once, then use the items).
        const entries = [...me().comments.keys()];
        return {
          get Count() {
            fake.calls++;
            return entries.length;
          },
          Item(index: number) {
            fake.calls++;
            if (!Number.isInteger(index) || index < 1 || index > entries.length)
              throw new WpsError(`批注序号超出范围：${index}`);
            const [row, col] = entries[index - 1].split(",").map(Number);
            return fake.range(name, [{ top: row, left: col, bottom: row, right: col }]).Comment!;
          },
        };
      },
      get ListObjects() {
        fake.calls++;
        // ${DOC}/ListObjects/ListObjects 对象.html: "工作表上所有 ListObject 对象的集合。每个 ListObject 对象都代表工作表中的
        // 一个表格。" / "使用 Worksheet 对象的 ListObjects 属性可返回 ListObjects 集合。" — its examples read
        // `Worksheets.Item(1).ListObjects.Count` and `ListObjects.Item(2)` (1-based, as every collection here).
        const tables = me().tables;
        return {
          get Count() {
            fake.calls++;
            return tables.length;
          },
          Item(index: number) {
            fake.calls++;
            if (!Number.isInteger(index) || index < 1 || index > tables.length)
              throw new WpsError(`表格序号超出范围：${index}`);
            return fake.listObject(name, tables[index - 1]);
          },
        };
      },
      get Shapes() {
        fake.calls++;
        return {
          get Count() {
            fake.calls++;
            // learn.microsoft.com/office/vba/api/excel.shapes.count: "Returns an Integer value that represents the
            // number of objects in the collection."
            return me().shapes.length;
          },
          Item(index: string | number) {
            fake.calls++;
            // learn.microsoft.com/office/vba/api/excel.shapes.item: "The name or index number for the object."
            const shapeName = typeof index === "number" ? me().shapes[index - 1] : index;
            if (shapeName === undefined || !me().shapes.includes(shapeName))
              throw new WpsError(`没有图形「${String(index)}」`);
            return {
              // learn.microsoft.com/office/vba/api/excel.shape.name: "Returns or sets a String value representing
              // the name of the object." (read only here)
              get Name() {
                fake.calls++;
                return shapeName;
              },
              Select(Replace?: boolean) {
                fake.calls++;
                // learn.microsoft.com/zh-cn/office/vba/api/excel.shape.select: "选择对象。" / Replace: "当前所选内容替换为指定的对象。"
                // Like cells, only on the active sheet (the strict reading: what it does elsewhere is not documented).
                if (fake.activeSheet !== name) throw new WpsError("只能选择活动工作表上的图形");
                if (Replace === false) throw new WpsError("fake: 只模拟替换当前所选内容");
                fake.view(name).shape = shapeName;
              },
            };
          },
        };
      },
      Activate() {
        fake.calls++;
        // ${DOC}/Worksheet/方法/Activate 方法.html: "调用此方法等同于单击工作表的标签。" A hidden sheet has no tab to click (Excel
        // answers run-time error 1004, "Activate method of Worksheet class failed"; no page says so, so this is the strict
        // reading): refused. The adapter shows such a sheet first (Visible) and hides it again.
        if (me().visible !== -1) throw new WpsError(`隐藏的工作表不能激活：${name}`);
        fake.activeSheet = name;
      },
      Copy(Before?: WpsWorksheet | null, After?: WpsWorksheet | null) {
        fake.calls++;
        // COPY — ${DOC}/Worksheet/方法/Copy 方法.html: "将工作表复制到工作簿的另一位置。" / "如果既不指定 Before 也不指定
        // After,则 ET 将新建一个工作簿,其中包含复制的工作表。" (another workbook: not imitated) / Before: "如果指定了 After,
        // 则不能指定 Before。"
        if (Before && After) throw new WpsError("Before 与 After 不能同时指定");
        const anchor = Before ?? After;
        if (!anchor) throw new WpsError("fake: 复制到新工作簿（未模拟）");
        fake.refuseStructure("复制工作表");
        const at = fake.model.sheets.findIndex((s) => s.name === anchor.Name);
        fake.calls--; // reading the neighbour's name is part of this call
        fake.copySheet(me(), at + (After ? 1 : 0));
      },
      Delete() {
        fake.calls++;
        // learn.microsoft.com/zh-cn/office/vba/api/excel.worksheet.delete: "删除 Worksheet 对象时,此方法将显示一个对话框,
        // 提示用户确认删除……要删除工作表但不显示对话框,请将 Application.DisplayAlerts 属性设置为 False。"
        if (fake.displayAlerts) throw new WpsError("删除工作表会弹出确认对话框（DisplayAlerts 为 true）");
        fake.removeSheet(name);
        return true;
      },
    };
  }

  /**
   * A table as the clerk makes it (插入 → 表格, header row included): refused over another table or merged cells, or
   * with header cells that are not distinct texts, as WPS, like Excel, gives a table unique, non-empty column names.
   */
  addTable(sheetName: string, range: CellRange, totals = false): void {
    const sheet = this.sheet(sheetName);
    if (sheet.tables.some((t) => overlaps(t.range, range))) throw new WpsError("表格不能与另一个表格重叠");
    if (sheet.merges.some((m) => overlaps(m, range))) throw new WpsError("表格中不能有合并单元格");
    const names = cols(range).map((c) => sheet.cells.get(key(range.top, c))?.value);
    if (names.some((n) => typeof n !== "string" || n === "") || new Set(names).size !== names.length)
      throw new WpsError("表格的标题须为互不相同的文字");
    const bottom = range.bottom + (totals ? 1 : 0); // the totals row is added below the data, as 汇总行 does
    sheet.tables.push({ range: { ...range, bottom }, showHeaders: true, showTotals: totals });
  }

  private listObject(sheetName: string, table: FakeTable) {
    const fake = this;
    const edge = (row: number) => fake.range(sheetName, [{ ...table.range, top: row, bottom: row }]);
    return {
      get ShowHeaders() {
        fake.calls++;
        // learn.microsoft.com/office/vba/api/excel.listobject.showheaders: "Returns or sets if the header information
        // should be displayed for the specified ListObject object. Read/write Boolean." (no WPS page found)
        return table.showHeaders;
      },
      get ShowTotals() {
        fake.calls++;
        // learn.microsoft.com/zh-cn/office/vba/api/excel.listobject.showtotals: "获取或设置一个 Boolean 类型的数值以指示
        // “总计”行是否可见。" (no WPS page found; its TotalsRowRange example sets `listObj.ShowTotals = true`)
        return table.showTotals;
      },
      get HeaderRowRange() {
        fake.calls++;
        // ${DOC}/ListObject/属性/HeaderRowRange 属性.html: "返回一个 Range 对象,该对象表示列表……标题行的区域。Range 类型,
        // 只读。" Without a header row shown there is none (VBA gives Nothing): null.
        return table.showHeaders ? edge(table.range.top) : null;
      },
      get TotalsRowRange() {
        fake.calls++;
        // ${DOC}/ListObject/属性/TotalsRowRange 属性.html: "返回一个 Range,代表指定的 ListObject 对象的“汇总”行(如果有)。
        // 只读。" — none when not shown: null.
        return table.showTotals ? edge(table.range.bottom) : null;
      },
    };
  }

  /**
   * Writing or clearing a table's header or totals row: WPS, like Excel, keeps column names unique and never empty
   * (an emptied name is made up anew, 列1…) — no WPS page says what it does, so the fake refuses any change there:
   * the adapter never writes those rows (SheetTable).
   */
  private refuseTableEdge(
    sheetName: string,
    row: number,
    col: number,
    next: { value: CellValue; formula: string | null } | null,
  ): void {
    const sheet = this.sheet(sheetName);
    const t = sheet.tables.find(
      (t) =>
        col >= t.range.left &&
        col <= t.range.right &&
        ((t.showHeaders && row === t.range.top) || (t.showTotals && row === t.range.bottom)),
    );
    if (!t) return;
    const cell = sheet.cells.get(key(row, col));
    if (next && cell && next.value === cell.value && next.formula === cell.formula) return; // the same text again
    throw new WpsError(
      `fake: 表格的标题行或汇总行被改写：${rangeAddress({ top: row, left: col, bottom: row, right: col })}`,
    );
  }

  // ───── ranges ─────

  /**
   * A range whose writes (property sets, and the methods WRITING_METHODS names, on it and on its Interior, Font,
   * FormatConditions and Validation) are refused on a protected sheet, as WPS does:
   * learn.microsoft.com/zh-cn/office/vba/api/excel.worksheet.protectcontents "如果工作表内容是受保护的,则为 True。
   * 此属性保护单独的单元格。" (WPS's page is silent on what a write there does; the add-in never tries one.)
   */
  range(sheetName: string, areas: CellRange[]): FakeWpsRange {
    const check = () => {
      this.protectingBefore(sheetName);
      if (this.model.sheets.find((s) => s.name === sheetName)?.protected)
        throw new WpsError(`工作表受保护，不能修改：${sheetName}`);
    };
    const range = guarded(this.rawRange(sheetName, areas), check);
    RANGES.set(range, { fake: this, sheet: sheetName, areas });
    return range;
  }

  private rawRange(sheetName: string, areas: CellRange[]): FakeWpsRange {
    const fake = this;
    const sheet = () => fake.sheet(sheetName);
    const one = (what: string): CellRange => {
      if (areas.length !== 1) throw new WpsError(`${what} 不适用于多个区域`);
      return areas[0];
    };
    const normal = () => fake.model.normalFont ?? NORMAL_FONT;
    // What a property of several cells reads (Interior.Color, Font.Bold, Font.Color; pages cited there): the cells'
    // answer when all give the same, else null (VBA's Null); an empty cell gives `blank`. One area only.
    const allAlike = <T>(what: string, of: (cell: FakeCell) => T, blank: T): T | null => {
      const a = one(what);
      const seen = new Set<T>();
      let held = 0;
      for (const [k, cell] of sheet().cells) {
        const [r, c] = k.split(",").map(Number);
        if (r < a.top || r > a.bottom || c < a.left || c > a.right) continue;
        held++;
        seen.add(of(cell));
      }
      if (held < (a.bottom - a.top + 1) * (a.right - a.left + 1)) seen.add(blank);
      return seen.size === 1 ? [...seen][0] : null;
    };
    const each = (fn: (row: number, col: number) => void) => {
      for (const a of areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(r, c);
    };
    const cellAt = (row: number, col: number): FakeCell => {
      const cells = sheet().cells;
      let cell = cells.get(key(row, col));
      if (!cell) {
        cell = { value: null, formula: null, numberFormat: "General" };
        cells.set(key(row, col), cell);
      }
      return cell;
    };
    const read = (what: "value" | "formula"): WpsValue | WpsValue[][] => {
      const a = one(what);
      // READ_LIMIT: a read of more cells is refused; what is read is counted.
      const asked = (a.bottom - a.top + 1) * (a.right - a.left + 1);
      if (asked > READ_LIMIT)
        throw new WpsError(
          `fake: 一次读取 ${asked} 个单元格（${rangeAddress(a)}），超过 ${READ_LIMIT} 个（READ_LIMIT）`,
        );
      fake.cellsAsked += asked;
      fake.largestRead = Math.max(fake.largestRead, asked);
      const at = (row: number, col: number): WpsValue => {
        const c = sheet().cells.get(key(row, col));
        const errorsAs = fake.model.errorsAs ?? "text";
        if (what === "formula") return c?.formula ?? (c?.value == null ? "" : plain(c.value, errorsAs));
        return c?.value == null ? undefined : plain(c.value, errorsAs);
      };
      // ${DOC}/Range/属性/Value2 属性.html: "返回或设置单元格值。Variant 类型" — one cell gives a value, a range of
      // several cells gives the array of their values (rows of columns).
      if (a.top === a.bottom && a.left === a.right) return at(a.top, a.left);
      return rows(a).map((row) => cols(a).map((col) => at(row, col)));
    };
    const write = (data: unknown, how: "value" | "formula") => {
      const a = one(how);
      const height = a.bottom - a.top + 1;
      const width = a.right - a.left + 1;
      const grid: unknown[][] = height === 1 && width === 1 && !Array.isArray(data) ? [[data]] : (data as unknown[][]);
      // The fast path is one 2-D array the size of the range. No WPS page says what a wrong-shaped array does
      // (VBA pads with #N/A and drops the rest); either way cells would be wrong, so the fake refuses it, as
      // issue 16 asks.
      if (!Array.isArray(grid) || grid.length !== height || grid.some((r) => !Array.isArray(r) || r.length !== width))
        throw new WpsError(`二维数组的大小与区域 ${rangeAddress(a)}（${height}×${width}）不一致`);
      grid.forEach((line, i) =>
        line.forEach((v, j) => fake.refuseTableEdge(sheetName, a.top + i, a.left + j, enter(v))),
      );
      grid.forEach((line, i) =>
        line.forEach((v, j) => {
          const cell = cellAt(a.top + i, a.left + j);
          const entered = enter(v);
          cell.value = entered.value;
          cell.formula = entered.formula;
          if (entered.numberFormat && cell.numberFormat === "General") cell.numberFormat = entered.numberFormat;
        }),
      );
      fake.changed(sheetName, [a]);
    };
    /**
     * HIDDEN — no WPS page on Range.Hidden found; ET follows VBA (the file's head): learn.microsoft.com/zh-cn/office/vba/
     * api/excel.range.hidden: "返回或设置一个 Variant 值,它指明是否隐藏行或列。" / "将此属性设置为 True 以隐藏行或列。指定的
     * 区域必须占据整个行或整个列。" So a range of whole columns (EntireColumn, or "D:E") gives its columns, one of whole
     * rows ("5:6") its rows; other cells are refused. Rows a filter hides are hidden rows too (one set); rows hidden by
     * hand under a filter, and a filter over rows hidden by hand, are not imitated.
     */
    const wholeRows = (x: CellRange) => x.left === 0 && x.right === MAX_COL && !(x.top === 0 && x.bottom === MAX_ROW);
    const wholeColumns = (what: string): number[] => {
      if (areas.some(wholeRows)) throw new WpsError(`fake: ${what} 用于整行（见 hiddenRowsOf）`);
      if (areas.some((x) => x.top !== 0 || x.bottom !== MAX_ROW)) throw new WpsError(`${what} 须用于整行或整列`);
      return [...new Set(areas.flatMap((x) => cols(x)))];
    };
    /** The rows of a range of whole rows ("5:6"), or null when it is of columns (wholeColumns). */
    const hiddenRowsOf = (): number[] | null => {
      if (!areas.every(wholeRows)) return null;
      return [...new Set(areas.flatMap((x) => Array.from({ length: x.bottom - x.top + 1 }, (_, i) => x.top + i)))];
    };
    // What a hidden column's width reads as, and whether a width set shows it again, is on no page found (WPS's
    // ColumnWidth and UseStandardWidth pages and VBA's Range.Hidden are silent): not imitated, so refused.
    const noHiddenWidth = () => {
      if (areas.some((x) => cols(x).some((c) => sheet().hiddenColumns.has(c))))
        throw new WpsError("fake: 隐藏列的列宽（未模拟）");
    };
    const color = (v: unknown): number => {
      // ${DOC}/Interior/属性/Color 属性.html: "返回或设置对象的主要颜色……使用 RGB 函数可创建颜色值。" RGB() gives a
      // BGR integer (red + green·256 + blue·65536); a "#RRGGBB" text is not a colour here.
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 0xffffff)
        throw new WpsError(`颜色必须是 RGB() 生成的整数，收到 ${JSON.stringify(v)}`);
      return v;
    };
    const range: FakeWpsRange = {
      get Row() {
        fake.calls++;
        return one("Row").top + 1;
      },
      get Column() {
        fake.calls++;
        return one("Column").left + 1;
      },
      get Rows() {
        fake.calls++;
        const a = one("Rows");
        return { Count: a.bottom - a.top + 1 };
      },
      get Columns() {
        fake.calls++;
        const a = one("Columns");
        return { Count: a.right - a.left + 1 };
      },
      get Value2() {
        fake.calls++;
        return read("value");
      },
      set Value2(data) {
        fake.calls++;
        write(data, "value");
      },
      get Formula() {
        fake.calls++;
        return read("formula");
      },
      set Formula(data) {
        fake.calls++;
        write(data, "formula");
      },
      get NumberFormat() {
        fake.calls++;
        // ${DOC}/CellFormat/属性/NumberFormat 属性.html: "如果指定区域中的所有单元格包含不同的数字格式,则此属性返回 Null"
        // — there is no per-cell array of formats to read.
        const codes = new Set<string>();
        each((r, c) => codes.add(sheet().cells.get(key(r, c))?.numberFormat ?? "General"));
        return codes.size === 1 ? [...codes][0] : null;
      },
      set NumberFormat(code) {
        fake.calls++;
        if (typeof code !== "string") throw new WpsError(`NumberFormat 须为一个格式代码，收到 ${JSON.stringify(code)}`);
        each((r, c) => (cellAt(r, c).numberFormat = code));
      },
      get MergeCells() {
        fake.calls++;
        // ${DOC}/Range/属性/MergeCells 属性.html: "如果区域包含合并单元格,则为 True" (all merged: true, none: false,
        // some: null, as a Variant answers for a mixed range).
        let merged = 0;
        let total = 0;
        each((r, c) => {
          total++;
          if (sheet().merges.some((m) => inside(m, r, c))) merged++;
        });
        return merged === 0 ? false : merged === total ? true : null;
      },
      get MergeArea() {
        fake.calls++;
        // ${DOC}/Range/属性/MergeArea 属性.html: "MergeArea 属性只应用于单个单元格区域。" / "如果指定的单元格不在合并区域内,
        // 则该属性返回指定的单元格。"
        const a = one("MergeArea");
        if (a.top !== a.bottom || a.left !== a.right) throw new WpsError("MergeArea 只适用于单个单元格");
        const m = sheet().merges.find((x) => inside(x, a.top, a.left));
        return fake.range(sheetName, [m ? { ...m } : a]);
      },
      Merge(Across?: boolean) {
        fake.calls++;
        // MERGE — ${DOC}/Range/方法/Merge 方法.html: "由指定的 Range 对象创建合并单元格。" / "合并区域的值在该区域左上角的
        // 单元格中指定。" / Across: "如果为 True,则将指定区域中每一行的单元格合并为一个单独的合并单元格。默认值是 False。"
        // Imitated only where nothing is guessed, as the Excel fake (one home: tests/scenarios/excelShift.ts mergeRefusal):
        // the other cells hold nothing (WPS, like Excel, warns and keeps only the upper-left value: not imitated), no
        // merged area is met; the page is silent on one cell and on a table's cells (Excel refuses the latter): refused.
        const a = one("Merge");
        if (Across !== undefined && typeof Across !== "boolean") throw new WpsError("Across 须为逻辑值");
        if (sheet().tables.some((t) => overlaps(t.range, a))) throw new WpsError("fake: 合并表格中的单元格（未模拟）");
        const made = mergedAreas(a, !!Across);
        for (const area of made) {
          if (area.top === area.bottom && area.left === area.right)
            throw new WpsError("fake: 合并一个单元格（未模拟）");
          const refused = mergeRefusal(area, sheet().merges, (row, col) => {
            const c = sheet().cells.get(key(row, col));
            return !!c && (c.value !== null || !!c.formula);
          });
          if (refused) throw new WpsError(`fake: ${refused}`);
        }
        sheet().merges.push(...made);
      },
      AutoFilter(Field: number, Criteria1: string | string[], Operator?: number) {
        fake.calls++;
        // FILTER — airsheet.wps.cn/pydocs/et_api/excel/workbook/Range/方法/AutoFilter 方法.html: "使用“自动筛选”筛选一个
        // 列表。" / Field: "相对于作为筛选基准字段(从列表左侧开始,最左侧的字段为第一个字段)的字段的整型偏移量。" / Criteria1:
        // "筛选条件(一个字符串;例如,“101”)" — its example shows only the rows whose field one is “Otis”. Several texts
        // ticked are Criteria1 an array with Operator xlFilterValues (learn.microsoft.com/office/vba/api/
        // excel.xlautofilteroperator: "xlFilterValues 7 Filter values"). What it does to the rows, ECMA-376 §18.3.1.2
        // (autoFilter): "AutoFilter temporarily hides rows based on a filter criteria" — the range's top row holds the
        // buttons, the rows below whose cell in the field is not a text shown are hidden. Imitated only as the Excel fake
        // (tests/host/excel/fake.ts AUTOFILTER): one range given whole (not a cell's current region), one field, texts;
        // other operators, wildcards and comparisons ("=", "<>", ">5"), a second filter, a column of numbers or formulas, a table, and rows
        // inserted, deleted or the sheet copied while it filters are refused (where its hidden rows go is not imitated).
        const a = one("AutoFilter");
        const field = Field;
        if (!Number.isInteger(field) || field < 1 || a.left + field - 1 > a.right)
          throw new WpsError(`AutoFilter 的 Field 须为区域内的列序号，收到 ${String(Field)}`);
        const shown =
          Operator === XL_FILTER_VALUES && Array.isArray(Criteria1)
            ? Criteria1
            : Operator === undefined && typeof Criteria1 === "string"
              ? [Criteria1]
              : null;
        if (!shown || !shown.every((v) => typeof v === "string" && !/^[<>=]|[*?~]/.test(v)))
          throw new WpsError("fake: AutoFilter 只模拟按文本筛选一列（未模拟其他条件）");
        if (a.top === a.bottom) throw new WpsError("fake: AutoFilter 用于单元格所在的当前区域（未模拟）");
        if (sheet().autoFilter || sheet().tables.length > 0 || sheet().hiddenRows?.size)
          throw new WpsError("fake: 第二个筛选，或有表格或隐藏行的工作表上的筛选（未模拟）");
        const column = a.left + field - 1;
        const hidden = new Set<number>();
        for (let row = a.top + 1; row <= a.bottom; row++) {
          const cell = sheet().cells.get(key(row, column));
          if (cell?.formula || (cell && typeof cell.value !== "string" && cell.value !== null))
            throw new WpsError("fake: 按数字或公式列筛选（未模拟）");
          if (!shown.includes((cell?.value as string | null) ?? "")) hidden.add(row);
        }
        sheet().autoFilter = { range: { ...a }, column, values: [...shown] };
        sheet().hiddenRows = hidden;
      },
      UnMerge() {
        fake.calls++;
        // No WPS page on UnMerge found; ET follows VBA (the file's head): learn.microsoft.com/zh-cn/office/vba/api/
        // excel.range.unmerge: "将合并区域分解为独立的单元格。" Every merged area meeting the range goes, as in the Excel fake.
        sheet().merges = sheet().merges.filter((m) => !areas.some((x) => overlaps(m, x)));
      },
      get EntireColumn() {
        fake.calls++;
        // ${DOC}/Range/属性/EntireColumn 属性.html: "返回一个 Range 对象,该对象表示包含指定区域的整列(或多列)。只读。"
        return fake.range(
          sheetName,
          areas.map((x) => ({ top: 0, bottom: MAX_ROW, left: x.left, right: x.right })),
        );
      },
      get Hidden() {
        fake.calls++;
        const rows = hiddenRowsOf();
        const hidden = new Set(
          rows
            ? rows.map((row) => sheet().hiddenRows?.has(row) === true)
            : wholeColumns("Hidden").map((col) => sheet().hiddenColumns.has(col)),
        );
        if (hidden.size !== 1) throw new WpsError("fake: 部分隐藏的行或列（未模拟）");
        return [...hidden][0];
      },
      // OUTLINE — ${DOC}/Range/属性/OutlineLevel 属性.html: "返回或设置指定行或列的当前分级显示级别", "第一级为最外层的摘要
      // 级" (its example sets Rows.Item(2).OutlineLevel = 1, and Range("A3").Rows.OutlineLevel = 2 then reads it): a row
      // never grouped reads 1. Of one whole row only (the page names one row or column; several, or a column: refused).
      // Excel allows eight levels (excel-add-ins-ranges-group: "Excel only supports eight levels of outline groups").
      get OutlineLevel() {
        fake.calls++;
        const rows = hiddenRowsOf();
        if (!rows || rows.length !== 1) throw new WpsError("fake: 非单独一行的 OutlineLevel（未模拟）");
        return sheet().outlineLevels?.get(rows[0]) ?? 1;
      },
      set OutlineLevel(v: number) {
        fake.calls++;
        const rows = hiddenRowsOf();
        if (!rows || rows.length !== 1) throw new WpsError("fake: 非单独一行的 OutlineLevel（未模拟）");
        if (!Number.isInteger(v) || v < 1 || v > 8) throw new WpsError(`分级显示级别须为 1–8：${String(v)}`);
        const levels = (sheet().outlineLevels ??= new Map());
        if (v === 1) levels.delete(rows[0]);
        else levels.set(rows[0], v);
      },
      set Hidden(v: boolean) {
        fake.calls++;
        if (typeof v !== "boolean") throw new WpsError("Hidden 须为逻辑值");
        const rows = hiddenRowsOf();
        if (rows) {
          if (sheet().autoFilter) throw new WpsError("fake: 筛选中的工作表上隐藏行（未模拟）");
          const hidden = (sheet().hiddenRows ??= new Set());
          for (const row of rows)
            if (v) hidden.add(row);
            else hidden.delete(row);
          return;
        }
        for (const col of wholeColumns("Hidden"))
          if (v) sheet().hiddenColumns.add(col);
          else sheet().hiddenColumns.delete(col);
      },
      // BORDERS — WPS's Borders 对象 page (${DOC}/Borders): "使用 Borders (索引) (其中 index 标识边框)返回单个 Border
      // 对象。 Index 可以是以下 XlBordersIndex 常量之一: xlDiagonalDown xlDiagonalUp xlEdgeBottom xlEdgeLeft xlEdgeRight
      // xlEdgeTop xlInsideHorizontal xlInsideVertical", its example "Range("A1:G1").Borders.Item(xlEdgeBottom).Color =
      // RGB(255, 0, 0)" (the range's bottom edge, XlBordersIndex "xlEdgeBottom | 9 | Border at the bottom of the range");
      // Border.LineStyle (learn.microsoft.com/office/vba/api/excel.border.linestyle, zh-cn: "返回或设置边框的线条样式。
      // 读/写 XlLineStyle"), excel.xllinestyle: xlContinuous 1, xlDash -4115, xlDashDot 4, xlDashDotDot 5, xlDot -4118,
      // xlDouble -4119, xlSlantDashDot 13, xlLineStyleNone -4142 (anything else refused). Imitated: the four outer edges,
      // kept on the cells along them (xlEdgeBottom: the bottom of each cell of the range's bottom row, as the file keeps a
      // cell's own edges, ECMA-376 §18.8.4); the inside and diagonal ones refused (which cell keeps a line between two
      // cells no page says). Read: the cells' edge when all are alike, else null (VBA's Null, on no page: the adapter
      // takes anything but none as drawn); an edge never drawn reads xlLineStyleNone. Whether a row's top reads the line
      // drawn under the row above (one line, two cells) no page says: here it does not (each cell's own edge only), and
      // the adapter reads a row's own top and bottom, so either way the row drawn on is caught (TESTING.md §7).
      // The collection's own LineStyle (read only here): every border of the range — the page lists the inside ones,
      // xlInsideHorizontal, xlInsideVertical, among a range's — as one, "returns Null if the borders do not all have
      // the same style" (the LineStyle property of Office 2003's spreadsheet Borders collection, learn.microsoft.com
      // previous-versions aa206400): here every side of every cell of the range, those never drawn xlLineStyleNone.
      get Borders() {
        fake.calls++;
        return {
          get LineStyle(): number | null {
            fake.calls++;
            return oneStyle(one("Borders.LineStyle"), (r, c) => {
              const own = sheet().cells.get(key(r, c))?.borders;
              return (["top", "bottom", "left", "right"] as const).map((side) => own?.[side] ?? XL.lineStyleNone);
            });
          },
          Item(index: number) {
            fake.calls++;
            const side = {
              [XL.edgeTop]: "top",
              [XL.edgeBottom]: "bottom",
              [XL.edgeLeft]: "left",
              [XL.edgeRight]: "right",
            }[index];
            if (!side) {
              if ([5, 6, 11, 12].includes(index)) throw new WpsError(`fake: Borders.Item(${index})（未模拟）`);
              throw new WpsError(`Borders.Item 的索引须为 XlBordersIndex，收到 ${index}`);
            }
            const along = (a: CellRange, r: number, c: number) =>
              side === "top"
                ? r === a.top
                : side === "bottom"
                  ? r === a.bottom
                  : side === "left"
                    ? c === a.left
                    : c === a.right;
            return {
              get LineStyle(): number | null {
                fake.calls++;
                const a = one("Borders.LineStyle");
                return oneStyle(a, (r, c) =>
                  along(a, r, c) ? [sheet().cells.get(key(r, c))?.borders?.[side] ?? XL.lineStyleNone] : [],
                );
              },
              set LineStyle(v: number) {
                fake.calls++;
                if (!LINE_STYLES.includes(v)) throw new WpsError(`不支持的边框样式：${JSON.stringify(v)}`);
                for (const a of areas)
                  for (let r = a.top; r <= a.bottom; r++)
                    for (let c = a.left; c <= a.right; c++) {
                      if (!along(a, r, c)) continue;
                      const cell = cellAt(r, c);
                      const borders = { ...cell.borders, [side]: v };
                      if (v === XL.lineStyleNone) delete borders[side];
                      cell.borders = Object.keys(borders).length ? borders : undefined;
                      keepUnlessBlank(sheet(), key(r, c), cell);
                    }
              },
            };
          },
        };
      },
      get Interior() {
        fake.calls++;
        return {
          get Color() {
            fake.calls++;
            // ${DOC}/Interior/属性/Color 属性.html (above). No fill reads as white (16777215), as in Excel's object
            // model, which WPS follows. Several cells read as one answer (${DOC}/DisplayFormat/属性/Interior 属性.html
            // reads Range("E1:E5")'s Interior as one: "本示例判断 E1:E5 单元格的内部颜色是否为 xlColorIndexNone"): their
            // colour when all have it. Mixed colours give what VBA gives, null; the page does not say it, so the adapter
            // takes anything but white as "some cell is filled" and never relies on it. One area only.
            const a = one("Interior.Color");
            if (a.top === a.bottom && a.left === a.right)
              return sheet().cells.get(key(a.top, a.left))?.fill ?? 0xffffff;
            return allAlike("Interior.Color", (cell) => cell.fill ?? 0xffffff, 0xffffff) as number;
          },
          set Color(v: number) {
            fake.calls++;
            const c = color(v);
            each((r, col) => (cellAt(r, col).fill = c));
          },
          set ColorIndex(v: number) {
            fake.calls++;
            // learn.microsoft.com/dotnet/api/microsoft.office.interop.excel.interior.colorindex: "xlColorIndexNone.
            // Use to specify no interior fill." The adapter sets only that; a palette index is refused.
            if (v !== XL.colorIndexNone) throw new WpsError(`fake: ColorIndex 只接受 xlColorIndexNone，收到 ${v}`);
            each((r, col) => {
              const cell = sheet().cells.get(key(r, col));
              if (cell) keepUnlessBlank(sheet(), key(r, col), { ...cell, fill: undefined });
            });
          },
          get ColorIndex(): number {
            throw new WpsError("fake: ColorIndex is not read by the adapter");
          },
        };
      },
      get Font() {
        fake.calls++;
        return {
          get Bold(): boolean | null {
            fake.calls++;
            // learn.microsoft.com/office/vba/api/excel.font.bold: "True if the font is bold." Several cells: the Excel
            // 2003 reference's Bold Property (learn.microsoft.com/previous-versions/office/developer/office-2003/
            // aa195008): "returns Null if some cells in the range are bold and some are not". One area only.
            return allAlike("Font.Bold", (cell) => cell.bold ?? normal().Bold, normal().Bold);
          },
          set Bold(v: boolean) {
            fake.calls++;
            if (typeof v !== "boolean") throw new WpsError("Bold 须为 true / false");
            each((r, c) => (cellAt(r, c).bold = v));
          },
          get Color(): number | null {
            fake.calls++;
            // learn.microsoft.com/office/vba/api/excel.font.color (the object model ET follows): "Returns or sets the
            // primary color of the object … Font: The color of the font." A BGR integer, as Interior.Color; the
            // automatic colour reads as black, 0 (no page says). Several cells read as Interior.Color does (above):
            // their colour when all have it, else null (VBA's Null; on no page, so the adapter takes anything but
            // black as "some cell is coloured" and never relies on it). One area only.
            return allAlike("Font.Color", (cell) => cell.fontColor ?? normal().Color, normal().Color);
          },
          set Color(v: number | null) {
            fake.calls++;
            const c = color(v);
            each((r, col) => (cellAt(r, col).fontColor = c));
          },
          // learn.microsoft.com/office/vba/api/excel.font.italic: "True if the font style is italic. Read/write
          // Boolean."; excel.font.strikethrough: "True if the font is struck through with a horizontal line.
          // Read/write Boolean."; excel.font.underline: "Returns or sets the type of underline applied to the font.
          // Can be one of the following XlUnderlineStyle constants." Several cells, and a cell not given one: as Bold.
          get Italic() {
            fake.calls++;
            return allAlike("Font.Italic", (cell) => cell.italic ?? normal().Italic, normal().Italic);
          },
          set Italic(v: boolean | null) {
            fake.calls++;
            if (typeof v !== "boolean") throw new WpsError("Italic 须为 true / false");
            each((r, c) => (cellAt(r, c).italic = v));
          },
          get Strikethrough() {
            fake.calls++;
            return allAlike(
              "Font.Strikethrough",
              (cell) => cell.strikethrough ?? normal().Strikethrough,
              normal().Strikethrough,
            );
          },
          set Strikethrough(v: boolean | null) {
            fake.calls++;
            if (typeof v !== "boolean") throw new WpsError("Strikethrough 须为 true / false");
            each((r, c) => (cellAt(r, c).strikethrough = v));
          },
          get Underline() {
            fake.calls++;
            return allAlike("Font.Underline", (cell) => cell.underline ?? normal().Underline, normal().Underline);
          },
          set Underline(v: number | null) {
            fake.calls++;
            // XlUnderlineStyle: None -4142, Single 2, Double -4119, SingleAccounting 4, DoubleAccounting 5.
            if (![-4142, 2, -4119, 4, 5].includes(v as number)) throw new WpsError(`Underline 无效：${String(v)}`);
            each((r, c) => (cellAt(r, c).underline = v as number));
          },
        };
      },
      get ColumnWidth() {
        fake.calls++;
        noHiddenWidth();
        return sheet().widths.get(one("ColumnWidth").left) ?? 8.38;
      },
      get UseStandardWidth() {
        fake.calls++;
        // ${DOC}/Range/属性/UseStandardWidth 属性.html: "如果 Range 对象的列宽等于工作表的标准列宽，则该属性的值为 True。
        // 如果区域包含不止一列并且不是所有的列都等宽，则返回 null". A column never given a width has the standard one.
        noHiddenWidth();
        const standard = new Set<boolean>();
        for (const a of areas) for (let c = a.left; c <= a.right; c++) standard.add(!sheet().widths.has(c));
        return standard.size === 1 ? [...standard][0] : null;
      },
      get UseStandardHeight() {
        fake.calls++;
        // ${DOC}/Range/属性/UseStandardHeight 属性.html: "如果 Range 对象的行高等于工作表的标准行高,则该值为 True。如果区域包含
        // 不止一行并且不是所有的行都等高,则返回 Null"; its example: RowHeight = 50 on A1, then A1 reads false, A1:A5 null.
        // A row never given a height has the standard one; one given any (the standard's number is on no page) its own.
        // A hidden row's answer is on no page: the height it kept (hidden rows are marks anyway).
        const heights = new Set<number | undefined>();
        for (const a of areas) for (let r = a.top; r <= a.bottom; r++) heights.add(sheet().rowHeights?.get(r));
        return heights.size === 1 ? [...heights][0] === undefined : null;
      },
      get RowHeight() {
        fake.calls++;
        // The page above: null where the rows differ. The standard height's number is on no page: not imitated.
        const heights = new Set<number | undefined>();
        for (const a of areas) for (let r = a.top; r <= a.bottom; r++) heights.add(sheet().rowHeights?.get(r));
        if (heights.size > 1) return null;
        const [height] = heights;
        if (height === undefined) throw new WpsError("fake: 标准行高的磅数（未模拟）");
        return height;
      },
      set RowHeight(v: number | null) {
        fake.calls++;
        // ${DOC}/Range/属性/RowHeight 属性.html: "以磅为单位返回或设置指定区域中所有行的行高" (its example:
        // Range("A3").Rows.RowHeight = 20, the row of a cell). Excel allows 0–409 points.
        if (typeof v !== "number" || !(v >= 0 && v <= 409)) throw new WpsError(`行高须为 0–409 磅：${v}`);
        const heights = (sheet().rowHeights ??= new Map());
        for (const a of areas) for (let r = a.top; r <= a.bottom; r++) heights.set(r, v);
      },
      set ColumnWidth(v: number) {
        fake.calls++;
        // ${DOC}/Range/属性/ColumnWidth 属性.html: "一个列宽单位等于“常规”样式中一个字符的宽度。" (Excel allows 0–255.)
        if (typeof v !== "number" || v < 0 || v > 255) throw new WpsError(`列宽须为 0–255 个字符：${v}`);
        noHiddenWidth();
        for (const a of areas) for (let c = a.left; c <= a.right; c++) sheet().widths.set(c, v);
      },
      get FormatConditions() {
        fake.calls++;
        return fake.formatConditions(sheetName, areas);
      },
      get Validation() {
        fake.calls++;
        return fake.validation(sheetName, areas);
      },
      get Comment() {
        fake.calls++;
        const a = one("Comment");
        const text = sheet().comments.get(key(a.top, a.left));
        if (text === undefined) return null;
        const comment: WpsComment = {
          Text() {
            fake.calls++;
            return text;
          },
          Delete() {
            fake.calls++;
            sheet().comments.delete(key(a.top, a.left));
          },
          get Parent() {
            fake.calls++;
            // learn.microsoft.com/office/vba/api/excel.comment.parent: "Returns the parent object for the specified object."
            return fake.range(sheetName, [{ top: a.top, left: a.left, bottom: a.top, right: a.left }]);
          },
        };
        return comment;
      },
      Address() {
        fake.calls++;
        return areas.map(rangeAddress).join(",");
      },
      AddComment(text: string) {
        fake.calls++;
        // ${DOC}/Range/方法/AddComment 方法.html: "为区域添加批注。" with examples on one cell ("E5", Cells.Item(1, 1));
        // the fake takes one cell only and never silently replaces a note that is there.
        const a = one("AddComment");
        if (a.top !== a.bottom || a.left !== a.right) throw new WpsError("AddComment 只适用于单个单元格");
        if (sheet().comments.has(key(a.top, a.left))) throw new WpsError("该单元格已有批注：请先 ClearComments");
        if (typeof text !== "string") throw new WpsError("批注文字须为文本");
        sheet().comments.set(key(a.top, a.left), text);
        return this.Comment!;
      },
      ClearComments() {
        fake.calls++;
        each((r, c) => sheet().comments.delete(key(r, c)));
      },
      Clear() {
        fake.calls++;
        // learn.microsoft.com/zh-cn/office/VBA/api/excel.range.clear: "清除整个对象。" — "清除……公式和格式设置"; the
        // whole object, so its notes too (Excel's 全部清除).
        each((r, c) => fake.refuseTableEdge(sheetName, r, c, null));
        each((r, c) => {
          sheet().cells.delete(key(r, c));
          sheet().comments.delete(key(r, c));
        });
        fake.changed(sheetName, areas);
      },
      ClearContents() {
        fake.calls++;
        // learn.microsoft.com/id-id/office/vba/api/excel.range.clearcontents: "Clears formulas and values from the
        // range." — formats and notes stay.
        each((r, c) => {
          if (sheet().cells.get(key(r, c))?.value != null) fake.refuseTableEdge(sheetName, r, c, null);
        });
        each((r, c) => {
          const cell = sheet().cells.get(key(r, c));
          if (cell) keepUnlessBlank(sheet(), key(r, c), { ...cell, value: null, formula: null });
        });
        fake.changed(sheetName, areas);
      },
      ClearFormats() {
        fake.calls++;
        // ${DOC}/Range/方法/ClearFormats 方法.html: "清除对象的格式设置。" — values, formulas and notes stay.
        each((r, c) => {
          const cell = sheet().cells.get(key(r, c));
          if (cell)
            keepUnlessBlank(sheet(), key(r, c), { value: cell.value, formula: cell.formula, numberFormat: "General" });
        });
      },
      Select() {
        fake.calls++;
        // learn.microsoft.com/office/vba/api/excel.range.select: "To select a cell or a range of cells, use the Select
        // method. To make a single cell the active cell, use the Activate method." Cells of a sheet that is not the active
        // one cannot be selected (Excel: error 1004, "Select method of Range class failed"): refused.
        if (fake.activeSheet !== sheetName) throw new WpsError("只能选择活动工作表上的单元格");
        fake.views.set(sheet(), {
          areas: areas.map((a) => ({ ...a })),
          cell: { row: areas[0].top, col: areas[0].left },
        });
      },
      Activate() {
        fake.calls++;
        // ${DOC}/Range/方法/Activate 方法.html: "激活单个单元格,该单元格必须处于当前选定区域内。要选择单元格区域,请使用 Select 方法。"
        const a = one("Activate");
        if (fake.activeSheet !== sheetName) throw new WpsError("只能激活活动工作表上的单元格");
        if (a.top !== a.bottom || a.left !== a.right) throw new WpsError("Activate 只适用于单个单元格");
        const view = fake.view(sheetName);
        if (!view.areas.some((s) => inside(s, a.top, a.left))) throw new WpsError("该单元格不在当前选定区域内");
        view.cell = { row: a.top, col: a.left };
      },
    };
    return range;
  }

  private formatConditions(sheetName: string, areas: CellRange[]): WpsFormatConditions {
    const fake = this;
    const sheet = () => fake.sheet(sheetName);
    const touching = () => sheet().rules.filter((rule) => rule.ranges.some((r) => areas.some((a) => overlaps(r, a))));
    return {
      get Count() {
        fake.calls++;
        // Every rule over a cell of the range: Range.FormatConditions "代表一个区域内所有条件格式的集合"
        // (learn.microsoft.com/zh-cn/office/VBA/api/excel.formatconditions; Range.FormatConditions: "represents all
        // the conditional formats for the specified range", learn.microsoft.com/dotnet/api/microsoft.office.interop.excel
        // .range.formatconditions).
        return touching().length;
      },
      Item(index: number) {
        fake.calls++;
        const rule = touching()[index - 1];
        if (!rule) throw new WpsError(`条件格式下标越界：${index}`);
        return fake.formatCondition(sheetName, rule);
      },
      Add(Type: number, _Operator?: number, Formula1?: string) {
        fake.calls++;
        // https://airsheet.wps.cn/pydocs/et_api/excel/workbook/FormatConditions/方法/Add 方法.html: "如果 Type 为
        // xlExpression,则忽略 Operator 参数。" Only expression rules (Type 2) are modelled.
        if (Type !== 2) throw new WpsError(`只模拟 xlExpression(2) 条件格式，收到 ${Type}`);
        if (typeof Formula1 !== "string" || !Formula1.startsWith("="))
          throw new WpsError("Formula1 须为以 = 开头的公式");
        // A rule's formula is a formula as a cell's is (tests/host/cellLimits.ts).
        const refused = formulaRefusal(Formula1);
        if (refused) throw new WpsError(`Formula1 无效：${refused}`);
        // Same page: "对单个区域定义的条件格式不能超过三个。" (WPS's FormatCondition 对象 page: "对于给定区域, FormatConditions
        // 集合中包含的条件格式不能超过三个") — the line of Microsoft's Excel 2003 page WPS's follows: "The
        // FormatConditions collection can contain up to three conditional formats" … "If you try to create more than
        // three conditional formats for a single range, the Add method fails" (learn.microsoft.com/previous-versions/
        // office/developer/office-2003/aa174223(v=office.11)). So Add is refused when the range's collection (Count
        // above) holds three already. Counted cell by cell, as that Excel kept them: "Excel allows the addition of a
        // maximum of three conditions only, for the same cell in the Biff8 format" (syncfusion.com/forums/92386): rules
        // over other cells of a range of many areas (our three lights in chunks of 60 ranges) do not add up. No page
        // gives the refusal's words: these are the fake's own.
        if (deepest(touching(), areas) >= 3) throw new WpsError("同一区域的条件格式不能超过三个");
        // Relative references in Formula1 are read from the ACTIVE cell, not the range's corner
        // (https://www.mrexcel.com/board/threads/conditional-formatting-through-vba.327576/: "conditional formatting
        // considers it relative to the active cell"); the rule keeps them relative to its own anchor.
        if (fake.activeSheet !== sheetName)
          throw new WpsError("条件格式公式的相对引用以活动单元格为准：请先激活该工作表");
        const anchor = areas[0];
        const formula = shiftFormula(
          Formula1.slice(1),
          anchor.top - fake.activeCell.row,
          anchor.left - fake.activeCell.col,
        );
        const rule: FakeRule = { ranges: areas.map((a) => ({ ...a })), formula };
        sheet().rules.push(rule);
        return fake.formatCondition(sheetName, rule);
      },
    };
  }

  private formatCondition(sheetName: string, rule: FakeRule): WpsFormatCondition {
    const fake = this;
    const color = (v: unknown) => {
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 0xffffff)
        throw new WpsError(`颜色必须是 RGB() 生成的整数，收到 ${JSON.stringify(v)}`);
      return v;
    };
    return {
      get Type() {
        fake.calls++;
        return 2;
      },
      get AppliesTo() {
        fake.calls++;
        // https://airsheet.wps.cn/pydocs/et_api/excel/workbook/FormatCondition/属性/AppliesTo 属性.html: "返回一个 Range
        // 对象,指定格式规则将应用于的单元格区域。" (its example: "formatCondition.AppliesTo.Address()"). The ranges as the
        // rule holds them now (moved by inserted and deleted rows and columns).
        return fake.range(
          sheetName,
          rule.ranges.map((r) => ({ ...r })),
        );
      },
      get Formula1() {
        fake.calls++;
        // http://www.j-walk.com/ss/excel/odd/odd07.htm: "The Formula1 property will return a different formula, which is
        // relative to the active cell."
        const anchor = rule.ranges[0];
        return `=${shiftFormula(rule.formula, fake.activeCell.row - anchor.top, fake.activeCell.col - anchor.left)}`;
      },
      get Interior() {
        fake.calls++;
        // ${DOC}/Top10/属性/Interior 属性.html: "返回一个 Interior 对象，该对象在条件格式规则的计算结果为 True 时指定单元格的内部属性";
        // its example "top.Interior.Color = RGB(115, 120, 55)": read back as the same integer.
        return {
          get Color() {
            return rule.fill ?? 0xffffff;
          },
          set Color(v: number) {
            fake.calls++;
            rule.fill = color(v);
          },
        };
      },
      get Font() {
        fake.calls++;
        // ${DOC}/UniqueValues/属性/Font 属性.html (the conditional formats' Font): "返回一个 Font 对象，该对象在条件格式规则的计算结果为
        // True 时指定字体格式" … "您可以设置字体样式、下划线、颜色和删除线属性"; its example sets "Font.Bold = true",
        // "Font.Italic = true". A style is true / false, as a cell's Font.Bold (learn.microsoft.com/office/vba/api/
        // excel.font.bold: "True if the font is bold"): anything else is refused.
        const style = (v: unknown) => {
          if (typeof v !== "boolean") throw new WpsError(`字形须为 true / false，收到 ${JSON.stringify(v)}`);
          return v;
        };
        return {
          get Color() {
            return rule.font ?? 0;
          },
          set Color(v: number) {
            fake.calls++;
            rule.font = color(v);
          },
          get Bold() {
            return rule.bold === true;
          },
          set Bold(v: boolean) {
            fake.calls++;
            rule.bold = style(v);
          },
          get Italic() {
            return rule.italic === true;
          },
          set Italic(v: boolean) {
            fake.calls++;
            rule.italic = style(v);
          },
          // WPS's FormatCondition 对象 page, its table of what a conditional format's Font takes: "Bold Color ColorIndex
          // FontStyle Italic Strikethrough Underline 无法使用会计用下划线样式。" Underline: an XlUnderlineStyle
          // (learn.microsoft.com/office/vba/api/excel.xlunderlinestyle: None -4142, Single 2, Double -4119; the
          // accounting ones 4 and 5 refused, as the page says); never set, it reads as none (no page says). Strikethrough
          // true / false, as Font.Bold.
          get Underline() {
            return rule.underline ?? XL.underlineNone;
          },
          set Underline(v: number) {
            fake.calls++;
            if (v !== XL.underlineNone && v !== XL.underlineSingle && v !== XL.underlineDouble)
              throw new WpsError(
                `条件格式的下划线只能是无、单或双下划线（会计用下划线不可用），收到 ${JSON.stringify(v)}`,
              );
            rule.underline = v;
          },
          get Strikethrough() {
            return rule.strikethrough === true;
          },
          set Strikethrough(v: boolean) {
            fake.calls++;
            rule.strikethrough = style(v);
          },
        };
      },
      get Borders() {
        fake.calls++;
        // WPS's FormatCondition 对象 page: "Border: Bottom Color Left Right Style 可使用下列边框样式(其他均不可用):xlNone
        // xlSolid xlDash xlDot xlDashDot xlDashDotDot xlGray50 xlGray75 xlGray25 Top Weight 可使用下列边框粗细(其他均不可用):
        // xlWeightHairline xlWeightThin"; the sides, learn.microsoft.com/office/vba/api/excel.formatcondition.borders:
        // "uses the conditional-format side constants xlLeft, xlRight, xlTop, and xlBottom. Don't use xlEdgeLeft,
        // xlEdgeRight, xlEdgeTop, xlEdgeBottom … Using an xlEdge index with FormatCondition.Borders can cause run-time
        // error 1004". The styles by their numbers (learn.microsoft.com/office/vba/api/excel.xllinestyle: xlLineStyleNone
        // -4142, xlContinuous 1, xlDash -4115, xlDot -4118, xlDashDot 4, xlDashDotDot 5; the page's grays are XlPattern's
        // -4125, -4126, -4124), weights xlHairline 1, xlThin 2 (excel.xlborderweight). Anything else refused; an edge
        // never set reads as none, weight thin, colour black (no page says).
        return {
          Item(index: number) {
            fake.calls++;
            if (!(EDGES as readonly number[]).includes(index))
              throw new WpsError(`条件格式的边框只能用 xlTop / xlBottom / xlLeft / xlRight，收到 ${index}`);
            const edge = () => rule.borders?.get(index) ?? { style: XL.lineStyleNone, weight: 2, color: 0 };
            const set = (part: Partial<{ style: number; weight: number; color: number }>) =>
              (rule.borders ??= new Map()).set(index, { ...edge(), ...part });
            return {
              get LineStyle() {
                return edge().style;
              },
              set LineStyle(v: number) {
                fake.calls++;
                if (!CF_LINE_STYLES.includes(v)) throw new WpsError(`条件格式不支持的边框样式：${JSON.stringify(v)}`);
                set({ style: v });
              },
              get Weight() {
                return edge().weight;
              },
              set Weight(v: number) {
                fake.calls++;
                if (v !== 1 && v !== 2)
                  throw new WpsError(`条件格式的边框只能是细线或极细线，收到 ${JSON.stringify(v)}`);
                set({ weight: v });
              },
              get Color() {
                return edge().color;
              },
              set Color(v: number) {
                fake.calls++;
                set({ color: color(v) });
              },
            };
          },
        };
      },
      Delete() {
        fake.calls++;
        const s = fake.sheet(sheetName);
        s.rules = s.rules.filter((r) => r !== rule);
      },
    };
  }

  private validation(sheetName: string, areas: CellRange[]): WpsValidation {
    const fake = this;
    const sheet = () => fake.sheet(sheetName);
    const each = (fn: (k: string) => void) => {
      for (const a of areas)
        for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(key(r, c));
    };
    /**
     * The list of the one cell read. A cell without validation: no WPS or Microsoft page says what Type or Formula1 give
     * there (Excel raises run-time error 1004, widely reported, not documented), so the fake fails, as the strictest
     * reading, and the adapter must take a failed read for "no list". Several cells: refused, the adapter reads one at a
     * time (what a range whose cells differ answers is not documented either).
     */
    const list = (what: string): string => {
      if (areas.length !== 1 || areas[0].top !== areas[0].bottom || areas[0].left !== areas[0].right)
        throw new WpsError(`fake: Validation.${what} 只读单个单元格`);
      const formula = sheet().validations.get(key(areas[0].top, areas[0].left));
      if (formula === undefined) throw new WpsError("应用程序定义或对象定义错误（该单元格没有数据有效性）");
      return formula;
    };
    return {
      get Type() {
        fake.calls++;
        // learn.microsoft.com/office/vba/api/excel.validation.type: "Returns a Long value containing an XlDVType constant
        // that represents the data type validation for a range." Only lists (xlValidateList, 3) are modelled.
        list("Type");
        return 3;
      },
      get Formula1() {
        fake.calls++;
        // https://airsheet.wps.cn/pydocs/et_api/excel/workbook/Validation/属性/Formula1 属性.html: "返回与条件格式或者数据有效性相关联的值或表达式。可为常量值、字符串值、
        // 单元格引用或公式。" — a list given as items reads back as they were given ("能,不能,待定").
        return list("Formula1");
      },
      Add(Type: number, _AlertStyle?: number, _Operator?: number, Formula1?: string) {
        fake.calls++;
        // ${DOC}/Validation/方法/Add 方法.html: "xlValidateList | Formula1 必需,忽略 Formula2。Formula1必须包含以逗号
        // 分隔的值列表,或对该列表的工作表引用。" Only lists (Type 3) are modelled.
        if (Type !== 3) throw new WpsError(`只模拟 xlValidateList(3)，收到 ${Type}`);
        if (typeof Formula1 !== "string" || Formula1 === "") throw new WpsError("下拉列表须有 Formula1");
        // learn.microsoft.com/zh-cn/office/vba/api/excel.validation.add: "Formula1 … 值不得超过 255 个字符。"
        if (Formula1.length > 255) throw new WpsError("Formula1 超过 255 个字符");
        // Add is for cells without a rule, Modify for cells that have one: WPS's Validation 对象 page
        // (airsheet.wps.cn/docs/apiV2/excel/workbook/Validation) "使用 Add方法可将数据有效性添加到某个区域并创建一个新的
        // Validation 对象。", changing a cell's rule with Modify ("本示例更改单元格 E5 的数据有效性验证"); Microsoft's the same
        // (learn.microsoft.com/zh-cn/office/VBA/api/excel.validation: "使用 Add 方法可将数据有效性添加到某个区域并创建一个
        // 新的 Validation 对象。"; excel.validation.modify: "Modifies data validation for a range."). Add over a cell that
        // has one fails in VBA with run-time error 1004 ("应用程序定义或对象定义错误"; widely reported, on no page found):
        // refused, so the adapter must Delete first.
        each((k) => {
          if (sheet().validations.has(k))
            throw new WpsError("运行时错误 1004：应用程序定义或对象定义错误（该区域已有数据有效性：请先 Delete）");
        });
        each((k) => sheet().validations.set(k, Formula1));
      },
      Delete() {
        fake.calls++;
        each((k) => sheet().validations.delete(k));
      },
      get InCellDropdown() {
        fake.calls++;
        return true;
      },
      set InCellDropdown(_v: boolean) {
        fake.calls++;
      },
    };
  }
}

// ───── helpers ─────

/** Methods that change a sheet's contents (see FakeWps.range). */
const WRITING_METHODS = new Set([
  "Add",
  "AutoFilter",
  "Merge",
  "UnMerge",
  "AddComment",
  "Clear",
  "ClearComments",
  "ClearContents",
  "ClearFormats",
  "Delete",
]);
/** The parts of a range whose writes are its own. */
const GUARDED_PARTS = new Set(["Interior", "Font", "FormatConditions", "Validation"]);

/** The one line style of a range's borders (`styles` gives a cell's), or null where they differ, as VBA's Null. */
function oneStyle(a: CellRange, styles: (row: number, col: number) => number[]): number | null {
  const seen = new Set<number>();
  for (let r = a.top; r <= a.bottom; r++)
    for (let c = a.left; c <= a.right; c++) for (const x of styles(r, c)) seen.add(x);
  return seen.size === 1 ? [...seen][0] : null;
}

/** `target` with its property sets and writing methods (and those of its parts) checked by `check` first. */
function guarded<T extends object>(target: T, check: () => void): T {
  return new Proxy(target, {
    set(t, prop, value, receiver) {
      check();
      return Reflect.set(t, prop, value, receiver);
    },
    get(t, prop, receiver) {
      const value: unknown = Reflect.get(t, prop, receiver);
      if (typeof prop !== "string") return value;
      if (typeof value === "function" && WRITING_METHODS.has(prop))
        return (...args: unknown[]) => (check(), (value as (...a: unknown[]) => unknown).apply(t, args));
      if (GUARDED_PARTS.has(prop) && value && typeof value === "object") return guarded(value, check);
      return value;
    },
  });
}

/** What a cell holds after a value is entered, the way typed input is read. */
function enter(v: unknown): { value: CellValue; formula: string | null; numberFormat?: string } {
  if (v === null || v === undefined || v === "") return { value: null, formula: null };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new WpsError(`数值无效：${v}`);
    return { value: v, formula: null };
  }
  if (typeof v === "boolean") return { value: v, formula: null };
  if (typeof v !== "string") throw new WpsError(`单元格值只能是文本、数值或逻辑值，收到 ${typeof v}`);
  // Text entered into a cell is read like typed input: "=" starts a formula (${DOC}/Range/属性/Value2 属性.html
  // example: Range("A1").Formula = "=SUM(B1:C1)"), numbers, percentages, dates and TRUE / FALSE become values,
  // and a leading "'" keeps the rest as text (${DOC}/Range/属性/PrefixCharacter 属性.html: "对于文本标签,该前缀字符
  // 将是“'”" — its example: Range("C3").Value2 = "'test1").
  // Excel's limits, which WPS shares (no WPS page found; tests/host/cellLimits.ts cites them): 32,767 characters of
  // text, a formula of 8,192, a text constant in a formula of 255. Entered longer, the cell is refused.
  const refused = v.startsWith("=") ? formulaRefusal(v) : textRefusal(v);
  if (refused) throw new WpsError(`单元格内容无效：${refused}`);
  if (v.startsWith("'")) return { value: v.slice(1), formula: null };
  if (v.startsWith("=")) return { value: null, formula: v };
  const t = v.trim();
  if (/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?$/.test(t))
    return { value: Number(t.replace(/,/g, "")), formula: null };
  if (/^[-+]?\d+(\.\d+)?%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100, formula: null, numberFormat: "0%" };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true", formula: null };
  const d = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (d) {
    const serial = (Date.UTC(+d[1], +d[2] - 1, +d[3]) - Date.UTC(1899, 11, 30)) / 86_400_000;
    return { value: serial, formula: null, numberFormat: "yyyy/m/d" };
  }
  return { value: v, formula: null };
}

/** xlCVError numbers (cell-error-values page above), by the error's text. */
const CV_ERROR: Record<string, number> = {
  "#NULL!": 2000,
  "#DIV/0!": 2007,
  "#VALUE!": 2015,
  "#REF!": 2023,
  "#NAME?": 2029,
  "#NUM!": 2036,
  "#N/A": 2042,
};

function plain(v: CellValue, errorsAs: "text" | "code"): WpsValue {
  if (typeof v !== "object" || v === null) return v;
  const number = CV_ERROR[v.error];
  return errorsAs === "code" && number !== undefined ? 0x800a0000 | number : v.error;
}

/**
 * "A1:B2,D4" / "B:B" / "5:6" → 0-based areas. A cell past the sheet's last row or column is no address: a sheet has "1,048,576
 * rows by 16,384 columns" (Excel specifications and limits, support.microsoft.com/office/c13798fc-f1d5-4e73-998d-
 * c02268bc65ae, the .xlsx grid WPS opens and saves), so "XFE1" is refused.
 */
export function parseAddress(address: string): CellRange[] {
  if (typeof address !== "string" || address.trim() === "") throw new WpsError("区域地址为空");
  return address.split(",").map((part) => {
    const text = part.trim().replace(/\$/g, "");
    const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(text);
    const rows = /^(\d+):(\d+)$/.exec(text);
    const r = cols
      ? { top: 0, bottom: MAX_ROW, left: columnIndex(cols[1]), right: columnIndex(cols[2]) }
      : rows && Number(rows[1]) >= 1 && Number(rows[2]) >= Number(rows[1])
        ? { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COL }
        : parseA1Range(text);
    if (!r || r.right > MAX_COL || r.bottom > MAX_ROW) throw new WpsError(`区域地址无效：${part}`);
    return r;
  });
}

export function rangeAddress(r: CellRange): string {
  const a = `$${columnLetters(r.left)}$${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:$${columnLetters(r.right)}$${r.bottom + 1}`;
}

function usedRange(sheet: FakeSheet): CellRange {
  let r: CellRange | null = null;
  const grow = (top: number, left: number, bottom: number, right: number) => {
    r = r
      ? {
          top: Math.min(r.top, top),
          left: Math.min(r.left, left),
          bottom: Math.max(r.bottom, bottom),
          right: Math.max(r.right, right),
        }
      : { top, left, bottom, right };
  };
  for (const [k, c] of sheet.cells) {
    if (c.value === null && !c.formula && c.numberFormat === "General" && c.fill === undefined && !c.bold) continue;
    const [row, col] = k.split(",").map(Number);
    grow(row, col, row, col);
  }
  for (const m of sheet.merges) grow(m.top, m.left, m.bottom, m.right);
  return r ?? { top: 0, left: 0, bottom: 0, right: 0 };
}

/** Move the relative (no "$") references of a formula; text inside "…" is left alone. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g,
            (_m, cAbs: string, col: string, rAbs: string, row: string) => {
              const c = cAbs ? columnIndex(col) : columnIndex(col) + dCol;
              const r = rAbs ? Number(row) : Number(row) + dRow;
              return `${cAbs}${columnLetters(c)}${rAbs}${r}`;
            },
          ),
    )
    .join("");
}

/** FormatCondition.Borders' sides and the line styles a conditional format takes (formatCondition's Borders). */
const EDGES = [XL.top, XL.bottom, XL.left, XL.right] as const;
const CF_LINE_STYLES = [XL.lineStyleNone, 1, -4115, -4118, 4, 5, -4125, -4126, -4124];
/** A cell's line styles (BORDERS: excel.xllinestyle). */
const LINE_STYLES = [XL.lineStyleNone, 1, -4115, 4, 5, -4118, -4119, 13];

/** The most of `rules` over one cell of `areas` (at the top-left corner of some overlap, where the most meet). */
function deepest(rules: FakeRule[], areas: CellRange[]): number {
  let most = 0;
  for (const area of areas) {
    const parts = rules.map((rule) => rule.ranges.filter((r) => overlaps(r, area)));
    const corners = parts.flat().map((r) => ({ row: Math.max(r.top, area.top), col: Math.max(r.left, area.left) }));
    for (const { row: top } of corners)
      for (const { col: left } of corners) {
        const over = parts.filter((ranges) => ranges.some((r) => inside(r, top, left))).length;
        most = Math.max(most, over);
      }
  }
  return most;
}

const inside = (m: CellRange, row: number, col: number) =>
  row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;
const overlaps = (a: CellRange, b: CellRange) =>
  a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
const rows = (a: CellRange) => Array.from({ length: a.bottom - a.top + 1 }, (_, i) => a.top + i);
/** XlAutoFilterOperator.xlFilterValues (learn.microsoft.com/office/vba/api/excel.xlautofilteroperator): texts ticked. */
export const XL_FILTER_VALUES = 7;
const cols = (a: CellRange) => Array.from({ length: a.right - a.left + 1 }, (_, i) => a.left + i);

/** A cell with nothing left in it is no cell at all (as Clear leaves it). */
function keepUnlessBlank(sheet: FakeSheet, k: string, cell: FakeCell): void {
  const blank =
    (cell.value === null || cell.value === undefined) &&
    !cell.formula &&
    cell.numberFormat === "General" &&
    !cell.bold &&
    cell.fill === undefined &&
    cell.fontColor === undefined &&
    cell.borders === undefined;
  if (blank) sheet.cells.delete(k);
  else sheet.cells.set(k, cell);
}

/**
 * Several workbooks open in one WPS window (甲单位's and 乙单位's): what the add-in's pages see under `window.Application`
 * answers for the workbook shown (ActiveWorkbook, ActiveSheet, Selection …: "Application 对象返回在活动窗口中选定的对象",
 * ${DOC}/Application/属性/Selection 属性.html), while what belongs to the add-in is one for all: its PluginStorage ("该对象
 * 在一个插件中对应着同一个实例", et-jsapi-declare index.d.ts), its task panes, and ApiEvent's SheetChange, which tells
 * of a change in any open workbook (Excel's Workbook-level event of every workbook, learn.microsoft.com/office/vba/api/
 * excel.application.sheetchange: "Occurs when cells in any worksheet are changed"). Workbooks lists them all;
 * Workbook.Activate shows one; `close` closes one (it leaves Workbooks).
 */
export class FakeWpsWindow {
  readonly books: FakeWps[];
  readonly app: WpsApplication;
  private active: FakeWps;

  constructor(books: FakeWps[]) {
    const names = books.map((b) => b.name);
    if (new Set(names).size !== names.length) throw new Error(`fake: 同名的工作簿不能同时打开：${names.join("、")}`);
    this.books = [...books];
    this.active = books[0];
    for (const book of books) book.window = this;
    const own = books[0]; // the add-in's members live here: the same for every workbook
    const appWide = new Set(["PluginStorage", "CreateTaskPane", "GetTaskPane", "ribbonUI", "AddCustomFunction"]);
    const apiEvent = {
      AddApiEventListener: (name: string, callback: (sheet: WpsWorksheet, target: WpsRange) => void) =>
        this.books.forEach((b) => b.apiEvent.AddApiEventListener(name, callback)),
      RemoveApiEventListener: (name: string, callback?: (sheet: WpsWorksheet, target: WpsRange) => void) =>
        this.books.forEach((b) => b.apiEvent.RemoveApiEventListener(name, callback)),
    };
    this.app = new Proxy({} as WpsApplication, {
      get: (_t, prop) => {
        if (prop === "ApiEvent") return apiEvent;
        const from = typeof prop === "string" && appWide.has(prop) ? own : this.active;
        return Reflect.get(from.app, prop, from.app);
      },
      set: (_t, prop, value) => {
        const to = typeof prop === "string" && appWide.has(prop) ? own : this.active;
        return Reflect.set(to.app, prop, value, to.app);
      },
    });
  }

  /** The workbook shown (Workbook.Activate, or the clerk clicking its tab). */
  activate(book: FakeWps): void {
    if (!this.books.includes(book)) throw new WpsError("fake: 该工作簿没有打开");
    this.active = book;
  }

  /** The clerk closes a workbook: it leaves Workbooks, and another one is shown. */
  close(book: FakeWps): void {
    this.books.splice(this.books.indexOf(book), 1);
    book.window = null;
    if (this.active === book) this.active = this.books[0];
  }
}
