/**
 * Before the first check the clerk has a drop-down list of their own (数据验证 → 序列 "甲,乙") down M1:M60 of 1 办公用品采购,
 * where our 完成可能性 column goes. The check keeps it (said: “5 个单元格上有您设的下拉列表…已保留未改”) and Clear marks
 * says it keeps it. It must then still be on every cell of M1:M60 (Clear marks leaves lists on the cells it empties but
 * ours, since session 46) — the same cells on the command line's copy as in Excel, which clears a validation cell by cell
 * (tests/host/excel/fake.ts, RULES: VALIDATION).
 * Before: the command line's writer dropped every piece of a <dataValidation> that touched a cell it cleared or took
 * a list from (its sqref "M1:M60" whole), so Clear marks' copy had no list left in the column at all, 57 cells of the
 * clerk's list lost under a line saying it was kept.
 */
import path from "node:path";
import { clerkList } from "./clerkLists";
import { excelDriver, xlsxDriver } from "./drivers";
import type { FakeExcel } from "../host/excel/fake";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const AS_OF = "2024-07-31";
const S = "1 办公用品采购";
const THEIRS = "甲,乙";
const COL = 12; // M

/** The rows (1-based) of M1:M60 whose cell carries the clerk's list in the CLI's copy. */
async function xlsxRows(bytes: Uint8Array): Promise<number[]> {
  const sheet = (await xlsxDriver.snapshot(bytes)).sheets.find((s) => s.name === S)!;
  const on = (row: number) =>
    (sheet.validations ?? []).some(
      (v) =>
        v.list === THEIRS && v.range.top <= row && row <= v.range.bottom && v.range.left <= COL && COL <= v.range.right,
    );
  return Array.from({ length: 60 }, (_, row) => row)
    .filter(on)
    .map((row) => row + 1);
}

/** The same in the Excel fake's model (every cell's list, not only those the add-in reads). */
const excelRows = (fake: FakeExcel): number[] => {
  const sheet = fake.model.sheets.find((s) => s.name === S)!;
  return Array.from({ length: 60 }, (_, row) => row)
    .filter((row) => sheet.validations.get(`${row},${COL}`) === THEIRS)
    .map((row) => row + 1);
};

test("the clerk's list down our column keeps every cell Clear marks did not empty, on the CLI's copy as in Excel", async () => {
  const xFirst = await xlsxDriver.check(
    (await clerkList(S, "M1:M60", THEIRS)[xlsxDriver.name](await xlsxDriver.open(SAMPLE))) as Uint8Array,
    false,
    AS_OF,
  );
  expect(xFirst.messages).toContainEqual(expect.stringMatching(/5 个单元格上有您设的下拉列表.*M11:M15/));
  const xCleared = await xlsxDriver.clear(xFirst.workbook);
  // Our input cells M11:M15 left, our header M10 and 进度预警 M6:M7 emptied: the list stays on all (clearKeepsTheirLists).
  expect(xCleared.messages).toContainEqual(
    expect.stringMatching(/8 个单元格上有您设的下拉列表.*已保留.*M6:M7.*M10:M15/),
  );

  const eFirst = await excelDriver.check(
    (await clerkList(S, "M1:M60", THEIRS)[excelDriver.name](await excelDriver.open(SAMPLE))) as FakeExcel,
    false,
    AS_OF,
  );
  const eCleared = await excelDriver.clear(eFirst.workbook);

  const rows = await xlsxRows(xCleared.workbook);
  expect(rows).toEqual(excelRows(eCleared.workbook));
  // Every row keeps the clerk's list.
  expect(rows).toEqual(Array.from({ length: 60 }, (_, row) => row + 1));
});
