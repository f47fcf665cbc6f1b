/**
 * What the seed document (000_bb7b8be2226752e2.txt, part 2) says, typed BY HAND from its text —
 * not produced by the reader. Budget year 2024; money in 万元.
 */
import type { Comparator, TargetKind } from "../../../src/core/types";

export interface ExpectedTarget {
  kind: TargetKind;
  op: Comparator | null;
  opExplicit: boolean;
  value: number | null;
  unit: string | null;
  date?: string;
}

export type ExpectedIndicator = [level1: string, level2: string, name: string, target: string, parsed: ExpectedTarget];

export interface ExpectedTable {
  title: string;
  name: string;
  code: string;
  budget: number;
  fiscal: number;
  purpose: string;
  goal: string;
  percents: [number, number, number, number];
  indicators: ExpectedIndicator[];
}

export const CHECKPOINTS: [string, string][] = [
  ["3月底", "2024-03-31"],
  ["6月底", "2024-06-30"],
  ["10月底", "2024-10-31"],
  ["12月底", "2024-12-31"],
];

export const UNIT_NAME = "314001唐山市曹妃甸区人民检察院本级";

// Parsed-target shorthands.
const atLeast = (value: number, unit: string): ExpectedTarget => ({
  kind: "number",
  op: ">=",
  opExplicit: true,
  value,
  unit,
});
const plain = (value: number, unit: string): ExpectedTarget => ({
  kind: "number",
  op: ">=",
  opExplicit: false,
  value,
  unit,
});
const byDate = (date: string): ExpectedTarget => ({
  kind: "date",
  op: "<=",
  opExplicit: false,
  value: null,
  unit: null,
  date,
});
const words: ExpectedTarget = { kind: "qualitative", op: null, opExplicit: false, value: null, unit: null };

const OUT = "产出指标";
const BEN = "效益指标";
const SAT = "满意度指标";
const SAT2 = "服务对象满意度指标";

/** Tables 2, 4 share their indicator list. */
const BUSINESS: ExpectedIndicator[] = [
  [OUT, "数量指标", "工作完成率(%)", "100%", plain(100, "%")],
  [OUT, "质量指标", "工作合格率(%)", "100%", plain(100, "%")],
  [OUT, "成本指标", "预算执行率", "≥90%", atLeast(90, "%")],
  [OUT, "时效指标", "完成时限", "2024年12月31日", byDate("2024-12-31")],
  [BEN, "社会效益指标", "保障工作正常开展", "保障工作正常开展", words],
  [SAT, SAT2, "服务对象满意度", "≥90%", atLeast(90, "%")],
];

/** Tables 7, 8 share theirs. */
const PRINTING: ExpectedIndicator[] = [
  [OUT, "数量指标", "印刷执行率（%）", "100%", plain(100, "%")],
  [OUT, "质量指标", "印刷合格率（%）", "100%", plain(100, "%")],
  [OUT, "成本指标", "预算执行率", "≥90%", atLeast(90, "%")],
  [OUT, "时效指标", "完成时限", "2024年12月31日", byDate("2024-12-31")],
  [BEN, "社会效益指标", "满足业务开展需求", "满足业务开展需求", words],
  [SAT, SAT2, "服务对象满意度", "≥90%", atLeast(90, "%")],
];

