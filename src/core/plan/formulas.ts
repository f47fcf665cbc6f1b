/** Building formula text: references with correctly quoted sheet names, string literals, PERF calls. */
import { absoluteRef, quoteSheetName, rangeToA1 } from "../a1";
import type { CellRange, CellRef } from "../types";
import { LIGHT_WORDS, type Words } from "./words";

/** "'O''Brien 表 1'!$E$12": a reference from another sheet. */
export function sheetRef(sheet: string, r: CellRange): string {
  return `${quoteSheetName(sheet)}!${absoluteRef(r)}`;
}

/** The one-cell range of a cell. */
export function cellRange(cell: { row: number; col: number }): CellRange {
  return { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
}

/** A reference to `cell` written in a formula that lives on `fromSheet`. */
export function refFrom(fromSheet: string, cell: CellRef): string {
  return cell.sheet === fromSheet ? rangeToA1(cellRange(cell)) : sheetRef(cell.sheet, cellRange(cell));
}

/**
 * A test that the host shows `ref` as a date now: CELL("format") gives "D1"–"D5" (support.microsoft.com CELL 函数, the
 * table of format codes: d-mmm-yy "D1", d-mmm "D2", mmm-yy "D3", m/d/yy "D4", mm/dd "D5"; "D6"–"D9" are times, read
 * as numbers). So a date typed after the check into a General cell (Excel gives the cell a date format) is known as one.
 * No IFERROR: where CELL("format") is not there (same page: “Excel 网页版、Excel Mobile 和 Excel Starter 不支持此值”) its
 * error goes through LEFT and FIND to ISNUMBER, which is FALSE for an error value (learn.microsoft.com
 * WorksheetFunction.IsNumber: “returns TRUE or FALSE depending if the value refers to a number”, “Value can be a blank
 * (empty cell), error, logical, text, number, or reference value”; WPS's page airsheet.wps.cn IsNumber 方法 says the
 * same: “可以是空白(空单元格)、错误值、逻辑值…”) — not a date, the number read bare, as the check did there. A formula
 * from another sheet stays plain: once that sheet is deleted its reference is #REF!, and so is what it shows
 * (tests/scenarios/deletedSheets; the fakes refuse to guess what a formula catching errors shows, CATCHES_ERRORS).
 */
export function showsDate(ref: string): string {
  return `ISNUMBER(FIND(LEFT(CELL("format",${ref}),2),"D1D2D3D4D5"))`;
}

/** "text" with embedded quotes doubled. */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The longest text a formula may hold as a constant: Excel refuses a formula with a longer one, and WPS, which follows
 * it, likewise (docs/host-fakes.md, "Text constant in a formula"). A clerk's text can be longer (a 三级指标 name).
 */
const FORMULA_TEXT_MAX = 255;

/** {"产出指标","数量指标","名称"}: an array constant of texts; null when a text is too long for a formula. */
export function arrayConstant(texts: string[]): string | null {
  if (texts.some((t) => t.length > FORMULA_TEXT_MAX)) return null;
  return `{${texts.map(stringLiteral).join(",")}}`;
}

/** OR(x="红",x="red"): a test that accepts the light word of both languages. */
export function lightTest(ref: string, light: "red" | "yellow" | "blue" | "green"): string {
  const { zh, en } = LIGHT_WORDS[light];
  return `OR(${ref}=${stringLiteral(zh)},${ref}=${stringLiteral(en)})`;
}

/** Count of cells in `ref` showing the light in either language. */
export function countLight(ref: string, light: "red" | "yellow" | "blue" | "green"): string {
  return countWords(ref, LIGHT_WORDS[light]);
}

/** Count of cells in `ref` showing the word in either language (a light, a status). */
export function countWords(ref: string, { zh, en }: Words): string {
  return `SUM(COUNTIF(${ref},{${stringLiteral(zh)},${stringLiteral(en)}}))`;
}

/** A function call's text, `name(a,,c)`: an argument not given is left empty, trailing ones dropped. */
export function call(name: string, args: (string | undefined)[]): string {
  // Trailing optional arguments that are not given are left out.
  const list = [...args];
  while (list.length && list[list.length - 1] === undefined) list.pop();
  return `${name}(${list.map((a) => a ?? "").join(",")})`;
}
