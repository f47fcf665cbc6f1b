/**
 * Smaller variations of wording and arrangement met in real tables.
 */
import { sheetCell } from "../../../src/core/a1";
import { displayText } from "../../../src/core/read/display";
import { SheetGrid } from "../../../src/core/read/sheetGrid";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { normalizeLabel } from "../../../src/core/read/text";
import { fmt, sheet, workbook, type Cell } from "./grid";

const read = (rows: Cell[][], budgetYear?: number) =>
  readWorkbook(workbook(sheet("S", rows)), budgetYear === undefined ? {} : { budgetYear });

describe("schedules", () => {
  const withSchedule = (labels: Cell[], percents: Cell[] | null) => [
    ["项目名称", "培训费"],
    ["资金支出计划", ...labels],
    ...(percents ? [[null, ...percents]] : []),
    ["三级指标", "指标值"],
    ["培训人次", "≥100人次"],
  ];
  const schedule = (rows: Cell[][]) => read(rows, 2024).tables[0].schedule.map((c) => [c.date, c.percent]);

  test("fractions typed as text", () => {
    expect(schedule(withSchedule(["6月末", "12月末"], ["0.5", "1"]))).toEqual([
      ["2024-06-30", 50],
      ["2024-12-31", 100],
    ]);
  });

  test("0 and 1 are fractions, 40 and 100 are percentages", () => {
    expect(schedule(withSchedule(["6月底", "12月底"], [0, 1]))).toEqual([
      ["2024-06-30", 0],
      ["2024-12-31", 100],
    ]);
    expect(schedule(withSchedule(["6月底", "12月底"], [40, 100]))).toEqual([
      ["2024-06-30", 40],
      ["2024-12-31", 100],
    ]);
  });

  test("label and percentage alternating in one row", () => {
    expect(schedule(withSchedule(["6月30日", "40%", "12月31日", "100%"], null))).toEqual([
      ["2024-06-30", 40],
      ["2024-12-31", 100],
    ]);
  });

  test("the whole plan written in one cell", () => {
    expect(schedule(withSchedule(["3月底0%，6月底45%，10月底70%，12月底100%"], null))).toEqual([
      ["2024-03-31", 0],
      ["2024-06-30", 45],
      ["2024-10-31", 70],
      ["2024-12-31", 100],
    ]);
  });

  test("checkpoints on the row under a label spanning the table", () => {
    const rows: Cell[][] = [
      ["项目名称", "培训费", "<"],
      ["资金支出计划（%）", "<", "<"],
      ["1-6月", "1-9月", "1-12月"],
      [fmt(0.3, "0%"), fmt(0.6, "0%"), fmt(1, "0%")],
      ["三级指标", "指标值"],
      ["培训人次", "≥100人次"],
    ];
    expect(schedule(rows)).toEqual([
      ["2024-06-30", 30],
      ["2024-09-30", 60],
      ["2024-12-31", 100],
    ]);
  });
});

describe("budget year", () => {
  const table = (title: string, target = "≥100人次") => [[title], ["三级指标", "指标值"], ["培训人次", target]];

  test("from the title: 2024年度, （2024年）, 2024年项目…", () => {
    expect(read(table("项目支出绩效目标表（2024年度）")).tables[0].budgetYear).toBe(2024);
    expect(read(table("某某局2025年项目支出绩效目标表")).tables[0].budgetYear).toBe(2025);
  });

  test("a year inside a document name is not the budget year", () => {
    const rows = table("关于下达2023年省级转移支付资金的通知绩效目标表", "2024年12月31日");
    expect(read(rows).tables[0].budgetYear).toBe(2024);
  });

  test("from the project code when nothing else tells", () => {
    const rows: Cell[][] = [
      ["项目编码", "13020024P006820107627"],
      ["三级指标", "指标值"],
      ["培训人次", "≥100人次"],
    ];
    expect(read(rows).tables[0].budgetYear).toBe(2024);
    expect(read(rows, 2025).tables[0].budgetYear).toBe(2025);
  });
});