export const SEED_TABLES: ExpectedTable[] = [
  {
    title: "1.办公用品采购绩效目标表",
    name: "办公用品采购",
    code: "13020024P006820107627",
    budget: 63.14,
    fiscal: 63.14,
    purpose: "用于单位购买日常办公用品",
    goal: "1.保障办公正常运转",
    percents: [0, 45, 70, 100],
    indicators: [
      [OUT, "数量指标", "保障办公人数", "86人", plain(86, "人")],
      [OUT, "质量指标", "运转保障率", "100%", plain(100, "%")],
      [OUT, "时效指标", "经费保障及时性", "及时保障", words],
      [OUT, "成本指标", "日常公用经费开支标准", "按统一规定执行", words],
      [BEN, "社会效益指标", "维持单位正常运转", "维持单位正常运转", words],
    ],
  },
  {
    title: "2.检察业务费绩效目标表",
    name: "检察业务费",
    code: "13020024P006841127758",
    budget: 155.2,
    fiscal: 155.2,
    purpose: "用于新媒体制作及宣传报道、主题教育活动支出",
    goal: "1.做好其他专项支出,保障单位业务开展",
    percents: [20, 40, 60, 100],
    indicators: BUSINESS,
  },
  {
    title: "3.劳务费绩效目标表",
    name: "劳务费",
    code: "13020024P00684112799E",
    budget: 66.42,
    fiscal: 66.42,
    purpose: "劳务派遣人员经费",
    goal: "1.用于人员工资福利等支出",
    percents: [25, 50, 75, 100],
    indicators: [
      [OUT, "数量指标", "保障人数", "12人", plain(12, "人")],
      [OUT, "质量指标", "工资(福利)等发放精准性", "100%", plain(100, "%")],
      [OUT, "质量指标", "社会保障(公积金)缴纳的准确性", "100%", plain(100, "%")],
      [OUT, "时效指标", "工资(福利)等发放及时性", "按规定时间发放", words],
      [OUT, "时效指标", "社会保障(公积金)缴纳的及时性", "按规定时间发放", words],
      [OUT, "成本指标", "福利发放标准", "按规定执行", words],
      [BEN, "社会效益指标", "加强人员归属感保持稳定", "≥90%", atLeast(90, "%")],
      [SAT, SAT2, "单位人员满意度", "≥90%", atLeast(90, "%")],
    ],
  },
  {
    title: "4.司法救助绩效目标表",
    name: "司法救助",
    code: "13020024P00684112796K",
    budget: 40,
    fiscal: 40,
    purpose: "用于司法救助",
    goal: "1.做好其他专项支出,保障单位业务开展",
    percents: [0, 0, 70, 100],
    indicators: BUSINESS,
  },
  {
    title: "5.网络建设与运维采购绩效目标表",
    name: "网络建设与运维采购",
    code: "13020024P00683310462K",
    budget: 88.5,
    fiscal: 88.5,
    purpose: "用于网络建设与运维采购,包含服务器及软件、网站制作等费用",
    goal: "1.主要用于网络信息系统运行维护支出",
    percents: [0, 50, 70, 100],
    indicators: [
      [OUT, "数量指标", "网络运行维护覆盖率（%）", "100%", plain(100, "%")],
      [OUT, "质量指标", "验收合格合格率（%）", "100%", plain(100, "%")],
      [OUT, "成本指标", "预算执行率", "≥90%", atLeast(90, "%")],
      [OUT, "时效指标", "完成时限", "2024年12月31日", byDate("2024-12-31")],
      [BEN, "经济效益指标", "设备使用率（%）", "≥90%", atLeast(90, "%")],
      [SAT, SAT2, "服务对象满意度", "≥90%", atLeast(90, "%")],
    ],
  },
  {
    title: "6.装备采购绩效目标表",
    name: "装备采购",
    code: "13020024P00682010759L",
    budget: 39.8,
    fiscal: 39.8,
    purpose: "拟更换3层电力机房中超期使用的UPS设备,购置笔记本、打印机等安可设备（涉密设备）",
    goal: "1.做好购置各种等工作,保障单位业务发展",
    percents: [25, 50, 75, 100],
    indicators: [
      [OUT, "数量指标", "设备和专用材料购置完成率", "100%", plain(100, "%")],
      [OUT, "质量指标", "验收合格率", "100%", plain(100, "%")],
      [OUT, "成本指标", "预算执行率", "≥90%", atLeast(90, "%")],
      [OUT, "时效指标", "购置完成时限", "2024年12月31日", byDate("2024-12-31")],
      [BEN, "社会效益指标", "提升公共服务水平", "有所提升", words],
      [SAT, SAT2, "服务对象满意度", "≥90%", atLeast(90, "%")],
    ],
  },
  {
    title: "7.关于下达检察机关2023年省级转移支付资金的通知（办案业务费）绩效目标表",
    name: "关于下达检察机关2023年省级转移支付资金的通知（办案业务费）",
    code: "13020023P00000210025J",
    budget: 3.18,
    fiscal: 3.18,
    purpose: "宣传册、展板、条幅、专用资料等印刷服务",
    goal: "1.做好专项印刷，保障单位业务开展",
    percents: [0, 50, 70, 100],
    indicators: PRINTING,
  },
  {
    title: "8.关于下达检察机关2023年中央政法转移支付资金（第二批）的通知（办案业务费）绩效目标表",
    name: "关于下达检察机关2023年中央政法转移支付资金（第二批）的通知（办案业务费）",
    code: "13020023P000002100266",
    budget: 6,
    fiscal: 6,
    purpose: "宣传册、展板、条幅、专用资料等印刷服务",
    goal: "1.做好专项印刷，保障单位业务开展",
    percents: [0, 0, 70, 100],
    indicators: PRINTING,
  },
];
