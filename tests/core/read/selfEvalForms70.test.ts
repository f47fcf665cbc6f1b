/**
 * reader70 — self-evaluation forms of units not seen before (sources in scripts/fixtures/real-layouts/SOURCES.md,
 * round forty-one), each rule with its neighbours:
 * (1) 河北 成安 2020: 预期指标值 merged over 符号 | (blank) | 单位(文字描述), the value's own part left unlabelled — the
 *     table was not found at all; 单项指标实际完成值 was no actual; `%(百分比)` in the unit column was no unit.
 * (2) 南开 2018: 预算设定指标值 | 项目完成指标值 — the results were not read; the 预算绩效评价结果 score block under the
 *     grid was read as two indicators.
 * (3) 湖北 自评结果 2021: the lead-in sentence "…具体完成情况如下表:" was the title and the name, 一、自评结论 the unit.
 */
import { readWorkbook } from "../../../src/core/read";
import { sheet, workbook, type Cell } from "./grid";

const read = (rows: Cell[][]) => readWorkbook(workbook(sheet("表", rows)));

describe("a target label merged over 符号 | (blank) | 单位 (成安 2020)", () => {
  const header = (lower: Cell[]): Cell[][] => [
    ["一级指标", "二级指标", "三级指标", "预期指标值", "<", "<", "单项指标实际完成值", "单项指标完成情况"],
    ["^", "^", "^", ...lower, "^", "^"],
  ];
  const row: Cell[] = ["产出指标", "质量指标", "覆盖率", ">=", "98", "%(百分比)", "100%", "完成"];

  test("the one unlabelled part is the value; the unit named in brackets is the unit; the actual is read", () => {
    const [t] = read([...header(["符号", null, "单位(文字描述)"]), row]).tables;
    expect(t.header.columns).toMatchObject({ sign: 3, target: 4, unit: 5, actual: 6 });
    expect(t.indicators.map((i) => [i.target.normalized, i.actual?.value])).toEqual([["≥ 98%", "100%"]]);
  });

  test("a labelled value part is taken as labelled (指标值), never a blank beside it", () => {
    const [t] = read([...header(["符号", "指标值", "单位"]), row]).tables;
    expect(t.header.columns).toMatchObject({ sign: 3, target: 4, unit: 5 });
  });

  test("two unlabelled parts say nothing about which holds the value: no target taken from either", () => {
    const tables = read([...header(["符号", null, null]), row]).tables;
    expect(tables.map((t) => t.header.columns.target)).not.toContain(4);
    expect(tables.map((t) => t.header.columns.target)).not.toContain(5);
  });
});

describe("units written with their name in brackets", () => {
  const unitOf = (unit: string) => {
    const [t] = read([
      ["三级指标", "指标值", "计量单位"],
      ["覆盖率", "98", unit],
    ]).tables;
    return t.indicators[0].target.unit;
  };
  test.each([
    ["%(百分比)", "%"],
    ["%（百分比）", "%"],
  ])("%j is %j", (written, unit) => expect(unitOf(written)).toBe(unit));
  test("a bracket naming something else keeps the text as written (no unit taken from it)", () => {
    expect(unitOf("%(全县)")).not.toBe("%");
  });
});

describe("项目完成指标值 beside 预算设定指标值 (南开 2018)", () => {
  const rows = (below: Cell[][]): Cell[][] => [
    ["一级指标", "二级指标", "三级指标", "预算设定指标值", "项目完成指标值"],
    ["产出指标", "时效指标", "项目完成时间", "2018年10月底", "2018年11月底"],
    ["满意度指标", "服务对象满意度指标", "师生满意度", "≥95%", "96%"],
    ...below,
  ];

  test("the results are the actual column", () => {
    const [t] = read(rows([])).tables;
    expect(t.header.columns).toMatchObject({ target: 3, actual: 4 });
    expect(t.indicators.map((i) => i.actual?.value)).toEqual(["2018年11月底", "96%"]);
  });

  test("the 预算绩效评价结果 score block under the grid ends it: no indicator made of it", () => {
    const [t] = read(
      rows([
        ["预算绩效评价结果", "考核节点进度完成率", "10分", "项目采购节约率", "10分"],
        ["^", "预算编制准确度", "9分", "绩效评价结果", "29分"],
      ]),
    ).tables;
    expect(t.indicators.map((i) => i.name)).toEqual(["项目完成时间", "师生满意度"]);
  });

  test("an indicator whose name begins with 绩效评价结果 is still an indicator", () => {
    const [t] = read(rows([["", "", "绩效评价结果应用率", "100%", "100%"]])).tables;
    expect(t.indicators.map((i) => i.name)).toContain("绩效评价结果应用率");
  });
});

describe("湖北's 自评结果: a report's lines above the table (湖北科技学院 2021)", () => {
  const rows = (lead: string): Cell[][] => [
    ["2021年度本专科生奖助学金项目自评结果", "<", "<", "<", "<"],
    ["一、自评结论", "<", "<", "<", "<"],
    ["1、执行率情况。", "<", "<", "<", "<"],
    [lead, "<", "<", "<", "<"],
    ["一级指标", "二级指标", "指标名称", "目标值", "实际完成值"],
    ["产出指标", "数量指标", "受资助本专科学生人数", "14726", "15935"],
  ];

  test.each(["经过自评,本项目较好的完成的年初预定的各项绩效目标。具体完成情况如下表:", "详见下表"])(
    "the title is the form's heading, not %j; the name is the project's; no section heading is the unit",
    (lead) => {
      const [t] = read(rows(lead)).tables;
      expect({ title: t.title, name: t.name, unit: t.unitName, year: t.budgetYear }).toEqual({
        title: "2021年度本专科生奖助学金项目自评结果",
        name: "本专科生奖助学金",
        unit: "",
        year: 2021,
      });
    },
  );

  test("a form's title ending in 表 is still a title", () => {
    const [t] = read([
      ["项目支出绩效自评表", "<", "<"],
      ["三级指标", "指标值", "实际完成值"],
      ["培训人数", "≥100人", "120人"],
    ]).tables;
    expect(t.title).toBe("项目支出绩效自评表");
  });

  test("an unlabelled unit line above the labels is still the unit", () => {
    const [t] = read([
      ["2024年度项目支出绩效目标表", "<", "<"],
      ["某某县民政局", "<", "<"],
      ["项目名称", "高龄津贴", "<"],
      ["三级指标", "指标值", "<"],
      ["发放人数", "≥100人", "<"],
    ]).tables;
    expect(t.unitName).toBe("某某县民政局");
  });
});
