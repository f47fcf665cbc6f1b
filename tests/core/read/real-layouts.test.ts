/**
 * The reader against real published layouts (tests/fixtures/real/*.xlsx, built by scripts/fixtures/real-layouts,
 * sources in scripts/fixtures/real-layouts/SOURCES.md). Every expectation below is written by hand from the
 * published table, not from the reader's output: a failure here is a layout feature the reader misses.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import type { Comparator, GoalTable, Indicator, ReadResult, TargetKind } from "../../../src/core/types";

const REAL = join(__dirname, "..", "..", "fixtures", "real");

async function read(file: string): Promise<ReadResult> {
  const { snapshot } = await snapshotFromXlsx(readFileSync(join(REAL, file)));
  return readWorkbook(snapshot);
}

/** Line breaks and spaces inside header-like cells ("经济效益\n指标") are layout, not content. */
const squash = (s: string) => s.replace(/\s+/g, "");

/** An allowed value: exact, one of several, or a pattern (e.g. "产出指标(50分)" vs "产出指标"). */
type Allowed<T> = T | T[] | RegExp;

interface Expected {
  l1: Allowed<string>;
  l2: string;
  name: string;
  /** The target as written in the target cell. */
  raw: string;
  kind: Allowed<TargetKind>;
  op?: Comparator | null;
  value?: number | null;
  unit?: Allowed<string | null>;
}

function fit<T>(got: T, allowed: Allowed<T>): T | Allowed<T> {
  if (Array.isArray(allowed)) return allowed.includes(got) ? got : allowed;
  if (allowed instanceof RegExp) return typeof got === "string" && allowed.test(got) ? got : allowed;
  return allowed;
}

function findIndicator(t: GoalTable | undefined, name: string): Indicator | undefined {
  return t?.indicators.find((ind) => squash(ind.name) === squash(name));
}

/** Compare one indicator field by field (one toEqual, so a failure shows every wrong field at once). */
function expectIndicator(t: GoalTable | undefined, e: Expected): void {
  const ind = findIndicator(t, e.name);
  if (!ind)
    throw new Error(
      `indicator “${e.name}” not read; read: ${JSON.stringify(t?.indicators.map((i) => i.name) ?? null)}`,
    );
  const got = {
    l1: squash(ind.level1),
    l2: squash(ind.level2),
    name: squash(ind.name),
    raw: ind.targetText.trim(),
    kind: ind.target.kind,
    ...(e.op !== undefined ? { op: ind.target.op } : {}),
    ...(e.value !== undefined ? { value: ind.target.value } : {}),
    ...(e.unit !== undefined ? { unit: ind.target.unit } : {}),
  };
  const want = {
    l1: fit(got.l1, e.l1),
    l2: squash(e.l2),
    name: squash(e.name),
    raw: e.raw,
    kind: fit(got.kind, e.kind),
    ...(e.op !== undefined ? { op: e.op } : {}),
    ...(e.value !== undefined ? { value: e.value } : {}),
    ...(e.unit !== undefined ? { unit: fit(got.unit, e.unit) } : {}),
  };
  expect(got).toEqual(want);
}

const num = (op: Comparator, value: number, unit: Allowed<string | null>) => ({
  kind: "number" as const,
  op,
  value,
  unit,
});
const QUAL = { kind: "qualitative" as const };
const PCT = (op: Comparator, value: number) => num(op, value, "%");

function indicatorTests(get: () => GoalTable | undefined, expected: Expected[]): void {
  test("indicator count", () => {
    expect(get()?.indicators.map((i) => squash(i.name))).toEqual(expected.map((e) => squash(e.name)));
  });
  test.each(expected.map((e) => [e.name, e] as const))("indicator %s", (_name, e) => expectIndicator(get(), e));
}

// ───────────────────────── 广东 东莞 2022: side-by-side 实施周期 / 当年度 blocks ─────────────────────────

describe("广东 东莞展览馆 2022 项目支出绩效目标表 (side-by-side 实施周期 / 当年度 indicator blocks)", () => {
  let result: ReadResult;
  const t = () => result.tables[0];
  beforeAll(async () => {
    result = await read("guangdong-dongguan-project-2022.xlsx");
  });

  test("one project table, not one per block", () => {
    expect(result.tables.map((x) => x.kind)).toEqual(["project"]);
  });
  test("name, budget (本年度申请市财政预算资金（万元）), year, unit", () => {
    expect({
      name: t()?.name,
      code: t()?.code,
      budget: t()?.budget,
      year: t()?.budgetYear,
      unit: t()?.unitName,
    }).toEqual({
      name: "物业管理费支出",
      code: null,
      budget: 282.92,
      year: 2022,
      unit: "东莞展览馆",
    });
  });
  test("targets come from the 当年度指标值 column (H)", () => {
    expect(t()?.header.columns.target).toBe(7);
  });
  indicatorTests(t, [
    {
      l1: "产出指标",
      l2: "数量指标",
      name: "物管服务面积",
      raw: "建筑面积2.6万平方米,展示面积1万平方米",
      kind: ["qualitative", "unknown"],
    },
    { l1: "产出指标", l2: "质量指标", name: "物业管理保障工作合格率", raw: "100%", ...PCT(">=", 100) },
    { l1: "产出指标", l2: "质量指标", name: "物业管理各项任务完成达标率", raw: "100%", ...PCT(">=", 100) },
  ]);
});

// ───────────────────────── 广东 东莞 2019 批复表: 中期 + 本年度 budgets, 计划指标值(或计划水平) ─────────────────────────

