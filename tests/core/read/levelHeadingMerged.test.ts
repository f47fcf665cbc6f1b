/**
 * 一级 headings merged across the row (reader69): a table converted from a document writes each 一级 as a row of its
 * own merged over the level and name columns (or the whole width), the indicator rows below leaving the 一级 blank.
 * Merged across the whole row the heading was taken for prose ending the table (“找到指标表头，但其下没有指标行”: every
 * indicator lost); across 一级 | 二级 | 三级, an indicator named 产出指标 with no target (未判断 in the list).
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, workbook, type Cell } from "./grid";

function indicators(heading: (text: string) => Cell[]) {
  const rows: Cell[][] = [
    ["2024年项目支出绩效目标表"],
    ["项目名称", "农村公路养护"],
    ["预算数（万元）", 120],
    ["一级指标", "二级指标", "三级指标", "指标值", "1-7月完成值"],
    heading("产出指标"),
    [null, "数量指标", "养护里程", "≥350公里", 200],
    [null, "质量指标", "优良路率", "≥85%", "88%"],
    heading("效益指标"),
    [null, "社会效益指标", "群众出行条件", "明显改善", "改善"],
    heading("满意度指标"),
    [null, "服务对象满意度指标", "群众满意度", "≥90%", null],
  ];
  const read = readWorkbook(workbook(sheet("S", rows)), { budgetYear: 2024 });
  return {
    rows: read.tables[0]?.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw]),
    lost: read.diagnostics.filter((d) => /没有指标行/.test(d.message)).length,
  };
}

const AS_A_PERSON_READS = [
  ["产出指标", "数量指标", "养护里程", "≥350公里"],
  ["产出指标", "质量指标", "优良路率", "≥85%"],
  ["效益指标", "社会效益指标", "群众出行条件", "明显改善"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];

test("a 一级 heading merged across the whole row sets the level of the rows below", () => {
  expect(indicators((t) => [t, "<", "<", "<", "<"])).toEqual({ rows: AS_A_PERSON_READS, lost: 0 });
});

test("a 一级 heading merged across 一级 | 二级 | 三级 is no indicator named so", () => {
  expect(indicators((t) => [t, "<", "<", null, null])).toEqual({ rows: AS_A_PERSON_READS, lost: 0 });
});

test("the same headings unmerged read alike (as before)", () => {
  expect(indicators((t) => [t, null, null, null, null])).toEqual({ rows: AS_A_PERSON_READS, lost: 0 });
});

test("a merged name with a target of its own beside it stays an indicator", () => {
  const read = indicators((t) => (t === "效益指标" ? [t, "<", "<", "≥1项", null] : [t, "<", "<", "<", "<"]));
  expect(read.rows).toContainEqual(["效益指标", "效益指标", "效益指标", "≥1项"]);
});
