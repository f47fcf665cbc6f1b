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
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { execRate } from "../../../src/functions/functions";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { editXlsx } from "../../scenarios/xlsxEdit";
import { fmt, sheet, workbook, type Cell } from "./grid";

/** A 万元 table with a budget of 63.14 and the 执行数 typed as `spent`. */
function table(spent: Cell, unitLine = "单位：万元") {
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
  // actuals50: as an indicator's actual reads them (plainWrittenNumber); before, each was “无法识别为金额”.
  ["约20万元", 20],
  ["约20万", 20],
  ["20万余", 20],
  ["20万元左右", 20],
  ["二十万元", 20],
  ["已支付20万元", 20],
  ["20.5万元", 20.5],
  ["20.5萬元", 20.5],
])("%p is read as %p 万元, without a word", (typed, wan) => {
  const { tables, diagnostics } = readWorkbook(table(typed), { budgetYear: 2024 });
  expect(tables[0].spent?.value).toBe(wan);
  expect(diagnostics.map((d) => d.message)).toEqual([]);
  const e = checkWorkbook(table(typed), { ...DEFAULT_SETTINGS, asOf: "2024-07-31" }).tables[0].result.execution;
  expect(e?.spent).toBe(wan);
});

test.each(["20万元整", "20万元（含税）", "1-7月20万元", "1-7月200000元", "约20万", "20万余", "二十万元"])(
  "formulas mode reads %p alike: PERF.EXECRATE is 20 / 63.14",
  (typed) => {
    expect(execRate(typed, 63.14)).toBeCloseTo(20 / 63.14, 12);
  },
);

test("PERF.EXECRATE of 20% or 20万元（待核20） is #VALUE! naming the text", () => {
  expect(execRate("20%", 63.14)).toMatchObject({ code: "#VALUE!", message: "不是数字：20%" });
  expect(execRate("20万元（待核20）", 63.14)).toMatchObject({ code: "#VALUE!", message: "不是数字：20万元（待核20）" });
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

test("text with more than a remark is still no amount, and said: 20万元（待核20）, 若干万元", () => {
  for (const typed of ["20万元（待核20）", "若干万元"]) {
    const { tables, diagnostics } = readWorkbook(table(typed), { budgetYear: 2024 });
    expect(tables[0].spent?.value).toBe(typed);
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/无法识别为金额/)]);
  }
});

// review53: what the check cannot read as an amount but sees is one (a numeral or a money word: read.spent-unreadable,
// execution not judged) PERF.EXECRATE says too. Capital numerals are amounts since verdict53 (贰拾万元 is 20), yet
// 壹拾万元（暂估）, 贰拾万元伍角 and 若干万元 gave a blank 执行率 — what an empty 执行数 gives — beside the check's warning.
test.each(["壹拾万元（暂估）", "贰拾万元伍角", "若干万元"])(
  "%p: the check says it cannot read it, and PERF.EXECRATE is #VALUE! naming the text (not blank)",
  (typed) => {
    const { diagnostics } = readWorkbook(table(typed), { budgetYear: 2024 });
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/无法识别为金额/)]);
    const t = checkWorkbook(table(typed), { ...DEFAULT_SETTINGS, asOf: "2024-07-31" }).tables[0];
    expect(whyNoExecution(t.table, t.result.execution)).toBe("spent-unreadable");
    expect(execRate(typed, 63.14)).toMatchObject({ code: "#VALUE!", message: `不是数字：${typed}` });
  },
);

test("贰拾万元 is read alike by the check and PERF.EXECRATE; 陆续支付 is no amount for either", () => {
  expect(readWorkbook(table("贰拾万元"), { budgetYear: 2024 }).tables[0].spent?.value).toBe(20);
  expect(execRate("贰拾万元", 63.14)).toBeCloseTo(20 / 63.14, 12);
  const t = checkWorkbook(table("陆续支付"), { ...DEFAULT_SETTINGS, asOf: "2024-07-31" }).tables[0];
  expect(whyNoExecution(t.table, t.result.execution)).toBe("no-spent");
  expect(execRate("陆续支付", 63.14)).toBe("");
});

describe.each(["20万元整", "20万元（含税）", "1-7月20万元", "20%", "约20万", "20万余"])(
  "the sample's 执行数 typed as %s",
  (typed) => {
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
  },
);

// actuals50: a date in the sample's 执行数 (2024/6/30 typed: 45473 formatted as a date) is said and not judged by a
// check (tests/core/read/spentCell); formulas mode passes the cell to PERF.* as the date's text, which no function
// reads as an amount, so both modes agree. Before, PERF.EXECRATE read 45473 万元.
test("formulas mode passes a date in 执行数 as its text, not its serial", () => {
  const SHEET = "1 办公用品采购";
  const base = new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample.xlsx")));
  const { snapshot } = readWorkbookBytes(
    editXlsx(base, [
      { sheet: SHEET, row: 6, col: 7, type: 45473 },
      { sheet: SHEET, row: 6, col: 7, format: { numberFormat: "yyyy/m/d" } },
    ]),
  );
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: "2024-07-31" }, "2024-07-31"), { formulas: true });
  const rate =
    run.outcome === "planned"
      ? run.plan.ops.find((o) => o.op === "setFormula" && o.formula.includes("PERF.EXECRATE") && o.cell.sheet === SHEET)
      : undefined;
  expect(rate && "formula" in rate ? rate.formula : null).toBe(
    'PERF.EXECRATE(IF(ISNUMBER(H7),YEAR(H7)&"-"&MONTH(H7)&"-"&DAY(H7),H7),C4)',
  );
  expect(execRate("2024-6-30", 63.14)).toMatchObject({ code: "#VALUE!" });
  const t = run.check.tables.find((x) => x.table.sheet === SHEET)!;
  expect(t.result.execution).toBeNull();
});

// verdict51: the project line (CLI report, pane) says why execution is not judged as the line at the cell does; on the
// old main it was “spent-unreadable” (执行数无法识别) for a date the cell's own line names.
test("a date in 执行数, a serial shown as a date or typed as text, is the reason execution is not judged", () => {
  for (const wb of [table(fmt(45473, "yyyy/m/d")), table("2024-06-30")]) {
    const t = checkWorkbook(wb, { ...DEFAULT_SETTINGS, asOf: "2024-07-31" }).tables[0];
    expect(whyNoExecution(t.table, t.result.execution)).toBe("spent-date");
  }
  const t = checkWorkbook(table("二十万元左右吧"), { ...DEFAULT_SETTINGS, asOf: "2024-07-31" }).tables[0];
  expect(whyNoExecution(t.table, t.result.execution)).toBe("spent-unreadable");
});
