/**
 * The seed's first two tables (000_bb7b8be2226752e2.txt, 2024, a district procuratorate) typed in
 * by hand as grids, stacked on one sheet below some prose, the way a clerk pastes them.
 */
import { sheetCell } from "../../../src/core/a1";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { fmt, sheet, workbook, type Cell } from "./grid";

const P = "0%";

function table1(): Cell[][] {
  return [
    ["1.办公用品采购绩效目标表", "<", "<", "<", "<", "<", "<"],
    ["314001唐山市曹妃甸区人民检察院本级", "<", "<", "<", "<", "单位：万元", "<"],
    ["项目编码", "13020024P006820107627", "<", "项目名称", "办公用品采购", "<", "<"],
    ["预算规模及资金用途", "预算数", fmt(63.14, "0.00"), "其中：财政    资金", fmt(63.14, "0.00"), "其他资金", " "],
    ["^", "用于单位购买日常办公用品", "<", "<", "<", "<", "<"],
    ["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底", "<", "<"],
    ["^", fmt(0, P), fmt(0.45, P), fmt(0.7, P), fmt(1, P), "<", "<"],
    ["绩效目标", "1.保障办公正常运转", "<", "<", "<", "<", "<"],
    [],
    ["一级指标", "二级指标", "三级指标", "绩效指标描述", "<", "指标值", "指标值确定依据"],
    ["产出指标", "数量指标", "保障办公人数", "保障办公人数", "<", "86人", "工作计划"],
    ["^", "质量指标", "运转保障率", "各项日常工作保障率", "<", "100%", "工作计划"],
    ["^", "时效指标", "经费保障及时性", "以及保障各项日常办公需要", "<", "及时保障", "工作计划"],
    ["^", "成本指标", "日常公用经费开支标准", "公用经费的开支标准", "<", "按统一规定执行", "工作计划"],
    ["效益指标", "社会效益指标", "维持单位正常运转", "维持单位正常运转", "<", "维持单位正常运转", "工作计划"],
  ];
}

function table2(): Cell[][] {
  return [
    ["2.检察业务费绩效目标表", "<", "<", "<", "<", "<", "<"],
    ["314001唐山市曹妃甸区人民检察院本级", "<", "<", "<", "<", "单位：万元", "<"],
    ["项目编码", "13020024P006841127758", "<", "项目名称", "检察业务费", "<", "<"],
    ["预算规模及资金用途", "预算数", "155.20", "其中：财政    资金", "155.20", "其他资金", null],
    ["^", "用于新媒体制作及宣传报道、主题教育活动支出", "<", "<", "<", "<", "<"],
    ["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底", "<", "<"],
    ["^", "20%", "40%", "60%", "100%", "<", "<"],
    ["绩效目标", "1.做好其他专项支出,保障单位业务开展", "<", "<", "<", "<", "<"],
    [],
    ["一级指标", "二级指标", "三级指标", "绩效指标描述", "<", "指标值", "指标值确定依据"],
    ["产出指标", "数量指标", "工作完成率(%)", "工作完成率(%)", "<", "100%", "工作计划"],
    [null, "质量指标", "工作合格率(%)", "工作合格率(%)", "<", "100%", "工作计划"],
    [null, "成本指标", "预算执行率", "预算执行率", "<", "≥90%", "工作计划"],
    [null, "时效指标", "完成时限", "完成时限", "<", "2024年12月31日", "工作计划"],
    ["效益指标", "社会效益指标", "保障工作正常开展", "保障工作正常开展", "<", "保障工作正常开展", "工作计划"],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度", "<", "≥90%", "工作计划"],
  ];
}

const prose: Cell[][] = [
  ["第一部分"],
  ["部门整体绩效目标"],
  ["整体绩效目标：坚持依法管理，规范运转，科学合理的原则，基础工作求实，管理观念求新。"],
  ["（一）做好检察监督工作"],
  ["绩效目标：打击犯罪、保障人权、维护司法公正。"],
  [],
  ["第二部分"],
  ["预算项目绩效目标"],
  [],
];

function seedSheet() {
  const rows = [...prose, ...table1(), [], [], ...table2()];
  return workbook(sheet("预算项目绩效目标", rows));
}

