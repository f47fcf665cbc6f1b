/**
 * One value typed far out on a goal sheet in WPS (and Excel) — at XFD40, or at A1048576 — or a number format given to a cell down
 * there: the sheet's UsedRange then reaches it, and reading UsedRange.Value2 / Formula whole asks WPS for one 2-D array
 * of hundreds of thousands to millions of cells (A1:H1048576 is 8.4 million), the memory and the hang of a clerk's worst
 * day. The reader reads no more than READ_CELLS a read, and finds the parts holding something by COUNTA (read.ts
 * heldParts): the cells it asks for follow the cells held. Judged on what the strict fake was asked for (READ_LIMIT:
 * cells a read; cellsAsked: cells in all), not on time.
 * - XFD40 (below the table) or a format at A1048576: the check finishes, finds the table, writes beside it as without the stray cell, and a
 *   second check changes nothing; the clerk's cell stays.
 * - A value at A1048576 beside the 8-column table: its cells span A1:H1048576, past the 2,000,000 cells a sheet may span
 *   (MAX_SHEET_AREA): one line, as the command line says it of the same file, and nothing written. The Excel add-in
 *   says the same line before reading a band of it.
 * Before: the WPS reader read UsedRange.Value2 and Formula whole (a read of 655,360 cells for XFD40, 8.4 million for
 * A1048576), which the fake refuses; the Excel add-in read all 14.7 million cells in bands.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import type { WorkbookSnapshot } from "../../src/core/types";
import { FakeWps, READ_LIMIT, modelFromSnapshot } from "../host/wps/fake";
import { excelDriver, xlsxDriver, type Driver } from "./drivers";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const AS_OF = "2024-07-31";
const S = "1 办公用品采购";
let seed: WorkbookSnapshot;

beforeAll(() => {
  seed = readWorkbookBytes(readFileSync(SAMPLE)).snapshot;
});

const open = () => new FakeWps(modelFromSnapshot(seed));
const cellsOf = (fake: FakeWps, sheet: string) =>
  [...fake.sheet(sheet).cells]
    .filter(([, c]) => c.value !== null || c.formula)
    .map(([k, c]) => `${k}=${c.formula ?? JSON.stringify(c.value)}`)
    .sort();

/** What the check wrote on S and the summary when the sheet holds only the table. */
let plain: { sheet: string[]; summary: string[] };

beforeAll(() => {
  const fake = open();
  runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  plain = { sheet: cellsOf(fake, S), summary: cellsOf(fake, "监控汇总") };
});

describe.each([
  [
    "a value typed at XFD40, below the table and far right",
    (fake: FakeWps) => (fake.app.ActiveWorkbook!.Worksheets.Item(S).Range("XFD40").Value2 = "备用"),
  ],
  [
    "a number format given to A1048576",
    (fake: FakeWps) => (fake.app.ActiveWorkbook!.Worksheets.Item(S).Range("A1048576").NumberFormat = "0.00"),
  ],
])("%s", (_, edit) => {
  test("the check finishes, finds the table and writes beside it as without it; twice is once; bounded reads", () => {
    const fake = open();
    edit(fake);
    const before = cellsOf(fake, S);
    fake.cellsAsked = 0;
    const first = runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    expect(first.check?.tables.map((t) => t.table.sheet)).toContain(S);
    // As without the stray cell: the clerk's cell kept, nothing else changed.
    const stray = before.filter((c) => !plain.sheet.includes(c));
    expect(cellsOf(fake, S)).toEqual([...plain.sheet, ...stray].sort());
    expect(cellsOf(fake, "监控汇总")).toEqual(plain.summary);
    // Bounded: no read past READ_LIMIT (the fake refuses one), and all reads of every sheet in a few hundred thousand
    // cells (the used range of S alone: 655,360 cells for XFD40, 8,388,608 for A1048576).
    expect(fake.largestRead).toBeLessThanOrEqual(READ_LIMIT);
    expect(fake.cellsAsked).toBeLessThan(300_000);
    const once = cellsOf(fake, S);
    runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    expect(cellsOf(fake, S)).toEqual(once);
  });
});

const TOO_LARGE =
  "工作表「1 办公用品采购」的内容分布在 A1:H1048576，超过单张工作表 2,000,000 个单元格的范围上限；请删除远处多余的内容后再检查";

test("a value typed at A1048576 beside the table: the same one line from the command line and the Excel add-in", async () => {
  const far = [{ sheet: S, row: 1_048_575, col: 0, type: "x" }];
  for (const driver of [xlsxDriver, excelDriver] as Driver<unknown>[]) {
    const edited = await driver.edit(await driver.open(SAMPLE), far);
    await expect(driver.check(edited, false, AS_OF)).rejects.toThrow(TOO_LARGE);
  }
});

test("a value typed at A1048576 beside the table: one line naming the sheet, its extent and the limit, as the CLI's", () => {
  const fake = open();
  fake.app.ActiveWorkbook!.Worksheets.Item(S).Range("A1048576").Value2 = "x";
  const before = cellsOf(fake, S);
  fake.cellsAsked = 0;
  let said = "";
  try {
    runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  } catch (error) {
    said = (error as Error).message;
  }
  expect(said).toBe(TOO_LARGE);
  expect(cellsOf(fake, S)).toEqual(before); // nothing written
  expect(fake.model.sheets.map((s) => s.name)).not.toContain("监控汇总");
  expect(fake.largestRead).toBeLessThanOrEqual(READ_LIMIT);
  expect(fake.cellsAsked).toBeLessThan(300_000);
});

test("Clear marks with a number format given to A1048576 of our summary: it finishes, reading looks only where cells are", () => {
  // Before: the looks of our summary were read cell by cell over its UsedRange (three calls a cell): a million rows.
  const fake = open();
  runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  fake.app.ActiveWorkbook!.Worksheets.Item("监控汇总").Range("A1048576").NumberFormat = "0.00";
  fake.calls = 0;
  runClear(fake.app);
  expect(fake.calls).toBeLessThan(100_000);
  expect(cellsOf(fake, S)).toEqual(cellsOf(open(), S)); // the table's sheet as before the check
});