describe("column words", () => {
  test("actual, score and reason synonyms", () => {
    const rows: Cell[][] = [
      ["项目名称", "培训费"],
      ["指标名称", "年度目标值", "上半年完成情况", "全年预计完成值", "偏差大或目标未完成原因分析", "完成可能性"],
      ["培训人次", "≥100人次", "60人次", "100人次", "无", "确定能"],
    ];
    const [t] = read(rows, 2024).tables;
    expect(t.kind).toBe("monitoring");
    expect(t.header.columns).toMatchObject({ name: 0, target: 1, actual: 2, forecast: 3, reason: 4, likelihood: 5 });
    expect(t.indicators[0]).toMatchObject({ reason: "无", likelihood: "确定能" });
  });

  test("完成值 + 得分 make a self-evaluation", () => {
    const rows: Cell[][] = [
      ["项目名称", "培训费"],
      ["三级指标", "指标值", "权重", "完成值", "得分"],
      ["培训人次", "≥100人次", "10%", 100, 10],
    ];
    const [t] = read(rows, 2024).tables;
    expect(t.kind).toBe("self-evaluation");
    expect(t.indicators[0].weight).toBe(10);
  });
});

describe("grid and display", () => {
  test("a host that repeats the merged value in every cell still reads it once", () => {
    const snapshot = sheet("S", [["合并", "<"]]);
    snapshot.values[0][1] = "合并";
    const grid = new SheetGrid(snapshot);
    expect([grid.text(0, 0), grid.text(0, 1), grid.isContinuation(0, 1), grid.mergedValue(0, 1)]).toEqual([
      "合并",
      "",
      true,
      "合并",
    ]);
  });

  test("a grid keeps its cells' texts when many other texts are read after it", () => {
    // Cell texts are numbered in a shared, bounded table: one filling up later must not change this grid's.
    const grid = new SheetGrid(sheet("S", [["项目名称", 63.14, { error: "#N/A" }]]));
    new SheetGrid(sheet("T", [Array.from({ length: 60_000 }, (_, i) => `指标${i}`)]));
    new SheetGrid(sheet("U", [["项目编码", 1]]));
    expect([grid.text(0, 0), grid.text(0, 1), grid.text(0, 2), grid.cell(0, 0).headerRole]).toEqual([
      "项目名称",
      "63.14",
      "#N/A",
      "name",
    ]);
  });

  test("a merged area's text is its master's: an error value as String() gives it, on a sheet with errors or without", () => {
    // mergedCell reads the stored value only on a sheet holding an error value (SheetGrid.hasErrorValues).
    const rows: Cell[][] = [
      ["产出指标", "<", "培训人次"],
      ["^", "^", "合格率"],
    ];
    const plain = new SheetGrid(sheet("S", rows));
    const withError = new SheetGrid(sheet("T", [...rows, [{ error: "#REF!" }, "<", { error: "#N/A" }]]));
    for (const grid of [plain, withError])
      expect([grid.mergedText(1, 1), grid.mergedText(0, 2), grid.mergedCell(1, 0).column]).toEqual([
        "产出指标",
        "培训人次",
        null,
      ]);
    expect([withError.mergedText(2, 1), withError.mergedText(2, 2), withError.text(2, 0)]).toEqual([
      "[object Object]",
      "[object Object]",
      "#REF!",
    ]);
  });

  test("values as the user sees them", () => {
    expect(displayText(0.9, "0%")).toBe("90%");
    expect(displayText(0.905, "0.0%")).toBe("90.5%");
    expect(displayText(45657, 'yyyy"年"m"月"d"日"')).toBe("2024-12-31");
    expect(displayText(45657, "m/d/yy")).toBe("2024-12-31");
    expect(displayText(63.1, "0.00")).toBe("63.10");
    expect(displayText(0.1 + 0.2, null)).toBe("0.3");
    expect(displayText(" 86人 ")).toBe("86人");
    expect(displayText(null)).toBe("");
    expect(displayText({ error: "#N/A" })).toBe("#N/A");
  });

  test("labels are normalised: spaces, colons, brackets, 其中", () => {
    expect(normalizeLabel("其中：财政    资金")).toEqual({ key: "财政资金", hints: [] });
    expect(normalizeLabel("预算数（万元）：")).toEqual({ key: "预算数", hints: ["万元"] });
    expect(normalizeLabel("　项目名称 ：")).toEqual({ key: "项目名称", hints: [] });
  });
});

