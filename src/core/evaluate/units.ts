/**
 * Units for judging: conversions inside one family (money, time, ratios …) and which units count
 * things up over the year. Spelling variants are folded by notation's canonicalUnit (天 → 日, 名 → 人, 百分比 → %).
 */
import {
  JUDGING_ALIASES,
  LEVEL_UNITS,
  SHARE_UNITS,
  STOCK_NAMES,
  UNIT_FAMILIES,
  UNIT_PREFIX_FACTORS,
} from "../locale/zh";
import { canonicalUnit as targetCanonicalUnit } from "../notation/text";
import { roundedNumber } from "../numbers";
import type { ParsedTarget } from "../types";

/** Units are few and judged millions of times: their canonical forms are memoised. */
const canonicalMemo = new Map<string, string | null>();

export function canonicalUnit(unit: string | null | undefined): string | null {
  if (unit === null || unit === undefined) return null;
  let c = canonicalMemo.get(unit);
  if (c === undefined) {
    const u = unit.trim() === "" ? null : targetCanonicalUnit(unit);
    c = u === null ? null : perYear(JUDGING_ALIASES[u] ?? u);
    if (canonicalMemo.size < 1000) canonicalMemo.set(unit, c);
  }
  return c;
}

/**
 * A target per year (≥2次/年) is the year's count: judged in the count's unit, so an actual 2次 is compared with it.
 * Targets are annual (the table's budget year), so nothing is lost.
 */
function perYear(unit: string): string {
  const m = /^(.+?)(?:\/年|每年)$/.exec(unit);
  return m ? m[1] : unit;
}

/** The unit of a number written with a word for a share: 0.97 比例 is a fraction, a clerk's 95比例 means 95%. */
export function shareUnit(value: number, unit: string | null): string | null {
  return unit !== null && SHARE_UNITS.has(unit) && Math.abs(value) > 1 ? "%" : unit;
}

/** The target as judged and scored: ≥95比例 in %, so a typed 96 or 96% reads as it should (shareUnit). */
export function judgedTarget(target: ParsedTarget): ParsedTarget {
  // Already in %: the target itself (a copy would be equal; judging asks this of every indicator).
  if (target.value === null || target.unit === null || target.unit === "%") return target;
  return shareUnit(target.value, canonicalUnit(target.unit)) === "%" ? { ...target, unit: "%" } : target;
}

/** A unit with a 万 / 亿 / 千 prefix not in any family (万平方米) → its base unit and factor; others as they are. */
function scaled(unit: string): [string, number] {
  const factor = UNIT_PREFIX_FACTORS[unit[0]];
  if (factor === undefined || unit.length < 2 || UNIT_FAMILIES.some((family) => unit in family)) return [unit, 1];
  return [unit.slice(1), factor];
}

/** `value` in unit `from` expressed in unit `to`; null when the units are not of one family. */
export function convertUnit(value: number, from: string | null, to: string | null): number | null {
  const f = canonicalUnit(from);
  const t = canonicalUnit(to);
  if (f === t) return value;
  if (f === null || t === null) return null;
  const [fb, ff] = scaled(f);
  const [tb, tf] = scaled(t);
  for (const family of UNIT_FAMILIES) {
    if (fb in family && tb in family) return (value * family[fb] * ff) / (family[tb] * tf);
  }
  return null;
}

/** True for counts and amounts (人, 次, 万元 …): they grow through the year and are pro-rated before the deadline. */
export function isCumulativeUnit(unit: string | null): boolean {
  const u = canonicalUnit(unit);
  // A bare number is most often a rate written without its "%": treat it as a level (never red early).
  if (u === null) return false;
  // A rate per period or per item (每月1次 → 次/月, 475元/亩) holds in any month: a level, not a total to pro-rate.
  // Per year was folded into the count by canonicalUnit (≥2次/年 → 次), which stays cumulative.
  if (u.includes("/")) return false;
  return !LEVEL_UNITS.has(u);
}

/**
 * Headcounts and other stocks (保障办公人数 86人, 在编人数) hold all year long: comparing them with a
 * pro-rated target would flag every table as over-achieved in July. We deviate from the default rule here
 * (docs/domain.md#where-we-differ): such names are judged against the full target, like levels.
 */
export function isStockIndicator(name: string): boolean {
  return STOCK_NAMES.some((re) => re.test(name));
}

/** Display a number with its unit: "85%", "1.8‰", "80M", "30 人". */
export function withUnit(value: number, unit: string | null): string {
  const n = roundedNumber(value);
  if (!unit) return n;
  return /^(?:%|‰|[A-Za-z0-9]+)$/.test(unit) ? `${n}${unit}` : `${n} ${unit}`;
}
