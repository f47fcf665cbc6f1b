/**
 * A remark after a 执行数's money unit is dropped (20万元整, 20万元（含税）: tests/core/read/spentTextDecorated.test.ts),
 * unless it says the money is not (yet) paid (diffreview35): 20万元（未支付） is no 20 万元 spent. Before, any bracket
 * without a digit was dropped and the amount counted as spent in silence (a greener light than the project's). Now
 * it is unreadable, said at the cell (无法识别为金额); PERF.* reads it alike (#VALUE!).
 */
import { checkWorkbook } from "../../../src/core/check";
import { whyNoExecution } from "../../../src/core/evaluate/evaluate";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../../src/core/types";
import { execRate } from "../../../src/functions/functions";
import { sheet, workbook } from "./grid";

const table = (spent: string): WorkbookSnapshot =>
  workbook(
    sheet("S", [
      ["2024年办公用品采购绩效目标表", null, null, "单位：万元"],
      ["项目名称", "办公用品采购", null, null],
      ["预算数", 40, "1-7月执行数", spent],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "采购批次", "≥4批"],
    ]),
  );

const NOT_PAID = ["20万元（未支付）", "20万元（未拨付）", "20万元(尚未支付)", "20万元（待报账）", "20万元（预计）"];

test.each(NOT_PAID)("执行数 %p is not spent: unreadable, said at the cell, not judged", (typed) => {
  const { tables, diagnostics } = readWorkbook(table(typed), { budgetYear: 2024 });
  expect(tables[0].spent?.value).toBe(typed);
  expect(diagnostics.map((d) => [d.cell?.row, d.cell?.col, d.message])).toEqual([
    [2, 3, expect.stringMatching(/无法识别为金额/)],
  ]);
  const t = checkWorkbook(table(typed), { ...DEFAULT_SETTINGS, asOf: "2024-07-31" }).tables[0];
  expect(whyNoExecution(t.table, t.result.execution)).toBe("spent-unreadable");
});

test.each(NOT_PAID)("PERF.EXECRATE of %p is #VALUE! naming the text", (typed) => {
  expect(execRate(typed, 40)).toMatchObject({ code: "#VALUE!", message: `不是数字：${typed}` });
});

test("a plain remark is still dropped: 20万元（含税）, 20万元（未含税） are 20 万元", () => {
  for (const typed of ["20万元（含税）", "20万元（未含税）", "20万元整"])
    expect(readWorkbook(table(typed), { budgetYear: 2024 }).tables[0].spent?.value).toBe(20);
});
