/**
 * Units for judging: conversions inside one family (money, time, ratios …) and which units count
 * things up over the year. Spelling variants are folded by notation's canonicalUnit (天 → 日, 名 → 人, 百分比 → %).
 */
import { STOCK_NAMES, FLOW_NAME, NEED_NAMES } from "../locale/zh/notation";
import {
  ATTACHED_UNIT,
  COUNT_UNITS,
  JUDGING_ALIASES,
  LEVEL_UNITS,
  SHARE_FAMILY,
  SHARE_UNITS,
  UNIT_FAMILIES,
  UNIT_PREFIX_FACTORS,
  WHOLE_ITEM_WORDS,
} from "../locale/zh/units";
import { canonicalUnit as targetCanonicalUnit, countedThing, rateBase, ratioTerm } from "../notation/text";
import { exactNumber, roundedNumber } from "../numbers";
import type { ParsedTarget } from "../types";

/** Units are few and judged millions of times: their canonical forms are memoised. */
const canonicalMemo = new Map<string, string | null>();

/** A unit as judging compares it (aliases and 每年 folded); null for none or a blank one. */
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

/** "万元/亩" → ["万元", "亩"]; a unit without "/" → [unit, null]. */
function perParts(unit: string): [string, string | null] {
  const slash = unit.indexOf("/");
  return slash > 0 ? [unit.slice(0, slash), unit.slice(slash + 1)] : [unit, null];
}

/** `value` in unit `from` expressed in unit `to`; null when the units are not of one family. */
export function convertUnit(value: number, from: string | null, to: string | null): number | null {
  const f = canonicalUnit(from);
  const t = canonicalUnit(to);
  if (f === t) return value;
  if (f === null || t === null) return null;
  // Ratios (1.2:1, 6:5, 1:15): a:b is a/b to 1; a share too (1:1 is 100%).
  const [fTerm, tTerm] = [ratioTerm(f), ratioTerm(t)];
  if (fTerm !== null || tTerm !== null) {
    const [fPer, tPer] = [fTerm ?? 100 / (SHARE_FAMILY[f] ?? NaN), tTerm ?? 100 / (SHARE_FAMILY[t] ?? NaN)];
    return Number.isNaN(fPer) || Number.isNaN(tPer) ? null : (value * tPer) / fPer;
  }
  // Rates per a round base (8/10万, 0.5人/万人) and shares (%, ‰, ‱): one family, in per cent (rateShare).
  const [fShare, tShare] = [rateShare(f), rateShare(t)];
  if (fShare && tShare && (rateBase(f) || rateBase(t))) {
    const counted = fShare.counted === null || tShare.counted === null || fShare.counted === tShare.counted;
    return counted ? (value * fShare.percent) / tShare.percent : null;
  }
  // Things counted by their measure word (1个平台): the same count as the measure word alone (1个) or with the same thing.
  const [fThing, tThing] = [countedThing(f), countedThing(t)];
  if (fThing || tThing) {
    const [fMeasure, tMeasure] = [fThing?.measure ?? f, tThing?.measure ?? t];
    const sameThing = !fThing || !tThing || fThing.thing === tThing.thing;
    return fMeasure === tMeasure && sameThing ? value : null;
  }
  // A rate per one same thing (万元/亩 and 元/亩, 万人/村 and 人/村): its numerators converted.
  const [fNum, fPer] = perParts(f);
  const [tNum, tPer] = perParts(t);
  if (fPer !== null || tPer !== null) return fPer === tPer ? convertUnit(value, fNum, tNum) : null;
  const [fb, ff] = scaled(f);
  const [tb, tf] = scaled(t);
  for (const family of UNIT_FAMILIES) {
    // At Excel's 15 digits: 1.2万元 is 12000 元, not 11999.999999999998 (short of 超额 at 120 % of ≥10000元).
    if (fb in family && tb in family) return Number(((value * family[fb] * ff) / (family[tb] * tf)).toPrecision(15));
  }
  return null;
}

/** A share (%, ‰, ‱, 比例) or a rate per a round base (/10万: 0.001 %) in per cent, with what it counts (人, 例). */
function rateShare(unit: string): { percent: number; counted: string | null } | null {
  const base = rateBase(unit);
  if (base) return { percent: 100 / base.per, counted: base.counted };
  const percent = SHARE_FAMILY[unit];
  return percent === undefined ? null : { percent, counted: null };
}

