/** The rules both user-edit helpers follow (excelShift.ts), on the formulas a check writes. */
import { FakeExcel, installExcelGlobals, modelFromSnapshot } from "../host/excel/fake";
import {
  formulaAfterSheetDeletion,
  nameAfterDeletion,
  namesSheet,
  ruleAfterCut,
  ruleAfterPart,
  rangeAfterPart,
  cellAfterPart,
  formulaAfterPart,
  shiftFormula,
  shiftRange,
  sortedFormula,
  type Shift,
} from "./excelShift";

import { parseA1Ranges } from "../../src/core/a1";
import type { Marks } from "../../src/core/plan/types";
import { BOTH_DRIVERS } from "./drivers";

installExcelGlobals();

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

  test("a cell's formula keeps its addresses, #REF! for the sheet's name; text and other sheets are left", () => {
    expect(formulaAfterSheetDeletion('SUM(COUNTIF(\'2 检察业务费\'!$K$11:$K$16,{"红","red"}))', "2 检察业务费")).toBe(
      'SUM(COUNTIF(#REF!$K$11:$K$16,{"红","red"}))',
    );
    expect(formulaAfterSheetDeletion("监控汇总!B3+'表'!A1", "监控汇总")).toBe("#REF!B3+'表'!A1");
    expect(formulaAfterSheetDeletion(`HYPERLINK("#'监控汇总'!A1","'监控汇总'!A1")`, "监控汇总")).toBe(
      `HYPERLINK("#'监控汇总'!A1","'监控汇总'!A1")`,
    );
  });

  test("through the Excel fake: the cell shows #REF!; a formula catching the error is refused", async () => {
    const book = () =>
      new FakeExcel(
        modelFromSnapshot({
          sheets: [
            {
              name: "表",
              originRow: 0,
              originCol: 0,
              values: [[1, 2]],
              formulas: [[null, "监控汇总!B3*2"]],
              merges: [],
            },
            { name: "监控汇总", originRow: 0, originCol: 0, values: [[5]], merges: [] },
          ],
        }),
      );
    const fake = book();
    fake.context.workbook.worksheets.getItem("监控汇总").delete();
    await fake.context.sync();
    expect(fake.model.sheets[0].cells.get("0,1")).toMatchObject({ formula: "=#REF!B3*2", value: { error: "#REF!" } });
    const caught = book();
    caught.model.sheets[0].cells.get("0,1")!.formula = "=IFERROR(监控汇总!B3,0)";
    caught.context.workbook.worksheets.getItem("监控汇总").delete();
    await expect(caught.context.sync()).rejects.toThrow(/catching/);
  });
});

test("rows sorted (FORMULAS): Microsoft KB Q40401's example through the Excel fake; a check's formula moved up two rows", async () => {
  // "A1: 3 B1: =A3 C1: =$A$3 / A2: 2 B2: =A2 C2: =$A$2 / A3: 1 B3: =A1 C3: =$A$1", sorted ascending by A.
  const fake = new FakeExcel(
    modelFromSnapshot({
      sheets: [
        {
          name: "Sheet1",
          originRow: 0,
          originCol: 0,
          values: [3, 2, 1].map((a) => [a, null, null]),
          formulas: [3, 2, 1].map((_, i) => [null, `A${3 - i}`, `$A$${3 - i}`]),
          merges: [],
        },
      ],
    }),
  );
  fake.context.workbook.worksheets
    .getItem("Sheet1")
    .getRange("A1:C3")
    .sort.apply([{ key: 0, ascending: true }]);
  await fake.context.sync();
  const sheet = fake.model.sheets[0];
  const formula = (row: number, col: number) => sheet.cells.get(`${row},${col}`)?.formula;
  // "A1: 1 B1: =#REF! C1: =$A$1 / A2: 2 B2: =A2 C2: =$A$2 / A3: 3 B3: =A5 C3: =$A$3"
  expect([0, 1, 2].map((row) => sheet.cells.get(`${row},0`)?.value)).toEqual([1, 2, 3]);
  expect([0, 1, 2].map((row) => formula(row, 1))).toEqual(["=#REF!", "=A2", "=A5"]);
  expect([0, 1, 2].map((row) => formula(row, 2))).toEqual(["=$A$1", "=$A$2", "=$A$3"]);
  expect(sortedFormula('PERF.STATUS(F45,$H$3,"A45",监控时点,A45:C46)', -2)).toBe(
    'PERF.STATUS(F43,$H$3,"A45",监控时点,A43:C44)',
  );
});