describe("广东 东莞市交通运输局 2019 项目支出绩效目标批复表", () => {
  let result: ReadResult;
  const t = () => result.tables[0];
  beforeAll(async () => {
    result = await read("guangdong-dongguan-approval-2019.xlsx");
  });

  test("one project table", () => {
    expect(result.tables.map((x) => x.kind)).toEqual(["project"]);
  });
  test("the annual budget (本年度申请 919), not the medium-term 284500", () => {
    expect({ name: t()?.name, budget: t()?.budget, year: t()?.budgetYear, unit: t()?.unitName }).toEqual({
      name: "镇际联网路升级改造工程一期",
      budget: 919,
      year: 2019,
      unit: "东莞市交通运输局",
    });
  });
  test("targets come from the 计划指标值(或计划水平) column (H)", () => {
    expect(t()?.header.columns.target).toBe(7);
  });
  indicatorTests(t, [
    {
      l1: "预期产出指标",
      l2: "数量指标(或建筑规模指标)",
      name: "镇街补助款完成结算项目数",
      raw: "3",
      ...num(">=", 3, null),
    },
    { l1: "预期产出指标", l2: "质量指标", name: "补助款结算误差率", raw: "±3%以内", ...PCT("<=", 3) },
    { l1: "预期产出指标", l2: "时效指标(工期指标、形象进度指标)", name: "结算款支付及时性", raw: "及时", ...QUAL },
    { l1: "预期产出指标", l2: "预算(或投资规模)控制指标", name: "年度预算执行率", raw: "≥90%", ...PCT(">=", 90) },
    { l1: "效果指标", l2: "社会、经济、生态效益指标", name: "补助款结算争议率", raw: "0%", ...PCT("<=", 0) },
  ]);
});

// ───────────────────────── 湖北 鄂州 2022: cost table + 一级/二级/绩效标准/当年预期实现值 ─────────────────────────

describe("湖北 鄂州市2022年市直部门预算项目支出绩效目标表 (cost table, shifted indicator levels)", () => {
  let result: ReadResult;
  const t = () => result.tables[0];
  beforeAll(async () => {
    result = await read("hubei-ezhou-project-2022.xlsx");
  });

  test("one project table", () => {
    expect(result.tables.map((x) => x.kind)).toEqual(["project"]);
  });
  test("name, year, budget = 合计 of the 金额 column of 项目预算成本构成", () => {
    expect({ name: t()?.name, budget: t()?.budget, year: t()?.budgetYear }).toEqual({
      name: "滨湖大厦办公大楼运行保障",
      budget: 814,
      year: 2022,
    });
  });
  test("header: 二级指标 column holds the names, 绩效标准 the description, 当年预期实现值 the target", () => {
    expect(t()?.header.columns).toMatchObject({ name: 1, description: 2, target: 3 });
  });
  test("description read from 绩效标准", () => {
    expect(findIndicator(t(), "办公大楼日常维修维护次数")?.description).toBe("反映办公大楼全年维修维护情况");
  });
  const l1 = ["", "产出指标"];
  indicatorTests(t, [
    { l1, l2: "数量指标", name: "办公大楼日常维修维护次数", raw: "≥280次", ...num(">=", 280, "次") },
    { l1, l2: "数量指标", name: "大楼安检巡察次数", raw: "200次", ...num(">=", 200, "次") },
    { l1, l2: "质量指标", name: "办公大楼日常维修维护验收合格率", raw: ">92%", ...PCT(">", 92) },
    { l1, l2: "质量指标", name: "经常性大型设备更新验收合格率", raw: "≥92%", ...PCT(">=", 92) },
    { l1, l2: "质量指标", name: "重要设备维修维保验收合格率", raw: "95%", ...PCT(">=", 95) },
    { l1, l2: "成本指标", name: "成本控制率", raw: "不超预算", ...QUAL },
  ]);
});

// ───────────────────────── 湖北 鄂州 2021 自评表: "150万" money text, blank template rows ─────────────────────────

describe("湖北 鄂州市行政审批局 2021 项目支出绩效自评表 (money as “150万”, empty template rows)", () => {
  let result: ReadResult;
  const t = () => result.tables[0];
  beforeAll(async () => {
    result = await read("hubei-ezhou-self-eval-2021.xlsx");
  });

  test("one self-evaluation table", () => {
    expect(result.tables.map((x) => x.kind)).toEqual(["self-evaluation"]);
  });
  test("name, year, budget 150 (全年预算数 “150万”), spent 125.25 (“125.25万”)", () => {
    expect({ name: t()?.name, year: t()?.budgetYear, budget: t()?.budget, spent: t()?.spent?.value }).toEqual({
      name: "市民中心运行维护费",
      year: 2021,
      budget: 150,
      spent: 125.25,
    });
  });
  test("money block 分值 100 / 得分 98 as submitted", () => {
    expect({ weight: t()?.executionWeight?.value, score: t()?.executionScore?.value }).toEqual({
      weight: 100,
      score: 98,
    });
  });
  test("weights, scores and actuals per indicator", () => {
    expect(
      t()?.indicators.map((i) => [squash(i.name), i.weight, i.score?.value ?? null, i.actual?.value ?? null]),
    ).toEqual([
      ["预算执行率", 20, 18, "83.5%"],
      ["预算资金拨款率", 10, 10, "100%"],
      ["政务服务工作办结率", 10, 10, "100%"],
      ["大厅业务日常考核结果", 10, 10, "100%"],
      ["市民中心运行维护费", 10, 10, "150万"],
      ["大厅运行正常率", 10, 10, "100%"],
    ]);
  });
  indicatorTests(t, [
    { l1: "产出指标", l2: "数量指标", name: "预算执行率", raw: "100%", ...PCT(">=", 100) },
    { l1: "产出指标", l2: "数量指标", name: "预算资金拨款率", raw: "100%", ...PCT(">=", 100) },
    { l1: "产出指标", l2: "质量指标", name: "政务服务工作办结率", raw: "100%", ...PCT(">=", 100) },
    { l1: "产出指标", l2: "质量指标", name: "大厅业务日常考核结果", raw: "100%", ...PCT(">=", 100) },
    { l1: "产出指标", l2: "成本指标", name: "市民中心运行维护费", raw: "150万", ...num("<=", 150, ["万元", "万"]) },
    { l1: "效益指标", l2: "经济效益指标", name: "大厅运行正常率", raw: "100%", ...PCT(">=", 100) },
  ]);
});

