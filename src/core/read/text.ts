/**
 * Small text helpers of the reader: label normalisation, numbers in cells, check marks.
 * Labels are compared after normalisation so that "其中：财政    资金", "预算数（万元）" and
 * "工作完成率(%)" all meet their vocabulary entries.
 */
import { memoizeString } from "../memo";
import { alternation } from "../regExp";
import { roundPercent } from "../numbers";
import { CHECK_MARKS } from "../locale/zh/grades";
import { FUND_BEFORE_AMOUNT } from "../locale/zh/reader";
import { MONEY_IN_WAN, NOT_PAID_WORDS } from "../locale/zh/units";
import type { CellValue } from "../types";
import { normalizeText, plainWrittenNumber } from "../notation/text";
import { foldTraditional } from "../locale/zh/traditional";

/** Money units a written amount may end with ("63.14万元", "150万", "(元)"), longest first. */
const MONEY_WORDS = alternation(Object.keys(MONEY_IN_WAN));
const MONEY_SUFFIX = new RegExp(`\\(?(?:${MONEY_WORDS})\\)?$`);
/**
 * A number leading a cell, its money word after it if any. A date, a share or a count of time after the number makes
 * it none (3月底, 9月30日, 2025年, 45%, 3个月: a checkpoint label under an empty budget cell was once read as 3 万元).
 */
const LEADING_AMOUNT = new RegExp(
  `^[¥￥]?\\s*([-+]?\\d[\\d,]*(?:\\.\\d+)?)\\s*(?:(?:${MONEY_WORDS})|(?![\\d.]|\\s*[年月日号时季周天个%％]))`,
);

/** Full-width ASCII (！..～) and the ideographic space → half-width. */
const HAS_FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;
const halfWidthOf = (ch: string) => (ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/** Full-width letters, digits and punctuation (（，％＞) as half-width; other text unchanged. */
export function toHalfWidth(s: string): string {
  if (!HAS_FULL_WIDTH.test(s)) return s;
  // One pass for both (a text with （ or ， is common, and each pass copies the string).
  return s.replace(FULL_WIDTH, halfWidthOf);
}

export interface NormalizedLabel {
  /** Label without spaces, colons, bracketed parts and a leading 其中. */
  key: string;
  /** Bracketed parts, e.g. ["万元"] for "预算数（万元）", ["%"] for "资金支出计划（%）". */
  hints: string[];
}

const BRACKETS = /[(（【[]([^)）】\]]*)[)）】\]]/g;

/** Normalise a label cell for vocabulary lookups (memoised: the same labels recur in every table; do not mutate). */
export const normalizeLabel = memoizeString(computeLabel);

function computeLabel(text: string): NormalizedLabel {
  const half = foldTraditional(toHalfWidth(text)).replace(/\s+/g, "");
  const hints: string[] = [];
  const withoutBrackets = half.replace(BRACKETS, (_m, inner: string) => {
    if (inner) hints.push(inner);
    return "";
  });
  const key = withoutBrackets
    .replace(/^其中[:：,，]?/, "")
    .replace(/^[0-9一二三四五六七八九十]+[、.．]/, "")
    // "*指标值", "*年度总体绩效目标": the star marks a required field, it is not part of the label.
    .replace(/^[*＊]+/, "")
    .replace(/[:：*＊]+$/, "")
    .replace(/[:：]/g, "");
  return { key, hints };
}

/**
 * A column label as written (CellText.labelText, kept for the messages quoting it) says what `pattern` names, in
 * simplified or traditional characters: 調整指標值 is an adjusted target, 長期指標值 a long-term one.
 */
export function labelSays(pattern: RegExp, label: string | undefined): boolean {
  return pattern.test(foldTraditional(label ?? ""));
}

/** A cell value as trimmed text ("" for empty); numbers plainly (use display.ts for what the user sees). */
export function plainText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return value.error;
  return String(value).trim();
}

/**
 * A money or plain amount: numbers as they are; text such as "1,200.50", " 3.18", "63.14万元".
 * Null for anything else (words, dashes, empty).
 */
export function parseAmount(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  return amountInText(value);
}

/** Memoised: the reader asks this of every label beside a money label, and the labels recur in every table. */
const amountInText = memoizeString((value: string): number | null => {
  const t = amountWritten(value).replace(MONEY_SUFFIX, "");
  if (!/^[-+]?\d+(\.\d+)?$|^[-+]?\.\d+$/.test(t)) return null;
  return Number(t);
});

