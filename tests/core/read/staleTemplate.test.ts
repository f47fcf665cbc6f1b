/**
 * What a template leaves in a filled form: its year line not updated over a project period of another year, and
 * unused rows filled with zeros (奉节 应急管理局 2025, round thirty-nine).
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, workbook, type Cell } from "./grid";

const read = (rows: Cell[][]) => readWorkbook(workbook(sheet("S", rows)), {});
const form = (yearLine: string, period: string): Cell[][] => [
  ["项目支出绩效目标表", "<", "<", "<"],
  [yearLine, "<", "<", "<"],
  ["项目名称", "甲项目", "建设周期", period],
  ["预算数", 100, null, null],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "检查次数", "≥5次"],
];

describe("a year line left from the template", () => {
  test("a later project period wholly in one year is the budget year, and said", () => {
    // main: 2023, the year line's: a 2025 table judged as two years past.
    const result = read(form("(2023年度)", "2025年1月1日-2025年12月31日"));
    expect(result.tables.map((t) => t.budgetYear)).toEqual([2025]);
    expect(result.diagnostics.filter((d) => /项目期间/.test(d.message)).map((d) => d.message)).toEqual([
      "表中写的是 2023 年度，但项目期间“2025年1月1日-2025年12月31日”全在 2025 年：按 2025 年判断（若年度确为 2023 年，请更正项目期间）",
    ]);
  });

  test("a period spanning years, one including the stated year, or an earlier one leaves the year line's", () => {
    for (const period of ["2023年4月-2024年2月", "2025年3月-2026年2月", "2023年1月-2023年12月", "2022年1月-2022年12月"])
      expect([period, read(form("(2023年度)", period)).tables.map((t) => t.budgetYear)]).toEqual([period, [2023]]);
  });
});

describe("unused template rows filled with zeros", () => {
  test("a list-number name with a zero target is a placeholder row, said, not an indicator", () => {
    // main: three indicators named 0 with the target ≤ 0% (the zero read as a cost's ceiling).
    const result = read([
      ["项目名称", "甲项目", "预算数", 100],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["成本指标", "经济成本指标", 0, "0.00%"],
      [null, "社会成本指标", "0", 0],
      ["产出指标", "数量指标", "检查次数", "≥5次"],
    ]);
    expect(result.tables[0].indicators.map((i) => i.name)).toEqual(["检查次数"]);
    expect(result.diagnostics.filter((d) => /占位行/.test(d.message)).map((d) => d.cell?.row)).toEqual([2, 3]);
  });

  test("a real name with a zero target stays an indicator", () => {
    const result = read([
      ["项目名称", "甲项目", "预算数", 100],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "质量指标", "安全事故发生率", "0%"],
      [null, null, "投诉次数", "0"],
    ]);
    expect(result.tables[0].indicators.map((i) => [i.name, i.targetText])).toEqual([
      ["安全事故发生率", "0%"],
      ["投诉次数", "0"],
    ]);
  });
});