describe("indicator rows", () => {
  test("a target split over the columns of a merged 指标值 header", () => {
    const rows: Cell[][] = [
      ["项目名称", "培训费"],
      ["三级指标", "指标值", "<", "<"],
      ["培训人次", "≥", 100, "人次"],
      ["培训满意度", "≥", fmt(0.9, "0%"), null],
      ["培训合格率", "95%", null, null],
    ];
    const [t] = read(rows, 2024).tables;
    expect(t.indicators.map((i) => i.targetText)).toEqual(["≥100人次", "≥90%", "95%"]);
    expect(t.indicators[0].target).toMatchObject({ kind: "number", op: ">=", value: 100, unit: "人次" });
    expect(t.indicators[1].target).toMatchObject({ kind: "number", op: ">=", value: 90, unit: "%" });
  });

  test("a blank spacer row between indicator groups does not end the table", () => {
    const rows: Cell[][] = [
      ["项目名称", "培训费"],
      ["一级指标", "三级指标", "指标值"],
      ["产出指标", "培训人次", "≥100人次"],
      [],
      ["满意度指标", "培训满意度", "≥90%"],
      [],
      ["注：本表金额单位为万元"],
    ];
    const [t] = read(rows, 2024).tables;
    expect(t.indicators.map((i) => [i.level1, i.name])).toEqual([
      ["产出指标", "培训人次"],
      ["满意度指标", "培训满意度"],
    ]);
    expect(t.range.bottom).toBe(4);
  });

  test("an empty row inserted right under the header: the first row after it is an indicator, target or not (宁晋)", () => {
    const rows: Cell[][] = [
      ["项目名称", "助学金"],
      ["评价指标", "评价内容", "指标名称", "目标值"],
      [],
      ["项目年度绩效目标(定量指标)", "制度指标", "规章制度建立与否", null],
      ["^", "产出数量指标", "享受资助人数", 2100],
      [],
      ["注：本表金额单位为万元"],
    ];
    const [t] = read(rows, 2024).tables;
    expect(t.indicators.map((i) => [i.name, i.target.kind])).toEqual([
      ["规章制度建立与否", "missing"],
      ["享受资助人数", "number"],
    ]);
    // A note after a spacer, once indicators were read, still ends the table.
    expect(t.range.bottom).toBe(4);
  });

  test("a project name repeated on every row of a list of projects", () => {
    const rows: Cell[][] = [
      ["项目名称", "一级指标", "三级指标", "指标值"],
      ["甲项目", "产出指标", "甲1", "≥1个"],
      ["甲项目", null, "甲2", "≥2个"],
      ["乙项目", "产出指标", "乙1", "≥3个"],
    ];
    const tables = read(rows, 2024).tables;
    expect(tables.map((t) => [t.name, t.indicators.map((i) => `${i.level1}/${i.name}`)])).toEqual([
      ["甲项目", ["产出指标/甲1", "产出指标/甲2"]],
      ["乙项目", ["产出指标/乙1"]],
    ]);
  });
});

describe("an empty column inserted inside the indicator header (tests/core/read/metamorphic)", () => {
  test("between 二级指标 and 三级指标, beside a 绩效指标 label merged down: the levels stay the table's", () => {
    const rows: Cell[][] = [
      ["项目名称", "培训费", "<", "<", "<"],
      ["绩效指标", "一级指标", "二级指标", null, "三级指标", "指标值"],
      ["^", "产出指标", "数量指标", null, "培训人次", "≥100人次"],
      ["^", "^", "质量指标", null, "合格率", "≥95%"],
    ];
    const [t] = read(rows, 2024).tables;
    expect(t.header.columns).toMatchObject({ level1: 1, level2: 2, name: 4, target: 5 });
    expect(t.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", "数量指标", "培训人次"],
      ["产出指标", "质量指标", "合格率"],
    ]);
  });

  test("inside the annual block of a 实施周期 | 当年度 header: one table when a merged cell above spans the gap", () => {
    const rows: Cell[][] = [
      ["项目名称", "培训费", "<", "<", "<", "<", "<"],
      ["一级指标", "三级指标", "实施周期指标值", "二级指标", null, "三级指标", "当年度指标值"],
      ["产出指标", "培训人次", "≥300人次", "数量指标", null, "培训人次", "≥100人次"],
    ];
    const tables = read(rows, 2024).tables;
    expect(tables.map((t) => [t.header.columns, t.indicators.map((i) => [i.level2, i.name, i.targetText])])).toEqual([
      [{ level1: 0, name: 5, target: 6, level2: 3 }, [["数量指标", "培训人次", "≥100人次"]]],
    ]);
  });

  test("tables side by side whose gap is empty up to their tops stay two, however their headers look", () => {
    const rows: Cell[][] = [
      ["项目名称", "甲项目", "<", null, "项目名称", "乙项目"],
      ["一级指标", "三级指标", "指标值", null, "三级指标", "指标值"],
      ["产出指标", "甲指标", "≥1个", null, "乙指标", "≥2个"],
    ];
    const tables = read(rows, 2024).tables;
    expect(tables.map((t) => [t.name, t.indicators.map((i) => i.name)])).toEqual([
      ["甲项目", ["甲指标"]],
      ["乙项目", ["乙指标"]],
    ]);
  });
});

