/**
 * 绩效目标 | 指标名称 | 指标值 with the goal's text in 绩效目标, merged down beside its indicators (round thirty-three):
 * the 指标值 is the target and the text the table's goal. On main the text was read as every indicator's target and
 * 指标值 as the value reached (the 海关 rule for a bare 指标值 right of a named target). A column of categories under
 * 绩效目标 (投入 / 产出, 福建 台联 2017) is still the 一级 (goalCategoryCaption).
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, workbook, type Cell } from "./grid";

const GOAL = "保障社区正常运转，提升居民满意度";

function read(header: Cell[], rows: Cell[][]) {
  const result = readWorkbook(
    workbook(sheet("目标", [["2024年项目支出绩效目标表"], ["项目名称", "社区服务经费"], header, ...rows])),
  );
  const t = result.tables[0];
  return {
    indicators: t?.indicators.map((i) => [i.level1, i.level2, i.name, i.targetText, i.actual?.value ?? null]),
    goal: t?.goal,
    unread: result.diagnostics.filter((d) => d.message.includes("未识别")).map((d) => d.message),
  };
}

test("the goal's text beside the names is the table's goal; 指标值 the target, no actual", () => {
  expect(
    read(
      ["绩效目标", "指标名称", "指标值"],
      [
        [GOAL, "服务社区数量", "≥12个"],
        ["^", "居民满意度", "≥90%"],
      ],
    ),
  ).toEqual({
    indicators: [
      ["", "", "服务社区数量", "≥12个", null],
      ["", "", "居民满意度", "≥90%", null],
    ],
    goal: GOAL,
    unread: [],
  });
});

test("with the levels between (绩效目标 | 一级 | 二级 | 三级 | 指标值) and an actual column after", () => {
  expect(
    read(
      ["绩效目标", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
      [
        [GOAL, "产出指标", "数量指标", "服务社区数量", "≥12个", "12个"],
        ["^", "满意度指标", "满意度指标", "居民满意度", "≥90%", "95%"],
      ],
    ),
  ).toEqual({
    indicators: [
      ["产出指标", "数量指标", "服务社区数量", "≥12个", "12个"],
      ["满意度指标", "满意度指标", "居民满意度", "≥90%", "95%"],
    ],
    goal: GOAL,
    unread: [],
  });
});

test("a short goal without a level's word is a goal too; categories under 绩效目标 stay the 一级", () => {
  const rows = (first: string, second: string): Cell[][] => [
    [first, "服务社区数量", "≥12个"],
    [second, "居民满意度", "≥90%"],
  ];
  expect(read(["绩效目标", "三级指标", "全年绩效目标"], rows("保障社区正常运转", "^")).indicators).toEqual([
    ["", "", "服务社区数量", "≥12个", null],
    ["", "", "居民满意度", "≥90%", null],
  ]);
  expect(read(["绩效目标", "指标名称", "指标值"], rows("产出", "效益")).indicators).toEqual([
    ["产出", "", "服务社区数量", "≥12个", null],
    ["效益", "", "居民满意度", "≥90%", null],
  ]);
});
