/**
 * Text helpers of target notation: normalising, dates, quantities and the direction of an indicator.
 * Pure functions; the vocabulary comes from locale/zh.
 */
import { say, type Message } from "../locale/messages";
import { memoizeString } from "../memo";
import { alternation } from "../regExp";
import { isPlausibleYear, lastDayOfMonth, makeIso } from "../dates";
import { foldTraditional } from "../locale/zh/traditional";
import {
  DEADLINE_PREFIXES,
  DEADLINE_SUFFIXES,
  MONTH_END_WORDS,
  NAMED_DEADLINES,
  YEAR_QUARTER,
  TEN_DAY_PARTS,
  WITHIN_WORDS,
  YEAR_END_RESTS,
} from "../locale/zh/calendar";
import {
  ACTUAL_NUMBER_PREFIX,
  ACTUAL_NUMBER_SUFFIX,
  ACTUAL_ROUGHLY_MORE,
  TIME_ROUGHLY_MORE,
} from "../locale/zh/grades";
import {
  APPROX_SUFFIXES,
  BAD_THING_WORDS,
  FILLER_SUFFIXES,
  RANGE_SUFFIXES,
  SUFFIX_OPS,
  COST_LEVEL_WORDS,
  COST_NAME_WORDS,
  SHARE_OR_PRICE_NAME,
  DATE_CONTEXT_WORDS,
  DURATION_CONTEXT_WORDS,
  FORM_HINT_SOURCE,
  GOOD_HANDLING_WORDS,
  LENGTH_TO_REACH_WORDS,
  GOOD_IN_COST_WORDS,
  MONEY_CONTEXT_WORDS,
  PREFIX_OPS,
  REACH_WORDS,
  RATIO_SEPARATORS,
} from "../locale/zh/notation";
import {
  CHINESE_NUMERAL_CHARS,
  CHINESE_NUMERAL_UNITS,
  chineseInteger,
  leadingCapitalNumerals,
  leadingChineseDecimal,
  leadingHalfSpan,
  leadingTenths,
  leadingLargeNumeral,
  leadingSmallNumeral,
  twoReadings,
} from "../locale/zh/numerals";
import {
  CHINESE_FRACTION_BASES,
  MONEY_UNITS,
  PER_WORDS,
  RATE_BASE_MIN,
  RATE_BASE_WORDS,
  SCALE_WORDS,
  TIME_UNITS,
  UNIT_ALIASES,
  WHOLE_ITEM_WORDS,
  UNIT_PREFIXES,
  TRADITIONAL_MAGNITUDES,
} from "../locale/zh/units";

// ───────────────────────────── Normalising ─────────────────────────────

/** Look-alike symbols folded to the ones the parser knows. */
const SYMBOL_FOLD: Readonly<Record<string, string>> = {
  "﹪": "%",
  "≧": "≥",
  "⩾": "≥",
  "≦": "≤",
  "⩽": "≤",
  "﹤": "<",
  "﹥": ">",
  "﹦": "=",
  "〜": "~",
  // Box-drawing and other look-alikes typed as signs in published tables (═ for =).
  "═": "=",
  "＝": "=",
  "−": "-",
  "‐": "-",
  "‑": "-",
  "﹣": "-",
  "．": ".",
  "（": "(",
  "）": ")",
  ...TRADITIONAL_MAGNITUDES,
};
const NEEDS_FOLD = new RegExp(`[\uff01-\uff5e${Object.keys(SYMBOL_FOLD).join("")}]`);
const SPACE_LIKE = /[\s\u00a0\u3000\u2000-\u200a\u202f\u205f]+/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * Full-width ASCII forms (digits, letters, ％＜＞＝，（）～－ …) → ASCII, look-alike comparators folded
 * (≧ → ≥), invisible characters dropped, runs of spaces (also ideographic) collapsed to one, trimmed.
 */
export const normalizeText = memoizeString(foldText);

function foldText(s: string): string {
  if (!NEEDS_FOLD.test(s)) return unitsAfterNumbers(s.replace(INVISIBLE, "").replace(SPACE_LIKE, " ").trim());
  let out = "";
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else out += SYMBOL_FOLD[ch] ?? ch;
  }
  return unitsAfterNumbers(out.replace(INVISIBLE, "").replace(SPACE_LIKE, " ").trim());
}

/** The Han characters right after a number: where a unit stands (`2個以上`, `3.69萬元`, `5 場次`). */
const AFTER_NUMBER = /(?<=\d ?)[\u4e00-\u9fff]{1,6}/g;

/**
 * A unit written in traditional characters right after its number (`2個以上`, `≥3項`, `10戶`, `2個項目`, 惠安 2025)
 * in its simplified form, so it is the unit the simplified one is (個 is 个): only the words after a number that
 * begin with a unit; the rest of the text is left as written.
 */
function unitsAfterNumbers(s: string): string {
  if (!/\d ?[\u4e00-\u9fff]/.test(s)) return s;
  return s.replace(AFTER_NUMBER, (run) => {
    const folded = foldTraditional(run);
    return folded !== run && LEADING_UNIT.test(folded) ? folded : run;
  });
}