// ───────────────────────── 安徽 池州 棠溪镇 2022 自评表 ×2 ─────────────────────────

describe("安徽 池州市贵池区棠溪镇 2022 项目支出绩效自评表 (two sheets)", () => {
  let result: ReadResult;
  const bySheet = (sheet: string) => result.tables.find((x) => x.sheet === sheet);
  beforeAll(async () => {
    result = await read("anhui-chizhou-self-eval-2022.xlsx");
  });

  test("two self-evaluation tables, one per sheet", () => {
    expect(result.tables.map((x) => [x.sheet, x.kind, x.name, x.budgetYear])).toEqual([
      ["委托业务项目", "self-evaluation", "委托业务项目", 2022],
      ["村级补助及运转经费", "self-evaluation", "村级补助及运转经费", 2022],
    ]);
  });
  test("money: 年度资金总额: written as 0, the money sits in 其中:本年财政拨款 (全年预算数)", () => {
    expect(result.tables.map((x) => [x.funds.total, x.funds.fiscal])).toEqual([
      [0, 89.974],
      [0, 132.912],
    ]);
  });
  test("money block 分值 10 as submitted", () => {
    expect(result.tables.map((x) => x.executionWeight?.value ?? null)).toEqual([10, 10]);
  });
  test("weights and qualitative actuals (达成预期指标)", () => {
    const t = bySheet("委托业务项目");
    expect(t?.indicators.map((i) => [i.weight, i.score?.value ?? null, i.actual?.value ?? null])).toEqual([
      [8, 8, 50],
      [8, 8, 100],
      [8, 8, "达成预期指标"],
      [8, 8, "达成预期指标"],
      [8, 8, 90],
      [10, 10, "达成预期指标"],
      [10, 10, "达成预期指标"],
      [10, 10, "达成预期指标"],
      [10, 10, "达成预期指标"],
    ]);
  });
  describe("委托业务项目", () => {
    indicatorTests(
      () => bySheet("委托业务项目"),
      [
        { l1: /^产出指标/, l2: "数量指标", name: "基建工程委托业务项目数量", raw: "≥50个", ...num(">=", 50, "个") },
        { l1: /^产出指标/, l2: "质量指标", name: "委托业务报告合格率", raw: "≥100百分比", ...PCT(">=", 100) },
        { l1: /^产出指标/, l2: "质量指标", name: "经费支出合规性", raw: "严格执行相关制度规定", ...QUAL },
        { l1: /^产出指标/, l2: "时效指标", name: "提交报告及时性", raw: "在项目计划完成时间内完成", ...QUAL },
        { l1: /^产出指标/, l2: "成本指标", name: "项目总成本", raw: "≤90万元", ...num("<=", 90, "万元") },
        { l1: /^产出指标/, l2: "成本指标", name: "单项业务成本", raw: "符合相关规定", ...QUAL },
        { l1: /^效益指标/, l2: "社会效益指标", name: "对维护基建市场公平的影响程度", raw: "效果明显", ...QUAL },
        { l1: /^效益指标/, l2: "生态效益指标", name: "对控制基建项目成本影响程度", raw: "效果明显", ...QUAL },
        {
          l1: /^效益指标/,
          l2: "可持续影响指标",
          name: "对推动基建项目“四项制度”健全和落实的持续性影响",
          raw: "效果明显",
          ...QUAL,
        },
      ],
    );
  });
  describe("村级补助及运转经费", () => {
    indicatorTests(
      () => bySheet("村级补助及运转经费"),
      [
        { l1: /^产出指标/, l2: "数量指标", name: "补助村(社区)数量", raw: "=8个", ...num("=", 8, "个") },
        { l1: /^产出指标/, l2: "数量指标", name: "保障村干部人数", raw: "=42个", ...num("=", 42, "个") },
        { l1: /^产出指标/, l2: "质量指标", name: "补助资格合规性", raw: "合规", ...QUAL },
        { l1: /^产出指标/, l2: "质量指标", name: "经费审批流程规范性", raw: "严格执行相关制度规定", ...QUAL },
        { l1: /^产出指标/, l2: "时效指标", name: "补助经费到位及时性", raw: "及时", ...QUAL },
        { l1: /^产出指标/, l2: "成本指标", name: "项目总成本", raw: "≤202.6万元", ...num("<=", 202.6, "万元") },
        {
          l1: /^效益指标/,
          l2: "经济效益指标",
          name: "对保障村(社区)两委机构正常运行的影响程度",
          raw: "效果明显",
          ...QUAL,
        },
        { l1: /^效益指标/, l2: "社会效益指标", name: "提高村(社区)干部工作积极性的影响程度", raw: "效果明显", ...QUAL },
      ],
    );
  });
});

// ───────────────────────── 甘肃 2023 省级部门预算项目支出绩效目标表 ─────────────────────────

