/**
 * A caption merged down the left of a self-evaluation's indicators from its header row — `年度绩效目标(80分)` of the
 * 湖北 / 云南 自评表 (长江禁捕 2020, 襄阳 2021, 保山 2022, 昌宁 2022), `年度绩效目标(90分)` of 奉节's 审批表 (2023) — names
 * the block and its points: no goal. It was read as the table's goal (the column it heads taken for a goal column
 * beside the indicators). A goal written in such a column under its header is still the goal; 奉节's goal is its
 * 年度主要目标和成果 row above the money.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, workbook, type Cell } from "./grid";

const goalOf = (rows: Cell[][]) => readWorkbook(workbook(sheet("表", rows))).tables.map((t) => t.goal);

const SELF_EVAL = (caption: string): Cell[][] => [
  ["2022年度项目支出绩效自评表"],
  ["项目名称", "春节走访慰问经费", "<", "<", "<", "<", "<"],
  ["预算执行情况(万元)\n(20分)", null, "<", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"],
  ["^", "年度财政资金总额", "<", 34.64, 34.64, 1, 20],
  [caption, "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
  ["^", "产出指标(60分)", "数量指标", "慰问人数", "100人", "100人", 20],
  ["^", "^", "质量指标", "补助经费足额拨付率", "100%", "100%", 20],
  ["^", "满意度指标(10分)", "服务对象满意度指标", "优抚对象满意率", "≥90%", "95%", 10],
];

test("年度绩效目标(80分) merged down the indicators' left is no goal", () => {
  expect(goalOf(SELF_EVAL("年度绩效目标(80分)"))).toEqual([""]);
  expect(goalOf(SELF_EVAL("年度绩效目标\n(80分)"))).toEqual([""]);
});

test("a goal column's text under its header, merged down beside the indicators, is still the goal", () => {
  const rows: Cell[][] = [
    ["项目名称", "春节走访慰问经费", "<", "<"],
    ["绩效目标", "指标名称", "指标值", "实际完成值"],
    ["春节前走访慰问全市重点优抚对象", "慰问人数", "100人", "100人"],
    ["^", "补助经费足额拨付率", "100%", "100%"],
  ];
  expect(goalOf(rows)).toEqual(["春节前走访慰问全市重点优抚对象"]);
});

test("奉节's 年度主要目标和成果 is the goal, not the 年度绩效目标(90分) caption below", () => {
  const rows: Cell[][] = [
    ["2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表"],
    ["项目名称", "加工园配套设施建设项目", "<", "<", "<", "<", "<"],
    ["年度主要目标     和成果", "新建中药材晾晒房一座,占地300平方米", "<", "<", "<", "<", "<"],
    ["项目资金\n预算执行\n10分", "当年年度预算", 65, "<", null, null, null],
    ["年度绩效目标(90分)", "一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"],
    ["^", "成本指标(0-20)分", "经济成本指标", "项目建设成本", "≤65万元", 10, null],
    ["^", "产出指标", "数量指标", "晾晒房", "1座", 10, null],
  ];
  expect(goalOf(rows)).toEqual(["新建中药材晾晒房一座,占地300平方米"]);
});
