/**
 * The 安徽 form with 中期 and 年度 blocks side by side (一级 | 二级 | 三级 | 指标值 | 二级 | 三级 | 指标值): 亳州 2023 fills
 * both, 城管执法车辆 2023 (a county in 安徽, the copy masks its name) only the 中期 one — the 年度 block repeats the 二级
 * labels with its 三级 and 指标值 empty. The reader read the 年度 block alone and found no indicator (“找到指标表头，但其下
 * 没有指标行”, eight rows “未读取”); the filled block is now read, and that is said at the header.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { cellName, keyCol, keyRow } from "../../../src/core/a1";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { sheet, workbook, type Cell } from "./grid";

const form = (yearBlock: (name: string, target: string) => [string | null, string | null]) => {
  const rows: [string, string, string, string][] = [
    ["产出指标", "数量指标", "完成修理养护的设施数量", "≥90辆"],
    ["^", "质量指标", "项目验收合格率", "≥100百分比"],
    ["效益指标", "经济效益指标", "对减少财政投资成本的改善程度", "程度较高"],
  ];
  const cells: Cell[][] = [
    ["项目支出绩效目标申报表"],
    ["( 2023 年度)"],
    ["项目名称", "城管执法车辆维修燃油费"],
    ["项目资金 (万元)", "中期资金总额:", 170, null, "年度资金总额:", 340],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
    ...rows.map(([l1, l2, name, target]): Cell[] => ["^", l1, l2, name, target, l2, ...yearBlock(name, target)]),
  ];
  return readWorkbook(workbook(sheet("S", cells)), { budgetYear: 2023 });
};

test("the year's block left empty: the indicators are read from the filled block, and that is said", () => {
  const read = form(() => [null, null]);
  expect(
    read.tables[0].indicators.map((i) => [i.name, i.targetText, cellName(keyRow(i.targetCell), keyCol(i.targetCell))]),
  ).toEqual([
    ["完成修理养护的设施数量", "≥90辆", "E6"],
    ["项目验收合格率", "≥100百分比", "E7"],
    ["对减少财政投资成本的改善程度", "程度较高", "E8"],
  ]);
  expect(read.diagnostics.map((d) => d.message)).toEqual(["并列的另一组指标列没有填写：各指标按此列所在的一组读取"]);
});

test("both blocks filled (亳州 2023): the year's block is read, nothing said", () => {
  const read = form((name, target) => [name, `${target}(年度)`]);
  expect(read.tables[0].indicators.map((i) => i.targetText)).toEqual([
    "≥90辆(年度)",
    "≥100百分比(年度)",
    "程度较高(年度)",
  ]);
  expect(read.diagnostics).toEqual([]);
});

test("the published 城管执法车辆 2023 form: eight indicators read", () => {
  const file = join(__dirname, "../../fixtures/real/anhui-county-enforcement-vehicles-goals-2023.xlsx");
  const read = readWorkbook(readWorkbookBytes(readFileSync(file)).snapshot);
  expect(read.tables[0].indicators).toHaveLength(8);
});
