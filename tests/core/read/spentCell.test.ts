/**
 * 执行数 as a finance clerk types it: a unit written in the cell wins over the table's, an amount implausibly large
 * for the budget or above it is said once at its cell, and text that is no amount is filled, not empty
 * (docs/domain.md#tables, #schedule).
 */
import { checkWorkbook } from "../../../src/core/check";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";
import { fmt, sheet, workbook, type Cell } from "./grid";
import { whyNoExecution } from "../../../src/core/evaluate/evaluate";

/** A 万元 table with a budget of 63.14 and the 执行数 typed as `spent`. */
function table(spent: Cell) {
  return workbook(
    sheet("S", [
      ["2024年办公用品采购绩效目标表", null, null, "单位：万元"],
      ["项目名称", "办公用品采购", null, null],
      ["预算数", 63.14, "1-7月执行数", spent],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "采购批次", "≥4批"],
    ]),
  );
}

const read = (spent: Cell) => readWorkbook(table(spent), { budgetYear: 2024 });
const execution = (spent: Cell) =>
  checkWorkbook(table(spent), { ...DEFAULT_SETTINGS, asOf: "2024-07-31" }).tables[0].result.execution;
const notes = (spent: Cell) => read(spent).diagnostics.map((d) => d.message);

describe("the spent cell", () => {
  test.each([
    ["200000元", 20],
    ["20万元", 20],
    ["0.002亿元", 20],
    ["20（万元）", 20],
    [20, 20],
  ])("%p is read as %p 万元", (typed, wan) => {
    expect(read(typed).tables[0].spent?.value).toBe(wan);
    expect(execution(typed)?.spent).toBe(wan);
  });

  test("a bare number over 100 × the budget is a unit slip: said once, execution not judged", () => {
    expect(notes(200000)).toEqual([
      expect.stringMatching(/执行数 200000 是预算数 63\.14 万元的 3168 倍，可能按元填写/),
    ]);
    const e = execution(200000);
    expect(e?.light).toBe("none");
    expect(e?.status).toBe("unknown");
  });

  test("spending above the budget is said and never green", () => {
    expect(notes(80)).toEqual([expect.stringMatching(/执行数 80 万元超过预算数 63\.14 万元（执行率 126\.7%）/)]);
    const e = execution(80);
    expect(e?.light).toBe("yellow");
    expect(e?.status).toBe("exceeded");
    expect(e?.why).toMatch(/超预算支出需说明/);
  });

  test("spending within the budget says nothing", () => {
    expect(notes(63.14)).toEqual([]);
    expect(execution(63.14)?.light).toBe("green");
  });

  test("text that is no amount is filled, not empty: said once, not judged", () => {
    const result = read("若干万元");
    expect(result.tables[0].spent?.value).toBe("若干万元");
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      "执行数“若干万元”无法识别为金额，请填写数字（万元），执行进度未判断",
    ]);
    expect(execution("若干万元")).toBeNull();
  });

  // actuals50: 2024/6/30 typed into 执行数 is held as 45473 formatted as a date. Before: “执行数 45473 是预算数 63.14 万元的
  // 720 倍，可能按元填写”, and under a budget above 45473 万元 judged as spent.
  test("a date in the cell is no amount: said once, not judged", () => {
    const date = fmt(45473, "yyyy/m/d");
    expect(notes(date)).toEqual(["执行数单元格中是日期 2024-06-30，不是金额，请填写支出金额（万元），执行进度未判断"]);
    expect(execution(date)).toBeNull();
    const t = checkWorkbook(table(date), { ...DEFAULT_SETTINGS, asOf: "2024-07-31" }).tables[0];
    // verdict51: the project line says so, as the line at the cell does (spent-unreadable before).
    expect(whyNoExecution(t.table, t.result.execution)).toBe("spent-date");
    // The same number in a General cell is an amount (said to be far above the budget), as before.
    expect(read(45473).tables[0].spent?.value).toBe(45473);
  });

  test("二十万元 is 20 万元, as the same words are in an indicator's actual (actuals50)", () => {
    expect(read("二十万元").tables[0].spent?.value).toBe(20);
    expect(notes("二十万元")).toEqual([]);
  });

  test("a word that is no attempt at an amount (a note) is not taken for the spent", () => {
    expect(read("见附表").tables[0].spent).toBeNull();
    expect(notes("见附表")).toEqual([]);
  });
});

describe("the budget cell", () => {
  /** A table whose unit line says `unitLine`, budget typed as `budget`, 20 万元 spent (typed in the table's unit). */
  function budgetTable(unitLine: string, budget: CellValue, spent: CellValue) {
    return workbook(
      sheet("S", [
        ["2024年办公用品采购绩效目标表", null, null, unitLine],
        ["项目名称", "办公用品采购", null, null],
        ["年度资金总额", budget, "1-7月执行数", spent],
        ["其中：财政拨款", budget, null, null],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "采购批次", "≥4批"],
      ]),
    );
  }

  // Before: the table's unit won over the cell's — "631400元" in a 万元 table was a budget of 631,400 万元 (spending
  // 20 万元 judged red, 0.003% spent) and "63.14万元" under 单位：元 a budget of 0.0063 万元 (a unit slip said of the
  // correctly typed spending).
  test.each([
    ["单位：万元", "631400元", 20],
    ["单位：万元", "631,400.00元", 20],
    ["单位：元", "63.14万元", 200000],
    ["单位：元", 631400, 200000],
    ["单位：万元", 63.14, 20],
  ])("under %p, a budget typed %p is 63.14 万元", (unitLine, budget, spent) => {
    const wb = budgetTable(unitLine, budget, spent);
    const { tables, diagnostics } = readWorkbook(wb, { budgetYear: 2024 });
    expect(tables[0].budget).toBe(63.14);
    expect(tables[0].funds.fiscal).toBe(63.14);
    expect(tables[0].spent?.value).toBe(20);
    expect(diagnostics.map((d) => d.message)).toEqual([]);
    const e = checkWorkbook(wb, { ...DEFAULT_SETTINGS, asOf: "2024-07-31" }).tables[0].result.execution;
    expect(e?.rate).toBeCloseTo(31.68, 2);
  });
});
