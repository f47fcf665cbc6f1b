/**
 * reader40 — a negative 执行数 (-2 typed as the year's spending: a refund or a correction) was judged as progress: 执行率
 * -4 %, red, “滞后 62.33 个百分点”, and nothing said about the amount. Now it is no spending to judge: one line at the
 * cell says it is negative and what to write, execution has no light (status unknown), in the check and in
 * PERF.EXECLIGHT / PERF.SCHEDULE alike; with no budget found the line is said all the same.
 */
import { checkWorkbook } from "../../../src/core/check";
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { execLight, schedule } from "../../../src/functions/functions";
import { sheet, workbook, type Cell } from "./grid";

function checked(spent: Cell, budget: Cell = 50, unit = "单位：万元") {
  const snapshot = workbook(
    sheet("目标表", [
      ["2024年度项目支出绩效目标表"],
      [unit],
      ["项目名称", "设备采购", "<", "<"],
      ["年度资金总额", budget, "", ""],
      ["1-7月执行数", spent, "", ""],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "设备数量", "≥5台"],
    ]),
  );
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2024-07-31" });
  const execution = check.tables[0].result.execution;
  return {
    light: execution?.light ?? null,
    status: execution?.status ?? null,
    why: execution?.why ?? null,
    said: check.diagnostics
      .filter((d) => /执行数/.test(d.message))
      .map((d) => `${d.cell ? `${d.cell.row},${d.cell.col} ` : ""}${d.message}`),
  };
}

const LINE = "执行数 -2 万元是负数：应填写本年累计已支出金额（退回、冲减请从累计数中扣除），执行进度未判断";

test("-2 against a 50 万元 budget: said once at the cell, execution not judged", () => {
  expect(checked(-2)).toEqual({
    light: "none",
    status: "unknown",
    why: "执行数 -2 万元是负数，执行进度未判断",
    said: [`4,1 ${LINE}`],
  });
});

test("typed as text or in 元 alike (-20000元 is -2 万元)", () => {
  expect(checked("-2万元").said).toEqual([`4,1 ${LINE}`]);
  expect(checked(-20000, 500000, "单位：元")).toMatchObject({ light: "none", said: [`4,1 ${LINE}`] });
});

test("no budget found: the negative amount is said all the same", () => {
  expect(checked(-2, null).said).toEqual(expect.arrayContaining([`4,1 ${LINE}`]));
});

test("the controls: 0 and 20 are judged as before", () => {
  expect(checked(0)).toMatchObject({ light: "red", said: [] });
  expect(checked(20)).toMatchObject({ light: "yellow", said: [] });
});

test("PERF.EXECLIGHT / PERF.SCHEDULE alike: no light, 无法识别", () => {
  const labels = [["3月底", "6月底", "10月底", "12月底"]];
  const shares = [[0.25, 0.5, 0.75, 1]];
  expect(execLight(labels, shares, -2, 50, "2024-07-31")).toBe("");
  expect(schedule(labels, shares, -2, 50, "2024-07-31")).toBe("无法识别");
});
