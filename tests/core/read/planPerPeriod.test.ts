/**
 * 资金支出计划 written period by period (reader68): each quarter's or month's own share or amount, not a running
 * total — 一季度 20% | 二季度 30% | 三季度 25% | 四季度 25% is 20 / 50 / 75 / 100 % by the end of each quarter. Read
 * as running totals and said once; a cumulative plan stays as written (docs/domain.md#tables).
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import type { CellValue } from "../../../src/core/types";
import { fmt, sheet, workbook, type Cell } from "./grid";

const QUARTERS = ["一季度", "二季度", "三季度", "四季度"];
const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

function read(labels: Cell[], values: Cell[], budget: CellValue = 120) {
  return readWorkbook(
    workbook(
      sheet("S", [
        ["2024年办公用品采购绩效目标表", ...Array<Cell>(12).fill(null), "单位：万元"],
        ["项目名称", "办公用品采购"],
        ["预算数", budget],
        ["资金支出计划", ...labels],
        [null, ...values],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "采购批次", "≥4批"],
      ]),
    ),
    { budgetYear: 2024 },
  );
}
const plan = (labels: Cell[], values: Cell[], budget?: CellValue) =>
  read(labels, values, budget).tables[0].schedule.map((c) => [c.date, c.percent]);
const PER_PERIOD = /按各期(金额)?分别填写/;
const said = (labels: Cell[], values: Cell[], budget?: CellValue) =>
  read(labels, values, budget).diagnostics.filter((d) => PER_PERIOD.test(d.message)).length;

describe("a spending plan written period by period", () => {
  test("quarter shares adding up to 100 %: running totals by each quarter's end, said once", () => {
    expect(plan(QUARTERS, ["20%", "30%", "25%", "25%"])).toEqual([
      ["2024-03-31", 20],
      ["2024-06-30", 50],
      ["2024-09-30", 75],
      ["2024-12-31", 100],
    ]);
    expect(said(QUARTERS, ["20%", "30%", "25%", "25%"])).toBe(1);
  });

  test("quarter shares as fractions formatted 0%, and with a 合计 column after them", () => {
    const shares = [fmt(0.1, "0%"), fmt(0.4, "0%"), fmt(0.3, "0%"), fmt(0.2, "0%")];
    expect(plan(QUARTERS, shares).map((p) => p[1])).toEqual([10, 50, 80, 100]);
    expect(plan([...QUARTERS, "合计"], [...shares, fmt(1, "0%")]).map((p) => p[1])).toEqual([10, 50, 80, 100]);
  });

  test("each quarter's amount, together the budget: cumulative shares of it", () => {
    expect(plan(["第一季度", "第二季度", "第三季度", "第四季度"], [24, 36, 30, 30]).map((p) => p[1])).toEqual([
      20, 50, 75, 100,
    ]);
    const messages = read(QUARTERS, [24, 36, 30, 30]).diagnostics.map((d) => d.message);
    expect(messages.filter((m) => /按各期金额分别填写.*120 万元/.test(m))).toHaveLength(1);
    expect(messages.filter((m) => /资金支出计划按金额填写/.test(m))).toHaveLength(0);
  });

  test("a month row of amounts (1月 … 12月): running totals by each month's end", () => {
    const months = plan(MONTHS, Array<Cell>(12).fill(10));
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual(["2024-01-31", 8.33]);
    expect(months[5]).toEqual(["2024-06-30", 50]);
    expect(months[11]).toEqual(["2024-12-31", 100]);
  });

  test("quarters named by their months (1-3月 | 4-6月 | 7月-9月 | 10至12月): each dated at its last month's end", () => {
    expect(plan(["1-3月", "4-6月", "7月-9月", "10至12月"], ["10%", "30%", "30%", "30%"])).toEqual([
      ["2024-03-31", 10],
      ["2024-06-30", 40],
      ["2024-09-30", 70],
      ["2024-12-31", 100],
    ]);
    const unknown = read(["1-3月", "4-6月"], ["40%", "60%"]).diagnostics.filter((d) => /无法识别/.test(d.message));
    expect(unknown).toEqual([]);
  });

  test("上半年 | 下半年 shares: the year's end is the whole", () => {
    expect(plan(["上半年", "下半年"], ["40%", "60%"])).toEqual([
      ["2024-06-30", 40],
      ["2024-12-31", 100],
    ]);
  });

  test("a cumulative plan stays as written, nothing said", () => {
    expect(plan(QUARTERS, ["20%", "50%", "75%", "100%"]).map((p) => p[1])).toEqual([20, 50, 75, 100]);
    expect(
      plan(
        MONTHS,
        [5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 100].map((v) => `${v}%`),
      )[11],
    ).toEqual(["2024-12-31", 100]);
    expect(said(QUARTERS, ["20%", "50%", "75%", "100%"])).toBe(0);
    // All spent in the last quarter reads the same either way.
    expect(plan(QUARTERS, ["0%", "0%", "0%", "100%"]).map((p) => p[1])).toEqual([0, 0, 0, 100]);
    expect(said(QUARTERS, ["0%", "0%", "0%", "100%"])).toBe(0);
  });

  test("shares that add up to no whole, or a period left blank, are not summed", () => {
    expect(plan(QUARTERS, ["20%", "30%", "25%", "15%"]).map((p) => p[1])).toEqual([20, 30, 25, 15]);
    expect(plan(QUARTERS, ["20%", "30%", "50%", null]).map((p) => p[1])).toEqual([20, 30, 50]);
    expect(said(QUARTERS, ["20%", "30%", "25%", "15%"])).toBe(0);
  });

  // review68: labels that say a running total (1-6月 | 1-9月, 截至6月底), or a plan that stops before the year's end
  // (6月底 30% | 9月底 70%: a cumulative plan ends with the whole only at the year's end), were summed on int68 to
  // 40 / 100 %, 9月 planned at 100 %, a clerk on plan told of a lag of 40 points.
  test("running-total labels, or a plan stopping before the year's end, stay as written, nothing said", () => {
    const kept: [Cell[], Cell[], number[]][] = [
      [
        ["1-6月", "1-9月"],
        ["40%", "60%"],
        [40, 60],
      ],
      [
        ["1-3月", "1-6月", "1-9月"],
        ["10%", "30%", "60%"],
        [10, 30, 60],
      ],
      [
        ["截至6月底", "截至9月底"],
        ["40%", "60%"],
        [40, 60],
      ],
      [
        ["6月底", "9月底"],
        ["30%", "70%"],
        [30, 70],
      ],
      [
        ["6月", "9月"],
        [48, 72],
        [40, 60],
      ],
      [
        ["1-6月", "1-12月"],
        ["40%", "60%"],
        [40, 60],
      ],
    ];
    for (const [labels, values, percents] of kept) {
      expect(plan(labels, values).map((p) => p[1])).toEqual(percents);
      expect(said(labels, values)).toBe(0);
    }
  });

  // reader69: labels with 累计 before the month (累计至6月, 累计到9月, 累计支出至6月) or 累计支出 after it were
  // “资金支出计划的时点…无法识别，未读取”: the whole plan lost, the check fell back to 序时进度.
  test("labels saying a running total around the month are dated, and stay as written", () => {
    const cases: [Cell[], Cell[], [string, number][]][] = [
      [
        ["累计至6月", "累计至12月"],
        ["40%", "100%"],
        [
          ["2024-06-30", 40],
          ["2024-12-31", 100],
        ],
      ],
      [
        ["累计至6月底", "累计至年底"],
        ["40%", "100%"],
        [
          ["2024-06-30", 40],
          ["2024-12-31", 100],
        ],
      ],
      [
        ["累计到6月", "累计到9月"],
        ["40%", "70%"],
        [
          ["2024-06-30", 40],
          ["2024-09-30", 70],
        ],
      ],
      [
        ["累计支出至6月", "累计支出至12月"],
        [48, 120],
        [
          ["2024-06-30", 40],
          ["2024-12-31", 100],
        ],
      ],
      [
        ["1-6月累计支出", "1-12月累计支出"],
        ["40%", "100%"],
        [
          ["2024-06-30", 40],
          ["2024-12-31", 100],
        ],
      ],
      // Saying a running total, a plan ending short of the whole is not summed.
      [
        ["累计至6月", "累计至12月"],
        ["40%", "60%"],
        [
          ["2024-06-30", 40],
          ["2024-12-31", 60],
        ],
      ],
    ];
    for (const [labels, values, points] of cases) {
      expect(plan(labels, values)).toEqual(points);
      expect(read(labels, values).diagnostics.filter((d) => /无法识别/.test(d.message))).toEqual([]);
      expect(said(labels, values)).toBe(0);
    }
  });

  // reader69: 累计 on the first label only was taken as saying the plan is cumulative, so 1-6月累计 40% | 7-12月 60%
  // ended at 60 % by the year's end; the first period's running total is its own share either way.
  test("累计 on the first period alone says nothing: 1-6月累计 | 7-12月 are periods", () => {
    expect(plan(["1-6月累计", "7-12月"], ["40%", "60%"])).toEqual([
      ["2024-06-30", 40],
      ["2024-12-31", 100],
    ]);
    expect(said(["1-6月累计", "7-12月"], ["40%", "60%"])).toBe(1);
    expect(plan(["截至6月底", "截至12月底"], ["40%", "60%"]).map((p) => p[1])).toEqual([40, 60]);
  });
});