describe("choices between columns and amounts", () => {
  test("实施周期指标值 and 年度指标值 side by side: the annual target and its name", () => {
    const rows: Cell[][] = [
      ["项目名称", "道路改造"],
      ["一级指标", "二级指标", "三级指标", "实施周期指标值", "三级指标", "年度指标值"],
      ["产出指标", "数量指标", "改造道路（三年）", "≥150公里", "改造道路", "≥50公里"],
    ];
    const [t] = read(rows, 2024).tables;
    expect(t.header.columns).toMatchObject({ name: 4, target: 5 });
    expect(t.indicators.map((i) => [i.name, i.targetText])).toEqual([["改造道路", "≥50公里"]]);
  });

  test("no 三级指标 column: 二级 holds the names, 一级 the categories", () => {
    const rows: Cell[][] = [
      ["项目名称", "大楼运行保障"],
      ["一级指标", "二级指标", "绩效标准", "当年预期实现值"],
      ["数量指标", "维修维护次数", "反映全年维修维护情况", "≥280次"],
    ];
    const [t] = read(rows, 2024).tables;
    expect(t.indicators.map((i) => [i.level1, i.level2, i.name, i.description, i.targetText])).toEqual([
      ["", "数量指标", "维修维护次数", "反映全年维修维护情况", "≥280次"],
    ]);
  });

  test("年度资金总额 left at 0: judged by the sum of its parts, the written total kept for review", () => {
    const rows: Cell[][] = [
      ["项目名称", "村级补助"],
      ["项目资金（万元）", null, "全年预算数", "全年执行数"],
      ["^", "年度资金总额", 0, 0],
      ["^", "其中：本年财政拨款", 90, 80],
      ["^", "其他资金", 10, 5],
      ["三级指标", "指标值"],
      ["补助村数量", "=8个"],
    ];
    const result = read(rows, 2024);
    const [t] = result.tables;
    expect([t.budget, t.funds.total, t.funds.fiscal, t.funds.other, t.spent?.value]).toEqual([100, 0, 90, 10, 85]);
    expect(result.diagnostics.map((d) => d.message)).toEqual(["年度资金总额为 0，按其中各项资金合计读取"]);
  });

  test("调整后预算数 is the budget, not 调整预算数 (the adjustment); 预算执行数 the spent amount", () => {
    const rows: Cell[][] = [
      ["项目名称", "村级补助"],
      ["资金来源", "年初预算", "调整预算数", "调整后预算数", "预算执行数", "全年执行数"],
      ["当年财政资金", 202.64, -69.728, 132.912, 88.6, 132.912],
      ["三级指标", "指标值"],
      ["补助村数量", "=8个"],
    ];
    const [t] = read(rows, 2024).tables;
    expect([t.budget, t.funds.fiscal, t.spent?.value]).toEqual([132.912, 132.912, 88.6]);
  });

  test("money typed as text with 万", () => {
    const rows: Cell[][] = [
      ["项目名称", "运行维护费", "预算数", "150万", "执行数", "125.25万"],
      ["三级指标", "指标值"],
      ["运行正常率", "100%"],
    ];
    const [t] = read(rows, 2024).tables;
    expect([t.budget, t.spent && { ...t.spent, cell: sheetCell(t.sheet, t.spent.cell) }]).toEqual([
      150,
      { cell: { sheet: "S", row: 0, col: 5 }, value: 125.25 },
    ]);
  });
});

test("schedule written down the rows of a vertically merged label, one checkpoint per row", () => {
  const rows: Cell[][] = [
    ["项目名称", "培训费"],
    ["资金支出计划", "3月底", "10%"],
    ["^", "6月底", "40%"],
    ["^", "9月底", "70%"],
    ["^", "12月底", "100%"],
    ["三级指标", "指标值"],
    ["培训人次", "≥100人次"],
  ];
  const [t] = read(rows, 2024).tables;
  expect(t.schedule.map((c) => [c.date, c.percent])).toEqual([
    ["2024-03-31", 10],
    ["2024-06-30", 40],
    ["2024-09-30", 70],
    ["2024-12-31", 100],
  ]);
});

