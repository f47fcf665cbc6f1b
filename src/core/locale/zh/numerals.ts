/** Chinese numerals: 一 … 九千九百九十九, 两, 〇, and the units after which they count (`两次` = 2次). */

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_POWERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese integer is written with (a regex character class body). */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千";

/**
 * Units after which a Chinese numeral is a count (`两次`, `三个月`, `十五日`). Not every unit: `十分满意` is
 * a word, not 10 分.
 */
export const CHINESE_NUMERAL_UNITS: readonly string[] = [
  "个工作日",
  "个月",
  "个小时",
  "工作日",
  "小时",
  "次",
  "个",
  "人",
  "项",
  "件",
  "台",
  "套",
  "辆",
  "份",
  "场",
  "户",
  "家",
  "篇",
  "名",
  "批",
  "期",
  "天",
  "日",
  "周",
  "年",
  "所",
  "条",
  "处",
];

/**
 * A small Chinese integer (一 … 九千九百九十九) → number, or null. A digit closing it right after 百 / 千 counts the
 * place below, as it is said: 一百五 is 150, 三千五 3500 (一百零五 is 105; after 十 it is the units, 十五).
 */
export function chineseInteger(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let digit: number | null = null;
  let power = 1;
  let last = Infinity; // the magnitudes written only fall: 二百五百, 一千二千, 十三千 are no number
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      if (CN_DIGITS[ch] === 0 && digit === null && total > 0) {
        power = 1; // 一百零五: 零 only fills a gap, and the digit after it is the units
        continue;
      }
      if (digit !== null) return null; // 二三 is not a number
      digit = CN_DIGITS[ch];
    } else if (ch in CN_POWERS) {
      // 0千5 (〇千五) is no number: a magnitude counts from a digit above 0 (it was 500).
      if (CN_POWERS[ch] >= last || digit === 0) return null;
      total += (digit ?? 1) * CN_POWERS[ch];
      power = last = CN_POWERS[ch];
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0) * (power >= 100 ? power / 10 : 1);
}

/**
 * A number typed with digits after a magnitude that reads two ways (3千50: 3050 or 3500; 1万25: 10025 or 12500). Never
 * guessed: leadingLargeNumeral / leadingSmallNumeral leave such a text as it is (twoReadings says both).
 */
type TwoReadings = readonly [number, number];

/**
 * A Chinese numeral with 万 / 亿 leading a text, as clerks write a count (两万人, 一万余人, 一万二千人, 二十万元): the
 * number written in digits with its last magnitude kept (2万人, 1万余人, 1.2万人, 20万元), so it reads as the same
 * digits typed; the text unchanged otherwise. Only from a digit or 十 (千万 / 百万元 alone are unit words, not numbers).
 */
export function leadingLargeNumeral(s: string): string {
  const r = largeNumeral(s);
  if (!r || typeof r.total !== "number") return s;
  // 1.2 of 一万二千 (12000 / 10000) at 15 digits, as Excel keeps a number.
  const shown = `${Number((r.total / r.magnitude).toPrecision(15))}${r.word}`;
  return shown + s.slice(r.run.length);
}