describe("seed tables typed by hand, stacked below prose", () => {
  const result = readWorkbook(seedSheet());
  const [t1, t2] = result.tables;

  test("finds exactly the two tables", () => {
    expect(result.tables.map((t) => t.name)).toEqual(["办公用品采购", "检察业务费"]);
    expect(result.tables.map((t) => t.kind)).toEqual(["project", "project"]);
  });

  test("header block of table 1", () => {
    expect(t1.title).toBe("1.办公用品采购绩效目标表");
    expect(t1.code).toBe("13020024P006820107627");
    expect(t1.unitName).toBe("314001唐山市曹妃甸区人民检察院本级");
    expect(t1.moneyUnit).toBe("万元");
    expect(t1.budget).toBe(63.14);
    expect(t1.funds).toMatchObject({ total: 63.14, fiscal: 63.14, other: null });
    expect(t1.purpose).toBe("用于单位购买日常办公用品");
    expect(t1.goal).toBe("1.保障办公正常运转");
    expect(t1.budgetYear).toBe(2024);
    expect(t1.spent).toBeNull();
  });

  test("schedule: fractions formatted as % and text percentages", () => {
    expect(t1.schedule.map((c) => [c.label, c.date, c.percent])).toEqual([
      ["3月底", "2024-03-31", 0],
      ["6月底", "2024-06-30", 45],
      ["10月底", "2024-10-31", 70],
      ["12月底", "2024-12-31", 100],
    ]);
    expect(t2.schedule.map((c) => c.percent)).toEqual([20, 40, 60, 100]);
    const firstRow = prose.length;
    expect(sheetCell(t1.sheet, t1.schedule[1].labelCell)).toEqual({
      sheet: "预算项目绩效目标",
      row: firstRow + 5,
      col: 2,
    });
    expect(sheetCell(t1.sheet, t1.schedule[1].percentCell)).toEqual({
      sheet: "预算项目绩效目标",
      row: firstRow + 6,
      col: 2,
    });
  });

  test("budget written as text is read as a number", () => {
    expect(t2.budget).toBe(155.2);
    expect(t2.funds.fiscal).toBe(155.2);
  });

  test("indicators of table 1 with merged 一级指标", () => {
    expect(t1.indicators.map((i) => [i.level1, i.level2, i.name, i.targetText])).toEqual([
      ["产出指标", "数量指标", "保障办公人数", "86人"],
      ["产出指标", "质量指标", "运转保障率", "100%"],
      ["产出指标", "时效指标", "经费保障及时性", "及时保障"],
      ["产出指标", "成本指标", "日常公用经费开支标准", "按统一规定执行"],
      ["效益指标", "社会效益指标", "维持单位正常运转", "维持单位正常运转"],
    ]);
    expect(t1.indicators[0]).toMatchObject({
      description: "保障办公人数",
      basis: "工作计划",
      weight: null,
      actual: null,
    });
    expect(t1.indicators[0].target).toMatchObject({ kind: "number", value: 86, unit: "人" });
    expect(t1.indicators[2].target.kind).toBe("qualitative");
  });

  test("indicators of table 2 with blank (unmerged) 一级指标 cells", () => {
    expect(t2.indicators.map((i) => i.level1)).toEqual([
      "产出指标",
      "产出指标",
      "产出指标",
      "产出指标",
      "效益指标",
      "满意度指标",
    ]);
    expect(t2.indicators[2].target).toMatchObject({ kind: "number", op: ">=", value: 90, unit: "%" });
    expect(t2.indicators[3].target).toMatchObject({ kind: "date", date: "2024-12-31" });
  });

  test("cells and ranges are absolute", () => {
    const top = prose.length;
    expect(t1.header.row).toBe(top + 9);
    expect(t1.header.columns).toMatchObject({ level1: 0, level2: 1, name: 2, description: 3, target: 5, basis: 6 });
    expect(sheetCell(t1.sheet, t1.indicators[0].nameCell)).toEqual({
      sheet: "预算项目绩效目标",
      row: top + 10,
      col: 2,
    });
    expect(sheetCell(t1.sheet, t1.indicators[0].targetCell)).toEqual({
      sheet: "预算项目绩效目标",
      row: top + 10,
      col: 5,
    });
    expect(t1.range).toEqual({ top, left: 0, bottom: top + 14, right: 6 });
    expect(t2.range.top).toBe(top + 17);
  });

  test("the prose above is not read as a goal, and nothing is reported", () => {
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});

describe("the same tables at an offset", () => {
  test("a table starting at C12 reads the same", () => {
    const shifted = readWorkbook(workbook(sheet("S", table1(), { at: [11, 2] })));
    const [t] = shifted.tables;
    expect(t.name).toBe("办公用品采购");
    expect(t.indicators).toHaveLength(5);
    expect(sheetCell(t.sheet, t.indicators[4].nameCell)).toEqual({ sheet: "S", row: 11 + 14, col: 4 });
    expect(t.range).toEqual({ top: 11, left: 2, bottom: 25, right: 8 });
  });
});
