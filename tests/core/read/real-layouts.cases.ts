/**
 * Real published layouts as data (tests/fixtures/real/*.xlsx, built by scripts/fixtures/real-layouts, sources in
 * scripts/fixtures/real-layouts/SOURCES.md). Every expectation is written by hand from the published table, not
 * from the reader's output: a failure is a layout feature the reader misses. Adding a layout is adding a row.
 */
import type { Comparator, IndicatorColumn, Status, TableKind, TargetKind } from "../../../src/core/types";

/** An allowed value: exact, one of several, or a pattern (e.g. "产出指标(50分)" vs "产出指标"). */
export type Allowed<T> = T | T[] | RegExp;

export interface IndicatorCase {
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

/** Table fields compared when named (money in 万元). */
export interface TableFields {
  kind: TableKind;
  name: Allowed<string>;
  code: string | null;
  unit: Allowed<string>;
  year: number | null;
  budget: number | null;
  fiscal: number | null;
  other: number | null;
  total: number | null;
  spent: number | null;
  moneyUnit: string;
  title: string;
  goal: Allowed<string>;
  executionWeight: number | null;
  executionScore: number | null;
  totalScore: number | null;
  /** The dated project period (项目期 …) as "start..end", ISO. */
  period: string | null;
}

/** What checking the table at `asOf` gives: each indicator's status, score, the table's budget score. */
export interface JudgedCase {
  asOf: string;
  statuses?: Status[];
  /** Scores computed by the self-evaluation rules, per indicator. */
  scores?: (number | null)[];
  budgetScore?: number | null;
  /** The execution light of the table. */
  executionLight?: "green" | "yellow" | "red" | "none";
  /** Each pattern must match one self-evaluation finding's message. */
  findings?: RegExp[];
  /** The self-evaluation finds nothing (every submitted number agrees with the rules). */
  noFindings?: true;
}

export interface TableCase {
  /** Which table: by sheet, by name, else the index in the file's tables (default 0). */
  sheet?: string;
  byName?: string;
  index?: number;
  fields?: Partial<TableFields>;
  columns?: Partial<Record<IndicatorColumn, number>>;
  /** Every indicator, in order (the count is checked too). */
  indicators?: IndicatorCase[];
  /** Only these names must be among the indicators. */
  someNames?: string[];
  /** How many indicators there are (with someNames, where not every one is listed). */
  indicatorCount?: number;
  /** Other fields of named indicators (description, actual, forecast, likelihood, reason as read). */
  details?: {
    name: string;
    description?: string;
    actual?: number | string;
    forecast?: number | string;
    likelihood?: string;
    reason?: string;
  }[];
  /** [weight, submitted score, actual] per indicator, in order. */
  rows?: [number | null, number | string | null, number | string | null][];
  judged?: JudgedCase;
  /** Review rules (ids) that must find nothing in the table: a finding a finance officer would not make. */
  noReview?: string[];
}

export interface LayoutCase {
  file: string;
  what: string;
  /** Kinds of every table read, in order. */
  kinds: TableKind[];
  /**
   * The file's goals are (also) written inside text cells (prose, or 【产出指标-数量指标】指标1:… lists): the tables
   * picked by `tables` include those the check finds there, after the grid tables.
   */
  fromText?: true;
  tables: TableCase[];
  /** Each pattern must match one diagnostic message. */
  diagnostics?: RegExp[];
}

const num = (op: Comparator, value: number, unit: Allowed<string | null>) => ({
  kind: "number" as const,
  op,
  value,
  unit,
});
const QUAL = { kind: "qualitative" as const };
const PCT = (op: Comparator, value: number) => num(op, value, "%");

// ───────────────────────── Round one (17 workbooks) ─────────────────────────

const ROUND_ONE: LayoutCase[] = [
  {
    file: "guangdong-dongguan-project-2022.xlsx",
    what: "广东 东莞展览馆 2022: side-by-side 实施周期 / 当年度 indicator blocks",
    kinds: ["project"],
    tables: [
      {
        fields: {
          name: "物业管理费支出",
          code: null,
          budget: 282.92,
          year: 2022,
          unit: "东莞展览馆",
          // In the long-term goal's label: 实施周期总目标(2022年--2024年).
          period: "2022-01-01..2024-12-31",
        },
        columns: { target: 7 },
        indicators: [
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "物管服务面积",
            raw: "建筑面积2.6万平方米,展示面积1万平方米",
            // reader44: two areas, each with its words (a target of several parts, the first shown as its own).
            ...num(">=", 2.6, "万平方米"),
          },
          { l1: "产出指标", l2: "质量指标", name: "物业管理保障工作合格率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "物业管理各项任务完成达标率", raw: "100%", ...PCT(">=", 100) },
        ],
      },
    ],
  },
  {
    file: "guangdong-dongguan-approval-2019.xlsx",
    what: "广东 东莞市交通运输局 2019 批复表: the annual budget (本年度申请 919), not the medium-term 284500",
    kinds: ["project"],
    tables: [
      {
        fields: {
          name: "镇际联网路升级改造工程一期",
          budget: 919,
          year: 2019,
          unit: "东莞市交通运输局",
          // In the long-term goal's label: 中期滚动目标(2019年--2021年).
          period: "2019-01-01..2021-12-31",
        },
        columns: { target: 7 },
        indicators: [
          {
            l1: "预期产出指标",
            l2: "数量指标(或建筑规模指标)",
            name: "镇街补助款完成结算项目数",
            raw: "3",
            ...num(">=", 3, null),
          },
          { l1: "预期产出指标", l2: "质量指标", name: "补助款结算误差率", raw: "±3%以内", ...PCT("<=", 3) },
          {
            l1: "预期产出指标",
            l2: "时效指标(工期指标、形象进度指标)",
            name: "结算款支付及时性",
            raw: "及时",
            ...QUAL,
          },
          {
            l1: "预期产出指标",
            l2: "预算(或投资规模)控制指标",
            name: "年度预算执行率",
            raw: "≥90%",
            ...PCT(">=", 90),
          },
          { l1: "效果指标", l2: "社会、经济、生态效益指标", name: "补助款结算争议率", raw: "0%", ...PCT("<=", 0) },
        ],
      },
    ],
  },
  {
    file: "hubei-ezhou-project-2022.xlsx",
    what: "湖北 鄂州 2022: cost table 合计 as the budget, 一级/二级/绩效标准/当年预期实现值",
    kinds: ["project"],
    tables: [
      {
        fields: { name: "滨湖大厦办公大楼运行保障", budget: 814, year: 2022 },
        columns: { name: 1, description: 2, target: 3 },
        details: [{ name: "办公大楼日常维修维护次数", description: "反映办公大楼全年维修维护情况" }],
        indicators: [
          {
            l1: ["", "产出指标"],
            l2: "数量指标",
            name: "办公大楼日常维修维护次数",
            raw: "≥280次",
            ...num(">=", 280, "次"),
          },
          { l1: ["", "产出指标"], l2: "数量指标", name: "大楼安检巡察次数", raw: "200次", ...num(">=", 200, "次") },
          {
            l1: ["", "产出指标"],
            l2: "质量指标",
            name: "办公大楼日常维修维护验收合格率",
            raw: ">92%",
            ...PCT(">", 92),
          },
          { l1: ["", "产出指标"], l2: "质量指标", name: "经常性大型设备更新验收合格率", raw: "≥92%", ...PCT(">=", 92) },
          { l1: ["", "产出指标"], l2: "质量指标", name: "重要设备维修维保验收合格率", raw: "95%", ...PCT(">=", 95) },
          { l1: ["", "产出指标"], l2: "成本指标", name: "成本控制率", raw: "不超预算", ...QUAL },
        ],
      },
    ],
  },
  {
    file: "hubei-ezhou-self-eval-2021.xlsx",
    what: "湖北 鄂州市行政审批局 2021 自评表: money as “150万”, empty template rows",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          name: "市民中心运行维护费",
          year: 2021,
          budget: 150,
          spent: 125.25,
          executionWeight: 100,
          executionScore: 98,
        },
        rows: [
          [20, 18, "83.5%"],
          [10, 10, "100%"],
          [10, 10, "100%"],
          [10, 10, "100%"],
          [10, 10, "150万"],
          [10, 10, "100%"],
        ],
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "预算执行率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "数量指标", name: "预算资金拨款率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "政务服务工作办结率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "大厅业务日常考核结果", raw: "100%", ...PCT(">=", 100) },
          {
            l1: "产出指标",
            l2: "成本指标",
            name: "市民中心运行维护费",
            raw: "150万",
            ...num("<=", 150, ["万元", "万"]),
          },
          { l1: "效益指标", l2: "经济效益指标", name: "大厅运行正常率", raw: "100%", ...PCT(">=", 100) },
        ],
        // The 预算执行率 row (分值 20) is the budget execution score: 83.5 % × 20 = 16.7, submitted 18.
        judged: {
          asOf: "2021-12-31",
          budgetScore: 16.7,
          scores: [16.7, 10, 10, 10, 10, 10],
          findings: [/“预算执行率”得分 18，按规则应为 16\.7（执行率 83\.5% × 分值 20）/],
        },
      },
    ],
  },
  {
    file: "anhui-chizhou-self-eval-2022.xlsx",
    what: "安徽 池州 棠溪镇 2022 自评表 ×2: 年度资金总额 written as 0, money in 其中:本年财政拨款",
    kinds: ["self-evaluation", "self-evaluation"],
    tables: [
      {
        sheet: "委托业务项目",
        fields: { name: "委托业务项目", year: 2022, total: 0, fiscal: 89.974, executionWeight: 10 },
        rows: [
          [8, 8, 50],
          [8, 8, 100],
          [8, 8, "达成预期指标"],
          [8, 8, "达成预期指标"],
          [8, 8, 90],
          [10, 10, "达成预期指标"],
          [10, 10, "达成预期指标"],
          [10, 10, "达成预期指标"],
          [10, 10, "达成预期指标"],
        ],
        indicators: [
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
      },
      {
        sheet: "村级补助及运转经费",
        fields: { name: "村级补助及运转经费", year: 2022, total: 0, fiscal: 132.912, executionWeight: 10 },
        indicators: [
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
          {
            l1: /^效益指标/,
            l2: "社会效益指标",
            name: "提高村(社区)干部工作积极性的影响程度",
            raw: "效果明显",
            ...QUAL,
          },
        ],
      },
    ],
  },
  {
    file: "gansu-jiayuguan-project-2023.xlsx",
    what: "甘肃 嘉峪关 2023: label/value pairs, “20万元”, =…百分比",
    kinds: ["project"],
    tables: [
      {
        fields: {
          name: "博物馆纪念馆市级免费开放补助资金",
          // 项目实施单位 (not the 主管部门 嘉峪关市文化和旅游局, nor the 组织实施单位 省文物局).
          unit: "嘉峪关城市博物馆",
          budget: 20,
          other: 20,
          year: 2023,
          goal: "进一步提高博物馆纪念馆运行效率和免费开放服务水平",
          // 项目开始日期 | 2023-01-01 | 项目完成日期 | 2023-12-31: the project's period (reader60; main read none).
          period: "2023-01-01..2023-12-31",
        },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "免费开放天数", raw: "=300天", ...num("=", 300, ["天", "日"]) },
          { l1: "产出指标", l2: "质量指标", name: "博物馆绩效考核指标完成率", raw: "=100百分比", ...PCT("=", 100) },
          { l1: "产出指标", l2: "时效指标", name: "各项工作完成及时率%", raw: "=99百分比", ...PCT("=", 99) },
          { l1: "产出指标", l2: "经济成本指标", name: "资金使用效率", raw: "=100百分比", ...PCT("=", 100) },
          { l1: "产出指标", l2: "社会成本指标", name: "对当地文物保护、文化传承影响", raw: "长远", ...QUAL },
          { l1: "产出指标", l2: "生态环境成本指标", name: "提升博物馆绿化水平", raw: "提升", ...QUAL },
          { l1: "效益指标", l2: "经济效益指标", name: "为当地提供就业岗位", raw: "增加岗位", ...QUAL },
          {
            l1: "效益指标",
            l2: "社会效益指标",
            name: "免费开放接待观众人数",
            raw: "=30000人次",
            ...num("=", 30000, "人次"),
          },
          { l1: "效益指标", l2: "生态效益指标", name: "历史文化传承环保意识", raw: "时限长远", ...QUAL },
          { l1: "满意度指标", l2: "服务对象满意度", name: "服务对象满意度%", raw: "=99百分比", ...PCT("=", 99) },
        ],
      },
    ],
  },
  {
    file: "national-pmkpi-monitoring-2022.xlsx",
    what: "预算管理一体化 (pmkpi) 监控 export: 调整后预算数, 计算符号 / 计量单位 / 当前完成值 / 完成可能性分析",
    kinds: ["monitoring"],
    tables: [
      {
        fields: { name: "村级补助及运转经费", year: 2022, budget: 132.912, spent: 88.6 },
        columns: {
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
        },
        details: [{ name: "补助村(社区)数量", actual: 8, forecast: 8, likelihood: "确定能", reason: "无偏差" }],
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "补助村(社区)数量", raw: "8", ...num("=", 8, "个") },
          { l1: "产出指标", l2: "数量指标", name: "保障村干部人数", raw: "42", ...num("=", 42, "个") },
          { l1: "产出指标", l2: "质量指标", name: "补助资格合规性", raw: "合规", ...QUAL },
          { l1: "产出指标", l2: "质量指标", name: "经费审批流程规范性", raw: "严格执行相关制度规定", ...QUAL },
          { l1: "产出指标", l2: "时效指标", name: "补助经费到位及时性", raw: "及时", ...QUAL },
          { l1: "产出指标", l2: "成本指标", name: "项目总成本", raw: "202.6", ...num("<=", 202.6, "万元") },
          {
            l1: "效益指标",
            l2: "经济效益指标",
            name: "对保障村(社区)两委机构正常运行的影响程度",
            raw: "效果明显",
            ...QUAL,
          },
          {
            l1: "效益指标",
            l2: "社会效益指标",
            name: "提高村(社区)干部工作积极性的影响程度",
            raw: "效果明显",
            ...QUAL,
          },
        ],
      },
    ],
  },
  {
    file: "sichuan-jingyan-goals-2023.xlsx",
    what: "四川 井研县马踏镇 2023: several projects in one flat list, 元 as “3,309,840.00”",
    kinds: ["project", "project"],
    tables: [
      {
        byName: "村组干部报酬",
        fields: {
          name: "村组干部报酬",
          budget: 330.984,
          year: 2023,
          moneyUnit: "元",
          goal: "按时发放村组干部报酬",
          unit: /井研县马踏镇人民政府/,
        },
        columns: { level1: 4, level2: 5, name: 6, sign: 7, target: 8, unit: 9, weight: 10 },
        indicators: [
          { l1: "效益指标", l2: "社会效益指标", name: "维护社会稳定", raw: "95", ...PCT(">=", 95) },
          { l1: "产出指标", l2: "时效指标", name: "维持时效", raw: "1", ...num(">=", 1, "年") },
          { l1: "产出指标", l2: "质量指标", name: "按时发放", raw: "1", ...num(">=", 1, "人/年") },
          { l1: "效益指标", l2: "经济效益指标", name: "促进村集体经济发展", raw: "95", ...PCT(">=", 95) },
          { l1: "产出指标", l2: "数量指标", name: "村组干部230人", raw: "230", ...num(">=", 230, "个") },
          { l1: "效益指标", l2: "生态效益指标", name: "保护生态环境卫生", raw: "95", ...PCT(">=", 95) },
          { l1: "效益指标", l2: "可持续影响指标", name: "项目维持时效", raw: "95", ...PCT(">=", 95) },
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "人民群众满意度", raw: "95", ...PCT(">=", 95) },
        ],
      },
      {
        byName: "基层组织活动经费",
        fields: { budget: 66, year: 2023, moneyUnit: "元" },
        indicators: [
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "辖区内群众满意度", raw: "95", ...PCT(">=", 95) },
          { l1: "效益指标", l2: "经济效益指标", name: "促进农村集体经济发展", raw: "95", ...PCT(">=", 95) },
          { l1: "效益指标", l2: "可持续影响指标", name: "经济、环境等方面可持续发展", raw: "95", ...PCT(">=", 95) },
          { l1: "产出指标", l2: "质量指标", name: "保障村社区正常运转", raw: "95", ...PCT(">=", 95) },
          { l1: "产出指标", l2: "数量指标", name: "行政村数量", raw: "11", ...num("=", 11, "个") },
        ],
      },
    ],
  },
  {
    file: "sichuan-qingshen-self-eval-2023.xlsx",
    what: "四川 青神县发改局 2023 自评表: code-prefixed name, 调整后预算数, 指标性质/度量单位",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          code: "51000021R000000019951",
          name: "工资性支出",
          year: 2023,
          budget: 251.89,
          spent: 251.89,
          executionWeight: 10,
        },
        columns: {
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
        },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "发放(缴纳)覆盖率", raw: "100", ...PCT("=", 100) },
          { l1: "效益指标", l2: "社会效益指标", name: "足额保障率(参保率)", raw: "100", ...PCT("=", 100) },
        ],
      },
    ],
  },
  {
    file: "yunnan-lijiang-self-eval-2020.xlsx",
    what: "云南 丽江 古城区 2020 自评表: two-row header, “﹦”",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          name: "2020年省级自然资源卫片执法补助经费支出绩效自评表",
          year: 2020,
          budget: 7.29,
          spent: 7.29,
        },
        columns: { level1: 0, level2: 1, name: 2, sign: 3, target: 4, unit: 5, actual: 6, weight: 7, score: 8 },
        rows: [
          [10, 9, 72890],
          [20, 19, 100],
          [20, 19, 100],
          [30, 27, 95],
          [10, null, 95],
        ],
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "卫片执法补助经费", raw: "72890", ...num("=", 72890, "元") },
          { l1: "产出指标", l2: "质量指标", name: "项目验收合格率", raw: "100", ...PCT("=", 100) },
          { l1: "产出指标", l2: "时效指标", name: "项目完成及时率", raw: "100", ...PCT("=", 100) },
          { l1: "效益指标", l2: "社会效益指标", name: "违法行为责停率", raw: "95", ...PCT(">=", 95) },
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "满意度", raw: "95", ...PCT(">=", 95) },
        ],
      },
    ],
  },
  {
    file: "anhui-yuan-self-eval-2022.xlsx",
    what: "安徽 六安 裕安区 2022 自评表: labels broken over two rows, 执行率 0.958",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          name: "市级文物保护专项经费",
          year: 2022,
          budget: 29,
          spent: 27.8,
          executionWeight: 9,
          executionScore: 8,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7 },
        indicators: [
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "指标1:修缮建筑数量",
            raw: "完成六安市六安市罗氏宗祠、李氏宗祠、英布墓日常维护,指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、龙盘石刻护栏制装",
            ...QUAL,
          },
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "指标2:修缮建筑面积",
            raw: "6000平方米",
            ...num(">=", 6000, "平方米"),
          },
          { l1: "产出指标", l2: "数量指标", name: "指标3:修缮级别", raw: "市级保护单位", ...QUAL },
          { l1: "产出指标", l2: "质量指标", name: "指标1:验收通过率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "指标2:工程质量管理", raw: "≥95%", ...PCT(">=", 95) },
          { l1: "产出指标", l2: "质量指标", name: "指标3:文明施工", raw: "≥95%", ...PCT(">=", 95) },
          {
            l1: "产出指标",
            l2: "时效指标",
            name: "项目设计、招标、施工",
            raw: "完成时间为2022年12月30日",
            kind: "date",
          },
          {
            l1: "产出指标",
            l2: "成本指标",
            name: "项目成本控制在预算内",
            raw: "本着节约的原则,控制在预算中。",
            ...QUAL,
          },
          {
            l1: "效益指标",
            l2: "社会效益指标",
            name: "文物本体安全、体现文物价值,提升知名度",
            raw: "加大文物保护,展示文物价值",
            ...QUAL,
          },
        ],
      },
    ],
  },
  {
    file: "sichuan-zhongjiang-self-eval-2022.xlsx",
    what: "四川 中江县水利局 2022 自评表: 分值 column before 年度指标值, 全年预算数(A)",
    kinds: ["self-evaluation"],
    diagnostics: [/占位行/],
    tables: [
      {
        fields: {
          name: "中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装",
          year: 2022,
          budget: 20,
          spent: 20,
          executionWeight: 10,
          totalScore: 100,
        },
        columns: { level1: 1, level2: 2, name: 3, weight: 4, target: 5, actual: 6, score: 7, reason: 8 },
        indicators: [
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
        ],
      },
    ],
  },
  {
    file: "hunan-nanyue-poverty-goals-2018.xlsx",
    what: "湖南 南岳区 2018 专项扶贫资金: ASCII >= / <=, 元/亩, placeholders in names",
    kinds: ["project"],
    tables: [
      {
        fields: {
          name: "2018年市级专项扶贫资金基础设施(人大代表扶贫基地)",
          budget: 10,
          fiscal: 10,
          goal: "为水濂村带来观光游客不少于6万人,村集体收入达6万元。",
        },
        indicators: [
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "贫困地区旅游基础设施建设工程",
            raw: ">=20平方米",
            ...num(">=", 20, "平方米"),
          },
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "贫困地区旅游景点开发数量( ≥**个 )",
            raw: ">=4个",
            ...num(">=", 4, "个"),
          },
          { l1: "产出指标", l2: "数量指标", name: "流转土地", raw: ">=60亩", ...num(">=", 60, "亩") },
          {
            l1: "产出指标",
            l2: "质量指标",
            name: "*贫困地区旅游基础设施建设质量达标率100%",
            raw: ">=98%",
            ...PCT(">=", 98),
          },
          {
            l1: "产出指标",
            l2: "时效指标",
            name: "贫困地区基础设施建设按期完成率(≥**%)",
            raw: ">=95%",
            ...PCT(">=", 95),
          },
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
          {
            l1: "效益指标",
            l2: "社会效益指标",
            name: "受益建档立卡贫困人口数≥**人",
            raw: ">=29人",
            ...num(">=", 29, "人"),
          },
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
          {
            l1: "满意度指标",
            l2: "服务对象满意度指标",
            name: "旅游区居民满意度(≥**%)",
            raw: ">=90%",
            ...PCT(">=", 90),
          },
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "游客满意度(≥**%)", raw: ">=90%", ...PCT(">=", 90) },
        ],
      },
    ],
  },
  {
    file: "chongqing-fengjie-approval-2023.xlsx",
    what: "重庆 奉节 云雾土家族乡 2023 审批表: 当年年度预算, 其中:其它资金, 成本指标 first",
    kinds: ["project"],
    tables: [
      {
        fields: {
          // 年度主要目标和成果 (the 年度绩效目标(90分) caption down the left was read as the goal).
          goal: /^新建中药材晾晒房一座,占地300平方米/,
          name: "2023年云雾土家族乡加工园配套设施建设项目",
          year: 2023,
          period: "2023-04-01..2024-02-29",
          budget: 65,
          fiscal: 65,
          other: 0,
          unit: "奉节县云雾土家族乡人民政府",
        },
        indicators: [
          { l1: /^成本指标/, l2: "经济成本指标", name: "项目建设成本", raw: "≤65万元", ...num("<=", 65, "万元") },
        ],
      },
    ],
  },
  {
    file: "fujian-ningde-unit-goals-2019.xlsx",
    what: "福建 宁德 党史方志研究室 2019 部门整体: 年度履职目标 task list, 指标解释 | 目标值",
    kinds: ["unit"],
    tables: [
      {
        fields: {
          budget: 171.41,
          year: 2019,
          unit: "中共宁德市委党史和地方志研究室",
          goal: /^目标1:确保本室各人员工资及福利的发放/,
        },
        columns: { name: 2, description: 3, target: 4 },
        indicators: [
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "志鉴地情相关工作开展所需资金的供应时效",
            raw: "100%",
            ...PCT(">=", 100),
          },
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
        ],
      },
    ],
  },
  {
    file: "chongqing-zhongxian-region-goals-2022.xlsx",
    what: "重庆 忠县 2022 区域绩效目标表: 资金名称, 中央补助 / 地方资金, 单位 column",
    kinds: ["project"],
    tables: [
      {
        fields: {
          name: "生猪(牛羊)调出大县奖励资金",
          budget: 397,
          fiscal: 397,
          other: null,
          goal: /^到2022年底,生猪生产稳定有序发展/,
        },
        columns: { level1: 1, level2: 2, name: 3, unit: 4, target: 5 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "猪肉产量稳定率", raw: "≥95%", ...PCT(">=", 95) },
          { l1: "产出指标", l2: "数量指标", name: "能繁母猪稳定率", raw: "90%", ...PCT(">=", 90) },
        ],
      },
    ],
  },
  {
    file: "fujian-longyan-transfer-goals-2023.xlsx",
    what: "福建 龙岩 2023 专项转移支付: 区域目标值 over seven regions, one table per region",
    kinds: Array<TableKind>(7).fill("project"),
    diagnostics: [/指标值按地区分列（新罗区、永定区、上杭县、武平县、长汀县、连城县、漳平市）/],
    tables: (
      [
        ["新罗区", 2],
        ["永定区", 3],
        ["上杭县", 1],
        ["武平县", 2],
        ["长汀县", 2],
        ["连城县", 2],
        ["漳平市", 2],
      ] as const
    ).map(([region, count], i) => ({
      index: i,
      fields: {
        name: `宗教管理经费补助（${region}）`,
        year: 2023,
        budget: null,
        total: 30,
        fiscal: 30,
        unit: "龙岩市民族与宗教事务局",
      },
      columns: { level1: 1, level2: 2, name: 3, description: 4, target: 5 + i },
      indicators: [
        {
          l1: "产出指标",
          l2: "数量指标",
          name: "宗教管理经费补助县(市、区)数量",
          raw: String(count),
          ...num(">=", count, null),
        },
        { l1: "产出指标", l2: "质量指标", name: "项目资金使用合规性", raw: ">=95%", ...PCT(">=", 95) },
      ],
    })),
  },
];

// ───────────────────────── Round two (issue 13: 10 workbooks, 12 tables) ─────────────────────────