describe("甘肃 嘉峪关 2023 省级部门预算项目支出绩效目标表 (label/value pairs, “20万元”, =…百分比)", () => {
  let result: ReadResult;
  const t = () => result.tables[0];
  beforeAll(async () => {
    result = await read("gansu-jiayuguan-project-2023.xlsx");
  });

  test("one project table", () => {
    expect(result.tables.map((x) => x.kind)).toEqual(["project"]);
  });
  test("name from 二级项目名称, budget 预算申报数 “20万元”, year, goal", () => {
    expect({ name: t()?.name, budget: t()?.budget, year: t()?.budgetYear, goal: t()?.goal }).toEqual({
      name: "博物馆纪念馆市级免费开放补助资金",
      budget: 20,
      year: 2023,
      goal: "进一步提高博物馆纪念馆运行效率和免费开放服务水平",
    });
  });
  test("其他资金 “20万元”", () => {
    expect(t()?.funds.other).toBe(20);
  });
  indicatorTests(t, [
    { l1: "产出指标", l2: "数量指标", name: "免费开放天数", raw: "=300天", ...num("=", 300, ["天", "日"]) },
    { l1: "产出指标", l2: "质量指标", name: "博物馆绩效考核指标完成率", raw: "=100百分比", ...PCT("=", 100) },
    { l1: "产出指标", l2: "时效指标", name: "各项工作完成及时率%", raw: "=99百分比", ...PCT("=", 99) },
    { l1: "产出指标", l2: "经济成本指标", name: "资金使用效率", raw: "=100百分比", ...PCT("=", 100) },
    { l1: "产出指标", l2: "社会成本指标", name: "对当地文物保护、文化传承影响", raw: "长远", ...QUAL },
    { l1: "产出指标", l2: "生态环境成本指标", name: "提升博物馆绿化水平", raw: "提升", ...QUAL },
    { l1: "效益指标", l2: "经济效益指标", name: "为当地提供就业岗位", raw: "增加岗位", ...QUAL },
    { l1: "效益指标", l2: "社会效益指标", name: "免费开放接待观众人数", raw: "=30000人次", ...num("=", 30000, "人次") },
    { l1: "效益指标", l2: "生态效益指标", name: "历史文化传承环保意识", raw: "时限长远", ...QUAL },
    { l1: "满意度指标", l2: "服务对象满意度", name: "服务对象满意度%", raw: "=99百分比", ...PCT("=", 99) },
  ]);
});

// ───────────────────────── 财政部 一体化系统 (pmkpi) 监控表 ─────────────────────────

describe("预算管理一体化 (pmkpi) 绩效运行监控 export: 计算符号 / 计量单位 / 当前完成值 / 完成可能性分析", () => {
  let result: ReadResult;
  const t = () => result.tables[0];
  beforeAll(async () => {
    result = await read("national-pmkpi-monitoring-2022.xlsx");
  });

  test("one monitoring table", () => {
    expect(result.tables.map((x) => x.kind)).toEqual(["monitoring"]);
  });
  test("name, year, budget = 调整后预算数 (not 调整预算数, the adjustment), spent = 预算执行数", () => {
    expect({ name: t()?.name, year: t()?.budgetYear, budget: t()?.budget, spent: t()?.spent?.value }).toEqual({
      name: "村级补助及运转经费",
      year: 2022,
      budget: 132.912,
      spent: 88.6,
    });
  });
  test("columns: sign 计算符号, unit 计量单位, target 年度指标值, actual 当前完成值, likelihood 完成可能性分析, forecast, reason, note", () => {
    expect(t()?.header.columns).toMatchObject({
      level1: 0,
      level2: 1,
      name: 2,
      sign: 3,
      unit: 4,
      target: 5,
      actual: 6,
      likelihood: 7,
      forecast: 8,
      reason: 9,
      note: 11,
    });
  });
  test("actual / forecast / likelihood / reason per indicator", () => {
    const first = findIndicator(t(), "补助村(社区)数量");
    expect({
      actual: first?.actual?.value,
      forecast: first?.forecast?.value,
      likelihood: first?.likelihood,
      reason: first?.reason,
    }).toEqual({ actual: 8, forecast: 8, likelihood: "确定能", reason: "无偏差" });
  });
  indicatorTests(t, [
    { l1: "产出指标", l2: "数量指标", name: "补助村(社区)数量", raw: "8", ...num("=", 8, "个") },
    { l1: "产出指标", l2: "数量指标", name: "保障村干部人数", raw: "42", ...num("=", 42, "个") },
    { l1: "产出指标", l2: "质量指标", name: "补助资格合规性", raw: "合规", ...QUAL },
    { l1: "产出指标", l2: "质量指标", name: "经费审批流程规范性", raw: "严格执行相关制度规定", ...QUAL },
    { l1: "产出指标", l2: "时效指标", name: "补助经费到位及时性", raw: "及时", ...QUAL },
    { l1: "产出指标", l2: "成本指标", name: "项目总成本", raw: "202.6", ...num("<=", 202.6, "万元") },
    { l1: "效益指标", l2: "经济效益指标", name: "对保障村(社区)两委机构正常运行的影响程度", raw: "效果明显", ...QUAL },
    { l1: "效益指标", l2: "社会效益指标", name: "提高村(社区)干部工作积极性的影响程度", raw: "效果明显", ...QUAL },
  ]);
});

// ───────────────────────── 四川 井研 马踏镇 2023: several projects in one flat system list ─────────────────────────

