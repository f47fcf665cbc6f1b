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

/** A small Chinese integer (一 … 九千九百九十九) → number, or null. */
export function chineseInteger(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      if (CN_DIGITS[ch] === 0 && digit === null && total > 0) continue; // 一百零五: 零 only fills a gap
      if (digit !== null) return null; // 二三 is not a number
      digit = CN_DIGITS[ch];
    } else if (ch in CN_POWERS) {
      total += (digit ?? 1) * CN_POWERS[ch];
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** "3", "三", "十", "十二" → 3, 3, 10, 12 (months and quarters; callers check the range). */
export function smallNumber(s: string): number | null {
  return /^\d{1,2}$/.test(s) ? Number(s) : chineseInteger(s);
}
