/**
 * A list of the places a transfer's money goes to, each row's tasks in a sentence (惠安 2025: 鎮 | 補助資金 (萬元) |
 * 約束性任務): each place's goals are a table of its own, with its row's amount as its budget, as a row of a list of
 * projects is. Before, the four rows were one unit-wide table (部门整体绩效目标) of same-named indicators, said 指标重复.
 */
import { readWorkbook } from "../../../src/core/read";
import { proseTables } from "../../../src/core/prose/extractProse";
import { sheet, workbook } from "../read/grid";

const tablesOf = (rows: Parameters<typeof sheet>[1]) => {
  const snapshot = workbook(sheet("附件", rows));
  return proseTables(snapshot, readWorkbook(snapshot)).map((t) => ({
    name: t.name,
    budget: t.budget,
    indicators: t.indicators.map((i) => `${i.name} ${i.targetText}`),
  }));
};

describe("a list of places and their tasks", () => {
  test("one table per 镇, its amount the budget (traditional characters)", () => {
    expect(
      tablesOf([
        ["2025年市級財政銜接推進鄉村振興補助資金分配表及任務清單"],
        ["鎮", "補助資金 (萬元)", "約束性任務"],
        ["崇武鎮", 2.95, "扶持對象2個以上,對象自付金額3.69萬元以上。"],
        ["東嶺鎮", 16.1, "扶持對象4個以上,對象自付金額21萬元以上。"],
        ["合計", 19.05, null],
      ]),
    ).toEqual([
      { name: "崇武鎮", budget: 2.95, indicators: ["扶持對象 2个以上", "對象自付金額 3.69万元以上"] },
      { name: "東嶺鎮", budget: 16.1, indicators: ["扶持對象 4个以上", "對象自付金額 21万元以上"] },
    ]);
  });

  test("a 乡镇名单 column after a 序号 (simplified characters)", () => {
    expect(
      tablesOf([
        ["序号", "乡镇名单", "乡镇类型", "补助资金(万元)", "任务清单"],
        [1, "龙涓镇", "农业生态型", 50, "用于整镇推进项目建设补助,项目预算总投资不低于100万元"],
        [2, "桃舟乡", "农业生态型", 50, "用于整镇推进项目建设补助,项目预算总投资不低于100万元"],
      ]).map((t) => [t.name, t.budget, t.indicators.length]),
    ).toEqual([
      ["龙涓镇", 50, 1],
      ["桃舟乡", 50, 1],
    ]);
  });

  test("a list under another header is still the unit's prose", () => {
    expect(
      tablesOf([
        ["工作", "任务"],
        ["宣传", "开展法治宣传活动不少于12次,群众满意度达到95%以上。"],
      ]).map((t) => t.name),
    ).toEqual(["部门整体绩效目标"]);
  });
});
