/**
 * reader66 — an untitled table under its caption (台中 2014: 台中市經發局施政目標 衡量指標 merged over the table), copied
 * under a 填报单位（盖章）： line left blank, as units fill in a template: the caption was read as the unit's name (the
 * unlabelled line above the first label), and with no 项目名称 the project table became a 部门整体 one. A line naming
 * goals or indicators is a caption, never a unit's name; a unit's name on that line still is.
 */
import { readWorkbook } from "../../../src/core/read";
import { sheet, workbook, type Cell } from "./grid";

function read(caption: string) {
  const rows: Cell[][] = [
    [caption, "<", "<", "<"],
    ["填报单位（盖章）：", "", "", ""],
    ["", "", "", "单位：万元"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "辅导展会", "≥6场"],
    ["", "质量指标", "验收合格率", "100%"],
  ];
  const [t] = readWorkbook(workbook(sheet("目标", rows))).tables;
  return { kind: t.kind, unitName: t.unitName, indicators: t.indicators.length };
}

test.each(["台中市經發局施政目標\n衡量指標", "某某局年度绩效指标"])(
  "%j over the table is no unit's name",
  (caption) => {
    expect(read(caption)).toEqual({ kind: "project", unitName: "", indicators: 2 });
  },
);

test("a unit's name on that line is still the unit's", () => {
  expect(read("某某县财政局").unitName).toBe("某某县财政局");
});
