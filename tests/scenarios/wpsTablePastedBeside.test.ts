/**
 * breaker65: in WPS 表格, between two checks the clerk pastes a second goal table right beside our block on the same
 * rows, as tablePastedBeside.test.ts does in Excel and the CLI copy (the 检察业务费 table of seed-per-sheet.xlsx,
 * typed in with its merged cells — Range.Merge on the WPS fake — from column O of its 办公用品采购 sheet, where our
 * block ends at N). The next check gives what one check gives the workbook with both tables from the start (the
 * summary's rows in any order: ours stay where they were); a third changes nothing; 清除标记 gives back the clerk's
 * workbook with both tables.
 */
import { seedBook, tableTyped, wpsAddedBetweenChecks } from "./secondTableSteps";

/** Column O: right beside our block (H:N) after the first check. */
const BESIDE = 14;

test("WPS: a second table pasted right beside our block is checked as if it had been there from the start", () => {
  wpsAddedBetweenChecks(tableTyped(seedBook(), 0, BESIDE));
});