const ROUND_TWO: LayoutCase[] = [
  {
    file: "neimenggu-zhalaite-procuratorate-goals-2025.xlsx",
    what: "内蒙古 扎赉特旗人民检察院 项目绩效目标表: list of projects in 元, weights in 一级 labels + 分值, 指标性质 and 指标方向",
    kinds: ["project", "project"],
    diagnostics: [/表头“项目类别”未识别/, /无法确定预算年度/],
    tables: [
      {
        byName: "业务装备经费",
        fields: {
          kind: "project",
          unit: "776001-扎赉特旗人民检察院",
          budget: 103.07,
          moneyUnit: "元",
          year: null,
          goal: /^保障我院日常办公办案装备需要/,
        },
        columns: { level1: 5, level2: 6, name: 7, sign: 9, target: 10, unit: 11, weight: 12 },
        rows: [
          [10, null, null],
          [15, null, null],
          [15, null, null],
          [5, null, null],
          [7.5, null, null],
          [5, null, null],
          [7.5, null, null],
          [7.5, null, null],
          [5, null, null],
          [5, null, null],
          [7.5, null, null],
        ],
        indicators: [
          { l1: "满意度指标(10分)", l2: "服务对象满意度", name: "使用人员满意度", raw: "98", ...PCT(">=", 98) },
          {
            l1: "效益指标(30分)",
            l2: "可持续影响",
            name: "推动人民检察院业务装备建设的标准化规范化配置",
            raw: "长期",
            ...QUAL,
          },
          { l1: "效益指标(30分)", l2: "社会效益", name: "提升工作效率定性", raw: "有效提升", ...QUAL },
          { l1: "产出指标(50分)", l2: "成本指标", name: "车辆购置成本", raw: "12", ...num("<=", 12, "万元") },
          { l1: "产出指标(50分)", l2: "质量指标", name: "政府采购率", raw: "30", ...PCT(">=", 30) },
          { l1: "产出指标(50分)", l2: "成本指标", name: "办公设备购置成本", raw: "90", ...num("<=", 90, "万元") },
          // 反向 / 小于等于 1: at most one car.
          { l1: "产出指标(50分)", l2: "数量指标", name: "车辆采购数量", raw: "1", ...num("<=", 1, null) },
          // 正向 beside 等于: reach 100 %, as 正向 = 8 in the 乌海 table of the same system.
          { l1: "产出指标(50分)", l2: "质量指标", name: "设备验收合格率", raw: "100", ...PCT(">=", 100) },
          // The row's 指标性质 says 定性 (its 指标方向 is empty): read as qualitative, as a lone 定性 sign column is.
          { l1: "产出指标(50分)", l2: "时效指标", name: "采购计划完成时间", raw: "11月底之前", ...QUAL },
          { l1: "产出指标(50分)", l2: "时效指标", name: "设备验收及时率", raw: "98", ...PCT(">=", 98) },
          { l1: "产出指标(50分)", l2: "数量指标", name: "办公设备采购数量", raw: "10", ...num(">=", 10, null) },
        ],
      },
      {
        byName: "办案(业务)经费",
        fields: { budget: 323.93, moneyUnit: "元" },
        indicators: [
          { l1: "产出指标(50分)", l2: "时效指标", name: "法定审限内结案率", raw: "95", ...PCT(">=", 95) },
          { l1: "产出指标(50分)", l2: "质量指标", name: "年度结案率", raw: "90", ...PCT(">=", 90) },
          { l1: "产出指标(50分)", l2: "数量指标", name: "办结案件数量", raw: "70", ...num(">=", 70, null) },
          { l1: "产出指标(50分)", l2: "时效指标", name: "案件办理及时率", raw: "90", ...PCT(">=", 90) },
        ],
      },
    ],
  },
  {
    file: "tianjin-hebei-court-goals-2023.xlsx",
    what: "天津 河北区人民法院 2023: two tables under a group caption, 预算规模及资金用途 | 预算数, 百分比",
    kinds: ["project", "project"],
    tables: [
      {
        index: 0,
        fields: { name: "安全隐患维修", budget: 20, fiscal: 20, year: 2023, goal: /^1.维修审判大楼玻璃幕墙/ },
        columns: { level1: 0, level2: 1, name: 2, description: 3, target: 4 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "维修面积", raw: "≥400平方米", ...num(">=", 400, "平方米") },
          { l1: "产出指标", l2: "质量指标", name: "验收合格率", raw: "≥98百分比", ...PCT(">=", 98) },
          { l1: "产出指标", l2: "时效指标", name: "资金支付及时率", raw: "100百分比", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "成本指标", name: "项目成本", raw: "20万元", ...num("<=", 20, "万元") },
          { l1: "效益指标", l2: "可持续影响指标", name: "消除安全隐患", raw: "持续影响", ...QUAL },
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "干警满意度", raw: "≥95百分比", ...PCT(">=", 95) },
        ],
      },
      {
        index: 1,
        fields: { name: "办案业务费(陪审员及互联网专线)", budget: 24, fiscal: 24, year: 2023 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "聘用调解员人数", raw: "1人", ...num(">=", 1, "人") },
          { l1: "产出指标", l2: "数量指标", name: "陪审员参审案件数量", raw: "≥900件", ...num(">=", 900, "件") },
          { l1: "产出指标", l2: "质量指标", name: "案件调解率", raw: "≥90百分比", ...PCT(">=", 90) },
          { l1: "产出指标", l2: "时效指标", name: "补助发放及时率", raw: "100百分比", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "成本指标", name: "参审案件补助", raw: "100元", ...num("<=", 100, "元") },
        ],
      },
    ],
  },
  {
    file: "anhui-xuancheng-police-self-eval-2021.xlsx",
    what: "安徽 宣城市公安局 禁毒 2021 自评表: (A)/(B) money labels, 指标1: names, a …… row",
    kinds: ["self-evaluation"],
    diagnostics: [/占位行（……）/],
    tables: [
      {
        fields: {
          name: "禁毒经费",
          unit: "禁毒支队",
          year: 2021,
          budget: 100,
          fiscal: 100,
          spent: 100,
          executionWeight: 10,
          executionScore: 10,
        },
        columns: { level1: 0, level2: 1, name: 2, target: 3, actual: 4, weight: 5, score: 6, reason: 7 },
        rows: [
          [12, 12, "1场"],
          [12, 12, "3200份"],
          [null, null, null],
        ],
        indicators: [
          {
            l1: "产出指标(50分)",
            l2: "数量指标",
            name: "指标1:禁毒舞台剧宣传的场次",
            raw: "≥1场",
            ...num(">=", 1, "场"),
          },
          {
            l1: "产出指标(50分)",
            l2: "数量指标",
            name: "指标2:毛发检查试剂数量",
            raw: "≥2400份",
            ...num(">=", 2400, "份"),
          },
          {
            l1: "产出指标(50分)",
            l2: "质量指标",
            name: "指标1:经费支出合规性",
            raw: "严格执行相关财经法规制度",
            ...QUAL,
          },
        ],
        judged: {
          asOf: "2022-01-31",
          statuses: ["met", "exceeded", "pending"],
          scores: [12, 12, null],
          budgetScore: 10,
        },
      },
    ],
  },
  {
    file: "hubei-huangshi-monitoring-2019.xlsx",
    what: "湖北 黄石 申遗 2019 监控表: 1-6月执行数, 半年度指标执行情况, 完成目标可能性; 二级 words alone in 指标名称",
    kinds: ["monitoring"],
    diagnostics: [/只写了指标类别“质量”/, /只写了指标类别“时效”/],
    tables: [
      {
        // 项目执行单位 is the unit carrying the project out, read like 实施单位 (over 主管部门).
        fields: {
          name: "申遗经费",
          unit: "黄石市文物局(湖北水泥遗址博物馆)",
          year: 2019,
          budget: 220,
          fiscal: 220,
          spent: 87.57,
        },
        columns: { level1: 1, name: 2, target: 3, actual: 4, likelihood: 5, note: 6 },
        indicators: [
          { l1: "产出指标", l2: "", name: "成本", raw: "年度预算220万元", ...num("<=", 220, "万元") },
          { l1: "效益指标", l2: "", name: "社会效益", raw: "", kind: "missing" },
        ],
        // 87.57 / 220 = 39.8 % at 30 June against 序时 50 %: v = 79.6 < 80 → yellow.
        judged: { asOf: "2019-06-30", executionLight: "yellow" },
      },
    ],
  },
  {
    file: "anhui-jinzhai-devzone-goals-2021.xlsx",
    what: "安徽 金寨经济开发区 2021: 指标1: names with (≤**万元) placeholders, 2021年全年",
    kinds: ["project"],
    tables: [
      {
        fields: { name: "物业管理", year: 2021, budget: 1125, fiscal: 1125, unit: "安徽金寨经济开发区管理委员会" },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "指标1:安置小区物业费", raw: "8个", ...num(">=", 8, "个") },
          {
            l1: "产出指标",
            l2: "质量指标",
            name: "指标1:完成开发区工委、管委下达的安置小区物业费清算任务,指导小区物业开展文明创建等工作。",
            raw: "房屋设备、设施的管理到位,环境卫生整洁,车辆停放有序",
            ...QUAL,
          },
          {
            l1: "产出指标",
            l2: "时效指标",
            name: "指标1:按时保质完成开发区安置小区物业管理工作",
            raw: "2021年全年",
            kind: "date",
          },
          {
            l1: "产出指标",
            l2: "成本指标",
            name: "指标1:项目总成本(≤**万元)",
            raw: "≤1125万元",
            ...num("<=", 1125, "万元"),
          },
          {
            l1: "效益指标",
            l2: "经济效益指标",
            name: "指标1:清算8个安置小区本年度物业费和历史的遗留物业费(≥**%)。",
            raw: "≥95%",
            ...PCT(">=", 95),
          },
          {
            l1: "效益指标",
            l2: "社会效益指标",
            name: "指标1:改善安置小区群众生活质量,提升安置小区生活水平。助力全县文明城市创建。",
            raw: "显著改善",
            ...QUAL,
          },
          {
            l1: "效益指标",
            l2: "生态效益指标",
            name: "指标1:优化安置小区生活环境,提高居民生活质量,营造安全舒适的居住环境。",
            raw: "显著提高",
            ...QUAL,
          },
          {
            l1: "效益指标",
            l2: "可持续影响指标",
            name: "指标1:持续提供人力物力保障,解决居民群众生产生活问题",
            raw: "持续保障",
            ...QUAL,
          },
          {
            l1: "满意度指标",
            l2: "服务对象满意度指标",
            name: "指标1:小区居民满意度(≥**%)",
            raw: "≥90%",
            ...PCT(">=", 90),
          },
        ],
      },
    ],
  },
  {
    file: "hebei-langfang-school-self-eval-2019.xlsx",
    what: "河北 廊坊市食品工程学校 2019 自评表: template rows 指标2 / …… left in, bare-number targets",
    kinds: ["self-evaluation"],
    diagnostics: [/占位行（指标2）/, /占位行（指标1）/, /占位行（……）/],
    tables: [
      {
        fields: {
          name: "办公宿舍楼、食堂及餐厅暖通改造经费",
          unit: "廊坊市食品工程学校",
          year: 2019,
          budget: 43.2,
          spent: 37.24,
          executionWeight: 10,
          executionScore: 9,
        },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "指标1工程资金金额", raw: "43.2", kind: "number", value: 43.2 },
          { l1: "产出指标", l2: "质量指标", name: "指标1工程完工率", raw: "100", ...num(">=", 100, null) },
          { l1: "产出指标", l2: "质量指标", name: "指标2工程验收合格率", raw: "100", ...num(">=", 100, null) },
          { l1: "产出指标", l2: "时效指标", name: "指标1项目完成及时率", raw: "100", ...num(">=", 100, null) },
          { l1: "产出指标", l2: "成本指标", name: "指标1成本控制率", raw: "100", ...num(">=", 100, null) },
          { l1: "效益指标", l2: "经济效益指标", name: "指标1安全率", raw: "100", ...num(">=", 100, null) },
          { l1: "效益指标", l2: "社会效益指标", name: "指标1学校发展能力", raw: "100", ...num(">=", 100, null) },
          { l1: "效益指标", l2: "可持续影响指标", name: "指标1长期使用性", raw: "100", ...num(">=", 100, null) },
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "指标1学生满意度", raw: "100", ...num(">=", 100, null) },
        ],
        // 执行率 37.24 / 43.2 = 86.2 % → 8.62 of 10 (the form says 9).
        judged: { asOf: "2020-01-31", budgetScore: 8.62 },
      },
    ],
  },
  {
    file: "yunnan-yongde-school-self-eval-2022.xlsx",
    what: "云南 永德县明朗中学 2022 自评表: 元, signs ≧ and ═, 有效 restating 有效, 总分 row",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          name: "义务教育营养改善计划专项资金",
          year: 2022,
          moneyUnit: "元",
          budget: 38.766462,
          spent: 38.766462,
          executionWeight: 10,
          executionScore: 10,
          totalScore: 96,
        },
        columns: { level1: 0, level2: 1, name: 2, sign: 3, target: 4, unit: 5, actual: 6, weight: 7, score: 8 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "学生受资助人数", raw: "735", ...num(">=", 735, "人次") },
          { l1: "产出指标", l2: "质量指标", name: "营养改善计划覆盖率", raw: "100", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "时效指标", name: "资金到位及时率", raw: "100", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "成本指标", name: "生均补助标准达标率", raw: "100", ...PCT("=", 100) },
          { l1: "效益指标", l2: "经济效益指标", name: "减轻贫困学生家庭经济负担", raw: "有效", ...QUAL },
          { l1: "效益指标", l2: "社会效益指标", name: "政策知晓率", raw: "100", ...PCT("=", 100) },
          { l1: "效益指标", l2: "可持续影响指标", name: "促进学校教育事业健康发展", raw: "100", ...PCT(">=", 100) },
          { l1: "满意度指标", l2: "服务对象满意度指标等", name: "学生满意度", raw: "95", ...PCT(">=", 95) },
          { l1: "满意度指标", l2: "服务对象满意度指标等", name: "家长满意度", raw: "95", ...PCT(">=", 95) },
        ],
        // At the year's end: 有效 restating 有效 is met; 98% against =100% is missed and scores 9.8.
        judged: {
          asOf: "2023-01-31",
          statuses: ["met", "met", "met", "met", "met", "missed", "met", "met", "met"],
          scores: [10, 10, 10, 10, 10, 9.8, 10, 10, 10],
          budgetScore: 10,
        },
      },
    ],
  },
  {
    file: "hunan-yueyang-farmland-goals-2022.xlsx",
    what: "湖南 岳阳县 高标准农田 2022: generic caption, money as “854万(高标准农田建设400万元,…)”, 公斤 / 座 / 元/亩",
    kinds: ["project"],
    tables: [
      {
        fields: {
          name: "岳阳县2022年高标准农田建设项目",
          year: 2022,
          budget: 854,
          fiscal: 854,
          unit: "农田建设服务中心",
        },
        indicators: [
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "脱贫村村内道路硬化里程",
            raw: "≥100公里",
            ...num(">=", 100, "公里"),
          },
          { l1: "产出指标", l2: "数量指标", name: "脱贫户供水设施数量", raw: "≥20座", ...num(">=", 20, "座") },
          { l1: "产出指标", l2: "质量指标", name: "项目(工程)验收合格率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "时效指标", name: "项目(工程)完成及时率", raw: "≥100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "成本指标", name: "财政资金补助", raw: "1600元/亩", ...num("<=", 1600, "元/亩") },
          { l1: "效益指标", l2: "经济效益指标", name: "年增粮食", raw: "3500公斤", ...num(">=", 3500, "千克") },
          { l1: "效益指标", l2: "社会效益指标", name: "受益脱贫(监测)人口数", raw: "≥500人", ...num(">=", 500, "人") },
          {
            l1: "效益指标",
            l2: "社会效益指标",
            name: "解决脱贫(监测)饮水安全问题人数",
            raw: "≥1000人",
            ...num(">=", 1000, "人"),
          },
          {
            l1: "效益指标",
            l2: "生态效益指标",
            name: "新增和改善灌溉达标面积",
            raw: "≥500亩",
            ...num(">=", 500, "亩"),
          },
          {
            l1: "效益指标",
            l2: "生态效益指标",
            name: "新增和改善排水达标面积",
            raw: "≥200亩",
            ...num(">=", 200, "亩"),
          },
          { l1: "效益指标", l2: "可持续影响指标", name: "工程设计使用年限", raw: "≥20年", ...num(">=", 20, "年") },
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "受益脱贫(监测)户满意度", raw: "≥95%", ...PCT(">=", 95) },
        ],
      },
    ],
  },
  {
    file: "hubei-wuhan-qingshan-education-goals-2020.xlsx",
    what: "湖北 武汉 青山区教育局 2020: 当年资金总额 “10000万元”, caption 绩效项目指标表 over 长期 | 年度 blocks",
    kinds: ["project"],
    tables: [
      {
        fields: {
          name: "教育系统基础设施建设和设备购置",
          title: "项目支出绩效目标表",
          year: 2020,
          period: "2020-01-01..2020-12-31",
          budget: 10000,
          fiscal: 10000,
          unit: "武汉市青山区教育局",
        },
        columns: { level1: 0, level2: 4, name: 5, target: 6 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "重点建设工程安排数量", raw: "2", ...num(">=", 2, null) },
          { l1: "产出指标", l2: "质量指标", name: "重点建设工程验收合格率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "成本指标", name: "建设项目成本", raw: "参照政府采购成本控制", ...QUAL },
          { l1: "产出指标", l2: "时效指标", name: "重点建设工程按期完成率", raw: "100%", ...PCT(">=", 100) },
          { l1: "效益指标", l2: "可持续影响指标", name: "基础教育巩固提高情况", raw: "巩固提高", ...QUAL },
          { l1: "效益指标", l2: "社会效益指标", name: "基础教育学校办学条件", raw: "持续改善", ...QUAL },
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "学生、家长、社会满意度", raw: "≥90%", ...PCT(">=", 90) },
        ],
      },
    ],
  },
];

ROUND_TWO.push({
  file: "hunan-ningxiang-batang-goals-2021.xlsx",
  what: "湖南 宁乡市坝塘镇 2021: money glued to its label (总额10606.7522万元), template rows with numbers and no 指标内容",
  kinds: ["project"],
  // Every row that holds something but no indicator is reported at its cell; the long-term block too.
  diagnostics: [/第 13 行有内容但没有指标名称/, /第 23 行有内容但没有指标名称/, /长期绩效指标未作为年度指标读取/],
  tables: [
    {
      fields: {
        name: "镇域内基础设施建设",
        unit: "宁乡市坝塘镇人民政府",
        year: 2021,
        budget: 10606.7522,
        fiscal: 6923.3552,
        goal: "全面完成集镇立面改造、机关、学校、乡村振兴等项目,搞好提质改造",
      },
      indicators: [],
    },
  ],
});

// ───────────────────────── Round three (issue 13: layouts without an indicator grid) ─────────────────────────

const ROUND_THREE: LayoutCase[] = [
  {
    file: "anhui-huangshan-police-goals-2025.xlsx",
    what: "安徽 黄山市公安局 2025: a list of projects, every indicator written inside the 绩效目标 cell as 【一级-二级】指标1:名称(目标)",
    // No indicator grid on the sheet: the reader finds no table; the check reads the 绩效目标 cell.
    kinds: [],
    fromText: true,
    tables: [
      {
        fields: {
          kind: "project",
          name: "黄山市雪亮工程市本级机房租赁2024至2027服务采购项目",
          // From the title "黄山市公安局2025年项目绩效目标和指标", not the project's 2024至2027.
          year: 2025,
          // 1681680 under 年度预算安排 in the project's row, no unit written: 元, as its 维护成本 <1681680元 says.
          budget: 168.168,
          moneyUnit: "元",
          goal: "保障雪亮工程机房租赁延续,保障机房内所有设备设施运转,保障雪亮工程持续发挥积极作用",
        },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "机柜数量", raw: "≥77台", ...num(">=", 77, "台") },
          // 0.97 of 比例 as written (a rate of 97%).
          {
            l1: "产出指标",
            l2: "质量指标",
            name: "视频监控在线率",
            raw: "≥0.97比例",
            kind: "number",
            op: ">=",
            value: 0.97,
          },
          {
            l1: "产出指标",
            l2: "时效指标",
            name: "维护及时性",
            raw: "<24小时",
            kind: "duration",
            op: "<",
            value: 24,
            unit: "小时",
          },
          { l1: "产出指标", l2: "成本指标", name: "维护成本", raw: "<1681680元", ...num("<", 1681680, "元") },
          { l1: "效益指标", l2: "经济效益指标", name: "为全市经济发展保驾护航", raw: "正面支撑", ...QUAL },
          { l1: "效益指标", l2: "社会效益指标", name: "服务保障民生", raw: "有力保障", ...QUAL },
          { l1: "效益指标", l2: "生态效益指标", name: "为生态环境保护提供支撑", raw: "正面支撑", ...QUAL },
          { l1: "效益指标", l2: "可持续影响指标", name: "持续保障社会发展", raw: "持续保障", ...QUAL },
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "提升群众安全感", raw: "≥90%", ...PCT(">=", 90) },
        ],
        // Mid-year, nothing filled in yet: every indicator waits for its actual.
        judged: { asOf: "2025-06-30", statuses: Array<Status>(9).fill("pending") },
      },
    ],
  },
];

// ───────────────────────── Round four (a school, a township, a 供销社, a hospital, a 整体 table) ─────────────────────────

const sqm = (value: number) => ({ ...num(">=", value, "平方米") });

const ROUND_FOUR: LayoutCase[] = [
  {
    file: "hubei-wuhan-qingshan-school-goals-2020.xlsx",
    what: "湖北 武汉 青山区 化工区学校 2020: no 三级 column (指标内容), 满意度 as a 二级 of 效益指标",
    kinds: ["project"],
    tables: [
      {
        fields: {
          name: "农村义务教育薄弱学校改造补助资金",
          year: 2020,
          budget: 16,
          fiscal: 16,
          unit: "化工区学校",
          goal: "全面改善农村义务教育薄弱学校办学条件,扩大基础教育资源,进一步提高义务教育均衡发展水平。",
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "农村义务教育学校改造覆盖率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "校舍维修改造质量合格率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "购置设施设备质量合格率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "时效指标", name: "预算资金当年下达率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "时效指标", name: "项目按计划完成率", raw: "100%", ...PCT(">=", 100) },
          {
            l1: "产出指标",
            l2: "成本指标",
            name: "建设项目成本控制率",
            raw: "100%",
            kind: "number",
            value: 100,
            unit: "%",
          },
          { l1: "效益指标", l2: "可持续影响指标", name: "义务教育优质均衡发展情况", raw: "稳步提高", ...QUAL },
          {
            l1: "效益指标",
            l2: "社会公众或服务对象满意度指标",
            name: "学生家长满意度",
            raw: "≥90%",
            ...PCT(">=", 90),
          },
          { l1: "效益指标", l2: "社会公众或服务对象满意度指标", name: "学校满意度", raw: "≥90%", ...PCT(">=", 90) },
        ],
      },
    ],
  },
  {
    file: "anhui-xiaoxian-farming-self-eval-2023.xlsx",
    what: "安徽 萧县张庄寨镇 2023 自评表: ★ indicators with 其中 sub-rows under merged 分值 / 得分, spaced 一级 labels",
    kinds: ["self-evaluation"],
    diagnostics: [/占位行（……）/],
    tables: [
      {
        fields: {
          name: "河西村特色种养补贴到户项目",
          year: 2023,
          budget: 9.48,
          fiscal: 9.48,
          spent: 9.48,
          unit: "张庄寨镇人民政府",
          executionWeight: 10,
          executionScore: 10,
          goal: "落实39户特色种养业奖补政策,增加脱贫户家庭收入",
        },
        indicators: [
          {
            l1: /^产出指标/,
            l2: "数量指标",
            name: "★补助各类瓜果蔬菜种植面积",
            raw: "29.5亩",
            ...num(">=", 29.5, "亩"),
          },
          { l1: /^产出指标/, l2: "数量指标", name: "其中桃树种植面积", raw: "1.5亩", ...num(">=", 1.5, "亩") },
          { l1: /^产出指标/, l2: "数量指标", name: "其中苹果树种植面积", raw: "5亩", ...num(">=", 5, "亩") },
          { l1: /^产出指标/, l2: "数量指标", name: "其中露天蔬菜", raw: "20亩", ...num(">=", 20, "亩") },
          { l1: /^产出指标/, l2: "数量指标", name: "其中大棚蔬菜", raw: "3亩", ...num(">=", 3, "亩") },
          { l1: /^产出指标/, l2: "数量指标", name: "★补助鱼塘面积", raw: "3亩", ...num(">=", 3, "亩") },
          { l1: /^产出指标/, l2: "数量指标", name: "其中鱼塘养殖面积", raw: "3亩", ...num(">=", 3, "亩") },
          { l1: /^产出指标/, l2: "数量指标", name: "★补助家畜家禽养殖数量", raw: "192只", ...num(">=", 192, "只") },
          { l1: /^产出指标/, l2: "数量指标", name: "其中羊养殖数量", raw: "180只", ...num(">=", 180, "只") },
          { l1: /^产出指标/, l2: "数量指标", name: "其中猪养殖数量", raw: "12头", ...num(">=", 12, "头") },
          { l1: /^产出指标/, l2: "质量指标", name: "种植作物成活率", raw: "95%", ...PCT(">=", 95) },
          { l1: /^产出指标/, l2: "质量指标", name: "养殖家畜家禽成活率", raw: "95%", ...PCT(">=", 95) },
          {
            l1: /^效益指标/,
            l2: "经济效益指标",
            name: "特色产业带动增加受益农户收入(总收入)",
            raw: "≥11.376万元",
            ...num(">=", 11.376, "万元"),
          },
          { l1: /^效益指标/, l2: "社会效益指标", name: "受益人口数量", raw: "90人", ...num(">=", 90, "人") },
        ],
        // The ★ rows' merged 分值 counts once: the 其中 rows carry no weight of their own. Their 得分, merged with the
        // ★ row's, is read on each row it covers (the group's score), and counted once: the 其中 rows are not scored.
        rows: [
          [20, 20, "29.5亩"],
          [null, 20, "1.5亩"],
          [null, 20, "5亩"],
          [null, 20, "20亩"],
          [null, 20, "3亩"],
          [10, 10, "3亩"],
          [null, 10, "3亩"],
          [10, 10, "192只"],
          [null, 10, "180只"],
          [null, 10, "12头"],
          [5, 5, "95%"],
          [5, 5, "100%"],
          [20, 20, "12万元"],
          [10, 10, "90人"],
        ],
        judged: {
          asOf: "2023-12-31",
          budgetScore: 10,
          scores: [20, null, null, null, null, 10, null, 10, null, null, 5, 5, 20, 10],
        },
      },
    ],
  },
  {
    file: "yunnan-changning-coop-self-eval-2022.xlsx",
    what: "云南 昌宁县供销社 2022 自评表: weight 20分 in the 预算执行情况 label, sign and unit only in the name (≥**平方米)",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          // No goal is written: the 年度绩效目标(80分) caption down the left was read as one.
          goal: "",
          name: "昌宁县昌龙鸿运牧业专业合作社生猪养殖场建设项目",
          year: 2022,
          budget: 50,
          spent: 10,
          // "预算执行情况(万元)(20分)" and "得分(20分*执行率)": the form's weight is 20, its score 20 × 20% = 4.
          executionWeight: 20,
          executionScore: 4,
        },
        indicators: [
          { l1: /^产出指标/, l2: "数量指标", name: "公猪舍(≥**平方米)", raw: "22.8", ...sqm(22.8) },
          { l1: /^产出指标/, l2: "数量指标", name: "母猪、保育猪舍(≥**平方米)", raw: "180", ...sqm(180) },
          { l1: /^产出指标/, l2: "数量指标", name: "育肥猪舍(≥**平方米)", raw: "180", ...sqm(180) },
          { l1: /^产出指标/, l2: "数量指标", name: "周转猪舍(≥**平方米)", raw: "180", ...sqm(180) },
          { l1: /^产出指标/, l2: "数量指标", name: "隔离舍(≥**平方米)", raw: "54", ...sqm(54) },
          { l1: /^产出指标/, l2: "数量指标", name: "仓库(≥**平方米)", raw: "104", ...sqm(104) },
          { l1: /^产出指标/, l2: "数量指标", name: "管理用房及消通道(≥**平方米)", raw: "76.44", ...sqm(76.44) },
          { l1: /^产出指标/, l2: "数量指标", name: "化粪池(≥**立方米)", raw: "63", ...num(">=", 63, "立方米") },
          { l1: /^产出指标/, l2: "数量指标", name: "堆粪房(≥**平方米)", raw: "29.6", ...sqm(29.6) },
          { l1: /^产出指标/, l2: "数量指标", name: "消毒池(≥**平方米)", raw: "14", ...sqm(14) },
          { l1: /^产出指标/, l2: "数量指标", name: "排污沟(≥米)", raw: "50", ...num(">=", 50, "米") },
          { l1: /^产出指标/, l2: "数量指标", name: "场地硬化(≥**平方米)", raw: "230", ...sqm(230) },
          { l1: /^产出指标/, l2: "数量指标", name: "粉碎拌合机(11kw)(≥台)", raw: "1", ...num(">=", 1, "台") },
          { l1: /^产出指标/, l2: "数量指标", name: "产床(全复合双体产床)(≥套)", raw: "2", ...num(">=", 2, "套") },
          { l1: /^产出指标/, l2: "数量指标", name: "保育栏(≥套)", raw: "4", ...num(">=", 4, "套") },
          { l1: /^产出指标/, l2: "数量指标", name: "消毒机(≥台)", raw: "1", ...num(">=", 1, "台") },
          { l1: /^产出指标/, l2: "数量指标", name: "冲洗机(≥台)", raw: "1", ...num(">=", 1, "台") },
          { l1: /^产出指标/, l2: "数量指标", name: "种公猪(≥头)", raw: "2", ...num(">=", 2, "头") },
          { l1: /^产出指标/, l2: "数量指标", name: "种母猪(≥头)", raw: "20", ...num(">=", 20, "头") },
        ],
        // 10 of 50 spent: 20% of the form's 20 points.
        judged: { asOf: "2022-12-31", budgetScore: 4 },
      },
    ],
  },
  {
    file: "hubei-xiangyang-hospital-self-eval-2021.xlsx",
    what: "湖北 襄阳市中心医院 2021 自评表: 年初目标值(A), weight 20分 in labels, 不超过预算, 亿元",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          // No goal is written: the 年度绩效目标(80分) caption down the left was read as one.
          goal: "",
          name: "东津院区建设补助",
          year: 2021,
          budget: 1000,
          spent: 1000,
          unit: "襄阳市中心医院",
          executionWeight: 20,
          executionScore: 20,
        },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "成本控制", raw: "不超过预算", ...QUAL },
          { l1: "产出指标", l2: "质量指标", name: "保证财政建设补助专款专用", raw: "专款专用", ...QUAL },
          {
            l1: "产出指标",
            l2: "成本",
            name: "每年财政补助1000万元",
            raw: "1000万元",
            kind: "number",
            value: 1000,
            unit: "万元",
          },
          { l1: "产出指标", l2: "时效", name: "1年", raw: "1年", kind: "duration", value: 1, unit: "年" },
          {
            l1: "效益指标",
            l2: "经济效益",
            name: "完成东津院区建设,医院东津医疗收入达到5亿元",
            raw: "5亿元",
            ...num(">=", 5, "亿元"),
          },
          {
            l1: "效益指标",
            l2: "可持续性",
            name: "院区建成后,可持续为周边群众提供医疗服务",
            raw: "服务范围扩大",
            ...QUAL,
          },
        ],
        rows: [
          [null, 10, "不超过预算"],
          [null, 10, "专款专用"],
          [null, 10, "1000万元"],
          [null, 10, "1年"],
          [null, 10, "6.47亿元"],
          [null, null, null],
        ],
        judged: { asOf: "2021-12-31", budgetScore: 20 },
      },
    ],
  },
  {
    file: "hunan-yueyanglou-price-unit-goals-2023.xlsx",
    what: "湖南 岳阳楼区价格认证鉴定中心 2023 整体: starred labels (*指标解释), 28.8万元 beside 计量单位 %, an empty 经济效益 row",
    kinds: ["unit"],
    diagnostics: [/第 11 行有内容但没有指标名称/],
    tables: [
      {
        fields: {
          name: "岳阳楼区价格认证鉴定中心",
          year: 2023,
          budget: null,
          goal: "做好涉案、价格认定工作。",
        },
        // 指标值类型 (定量 / 定性) is the sign column.
        columns: { level1: 0, level2: 1, name: 2, sign: 3, target: 4, unit: 5, description: 6 },
        indicators: [
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "业务工作支出安排金额",
            raw: "28.8万元",
            kind: "number",
            value: 28.8,
            unit: "万元",
          },
          {
            l1: "产出指标",
            l2: "质量指标",
            name: "业务工作支出到位率",
            raw: "100",
            kind: "number",
            value: 100,
            unit: "%",
          },
          { l1: "产出指标", l2: "时效指标", name: "工作安排时间", raw: "按月安排", ...QUAL },
          { l1: "产出指标", l2: "成本指标", name: "社会成本指标", raw: "100", kind: "number", value: 100, unit: "%" },
          { l1: "效益指标", l2: "社会效益指标", name: "保证单位正常运转", raw: "应保尽保", ...QUAL },
        ],
        details: [
          { name: "业务工作支出安排金额", description: "该指标主要考察业务工作支出安排情况" },
          { name: "保证单位正常运转", description: "该指标主要考察单位运转需要保障范围应保尽保" },
        ],
      },
    ],
  },
];

// ───────────────────────── Round five (reader3 session: 5 workbooks) ─────────────────────────

const XIUYU_TOWNS = ["笏石街道办", "埭头镇"];
const ANXI_VILLAGES = [
  "西坪镇尧山村",
  "桃舟乡吾培村",
  "芦田镇三洋村",
  "蓬莱镇植洋村",
  "魁斗镇奇观村",
  "龙涓乡长塔村",
  "尚卿乡尤俊村",
];

