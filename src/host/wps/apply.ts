/**
 * Carry a plan out in the open WPS workbook. Cell writes are grouped into rectangles and written as ONE
 * 2-D Value2 (or Formula, when the rectangle holds a formula) per rectangle; number formats, bold and
 * fills go out per rectangle of equal look. Every other operation is the object-model call it names.
 *
 * WPS cannot do: the summary chart (skipped: the summary sheet keeps the planned and actual columns the
 * chart would show). Everything else is the same as in Excel: conditional formats keyed on the status
 * cells, drop-downs (list validation) and notes (comments).
 */
import { cellWriteRun, sheetWrites, writeAt, type CellWrite } from "../../core/plan/cellWrites";
import { rectangles } from "../../core/plan/rectangles";
import { columnLetters, quoteSheetName } from "../../core/a1";
import { assertNever } from "../../core/assertNever";
import { KeptLooks, rulesToRemove } from "../../core/plan/ourRules";
import { ourStill, type CellStyle, type PlainValue, type Plan, type PlanOp } from "../../core/plan/types";
import type { CellRange } from "../../core/types";
import { rangeToA1 as localAddress } from "../../core/a1";
import {
  bgr,
  isShown,
  rgbHex,
  ruleLookOf,
  rangesOfRule,
  XL,
  type WpsApplication,
  type WpsFormatCondition,
  type WpsRange,
  type WpsRuleLook,
  type WpsWorksheet,
} from "./model";
import type { WpsReading } from "./read";

export interface WpsWriteStats {
  /** Rectangles written with one 2-D Value2 / Formula assignment. */
  blocks: number;
  /** Operations WPS has no equivalent for (the chart). */
  skipped: PlanOp["op"][];
  /** Highlight rules WPS refused to add (its message): the rest of the plan is written, the check says so. */
  refusedRules?: { sheet: string; detail: string; ranges: CellRange[]; formula: string }[];
}

/**
 * Write the plan's ops through the WPS object model; nothing where no workbook is open. `writing`, when given, is
 * called before each write: a ribbon run says it is still writing (ribbon.ts RIBBON_WRITING_KEY), so a long run's
 * own writes are never taken for the clerk's.
 */
