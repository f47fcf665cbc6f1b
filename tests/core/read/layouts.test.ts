/**
 * Layouts seen in real published tables beyond the seed: sign + unit columns under a two-row header,
 * money in 元, the national self-evaluation and monitoring templates, a unit-wide (部门整体) table,
 * values below their labels, tables side by side.
 */
import { sheetCell } from "../../../src/core/a1";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import type { CellKey, CellReading, GoalTable } from "../../../src/core/types";
import { reviewTable } from "../../../src/core/review/review";
import { fmt, sheet, workbook, type Cell } from "./grid";

const ref = (sheetName: string, row: number, col: number) => ({ sheet: sheetName, row, col });
/** A table's cell (a cellKey on its sheet) as sheet, row and col; undefined when it has none. */
const onSheet = (t: GoalTable, key: CellKey | undefined) => (key === undefined ? undefined : sheetCell(t.sheet, key));
/** A table's reading with its cell as sheet, row and col. */
const readOnSheet = (t: GoalTable, r: CellReading | null | undefined) =>
  r && { ...r, cell: sheetCell(t.sheet, r.cell) };

describe("sign column + unit column under 年度指标值, money in 元, code prefixed to the name", () => {
  const rows: Cell[][] = [
    ["2024年项目支出绩效目标表", "<", "<", "<", "<", "<", "<"],
    ["单位：元"],
    ["项目名称", "51000021R000000019951-工资性支出", "<", "<", "<", "<", "<"],
    ["资金总额", "1,234,500.00", "财政拨款", 1234500, "其他资金", 0],
    ["资金使用计划", "第一季度", "上半年", "前三季度", "全年"],
    ["^", 25, 50, 75, 100],
    ["年度目标", "保障在职人员工资按时足额发放", "<", "<", "<", "<", "<"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "<", "<", "权重（%）"],
    ["^", "^", "^", "指标性质", "指标值", "度量单位", "^"],
    ["产出指标", "数量指标", "发放人数", "≥", 120, "人", 20],
    ["^", "成本指标", "人均成本", "≤", 1.2, "万元", 10],
    ["效益指标", "社会效益指标", "队伍稳定", "定性", "稳定", null, 10],
    [],
    ["备注：本表由财务科填写"],
  ];
  const result = readWorkbook(workbook(sheet("工资", rows)));
  const [t] = result.tables;

  test("one project table", () => {
    expect(result.tables).toHaveLength(1);
    expect(t.kind).toBe("project");
  });

  test("code split from the name; year from the title", () => {
    expect(t.code).toBe("51000021R000000019951");
    expect(t.name).toBe("工资性支出");
    expect(t.budgetYear).toBe(2024);
  });

  test("money in 元 is converted to 万元", () => {
    expect(t.moneyUnit).toBe("元");
    expect(t.budget).toBe(123.45);
    expect(t.funds).toMatchObject({ total: 123.45, fiscal: 123.45, other: 0 });
    expect(onSheet(t, t.budgetCell)).toEqual(ref("工资", 3, 1));
  });

  test("quarter checkpoints with plain-number percentages", () => {
    expect(t.schedule.map((c) => [c.label, c.date, c.percent])).toEqual([
      ["第一季度", "2024-03-31", 25],
      ["上半年", "2024-06-30", 50],
      ["前三季度", "2024-09-30", 75],
      ["全年", "2024-12-31", 100],
    ]);
  });

  test("two-row header: sign, value and unit columns", () => {
    expect(t.header.columns).toMatchObject({ level1: 0, level2: 1, name: 2, sign: 3, target: 4, unit: 5, weight: 6 });
    expect(t.goal).toBe("保障在职人员工资按时足额发放");
  });

  test("targets are parsed with the sign and unit columns", () => {
    const [count, cost, quality] = t.indicators;
    expect(t.indicators).toHaveLength(3);
    expect(count).toMatchObject({ level1: "产出指标", name: "发放人数", targetText: "120", weight: 20 });
    expect(count.target).toMatchObject({ kind: "number", op: ">=", opExplicit: true, value: 120, unit: "人" });
    expect(onSheet(t, count.signCell)).toEqual(ref("工资", 9, 3));
    expect(onSheet(t, count.unitCell)).toEqual(ref("工资", 9, 5));
    expect(cost).toMatchObject({ level1: "产出指标", level2: "成本指标" });
    expect(cost.target).toMatchObject({ kind: "number", op: "<=", value: 1.2, unit: "万元" });
    expect(quality.target.kind).toBe("qualitative");
  });

  test("the note after the blank row is not an indicator", () => {
    expect(t.range.bottom).toBe(11);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});

describe("national self-evaluation template (项目支出绩效自评表)", () => {
  const rows: Cell[][] = [
    ["项目支出绩效自评表", "<", "<", "<", "<", "<", "<", "<", "<"],
    ["（2023年度）", "<", "<", "<", "<", "<", "<", "<", "<"],
    ["项目名称", "执法办案装备购置", "<", "<", "<", "<", "<", "<", "<"],
    ["主管部门", "XX市人民检察院", "<", "<", "实施单位", "<", "XX区人民检察院", "<", "<"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["^", "年度资金总额", 40, 43.2, 37.24, 10, fmt(0.862, "0.00%"), 9],
    ["^", "其中：当年财政拨款", 40, 43.2, 37.24, "—", "—", "—"],
    ["^", "上年结转资金", null, null, null, "—", "—", "—"],
    ["^", "其他资金", null, null, null, "—", "—", "—"],
    ["年度总体目标", "预期目标", "<", "<", "<", "实际完成情况", "<", "<", "<"],
    ["^", "购置执法办案装备，提升办案效率", "<", "<", "<", "已完成大部分装备购置", "<", "<", "<"],
    [
      "绩效指标",
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ],
    ["^", "产出指标", "数量指标", "购置装备数量", "≥50台", "48台", 20, 19.2, "部分设备延期到货"],
    ["^", "^", "质量指标", "验收合格率", "100%", fmt(1, "0%"), 20, 20, null],
    ["^", "效益指标", "社会效益指标", "办案效率", "有所提升", "达成", 30, 30, null],
    ["^", "满意度指标", "服务对象满意度指标", "干警满意度", "≥90%", "95%", 10, 10, null],
    ["总分", "<", "<", "<", "<", "<", 100, 88.2, null],
  ];
  const result = readWorkbook(workbook(sheet("自评", rows)));
  const [t] = result.tables;

  test("kind, name, unit, year", () => {
    expect(result.tables).toHaveLength(1);
    expect(t.kind).toBe("self-evaluation");
    expect(t.name).toBe("执法办案装备购置");
    expect(t.unitName).toBe("XX区人民检察院");
    expect(t.budgetYear).toBe(2023);
  });

  test("execution block: 全年预算数 is the budget, 全年执行数 the spent amount", () => {
    expect(t.budget).toBe(43.2);
    expect(t.funds).toMatchObject({ total: 43.2, fiscal: 43.2, other: null });
    expect(readOnSheet(t, t.spent)).toEqual({ cell: ref("自评", 5, 4), value: 37.24 });
    expect(t.executionWeight?.value).toBe(10);
    expect(readOnSheet(t, t.executionScore)).toEqual({ cell: ref("自评", 5, 7), value: 9 });
  });

  test("goal from 预期目标 (value below the label)", () => {
    expect(t.goal).toBe("购置执法办案装备，提升办案效率");
  });

  test("indicators with actual, weight, score and reason", () => {
    expect(t.indicators.map((i) => [i.level1, i.name, i.weight, i.score?.value, i.actual?.value])).toEqual([
      ["产出指标", "购置装备数量", 20, 19.2, "48台"],
      ["产出指标", "验收合格率", 20, 20, 1],
      ["效益指标", "办案效率", 30, 30, "达成"],
      ["满意度指标", "干警满意度", 10, 10, "95%"],
    ]);
    expect(readOnSheet(t, t.indicators[1].actual)).toEqual({ cell: ref("自评", 13, 5), value: 1, numberFormat: "0%" });
    expect(t.indicators[0].reason).toBe("部分设备延期到货");
    expect(t.indicators[0].target).toMatchObject({ kind: "number", op: ">=", value: 50, unit: "台" });
  });

  test("the 总分 row closes the block and gives the submitted total", () => {
    expect(readOnSheet(t, t.totalScore)).toEqual({ cell: ref("自评", 16, 7), value: 88.2 });
    expect(t.range).toEqual({ top: 0, left: 0, bottom: 16, right: 8 });
  });
});

describe("an approval form's signature row closes the table (财政资金管理科室(盖章) 年 月 日)", () => {
  const rows: Cell[][] = [
    ["项目支出绩效目标批复表", "<", "<", "<"],
    ["项目名称", "主体班", "<", "<"],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "培训人次", "≥2000人次"],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥95%"],
    ["财政资金管理科室（盖章）      年   月   日", "<", "<", "财政绩效管理科室（盖章）      年   月   日"],
    ["主管部门（签字）", "<", "<", "<"],
  ];
  const [t] = readWorkbook(workbook(sheet("批复", rows))).tables;

  test("the signature cells are not read as an indicator", () => {
    expect(t.indicators.map((i) => i.name)).toEqual(["培训人次", "学员满意度"]);
  });
});

describe("national monitoring template (项目支出绩效目标执行监控表)", () => {
  const rows: Cell[][] = [
    ["项目支出绩效目标执行监控表", ...Array<Cell>(16).fill("<")],
    ["（2024年度）", ...Array<Cell>(16).fill("<")],
    ["项目名称", "社区矫正信息化建设", "<", "<", "<", "<", "<", "<"],
    ["主管部门", "XX区司法局", "<", "<", "实施单位", "XX区司法局本级", "<", "<"],
    ["项目资金（万元）", null, "年初预算数", "1-7月执行数", "1-7月执行率", "全年预计执行数"],
    ["^", "年度资金总额", 120, 48, fmt(0.4, "0%"), 120],
    ["^", "其中：财政拨款", 100, 40, fmt(0.4, "0%"), 100],
    ["^", "其他资金", 20, 8, fmt(0.4, "0%"), 20],
    ["年度总体目标", "年初设定目标", "<", "<", "<", "1-7月执行情况", "<", "<", "<"],
    ["^", "建成社区矫正信息系统", "<", "<", "<", "系统开发中", "<", "<", "<"],
    // prettier-ignore
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "1-7月执行情况", "全年预计完成情况", "偏差原因分析", "<", "<", "<", "<", "<", "完成目标可能性", "<", "<", "备注"],
    // prettier-ignore
    ["^", "^", "^", "^", "^", "^", "^", "经费保障", "制度保障", "人员保障", "硬件条件保障", "其他", "原因说明", "确定能", "有可能", "完全不可能", "^"],
    // prettier-ignore
    ["^", "产出指标", "数量指标", "矫正对象覆盖人数", "≥300人", "180人", "320人", null, null, null, null, null, null, "√", null, null, null],
    // prettier-ignore
    ["^", "^", "时效指标", "系统上线时间", "2024年9月30日", "未上线", "2024年11月30日", "√", null, null, "√", null, "资金未及时到位，硬件采购延迟", null, "√", null, "已催办"],
    // prettier-ignore
    ["^", "满意度指标", "服务对象满意度指标", "矫正对象满意度", "≥90%", "92%", "95%", null, null, null, null, null, null, "√", null, null, null],
    ["填报人：张三", "<", "<", "<", "联系电话：12345678", "<", "<"],
  ];
  const result = readWorkbook(workbook(sheet("监控", rows)));
  const [t] = result.tables;

  test("kind and money block", () => {
    expect(result.tables).toHaveLength(1);
    expect(t.kind).toBe("monitoring");
    expect(t.name).toBe("社区矫正信息化建设");
    expect(t.budgetYear).toBe(2024);
    expect(t.budget).toBe(120);
    expect(t.funds).toMatchObject({ total: 120, fiscal: 100, other: 20 });
    expect(readOnSheet(t, t.spent)).toEqual({ cell: ref("监控", 5, 3), value: 48 });
    expect(t.goal).toBe("建成社区矫正信息系统");
  });

  test("two-row header with tick-box groups", () => {
    expect(t.header.row).toBe(10);
    expect(t.header.columns).toMatchObject({
      level1: 1,
      level2: 2,
      name: 3,
      target: 4,
      actual: 5,
      forecast: 6,
      reason: 12,
      likelihood: 13,
    });
  });

  test("actual, forecast, ticked reasons and likelihood", () => {
    expect(t.indicators.map((i) => [i.level1, i.name, i.actual?.value, i.forecast?.value, i.likelihood])).toEqual([
      ["产出指标", "矫正对象覆盖人数", "180人", "320人", "确定能"],
      ["产出指标", "系统上线时间", "未上线", "2024年11月30日", "有可能"],
      ["满意度指标", "矫正对象满意度", "92%", "95%", "确定能"],
    ]);
    expect(t.indicators[1].reason).toBe("经费保障；硬件条件保障；资金未及时到位，硬件采购延迟");
    expect(t.indicators[0].reason).toBe("");
    expect(t.indicators[1].target).toMatchObject({ kind: "date", date: "2024-09-30" });
  });

  test("the 填报人 footer closes the table", () => {
    expect(t.range.bottom).toBe(14);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });
});

describe("unit-wide table (部门整体支出绩效目标表)", () => {
  const rows: Cell[][] = [
    ["部门整体支出绩效目标表", "<", "<", "<", "<", "<"],
    ["（2024年度）", "<", "<", "<", "<", "<"],
    ["部门（单位）名称", "XX区财政局", "<", "<", "<", "<"],
    ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）", "<", "<"],
    ["^", "^", "^", "总额", "财政拨款", "其他资金"],
    ["^", "预算编审", "完成年度预算编制", 100, 80, 20],
    ["^", "国库支付", "集中支付", 50, 50, 0],
    ["金额合计", "<", "<", 150, 130, 20],
    ["年度总体目标", "科学编制预算，规范资金支付", "<", "<", "<", "<"],
    ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "<"],
    ["^", "产出指标", "数量指标", "预算编审覆盖率", fmt(1, "0%"), "<"],
    ["^", "^", "时效指标", "预算批复时间", fmt(45306, "yyyy-mm-dd"), "<"],
    ["^", "满意度指标", "服务对象满意度指标", "预算单位满意度", "≥ 90 %", "<"],
  ];
  const result = readWorkbook(workbook(sheet("整体", rows)));
  const [t] = result.tables;

  test("kind unit, named after the unit", () => {
    expect(result.tables).toHaveLength(1);
    expect(t.kind).toBe("unit");
    expect(t.name).toBe("XX区财政局");
    expect(t.unitName).toBe("XX区财政局");
    expect(t.budgetYear).toBe(2024);
    expect(t.goal).toBe("科学编制预算，规范资金支付");
  });

  test("the task table's 金额合计 row is the budget", () => {
    expect(t.budget).toBe(150);
    expect(t.funds).toMatchObject({ total: 150, fiscal: 130, other: 20 });
    expect(onSheet(t, t.budgetCell)).toEqual(ref("整体", 7, 3));
  });

  test("targets rendered as the user sees them: % format and date format", () => {
    expect(t.indicators.map((i) => i.targetText)).toEqual(["100%", "2024-01-15", "≥ 90 %"]);
    expect(t.indicators[0].target).toMatchObject({ kind: "number", value: 100, unit: "%" });
    expect(t.indicators[1].target).toMatchObject({ kind: "date", date: "2024-01-15" });
    expect(t.indicators[2].target).toMatchObject({ kind: "number", op: ">=", value: 90, unit: "%" });
  });
});

