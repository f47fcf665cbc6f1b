/**
 * reader66 — a column of codes (指标编码, often hidden) between 二级指标 and 三级指标 under a header over two rows
 * (绩效指标 merged over 一级 | 二级 | 指标编码 | 三级): the lower row was no header row unless every label in it was one
 * we know, so the table was not found at all, and nothing said so. A label we do not know beside two we do is one of
 * the header's columns, not read; an indicator row under a wide header cell is still no header.
 */
import { readWorkbook } from "../../../src/core/read";
import { sheet, workbook, type Cell } from "./grid";

function read(lower: Cell[]) {
  const rows: Cell[][] = [
    ["项目名称", "培训项目", "<", "<", "<"],
    ["绩效指标", "<", "<", "<", "指标值"],
    lower,
    ["产出指标", "数量指标", "A001", "培训人数", "≥100人"],
    ["", "", "A002", "培训场次", "≥2场"],
  ];
  const [t] = readWorkbook(workbook(sheet("目标", rows))).tables;
  return t && { columns: t.header.columns, names: t.indicators.map((i) => i.name) };
}

test.each(["指标编码", "编码"])("%j under 绩效指标 beside 一级/二级/三级指标: the table is read", (code) => {
  expect(read(["一级指标", "二级指标", code, "三级指标", "^"])).toEqual({
    columns: { level1: 0, level2: 1, name: 3, target: 4 },
    names: ["培训人数", "培训场次"],
  });
});
