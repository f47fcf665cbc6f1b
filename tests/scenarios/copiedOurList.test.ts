/**
 * The clerk's own drop-down list whose text is ours (they copied 确定能,有可能,完全不可能 into a list of their own on
 * M11:M13 of 1 办公用品采购, where our 完成可能性 column goes). Whose list it is comes from our record (what we wrote),
 * not from equal text: theirs is kept by a check (ours goes only on the column's other cells, said once), a second
 * check changes nothing, and Clear marks leaves it as it was.
 * The line says what it is (breaker44): a list with our text that the add-in did not set, not "different from ours".
 * Before (tidy38): equal text counted as ours — the copy stacked our <dataValidation> over their <x14:dataValidation>,
 * and in Excel and WPS the check recorded their cells as ours, so Clear marks removed their list.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import { buildClearPlan } from "../../src/core/plan/buildPlan";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../src/host/xlsx/write";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import { runCheck as wpsCheck, runClear as wpsClear } from "../../src/host/wps/actions";
import { clerkList } from "./clerkLists";
import { excelDriver } from "./drivers";
import type { FakeExcel } from "../host/excel/fake";
import { FakeWps, modelFromSnapshot as wpsModel } from "../host/wps/fake";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const SHEET_PART = "xl/worksheets/sheet1.xml"; // 1 办公用品采购
const S = "1 办公用品采购";
const AS_OF = "2024-07-31";
const OURS = "确定能,有可能,完全不可能";
const COL = 12; // M
const KEPT =
  /3 个单元格上有与本工具相同的下拉列表，但不是本工具设的（您设的，或插入行时随上一行带来的），已保留未改.*M11:M13/;
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const THEIR_LIST =
  `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" ` +
  `xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">` +
  `<x14:formula1><xm:f>"${OURS}"</xm:f></x14:formula1><xm:sqref>M11:M13</xm:sqref>` +
  `</x14:dataValidation></x14:dataValidations></ext></extLst>`;

function withTheirList(): Uint8Array {
  const pkg = openPackage(new Uint8Array(readFileSync(SAMPLE)));
  const xml = partText(pkg, SHEET_PART)!;
  setPartText(pkg, SHEET_PART, xml.replace("</worksheet>", `${THEIR_LIST}</worksheet>`));
  return concat(packPackage(pkg));
}

function check(bytes: Uint8Array) {
  const { snapshot, pkg } = readWorkbookBytes(bytes);
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas: false });
  if (run.outcome !== "planned") throw new Error("no tables");
  return { messages: run.plan.messages, copy: writeCheckedCopy(pkg, run.plan) };
}

function clear(bytes: Uint8Array): Uint8Array {
  const { snapshot, pkg } = readWorkbookBytes(bytes);
  return writeCheckedCopy(pkg, buildClearPlan(snapshot));
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

test("checked copy: their x14 list with our text is theirs — kept byte for byte, ours only on M14:M15; twice = once; Clear leaves it", () => {
  const once = check(withTheirList());
  const sheet = () => partText(openPackage(once.copy), SHEET_PART)!;
  expect(sheet()).toContain(THEIR_LIST);
  expect(plainListRowsOnM(once.copy)).toEqual([14, 15]); // main: 11 … 15, ours over theirs
  expect(once.messages.filter((m) => KEPT.test(m))).toHaveLength(1);

  const twice = check(once.copy);
  expect(partText(openPackage(twice.copy), SHEET_PART)).toBe(sheet());
  expect(twice.messages.join("\n")).toMatch(KEPT);

  const cleared = partText(openPackage(clear(twice.copy)), SHEET_PART)!;
  expect(cleared).toContain(THEIR_LIST);
  expect(plainListRowsOnM(clear(twice.copy))).toEqual([]);
});

/** On column M: theirs (our text) on M11:M13, and ours on M14:M15 while checked. */
const onM = (validations: Map<string, string>) =>
  new Map([...validations].filter(([k]) => Number(k.split(",")[1]) === COL));
const theirs = new Map([10, 11, 12].map((r) => [`${r},${COL}`, OURS] as const));
const checked = new Map([...theirs, ...[13, 14].map((r) => [`${r},${COL}`, OURS] as const)]);

test("Excel add-in (strict fake): their list with our text is kept by two checks and by Clear marks", async () => {
  const fake = (await clerkList(S, "M11:M13", OURS)[excelDriver.name](await excelDriver.open(SAMPLE))) as FakeExcel;
  const lists = () => onM(fake.model.sheets.find((s) => s.name === S)!.validations);
  const once = await excelDriver.check(fake, false, AS_OF);
  expect(lists()).toEqual(checked);
  expect(once.messages.join("\n")).toMatch(KEPT); // main: not said, their cells recorded as ours
  const twice = await excelDriver.check(fake, false, AS_OF);
  expect(lists()).toEqual(checked);
  expect(twice.messages.join("\n")).toMatch(KEPT);
  await excelDriver.clear(fake);
  expect(lists()).toEqual(theirs); // main: none left
});

test("WPS add-in (strict fake): their list with our text is kept by two checks and by Clear marks", () => {
  const fake = new FakeWps(wpsModel(readWorkbookBytes(readFileSync(SAMPLE)).snapshot));
  fake.app.ActiveWorkbook!.Worksheets.Item(S).Range("M11:M13").Validation.Add(3, 1, 1, OURS);
  const lists = () => onM(fake.sheet(S).validations);
  const once = wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
  expect(lists()).toEqual(checked);
  expect(once.plan.messages.join("\n")).toMatch(KEPT);
  const twice = wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
  expect(lists()).toEqual(checked);
  expect(twice.plan.messages.join("\n")).toMatch(KEPT);
  wpsClear(fake.app);
  expect(lists()).toEqual(theirs);
});

test("Excel add-in (strict fake): rows inserted above the table between two checks move both lists; Clear still tells them apart", async () => {
  const fake = (await clerkList(S, "M11:M13", OURS)[excelDriver.name](await excelDriver.open(SAMPLE))) as FakeExcel;
  const lists = () => onM(fake.model.sheets.find((s) => s.name === S)!.validations);
  const down = (m: Map<string, string>) =>
    new Map([...m].map(([k, v]) => [`${Number(k.split(",")[0]) + 2},${COL}`, v]));
  await excelDriver.check(fake, false, AS_OF);
  await excelDriver.edit(fake, [{ sheet: S, axis: "row", at: 2, count: 2 }]);
  expect(lists()).toEqual(down(checked));
  const again = await excelDriver.check(fake, false, AS_OF);
  expect(lists()).toEqual(down(checked));
  expect(again.messages.join("\n")).toMatch(/3 个单元格上有与本工具相同的下拉列表，但不是本工具设的.*M13:M15/);
  await excelDriver.clear(fake);
  expect(lists()).toEqual(down(theirs));
});