const ROUND_FIVE: LayoutCase[] = [
  {
    file: "fujian-xiuyu-water-transfer-goals-2025.xlsx",
    what: "福建 秀屿区 2025 水利专项资金: one target column per town named bare (笏石街道办 | 埭头镇), signs in 指标方向",
    kinds: ["project", "project"],
    diagnostics: [/指标值按地区分列（笏石街道办、埭头镇）/],
    tables: XIUYU_TOWNS.map((town, i) => ({
      index: i,
      fields: {
        name: `省级第七批水利专项资金（${town}）`,
        year: 2025,
        budget: null,
        total: 35,
        fiscal: 35,
        other: 0,
        unit: "秀屿区水利局",
        goal: "开展2个防洪水利设施水毁修复,",
      },
      columns: { level1: 1, level2: 2, name: 3, description: 4, sign: 5, target: 6 + i },
      indicators: [
        {
          l1: "成本指标",
          l2: "经济成本指标",
          name: "省级财政专项资金投入成本控制率(%)",
          raw: "100%",
          ...PCT("<=", 100),
        },
        { l1: "产出指标", l2: "数量指标", name: "开展修复工程(个)", raw: "1", ...num(">=", 1, "个") },
        // 指标方向 "是/否" over 否: no quality problem found, a yes/no target.
        { l1: "产出指标", l2: "质量指标", name: "已建工程是否存在质量问题", raw: "否", ...QUAL },
        { l1: "产出指标", l2: "时效指标", name: "截至2026年12月底,项目开展率(%)", raw: "100%", ...PCT(">=", 100) },
      ],
    })),
  },
  {
    file: "fujian-anxi-water-transfer-goals-2022.xlsx",
    what: "福建 安溪县 2022 水利专项资金: seven village target columns under the allocation list on the same sheet",
    kinds: Array<TableKind>(7).fill("project"),
    tables: ANXI_VILLAGES.map((village, i) => ({
      index: i,
      fields: {
        name: `省级第七批水利专项资金（${village}）`,
        year: 2022,
        total: 100,
        fiscal: 100,
        unit: "安溪县水利局",
      },
      columns: { name: 3, description: 4, target: 5 + i },
      indicators: [
        { l1: "产出指标", l2: "数量指标", name: "开展小型水利工程建设(个)", raw: "1", ...num(">=", 1, "个") },
      ],
    })),
  },
  {
    file: "hebei-ningjin-grant-evaluation-2019.xlsx",
    what: "河北 宁晋县 2019 绩效评价指标表: 评价指标 | 评价内容 | 指标名称 | 指标说明 | 目标值 | 分值, a goal word as the 一级",
    kinds: ["project"],
    tables: [
      {
        fields: { name: /高中助学金/, year: 2019, budget: null },
        columns: { level1: 0, level2: 1, name: 2, description: 3, target: 4, weight: 5, note: 6 },
        indicators: [
          { l1: "项目年度绩效目标(定量指标)", l2: "制度指标", name: "规章制度建立与否", raw: "", kind: "missing" },
          {
            l1: "项目年度绩效目标(定量指标)",
            l2: "产出数量指标",
            name: "享受资助人数",
            raw: "2100",
            ...num(">=", 2100, null),
          },
          { l1: "项目年度绩效目标(定量指标)", l2: "产出数量指标", name: "资金支出率", raw: "95%", ...PCT(">=", 95) },
          {
            l1: "项目年度绩效目标(定量指标)",
            l2: "质量指标",
            name: "建档立卡学生全面覆盖",
            raw: "100%",
            ...PCT(">=", 100),
          },
          {
            l1: "项目年度绩效目标(定量指标)",
            l2: "质量指标",
            name: "资助对象满意度",
            raw: "95%以上",
            ...PCT(">=", 95),
          },
          { l1: "项目年度绩效目标(定量指标)", l2: "时效指标", name: "及时发放率", raw: "100%", ...PCT(">=", 100) },
          { l1: "项目年度绩效目标(定量指标)", l2: "成本指标", name: "资助标准达标率", raw: "100%", ...PCT(">=", 100) },
        ],
        details: [{ name: "享受资助人数", description: "达到预计值" }],
        rows: [
          [20, null, null],
          [10, null, null],
          [10, null, null],
          [10, null, null],
          [10, null, null],
          [20, null, null],
          [20, null, null],
        ],
      },
    ],
  },
  {
    file: "shaanxi-chencang-water-template-2020.xlsx",
    what: "陕西 陈仓区 2020 水利发展资金: a template's targets left as units only (公里, 万亩, ≧ %), 资金总额 blank",
    kinds: ["project"],
    diagnostics: [/资金总额未填写，按其中各项资金合计读取/],
    tables: [
      {
        // 资金总额 left blank beside 其中:财政拨款 500: the budget is the parts' sum, the written total stays blank.
        fields: {
          // 专项(项目)名称, not the title's 省级财政水利发展资金.
          name: "农村饮水安全巩固提升工程专项",
          year: 2020,
          budget: 500,
          total: null,
          fiscal: 500,
          goal: "完成省级水利发展农村饮水项目投资500,改善提升9200人饮水条件。",
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "指标1:新建堤防、护岸长度", raw: "公里", kind: "missing" },
          { l1: "产出指标", l2: "数量指标", name: "指标2:灌区节水改造面积", raw: "万亩", kind: "missing" },
          { l1: "产出指标", l2: "数量指标", name: "指标3:农村饮水工程覆盖服务人口数", raw: "万人", kind: "missing" },
          { l1: "产出指标", l2: "数量指标", name: "指标4:中小河流治理问道长度", raw: "公里", kind: "missing" },
          { l1: "产出指标", l2: "质量指标", name: "指标1:工程验收合格率", raw: "≧ %", kind: "missing" },
        ],
      },
    ],
  },
  {
    file: "ningxia-yinchuan-school-self-eval-2021.xlsx",
    what: "宁夏 银川市第六中学 2021 自评表: 项目决策 / 管理 / 产出 / 效益 with — targets, 自评得分 98 in the header",
    kinds: ["self-evaluation"],
    diagnostics: [/模板留下的占位行（指标2:）/],
    tables: [
      {
        fields: {
          name: "初中公用经费",
          unit: "银川市第六中学",
          year: 2021,
          budget: 64.8,
          spent: 64.8,
          goal: "保障学校正常工作运行",
          // 自评得分 | 98 above the money block: the form's total (no 总分 row under the indicators).
          totalScore: 98,
        },
        columns: { level1: 0, level2: 1, name: 2, weight: 3, target: 4, actual: 5, score: 6, reason: 7 },
        indicators: [
          { l1: /^项目决策/, l2: "项目目标", name: "完整性", raw: "—", kind: "missing" },
          { l1: /^项目决策/, l2: "项目立项", name: "相关性", raw: "—", kind: "missing" },
          { l1: /^项目决策/, l2: "项目立项", name: "可行性", raw: "", kind: "missing" },
          { l1: /^项目决策/, l2: "项目立项", name: "适当性", raw: "", kind: "missing" },
          { l1: /^项目管理/, l2: "投入管理", name: "预算执行率", raw: "—", kind: "missing" },
          { l1: /^项目管理/, l2: "财务管理", name: "财务管理制度有效性", raw: "—", kind: "missing" },
          { l1: /^项目管理/, l2: "项目实施", name: "绩效监控有效性", raw: "—", kind: "missing" },
          { l1: /^项目管理/, l2: "项目实施", name: "管理制度有效性", raw: "-", kind: "missing" },
          { l1: /^项目产出/, l2: "数量指标(10分)", name: "保障人数", raw: "2370人", ...num(">=", 2370, "人") },
          { l1: /^项目产出/, l2: "质量指标(5分)", name: "公用经费标准", raw: "符合相关文件要求", ...QUAL },
          { l1: /^项目产出/, l2: "时效指标(5分)", name: "公用经费完成时间", raw: "2021年12月完成", kind: "date" },
          { l1: /^项目产出/, l2: "成本指标(10分)", name: "办公所需成本", raw: "15万元", ...num("<=", 15, "万元") },
          {
            l1: /^项目产出/,
            l2: "成本指标(10分)",
            name: "维修(维护)所需成本",
            raw: "35万元",
            ...num("<=", 35, "万元"),
          },
          {
            l1: /^项目产出/,
            l2: "成本指标(10分)",
            name: "绿化、水电费等成本",
            raw: "14.8万元",
            ...num("<=", 14.8, "万元"),
          },
          { l1: /^项目效益/, l2: "社会效益指标", name: "效果显著", raw: "改善学校的办学条件", ...QUAL },
          {
            l1: /^项目效益/,
            l2: "可持续影响指标",
            name: "使学生和老师有个更好的学习和工作环境,做到",
            raw: "社会认可的办学环境.",
            ...QUAL,
          },
        ],
        rows: [
          [4, 4, "目标明确、内容细化、目标量化"],
          [2, 2, "按照学校管理标准对学校进行管理"],
          [2, 2, "实际工作需求"],
          [2, 2, "有资金测算标准"],
          [10, 9, "100%"],
          [7, 7, "财务制度健全,严格执行制度,会计核算规范"],
          [2, 2, "持续有效"],
          [6, 6, "严格执行相关管理制度"],
          [10, 10, "2370人"],
          [5, 5, "符合相关文件要求"],
          [5, 4, "2021年12月完成"],
          [4, 4, "15万元"],
          [3, 3, "35万元"],
          [3, 3, "14.8万元"],
          [15, 13, "改善学校的办学条件"],
          [10, 8, "社会认可的办学环境."],
        ],
        // The 预算执行率 row under 项目管理 is the budget score (10 of 10 at 100 %); the excerpt ends before the
        // 满意度 rows, so the 98 stated is more than the rows transcribed give (86).
        judged: {
          asOf: "2021-12-31",
          budgetScore: 10,
          findings: [
            /“预算执行率”得分 9，按规则应为 10/,
            /“公用经费完成时间”得分 4，按规则应为 5/,
            /总分 98，按规则应为 86/,
          ],
        },
      },
    ],
  },
];

// ───────────────────────── Round six (6 workbooks: 山东, 江西 new; new kinds of form) ─────────────────────────

const ROUND_SIX: LayoutCase[] = [
  {
    file: "shandong-linyi-school-goals-2025.xlsx",
    what: "山东 临邑 2025 项目支出目标申报表: 一级 | 二级 | 三级 | 年度数值 | 备注, levels ending in 值",
    kinds: ["project"],
    tables: [
      {
        fields: {
          name: "小学教育公用经费",
          title: "项目支出目标申报表",
          unit: "临邑县师范附属小学",
          year: 2025,
          budget: 438.768,
          total: 438.768,
          fiscal: 438.768,
          other: null,
          moneyUnit: "万元",
        },
        columns: { level1: 0, level2: 1, name: 2, target: 3, note: 4 },
        indicators: [
          { l1: "产出值", l2: "数量值", name: "小学就读人数", raw: "<=6962人", ...num("<=", 6962, "人") },
          { l1: "产出值", l2: "质量值", name: "教学条件改善、办学水平提高", raw: "=100%", ...PCT("=", 100) },
          { l1: "产出值", l2: "时效值", name: "教育均衡化发展", raw: "有效", ...QUAL },
          // A bare cost standard is a cap; two bases after 元 (per pupil, per year).
          {
            l1: "产出值",
            l2: "成本值",
            name: "义务教育小学生均公用经费",
            raw: "780元/生/年",
            ...num("<=", 780, "元/生/年"),
          },
          { l1: "效益值", l2: "经济效益值", name: "经费有效使用情况", raw: "=100%", ...PCT("=", 100) },
          { l1: "效益值", l2: "社会效益值", name: "教学质量提高、办学条件改善", raw: "=100%", ...PCT("=", 100) },
          { l1: "效益值", l2: "生态效益值", name: "安全情况", raw: "有效", ...QUAL },
          { l1: "效益值", l2: "可持续影响值", name: "学生受益情况", raw: "=100%", ...PCT("=", 100) },
        ],
      },
    ],
  },
  {
    file: "jiangxi-fuliang-forestry-unit-goals-2026.xlsx",
    what: "江西 浮梁县林业局 部门整体绩效目标: 计算符号 | 目标值 | 度量单位 | 指标值说明, no money",
    kinds: ["unit"],
    tables: [
      {
        fields: {
          kind: "unit",
          name: "浮梁县林业局",
          unit: "浮梁县林业局",
          year: null,
          budget: null,
          total: null,
          goal: "保证林业局职能实现,保障人员经费。",
        },
        columns: { level1: 0, level2: 1, name: 2, sign: 3, target: 4, unit: 5, description: 6 },
        indicators: [
          ["保障在职职工人数(人)", 116, "人"],
          ["保障退休职工人数(人)", 81, "人"],
          ["保障遗属人数(人)", 13, "人"],
          ["林木采伐监管(万立方米)", 6, "万立方米"],
          ["野生动植物保护、防火面积(万亩)", 320, "万亩"],
          ["湿地保有量(公顷)", 4900, "公顷"],
          ["林业产业(万亩)", 0.5, "万亩"],
          ["签订野生动物致害保险(单)", 1, "单"],
          ["向各类新闻媒体完成林业新闻信息投稿数(篇)", 30, "篇"],
          ["林业微信公众号完成新闻宣传(篇)", 50, "篇"],
          ["制作宣传横幅、公益宣传牌等(年)", 1, "年"],
          ["自然保护区负氧离子监测点(个)", 4, "个"],
        ]
          .map(([name, value, unit]): IndicatorCase => ({
            l1: "产出指标",
            l2: "数量指标",
            name: name as string,
            raw: String(value),
            ...num("=", value as number, unit as string),
          }))
          .concat([{ l1: "产出指标", l2: "质量指标", name: "工资发放准确性(%)", raw: "95", ...PCT(">=", 95) }]),
      },
    ],
  },
  {
    file: "shaanxi-hanyin-finance-transfer-goals-2022.xlsx",
    what: "陕西 汉阴 2022 普惠金融 绩效目标表: 单位:元 over 资金情况(万元), 中央补助 + 地方资金",
    kinds: ["project"],
    tables: [
      {
        fields: {
          name: "普惠金融发展专项资金",
          unit: "汉阴县人力资源和社会保障局",
          year: 2022,
          // 年度金额 112 = 中央补助 40 + 地方资金 72, all 财政 money, in 万元 as the label says (not 元).
          budget: 112,
          total: 112,
          fiscal: 112,
          other: null,
          moneyUnit: "万元",
          goal: /^目标1:支持农村金融组织体系建设,扩大农村金融服务覆盖面。\n目标2:/,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4 },
        indicators: [
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "本年度创业担保贷款发放额",
            raw: "4000万元",
            ...num(">=", 4000, "万元"),
          },
          { l1: "产出指标", l2: "质量指标", name: "创业担保贷款回收率", raw: "≥90%", ...PCT(">=", 90) },
          { l1: "产出指标", l2: "质量指标", name: "资金足额拨付率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "地方配套资金到位率", raw: "100%", ...PCT(">=", 100) },
          { l1: "效益指标", l2: "经济效益指标", name: "创业担保基金放大倍数", raw: "≥2倍", ...num(">=", 2, "倍") },
          { l1: "效益指标", l2: "社会效益指标", name: "金融机构网点覆盖率", raw: "≥60%", ...PCT(">=", 60) },
          {
            l1: "满意度指标",
            l2: "服务对象满意度指标",
            name: "申报定向费用补贴金融机构满意度",
            raw: "≥80%",
            ...PCT(">=", 80),
          },
        ],
      },
    ],
  },
  {
    file: "neimenggu-wuchuan-ethnic-goals-2021.xlsx",
    what: "内蒙古 武川县民委 2021 绩效目标申报表: money inside the labels, no 一级 cells",
    kinds: ["project"],
    // The 财政拨款 cell names the fund before its amount: said, not guessed.
    diagnostics: [/“其中:财政拨款”右侧的“中央衔接推进乡村振兴补助资金\(少数民族发展任务\)50”不是金额/],
    tables: [
      {
        fields: {
          name: "大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目",
          unit: "武川县民族事务委员会",
          year: 2021,
          // 年度资金总额:50万 — the amount written into the label.
          budget: 50,
          fiscal: null,
          goal: /^大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目\(约50万\)/,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 5 },
        indicators: [
          { l1: "", l2: "", name: "贫困地区新增特色产业数量", raw: "≥1个", ...num(">=", 1, "个") },
          { l1: "", l2: "", name: "贫困地区建设少数民族聚居村养殖场", raw: "≥1个", ...num(">=", 1, "个") },
          { l1: "", l2: "", name: "养殖动物成活率(目标)", raw: "≥95%", ...PCT(">=", 95) },
          { l1: "", l2: "", name: "项目(工程)验收合格率", raw: "100%", ...PCT(">=", 100) },
          { l1: "", l2: "时效指标", name: "开工时限", raw: "2021年7月", kind: "date", op: "<=" },
          { l1: "", l2: "时效指标", name: "竣工时限", raw: "2021年9月", kind: "date", op: "<=" },
          { l1: "", l2: "成本指标", name: "打井、配电", raw: "50000元", ...num("<=", 50000, "元") },
          { l1: "", l2: "成本指标", name: "饲料库120平米", raw: "490元/平米", ...num("<=", 490, "元/平米") },
          { l1: "", l2: "成本指标", name: "围墙300米", raw: "300元/米", ...num("<=", 300, "元/米") },
          { l1: "", l2: "成本指标", name: "标准化棚圈360平米", raw: "550元/平米", ...num("<=", 550, "元/平米") },
          // Written ≥ under 成本指标: read as written (the review says a cost wants ≤).
          { l1: "", l2: "成本指标", name: "防疫室84平米", raw: "≥1050元", ...num(">=", 1050, "元") },
        ],
      },
    ],
  },
  {
    file: "sichuan-puhui-finance-self-eval.xlsx",
    what: "四川 普惠金融 自评: 年度金额 beside 资金使用情况, 权重 as percentages, 得分合计 100",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          name: "普惠金融发展专项资金",
          unit: "四川省财政厅",
          year: null,
          // 年度金额(提前下达):208万元 = 中央财政165 + 省级财政43; 资金使用情况 合计:109.8 is what was used.
          budget: 208,
          total: 208,
          fiscal: 208,
          spent: 109.8,
          totalScore: 100,
          goal: /^目标1:支持农村金融组织体系建设/,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "创业担保贷款发放额增长率", raw: "≥10%", ...PCT(">=", 10) },
          { l1: "产出指标", l2: "质量指标", name: "创业担保贷款回收率", raw: "≥90%", ...PCT(">=", 90) },
          { l1: "产出指标", l2: "质量指标", name: "资金足额拨付率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "地方配套到位率", raw: "100%", ...PCT(">=", 100) },
          { l1: "效益指标", l2: "经济效益指标", name: "创业担保基金放大倍数", raw: "≥2倍", ...num(">=", 2, "倍") },
          { l1: "效益指标", l2: "社会效益指标", name: "金融机构网点覆盖率", raw: "≥60%", ...PCT(">=", 60) },
          {
            l1: "满意度指标",
            l2: "服务对象满意度指标",
            name: "申请定向费用补贴金融机构满意度",
            raw: "≥80%",
            ...PCT(">=", 80),
          },
          {
            l1: "满意度指标",
            l2: "服务对象满意度指标",
            name: "申报创业担保贷款贴息个人满意度",
            raw: "≥80%",
            ...PCT(">=", 80),
          },
          {
            l1: "满意度指标",
            l2: "服务对象满意度指标",
            name: "申报创业担保贷款贴息小微企业的满意度",
            raw: "≥80%",
            ...PCT(">=", 80),
          },
        ],
        // 权重 written "20%": 20 points (the weights make the 100 of 得分合计).
        rows: [
          [20, 20, "115.25%"],
          [20, 20, "98.70%"],
          [10, 10, "100%"],
          [10, 10, "100%"],
          [10, 10, "10倍"],
          [10, 10, "85%"],
          [10, 10, "≥80%"],
          [5, 5, "100%"],
          [5, 5, "100%"],
        ],
        // No points for the money (the weights already make 100): the total is the indicators'. A completion
        // written "≥80%" states at least 80 % (docs/domain.md#actual-values, review33): read as 80, it scores 10.
        judged: {
          asOf: "2023-12-31",
          budgetScore: null,
          scores: [20, 20, 10, 10, 10, 10, 10, 5, 5],
          findings: [/预算执行率 52.79%，低于 90%/],
        },
      },
    ],
  },
  {
    file: "hunan-nanyue-youth-grant-goals-2023.xlsx",
    what: "湖南 南岳 2023 雨露计划: 专项 wording, 本年度预计投入 over 财政资金 by level, 指标值及单位",
    kinds: ["project"],
    tables: [
      {
        fields: {
          name: "2023年雨露计划就学补助项目",
          title: "雨露计划绩效目标申报表",
          unit: "南岳区乡村振兴局",
          year: 2023,
          period: "2023-01-01..2023-12-31",
          // 本年度预计投入 7 = 财政资金 中央 0 + 省级 7 + 市级资金 0 + 本级 0.
          budget: 7,
          total: 7,
          fiscal: 7,
          goal: "1.对提供就读学籍证明的学生了放就学补助;\n2.补助标准为:每生 1500 元/学期。",
        },
        columns: { level1: 1, level2: 2, name: 3, target: 6 },
        indicators: [
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "年度申请就学补助户数",
            raw: ">=101人/次",
            ...num(">=", 101, "人/次"),
          },
          { l1: "产出指标", l2: "质量指标", name: "逾期发放率", raw: ">=100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "时效指标", name: "就学补助及时发放率", raw: ">=100%", ...PCT(">=", 100) },
        ],
      },
    ],
  },
  {
    file: "hunan-hengshan-grain-self-eval-2020.xlsx",
    what: "湖南 衡山县 2020 县级储备粮 自评表: no 分值 / 得分 columns, 中央、省、市补助县级资金, bad things counted to 0",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          name: "县级储备粮",
          title: "2020年度县级专项资金绩效目标自评表",
          unit: "粮食调控储备与产业发展股",
          year: 2020,
          budget: 194.9,
          total: 194.9,
          fiscal: 194.9,
          spent: 194.9,
          goal: "保持和稳定地方粮食储备机制",
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, reason: 6 },
        indicators: [
          ["产出指标", "数量指标", "5000吨稻谷、500吨成品粮储备到位率"],
          ["产出指标", "数量指标", "库存数量真实率"],
          ["产出指标", "质量指标", "县级储备粮管理制度严格执行率"],
          ["产出指标", "质量指标", "储备粮管理专户管理率"],
        ]
          .map(([l1, l2, name]): IndicatorCase => ({ l1, l2, name, raw: "100%", ...PCT(">=", 100) }))
          .concat([
            // A share of spoilt grain, 0: a cap.
            {
              l1: "产出指标",
              l2: "质量指标",
              name: "县级储备粮库存粮食明显变质比例",
              raw: "0",
              ...num("<=", 0, null),
            },
            { l1: "产出指标", l2: "时效指标", name: "县级储备粮贷款付息及时率", raw: "100%", ...PCT(">=", 100) },
            { l1: "产出指标", l2: "时效指标", name: "县级储备粮应急保障率", raw: "100%", ...PCT(">=", 100) },
            // Good rates under 成本指标: higher is better.
            { l1: "产出指标", l2: "成本指标", name: "国家政策性粮收购价格执行率", raw: "100%", ...PCT(">=", 100) },
            { l1: "产出指标", l2: "成本指标", name: "县级储备粮库存成本核算率", raw: "100%", ...PCT(">=", 100) },
            { l1: "效益指标", l2: "经济效益指标", name: "利息费用保障率", raw: "100%", ...PCT(">=", 100) },
            { l1: "效益指标", l2: "经济效益指标", name: "政策性挂账利息补贴保障率", raw: "100%", ...PCT(">=", 100) },
            {
              l1: "效益指标",
              l2: "生态效益指标",
              name: "低温、低氧、低剂量科学保粮率",
              raw: "100%",
              ...PCT(">=", 100),
            },
            { l1: "效益指标", l2: "生态效益指标", name: "食品安全指标达标率", raw: "100%", ...PCT(">=", 100) },
            { l1: "效益指标", l2: "可持续影响指标", name: "粮食储备设备维护及安全性", raw: "高", ...QUAL },
            {
              l1: "满意度指标",
              l2: "服务对象满意度指标",
              name: "因粮食市场波动引起的粮食安全事件发生数",
              raw: "0起",
              ...num("<=", 0, "起"),
            },
            { l1: "满意度指标", l2: "服务对象满意度指标", name: "市民满意度调查", raw: "≥90%", ...PCT(">=", 90) },
          ]),
        details: [{ name: "政策性挂账利息补贴保障率", actual: "无", reason: "没有轮换、动用库存" }],
        // No 分值 written: the national split (产出 50 over 9, 效益 30 over 5, 满意度 10 over 2) and 10 for the
        // money (194.9 of 194.9). "无" is no value the rules can score, and the form gives no 得分 to fall back on.
        judged: {
          asOf: "2020-12-31",
          budgetScore: 10,
          scores: [...Array<number>(9).fill(50 / 9), 6, null, 6, 6, 6, 5, 5],
        },
      },
    ],
  },
];

// ───────────────────────── Round seven ─────────────────────────

const ROUND_SEVEN: LayoutCase[] = [
  {
    file: "neimenggu-wuhai-recycling-goals-2021.xlsx",
    what: "内蒙古 乌海 2021: 指标性质 正向 / 反向 beside 指标方向 =, date serials shown 44,561, 财政拨款数",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          name: "再生资源回收市场管理经费",
          title: "再生资源回收市场管理经费项目绩效目标表",
          year: 2021,
          budget: 3,
          total: 3,
          fiscal: 3,
          other: 0,
          moneyUnit: "万元",
        },
        columns: { level1: 0, level2: 1, name: 2, target: 5, unit: 6, weight: 7, note: 8 },
        indicators: [
          // 正向 beside "=": the value is to be reached.
          { l1: "产出指标", l2: "数量指标", name: "出差人数", raw: "8", ...num(">=", 8, null) },
          { l1: "产出指标", l2: "数量指标", name: "出差人次", raw: "24", ...num(">=", 24, "人/次") },
          { l1: "产出指标", l2: "质量指标", name: "工作任务完成率", raw: "100", ...PCT(">=", 100) },
          // 44561 (shown 44,561) in both 目标值 and 计量单位: the date 2021-12-31, the number is no unit.
          { l1: "产出指标", l2: "时效指标", name: "项目财政资金到位时间", raw: "44561", kind: "date" },
          { l1: "产出指标", l2: "时效指标", name: "财政资金到位及时支付率", raw: "100", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "时效指标", name: "工作计划按时完成时间", raw: "44561", kind: "date" },
          // 反向 beside "=": a cap.
          { l1: "产出指标", l2: "成本指标", name: "出差单位成本", raw: "0", ...num("<=", 0, "万元/人") },
          { l1: "产出指标", l2: "成本指标", name: "出差总成本", raw: "1", ...num("<=", 1, "万元") },
          { l1: "产出指标", l2: "成本指标", name: "劳务人员总成本", raw: "2", ...num("<=", 2, "万元") },
          { l1: "产出指标", l2: "成本指标", name: "办公费总成本", raw: "0", ...num("<=", 0, "万元") },
          { l1: "产出指标", l2: "成本指标", name: "年度预算总成本", raw: "3", ...num("<=", 3, "万元") },
        ],
        rows: [4, 4, 4, 10, 4, 4, 4, 4, 4, 4, 4].map((w): [number, null, null] => [w, null, null]),
      },
    ],
  },
  {
    file: "hunan-xiangtan-spray-goals-2023.xlsx",
    what: "湖南 湘潭 2023: 指标值及单位 | 绩效标准, 年度本级预算金额 250万, 满意度 under 效益指标",
    kinds: ["project"],
    tables: [
      {
        fields: {
          name: "雾炮车降尘抑尘服务",
          title: "2023年项目支出绩效目标申报表",
          unit: "湘潭市环境卫生管理处",
          year: 2023,
          budget: 250,
          total: 250,
          moneyUnit: "万元",
          goal: "通过采购雾炮车降尘抑尘服务,服务周期2023.07-2024.01,全市空气质量达到优良",
          period: "2023-07-01..2024-01-31",
        },
        // 服务周期 2023.07-2024.01 is the 项目支出实施期 itself: not outside the budget year's table.
        noReview: ["deadline-outside-year"],
        columns: { level1: 1, level2: 2, name: 3, target: 4, description: 5 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "雾炮车降尘抑尘服务配备车辆数", raw: "10辆", ...num(">=", 10, "辆") },
          { l1: "产出指标", l2: "数量指标", name: "雾炮车风炮射程", raw: "≥80M", ...num(">=", 80, "M") },
          { l1: "产出指标", l2: "质量指标", name: "服务周期内空气质量", raw: "优良", ...QUAL },
          { l1: "产出指标", l2: "时效指标", name: "服务周期", raw: "2023.07-2024.01", kind: "period" },
          // The name says 控制在…内 and it is a cost: a cap of 250 万元 ("万" of money).
          { l1: "产出指标", l2: "成本指标", name: "控制在预算成本内", raw: "250万", ...num("<=", 250, "万元") },
          {
            l1: "效益指标",
            l2: "社会效益指标",
            name: "服务周期内,市民对空气质量改善的满意程度",
            raw: "≥85%",
            ...PCT(">=", 85),
          },
          { l1: "效益指标", l2: "社会公众或服务对象满意度指标", name: "市民满意度", raw: "≥90%", ...PCT(">=", 90) },
        ],
      },
    ],
  },
  {
    file: "national-forestry-pest-sample-goals.xlsx",
    what: "国家林业局 样例 项目支出绩效目标申报表: 指标 | 指标内容 | 指标值 (no 二级), money left blank, 各 1 次",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          name: "国家森林病虫害预测预报补助经费",
          title: "项目支出绩效目标申报表",
          unit: "169国家林业局",
          year: null,
          budget: null,
          total: null,
          goal: /^全面掌握年度全国林业有害生物发生防控信息;.*开展测报员岗位技术培训。$/,
        },
        columns: { level1: 1, name: 2, target: 3 },
        indicators: [
          // One of each report (年度 and 半年): 1 次 per report.
          { l1: "产出指标", l2: "", name: "年度、半年趋势报告次数", raw: "各 1 次", ...num(">=", 1, "次") },
          { l1: "产出指标", l2: "", name: "发生动态与短期预报报告次数", raw: "2000 次", ...num(">=", 2000, "次") },
          { l1: "产出指标", l2: "", name: "汇总突发事件季度报告次数", raw: "4 次", ...num(">=", 4, "次") },
          { l1: "产出指标", l2: "", name: "趋势会商会次数", raw: "1 次", ...num(">=", 1, "次") },
          { l1: "产出指标", l2: "", name: "测报员培训人次", raw: "200 人次", ...num(">=", 200, "人次") },
          {
            l1: "产出指标",
            l2: "",
            name: "上报发生情况月报数据的林业有害生物种次",
            raw: "2000 种次",
            ...num(">=", 2000, "种次"),
          },
          { l1: "产出指标", l2: "", name: "汇总发生情况月报表次数", raw: "12 次", ...num(">=", 12, "次") },
          { l1: "产出指标", l2: "", name: "测报准确率", raw: "85%", ...PCT(">=", 85) },
          { l1: "产出指标", l2: "", name: "年度、半年趋势报告及时率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "", name: "当地主要林业有害生物预报发布率", raw: "85%", ...PCT(">=", 85) },
          { l1: "效益指标", l2: "", name: "森林资源生长因害损失量", raw: "有效减少", ...QUAL },
          {
            l1: "效益指标",
            l2: "",
            name: "对维护社会稳定的作用",
            raw: "通过预警信息的发布,让人们了解有害生物信息,减少因恐慌情绪蔓延而导致可能产生的不稳定因素。",
            ...QUAL,
          },
        ],
      },
    ],
  },
  {
    file: "sichuan-zhaohua-family-aid-goals-2021.xlsx",
    what: "四川 广元 昭化 2021 申报表: numbered money parts under 年度资金总额 | 金额(万元), 项目完成指标 / 项目效益指标",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          name: "特困家庭再扶助(独生子女死亡再扶助)",
          title: "项目支出绩效目标申报表",
          unit: "区卫生健康局",
          year: 2021,
          budget: 6.3,
          fiscal: 6.3,
          moneyUnit: "万元",
          goal: /^区域内符合计划生育政策.*稳定特扶家庭情绪$/,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4 },
        indicators: [
          {
            l1: "项目完成指标",
            l2: "数量指标",
            name: "对符合政策法规的独生子伤残、死亡家庭进行扶助",
            raw: "63人",
            ...num(">=", 63, "人"),
          },
          {
            l1: "项目完成指标",
            l2: "质量指标",
            name: "按政策、法律、法规乡镇申报、初审确认对象资格,县级按要求复审",
            raw: "100%",
            ...PCT(">=", 100),
          },
          { l1: "项目完成指标", l2: "时效指标", name: "项目实施时间", raw: "2021年1月-12月", kind: "period" },
          { l1: "项目完成指标", l2: "时效指标", name: "资金拨付", raw: "12月底到位", kind: "date" },
          // A sentence around a standard: not guessed.
          {
            l1: "项目完成指标",
            l2: "成本指标",
            name: "成本控制",
            raw: "严格按照预算标准1000元/人给补助对象兑付补助",
            kind: "unknown",
          },
          {
            l1: "项目效益指标",
            l2: "社会效益指标",
            name: "促进人口与经济、社会、资源、环境协调和可持续发展",
            raw: "100%",
            ...PCT(">=", 100),
          },
          { l1: "项目效益指标", l2: "可持续影响指标", name: "实现社会稳定和谐发展", raw: "长期", ...QUAL },
          { l1: "满意度指标", l2: "满意度指标", name: "受益群众满意度", raw: "≥90%", ...PCT(">=", 90) },
          { l1: "满意度指标", l2: "满意度指标", name: "社会满意度", raw: "100%", ...PCT(">=", 100) },
        ],
      },
    ],
  },
  {
    file: "ningxia-shizuishan-vaccine-approval-2020.xlsx",
    what: "宁夏 石嘴山 2020 批复表: 项目 | 指标值 | 绩效金额, unit / project / 一级 / 二级 / names as rows of one column",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          name: "狂犬、乙肝、流感等疫苗及美沙酮药物",
          unit: "石嘴山市疾病预防控制中心",
          title: "石嘴山市疾病预防控制中心2020年项目绩效目标批复表",
          year: 2020,
          // 3000000 元 under 绩效金额 on the project's row.
          budget: 300,
          moneyUnit: "元",
        },
        columns: { name: 0, target: 1 },
        indicators: [
          {
            l1: "产出指标",
            l2: "成本指标(必填硬性指标)",
            name: "按照辖区内社区卫生服务机构计划进行采购后,以采购价提供给各社区卫生服务机构",
            raw: "100%",
            // `100%` under 成本指标 for a name that is no cost: all of it done, ≥ (a cap at the whole would pass any
            // share; reader58 — a cap on main). Other bare percentages under 成本 stay caps.
            ...PCT(">=", 100),
          },
          {
            l1: "产出指标",
            l2: "成本指标(必填硬性指标)",
            name: "按照物价部门定价标准采购",
            raw: "100%",
            ...PCT(">=", 100),
          },
          { l1: "产出指标", l2: "时效指标(必填)", name: "疫苗提供及时率", raw: "100%", ...PCT(">=", 100) },
          {
            l1: "产出指标",
            l2: "时效指标(必填)",
            name: "对美沙酮维持患者及时给予治疗",
            raw: "100%",
            ...PCT(">=", 100),
          },
          { l1: "产出指标", l2: "数量指标(必填硬性指标)", name: "疫苗使用率", raw: "100%", ...PCT(">=", 100) },
          {
            l1: "产出指标",
            l2: "数量指标(必填硬性指标)",
            name: "满足海洛因成瘾患者维持治疗需求",
            raw: "100%",
            ...PCT(">=", 100),
          },
          {
            l1: "产出指标",
            l2: "质量指标(必填)",
            name: "质量符合国家标准,有国家颁发的批签发等相关证明文件",
            raw: "100%",
            ...PCT(">=", 100),
          },
          {
            l1: "产出指标",
            l2: "质量指标(必填)",
            name: "美沙酮药物治疗符合国家相关标准",
            raw: "100%",
            ...PCT(">=", 100),
          },
          { l1: "满意度指标", l2: "服务对象满意度指标(必填)", name: "服务对象满意度", raw: "100%", ...PCT(">=", 100) },
          {
            l1: "效益指标",
            l2: "可持续影响指标(必填)",
            name: "通过注射疫苗,可以有效降低疫苗针对传染病的发生",
            raw: "40%",
            ...PCT(">=", 40),
          },
          {
            l1: "效益指标",
            l2: "可持续影响指标(必填)",
            name: "通过美沙酮药物维持治疗可以有效地降低艾滋病在吸毒人群中传播,减少毒品的使用",
            raw: "90%",
            ...PCT(">=", 90),
          },
          {
            l1: "效益指标",
            l2: "社会效益指标(必填)",
            name: "满足辖区居民对常用疫苗的需求",
            raw: "100%",
            ...PCT(">=", 100),
          },
          {
            l1: "效益指标",
            l2: "社会效益指标(必填)",
            name: "满足海洛因成瘾患者维持治疗需求",
            raw: "100%",
            ...PCT(">=", 100),
          },
        ],
      },
    ],
  },
];

