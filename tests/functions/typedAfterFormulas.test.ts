/**
 * review38 — formulas mode (the Excel add-in's default; CLI --formulas) writes PERF.STATUS / PERF.LIGHT so the lights
 * follow what the clerk types afterwards. On a first check the actual column is our empty input column, so the
 * formula passes the bare cell (blocks.ts actualArg: no number format yet, no `*100&"%"`). The clerk then types 3% into
 * it; Excel stores 0.03 (formatted 0%). PERF.* cannot see formats and read 0.03 against a CAP as 0.03 %
 * (README: 上限目标保持原读法) — so every cap exceeded turns GREEN: 传染病发病率 2% (a cap since session 37's bad-rate
 * rule) or ≤2%, actual 3%, shows 达标 / 绿 live in the workbook, while a check of the same workbook says 未达标 / 红.
 * Expected: the formula the clerk's typing feeds gives what a check gives (未达标 / 红).
 */
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import type { PlanOp } from "../../src/core/plan/types";
import type { CellValue } from "../../src/core/types";
import { cellName } from "../../src/core/a1";
import { clearMemos } from "../../src/functions/implemented";
import { applyToSnapshot } from "../core/plan/applyToSnapshot";
import { sheet, snapshotOf, tableRows } from "../core/plan/fixtures";
import { evaluatePlan, registerPerfFunctions } from "./workbookFormulas";

const AS_OF = "2024-12-31";
const SHEET = "办公用品";
type Formula = PlanOp & { op: "setFormula" };

beforeAll(registerPerfFunctions);

test.each(["2%", "≤2%"])(
  "传染病发病率 %s, the clerk types 3%% into our empty actual cell after the check: PERF.STATUS says 未达标, not 达标",
  (target) => {
    const rows: CellValue[][] = [...tableRows(), ["效益指标", "社会效益指标", "传染病发病率", target]];
    rows[0] = ["2024年办公用品采购绩效目标表"];
    const snapshot = snapshotOf(sheet(SHEET, rows));
    const settings = settingsFor(snapshot, { asOf: AS_OF }, AS_OF);
    const run = runPipeline(snapshot, settings, { formulas: true });
    if (run.outcome !== "planned") throw new Error("expected a plan");
    const row = rows.length - 1;
    const statusOp = run.plan.ops.find(
      (o): o is Formula => o.op === "setFormula" && o.cell.row === row && /^PERF\.STATUS\(/.test(o.formula),
    )!;
    expect(statusOp).toBeDefined();
    // The actual the formula reads: its second argument, a reference to our (empty) input cell — plain on main,
    // read through the cell's format since judge38 (IF(ISNUMBER(E9),…): the cell is the first one named there.
    const actualRef = /^PERF\.STATUS\([^,]+,(?:IF\(ISNUMBER\()?([A-Z]+)(\d+)[,)]/.exec(statusOp.formula);
    expect(actualRef).not.toBeNull();
    const col = actualRef![1].charCodeAt(0) - 65;
    expect(cellName(row, col)).toBe(`${actualRef![1]}${actualRef![2]}`);

    // The clerk types 3% there: Excel holds 0.03, shown 3% (number format 0%).
    const after = applyToSnapshot(snapshot, run.plan);
    const s = after.sheets.find((x) => x.name === SHEET)!;
    while (s.values[row].length <= col) s.values[row].push(null);
    s.values[row][col] = 0.03;
    s.numberFormats = s.values.map((r, i) => r.map((_, j) => (i === row && j === col ? "0%" : null)));

    // A check of that workbook says 未达标 / 红 (the format read: 3 % against the cap 2 %; tests/core/evaluate
    // badRatesBare.test.ts); the formula already in the workbook should show the same.
    // What the formula already in the workbook shows.
    clearMemos();
    const valueOf = evaluatePlan(after, run.plan.ops);
    const lightOp = run.plan.ops.find(
      (o): o is Formula => o.op === "setFormula" && o.cell.row === row && /^PERF\.LIGHT\(/.test(o.formula),
    )!;
    expect([valueOf(statusOp), valueOf(lightOp)]).toEqual(["未达标", "红"]);
  },
);

// judge38: whatever the clerk types into that cell, the formula shows what a check of the workbook then says.
test.each([
  [0.03, "0%"],
  [0.015, "0.00%"],
  [0.03, null],
  [1.5, null],
])("传染病发病率 ≤2%%: %p typed (format %p) — the formula agrees with a check", (typed, format) => {
  const rows: CellValue[][] = [...tableRows(), ["效益指标", "社会效益指标", "传染病发病率", "≤2%"]];
  rows[0] = ["2024年办公用品采购绩效目标表"];
  const snapshot = snapshotOf(sheet(SHEET, rows));
  const settings = settingsFor(snapshot, { asOf: AS_OF }, AS_OF);
  const run = runPipeline(snapshot, settings, { formulas: true });
  if (run.outcome !== "planned") throw new Error("expected a plan");
  const row = rows.length - 1;
  const isStatus = (o: PlanOp): o is Formula =>
    o.op === "setFormula" && o.cell.row === row && /^PERF\.STATUS\(/.test(o.formula);
  const statusOp = run.plan.ops.find(isStatus)!;
  const col = /^PERF\.STATUS\([^,]+,(?:IF\(ISNUMBER\()?([A-Z]+)\d+[,)]/.exec(statusOp.formula)![1].charCodeAt(0) - 65;
  const after = applyToSnapshot(snapshot, run.plan);
  const s = after.sheets.find((x) => x.name === SHEET)!;
  while (s.values[row].length <= col) s.values[row].push(null);
  s.values[row][col] = typed;
  s.numberFormats = s.values.map((r, i) => r.map((_, j) => (i === row && j === col ? format : null)));

  clearMemos();
  const live = evaluatePlan(after, run.plan.ops)(statusOp);
  // A check of the same workbook, values mode: the status it writes in that cell.
  const again = runPipeline(after, settingsFor(after, { asOf: AS_OF }, AS_OF), { formulas: false });
  if (again.outcome !== "planned") throw new Error("expected a plan");
  const checked = applyToSnapshot(after, again.plan).sheets.find((x) => x.name === SHEET)!;
  expect(live).toMatch(/达标/);
  expect(live).toBe(checked.values[statusOp.cell.row][statusOp.cell.col]);
});
