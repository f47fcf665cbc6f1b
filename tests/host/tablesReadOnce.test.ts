/**
 * A re-check in the Excel add-in (strict fake) and the WPS add-in (its fake) reads the workbook's tables once: the
 * drop-down lists of our list columns are read where the check's own tables put our blocks (runPipelineReadingLists),
 * not by a second read of every table before the check (listCellsNow on its own, as before session 36: the reader ran
 * twice a re-check, ~70 ms more per 300 tables, see docs/performance.md). What the lists decide stays as it was:
 * tests/scenarios/movedList, firstCheckList, editedList. Clear marks the same (clearReadingLists; twice before
 * session 37): the tables it finds our blocks by are those it reads the lists by.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as tableReader from "../../src/core/read/readWorkbook";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck as excelCheck, runClear as excelClear } from "../../src/host/excel/actions";
import { runCheck as wpsCheck, runClear as wpsClear } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { clerkList } from "../scenarios/clerkLists";
import { excelDriver } from "../scenarios/drivers";
import { FakeExcel, installExcelGlobals, modelFromSnapshot as excelModel } from "./excel/fake";
import { FakeWps, modelFromSnapshot as wpsModel } from "./wps/fake";

installExcelGlobals();
jest.setTimeout(60_000);
const AS_OF = "2024-07-31";
const S = "1 办公用品采购";
const THEIRS = "能,不能,待定";

let sample: WorkbookSnapshot;
beforeAll(() => {
  sample = readWorkbookBytes(readFileSync(path.join(__dirname, "../../assets/sample.xlsx"))).snapshot;
});
afterEach(() => jest.restoreAllMocks());

/** How many times the core's table reader runs during `work`. */
async function tableReads(work: () => unknown): Promise<number> {
  const reader = jest.spyOn(tableReader, "readWorkbook");
  await work();
  const calls = reader.mock.calls.length;
  reader.mockRestore();
  return calls;
}

test("Excel: a re-check reads the tables once, and still reads the clerk's list on our column", async () => {
  const fake = new FakeExcel(excelModel(sample));
  await excelCheck(fake.context, { asOf: AS_OF }, AS_OF, true);
  // The clerk's own list on our 完成可能性 cells (M11:M15, where the first check put them).
  await clerkList(S, "M11:M15", THEIRS)[excelDriver.name](fake);

  let messages: string[] = [];
  const reads = await tableReads(async () => {
    messages = (await excelCheck(fake.context, { asOf: AS_OF }, AS_OF, true)).plan.messages;
  });
  expect(reads).toBe(1);
  expect(messages.join("\n")).toMatch(/5 个单元格上有您设的下拉列表.*M11:M15/);
  expect([10, 11, 12, 13, 14].map((row) => fake.sheet(S).validations.get(`${row},12`))).toEqual(Array(5).fill(THEIRS));
});

test("WPS: a re-check reads the tables once, and still reads the clerk's list on our column", async () => {
  const fake = new FakeWps(wpsModel(sample));
  wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
  const validation = fake.app.ActiveWorkbook!.Worksheets.Item(S).Range("M11:M15").Validation;
  validation.Delete();
  validation.Add(3, 1, 1, THEIRS);

  let messages: string[] = [];
  const reads = await tableReads(() => {
    messages = wpsCheck(fake.app, { asOf: AS_OF }, AS_OF).plan.messages;
  });
  expect(reads).toBe(1);
  expect(messages.join("\n")).toMatch(/5 个单元格上有您设的下拉列表.*M11:M15/);
  expect([10, 11, 12, 13, 14].map((row) => fake.sheet(S).validations.get(`${row},12`))).toEqual(Array(5).fill(THEIRS));
});

test("Excel: Clear marks reads the tables once, and keeps the clerk's list on our empty column", async () => {
  const fake = new FakeExcel(excelModel(sample));
  await excelCheck(fake.context, { asOf: AS_OF }, AS_OF, true);
  await clerkList(S, "M11:M15", THEIRS)[excelDriver.name](fake);

  let messages: string[] = [];
  const reads = await tableReads(async () => {
    messages = (await excelClear(fake.context, true)).plan.messages;
  });
  expect(reads).toBe(1);
  expect(fake.model.sheets.map((s) => s.name)).not.toContain("监控汇总"); // cleared
  expect(messages.join("\n")).toMatch(/下拉列表/);
  expect([10, 11, 12, 13, 14].map((row) => fake.sheet(S).validations.get(`${row},12`))).toEqual(Array(5).fill(THEIRS));
});

test("WPS: Clear marks reads the tables once, and keeps the clerk's list on our empty column", async () => {
  const fake = new FakeWps(wpsModel(sample));
  wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
  const validation = fake.app.ActiveWorkbook!.Worksheets.Item(S).Range("M11:M15").Validation;
  validation.Delete();
  validation.Add(3, 1, 1, THEIRS);

  let messages: string[] = [];
  const reads = await tableReads(() => {
    messages = wpsClear(fake.app).plan.messages;
  });
  expect(reads).toBe(1);
  expect(fake.model.sheets.map((s) => s.name)).not.toContain("监控汇总");
  expect(messages.join("\n")).toMatch(/下拉列表/);
  expect([10, 11, 12, 13, 14].map((row) => fake.sheet(S).validations.get(`${row},12`))).toEqual(Array(5).fill(THEIRS));
});
