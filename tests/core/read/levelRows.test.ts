/**
 * Levels written as rows of the name column (宁夏 石嘴山 批复表: 产出指标 alone on a row, the names below) are a
 * table's own shape: looked for in the rows its block can reach, not down to the sheet's last row — there a later
 * table's 一级 row changed how this one was read, and each table of a long sheet scanned all the rows below it.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { SheetGrid } from "../../../src/core/read/sheetGrid";
import { sheet, workbook, type Cell } from "./grid";

test("a table above a 批复表 keeps its indicator with no target yet: the 批复表's 产出指标 row is not its level", () => {
  const rows: Cell[][] = [
    ["1.办公用品采购项目绩效目标表", "<", "<"],
    ["项目名称", "办公用品采购", "<"],
    ["指标名称", "指标值", "<"],
    ["采购批次", null, null],
    ["人均成本", "≤1.2万元", null],
    [],
    ["石嘴山市疾病预防控制中心2020年项目绩效目标批复表", "<", "<"],
    ["单位:元"],
    ["项目", "指标值", "绩效金额"],
    [" 石嘴山市疾病预防控制中心"],
    ["  狂犬、乙肝、流感等疫苗及美沙酮药物", null, 3000000],
    ["   产出指标"],
    ["    成本指标(必填硬性指标)"],
    ["     按照物价部门定价标准采购", "100%"],
  ];
  const [first, second] = readWorkbook(workbook(sheet("S", rows))).tables;
  // Before, 采购批次 was taken for a line above the first level (the unit, the project) and dropped unsaid.
  expect(first.indicators.map((i) => [i.level1, i.name, i.target.raw])).toEqual([
    ["", "采购批次", ""],
    ["", "人均成本", "≤1.2万元"],
  ]);
  expect(second.indicators.map((i) => [i.level1.trim(), i.level2.trim(), i.name.trim()])).toEqual([
    ["产出指标", "成本指标(必填硬性指标)", "按照物价部门定价标准采购"],
  ]);
});

/** `count` tables without 一级 / 二级 columns down one sheet, each with two indicators. */
function manyTables(count: number): Cell[][] {
  const rows: Cell[][] = [];
  for (let i = 1; i <= count; i++) {
    rows.push(
      [`${i}.项目绩效目标表`, "<"],
      ["项目名称", `项目${i}`],
      ["指标名称", "指标值"],
      ["发放人数", "≥120人"],
      ["人均成本", "≤1.2万元"],
      [],
    );
  }
  return rows;
}

/** Every call of a SheetGrid method while reading the sheet: the reader's work, counted (not timed). */
function gridCallsReading(rows: Cell[][]): { tables: number; calls: number } {
  const methods = Object.entries(Object.getOwnPropertyDescriptors(SheetGrid.prototype))
    .filter(([name, d]) => name !== "constructor" && typeof d.value === "function")
    .map(([name]) => name);
  const proto = SheetGrid.prototype as unknown as Record<string, () => unknown>;
  const spies = methods.map((name) => jest.spyOn(proto, name));
  try {
    const { tables } = readWorkbook(workbook(sheet("S", rows)));
    return { tables: tables.length, calls: spies.reduce((n, s) => n + s.mock.calls.length, 0) };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

test("a sheet of many tables without level columns costs the same per table however many there are", () => {
  const forty = gridCallsReading(manyTables(40));
  const eighty = gridCallsReading(manyTables(80));
  expect([forty.tables, eighty.tables]).toEqual([40, 80]);
  // Before, each table looked at every row below it for a 一级 alone: 2,330 calls a table for 40, 4,190 for 80.
  expect(eighty.calls / 80).toBeLessThanOrEqual((forty.calls / 40) * 1.05);
});
