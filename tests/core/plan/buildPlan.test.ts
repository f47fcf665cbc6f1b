import { buildClearPlan, buildPlan } from "../../../src/core/plan/buildPlan";
import { parseMarks } from "../../../src/core/plan/marks";
import type { Plan, PlanOp } from "../../../src/core/plan/types";
import { LIKELIHOODS, REASONS } from "../../../src/core/plan/words";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/types";
import { applyToSnapshot, cellOf } from "./applyToSnapshot";
import { checkOf, goalTable, sheet, snapshotOf, tableResult, tableRows } from "./fixtures";

const S = "办公用品";
const formulaMode = { formulas: true, lang: "zh" as const };

function firstRun(name = S, rows = tableRows(), table = goalTable(name)) {
  const snapshot = snapshotOf(sheet(name, rows));
  const check = checkOf([table], [tableResult()]);
  const plan = buildPlan(snapshot, check, formulaMode);
  return { snapshot, check, plan };
}

const writes = (plan: Plan) =>
  plan.ops.filter(
    (o): o is Extract<PlanOp, { op: "setValue" | "setFormula" }> => o.op === "setValue" || o.op === "setFormula",
  );
const writeAt = (plan: Plan, sheetName: string, row: number, col: number) =>
  writes(plan).find((o) => o.cell.sheet === sheetName && o.cell.row === row && o.cell.col === col);

/** Non-empty cells of every sheet as "sheet!row,col" → value|formula, to compare workbooks. */
function contents(snapshot: WorkbookSnapshot): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of snapshot.sheets)
    s.values.forEach((row, r) =>
      row.forEach((v: CellValue, c) => {
        const f = s.formulas?.[r]?.[c];
        if ((v !== null && v !== "") || f)
          out[`${s.name}!${r + s.originRow},${c + s.originCol}`] = `${JSON.stringify(v)}|${f ?? ""}`;
      }),
    );
  return out;
}

test("monitoring columns, headed like the national template, go right of the table", () => {
  const { plan } = firstRun();
  // The table's content ends in column E (the 12月底 checkpoint), so the block starts in F.
  const headers = [5, 6, 7, 8, 9, 10, 11].map((col) => writeAt(plan, S, 5, col)?.value);
  expect(headers).toEqual(["实际完成值", "全年预计完成值", "状态", "预警", "偏差原因", "完成可能性", "备注"]);
  expect(plan.messages).toEqual([]);
});

test("status and light cells hold PERF formulas with the computed value as fallback", () => {
  const { plan } = firstRun();
  const status = writeAt(plan, S, 6, 7);
  expect(status).toMatchObject({ op: "setFormula", formula: "PERF.STATUS(D7,F7,监控时点,A7:C7)", value: "未达标" });
  expect(writeAt(plan, S, 6, 8)).toMatchObject({
    op: "setFormula",
    formula: "PERF.LIGHT(D7,F7,监控时点,A7:C7)",
    value: "红",
  });
  // Row 8's 一级指标 cell is the blank continuation of a merged cell: 二级 + 三级 go in.
  expect(writeAt(plan, S, 7, 7)).toMatchObject({ formula: "PERF.STATUS(D8,F8,监控时点,B8:C8)", value: "滞后" });
  expect(writeAt(plan, S, 8, 8)).toMatchObject({ value: "" });
});

test("value mode writes the computed words and no PERF formula", () => {
  const snapshot = snapshotOf(sheet(S, tableRows()));
  const plan = buildPlan(snapshot, checkOf([goalTable(S)], [tableResult()]), { formulas: false, lang: "zh" });
  expect(writeAt(plan, S, 6, 7)).toEqual({ op: "setValue", cell: { sheet: S, row: 6, col: 7 }, value: "未达标" });
  expect(writes(plan).filter((o) => o.op === "setFormula" && /PERF\./.test(o.formula))).toEqual([]);
});

test("English words and a lang argument when lang is en", () => {
  const snapshot = snapshotOf(sheet(S, tableRows()));
  const plan = buildPlan(snapshot, checkOf([goalTable(S)], [tableResult()]), { formulas: true, lang: "en" });
  expect(writeAt(plan, S, 5, 7)?.value).toBe("Status");
  expect(writeAt(plan, S, 6, 8)).toMatchObject({ formula: 'PERF.LIGHT(D7,F7,监控时点,A7:C7,"en")', value: "red" });
});