export function applyPlan(
  app: WpsApplication,
  plan: Plan,
  reading: WpsReading,
  writing: () => void = () => {},
): WpsWriteStats {
  const workbook = app.ActiveWorkbook;
  if (!workbook) return { blocks: 0, skipped: [] };
  const stats: WpsWriteStats = { blocks: 0, skipped: [] };
  // The look of each rule of ours removed, for the one added again for its light (ourRules.ts KeptLooks): BGR colours.
  const ruleLooks = new KeptLooks<WpsRuleLook>();
  const existing = new Set(reading.sheetNames);
  const names = new Set(reading.names);
  const sheetCache = new Map<string, WpsWorksheet>();
  const ws = (name: string): WpsWorksheet => {
    let sheet = sheetCache.get(name);
    if (!sheet) {
      sheet = workbook.Worksheets.Item(name);
      sheetCache.set(name, sheet);
    }
    return sheet;
  };
  // The user's view is put back at the end, also after a failure: their sheet active again, the selection of each sheet
  // a rule was anchored on as it was, and a hidden sheet shown for that hidden again.
  const userSheet = app.ActiveSheet;
  const userName = userSheet?.Name;
  let active: string | null = null;
  let moved = false; // the user's sheet is shown again at the end when the write had to switch sheets
  const shown = new Map<string, number | boolean>(); // sheet → its Visible before it was shown
  /** The active sheet's view before ours: its selected cells, active cell, and the picture or shape selected over them. */
  let picked: { sheet: string; selection: string; cell: string; shape?: string } | null = null;
  const putBackSelection = () => {
    if (picked && active === picked.sheet && existing.has(picked.sheet)) {
      const sheet = ws(picked.sheet);
      sheet.Range(picked.selection).Select();
      sheet.Range(picked.cell).Activate();
      if (picked.shape !== undefined)
        try {
          sheet.Shapes.Item(picked.shape).Select();
        } catch {
          // The cells behind it are selected again: a picture not selected again is no reason to report the check failed.
        }
    }
    picked = null;
  };
  /**
   * Make `cell` of the sheet the active cell: a rule's relative references are read from it ("Method 2: select the
   * cell", learn.microsoft.com/office/troubleshoot/excel/conditional-formatting-set-incorrectly). No documented call
   * places a rule on a sheet that is not active, and a hidden one cannot be activated (no tab to click), so it is shown
   * first.
   */
  const anchorAt = (name: string, cell: { row: number; col: number }) => {
    if (active !== name) {
      putBackSelection();
      const sheet = ws(name);
      const visible = sheet.Visible;
      if (!isShown(visible)) {
        shown.set(name, visible);
        sheet.Visible = XL.sheetVisible;
      }
      sheet.Activate();
      active = name;
      moved = true;
      picked = viewOf(app, name);
    }
    ws(name)
      .Range(localAddress(cellRange(cell)))
      .Select();
  };

  const apply = (op: Exclude<PlanOp, CellWrite>): void => {
    switch (op.op) {
      case "addSheet": {
        if (existing.has(op.sheet)) return;
        putBackSelection(); // Add activates the new sheet
        const added = workbook.Worksheets.Add(undefined, workbook.Worksheets.Item(workbook.Worksheets.Count));
        added.Name = op.sheet;
        if (op.visibility === "veryHidden") added.Visible = XL.sheetVeryHidden;
        existing.add(op.sheet);
        sheetCache.set(op.sheet, added);
        active = null; // Add activates the new sheet
        moved = true;
        return;
      }
      case "deleteSheet": {
        if (!existing.has(op.sheet)) return;
        const sheet = ws(op.sheet);
        if (op.veryHidden) sheet.Visible = XL.sheetVisible;
        const alerts = app.DisplayAlerts;
        app.DisplayAlerts = false; // no "delete this sheet?" dialog for a sheet the add-in made
        sheet.Delete();
        app.DisplayAlerts = alerts;
        existing.delete(op.sheet);
        sheetCache.delete(op.sheet);
        shown.delete(op.sheet);
        if (active === op.sheet) active = null;
        return;
      }
      case "setNumberFormat":
        ws(op.cell.sheet).Range(localAddress(cellRange(op.cell))).NumberFormat = op.format;
        return;
      case "fill":
        ws(op.sheet).Range(localAddress(op.range)).Interior.Color = bgr(op.color);
        return;
      case "note": {
        const cell = ws(op.cell.sheet).Range(localAddress(cellRange(op.cell)));
        cell.ClearComments();
        if (op.text) cell.AddComment(op.text);
        return;
      }
      case "conditionalFormat": {
        // Relative references in a rule are read from the active cell: make it the rule's anchor.
        anchorAt(op.sheet, { row: op.ranges[0].top, col: op.ranges[0].left });
        const target = ws(op.sheet).Range(op.ranges.map(localAddress).join(","));
        let rule: WpsFormatCondition;
        try {
          rule = target.FormatConditions.Add(XL.expression, undefined, `=${op.formula}`);
        } catch (error) {
          // WPS's page allows three rules over one range: the clerk's own there (one of ours whose formula they
          // changed is theirs, and stays) can leave no room for ours. One highlight missing is said, not the check lost.
          if (!full(target)) throw error; // any other failure is one like every other: the check says WPS failed
          const detail = error instanceof Error ? error.message : String(error);
          (stats.refusedRules ??= []).push({ sheet: op.sheet, detail, ranges: op.ranges, formula: op.formula });
          return;
        }
        // The look read when this run removed the rule, else one a run that did not finish owed it (read then).
        const kept = ruleLooks.on(op.sheet).of(op.formula) ?? owedLook(op.look);
        rule.Interior.Color = kept ? kept.fill : bgr(op.highlight.fill);
        rule.Font.Color = kept ? kept.font : bgr(op.highlight.font);
        if (kept?.bold) rule.Font.Bold = true;
        if (kept?.italic) rule.Font.Italic = true;
        if (kept?.underline) rule.Font.Underline = kept.underline;
        if (kept?.strikethrough) rule.Font.Strikethrough = true;
        for (const { side, style, weight, color } of kept?.borders ?? []) {
          const edge = rule.Borders.Item(side);
          edge.LineStyle = style;
          edge.Weight = weight;
          edge.Color = color;
        }
        return;
      }
      case "removeConditionalFormat": {
        // The rules rulesToRemove picks (one rule for the three appliers): ours where we wrote them, else every rule
        // of the shape. Formula1 reads relative references from the active cell: from where we anchored the rule,
        // ours reads as recorded.
        if (!existing.has(op.sheet)) return;
        if (op.ranges.length > 0) anchorAt(op.sheet, { row: op.ranges[0].top, col: op.ranges[0].left });
        const rules = ws(op.sheet).Cells.FormatConditions;
        const found: { index: number; formula: string }[] = [];
        for (let k = 1; k <= rules.Count; k++) {
          const rule = rules.Item(k);
          if (rule.Type === XL.expression) found.push({ index: k, formula: rule.Formula1 });
        }
        // Where each lies, asked only of the rules of our formula: a copy of our rule the clerk made for their cells, or
        // ours they widened over more columns (ourRules.ts), is theirs and stays.
        const removed = rulesToRemove(found, (r) => r.formula, op.formula, op.planned, {
          rangesOf: (r) => rangesOfRule(rules.Item(r.index)),
          recorded: op.ranges,
        });
        // Its look before it goes: a rule of ours the clerk recoloured is added again as they made it.
        for (const r of removed) ruleLooks.on(op.sheet).keep(r.formula, ruleLookOf(rules.Item(r.index)));
        const gone = removed.map((r) => r.index);
        for (const k of gone.sort((a, b) => b - a)) rules.Item(k).Delete(); // from the last: the others keep their place
        return;
      }
      case "validationList": {
        const validation = ws(op.sheet).Range(localAddress(op.range)).Validation;
        validation.Delete();
        validation.Add(XL.validateList, XL.validAlertStop, XL.between, op.list.join(","));
        return;
      }
      case "removeValidation":
        ws(op.sheet).Range(localAddress(op.range)).Validation.Delete();
        return;
      case "defineName": {
        if (names.has(op.name)) workbook.Names.Item(op.name).Delete();
        const target = `${quoteSheetName(op.cell.sheet)}!$${columnLetters(op.cell.col)}$${op.cell.row + 1}`;
        workbook.Names.Add(op.name, `=${target}`);
        names.add(op.name);
        return;
      }
      case "removeName":
        if (names.has(op.name)) workbook.Names.Item(op.name).Delete();
        names.delete(op.name);
        return;
      case "chart":
      case "removeChart": // WPS gets no chart, so there is none to remove
      case "removeChartIfEmptied":
        stats.skipped.push(op.op);
        return;
      case "recalculateOnOpen":
        // WPS recalculates what depends on a cell written as Excel does (Application.Calculation, xlCalculationAutomatic
        // by default); the file it then saves holds its own results.
        return;
      case "columnWidth": {
        const letters = columnLetters(op.col);
        const column = ws(op.sheet).Range(`${letters}:${letters}`);
        // Range.UseStandardWidth: "如果 Range 对象的列宽等于工作表的标准列宽，则该属性的值为 True" (WPS's page). A column
        // the clerk hid is their look: what its width reads as, and whether a width set shows it again, is on no page, so
        // it is asked first (Range.Hidden, of whole columns: "指定的区域必须占据整个行或整个列", VBA's page) and left.
        if (op.ifStandard && (column.Hidden !== false || column.UseStandardWidth !== true)) return;
        column.ColumnWidth = op.width; // characters, as the plan gives
        return;
      }
      case "clear": {
        if (!existing.has(op.sheet)) return;
        // Contents and formats, not Clear (it takes the notes too) nor ClearComments: a note on our cell may be
        // the user's, and ours go by "note" ops. keepLook: contents only, the formats are the user's.
        const range = ws(op.sheet).Range(localAddress(op.range));
        range.ClearContents();
        if (op.ourLook) {
          // Only what is still our look goes: the user's fill, borders and font stay.
          for (let row = op.range.top; row <= op.range.bottom; row++)
            for (let col = op.range.left; col <= op.range.right; col++) {
              const cell = ws(op.sheet).Range(localAddress({ top: row, left: col, bottom: row, right: col }));
              const still = ourStill(op.ourLook, rgbHex(cell.Interior.Color), cell.Font.Bold);
              if (still.fill) cell.Interior.ColorIndex = XL.colorIndexNone;
              if (still.bold) cell.Font.Bold = false;
            }
        } else if (!op.keepLook) range.ClearFormats();
        return; // its drop-down list stays (PlanOp "clear"): ours go by removeValidation
      }
      default:
        assertNever(op, "plan operation");
    }
  };

  const screen = app.ScreenUpdating;
  app.ScreenUpdating = false;
  let failure: { error: unknown } | null = null;
  try {
    let i = 0;
    while (i < plan.ops.length) {
      writing();
      const op = plan.ops[i];
      if (op.op === "setValue" || op.op === "setFormula") {
        const run = cellWriteRun(plan.ops, i);
        i += run.length;
        stats.blocks += writeCells(ws, run, writing);
        continue;
      }
      apply(op);
      i++;
    }
  } catch (error) {
    failure = { error };
  }
  // Every step of putting the view back is tried; the write's own failure, if any, is the one reported.
  const putBack: (() => void)[] = [
    putBackSelection,
    () => {
      if (moved && userSheet && userName !== undefined && existing.has(userName)) userSheet.Activate();
    },
  ];
  for (const [name, visible] of shown) putBack.push(() => (ws(name).Visible = visible));
  putBack.push(() => (app.ScreenUpdating = screen));
  for (const step of putBack)
    try {
      step();
    } catch (error) {
      failure ??= { error };
    }
  if (failure) throw failure.error;
  return stats;
}