/** The number a leading numeral with 万 / 亿 spells (or its two readings), its run and the magnitude it keeps. */
function largeNumeral(s: string): { run: string; total: number | TwoReadings; magnitude: number; word: string } | null {
  const m = LEADING_LARGE.exec(s);
  if (!m) return null;
  // 2万千瓦时 is 2万 of 千瓦时, not 2.1万 瓦时: a 百 / 千 straight after 万 / 亿 starts a unit (千瓦, 千克, 千米), as
  // no one writes a number that way (一万一千).
  const unit = /[万亿][百千]/.exec(m[0]);
  const run = unit ? m[0].slice(0, unit.index + 1) : m[0];
  // The largest magnitude written is kept (一万二 → 1.2万, not 12000): against 万元 the bare 12000 would be 12000 万元.
  const [magnitude, word] = run.includes("亿") ? [1e8, "亿"] : [1e4, "万"];
  // Both readings of the number, the same unless one part reads two ways (3千50万: 3050万 or 3500万); two such: none.
  let totals: number[] = [0, 0];
  let twoWays = false;
  const add = (part: number | TwoReadings, times: number): boolean => {
    if (typeof part !== "number") {
      if (twoWays) return false;
      twoWays = true;
    }
    const [a, b] = typeof part === "number" ? [part, part] : part;
    totals = [totals[0] + a * times, totals[1] + b * times];
    return true;
  };
  let rest = run;
  // The place a digit alone after the last magnitude counts, the one below the last place written before it, as it is
  // said: 一万二 is 12000, 一亿二 1.2亿, 十万二 is 十二万 (120000, not 102000), 十二万三 123000 (一万零二 is 10002).
  let below = 1;
  let places = 0;
  for (const [ch, power] of [
    ["亿", 1e8],
    ["万", 1e4],
  ] as const) {
    const i = rest.indexOf(ch);
    if (i < 0) continue;
    const head = mixedInteger(rest.slice(0, i));
    if (head === null || head === 0 || !add(head, power)) return null;
    const after = rest.slice(i + 1);
    rest = after.replace(/^[零〇]/, "");
    below = rest === after && typeof head === "number" ? (power * lowestPlace(head)) / 10 : 1;
    places = Math.log10(power);
  }
  if (rest) {
    // Digits under 万 in full (1万2500), or too few (1万25: 10025 or 12500).
    const tail = rest.length > 1 && /^\d+$/.test(rest) ? digitsBelow(rest, places) : mixedInteger(rest);
    if (tail === null) return null;
    const single = typeof tail === "number" && tail < 10 && rest.length === 1;
    if (!add(tail, single ? below : 1)) return null;
  }
  return { run, total: twoWays ? [totals[0], totals[1]] : totals[0], magnitude, word };
}
// Not a fraction: 十万分之八 is 8/10万 (westernNumbers). Digits may stand for the numerals as clerks type them (1万2千,
// 1万2, 3亿5千万, 2千5百万), but digits and a magnitude alone (10万, 1.2万) are a number already and are left as they are.
const LEADING_LARGE =
  /^(?:[一二两三四五六七八九十][零〇一二两三四五六七八九十百千\d]*[万亿]|\d+[百千][零〇一二两三四五六七八九十百千\d]*[万亿]|\d+[万亿](?=[零〇一二两三四五六七八九十百千\d]))[零〇一二两三四五六七八九十百千万亿\d]*(?!分之)/;

const DIGIT_NUMERALS = "〇一二三四五六七八九";

/** The place of a whole number's last digit that is not 0: 1 → 1, 10 → 10, 300 → 100. */
function lowestPlace(n: number): number {
  let place = 1;
  while (n % (place * 10) === 0) place *= 10;
  return place;
}

/**
 * A Chinese number under 万 leading a text, as clerks type a count or a share (一千二, 五千, 2千5, 九十五, 三百, 2百50): in
 * digits, a number with 千 keeping its 千 as 一万二 keeps its 万 (1.2千, 5千, 2.5千: 千 then reads as a magnitude, a
 * count of things or 千元, never 千 万元), one without it plain (95, 300). Only when nothing or a sign or 元 follows
 * (`rest`: 一千二百人 is read by westernNumbers; 十分满意, 一般 are words); the text unchanged otherwise.
 */
export function leadingSmallNumeral(s: string): string {
  const r = smallNumeral(s);
  if (!r || typeof r.n !== "number" || r.n === 0) return s;
  const shown = r.run.includes("千") ? `${Number((r.n / 1000).toPrecision(15))}千` : String(r.n);
  return shown + s.slice(r.run.length);
}

