/**
 * Units as Chinese tables write them: aliases, time units, frequency bases, money and its conversion to 万元,
 * count units. Matched against compact text (see notation.ts).
 */
import { table } from "./table";

/**
 * Units as written → canonical unit. Tried longest first, case-sensitive.
 * 天 and 日 are one unit (日); 百分比 is %; 个工作日 is 工作日; 钟头 is 小时.
 */
export const UNIT_ALIASES: Readonly<Record<string, string>> = table({
  "%": "%",
  "‰": "‰",
  "‱": "‱",
  百分比: "%",
  百分点: "百分点",
  个百分点: "百分点",
  人次: "人次",
  万人次: "万人次",
  万人: "万人",
  人: "人",
  名: "人",
  // Ages (培训对象 18—54周岁, 吕梁 2021): 周岁 is 岁.
  周岁: "岁",
  岁: "岁",
  次: "次",
  个: "个",
  件: "件",
  项: "项",
  台套: "台套",
  台: "台",
  套: "套",
  辆: "辆",
  份: "份",
  场: "场",
  场次: "场次",
  户: "户",
  家: "家",
  篇: "篇",
  册: "册",
  本: "本",
  张: "张",
  条: "条",
  处: "处",
  所: "所",
  座: "座",
  间: "间",
  批: "批",
  期: "期",
  班: "班",
  课时: "课时",
  学时: "学时",
  门: "门",
  节: "节",
  部: "部",
  支: "支",
  组: "组",
  队: "队",
  笔: "笔",
  宗: "宗",
  起: "起",
  例: "例",
  床: "床",
  株: "株",
  棵: "棵",
  头: "头",
  只: "只",
  个点: "个点",
  点: "点",
  万元: "万元",
  亿元: "亿元",
  千元: "千元",
  元: "元",
  万: "万",
  亿: "亿",
  工作日: "工作日",
  个工作日: "工作日",
  天: "日",
  日: "日",
  周: "周",
  星期: "周",
  个星期: "周",
  个月: "个月",
  月: "月",
  年: "年",
  小时: "小时",
  钟头: "小时",
  个小时: "小时",
  分钟: "分钟",
  秒: "秒",
  分: "分",
  公里: "公里",
  千米: "公里",
  km: "公里",
  米: "米",
  厘米: "厘米",
  毫米: "毫米",
  平方米: "平方米",
  立方米: "立方米",
  "㎡": "平方米",
  m2: "平方米",
  "m²": "平方米",
  // Upper case as clerks also type it (6000M2: verdict66, “应填写数值” before).
  M2: "平方米",
  "M²": "平方米",
  平米: "平方米",
  "m³": "立方米",
  m3: "立方米",
  M3: "立方米",
  "M³": "立方米",
  "㎥": "立方米",
  m: "米",
  cm: "厘米",
  mm: "毫米",
  亩: "亩",
  公顷: "公顷",
  // Electricity: 千瓦时, as tables also write it (kWh, kW·h, 度电); a bare 度 is read as it when the name is about
  // electricity (ELECTRICITY_NAME), else kept as written (温度 18度).
  千瓦时: "千瓦时",
  "千瓦·时": "千瓦时",
  度电: "千瓦时",
  kWh: "千瓦时",
  kwh: "千瓦时",
  KWh: "千瓦时",
  KWH: "千瓦时",
  "kW·h": "千瓦时",
  "kw·h": "千瓦时",
  "KW·H": "千瓦时",
  吨: "吨",
  千克: "千克",
  公斤: "千克",
  kg: "千克",
  M: "M",
  Mb: "Mb",
  MB: "MB",
  Mbps: "Mbps",
  G: "G",
  GB: "GB",
  Gbps: "Gbps",
  T: "T",
  TB: "TB",
  K: "K",
  KB: "KB",
});

