/**
 * breaker43: the seed on one sheet (seed-one-sheet.xlsx) states its unit-wide goals in sentences — six paragraphs,
 * （一）做好检察监督工作 … （六）…, each read as a table of its own. The first check writes them out as one table on a
 * sheet of ours, 部门整体绩效目标, where the clerk types their actuals, and from then on the check reads that table
 * instead of the sentences (by design, unitSheet.ts). Before the fix the first check still reported the six paragraphs
 * (14 tables, findings at '预算项目绩效目标'!A8 … A23, “达到100%” explained as ≥) while its own summary and every
 * later check had the one table (9 tables, findings at '部门整体绩效目标'!D4 …, named after the unit): a check did not
 * report what the workbook it left holds. Now the first check reports the tables as written, so a second check of
 * the unchanged workbook reads the same tables, at the same cells, with the same findings and review.
 * The three appliers a clerk meets: the CLI's checked copy, the add-in on the strict Excel fake, and WPS.
 */
import { runCheck } from "../../src/host/wps/actions";
import { qualifiedAddress, sheetCell } from "../../src/core/a1";
import type { CheckResult } from "../../src/core/types";
import { BOTH_DRIVERS } from "./drivers";
import { SETTINGS, TODAY, wpsClerk } from "./wpsClerk";

jest.setTimeout(120_000);

/** Everything a check reports of its tables: each with its indicators (cell, name, target as read, result) and the review. */
const reported = (check: CheckResult) => ({
  tables: check.tables.map((c) => ({
    table: `${c.table.sheet} ${c.table.kind} ${c.table.name} ${c.table.title}`,
    light: c.result.light,
    indicators: c.table.indicators.map((i, k) => {
      const r = c.results[k];
      const cell = qualifiedAddress(sheetCell(c.table.sheet, i.targetCell));
      return `${cell} ${i.name} ${JSON.stringify(i.target)} → ${r.status} ${r.light} ${r.why}`;
    }),
  })),
  review: check.review.map((r) => `${r.cell ? qualifiedAddress(r.cell) : "-"} ${r.rule} ${r.message}`),
});

const UNIT_SHEET = "部门整体绩效目标";

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  test("seed on one sheet: the second check reports the tables, cells, findings and review the first did", async () => {
    const seed = await driver.open();
    const first = await driver.check(seed, false);
    const second = await driver.check(first.workbook, false);
    const once = reported(first.check!);
    expect(once.tables).toHaveLength(9); // 8 projects + the unit-wide table written out
    expect(once.tables.filter((t) => t.table.startsWith(`${UNIT_SHEET} unit `))).toHaveLength(1);
    expect(reported(second.check!)).toEqual(once);
  });
});

describe("WPS", () => {
  const clerk = wpsClerk("seed-one-sheet.xlsx");
  test("seed on one sheet: the second check reports the tables, cells, findings and review the first did", () => {
    const fake = clerk.open();
    const once = reported(runCheck(fake.app, SETTINGS, TODAY).check!);
    expect(once.tables).toHaveLength(9);
    expect(reported(runCheck(fake.app, SETTINGS, TODAY).check!)).toEqual(once);
  });
});
