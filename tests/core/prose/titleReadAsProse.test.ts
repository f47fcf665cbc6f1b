/**
 * A project's title under a sheet's last table with its goals written as text (no indicator header): the check reads
 * the goals as prose and judges them, so the reader's "该表未读取" line (read.title-without-table) is untrue there and
 * is not said (diffreview35). A title with nothing read below it is still said.
 */
import { sheetCell } from "../../../src/core/a1";
import { checkWorkbook } from "../../../src/core/check";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";
import { sheet } from "../read/grid";

const GOAL_TABLE: CellValue[][] = [
  ["2024年办公用品采购绩效目标表"],
  ["项目名称", "办公用品采购"],
  ["预算数", 63.14],
  ["一级指标", "二级指标", "三级指标", "指标值"],
  ["产出指标", "数量指标", "采购批次", "≥4批"],
  [null],
];

const check = (rows: CellValue[][]) =>
  checkWorkbook({ sheets: [sheet("S", rows)] }, { ...DEFAULT_SETTINGS, asOf: "2024-07-31" });

test("a title whose goals are read as prose is not said to be unread", () => {
  const result = check([
    ...GOAL_TABLE,
    ["2024年城市道路维护项目绩效目标表"],
    ["项目名称", "城市道路维护"],
    ["绩效目标", "完成城市道路维护里程不少于120公里，群众满意度达到95%以上，道路完好率不低于98%。"],
  ]);
  const prose = result.tables.filter((t) => t.table.source === "prose");
  expect(prose.flatMap((t) => t.table.indicators.map((i) => sheetCell("S", i.targetCell).row))).toContain(8);
  expect(result.diagnostics.map((d) => d.message).filter((m) => /未读取/.test(m))).toEqual([]);
});

test("a title with only money rows below it is still said to be unread", () => {
  const result = check([...GOAL_TABLE, ["2024年城市道路维护项目绩效自评表"], ["预算数", 100], ["执行数", 40]]);
  expect(result.diagnostics.filter((d) => /未读取/.test(d.message)).map((d) => d.cell?.row)).toEqual([6]);
});