// ───────────────────────── Round eight ─────────────────────────

const ROUND_EIGHT: LayoutCase[] = [
  {
    file: "hainan-expo-award-goals-2021.xlsx",
    what: "海南 省商务厅 会展奖励资金 2021: label:value money cells, starred header 绩效指标性质* | 绩效指标值* | 绩效度量单位",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          // The table names no project (the notice does) and no year (2021年第四季度 is in the notice only).
          name: "",
          year: null,
          unit: "省商务厅",
          budget: 2430.3,
          total: 2430.3,
          fiscal: 2430.3,
          other: null,
          moneyUnit: "万元",
          title: "项目绩效目标表",
          goal: /^目标1:全年实现会展业综合收入不低于280亿元/,
        },
        columns: { level1: 0, level2: 1, name: 2, target: 4, unit: 5, weight: 6 },
        indicators: [
          // 绩效指标性质 "≥" and 绩效度量单位 "亿元" in their own columns (绩效 before the usual names).
          { l1: "产出指标", l2: "数量指标", name: "全年实现会展业综合收入", raw: "280", ...num(">=", 280, "亿元") },
        ],
      },
    ],
  },
  {
    file: "zhejiang-cixi-infant-care-goals-2023.xlsx",
    what: "浙江 慈溪 2023 disclosure page: prose headings over a four-column 项目具体目标表, 社会效益 spanning both levels",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          // "项目具体目标表" is the form's name, not the project's (the project is named only in a prose heading).
          name: "",
          title: "项目具体目标表",
          // From the page heading "2023年慈溪市重大政策和项目绩效目标情况".
          year: 2023,
          budget: null,
        },
        columns: { level1: 0, level2: 1, name: 2, target: 3 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "每千人托位", raw: "4.5", ...num(">=", 4.5, null) },
          { l1: "产出指标", l2: "质量指标", name: "应补尽补率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "审核准确性", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "补助发放准确率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "时效指标", name: "补助发放及时性", raw: "及时发放", ...QUAL },
          { l1: "社会效益", l2: "社会效益", name: "社区婴幼儿照护服务机构覆盖率", raw: "提高", ...QUAL },
          { l1: "社会效益", l2: "社会效益", name: "婴幼儿健康管理率", raw: "95%", ...PCT(">=", 95) },
          { l1: "社会效益", l2: "社会效益", name: "婴幼儿家长科学育儿知识普及率", raw: "90%", ...PCT(">=", 90) },
          { l1: "社会效益", l2: "社会效益", name: "婴幼儿照护服务机构从业人员持证率", raw: "80%", ...PCT(">=", 80) },
          { l1: "满意度指标", l2: "满意度指标", name: "受益单位满意度", raw: "95%", ...PCT(">=", 95) },
          { l1: "满意度指标", l2: "满意度指标", name: "社会公众满意度", raw: "≥90%", ...PCT(">=", 90) },
        ],
      },
    ],
  },
];

/** Round nine (variety29 session): a 陕西 county 附表, a 云南 county self-evaluation, a 新疆兵团 form (SOURCES.md). */
const ROUND_NINE: LayoutCase[] = [
  {
    file: "shaanxi-qingjian-road-goals-2021.xlsx",
    what: "陕西 清涧县 2021 中央财政专项扶贫资金 附表: vertical captions kept as their first character (总, 绩), no money unit",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          name: "2021年交通局寨山石坪、鲍家沟果园路",
          title: "绩效目标申报表",
          unit: "清涧县交通运输局",
          // From the line "(2021年度)".
          year: 2021,
          // 资金情况 names no unit; the notice says 500万元.
          budget: 500,
          total: 500,
          fiscal: 500,
          other: null,
          moneyUnit: "万元",
          // Labelled 年度目标 beside the caption cut to "总".
          goal: /^1、改善基础实施建设,呼家河至鲍家沟果园路建设2公里/,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "寨山石坪村新建水泥路1条", raw: "2km", ...num(">=", 2, "公里") },
          { l1: "产出指标", l2: "数量指标", name: "呼家河至鲍家沟新建水泥路1条", raw: "2km", ...num(">=", 2, "公里") },
          { l1: "产出指标", l2: "质量指标", name: "项目(工程)验收合格率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "时效指标", name: "项目(工程)完成及时率", raw: "100%", ...PCT(">=", 100) },
          {
            l1: "产出指标",
            l2: "成本指标",
            name: "硬化水泥砼公路补助标准",
            raw: "≤120万元",
            ...num("<=", 120, "万元"),
          },
        ],
      },
    ],
  },
  {
    file: "yunnan-nanhua-mushroom-self-eval.xlsx",
    what: "云南 南华县 self-evaluation: 年初预算数 | 全年预算数 | 全年执行数, an 经济效益 row inside 产出, the unit in the name",
    kinds: ["self-evaluation"],
    diagnostics: [/无法确定预算年度/],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          name: "南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目(续建)",
          // No title and no year in the excerpt.
          title: "",
          year: null,
          unit: "南华县国有资本管理有限公司",
          budget: 1100,
          fiscal: 1100,
          spent: 1100,
          executionWeight: 10,
          executionScore: 10,
          goal: /^目标1:1290.3平方米冷库仓储建设/,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 },
        // The 成本指标 row with nothing in it is no indicator.
        indicators: [
          {
            l1: "产出指标(50分)",
            l2: "数量指标",
            name: "1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装",
            raw: "≥1290.3平方米",
            ...num(">=", 1290.3, "平方米"),
          },
          {
            l1: "产出指标(50分)",
            l2: "数量指标",
            name: "配套烘干杀菌设备及包装设备购置及安装",
            raw: "550",
            ...num(">=", 550, null),
          },
          {
            l1: "产出指标(50分)",
            l2: "数量指标",
            name: "配套电力设施1250KVA变压器3台",
            raw: "3",
            ...num(">=", 3, null),
          },
          // Published under 产出指标 (the review says it belongs to 效益指标).
          { l1: "产出指标(50分)", l2: "经济效益指标", name: "奖补资金兑付率(%)", raw: "≥100%", ...PCT(">=", 100) },
          // The unit only in the name: 10 read as ≤ 10 月.
          {
            l1: "产出指标(50分)",
            l2: "时效指标",
            name: "任务完成时限(月)",
            raw: "10",
            kind: "duration",
            op: "<=",
            value: 10,
            unit: "月",
          },
        ],
        rows: [
          [10.3, 10.3, "1290.3平方米"],
          [9.3, 9.3, 20],
          [9.3, 9.3, null],
          [10.8, 10.8, "≥100%"],
          [10.3, 10.3, 10],
        ],
        judged: {
          asOf: "2024-12-31",
          // 20 of 550 is missed; "≥100%" as an actual states at least 100 % (docs/domain.md#actual-values): met.
          statuses: ["met", "missed", "pending", "met", "met"],
          scores: [10.3, 0.34, null, 10.8, 10.3],
          budgetScore: 10,
          executionLight: "green",
        },
      },
    ],
  },
  {
    file: "xinjiang-bingtuan-cold-store-goals-2021.xlsx",
    what: "新疆兵团 第一师 六团 2021: 项目资金总额 beside 年度资金申请总额, spaced captions, the year only in the goal",
    kinds: ["project"],
    diagnostics: [/无法确定预算年度/],
    tables: [
      {
        fields: {
          kind: "project",
          name: "第一师六团巩固脱贫攻坚与乡村振兴有效衔接特色产业基地气调保鲜库建设项目",
          title: "兵团本级财政衔接推进乡村振兴补助资金绩效目标申报表",
          unit: "新疆生产建设兵团第一师阿拉尔市六团农业发展服务中心",
          // The table names no budget year: "2021年" is only inside the annual goal's sentence.
          year: null,
          // 项目期 "1年": how long, not when.
          period: null,
          // 年度资金申请总额 (the year's) rather than 项目资金总额 (the whole period's); both 1500 here.
          budget: 1500,
          fiscal: 1500,
          moneyUnit: "万元",
          // The annual goal (年度总体目标), not the whole project's (项目总目标).
          goal: "2021年完成保鲜库钢构主体安装、封顶;完成消防水池土建工程。",
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "指标1:新建保鲜库数量", raw: "1座", ...num(">=", 1, "座") },
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "指标2:新建保鲜库面积",
            raw: "3550平方米",
            ...num(">=", 3550, "平方米"),
          },
          { l1: "产出指标", l2: "数量指标", name: "指标3:新建消防水池数量", raw: "1座", ...num(">=", 1, "座") },
        ],
      },
    ],
  },
];

/** Round ten (variety30 session): a 宁夏 county forest table with the form's placeholders left in the names. */
const ROUND_TEN: LayoutCase[] = [
  {
    file: "ningxia-yuanzhou-forest-goals-2022.xlsx",
    what: "宁夏 原州区 2022 水源涵养林: bare numbers under 名称(≥**单位) placeholders, statements spanning 三级 and 指标值",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          name: "原州区2022年南部水源涵养林建设项目",
          // The form's name is the page's 标题 field, not a row of the table.
          title: "",
          unit: "固原市原州区自然资源局",
          year: 2022,
          // 项目期 2022年3月-2023年11月: its 项目完成时间 2023年底 is in the project's years (noReview below).
          period: "2022-03-01..2023-11-30",
          budget: 6070,
          total: 6070,
          fiscal: 6070,
          other: null,
          moneyUnit: "万元",
          goal: /^在东马场林场、东岳山林场/,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4 },
        indicators: [
          {
            l1: "产出指标",
            l2: "数量指标\n(必填硬性指标)",
            name: "实施营造林总面积(亩)",
            raw: "80000",
            ...num(">=", 80000, "亩"),
          },
          {
            l1: "产出指标",
            l2: "数量指标\n(必填硬性指标)",
            name: "其中:实施新造林总面积(亩)",
            raw: "30000",
            ...num(">=", 30000, "亩"),
          },
          {
            l1: "产出指标",
            l2: "数量指标\n(必填硬性指标)",
            name: "实施未成林抚育提升及退化林改造总面积(亩)",
            raw: "50000",
            ...num(">=", 50000, "亩"),
          },
          {
            l1: "产出指标",
            l2: "数量指标\n(必填硬性指标)",
            name: "修建作业道长度(公里)",
            raw: "30",
            ...num(">=", 30, "公里"),
          },
          // The placeholder (≥**%) gives the bare 85 its sign and unit.
          { l1: "产出指标", l2: "质量指标\n(必填)", name: "苗木成活率(≥**%)", raw: "85", ...PCT(">=", 85) },
          { l1: "产出指标", l2: "时效指标\n(必填)", name: "项目完成时间", raw: "2023年底", kind: "date" },
          // Under 成本指标 a bare number is a cap, but the form's placeholder says ≥ (the review then questions it).
          {
            l1: "产出指标",
            l2: "成本指标\n(必填硬性指标)",
            name: "项目总投入(≥**万元)",
            raw: "6070",
            ...num(">=", 6070, "万元"),
          },
          // A statement over 三级 and 指标值: the name and the target are the one text.
          {
            l1: "效益指标",
            l2: "经济效益\n指标\n(选填)",
            name: "增加就业机会,提高农民收入。",
            raw: "增加就业机会,提高农民收入。",
            ...QUAL,
          },
          { l1: "效益指标", l2: "社会效益\n指标\n(必填)", name: "受益人数(人)", raw: "132", ...num(">=", 132, "人") },
          {
            l1: "效益指标",
            l2: "生态效益\n指标\n(选填)",
            name: "提高森林覆盖率,促进生物多样性保护。",
            raw: "提高森林覆盖率,促进生物多样性保护。",
            ...QUAL,
          },
          {
            l1: "效益指标",
            l2: "可持续影响\n指标\n(必填)",
            name: "提高森林生态系统服务功能,显著改善项目区及周边地区的生态环境。",
            raw: "提高森林生态系统服务功能,显著改善项目区及周边地区的生态环境。",
            ...QUAL,
          },
        ],
        noReview: ["deadline-outside-year"],
      },
    ],
  },
];

/**
 * Round twelve (variety33 session): a 部门整体 table whose money labels hold their amounts, a 2025 project table that
 * starts with 成本指标 under a 指标值类型 sign column, a district table with a 立项依据 row, and a page of stacked
 * self-evaluations that begins inside the previous table.
 */
const ROUND_TWELVE: LayoutCase[] = [
  {
    file: "hunan-qidong-cdc-unit-goals-2024.xlsx",
    what: "湖南 祁东县疾控 2024 部门整体: amounts inside their labels' cells (其中:一般公共预算:952.22), targets 2次以上",
    kinds: ["unit"],
    tables: [
      {
        fields: {
          kind: "unit",
          name: "祁东县疾病预防控制中心",
          unit: "祁东县疾病预防控制中心",
          title: "2024年祁东县部门整体支出绩效目标表",
          year: 2024,
          // "资金总额:952.22" and "其中:一般公共预算:952.22": label and amount in one cell each.
          budget: 952.22,
          total: 952.22,
          fiscal: 952.22,
          other: null,
          moneyUnit: "万元",
          goal: /^根据《湖南省卫生健康委疾控处/,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4 },
        indicators: [
          // Three counts in one cell: no single number to judge against.
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "全年检测次数",
            raw: "自愿咨询检测1000人次以上,艾滋病人检测600人次以上,结核病人筛查600人次以上",
            // reader44: three counts, each with its words (a target of several parts, the first shown as its own).
            ...num(">=", 1000, "人次"),
          },
          { l1: "产出指标", l2: "数量指标", name: "免疫规划知识培训次数", raw: "2次以上", ...num(">=", 2, "次") },
          { l1: "产出指标", l2: "数量指标", name: "免疫规划知识培训人次", raw: "200人以上", ...num(">=", 200, "人") },
        ],
      },
    ],
  },
  {
    file: "hunan-nanxian-cdc-goals-2025.xlsx",
    what: "湖南 南县疾控 2025: 成本指标 first, 指标值类型 (≤ / 定性) | 目标值 | 度量单位 | 指标值内容, 部门预算 70.00",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          name: "基本公共卫生服务和应急处理及卫生监督执法专项",
          title: "2025年项目支出绩效目标表",
          unit: "南县疾病预防控制中心",
          year: 2025,
          // "部门预算 | 70.00" where the 湘潭 form has 预算部门 | its name: an amount, not the unit.
          budget: 70,
          moneyUnit: "万元",
          period: "2025-01-01..2025-12-31",
          goal: /^对全县突发卫生公共事件/,
        },
        // 指标值类型 is the sign column, 指标值内容 the indicator's description.
        columns: { level1: 0, level2: 1, name: 2, sign: 3, target: 4, unit: 5, description: 6, note: 7 },
        indicators: [
          {
            l1: "成本指标",
            l2: "经济成本指标",
            name: "疾病预防控制中心经费",
            raw: "70",
            ...num("<=", 70, "万元"),
          },
          { l1: "成本指标", l2: "社会成本指标", name: "实施项目对社会产生的不利影响", raw: "减少", ...QUAL },
        ],
        details: [{ name: "疾病预防控制中心经费", description: "反映疾病预防控制中心经费。" }],
      },
    ],
  },
  {
    file: "anhui-jinan-disabled-rehab-goals-2023.xlsx",
    what: "安徽 金安区残联 2023 精准康复: 立项依据 between money and 年度目标, 项目期 3年, =22个",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          name: "残疾人精准康复",
          title: "项目支出绩效目标表",
          unit: "六安市金安区残疾人联合会",
          year: 2023,
          // 项目期 "3年": how long, not when.
          period: null,
          budget: 80,
          total: 80,
          fiscal: 80,
          other: 0,
          moneyUnit: "万元",
          // The 年度目标, not the 立项依据 paragraph above it.
          goal: /^聚焦残疾人康复需求/,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "签约康复人数", raw: "≥18000人", ...num(">=", 18000, "人") },
          { l1: "产出指标", l2: "数量指标", name: "涉及乡镇街数量", raw: "=22个", ...num("=", 22, "个") },
          { l1: "产出指标", l2: "数量指标", name: "发放辅助器具人数", raw: "≥4000人", ...num(">=", 4000, "人") },
        ],
      },
    ],
  },
  {
    file: "sichuan-daying-justice-self-eval-2023.xlsx",
    what: "四川 大英县司法局 2023: stacked self-evaluations, the page starting inside the previous one; 年初预算 0.00, 调整后 3.36",
    kinds: ["self-evaluation", "self-evaluation"],
    // The tail above has no name and no money of its own: said once, at its first cell.
    diagnostics: [/未找到项目名称/],
    tables: [
      {
        index: 0,
        fields: { kind: "self-evaluation", name: "", budget: null },
        columns: { level1: 1, level2: 2, name: 3, sign: 4, target: 5, unit: 6, actual: 7, weight: 8, score: 9 },
        indicators: [{ l1: "产出指标", l2: "经济成本指标", name: "成本控制数", raw: "30", ...num("<=", 30, "万元") }],
        rows: [[90, 90, "完成"]],
        // "完成" under a number target: an achievement given instead of a value, judged as stated.
        judged: { asOf: "2023-12-31", statuses: ["met"] },
      },
      {
        index: 1,
        fields: {
          kind: "self-evaluation",
          name: "2023年全县安可替代补助资金项目",
          code: "51092324T000010263357",
          title: "部门预算项目支出绩效自评表(2023年度)",
          unit: "大英县司法局",
          year: 2023,
          // 调整后预算数, not the 年初预算 0.00: the money was added during the year.
          budget: 3.36,
          fiscal: 3.36,
          spent: 3.36,
          moneyUnit: "万元",
          goal: "根据要求购买安可设备,并完成项目资金支付。",
          executionWeight: 10,
          executionScore: 10,
        },
        indicators: [
          {
            l1: "产出指标",
            l2: "质量指标",
            name: "完成安可产品购买并按要求支付资金",
            raw: "100",
            kind: "number",
            op: "=",
            value: 100,
          },
        ],
        judged: { asOf: "2023-12-31", statuses: ["pending"], budgetScore: 10, executionLight: "green" },
      },
    ],
  },
];

// ───────────────────────── Round thirteen (variety34) ─────────────────────────

const ROUND_THIRTEEN: LayoutCase[] = [
  {
    file: "hubei-huanggang-soil-monitoring-self-eval-2020.xlsx",
    what: "湖北 黄冈 水土保持 2020 自评表: two goal blocks 年度绩效目标1(40分) / 2(40分), each under its own header row",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          name: "水土保持监测",
          title: "2020年度水土保持监测项目绩效自评表",
          unit: "黄冈市水土保持与农田水利科研所",
          year: 2020,
          budget: 10,
          spent: 10,
          moneyUnit: "万元",
          executionWeight: 20,
          executionScore: 20,
          totalScore: 99.6,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, score: 6 },
        // Both blocks, in order: the second block's header row is no indicator, its caption no column.
        indicators: [
          { l1: "产出指标", l2: "质量指标", name: "监测数据必须合格", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "进度指标", name: "取得2018-2022监测资料", raw: "100%", ...PCT(">=", 100) },
          {
            l1: "满意度指标",
            l2: "服务对象满意度指标",
            name: "服务对象满意度指标\n整编资料审核",
            raw: "98%",
            ...PCT(">=", 98),
          },
          { l1: "产出指标", l2: "质量指标", name: "监测数据资料整编", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "进度指标", name: "完成年度资料上报", raw: "100%", ...PCT(">=", 100) },
        ],
        rows: [
          [null, 10, "100%"],
          [null, 10, "100%"],
          [null, 19.6, "98%"],
          [null, 20, "100%"],
          [null, 20, "100%"],
        ],
        // The unit shared each block's 40 points itself (10 / 10 / 19.6, 20 / 20): no weight is known, so no score
        // is found wrong, and the total is the 20 for the money plus the scores as submitted (99.6, as written).
        judged: {
          asOf: "2020-12-31",
          statuses: ["met", "met", "met", "met", "met"],
          scores: [null, null, null, null, null],
          budgetScore: 20,
          executionLight: "green",
          noFindings: true,
        },
      },
    ],
  },
  {
    file: "tianjin-xiqing-clinic-goals-self-eval-2021.xlsx",
    what: "天津 西青 赤龙社区卫生服务中心 2021: goal table with 项目资金 (万元) | 3.0 beside its parts, its self-evaluation's head under it",
    kinds: ["project"],
    // The self-evaluation under it has only its money rows: not read, and said (it was passed over in silence).
    diagnostics: [/第 29 行的“项目支出绩效自评表”下没有指标表头（一级指标、三级指标、指标值…），该表未读取、未评分/],
    tables: [
      {
        fields: {
          kind: "project",
          name: "基层医疗机构诊疗服务能力提升-基层医疗卫生机构绩效工资补助",
          title: "项目支出绩效目标表",
          // 项目实施单位: the unit carrying the project out (no 单位名称 line above).
          unit: "赤龙社区卫生服务中心",
          year: 2021,
          // The amount beside the 项目资金 heading itself is the total; 其中:财政拨款 3.0 and 其他资金 0.0 its parts.
          budget: 3,
          total: 3,
          fiscal: 3,
          other: 0,
          moneyUnit: "万元",
          period: "2021-01-01..2021-12-31",
          goal: "目标1:提高医疗机构服务能力",
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4 },
        // The template's "指标2:" / "……" / "…" rows are no indicators.
        indicators: [
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "指标1:上年12月底编内人员数",
            raw: "3人",
            kind: "number",
            value: 3,
            unit: "人",
          },
          { l1: "产出指标", l2: "质量指标", name: "指标1:补助发放率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "时效指标", name: "指标1:补助资金发放及时率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "成本指标", name: "指标1:补助资金成本", raw: "3万元", ...num("<=", 3, "万元") },
          { l1: "效益指标", l2: "经济效益指标", name: "签约居民就医实际支出金额节约率", raw: "≥5%", ...PCT(">=", 5) },
          {
            l1: "效益指标",
            l2: "社会效益指标",
            name: "家医签约宣传参加人次",
            raw: ">3万人次",
            ...num(">", 3, "万人次"),
          },
          { l1: "效益指标", l2: "可持续影响指标", name: "当年绩效工资可持续率", raw: "100%", ...PCT(">=", 100) },
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "服务对象满意度", raw: "100%", ...PCT(">=", 100) },
        ],
      },
    ],
  },
];

// ───────────────────────── Round fourteen (1 workbook) ─────────────────────────

const ROUND_FOURTEEN: LayoutCase[] = [
  {
    file: "heilongjiang-daqing-project-goals-form.xlsx",
    what: "黑龙江 大庆 部门预算项目支出绩效目标申报表 (blank form): 上年度实际水平 | 本年度计划水平, numbered template rows",
    kinds: ["project"],
    tables: [
      {
        // Blank fields stay blank: 编制单位(盖章): (not the 项目基本情况 caption below it), "( 年度)" (no year, no unit).
        fields: { unit: "", year: null, budget: null },
        // 指标名称 over 二级指标 | 三级指标; this year's plan is the target, last year's level is not read.
        // 指标内容/计算公式 right of the target: what the indicator means, known (main: “表头未识别”).
        columns: { level2: 1, name: 2, target: 4, description: 5 },
        // "1." / "2." / "3." / "……" under 目标完成程度 and 项目实施效益: the form's blank rows, no indicator.
        indicators: [],
      },
    ],
    diagnostics: [/第 35 行是模板留下的占位行（1\.）/, /找到指标表头，但其下没有指标行/],
  },
];

// ───────────────────────── Round fifteen (variety36) ─────────────────────────

const ROUND_FIFTEEN: LayoutCase[] = [
  {
    file: "fujian-ningde-talent-station-evaluation-2023.xlsx",
    what: "福建 宁德 人才驿站 2023 评价报告: 评价内容 over 产出目标 | 数量目标, 绩效内容, 绩效目标值 | 实际完成值 | 累计完成率",
    kinds: ["project"],
    // A table of the report: no project name, year or budget above it, and the reader says so.
    diagnostics: [/未找到项目名称/, /无法确定预算年度/, /未找到本年度预算数/],
    tables: [
      {
        // 评价内容 merged over the two level columns; 累计完成率 is the unit's own progress, known and not read.
        columns: { level1: 0, level2: 1, name: 2, target: 3, actual: 4 },
        indicators: [
          {
            l1: "产出目标",
            l2: "数量目标",
            name: "当年获得宁德市级以上确认的人才驿站数量",
            raw: ">=2个",
            ...num(">=", 2, "个"),
          },
          { l1: "产出目标", l2: "数量目标", name: "当年人才驿站组织活动数量", raw: ">=28次", ...num(">=", 28, "次") },
          { l1: "产出目标", l2: "数量目标", name: "每年人才驿站服务人次", raw: ">=500人", ...num(">=", 500, "人") },
          { l1: "产出目标", l2: "质量目标", name: "各类人才对我市人才政策的知晓率", raw: ">=95%", ...PCT(">=", 95) },
          { l1: "产出目标", l2: "质量目标", name: "人才驿站补助资金到位率", raw: ">=100%", ...PCT(">=", 100) },
        ],
        details: [
          { name: "当年获得宁德市级以上确认的人才驿站数量", actual: "0个" },
          { name: "每年人才驿站服务人次", actual: "1700人" },
        ],
        // As the report's 累计完成率 says: 0% missed, 143% and 340% beyond the target, 103% and 100% met.
        judged: { asOf: "2023-12-31", statuses: ["missed", "exceeded", "exceeded", "met", "met"] },
      },
    ],
  },
];

// ───────────────────────── Round sixteen (variety37) ─────────────────────────

