/**
 * A form published with fields left blank (大庆 部门预算项目支出绩效目标申报表: 编制单位(盖章): alone on its line, 项目名称
 * beside an empty slot, "( 年度)"): a blank field reads as blank, never as the caption, label or line next to it.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, type Cell } from "./grid";

const INDICATORS: Cell[][] = [
  ["一级指标", "二级指标", "三级指标", "年度指标值", "<"],
  ["产出指标", "数量指标", "维护道路里程", "≥120公里", "<"],
];

function fields(rows: Cell[][]) {
  const { tables } = readWorkbook({ sheets: [sheet("S", rows)] });
  return tables.map((t) => ({ name: t.name, unit: t.unitName }));
}

describe("blank fields of a published form", () => {
  test("编制单位(盖章): with nothing after it is no unit — not the caption merged down below it", () => {
    const got = fields([
      ["2025年项目支出绩效目标申报表"],
      ["编制单位(盖章):", "<", "<", "<", "<"],
      ["项目基本情况", "项目名称", "城市道路维护", "<", "<"],
      ["^", "项目属性", "延续项目", "<", "<"],
      ...INDICATORS,
    ]);
    expect(got).toEqual([{ name: "城市道路维护", unit: "" }]);
  });

  test("项目名称 beside its empty slot is no name — not the field on the row below", () => {
    const got = fields([
      ["2025年项目支出绩效目标申报表"],
      ["单位名称", "市住建局", "<", "<", "<"],
      ["项目名称", null, "<", "<", "<"],
      ["项目负责人", null, "<", "联系电话", null],
      ...INDICATORS,
    ]);
    expect(got[0].name).not.toBe("项目负责人");
    expect(got[0].unit).toBe("市住建局");
  });

  test("a label over its value (no slot right of it) still reads the value below", () => {
    const got = fields([
      ["2025年项目支出绩效目标申报表"],
      ["项目名称", "单位名称", null, null, null],
      ["城市道路维护", "市住建局", null, null, null],
      ...INDICATORS,
    ]);
    expect(got).toEqual([{ name: "城市道路维护", unit: "市住建局" }]);
  });

  test("the blank year line “( 年度)” is not the unit's name", () => {
    const got = fields([
      ["项目支出绩效目标申报表"],
      ["( 年度)"],
      ["项目名称", "城市道路维护", "<", "<", "<"],
      ...INDICATORS,
    ]);
    expect(got).toEqual([{ name: "城市道路维护", unit: "" }]);
  });
});
