/**
 * A remark after a 执行数's money unit is dropped (20万元整, 20万元（含税）: tests/core/read/spentTextDecorated.test.ts),
 * unless it says the money is not (yet) paid (diffreview35): 20万元（未支付） is no 20 万元 spent. Before, any bracket
 * without a digit was dropped and the amount counted as spent in silence (a greener light than the project's). Now
 * it is unreadable, said at the cell (无法识别为金额); PERF.* reads it alike (#VALUE!).
 * Session 36: the rule (NOT_PAID_WORDS, docs/domain.md#schedule), not a list of five phrasings: a negation or a wait
 * before a word of paying or using (未动用, 未使用, 未执行, 未报销, 暂未到账, 未下达 were read as spent before), or a figure that
 * is no spending (暂估, 合同金额, 应付, 拟支付, 计划, 预算, 申请中) unless the remark says it is paid (按合同已支付).
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

const NOT_PAID = [
  "20万元（未支付）",
  "20万元（未拨付）",
  "20万元(尚未支付)",
  "20万元（待报账）",
  "20万元（预计）",
  // Read as 20 万元 spent before session 36:
  "20万元（未动用）",
  "20万元（尚未使用）",
  "20万元（未执行）",
  "20万元（未报销）",
  "20万元（待报销）",
  "20万元（暂未到账）",
  "20万元（没有发放）",
  "20万元（资金未下达）",
  "20万元（已签合同未付款）",
  "20万元（暂估）",
  "20万元（合同金额）",
  "20万元（应付）",
  "20万元（拟支付）",
  "20万元（计划）",
  "20万元（预算）",
  "20万元（申请中）",
  "20万元（审批中）",
];

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

test("a plain remark is still dropped: 含税, 未含税, 未经审计, 已结算, 按合同已支付 … are 20 万元", () => {
  const paid = ["（含税）", "（未含税）", "（不含税）", "（未税）", "整", "（未经审计）", "（已结算）", "（已拨付）"];
  for (const typed of [...paid, "（按合同已支付）", "（国库集中支付）", "（累计）", "（待核）"].map(
    (r) => `20万元${r}`,
  ))
    expect(readWorkbook(table(typed), { budgetYear: 2024 }).tables[0].spent?.value).toBe(20);
});
