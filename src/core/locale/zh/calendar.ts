/**
 * The calendar as Chinese tables write it: deadline words, named points of the year, month ends,
 * and the checkpoint labels of a disbursement plan (资金支出计划: 3月底, 第一季度, 上半年 …).
 */
import { FILLER_SUFFIXES } from "./notation";
import { table } from "./table";

/** Words before a deadline that do not change it: `截至2024年12月31日`, `于年底前`. */
export const DEADLINE_PREFIXES: readonly string[] = [
  // `完成时间为2022年12月30日` (the deadline stated as a sentence).
  "完成时间为",
  "完成时限为",
  "完成日期为",
  "完成时间",
  "完成时限",
  "完成日期",
  "截止到",
  "截至",
  "截止",
  "确保在",
  "确保",
  "力争",
  "计划",
  "须在",
  "需在",
  "应在",
  "于",
  "在",
  "到",
  "至",
];
/** Words after a deadline: `12月底前`, `年底前完成`, `2024年12月31日止`. */
export const DEADLINE_SUFFIXES: readonly string[] = [
  "之前",
  "以前",
  "前",
  "为止",
  "截止",
  "止",
  "以内",
  "之内",
  "内",
  "末",
  "底",
  ...FILLER_SUFFIXES,
];

/** Named points of the year → [month, day] (day 0 = last day of the month). Suffixes (前, 内) are stripped first. */
export const NAMED_DEADLINES: Readonly<Record<string, readonly [number, number]>> = table({
  年底: [12, 0],
  年末: [12, 0],
  年终: [12, 0],
  年: [12, 0],
  本年: [12, 0],
  本年度: [12, 0],
  年度: [12, 0],
  当年: [12, 0],
  当年度: [12, 0],
  全年: [12, 0],
  下半年: [12, 0],
  下半年度: [12, 0],
  上半年: [6, 0],
  上半年度: [6, 0],
  年中: [6, 0],
  // 年初 (资金下达(年初)): the start of the year, read as its first quarter — the latest date the words still cover,
  // so work done in February is not called late; the finding shows the date taken (docs/domain.md#notation).
  年初: [3, 0],
  第一季度: [3, 0],
  一季度: [3, 0],
  "1季度": [3, 0],
  第1季度: [3, 0],
  Q1: [3, 0],
  第二季度: [6, 0],
  二季度: [6, 0],
  "2季度": [6, 0],
  第2季度: [6, 0],
  Q2: [6, 0],
  第三季度: [9, 0],
  三季度: [9, 0],
  "3季度": [9, 0],
  第3季度: [9, 0],
  Q3: [9, 0],
  第四季度: [12, 0],
  四季度: [12, 0],
  "4季度": [12, 0],
  第4季度: [12, 0],
  Q4: [12, 0],
});
/**
 * A completion said as a half or a quarter (2024年上半年, 第三季度, 年中): a span of months, done within it — at the latest
 * by its end (截至 6月30日), the date judged; not when its end is named (上半年末, 三季度底).
 */
export const COMPLETION_SPAN = /(?:[上下]半年|年中|年初|季度|Q[1-4])(?!.*[底末])/i;
/** A year and a quarter written without 年 (2024Q3, 2024-Q4): the quarter (NAMED_DEADLINES) of that year. */
export const YEAR_QUARTER = /^(\d{4})\s*[-/]?\s*(Q[1-4])$/i;

/** The ten-day parts of a month (`3月上旬` is due by 10 March, `中旬` by the 20th, `下旬` by the month's end: 0). */
export const TEN_DAY_PARTS: Readonly<Record<string, number>> = table({ 上旬: 10, 中旬: 20, 下旬: 0 });
/** After a month: `12月底`, `6月末`; `份` (12月份) is the whole month, so its end too. */
export const MONTH_END_WORDS: readonly string[] = ["底", "末", "份", "末前", ""];

/** Words before a checkpoint label that do not change it: `截至6月底`, `累计至6月`, `累计支出至9月底`. */
export const CHECKPOINT_LEADS: readonly string[] = [
  "截止到",
  "截至",
  "截止",
  "到",
  "至",
  "累计至",
  "累计到",
  "累计截至",
  "累计支出至",
  "累计支付至",
];
/** Words after a checkpoint label that do not change it: `6月底前`, `6月底累计`, `1-6月累计支出`. */
export const CHECKPOINT_TAILS: readonly string[] = ["之前", "以前", "累计", "累计支出", "累计支付", "前"];

/** The calendar point a checkpoint label names (resolved in notation/checkpoints.ts). */
export type CheckpointPoint = "monthEnd" | "monthDay" | "quarterEnd" | "midYear" | "yearEnd";

/** A month or quarter number: digits or Chinese (三, 十二). */
const SMALL = "\\d{1,2}|[一二三四五六七八九十]{1,2}";

/** Checkpoint labels → the point of the budget year they name; first match wins. Group 1 (and 2) hold the numbers. */
export const CHECKPOINT_LABELS: ReadonlyArray<readonly [RegExp, CheckpointPoint]> = [
  // 3月底, 3月末, 3月, 三月底, 1-3月, 1—6月; a period's end: 4-6月, 7月-9月, 10至12月 (a plan written quarter by quarter)
  [new RegExp(`^(?:(?:${SMALL})\\s*月?\\s*[-—–~至到]\\s*)?(${SMALL})\\s*月(?:份)?(?:底|末|止)?$`), "monthEnd"],
  // 6月30日, 9月30号
  [new RegExp(`^(${SMALL})\\s*月\\s*(\\d{1,2})\\s*[日号]$`), "monthDay"],
  // 第一季度, 一季度, 1季度, 第1季度末, Q1, 前三季度
  [/^(?:第)?([1-4一二三四])\s*季度?(?:末|底)?$/, "quarterEnd"],
  [/^Q\s*([1-4])$/i, "quarterEnd"],
  [/^前\s*([1-4一二三四])\s*(?:个)?季度(?:末|底)?$/, "quarterEnd"],
  [/^上半年度?(?:末|底)?$|^年中$/, "midYear"],
  [/^下半年度?(?:末|底)?$|^全年$|^年底$|^年末$|^年终$|^本年度?$/, "yearEnd"],
];

/** "1-7月", "1—6月份", "截至7月底", "7月", 上半年 as the period of a monitoring column (累计执行数, 完成值). */
export const MONTH_PERIOD = String.raw`(?:(?:1|一)\s*[-—–~至到])?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份|底|末)?|截[至止](?:目前|\d{1,2}月(?:底|末)?|[一二三四五六七八九十]{1,2}月(?:底|末)?)|上半年|前三季度|第?[一二三四1-4]季度`;

/** A date target's year-end words after `2024年`: 2024年度, 2024年底 … */
export const YEAR_END_RESTS: readonly string[] = ["", "度", "底", "末", "终", "年底", "年末"];
/** Suffixes that make `3月内` a duration (three months), not a deadline in March. */
export const WITHIN_WORDS: readonly string[] = ["内", "以内", "之内"];
