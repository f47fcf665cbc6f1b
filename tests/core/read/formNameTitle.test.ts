/**
 * A form's name without 表 as its title (阆中 2021: “车辆购置税收入补助地方资金(普通省道公路建设)绩效目标自评” over
 * “(2021年度)”): it was no title, so the table was a monitoring table (its 未完成原因 column) judged in the monitoring
 * date's year, not a 2021 self-evaluation scored by the rules. A label's value ending so (评价方式:部门(单位)绩效自评) is
 * still no title.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, workbook, type Cell } from "./grid";

const HEADER: Cell[] = ["一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"];
const ROWS: Cell[][] = [
  ["产出指标", "数量指标", "建设普通省道二级公路", "32.1公里", "32.1公里", null],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", null],
];

function read(top: Cell[][]) {
  const t = readWorkbook(workbook(sheet("自评", [...top, HEADER, ...ROWS]))).tables[0];
  return { title: t.title, kind: t.kind, year: t.budgetYear };
}

test("…绩效目标自评 over (2021年度): the title, a self-evaluation of 2021", () => {
  expect(read([["车辆购置税收入补助地方资金(普通省道公路建设)绩效目标自评"], ["(2021年度)"]])).toEqual({
    title: "车辆购置税收入补助地方资金(普通省道公路建设)绩效目标自评",
    kind: "self-evaluation",
    year: 2021,
  });
});

test("…项目绩效自评 alike", () => {
  expect(read([["2022年度农村公路养护项目绩效自评"]])).toMatchObject({ kind: "self-evaluation", year: 2022 });
});

test("评价方式:部门(单位)绩效自评 is a label's value, no title", () => {
  expect(read([["评价方式:部门(单位)绩效自评"]]).title).toBe("");
});

test("review51b: an indicator named …绩效目标自评 in a table's first column is an indicator, not a title ending the table", () => {
  const header: Cell[] = ["三级指标", "指标值", "实际完成值"];
  const rows: Cell[][] = [
    ["培训人数", "≥100人", "120人"],
    ["开展部门整体绩效目标自评", "1次", "1次"],
    ["群众满意度", "≥90%", "95%"],
  ];
  const t = readWorkbook(workbook(sheet("目标", [["2024年度项目支出绩效目标表"], header, ...rows]))).tables;
  expect(t.map((x) => x.indicators.map((i) => i.name))).toEqual([
    ["培训人数", "开展部门整体绩效目标自评", "群众满意度"],
  ]);
});

test.each([
  ["评价方式 beside", ["项目名称", "农村公路养护", "评价方式", "部门(单位)绩效自评"]],
  ["a project named so", ["项目名称", "2022年度农村公路养护项目绩效自评", "主管部门", "交通局"]],
])("review51b: …绩效自评 as a label's value (%s) is no title: the goal table keeps its own", (_, labels) => {
  expect(read([["2023年度项目支出绩效目标表"], labels as Cell[]])).toEqual({
    title: "2023年度项目支出绩效目标表",
    kind: "project",
    year: 2023,
  });
});

// 财政支出绩效目标申报表 (a 2021 budget-request form, its project fields blank): the form's own name, no project's. The
// table was named “财政” (what is left once 支出绩效目标申报表 is taken off); its 评分细则 column was said unread.
test.each(["财政支出绩效目标申报表", "财政支出项目绩效目标申报表"])("%s names no project", (title) => {
  const read = readWorkbook(
    workbook(
      sheet("申报表", [
        [title],
        ["(2021年度)"],
        ["一级指标", "二级指标", "分值", "指标内容(150字内)", "指标值(150字内)", "评分细则(150字内)"],
        [
          "投入指标",
          "资金到位率",
          5,
          "资金到位率=(实际到位资金/计划投入资金)×100%。",
          "资金到位率达100%",
          "到位率100%得5分",
        ],
      ]),
    ),
  );
  expect(read.tables[0].name).toBe("");
  expect(read.diagnostics.map((d) => d.message)).not.toContainEqual(expect.stringMatching(/评分细则/));
});
