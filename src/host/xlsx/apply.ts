/**
 * The plan applied to an ExcelJS workbook object: the reference the WPS adapter's tests compare with
 * (tests/host/wps). The CLI and the standalone page no longer use it: they patch the package
 * (write.ts), which keeps what ExcelJS cannot round-trip. ExcelJS has no chart API, so charts are left out.
 */
import { fileColumnWidth } from "../../core/plan/columnWidth";
import type ExcelJS from "exceljs";
import { columnLetters, parseA1Range, rangeToA1, rangesToA1 } from "../../core/a1";
import { KeptLooks } from "../../core/plan/ourRules";
import { ourStill, type CellStyle, type Plan, type PlanOp } from "../../core/plan/types";
import type { CellRange, CellRef } from "../../core/types";
import { say, WordedError } from "../../core/locale/messages";

/** Apply the plan's ops to an ExcelJS workbook in order. */
export function applyPlanToExcelJs(workbook: ExcelJS.Workbook, plan: Plan): void {
  // The style of each rule of ours removed, for the one added again for its light (ourRules.ts KeptLooks).
  const looks = new KeptLooks<Partial<ExcelJS.Style>>();
  for (const op of plan.ops) applyOp(workbook, op, looks);
}

function applyOp(workbook: ExcelJS.Workbook, op: PlanOp, looks: KeptLooks<Partial<ExcelJS.Style>>): void {
  switch (op.op) {
    case "addSheet": {
      if (!workbook.getWorksheet(op.sheet))
        workbook.addWorksheet(op.sheet, { state: op.visibility === "veryHidden" ? "veryHidden" : "visible" });
      return;
    }
    case "deleteSheet": {
      const ws = workbook.getWorksheet(op.sheet);
      if (ws) workbook.removeWorksheet(ws.id);
      return;
    }
    case "setValue": {
      const cell = cellAt(workbook, op.cell);
      cell.value = op.value;
      styleCell(cell, op.style);
      return;
    }
    case "setFormula": {
      const cell = cellAt(workbook, op.cell);
      const result = op.value === null ? undefined : op.value;
      cell.value = { formula: op.formula, result } as ExcelJS.CellFormulaValue;
      styleCell(cell, op.style);
      return;
    }
    case "setNumberFormat":
      cellAt(workbook, op.cell).numFmt = op.format;
      return;
    case "fill":
      forEachCell(sheetOf(workbook, op.sheet), op.range, (cell) => {
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${op.color}` } };
      });
      return;
    case "note": {
      const cell = cellAt(workbook, op.cell);
      if (op.text) cell.note = op.text;
      // ExcelJS has no public way to delete a note; an absent comment model is what a cell without one has.
      else (cell as unknown as { _comment?: unknown })._comment = undefined;
      return;
    }
    case "conditionalFormat": {
      const ws = sheetOf(workbook, op.sheet);
      ws.addConditionalFormatting({
        ref: rangesToA1(op.ranges),
        rules: [
          {
            type: "expression",
            priority: 1,
            formulae: [op.formula],
            style: looks.on(op.sheet).of(op.formula) ?? {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${op.highlight.fill}` } },
              font: { color: { argb: `FF${op.highlight.font}` } },
            },
          },
        ],
      });
      return;
    }
    case "removeConditionalFormat": {
      const ws = sheetOf(workbook, op.sheet);
      const ref = normaliseRef(rangesToA1(op.ranges));
      const ours = (cf: ExcelJS.ConditionalFormattingOptions) =>
        normaliseRef(cf.ref) === ref &&
        cf.rules.some((r) => "formulae" in r && sameFormula(r.formulae?.[0], op.formula));
      // The sheet's entries: ExcelJS keeps them in conditionalFormattings, which its typings leave out.
      const entries = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
        .conditionalFormattings;
      for (const cf of entries.filter(ours))
        for (const r of cf.rules) if (r.style) looks.on(op.sheet).keep(op.formula, r.style);
      // removeConditionalFormatting(filter) keeps the entries the filter accepts.
      ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => !ours(cf));
      return;
    }
    case "validationList": {
      // One entry for the whole range: ExcelJS writes it as one sqref, instead of squeezing
      // thousands of per-cell entries back together on every save (slow on large workbooks).
      const validations = validationsOf(sheetOf(workbook, op.sheet));
      removeValidations(validations, op.range);
      validations[rangeToA1(op.range)] = { type: "list", allowBlank: true, formulae: [`"${op.list.join(",")}"`] };
      return;
    }
    case "removeValidation":
      removeValidations(validationsOf(sheetOf(workbook, op.sheet)), op.range);
      return;
    case "defineName": {
      removeName(workbook, op.name);
      workbook.definedNames.add(
        `${quoteForNames(op.cell.sheet)}!$${columnLetters(op.cell.col)}$${op.cell.row + 1}`,
        op.name,
      );
      return;
    }
    case "removeName":
      removeName(workbook, op.name);
      return;
    case "chart":
    case "removeChart":
    case "removeChartIfEmptied":
      return; // ExcelJS cannot write charts (exceljs/exceljs#141)
    case "recalculateOnOpen":
      workbook.calcProperties.fullCalcOnLoad = true;
      return;
    case "columnWidth": {
      const column = sheetOf(workbook, op.sheet).getColumn(op.col + 1);
      // ExcelJS gives a width only to a column its <col> gave one: ifStandard leaves that width.
      if (op.ifStandard && column.width !== undefined) return;
      column.width = fileColumnWidth(op.width);
      return;
    }
    case "clear": {
      const ws = workbook.getWorksheet(op.sheet);
      if (!ws) return;
      forEachCell(ws, op.range, (cell) => {
        cell.value = null;
        if (op.ourLook) {
          // Only our look goes (PlanOp "clear"): a fill of another colour, the user's borders and font stay.
          const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? cell.fill.fgColor?.argb : null;
          const still = ourStill(op.ourLook, fill, cell.font?.bold);
          // A new style object: ExcelJS may share one among the cells read with the same format.
          const style = { ...cell.style };
          if (still.fill) style.fill = { type: "pattern", pattern: "none" };
          if (still.bold) style.font = { ...style.font, bold: false };
          cell.style = style;
        } else if (!op.keepLook) cell.style = {};
      });
      return; // its drop-down list stays (PlanOp "clear"): ours go by removeValidation
    }
  }
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new WordedError(say("host.sheet-missing", { sheet: name }));
  return ws;
}

