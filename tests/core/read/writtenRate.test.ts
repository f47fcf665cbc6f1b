/**
 * The 执行率 a table writes in its money block (the national monitoring table's 1-7月执行率, a 自评表's 执行率) is read
 * and checked against its 执行数 ÷ 预算数, beyond the rounding of the digits it shows (src/core/money.ts rateOff): a
 * monitoring table's by the reader (one line at the cell), a self-evaluation's by its rules (selfeval-rate).
 */
import { checkWorkbook } from "../../../src/core/check";
import { rateOff } from "../../../src/core/money";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";
import { fmt, sheet, workbook, type Cell } from "./grid";

/** The national monitoring table's money block: 调整预算数 150, 1-7月执行数 72.5 (48.33 %), the rate as `rate`. */
function monitoring(rate: Cell) {
  return workbook(
    sheet("监控表", [
      ["项目支出绩效目标执行监控表", "<", "<", "<", "<", "<", "<"],
      ["（2024年1-7月）", "<", "<", "<", "<", "<", "<"],
      ["项目名称", "检察业务费", "<", "<", "单位：万元", "<", "<"],
      ["项目资金（万元）", null, "年初预算数", "调整预算数", "1-7月执行数", "1-7月执行率", "全年预计执行数"],
      ["^", "年度资金总额", 155.2, 150, 72.5, rate, 148],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行情况", "全年预计完成情况", "备注"],
      ["产出指标", "数量指标", "办案数量", "≥120件", 70, 125, null],
    ]),
  );
}

const read = (rate: Cell) => readWorkbook(monitoring(rate), { budgetYear: 2024 });
const notes = (rate: Cell) => read(rate).diagnostics.map((d) => [d.cell?.row, d.cell?.col, d.message]);

describe("a monitoring table's written 执行率", () => {
  test("is read from the total row under its label", () => {
    expect(read(fmt(0.4833, "0.00%")).tables[0].executionRate).toMatchObject({ value: 0.4833 });
  });

  test.each<[string, Cell]>([
    ["a %-formatted fraction with two decimals", fmt(0.4833, "0.00%")],
    ["a %-formatted fraction shown whole (48%)", fmt(0.48, "0%")],
    ["text with one decimal", "48.3%"],
    ["text rounded to a whole percent", "48%"],
    ["a plain percent number", 48.33],
  ])("agreeing within its rounding, %s, says nothing", (_what, rate) => {
    expect(notes(rate)).toEqual([]);
  });

  test("disagreeing, it is said once at its cell, with the amounts", () => {
    expect(notes(fmt(0.5833, "0.00%"))).toEqual([
      [4, 5, "表中执行率 58.33%，与执行数 72.5 ÷ 预算数 150 = 48.33% 不符，请核实执行率或金额；执行进度按金额判断"],
    ]);
    // "48.3%" claims a tenth: 48.0 % is off by more than its rounding (and than 0.1).
    expect(notes("48.0%")).toHaveLength(1);
  });

  test("the execution is still judged by the amounts", () => {
    const t = checkWorkbook(monitoring("90%"), { ...DEFAULT_SETTINGS, asOf: "2024-07-31" }).tables[0];
    expect(t.result.execution?.rate).toBeCloseTo(48.33, 2);
  });
});

describe("rateOff", () => {
  const off = (value: CellValue, numberFormat?: string) => rateOff({ value, numberFormat }, 65.07, 65.66);

  test("allows half a step of the last digit shown, never less than 0.1 point", () => {
    // 65.07 ÷ 65.66 = 99.10 %.
    expect(off("99%")).toBeNull();
    expect(off(0.99, "0%")).toBeNull();
    expect(off(0.991)).toBeNull();
    expect(off("99.1%")).toBeNull();
    expect(off("99.2%")).toBeNull(); // 0.099 apart: within 0.1
    expect(off("99.0%")).not.toBeNull(); // 0.101 apart
    expect(off("98.9%")).toEqual({ submitted: 98.9, expected: (65.07 / 65.66) * 100 });
    expect(off("98%")).not.toBeNull();
    expect(off(0.98, "0.00%")).not.toBeNull();
  });

  test("nothing to check: no rate, text that is no rate, no budget", () => {
    expect(rateOff(null, 1, 2)).toBeNull();
    expect(rateOff({ value: "—" }, 1, 2)).toBeNull();
    expect(rateOff({ value: "100%" }, 1, 0)).toBeNull();
  });
});
