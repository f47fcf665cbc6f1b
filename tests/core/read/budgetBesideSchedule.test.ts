/**
 * The budget cell beside 年度资金总额 left empty, or holding a formula saved without its result (=SUM(80,20) in a file
 * written by a finance system or a script), over a 资金支出计划 row (review36 finding, high): the budget was read from
 * the checkpoint label under it — “预算 3 万元” from 3月底 — and 执行数 60 made the project 超预算 (执行率 2000%). A
 * month or date label is never an amount; the missing budget is said in one line (the formula's missing result as an
 * indicator actual's is), execution not judged.
 */
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../../src/core/check";
import { leadingAmount } from "../../../src/core/read/text";
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";

const UNCACHED = "预算数是公式，文件中没有它的计算结果：请先在 Excel 或 WPS 中打开并保存文件";

/** A 2025 table: 项目资金（万元）| 年度资金总额 | budget on row 4, the plan's labels (first one `first`) on row 5. */
async function workbook(budget: ExcelJS.CellValue, first = "3月底"): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("目标表");
  ws.getCell("A1").value = "2025年度项目支出绩效目标表";
  ws.getCell("F2").value = "单位：万元";
  ws.getCell("A3").value = "项目名称";
  ws.getCell("B3").value = "乡村道路养护";
  ws.getCell("A4").value = "项目资金（万元）";
  ws.getCell("B4").value = "年度资金总额";
  if (budget !== null) ws.getCell("C4").value = budget;
  ws.getCell("A5").value = "资金支出计划（%）";
  [first, "6月底", "9月底", "12月底", "1-9月执行数（万元）"].forEach((l, i) => (ws.getCell(5, 2 + i).value = l));
  [10, 40, 75, 100, 60].forEach((p, i) => (ws.getCell(6, 2 + i).value = p));
  ["一级指标", "二级指标", "三级指标", "指标值"].forEach((h, i) => (ws.getCell(8, 1 + i).value = h));
  ["产出指标", "数量指标", "养护里程", "≥120公里"].forEach((v, i) => (ws.getCell(9, 1 + i).value = v));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function checked(budget: ExcelJS.CellValue, first?: string) {
  const { snapshot } = readWorkbookBytes(await workbook(budget, first));
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2025-09-30" });
  const { table, result } = check.tables[0];
  const lines = check.diagnostics.map((d) => `${d.cell ? `${d.cell.row},${d.cell.col} ` : ""}${d.message}`);
  return { budget: table.budget, execution: result.execution?.status ?? null, schedule: table.schedule, lines };
}

test.each(["3月底", "6月末", "9月30日", "3月", "2025年3月", "第一季度"])(
  "budget cell empty, %s under it: no budget read, said once, no 超预算",
  async (first) => {
    const { budget, execution, schedule, lines } = await checked(null, first);
    expect({ budget, execution }).toEqual({ budget: null, execution: null });
    expect(lines.filter((l) => /预算数/.test(l))).toEqual([expect.stringMatching(/未找到本年度预算数/)]);
    expect(schedule.map((cp) => cp.percent)).toEqual([10, 40, 75, 100]);
  },
);

test("a budget formula saved without its result: said at its cell as an actual's is, never 3 万元 nor 超预算", async () => {
  const { budget, execution, lines } = await checked({ formula: "SUM(80,20)" } as ExcelJS.CellFormulaValue);
  expect({ budget, execution }).toEqual({ budget: null, execution: null });
  expect(lines.filter((l) => /预算数/.test(l))).toEqual([`3,2 ${UNCACHED}`]);
});

test("the same formula with its result, or the amount typed: the budget, and execution judged against it", async () => {
  const cached = await checked({ formula: "SUM(80,20)", result: 100 } as ExcelJS.CellFormulaValue);
  const typed = await checked(100);
  expect({ budget: cached.budget, execution: cached.execution }).toEqual({ budget: 100, execution: "on-track" });
  expect(typed.budget).toBe(100);
  expect(cached.lines).toEqual(typed.lines);
});

test("an amount leading a cell is not one when a date or a share follows its number", () => {
  expect(["3月底", "6月末", "9月30日", "2025年", "2025年度", "45%", "3个月", "10日内"].map(leadingAmount)).toEqual(
    Array(8).fill(null),
  );
  expect(["854万(其中…)", "6923.3552万元（其中：上级财政资金…）", "63.14", "￥12.5万"].map(leadingAmount)).toEqual([
    854, 6923.3552, 63.14, 12.5,
  ]);
});
