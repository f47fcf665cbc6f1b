/**
 * The clerk's drop-down list that points at another sheet (数据验证 → 序列, 来源 ='2 检察业务费'!$A$1:$A$3) on the
 * cells where our 完成可能性 column goes (M11:M13 of 1 办公用品采购). Excel 2010 and later, and WPS, save such a list
 * not as <dataValidation> but as <x14:dataValidation> inside the sheet's <extLst> ([MS-XLSX] 2.6.5 CT_DataValidation,
 * its cells in <xm:sqref>, its list in <x14:formula1><xm:f>, 2.6.4). The checked copy keeps it as it keeps a list
 * written the old way (firstCheckList.test.ts): ours only on the column's other cells, one line saying so, the
 * <extLst> byte for byte; a second check changes nothing.
 * Before (review37): the xlsx reader skipped x14 lists as "never ours", and the copy set ours over theirs, silently.
 * Excel and WPS report every list through their API whatever the file holds (Range.dataValidation.rule.list.source,
 * Validation.Formula1): a list from another sheet is theirs there too.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../src/host/xlsx/write";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import { runCheck as wpsCheck } from "../../src/host/wps/actions";
import { clerkList } from "./clerkLists";
import { excelDriver } from "./drivers";
import type { FakeExcel } from "../host/excel/fake";
import { FakeWps, modelFromSnapshot as wpsModel } from "../host/wps/fake";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const SHEET_PART = "xl/worksheets/sheet1.xml"; // 1 办公用品采购
const S = "1 办公用品采购";
const AS_OF = "2024-07-31";
const SOURCE = "='2 检察业务费'!$A$1:$A$3";
const OURS = "确定能,有可能,完全不可能";
const COL = 12; // M
const KEPT = /3 个单元格上有您设的下拉列表.*M11:M13/;
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const THEIR_LIST =
  `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" ` +
  `xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">` +
  `<x14:formula1><xm:f>'2 检察业务费'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>M11:M13</xm:sqref>` +
  `</x14:dataValidation></x14:dataValidations></ext></extLst>`;

function withTheirList(): Uint8Array {
  const pkg = openPackage(new Uint8Array(readFileSync(SAMPLE)));
  const xml = partText(pkg, SHEET_PART)!;
  expect(xml).not.toContain("<extLst>");
  setPartText(pkg, SHEET_PART, xml.replace("</worksheet>", `${THEIR_LIST}</worksheet>`));
  return concat(packPackage(pkg));
}

function check(bytes: Uint8Array) {
  const { snapshot, pkg } = readWorkbookBytes(bytes);
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas: false });
  if (run.outcome !== "planned") throw new Error("no tables");
  return { messages: run.plan.messages, copy: writeCheckedCopy(pkg, run.plan) };
}

/** The rows of column M that a plain <dataValidation> (ours is one) covers. */
function plainListRowsOnM(copy: Uint8Array): number[] {
  const xml = partText(openPackage(copy), SHEET_PART)!;
  const rows: number[] = [];
  for (const m of xml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]+)"/g))
    for (const ref of m[1].split(" ")) {
      const r = /^M(\d+)(?::M(\d+))?$/.exec(ref);
      if (r) for (let i = Number(r[1]); i <= Number(r[2] ?? r[1]); i++) rows.push(i);
    }
  return rows.sort((a, b) => a - b);
}

test("the reader gives the x14 list as the clerk's: its cells and its source", () => {
  const sheet = readWorkbookBytes(withTheirList()).snapshot.sheets.find((s) => s.name === S)!;
  expect(sheet.validations).toEqual([
    { range: { top: 10, left: COL, bottom: 12, right: COL }, list: "'2 检察业务费'!$A$1:$A$3", extension: true },
  ]);
});

test("checked copy: the clerk's list from another sheet on M11:M13 is kept byte for byte, ours only on M14:M15, said once", () => {
  const { copy, messages } = check(withTheirList());
  expect(partText(openPackage(copy), SHEET_PART)).toContain(THEIR_LIST);
  expect(plainListRowsOnM(copy)).toEqual([14, 15]);
  expect(messages.filter((m) => KEPT.test(m))).toHaveLength(1);
});

test("checked copy: a second check changes nothing", () => {
  const once = check(withTheirList()).copy;
  const twice = check(once);
  const parts = (bytes: Uint8Array) => {
    const pkg = openPackage(bytes);
    return Object.fromEntries([...pkg.parts.keys()].map((name) => [name, partText(pkg, name)]));
  };
  expect(parts(twice.copy)).toEqual(parts(once));
  expect(twice.messages.join("\n")).toMatch(KEPT);
});

/** Theirs on M11:M13, ours on M14:M15, nothing else on the column (the host's model: key "row,col"). */
const expectTheirsKept = (validations: Map<string, string>) => {
  const onM = new Map([...validations].filter(([k]) => Number(k.split(",")[1]) === COL));
  expect(onM).toEqual(
    new Map([
      ...[10, 11, 12].map((r) => [`${r},${COL}`, SOURCE] as const),
      ...[13, 14].map((r) => [`${r},${COL}`, OURS] as const),
    ]),
  );
};

test("Excel add-in (strict fake): the list from another sheet reads as theirs and stays; twice = once", async () => {
  const fake = (await clerkList(S, "M11:M13", SOURCE)[excelDriver.name](await excelDriver.open(SAMPLE))) as FakeExcel;
  const once = await excelDriver.check(fake, false, AS_OF);
  const lists = () => (once.workbook as FakeExcel).model.sheets.find((s) => s.name === S)!.validations;
  expectTheirsKept(lists());
  expect(once.messages.join("\n")).toMatch(KEPT);
  const first = new Map(lists());
  const twice = await excelDriver.check(once.workbook, false, AS_OF);
  expect(new Map(lists())).toEqual(first);
  expect(twice.messages.join("\n")).toMatch(KEPT);
});

test("WPS add-in (strict fake): the list from another sheet reads as theirs and stays; twice = once", () => {
  const fake = new FakeWps(wpsModel(readWorkbookBytes(readFileSync(SAMPLE)).snapshot));
  fake.app.ActiveWorkbook!.Worksheets.Item(S).Range("M11:M13").Validation.Add(3, 1, 1, SOURCE);
  const once = wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
  expectTheirsKept(fake.sheet(S).validations);
  expect(once.plan.messages.join("\n")).toMatch(KEPT);
  const first = new Map(fake.sheet(S).validations);
  const twice = wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
  expect(new Map(fake.sheet(S).validations)).toEqual(first);
  expect(twice.plan.messages.join("\n")).toMatch(KEPT);
});
