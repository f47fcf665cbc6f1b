/** When a check asks a file host for a full calculation on opening: a formula of the clerk's may read a cell it writes. */
import { recalculation } from "../../../src/core/plan/recalculate";
import type { PlanOp } from "../../../src/core/plan/types";
import { MARKS_SHEET, type SheetSnapshot } from "../../../src/core/types";
import { sheet, snapshotOf } from "./fixtures";

const withFormula = (name: string, formula: string, row = 0, col = 0): SheetSnapshot => {
  const formulas: (string | null)[][] = [];
  formulas[row] = [];
  formulas[row][col] = formula;
  return { ...sheet(name, [[1]]), formulas };
};
const write = (sheetName: string, row: number, col: number, value = "红"): PlanOp => ({
  op: "setValue",
  cell: { sheet: sheetName, row, col },
  value,
});

test("a formula on a sheet the check writes, in a cell it does not write, asks for it", () => {
  expect(recalculation(snapshotOf(withFormula("表", 'COUNTIF(L:L,"红")', 0, 20)), [write("表", 5, 11)])).toEqual({
    op: "recalculateOnOpen",
  });
});

test("a formula on another sheet naming a sheet written, quoted or not, asks for it; one naming none does not", () => {
  const written = [write("2 检察业务费", 5, 11), write("Sheet1", 3, 3)];
  for (const formula of ["'2 检察业务费'!L6", "SUM(sheet1!D:D)", "COUNTIF('2 检察业务费'!L:L,\"红\")+1"])
    expect(recalculation(snapshotOf(withFormula("汇总", formula)), written)).not.toBeNull();
  for (const formula of ["SUM(A1:A9)", "'Sheet2'!A1", '"Sheet1!"&A1'])
    expect(recalculation(snapshotOf(withFormula("汇总", formula)), written)).toBeNull();
});

test("a formula the check writes or clears is ours; our record sheet and PERF.* formulas ask nothing", () => {
  const ours: PlanOp = { op: "setFormula", cell: { sheet: "表", row: 0, col: 0 }, formula: "A2", value: 1 };
  expect(recalculation(snapshotOf(withFormula("表", "A2")), [ours])).toBeNull();
  const cleared: PlanOp = { op: "clear", sheet: "表", range: { top: 0, left: 0, bottom: 3, right: 3 } };
  expect(recalculation(snapshotOf(withFormula("表", "A2")), [cleared])).toBeNull();
  expect(
    recalculation(snapshotOf(withFormula("表", `${MARKS_SHEET}!A1`, 0, 5)), [write(MARKS_SHEET, 0, 0)]),
  ).toBeNull();
  const perf: PlanOp = {
    op: "setFormula",
    cell: { sheet: "表", row: 2, col: 2 },
    formula: "PERF.STATUS(D3,E3)",
    value: "",
  };
  expect(recalculation(snapshotOf(withFormula("表", "SUM(A1:A2)", 0, 9)), [perf, write("表", 5, 5)])).toBeNull();
});

// review62. A 3-D reference (`SUM(一月:三月!L6)`) reads every sheet from its first to its last: on main and int62 only
// the name before "!" was seen, so a check writing 一月 or 二月 left the clerk's total stale in the file (no full calculation).
test("a 3-D reference reads its first sheet, its last and those between", () => {
  const months = ["一月", "二月", "三月"].map((name) => sheet(name, [[1]]));
  const total = (formula: string) => snapshotOf(...months, withFormula("汇总", formula));
  for (const written of ["一月", "二月", "三月"]) {
    expect(recalculation(total("SUM(一月:三月!L6)"), [write(written, 5, 11)])).not.toBeNull();
    expect(recalculation(total("SUM('一月:三月'!L:L)"), [write(written, 5, 11)])).not.toBeNull();
  }
  expect(recalculation(total("SUM(一月:二月!L6)"), [write("三月", 5, 11)])).toBeNull();
});

// hosts63: a formula of the clerk's on a sheet not written, through a defined name over cells written (`=SUM(执行数合计)`
// where the name is `Sheet1!$H$5:$H$20`, or a 3-D one, or a name over such a name): on main names were not followed and
// the copy opened with the old total.
test("a formula through a defined name over a sheet written asks for it, the name's case aside; other names do not", () => {
  const written = [write("Sheet1", 5, 7), write("二月", 5, 7)];
  const names = [
    { name: "执行数合计", refersTo: "Sheet1!$H$5:$H$20" },
    { name: "全年", refersTo: "=SUM(一月:三月!$H$5)" },
    { name: "Total.Spent", refersTo: "'Sheet1'!$H:$H" },
    { name: "转一道", refersTo: "=执行数合计*2" },
    { name: "预算", refersTo: "Sheet2!$C$5" },
  ];
  const book = (formula: string) => ({
    ...snapshotOf(sheet("一月", [[1]]), sheet("二月", [[1]]), sheet("三月", [[1]]), withFormula("汇报", formula)),
    names,
  });
  for (const formula of ["SUM(执行数合计)", "全年+1", "SUM(total.spent)", "转一道/2", "Sheet9!执行数合计"])
    expect({ formula, asked: recalculation(book(formula), written) !== null }).toEqual({ formula, asked: true });
  for (const formula of ["SUM(预算)", "SUM(执行数合计2)", '"执行数合计"&A1', "执行数合计X+1", "SUM(我的执行数合计)"])
    expect({ formula, asked: recalculation(book(formula), written) !== null }).toEqual({ formula, asked: false });
});
