/**
 * 实施进度 beside the targets (大英 2020: `已完成100%` on every row) is the unit's own statement of progress, as 完成进度
 * is: known, not read as a value to judge the target against. It was said as an unread header (“表头“实施进度”未识别”).
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, workbook } from "./grid";

test("实施进度 is a known column, not read and not said as unread", () => {
  const read = readWorkbook(
    workbook(
      sheet("目标表", [
        ["一级指标", "二级指标", "三级指标", "指标值", "实施进度"],
        ["产出指标", "数量指标", "宣传次数", "至少全年完成2次宣传", "已完成100%"],
        ["满意度指标", "满意度指标", "群众满意度", "90%", "已完成100%"],
      ]),
    ),
  );
  expect(read.diagnostics.map((d) => d.message).filter((m) => m.includes("实施进度"))).toEqual([]);
  expect(read.tables[0].indicators.map((i) => [i.name, i.targetText, i.actual])).toEqual([
    ["宣传次数", "至少全年完成2次宣传", null],
    ["群众满意度", "90%", null],
  ]);
});
