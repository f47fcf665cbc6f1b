/**
 * The clerk's print area (页面布局 → 打印区域; in the file the sheet's defined name _xlnm.Print_Area) and our columns.
 * A table printed for official submission leaves out what lies outside the print area: our monitoring columns, written
 * beside the table, silently. The print area is theirs (so is the name): never changed. The check says it once per
 * sheet, naming the sheet, the print area and our columns outside it, and how to take them in.
 */
import { columnIndex, columnLetters, parseA1Range, rangeToA1, SHEET_COLUMNS, SHEET_ROWS } from "../a1";
import type { CellRange } from "../types";
import type { PlanContext } from "./context";
import { CellSet } from "./marks";
import { columnRuns } from "./rectangles";

/**
 * A print area as a host gives it, one reference or several joined by commas, each with or without its sheet and `$`:
 * "'1 办公用品采购'!$A$1:$H$20" (the file's _xlnm.Print_Area), "Sheet1!A1:B4, Sheet1!D1:D4" (Office.js RangeAreas.address),
 * "$A$1:$C$5" (PageSetup.PrintArea); whole columns ("$A:$H") and rows ("$1:$20") too. Unreadable pieces are left out.
 */
export function printAreaRanges(text: string | null | undefined): CellRange[] {
  if (!text) return [];
  const pieces: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text.replace(/^=/, "")) {
    if (ch === "'") quoted = !quoted; // a doubled '' toggles twice
    if (ch === "," && !quoted) {
      pieces.push(current);
      current = "";
    } else current += ch;
  }
  pieces.push(current);
  return pieces.flatMap((piece) => {
    const ref = piece
      .slice(piece.lastIndexOf("!") + 1)
      .replace(/\$/g, "")
      .trim();
    const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(ref);
    if (columns) {
      const [left, right] = [columnIndex(columns[1]), columnIndex(columns[2])].sort((a, b) => a - b);
      return [{ top: 0, left, bottom: SHEET_ROWS - 1, right }];
    }
    const rows = /^(\d+):(\d+)$/.exec(ref);
    if (rows) {
      const [top, bottom] = [Number(rows[1]) - 1, Number(rows[2]) - 1].sort((a, b) => a - b);
      return [{ top, left: 0, bottom, right: SHEET_COLUMNS - 1 }];
    }
    const range = parseA1Range(ref);
    return range ? [range] : [];
  });
}

/** "A1:H20", "A:H", "1:20": a print area as the clerk sees it in 页面设置. */
function areaText(r: CellRange): string {
  if (r.top === 0 && r.bottom === SHEET_ROWS - 1) return `${columnLetters(r.left)}:${columnLetters(r.right)}`;
  if (r.left === 0 && r.right === SHEET_COLUMNS - 1) return `${r.top + 1}:${r.bottom + 1}`;
  return rangeToA1(r);
}

const inside = (areas: CellRange[], row: number, col: number) =>
  areas.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);

/**
 * One line per sheet with a print area where this run wrote cells outside it (PlanContext.written): our columns there
 * (I:P) when they lie wholly beside the print area, else the cells (I5:P12). Said on every check while it is so.
 */
export function reportPrintAreas(ctx: PlanContext): void {
  for (const sheet of ctx.snapshot.sheets) {
    const areas = sheet.printArea ?? [];
    const written = ctx.written.get(sheet.name);
    if (!areas.length || !written) continue;
    const outside = new CellSet();
    for (const { row, col } of written.cells()) if (!inside(areas, row, col)) outside.add(row, col);
    if (!outside.size) continue;
    const cols = [...new Set(outside.cells().map((c) => c.col))].sort((a, b) => a - b);
    const besides = cols.every((col) => areas.every((a) => col < a.left || col > a.right));
    const ours = besides ? columnSpans(cols) : outside.toRanges().map(rangeToA1);
    const shown = ours.length > 4 ? [...ours.slice(0, 4), "…"] : ours;
    const area = areas.map(areaText).join(",");
    ctx.say(
      `工作表「${sheet.name}」设有打印区域 ${area}，本工具写入的监控${besides ? "列" : "单元格"} ${shown.join("、")} 在打印区域之外，打印时不会印出；如需一并打印，请在“页面布局 → 打印区域”中重新设置打印区域（包括 ${shown.join("、")}）。您的打印区域未改动。`,
      `Sheet "${sheet.name}" has a print area (${area}); the monitoring ${besides ? "columns" : "cells"} ${shown.join(", ")} lie outside it and will not be printed. To print them, set the print area again (Page Layout → Print Area) to include them. Your print area was not changed.`,
    );
  }
}

/** Column indices → "I:P", "R": runs of adjacent columns (columnRuns finds the runs of any numbers). */
function columnSpans(cols: number[]): string[] {
  return columnRuns(cols, 0).map(({ top, bottom }) =>
    top === bottom ? columnLetters(top) : `${columnLetters(top)}:${columnLetters(bottom)}`,
  );
}
