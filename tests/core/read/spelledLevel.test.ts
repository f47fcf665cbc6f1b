/**
 * A 一级 label written down its column one character a row — a vertical label a PDF converter or a web page split over
 * the rows it spans (产 | 出 | 指 | 标) — is the 一级 of each of those rows and of the rows it carries over to. Each
 * character was read as a 一级 of its own (`出`, `指`, `标`): the categories were lost for the review and the scoring.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { reviewTables } from "../../../src/core/review";
import { sheet, workbook, type Cell } from "./grid";

const HEADER: Cell[] = ["一级指标", "二级指标", "三级指标", "指标值"];

function read(rows: Cell[][]) {
  const tables = readWorkbook(workbook(sheet("目标表", [["项目支出绩效目标表"], HEADER, ...rows]))).tables;
  return {
    levels: tables[0]?.indicators.map((i) => [i.level1, i.level2, i.name]) ?? [],
    review: reviewTables(tables, {})
      .filter((f) => f.rule === "level-type-error" || f.rule === "missing-level1")
      .map((f) => f.message),
  };
}

test("one character a row spells the 一级 of the run's rows and of the rows it carries over to", () => {
  expect(
    read([
      ["产", "数量指标", "培训人数", "≥100人"],
      ["出", null, "培训场次", "≥5场"],
      ["指", "质量指标", "培训合格率", "≥95%"],
      ["标", "时效指标", "完成时间", "2024年12月底前"],
      [null, "成本指标", "人均培训成本", "≤500元"],
      ["效", "社会效益指标", "参训人员技能提升", "明显提升"],
      ["益", null, "带动就业人数", "≥30人"],
      ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"],
    ]),
  ).toEqual({
    levels: [
      ["产出指标", "数量指标", "培训人数"],
      ["产出指标", "数量指标", "培训场次"],
      ["产出指标", "质量指标", "培训合格率"],
      ["产出指标", "时效指标", "完成时间"],
      ["产出指标", "成本指标", "人均培训成本"],
      ["效益", "社会效益指标", "参训人员技能提升"],
      ["效益", "社会效益指标", "带动就业人数"],
      ["满意度指标", "服务对象满意度指标", "参训人员满意度"],
    ],
    review: [],
  });
});

test("labels written whole, a lone character and characters spelling no 一级 are read as written", () => {
  expect(
    read([
      ["产出", "数量指标", "培训人数", "≥100人"],
      ["效益", "社会效益指标", "带动就业人数", "≥30人"],
      ["满", "服务对象满意度指标", "参训人员满意度", "≥90%"],
      ["甲", "数量指标", "培训场次", "≥5场"],
      ["乙", "数量指标", "培训天数", "≥3天"],
    ]).levels,
  ).toEqual([
    ["产出", "数量指标", "培训人数"],
    ["效益", "社会效益指标", "带动就业人数"],
    ["满", "服务对象满意度指标", "参训人员满意度"],
    ["甲", "数量指标", "培训场次"],
    ["乙", "数量指标", "培训天数"],
  ]);
});