test("highlights are conditional formats on target and status cells keyed on the light cell, both languages", () => {
  const { plan } = firstRun();
  const cfs = plan.ops.filter((o) => o.op === "conditionalFormat");
  const indicatorCfs = cfs.filter((o) => o.op === "conditionalFormat" && o.ranges[0].left === 3);
  expect(indicatorCfs.map((o) => o.op === "conditionalFormat" && [o.formula, o.highlight.light])).toEqual([
    ['OR($I7="红",$I7="red")', "red"],
    ['OR($I7="黄",$I7="yellow")', "yellow"],
    ['OR($I7="蓝",$I7="blue")', "blue"],
  ]);
  expect(indicatorCfs[0].op === "conditionalFormat" && indicatorCfs[0].ranges).toEqual([
    { top: 6, left: 3, bottom: 8, right: 3 },
    { top: 6, left: 7, bottom: 8, right: 8 },
  ]);
  // The lagging schedule: planned percentages and our status cells, keyed on the row's 进度预警 cell.
  const scheduleCf = cfs.find((o) => o.op === "conditionalFormat" && o.ranges[0].top === 4);
  expect(scheduleCf).toMatchObject({
    formula: 'OR($K5="红",$K5="red")',
    ranges: [
      { top: 4, left: 1, bottom: 4, right: 4 },
      { top: 4, left: 9, bottom: 4, right: 10 },
    ],
  });
});

test("highlights of many tables on one sheet share one rule per colour and light column", () => {
  const rows = [...tableRows(), [], [], ...tableRows()];
  const second = goalTable(S);
  const shift = 11;
  const moved = JSON.parse(JSON.stringify(second), (k, v) =>
    (k === "row" || k === "top" || k === "bottom") && typeof v === "number" ? v + shift : v,
  );
  const snapshot = snapshotOf(sheet(S, rows));
  const plan = buildPlan(snapshot, checkOf([goalTable(S), moved], [tableResult(), tableResult()]), formulaMode);
  const red = plan.ops.filter(
    (o) => o.op === "conditionalFormat" && o.highlight.light === "red" && o.formula.includes("$I"),
  );
  expect(red).toHaveLength(1);
  expect(red[0]).toMatchObject({
    formula: 'OR($I7="红",$I7="red")',
    ranges: [
      { top: 6, left: 3, bottom: 8, right: 3 },
      { top: 6, left: 7, bottom: 8, right: 8 },
      { top: 17, left: 3, bottom: 19, right: 3 },
      { top: 17, left: 7, bottom: 19, right: 8 },
    ],
  });
});

test("a note says why on the status cell of red / yellow rows", () => {
  const { plan } = firstRun();
  const notes = plan.ops.filter((o) => o.op === "note");
  expect(notes).toContainEqual({ op: "note", cell: { sheet: S, row: 6, col: 7 }, text: "实际 40人，目标 86人" });
  expect(notes).toContainEqual({ op: "note", cell: { sheet: S, row: 7, col: 7 }, text: "实际 85%，目标 ≥90%" });
  expect(notes.some((o) => o.op === "note" && o.cell.row === 8)).toBe(false);
});

test("drop-down lists for deviation reason and likelihood", () => {
  const { plan } = firstRun();
  const lists = plan.ops.filter((o) => o.op === "validationList");
  expect(lists).toEqual([
    { op: "validationList", sheet: S, range: { top: 6, left: 9, bottom: 8, right: 9 }, list: REASONS },
    { op: "validationList", sheet: S, range: { top: 6, left: 10, bottom: 8, right: 10 }, list: LIKELIHOODS },
  ]);
});

test("schedule block: spent input, then rate / planned / time / status / light", () => {
  const { plan } = firstRun();
  expect([5, 6, 7, 8, 9, 10].map((col) => writeAt(plan, S, 3, col)?.value)).toEqual([
    "执行数（万元）",
    "执行率",
    "计划进度",
    "序时进度",
    "进度状态",
    "进度预警",
  ]);
  expect(writeAt(plan, S, 4, 5)).toBeUndefined(); // the user types the spent amount
  expect(writeAt(plan, S, 4, 6)).toMatchObject({
    formula: "PERF.EXECRATE(F5,B3)",
    value: 0.2851,
    style: { numberFormat: "0.00%" },
  });
  expect(writeAt(plan, S, 4, 7)).toMatchObject({ formula: "PERF.PLANNED(B4:E4,B5:E5,监控时点)", value: 0.5935 });
  expect(writeAt(plan, S, 4, 8)).toMatchObject({ formula: "MONTH(监控时点)/12", value: 8 / 12 });
  expect(writeAt(plan, S, 4, 9)).toMatchObject({ formula: "PERF.SCHEDULE(B4:E4,B5:E5,F5,B3,监控时点)", value: "滞后" });
  expect(writeAt(plan, S, 4, 10)?.value).toBe("红");
});

