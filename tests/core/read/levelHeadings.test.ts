/**
 * A table without level columns may write its levels as numbered heading rows (宜兴 2016: `一、投入目标`, `三、产出目标` over
 * `1.数量目标`). Such a row alone is the 一级 / 二级 of the rows below — it was “第 N 行有内容但没有指标名称” and the rows had no
 * level — also after an empty row (the block goes on past it), and a row scored without a target after an empty row is
 * still an indicator of the table.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, workbook, type Cell } from "./grid";

const HEADER: Cell[] = ["指标名称", "指标值", "实际完成值", "分值", "得分"];

function read(rows: Cell[][]) {
  const result = readWorkbook(workbook(sheet("评价", [["2024年度养老服务补贴项目绩效评价表"], HEADER, ...rows])));
  return {
    tables: result.tables.length,
    rows: result.tables[0]?.indicators.map((i) => [i.level1, i.level2, i.name]) ?? [],
    said: result.diagnostics.map((d) => d.message).filter((m) => m.includes("没有指标名称")),
  };
}

test("numbered headings alone on their rows are the levels of the rows below", () => {
  const got = read([
    ["一、产出指标"],
    ["1.数量指标"],
    ["服务老人人数", "≥1200人", "1260人", 20, 20],
    ["2.质量指标"],
    ["服务合格率", "≥95%", "97%", 20, 20],
    ["二、效益指标"],
    ["老人生活质量改善", "明显改善", "明显改善", 30, 30],
  ]);
  expect(got).toEqual({
    tables: 1,
    rows: [
      ["产出指标", "数量指标", "服务老人人数"],
      ["产出指标", "质量指标", "服务合格率"],
      ["效益指标", "", "老人生活质量改善"],
    ],
    said: [],
  });
});

test("an empty row before a heading, and a scored row without a target after an empty row, keep the block", () => {
  const got = read([
    ["(一)投入目标"],
    ["预算执行率", "100%", "98%", 10, 9.8],
    [],
    ["(二)产出目标"],
    [],
    ["资金管理规范性", null, "规范", 10, 10],
    ["服务老人人数", "≥1200人", "1260人", 20, 20],
  ]);
  expect(got).toEqual({
    tables: 1,
    rows: [
      ["投入目标", "", "预算执行率"],
      ["产出目标", "", "资金管理规范性"],
      ["产出目标", "", "服务老人人数"],
    ],
    said: [],
  });
});

// The 表-2 form of 2017 (食品药品监管 专项) writes its note on a heading row too: `二、管理目标 | … | 财政管理统一要求`
// under 目标值制订说明. A note in a column read as no value leaves the row a heading (main: the row was “没有指标名称” and
// the rows below stayed under 投入目标).
test("a heading row with a note in a remark column is still a heading", () => {
  const header: Cell[] = ["指标名称", "指标值", "目标值制订说明"];
  const result = readWorkbook(
    workbook(
      sheet("表-2", [
        ["2017年度专项资金绩效目标表"],
        header,
        ["一、投入目标", null, null],
        ["预算完成率", "=100%", "财政管理统一要求"],
        ["二、管理目标", null, "财政管理统一要求"],
        ["财务管理规范度", "=100%", "财政管理统一要求"],
      ]),
    ),
  );
  expect(result.tables[0].indicators.map((i) => [i.level1, i.name])).toEqual([
    ["投入目标", "预算完成率"],
    ["管理目标", "财务管理规范度"],
  ]);
  expect(result.diagnostics.map((d) => d.message).filter((m) => m.includes("没有指标名称"))).toEqual([]);
});