const ROUND_SIXTEEN: LayoutCase[] = [
  {
    file: "chongqing-rongchang-forestry-goals-2022.xlsx",
    what: "重庆 荣昌区林业局 2022 项目绩效目标表: 三级指标 | 计量单位 | 指标性质 | 指标值 (the unit before the sign and value)",
    kinds: ["project"],
    tables: [
      {
        fields: {
          name: "古昌镇大青冈村乡村振兴绿化美化项目",
          unit: "区林业局",
          year: 2022,
          budget: 153.5184,
          goal: /^在古昌镇大青杠村约3500米公路沿线/,
        },
        // The unit column left of the sign and the value is still the target's unit.
        columns: { level1: 2, level2: 3, name: 4, unit: 5, sign: 6, target: 7 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "绿化美化公路", raw: "3500", ...num("=", 3500, "米") },
          { l1: "产出指标", l2: "数量指标", name: "购买发放李子苗", raw: "15000", ...num("=", 15000, "株") },
          { l1: "产出指标", l2: "质量指标", name: "树木成活率", raw: "85", ...PCT(">=", 85) },
        ],
      },
    ],
  },
  {
    file: "yunnan-baoshan-veterans-self-eval-2022.xlsx",
    what: "云南 保山市退役军人事务局 2022 自评表: target 小于5次 answered 无上访, 按时限完成 answered 100%",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          // No goal is written: the 年度绩效目标(80分) caption down the left was read as one.
          goal: "",
          name: "春节走访慰问经费",
          unit: "保山市退役军人事务局",
          year: 2022,
          budget: 34.64,
          spent: 34.64,
          executionWeight: 20,
          executionScore: 20,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, score: 6 },
        indicators: [
          {
            l1: "产出指标(60分)",
            l2: "数量指标",
            name: "慰问伤残军人50人;革命烈士遗属50人;因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人;烈士家庭6户;市直企业军转干部101人;驻保部队8家;边海防官兵320人。",
            raw: "100%",
            ...PCT(">=", 100),
          },
          { l1: "产出指标(60分)", l2: "质量指标", name: "补助经费足额拨付率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标(60分)", l2: "时效指标", name: "春节前完成走访慰问", raw: "按时限完成", ...QUAL },
          {
            l1: "效益指标(10分)",
            l2: "社会效益指标",
            name: "全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生",
            // A comparator in words: 小于 = <.
            raw: "小于5次",
            ...num("<", 5, "次"),
          },
          {
            l1: "满意度指标(10分)",
            l2: "服务对象满意度指标",
            name: "重点优抚对象、企业军转干部、驻保部队、边海防官兵满意率",
            raw: "100%",
            ...PCT(">=", 100),
          },
        ],
        details: [{ name: "全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生", actual: "无上访" }],
        // 无上访 is none (0) under a cap of 5; 100% against 按时限完成 is the work done in full. Every score agrees.
        judged: {
          asOf: "2022-12-31",
          statuses: ["met", "met", "met", "met", "met"],
          budgetScore: 20,
          noFindings: true,
        },
      },
    ],
  },
  {
    file: "anhui-suixi-temporary-aid-self-eval-2019.xlsx",
    what: "安徽 濉溪县民政局 2019 临时救助 自评表: >= / <= in ASCII, 元/人*月, (≥**人) placeholders, full scores on a miss",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          name: "临时救助",
          unit: "[155]濉溪县民政局",
          year: 2019,
          budget: 30,
          fiscal: 30,
          spent: 30,
          goal: "为建档立卡扶贫户解决临时性的困难",
          executionWeight: 10,
          executionScore: 10,
        },
        columns: { level1: 1, level2: 2, name: 3, weight: 4, target: 5, actual: 6, score: 7, reason: 8 },
        indicators: [
          {
            l1: "产出指标(50分)",
            l2: "数量指标",
            name: "★★★农村低保发放人数(按月平均)(≥**人)",
            raw: ">=21933人",
            ...num(">=", 21933, "人"),
          },
          {
            l1: "产出指标(50分)",
            l2: "数量指标",
            name: "★★★其中:农村低保对象中建档立卡贫困人口数量(按月平均)(≥**人)",
            raw: ">=9431人",
            ...num(">=", 9431, "人"),
          },
          {
            l1: "产出指标(50分)",
            l2: "数量指标",
            name: "★★★建档立卡贫困人口中接受临时救助的人次数(≥**人次)",
            raw: ">=59人次",
            ...num(">=", 59, "人次"),
          },
          {
            l1: "产出指标(50分)",
            l2: "数量指标",
            name: "★★★特困人员救助供养人数(按月平均)(≥**人)",
            raw: ">=4754人",
            ...num(">=", 4754, "人"),
          },
          {
            l1: "产出指标(50分)",
            l2: "数量指标",
            name: "扶贫临时救助人数(按月平均)(≥**人)",
            raw: ">=7人",
            ...num(">=", 7, "人"),
          },
          {
            l1: "产出指标(50分)",
            l2: "质量指标",
            name: "★农村低保标准(≥**元/人·月)",
            // 元/人*月: the asterisk joins the two bases as · does.
            raw: ">=530元/人*月",
            ...num(">=", 530, "元/人/月"),
          },
          {
            l1: "产出指标(50分)",
            l2: "质量指标",
            name: "农村特困人员救助供养基本生活标准(≥**元/人·月)",
            raw: ">=570元/人*月",
            ...num(">=", 570, "元/人/月"),
          },
          {
            l1: "产出指标(50分)",
            l2: "质量指标",
            name: "扶贫临时救助标准(<**元/户·年)——一户年最高5300元",
            raw: "<=5300元/户",
            ...num("<=", 5300, "元/户"),
          },
          {
            l1: "效益指标(30分)",
            l2: "社会效益指标",
            name: "★★★受益建档立卡贫困人口数≥**人",
            raw: ">=80人",
            ...num(">=", 80, "人"),
          },
        ],
        rows: [
          [5, 5, "21980人"],
          [5, 5, "9453人"],
          [5, 5, "87人次"],
          [5, 5, "4604人"],
          [10, 10, "7人"],
          [5, 5, "583元/人*月"],
          [5, 5, "758元/人*月"],
          [10, 10, "5830元/户"],
          [30, 30, "87人"],
        ],
        judged: {
          asOf: "2019-12-31",
          statuses: ["met", "met", "exceeded", "missed", "met", "met", "met", "missed", "met"],
          // Both misses were given their full 分值; the 满意度 row (10分) is cut off in the page, so the weights make 90.
          findings: [
            /特困人员救助供养人数.*得分 5，按规则应为 4\.84/,
            /扶贫临时救助标准.*得分 10，按规则应为 9/,
            /分值合计 90/,
          ],
        },
      },
    ],
  },
  {
    file: "hunan-lingling-forestry-unit-self-eval-2021.xlsx",
    what: "湖南 零陵区林业局 2021 部门整体支出绩效自评表: 区级预算单位名称, 4753.66万元 as text, 每亩300, 亿元",
    kinds: ["self-evaluation"],
    diagnostics: [/第 20 行是模板留下的占位行（……）/],
    tables: [
      {
        // The unit-wide form names no project: it is the unit's (区级预算单位名称 | 零陵区林业局).
        fields: {
          name: "零陵区林业局",
          unit: "零陵区林业局",
          year: 2021,
          budget: 4753.66,
          fiscal: 1873.66,
          other: 2880,
          spent: 3824.26,
          executionWeight: 10,
          executionScore: 10,
          goal: /^目标1:造林1\.2万亩/,
        },
        columns: { level1: 0, level2: 1, name: 2, target: 3, actual: 4, weight: 5, score: 6, reason: 7 },
        indicators: [
          { l1: "产出指标(50)", l2: "数量指标", name: "造林面积", raw: "1.2万亩", ...num(">=", 1.2, "万亩") },
          { l1: "产出指标(50)", l2: "数量指标", name: "病虫害防治面积", raw: "3.45万亩", ...num(">=", 3.45, "万亩") },
          { l1: "产出指标(50)", l2: "数量指标", name: "森林经营面积", raw: "16.3万亩", ...num(">=", 16.3, "万亩") },
          { l1: "产出指标(50)", l2: "质量指标", name: "造林成活率", raw: "85%", ...PCT(">=", 85) },
          { l1: "产出指标(50)", l2: "时效指标", name: "当期完成", raw: "90%", ...PCT(">=", 90) },
          { l1: "产出指标(50)", l2: "成本指标", name: "造林补助", raw: "每亩300", ...num("<=", 300, "/亩") },
          { l1: "产出指标(50)", l2: "成本指标", name: "抚育补助", raw: "每亩100", ...num("<=", 100, "/亩") },
          {
            l1: "效益指标(30分)",
            l2: "经济效益指标",
            name: "木材销售收入",
            raw: "1100万元",
            ...num(">=", 1100, "万元"),
          },
          { l1: "效益指标(30分)", l2: "经济效益指标", name: "林产品收入", raw: "2.6亿元", ...num(">=", 2.6, "亿元") },
          { l1: "效益指标(30分)", l2: "社会效益指标", name: "提高就业率", raw: "显著", ...QUAL },
        ],
        judged: {
          asOf: "2021-12-31",
          // 每亩300 answered 每亩300 (written as the target is) meets it; 1093万元 and 2.45亿元 fall short.
          statuses: ["met", "met", "met", "met", "met", "met", "met", "missed", "missed", "met"],
          // The form writes 执行率 100% and 得分 10 for 3824.26 of 4753.66 spent: both said (the rate since reader47).
          findings: [
            /预算执行得分 10，按规则应为 8\.04/,
            /执行率 100%，按规则应为 80\.45%（执行数 3824\.26 ÷ 预算数 4753\.66）/,
            /预算执行率 80\.45%，低于 90%/,
          ],
        },
      },
    ],
  },
  {
    file: "yunnan-lincang-wildlife-shelter-self-eval-2023.xlsx",
    what: "云南 临翔区林草局 2023 自评表: 数量指标 written on two rows, a month as 时效 target, 得分 9 for 97.80%",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          name: "2023年马鹿坑国有林场新建野生动物收容所建设项目",
          unit: "临沧市临翔区林业和草原局",
          year: 2023,
          budget: 32.4,
          spent: 31.69,
          executionWeight: 10,
          executionScore: 9,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "野生动物收容所", raw: "≥200平方米", ...num(">=", 200, "平方米") },
          { l1: "产出指标", l2: "数量指标", name: "钢结构圈养围栏", raw: "≥120米", ...num(">=", 120, "米") },
          { l1: "产出指标", l2: "时效指标", name: "项目完工时限", raw: "2023年12月", kind: "date" },
          { l1: "产出指标", l2: "质量指标", name: "项目竣工验收率", raw: "100%", ...PCT(">=", 100) },
          { l1: "效益指标", l2: "经济效益指标", name: "务工人员年人均增收", raw: "≥8400元", ...num(">=", 8400, "元") },
          { l1: "效益指标", l2: "社会效益指标", name: "提供务工岗位", raw: "≥5个", ...num(">=", 5, "个") },
          {
            l1: "效益指标",
            l2: "可持续影响指标",
            name: "项目建成后可持续影响年限",
            raw: "≥15年",
            ...num(">=", 15, "年"),
          },
        ],
        judged: {
          asOf: "2023-12-31",
          statuses: ["met", "met", "met", "met", "met", "met", "met"],
          // 31.69 of 32.4 is 97.8 %: 9.78 points, written 9; the 满意度 row (10分) is cut off in the page.
          findings: [/预算执行得分 9，按规则应为 9\.78/, /分值合计 90/],
        },
      },
    ],
  },
  {
    file: "hebei-handan-poverty-aid-graded-goals-2019.xlsx",
    what: "河北 邯郸 2019 困难群众救助 绩效目标表: no 指标值 column, 绩效指标评价标准 over 优 | 良 | 中 | 差",
    kinds: ["project"],
    // The 优 standard is read as the target, and the reader says so once.
    diagnostics: [/“绩效指标评价标准”按等级分列（优、良、中、差）：读取“优”档作为指标值/],
    tables: [
      {
        fields: { year: 2019, budget: null, goal: "保障农村低保金的发放,保障农村低保户的基本生活。" },
        // 绩效指标分类 is the 一级, 绩效指标 (right of it) the names; 良 / 中 / 差 are known and not read.
        columns: { level1: 0, name: 1, description: 2, target: 3, basis: 7 },
        indicators: [
          { l1: "产出指标", l2: "", name: "救助覆盖率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "", name: "农村低保救助资金按标准发放的比率", raw: "90%", ...PCT(">=", 90) },
          { l1: "效果指标", l2: "", name: "救助对象对救助工作满意度(%)", raw: "85%", ...PCT(">=", 85) },
        ],
      },
    ],
  },
  {
    file: "hubei-guangshui-roads-self-eval-2021.xlsx",
    what: "湖北 广水市交通运输局 2021 自评表: 年初指标值 | 年终完成值 | 自评分 | 复核分, points in the level labels (数量指标15分)",
    kinds: ["self-evaluation"],
    // The form names no year (its 填报日期 is 2022), and the reader says so.
    diagnostics: [/无法确定预算年度/],
    tables: [
      {
        fields: {
          name: "乡村道路建设养护项目",
          unit: "广水市交通运输局",
          year: null,
          budget: 309,
          spent: 309,
          totalScore: 95,
        },
        // 年终完成值 is the actual, 自评分 the unit's score; 复核分 (the reviewer's) and 评价标准 are known, not read.
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, score: 6, computed: 7, basis: 8 },
        indicators: [
          {
            l1: "产出指标40分",
            l2: "数量指标15分",
            name: "乡村道路建设养护里程",
            raw: "300公里",
            ...num(">=", 300, "公里"),
          },
          { l1: "产出指标40分", l2: "质量指标12分", name: "农村公路建设验收合格率", raw: "", kind: "missing" },
          { l1: "产出指标40分", l2: "质量指标12分", name: "农村公路养护验收合格率", raw: "", kind: "missing" },
        ],
        details: [{ name: "乡村道路建设养护里程", actual: "300公里" }],
        // 数量指标15分 over one row: its weight is 15, as the unit scored it (before, 产出's 50 spread: 16.67).
        judged: {
          asOf: "2021-12-31",
          statuses: ["met", "unknown", "unknown"],
          scores: [15, null, null],
          noFindings: true,
        },
      },
    ],
  },
];

// ───────────────────────── Round seventeen (reader42) ─────────────────────────

const ROUND_SEVENTEEN: LayoutCase[] = [
  {
    file: "hubei-huangshi-library-self-eval-2022.xlsx",
    what: "湖北 黄石市图书馆 2022 共享工程 自评表: two names under one merged target and answer; 25TB, 100%覆盖, 5万, ≥360天",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          name: "共享工程",
          title: "2022年度共享工程项目自评表",
          unit: "黄石市图书馆",
          year: 2022,
          budget: 5,
          spent: 5,
          moneyUnit: "万元",
          executionWeight: 20,
          executionScore: 20,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, score: 6 },
        indicators: [
          { l1: /^产出指标/, l2: "数量指标", name: "一个存储备份器", raw: "25TB", ...num(">=", 25, "TB") },
          { l1: /^产出指标/, l2: "数量指标", name: "WIFI布点全覆盖", raw: "100%覆盖", ...PCT(">=", 100) },
          { l1: /^产出指标/, l2: "质量指标", name: "以最新资源面市", raw: "资源采购期以当年为主", ...QUAL },
          { l1: /^产出指标/, l2: "时效指标", name: "可保证读者使用时长", raw: "全天候可用", ...QUAL },
          // Under 时效 a floor as written: the days of service, not a time limit.
          { l1: /^产出指标/, l2: "时效指标", name: "2022年全年", raw: "≥360天", ...num(">=", 360, "日") },
          // 5万 under 成本: 5 万元, a cap.
          { l1: /^产出指标/, l2: "成本指标", name: "以低价位高质量为采购原则", raw: "5万", ...num("<=", 5, "万元") },
          { l1: /^效益指标/, l2: "经济效益", name: "社会公益服务无经济效益", raw: "公益性事业", ...QUAL },
          {
            l1: /^效益指标/,
            l2: "社会效益",
            name: "使读者更方便快捷查找检阅",
            raw: "独有数据资源查询,查询范围可扩展到省图",
            ...QUAL,
          },
          // The second name under the same merged target and answer: an indicator of its own with both.
          {
            l1: /^效益指标/,
            l2: "社会效益",
            name: "促进黄石文化经济发展,丰富市民文化活动",
            raw: "独有数据资源查询,查询范围可扩展到省图",
            ...QUAL,
          },
          { l1: /^效益指标/, l2: "环境效益", name: "数字图书馆环境优良无污染", raw: "良好", ...QUAL },
          { l1: /^效益指标/, l2: "环境效益", name: "WIFI全覆盖,绿色环保", raw: "良好", ...QUAL },
          { l1: /^效益指标/, l2: "可持续影响指标", name: "≥360天服务读者", raw: "≥360天", ...num(">=", 360, "日") },
        ],
        details: [
          { name: "可保证读者使用时长", actual: "全天候" },
          { name: "促进黄石文化经济发展,丰富市民文化活动", actual: "独有数据资源查询,查询范围可扩展到省图" },
        ],
        // Every answer restates its target: 全天候 (the target without 可用), 良好 against 良好 (was 部分达成: red),
        // the shared answer for the second 社会效益 name (was 未填报); 100%覆盖 (was not understood).
        // 得分 merged over each 二级's rows is the group's: 产出 40 over its four groups (10 each, not 6.67 per row),
        // 效益 30 over three; every group's 10 agrees with the rules (were 7 false “得分 10，按规则应为 6.67 …”).
        judged: {
          asOf: "2022-12-31",
          statuses: ["met", "met", "met", "met", "met", "met", "met", "met", "met", "met", "met", "met"],
          executionLight: "green",
          scores: [5, 5, 10, 5, 5, 10, 3.33, 3.33, 3.34, 5, 5, 10],
          budgetScore: 20,
          noFindings: true,
        },
      },
    ],
  },
  {
    file: "jiangsu-zhenjiang-museum-park-goals-2024.xlsx",
    what: "江苏 镇江博物馆 2024 项目绩效公开: 半年(程) / 全年(程)指标值 side by side; money by fund (政府性基金 … 社保基金)",
    kinds: ["project"],
    // reader43: the half-year targets are not read — said once at their column (were passed over in silence).
    diagnostics: [/“半年\(程\)指标值”（半年目标）未读取：各指标按“全年\(程\)指标值”判断/],
    tables: [
      {
        fields: {
          kind: "project",
          name: "赛珍珠文化公园运转经费",
          title: "2024年度镇江博物馆赛珍珠文化公园运转经费项目绩效公开",
          unit: "镇江博物馆",
          year: 2024,
          budget: 80,
          fiscal: 80,
          moneyUnit: "万元",
          // 开始时间 | 2024年 and 完成时间 | 2026年, each beside its label: the project runs 2024 to 2026 (reader60; main
          // read no period).
          period: "2024-01-01..2026-12-31",
        },
        // The year's target is 全年(程)指标值, not the half-year's beside it.
        columns: { level1: 0, level2: 1, name: 2, target: 4 },
        indicators: [
          { l1: "决策", l2: "项目立项", name: "立项程序规范性", raw: "规范", ...QUAL },
          { l1: "决策", l2: "项目立项", name: "立项依据充分性", raw: "充分", ...QUAL },
          // 绩效目标 as the 二级 of 决策 is a level (it ended the block: two of the four indicators were lost).
          { l1: "决策", l2: "绩效目标", name: "绩效指标明确性", raw: "明确", ...QUAL },
          { l1: "决策", l2: "绩效目标", name: "绩效目标合理性", raw: "合理", ...QUAL },
        ],
      },
    ],
  },
  {
    file: "district-epidemic-bond-cleaning-goals-2020.xlsx",
    what: "抗疫特别国债项目绩效目标表(打捆项目) 2020: title bracketed after 表; ≤620万/月 under 成本; periods as 时效 targets",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          name: "疫情期间区域病媒防治环境卫生清洁等费用",
          title: "抗疫特别国债项目绩效目标表(打捆项目)",
          unit: "××区城市管理委员",
          year: 2020,
          budget: 5652,
          moneyUnit: "万元",
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4 },
        indicators: [
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "清扫保洁道路面积",
            raw: "1346.0088万平方米",
            ...num(">=", 1346.0088, "万平方米"),
          },
          { l1: "产出指标", l2: "数量指标", name: "清扫保洁道路条数", raw: "485条", ...num(">=", 485, "条") },
          { l1: "产出指标", l2: "数量指标", name: "生活垃圾运输车辆", raw: "283辆", ...num(">=", 283, "辆") },
          { l1: "产出指标", l2: "质量指标", name: "垃圾无害化处理率", raw: "100%", ...PCT(">=", 100) },
          // A frequency under 时效 is at least (1 次/月), not a time limit.
          { l1: "产出指标", l2: "时效指标", name: "城市道路以克论净量化考核", raw: "1次/月", ...num(">=", 1, "次/月") },
          { l1: "产出指标", l2: "时效指标", name: "环境卫生专项考核", raw: "1次/月", ...num(">=", 1, "次/月") },
          { l1: "产出指标", l2: "时效指标", name: "各项费用使用周期", raw: "2020年1月--2020年11月", kind: "period" },
          // 万 per month under 成本: 万元/月 (was shown 万/月), a cap.
          { l1: "产出指标", l2: "成本指标", name: "人工成本", raw: "≤620万/月", ...num("<=", 620, "万元/月") },
          { l1: "效益指标", l2: "社会效益指标", name: "清扫保洁覆盖率", raw: "≥99%", ...PCT(">=", 99) },
          { l1: "效益指标", l2: "可持续影响指标", name: "保障期限", raw: "2020年1月--2020年11月", kind: "period" },
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "周围群众满意度", raw: "≥90%", ...PCT(">=", 90) },
        ],
      },
    ],
  },
];

const ROUND_EIGHTEEN: LayoutCase[] = [
  {
    file: "inspection-epidemic-evaluation-form.xlsx",
    what: "检验检疫 疫情疫病项目支出绩效评价表: 目标值(标准) with 计量单位 before it, 指标值 the computed result; header per 一级 block",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: { kind: "self-evaluation", title: "疫情疫病项目支出绩效评价表", year: null, budget: null },
        // 指标值 at the right end is the value the form computes from its two data items: the result, not the target.
        columns: { level1: 0, weight: 7, level2: 2, name: 4, unit: 5, target: 6, computed: 8, actual: 10 },
        indicators: [
          { l1: "预算绩效", l2: "预算管理", name: "预算执行进度(7月)", raw: "40%", ...PCT(">=", 40) },
          { l1: "预算绩效", l2: "预算管理", name: "预算执行进度（11月）", raw: "80.21%", ...PCT(">=", 80.21) },
          // A bare 0 of adjustments is a cap at none.
          { l1: "预算绩效", l2: "预算管理", name: "预算调整次数（实际调整数）", raw: "0", ...num("<=", 0, "次") },
          { l1: "预算绩效", l2: "预算管理", name: "项目预算资金是否被核减", raw: "否", ...QUAL },
          { l1: "预算绩效", l2: "预算管理", name: "结转结余资金率", raw: "-0%", ...PCT("<=", 0) },
          { l1: "预算绩效", l2: "预算管理", name: "是否开展预算编报考评", raw: "是", ...QUAL },
          { l1: "预算绩效", l2: "财务管理", name: "用款计划差错率", raw: "-0%", ...PCT("<=", 0) },
          { l1: "预算绩效", l2: "财务管理", name: "是否存在违规行为", raw: "否", ...QUAL },
          { l1: "预算绩效", l2: "财务管理", name: "是否开展会计决算报表考评", raw: "是", ...QUAL },
          // The header written again over the second block: its indicators are the same table's.
          { l1: "项目产出", l2: "产出数量", name: "进出境动植物检疫完成率", raw: "100%", ...PCT(">=", 100) },
          {
            l1: "项目产出",
            l2: "产出数量",
            name: "出入境人员/行李/货物/集装箱/交通工具/特殊物品/尸体骸骨/邮包卫生检疫完成率",
            raw: "100%",
            ...PCT(">=", 100),
          },
          // A growth rate of -0% is a floor (no decline).
          { l1: "项目产出", l2: "产出数量", name: "食品化妆品检验检疫批次增长率", raw: "-0%", ...PCT(">=", 0) },
          { l1: "项目产出", l2: "产出质量", name: "输入性医学媒介生物截获率", raw: "100%", ...PCT(">=", 100) },
          { l1: "项目产出", l2: "产出质量", name: "进境植物疫情检出率", raw: "", kind: "missing" },
          { l1: "项目产出", l2: "产出质量", name: "建立并及时完善进出境重大动物疫情应急管理体系", raw: "是", ...QUAL },
          {
            l1: "项目产出",
            l2: "产出质量",
            name: "检疫、口岸防疫和检疫处理的仪器设备和设施适应本地区工作需要",
            raw: "是",
            ...QUAL,
          },
          {
            l1: "项目产出",
            l2: "产出质量",
            name: "储备必要的进出境重大动物疫病诊断试剂、防护用品及防疫消毒药品",
            raw: "是",
            ...QUAL,
          },
          { l1: "项目产出", l2: "产出质量", name: "组织口岸重大动物疫情应急处置演练或培训", raw: "是", ...QUAL },
          { l1: "项目产出", l2: "产出质量", name: "进口食品化妆品不合格检出率", raw: "", kind: "missing" },
          { l1: "项目产出", l2: "产出质量", name: "出口食品化妆品实际通报率", raw: "", kind: "missing" },
          // A rate per 100,000 under the unit column's %: the cell's own unit wins, said.
          {
            l1: "项目产出",
            l2: "产出质量",
            name: "出入境人员检疫查验发现传染病有症状者检疫筛查率",
            raw: "5人/10万人",
            ...num(">=", 5, "人/10万人"),
          },
          { l1: "项目产出", l2: "产出质量", name: "出入境人员发现有症状者排查率", raw: "100%", ...PCT(">=", 100) },
          { l1: "项目产出", l2: "产出质量", name: "旅客携带、邮寄禁止进境物截获增长率", raw: "5%", ...PCT(">=", 5) },
          { l1: "项目产出", l2: "产出质量", name: "旅客携带、邮寄有害生物截获增长率", raw: "5%", ...PCT(">=", 5) },
          { l1: "项目产出", l2: "产出时效", name: "安全风险监控计划完成率", raw: "100%", ...PCT(">=", 100) },
          { l1: "项目产出", l2: "产出时效", name: "疫情疫病监测计划完成率", raw: "100%", ...PCT(">=", 100) },
          { l1: "项目产出", l2: "产出时效", name: "口岸卫生监督频次完成率", raw: "100%", ...PCT(">=", 100) },
          { l1: "项目产出", l2: "产出时效", name: "口岸医学媒介生物监测工作完成率", raw: "100%", ...PCT(">=", 100) },
          { l1: "项目产出", l2: "产出时效", name: "卫生检疫技术支撑项目完成率", raw: "100%", ...PCT(">=", 100) },
          // The third block (数据项1 | 理由, no 指标值): one 是 over four 分值 rows each.
          { l1: "项目效果", l2: "经济效益", name: "检验检疫是否对地方外经作出贡献", raw: "是", ...QUAL },
          {
            l1: "项目效果",
            l2: "社会效益",
            name: "是否有效防止疫情疫病跨境传播、是否有效防止有毒有害物质随货物传入传出",
            raw: "是",
            ...QUAL,
          },
          { l1: "项目效果", l2: "环境效益", name: "是否有利于保护生态环境", raw: "是", ...QUAL },
          { l1: "项目效果", l2: "可持续影响", name: "是否有利于保护农林生产安全", raw: "是", ...QUAL },
          { l1: "项目效果", l2: "可持续影响", name: "是否有利于促进人民身体健康水平提高", raw: "是", ...QUAL },
        ],
      },
    ],
  },
  {
    file: "tianjin-ninghe-kindergarten-rent-goals-2020.xlsx",
    what: "天津 宁河 抗疫特别国债 民办园房租补贴 2020: a dotted period as 时效 target, sentences of achievement as 效益 targets",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          name: "2020年非营利性民办园房租补贴",
          title: "抗疫特别国债项目绩效目标表(打捆项目)",
          unit: "天津市宁河区教育局",
          year: 2020,
          budget: 193.8,
          moneyUnit: "万元",
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "补贴非营利性民办幼儿园数量", raw: "20个", ...num(">=", 20, "个") },
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "补贴民办园租用面积",
            raw: "26970.7平方米",
            ...num(">=", 26970.7, "平方米"),
          },
          { l1: "产出指标", l2: "质量指标", name: "补贴覆盖民办幼儿园率", raw: "≥90.91%", ...PCT(">=", 90.91) },
          { l1: "产出指标", l2: "质量指标", name: "补贴发放合规率", raw: "≥95%", ...PCT(">=", 95) },
          { l1: "产出指标", l2: "时效指标", name: "补贴发放及时率", raw: "≥95%", ...PCT(">=", 95) },
          { l1: "产出指标", l2: "时效指标", name: "补贴期限", raw: "2020.1.1-2020.12.31", kind: "period" },
          { l1: "产出指标", l2: "成本指标", name: "补贴标准", raw: "71.86元/平方米", ...num("<=", 71.86, "元/平方米") },
          {
            l1: "效益指标",
            l2: "社会效益指标",
            name: "提升疫情防控期间民办幼儿园扶持力度",
            raw: "显著提升了疫情期间对民办幼儿园的扶持力度,大力支持了民办幼儿园的发展。",
            ...QUAL,
          },
          {
            l1: "效益指标",
            l2: "社会效益指标",
            name: "促进学前教育普及普惠优质发展",
            raw: "显著促进了学前教育普及及优质发展,大力支持了民办幼儿园发展。",
            ...QUAL,
          },
          {
            l1: "效益指标",
            l2: "可持续影响指标",
            name: "非营利性民办园租房受益期限",
            raw: "保障疫情期间非营利性民办园房租需求,大力支出民办幼儿园发展",
            ...QUAL,
          },
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "受益租户满意度", raw: "≥95%", ...PCT(">=", 95) },
        ],
      },
    ],
  },
  {
    file: "anhui-bozhou-cloud-seeding-goals-2023.xlsx",
    what: "安徽 亳州 人工增雨 2023: 中期资金总额 | 年度资金总额 on one row, mid-term and annual indicator blocks side by side",
    kinds: ["project"],
    tables: [
      {
        // The year's money (189.8), not the mid-term's beside it (449.8).
        fields: {
          kind: "project",
          name: "亳州市人工增雨飞机作业项目",
          unit: "亳州市气象局",
          year: 2023,
          budget: 189.8,
          fiscal: 189.8,
          moneyUnit: "万元",
          // 中期目标(2023年—2025年) dates the span (项目期 1年 is a length only).
          period: "2023-01-01..2025-12-31",
        },
        // The annual block's 二级 | 三级 | 指标值, right of the mid-term block's.
        columns: { level1: 1, level2: 5, name: 6, target: 7 },
        indicators: [
          // Two quantities in a sentence (15次 as the basis, 不少于30小时 the hours): not guessed, said.
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "飞机增雨作业航时",
            raw: "暂定量按15次作业且总航时不少于30小时测算",
            kind: "unknown",
          },
        ],
      },
    ],
  },
];

// ───────────────────────── Round nineteen (reader44) ─────────────────────────

const ROUND_NINETEEN: LayoutCase[] = [
  {
    file: "hubei-huangshi-party-school-approval-2022.xlsx",
    what: "湖北 黄石市委党校 2022 批复表: 项目金额 beside 当年市级财政资金; 指标值 over 2021年实际 | 预期2022年 columns",
    kinds: ["project"],
    tables: [
      {
        fields: {
          name: "主体班",
          year: 2022,
          budget: 164,
          unit: "中共黄石市委党校",
          title: "项目支出绩效目标批复表",
          period: "2022-01-01..2022-12-31",
        },
        // 指标标准或依据, right of the two 指标值 columns: the basis (main: “表头未识别”).
        columns: { basis: 6 },
        someNames: ["主体班培训人次", "开设课程数量", "成本控制率", "培训学员对培训效果满意度"],
        // The footer's two signature cells (财政资金管理科室(盖章) 年 月 日) close the table (were read as a 14th row).
        indicatorCount: 13,
      },
    ],
  },
  {
    file: "sichuan-anju-food-supervision-region-self-eval-2021.xlsx",
    what: "四川 安居区 2021 食品监管补助资金区域绩效目标自评表: 预算数: / 执行数: pairs; 年度指标值 | 实际完成指标值 | 分",
    kinds: ["self-evaluation"],
    tables: [
      {
        // reader45: 财政 is the budget's 其中:中央补助 alone (was 4.76, the spending's 其中:中央补助 added).
        fields: {
          kind: "self-evaluation",
          name: "食品监管补助资金",
          year: 2021,
          budget: 2.38,
          spent: 2.38,
          fiscal: 2.38,
        },
        indicators: [
          { l1: "产出指标", l2: "质量指标", name: "指标1:食品安全监管人员培训", raw: "已完成", kind: "qualitative" },
          // reader44: 查办率 is cases investigated, a share to reach (was ≤ 100%, as 违法 is a bad thing).
          { l1: "产出指标", l2: "质量指标", name: "指标2:违法案件查办率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "指标3:食品经营环节风险分级", raw: "100%", ...PCT(">=", 100) },
          {
            l1: "产出指标",
            l2: "质量指标",
            name: "指标4:开展食品安全宣传周等科普宣传活",
            raw: "已完成",
            kind: "qualitative",
          },
          {
            l1: "产出指标",
            l2: "质量指标",
            name: "指标5:进口冷链食品新冠肺炎疫情应急处置示范演练",
            raw: "已完成",
            kind: "qualitative",
          },
          { l1: "产出指标", l2: "质量指标", name: "指标6:食品安全投诉举报处置率", raw: "100%", ...PCT(">=", 100) },
          {
            l1: "产出指标",
            l2: "时效指标",
            name: "指标1:食品监管专项工作整体完成时间",
            raw: "2021年12月31日",
            kind: "date",
          },
          {
            l1: "效益指标",
            l2: "社会效益指标",
            name: "指标1:辖区内与补助资金相关的重大食品安全监管责任事故发生数",
            raw: "0次",
            ...num("<=", 0, "次"),
          },
          {
            l1: "效益指标",
            l2: "社会效益指标",
            name: "指标2:辖区内公众食品安全科普知识素养",
            raw: "逐步提高",
            kind: "qualitative",
          },
        ],
        judged: { asOf: "2021-12-31", statuses: ["met", "met", "met", "met", "met", "met", "met", "met", "met"] },
      },
    ],
  },
  {
    file: "shanxi-lvliang-care-worker-training-2021.xlsx",
    what: "山西 吕梁山护工培训 2021: a bare 一级 | 二级 | 指标名称 | 目标值 | 完成值 grid; 18—54周岁, 60%及以上",
    kinds: ["project"],
    // reader45: no year is written but the one the indicators name (完成2021年…, 2021.1.1-12.31): judged in 2021, said.
    diagnostics: [/未写预算年度：按指标中写的 2021 年判断/],
    tables: [
      {
        fields: { year: 2021 },
        indicators: [
          {
            l1: "产出指标",
            l2: "产出数量",
            name: "完成2021年吕梁山护工培训任务",
            raw: "12500名",
            ...num(">=", 12500, "人"),
          },
          {
            l1: "产出指标",
            l2: "产出数量",
            name: "完成2021年吕梁山护工培训就业质量考核及验收",
            raw: "11所",
            ...num(">=", 11, "所"),
          },
          // reader44: an age range (周岁 is 岁; was not understood).
          {
            l1: "产出指标",
            l2: "产出质量",
            name: "培训对象符合吕梁山护工培训招生计划规定",
            raw: "18—54周岁",
            kind: "range",
            value: 18,
            unit: "岁",
          },
          { l1: "产出指标", l2: "产出质量", name: "参训学员结业考核通过率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "产出质量", name: "培训机构考核验收达标", raw: "100%", ...PCT(">=", 100) },
          // reader45: a dotted period whose end leaves out the year is in the start's year (was not understood).
          {
            l1: "产出指标",
            l2: "产出时效",
            name: "培训任务完成及时",
            raw: "2021.1.1-12.31",
            kind: "period",
          },
          {
            l1: "产出指标",
            l2: "产出时效",
            name: "考核任务完成及时",
            raw: "1-6期培训结束后及时考核",
            kind: ["qualitative", "unknown"],
          },
          {
            l1: "产出指标",
            l2: "产出成本",
            name: "吕梁山护工培训补贴标准达标",
            raw: "3000元/人",
            ...num("<=", 3000, "元/人"),
          },
          { l1: "效益指标", l2: "经济效益", name: "减轻参训人员经济负担", raw: "有效减轻", kind: "qualitative" },
          { l1: "效益指标", l2: "社会效益", name: "参训学员就业率", raw: "60%及以上", ...PCT(">=", 60) },
          { l1: "效益指标", l2: "社会效益", name: "提高参训学员技术水平", raw: "基本提高", kind: "qualitative" },
          { l1: "效益指标", l2: "可持续影响", name: "巩固脱贫攻坚成果", raw: "有效巩固", kind: "qualitative" },
          { l1: "满意度", l2: "满意度", name: "参培学员满意度", raw: "95%及以上", ...PCT(">=", 95) },
        ],
        details: [{ name: "参培学员满意度", actual: "88.32%及以上" }],
        // reader45: judged at 2021's end (was judged in 2024 pro rata: 12166 of 12500 人 was 快于序时进度, blue).
        judged: {
          asOf: "2024-07-31",
          statuses: [
            "missed",
            "met",
            "missed", // verdict62: 存在18岁以下、54周岁以上 is some outside 18—54周岁 (“2 个数” before)
            "missed",
            "met",
            "met",
            "unknown",
            "met",
            "met",
            "missed",
            "met",
            "met",
            "missed",
          ],
        },
      },
    ],
  },
];

// ───────────────────────── Round twenty (reader45) ─────────────────────────

const ROUND_TWENTY: LayoutCase[] = [
  {
    file: "hunan-xiangtan-spray-goals-2024.xlsx",
    what: "湖南 湘潭 2024 项目绩效目标表: 资金总额: 250 over 一、预算资金 … in one column; 指标值 | 绩效标准; 10, 180 bare",
    kinds: ["project"],
    // The period is not read, and now that is said, naming the end no one can read (reader46).
    diagnostics: [
      /项目起止时间「20246-202516」的年、月、日连写，「202516」读法不唯一.*未猜测、未读取：指标的时限只按预算年度判断/,
    ],
    tables: [
      {
        fields: {
          name: "雾炮车抑尘降尘服务",
          year: 2024,
          budget: 250,
          unit: "湘潭市环境卫生管理处",
          title: "2024年项目绩效目标表",
          // 项目起止时间 `20246-202516` is not a period anyone can read: left unread, not guessed.
          period: null,
        },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "雾炮车抑尘降尘服务配备车辆数", raw: "10", ...num(">=", 10, null) },
          { l1: "产出指标", l2: "数量指标", name: "雾炮车风炮射程", raw: "80M", ...num(">=", 80, "M") },
          { l1: "产出指标", l2: "质量指标", name: "服务周期内空气质量", raw: "优良", ...QUAL },
          { l1: "产出指标", l2: "时效指标", name: "服务周期", raw: "180", ...num(">=", 180, null) },
          { l1: "产出指标", l2: "成本指标", name: "控制在预算成本内", raw: "控制在预算内", ...QUAL },
          {
            l1: "效益指标",
            l2: "社会效益指标",
            name: "服务周期内,市民对空气质量改善的满意程度",
            raw: "85%",
            ...PCT(">=", 85),
          },
          { l1: "服务对象满意度指标", l2: "服务对象满意度指标", name: "满意度", raw: "90%", ...PCT(">=", 90) },
        ],
      },
    ],
  },
  {
    file: "anhui-huaibei-rural-culture-goals-2025.xlsx",
    what: "安徽 淮北 2025 农村文化建设配套补助经费: 项目来源 | 项目期; 上年结转 0.00; ≥70村, 2025年12月, 否, 长期",
    kinds: ["project"],
    tables: [
      {
        fields: {
          name: "农村文化建设配套补助经费",
          year: 2025,
          budget: 5,
          fiscal: 5,
          unit: "淮北市文化旅游体育局",
          title: "项目支出绩效目标表",
        },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "开展送戏进万村", raw: "≥70村", ...num(">=", 70, "村") },
          { l1: "产出指标", l2: "质量指标", name: "送戏进万村活动完成率", raw: "≥95%", ...PCT(">=", 95) },
          { l1: "产出指标", l2: "时效指标", name: "项目完成时限", raw: "2025年12月", kind: "date" },
          { l1: "产出指标", l2: "成本指标", name: "项目金额", raw: "5万元", ...num("<=", 5, "万元") },
          { l1: "效益指标", l2: "经济效益指标", name: "项目实施是否产生经济价值", raw: "否", ...QUAL },
          { l1: "效益指标", l2: "社会效益指标", name: "保障人民群众基本文化权益", raw: "影响程度明显", ...QUAL },
          { l1: "效益指标", l2: "生态效益指标", name: "是否对当地生态环境造成影响", raw: "否", ...QUAL },
          {
            l1: "效益指标",
            l2: "可持续影响指标",
            name: "对满足人民群众日益提高的文化需求的可持续影响",
            raw: "长期",
            ...QUAL,
          },
          { l1: "满意度指标", l2: "满意度指标", name: "项目受益人满意程度", raw: "≥90%", ...PCT(">=", 90) },
        ],
      },
    ],
  },
];

