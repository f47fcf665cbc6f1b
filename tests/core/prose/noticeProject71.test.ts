/**
 * reader71 — goals written as sentences under a notice's heading (宁夏 同心 下马关镇 2023: 标 题: | 关于下马关镇设施农业黄金蜜
 * (葡萄)种植项目绩效目标设定的公示, scripts/fixtures/real-layouts/SOURCES.md round twenty-three) are that project's, not a
 * unit-wide table named 部门整体绩效目标 (main). Neighbours: no heading, a notice of something else, a numbered heading.
 */
import { readWorkbook } from "../../../src/core/read";
import { proseTables } from "../../../src/core/prose/extractProse";
import { sheet, workbook, type Cell } from "../read/grid";

const GOALS =
  "数量指标:黄金蜜(葡萄)种植数量>=17600株;时效指标:完成及时率>=100%。服务对象满意度指标,受益脱贫户满意度≥95%。";

const tablesOf = (rows: Cell[][]) => {
  const snapshot = workbook(sheet("公示", rows));
  return proseTables(snapshot, readWorkbook(snapshot)).map((t) => [t.kind, t.name, t.indicators.length > 0]);
};

test("a notice's heading above the sentences names their project", () => {
  expect(tablesOf([["标 题:", "关于下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标设定的公示"], [], [GOALS]])).toEqual([
    ["project", "下马关镇设施农业黄金蜜(葡萄)种植", true],
  ]);
});

test("without a notice's heading, or under a notice of something else, they stay the unit's goals", () => {
  expect(tablesOf([[GOALS]])).toEqual([["unit", "部门整体绩效目标", true]]);
  expect(tablesOf([["关于下达2023年中央财政衔接推进乡村振兴资金的通知"], [GOALS]])).toEqual([
    ["unit", "部门整体绩效目标", true],
  ]);
});

test("a notice's heading below the sentences names nothing of them", () => {
  expect(tablesOf([[GOALS], ["关于下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标设定的公示"]])).toEqual([
    ["unit", "部门整体绩效目标", true],
  ]);
});
