/**
 * Between two checks the clerk adds a second table below the first on the same sheet (typed in, with its merged
 * cells: here the 检察业务费 table of seed-per-sheet.xlsx under its 办公用品采购 table, one empty row between), through
 * both appliers (the CLI's checked copy, the add-in on the strict Excel fake), in formulas and values mode.
 * The next check must give what one check gives a workbook that had both tables from the start (the first table's
 * block updated in place, the new table its own block, the summary both); a third check changes nothing; Clear marks
 * gives back the clerk's workbook with both tables.
 */
import { belowTable, describeAddedBetweenChecks, tableTyped } from "./secondTableSteps";

jest.setTimeout(120_000);

describeAddedBetweenChecks("a second table typed in below the first", (seed) => tableTyped(seed, belowTable(seed), 0));