describe("other arrangements", () => {
  test("values below their labels", () => {
    const rows: Cell[][] = [
      ["项目名称", "项目编码", "预算数（万元）", "绩效目标"],
      ["公务用车运行维护", "510100240001", 12.5, "保障公务出行"],
      [],
      ["一级指标", "二级指标", "指标名称", "目标值"],
      ["产出指标", "数量指标", "保障车辆数", "10辆"],
    ];
    const [t] = readWorkbook(workbook(sheet("S", rows)), { budgetYear: 2024 }).tables;
    expect([t.name, t.code, t.budget, t.goal, t.budgetYear]).toEqual([
      "公务用车运行维护",
      "510100240001",
      12.5,
      "保障公务出行",
      2024,
    ]);
    expect(t.indicators[0].target).toMatchObject({ kind: "number", value: 10, unit: "辆" });
  });

  test("labels with the value in the same cell", () => {
    const rows: Cell[][] = [
      ["项目名称：档案数字化"],
      ["年度资金总额：30万元"],
      ["财政拨款：26.5万元（其中：上级财政资金：20万元）"],
      ["三级指标", "指标值"],
      ["数字化页数", "≥20000页"],
    ];
    const [t] = readWorkbook(workbook(sheet("S", rows))).tables;
    expect([t.name, t.budget, t.funds.fiscal]).toEqual(["档案数字化", 30, 26.5]);
    expect(t.indicators.map((i) => i.name)).toEqual(["数字化页数"]);
  });

  test("two tables side by side, separated by an empty column", () => {
    const left: Cell[] = ["项目名称", "甲项目", "<"];
    const right: Cell[] = ["项目名称", "乙项目", "<"];
    const rows: Cell[][] = [
      [...left, null, ...right],
      ["预算数", 10, null, null, "预算数", 20, null],
      ["三级指标", "指标值", "指标值确定依据", null, "三级指标", "指标值", "指标值确定依据"],
      ["甲指标", "≥1个", "计划标准", null, "乙指标1", "≥2个", "计划标准"],
      [null, null, null, null, "乙指标2", "≥3个", "计划标准"],
    ];
    const tables = readWorkbook(workbook(sheet("S", rows)), { budgetYear: 2024 }).tables;
    expect(tables.map((t) => [t.name, t.budget, t.indicators.map((i) => i.name)])).toEqual([
      ["甲项目", 10, ["甲指标"]],
      ["乙项目", 20, ["乙指标1", "乙指标2"]],
    ]);
    expect(tables[1].range).toEqual({ top: 0, left: 4, bottom: 4, right: 6 });
  });

  test("tables on several sheets; hidden sheets read, the marks sheet skipped", () => {
    const rows: Cell[][] = [
      ["项目名称", "培训费"],
      ["三级指标", "指标值"],
      ["培训人次", "≥100人次"],
    ];
    const result = readWorkbook(
      workbook(sheet("A", rows), sheet("B", rows, { hidden: true }), sheet("_PerfTargets", rows, { hidden: true })),
    );
    expect(result.tables.map((t) => t.sheet)).toEqual(["A", "B"]);
  });

  test("a sheet without tables gives nothing", () => {
    const result = readWorkbook(workbook(sheet("说明", [["本工作簿用于绩效监控"], ["绩效目标：见各表"]])));
    expect(result).toEqual({ tables: [], diagnostics: [] });
  });

  test("1-7月完成值 as an actual column typed right of a project table", () => {
    const rows: Cell[][] = [
      ["项目名称", "办公用品采购"],
      ["一级指标", "二级指标", "三级指标", "指标值", "1-7月完成值"],
      ["产出指标", "数量指标", "保障办公人数", "86人", 80],
    ];
    const [t] = readWorkbook(workbook(sheet("S", rows)), { budgetYear: 2024 }).tables;
    expect(t.header.columns.actual).toBe(4);
    expect(readOnSheet(t, t.indicators[0].actual)).toEqual({ cell: ref("S", 2, 4), value: 80 });
  });
});