describe("四川 井研县马踏镇 2023 部门预算项目绩效目标申报表 (flat list, one table per project, 元 as “3,309,840.00”)", () => {
  let result: ReadResult;
  const byName = (name: string) => result.tables.find((x) => x.name === name);
  beforeAll(async () => {
    result = await read("sichuan-jingyan-goals-2023.xlsx");
  });

  test("one project table per project in the list", () => {
    expect(result.tables.map((x) => [x.kind, x.name, x.budget, x.budgetYear, x.moneyUnit])).toEqual([
      ["project", "村组干部报酬", 330.984, 2023, "元"],
      ["project", "基层组织活动经费", 66, 2023, "元"],
    ]);
  });
  test("goal and unit of each project", () => {
    expect(byName("村组干部报酬")?.goal).toBe("按时发放村组干部报酬");
    expect(byName("村组干部报酬")?.unitName).toMatch(/井研县马踏镇人民政府/);
  });
  test("columns: sign 指标性质, target 指标值, unit 度量单位, weight 权重", () => {
    expect(byName("村组干部报酬")?.header.columns).toMatchObject({
      level1: 4,
      level2: 5,
      name: 6,
      sign: 7,
      target: 8,
      unit: 9,
      weight: 10,
    });
  });
  describe("村组干部报酬", () => {
    indicatorTests(
      () => byName("村组干部报酬"),
      [
        { l1: "效益指标", l2: "社会效益指标", name: "维护社会稳定", raw: "95", ...PCT(">=", 95) },
        { l1: "产出指标", l2: "时效指标", name: "维持时效", raw: "1", ...num(">=", 1, "年") },
        { l1: "产出指标", l2: "质量指标", name: "按时发放", raw: "1", ...num(">=", 1, "人/年") },
        { l1: "效益指标", l2: "经济效益指标", name: "促进村集体经济发展", raw: "95", ...PCT(">=", 95) },
        { l1: "产出指标", l2: "数量指标", name: "村组干部230人", raw: "230", ...num(">=", 230, "个") },
        { l1: "效益指标", l2: "生态效益指标", name: "保护生态环境卫生", raw: "95", ...PCT(">=", 95) },
        { l1: "效益指标", l2: "可持续影响指标", name: "项目维持时效", raw: "95", ...PCT(">=", 95) },
        { l1: "满意度指标", l2: "服务对象满意度指标", name: "人民群众满意度", raw: "95", ...PCT(">=", 95) },
      ],
    );
  });
  describe("基层组织活动经费", () => {
    indicatorTests(
      () => byName("基层组织活动经费"),
      [
        { l1: "满意度指标", l2: "服务对象满意度指标", name: "辖区内群众满意度", raw: "95", ...PCT(">=", 95) },
        { l1: "效益指标", l2: "经济效益指标", name: "促进农村集体经济发展", raw: "95", ...PCT(">=", 95) },
        { l1: "效益指标", l2: "可持续影响指标", name: "经济、环境等方面可持续发展", raw: "95", ...PCT(">=", 95) },
        { l1: "产出指标", l2: "质量指标", name: "保障村社区正常运转", raw: "95", ...PCT(">=", 95) },
        { l1: "产出指标", l2: "数量指标", name: "行政村数量", raw: "11", ...num("=", 11, "个") },
      ],
    );
  });
});

// ───────────────────────── 四川 青神县 2023 部门预算项目支出绩效自评表 (一体化 export) ─────────────────────────

describe("四川 青神县发改局 2023 部门预算项目支出绩效自评表 (code-prefixed name, 调整后预算数, 指标性质/度量单位)", () => {
  let result: ReadResult;
  const t = () => result.tables[0];
  beforeAll(async () => {
    result = await read("sichuan-qingshen-self-eval-2023.xlsx");
  });

  test("one self-evaluation table", () => {
    expect(result.tables.map((x) => x.kind)).toEqual(["self-evaluation"]);
  });
  test("code and name split from “51000021R000000019951-工资性支出”, budget = 调整后预算数 251.89, spent 251.89", () => {
    expect({
      code: t()?.code,
      name: t()?.name,
      year: t()?.budgetYear,
      budget: t()?.budget,
      spent: t()?.spent?.value,
    }).toEqual({
      code: "51000021R000000019951",
      name: "工资性支出",
      year: 2023,
      budget: 251.89,
      spent: 251.89,
    });
  });
  test("money block 权重 10 as the execution weight; 合计 100 is the total", () => {
    expect(t()?.executionWeight?.value).toBe(10);
  });
  test("columns: sign, target, unit, actual 完成值, weight 权重, score, reason", () => {
    expect(t()?.header.columns).toMatchObject({
      level1: 1,
      level2: 2,
      name: 3,
      sign: 4,
      target: 5,
      unit: 6,
      actual: 7,
      weight: 8,
      score: 9,
      reason: 10,
    });
  });
  indicatorTests(t, [
    { l1: "产出指标", l2: "数量指标", name: "发放(缴纳)覆盖率", raw: "100", ...PCT("=", 100) },
    { l1: "效益指标", l2: "社会效益指标", name: "足额保障率(参保率)", raw: "100", ...PCT("=", 100) },
  ]);
});

// ───────────────────────── 云南 丽江 古城区 2020 自评表: two-row header, “﹦” ─────────────────────────

describe("云南 丽江市古城区 2020 项目支出绩效自评表 (two-row header 年度指标值 over 指标性质/指标值/度量单位, “﹦”)", () => {
  let result: ReadResult;
  const t = () => result.tables[0];
  beforeAll(async () => {
    result = await read("yunnan-lijiang-self-eval-2020.xlsx");
  });

  test("one self-evaluation table", () => {
    expect(result.tables.map((x) => x.kind)).toEqual(["self-evaluation"]);
  });
  test("name as written in 项目名称 (itself a title), year, budget 7.29, spent 7.29", () => {
    expect({ name: t()?.name, year: t()?.budgetYear, budget: t()?.budget, spent: t()?.spent?.value }).toEqual({
      name: "2020年省级自然资源卫片执法补助经费支出绩效自评表",
      year: 2020,
      budget: 7.29,
      spent: 7.29,
    });
  });
  test("columns from the lower header row: sign 3, target 4, unit 5; actual 6, weight 7, score 8", () => {
    expect(t()?.header.columns).toMatchObject({
      level1: 0,
      level2: 1,
      name: 2,
      sign: 3,
      target: 4,
      unit: 5,
      actual: 6,
      weight: 7,
      score: 8,
    });
  });
  test("weights and scores", () => {
    expect(t()?.indicators.map((i) => [i.weight, i.score?.value ?? null])).toEqual([
      [10, 9],
      [20, 19],
      [20, 19],
      [30, 27],
      [10, null],
    ]);
  });
  indicatorTests(t, [
    { l1: "产出指标", l2: "数量指标", name: "卫片执法补助经费", raw: "72890", ...num("=", 72890, "元") },
    { l1: "产出指标", l2: "质量指标", name: "项目验收合格率", raw: "100", ...PCT("=", 100) },
    { l1: "产出指标", l2: "时效指标", name: "项目完成及时率", raw: "100", ...PCT("=", 100) },
    { l1: "效益指标", l2: "社会效益指标", name: "违法行为责停率", raw: "95", ...PCT(">=", 95) },
    { l1: "满意度指标", l2: "服务对象满意度指标", name: "满意度", raw: "95", ...PCT(">=", 95) },
  ]);
});

