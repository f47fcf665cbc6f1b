/**
 * What each row of our indicator block is written for (Marks BlockRecord.rowsFor): the indicator beside it and what
 * the clerk had typed in our input cells on it. Excel lets the clerk sort the table's own columns without ours, and
 * then a row of ours stands beside another indicator: the next check tells so from these (misplaced.ts).
 */
import type { Indicator } from "../types";
import { cellPrint, EMPTY_PRINT, textPrint } from "./fingerprint";
import type { SheetContents } from "./sheetContents";

/**
 * The indicator a row is for: its name (三级指标). Not its 二级 or 一级: written once over a group (merged, or blank
 * below), they stay where they are when the clerk sorts the columns right of them.
 */
export function indicatorPrint(indicator: Indicator): string {
  return textPrint(indicator.name);
}

/** What a row's input cells (left to right) hold now, as one print. */
export function typedPrint(contents: SheetContents, sheet: string, row: number, cols: readonly number[]): string {
  const held = (col: number) => contents.value(sheet, row, col) !== null || contents.formula(sheet, row, col) !== null;
  // Most rows hold nothing typed yet (every row of a first check): their print depends only on how many cells.
  if (!cols.some(held)) return emptyRowPrint(cols.length);
  const prints = [...cols]
    .sort((a, b) => a - b)
    .map((col) => cellPrint(contents.value(sheet, row, col), contents.formula(sheet, row, col)));
  return textPrint(prints.join(""));
}

const emptyRowPrints: string[] = [];
const emptyRowPrint = (cells: number) => (emptyRowPrints[cells] ??= textPrint(EMPTY_PRINT.repeat(cells)));

/** A row of a sheet as the misplaced rows are looked up by (misplaced.ts misplacedByRow). */
export const misplacedKey = (sheet: string, row: number): string => `${sheet}\n${row}`;
