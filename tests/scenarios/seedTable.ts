/** One goal table of a checked workbook as the scenarios look at it: where its header's columns and rows are now. */
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../src/core/types";
import { AS_OF } from "./drivers";

export function seedTable(snapshot: WorkbookSnapshot, sheetName: string, tableName: string) {
  const t = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: AS_OF })
    .tables.map((c) => c.table)
    .find((x) => x.sheet === sheetName && x.name === tableName)!;
  const sheet = snapshot.sheets.find((x) => x.name === sheetName)!;
  const header = sheet.values[t.header.row - sheet.originRow];
  /** The column of a header text (ours or the table's); a text not on the header row is the test's mistake. */
  const col = (text: string) => {
    const at = header.indexOf(text);
    if (at < 0) throw new Error(`no ${text} on the header row`);
    return at + sheet.originCol;
  };
  const value = (row: number, c: number) => sheet.values[row - sheet.originRow]?.[c - sheet.originCol] ?? null;
  return { t, col, value, rows: t.indicators.map((i) => i.row) };
}
