/**
 * The 中央引导地方科技发展资金 区域自评表 (2022): 专项名称 holds the form's choices (□自由探索类基础研究 口科技创新基地建设 …),
 * 项目名称 is blank and 归口管理部门 stands under it. The table was named `归口管理部门` (the label below the blank name
 * taken for its value); with that label known, it was named by its choices. Neither is a name: it is the title's.
 * 项目承担单位:(盖章) above, left for the seal, read as the unit with 填写日期: beside it as its value.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, workbook, type Cell } from "./grid";

const FORM = (special: string, department: string | null = "省科技厅"): Cell[][] => [
  ["2022年度中央引导地方科技发展资金区域绩效目标自评表", "<", "<", "<", "<", "<", "<"],
  ["项目承担单位:(盖章)", "<", "<", "<", "填写日期:", "<", "<"],
  ["专项名称", "<", special, "<", "<", "<", "<"],
  ["项目名称", "<", null, "<", "<", "<", "<"],
  ["归口管理部门", "<", department, "<", "<", "<", "<"],
  ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
  ["^", "产出指标", "数量指标", "支持自由探索类基础研究项目数量", "≥5个", "6个", null],
];

const read = (rows: Cell[][]) => readWorkbook(workbook(sheet("区域自评表", rows))).tables[0];

test("a name of check boxes is no name: the title's is", () => {
  const t = read(FORM("□自由探索类基础研究 口科技创新基地建设 口科技成果转移转化 口区域创新体系建设"));
  expect(t.name).toBe("中央引导地方科技发展资金区域");
  expect(t.unitName).toBe("省科技厅");
});

test("归口管理部门 is the department's label, never the name", () => {
  const t = read(FORM("中央引导地方科技发展资金"));
  expect(t.name).toBe("中央引导地方科技发展资金");
  expect(t.unitName).toBe("省科技厅");
});

test("a unit left for its seal (项目承担单位:(盖章)) is blank, and the next field's label (填写日期:) no value", () => {
  expect(read(FORM("中央引导地方科技发展资金", null)).unitName).toBe("");
});
