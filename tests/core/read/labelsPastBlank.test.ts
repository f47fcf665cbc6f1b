/**
 * reader67 — an empty column between 指标值 and 单位 when 符号 | 指标值 were already apart (columns inserted for another
 * table on the same sheet, each whole column through every table): the header was 一级 … 符号 ‖ 指标值, and the 单位
 * beyond the second empty column was not read — 100 and 人 became a target with no unit. A piece right of a header
 * holding only labels the header lacks is its own; a table beside it (a header alone) is still apart.
 */
import { readWorkbook } from "../../../src/core/read";
import { sheet, workbook, type Cell } from "./grid";

const read = (rows: Cell[][]) =>
  readWorkbook(workbook(sheet("目标", rows))).tables.map((t) => ({
    columns: t.header.columns,
    targets: t.indicators.map((i) => [i.name, i.target.value, i.target.unit]),
  }));

test("符号 ‖ 指标值 ‖ 单位 across empty columns: one header, the unit read", () => {
  expect(
    read([
      ["项目名称", "培训项目", "<", "<"],
      ["一级指标", "二级指标", "三级指标", "符号", null, "指标值", null, "单位", null, "备注"],
      ["产出指标", "数量指标", "培训人数", "≥", null, 100, null, "人", null, "已完成"],
      ["", "", "培训场次", "≥", null, 2, null, "场"],
    ]),
  ).toEqual([
    {
      columns: { level1: 0, level2: 1, name: 2, sign: 3, target: 5, unit: 7, note: 9 },
      targets: [
        ["培训人数", 100, "人"],
        ["培训场次", 2, "场"],
      ],
    },
  ]);
});

test("a table beside, across an empty column, stays a table of its own", () => {
  const got = read([
    ["三级指标", "符号", null, "指标值", null, "三级指标", "指标值"],
    ["培训人数", "≥", null, 100, null, "验收合格率", "100%"],
  ]);
  expect(got.map((t) => t.targets.map((x) => x[0]))).toEqual([["培训人数"], ["验收合格率"]]);
});