/** True for counts and amounts (人, 次, 万元 …): they grow through the year and are pro-rated before the deadline. */
export function isCumulativeUnit(unit: string | null): boolean {
  const u = canonicalUnit(unit);
  // A bare number is most often a rate written without its "%": treat it as a level (never red early).
  if (u === null) return false;
  // A rate per period or per item (每月1次 → 次/月, 475元/亩) holds in any month: a level, not a total to pro-rate.
  // Per year was folded into the count by canonicalUnit (≥2次/年 → 次), which stays cumulative.
  if (u.includes("/") || ratioTerm(u) !== null) return false; // a ratio (1.2:1) holds at any date too
  return !LEVEL_UNITS.has(u);
}

/** A unit we know (元, 万元, 人次, 亩, %, 台 …): a word in brackets after a number is its unit only then (4800000（元）). */
export function isKnownUnit(unit: string): boolean {
  const u = canonicalUnit(unit);
  return u !== null && (COUNT_UNITS.includes(u) || LEVEL_UNITS.has(u) || UNIT_FAMILIES.some((family) => u in family));
}

/** A unit counting whole things (台, 套, 个平台, 人), not an amount (万元, 万人, 亩, 公里): WHOLE_ITEM_WORDS. */
export function isWholeItemUnit(unit: string | null): boolean {
  const u = canonicalUnit(unit);
  return u !== null && WHOLE_ITEM_WORDS.has(u[0]);
}

const TRAILING_BRACKETS = /\s*[（(][^（）()]*[）)]\s*$/;

/**
 * Headcounts and other stocks (保障办公人数 86人, 在编人数) hold all year long: comparing them with a
 * pro-rated target would flag every table as over-achieved in July. We deviate from the default rule here
 * (docs/domain.md#where-we-differ): such names are judged against the full target, like levels.
 */
export function isStockIndicator(name: string, target?: ParsedTarget): boolean {
  // A unit in brackets after the name (湿地保有量(公顷), 债务余额（万元）) is no part of what it counts.
  const counted = name.replace(TRAILING_BRACKETS, "");
  if (FLOW_NAME.test(counted)) return false;
  // People in need named alone are a stock only where the target holds them down (NEED_NAMES).
  return STOCK_NAMES.some((re) => re.test(counted)) || (NEED_NAMES.test(counted) && !toReach(target));
}

/** A number to reach (≥100人, 100户, 80–100人), not one to hold down (≤, <, 较上年减少): targetSide without a cap. */
function toReach(target: ParsedTarget | undefined): boolean {
  if (!target || (target.kind !== "number" && target.kind !== "range")) return false;
  return target.op !== "<=" && target.op !== "<";
}

/**
 * A count or an amount the year builds up (培训人数, 项目支出): pro-rated before the deadline, and what the year adds to it
 * is its count (新增50人: readActual). Levels (%, 分) and stocks (在册人数) hold all year long.
 */
export function isYearCount(target: ParsedTarget, name: string): boolean {
  return isCumulativeUnit(canonicalUnit(target.unit)) && !isStockIndicator(name, target);
}

/**
 * Display a number with its unit: "85%", "1.8‰", "80M", "8/10万", "30 人" (ATTACHED_UNIT, as targets are shown). exact:
 * every digit (exactNumber), not two decimals.
 */
export function withUnit(value: number, unit: string | null, exact = false): string {
  const term = ratioTerm(unit);
  if (term !== null) return ratioText(value, term);
  const n = exact ? exactNumber(value) : roundedNumber(value);
  if (!unit) return n;
  return ATTACHED_UNIT.test(unit) ? `${n}${unit}` : `${n} ${unit}`;
}

/**
 * A ratio `value:term` as a clerk writes it: an actual of 1:14 is judged as 15/14 in a 1:15 target's unit, and shown
 * 1:14, not 1.07:15 — the shorter of `value:term` and `1:term/value` that is exact at two decimals (0.75:15 is 1:20;
 * 1.3:1 stays), else `1:…` for a second term other than 1.
 */
