/**
 * A number format that scales what it shows speaks of the shown number, not the typed one (diffreview35): the 万元
 * display trick 0!.0000"万元" (a literal point four digits from the right) shows 200000 元 as 20.0000万元, and a
 * trailing comma (#,##0,"千元") divides by 1000. Such a format's unit is not taken: the cell is read in its table's
 * unit, as before the format was looked at (755cf1b). Before: 200000 万元 / 200000 千元, a rate of 316800 % or 31680 %.
 */
import { checkWorkbook } from "../../../src/core/check";
import { formatMoneyUnit, moneyScale } from "../../../src/core/money";
import { formatSuffix } from "../../../src/core/numberFormat";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { DEFAULT_SETTINGS, type CellValue, type WorkbookSnapshot } from "../../../src/core/types";
import { fmt, sheet, workbook } from "./grid";

function table(unitLine: string, budget: CellValue, [spent, spentFormat]: [number, string]): WorkbookSnapshot {
  return workbook(
    sheet("S", [
      ["2024年办公用品采购绩效目标表", null, null, unitLine],
      ["项目名称", "办公用品采购", null, null],
      ["预算数", budget, "1-7月执行数", fmt(spent, spentFormat)],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "采购批次", "≥4批"],
    ]),
  );
}

const outcome = (wb: WorkbookSnapshot) => {
  const { tables } = readWorkbook(wb, { budgetYear: 2024 });
  const execution = checkWorkbook(wb, { ...DEFAULT_SETTINGS, asOf: "2024-07-31" }).tables[0].result.execution;
  return { spent: tables[0].spent?.value, rate: execution ? Math.round(execution.rate * 100) / 100 : null };
};

const SCALING = ['0!.0000"万元"', '0\\.0000"万元"', '0"."0000"万元"', '#,##0,"千元"', '#,##0.00,"千元"'];

test.each(SCALING)("执行数 200000 formatted %p in a 单位：元 table is read as 20 万元", (format) => {
  expect(outcome(table("单位：元", 631400, [200000, format]))).toEqual({ spent: 20, rate: 31.68 });
});

test.each(SCALING)("formulas mode follows: %p scales by the table's unit alone", (format) => {
  expect([formatMoneyUnit(format), moneyScale(format, "元", "万元"), formatSuffix(format)]).toEqual([
    null,
    "/10000",
    "",
  ]);
});

test("formats that do not scale keep their unit: separators, decimals, a comma before digits", () => {
  expect(['#,##0"元"', '#,##0.00"万元"', "0.00\\元", '0.0000"万元"'].map(formatMoneyUnit)).toEqual([
    "元",
    "万元",
    "元",
    "万元",
  ]);
});