test("a monitoring period line gives the year: （2024年1-7月）", () => {
  const rows: Cell[][] = [
    ["项目支出绩效目标执行监控表"],
    ["（2024年1-7月）"],
    ["三级指标", "指标值"],
    ["培训人次", "≥100人次"],
  ];
  expect(read(rows).tables[0].budgetYear).toBe(2024);
});

describe("round six wording (real tables, 2021–2025)", () => {
  test("一级 | 二级 | 三级 | 年度数值 | 备注 with levels ending in 值 (山东 临邑 2025)", () => {
    const rows: Cell[][] = [
      ["项目支出目标申报表"],
      ["项目名称", "小学教育公用经费"],
      ["项目资金申请(万元)", "资金总额:", 438.768],
      ["一级", "二级", "三级", "年度数值", "备注"],
      ["产出值", "数量值", "小学就读人数", "<=6962人", null],
      ["^", "成本值", "义务教育小学生均公用经费", "780元/生/年", null],
    ];
    const [t] = read(rows, 2025).tables;
    expect(t.header.columns).toMatchObject({ level1: 0, level2: 1, name: 2, target: 3, note: 4 });
    expect(t.budget).toBe(438.768);
    expect(t.indicators.map((i) => [i.level2, i.name, i.target.op, i.target.value, i.target.unit])).toEqual([
      ["数量值", "小学就读人数", "<=", 6962, "人"],
      ["成本值", "义务教育小学生均公用经费", "<=", 780, "元/生/年"],
    ]);
  });

  test("资金情况(万元) under a 单位:元 line: the label's own unit counts (陕西 汉阴 2022)", () => {
    const rows: Cell[][] = [
      ["2022年第二批中、省普惠金融发展专项资金绩效目标表"],
      ["单位:元"],
      ["专项名称", "普惠金融发展专项资金"],
      ["资金情况\n(万元)", "年度金额", 112],
      ["^", "其中:中央补助", 40],
      ["^", "地方资金", 72],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "本年度创业担保贷款发放额", "4000万元"],
    ];
    const [t] = read(rows).tables;
    expect(t.moneyUnit).toBe("万元");
    // 中央补助 and 地方资金 are both 财政 money, split by level: together they are the fiscal part.
    expect([t.budget, t.funds.fiscal, t.funds.other]).toEqual([112, 112, null]);
  });

  test("资金使用情况 beside 年度金额: the used total is spent, not the budget (四川 普惠金融)", () => {
    const rows: Cell[][] = [
      ["专项名称", "普惠金融发展专项资金", null, null],
      ["资金情况(万元)", "年度金额(提前下达):208万元", "资金使用情况(万元)", "合计:109.8万元"],
      ["^", "中央财政165万元", "^", "中央财政84.5万元"],
      ["^", "省级财政43万元", "^", "省级财政25.3万元"],
      ["一级指标", "三级指标", "指标值", "完成值", "权重", "得分"],
      ["产出指标", "创业担保贷款回收率", "≥90%", "98.70%", "20%", 20],
    ];
    const [t] = read(rows, 2023).tables;
    expect([t.budget, t.funds.fiscal, t.spent?.value]).toEqual([208, 208, 109.8]);
  });

  test("财政资金 merged over 中央 | 省级 | 市级资金 | 本级: their sum (湖南 南岳 雨露计划 2023)", () => {
    const rows: Cell[][] = [
      ["雨露计划绩效目标申报表", "<", "<", "<", "<", "<", "<"],
      ["填报单位(盖章): 单位负责人:谭呈祥", "<", "<", "<", "<", "<", "<"],
      ["专项名称", "2023年雨露计划就学补助项目", "<", "<", "<", "<", "<"],
      ["主管部门", "南岳区乡村振兴局", "<", "<", "<", "<", "<"],
      ["专项资金情况", "本年度预计投入(万元)", "财政资金(万元)", "<", "<", "<", "其他"],
      ["^", "^", "中央", "省级", "市级资金", "本级", "^"],
      ["^", 7, 0, 7, 0, 0, 0],
      ["本年度绩效 目标", "1.对提供就读学籍证明的学生了放就学补助;", "<", "<", "<", "<", "<"],
      ["^", "2.补助标准为:每生 1500 元/学期。", "<", "<", "<", "<", "<"],
      ["专项年度绩效指标", "一级指标", "二级指标", "三级指标内容", "指标值及单位"],
      ["^", "产出指标", "数量指标", "年度申请就学补助户数", ">=101人/次"],
    ];
    const { tables, diagnostics } = read(rows);
    const [t] = tables;
    expect([t.budget, t.funds.fiscal]).toEqual([7, 7]);
    // "填报单位(盖章):" is left blank: the next label in the cell is no unit name.
    expect(t.unitName).toBe("南岳区乡村振兴局");
    // The goal label merged over two rows, a line on each.
    expect(t.goal).toBe("1.对提供就读学籍证明的学生了放就学补助;\n2.补助标准为:每生 1500 元/学期。");
    // 专项年度绩效指标 down the left edge is the block's name, not a column.
    expect(diagnostics.map((d) => d.message)).not.toContainEqual(expect.stringMatching(/未识别/));
    expect(t.indicators[0].target.unit).toBe("人/次");
  });
});