/** Prefixes that scale any unit: 万平方米, 亿元, 千米 (when not an alias of its own). */
export const UNIT_PREFIXES: readonly string[] = ["万", "亿", "千"];
export const UNIT_PREFIX_FACTORS: Readonly<Record<string, number>> = table({ 万: 10_000, 亿: 100_000_000, 千: 1000 });
/** Traditional characters of a magnitude (1.2萬, 3億元): folded to 万 / 亿 with the other look-alikes (normalizeText). */
export const TRADITIONAL_MAGNITUDES: Readonly<Record<string, string>> = { 萬: "万", 億: "亿" };
/** The prefixes that scale any unit they lead (1.2万人次, 3亿人次); 千 often starts a unit of its own (千米, 千克). */
export const LEADING_MAGNITUDES: Readonly<Record<string, number>> = table({ 万: 10_000, 亿: 100_000_000 });
/**
 * Words for a magnitude alone, as a number format shows them after a scaled number (`0!.0,"万"` shows 123456 as
 * 12.3万, `#,##0.00,,"百万"` 6000000 as 6.00百万): the shown number times this is the number typed.
 */
export const SCALE_WORDS: Readonly<Record<string, number>> = table({
  千: 1000,
  万: 10_000,
  十万: 100_000,
  百万: 1_000_000,
  千万: 10_000_000,
  亿: 100_000_000,
});

/**
 * Units whose numbers are written without a space in the normalised text and in findings ("90%", "80M", "10/10万",
 * "1/月", a ratio's "1.2:1"); others get one ("86 人", "1.5 人/万人").
 */
export const ATTACHED_UNIT = /^(?:%|‰|‱|\/.+|[A-Za-z0-9]+|:\d+(?:\.\d+)?)$/;

/**
 * A rate per a round base (docs/domain.md#notation), as health and safety targets write it: `≤10/10万` (per 100 000),
 * `≤5/万`, `≤1/100万`, `≤1.5人/万人`, `18例/10万人口`. After the `/`: digits and a magnitude (SCALE_WORDS) or a power of ten of at least 1000 (`/1000`), then perhaps who it is counted among (RATE_BASE_WORDS); before it,
 * perhaps what is counted (人, 例). `/万元`, `/千克`, `/亩` are no such base: 元/万元 and 元/千克 stay prices.
 */
export const RATE_BASE_WORDS: readonly string[] = ["常住人口", "户籍人口", "人口", "活产", "人", "名", "户"];
/** The smallest base read as a rate per base (`/1000`); `/100` is a share written as a fraction, not read. */
export const RATE_BASE_MIN = 1000;
/** Chinese fractions of a round base (千分之五 = 5‰, 万分之五 = 5/万, 十万分之一 = 1/10万): the base as a rate writes it. */
export const CHINESE_FRACTION_BASES: Readonly<Record<string, string>> = table({
  千: "‰",
  万: "/万",
  十万: "/10万",
  百万: "/100万",
});

/** Units of time: with ≤ / 内 a quantity in these is a duration (`7日内`, `3个月以内`). */
export const TIME_UNITS: readonly string[] = ["工作日", "日", "周", "个月", "月", "年", "小时", "分钟", "秒"];

/** Frequency bases: `每月1次`, `1次/月` → unit "次/月". */
export const PER_WORDS: Readonly<Record<string, string>> = table({
  日: "日",
  天: "日",
  周: "周",
  月: "月",
  季度: "季度",
  季: "季度",
  半年: "半年",
  年: "年",
  人: "人",
  户: "户",
  次: "次",
  // Per student (每生每年 2000元, 1500元/生/学期: 资助 and 生均公用经费 standards), per term.
  生: "生",
  学期: "学期",
  // Unit prices per quantity: 475元/亩, 2875元/个, 3000元/平方米 (扶贫 and construction cost standards).
  亩: "亩",
  个: "个",
  平方米: "平方米",
  米: "米",
  公里: "公里",
  吨: "吨",
  株: "株",
  台: "台",
  件: "件",
  套: "套",
});

