/**
 * breaker64: between two checks the clerk pastes a second goal table beside the first on the same rows (typed in, with
 * its merged cells: the 检察业务费 table of seed-per-sheet.xlsx at column O of its 办公用品采购 sheet). Before the first
 * check seven empty columns stood between; our block (H:N) now fills them, so the header row ran on from the first
 * table through our block into the pasted one and was read as ONE table: named 检察业务费, the pasted table's columns
 * taken for the first's, our block (and the actuals typed in it) read as the pasted table's; 办公用品采购 was gone from
 * 监控汇总, and in formulas mode 清除标记 left a format of ours. Now a header row ends at our block's last header when
 * another table's header follows it (indicatorHeader.ts splitAfterOurs). Through both appliers, both modes: the next
 * check gives what one check gives the workbook with both tables from the start; a third changes nothing; 清除标记 gives
 * back the clerk's workbook with both tables. (With an empty column between, P, it held on main.)
 */
import { describeAddedBetweenChecks, tableTyped } from "./secondTableSteps";

jest.setTimeout(120_000);

/** Column O: right beside our block (H:N) after the first check. */
const BESIDE = 14;

describeAddedBetweenChecks("a second table pasted right beside our block", (seed) => tableTyped(seed, 0, BESIDE));