describe("the department labels (主管部门)", () => {
  // Before: 主管预算部门 (天津 西青 2021) was no label, and a table naming only it had no unit.
  test.each(["主管预算部门", "主管主管部门", "主管部门", "县级主管部门"])(
    "%p names the unit when nothing else does",
    (label) => {
      const { tables } = read([
        ["项目支出绩效目标表"],
        ["项目名称", "基层医疗卫生机构绩效工资补助"],
        [label, "西青区卫健委"],
        ["项目资金 (万元)", 3],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "编内人员数", "3人"],
      ]);
      expect(tables[0].unitName).toBe("西青区卫健委");
      expect(tables[0].name).toBe("基层医疗卫生机构绩效工资补助");
    },
  );
});

describe("a table's title with no indicator header under the last table", () => {
  const goal: Cell[][] = [
    ["项目支出绩效目标表"],
    ["项目名称", "基层医疗卫生机构绩效工资补助"],
    ["项目资金 (万元)", 3],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "编内人员数", "3人"],
    [null],
  ];
  const notes = (below: Cell[][]) =>
    read([...goal, ...below]).diagnostics.filter((d) => d.text.code === "read.title-without-table");

  test("is said once, at its cell (a self-evaluation: not scored either); the table above is read as before", () => {
    const found = notes([
      ["项目支出绩效自评表"],
      ["(2021年度)"],
      ["项目资金 (万元)", "全年预算数(A)", "全年执行数(B)"],
    ]);
    expect(found.map((d) => [d.cell?.row, d.cell?.col, d.message])).toEqual([
      [6, 0, "第 7 行的“项目支出绩效自评表”下没有指标表头（一级指标、三级指标、指标值…），该表未读取、未评分"],
    ]);
    expect(notes([["2022年项目支出绩效目标表"]]).map((d) => d.message)).toEqual([
      "第 7 行的“2022年项目支出绩效目标表”下没有指标表头（一级指标、三级指标、指标值…），该表未读取",
    ]);
  });

  test("a note about a table, or a sheet with no table, says nothing", () => {
    expect(notes([["注：各项指标应与年初批复的项目支出绩效目标表"]])).toEqual([]);
    expect(notes([["本表各项指标，均应与年初预算批复时填报的项目支出绩效目标表"]])).toEqual([]);
    expect(notes([["填报说明"]])).toEqual([]);
    const alone = read([["项目支出绩效自评表"], ["项目名称", "x"]]).diagnostics;
    expect(alone.filter((d) => d.text.code === "read.title-without-table")).toEqual([]);
  });
});

describe("a check's own columns do not change a table's kind", () => {
  test("an untitled unit-wide table with a monitoring block beside it is still unit-wide (江西 浮梁 林业局)", () => {
    const rows: Cell[][] = [
      ["部门编码:", 316, "部门名称:", "浮梁县林业局"],
      ["*年度绩效总目标", "保证林业局职能实现,保障人员经费。"],
      ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "全年预计完成值", "偏差原因"],
      ["产出指标", "数量指标", "保障在职职工人数(人)", "116人", null, null, null],
    ];
    const [t] = read(rows, 2024).tables;
    expect([t.kind, t.name]).toEqual(["unit", "浮梁县林业局"]);
  });
});