describe("cells cut with the rules on them (CUT_RULES)", () => {
  // Our highlight rule: one formula over several tables' status and light columns, anchored on the first.
  const rule = {
    ranges: [
      { top: 44, left: 5, bottom: 48, right: 5 }, // F45:F49
      { top: 44, left: 9, bottom: 48, right: 10 }, // J45:K49
      { top: 61, left: 5, bottom: 66, right: 5 }, // F62:F67
    ],
    formula: 'OR($K45="红",$K45="red")',
  };
  const cut = (top: number, bottom: number, left: number, right: number, to: { row: number; col: number }) => ({
    sheet: S,
    cut: { top, left, bottom, right },
    to,
  });

  test("a table's rows cut down with their cells: the rule's ranges there move, the formula is re-anchored", () => {
    const after = ruleAfterCut(rule, cut(44, 48, 0, 13, { row: 200, col: 0 }), S);
    expect(after.ranges).toEqual([
      { top: 200, left: 5, bottom: 204, right: 5 },
      { top: 200, left: 9, bottom: 204, right: 10 },
      { top: 61, left: 5, bottom: 66, right: 5 },
    ]);
    // Read from F201 it says $K201 (its own row), from F62 $K62, as before the cut.
    expect(after.formula).toBe('OR($K201="红",$K201="red")');
  });

  test("a cut that misses the rule and what it reads leaves it", () => {
    expect(ruleAfterCut(rule, cut(100, 110, 0, 3, { row: 300, col: 0 }), S)).toBe(rule);
  });

  test("refused where not imitated", () => {
    expect(() => ruleAfterCut(rule, cut(44, 46, 0, 13, { row: 200, col: 0 }), S)).toThrow(/partly/); // part of F45:F49
    expect(() => ruleAfterCut(rule, cut(44, 48, 9, 10, { row: 200, col: 9 }), S)).toThrow(/left behind/); // F reads K
    expect(() => ruleAfterCut(rule, cut(44, 48, 0, 13, { row: 44, col: 20 }), S)).toThrow(/do not move/); // $K across
    expect(() => ruleAfterCut(rule, cut(100, 104, 0, 13, { row: 60, col: 0 }), S)).toThrow(/destination/);
  });
});

describe("cells inserted in part of a row or column (PART)", () => {
  const right = { sheet: S, at: { top: 60, left: 7, bottom: 60, right: 7 }, direction: "Right" as const }; // H61
  test("the cells of the row at and right of it move right; references to them follow, others stay", () => {
    expect(cellAfterPart(60, 13, right)).toEqual({ row: 60, col: 14 });
    expect(cellAfterPart(61, 13, right)).toEqual({ row: 61, col: 13 });
    expect(formulaAfterPart("'预算项目绩效目标'!$H$61&H62", "监控汇总", right)).toBe("'预算项目绩效目标'!$I$61&H62");
    expect(rangeAfterPart({ top: 60, left: 8, bottom: 60, right: 12 }, right)).toEqual({
      top: 60,
      left: 9,
      bottom: 60,
      right: 13,
    });
  });

  test("a range partly on the moving cells is refused (a merged area across: Excel refuses too)", () => {
    expect(() => rangeAfterPart({ top: 60, left: 3, bottom: 60, right: 8 }, right)).toThrow(/partly/);
    expect(() => formulaAfterPart("SUM(H60:H62)", S, right)).toThrow(/partly/);
    const rule = { ranges: [{ top: 44, left: 9, bottom: 48, right: 10 }], formula: 'OR($K45="红",$K45="red")' };
    const inRule = { sheet: S, at: { top: 46, left: 3, bottom: 46, right: 3 }, direction: "Right" as const };
    expect(() => ruleAfterPart(rule, inRule)).toThrow(/partly/);
  });
});

describe("rows deleted under a check's highlight rules: both helpers refuse the rule's anchor row alike", () => {
  test.each(BOTH_DRIVERS)("$name", async (driver) => {
    const checked = (await driver.check(await driver.open(), false)).workbook;
    const record = JSON.parse((await driver.snapshot(checked)).marks!) as Marks;
    const rules = record.conditionalFormats.filter((r) => r.sheet === S);
    const anchors = new Set(rules.map((r) => parseA1Ranges(r.ranges)[0].top));
    const first = parseA1Ranges(rules[0].ranges)[0];
    // The anchor (the first range's top row) refused; a row of the rule below it (no rule's anchor) is not.
    await expect(driver.edit(checked, [rows(first.top, -1)])).rejects.toThrow(
      /first row \/ column of a conditional format/,
    );
    expect(first.bottom).toBeGreaterThan(first.top);
    expect(anchors.has(first.top + 1)).toBe(false);
    const deleted = await driver.edit(checked, [rows(first.top + 1, -1)]);
    expect((await driver.held(deleted)).rules.get(S)).toHaveLength((await driver.held(checked)).rules.get(S)!.length);
  });
});
