/**
 * A bare 指标值 right of a column naming the target outright is the value reached, not a second target: the 海关
 * (出入境检验检疫) 绩效评价表 (a template of 17 such forms, hktianyi/Meeting views/task/kpi/*.jsp: 提升口岸核心能力达标建设,
 * 疫情疫病, 大通关 …) writes 一级指标 | 权重 | 二级指标 | 分值 | 三级指标 | 计量单位 | 目标值(标准) | 分值 | 采集数据项
 * (数据项1 | 数据项2) | 指标值, repeats the header over each 一级 block, and merges each 是/否 indicator over four rows
 * (one 分值 of 5 per example asked for). Before, the rightmost 指标值 was taken as the target: every target read empty.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { sheet, type Cell } from "./grid";

const HEADER: Cell[][] = [
  ["一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", "目标值(标准)", "分值", "采集数据项", "<", "指标值"],
  ["^", "^", "^", "^", "^", "^", "^", "^", "数据项1", "数据项2", "^"],
];

const CUSTOMS: Cell[][] = [
  ["提升口岸核心能力达标建设专项经费支出绩效评价表"],
  ...HEADER,
  ["预算绩效", 50, "预算管理", 75, "预算执行进度(7月)", "%", "40%", 7, 30, 100, "30%"],
  ["^", "^", "^", "^", "预算调整次数（实际调整数）", "次", "0", 5, 1, "/", "1"],
  ["^", "^", "^", "^", "项目预算资金是否被核减", "是/否", "否", 25, "否", "/", "否"],
  ["^", "^", "^", "^", "结转结余资金率", "%", "-0%", 25, 1, 100, "1%"],
  ...HEADER,
  ["项目产出", 25, "产出数量", 30, "全国所有国家开放口岸", "%", "100%", 30, 5, 5, "100%"],
  ["^", "^", "产出质量", 40, "全国国家开放口岸核心能力建设考核验收率", "%", "100%", 40, 4, 5, "80%"],
  ["一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", "目标值(标准)", "分值", "采集数据项", "<", "<"],
  ["^", "^", "^", "^", "^", "^", "^", "^", "数据项1", "理由", "<"],
  [
    "项目效果",
    25,
    "经济效益",
    20,
    "口岸核心能力建设工作是否对地方外经作出贡献",
    "是/否",
    "是",
    5,
    "是",
    "①带动外贸",
    "<",
  ],
  ["^", "^", "^", "^", "^", "^", "^", 5, "^", "②……", "<"],
  ["^", "^", "^", "^", "^", "^", "^", 5, "^", "③……", "<"],
  ["^", "^", "^", "^", "^", "^", "^", 5, "^", "④……", "<"],
  ["总分", 100, "得分", null],
];

function read(rows: Cell[][]) {
  const { tables } = readWorkbook({ sheets: [sheet("S", rows)] });
  return tables;
}

describe("海关 绩效评价表: 目标值(标准) is the target, the 指标值 after the data items the value reached", () => {
  const [table] = read(CUSTOMS);
  const byName = (name: string) => table.indicators.find((i) => i.name === name)!;

  test("one table, every indicator's target read from 目标值(标准)", () => {
    expect(table.indicators.map((i) => [i.name, i.targetText])).toEqual([
      ["预算执行进度(7月)", "40%"],
      ["预算调整次数（实际调整数）", "0"],
      ["项目预算资金是否被核减", "否"],
      ["结转结余资金率", "-0%"],
      ["全国所有国家开放口岸", "100%"],
      ["全国国家开放口岸核心能力建设考核验收率", "100%"],
      ["口岸核心能力建设工作是否对地方外经作出贡献", "是"],
    ]);
    expect(table.indicators.every((i) => i.target.kind !== "missing")).toBe(true);
  });

  test("the 指标值 column is read as the actual; the table is an evaluation (actual and weight)", () => {
    expect(byName("预算执行进度(7月)").actual?.value).toBe("30%");
    expect(byName("全国国家开放口岸核心能力建设考核验收率").actual?.value).toBe("80%");
    expect(table.kind).toBe("self-evaluation");
  });

  test("the indicator's weight is the 分值 right of its name, not the 一级's 权重 or the 二级's 分值", () => {
    expect(byName("预算执行进度(7月)").weight).toBe(7);
    expect(byName("全国国家开放口岸核心能力建设考核验收率").weight).toBe(40);
  });

  test("an indicator merged over four rows is one indicator, its weight the sum of its rows' (4 × 5 = 20)", () => {
    const effect = table.indicators.filter((i) => i.name === "口岸核心能力建设工作是否对地方外经作出贡献");
    expect(effect).toHaveLength(1);
    expect(effect[0].weight).toBe(20);
    expect(effect[0].reason).toBe("①带动外贸；②……；③……；④……");
  });

  test("a block with one data item and 理由, no 指标值: the item is the answer (是), 理由 the reason", () => {
    const effect = byName("口岸核心能力建设工作是否对地方外经作出贡献");
    expect(effect.actual?.value).toBe("是");
  });

  test("采集数据项 / 数据项1 / 数据项2 are known columns: no 未识别 warning", () => {
    const { diagnostics } = readWorkbook({ sheets: [sheet("S", CUSTOMS)] });
    expect(diagnostics.map((d) => d.message).filter((m) => /未识别/.test(m))).toEqual([]);
  });

  test("five of the forms label the value 指标, not 指标值: read as the actual too", () => {
    const rows = CUSTOMS.map((r) => (r[10] === "指标值" ? [...r.slice(0, 10), "指标"] : r));
    const [t] = read(rows);
    const first = t.indicators[0];
    expect([first.name, first.targetText, first.actual?.value, first.level1]).toEqual([
      "预算执行进度(7月)",
      "40%",
      "30%",
      "预算绩效",
    ]);
  });

  test("a target of 0 and of -0% (预算调整次数, 结转结余资金率) is a cap at none, not a floor everything meets", () => {
    expect(byName("预算调整次数（实际调整数）").target).toMatchObject({ kind: "number", op: "<=", value: 0 });
    expect(byName("结转结余资金率").target).toMatchObject({ kind: "number", op: "<=", value: 0, unit: "%" });
  });
});

describe("the rule keeps the tables where the bare 指标值 is the target", () => {
  const HEAD: Cell[][] = [["2024年项目支出绩效目标表"], ["项目名称", "道路维护", "<", "<"]];
  const rowsUnder = (header: Cell[]): Cell[][] => [
    ...HEAD,
    header,
    ["产出指标", "数量指标", "维护道路里程", "≥80公里", "≥100公里"],
  ];

  test("实施周期指标值 | 指标值: the long-term column names no annual target, the bare 指标值 is the year's", () => {
    const [t] = read(rowsUnder(["一级指标", "二级指标", "三级指标", "实施周期指标值", "指标值"]));
    expect(t.indicators.map((i) => [i.targetText, i.actual])).toEqual([["≥100公里", null]]);
  });

  test("年度指标值 | 实际完成值 (the national self-evaluation form): as before", () => {
    const [t] = read(rowsUnder(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"]));
    expect(t.indicators.map((i) => [i.targetText, i.actual?.value])).toEqual([["≥80公里", "≥100公里"]]);
  });

  test("目标值 | 指标值 with an actual column of its own: the bare 指标值 is known, not a second actual", () => {
    const [t] = read([
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "目标值", "指标值", "实际完成值"],
      ["产出指标", "数量指标", "维护道路里程", "≥80公里", "85公里", "90公里"],
    ]);
    expect(t.indicators.map((i) => [i.targetText, i.actual?.value])).toEqual([["≥80公里", "90公里"]]);
  });
});