test("summary sheet: settings, the named monitoring date, one row per project, a chart", () => {
  const { plan } = firstRun();
  const summary = "监控汇总";
  expect(plan.ops).toContainEqual({ op: "addSheet", sheet: summary, visibility: "visible" });
  expect(plan.ops).toContainEqual({ op: "defineName", name: "监控时点", cell: { sheet: summary, row: 2, col: 1 } });
  expect(writeAt(plan, summary, 2, 1)?.value).toBe(45519); // 2024-08-15
  expect(writeAt(plan, summary, 6, 0)?.value).toBe("办公用品采购");
  expect(writeAt(plan, summary, 6, 2)).toMatchObject({ formula: "'办公用品'!$B$3", value: 63.14 });
  expect(writeAt(plan, summary, 6, 9)).toMatchObject({
    formula: 'SUM(COUNTIF(\'办公用品\'!$I$7:$I$9,{"红","red"}))',
    value: 1,
  });
  expect(writeAt(plan, summary, 6, 8)?.value).toBe("红");
  expect(writeAt(plan, summary, 6, 8)?.op === "setFormula" && writeAt(plan, summary, 6, 8)).toMatchObject({
    formula:
      'IF(OR(J7>0,OR(H7="红",H7="red")),"红",IF(OR(K7>0,OR(H7="黄",H7="yellow")),"黄",IF(L7>0,"蓝",IF(OR(M7>0,OR(H7="绿",H7="green")),"绿",""))))',
  });
  expect(writeAt(plan, summary, 6, 7)).toMatchObject({ formula: "'办公用品'!$K$5&\"\"", value: "红" });
  const chart = plan.ops.find((o) => o.op === "chart");
  expect(chart).toMatchObject({
    categories: { top: 6, left: 0, bottom: 6, right: 0 },
    series: [{ name: "计划进度" }, { name: "执行率" }],
  });
});

test("a sheet named O'Brien 表 1 gets correctly quoted references", () => {
  const name = "O'Brien 表 1";
  const { plan } = firstRun(name, tableRows(), goalTable(name));
  expect(writeAt(plan, "监控汇总", 6, 2)?.op === "setFormula" && writeAt(plan, "监控汇总", 6, 2)).toMatchObject({
    formula: "'O''Brien 表 1'!$B$3",
  });
  expect(writeAt(plan, "监控汇总", 6, 1)).toMatchObject({
    formula: `HYPERLINK("#'O''Brien 表 1'!A1","'O''Brien 表 1'!A1")`,
  });
  expect(writeAt(plan, "监控汇总", 6, 10)).toMatchObject({
    formula: `SUM(COUNTIF('O''Brien 表 1'!$I$7:$I$9,{"黄","yellow"}))`,
  });
  expect(writeAt(plan, "监控汇总", 6, 3)).toMatchObject({
    formula: `IF('O''Brien 表 1'!$F$5="","",IF(ISNUMBER(FIND(LEFT(CELL("format",'O''Brien 表 1'!$F$5),2),"D1D2D3D4D5")),"",'O''Brien 表 1'!$F$5))`,
  });
  // On its own sheet a formula needs no sheet name at all.
  expect(writeAt(plan, name, 6, 7)).toMatchObject({ formula: "PERF.STATUS(D7,F7,监控时点,A7:C7)" });
});

test("never writes into a cell that holds something", () => {
  const rows = tableRows();
  rows[6][5] = "用户备注"; // F7: the user's own note right of the table
  const { snapshot, plan } = firstRun(S, rows);
  for (const o of writes(plan)) {
    const before = cellOf(snapshot, o.cell.sheet, o.cell.row, o.cell.col);
    expect(before).toEqual({ value: null, formula: null });
  }
  // The indicator block moved one column right and says so; the schedule block (other rows) did not.
  expect(writeAt(plan, S, 5, 6)?.value).toBe("实际完成值");
  expect(writeAt(plan, S, 3, 5)?.value).toBe("执行数（万元）");
  expect(plan.messages).toEqual(["表「办公用品采购」右侧的列已有内容，监控列放在 G 列起。"]);
});

test("an existing actual column (1-7月完成值) is used instead of a new input column", () => {
  const rows = tableRows({ actualHeader: "1-7月完成值", actuals: [40, 0.85, null] });
  const { plan } = firstRun(S, rows, goalTable(S, { actualCol: 4 }));
  const headers = [5, 6, 7, 8, 9, 10].map((col) => writeAt(plan, S, 5, col)?.value);
  expect(headers).toEqual(["全年预计完成值", "状态", "预警", "偏差原因", "完成可能性", "备注"]);
  expect(writeAt(plan, S, 6, 6)).toMatchObject({ formula: "PERF.STATUS(D7,E7,监控时点,A7:C7)" });
});

