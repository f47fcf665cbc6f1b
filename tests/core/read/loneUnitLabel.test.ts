/**
 * reader67 — a header over two rows whose labels are merged down both, with 单位 typed on the lower row only (a
 * column inserted beside 指标值 after the header was made two rows): the blank above 单位 split the header row, so
 * the 单位 column and every column right of it (备注) were not read — 100 and 人 became a target with no unit.
 */
import { readWorkbook } from "../../../src/core/read";
import { sheet, workbook, type Cell } from "./grid";

function read(header: Cell[][]) {
  const rows: Cell[][] = [
    ["项目名称", "培训项目", "<", "<", "<", "<"],
    ...header,
    ["产出指标", "数量指标", "培训人数", 100, "人", "已完成"],
    ["", "", "培训场次", 2, "场", ""],
  ];
  const [t] = readWorkbook(workbook(sheet("目标", rows))).tables;
  return t && { columns: t.header.columns, targets: t.indicators.map((i) => [i.name, i.target.value, i.target.unit]) };
}

const READ = {
  columns: { level1: 0, level2: 1, name: 2, target: 3, unit: 4, note: 5 },
  targets: [
    ["培训人数", 100, "人"],
    ["培训场次", 2, "场"],
  ],
};

test.each(["单位", "计量单位"])("%j alone on the lower row beside labels merged down: the unit column", (unit) => {
  expect(
    read([
      ["一级指标", "二级指标", "三级指标", "指标值", "", "备注"],
      ["^", "^", "^", "^", unit, "^"],
    ]),
  ).toEqual(READ);
});

test("under 绩效指标 merged over the levels, 单位 alone under a blank: the unit column", () => {
  expect(
    read([
      ["绩效指标", "<", "<", "指标值", "", "备注"],
      ["一级指标", "二级指标", "三级指标", "^", "单位", "^"],
    ]),
  ).toEqual(READ);
});

test("a blank between two tables side by side still parts them (no label under it)", () => {
  const rows: Cell[][] = [
    ["三级指标", "指标值", "", "三级指标", "指标值"],
    ["^", "^", "", "^", "^"],
    ["培训人数", "≥100人", "", "验收合格率", "100%"],
  ];
  const tables = readWorkbook(workbook(sheet("目标", rows))).tables;
  expect(tables.map((t) => t.indicators.map((i) => i.name))).toEqual([["培训人数"], ["验收合格率"]]);
});
