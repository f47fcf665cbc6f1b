/**
 * Before the first check, the clerk has set a drop-down list of their own (数据验证 → 序列 "能,不能,待定") on the blank
 * cells right of their table where our 完成可能性 column goes: M11:M13 of 1 办公用品采购. The first check keeps it
 * (ours goes only on the column's other cells) and says so, in the CLI's checked copy, the add-in on the strict Excel
 * fake and the WPS add-in on its fake; a second check changes nothing.
 * Before: Excel and WPS read lists only where a record says our list columns are (nowhere before a first check), so
 * they took the cells for free and set our list over theirs; the CLI, which reads every list, kept it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runCheck as wpsCheck } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { clerkList } from "./clerkLists";
import { excelDriver, xlsxDriver, type Driver } from "./drivers";
import type { FakeExcel } from "../host/excel/fake";
import { FakeWps, modelFromSnapshot as wpsModel } from "../host/wps/fake";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const AS_OF = "2024-07-31";
const S = "1 办公用品采购";
const OURS = "确定能,有可能,完全不可能";
const THEIRS = "能,不能,待定";
const COL = 12; // M: where the first check puts 完成可能性 on this sheet
const THEIR_ROWS = [10, 11, 12]; // M11:M13
const OUR_ROWS = [13, 14]; // M14:M15, the column's other cells
const KEPT = /3 个单元格上有您设的下拉列表.*M11:M13/;

/** The clerk's list on M11:M13, as each host sets it. */
const setList = clerkList(S, "M11:M13", THEIRS);

/** Every list on column M of the sheet, by row, as the host holds it (Excel's reader reads only some: the model). */
const columnLists = async (driver: Driver<unknown>, w: unknown): Promise<Map<number, string>> => {
  const lists = new Map<number, string>();
  if (driver === (excelDriver as Driver<unknown>)) {
    for (const [key, list] of (w as FakeExcel).model.sheets.find((s) => s.name === S)!.validations) {
      const [row, col] = key.split(",").map(Number);
      if (col === COL) lists.set(row, list);
    }
    return lists;
  }
  const sheet = (await driver.snapshot(w)).sheets.find((s) => s.name === S)!;
  for (const v of sheet.validations ?? [])
    for (let r = v.range.top; r <= v.range.bottom; r++)
      if (v.range.left <= COL && COL <= v.range.right) lists.set(r, v.list);
  return lists;
};

const wpsLists = (fake: FakeWps) => {
  const lists = new Map<number, string>();
  for (const [key, list] of fake.sheet(S).validations) {
    const [row, col] = key.split(",").map(Number);
    if (col === COL) lists.set(row, list);
  }
  return lists;
};

/** Theirs kept on M11:M13, ours on M14:M15, no list elsewhere on the column. */
const expectTheirsKept = (lists: Map<number, string>) =>
  expect(lists).toEqual(
    new Map([...THEIR_ROWS.map((r) => [r, THEIRS] as const), ...OUR_ROWS.map((r) => [r, OURS] as const)]),
  );

describe.each([xlsxDriver, excelDriver] as Driver<unknown>[])("$name", (driver) => {
  test("the first check keeps the clerk's own list where our 完成可能性 column goes, says so; twice = once", async () => {
    const theirs = await setList[driver.name](await driver.open(SAMPLE));
    const once = await driver.check(theirs, false, AS_OF);
    const first = await columnLists(driver, once.workbook);
    expectTheirsKept(first);
    expect(once.messages.join("\n")).toMatch(KEPT);
    const twice = await driver.check(once.workbook, false, AS_OF);
    expect(await columnLists(driver, twice.workbook)).toEqual(first);
    expect(twice.messages.join("\n")).toMatch(KEPT);
  });
});

test("WPS add-in (strict fake): the first check keeps the clerk's own list where our 完成可能性 column goes; twice = once", () => {
  const fake = new FakeWps(wpsModel(readWorkbookBytes(readFileSync(SAMPLE)).snapshot));
  // The clerk's list (数据 → 有效性 → 序列), as a macro would set it.
  fake.app.ActiveWorkbook!.Worksheets.Item(S).Range("M11:M13").Validation.Add(3, 1, 1, THEIRS);
  const once = wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
  const first = wpsLists(fake);
  expectTheirsKept(first);
  expect(once.plan.messages.join("\n")).toMatch(KEPT);
  const twice = wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
  expect(wpsLists(fake)).toEqual(first);
  expect(twice.plan.messages.join("\n")).toMatch(KEPT);
});