export function ratioText(value: number, term: number): string {
  const exact = (x: number) => Math.abs(Number(roundedNumber(x)) - x) < 1e-9;
  const asWritten = `${roundedNumber(value)}:${roundedNumber(term)}`;
  if (value <= 0 || !Number.isFinite(term / value)) return asWritten;
  const perOne = `1:${roundedNumber(term / value)}`;
  if (exact(value) && (!exact(term / value) || asWritten.length <= perOne.length)) return asWritten;
  return exact(term / value) || term !== 1 ? perOne : asWritten;
}

/**
 * An actual more than this many times its target, both read in a unit with a magnitude (万元, 万亩, 万人次, 亿元), is
 * no result but a unit slip: a planned target is overshot by a few times at most, and a clerk who types the count
 * (4800000 元, 11000 亩) against ≥500万元 / ≥1.2万亩 lands at 10⁴ × the intended number. Same idea as 执行数 far above
 * 预算数 (core/money.ts), stricter (×1000, not ×100) because a target, unlike a budget, can honestly be beaten.
 */
export const IMPLAUSIBLE_ACTUAL_TIMES = 1000;
/**
 * A share above this many percent is ten times the whole: typed wrong (9500 for 95.00, a count against 100%), unless
 * the indicator names a growth (ParsedTarget.growth). Said, not judged (actual.not-a-percent).
 */
export const MOST_PERCENT = 1000;

interface UnitSlip {
  unit: string | null;
  value: number;
  times: number;
}

/** Read in the smaller unit, the actual must then lie within this many times the target either way to be believed. */
const SLIP_PLAUSIBLE_TIMES = 10;

/**
 * What a number typed without a unit probably meant, when read in the target's unit it is implausible
 * (IMPLAUSIBLE_ACTUAL_TIMES × a positive target in a unit with a 万 / 亿 / 千 magnitude):
 * - `unit` the smaller unit it was typed in (元 for 万元, 亩 for 万亩; 万元 before 元 for 亿元) and `value` the number
 *   in the target's unit — when read in that unit it lies within SLIP_PLAUSIBLE_TIMES of the target either way;
 * - `unit` null when no smaller unit makes it plausible (48000000 against ≥5万人次): a slip of some other kind.
 * `times`: the actual read in the target's unit ÷ the target.
 * Null when the reading in the target's unit is believable, or the target has no magnitude. One rule for the check,
 * the score and PERF.STATUS: readActual applies it (docs/domain.md#actual-values).
 */
export function unitSlip(amount: number, target: ParsedTarget): UnitSlip | null {
  if (target.kind !== "number" && target.kind !== "range") return null;
  const reference = Math.max(target.value ?? 0, target.high ?? 0);
  const unit = canonicalUnit(target.unit);
  if (!(reference > 0) || unit === null || !(amount >= reference * IMPLAUSIBLE_ACTUAL_TIMES)) return null;
  const smaller = smallerUnits(unit);
  if (smaller.length === 0) return null;
  const times = amount / reference;
  for (const typedIn of smaller) {
    const value = convertUnit(amount, typedIn, unit);
    if (value === null) continue;
    const meant = value / reference;
    if (meant >= 1 / SLIP_PLAUSIBLE_TIMES && meant <= SLIP_PLAUSIBLE_TIMES) return { unit: typedIn, value, times };
  }
  return { unit: null, value: amount, times };
}

/**
 * The units without a unit's magnitude a clerk may type in, nearest first: 万元 → 元, 万亩 → 亩, 亿元 → 万元, 元,
 * 万元/亩 → 元/亩; none for a unit without one (元, 人, 千克 — a unit of its own, not 千 × 克).
 */
function smallerUnits(unit: string): string[] {
  const factor = UNIT_PREFIX_FACTORS[unit[0]];
  if (factor === undefined || unit.length < 2) return [];
  const base = unit.slice(1);
  const found: string[] = [];
  for (const [prefix, f] of Object.entries(UNIT_PREFIX_FACTORS).sort(([, a], [, b]) => b - a)) {
    if (f < factor && isAbout(convertUnit(1, unit, prefix + base), factor / f)) found.push(prefix + base);
  }
  if (isAbout(convertUnit(1, unit, base), factor)) found.push(base);
  return found;
}

/** Equal but for floating-point rounding (万亩 → 亩 goes through 平方米: 10000 / 15 × 10000 ÷ 10000 / 15). */
const isAbout = (x: number | null, y: number) => x !== null && Math.abs(x / y - 1) < 1e-9;