/** `每月1次`, `每季度`: the frequency word before a base of PER_WORDS. */
export const PER_PREFIX_WORD = "每";
/** `月均1次`, `日均100人`: an average per period is a frequency too (年均 is the year's count, read as before). */
export const PER_AVERAGE: Readonly<Record<string, string>> = table({
  日均: "日",
  周均: "周",
  月均: "月",
  季均: "季度",
  // An average per head is a base too: 生均2000元 is 2000 元/生, 人均增收500元 500 元/人.
  生均: "生",
  人均: "人",
  户均: "户",
});

/**
 * A remark after an amount that says the money is not (yet) spent (docs/domain.md#schedule, read/text.ts
 * amountWritten): a negation or a wait right before a word of paying or using money (未支付, 尚未拨付, 暂未到账, 没有动用,
 * 待报账, 未报销, 未执行, 未下达); or words for a figure that is no spending (预计, 暂估, 预算, 计划, 拟, 应付, 合同, 申请,
 * 审批中, 冻结, 挂账) unless the remark also says it is paid (已支付, 按合同已拨付). Remarks about anything else stay
 * remarks: 含税, 未含税, 不含税, 未经审计, 已结算, 累计.
 */
export const NOT_PAID_WORDS = {
  unpaid: /(?:未|没有?|待)(?:能|曾)?(?:支|付|拨|报|结|兑|到|执行|使用|动用|发放|划|列支|核销|下达|开票|缴)/,
  notSpending: /预计|预估|估算|暂估|预算|计划|拟|应付|合同|申请|审批|审核中|冻结|挂账/,
  paid: /已(?:经)?(?:支|付|拨|报|结|兑|到|执行|使用|动用|发放|划|列支|核销|缴)/,
};

/** Units that are money amounts. */
export const MONEY_UNITS: readonly string[] = ["万元", "亿元", "千元", "元"];
/** A bare `万` / `亿` is money in a money context: `250万` → 250 万元. */
export const MONEY_SHORTHAND: Readonly<Record<string, string>> = table({ 万: "万元", 亿: "亿元" });

/** Money units → factor to 万元 (the unit every amount is shown in); 万 / 亿 alone are money shorthand. */
export const MONEY_IN_WAN: Readonly<Record<string, number>> = table({
  元: 0.0001,
  千元: 0.1,
  万元: 1,
  万: 1,
  亿元: 10_000,
  亿: 10_000,
});

/** An amount in 万元 from one written in a money unit (unknown units: as written). Rounded to 8 decimals. */
export function toWan(amount: number, unit: string): number {
  return Math.round(amount * (MONEY_IN_WAN[unit] ?? 1) * 1e8) / 1e8;
}

/** Count units (canonical, see UNIT_ALIASES): things counted one by one, never a rate. */
export const COUNT_UNITS: readonly string[] = [
  "人",
  "人次",
  "个",
  "次",
  "件",
  "项",
  "台",
  "套",
  "台套",
  "辆",
  "份",
  "场",
  "场次",
  "户",
  "家",
  "篇",
  "册",
  "本",
  "张",
  "条",
  "处",
  "所",
  "批",
  "期",
  "笔",
  "宗",
  "起",
  "例",
];

/**
 * Measure words of whole things (1台, 1套系统, 1座桥, 1人): a target of one such thing cannot be 2/12 delivered, so it
 * is judged at its deadline. A unit is one when it starts with one of these; amounts (万元, 万人, 亩, 公里, 吨) are not.
 */
export const WHOLE_ITEM_WORDS: ReadonlySet<string> = new Set([
  ...COUNT_UNITS.filter((u) => u.length === 1),
  ..."名座部栋幢间艘架只头口眼门组轮届单块位",
]);

/** Units written as they stand in text, for every canonical unit in `canonical` (天 and 日 for 日). */
export function writtenForms(canonical: readonly string[]): string[] {
  return Object.keys(UNIT_ALIASES).filter((w) => canonical.includes(UNIT_ALIASES[w]));
}

// ───────────────────────────── Judging ─────────────────────────────

