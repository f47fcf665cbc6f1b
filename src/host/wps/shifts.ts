/**
 * Rows or columns the clerk inserted or deleted after a check, in WPS: the cells the pane's results point to may have
 * moved. WPS gives a JS add-in no change type (Excel's onChanged says RowInserted …); its SheetChange event only says that
 * cells changed. So each change is answered by looking: a few cells the result points to (the first and last indicator
 * name of each table) are read again, and when one no longer holds its name, the cells moved.
 * Not seen: a column inserted or deleted right of a table's name column only (the names stay in place).
 */
import { keyCol, keyRow, rangeToA1 as localAddress } from "../../core/a1";
import type { CheckResult } from "../../core/types";
import type { WpsApplication, WpsValue } from "./model";

/** A cell a check's result points to, with the text it held then. */
export interface Anchor {
  sheet: string;
  row: number;
  col: number;
  text: string;
}

/** The first and last indicator name cell of each table read from a sheet (prose goals have no cells of their own). */
export function anchorsOf(result: CheckResult): Anchor[] {
  const anchors: Anchor[] = [];
  for (const { table } of result.tables) {
    if (table.source === "prose" || table.indicators.length === 0) continue;
    const ends = [table.indicators[0], table.indicators[table.indicators.length - 1]];
    for (const indicator of new Set(ends))
      if (indicator.name)
        anchors.push({
          sheet: table.sheet,
          row: keyRow(indicator.nameCell),
          col: keyCol(indicator.nameCell),
          text: indicator.name,
        });
  }
  return anchors;
}

/**
 * True when a cell of `anchors` no longer holds its text, or its sheet is gone. A name in merged cells is the merged
 * area's first cell's (as the reader takes it). Two or three calls a cell. `checkedIn`: the anchors' workbook (FullName);
 * while another one is shown, its changes say nothing of them (the anchors are looked at again once it is back).
 */
export function anchorsMoved(app: WpsApplication, anchors: Anchor[], checkedIn: string | null = null): boolean {
  const workbook = app.ActiveWorkbook;
  if (!workbook || (checkedIn !== null && workbook.FullName !== checkedIn)) return false;
  try {
    return anchors.some(({ sheet, row, col, text }) => {
      const cell = workbook.Worksheets.Item(sheet).Range(
        localAddress({ top: row, left: col, bottom: row, right: col }),
      );
      let value = cell.Value2 as WpsValue;
      if (value === undefined || value === null || value === "") {
        const area = cell.MergeArea.Value2;
        value = Array.isArray(area) ? area[0]?.[0] : area;
      }
      return String(value ?? "").trim() !== text;
    });
  } catch {
    return true; // a sheet renamed or deleted: the results point to a sheet that is not there
  }
}