const QUOTES = /^["'“”‘’「」『』]+|["'“”‘’「」『』]+$/g;
const TRAILING_PUNCTUATION = /[。；;，,、.]+$/;
const TWO_CHAR_COMPARATORS: readonly (readonly [RegExp, string])[] = [
  [/>=|=>|≥=/g, "≥"],
  [/<=|=<|≤=/g, "≤"],
  [/==/g, "="],
];

/** Normalised text without any space, quotes or trailing punctuation, `>=` written `≥`: what the parser matches. */
export const compactText = memoizeString(compact);

function compact(s: string): string {
  return foldComparators(normalizeText(s).replace(/ /g, "").replace(QUOTES, "").replace(TRAILING_PUNCTUATION, ""));
}

/** Two-character comparators as one sign: `>=` → `≥`, `=<` → `≤`. */
export function foldComparators(s: string): string {
  let c = s;
  for (const [re, sym] of TWO_CHAR_COMPARATORS) c = c.replace(re, sym);
  return c;
}

// ───────────────────────────── Numbers ─────────────────────────────

/**
 * A number written with thousands separators: one to three digits, then groups of exactly three after each comma, with no
 * digit (or comma) just before or after. In Chinese tables a comma between numbers is as often a list (`1100,650`: four
 * digits before the comma, `1,2345`: four after) — those stay two numbers.
 */
const THOUSANDS = /(?<![\d,.])\d{1,3}(?:,\d{3})+(?!,?\d)(?:\.\d+)?/g;
const CN_NUM = `[${CHINESE_NUMERAL_CHARS}]+`;
const CN_COUNT_UNIT = `(?:${CHINESE_NUMERAL_UNITS.join("|")})`;
const CN_BEFORE_UNIT = new RegExp(`(^|[^\\d${CHINESE_NUMERAL_CHARS}万第])(${CN_NUM})(?=${CN_COUNT_UNIT})`, "g");
const CN_PERCENT = new RegExp(`百分之(${CN_NUM})(?:点([零〇一二三四五六七八九]+))?`, "g");
const CN_FRACTION = new RegExp(
  `(${alternation(Object.keys(CHINESE_FRACTION_BASES))})分之(${CN_NUM}|\\d+(?:\\.\\d+)?)`,
  "g",
);

/**
 * Thousands separators dropped, `两次` → `2次`, `百分之九十` → `90%`, `百分之九十六点五` → `96.5%`, `千分之五` → `5‰`,
 * `十万分之一` → `1/10万`. Works on compact text.
 */
export function westernNumbers(s: string): string {
  return s
    .replace(THOUSANDS, (m) => m.replace(/,/g, ""))
    .replace(CN_FRACTION, (m, base: string, n: string) => {
      const v = /\d/.test(n) ? Number(n) : chineseInteger(n);
      return v === null ? m : `${v}${CHINESE_FRACTION_BASES[base]}`;
    })
    .replace(CN_PERCENT, (m, n: string, tenths?: string) => {
      const v = chineseInteger(n);
      // 百分之九十六点五: its decimals digit by digit (verdict66: “应填写数值” before).
      const decimals = tenths ? [...tenths].map((c) => chineseInteger(c)).join("") : "";
      return v === null ? m : `${v}${decimals ? `.${decimals}` : ""}%`;
    })
    .replace(CN_BEFORE_UNIT, (m, before: string, n: string) => {
      const v = chineseInteger(n);
      return v === null ? m : `${before}${v}`;
    });
}

/**
 * A number as clerks write it, made plain (docs/domain.md#actual-values): words around it that do not change it (约, 共,
 * 已支付 …: ACTUAL_NUMBER_PREFIX; 左右: ACTUAL_NUMBER_SUFFIX) dropped, a Chinese numeral with 万 / 亿 in digits (两万人 →
 * 2万人), and 余 / 多 after the number or in a count of time (2000余人, 20万余, 3个多月, 2年多) dropped, `more` saying
 * one was (`ofUnit`: in a count of time, less than one more of its unit). The one reading of these words for an
 * indicator's actual (readActual) and an amount (amountWritten: 执行数, budgets, PERF.*). Expects normalised text
 * (normalizeText: 萬 is 万 there).
 */
export function plainWrittenNumber(s: string): { text: string; more: boolean; ofUnit: boolean } {
  const bare = leadingCapitalNumerals(s.replace(ACTUAL_NUMBER_PREFIX, "")).replace(ACTUAL_NUMBER_SUFFIX, "");
  // 九千五百公里: a numeral under 万 with its unit written reads as a target's does (verdict56: “应填写数值” before).
  const numeral = (x: string) => {
    const read = leadingSmallNumeral(leadingLargeNumeral(x));
    return read === x ? (smallNumeralBeforeUnit(x) ?? x) : read;
  };
  let t = numeral(leadingTenths(leadingHalfSpan(leadingChineseDecimal(bare))));
  const ofUnit = TIME_ROUGHLY_MORE.test(t);
  const more = ofUnit || ACTUAL_ROUGHLY_MORE.test(t);
  if (more) t = numeral(t.replace(ACTUAL_ROUGHLY_MORE, "").replace(TIME_ROUGHLY_MORE, ""));
  return { text: t, more, ofUnit };
}

/**
 * A target's number written as clerks write an amount or a share (`≥九成`, `≤贰仟伍佰万元`, `不少于两万人`: verdict54),
 * in digits as an actual's is (plainWrittenNumber), the comparator before it kept; the text unchanged otherwise.
 * Expects compact text.
 */
export function targetNumeral(s: string): string {
  const op = PREFIX_OPS_LONGEST.find(([w]) => s.startsWith(w))?.[0] ?? "";
  const rest = s.slice(op.length);
  const plain = leadingLargeNumeral(leadingTenths(leadingCapitalNumerals(rest)));
  if (plain !== rest) return op + plain;
  const small = smallTargetNumeral(rest, op !== "");
  return small === null ? s : op + small;
}

/**
 * A numeral under 万 leading a target, in digits when what follows is a unit or nothing (`≥九千公里` is ≥ 9000 公里,
 * `≥三百人次`, `二千吨以上`; verdict55: qualitative text before). The unit is written, so 千 before it is no magnitude
 * left to guess (as `3千` typed against `≥5千米` is). Only after a comparator or with 百 / 千 in it, and only when the
 * rest reads as a quantity: `十分满意`, `一站式`, `三年` alone stay words.
 */
function smallTargetNumeral(rest: string, afterComparator: boolean): string | null {
  const m = LEADING_CN_INTEGER.exec(rest);
  if (!m || (!afterComparator && !/[百千]/.test(m[0]))) return null;
  const n = chineseInteger(m[0]);
  if (n === null || n === 0) return null;
  const digits = `${n}${rest.slice(m[0].length)}`;
  return parseQuantity(digits.replace(TRAILING_BOUND_WORDS, "")) ? digits : null;
}
const LEADING_CN_INTEGER = /^[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*/;

/**
 * An actual's numeral under 万 with 百 / 千 in it and a unit after it (九千五百公里, 三百二十公里, 约九千五百公里以上), as
 * smallTargetNumeral reads a target's: the unit is written, so its 千 is no magnitude to guess (九千五 alone still is).
 * Null without a unit (leadingSmallNumeral's) or when the rest is no quantity (三百六十度全覆盖).
 */
function smallNumeralBeforeUnit(s: string): string | null {
  const m = LEADING_CN_INTEGER.exec(s);
  if (!m || m[0].length === s.length || /^(?:[%‰]|元)/.test(s.slice(m[0].length))) return null;
  return smallTargetNumeral(s, false);
}
const TRAILING_BOUND_WORDS = /(?:及以上|及以下|以上|以下|以内)$/;
const PREFIX_OPS_LONGEST = [...PREFIX_OPS].sort((a, b) => b[0].length - a[0].length);

/**
 * The two numbers a text typed with too few digits after a magnitude may be (3千50人: 3050人 or 3500人, twoReadings), the
 * words that do not change a number (约, 左右) left out; null when it reads one way or is no number.
 */
export function writtenTwoWays(s: string): readonly [string, string] | null {
  return twoReadings(
    normalizeText(s).replace(/\s/g, "").replace(ACTUAL_NUMBER_PREFIX, "").replace(ACTUAL_NUMBER_SUFFIX, ""),
  );
}

export const NUMBER_SOURCE = "[+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:e[+-]?\\d+)?";

/** Units as one regex alternation (longest first, escaped: valid with the `u` flag too). */
export const UNIT_SOURCE = alternation(Object.keys(UNIT_ALIASES));
const PER_SOURCE = alternation(Object.keys(PER_WORDS));
/** A known unit at the start of a text (longest first). */
const LEADING_UNIT = new RegExp(`^(?:${UNIT_SOURCE})`);

/** number, unit, and an optional frequency base (`1次/月`). */
const QUANTITY = new RegExp(`^(${NUMBER_SOURCE})(${UNIT_SOURCE})?(?:/(${PER_SOURCE}))?$`);

/**
 * A unit per two bases written with a dot or in brackets: `元/生·年`, `元/(生·年)`, `元/生.年`, `人/次*年`; a clerk's
 * 、 for the dot too (`400元/人、天`, 遂宁 经开区 2021).
 */
const TWO_BASES = /^([^/()]+)\/\(?([\p{Script=Han}]{1,3})[·・•*×.、]([\p{Script=Han}]{1,3})\)?$/u;

/** Canonical form of a unit (天 → 日, 百分比 → %, 个工作日 → 工作日); unknown units are kept as written. */
export function canonicalUnit(unit: string): string {
  const u = compactText(unit).replace(/^\((.*)\)$/, "$1");
  const two = TWO_BASES.exec(u);
  if (two) return `${UNIT_ALIASES[two[1]] ?? two[1]}/${PER_WORDS[two[2]] ?? two[2]}/${PER_WORDS[two[3]] ?? two[3]}`;
  return UNIT_ALIASES[u] ?? u;
}

export interface Quantity {
  value: number;
  unit: string | null;
}

/** Notation words that may follow a number and are not units: 左右, 以下, 内, 前, 完成 … */
const NOT_UNITS: readonly string[] = [
  ...APPROX_SUFFIXES,
  ...SUFFIX_OPS.map(([w]) => w),
  ...FILLER_SUFFIXES,
  ...DEADLINE_SUFFIXES,
  ...RANGE_SUFFIXES,
].filter(Boolean);

/**
 * Any other unit: a 万 / 亿 / 千 prefix on a known unit (万平方米, 万亩), or one or two letters kept as written (眼, 口);
 * per one base (元/亩) or two (生均公用经费 780元/生/年, 元/人·月, 元/人*月 as 濉溪 2019 writes it).
 */
const OTHER_QUANTITY = new RegExp(
  `^(${NUMBER_SOURCE})(?:(${UNIT_PREFIXES.join("|")})(${UNIT_SOURCE})|([\\p{Script=Han}]{1,2}))(?:/([\\p{Script=Han}]{1,3})(?:[/·・•*×.、]([\\p{Script=Han}]{1,3}))?)?$`,
  "u",
);

/** The unit of a rate per a round base: what is counted (or nothing), `/`, the base (RATE_BASE_WORDS in locale/zh). */
const RATE_BASE = new RegExp(
  `^([\\p{Script=Han}]{0,2})/(\\d+(?:\\.\\d+)?)?(${alternation(Object.keys(SCALE_WORDS))})?(${alternation(RATE_BASE_WORDS)})?$`,
  "u",
);

interface RateBase {
  /** How many the rate is per: 100000 for `/10万`, 10000 for `人/万人`. */
  per: number;
  /** What is counted, canonical (人, 例), or null when the unit says nothing (`/10万`). */
  counted: string | null;
}

/**
 * A rate per a round base (`/10万`, `/万`, `人/万人`, `例/10万人口`, `/1000`: docs/domain.md#notation), or null for
 * any other unit (`元/万元` and `元/千克` are prices, `次/月` a frequency).
 */
export const rateBase = memoizeString((unit: string): RateBase | null => {
  const m = RATE_BASE.exec(unit);
  if (!m || (!m[2] && !m[3])) return null;
  // Digits alone must be a round base (/1000, /100000), not a share written as a fraction (3/5).
  if (!m[3] && !/^10+$/.test(m[2])) return null;
  const per = Number(m[2] ?? 1) * (m[3] ? SCALE_WORDS[m[3]] : 1);
  if (!(per >= RATE_BASE_MIN)) return null;
  const counted = m[1] ? canonicalUnit(m[1]) : null;
  if (counted && (isMoneyUnit(counted) || isTimeUnit(counted))) return null;
  return { per, counted };
});

/** `10/10万`, `1.5人/万人`: a number and the unit of a rate per a round base (rateBase). */
const RATE_QUANTITY = new RegExp(`^(${NUMBER_SOURCE})([\\p{Script=Han}]{0,2}/.+)$`, "u");

interface CountedThing {
  /** The measure word, canonical (个, 套; 名 → 人). */
  measure: string;
  /** What is counted: 平台, 信息系统. */
  thing: string;
}

/**
 * A count of things named after its measure word (`1个平台`, `建成1个系统`, `1套系统`, `1座桥`: docs/domain.md#notation):
 * the unit is the measure word (WHOLE_ITEM_WORDS) and the thing. Not a unit of its own (个月, 人次, 台套, 个百分点)
 * nor a measure word before another unit or a notation word (人日, 台班, 个季度, 个以上): null then.
 */
export const countedThing = memoizeString((unit: string): CountedThing | null => {
  if (unit.length < 2 || unit in UNIT_ALIASES || !WHOLE_ITEM_WORDS.has(unit[0])) return null;
  const thing = unit.slice(1);
  if (!/^[\p{Script=Han}]{1,8}$/u.test(thing) || thing in UNIT_ALIASES || thing in PER_WORDS) return null;
  if (NOT_UNITS.some((w) => thing.startsWith(w) || thing.endsWith(w))) return null;
  if (COMPARATOR_WORDS.some((w) => thing.includes(w))) return null; // 90人不低于: a comparator, not a thing
  return { measure: canonicalUnit(unit[0]), thing };
});

/** Comparators and reach words in words (不低于, 以上, 达到): never inside the name of a counted thing. */
const COMPARATOR_WORDS = [...PREFIX_OPS, ...SUFFIX_OPS]
  .map(([w]) => w)
  .concat(REACH_WORDS)
  .filter((w) => w.length > 1);

/** `1个信息平台`, `1个平台/月`: a number and a measure word with the thing it counts (countedThing), perhaps per period. */
const COUNTED_QUANTITY = new RegExp(`^(${NUMBER_SOURCE})([\\p{Script=Han}]{2,9})(?:/(${PER_SOURCE}))?$`, "u");

function countedQuantity(compact: string): Quantity | null {
  const c = COUNTED_QUANTITY.exec(compact);
  if (!c || !countedThing(c[2])) return null;
  const value = Number(c[1]);
  return Number.isFinite(value) ? { value, unit: c[3] ? `${c[2]}/${PER_WORDS[c[3]]}` : c[2] } : null;
}

/**
 * `1.2:1`, `1∶15`, `1比1`: a ratio, its first term and its second. A second term written with a leading 0 (`9:05`) is
 * a clock's minutes, no ratio (it was read 9:5).
 */
const RATIO = new RegExp(`^(${NUMBER_SOURCE})[${RATIO_SEPARATORS}]((?!0\\d)\\d+(?:\\.\\d+)?)$`);
const RATIO_UNIT = /^:(\d+(?:\.\d+)?)$/;

/**
 * The second term of a ratio's unit (`:1` → 1, `:15` → 15), or null for any other unit. A ratio `a:b` is the number `a`
 * in the unit `:b` (so `1:15` shows as written and reads back the same); judging converts `a:b` to `a/b:1`.
 */
export function ratioTerm(unit: string | null): number | null {
  // Most units are no ratio: only one starting with ":" is matched (asked of every actual judged).
  const m = unit === null || unit.charCodeAt(0) !== 58 ? null : RATIO_UNIT.exec(unit);
  return m ? Number(m[1]) : null;
}

/** A compact quantity: `86人`, `1200万元`, `1次/月`, `10/10万`, `5万平方米`, `3眼`, `1个平台`, `1.2:1`; null otherwise. */
export function matchQuantity(compact: string): Quantity | null {
  const ratio = RATIO.exec(compact);
  if (ratio) {
    const [value, term] = [Number(ratio[1]), Number(ratio[2])];
    return Number.isFinite(value) && term > 0 ? { value, unit: `:${term}` } : null;
  }
  const m = QUANTITY.exec(compact);
  if (m) {
    const value = Number(m[1]);
    if (!Number.isFinite(value)) return null;
    let unit = m[2] ? UNIT_ALIASES[m[2]] : null;
    if (m[3]) unit = `${unit ?? ""}/${PER_WORDS[m[3]]}`;
    return { value, unit };
  }
  const r = RATE_QUANTITY.exec(compact);
  if (r && rateBase(r[2])) {
    const value = Number(r[1]);
    return Number.isFinite(value) ? { value, unit: r[2] } : null;
  }
  const o = OTHER_QUANTITY.exec(compact);
  if (!o) return countedQuantity(compact);
  const value = Number(o[1]);
  if (!Number.isFinite(value)) return null;
  if (o[4] && NOT_UNITS.some((w) => o[4].startsWith(w) || o[4].endsWith(w))) return null;
  let unit = o[2] ? `${o[2]}${UNIT_ALIASES[o[3]]}` : o[4];
  if (o[5]) unit = `${unit}/${PER_WORDS[o[5]] ?? o[5]}`;
  if (o[6]) unit = `${unit}/${PER_WORDS[o[6]] ?? o[6]}`;
  return { value, unit };
}

/**
 * A number with an optional unit: `86人` → {86, "人"}, `1,200 万元` → {1200, "万元"}, `98%` → {98, "%"},
 * `１２天` → {12, "日"}. Null for anything else (comparators, ranges, words).
 */
export function parseQuantity(s: string): Quantity | null {
  return matchQuantity(westernNumbers(compactText(s)));
}

export function isTimeUnit(unit: string | null): boolean {
  return unit !== null && TIME_UNITS.includes(unit);
}

export function isMoneyUnit(unit: string | null): boolean {
  return unit !== null && MONEY_UNITS.includes(unit);
}

// ───────────────────────────── Dates ─────────────────────────────

/** Outcome of reading a deadline: an ISO date, a date-shaped text that is not valid, or not a date at all. */
type DateReading = { iso: string } | { error: Message } | null;

const FULL_DATE = [/^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/, /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/];
const YEAR_MONTH = [/^(\d{4})年(\d{1,2})月(?:底|末|份)?$/, /^(\d{4})[-/.](\d{1,2})$/];

/** A date as written, its parts not yet checked against the calendar; `day` null for a year and month alone. */
interface WrittenDate {
  year: number;
  month: number;
  day: number | null;
}

/**
 * A date written out with its year: 2024年6月30日 (or 号), 2024-06-30, 2024/6/30, 2024.6.30 (one separator, twice), or a
 * year and month alone (2024年6月, 2024年6月底, 2024-06). The one grammar of written dates: a deadline in a target
 * (readDeadline) and the monitoring date typed for a check (core/asOf.ts) both read it, each with its own lines.
 */
export function matchWrittenDate(compact: string): WrittenDate | null {
  for (const re of FULL_DATE) {
    const m = re.exec(compact);
    if (m) {
      const [y, mo, d] = m.length === 5 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
      return { year: +y, month: +mo, day: +d };
    }
  }
  for (const re of YEAR_MONTH) {
    const m = re.exec(compact);
    if (m) return { year: +m[1], month: +m[2], day: null };
  }
  return null;
}
const YEAR_ONLY = /^(\d{4})年(.*)$/;
const MONTH_DAY = /^(\d{1,2})月(\d{1,2})[日号]$/;
const MONTH_ONLY = new RegExp(`^(\\d{1,2})月(${MONTH_END_WORDS.filter(Boolean).join("|")})?$`);
const MONTH_TEN_DAYS = new RegExp(`^(\\d{1,2})月(${Object.keys(TEN_DAY_PARTS).join("|")})$`);

function stripOnce(s: string, words: readonly string[], where: "start" | "end"): string | null {
  for (const w of words) {
    if (w && s.length > w.length && (where === "start" ? s.startsWith(w) : s.endsWith(w))) {
      return where === "start" ? s.slice(w.length) : s.slice(0, s.length - w.length);
    }
  }
  return null;
}

const SORTED_PREFIXES = [...DEADLINE_PREFIXES].sort((a, b) => b.length - a.length);
const SORTED_SUFFIXES = [...DEADLINE_SUFFIXES].sort((a, b) => b.length - a.length);

function dateOrError(y: number, m: number, d: number | null, text: string): DateReading {
  if (m < 1 || m > 12) return { error: say("target.month-invalid", { text, month: m }) };
  const iso = d === null ? lastDayOfMonth(y, m) : makeIso(y, m, d);
  return iso ? { iso } : { error: say("target.date-invalid", { text }) };
}

function needYear(text: string): DateReading {
  return { error: say("target.year-missing", { text }) };
}

/** One calendar point without prefixes / suffixes; `start` picks the first day of a month (period starts). */
function readDateCore(core: string, year: number | undefined, start = false, suffixed = false): DateReading {
  const written = matchWrittenDate(core);
  if (written && written.day !== null) {
    const { year: y, month, day } = written;
    return isPlausibleYear(y)
      ? dateOrError(y, month, day, core)
      : { error: say("target.year-implausible", { text: core }) };
  }
  // A year and month that cannot be one (2024年13月) is left to the forms below, as any other text.
  if (written && isPlausibleYear(written.year) && written.month >= 1 && written.month <= 12)
    return dateOrError(written.year, written.month, start ? 1 : null, core);
  const quarter = YEAR_QUARTER.exec(core);
  if (quarter && isPlausibleYear(+quarter[1])) return readNamed(quarter[2].toUpperCase(), +quarter[1]);
  const yearOnly = YEAR_ONLY.exec(core);
  if (yearOnly && isPlausibleYear(+yearOnly[1])) {
    const rest = yearOnly[2];
    if (YEAR_END_RESTS.includes(rest)) return { iso: start ? `${yearOnly[1]}-01-01` : `${yearOnly[1]}-12-31` };
    const named = readNamed(rest, +yearOnly[1]);
    if (named) return named;
    const md = readMonthDay(rest, +yearOnly[1], start, suffixed);
    if (md) return md;
    return null;
  }
  const named = readNamed(core, year);
  if (named) return named;
  return readMonthDay(core, year, start, suffixed);
}

function readNamed(core: string, year: number | undefined): DateReading {
  const named = NAMED_DEADLINES[core];
  if (!named) return null;
  if (year === undefined) return needYear(core);
  const [month, day] = named;
  return dateOrError(year, month, day === 0 ? null : day, core);
}

/**
 * `12月31日`, `12月底`, `6月末` (and a bare `6月` when a deadline word was written: `6月前`), `3月上旬` (by the 10th),
 * `3月中旬` (the 20th), `3月下旬` (the month's end).
 */
function readMonthDay(core: string, year: number | undefined, start: boolean, suffixed: boolean): DateReading {
  const md = MONTH_DAY.exec(core);
  if (md) return year === undefined ? needYear(core) : dateOrError(year, +md[1], +md[2], core);
  const tenDays = MONTH_TEN_DAYS.exec(core);
  if (tenDays) {
    if (year === undefined) return needYear(core);
    const day = TEN_DAY_PARTS[tenDays[2]];
    return dateOrError(year, +tenDays[1], start ? (day === 0 ? 21 : day - 9) : day === 0 ? null : day, core);
  }
  const mo = MONTH_ONLY.exec(core);
  if (mo && (mo[2] || suffixed || start)) {
    if (year === undefined) return needYear(core);
    return dateOrError(year, +mo[1], start ? 1 : null, core);
  }
  return null;
}

/**
 * A deadline in compact text, with its prefixes (截至, 于 …) and suffixes (前, 底前, 内, 完成 …).
 * Returns the ISO date, an error for date-shaped text that is not a valid date (or lacks the year), or null.
 */
export function readDeadline(compact: string, budgetYear?: number): DateReading {
  let s = compact;
  for (let i = 0; i < 2; i++) s = stripOnce(s, SORTED_PREFIXES, "start") ?? s;
  let suffixed = false;
  for (let i = 0; i < 3; i++) {
    const direct = readDateCore(s, budgetYear, false, suffixed);
    if (direct) return direct;
    const next = stripOnce(s, SORTED_SUFFIXES, "end");
    if (next === null) return null;
    // `6月前` is a deadline in June; `3月内` reads as three months (a duration), not as March.
    if (!WITHIN_WORDS.includes(s.slice(next.length))) suffixed = true;
    s = next;
  }
  return readDateCore(s, budgetYear, false, suffixed);
}

/**
 * A date text → ISO: `2024年12月31日`, `2024-12-31`, `2024/12/31`, `2024.12.31`, `2024年12月` (its last day),
 * `12月底前` / `年底前` / `上半年` (need `budgetYear`). Null when it is not a date or not a valid one.
 */
export function parseDateText(s: string, budgetYear?: number): string | null {
  const r = readDeadline(compactText(s), budgetYear);
  return r && "iso" in r ? r.iso : null;
}

interface PeriodReading {
  start: string;
  end: string;
}

const PERIOD_SEPARATORS = /[-~—–―至到]+/g;
/** A period's end written month.day (12.31, 12/31) after a start with its year. */
const DOTTED_MONTH_DAY = /^(\d{1,2})[./](\d{1,2})$/;
// 月 after either month (1-6月, 3月—7): written after the first only it is still March to July, never 3–7 months.
const MONTH_SPAN = /^(?:(\d{4})年)?(\d{1,2})(月)?[-~—–至到](\d{1,2})(月份?)?$/;

/**
 * A period `2023.07-2024.01`, `2023年7月-2024年1月`, `2024-01-01至2024-12-31`, `1-6月` (budget year):
 * start (first day) and end (last day). Null when the text is not two dates joined by a separator.
 */
export function readPeriod(compact: string, budgetYear?: number): PeriodReading | { error: Message } | null {
  const m = MONTH_SPAN.exec(compact);
  const span = m && (m[3] || m[5]) ? [m[0], m[1], m[2], m[4]] : null;
  if (span && +span[2] >= 1 && +span[3] <= 12) {
    const year = span[1] ? +span[1] : budgetYear;
    if (year === undefined) return needYear(compact) as { error: Message };
    const a = dateOrError(year, +span[2], 1, compact);
    const b = dateOrError(year, +span[3], null, compact);
    if (a && "error" in a) return a;
    if (b && "error" in b) return b;
    return orderPeriod((a as { iso: string }).iso, (b as { iso: string }).iso, compact);
  }
  for (const sep of compact.matchAll(PERIOD_SEPARATORS)) {
    const left = compact.slice(0, sep.index);
    const right = compact.slice((sep.index ?? 0) + sep[0].length);
    if (!/^\d{4}/.test(left) || !right) continue;
    const a = readDateCore(left, undefined, true);
    if (!a || "error" in a) continue;
    const year = +left.slice(0, 4);
    // The end's year left out, as the start's (2021.1.1-12.31, 吕梁 2021): month and day in the start's year.
    const md = DOTTED_MONTH_DAY.exec(right);
    const b = md ? dateOrError(year, +md[1], +md[2], compact) : readDateCore(right, year, false, true);
    if (b && "iso" in b) return orderPeriod(a.iso, b.iso, compact);
  }
  return null;
}

/**
 * Year and month glued (202001-202012: the stored 项目起止时间 of some systems; 20246-20251, 湘潭's form: a one-digit
 * month can be nothing else). `202516` is no year and month (month 16) and stays unread: 2025年1月6日 or a slip, no
 * one can tell.
 */
const YEAR_MONTH_SPAN = /^(20\d{2})(0[1-9]|1[0-2]|[1-9])[-~—–至到]+(20\d{2})(0[1-9]|1[0-2]|[1-9])$/;
const GLUED_YEAR_MONTH = /^(20\d{2})(0[1-9]|1[0-2]|[1-9])$/;

/**
 * A period of two ends of digits only (20246-202516) with an end that is no glued year and month: that end (202516),
 * else null. It is read no way for sure (2025年1月6日? a slip?), so it is said, not guessed.
 */
export function unreadGluedEnd(compact: string): string | null {
  if (!/^\d{5,8}[-~—–至到]+\d{5,8}$/.test(compact)) return null;
  return compact.split(/[-~—–至到]+/).find((end) => !GLUED_YEAR_MONTH.test(end)) ?? null;
}
/** Whole years (2022-2024年, 2022年—2024年度). */
const YEAR_SPAN = /^(20\d{2})年?度?[-~—–至到]+(20\d{2})年?度?$/;
/** One year (2022年, 2022年度). */
const ONE_YEAR = /^(20\d{2})年度?$/;

/**
 * A project period as header blocks write it (项目期, 项目起止时间, 建设周期 …): what readPeriod reads
 * (2022年3月-2023年11月, 2022.01-2023.12, 2023年1月至12月), year and month glued (202001-202012), whole years
 * (2022-2024年) or one year (2022年度). Null for a length (1年, 三年) or 长期: they say how long, not when.
 */
export function readProjectPeriod(text: string, budgetYear?: number): PeriodReading | null {
  const c = compactText(text);
  const ym = YEAR_MONTH_SPAN.exec(c);
  const years = YEAR_SPAN.exec(c) ?? ONE_YEAR.exec(c);
  let r: PeriodReading | { error: Message } | null;
  if (ym) r = readPeriod(`${ym[1]}.${ym[2]}-${ym[3]}.${ym[4]}`);
  else if (years) r = orderPeriod(`${years[1]}-01-01`, `${years[2] ?? years[1]}-12-31`, c);
  else r = readPeriod(c, budgetYear);
  return r && !("error" in r) ? r : null;
}

function orderPeriod(start: string, end: string, text: string): PeriodReading | { error: Message } {
  return start <= end ? { start, end } : { error: say("target.period-order", { text }) };
}

export { isDateFormat, isPercentFormat } from "../numberFormat";

// ───────────────────────────── Context ─────────────────────────────

interface IndicatorNames {
  level1?: string;
  level2?: string;
  name?: string;
}

const includesAny = (text: string | undefined, words: readonly string[]) =>
  !!text && words.some((w) => text.includes(w));

/**
 * True when a bare value of this indicator is a cap (≤): 成本指标 (unless the name is a good rate such as
 * 预算执行率), cost names (人均成本, 单价), and rates / counts of bad things (差错率, 投诉率, 错捕率, 安全事故数 …),
 * unless the name is about handling them (投诉处理率, 故障修复率).
 */
export function lowerIsBetter(ctx: IndicatorNames): boolean {
  const name = ctx.name ? compactText(ctx.name) : "";
  if (includesAny(name, BAD_THING_WORDS) && !includesAny(name, GOOD_HANDLING_WORDS)) return true;
  if (includesAny(name, GOOD_IN_COST_WORDS)) return false;
  if (includesAny(name, COST_NAME_WORDS)) return true;
  return includesAny(ctx.level2, COST_LEVEL_WORDS) || includesAny(ctx.level1, COST_LEVEL_WORDS);
}

/**
 * True when a bare value is a cap only because the indicator stands under a cost level (成本指标, 成本目标): its name
 * is no cost (人均成本, 单价) nor a bad thing (差错率), nor a good rate (执行率).
 */
export function costByLevelOnly(ctx: IndicatorNames): boolean {
  const name = ctx.name ? compactText(ctx.name) : "";
  if (includesAny(name, BAD_THING_WORDS) || includesAny(name, GOOD_IN_COST_WORDS)) return false;
  if (includesAny(name, COST_NAME_WORDS) || SHARE_OR_PRICE_NAME.test(name.replace(/[（(][^（）()]*[）)]$/, "")))
    return false;
  return includesAny(ctx.level2, COST_LEVEL_WORDS) || includesAny(ctx.level1, COST_LEVEL_WORDS);
}

/** Amounts here are money: 成本指标, or a name about 资金 / 经费 / 预算 …, or a money unit column. */
export function isMoneyContext(ctx: IndicatorNames & { unit?: string }): boolean {
  if (ctx.unit && isMoneyUnit(canonicalUnit(ctx.unit))) return true;
  return includesAny(ctx.level1, COST_LEVEL_WORDS) || includesAny(ctx.level2, COST_LEVEL_WORDS) || moneyName(ctx.name);
}

/** A name about money: 资金 / 经费 / 预算 …, or a sum written in it (成本指标 | 20万元, 巴南 圣灯山 2022). */
export function moneyName(name: string | undefined): boolean {
  return includesAny(name, MONEY_CONTEXT_WORDS) || (name !== undefined && /\d\s*[万亿千]?元/.test(name));
}

/** Under 时效 / a 时限 name a bare 40000–60000 number is an Excel date serial. */
export function isDateContext(ctx: IndicatorNames): boolean {
  return includesAny(ctx.level2, DATE_CONTEXT_WORDS) || includesAny(ctx.name, DATE_CONTEXT_WORDS);
}

/** Under 时效 / a 时限 name a bare time quantity (`7天`) is a duration cap. */
export function isDurationContext(ctx: IndicatorNames): boolean {
  if (includesAny(ctx.name, LENGTH_TO_REACH_WORDS)) return false;
  return includesAny(ctx.level2, DURATION_CONTEXT_WORDS) || includesAny(ctx.name, DURATION_CONTEXT_WORDS);
}

/**
 * A unit written in parentheses at the end of an indicator name: `工作完成率(%)` → "%", also the template's
 * placeholder left in the name: `公猪舍(≥**平方米)`, `排污沟(≥米)` → "平方米", "米".
 */
export function unitFromName(name: string | undefined): string | null {
  if (!name) return null;
  const m = /\((?:[≥≤><=＞＜＝]=?)?[*＊]*([^()*＊]{1,4})\)$/.exec(compactText(name));
  if (!m) return null;
  // A unit per a base (`补助成本(≤**元/株)`): a known unit over one or two letters.
  const per = /^([^/]+)\/(\p{L}{1,2})$/u.exec(m[1]);
  if (per && UNIT_ALIASES[per[1]]) return `${UNIT_ALIASES[per[1]]}/${PER_WORDS[per[2]] ?? per[2]}`;
  return UNIT_ALIASES[m[1]] ?? null;
}

const FORM_HINT = new RegExp(`^${FORM_HINT_SOURCE}`);

/**
 * A target that still starts with the form's hint (`(≥**%)>=85`, `(≤**元/株)≤28.40/株`): the value after it, the
 * hint going to the name — where a hint says what a bare number's unit and sign are (unitFromName, signFromName).
 */
export function hintToName(raw: string, name: string | undefined): { text: string; name: string | undefined } {
  const hint = leadingFormHint(raw);
  if (hint === null) return { text: raw, name };
  return { text: compactText(raw).slice(hint.length), name: `${name ?? ""}${hint}` };
}

const NAME_HINT = new RegExp(`${FORM_HINT_SOURCE}$`);

/** The form's hint before a value (`(≥**%)<=85` → `(≥**%)`); null without one, or with no value after it. */
export function leadingFormHint(target: string): string | null {
  // Most values hold no star: nothing compacted for them.
  if (!target.includes("*") && !target.includes("＊")) return null;
  const c = compactText(target);
  const lead = FORM_HINT.exec(c);
  return lead && lead[0].length < c.length ? lead[0] : null;
}

/**
 * The end of a name from its last written comparator on (`…,优秀比例不超过20%` → `不超过20%`, `验收合格率≥95%` →
 * `≥95%`), short enough to be a target; null without one. A candidate only: the caller parses it (a `(≥**%)`
 * placeholder or a sentence after the word is no target).
 */
export function comparatorTail(name: string): string | null {
  const c = compactText(name);
  // The last word written, and of words ending there the longest (不超过, not its 超过).
  let at = -1;
  let end = -1;
  for (const [word] of PREFIX_OPS) {
    const i = c.lastIndexOf(word);
    if (i < 0) continue;
    const e = i + word.length;
    if (e > end || (e === end && i < at)) [at, end] = [i, e];
  }
  if (at < 0 || c.length - at > MAX_TAIL) return null;
  return c.slice(at);
}
/** A target written in a name is a few characters (`不超过20%`, `≥1000人次`), not a clause. */
const MAX_TAIL = 12;

/** The form's hint left at the end of a name (`苗木成活率(≥**%)` → `(≥**%)`); a name's `(%)` is no hint. */
export function trailingFormHint(name: string): string | null {
  if (!name.includes("*") && !name.includes("＊")) return null;
  return NAME_HINT.exec(compactText(name))?.[0] ?? null;
}

/**
 * The sign of the template's placeholder left at the end of a name: `项目总投入(≥**万元)`, `补助标准(≤**元/亩)` → "≥",
 * "≤"; null without one (only a placeholder with its stars: a name holding a real target is not a template).
 */
export function signFromName(name: string | undefined): string | null {
  if (!name) return null;
  return /\(([≥≤><=＞＜＝]=?)[*＊]+[^()*＊]{0,4}\)$/.exec(compactText(name))?.[1] ?? null;
}
