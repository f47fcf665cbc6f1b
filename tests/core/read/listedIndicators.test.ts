/**
 * Indicators listed inside one text cell (【产出指标-数量指标】指标1:机柜数量(≥77台)), the way some units publish
 * their project lists: levels from the 【】 heading, the target from the last bracket, a colon or a comparator.
 */
import { keyCol, keyRow } from "../../../src/core/a1";
import { listedIndicators } from "../../../src/core/prose/listedIndicators";
import { proseTables } from "../../../src/core/prose/extractProse";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import type { WorkbookSnapshot } from "../../../src/core/types";

const items = (text: string) =>
  listedIndicators(text)?.items.map(({ level1, level2, name, text: target }) => [level1, level2, name, target]);

describe("listedIndicators", () => {
  test("one per line under full-width headings, half-width brackets and colons", () => {
    expect(
      items(
        "【产出指标-数量指标】\n指标1:机柜数量(≥77台)\n指标2:巡检次数(≥12次)\n【满意度指标-服务对象满意度指标】\n指标1:提升群众安全感(≥90%)",
      ),
    ).toEqual([
      ["产出指标", "数量指标", "机柜数量", "≥77台"],
      ["产出指标", "数量指标", "巡检次数", "≥12次"],
      ["满意度指标", "服务对象满意度指标", "提升群众安全感", "≥90%"],
    ]);
  });

  test("several per line, full-width punctuation, Chinese numbering, target after a colon or at its comparator", () => {
    expect(
      items("［产出指标—质量指标］指标一、培训人数：≥100人次；指标二、覆盖率（100%）。[效益指标]指标1：群众满意度≥90%"),
    ).toEqual([
      ["产出指标", "质量指标", "培训人数", "≥100人次"],
      ["产出指标", "质量指标", "覆盖率", "100%"],
      ["效益指标", "", "群众满意度", "≥90%"],
    ]);
  });

  test("a name in brackets keeps them when the target follows a colon", () => {
    expect(items("【产出指标-数量指标】指标1：设备（终端）数量：50台")).toEqual([
      ["产出指标", "数量指标", "设备（终端）数量", "50台"],
    ]);
  });

  test("an item without a target keeps its name and an empty target", () => {
    expect(items("【效益指标-社会效益指标】指标1:服务保障民生")).toEqual([
      ["效益指标", "社会效益指标", "服务保障民生", ""],
    ]);
  });

  test("the 总体目标 before the first heading is the goal", () => {
    expect(listedIndicators("【总体目标】\n保障机房运转。\n【产出指标-数量指标】指标1:机柜数量(≥77台)")?.goal).toBe(
      "保障机房运转",
    );
  });

  test("text without a level heading or without 指标N items is not a list", () => {
    expect(listedIndicators("【项目概况】:该项目为市本级雪亮工程后端机房租赁服务,共计77个机柜")).toBeNull();
    expect(listedIndicators("【产出指标-数量指标】机柜数量不少于77台")).toBeNull();
  });
});

describe("a cell listing its indicators becomes one table, named by its row", () => {
  const snapshot: WorkbookSnapshot = {
    sheets: [
      {
        name: "项目",
        originRow: 0,
        originCol: 0,
        values: [
          ["单位编码", "单位名称", "年度预算安排", "绩效目标"],
          [
            "037001",
            "机房租赁项目",
            1681680,
            "【产出指标-数量指标】\n指标1:机柜数量(≥77台)\n【产出指标-时效指标】\n指标1:维护及时性(<24小时)",
          ],
        ],
        merges: [],
      },
    ],
  };

  test("every indicator tied to the one cell", () => {
    const tables = proseTables(snapshot, readWorkbook(snapshot));
    expect(tables.map((t) => [t.kind, t.name, t.indicators.length])).toEqual([["project", "机房租赁项目", 2]]);
    const cells = tables[0].indicators.map((i) => [
      keyRow(i.nameCell),
      keyCol(i.nameCell),
      keyRow(i.targetCell),
      keyCol(i.targetCell),
    ]);
    expect(cells).toEqual([
      [1, 3, 1, 3],
      [1, 3, 1, 3],
    ]);
    expect(tables[0].indicators.map((i) => [i.target.kind, i.target.op, i.target.value, i.target.unit])).toEqual([
      ["number", ">=", 77, "台"],
      ["duration", "<", 24, "小时"],
    ]);
  });
});
