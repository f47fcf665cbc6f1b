/**
 * A row of labels over a row of their values: each value is read from under its label — also when the labels end in a
 * colon (项目名称：) or the rest of the label row is merged blank, as a form draws its box. A blank form's field
 * (编制单位(盖章): over a caption, 项目名称 beside its empty slot over other fields) stays blank: blankForm.test.ts.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, type Cell } from "./grid";

const INDICATORS: Cell[][] = [
  ["一级指标", "二级指标", "三级指标", "年度指标值", "<"],
  ["产出指标", "数量指标", "维护道路里程", "≥120公里", "<"],
];

function fields(rows: Cell[][]) {
  const { tables } = readWorkbook({ sheets: [sheet("S", rows)] });
  return tables.map((t) => ({ name: t.name, unit: t.unitName, budget: t.budget }));
}

describe("labels over their values", () => {
  test("labels ending in a colon over their values: the values below are read", () => {
    const got = fields([
      ["2025年项目支出绩效目标申报表"],
      ["项目名称：", "单位名称：", "预算数（万元）：", null, null],
      ["城市道路维护", "市住建局", 120, null, null],
      ...INDICATORS,
    ]);
    expect(got).toEqual([{ name: "城市道路维护", unit: "市住建局", budget: 120 }]);
  });

  test("the label row's remaining cells merged blank: the values below are still read", () => {
    const got = fields([
      ["2025年项目支出绩效目标申报表"],
      ["项目名称", "单位名称", null, "<", "<"],
      ["城市道路维护", "市住建局", null, null, null],
      ...INDICATORS,
    ]);
    expect(got).toEqual([{ name: "城市道路维护", unit: "市住建局", budget: null }]);
  });
});

test("a row of labels over a row of values: 项目名称 is not the label 项目负责人 right of it", () => {
  // 项目负责人 is a form's field label (its value, 张三, under it), never a project's name.
  const got = fields([
    ["2025年项目支出绩效目标申报表"],
    ["单位名称", "项目名称", "项目负责人", null, "<"],
    ["市住建局", "城市道路维护", "张三", null, null],
    ...INDICATORS,
  ]);
  expect(got).toEqual([{ name: "城市道路维护", unit: "市住建局", budget: null }]);
});
