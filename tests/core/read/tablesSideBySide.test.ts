/**
 * Two goal tables side by side with no empty column between (session 64 left it: the header row was one run, read as
 * one table, the left table lost). The header starting over under a 项目名称 of its own splits the run.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, workbook, type Cell } from "./grid";

const read = (rows: Cell[][]) => readWorkbook(workbook(sheet("S", rows)), { budgetYear: 2024 });
const summary = (rows: Cell[][]) =>
  read(rows).tables.map((t) => [t.name, t.budget, t.indicators.map((i) => [i.level1, i.name, i.targetText])]);

describe("goal tables side by side with no empty column between", () => {
  test("each 项目名称 over its own 一级指标 … 指标值: two tables, each with its name, budget and indicators", () => {
    // main: one table 乙项目 (20) of 乙's indicators; 甲项目 and its indicators gone without a word.
    expect(
      summary([
        ["项目名称", "甲项目", "预算数", 10, "项目名称", "乙项目", "预算数", 20],
        ["一级指标", "二级指标", "三级指标", "指标值", "一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "甲指标", "≥1个", "产出指标", "数量指标", "乙指标", "≥2个"],
        ["效益指标", "社会效益指标", "甲效益", "≥90%", "效益指标", "社会效益指标", "乙效益", "≥95%"],
      ]),
    ).toEqual([
      [
        "甲项目",
        10,
        [
          ["产出指标", "甲指标", "≥1个"],
          ["效益指标", "甲效益", "≥90%"],
        ],
      ],
      [
        "乙项目",
        20,
        [
          ["产出指标", "乙指标", "≥2个"],
          ["效益指标", "乙效益", "≥95%"],
        ],
      ],
    ]);
  });

  test("three tables in a row, a title line over each", () => {
    const names = read([
      ["甲绩效目标表", "<", "<", "乙绩效目标表", "<", "<", "丙绩效目标表", "<", "<"],
      ["项目名称", "甲项目", null, "项目名称", "乙项目", null, "项目名称", "丙项目", null],
      ["一级指标", "三级指标", "指标值", "一级指标", "三级指标", "指标值", "一级指标", "三级指标", "指标值"],
      ["产出指标", "甲指标", "≥1个", "产出指标", "乙指标", "≥2个", "产出指标", "丙指标", "≥3个"],
    ]).tables.map((t) => [t.name, t.indicators.map((i) => i.name)]);
    expect(names).toEqual([
      ["甲项目", ["甲指标"]],
      ["乙项目", ["乙指标"]],
      ["丙项目", ["丙指标"]],
    ]);
  });

  test("each table with 绩效指标 merged down its left edge: the side label goes with its table", () => {
    // main: one table 乙项目 of 乙指标 alone.
    const tables = read([
      [null, "项目名称", "甲项目", "预算数", 10, null, "项目名称", "乙项目", "预算数", 20],
      [
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
      ],
      ["^", "产出指标", "数量指标", "甲指标", "≥1个", "^", "产出指标", "数量指标", "乙指标", "≥2个"],
    ]).tables;
    expect(tables.map((t) => [t.name, t.budget, t.indicators.map((i) => i.name)])).toEqual([
      ["甲项目", 10, ["甲指标"]],
      ["乙项目", 20, ["乙指标"]],
    ]);
  });

  test("one project's 中期 and 年度 blocks side by side, each with 一级指标, under one 项目名称 stay one table", () => {
    // Guard (same on main): the header starts over, but no second project is named above it.
    const tables = read([
      ["项目名称", "甲项目", "预算数", 10, null, null, null, null],
      ["一级指标", "二级指标", "三级指标", "中期指标值", "一级指标", "二级指标", "三级指标", "年度指标值"],
      ["产出指标", "数量指标", "甲指标", "≥5个", "产出指标", "数量指标", "甲指标", "≥1个"],
    ]).tables;
    expect(tables.map((t) => t.name)).toEqual(["甲项目"]);
  });
});
