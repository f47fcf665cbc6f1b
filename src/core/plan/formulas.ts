/** Building formula text: references with correctly quoted sheet names, string literals, PERF calls. */
import { absoluteRef, quoteSheetName, rangeToA1 } from "../a1";
import type { CellRange, CellRef } from "../types";
import { LIGHT_WORDS } from "./words";

/** "'O''Brien 表 1'!$E$12": a reference from another sheet. */
export function sheetRef(sheet: string, r: CellRange): string {
  return `${quoteSheetName(sheet)}!${absoluteRef(r)}`;
}

export function cellRange(cell: { row: number; col: number }): CellRange {
  return { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
}

/** A reference to `cell` written in a formula that lives on `fromSheet`. */
export function refFrom(fromSheet: string, cell: CellRef): string {
  return cell.sheet === fromSheet ? rangeToA1(cellRange(cell)) : sheetRef(cell.sheet, cellRange(cell));
}

/** "text" with embedded quotes doubled. */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** {"产出指标","数量指标","名称"}: an array constant of texts. */
export function arrayConstant(texts: string[]): string {
  return `{${texts.map(stringLiteral).join(",")}}`;
}

/** OR(x="红",x="red"): a test that accepts the light word of both languages. */
export function lightTest(ref: string, light: "red" | "yellow" | "blue" | "green"): string {
  const { zh, en } = LIGHT_WORDS[light];
  return `OR(${ref}=${stringLiteral(zh)},${ref}=${stringLiteral(en)})`;
}

/** Count of cells in `ref` showing the light in either language. */
export function countLight(ref: string, light: "red" | "yellow" | "blue" | "green"): string {
  const { zh, en } = LIGHT_WORDS[light];
  return `SUM(COUNTIF(${ref},{${stringLiteral(zh)},${stringLiteral(en)}}))`;
}

export function call(name: string, args: (string | undefined)[]): string {
  // Trailing optional arguments that are not given are left out.
  const list = [...args];
  while (list.length && list[list.length - 1] === undefined) list.pop();
  return `${name}(${list.map((a) => a ?? "").join(",")})`;
}
