/**
 * WPS and Chinese Excel name General G/通用格式 (diffreview35): G/通用格式"元" shows 200000 as 200000元, as General"元"
 * does. Before, the letters of 通用格式 were kept as shown words: the unit was "通用格式元", no money unit, and the 执行数
 * was 200000 万元 (a unit slip, not judged); an indicator's actual showed "200000通用格式元".
 */
import { checkWorkbook } from "../../../src/core/check";
import { formatUnit } from "../../../src/core/evaluate/actual";
import { formatMoneyUnit } from "../../../src/core/money";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../../src/core/types";
import { fmt, sheet, workbook } from "./grid";

const table = (format: string): WorkbookSnapshot =>
  workbook(
    sheet("S", [
      ["2024年办公用品采购绩效目标表", null, null, "单位：万元"],
      ["项目名称", "办公用品采购", null, null],
      ["预算数", 63.14, "1-7月执行数", fmt(200000, format)],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "采购批次", "≥4批"],
    ]),
  );

const outcome = (wb: WorkbookSnapshot) => {
  const spent = readWorkbook(wb, { budgetYear: 2024 }).tables[0].spent?.value;
  const execution = checkWorkbook(wb, { ...DEFAULT_SETTINGS, asOf: "2024-07-31" }).tables[0].result.execution;
  return { spent, light: execution?.light ?? null };
};

test('执行数 formatted G/通用格式"元" is read as General"元" is: 20 万元', () => {
  const excel = outcome(table('General"元"'));
  expect(excel).toEqual({ spent: 20, light: "red" });
  expect(outcome(table('G/通用格式"元"'))).toEqual(excel);
});

test("the money unit and an actual's unit of G/通用格式 formats are those of General", () => {
  expect(['G/通用格式"元"', 'G/通用格式"万元"', "G/通用格式"].map(formatMoneyUnit)).toEqual(["元", "万元", null]);
  expect(['G/通用格式"人"', "G/通用格式"].map(formatUnit)).toEqual(["人", null]);
});
