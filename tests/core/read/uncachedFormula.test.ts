/**
 * An actual written as a formula the file holds no result for (review34 finding 5: a workbook made by a reporting
 * system or a script, <f> without <v>; Excel computes it when the file is opened, so the clerk sees 86) is not an
 * empty cell: the indicator is not understood (not 待填报), and one diagnostic at the cell says to open and save the
 * file in Excel / WPS first.
 */
import ExcelJS from "exceljs";
import { join } from "path";
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