// ───────────────────────── Round twenty-one (reader46) ─────────────────────────

const ROUND_TWENTY_ONE: LayoutCase[] = [
  {
    file: "shanxi-jishan-medical-insurance-self-eval-2020.xlsx",
    what: "山西 稷山 2020 医疗保障局 自评表: county title, 年初预算数 blank, — in 其中 rows, bare 8755 met by 8676 with a reason",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          name: "建档立卡个人缴费县级配套资金",
          title: "稷山县项目支出绩效自评表",
          unit: "稷山县医疗保险服务中心",
          year: 2020,
          budget: 65.66,
          fiscal: 65.66,
          spent: 65.07,
          moneyUnit: "万元",
          executionWeight: 10,
          executionScore: 9,
          totalScore: 94,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 },
        indicators: [
          { l1: /^产出/, l2: "数量指标", name: "指标1:全县参合人数", raw: "8755", ...num(">=", 8755, null) },
          { l1: /^产出/, l2: "质量指标", name: "指标1:资金是否全部纳入医保统筹", raw: "100%", ...PCT(">=", 100) },
          { l1: /^产出/, l2: "时效指标", name: "指标1:资金是否全部及时纳入", raw: "100%", ...PCT(">=", 100) },
          { l1: /^产出/, l2: "成本指标", name: "指标1:配套资金每人每年", raw: "75元", ...num("<=", 75, "元") },
          {
            l1: /^效益/,
            l2: "社会效益指标",
            name: "指标1:是否解决建档立卡人员看病难贵问题",
            raw: "95%",
            ...PCT(">=", 95),
          },
          { l1: /^满意度/, l2: "服务对象满意度指标", name: "指标1:是否满意", raw: "95%", ...PCT(">=", 95) },
        ],
        rows: [
          [15, 13, 8676],
          [15, 15, "100%"],
          [10, 10, "100%"],
          [10, 10, "75元"],
          [30, 27, "95%"],
          [10, 9, "95%"],
        ],
        details: [{ name: "指标1:全县参合人数", reason: "建档立卡中有新增死亡人员,导致有偏差" }],
        // The unit docked points the rules do not (27 of 30 and 9 of 10 for targets met, 9 for 99.1 %), and its
        // scores add to 93, not its 总分 94; 8676 of 8755 is missed, its reason written (so none is asked for).
        judged: {
          asOf: "2020-12-31",
          statuses: ["missed", "met", "met", "met", "met", "met"],
          scores: [14.86, 15, 10, 10, 30, 10],
          budgetScore: 9.91,
          findings: [
            /预算执行得分 9，按规则应为 9\.91/,
            /“指标1:全县参合人数”得分 13，按规则应为 14\.86/,
            /“指标1:是否解决建档立卡人员看病难贵问题”得分 27，按规则应为 30/,
            /“指标1:是否满意”得分 9，按规则应为 10/,
            /总分 94，按规则应为 99\.77/,
          ],
        },
      },
    ],
  },
];

// ───────────────────────── Round twenty-two (reader47) ─────────────────────────

const CHANGE = (op: Comparator, value: number, unit: string | null) => ({ kind: "change" as const, op, value, unit });

const ROUND_TWENTY_TWO: LayoutCase[] = [
  {
    file: "jiangxi-nanchang-cancha-health-unit-self-eval-2021.xlsx",
    what: "江西 南昌县 蚕茶卫生院 2021 整体支出绩效自评表: 分解目标 | 自评权重 | 二级 | 三级; 评价部门名称; 超上年2%; 达成目标值",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          name: "南昌县黄马乡蚕茶卫生院",
          unit: "南昌县黄马乡蚕茶卫生院",
          title: "蚕茶卫生院整体支出绩效自评表",
          year: 2021,
          // The preview shows no amounts, only the rates (103.21%).
          budget: null,
          spent: null,
        },
        // 分解目标 is the 一级; 自评权重 (column B) is the 一级's weight, the 分值 right of the name the indicator's.
        columns: { level1: 0, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 },
        indicators: [
          { l1: "管理指标", l2: "预算编审管理", name: "完整、准确率", raw: "100%", ...PCT(">=", 100) },
          { l1: "管理指标", l2: "预算执行管理", name: "完成率、控制率", raw: "100%", ...PCT(">=", 100) },
          { l1: "管理指标", l2: "部门结转结余资金管理", name: "结余率", raw: "小于5%", ...PCT("<", 5) },
          { l1: "管理指标", l2: "预决算信息公开管理", name: "信息公开完善", raw: "按规定公开", ...QUAL },
          { l1: "管理指标", l2: "部门预算管理", name: "人员控制、支出规范", raw: "不超编、无违规支出", ...QUAL },
          { l1: "管理指标", l2: "政府采购管理", name: "执行率", raw: "100%", ...PCT(">=", 100) },
          {
            l1: "管理指标",
            l2: "资产管理",
            name: "安全性、利用率",
            raw: "无资产损失、利用率高于80%",
            ...PCT(">", 80),
          },
          { l1: "产出指标", l2: "数量指标", name: "任务1:门诊住院人次", raw: "增加", ...QUAL },
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "任务2:特殊人群健康管理率",
            raw: "超上年2%",
            ...CHANGE(">=", 2, "%"),
          },
          { l1: "产出指标", l2: "质量指标", name: "任务1:诊断准确率", raw: "95%以上", ...PCT(">=", 95) },
          { l1: "产出指标", l2: "质量指标", name: "任务2:健康档案管理率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "时效指标", name: "任务1:医疗文书及时率", raw: "按规定时限", ...QUAL },
          { l1: "产出指标", l2: "时效指标", name: "任务2:健康档案更新率", raw: "按规定时限", ...QUAL },
          { l1: "效果指标", l2: "经济效益指标", name: "业务收入", raw: "超上年度", ...CHANGE(">", 0, null) },
          {
            l1: "效果指标",
            l2: "社会效益指标",
            name: "公卫均等化签约完成率、特殊人群体检率",
            raw: "签约率提高1%、体检率提高2%",
            // Two changes; one number alone is judged against the part the name names last (体检率).
            ...CHANGE(">=", 2, "%"),
          },
          { l1: "效果指标", l2: "生态效益指标", name: "绿化、节能", raw: "绿化良好、水电费开支有下降", ...QUAL },
        ],
        rows: [
          [4, 4, "100%"],
          [4, 4, "按规定执行"],
          [4, 4, "达成目标值"],
          [4, 4, "已公开"],
          [4, 4, "全部达成"],
          [5, 5, "100%"],
          [5, 5, "达成"],
          [5, 5, "增372人次"],
          [5, 5, "达成目标值"],
          [5, 5, "97%"],
          [3, 3, "完成"],
          [4, 3, null],
          [3, 2, null],
          [13, 13, "增收27万元"],
          [12, 6, "签约率提高1%体检率下降1%"],
          [10, 10, "水电支出减少0.1万元"],
        ],
        details: [
          { name: "任务1:医疗文书及时率", reason: "个别人未及时完成" },
          { name: "公卫均等化签约完成率、特殊人群体检率", reason: "部分群众不愿配合体检或长期在外" },
        ],
        // 管理指标 is a criterion of the unit's management, no category of target: no type error.
        noReview: ["level-type-error"],
        judged: {
          asOf: "2021-12-31",
          // 达成目标值 / 全部达成 answer their targets; 增372人次 goes 增加's way and 增收27万元 is a rise above 超上年度
          // (verdict54: both unknown before); 按规定执行 against 100% (no share of conformity: verdict62 says so) and
          // 水电支出减少0.1万元 against a sentence cannot be judged (said); two changes run together are parted by the
          // target's names (verdict62).
          statuses: [
            "met",
            "unknown",
            "met",
            "met",
            "met",
            "met",
            "met",
            "met",
            "met",
            "met",
            "met",
            "pending",
            "pending",
            "met",
            "missed", // verdict62: the two changes parted by their names, judged part by part
            "unknown",
          ],
        },
      },
    ],
  },
  {
    file: "hainan-haikou-archives-goals-2016.xlsx",
    what: "海南 海口市档案局 2016 项目绩效目标表: 指标类型 | 指标名称 | 绩效目标 | 绩效标准; 产出 / 成效; sentences as targets",
    kinds: ["project"],
    tables: [
      {
        fields: { kind: "project", name: "档案征集编研", title: "项目绩效目标表", budget: null },
        columns: { level1: 0, name: 1, target: 2, description: 3 },
        indicators: [
          {
            l1: "产出指标",
            l2: "",
            name: "编印《海口市人民政府公报》及其合订本、光盘",
            raw: "编印《海口市人民政府公报》每月3000本,一年12期,年底编印《海口市人民政府公报》合订本及光盘。",
            // Two quantities in a sentence: not read, said (was silently qualitative, its numbers lost).
            kind: "unknown",
          },
          {
            l1: "产出指标",
            l2: "",
            name: "举办庆祝中国共产党成立95 周年档案图片展",
            raw: "向社会宣传中国共产党成立95周年来取得的成就",
            // 95周年 names the anniversary: no quantity (was “含有数字，但无法识别”).
            ...QUAL,
          },
          {
            l1: "产出指标",
            l2: "",
            name: "开展民间档案资料的征集工作",
            raw: "征集有关解放海南岛的资料,如:军功通知书、为海南岛解放牺牲的烈士证明书等等。",
            ...QUAL,
          },
          {
            l1: "产出指标",
            l2: "",
            name: "编印《市领导政务活动画册》、《档案馆指南》",
            raw: "编印《市领导政务活动画册》30本和《档案馆指南》1000",
            kind: "unknown",
          },
          {
            l1: "成效指标",
            l2: "",
            name: "向社会公开政府公开信息和记录市领导政务活动信息",
            raw: "向社会公开政府公开信息及记录市领导政务活动信息",
            ...QUAL,
          },
        ],
        // 成效指标 is the early forms' word for 效益: no type error, and no 效益 said missing.
        noReview: ["level-type-error"],
      },
    ],
  },
];

// ───────────────────────── Round twenty-three (reader48) ─────────────────────────

const ROUND_TWENTY_THREE: LayoutCase[] = [
  {
    file: "ningxia-tongxin-grape-goals-2023.xlsx",
    what: "宁夏 同心县下马关镇 2023 绩效目标设定的公示: goals as sentences under level headings, the form's hint before each value",
    // No grid: the check reads the sentences.
    kinds: [],
    fromText: true,
    tables: [
      {
        // One table: 一、 产出指标 / 二、 效益指标 / 三、 满意度指标 are the text's levels, not three tasks. reader71: the
        // project the notice's heading names (main: a unit-wide table named 部门整体绩效目标).
        fields: { kind: "project", name: "下马关镇设施农业黄金蜜(葡萄)种植" },
        indicators: [
          // `(≥**株)>=17600株`: the hint out of the name, `>=` a sign (was not read at all).
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "黄金蜜(葡萄)种植数量",
            raw: "(≥**株)≥17600株",
            ...num(">=", 17600, "株"),
          },
          // `(≥**%)>=85`: the number in the hint's unit (was not read).
          { l1: "产出指标", l2: "数量指标", name: "种植作物成活率", raw: "(≥**%)≥85", ...PCT(">=", 85) },
          // Was named 完成及时率(≥**%)> and read `= 100%`.
          { l1: "产出指标", l2: "时效指标", name: "完成及时率", raw: "(≥**%)≥100%", ...PCT(">=", 100) },
          // `≤28.40/株` under the hint 元/株: 元/株 (was not read).
          {
            l1: "产出指标",
            l2: "成本指标",
            name: "黄金蜜(葡萄)补助成本",
            raw: "(≤**元/株)≤28.40/株",
            ...num("<=", 28.4, "元/株"),
          },
          // Under 经济效益指标: (were 成本指标 for their 万元, and two false “成本指标应设上限”).
          {
            l1: "效益指标",
            l2: "经济效益指标",
            name: "脱贫地区特色产业产值",
            raw: "(≥**万元)≥80万元",
            ...num(">=", 80, "万元"),
          },
          {
            l1: "效益指标",
            l2: "经济效益指标",
            name: "促使脱贫户、监测户增加收入",
            raw: "(≥**万元)≥80万元",
            ...num(">=", 80, "万元"),
          },
          // 社会效益目标: (was 产出 / 数量 for its 户).
          {
            l1: "效益指标",
            l2: "社会效益指标",
            name: "★★★受益脱贫户、监测户人口数",
            raw: "(≥**户)≥10户",
            ...num(">=", 10, "户"),
          },
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "受益脱贫户满意度", raw: "(≥**%)≥95%", ...PCT(">=", 95) },
        ],
        noReview: ["cost-with-ge", "level-type-error"],
      },
    ],
  },
  {
    file: "anhui-mengcheng-public-health-goals-2024.xlsx",
    what: "安徽 蒙城县卫健委 2024 国家基本公共卫生服务项目 申报表: numbered prose above the form, 项目期 长期, ≧, ages in names",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          name: "国家基本公共卫生服务项目",
          title: "项目支出绩效目标申报表",
          // `(2024 年度)`, the space the PDF's text keeps.
          year: 2024,
          budget: 2279.048,
          // 其中:财政投款 (the form's 财政拨款 mistyped) is not read as the fiscal part.
          fiscal: null,
          unit: "卫健委",
          // 项目期 长期 is no period; the prose's (4)起止时间 above the title is not the table's.
          period: null,
        },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "适龄儿童国家免疫规划疫苗接种率", raw: "≧90%", ...PCT(">=", 90) },
          { l1: "产出指标", l2: "数量指标", name: "7 岁以下儿童健康管理率", raw: "≧85%", ...PCT(">=", 85) },
        ],
      },
    ],
  },
];

// ───────────────────────── Round twenty-four (reader49) ─────────────────────────

const ROUND_TWENTY_FOUR: LayoutCase[] = [
  {
    file: "chongqing-fengdu-auxiliary-police-self-eval-2022.xlsx",
    what: "重庆 丰都县公安局 2022 辅警人员经费 自评工作报告: a report's heading, a table of 指标名称 | 计量单位 | 指标性质 | 指标值, no levels",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          // The report's heading: 丰都县公安局 | 2022年度 | 辅警人员经费 | 绩效自评工作报告.
          title: "丰都县公安局2022年度辅警人员经费绩效自评工作报告",
          name: "辅警人员经费",
          year: 2022,
          // (二)项目资金情况: 全年预算数2565万元.
          budget: 2565,
          period: null,
        },
        columns: { name: 0, unit: 1, sign: 2, target: 3 },
        indicators: [
          { l1: "", l2: "", name: "辅警人员", raw: "512", ...num("=", 512, "人") },
          { l1: "", l2: "", name: "项目持续期", raw: "基本建立", ...QUAL },
          { l1: "", l2: "", name: "项目成本概算", raw: "3584", ...num("<=", 3584, "万元") },
          { l1: "", l2: "", name: "节约多招录正式民警资金支出", raw: "1500", ...num(">=", 1500, "万元") },
          { l1: "", l2: "", name: "促进社会和谐稳定", raw: "好", ...QUAL },
          { l1: "", l2: "", name: "受益对象满意度", raw: "95", ...PCT(">=", 95) },
        ],
        // No column names a category: 辅警人员 and 受益对象满意度 are no missing 产出 / 满意度.
        noReview: ["missing-level1", "missing-output-subtype"],
      },
    ],
  },
  {
    file: "tianjin-baodi-manure-investment-goals-2022.xlsx",
    what: "天津 宝坻区 2022 中央预算内投资计划绩效目标表: 下达中央预算内投资, 实施效果指标 over 产出指标 / 效益指标 as 二级",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          title: "天津市农业绿色发展专项(畜禽粪污资源化利用整县推进项目)2022年中央预算内投资计划绩效目标表",
          name: "农业绿色发展专项 (畜禽粪污资源化利用整县推进项目)",
          year: 2022,
          budget: 2350,
          period: null,
        },
        indicators: [
          { l1: "实施效果指标", l2: "产出指标", name: "建设项目个数(含续建)", raw: "1", ...num(">=", 1, null) },
          { l1: "实施效果指标", l2: "产出指标", name: "竣工验收合格率", raw: "100%", ...PCT(">=", 100) },
          { l1: "实施效果指标", l2: "产出指标", name: "按进度计划实施情况", raw: "按计划实施", ...QUAL },
          { l1: "实施效果指标", l2: "效益指标", name: "完工项目县畜禽粪污综合利用率", raw: "≥90%", ...PCT(">=", 90) },
        ],
        // 产出指标 is the 二级 here: the form has no level for 数量 / 质量 / 时效 / 成本. (Its missing 满意度 is the
        // page's cut: the table ends inside the fifth indicator.)
        noReview: ["missing-output-subtype"],
      },
    ],
  },
];

/** Round twenty-five (reader50): an evaluation with two value pairs on each row and its levels as numbered heading rows. */
const ROUND_TWENTY_FIVE: LayoutCase[] = [
  {
    file: "jiangsu-yixing-public-health-evaluation-2016.xlsx",
    what: "江苏 宜兴 2016 基本公共卫生服务 绩效评价: 目标名称 | 目标值 | 评价指标 | 标准值 | 目标完成值 | 评价指标值, levels as heading rows",
    kinds: ["self-evaluation", "project"],
    tables: [
      {
        // 评价指标 is the indicator (no level under it, no name column beside it), 标准值 its target, 评价指标值 the
        // value found; the quantity pair (目标名称 | 目标值 | 目标完成值) is the second table.
        columns: { name: 2, target: 3, actual: 5, weight: 6, score: 8 },
        indicators: [
          { l1: "投入目标", l2: "", name: "预算完成率", raw: "100%", ...PCT(">=", 100) },
          { l1: "投入目标", l2: "", name: "资金到位率", raw: "100%", ...PCT(">=", 100) },
          { l1: "投入目标", l2: "", name: "实际支出率", raw: "100%", ...PCT(">=", 100) },
          { l1: "投入目标", l2: "", name: "专款专用率", raw: "100%", ...PCT(">=", 100) },
          { l1: "管理目标", l2: "", name: "项目资金管理要求", raw: "", kind: "missing" },
          { l1: "管理目标", l2: "", name: "财务管理规范度", raw: "100%", ...PCT(">=", 100) },
          { l1: "管理目标", l2: "", name: "组织管理规范度", raw: "100%", ...PCT(">=", 100) },
          {
            l1: "产出目标",
            l2: "数量目标",
            name: "居民电子健康档案建档率=建立电子健康档案人数/辖区内常住居民数*100%",
            raw: "≥75%",
            ...PCT(">=", 75),
          },
          {
            l1: "产出目标",
            l2: "数量目标",
            name: "儿童健康管理率=年度辖区内接受1次及以上随访的0-6岁儿童数/年度辖区内应管理的0-6岁儿童数*100%",
            raw: "≥90%",
            ...PCT(">=", 90),
          },
        ],
        rows: [
          [1, 1, "100%"],
          [1, 1, "100%"],
          [1, 1, "100%"],
          [1, 1, "100%"],
          [2, 2, "项目资金管理要求"],
          [2, 1.5, "财务管理规范度"],
          [2, 2, "有"],
          [5, 5, "81.74%"],
          [5, 5, "99.83%"],
        ],
        // 投入目标 / 管理目标 are an evaluation's criteria, no category the table lacks.
        noReview: ["level-type-error"],
      },
      {
        // The quantity aimed at on each row (目标名称 | 目标值, reached 目标完成值): a table of its own over the same
        // rows and levels, named after its name column; the rows' points are the first table's.
        index: 1,
        fields: { name: "（目标名称）" },
        columns: { name: 0, target: 1, actual: 4 },
        indicators: [
          { l1: "投入目标", l2: "", name: "1.预算投入资金", raw: "6475", ...num(">=", 6475, null) },
          { l1: "投入目标", l2: "", name: "2.实际到位资金", raw: "6475", ...num(">=", 6475, null) },
          { l1: "投入目标", l2: "", name: "3.实际支出", raw: "6475", ...num(">=", 6475, null) },
          { l1: "投入目标", l2: "", name: "4.专款专用资金", raw: "6475", ...num(">=", 6475, null) },
          { l1: "管理目标", l2: "", name: "1.资金管理情况", raw: "专账核算", ...QUAL },
          { l1: "管理目标", l2: "", name: "2.财务管理", raw: "支出符合财务管理制度规定", ...QUAL },
          {
            l1: "管理目标",
            l2: "",
            name: "3.项目管理情况",
            raw: "(1)成立管理组织;(2)季度督导、半年度考核、年度考核;(3)季度通报",
            ...QUAL,
          },
          {
            l1: "产出目标",
            l2: "数量目标",
            name: "居民电子健康档案建档数",
            raw: "941250份",
            ...num(">=", 941250, "份"),
          },
          { l1: "产出目标", l2: "数量目标", name: "0-6岁儿童健康管理数", raw: "56950人", ...num(">=", 56950, "人") },
        ],
        details: [
          { name: "居民电子健康档案建档数", actual: 1024410 },
          { name: "0-6岁儿童健康管理数", actual: 68890 },
        ],
      },
    ],
  },
  {
    file: "sichuan-chaotian-fitness-transfer-self-eval-2023.xlsx",
    what: "四川 广元 朝天区 2023 中央转移支付区域绩效自评表: 资金投入情况 (A)/(B), 资金管理情况 rows, actual 建设中",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          title: "中央转移支付广元市朝天区全民健身中心项目绩效自评表",
          name: "广元市朝天区全民健身中心项目",
          unit: "广元市朝天区体育发展中心",
          year: 2023,
          budget: 2000,
          spent: 1157.97,
          moneyUnit: "万元",
        },
        // The 资金管理情况 rows (分配科学性 … 支出责任履行情况) are no indicators.
        indicators: [{ l1: "产出指标", l2: "数量指标", name: "新建全民健身中心数量", raw: "1", ...num(">=", 1, null) }],
        details: [{ name: "新建全民健身中心数量", actual: "建设中" }],
        judged: { asOf: "2023-12-31", statuses: ["missed"] },
      },
    ],
  },
  {
    file: "shanghai-putuo-sports-centre-self-eval-2022.xlsx",
    what: "上海 普陀区体育事业管理中心 2022 自评表: the national form in 元, 215,457.6, `=100%`, `>=90%`, a name over two lines",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          name: "普陀体育中心与委托运营方结算费用",
          unit: "上海市普陀区体育事业管理中心",
          year: 2022,
          budget: 25,
          spent: 21.54576,
          moneyUnit: "元",
          executionWeight: 10,
          executionScore: 8.62,
          totalScore: 98.62,
        },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "与委托运营方结算完成率", raw: "=100%", ...PCT("=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "合同结算条款完成率", raw: "=100%", ...PCT("=", 100) },
          { l1: "产出指标", l2: "时效指标", name: "费用结算及时性", raw: "及时", ...QUAL },
          { l1: "效益指标", l2: "社会效益指标", name: "与委托运营方合同完成率", raw: "=100%", ...PCT("=", 100) },
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "场馆开放满意度", raw: ">=90%", ...PCT(">=", 90) },
        ],
        rows: [
          [10, 10, "100%"],
          [20, 20, "100%"],
          [20, 20, "及时"],
          [30, 30, "100%"],
          [10, 10, "100%"],
        ],
        // 215,457.6 / 250,000 = 86.18 %: 8.62 of 10 as the form says; every score agrees with the rules.
        judged: { asOf: "2022-12-31", budgetScore: 8.62, scores: [10, 20, 20, 30, 10] },
      },
    ],
  },
];

/** Round twenty-six (reader51): a central transfer's self-evaluation with points typed as its values. */
const ROUND_TWENTY_SIX: LayoutCase[] = [
  {
    file: "sichuan-langzhong-vehicle-tax-transfer-self-eval-2021.xlsx",
    what: "四川 阆中 2021 车购税 绩效目标自评: the title without 表, the year only in (2021年度), no 一级 for 产出 / 效益",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          title: "车辆购置税收入补助地方资金(普通省道公路建设)绩效目标自评",
          name: "车辆购置税收入补助地方资金(普通省道公路建设)",
          unit: "阆中市交通运输局",
          year: 2021,
          budget: 4000,
          spent: 4000,
          moneyUnit: "万元",
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, reason: 6 },
        // The targets as published: the form's points (20 | 20 …, adding to 100) typed as 指标值 and 全年实际完成值.
        indicators: [
          { l1: "", l2: "数量指标", name: "建设普通省道二级公路32.1公里", raw: "20", ...num(">=", 20, null) },
          { l1: "", l2: "质量指标", name: "建设符合验收要求", raw: "20", ...num(">=", 20, null) },
          { l1: "", l2: "时效指标", name: "按期完成投资", raw: "10", ...num(">=", 10, null) },
          { l1: "", l2: "经济效益\n指标", name: "对经济发展的促进作用", raw: "10", ...num(">=", 10, null) },
          { l1: "", l2: "社会效益\n指标", name: "基本公共服务水平", raw: "10", ...num(">=", 10, null) },
          { l1: "", l2: "生态效益\n指标", name: "交通建设符合环评审批要求", raw: "10", ...num(">=", 10, null) },
          {
            l1: "满意度指标",
            l2: "服务对象\n满意度指标",
            name: "改善通行服务水平群众满意度",
            raw: "20",
            ...num(">=", 20, null),
          },
        ],
        // Scored by the rules (the form has no 分值): 产出 50 and 效益 30 by the 二级 where the 一级 is not given.
        judged: { asOf: "2021-12-31", budgetScore: 10, scores: [...Array<number>(3).fill(50 / 3), 10, 10, 10, 10] },
      },
    ],
  },
];

/** Round twenty-seven (reader52): a report's list of its projects above the first self-evaluation form. */
const ROUND_TWENTY_SEVEN: LayoutCase[] = [
  {
    file: "anhui-huainan-data-bureau-self-eval-2023.xlsx",
    what: "安徽 淮南 数据资源管理局 2023 自评表: the 序号 | 项目名称 list above the form, the target only in the name",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          title: "项目支出绩效自评表",
          // The form's own 项目名称, not the list's first project (the list's 项目名称 heads a column).
          name: "窗口人员月度考核奖",
          unit: "淮南市数据资源管理局",
          year: 2023,
          budget: 115.2,
          spent: 115.2,
          moneyUnit: "万元",
          executionWeight: 10,
          executionScore: 10,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 },
        // 年度指标值 left empty, the target in the name (不超过20%); the vertical 一级 survives as `产` alone.
        indicators: [
          {
            l1: "产",
            l2: "数量指标",
            name: "指标1:窗口和工作人员月度绩效考核全覆盖,优秀比例不超过20%",
            raw: "",
            kind: "missing",
          },
        ],
        rows: [[15, 15, "达成预期指标"]],
      },
    ],
  },
  {
    file: "sichuan-daying-consumer-city-evaluation-2020.xlsx",
    what: "四川 大英 2020 双心及文明城市创建: 指标值 | 实施进度, 产出 rows under 项目决策, no name or year above the table",
    kinds: ["project"],
    tables: [
      {
        fields: { kind: "project", title: "", name: "", year: null, budget: null },
        columns: { level1: 1, level2: 2, name: 3, target: 4 },
        indicators: [
          // 至少 … 2次宣传: a count of 宣传 (the measure word 次 and the thing counted).
          { l1: "项目决策", l2: "数量指标", name: "宣传次数", raw: "至少全年完成2次宣传", ...num(">=", 2, "次宣传") },
          { l1: "项目决策", l2: "质量指标", name: "创建质量", raw: "按质按量完成", ...QUAL },
          // No year in the table or the workbook: a period of months is not dated (docs/domain.md#budget-year).
          { l1: "项目决策", l2: "时效指标", name: "全年", raw: "1-12月", kind: "unknown" },
          { l1: "项目决策", l2: "成本指标", name: "成本", raw: "10万元", ...num("<=", 10, "万元") },
          { l1: "项目效益", l2: "社会效益\n指标", name: "提升全县消费者维权意识", raw: "不断提升", ...QUAL },
          { l1: "满意度指标", l2: "满意度指标", name: "群众满意度", raw: "90%", ...PCT(">=", 90) },
        ],
      },
    ],
    // 实施进度 is known (the unit's statement of progress, as 完成进度), not read: no unread header (reader53).
    diagnostics: [/未找到项目名称/],
  },
];

