/**
 * 绩效目标 | 评价指标 | 绩效内容 | 绩效标准 | 全年绩效目标 (福建 省直 2017 财政支出项目绩效目标表, round thirty-two): the year's
 * target is 全年绩效目标, and 绩效目标 left of the names heads the goal's categories (投入 / 产出) — the 一级, 评价指标 (成本目标
 * / 数量目标) the 二级. On main 绩效目标 was read as the target (`投入`, `产出` as every target) and 全年绩效目标 said unread.
 * 绩效目标 right of the names, alone, is still the target (海口 2016: 指标类型 | 指标名称 | 绩效目标 | 绩效标准).
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, workbook, type Cell } from "./grid";

function read(header: Cell[], rows: Cell[][]) {
  const result = readWorkbook(workbook(sheet("目标", [["2017年财政支出项目绩效目标表"], header, ...rows])));
  const t = result.tables[0];
  return {
    indicators: t?.indicators.map((i) => [i.level1, i.level2, i.name, i.targetText]),
    unread: result.diagnostics.filter((d) => d.message.includes("未识别")).map((d) => d.message),
  };
}

test("全年绩效目标 is the target; 绩效目标 | 评价指标 left of the names are the 一级 and 二级", () => {
  const header: Cell[] = ["绩效目标", "评价指标", "绩效内容", "绩效标准", "全年绩效目标"];
  const rows: Cell[][] = [
    ["投入", "成本目标", "发放困难台胞补贴", "100%", "按实际情况发放"],
    ["产出", "数量目标", "开展交流活动", "开展活动1次", "≥2次"],
  ];
  expect(read(header, rows)).toEqual({
    indicators: [
      ["投入", "成本目标", "发放困难台胞补贴", "按实际情况发放"],
      ["产出", "数量目标", "开展交流活动", "≥2次"],
    ],
    unread: [],
  });
});

test("绩效内容 over the goal's number and its text (目标1 | …): the text is the name", () => {
  const header: Cell[] = ["绩效目标", "评价指标", "绩效内容", "<", "绩效标准", "全年绩效目标"];
  const rows: Cell[][] = [
    ["投入", "成本目标", "目标1", "发放困难台胞补贴", "100%", "按实际情况发放"],
    ["产出", "数量目标", "目标1", "开展交流活动", "开展活动1次", "≥2次"],
    [null, null, "目标2", "困难学生助学", "定额资助", "≥95人"],
  ];
  const grid = workbook(sheet("目标", [["2017年财政支出项目绩效目标表"], header, ...rows]));
  const t = readWorkbook(grid).tables[0];
  expect(t.indicators.map((i) => [i.level2, i.name, i.targetText])).toEqual([
    ["成本目标", "发放困难台胞补贴", "按实际情况发放"],
    ["数量目标", "开展交流活动", "≥2次"],
    ["数量目标", "困难学生助学", "≥95人"],
  ]);
});

test("绩效目标 right of the names, the only target caption: still the target (海口 2016)", () => {
  const header: Cell[] = ["指标类型", "指标名称", "绩效目标", "绩效标准"];
  const rows: Cell[][] = [
    ["产出指标", "档案数字化数量", "≥1万卷", "按计划完成"],
    ["成效指标", "档案利用满意度", "≥90%", "问卷调查"],
  ];
  expect(read(header, rows).indicators).toEqual([
    ["产出指标", "", "档案数字化数量", "≥1万卷"],
    ["成效指标", "", "档案利用满意度", "≥90%"],
  ]);
});
