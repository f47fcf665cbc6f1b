/**
 * 执行数 typed as finance clerks write amounts — "20万元整", "20万元（含税）", "1-7月20万元" — is that amount; the rate
 * typed by mistake ("20%") is no amount and is said so at the cell. Before (review35 finding 5) all four were dropped
 * in silence: no spent, no diagnostic, the CLI said "未填执行数" of a filled cell and the project was green.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../../src/core/check";
import { whyNoExecution } from "../../../src/core/evaluate/evaluate";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";
import { execRate } from "../../../src/functions/functions";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { editXlsx } from "../../scenarios/xlsxEdit";
import { sheet, workbook } from "./grid";

/** A 万元 table with a budget of 63.14 and the 执行数 typed as `spent`. */
function table(spent: CellValue, unitLine = "单位：万元") {
  return workbook(
    sheet("S", [
      ["2024年办公用品采购绩效目标表", null, null, unitLine],
      ["项目名称", "办公用品采购", null, null],
      ["预算数", 63.14, "1-7月执行数", spent],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "采购批次", "≥4批"],
    ]),
  );
}

test.each([
  ["20万元整", 20],
  ["20万元（含税）", 20],
  ["20万元(含税费)", 20],
  ["1-7月20万元", 20],
  ["1至7月20万元", 20],
  ["200000元整", 20],
  ["1-7月200000元", 20],
])("%p is read as %p 万元, without a word", (typed, wan) => {
  const { tables, diagnostics } = readWorkbook(table(typed), { budgetYear: 2024 });
  expect(tables[0].spent?.value).toBe(wan);
  expect(diagnostics.map((d) => d.message)).toEqual([]);
  const e = checkWorkbook(table(typed), { ...DEFAULT_SETTINGS, asOf: "2024-07-31" }).tables[0].result.execution;
  expect(e?.spent).toBe(wan);
});

test.each(["20万元整", "20万元（含税）", "1-7月20万元", "1-7月200000元"])(
  "formulas mode reads %p alike: PERF.EXECRATE is 20 / 63.14",
  (typed) => {
    expect(execRate(typed, 63.14)).toBeCloseTo(20 / 63.14, 12);
  },
);

test("PERF.EXECRATE of 20% or 约20万元 is #VALUE! naming the text", () => {
  expect(execRate("20%", 63.14)).toMatchObject({ code: "#VALUE!", message: "不是数字：20%" });
  expect(execRate("约20万元", 63.14)).toMatchObject({ code: "#VALUE!", message: "不是数字：约20万元" });
});

test("the unit before the remark wins over the table's: 20万元整 under 单位：元 is 20 万元 (not 0.002)", () => {
  expect(readWorkbook(table("20万元整", "单位：元"), { budgetYear: 2024 }).tables[0].spent?.value).toBe(20);
});

test.each([["20%"], ["20％"], ["31.7%"]])("%p is a rate, not an amount: said at the cell, not judged", (typed) => {
  const { tables, diagnostics } = readWorkbook(table(typed), { budgetYear: 2024 });
  expect(tables[0].spent?.value).toBe(typed);
  expect(diagnostics.map((d) => [d.cell?.row, d.cell?.col, d.message])).toEqual([
    [2, 3, expect.stringMatching(new RegExp(`执行数“${typed}”是比例，不是金额`))],
  ]);
  const t = checkWorkbook(table(typed), { ...DEFAULT_SETTINGS, asOf: "2024-07-31" }).tables[0];
  expect(whyNoExecution(t.table, t.result.execution)).toBe("spent-unreadable");
});

test("text with more than a remark is still no amount, and said: 约20万元, 20万元（待核20）", () => {
  for (const typed of ["约20万元", "20万元（待核20）"]) {
    const { tables, diagnostics } = readWorkbook(table(typed), { budgetYear: 2024 });
    expect(tables[0].spent?.value).toBe(typed);
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/无法识别为金额/)]);
  }
});

describe.each(["20万元整", "20万元（含税）", "1-7月20万元", "20%"])("the sample's 执行数 typed as %s", (typed) => {
  it("is read, or said to be unreadable — never 'no spent' with a green project", () => {
    const SHEET = "1 办公用品采购";
    const base = new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample.xlsx")));
    // H7 (row 6, col 7) is the 1-7月执行数（万元） cell under its H6 header; the sample holds 20 there.
    const { snapshot } = readWorkbookBytes(editXlsx(base, [{ sheet: SHEET, row: 6, col: 7, type: typed }]));
    const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: "2024-07-31" }, "2024-07-31"), {
      formulas: false,
    });
    const t = run.check.tables.find((x) => x.table.sheet === SHEET)!;
    const saidAtCell = run.check.diagnostics.some(
      (d) => d.cell?.sheet === SHEET && d.cell.row === 6 && d.cell.col === 7,
    );
    if (typed === "20%") {
      expect({ why: whyNoExecution(t.table, t.result.execution), saidAtCell }).toEqual({
        why: "spent-unreadable",
        saidAtCell: true,
      });
    } else {
      expect({ spent: t.result.execution?.spent, light: t.result.execution?.light }).toEqual({
        spent: 20,
        light: "yellow",
      });
    }
  });
});