// ───────────────────────── Round twenty-eight (reader53) ─────────────────────────

// The 一级 as read: a level's line break is not kept (the cell keeps it).
const G1 = "輔導服務業發展,打造觀光、休閒、娛樂、文化城(25%)";
const G2 = "建立中部核心科技園區,輔導傳統產業轉型(10%)";
const G3 = "營造發展利基,建立現代化與電子化的營運中心(25%)";

const ROUND_TWENTY_EIGHT: LayoutCase[] = [
  {
    file: "taiwan-taichung-economic-goals-2014.xlsx",
    what: "臺灣 臺中市經發局 103年 施政目標衡量指標: traditional characters, 策略績效目標 / 衡量指標 over numbering columns",
    kinds: ["project"],
    tables: [
      {
        // No project or budget stated; 103年 over the targets is the 民國 year, 2014 (reader54: it was no year).
        fields: { kind: "project", name: "", year: 2014, budget: null },
        columns: { level1: 1, name: 3, description: 6, target: 7 },
        // 場 after a number is the unit 场 (a traditional unit is its simplified one; main kept 場, no unit an actual in
        // 场 shares).
        indicators: [
          { l1: G1, l2: "", name: "推展會展活動(6%)", raw: "100%", ...PCT(">=", 100) },
          { l1: G1, l2: "", name: "輔導地方特色產業(4%)", raw: "100%", ...PCT(">=", 100) },
          { l1: G1, l2: "", name: "辦理「臺中市商圈特色行銷活動」(4%)", raw: "100%", ...PCT(">=", 100) },
          {
            l1: G1,
            l2: "",
            name: "對舊有傳統市集,積極輔導轉型以優化公有市場的經營體質,推動「公民有市場競爭型補助計畫」 (4%)",
            raw: "6場",
            ...num(">=", 6, "场"),
          },
          { l1: G1, l2: "", name: "辦理市場變更或出租(4%)", raw: "2場", ...num(">=", 2, "场") },
          {
            l1: G1,
            l2: "",
            name: "推動逢甲夜市為符合整潔、衛生及觀光的國際美食夜市 (3%)",
            raw: "2場",
            ...num(">=", 2, "场"),
          },
          { l1: G2, l2: "", name: "輔導廠商進駐工業園區家數(5%)", raw: "35家", ...num(">=", 35, "家") },
          { l1: G2, l2: "", name: "未登記工廠輔導及矯正方案(含歇業)(5%)", raw: "20家", ...num(">=", 20, "家") },
          { l1: G3, l2: "", name: "繼續推動建國市場遷建計畫(7%)", raw: "100%", ...PCT(">=", 100) },
          { l1: G3, l2: "", name: "規劃建設亞太花卉拍賣中心(5%)", raw: "70%", ...PCT(">=", 70) },
        ],
        details: [{ name: "推展會展活動(6%)", description: "補助辦展數/計畫補助辦展數*100%(單位:場數)" }],
      },
    ],
    diagnostics: [/未找到项目名称/],
  },
  {
    file: "anhui-tianchang-flood-control-self-eval-2022.xlsx",
    what: "安徽 天长市水利局 2022 水旱灾害防御经费 自评表: 一级 only as (50分), targets in the names, a crossed-out row",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          name: "水旱灾害防御经费",
          unit: "天长市水利局",
          year: 2022,
          budget: 880,
          spent: 880,
        },
        indicators: [
          { l1: "(50分)", l2: "数量指标", name: "指标1:完成中型灌区节水改造项目数量", raw: "1", ...num(">=", 1, null) },
          { l1: "(50分)", l2: "数量指标", name: "指标2:完成农业综合水价改革项目", raw: "1", ...num(">=", 1, null) },
          { l1: "(50分)", l2: "质量指标", name: "指标1:工程质量合格", raw: "", kind: "missing" },
          // The target at the end of the name, 年度指标值 left empty (targetFromName: 天长's own example).
          { l1: "(50分)", l2: "时效指标", name: "指标1:年度资金支付完成率100%", raw: "", ...PCT(">=", 100) },
          { l1: "(50分)", l2: "成本指标", name: "指标1:资金执行在预算范围内", raw: "", kind: "missing" },
          { l1: "(30分)", l2: "经济效益\n指标", name: "指标1:全市安全度汛", raw: "", kind: "missing" },
          { l1: "(30分)", l2: "社会效益\n指标", name: "指标1:保护全市人口财产不受损失", raw: "", kind: "missing" },
          { l1: "(30分)", l2: "可持续影\n响指标", name: "指标1:已建工程良性运行", raw: "", kind: "missing" },
          {
            l1: "满意度指标(10分)",
            l2: "服务对象\n满意度指标",
            name: "指标1:服务对象满意度",
            raw: "90%",
            ...PCT(">=", 90),
          },
        ],
        noReview: ["level-type-error", "missing-level1"],
      },
    ],
    diagnostics: [/占位行（……）/, /占位行（指标2:）/],
  },
];

const ROUND_TWENTY_NINE: LayoutCase[] = [
  {
    file: "district-yangtze-fishing-ban-self-eval-2020.xlsx",
    what: "长江禁捕 2020 自评表 (湖北 template): one caption 年度绩效目标(80分), the unit's own shares 20 / 10 / 10 / 40",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          // No goal is written: the 年度绩效目标(80分) caption down the left was read as one.
          goal: "",
          kind: "self-evaluation",
          name: "渔业成品油价格改革补贴",
          title: "2020年度长江禁捕项目自评表",
          unit: "农业工作科",
          year: 2020,
          budget: 1.56,
          spent: 1.56,
          moneyUnit: "万元",
          executionWeight: 20,
          executionScore: 20,
          totalScore: 100,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, score: 6 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "补贴渔船数", raw: "6", ...num(">=", 6, null) },
          { l1: "产出指标", l2: "质量指标", name: "渔船补贴发放率", raw: "100%", ...PCT(">=", 100) },
          // A deadline as the name, its target a share: read as the share (the name dates nothing to judge).
          { l1: "产出指标", l2: "时效指标", name: "12月底之前完成", raw: "100%", ...PCT(">=", 100) },
          { l1: "满意度指标", l2: "服务对象满意度", name: "退捕渔民抽样调查满意度", raw: "90%", ...PCT(">=", 90) },
        ],
        details: [{ name: "退捕渔民抽样调查满意度", actual: "≥90%" }],
        // The 80 points of the one caption are the unit's to share (20 / 10 / 10 / 40): no weight is known, no score
        // said wrong; the total is the money's 20 and the scores as submitted, 100 as written.
        judged: {
          asOf: "2020-12-31",
          statuses: ["met", "met", "met", "met"],
          scores: [null, null, null, null],
          budgetScore: 20,
          executionLight: "green",
          noFindings: true,
        },
      },
    ],
  },
];

const ROUND_THIRTY: LayoutCase[] = [
  {
    file: "budget-application-preset-form-2021.xlsx",
    what: "财政支出绩效目标申报表 2021: project fields blank, 投入 / 过程 indicators preset, 分值 | 指标内容 | 指标值 | 评分细则",
    kinds: ["project"],
    tables: [
      {
        // The form's name is no project's (it was “财政”).
        fields: { kind: "project", name: "", title: "财政支出绩效目标申报表", year: 2021, budget: null },
        // Read as written: 指标内容 is the name column (the indicator's own name stands under 二级).
        columns: { level1: 1, level2: 2, weight: 3, name: 4, target: 5, basis: 6 },
        indicators: [
          {
            l1: "投入指标",
            l2: "资金到位率",
            name: "资金到位率=(实际到位资金/计划投入资金)×100%。",
            raw: "资金到位率达100%",
            ...PCT(">=", 100),
          },
          {
            l1: "投入指标",
            l2: "预算支出进度",
            name: "预算支出进度是否达到90%以上。",
            raw: "预算支出进度达到90%以上",
            ...PCT(">=", 90),
          },
          {
            l1: "过程指标",
            l2: "项目资金专项核算",
            name: "专项资金是否按《行政单位财务规则》和《事业单位财务规则》专款专用,专项核算。",
            raw: "专项资金必须按《行政单位财务规则》和《事业单位财务规则》专款专用,专项核算",
            ...QUAL,
          },
        ],
        rows: [
          [5, null, null],
          [15, null, null],
          [5, null, null],
        ],
      },
    ],
  },
  {
    file: "anhui-county-enforcement-vehicles-goals-2023.xlsx",
    what: "安徽 城管执法车辆 2023: 中期 and 年度 blocks side by side, filled on the 中期 side only",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          name: "城管执法车辆维修燃油费",
          title: "项目支出绩效目标申报表",
          year: 2023,
          budget: 340,
          period: "2023-01-01..2023-12-31",
        },
        // The 中期 block's name and target: the 年度 block (三级 | 指标值 in G | H) is empty.
        columns: { level1: 1, level2: 2, name: 3, target: 4 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "完成修理养护的设施数量", raw: "≥90辆", ...num(">=", 90, "辆") },
          { l1: "产出指标", l2: "质量指标", name: "经费支出合规性", raw: "较高", ...QUAL },
          { l1: "产出指标", l2: "质量指标", name: "项目验收合格率", raw: "≥100百分比", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "养护维修质量合格率", raw: "≥100百分比", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "时效指标", name: "项目完成及时性", raw: "程度较高", ...QUAL },
          { l1: "产出指标", l2: "时效指标", name: "经费支出时效性", raw: "及时支出", ...QUAL },
          // Masked by the copy: no number to read.
          { l1: "产出指标", l2: "成本指标", name: "项目总成本", raw: "≤****000元", kind: "unknown" },
          { l1: "效益指标", l2: "经济效益指标", name: "对减少财政投资成本的改善程度", raw: "程度较高", ...QUAL },
        ],
      },
    ],
    diagnostics: [/并列的另一组指标列没有填写：各指标按此列所在的一组读取/],
  },
  {
    file: "chongqing-science-city-media-unit-self-eval-2021.xlsx",
    what: "重庆 部门整体绩效自评表 2021: a flat list, 年初指标值 | 调整指标值 (blank where unchanged), 财政处室",
    kinds: ["self-evaluation"],
    tables: [
      {
        // 主管部门 left blank (the OCR lost it): 财政处室 beside it is a label, not the unit.
        fields: { kind: "self-evaluation", name: "", unit: "", title: "部门整体绩效自评表" },
        columns: { name: 1, unit: 2, sign: 3, target: 5, actual: 6, weight: 8, score: 9 },
        someNames: ["财政供养人员控制率", "政府采购执行率", "党性教育培训次数", "业务保障能力提升"],
        indicatorCount: 19,
        indicators: [
          { l1: "", l2: "", name: "财政供养人员控制率", raw: "100%", ...PCT("<=", 100) },
          { l1: "", l2: "", name: "“三公”经费变动率", raw: "", kind: "missing" },
          { l1: "", l2: "", name: "基础信息完善", raw: "100%", ...PCT(">=", 100) },
          { l1: "", l2: "", name: "预算完成率", raw: "70%", ...PCT(">=", 70) },
          { l1: "", l2: "", name: "预算调整率", raw: "3%", ...PCT("<=", 3) },
          { l1: "", l2: "", name: "结转结余率", raw: "2%", ...PCT("<=", 2) },
          { l1: "", l2: "", name: "公用经费控制率", raw: "100%", ...PCT("<=", 100) },
          { l1: "", l2: "", name: "“三公”经费控制率", raw: "", kind: "missing" },
          { l1: "", l2: "", name: "政府采购执行率", raw: "100%", ...PCT(">=", 100) },
          { l1: "", l2: "", name: "管理制度健全性", raw: "高", ...QUAL },
          { l1: "", l2: "", name: "资金使用合规性", raw: "好", ...QUAL },
          { l1: "", l2: "", name: "预决算信息公开性", raw: "高", ...QUAL },
          { l1: "", l2: "", name: "资产管理安全", raw: "好", ...QUAL },
          { l1: "", l2: "", name: "固定资产利用率", raw: "90%", ...PCT(">=", 90) },
          { l1: "", l2: "", name: "党性教育培训次数", raw: "≥6次", ...num(">=", 6, "次") },
          { l1: "", l2: "", name: "组织宣传活动次数", raw: "", kind: "missing" },
          { l1: "", l2: "", name: "制作宣传品数量", raw: "", kind: "missing" },
          { l1: "", l2: "", name: "播发稿件数量", raw: "2200篇", ...num(">=", 2200, "篇") },
          { l1: "", l2: "", name: "业务保障能力提升", raw: "90%", ...PCT(">=", 90) },
        ],
        details: [
          { name: "财政供养人员控制率", actual: "92%" },
          { name: "政府采购执行率", actual: "72.74%" },
        ],
        // At the year's end: the control rates under their caps are met and keep their full points; the one shortfall
        // (政府采购执行率 72.74% of 100%) is missed and its full 2 points said. The money amounts are lost in the OCR.
        judged: {
          asOf: "2021-12-31",
          statuses: [
            "met",
            "unknown",
            "met",
            "met",
            "met",
            "met",
            "met",
            "unknown",
            "missed",
            "met",
            "met",
            "met",
            "met",
            "met",
            "exceeded",
            "unknown",
            "unknown",
            "exceeded",
            "met",
          ],
          findings: [/“政府采购执行率”得分 2，按规则应为 1.45/],
        },
      },
    ],
  },
];

const ROUND_THIRTY_ONE: LayoutCase[] = [
  {
    file: "anhui-jinzhai-village-centre-unit-self-eval-2023.xlsx",
    what: "安徽 金寨 茶谷和美丽乡村建设服务中心 2023 部门整体支出绩效自评表: 部门 for 项目名称, more spent than budgeted, month deadlines",
    kinds: ["self-evaluation"],
    tables: [
      {
        // 部门 names the table (a whole unit's, no project); its 得分 beside 执行率 102.59% left blank.
        fields: {
          kind: "self-evaluation",
          name: "金寨县茶谷和美丽乡村建设服务中心",
          title: "部门整体支出绩效自评表",
          year: 2023,
          budget: 329.77,
          spent: 338.31,
          executionWeight: 10,
          executionScore: null,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7 },
        rows: [
          [10, 10, 4],
          [10, 10, 202],
          [10, 10, 3061],
          [10, 10, 10],
          [5, 5, "100%"],
          [5, 5, "100%"],
          [5, 5, "7月"],
          [5, 5, "10月"],
        ],
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "指标1:开展精品示范村建设数量", raw: "≤4", ...num("<=", 4, null) },
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "指标2:建设美丽宜居自然村庄数量",
            raw: "≥200",
            ...num(">=", 200, null),
          },
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "指标3:完成农村户用卫生厕所改造数量",
            raw: "≥2000",
            ...num(">=", 2000, null),
          },
          { l1: "产出指标", l2: "数量指标", name: "指标4:新建省级中心村数量", raw: "≥10", ...num(">=", 10, null) },
          { l1: "产出指标", l2: "质量指标", name: "指标1:美丽宜居自然村庄验收通过率", raw: "≥95%", ...PCT(">=", 95) },
          { l1: "产出指标", l2: "质量指标", name: "指标2:户用卫生厕所改造验收通过率", raw: "≥95%", ...PCT(">=", 95) },
          { l1: "产出指标", l2: "时效指标", name: "指标1:完成美丽宜居自然村庄验收时间", raw: "9月前", kind: "date" },
          { l1: "产出指标", l2: "时效指标", name: "指标2:完成户用卫生厕所改造验收时间", raw: "11月前", kind: "date" },
        ],
        // Every target reached (7月 before 9月前, 10月 before 11月前 of the table's 2023); the money over its budget is
        // said (yellow), and its execution earns the full 10 by the rules.
        judged: {
          asOf: "2024-07-31",
          statuses: ["met", "met", "met", "met", "met", "met", "met", "met"],
          executionLight: "yellow",
          budgetScore: 10,
        },
      },
    ],
    diagnostics: [/执行数 338.31 万元超过预算数 329.77 万元/],
  },
  {
    file: "guangdong-education-fund-goals-2021.xlsx",
    what: "广东 省级 教育发展专项资金 绩效目标表: 2021年金额 | 一般公共预算安排77300万元, 年度目标值 | 实施周期目标值",
    kinds: ["project"],
    tables: [
      {
        // The year's money is the 2021年金额 of the 资金需求 (a sentence naming its fund), and dates the table.
        fields: {
          kind: "project",
          name: "教育发展专项资金",
          title: "绩效目标表",
          year: 2021,
          budget: 77300,
          moneyUnit: "万元",
          period: "2020-01-01..2022-12-31",
        },
        // 年度目标值 (E), not 实施周期目标值 beside it.
        columns: { name: 0, target: 4 },
        indicators: [
          { l1: "", l2: "", name: "新建高校(校区)", raw: "7", kind: "number", value: 7 },
          { l1: "", l2: "", name: "工程质量达标率(%)", raw: "100%", ...PCT(">=", 100) },
          { l1: "", l2: "", name: "开工率(%)", raw: "100%", ...PCT(">=", 100) },
        ],
      },
    ],
  },
  {
    file: "anhui-luan-farm-produce-testing-goals-2024.xlsx",
    what: "安徽 六安市农业农村局 2024 三品一标: 中期 (3年, 68.50) and 年度 (51.35) blocks both filled, ≤7工作日",
    kinds: ["project"],
    tables: [
      {
        // The year's money (51.35), not the three years' (68.50) beside it.
        fields: {
          kind: "project",
          name: "发展建设类-农产品质检体系建设和“三品一标”发展项目",
          unit: "六安市农业农村局",
          year: 2024,
          budget: 51.35,
          fiscal: 51.35,
          period: "2024-01-01..2026-12-31",
        },
        // The year's block (F–H), right of the mid-term one.
        columns: { level1: 1, level2: 5, name: 6, target: 7 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "鉴定校准实验室仪器", raw: "≥57个", ...num(">=", 57, "个") },
          { l1: "产出指标", l2: "数量指标", name: "购买标准试剂", raw: "≥100个", ...num(">=", 100, "个") },
          { l1: "产出指标", l2: "数量指标", name: "监督抽检批次", raw: "≥100组", ...num(">=", 100, "组") },
          { l1: "产出指标", l2: "质量指标", name: "农产品例行监测合格率", raw: "≥98%", ...PCT(">=", 98) },
          { l1: "产出指标", l2: "质量指标", name: "农产品监督抽样合格率", raw: "≥98%", ...PCT(">=", 98) },
          { l1: "产出指标", l2: "质量指标", name: "实验室仪器维修维护", raw: "≥4次", ...num(">=", 4, "次") },
          // A 及时率 whose target is a number of working days: a duration, its cap as written.
          {
            l1: "产出指标",
            l2: "时效指标",
            name: "检测及时率",
            raw: "≤7工作日",
            kind: "duration",
            op: "<=",
            value: 7,
            unit: "工作日",
          },
        ],
      },
    ],
  },
];

// ───────────────────────── Round thirty-two (reader57) ─────────────────────────

const ROUND_THIRTY_TWO: LayoutCase[] = [
  {
    file: "beijing-haidian-road-cleaning-self-eval-2016.xlsx",
    what: "北京 海淀 学院路街道 2016 自评表: 年初预算数(A) | 全年执行数(B), 分值 before 年度指标值(A), 得分计算方法",
    kinds: ["self-evaluation"],
    tables: [
      {
        // No 全年预算数: the 年初预算数(A) is the budget; 154.74 of 310.2 spent, written 50% with 得分 5.
        fields: {
          kind: "self-evaluation",
          name: "【体制】自管道路清扫保洁外包工作经费",
          title: "项目支出绩效自评表",
          unit: "北京市海淀区学院路街道城市运行服务中心",
          year: 2016,
          budget: 310.2,
          spent: 154.74,
          executionWeight: 10,
          executionScore: 5,
        },
        // 得分计算方法 (H) is the row's scoring rule: a known column, not read as data.
        columns: { level1: 1, level2: 2, name: 3, weight: 4, target: 5, actual: 6, basis: 7, score: 8, reason: 9 },
        rows: [[12.5, 12.5, 12.5]],
        indicators: [
          {
            l1: /^产出指标/,
            l2: "数量指标",
            name: "是否完成绩效目标申报表中申报的数量",
            raw: "12.5",
            ...num(">=", 12.5, null),
          },
        ],
        judged: { asOf: "2016-12-31", statuses: ["met"], budgetScore: 4.99 },
      },
    ],
  },
  {
    file: "fujian-shishi-detention-centre-self-eval-2022.xlsx",
    what: "福建 石狮市看守所 2022 专项资金绩效自评表: 专项名称, 年初 115 → 全年 32, 指标分值 | 自评得分",
    kinds: ["self-evaluation"],
    tables: [
      {
        // The year's budget (全年预算数 32), not the 年初预算数 (115) beside it.
        fields: {
          kind: "self-evaluation",
          name: "基本业务费",
          title: "专项资金绩效自评表",
          unit: "石狮市看守所",
          year: 2022,
          budget: 32,
          spent: 32,
          executionWeight: 10,
          executionScore: 10,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, reason: 8 },
        rows: [
          [15, 15, 100],
          [15, 15, 100],
        ],
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "人员覆盖率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "管理制度健全性", raw: "100%", ...PCT(">=", 100) },
        ],
        judged: { asOf: "2022-12-31", statuses: ["met", "met"], budgetScore: 10 },
      },
    ],
  },
  {
    file: "fujian-taiwan-compatriots-goals-2017.xlsx",
    what: "福建 省直 台联 2017 财政支出项目绩效目标表: 绩效目标 (投入 / 产出) | 评价指标 | 绩效内容 | 绩效标准 | 全年绩效目标",
    kinds: ["project"],
    tables: [
      {
        // No money in the table; the year is the title's.
        fields: {
          kind: "project",
          name: "台胞扶贫济困生活补贴、涉台联络专项经费及调研培训费",
          title: "2017年财政支出项目绩效目标表",
          unit: "福建省台湾同胞联谊会",
          year: 2017,
          budget: null,
        },
        // 全年绩效目标 (F) is the target; 绩效目标 (A) the category, 评价指标 (B) its kind, 绩效内容 past its numbers (D).
        columns: { level1: 0, level2: 1, name: 3, description: 4, target: 5 },
        indicators: [
          { l1: "投入", l2: "成本目标", name: "发放省直困难、高龄台胞", raw: "按实际情况发放", ...QUAL },
          {
            l1: "投入",
            l2: "成本目标",
            name: "开展丰收节活动、夏令营活动、台胞技能培训、定居台胞困难大学生助学金",
            raw: "100%",
            // The whole, reached: a cap at 100% (the cost rule) would pass any share (reader58).
            ...PCT(">=", 100),
          },
          {
            l1: "产出",
            l2: "数量目标",
            name: "困难台胞、高龄台胞困难补助受益",
            raw: "困难台胞432人、高龄台胞1792人、困难学生助学95人、困难台胞技能培训91人",
            ...num(">=", 432, "人"),
          },
          {
            l1: "产出",
            l2: "数量目标",
            name: "争取台湾民心、增进乡情",
            raw: "开展丰收节活动1次、夏令营活动1次、台胞技能培训2期",
            ...num(">=", 1, "次"),
          },
        ],
        details: [{ name: "发放省直困难、高龄台胞", description: "100%" }],
      },
    ],
  },
];

// ───────────────────────── Round thirty-three (reader58) ─────────────────────────

const ROUND_THIRTY_THREE: LayoutCase[] = [
  {
    file: "anhui-xuanzhou-veterans-medical-goals.xlsx",
    what: "安徽 宣州区医疗保障局 伤残军人医疗费: the 安徽 form from 项目名称 on (no title, no year), 立项依据, empty 效益 rows",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          name: "二等乙级以上伤残军人医疗费",
          title: "",
          year: null,
          budget: 100,
          fiscal: 100,
          other: 0,
          unit: "宣城市宣州区医疗保障局",
          goal: /^申请100万元财政资金/,
        },
        // The template's empty 经济效益 / 生态效益 rows are no indicators.
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "二等乙级以上伤残军人数量", raw: "52人", ...num(">=", 52, "人") },
          { l1: "产出指标", l2: "质量指标", name: "住院医疗费用报销比例", raw: "100%", ...PCT(">=", 100) },
          {
            l1: "产出指标",
            l2: "时效指标",
            name: "二等乙级以上伤残军人及时享受医疗待遇保障时间",
            raw: "医疗费用发生时",
            ...QUAL,
          },
          { l1: "产出指标", l2: "成本指标", name: "项目资金年成本", raw: "≤100万元", ...num("<=", 100, "万元") },
          {
            l1: "效益指标",
            l2: "社会效益指标",
            name: "对升华军民鱼水情,营造拥军优属、拥政爱民的良好氛围,推进军地共建的影响程度",
            raw: "影响明显",
            ...QUAL,
          },
        ],
      },
    ],
    diagnostics: [/无法确定预算年度/],
  },
  {
    file: "guangdong-lechang-vocational-aid-goals-2018.xlsx",
    what: "广东 乐昌 2018 中职助学金 专项 绩效目标表 under its 安排表 (元): 一级目标 | … | 指标值 | 实际完成值, 资金情况 empty",
    kinds: ["project"],
    tables: [
      {
        // 资金情况 is left empty (市: | 县: labels only); the 安排表 above in 元 is another table's money, not read.
        fields: {
          kind: "project",
          name: "学生资助补助经费(中等职业学校国家助学金和免学费补助资金)",
          title: "中等职业学校国家助学金和免学费补助资金绩效目标表",
          year: 2018,
          budget: null,
        },
        // 一级目标 heads the 一级 (main: “表头“一级目标”未识别”, every 一级 empty).
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, reason: 6 },
        indicators: [
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "中等职业学校国家助学金应受助学生数",
            raw: "100%",
            ...PCT(">=", 100),
          },
          { l1: "产出指标", l2: "数量指标", name: "中职免学费应受助学生数", raw: "100%", ...PCT(">=", 100) },
        ],
      },
    ],
    diagnostics: [/未找到本年度预算数/],
  },
];

// ───────────────────────── Round thirty-four (reader59) ─────────────────────────

const MISSING = { kind: "missing" as const };

const ROUND_THIRTY_FOUR: LayoutCase[] = [
  {
    file: "chongqing-wugui-town-projects-2023.xlsx",
    what: "重庆 潼南 五桂镇 2023 一般性项目绩效目标表: two forms stacked, 指标 | 指标权重 | 计量单位 | 指标性质 | 指标值, no levels",
    kinds: ["project", "project"],
    tables: [
      {
        // main: “没有找到绩效目标表” (a bare 指标 was the 一级 with no name column); 当年预算 was no budget label.
        fields: {
          kind: "project",
          name: "潼南区五桂镇汇总项目库",
          title: "2023年一般性项目绩效目标表(一级项目)",
          year: 2023,
          budget: 229.66,
          goal: "按时足额发放,保障权益",
        },
        columns: { name: 1, weight: 2, unit: 3, sign: 4, target: 5 },
        indicators: [
          { l1: "", l2: "", name: "发放人数", raw: "80", ...num(">=", 80, "人数") },
          { l1: "", l2: "", name: "是否按时足额发放", raw: "95", ...PCT(">=", 95) },
          // 定性 with no value written: said (未填写指标值), not guessed.
          { l1: "", l2: "", name: "促进社会和谐", raw: "", ...MISSING },
          { l1: "", l2: "", name: "保障收入", raw: "", ...MISSING },
          { l1: "", l2: "", name: "保障权益", raw: "", ...MISSING },
        ],
        rows: [
          [20, null, null],
          [10, null, null],
          [20, null, null],
          [20, null, null],
          [20, null, null],
        ],
      },
      {
        index: 1,
        fields: { kind: "project", name: "在职村村干部补助", year: 2023, budget: 9.31 },
        indicators: [
          { l1: "", l2: "", name: "按月发放", raw: "1", ...num("=", 1, "次") },
          { l1: "", l2: "", name: "本土人才满意度", raw: "95", ...PCT(">=", 95) },
          { l1: "", l2: "", name: "发放金额", raw: "9.31", ...num(">=", 9.31, "万元") },
          { l1: "", l2: "", name: "领取补助人数", raw: "100", ...num(">=", 100, "人") },
          { l1: "", l2: "", name: "促进经济发展", raw: "", ...MISSING },
        ],
      },
    ],
  },
  {
    file: "chongqing-shengdengshan-branch-secretaries-2022.xlsx",
    what: "重庆 巴南 圣灯山镇 2022 党支部书记补贴: 项目口径 / 项目分类 / 项目支出明细, 100% everywhere, 成本 named `20万元`, ≧95%",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          name: "党支部书记补贴",
          title: "项目支出绩效目标表",
          year: 2022,
          budget: 20,
          fiscal: 20,
          other: 0,
          // 开始日期 | 结束日期 in two cells: the project's period (reader60; main read none, the year alone decided).
          period: "2022-01-01..2022-12-31",
          goal: /^完成对符合规定的村居下设党支部书记发放补贴/,
        },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "按照全镇党支部书记发放", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "为民众办好事,办实事", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "时效指标", name: "按时发放率", raw: "100%", ...PCT(">=", 100) },
          // 100% of the 20万元: the whole, reached (reader58's rule; a cap would pass 0%).
          { l1: "产出指标", l2: "成本指标", name: "20万元", raw: "100%", ...PCT(">=", 100) },
          { l1: "效益指标", l2: "经济效益指标", name: "改善了农民生产生活条件", raw: "100%", ...PCT(">=", 100) },
          { l1: "效益指标", l2: "社会效益指标", name: "激发为民办事的热情", raw: "100%", ...PCT(">=", 100) },
          { l1: "效益指标", l2: "可持续影响指标", name: "为民众办好事,办实事", raw: "100%", ...PCT(">=", 100) },
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "满意度95%以上", raw: "≧95%", ...PCT(">=", 95) },
        ],
      },
    ],
  },
  {
    file: "chongqing-yipin-street-unit-goals-2022.xlsx",
    what: "重庆 巴南 一品街道 2022 部门(单位)整体绩效目标表: 区级支出预算总量, 指标名称 | 指标权重 | 计量单位 | 指标性质 | 指标值",
    kinds: ["unit"],
    tables: [
      {
        // main: no budget (区级支出预算总量 unread) and 森林受灾率 `% | | 1` read as ≥ 1% (any disaster rate above met it).
        fields: {
          kind: "unit",
          name: "重庆市巴南区人民政府一品街道办事处",
          title: "2022年部门(单位)整体绩效目标表",
          year: 2022,
          budget: 3724.39,
          goal: /^2022年街道预算收支平衡/,
        },
        columns: { name: 1, weight: 2, unit: 3, sign: 4, target: 5 },
        indicators: [
          { l1: "", l2: "", name: "预算执行率", raw: "100", ...PCT("=", 100) },
          { l1: "", l2: "", name: "预决算及时编制率", raw: "100", ...PCT("=", 100) },
          { l1: "", l2: "", name: "政府预决算公开率(除涉密信息外)", raw: "100", ...PCT("=", 100) },
          { l1: "", l2: "", name: "基层组织建设办公阵地和干部人才保障有效性", raw: "有效保障", ...QUAL },
          { l1: "", l2: "", name: "民政优抚及特困受助对象生活水平改善情况", raw: "有效改善", ...QUAL },
          { l1: "", l2: "", name: "民政优抚及特困补助发放及时率", raw: "100", ...PCT("=", 100) },
          { l1: "", l2: "", name: "农村公路养护里程", raw: "125", ...num("=", 125, "公里") },
          { l1: "", l2: "", name: "开展各种文艺活动场次", raw: "20", ...num(">=", 20, null) },
          { l1: "", l2: "", name: "森林受灾率", raw: "1", ...PCT("<=", 1) },
          { l1: "", l2: "", name: "饲养动物免疫率", raw: "100", ...PCT("=", 100) },
          { l1: "", l2: "", name: "服务对象满意度", raw: "95", ...PCT(">=", 95) },
        ],
      },
    ],
  },
];

// ───────────────────────── Round thirty-five (reader60) ─────────────────────────