test("a second run updates in place: same cells, same marks, nothing stale", () => {
  const { snapshot, check, plan } = firstRun();
  const after = applyToSnapshot(snapshot, plan);
  expect(after.marks).not.toBeNull();
  const again = buildPlan(after, check, formulaMode);
  // The same cells and contents; without our look this time: each cell has it already (or the user's, which stays).
  const unstyled = (p: Plan) =>
    writes(p)
      .filter((o) => o.cell.sheet !== "_PerfTargets")
      .map(({ style: _style, ...o }) => o);
  expect(unstyled(again)).toEqual(unstyled(plan));
  expect(writes(again).filter((o) => o.style)).toEqual([]);
  expect(writes(plan).filter((o) => o.style).length).toBeGreaterThan(10);
  expect(again.marks).toEqual(plan.marks);
  expect(again.ops.filter((o) => o.op === "clear")).toEqual([]);
  expect(again.ops.filter((o) => o.op === "addSheet" && o.sheet === "监控汇总")).toEqual([]);
  // Every conditional format of the first run is removed before being added again (no duplicates).
  expect(again.ops.filter((o) => o.op === "removeConditionalFormat").length).toBe(
    plan.ops.filter((o) => o.op === "conditionalFormat").length,
  );
  expect(contents(applyToSnapshot(after, again))).toEqual(contents(after));
});

test("a value the user typed into our input column is never overwritten, and the next run reads it in place", () => {
  const { snapshot, check, plan } = firstRun();
  const after = applyToSnapshot(snapshot, plan);
  const typed = after.sheets.find((s) => s.name === S)!;
  typed.values[6][5] = 40; // 实际完成值 of the first indicator
  const again = buildPlan(after, check, formulaMode);
  expect(writeAt(again, S, 6, 5)).toBeUndefined();
  expect(
    again.ops.some(
      (o) =>
        o.op === "clear" &&
        o.sheet === S &&
        o.range.top <= 6 &&
        o.range.bottom >= 6 &&
        o.range.left <= 5 &&
        o.range.right >= 5,
    ),
  ).toBe(false);
  expect(writeAt(again, S, 6, 7)).toMatchObject({ formula: "PERF.STATUS(D7,F7,监控时点,A7:C7)" });
});

test("Clear marks removes exactly what was added", () => {
  const { snapshot, plan } = firstRun();
  const after = applyToSnapshot(snapshot, plan);
  const clear = buildClearPlan(after);
  const cleared = applyToSnapshot(after, clear);
  expect(contents(cleared)).toEqual(contents(snapshot));
  expect(cleared.sheets.map((s) => s.name)).toEqual([S]);
  expect(cleared.marks).toBeNull();
  expect(clear.ops).toContainEqual({ op: "removeName", name: "监控时点" });
  expect(clear.ops.filter((o) => o.op === "removeConditionalFormat").length).toBe(
    plan.ops.filter((o) => o.op === "conditionalFormat").length,
  );
  expect(clear.ops).toContainEqual({ op: "deleteSheet", sheet: "_PerfTargets", veryHidden: true });
});

test("Clear marks keeps an input column the user typed into, and says so", () => {
  const { snapshot, plan } = firstRun();
  const after = applyToSnapshot(snapshot, plan);
  after.sheets.find((s) => s.name === S)!.values[7][5] = 0.85;
  const clear = buildClearPlan(after);
  const cleared = applyToSnapshot(after, clear);
  expect(cellOf(cleared, S, 7, 5).value).toBe(0.85);
  expect(cellOf(cleared, S, 5, 5).value).toBe("实际完成值");
  expect(cellOf(cleared, S, 5, 6).value).toBeNull(); // the empty 全年预计完成值 column went
  expect(cellOf(cleared, S, 6, 7)).toEqual({ value: null, formula: null });
  expect(clear.messages[0]).toMatch(/已保留/);
});

test("Clear marks on a workbook without marks does nothing", () => {
  const clear = buildClearPlan(snapshotOf(sheet(S, tableRows())));
  expect(clear.ops).toEqual([]);
  expect(clear.messages).toHaveLength(1);
});

test("marks are plain JSON with compact A1 ranges", () => {
  const { plan } = firstRun();
  const marksWrites = plan.ops.filter((o) => o.op === "setValue" && o.cell.sheet === "_PerfTargets");
  const text = (o: PlanOp | undefined) => (o?.op === "setValue" ? (o.value as string) : null);
  // The record goes out first (provisional), before any other cell, and again, final, at the end.
  expect(plan.ops.findIndex((o) => o.op === "setValue")).toBe(plan.ops.indexOf(marksWrites[0]));
  expect(parseMarks(text(marksWrites[0]))).toEqual({ ...plan.marks, provisional: true });
  expect(parseMarks(text(marksWrites[marksWrites.length - 1]))).toEqual(plan.marks);
  expect(plan.marks.inputs.map((i) => i.header)).toEqual(["F6", "G6", "J6", "K6", "L6", "F4"]);
  expect(plan.marks.sheets).toEqual(["监控汇总"]);
});