describe("a list of projects in one table (项目名称 and 年度目标 as columns, Sichuan style)", () => {
  const rows: Cell[][] = [
    ["2024年部门项目支出绩效目标表", "<", "<", "<", "<", "<", "<", "<", "<", "<"],
    [
      "单位名称、项目名称",
      "项目年度目标",
      "一级指标",
      "二级指标",
      "三级指标",
      "指标性质",
      "指标值",
      "度量单位",
      "权重（%）",
      "指标方向性",
    ],
    ["314001-四川省某某厅"],
    [
      "51000021R000000019951-工资性支出",
      "保障在职人员工资按时足额发放",
      "产出指标",
      "数量指标",
      "发放人数",
      "＝",
      "120",
      "人",
      30,
      "正向指标",
    ],
    ["^", "^", "^", "质量指标", "发放准确率", "≥", "100", "%", 30, "正向指标"],
    ["^", "^", "效益指标", "社会效益指标", "队伍稳定", "定性", "稳定", null, 20, "正向指标"],
    ["^", "^", "满意度指标", "服务对象满意度指标", "职工满意度", "≥", "90", "%", 20, "正向指标"],
    [
      "51000021R000000019952-公用经费",
      "保障机关正常运转",
      "产出指标",
      "成本指标",
      "人均公用经费",
      "≤",
      "1.5",
      "万元",
      50,
      "反向指标",
    ],
    ["^", "^", "效益指标", "社会效益指标", "机关运转", "定性", "正常运转", null, 50, "正向指标"],
  ];
  const result = readWorkbook(workbook(sheet("川", rows)));

  test("one table per project, with code, goal and unit line", () => {
    expect(result.tables.map((t) => [t.code, t.name, t.goal, t.unitName, t.budgetYear])).toEqual([
      ["51000021R000000019951", "工资性支出", "保障在职人员工资按时足额发放", "314001-四川省某某厅", 2024],
      ["51000021R000000019952", "公用经费", "保障机关正常运转", "314001-四川省某某厅", 2024],
    ]);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  test("indicators stay with their project; levels do not leak across projects", () => {
    const [wages, running] = result.tables;
    expect(wages.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", "数量指标", "发放人数"],
      ["产出指标", "质量指标", "发放准确率"],
      ["效益指标", "社会效益指标", "队伍稳定"],
      ["满意度指标", "服务对象满意度指标", "职工满意度"],
    ]);
    expect(running.indicators.map((i) => i.name)).toEqual(["人均公用经费", "机关运转"]);
    expect(wages.indicators[0].target).toMatchObject({ kind: "number", op: "=", value: 120, unit: "人" });
    expect(running.indicators[0].target).toMatchObject({ kind: "number", op: "<=", value: 1.5, unit: "万元" });
    expect(running.range).toEqual({ top: 7, left: 0, bottom: 8, right: 9 });
  });
});

describe("a budget-system export with 指标性质 正向 / 反向 beside 指标方向 = (内蒙古 乌海 2021)", () => {
  const rows: Cell[][] = [
    ["再生资源回收市场管理经费项目绩效目标表", "<", "<", "<", "<", "<", "<", "<", "<"],
    ["(2021年)", "<", "<", "<", "<", "<", "<", "<", "<"],
    ["项目名称", "再生资源回收市场管理经费", "<", "<", "<", "<", "<", "<", "<"],
    ["投入目标 (万元)", "资金来源", "<", "<", "<", "年初安排金额(万元)", "<", "<", "<"],
    ["^", "资金总额", "<", "<", "<", 3, "<", "<", "<"],
    ["^", "其中: 财政拨款数", "<", "<", "<", 3, "<", "<", "<"],
    ["^", "其他资金", "<", "<", "<", 0, "<", "<", "<"],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位", "分值", "备注"],
    ["产出指标", "数量指标", "出差人数", "正向", "=", 8, null, 4],
    ["产出指标", "时效指标", "项目财政资金到位时间", "正向", "=", fmt(44561, "#,##0"), fmt(44561, "#,##0"), 10],
    ["产出指标", "成本指标", "出差总成本", "反向", "=", 1, "万元", 4],
    ["产出指标", "成本指标", "车辆购置成本", "反向", "小于等于", 12, "万元", 4],
  ];
  const [t] = readWorkbook(workbook(sheet("乌海", rows))).tables;

  test("其中: 财政拨款数 is the 财政 money: 3 = 3 + 0", () => {
    expect(t.funds).toMatchObject({ total: 3, fiscal: 3, other: 0 });
  });

  test("the direction decides what = means; another comparator stands; the serial is a date", () => {
    expect(t.indicators.map((i) => [i.name, i.target.kind, i.target.normalized])).toEqual([
      ["出差人数", "number", "≥ 8"],
      ["项目财政资金到位时间", "date", "2021-12-31 前"],
      ["出差总成本", "number", "≤ 1 万元"],
      ["车辆购置成本", "number", "≤ 12 万元"],
    ]);
  });
});

describe("本年度绩效指标 merged down the left of the indicators is a caption (湖南 湘潭 2023)", () => {
  const rows: Cell[][] = [
    ["2023年项目支出绩效目标申报表", "<", "<", "<", "<", "<"],
    ["项目支出名称", "雾炮车降尘抑尘服务", "<", "预算部门", "湘潭市环境卫生管理处", "<"],
    ["年度本级\n预算金额", "250万", "<", "该项目支出上级资金", 0, "<"],
    ["本年度\n绩效指标", "一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准"],
    ["^", "产出指标", "数量指标", "雾炮车降尘抑尘服务配备车辆数", "10辆", "计划标准"],
    ["^", "^", "成本指标", "控制在预算成本内", "250万", "计划标准"],
  ];
  const result = readWorkbook(workbook(sheet("湘潭", rows)));

  test("no 表头未识别 note for the caption; the budget and the targets read", () => {
    expect(result.diagnostics.map((d) => d.message)).not.toContainEqual(expect.stringContaining("本年度"));
    const [t] = result.tables;
    expect(t.budget).toBe(250);
    expect(t.indicators.map((i) => i.target.normalized)).toEqual(["10 辆", "≤ 250 万元"]);
  });
});

describe("levels written as rows of one column, one deeper each (宁夏 石嘴山 2020 项目绩效目标批复表)", () => {
  const rows: Cell[][] = [
    ["石嘴山市疾病预防控制中心2020年项目绩效目标批复表", "<", "<"],
    ["单位:元"],
    ["项目", "指标值", "绩效金额"],
    [" 石嘴山市疾病预防控制中心"],
    ["  狂犬、乙肝、流感等疫苗及美沙酮药物", null, 3000000],
    ["   产出指标"],
    ["    成本指标(必填硬性指标)"],
    ["     按照物价部门定价标准采购", "100%"],
    ["    时效指标(必填)"],
    ["     疫苗提供及时率", "100%"],
    ["   满意度指标"],
    ["    服务对象满意度指标(必填)"],
    ["     服务对象满意度", "100%"],
  ];
  const result = readWorkbook(workbook(sheet("批复", rows)));
  const [t] = result.tables;

  test("the rows above the first level are the unit and the project, with its amount (元)", () => {
    expect([t.unitName, t.name, t.budget, t.moneyUnit]).toEqual([
      "石嘴山市疾病预防控制中心",
      "狂犬、乙肝、流感等疫苗及美沙酮药物",
      300,
      "元",
    ]);
  });

  test("a 一级 or 二级 alone on its row is the level of the rows below, not an indicator", () => {
    expect(t.indicators.map((i) => [i.level1.trim(), i.level2.trim(), i.name.trim()])).toEqual([
      ["产出指标", "成本指标(必填硬性指标)", "按照物价部门定价标准采购"],
      ["产出指标", "时效指标(必填)", "疫苗提供及时率"],
      ["满意度指标", "服务对象满意度指标(必填)", "服务对象满意度"],
    ]);
    expect(result.diagnostics.map((d) => d.message)).toEqual([]);
  });
});

describe("绩效 before the column names, starred required columns (海南 省商务厅 会展奖励资金 2021)", () => {
  const rows: Cell[][] = [
    ["项目绩效目标表", "<", "<", "<", "<", "<", "<", "<"],
    ["主管部门:省商务厅", "<", "<", "<", "资金总额:2430.30", "<", "<", "<"],
    ["项目负责人电话:65239479", "<", "<", "<", "财政拨款:2430.30", "<", "<", "<"],
    ["一级指标*", "二级指标*", "三级指标*", "绩效指标性质*", "绩效指标值*", "绩效度量单位", "权重*", "指标方向性*"],
    ["产出指标", "数量指标", "全年实现会展业综合收入", "≥", 280, "亿元", fmt(0.3, "0%"), "正向指标"],
  ];
  const result = readWorkbook(workbook(sheet("琼", rows)));
  const [t] = result.tables;

  test("绩效指标性质 and 绩效度量单位 are the sign and unit columns", () => {
    expect(t.header.columns).toMatchObject({ sign: 3, target: 4, unit: 5, weight: 6 });
    // No column left unread (the table names neither project nor year: those warnings are right).
    expect(result.diagnostics.map((d) => d.text.code)).toEqual(["read.no-project-name", "read.no-budget-year"]);
    expect(t.indicators[0].target).toMatchObject({ kind: "number", op: ">=", value: 280, unit: "亿元" });
  });

  test("the money as label:value cells", () => {
    expect([t.funds.total, t.funds.fiscal, t.unitName]).toEqual([2430.3, 2430.3, "省商务厅"]);
  });
});

describe("a disclosure page: headings and prose over a 项目具体目标表 (浙江 慈溪 2023)", () => {
  const rows: Cell[][] = [
    ["2023年慈溪市重大政策和项目绩效目标情况", "<", "<", "<"],
    ["3岁以下婴幼儿照护服务项目项目绩效目标", "<", "<", "<"],
    ["(二)中长期绩效指标", "<", "<", "<"],
    ["项目单位按项目实施内容设置了11个指标,包含数量类、时效类、质量类、效果类指标。指标如下:", "<", "<", "<"],
    ["项目具体目标表", "<", "<", "<"],
    ["一级指标", "二级指标", "指标名称", "指标值"],
    ["产出指标", "数量指标", "每千人托位", 4.5],
    ["满意度指标", "满意度指标", "社会公众满意度", "≥90%"],
  ];
  const [t] = readWorkbook(workbook(sheet("慈溪", rows))).tables;

  test("the page heading …绩效目标情况 gives the budget year", () => {
    expect(t.budgetYear).toBe(2023);
  });

  test("the form's own name (项目具体目标表) is the title, not the project's name", () => {
    expect([t.title, t.name]).toEqual(["项目具体目标表", ""]);
  });
});

describe("a caption cut to its first character and merged down the left is no column (陕西 清涧 2021 附表)", () => {
  // Vertical labels published as HTML often keep one character: "绩" for 绩效指标, "总" for 总体目标.
  const rows: Cell[][] = [
    ["绩效目标申报表", "<", "<", "<", "<"],
    ["项目名称", "寨山石坪果园路", "<", "<", "<"],
    ["资金情况", "年度资金总额:", 500, "<", "<"],
    ["绩", "一级指标", "二级指标", "三级指标", "指标值"],
    ["^", "产出指标", "数量指标", "新建水泥路1条", "2km"],
    ["^", "^", "成本指标", "硬化水泥砼公路补助标准", "≤120万元"],
  ];

  test("no 表头未识别 note for the caption; the targets read", () => {
    const result = readWorkbook(workbook(sheet("附表1", rows)));
    expect(result.diagnostics.map((d) => d.message)).not.toContainEqual(expect.stringContaining("绩"));
    expect(result.tables[0].indicators.map((i) => i.target.normalized)).toEqual(["2 公里", "≤ 120 万元"]);
  });

  test("the same cell not merged down is still an unknown column", () => {
    const flat = rows.map((r, i) => (i > 3 && r[0] === "^" ? [null, ...r.slice(1)] : r));
    const result = readWorkbook(workbook(sheet("附表1", flat)));
    expect(result.diagnostics.map((d) => d.message)).toContainEqual("表头“绩”未识别，该列未读取");
  });
});

describe("项目资金总额 (the whole period) beside 年度资金申请总额 (the year) (新疆兵团 2021)", () => {
  const rows: Cell[][] = [
    ["兵团本级财政衔接推进乡村振兴补助资金绩效目标申报表", "<", "<", "<", "<"],
    ["项目名称", "气调保鲜库建设项目", "<", "<", "<"],
    ["资金情况\n(万元)", "项目资金总额:", 3000, "年度资金申请总额", 1500],
    ["^", "其中:财政资金", 3000, "其中:当年财政拨款", 1500],
    ["绩 效 指 标", "一级\n指标", "二级指标", "三级指标", "年度指标值"],
    ["^", "产 出 指 标", "数量指标", "指标1:新建保鲜库数量", "1座"],
  ];

  test("the year's request is the budget, its 当年财政拨款 the fiscal part", () => {
    const [t] = readWorkbook(workbook(sheet("附件", rows))).tables;
    expect([t.budget, t.funds.fiscal, onSheet(t, t.budgetCell)]).toEqual([1500, 1500, ref("附件", 2, 4)]);
  });
});

describe("the project period beside its label (宁夏 原州 项目期, 武汉 项目起止时间, 湘潭 项目支出实施期, 奉节 建设周期)", () => {
  const table = (label: string, value: string) =>
    readWorkbook(
      workbook(
        sheet("表", [
          ["项目支出绩效目标申报表", "<", "<", "<"],
          ["(2022年度)", "<", "<", "<"],
          ["项目名称", "水源涵养林建设", label, value],
          ["一级指标", "二级指标", "三级指标", "指标值"],
          ["产出指标", "时效指标", "项目完成时间", "2023年底"],
        ]),
      ),
    ).tables[0];

  test.each([
    ["项目期", "2022年3月-2023年11月", "2022-03-01", "2023-11-30"],
    ["项目起止时间", "202201-202212", "2022-01-01", "2022-12-31"],
    ["项目支出实施期", "2022.07-2023.01", "2022-07-01", "2023-01-31"],
    ["建设周期", "2022年4月-2024年2月", "2022-04-01", "2024-02-29"],
    ["专项起止时间", "2022年1月至12月", "2022-01-01", "2022-12-31"],
    ["实施期限", "2022-2024年", "2022-01-01", "2024-12-31"],
    ["项目周期", "2022年度", "2022-01-01", "2022-12-31"],
  ])("%s %s", (label, value, start, end) => {
    const t = table(label, value);
    expect(t.period).toEqual({ text: value, start, end });
    // The period's cell is no indicator, and the year stays the title's.
    expect([t.budgetYear, t.indicators.map((i) => i.name)]).toEqual([2022, ["项目完成时间"]]);
  });

  // A length or 长期 says how long, not when; a prose note beside the label is no period either.
  test.each([
    ["项目期", "1年"],
    ["项目期", "三年"],
    ["实施期限", "长期"],
    ["项目期", "按合同约定执行，具体以验收时间为准"],
    ["项目期", "2024年3月-2023年11月"],
  ])("%s %s: no period", (label, value) => {
    const t = table(label, value);
    expect([t.period, t.indicators.map((i) => i.name)]).toEqual([undefined, ["项目完成时间"]]);
  });

  test("label and period in one cell (项目期:2022年3月-2023年11月)", () => {
    expect(table("项目期:2022年3月-2023年11月", "").period).toEqual({
      text: "2022年3月-2023年11月",
      start: "2022-03-01",
      end: "2023-11-30",
    });
  });

  // Found in review (session 31): a task list's 起止时间 column and a part's 建设周期 once silenced a real finding.
  const deadlines = (rows: Cell[][]) => {
    const [t] = readWorkbook(workbook(sheet("表", rows))).tables;
    const found = reviewTable(t, {}).filter((f) => f.rule === "deadline-outside-year");
    return { period: t.period, deadlines: found.map((f) => f.message) };
  };

  test("a 起止时间 heading a task list's column is no project period: its value below is one task's", () => {
    const rows: Cell[][] = [
      ["项目支出绩效目标申报表", "<", "<", "<"],
      ["(2022年度)", "<", "<", "<"],
      ["项目名称", "道路建设", "主管部门", "交通局"],
      ["年度主要任务", "起止时间", "预算金额", "备注"],
      ["修路", "2020-2030年", 100, ""],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "时效指标", "项目完成时间", "2024年底"],
    ];
    expect(deadlines(rows)).toEqual({
      period: undefined,
      deadlines: ["指标值设置不合理：“项目完成时间”的时限 2024-12-31 不在预算年度 2022 年内"],
    });
  });

  test("periods that disagree (项目期 2022年, a part's 建设周期 2020-2030年) give none: the budget year decides", () => {
    const rows: Cell[][] = [
      ["项目支出绩效目标申报表", "<", "<", "<"],
      ["(2022年度)", "<", "<", "<"],
      ["项目名称", "水源涵养林建设", "项目期", "2022-2022年"],
      ["起止时间", "2022年", "建设周期", "2020-2030年"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "时效指标", "项目完成时间", "2024年底"],
    ];
    expect(deadlines(rows).deadlines).toHaveLength(1);
    // The same labels agreeing: one period.
    const agreeing = rows.map((r) => r.map((c) => (c === "2020-2030年" ? "2022年1月-12月" : c)));
    expect(deadlines(agreeing).period).toMatchObject({ start: "2022-01-01", end: "2022-12-31" });
  });

  // 重庆 巴南's form (圣灯山 2022) gives the period's two ends in cells of their own: 开始日期 | … | 结束日期 | …; 江苏's
  // (镇江 2024) 开始时间 | 2024年 / 完成时间 | 2026年. Both ends read as one period (reader60: main read none).
  const endsForm = (start: Cell, end: Cell, target = "2023年6月底前"): Cell[][] => [
    ["项目支出绩效目标表", "<", "<", "<"],
    ["(2022年度)", "<", "<", "<"],
    ["项目名称", "农村公路修缮", "实施单位", "交通所"],
    ["开始日期", start, "结束日期", end],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "时效指标", "项目完成时间", target],
  ];

  test("开始日期 | 2022年1月1日 | 结束日期 | 2023年6月30日: the project period, so a deadline in 2023 is no error", () => {
    expect(deadlines(endsForm("2022年1月1日", "2023年6月30日"))).toEqual({
      period: { text: "2022年1月1日至2023年6月30日", start: "2022-01-01", end: "2023-06-30" },
      deadlines: [],
    });
  });

  test("开始时间 | 2024年 and 完成时间 | 2026年 on rows of their own (江苏): 2024 to 2026", () => {
    const rows: Cell[][] = [
      ["项目支出绩效目标表", "<", "<", "<"],
      ["项目名称", "公园运转经费", "预算年度", 2024],
      ["项目级次", "市本级", "开始时间", "2024年"],
      ["完成时间", "2026年", "预算单位", "博物馆"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "时效指标", "项目完成时间", "2026年底"],
    ];
    expect(deadlines(rows)).toMatchObject({ period: { start: "2024-01-01", end: "2026-12-31" }, deadlines: [] });
  });

  test("one end left blank, or a schedule's 开始时间 | 结束时间 headings over its rows: no period", () => {
    expect(deadlines(endsForm("2022年1月1日", null)).period).toBeUndefined();
    const schedule: Cell[][] = [
      ["项目支出绩效目标表", "<", "<", "<"],
      ["(2022年度)", "<", "<", "<"],
      ["项目名称", "农村公路修缮", "实施单位", "交通所"],
      ["项目实施内容", "<", "开始时间", "结束时间"],
      ["路面修缮", "<", "2022.1", "2023.12"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "时效指标", "项目完成时间", "2023年6月底前"],
    ];
    expect(deadlines(schedule)).toEqual({
      period: undefined,
      deadlines: ["指标值设置不合理：“项目完成时间”的时限 2023-06-30 不在预算年度 2022 年内"],
    });
  });

  test("a goal label that starts with 实施周期 is no period label", () => {
    expect(table("实施周期总目标", "2022年-2024年完成造林").period).toBeUndefined();
  });

  // 东莞 writes the goal's span into its label: 实施周期总目标(2022年--2024年), 中期滚动目标(2019年--2021年).
  test.each([
    ["实施周期总目标(2022年--2024年)", "2022-01-01", "2024-12-31"],
    ["中期滚动目标（2021-2023年）", "2021-01-01", "2023-12-31"],
    ["实施周期目标(2022年)", "2022-01-01", "2022-12-31"],
  ])("the years in a long-term goal's label: %s", (label, start, end) => {
    expect(table(label, "完成造林").period).toMatchObject({ start, end });
  });

  test("a goal label's years without the budget year, or another kind of label's, give no period", () => {
    // A form copied from an earlier year (2019-2021 on the 2022 table).
    expect(table("中期滚动目标(2019年--2021年)", "完成造林").period).toBeUndefined();
    // The annual goal's bracket and a non-goal label's are no project period.
    expect(table("年度目标(2022年--2024年)", "完成造林").period).toBeUndefined();
    expect(table("项目总投资(2022年--2024年)", "100").period).toBeUndefined();
  });

  test("a goal label's years that disagree with the labelled period give none", () => {
    const rows: Cell[][] = [
      ["项目支出绩效目标申报表", "<", "<", "<"],
      ["(2022年度)", "<", "<", "<"],
      ["项目名称", "水源涵养林建设", "项目期", "2022年"],
      ["实施周期总目标(2022年--2024年)", "完成造林", "年度目标", "完成造林"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "时效指标", "项目完成时间", "2024年底"],
    ];
    expect(deadlines(rows).period).toBeUndefined();
    const agreeing = rows.map((r) => r.map((c) => (c === "2022年" ? "2022-2024年" : c)));
    expect(deadlines(agreeing).period).toMatchObject({ start: "2022-01-01", end: "2024-12-31" });
  });
});

