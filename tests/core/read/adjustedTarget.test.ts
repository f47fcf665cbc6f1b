/**
 * 年初指标值 | 调整指标值 (the 重庆 部门整体绩效自评表, 科学城 融媒体中心 2021): the adjusted target is left blank on the rows
 * whose target was not changed. The reader took the adjusted column alone and said every such row had no target
 * (“指标值未填写” ×19); a blank adjusted target is now the row's target as set at the start of the year.
 */
import { cellName, keyCol, keyRow } from "../../../src/core/a1";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, workbook, type Cell } from "./grid";

const targets = (labels: [string, string], rows: Cell[][]) =>
  readWorkbook(
    workbook(
      sheet("S", [
        ["2021年部门整体绩效自评表"],
        ["指标名称", "计量单位", labels[0], labels[1], "全年完成值", "指标权重(分)", "指标得分(分)"],
        ...rows,
      ]),
    ),
    { budgetYear: 2021 },
  ).tables[0].indicators.map((i) => [i.name, i.targetText, cellName(keyRow(i.targetCell), keyCol(i.targetCell))]);

const ROWS: Cell[][] = [
  ["党性教育培训次数", "次", "≥6次", null, "12次", 5, 5],
  ["播发稿件数量", "篇", "2200篇", "2500篇", "2859篇", 10, 10],
  ["管理制度健全性", null, "高", null, "高", 3, 3],
];

test("a blank 调整指标值 keeps the 年初指标值; a filled one replaces it", () => {
  expect(targets(["年初指标值", "调整指标值"], ROWS)).toEqual([
    ["党性教育培训次数", "≥6次", "C3"],
    ["播发稿件数量", "2500篇", "D4"],
    ["管理制度健全性", "高", "C5"],
  ]);
});

test("调整后目标值 beside 年初目标值: the same", () => {
  expect(targets(["年初目标值", "调整后目标值"], ROWS).map((t) => t[1])).toEqual(["≥6次", "2500篇", "高"]);
});

// reader67: labels in traditional characters (a copy of the form typed on a 繁體 system) were matched as written, so
// 調整指標值 was no adjustment and its blank rows had no target.
test("年初指標值 | 調整指標值 in traditional characters: the same", () => {
  expect(targets(["年初指標值", "調整指標值"], ROWS).map((t) => t[1])).toEqual(["≥6次", "2500篇", "高"]);
});

test("a 長期指標值 column in traditional characters is not the year's target", () => {
  expect(targets(["年度指标值", "長期指標值"], ROWS).map((t) => t[1])).toEqual(["≥6次", "2200篇", "高"]);
});

test("two targets for two periods are no adjustment: a blank year's target stays blank", () => {
  expect(targets(["中期指标值", "年度指标值"], ROWS).map((t) => t[1])).toEqual(["", "2500篇", ""]);
});

// The same form's head: 主管部门 and 财政处室 left blank. 财政处室 (the finance office in charge) is a field's label, never
// the value of the empty 主管部门 beside it: the table was named “财政处室”.
test("财政处室 and 部门联系人 are labels, not the unit or the name", () => {
  const read = readWorkbook(
    workbook(
      sheet("S", [
        ["部门整体绩效自评表"],
        ["主管部门", null, "财政处室", null, "自评总分(分)", 97.6],
        ["部门联系人", "曾雪莲", "联系电话", null],
        ["指标名称", "计量单位", "年初指标值", "调整指标值", "全年完成值", "指标权重(分)", "指标得分(分)"],
        ...ROWS,
      ]),
    ),
    { budgetYear: 2021 },
  );
  const { name, unitName } = read.tables[0];
  expect([name, unitName]).toEqual(["", ""]);
});