/**
 * What is selected on the active sheet `sheet`: cells (Selection is a Range), or a picture or shape, which Selection gives
 * instead (no Address): then the cells behind it (Window.RangeSelection) and its name, to select it again (Shape.Select).
 */
function viewOf(
  app: WpsApplication,
  sheet: string,
): { sheet: string; selection: string; cell: string; shape?: string } | null {
  const selection = app.Selection;
  const current = app.ActiveCell;
  if (!selection || !current) return null;
  if ("Address" in selection) return { sheet, selection: selection.Address(), cell: current.Address() };
  const cells = app.ActiveWindow?.RangeSelection;
  if (!cells) return null;
  const name = "Name" in selection ? selection.Name : undefined;
  return {
    sheet,
    selection: cells.Address(),
    cell: current.Address(),
    ...(typeof name === "string" ? { shape: name } : {}),
  };
}

// ───────────── cell writes as rectangles ─────────────

function writeCells(ws: (name: string) => WpsWorksheet, run: CellWrite[], writing: () => void): number {
  let blocks = 0;
  for (const writes of sheetWrites(run)) {
    const sheet = ws(writes.sheet);
    for (const range of writes.rectangles) {
      const grid: PlainValue[][] = [];
      let formulas = false;
      for (let row = range.top; row <= range.bottom; row++) {
        const line: PlainValue[] = [];
        for (let col = range.left; col <= range.right; col++) {
          const w = writeAt(writes, row, col);
          if (w.op === "setFormula") formulas = true;
          line.push(w.op === "setFormula" ? `=${w.formula}` : literal(w.value));
        }
        grid.push(line);
      }
      writing();
      const target = sheet.Range(localAddress(range));
      const data = range.top === range.bottom && range.left === range.right ? grid[0][0] : grid;
      if (formulas) target.Formula = data;
      else target.Value2 = data;
      blocks++;
    }
    const looks = new Map<string, { style: CellStyle; cells: { row: number; col: number }[] }>();
    for (const w of writes.cells.values()) {
      const s = w.style;
      if (!s) continue;
      const add = (k: string, style: CellStyle) => {
        const entry = looks.get(k) ?? { style, cells: [] };
        entry.cells.push(w.cell);
        looks.set(k, entry);
      };
      if (s.numberFormat) add(`n:${s.numberFormat}`, { numberFormat: s.numberFormat });
      if (s.bold) add("b", { bold: true });
      if (s.fill) add(`f:${s.fill}`, { fill: s.fill });
    }
    for (const { style, cells: part } of looks.values())
      for (const range of rectangles(part)) {
        const target = sheet.Range(localAddress(range));
        if (style.numberFormat) target.NumberFormat = style.numberFormat;
        if (style.bold) target.Font.Bold = true;
        if (style.fill) target.Interior.Color = bgr(style.fill);
      }
  }
  return blocks;
}

