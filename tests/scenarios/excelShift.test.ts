/** The rules both user-edit helpers follow (excelShift.ts), on the formulas a check writes. */
import { nameAfterDeletion, namesSheet, shiftFormula, shiftRange, type Shift } from "./excelShift";

const S = "预算项目绩效目标";
const rows = (at: number, count: number): Shift => ({ sheet: S, axis: "row", at, count });
const cols = (at: number, count: number): Shift => ({ sheet: S, axis: "col", at, count });

test("references on the edited sheet move, absolute ones too; other sheets' and text do not", () => {
  expect(shiftFormula('OR($K45="红",$K45="red")', S, rows(40, 2))).toBe('OR($K47="红",$K47="red")');
  expect(shiftFormula("'预算项目绩效目标'!$C$38", "监控汇总", rows(30, 1))).toBe("'预算项目绩效目标'!$C$39");
  expect(shiftFormula("'预算项目绩效目标'!$C$38", "监控汇总", rows(40, 1))).toBe("'预算项目绩效目标'!$C$38");
  expect(shiftFormula('IFERROR(D7/C7,"")', "监控汇总", rows(0, 3))).toBe('IFERROR(D7/C7,"")');
  expect(shiftFormula(`HYPERLINK("#'${S}'!A35","'${S}'!A35")`, "监控汇总", rows(0, 3))).toBe(
    `HYPERLINK("#'${S}'!A35","'${S}'!A35")`,
  );
  expect(shiftFormula("PERF.STATUS(F45,H45,监控时点,A45:C45)", S, cols(1, 1))).toBe(
    "PERF.STATUS(G45,I45,监控时点,A45:D45)",
  );
  expect(shiftFormula("LOG10(A1)+SUM(A1:A5)", S, rows(2, 1))).toBe("LOG10(A1)+SUM(A1:A6)");
});

test("deleted references become #REF!, ranges shrink", () => {
  expect(shiftFormula("PERF.EXECRATE(H41,C38)", S, rows(40, -1))).toBe("PERF.EXECRATE(#REF!,C38)");
  expect(shiftFormula("SUM(B40:E41)", S, rows(40, -1))).toBe("SUM(B40:E40)");
  expect(shiftFormula("'预算项目绩效目标'!$H$41", "监控汇总", cols(7, -1))).toBe("'预算项目绩效目标'!#REF!");
  expect(shiftRange({ top: 44, left: 3, bottom: 44, right: 4 }, cols(4, -1))).toEqual({
    top: 44,
    left: 3,
    bottom: 44,
    right: 3,
  });
  expect(shiftRange({ top: 44, left: 0, bottom: 47, right: 0 }, rows(44, -4))).toBeNull();
});

describe("a sheet deleted (DELETE_SHEET)", () => {
  test("a name that is one reference to it becomes #REF!; others are left; a larger formula is refused", () => {
    expect(nameAfterDeletion("'监控汇总'!$C$3", "监控汇总")).toBe("#REF!");
    expect(nameAfterDeletion("监控汇总!$C$3:$D$4", "监控汇总")).toBe("#REF!");
    expect(nameAfterDeletion("'预算项目绩效目标'!$C$3", "监控汇总")).toBe("'预算项目绩效目标'!$C$3");
    expect(() => nameAfterDeletion("SUM('监控汇总'!C3,1)", "监控汇总")).toThrow(/not imitated/);
    expect(namesSheet('"监控汇总!C3"&A1', "监控汇总")).toBe(false); // text in quotes is no reference
    expect(namesSheet("监控汇总!C3+1", "监控汇总")).toBe(true);
  });
});