// ───────────────────────── 安徽 六安 裕安区 2022 自评表: 执行率 0.958, “年度/指标值” split over two rows ─────────────────────────

describe("安徽 六安市裕安区 2022 市级文物保护专项经费绩效自评表 (header labels broken over two rows, 执行率 0.958)", () => {
  let result: ReadResult;
  const t = () => result.tables[0];
  beforeAll(async () => {
    result = await read("anhui-yuan-self-eval-2022.xlsx");
  });

  test("one self-evaluation table", () => {
    expect(result.tables.map((x) => x.kind)).toEqual(["self-evaluation"]);
  });
  test("name, year, budget 29, spent 27.8, 分值 9 / 得分 8", () => {
    expect({
      name: t()?.name,
      year: t()?.budgetYear,
      budget: t()?.budget,
      spent: t()?.spent?.value,
      weight: t()?.executionWeight?.value,
      score: t()?.executionScore?.value,
    }).toEqual({ name: "市级文物保护专项经费", year: 2022, budget: 29, spent: 27.8, weight: 9, score: 8 });
  });
  test("target = 年度/指标值 (col E), actual = 实际/完成值 (col F)", () => {
    expect(t()?.header.columns).toMatchObject({
      level1: 1,
      level2: 2,
      name: 3,
      target: 4,
      actual: 5,
      weight: 6,
      score: 7,
    });
  });
  const done =
    "完成六安市六安市罗氏宗祠、李氏宗祠、英布墓日常维护,指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、龙盘石刻护栏制装";
  indicatorTests(t, [
    { l1: "产出指标", l2: "数量指标", name: "指标1:修缮建筑数量", raw: done, ...QUAL },
    { l1: "产出指标", l2: "数量指标", name: "指标2:修缮建筑面积", raw: "6000平方米", ...num(">=", 6000, "平方米") },
    { l1: "产出指标", l2: "数量指标", name: "指标3:修缮级别", raw: "市级保护单位", ...QUAL },
    { l1: "产出指标", l2: "质量指标", name: "指标1:验收通过率", raw: "100%", ...PCT(">=", 100) },
    { l1: "产出指标", l2: "质量指标", name: "指标2:工程质量管理", raw: "≥95%", ...PCT(">=", 95) },
    { l1: "产出指标", l2: "质量指标", name: "指标3:文明施工", raw: "≥95%", ...PCT(">=", 95) },
    { l1: "产出指标", l2: "时效指标", name: "项目设计、招标、施工", raw: "完成时间为2022年12月30日", kind: "date" },
    { l1: "产出指标", l2: "成本指标", name: "项目成本控制在预算内", raw: "本着节约的原则,控制在预算中。", ...QUAL },
    {
      l1: "效益指标",
      l2: "社会效益指标",
      name: "文物本体安全、体现文物价值,提升知名度",
      raw: "加大文物保护,展示文物价值",
      ...QUAL,
    },
  ]);
  test("the deadline is 2022-12-30", () => {
    expect(findIndicator(t(), "项目设计、招标、施工")?.target.date).toBe("2022-12-30");
  });
});

// ───────────────────────── 四川 中江县 2022 绩效目标自评表: 分值 before the target, (A)/(B) labels ─────────────────────────

describe("四川 中江县水利局 2022 绩效目标自评表 (分值 column before 年度指标值, 全年预算数(A))", () => {
  let result: ReadResult;
  const t = () => result.tables[0];
  beforeAll(async () => {
    result = await read("sichuan-zhongjiang-self-eval-2022.xlsx");
  });

  test("one self-evaluation table", () => {
    expect(result.tables.map((x) => x.kind)).toEqual(["self-evaluation"]);
  });
  test("name, year, budget 20 (全年预算数(A)), spent 20, 分值 10", () => {
    expect({
      name: t()?.name,
      year: t()?.budgetYear,
      budget: t()?.budget,
      spent: t()?.spent?.value,
      weight: t()?.executionWeight?.value,
    }).toEqual({
      name: "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装",
      year: 2022,
      budget: 20,
      spent: 20,
      weight: 10,
    });
  });
  test("columns: weight 4 before target 5, actual 全年实际值 6, score 7, reason 未完成原因及拟采取的改进措施 8", () => {
    expect(t()?.header.columns).toMatchObject({
      level1: 1,
      level2: 2,
      name: 3,
      weight: 4,
      target: 5,
      actual: 6,
      score: 7,
      reason: 8,
    });
  });
  test("the “……” template row is reported, not read", () => {
    expect(result.diagnostics.some((d) => d.severity === "info" && /占位行/.test(d.message))).toBe(true);
  });
  test("total score 100 from the 总分 row", () => {
    expect(t()?.totalScore?.value).toBe(100);
  });
  indicatorTests(t, [
    { l1: /^产出指标/, l2: "数量指标", name: "安装坡面水标尺", raw: "≥266米", ...num(">=", 266, "米") },
    { l1: /^产出指标/, l2: "数量指标", name: "水标尺宽度", raw: "≥50厘米", ...num(">=", 50, "厘米") },
    { l1: /^产出指标/, l2: "质量指标", name: "项目(工程)验收合格率", raw: "100%", ...PCT(">=", 100) },
    { l1: /^产出指标/, l2: "时效指标", name: "及时(按期)开工率", raw: "≥90%", ...PCT(">=", 90) },
    { l1: /^产出指标/, l2: "时效指标", name: "及时(按期)完工率", raw: "≥90%", ...PCT(">=", 90) },
    { l1: /^产出指标/, l2: "成本指标", name: "项目计划总投资", raw: "20万元", ...num("<=", 20, "万元") },
    {
      l1: /^效益指标/,
      l2: "社会效益指标",
      name: "受益脱贫(含监测对象)户人口数",
      raw: "≥1000人",
      ...num(">=", 1000, "人"),
    },
    { l1: /^效益指标/, l2: "社会效益指标", name: "群众生产生活条件改善状况", raw: "显著提升", ...QUAL },
    {
      l1: /^满意度指标/,
      l2: "服务对象满意度指标",
      name: "受益脱贫(含监测对象)户满意度",
      raw: "≥95%",
      ...PCT(">=", 95),
    },
  ]);
});

