/**
 * The clerk's sheet has a print area (页面布局 → 打印区域: A1:H177 of 预算项目绩效目标, their table) and the check writes
 * its monitoring columns beside the table, outside it: a printout for official submission would leave them out,
 * silently. The print area is the clerk's: never changed (in the file, the defined name _xlnm.Print_Area stays byte for
 * byte). The check says so once, in one line naming the sheet, the print area, our columns and the way to take them in
 * (页面布局 → 打印区域) — in the CLI copy's messages, the Excel add-in's and WPS's alike; a second check says the same;
 * once the clerk took our columns into their print area, nothing is said.
 * Before (tidy38): nothing was said anywhere.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runCheck as wpsCheck } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import { FakeWps, modelFromSnapshot as wpsModel } from "../host/wps/fake";
import { FakeExcel, installExcelGlobals, modelFromSnapshot as excelModel } from "../host/excel/fake";
import { AS_OF, excelDriver, xlsxDriver } from "./drivers";

jest.setTimeout(120_000);
beforeAll(installExcelGlobals);

const SEED = path.join(__dirname, "../fixtures/seed-one-sheet.xlsx");
const SHEET = "预算项目绩效目标";
const TABLE = { top: 0, left: 0, bottom: 176, right: 7 }; // A1:H177
const WITH_OURS = { ...TABLE, right: 14 }; // A1:O177: our columns I:O taken in
const LINE =
  /^工作表「预算项目绩效目标」设有打印区域 A1:H177，本工具写入的监控列 I:O 在打印区域之外，打印时不会印出；如需一并打印，请在“页面布局 → 打印区域”中重新设置打印区域（包括 I:O）。您的打印区域未改动。$/;
const said = (messages: string[]) => messages.filter((m) => m.includes("打印区域"));

/** The seed with the clerk's print area on their sheet, as Excel saves it (workbook.xml definedName). */
function withPrintArea(bytes: Uint8Array, ref: string): Uint8Array {
  const pkg = openPackage(bytes);
  const xml = partText(pkg, "xl/workbook.xml")!;
  const name = `<definedName name="_xlnm.Print_Area" localSheetId="0">${SHEET}!${ref}</definedName>`;
  const edited = xml.includes("<definedNames>")
    ? xml.replace(/<definedName name="_xlnm.Print_Area"[^>]*>[^<]*<\/definedName>/, name)
    : xml.replace("</sheets>", `</sheets><definedNames>${name}</definedNames>`);
  expect(edited).not.toBe(xml);
  setPartText(pkg, "xl/workbook.xml", edited);
  return concat(packPackage(pkg));
}

const printAreaName = (bytes: Uint8Array) =>
  /<definedName name="_xlnm.Print_Area"[^>]*>[^<]*<\/definedName>/.exec(
    partText(openPackage(bytes), "xl/workbook.xml")!,
  )?.[0];

test("CLI copy: one line names the sheet, its print area and our columns; the name is kept; twice = once", async () => {
  const seed = withPrintArea(new Uint8Array(readFileSync(SEED)), "$A$1:$H$177");
  expect(readWorkbookBytes(seed).snapshot.sheets[0].printArea).toEqual([TABLE]);
  const once = await xlsxDriver.check(seed, false);
  expect(said(once.messages)).toHaveLength(1);
  expect(said(once.messages)[0]).toMatch(LINE);
  expect(printAreaName(once.workbook)).toBe(printAreaName(seed));

  const twice = await xlsxDriver.check(once.workbook, false);
  expect(said(twice.messages)).toEqual(said(once.messages));
  expect(printAreaName(twice.workbook)).toBe(printAreaName(seed));

  // The clerk takes our columns in (页面布局 → 打印区域 → 设置打印区域 over A1:O177): nothing more is said.
  const taken = await xlsxDriver.check(withPrintArea(twice.workbook, "$A$1:$O$177"), false);
  expect(said(taken.messages)).toEqual([]);
});

test("CLI copy: a print area of whole columns, and one of several areas, read as Excel writes them", async () => {
  const columns = withPrintArea(new Uint8Array(readFileSync(SEED)), "$A:$H");
  const once = await xlsxDriver.check(columns, false);
  expect(said(once.messages)[0]).toContain("设有打印区域 A:H，本工具写入的监控列 I:O 在打印区域之外");
  const two = withPrintArea(new Uint8Array(readFileSync(SEED)), `$A$1:$H$177,${SHEET}!$J$1:$K$177`);
  expect(readWorkbookBytes(two).snapshot.sheets[0].printArea).toEqual([
    TABLE,
    { top: 0, left: 9, bottom: 176, right: 10 },
  ]);
  expect(said((await xlsxDriver.check(two, false)).messages)[0]).toContain(
    "A1:H177,J1:K177，本工具写入的监控列 I、L:O 在",
  );
});

test("Excel add-in (strict fake): the same line (Worksheet.pageLayout); the print area is left as it was", async () => {
  const fake = await excelDriver.open();
  const sheet = fake.model.sheets.find((s) => s.name === SHEET)!;
  sheet.printArea = [TABLE];
  const once = await excelDriver.check(fake, false);
  expect(said(once.messages)).toHaveLength(1);
  expect(said(once.messages)[0]).toMatch(LINE);
  expect(once.diagnostics!.filter((d) => d.includes("打印区域"))).toHaveLength(1); // the pane's findings
  expect(sheet.printArea).toEqual([TABLE]);
  const twice = await excelDriver.check(fake, false);
  expect(said(twice.messages)).toEqual(said(once.messages));
  sheet.printArea = [WITH_OURS];
  expect(said((await excelDriver.check(fake, false)).messages)).toEqual([]);
});

test("Excel add-in (strict fake): a workbook from the file carries its print area through the fake", async () => {
  const seed = withPrintArea(new Uint8Array(readFileSync(SEED)), "$A$1:$H$177");
  const fake = new FakeExcel(excelModel(readWorkbookBytes(seed).snapshot));
  const read = await excelDriver.snapshot(fake);
  expect(read.sheets.find((s) => s.name === SHEET)!.printArea).toEqual([TABLE]);
  expect(read.names?.some((n) => /print_area/i.test(n.name))).toBe(false);
});

test("WPS add-in (strict fake): the same line (PageSetup.PrintArea); the print area is left as it was", () => {
  const snapshot = readWorkbookBytes(withPrintArea(new Uint8Array(readFileSync(SEED)), "$A$1:$H$177")).snapshot;
  const fake = new FakeWps(wpsModel(snapshot));
  const once = wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
  expect(said(once.plan.messages)).toHaveLength(1);
  expect(said(once.plan.messages)[0]).toMatch(LINE);
  expect(fake.sheet(SHEET).printArea).toEqual([TABLE]);
  const twice = wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
  expect(said(twice.plan.messages)).toEqual(said(once.plan.messages));
  fake.sheet(SHEET).printArea = [WITH_OURS];
  expect(said(wpsCheck(fake.app, { asOf: AS_OF }, AS_OF).plan.messages)).toEqual([]);
});
