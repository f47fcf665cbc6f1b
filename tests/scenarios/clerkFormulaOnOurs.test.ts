/**
 * breaker61: after a check the clerk counts our 状态 column with a formula of their own beside the table
 * (`=COUNTIF(L:L,"待填报")`, which Excel saves with the result it showed), types an actual, and checks the copy again.
 * The CLI patches the package: the status it writes changes under their formula, but a file keeps each formula's last
 * result (ECMA-376 Part 1 §18.3.1.96 `v`), and Excel does not recalculate on opening a file its own version last
 * calculated — their count stayed at the old number until they re-entered the cell (openxlsx2 #427/#428: "the formula
 * was update only if the cell was visited and Enter was hit"; F9 recalculates only cells Excel knows changed). The
 * copy now asks for a full calculation on opening (calcPr `fullCalcOnLoad`, §18.2.2) whenever a formula of the
 * clerk's may read a cell the check writes; a copy of a workbook without such a formula is left without it (no
 * "save changes?" on closing), and a formulas-mode copy too (a full calculation would turn our PERF.* cells to #NAME?
 * where the add-in is not loaded: docs/architecture.md "Our functions in a written file"). Excel and WPS recalculate
 * a formula whose cells an add-in writes themselves (automatic calculation); there the clerk's formula is kept as typed.
 */
import { cellName, columnLetters } from "../../src/core/a1";
import { partText, openPackage } from "../../src/host/xlsx/zip";
import { workbookMap } from "../../src/host/xlsx/parts";
import { excelDriver, xlsxDriver, type Driver } from "./drivers";
import { seedTable } from "./seedTable";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const TABLE = "检察业务费";

const calcPr = (copy: Uint8Array): string => {
  const pkg = openPackage(copy);
  const xml = partText(pkg, workbookMap(pkg).workbookPart) as string;
  return /<calcPr\b[^>]*>/.exec(xml)?.[0] ?? "";
};

/** The check, the clerk's count typed beside our 状态 column (shown as Excel counted it) and an actual typed. */
async function clerkCounts<W>(driver: Driver<W>, formulas: boolean) {
  const once = (await driver.check(await driver.open(), formulas)).workbook;
  const b = seedTable(await driver.snapshot(once), S, TABLE);
  const status = b.col("状态");
  const letter = columnLetters(status);
  const pending = b.rows.filter((r) => b.value(r, status) === "待填报").length;
  const count = { row: b.t.header.row, col: status + 6 };
  const edits: UserEdit[] = [
    { sheet: S, ...count, type: `=COUNTIF(${letter}:${letter},"待填报")`, shown: pending },
    { sheet: S, row: b.rows[0], col: b.col("实际完成值"), type: 50 },
  ];
  return { once, edited: await driver.edit(once, edits), count, pending };
}

describe("the clerk's formula reading our 状态 column, an actual typed, checked again", () => {
  test("CLI copy, values: the copy asks Excel to calculate on opening, so their count is the new one", async () => {
    const { once, edited, count } = await clerkCounts(xlsxDriver, false);
    expect(calcPr(once)).not.toMatch(/fullCalcOnLoad/); // no formula of theirs yet: no recalculation asked
    const again = (await xlsxDriver.check(edited, false)).workbook;
    expect(calcPr(again)).toMatch(/fullCalcOnLoad="1"/);
    const sheet = (await xlsxDriver.snapshot(again)).sheets.find((s) => s.name === S)!;
    expect(sheet.formulas?.[count.row - sheet.originRow]?.[count.col - sheet.originCol]).toMatch(/^COUNTIF\(/);
    // Twice is once: a third check leaves the same request and the same cells.
    const thrice = (await xlsxDriver.check(again, false)).workbook;
    expect(calcPr(thrice)).toBe(calcPr(again));
    expect(await xlsxDriver.held(thrice)).toEqual(await xlsxDriver.held(again));
  });

  test("CLI copy, formulas: no full calculation asked (our PERF.* cells would show #NAME? without the add-in)", async () => {
    const { edited } = await clerkCounts(xlsxDriver, true);
    expect(calcPr((await xlsxDriver.check(edited, true)).workbook)).not.toMatch(/fullCalcOnLoad/);
  });

  test("Excel add-in (strict fake): the clerk's formula is kept as typed, beside our columns", async () => {
    const { edited, count } = await clerkCounts(excelDriver, false);
    const again = (await excelDriver.check(edited, false)).workbook;
    const key = `${S}!${cellName(count.row, count.col)}`;
    expect((await excelDriver.held(again)).cells.get(key)).toEqual((await excelDriver.held(edited)).cells.get(key));
  });
});