/** The number a leading numeral under 万 spells (or its two readings) and its run, where what follows allows one. */
function smallNumeral(s: string): { run: string; n: number | TwoReadings } | null {
  const m = LEADING_SMALL.exec(s);
  // Led by digits (2千5人, 3千500人次) a unit may follow as well: no word starts a number with a digit.
  const rest = s.slice(m?.[0].length ?? 0);
  if (!m || !(SMALL_NUMERAL_REST.test(rest) || (/^\d/.test(m[0]) && DIGIT_LED_REST.test(rest)))) return null;
  const n = mixedInteger(m[0]);
  return n === null ? null : { run: m[0], n };
}
// Chinese numerals from a digit or 十, or digits with 百 / 千 and a numeral after it (2千5, 2千5百, 2百50: 3千 alone is a
// number with its magnitude already).
const LEADING_SMALL =
  /^(?:[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*|\d+[百千][零〇一二两三四五六七八九十百\d]+)/;
/** What may follow a number leadingSmallNumeral reads: nothing, a percent sign, 元, a comparator written after it. */
const SMALL_NUMERAL_REST = /^(?:[%‰]|元)?(?:以上|以下|以内|余|多|\+)?$/;
/** After one led by digits: anything but more of a number (2千5百万元 is read whole, by leadingLargeNumeral). */
const DIGIT_LED_REST = /^(?![零〇一二两三四五六七八九十百千万亿\d.])/;

/**
 * The two readings of a number typed with too few digits after a magnitude, leading a text, as the clerk would type
 * them (3千50人: 3050人 or 3500人; 1万25: 10025 or 12500; 3千50万元: 3050万元 or 3500万元); null when it reads one way or
 * is no number.
 */
export function twoReadings(s: string): readonly [string, string] | null {
  const large = largeNumeral(s);
  const small = large ? null : smallNumeral(s);
  const [run, n, magnitude, word] = large
    ? [large.run, large.total, large.magnitude, large.word]
    : small
      ? [small.run, small.n, 1, ""]
      : ["", 0, 1, ""];
  if (typeof n === "number") return null;
  // In the magnitude kept (3050万) where both are whole in it, else in digits.
  const kept = n.every((x) => x % magnitude === 0);
  const [a, b] = n.map((x) => (kept ? `${x / magnitude}${word}` : String(x)) + s.slice(run.length));
  return [a, b];
}

/**
 * A part of a numeral between magnitudes, in digits (12, 5000) or Chinese with digits for its numerals (2千, 二千五,
 * 3千500, 2千5百50); the two readings of 3千50.
 */
function mixedInteger(s: string): number | TwoReadings | null {
  if (/^\d+$/.test(s)) return Number(s);
  // Digits after the last 百 / 千 (3千500, 2千5百50, 3千50); 2千5 counts the place below 千 (2500), as 二千五.
  const typed = /^(.*[百千])(\d{2,})$/.exec(s);
  if (typed) {
    const head = chineseInteger(typed[1].replace(/\d/g, (d) => DIGIT_NUMERALS[Number(d)]));
    const tail = digitsBelow(typed[2], typed[1].endsWith("千") ? 3 : 2);
    if (head === null || tail === null) return null;
    return typeof tail === "number" ? head + tail : [head + tail[0], head + tail[1]];
  }
  return chineseInteger(s.replace(/\d/g, (d) => DIGIT_NUMERALS[Number(d)]));
}

/**
 * Two or more digits typed after a magnitude with `places` places below it (百 2, 千 3, 万 4): in full (3千500,
 * 2百50, 1万2500), or led by 0 as 零 is said (3千05 is 三千零五, 3005), they are that number. Fewer (3千50) may be the
 * number written (50: 3050) or the places below the magnitude (as 3千5 is 3500: 3500), and the clerk's meaning cannot
 * be told: both. More (3千5000) is no number.
 */
function digitsBelow(digits: string, places: number): number | TwoReadings | null {
  if (digits.length > places) return null;
  if (digits.length === places || digits.startsWith("0")) return Number(digits);
  return [Number(digits), Number(digits) * 10 ** (places - digits.length)];
}

/**
 * The capital numerals of an amount (大写: 贰仟伍佰万元, as vouchers and receipts write money) as the everyday ones
 * (二千五百万元), when they lead the text; the text unchanged otherwise. Only a run of them: 陆 and 伍 are words too.
 */
export function leadingCapitalNumerals(s: string): string {
  const run = LEADING_CAPITALS.exec(s)?.[0];
  return run ? [...run].map((c) => CAPITAL_NUMERALS[c] ?? c).join("") + s.slice(run.length) : s;
}
const CAPITAL_NUMERALS: Readonly<Record<string, string>> = {
  壹: "一",
  贰: "二",
  叁: "三",
  肆: "四",
  伍: "五",
  陆: "六",
  柒: "七",
  捌: "八",
  玖: "九",
  拾: "十",
  佰: "百",
  仟: "千",
  圆: "元",
};
// From a digit, then capitals, 零 and magnitudes, to the end or to 元 / 圆 (and 整) there: 陆续, 伍人 stay words.
const LEADING_CAPITALS = /^[壹贰叁肆伍陆柒捌玖拾][壹贰叁肆伍陆柒捌玖拾佰仟零万亿]*(?:[元圆](?=整?$)|$)/;

/**
 * Tenths of a whole as clerks say a share (九成 = 90%, 九成五 = 95%, 两成 = 20%, 十成 = 100%), leading a text before
 * nothing or a comparator word (九成以上); the text unchanged otherwise (一成不变 is a phrase).
 */
export function leadingTenths(s: string): string {
  const m = TENTHS.exec(s);
  if (!m) return s;
  const [tens, units] = [smallNumber(m[1]), m[2] ? smallNumber(m[2]) : 0];
  return tens === null || units === null ? s : `${tens * 10 + units}%${s.slice(m[0].length)}`;
}
const TENTHS = /^([一二两三四五六七八九十]|[1-9])成([一二三四五六七八九]|[1-9])?(?=$|以上|以下|左右|多|余|\+)/;

/** A Chinese decimal leading a text (一点二万人 → 1.2万人, 九十五点五 → 95.5); the text unchanged otherwise. */
export function leadingChineseDecimal(s: string): string {
  const m = /^([零〇一二两三四五六七八九十百千]+)点([零〇一二三四五六七八九]+)/.exec(s);
  const whole = m ? chineseInteger(m[1]) : null;
  if (!m || whole === null) return s;
  const fraction = [...m[2]].map((c) => chineseInteger(c) ?? 0).join("");
  return `${whole}.${fraction}${s.slice(m[0].length)}`;
}

/** Half a span of time, in the unit it is counted in: 半年 is six months, not 0.5 of a 365-day year (6.08 months). */
const HALF_OF: Readonly<Record<string, string>> = {
  年: "6个月",
  个月: "0.5个月",
  月: "0.5个月",
  天: "0.5天",
  日: "0.5天",
  个小时: "0.5小时",
  小时: "0.5小时",
};

/**
 * Half a span of time leading a text (半年 → 6个月, 半个月 → 0.5个月, 半天 → 0.5天, 一年半 → 1.5年, 3个半月 → 3.5个月);
 * the text unchanged otherwise.
 */
export function leadingHalfSpan(s: string): string {
  // Not 半年度 / 半月度 / 半年报 (a period's name): said as typed, not as a unit 个月度 the clerk never wrote.
  const half = /^半(年|个月|月|天|日|个小时|小时)(?![度报])/.exec(s);
  if (half) return HALF_OF[half[1]] + s.slice(half[0].length);
  const after =
    /^(\d+|[一二两三四五六七八九十]+)(年|个月|天|日|个小时|小时)半/.exec(s) ??
    /^(\d+|[一二两三四五六七八九十]+)个半(月|小时)/.exec(s);
  if (!after) return s;
  const n = /^\d+$/.test(after[1]) ? Number(after[1]) : chineseInteger(after[1]);
  if (n === null) return s;
  const unit = after[0].includes("个半") ? `个${after[2]}` : after[2];
  return `${n}.5${unit}${s.slice(after[0].length)}`;
}

/** "3", "三", "十", "十二" → 3, 3, 10, 12 (months and quarters; callers check the range). */
export function smallNumber(s: string): number | null {
  return /^\d{1,2}$/.test(s) ? Number(s) : chineseInteger(s);
}
