/**
 * reader67 — labels typed with a trailing colon (目标名称：, 新罗区：), as units write the labels of a form: a table
 * named after its column quoted the colon, “养老服务补贴（目标名称：）”, “宗教管理经费补助（新罗区：）”. The colon is
 * the label's punctuation, not part of the name.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, workbook, type Cell } from "./grid";

const names = (rows: Cell[][]) => readWorkbook(workbook(sheet("表", rows))).tables.map((t) => t.name);

test("a pair's table is named after its name column without the label's colon", () => {
  expect(
    names([
      ["2023年度养老服务补贴项目绩效评价表"],
      ["目标名称：", "目标值：", "评价指标：", "标准值：", "目标完成值", "评价指标值", "权重分值", "得分"],
      ["一、产出目标"],
      ["服务老人人数", "1200人", "服务覆盖率", "≥95%", 1260, "97%", 20, 20],
    ]),
  ).toEqual(["养老服务补贴", "养老服务补贴（目标名称）"]);
});

test("a region under a merged 区域目标值 is named without the label's colon", () => {
  expect(
    names([
      ["项目名称", "宗教管理经费补助", "<", "<", "<"],
      ["一级指标", "二级指标", "三级指标", "区域目标值", "<"],
      ["^", "^", "^", "新罗区：", "永定区:"],
      ["产出指标", "数量指标", "补助县数量", 2, 3],
      ["^", "质量指标", "资金到位率", "≥95%", "≥95%"],
    ]),
  ).toEqual(["宗教管理经费补助（新罗区）", "宗教管理经费补助（永定区）"]);
});
