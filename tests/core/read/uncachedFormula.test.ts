/**
 * An actual written as a formula the file holds no result for (review34 finding 5: a workbook made by a reporting
 * system or a script, <f> without <v>; Excel computes it when the file is opened, so the clerk sees 86) is not an
 * empty cell: the indicator is not understood (not 待填报), and one diagnostic at the cell says to open and save the
 * file in Excel / WPS first.
 */
import ExcelJS from "exceljs";
import { join } from "path";
import { whyNoExecution } from "../../../src/core/evaluate/evaluate";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";

const AS_OF = "2024-07-31";
const SHEET = "1 办公用品采购";

/** The sample with H11 (保障办公人数's 1-7月完成值, 86人 there) set to this; the indicator's result and H11's diagnostics. */
async function checkedWith(value: ExcelJS.CellValue) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(__dirname, "../../../assets/sample.xlsx"));
  wb.getWorksheet(SHEET)!.getCell("H11").value = value;
  const { snapshot } = readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()));
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas: false });
  const table = run.check.tables[0];
  const i = table.table.indicators.findIndex((ind) => ind.name === "保障办公人数");
  const said = run.check.diagnostics.filter((d) => d.cell?.sheet === SHEET && d.cell.row === 10 && d.cell.col === 7);
  return { result: table.results[i], said: said.map((d) => d.message) };
}

it("a formula without a cached result: not understood, said once at its cell", async () => {
  const { result, said } = await checkedWith({ formula: "80+6" } as ExcelJS.CellFormulaValue);
  expect({ status: result.status, light: result.light }).toEqual({ status: "unknown", light: "none" });
  expect(result.why).toContain("没有它的计算结果");
  expect(said).toEqual(["实际值是公式，文件中没有它的计算结果：请先在 Excel 或 WPS 中打开并保存文件"]);
});

it("a formula with its result is judged by the result; an empty cell is still pending, without a word", async () => {
  const cached = await checkedWith({ formula: "80+6", result: 86 } as ExcelJS.CellFormulaValue);
  const typed = await checkedWith(86);
  expect({ status: cached.result.status, said: cached.said }).toEqual({ status: typed.result.status, said: [] });
  expect(cached.result.status).not.toBe("unknown");
  const empty = await checkedWith(null);
  expect({ status: empty.result.status, said: empty.said }).toEqual({ status: "pending", said: [] });
});

/**
 * 执行数 as a formula saved without its result (=30+30, review36 finding): the CLI said “未填执行数” with no line while
 * an actual in the same state gets one. The same line at the 执行数 cell, execution not judged (not pending).
 */
it("an uncached 执行数 formula is said at its cell, as an uncached actual is; never 未填执行数", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("目标表");
  ws.getCell("A1").value = "2025年度项目支出绩效目标表";
  ws.getCell("F2").value = "单位：万元";
  ws.getCell("A3").value = "项目名称";
  ws.getCell("B3").value = "乡村道路养护";
  ws.getCell("A4").value = "项目资金（万元）";
  ws.getCell("B4").value = "年度资金总额";
  ws.getCell("C4").value = 100;
  ws.getCell("A5").value = "资金支出计划（%）";
  ["3月底", "6月底", "9月底", "12月底", "1-9月执行数（万元）"].forEach((l, i) => (ws.getCell(5, 2 + i).value = l));
  [10, 40, 75, 100].forEach((p, i) => (ws.getCell(6, 2 + i).value = p));
  ws.getCell("F6").value = { formula: "30+30" } as ExcelJS.CellFormulaValue;
  ["一级指标", "二级指标", "三级指标", "指标值", "1-9月完成值"].forEach((h, i) => (ws.getCell(8, 1 + i).value = h));
  ["产出指标", "数量指标", "养护里程", "≥120公里"].forEach((v, i) => (ws.getCell(9, 1 + i).value = v));
  ws.getCell("E9").value = { formula: "40+40" } as ExcelJS.CellFormulaValue;
  const { snapshot } = readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()));
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: "2025-09-30" }, "2025-09-30"), { formulas: false });
  const said = run.check.diagnostics.map((d) => `${d.cell ? `${d.cell.row},${d.cell.col} ` : ""}${d.message}`);
  expect(said.filter((m) => /计算结果/.test(m))).toEqual([
    "5,5 执行数是公式，文件中没有它的计算结果：请先在 Excel 或 WPS 中打开并保存文件",
    "8,4 实际值是公式，文件中没有它的计算结果：请先在 Excel 或 WPS 中打开并保存文件",
  ]);
  const { table, result } = run.check.tables[0];
  expect({ execution: result.execution, why: whyNoExecution(table, result.execution) }).toEqual({
    execution: null,
    why: "spent-uncached",
  });
});

