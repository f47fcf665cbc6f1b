/**
 * Between two checks the clerk types a second table in below the first on the same sheet in WPS 表格, with its merged
 * cells (Range.Merge on the WPS fake, MERGE), as secondTable.test.ts does in Excel and the CLI copy: here the 检察业务费
 * table of seed-per-sheet.xlsx under its 办公用品采购 table, one empty row between. The next check gives what one check
 * gives a workbook that had both tables from the start (the summary's rows in any order: its rows stay where they
 * were); a third check changes nothing; Clear marks gives back the clerk's workbook with both tables.
 */
import { belowTable, seedBook, tableTyped, wpsAddedBetweenChecks } from "./secondTableSteps";

test("WPS: a second table typed in below the first is checked as if it had been there from the start", () => {
  const seed = seedBook();
  wpsAddedBetweenChecks(tableTyped(seed, belowTable(seed), 0));
});