describe("the 新疆 自评表's thirteen indicator columns (阜康 2023: 指标值设置依据, 上年完成值, 指标分值权重, 指标赋分规则, 佐证资料)", () => {
  // The header as published (tests/fixtures/real/xinjiang-fukang-statistics-self-eval-2023.xlsx, whose stored text ends
  // at it); the two rows are a clerk's, typed under it.
  const rows: Cell[][] = [
    ["项目支出绩效自评表"],
    ["(2023年度)"],
    ["项目名称", "住户调查补贴"],
    ["项目资金（万元）", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值权重", "执行率", "得分"],
    ["^", "年度资金总额", 5.28, 1.96, 1.96, 10, "100.00%", 10],
    ["年度总体目标", "为120户记账户发放补贴"],
    [
      "年度绩效指标完成情况",
      "一级指标",
      "二级指标",
      "三级指标",
      "指标值",
      "指标值设置依据",
      "上年完成值",
      "指标分值权重",
      "指标赋分规则",
      "佐证资料",
      "指标实际完成值",
      "完成率",
      "指标得分",
      "偏差原因分析及改进措施",
    ],
    [
      "^",
      "产出指标",
      "数量指标",
      "住户数据产品",
      "≥120人",
      "调查方案",
      "118人",
      20,
      "完成得满分",
      "记账台账",
      "120人",
      "100%",
      20,
    ],
    [
      "^",
      "满意度指标",
      "服务对象满意度指标",
      "被调查户满意度",
      "≥90%",
      "往年水平",
      "95%",
      10,
      "按比例得分",
      "问卷",
      "100%",
      "111%",
      10,
    ],
  ];
  const result = readWorkbook(workbook(sheet("自评", rows)));
  const [t] = result.tables;

  test("every column known: no 表头未识别 note", () => {
    expect(result.diagnostics.map((d) => d.message).filter((m) => m.includes("未识别"))).toEqual([]);
  });

  test("the weight is 指标分值权重's, the actual 指标实际完成值's, the basis 指标值设置依据's; 上年完成值 is not this year's", () => {
    expect(t.indicators.map((i) => [i.name, i.targetText, i.weight, i.actual?.value, i.basis])).toEqual([
      ["住户数据产品", "≥120人", 20, "120人", "调查方案"],
      ["被调查户满意度", "≥90%", 10, "100%", "往年水平"],
    ]);
    expect(t.header.columns).toMatchObject({
      target: 4,
      basis: 5,
      previous: 6,
      weight: 7,
      note: 9,
      actual: 10,
      score: 12,
    });
  });
});