/** A small 项目支出绩效目标表 (budget C4, 执行数 F6 beside the spending plan, one indicator's actual E9), read. */
async function roadTable(cells: Record<string, ExcelJS.CellValue>) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("目标表");
  ws.getCell("A1").value = "2025年度项目支出绩效目标表";
  ws.getCell("F2").value = "单位：万元";
  ws.getCell("A3").value = "项目名称";
  ws.getCell("B3").value = "乡村道路养护";
  ws.getCell("A4").value = "项目资金（万元）";
  ws.getCell("B4").value = "年度资金总额";
  ws.getCell("C4").value = 100;
  ws.getCell("A5").value = "资金支出计划（%）";
  ["3月底", "6月底", "9月底", "12月底", "1-9月执行数（万元）"].forEach((l, i) => (ws.getCell(5, 2 + i).value = l));
  [10, 40, 75, 100].forEach((p, i) => (ws.getCell(6, 2 + i).value = p));
  ws.getCell("F6").value = 60;
  ["一级指标", "二级指标", "三级指标", "指标值", "1-9月完成值"].forEach((h, i) => (ws.getCell(8, 1 + i).value = h));
  ["产出指标", "数量指标", "养护里程", "≥120公里", 100].forEach((v, i) => (ws.getCell(9, 1 + i).value = v));
  for (const [at, value] of Object.entries(cells)) ws.getCell(at).value = value;
  const { snapshot } = readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()));
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: "2025-09-30" }, "2025-09-30"), { formulas: false });
  const said = run.check.diagnostics.map((d) => `${d.cell ? `${d.cell.row},${d.cell.col} ` : ""}${d.message}`);
  const { table, result, results } = run.check.tables[0];
  return { said, why: whyNoExecution(table, result.execution), execution: result.execution, indicator: results[0] };
}

/** A formula as Excel saves it when it shows an error (t="e": the error is its cached value). */
const showing = (formula: string, error: string) =>
  ({ formula, result: { error } }) as unknown as ExcelJS.CellFormulaValue;

/**
 * 执行数 as a formula showing an error (review37: =C4/0 → #DIV/0!, a =SUM over a deleted sheet → #REF!) was read as
 * blank: “未填执行数”, no line, and the plan added a second 执行数 column (tests/scenarios/spentFormulaError). The clerk
 * filled it: one line at the cell names the error, execution not judged (spent-error, not no-spent).
 */
it.each(["#DIV/0!", "#REF!", "#VALUE!", "#N/A", "#NAME?"])(
  "a 执行数 formula showing %s is said at its cell; never 未填执行数",
  async (error) => {
    const { said, why, execution } = await roadTable({ F6: showing("SUM(明细!B2:B9)", error) });
    expect(said.filter((m) => m.startsWith("5,5 "))).toEqual([
      `5,5 执行数显示错误值 ${error}：请检查该单元格的公式，执行进度未判断`,
    ]);
    expect({ why, execution }).toEqual({ why: "spent-error", execution: null });
  },
);

it("a budget formula showing an error is said at its cell, once: no budget, no other cell stands in", async () => {
  const { said, why } = await roadTable({ C4: showing("明细!B10", "#REF!") });
  expect(said.filter((m) => /预算|错误值/.test(m))).toEqual([
    "3,2 预算数显示错误值 #REF!：请检查该单元格的公式，该金额未判断",
  ]);
  expect(why).toBe("no-budget");
});

it("an actual showing an error is not understood, with a line naming the error; never 待填报", async () => {
  const { indicator } = await roadTable({ E9: showing("明细!C9", "#N/A") });
  expect({ status: indicator.status, light: indicator.light, why: indicator.why }).toEqual({
    status: "unknown",
    light: "none",
    why: "实际值显示错误值 #N/A：请检查该单元格的公式",
  });
});