// ───────────────────────── 湖南 南岳 2018 市级专项扶贫资金 绩效目标申报表: ">=", "<=475元/亩" ─────────────────────────

describe("湖南 衡阳市南岳区 2018 专项扶贫资金 绩效目标申报表 (ASCII >= / <=, 元/亩, template placeholders in names)", () => {
  let result: ReadResult;
  const t = () => result.tables[0];
  beforeAll(async () => {
    result = await read("hunan-nanyue-poverty-goals-2018.xlsx");
  });

  test("one project table", () => {
    expect(result.tables.map((x) => x.kind)).toEqual(["project"]);
  });
  test("name, budget 10 (年度资金总额:), goal", () => {
    expect({ name: t()?.name, budget: t()?.budget, fiscal: t()?.funds.fiscal, goal: t()?.goal }).toEqual({
      name: "2018年市级专项扶贫资金基础设施(人大代表扶贫基地)",
      budget: 10,
      fiscal: 10,
      goal: "为水濂村带来观光游客不少于6万人,村集体收入达6万元。",
    });
  });
  indicatorTests(t, [
    {
      l1: "产出指标",
      l2: "数量指标",
      name: "贫困地区旅游基础设施建设工程",
      raw: ">=20平方米",
      ...num(">=", 20, "平方米"),
    },
    { l1: "产出指标", l2: "数量指标", name: "贫困地区旅游景点开发数量( ≥**个 )", raw: ">=4个", ...num(">=", 4, "个") },
    { l1: "产出指标", l2: "数量指标", name: "流转土地", raw: ">=60亩", ...num(">=", 60, "亩") },
    { l1: "产出指标", l2: "质量指标", name: "*贫困地区旅游基础设施建设质量达标率100%", raw: ">=98%", ...PCT(">=", 98) },
    { l1: "产出指标", l2: "时效指标", name: "贫困地区基础设施建设按期完成率(≥**%)", raw: ">=95%", ...PCT(">=", 95) },
    { l1: "产出指标", l2: "成本指标", name: "流转土地补助标准", raw: "<=475元/亩", ...num("<=", 475, "元/亩") },
    { l1: "产出指标", l2: "成本指标", name: "景观建设成本", raw: "<=2875元/个", ...num("<=", 2875, "元/个") },
    {
      l1: "产出指标",
      l2: "成本指标",
      name: "贫困地区旅游基础设施建设工程建设成本",
      raw: "<=3000元/平方米",
      ...num("<=", 3000, "元/平方米"),
    },
    {
      l1: "效益指标",
      l2: "经济效益指标",
      name: "乡村旅游带动增加贫困村收入(≥**万元)",
      raw: ">=6万元",
      ...num(">=", 6, "万元"),
    },
    {
      l1: "效益指标",
      l2: "经济效益指标",
      name: "乡村旅游带动增加贫困人口收入(≥**万元)",
      raw: ">=2.61万元",
      ...num(">=", 2.61, "万元"),
    },
    {
      l1: "效益指标",
      l2: "社会效益指标",
      name: "贫困地区乡村旅游开发景点接待游客数量(≥**人)",
      raw: ">=60000人",
      ...num(">=", 60000, "人"),
    },
    { l1: "效益指标", l2: "社会效益指标", name: "受益建档立卡贫困人口数≥**人", raw: ">=29人", ...num(">=", 29, "人") },
    {
      l1: "满意度指标",
      l2: "服务对象满意度指标",
      name: "旅游行业经营主体满意度(≥**%)",
      raw: ">=90%",
      ...PCT(">=", 90),
    },
    {
      l1: "满意度指标",
      l2: "服务对象满意度指标",
      name: "参与旅游扶贫项目贫困群众满意度(≥**%)",
      raw: ">=90%",
      ...PCT(">=", 90),
    },
    { l1: "满意度指标", l2: "服务对象满意度指标", name: "旅游区居民满意度(≥**%)", raw: ">=90%", ...PCT(">=", 90) },
    { l1: "满意度指标", l2: "服务对象满意度指标", name: "游客满意度(≥**%)", raw: ">=90%", ...PCT(">=", 90) },
  ]);
});

// ───────────────────────── 重庆 奉节 2023 项目支出绩效目标审批表 ─────────────────────────