/**
 * A value as typed text would be read: the cell parses "2024-07-31", "90%", "1,000", "TRUE" and "=…" like
 * typed input, so text that could be taken for something else goes in with the text prefix "'".
 */
export function literal(value: PlainValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  if (/^[\s=+\-@'.(\d]/.test(value) || /^(true|false)$/i.test(value.trim())) return `'${value}`;
  return value;
}

/**
 * WPS's documented refusal of FormatConditions.Add ("对单个区域定义的条件格式不能超过三个", its Add page): the range holds
 * three rules already. Known by that state, which Count gives, not by WPS's words, which no page gives. Checked after Add
 * failed, not before: Microsoft's current page of the collection lifts the limit ("FormatConditions 集合可以包含多个条件
 * 格式", learn.microsoft.com/zh-cn/office/VBA/api/excel.formatconditions), and a WPS that follows it adds a fourth rule —
 * a check made beforehand would leave out a highlight WPS takes. A Count that cannot be read is no refusal known.
 */
function full(range: WpsRange): boolean {
  try {
    return range.FormatConditions.Count >= RULES_PER_RANGE;
  } catch {
    return false;
  }
}

/** A look a run that did not finish read (SheetSnapshot.ruleLooks, as readRuleFormulas wrote it); undefined: none, or unreadable. */
function owedLook(text: string | undefined): WpsRuleLook | undefined {
  if (text === undefined) return undefined;
  try {
    const look = JSON.parse(text) as WpsRuleLook;
    return typeof look.fill === "number" && typeof look.font === "number" && Array.isArray(look.borders)
      ? look
      : undefined;
  } catch {
    return undefined;
  }
}

/** The rules WPS's page allows over one range (FormatConditions.Add). */
const RULES_PER_RANGE = 3;

function cellRange(cell: { row: number; col: number }): CellRange {
  return { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
}
