/**
 * Units for judging: conversions inside one family (money, time, ratios …) and which units count
 * things up over the year. Spelling variants are folded by T's canonicalUnit (天 → 日, 名 → 人, 百分比 → %).
 */
import { canonicalUnit as targetCanonicalUnit } from "../target/text";

/** After T's folding: shorthand and ratio words that judging treats as one unit. */
const JUDGING_ALIASES: Record<string, string> = {
  万: "万元",
  亿: "亿元",
  百分点: "%",
};

/** Families whose members convert into each other: factor to the family's base unit. */
const FAMILIES: Record<string, number>[] = [
  { 元: 0.0001, 千元: 0.001, 万元: 1, 亿元: 10000 },
  { "%": 1, "‰": 0.1 },
  // Months and years are approximated (30 / 365 days); only used when target and actual differ.
  { 秒: 1 / 86400, 分钟: 1 / 1440, 小时: 1 / 24, 日: 1, 周: 7, 个月: 30, 月: 30, 年: 365 },
  { 人: 1, 万人: 10000 },
  { 人次: 1, 万人次: 10000 },
  { 米: 1, 公里: 1000 },
  { 千克: 1, 吨: 1000 },
  { 平方米: 1, 亩: 10000 / 15, 公顷: 10000 },
];

/**
 * Rates and levels: compared with the full target at any date, never pro-rated.
 * Every other unit (人 次 个 件 台 万元 …) is a cumulative quantity counted up over the year.
 */
const LEVEL_UNITS = new Set([
  "%",
  "‰",
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

/** Units are few and judged millions of times: their canonical forms are memoised. */
const canonicalMemo = new Map<string, string | null>();

export function canonicalUnit(unit: string | null | undefined): string | null {
  if (unit === null || unit === undefined) return null;
  let c = canonicalMemo.get(unit);
  if (c === undefined) {
    const u = unit.trim() === "" ? null : targetCanonicalUnit(unit);
    c = u === null ? null : (JUDGING_ALIASES[u] ?? u);
    if (canonicalMemo.size < 1000) canonicalMemo.set(unit, c);
  }
  return c;
}

/** `value` in unit `from` expressed in unit `to`; null when the units are not of one family. */
export function convertUnit(value: number, from: string | null, to: string | null): number | null {
  const f = canonicalUnit(from);
  const t = canonicalUnit(to);
  if (f === t) return value;
  if (f === null || t === null) return null;
  for (const family of FAMILIES) {
    if (f in family && t in family) return (value * family[f]) / family[t];
  }
  return null;
}

/** True for counts and amounts (人, 次, 万元 …): they grow through the year and are pro-rated before the deadline. */
export function isCumulativeUnit(unit: string | null): boolean {
  const u = canonicalUnit(unit);
  // A bare number is most often a rate written without its "%": treat it as a level (never red early).
  if (u === null) return false;
  return !LEVEL_UNITS.has(u);
}

/**
 * Headcounts and other stocks (保障办公人数 86人, 在编人数) hold all year long: comparing them with a
 * pro-rated target would flag every table as over-achieved in July. We deviate from DOMAIN §6 here
 * (README, "Where we chose otherwise"): such names are judged against the full target, like levels.
 */
const STOCK_NAMES = [
  /(保障|供养|在编|在职|在岗|编制|聘用|派遣|现有|实有)\S*人数/,
  /(人员|职工|干警)(数量|人数)$/,
  /^(保障|在编|在职)人数$/,
];

export function isStockIndicator(name: string): boolean {
  return STOCK_NAMES.some((re) => re.test(name));
}

/** Display a number with its unit: "85%", "1.8‰", "80M", "30 人". */
export function withUnit(value: number, unit: string | null): string {
  const n = formatNumber(value);
  if (!unit) return n;
  return /^(?:%|‰|[A-Za-z0-9]+)$/.test(unit) ? `${n}${unit}` : `${n} ${unit}`;
}

/** At most two decimals, no trailing zeros: 50.1666 → "50.17", 86 → "86". */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