const ROUND_THIRTY_FIVE: LayoutCase[] = [
  {
    file: "sichuan-ganzi-market-supervision-goals.xlsx",
    what: "四川 甘孜州市场监管局 绩效目标表: 单位信息 / 主管部门 as code-name, no money, no year, 指标性质 empty on number rows",
    kinds: ["project"],
    // The form states no year and no money, and its 项目名称 is blank: said, not guessed.
    diagnostics: [/未找到项目名称/, /无法确定预算年度/, /未找到本年度预算数/],
    tables: [
      {
        // main: the unit was the 主管部门 (324-甘孜州市场监督管理部门): 单位信息 was no label.
        fields: {
          kind: "project",
          name: "",
          unit: "324001-甘孜藏族自治州市场监督管理局机关",
          title: "绩效目标表",
          year: null,
          budget: null,
          goal: /^组织协调推进全州食品安全重点工作/,
        },
        columns: { level1: 0, level2: 1, name: 2, sign: 3, target: 4, unit: 5, weight: 6 },
        indicators: [
          // A bare amount under 成本指标 with no sign: a cap.
          { l1: "产出指标", l2: "成本指标", name: "检查差旅费", raw: "470", ...num("<=", 470, "人/天") },
          { l1: "产出指标", l2: "成本指标", name: "培训费", raw: "320", ...num("<=", 320, "人/天") },
          // `1` with no unit and no sign under 时效: a number, its direction the reader's default.
          { l1: "产出指标", l2: "时效指标", name: "完成时限", raw: "1", kind: "number", value: 1 },
          { l1: "产出指标", l2: "数量指标", name: "召开食品安委会全体会议", raw: "2", ...num(">=", 2, null) },
          { l1: "产出指标", l2: "质量指标", name: "食安委成员单位食品安全工作齐抓共管", raw: "100", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "数量指标", name: "开展食品安全专项整治", raw: "2", ...num(">=", 2, null) },
          { l1: "产出指标", l2: "数量指标", name: "组织州县食安委成员单位人员培训", raw: "1", ...num(">=", 1, null) },
          { l1: "产出指标", l2: "数量指标", name: "开展食品安全宣传周活动", raw: "1", ...num(">=", 1, null) },
          { l1: "效益指标", l2: "社会效益指标", name: "食品安全整体状况", raw: "高中低", ...QUAL },
          {
            l1: "效益指标",
            l2: "可持续影响指标",
            name: "进一步提高食品安全工作科学化、规范化",
            raw: "高中低",
            ...QUAL,
          },
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "公众对食品安全满意度", raw: "高中低", ...QUAL },
        ],
      },
    ],
  },
  {
    file: "sichuan-suining-devzone-drug-region-self-eval-2021.xlsx",
    what: "四川 遂宁 经开区 2021 区域绩效目标自评表: 转移支付预算数(A) | 5.8万, 预期目标 | 目标实际完成情况, 元/人、天",
    kinds: ["self-evaluation"],
    tables: [
      {
        // main: no budget (转移支付预算数(A) unread), no spent, the goal read as the caption “目标实际完成情况”, and
        // `400元/人、天` unread.
        fields: {
          kind: "self-evaluation",
          name: /中央对地方专项转移支付/,
          unit: "遂宁市市场监督管理局经开区分局",
          title: "2021年中央对地方专项转移支付区域绩效目标自评表",
          year: 2021,
          budget: 5.8,
          spent: 5.8,
          goal: /^目标1:完成两品一械抽检工作/,
        },
        columns: { level1: 0, level2: 1, name: 2, target: 3, actual: 4 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "指标1.药品抽验品种", raw: "≥3", ...num(">=", 3, null) },
          { l1: "产出指标", l2: "数量指标", name: "指标2.化妆品抽验批次", raw: "≥3", ...num(">=", 3, null) },
          { l1: "产出指标", l2: "数量指标", name: "指标3.医疗器械抽验批次", raw: "≥2", ...num(">=", 2, null) },
          { l1: "产出指标", l2: "数量指标", name: "指标4.药品监管企业数", raw: "≥124", ...num(">=", 124, null) },
          { l1: "产出指标", l2: "数量指标", name: "指标5.化妆品监管企业数", raw: "≥290", ...num(">=", 290, null) },
          { l1: "产出指标", l2: "数量指标", name: "指标6.医疗器械监管企业数", raw: "≥21", ...num(">=", 21, null) },
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "指标7.药品监管人员人均培训学时",
            raw: "≥90",
            ...num(">=", 90, null),
          },
          { l1: "产出指标", l2: "质量指标", name: "指标1.药品抽检完成率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "指标2.化妆品抽验完成率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "质量指标", name: "指标3.医疗器械抽验完成率", raw: "100%", ...PCT(">=", 100) },
          // Neither target nor value written: said (未填写指标值), not guessed.
          { l1: "产出指标", l2: "质量指标", name: "指标4.不合格产品处置率", raw: "", kind: "missing" },
          {
            l1: "产出指标",
            l2: "质量指标",
            name: "指标5:药品不良反应每百万人口报告数",
            raw: "≥150",
            ...num(">=", 150, null),
          },
          {
            l1: "产出指标",
            l2: "质量指标",
            name: "指标6.化妆品不良反应每百万人口报告数",
            raw: "≥10",
            ...num(">=", 10, null),
          },
          {
            l1: "产出指标",
            l2: "质量指标",
            name: "指标7.医疗器械不良应每百万人口报告数",
            raw: "≥30",
            ...num(">=", 30, null),
          },
          { l1: "产出指标", l2: "质量指标", name: "指标8.培训人员覆盖率", raw: "100%", ...PCT(">=", 100) },
          { l1: "产出指标", l2: "时效指标", name: "任务完成时间", raw: "2021年底", kind: "date" },
          // 、 for the dot of 元/人·天: a cost per person-day, capped (180 reached it).
          {
            l1: "产出指标",
            l2: "成本指标",
            name: "指标1.培训成本",
            raw: "400元/人、天",
            ...num("<=", 400, "元/人/日"),
          },
          { l1: "产出指标", l2: "成本指标", name: "指标2.药品抽验平均标准", raw: "", kind: "missing" },
          { l1: "产出指标", l2: "成本指标", name: "指标3.化妆品抽验平均标准", raw: "", kind: "missing" },
        ],
        judged: {
          asOf: "2021-12-31",
          statuses: [
            "met",
            "met",
            "met",
            "met",
            "met",
            "met",
            "met",
            "met",
            "met",
            "met",
            "unknown",
            "met",
            "met",
            "met",
            "met",
            "met",
            "met",
            "unknown",
            "unknown",
          ],
        },
      },
    ],
  },
  {
    file: "province-drug-supervision-fund-standards-2017.xlsx",
    what: "2017 食品药品监管事业发展专项 表-2: 绩效目标名称 | 目标值 | 评价指标 | 标准值 | 目标值制订说明, heading rows",
    kinds: ["project", "project"],
    tables: [
      {
        // main: “找到指标表头，但其下没有指标行” — 绩效目标名称 unread, the headings' rows taken for data.
        fields: {
          kind: "project",
          name: "食品药品监管事业发展专项",
          title: "绩效目标、评价指标与标准值表",
          year: 2017,
          budget: 35543.19,
          fiscal: 24543.19,
          other: 11000,
        },
        columns: { name: 2, target: 3, basis: 4 },
        indicators: [
          { l1: "投入目标", l2: "", name: "预算完成率", raw: "=100%", ...PCT("=", 100) },
          { l1: "投入目标", l2: "", name: "资金到位率", raw: "=100%", ...PCT("=", 100) },
          { l1: "投入目标", l2: "", name: "实际支出率", raw: "=100%", ...PCT("=", 100) },
          { l1: "投入目标", l2: "", name: "专款专用率", raw: "=100%", ...PCT("=", 100) },
          // 二、管理目标 with its note in the last cell is still a heading.
          { l1: "管理目标", l2: "", name: "财务管理规范度", raw: "=100%", ...PCT("=", 100) },
          { l1: "管理目标", l2: "", name: "资产管理规范度", raw: "=100%", ...PCT("=", 100) },
          { l1: "管理目标", l2: "", name: "项目管理规范度", raw: "=100%", ...PCT("=", 100) },
          { l1: "管理目标", l2: "", name: "项目立项合规性", raw: "合规", ...QUAL },
          { l1: "管理目标", l2: "", name: "项目组织机构建设完整性", raw: "完整", ...QUAL },
          { l1: "管理目标", l2: "", name: "项目管理制度健全性", raw: "健全", ...QUAL },
          { l1: "管理目标", l2: "", name: "项目执行监控有效性", raw: "有效执行", ...QUAL },
          { l1: "管理目标", l2: "", name: "政府采购与招投标管理规范性", raw: "规范", ...QUAL },
          { l1: "管理目标", l2: "", name: "合同与监理管理规范度", raw: "规范", ...QUAL },
          { l1: "产出目标", l2: "数量目标", name: "按时完成率", raw: "100%", ...PCT(">=", 100) },
        ],
      },
      {
        // The goals aimed at (绩效目标名称 | 目标值): a table of their own over the same rows, as 宜兴 2016's 目标名称.
        index: 1,
        fields: { name: "食品药品监管事业发展专项（绩效目标名称）", year: 2017 },
        columns: { name: 0, target: 1 },
        indicators: [
          { l1: "投入目标", l2: "", name: "1.预算投入资金", raw: "35543.19万元", ...num(">=", 35543.19, "万元") },
          { l1: "投入目标", l2: "", name: "2.实际到位资金", raw: "35543.19万元", ...num(">=", 35543.19, "万元") },
          { l1: "投入目标", l2: "", name: "3.实际支出", raw: "35543.19万元", ...num(">=", 35543.19, "万元") },
          { l1: "投入目标", l2: "", name: "4.专款专用资金", raw: "35543.19万元", ...num(">=", 35543.19, "万元") },
          // Two requirements numbered (1)(2) with no separator: a sentence, not digits to read (main: unread).
          { l1: "管理目标", l2: "", name: "5.财务管理", raw: "(1)专账核算(2)符合财务管理制度规定", ...QUAL },
          { l1: "管理目标", l2: "", name: "资产管理", raw: "执行统一规定", ...QUAL },
          { l1: "管理目标", l2: "", name: "项目管理", raw: "执行统一规定", ...QUAL },
          { l1: "管理目标", l2: "", name: "1-1 项目立项", raw: "合规", ...QUAL },
          { l1: "管理目标", l2: "", name: "1-2 项目组织机构建设", raw: "完整", ...QUAL },
          { l1: "管理目标", l2: "", name: "1-3 项目管理制度", raw: "健全", ...QUAL },
          { l1: "管理目标", l2: "", name: "1-4 项目执行监控", raw: "有效执行", ...QUAL },
          { l1: "管理目标", l2: "", name: "1-5 政府采购与招投标管理", raw: "规范", ...QUAL },
          { l1: "管理目标", l2: "", name: "1-6 合同与监理管理", raw: "规范", ...QUAL },
          { l1: "产出目标", l2: "数量目标", name: "1-1 两所完成搬迁时间", raw: "按照工期计划", ...QUAL },
        ],
      },
    ],
  },
];

// ───────────────────────── Round thirty-six (reader61) ─────────────────────────

const ROUND_THIRTY_SIX: LayoutCase[] = [
  {
    file: "xinjiang-fukang-statistics-self-eval-2023.xlsx",
    what: "新疆 阜康市统计局 2023 自评表: 分值权重 in the money grid, 指标值设置依据 | 上年完成值 | 指标分值权重 | 指标赋分规则 | 佐证资料",
    kinds: ["self-evaluation"],
    // The stored page ends at the first 一级 (产出指标): the form's rows are not published there.
    diagnostics: [/找到指标表头，但其下没有指标行/],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          name: "昌州财行(2022)10号 国家统计局调查队专项经费",
          unit: "阜康市统计局",
          title: "项目支出绩效自评表",
          year: 2023,
          // 全年预算数, cut from the 年初预算数 5.28 in the year.
          budget: 1.96,
          spent: 1.96,
          executionWeight: 10,
          executionScore: 10,
          goal: /^1\.根据《关于拨付国家统计局昌吉调查队专项经费的通知》/,
        },
        // main: 指标值设置依据, 指标分值权重, 指标赋分规则 and 佐证资料 “未识别，该列未读取”.
        columns: {
          level1: 1,
          level2: 2,
          name: 3,
          target: 4,
          basis: 5,
          previous: 6,
          weight: 7,
          note: 9,
          actual: 10,
          score: 12,
        },
        indicators: [],
        judged: { asOf: "2024-02-28", budgetScore: 10, executionLight: "green" },
      },
    ],
  },
];

const ROUND_THIRTY_SEVEN: LayoutCase[] = [
  {
    file: "shaanxi-chencang-forestry-region-goals-2021.xlsx",
    what: "陕西 陈仓区 2021 林业生态保护恢复资金区域绩效目标申报表: indicators named, their values left blank",
    kinds: ["project"],
    tables: [
      {
        fields: {
          kind: "project",
          // 专项名称金 (sic) is no label the reader knows: the name is the title's.
          name: "林业生态保护恢复资金区域",
          title: "2021年林业生态保护恢复资金区域绩效目标申报表",
          year: 2021,
          budget: 189.42,
          // `目标:` is the text's own lead-in.
          goal: /^完成退耕还林政策任务/,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4 },
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "天保工程实施单位保险参保人数(人)", raw: "", kind: "missing" },
          { l1: "产出指标", l2: "数量指标", name: "上一轮退耕还林补助面积(万亩)", raw: "", kind: "missing" },
          { l1: "产出指标", l2: "数量指标", name: "新一轮退耕还林(草)第二次补助面积(万亩)", raw: "", kind: "missing" },
          { l1: "产出指标", l2: "数量指标", name: "新一轮退耕还林(草)第三次补助面积(万亩)", raw: "", kind: "missing" },
          { l1: "产出指标", l2: "数量指标", name: "草原有害生物防治面积(万亩)", raw: "", kind: "missing" },
        ],
      },
    ],
  },
  {
    file: "province-science-guidance-self-eval-2021.xlsx",
    what: "中央引导地方科技发展资金绩效目标自评表 2021: the transfer's form as sent, indicators named, nothing filled in",
    kinds: ["self-evaluation"],
    diagnostics: [/未找到本年度预算数/],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          name: "中央引导地方科技发展资金",
          title: "中央引导地方科技发展资金绩效目标自评表",
          year: 2021,
          budget: null,
          spent: null,
          goal: "",
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, reason: 6 },
        indicatorCount: 12,
        someNames: [
          "支持自由探索类基础研究项目数量",
          "支持国家级科技企业孵化器、大学科技园、众创空间、双创示范基地、星创天地项目数量",
        ],
      },
    ],
  },
  {
    file: "province-science-guidance-region-self-eval-2022.xlsx",
    what: "中央引导地方科技发展资金区域绩效目标自评表 2022: 专项名称 as check boxes, 归口管理部门, targets written `个`",
    kinds: ["self-evaluation"],
    diagnostics: [/未找到本年度预算数/],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          // main: named `归口管理部门` (the label under the blank 项目名称); then by 专项名称's boxes. The title's now.
          name: "中央引导地方科技发展资金区域",
          // 项目承担单位:(盖章) left for the seal, 归口管理部门 blank (main: `项目承担单位:(盖章)`, then `填写日期:`).
          unit: "",
          year: 2022,
          budget: null,
        },
        columns: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, reason: 6 },
        // `个` alone: a blank the unit waits in, no target.
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "支持自由探索类基础研究项目数量", raw: "个", kind: "missing" },
          { l1: "产出指标", l2: "数量指标", name: "支持建设科技创新基地项目数量", raw: "个", kind: "missing" },
          { l1: "产出指标", l2: "数量指标", name: "支持省部共建国家重点实验室项目数量", raw: "个", kind: "missing" },
          { l1: "产出指标", l2: "数量指标", name: "支持国家临床医学研究中心项目数量", raw: "个", kind: "missing" },
        ],
      },
    ],
  },
  {
    file: "fujian-huian-emergency-aid-goals-2025.xlsx",
    what: "福建 惠安 2025 应急救助: the 任务清单's sentences read as each 镇's goals; the 绩效目标表 (镇 down, indicators across) cut in its header",
    // No indicator grid the reader knows: the check reads the 约束性任務 sentences, one table per 鎮 (the list's rows:
    // 鎮 | 補助資金 (萬元) | 約束性任務). main: one unit-wide table of the four 對象自付金額 rows, said 指标重复 three times,
    // and no 扶持對象 (個 was kept as written: 2個 was no count).
    kinds: [],
    fromText: true,
    tables: (
      [
        ["崇武鎮", 2.95, 2, 3.69],
        ["東嶺鎮", 16.1, 4, 21],
        ["東橋鎮", 1.5, 3, 1.88],
        ["小岞鎮", 3.25, 5, 4.1],
      ] as const
    ).map(([town, budget, count, money]) => ({
      byName: town,
      fields: { kind: "project" as const, name: town, budget },
      indicators: [
        { l1: "产出指标", l2: "数量指标", name: "扶持對象", raw: `${count}个以上`, ...num(">=", count, "个") },
        // main: 成本指标, said wrong for a cost (“成本指标应设上限”): money at least is an amount to reach.
        { l1: "产出指标", l2: "数量指标", name: "對象自付金額", raw: `${money}万元以上`, ...num(">=", money, "万元") },
      ],
      noReview: ["cost-with-ge", "duplicate-indicator"],
    })),
  },
];

// ───────────────────────── Round thirty-eight (reader64) ─────────────────────────

const ROUND_THIRTY_EIGHT: LayoutCase[] = [
  {
    file: "shanxi-jishan-zhaidian-health-centre-self-eval-2021.xlsx",
    what: "山西 稷山 翟店镇卫生院 2021 基本公共卫生服务 自评表: bare counts as targets, 2-point indicators scored 1.9 / 1.4",
    kinds: ["self-evaluation"],
    tables: [
      {
        fields: {
          kind: "self-evaluation",
          name: "国家基本公共卫生服务",
          unit: "稷山县翟店镇卫生院",
          year: 2021,
          budget: 207.4538,
          spent: 207.4538,
          executionWeight: 10,
          executionScore: 10,
          goal: "国家基本公共卫生服务",
        },
        // A count written bare (38508人) is one to reach; 家庭医生签约率 is counted in 人 as published.
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "指标1:居民健康档案", raw: "38508人", ...num(">=", 38508, "人") },
          { l1: "产出指标", l2: "数量指标", name: "指标2:发放健康教育资料", raw: "不少于12种", ...num(">=", 12, "种") },
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "指标6:举办健康教育宣传咨询活动",
            raw: "12次",
            ...num(">=", 12, "次"),
          },
          { l1: "产出指标", l2: "数量指标", name: "指标7:建立预防接种证", raw: "221人", ...num(">=", 221, "人") },
          { l1: "产出指标", l2: "数量指标", name: "指标8:适龄儿童疫苗接种率", raw: "100.00%", ...num(">=", 100, "%") },
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "指标9:0-6岁儿童健康管理数",
            raw: "2089人",
            ...num(">=", 2089, "人"),
          },
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "指标10:0-6岁儿童眼保健操覆盖数",
            raw: "2089人",
            ...num(">=", 2089, "人"),
          },
          { l1: "产出指标", l2: "数量指标", name: "指标11:新生入访视数", raw: "214人", ...num(">=", 214, "人") },
          { l1: "产出指标", l2: "数量指标", name: "指标12:孕产妇7天访视数", raw: "214人", ...num(">=", 214, "人") },
          { l1: "产出指标", l2: "数量指标", name: "指标13:孕产妇42天访视数", raw: "214人", ...num(">=", 214, "人") },
          { l1: "产出指标", l2: "数量指标", name: "指标14:早孕建册数", raw: "120人", ...num(">=", 120, "人") },
          { l1: "产出指标", l2: "数量指标", name: "指标15:老年人体检数", raw: "5662人", ...num(">=", 5662, "人") },
          { l1: "产出指标", l2: "数量指标", name: "指标16:高血压规范管理数", raw: "3807人", ...num(">=", 3807, "人") },
          { l1: "产出指标", l2: "数量指标", name: "指标17:高血压随访控制数", raw: "3807人", ...num(">=", 3807, "人") },
          { l1: "产出指标", l2: "数量指标", name: "指标18:糖尿病规范管理数", raw: "863人", ...num(">=", 863, "人") },
          { l1: "产出指标", l2: "数量指标", name: "指标19:糖尿病随访控制数", raw: "863人", ...num(">=", 863, "人") },
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "指标20:严重精神障碍患者管理数",
            raw: "212人",
            ...num(">=", 212, "人"),
          },
          { l1: "产出指标", l2: "数量指标", name: "指标21:肺结核健康规范管理数", raw: "8例", ...num(">=", 8, "例") },
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "指标22:老年人中医药规范管理数",
            raw: "5662人",
            ...num(">=", 5662, "人"),
          },
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "指标23:0-36月龄中医药规范管理数",
            raw: "1228人",
            ...num(">=", 1228, "人"),
          },
          {
            l1: "产出指标",
            l2: "数量指标",
            name: "指标24:传染病及突发公共卫生事件报告数",
            raw: "14例",
            ...num(">=", 14, "例"),
          },
          { l1: "产出指标", l2: "数量指标", name: "指标25:家庭医生签约率", raw: "24694人", ...num(">=", 24694, "人") },
        ],
        rows: [
          [3, 3, "37442人"],
          [1, 1, "14种"],
          [1, 1, "96次"],
          [2, 2, "221人"],
          [2, 1.9, "97.30%"],
          [2, 2, "2089人"],
          [2, 2, "2089人"],
          [2, 2, "214人"],
          [2, 1.8, "203人"],
          [2, 1.8, "203人"],
          [2, 1, "69人"],
          [2, 1.4, "4044人"],
          [2, 1.9, "3224人"],
          [2, 1.8, "3220人"],
          [2, 1.8, "695人"],
          [2, 1.7, "683人"],
          [2, 1.8, "209人"],
          [2, 2, "8例"],
          [2, 1.4, "4044人"],
          [2, 1.8, "770人"],
          [2, 2, "14例"],
          [2, 1.7, "22584人"],
        ],
      },
    ],
  },
  {
    file: "guizhou-suiyang-taibai-town-unit-self-eval-2021.xlsx",
    what: "贵州 绥阳 太白镇 部门整体支出绩效自评表 2021: 基本支出 / 项目支出 rows each with 分值 and 得分, cut in the indicator header",
    kinds: ["self-evaluation"],
    tables: [
      {
        // The 年度资金总额 row is the table's money (年初预算数 1172.55, 全年执行数 1268.72, 分值 10, 得分 10), not the
        // 基本支出 / 项目支出 rows under it; no year is written (填报日期 2022 is the filling date); 单位(盖章) names the unit.
        fields: {
          kind: "self-evaluation",
          name: "绥阳县太白镇人民政府",
          unit: "绥阳县太白镇人民政府",
          year: null,
          budget: 1172.55,
          spent: 1268.72,
          executionWeight: 10,
          executionScore: 10,
          goal: /^\(1\)制定和组织实施经济、科技和社会发展计划/,
        },
        indicators: [],
      },
    ],
    diagnostics: [/没有指标行/],
  },
  {
    file: "fujian-anxi-whole-town-award-goals-2025.xlsx",
    what: "福建 安溪 2025 整镇推进 奖补: a 鄉鎮名單 list with each town's task in a sentence, one table per town",
    // No indicator grid: the 任務清單 sentences, one table per 鄉鎮 (鄉鎮名單 | 鄉鎮類型 | 補助資金(萬元) | 任務清單).
    kinds: [],
    fromText: true,
    tables: (["龍涓鎮", "桃舟鄉"] as const).map((town) => ({
      byName: town,
      fields: { kind: "project" as const, name: town, budget: 50 },
      indicators: [
        { l1: "产出指标", l2: "数量指标", name: "項目預算總投資", raw: "不低于100万元", ...num(">=", 100, "万元") },
      ],
      noReview: ["cost-with-ge"],
    })),
  },
];

// ───────────────────────── Round thirty-nine (reader65) ─────────────────────────

const ROUND_THIRTY_NINE: LayoutCase[] = [
  {
    file: "chongqing-fengjie-emergency-approval-2025.xlsx",
    what: "重庆 奉节 应急管理局 审批表: ( 2023年度) left over 建设周期 2025, 成本指标 rows zero-filled",
    kinds: ["project"],
    tables: [
      {
        // main: year 2023 (the template's year line), and the three zero rows read as indicators named "0" (≤ 0%).
        fields: {
          name: "12350安全生产举报奖及安全生产专项督查等工作经费",
          unit: "奉节县应急管理局",
          year: 2025,
          period: "2025-01-01..2025-12-31",
          budget: 100,
          fiscal: 100,
          other: 0,
          goal: "全力以赴做好安全生产、防灾减灾救灾工作,保障工作顺利开展。",
        },
        indicators: [
          {
            l1: /^产出指标/,
            l2: "数量指标",
            name: "12350安全生产举报奖励次数",
            raw: "≥5次",
            ...num(">=", 5, "次"),
          },
          {
            l1: /^产出指标/,
            l2: "数量指标",
            name: "制作防灾减灾日宣传资料份数",
            raw: "≥500份",
            ...num(">=", 500, "份"),
          },
        ],
      },
    ],
    diagnostics: [
      /第 17 行是模板留下的占位行（0）/,
      /表中写的是 2023 年度，但项目期间“2025年1月1日-2025年12月31日”全在 2025 年/,
    ],
  },
];

// ───────────────────────── Round forty-one (reader70) ─────────────────────────

const ROUND_FORTY_ONE: LayoutCase[] = [
  {
    file: "hebei-chengan-centenarian-self-eval-2020.xlsx",
    what: "河北 成安 民政局 2020 自评表: 预期指标值 over 符号 | (blank) | 单位(文字描述), 自评得分 over three parts",
    kinds: ["self-evaluation"],
    tables: [
      {
        // main: no table at all ("没有找到绩效目标表"): the value's part of 预期指标值 has no label of its own.
        fields: {
          name: "19名百岁老人高龄津贴",
          unit: "314002-成安县民政局机关",
          year: 2020,
          budget: 6.84,
          spent: 6.84,
        },
        columns: { level1: 0, level2: 1, name: 2, sign: 4, target: 5, unit: 6, actual: 7 },
        indicators: [
          { l1: "产出指标", l2: "质量指标", name: "符合条件申报对象覆盖率", raw: "98", ...PCT(">=", 98) },
          { l1: "产出指标", l2: "时效指标", name: "完成率", raw: "99", ...PCT(">=", 99) },
          { l1: "效果指标", l2: "社会效益指标", name: "补贴发放率", raw: "75", ...PCT(">=", 75) },
          { l1: "满意度指标", l2: "服务对象满意度指标", name: "服务对象满意度", raw: "95", ...PCT(">=", 95) },
        ],
        details: [{ name: "符合条件申报对象覆盖率", actual: "100%" }],
        judged: { asOf: "2020-12-31", statuses: ["met", "met", "met", "met"] },
      },
    ],
  },
  {
    file: "hubei-hbust-student-aid-self-eval-2021.xlsx",
    what: "湖北科技学院 2021 自评结果: the report's table with 一级 and 二级 written on every row",
    kinds: ["self-evaluation"],
    tables: [
      {
        // main: title and name the lead-in "…具体完成情况如下表:" (year unknown), and a unit-wide table of
        // "项目预算执行率 99%" read from the 执行率 paragraph.
        fields: { title: "2021年度本专科生奖助学金项目自评结果", name: "本专科生奖助学金", unit: "", year: 2021 },
        indicators: [
          {
            l1: "产出指标",
            l2: "质量指标",
            name: "奖助政策学生知晓率",
            raw: "100%",
            kind: "number",
            value: 100,
            unit: "%",
          },
          {
            l1: "产出指标",
            l2: "质量指标",
            name: "受资助本专科困难学生覆盖率",
            raw: "99%",
            kind: "number",
            value: 99,
            unit: "%",
          },
          {
            l1: "产出指标",
            l2: "质量指标",
            name: "退役士兵考入高校应助学生享受资助比例",
            raw: "100%",
            kind: "number",
            value: 100,
            unit: "%",
          },
          {
            l1: "产出指标",
            l2: "质量指标",
            name: "高校学生应征入伍应受助学生享受资助比例",
            raw: "100%",
            kind: "number",
            value: 100,
            unit: "%",
          },
          { l1: "产出指标", l2: "数量指标", name: "受资助本专科学生人数", raw: "14726", kind: "number", value: 14726 },
          {
            l1: "产出指标",
            l2: "质量指标",
            name: "国家奖学金按标准发放率",
            raw: "100%",
            kind: "number",
            value: 100,
            unit: "%",
          },
          { l1: "效益指标", l2: "社会效益指标", name: "评审程序是否客观公正", raw: "是", ...QUAL },
          {
            l1: "效益指标",
            l2: "社会效益指标",
            name: "家庭经济困难学生完成学业率",
            raw: "100%",
            kind: "number",
            value: 100,
            unit: "%",
          },
          {
            l1: "效益指标",
            l2: "服务对象满意度指标",
            name: "资助学生满意度",
            raw: "95%",
            kind: "number",
            value: 95,
            unit: "%",
          },
        ],
        judged: { asOf: "2021-12-31", statuses: ["met", "met", "met", "met", "met", "met", "met", "met", "met"] },
      },
    ],
  },
  {
    file: "tianjin-nankai-biology-lab-results-2018.xlsx",
    what: "天津 南开大学 2018 实验教学中心建设: 预算设定指标值 | 项目完成指标值, a score block under the grid",
    kinds: ["project"],
    tables: [
      {
        // main: 项目完成指标值 not read (every row 待填报), the deadline missed by a month not seen; the score block's two
        // rows read as indicators of 一级 预算绩效评价结果.
        // reader71: the name stands only in the title's quotes, the title printed over two lines (未找到项目名称 on main).
        fields: {
          year: 2018,
          budget: null,
          name: "2018生物实验教学中心建设项目",
          unit: "",
          title: "关于“2018生物实验教学中心建设项目”预算绩效评价结果的公示",
        },
        columns: { level1: 0, level2: 1, name: 2, target: 3, actual: 4 },
        indicatorCount: 9,
        someNames: ["购置仪器设备(不计低值小零件和定制产品)", "项目完成时间", "师生对实验室改造满意度"],
        details: [
          { name: "购置仪器设备(不计低值小零件和定制产品)", actual: 42 },
          { name: "项目完成时间", actual: "2018年11月底" },
        ],
        judged: {
          asOf: "2018-12-31",
          statuses: ["met", "met", "met", "met", "missed", "met", "met", "met", "met"],
        },
      },
    ],
  },
];

export const REAL_LAYOUT_CASES: LayoutCase[] = [
  ...ROUND_ONE,
  ...ROUND_TWO,
  ...ROUND_THREE,
  ...ROUND_FOUR,
  ...ROUND_FIVE,
  ...ROUND_SIX,
  ...ROUND_SEVEN,
  ...ROUND_EIGHT,
  ...ROUND_NINE,
  ...ROUND_TEN,
  ...ROUND_TWELVE,
  ...ROUND_THIRTEEN,
  ...ROUND_FOURTEEN,
  ...ROUND_FIFTEEN,
  ...ROUND_SIXTEEN,
  ...ROUND_SEVENTEEN,
  ...ROUND_EIGHTEEN,
  ...ROUND_NINETEEN,
  ...ROUND_TWENTY,
  ...ROUND_TWENTY_ONE,
  ...ROUND_TWENTY_TWO,
  ...ROUND_TWENTY_THREE,
  ...ROUND_TWENTY_FOUR,
  ...ROUND_TWENTY_FIVE,
  ...ROUND_TWENTY_SIX,
  ...ROUND_TWENTY_SEVEN,
  ...ROUND_TWENTY_EIGHT,
  ...ROUND_TWENTY_NINE,
  ...ROUND_THIRTY,
  ...ROUND_THIRTY_ONE,
  ...ROUND_THIRTY_TWO,
  ...ROUND_THIRTY_THREE,
  ...ROUND_THIRTY_FOUR,
  ...ROUND_THIRTY_FIVE,
  ...ROUND_THIRTY_SIX,
  ...ROUND_THIRTY_SEVEN,
  ...ROUND_THIRTY_EIGHT,
  ...ROUND_THIRTY_NINE,
  ...ROUND_FORTY_ONE,
];