/** After canonicalUnit's folding (天 → 日, 名 → 人): shorthand and ratio words that judging treats as one unit. */
export const JUDGING_ALIASES: Readonly<Record<string, string>> = {
  万: "万元",
  亿: "亿元",
  百分点: "%",
};

/** Words naming a share (视频监控在线率 ≥0.97比例): a fraction with them, or a percentage when above 1. */
export const SHARE_UNITS: ReadonlySet<string> = new Set(["比例", "比率"]);

/**
 * Shares in per cent. A share written as a fraction with the word for it (视频监控在线率 ≥0.97比例): 0.97 比例 is 97%.
 * The rates per a round base (/10万 is 0.001 %: evaluate/units.ts rateShare) convert with them.
 */
export const SHARE_FAMILY: Readonly<Record<string, number>> = table({
  "%": 1,
  "‰": 0.1,
  "‱": 0.01,
  比例: 100,
  比率: 100,
});

/** Families whose members convert into each other: factor to the family's base unit. */
export const UNIT_FAMILIES: readonly Readonly<Record<string, number>>[] = [
  { ...MONEY_IN_WAN },
  { ...SHARE_FAMILY },
  // A year is twelve months exactly (一年 meets ≤12个月, 一年半 ≤18个月): this family is found first for the pair.
  { 个月: 1, 月: 1, 年: 12 },
  // Months and years are approximated (30 / 365 days) against days and weeks; only used when target and actual differ.
  { 秒: 1 / 86400, 分钟: 1 / 1440, 小时: 1 / 24, 日: 1, 周: 7, 个月: 30, 月: 30, 年: 365 },
  { 人: 1, 万人: 10000 },
  { 人次: 1, 万人次: 10000 },
  { 米: 1, 公里: 1000 },
  { 千克: 1, 吨: 1000 },
  { 平方米: 1, 亩: 10000 / 15, 公顷: 10000 },
  // 1 度 (of electricity) is 1 千瓦时.
  { 千瓦时: 1, 度: 1 },
];

/** The unit of a score (满意度 ≥90分): a share of a whole in it is never above 100 分 (actual.over-whole). */
export const POINTS_UNIT = "分";

/**
 * Calendar days and working days (canonical): a span of the first holds no more of the second, so calendar days within
 * a cap of working days are within it (5天 under ≤7工作日: verdict67).
 */
export const DAY_UNIT = "日";
export const WORKDAY_UNIT = "工作日";

/**
 * Rates and levels: compared with the full target at any date, never pro-rated.
 * Every other unit (人 次 个 件 台 万元 …) is a cumulative quantity counted up over the year.
 */
export const LEVEL_UNITS: ReadonlySet<string> = new Set([
  "%",
  "‰",
  "‱",
  "比例",
  "比率",
  "分",
  "星",
  "级",
  "倍",
  "M",
  "Mb",
  "MB",
  "Mbps",
  "G",
  "GB",
  "Gbps",
  "T",
  "TB",
  "K",
  "KB",
  "℃",
  "度",
]);

/** 人次 against 人, either way (verdict64): visits count each time, one person many times — said why no conversion. */
export const visitsAndPeople = (unit: string, targetUnit: string): boolean =>
  (unit === "人次" && targetUnit === "人") || (unit === "人" && targetUnit === "人次");

/**
 * A time written in two units, the larger first (1小时30分钟, 2天12小时, 1年6个月: verdict65, “2 个数” before): the
 * larger unit, the smaller as written, and how many of the smaller make one of the larger.
 */
export const TIME_IN_TWO_UNITS = /^(\d+)(小时|天|日|年)零?(\d+(?:\.\d+)?)(分钟|分|小时|个月)$/;
export const SMALLER_TIME_UNIT: Readonly<Record<string, readonly [smaller: string, per: number]>> = {
  小时分钟: ["分钟", 60],
  小时分: ["分钟", 60],
  天小时: ["小时", 24],
  日小时: ["小时", 24],
  年个月: ["个月", 12],
};

/** A unit per year as written (次/年): a count without a period is the year's (verdict66: 每月1次 under ≥12次). */
export const PER_YEAR = "/年";