describe("重庆 奉节县云雾土家族乡 2023 项目支出绩效目标审批表 (当年年度预算, 其中:其它资金, 成本指标 first)", () => {
  let result: ReadResult;
  const t = () => result.tables[0];
  beforeAll(async () => {
    result = await read("chongqing-fengjie-approval-2023.xlsx");
  });

  test("one project table", () => {
    expect(result.tables.map((x) => x.kind)).toEqual(["project"]);
  });
  test("name, year, budget 65, fiscal 65, other 0", () => {
    expect({
      name: t()?.name,
      year: t()?.budgetYear,
      budget: t()?.budget,
      fiscal: t()?.funds.fiscal,
      other: t()?.funds.other,
    }).toEqual({
      name: "2023年云雾土家族乡加工园配套设施建设项目",
      year: 2023,
      budget: 65,
      fiscal: 65,
      other: 0,
    });
  });
  test("unit from 预算单位:", () => {
    expect(t()?.unitName).toBe("奉节县云雾土家族乡人民政府");
  });
  indicatorTests(t, [
    { l1: /^成本指标/, l2: "经济成本指标", name: "项目建设成本", raw: "≤65万元", ...num("<=", 65, "万元") },
  ]);
});

// ───────────────────────── 福建 宁德 2019 部门整体支出绩效目标表: 年度履职目标 task list above the indicators ─────────────────────────

describe("福建 宁德 党史方志研究室 2019 部门整体支出绩效目标表 (年度履职目标 task list, 指标解释 | 目标值)", () => {
  let result: ReadResult;
  const t = () => result.tables[0];
  beforeAll(async () => {
    result = await read("fujian-ningde-unit-goals-2019.xlsx");
  });

  test("one unit-wide table", () => {
    expect(result.tables.map((x) => x.kind)).toEqual(["unit"]);
  });
  test("budget = 资金总额 171.41, not the 预算金额 of the first task (49.8)", () => {
    expect({ budget: t()?.budget, year: t()?.budgetYear, unit: t()?.unitName }).toEqual({
      budget: 171.41,
      year: 2019,
      unit: "中共宁德市委党史和地方志研究室",
    });
  });
  test("goal from 年度总体目标, target from 目标值, standard from 指标解释", () => {
    expect(t()?.goal.startsWith("目标1:确保本室各人员工资及福利的发放")).toBe(true);
    expect(t()?.header.columns).toMatchObject({ name: 2, description: 3, target: 4 });
  });
  indicatorTests(t, [
    { l1: "产出指标", l2: "数量指标", name: "志鉴地情相关工作开展所需资金的供应时效", raw: "100%", ...PCT(">=", 100) },
    { l1: "产出指标", l2: "数量指标", name: "确保日常工作正常运行", raw: "100%", ...PCT(">=", 100) },
    {
      l1: "产出指标",
      l2: "数量指标",
      name: "按年度发放绩效奖、文明奖、综治平安奖、应休未休补贴",
      raw: "≥60%",
      ...PCT(">=", 60),
    },
    // A rate written as 1: read as 100 % (see parseTarget's RATE_NAME).
    {
      l1: "产出指标",
      l2: "质量指标",
      name: "调研、督促、指导志、鉴、地情编纂的县(市、区)的覆盖率",
      raw: "1",
      ...PCT(">=", 100),
    },
    { l1: "产出指标", l2: "质量指标", name: "各类书籍审稿率", raw: "1", ...PCT(">=", 100) },
    { l1: "产出指标", l2: "时效指标", name: "项目完成时间", raw: "100%", ...PCT(">=", 100) },
  ]);
});

// ───────────────────────── 重庆 忠县 2022 中央对地方转移支付 区域绩效目标表 ─────────────────────────

describe("重庆 忠县 2022 生猪调出大县奖励资金区域绩效目标表 (资金名称, 中央补助 / 地方资金, 单位 column)", () => {
  let result: ReadResult;
  const t = () => result.tables[0];
  beforeAll(async () => {
    result = await read("chongqing-zhongxian-region-goals-2022.xlsx");
  });

  test("one table", () => {
    expect(result.tables).toHaveLength(1);
  });
  test("name from 资金名称, budget 年度金额 397, 中央补助 397 as the fiscal part", () => {
    expect({ name: t()?.name, budget: t()?.budget, fiscal: t()?.funds.fiscal, other: t()?.funds.other }).toEqual({
      name: "生猪(牛羊)调出大县奖励资金",
      budget: 397,
      fiscal: 397,
      other: null,
    });
  });
  test("goal from 年度目标; unit column 单位 beside 指标值", () => {
    expect(t()?.goal.startsWith("到2022年底,生猪生产稳定有序发展")).toBe(true);
    expect(t()?.header.columns).toMatchObject({ level1: 1, level2: 2, name: 3, unit: 4, target: 5 });
  });
  indicatorTests(t, [
    { l1: "产出指标", l2: "数量指标", name: "猪肉产量稳定率", raw: "≥95%", ...PCT(">=", 95) },
    { l1: "产出指标", l2: "数量指标", name: "能繁母猪稳定率", raw: "90%", ...PCT(">=", 90) },
  ]);
});

// ───────────────────────── 福建 龙岩 2023 专项转移支付绩效目标表: 区域目标值 split by region ─────────────────────────

describe("福建 龙岩 2023 专项转移支付绩效目标表 (header block; 区域目标值 by region not yet read)", () => {
  let result: ReadResult;
  const t = () => result.tables[0];
  beforeAll(async () => {
    result = await read("fujian-longyan-transfer-goals-2023.xlsx");
  });

  test("name, year, budget 资金总额 30, fiscal 财政拨款 30, unit", () => {
    expect({
      name: t()?.name,
      year: t()?.budgetYear,
      budget: t()?.budget,
      fiscal: t()?.funds.fiscal,
      unit: t()?.unitName,
    }).toEqual({
      name: "宗教管理经费补助",
      year: 2023,
      budget: 30,
      fiscal: 30,
      unit: "龙岩市民族与宗教事务局",
    });
  });
  test("the indicator names are read", () => {
    const names = t()?.indicators.map((i) => squash(i.name)) ?? [];
    expect(names).toEqual(expect.arrayContaining(["宗教管理经费补助县(市、区)数量", "项目资金使用合规性"]));
  });
});
