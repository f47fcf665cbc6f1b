/** Fingerprints of our cells (core/plan/fingerprint.ts): numbers count to 12 significant digits. */
import {
  brokenPrints,
  cellPrint,
  exactNumberPrint,
  formulaShape,
  matchesPrint,
} from "../../../src/core/plan/fingerprint";
import { emptyMarks } from "../../../src/core/plan/marks";
import { Ownership } from "../../../src/core/plan/ownership";
import { SheetContents } from "../../../src/core/plan/sheetContents";
import type { WorkbookSnapshot } from "../../../src/core/types";

test("a number saved by another tool to 15 or 16 digits prints as the one we wrote; another number does not", () => {
  const ours = cellPrint(0.31675641431738993, null);
  expect(cellPrint(0.3167564143173899, null)).toBe(ours);
  expect(cellPrint(0.31675641431739, null)).toBe(ours);
  expect(cellPrint(0.3167564, null)).not.toBe(ours);
  expect(cellPrint(86, null)).not.toBe(cellPrint("86", null));
});

test("a record written before numbers were rounded (all digits) still recognises its number", () => {
  const value = 0.31675641431738993;
  const snapshot: WorkbookSnapshot = {
    sheets: [{ name: "表1", originRow: 0, originCol: 0, values: [[value, 0.5]], merges: [] }],
  };
  const marks = {
    ...emptyMarks(),
    cells: { 表1: "A1:B1" },
    prints: { 表1: exactNumberPrint(value) + exactNumberPrint(0.25) },
  };
  const own = new Ownership(new SheetContents(snapshot), marks);
  expect(own.inPlace("表1", 0, 0)).toBe(true);
  expect(own.inPlace("表1", 0, 1)).toBe(false); // 0.5 is not the 0.25 we wrote
});

describe("a formula of ours whose references the host broke (#REF!) is still ours; the clerk's is not", () => {
  const ours = 'SUM(COUNTIF(\'表 1\'!$K$62:$K$67,{"红","red"}))';
  const known = (print: string) => print === cellPrint(null, ours);
  const matches = (formula: string) => matchesPrint(cellPrint(null, formula), null, formula, known);

  test("the shape of a formula is unchanged by reading #REF! apart (prints in records stay valid)", () => {
    expect(formulaShape("SUM('表 1'!#REF!)")).toBe("SUM(#)");
    expect(formulaShape("Sheet1!#REF!/10000")).toBe("#/10000");
    expect(formulaShape('IF(A1="#REF!","",A1)')).toBe('IF(#="#REF!","",#)');
  });

  test("our range deleted whole, or shrunk, moved: ours", () => {
    expect(matches('SUM(COUNTIF(\'表 1\'!#REF!,{"红","red"}))')).toBe(true);
    expect(matches('SUM(COUNTIF(#REF!,{"红","red"}))')).toBe(true);
    expect(matches('SUM(COUNTIF(\'表 1\'!$K$50:$K$52,{"红","red"}))')).toBe(true);
  });

  test("a formula the clerk typed, broken or not, is not ours unless it is ours read back", () => {
    expect(matches("SUM('表 1'!#REF!)")).toBe(false);
    expect(matches("COUNTIF('表 1'!#REF!,\"红\")")).toBe(false);
    expect(matches('SUM(COUNTIF(\'表 1\'!#REF!,{"黄","yellow"}))')).toBe(false);
    expect(matches('SUM(COUNTIF("#REF!",{"红","red"}))')).toBe(false); // text, not a reference
    expect(brokenPrints(ours)).toEqual([]);
  });

  test("the sheet our references point to deleted (Excel keeps the addresses, #REF! for its name): ours", () => {
    // Excel writes "=#REF!A1" for "=Sheet2!A1" once Sheet2 is deleted (excelShift.ts, formulaAfterSheetDeletion).
    expect(formulaShape("#REF!$C$4")).toBe(formulaShape("'2 检察业务费'!$C$4"));
    expect(matches('SUM(COUNTIF(#REF!$K$62:$K$67,{"红","red"}))')).toBe(true);
    expect(matches('SUM(COUNTIF(#REF!$K$62:$K$67,{"黄","yellow"}))')).toBe(false);
    expect(formulaShape("#REF!+1")).toBe("#+1"); // a reference gone whole is still one reference
  });

  test("each #REF! is read back as a cell or a range", () => {
    const two = "IF('表'!$H$41=\"\",\"\",'表'!$H$41:$H$42)";
    const known2 = (print: string) => print === cellPrint(null, two);
    expect(brokenPrints("IF('表'!#REF!=\"\",\"\",'表'!#REF!)").some(known2)).toBe(true);
    expect(brokenPrints("IF('表'!#REF!=\"\",\"\",'表'!$H$41)").some(known2)).toBe(false);
  });
});