/**
 * Text that tries to be an amount: a digit, a Chinese numeral or a money word ("二十万元", "约20万（待核）", "若干万元").
 * Unread, the check says it cannot read it (read.spent-unreadable) and PERF.* say it too; other words (—, 待定, 未支出)
 * are no amount yet.
 */
export function looksLikeAmount(text: string): boolean {
  return LOOKS_LIKE_AMOUNT.test(text);
}
const LOOKS_LIKE_AMOUNT = /[\d０-９零〇一二两三四五六七八九十百千万亿元]/;

const MONEY_UNIT_AT_END = new RegExp(`\\(?(${MONEY_WORDS})\\)?$`);
/** "1-7月20万元", "1至7月…": the period an amount is for, written before it. */
const PERIOD_PREFIX = /^\d{1,2}(?:[-~—－至到]\d{1,2})?月(?:份|底|末)?(?:累计)?/;
/** What clerks write after a money unit and is no part of the amount: "20万元整", "20万元（含税）" (no digit inside). */
const MONEY_REMARK = new RegExp(`(${MONEY_WORDS})(?:整|\\([^()\\d]*\\))$`);
/** A remark saying the money is not (yet) spent — （未支付）, （未动用）, （暂估）, （合同金额） — is no remark (NOT_PAID_WORDS). */
function saysNotPaid(remark: string): boolean {
  const { unpaid, notSpending, paid } = NOT_PAID_WORDS;
  return unpaid.test(remark) || (notSpending.test(remark) && !paid.test(remark));
}

/**
 * The amount as written, without spaces, separators, ¥, a remark after its money unit or a period before it: only
 * with a money unit ("1-7月20" reads as a date, "2024（暂定）" is no amount). Words around the number are read as in an
 * indicator's actual (plainWrittenNumber: 约20万, 20万余, 二十万元, 1.2萬 are 20, 20, 20 and 1.2 万元). PERF.* read money
 * through it too.
 */
export function amountWritten(value: string): string {
  const t = plainWrittenNumber(normalizeText(toHalfWidth(value).replace(/[\s,¥￥]/g, ""))).text;
  const bare = t.replace(MONEY_REMARK, (remarked, unit: string) => (saysNotPaid(remarked) ? remarked : unit));
  const rest = bare.replace(PERIOD_PREFIX, "");
  return rest !== bare && MONEY_UNIT_AT_END.test(rest) && /^\d/.test(rest) ? rest : bare;
}

/** The money unit written after an amount ("200000元", "20（万元）", "63.14万", "20万元整"), or null (no unit). */
export function writtenMoneyUnit(value: CellValue): string | null {
  if (typeof value !== "string" || amountInText(value) === null) return null;
  const m = MONEY_UNIT_AT_END.exec(amountWritten(value));
  return m ? m[1] : null;
}

/** A percentage cell: "45%", 45 (percent units), 0.45 with a % format. Null when not a number. */
export function parsePercentCell(value: CellValue, numberFormat: string | undefined): number | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    return numberFormat && numberFormat.includes("%") ? roundPercent(value * 100) : value;
  }
  if (typeof value !== "string") return null;
  // "≥45%": a plan's share written with its floor is that share.
  const t = toHalfWidth(value)
    .replace(/\s+/g, "")
    .replace(/^(?:≥|>=|不低于|不少于|达到)/, "");
  const m = /^([-+]?\d+(?:\.\d+)?)%?$/.exec(t);
  return m ? Number(m[1]) : null;
}

/** Whether a cell holds a check mark alone (√ ✓ ✔ ☑ ■ ●, 是, Y or 1). */
export function isCheckMark(text: string): boolean {
  return CHECK_MARKS.test(text.trim());
}

/** The amount a label's own cell starts with: "6923.3552万元（其中：上级财政资金…）" → 6923.3552. */
export function leadingAmount(text: string): number | null {
  const m = LEADING_AMOUNT.exec(toHalfWidth(text).trim());
  return m ? Number(m[1].replace(/,/g, "")) : null;
}

/**
 * The amount of a cell naming its fund first: "一般公共预算安排77300万元" → 77300 (广东's 资金需求 | 2021年金额). Only with
 * a money word after the number; null for anything else.
 */
export function fundedAmount(text: string): number | null {
  const half = toHalfWidth(text).trim();
  const fund = FUND_BEFORE_AMOUNT.exec(half);
  if (!fund) return null;
  const rest = half.slice(fund[0].length);
  return MONEY_UNIT_AT_END.test(amountWritten(rest)) ? amountInText(rest) : null;
}