function cellAt(workbook: ExcelJS.Workbook, ref: CellRef): ExcelJS.Cell {
  return sheetOf(workbook, ref.sheet).getCell(ref.row + 1, ref.col + 1);
}

function forEachCell(ws: ExcelJS.Worksheet, r: CellRange, fn: (cell: ExcelJS.Cell) => void): void {
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) fn(ws.getCell(row + 1, col + 1));
}

function styleCell(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (!style) return;
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (style.bold) cell.font = { ...(cell.font ?? {}), bold: true };
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill}` } };
}

/** ExcelJS keeps validations by address: "J12" per cell (as it loads them) or "J12:J17" for a range. */
function validationsOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  return (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
}

/**
 * Drop every entry that touches the range: per-cell ones (as a loaded file has them) and whole ranges. The key is
 * deleted: DataValidations.remove leaves an undefined entry that is written back as type "any".
 */
function removeValidations(validations: Record<string, unknown>, r: CellRange): void {
  for (const key of Object.keys(validations)) {
    const v = parseA1Range(key);
    if (v && v.top <= r.bottom && v.bottom >= r.top && v.left <= r.right && v.right >= r.left) delete validations[key];
  }
}

function removeName(workbook: ExcelJS.Workbook, name: string): void {
  const names = workbook.definedNames as unknown as {
    getRanges(name: string): { ranges: string[] };
    remove(locStr: string, name: string): void;
  };
  for (const loc of names.getRanges(name).ranges) names.remove(loc, name);
}

/** ExcelJS parses defined-name locations itself: quote every sheet name, apostrophes doubled. */
function quoteForNames(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function normaliseRef(ref: string): string {
  return ref.replace(/\$/g, "").split(/\s+/).filter(Boolean).sort().join(" ").toUpperCase();
}

function sameFormula(a: string | undefined, b: string): boolean {
  const norm = (f: string) => f.replace(/^=/, "").replace(/\s+/g, "");
  return a !== undefined && norm(a) === norm(b);
}
