/**
 * Reading an actual value (实际完成值) in the target's unit (docs/domain.md#actual-values).
 *
 * - A plain number is taken in the target's unit: 98 against ≥90% is 98 %, 0.5 against ≤1.8% is 0.5 %.
 *   Only a cell whose number format is a percentage is scaled (0.92 shown as 92% = 92 %).
 * - Text may carry a unit ("12人", "85%", "98.5 %", "1.2万元"); units of one family are converted, and rates per one
 *   same thing whose numerators are (0.017万元/亩 = 170 元/亩).
 * - A number without a unit that read in the target's unit is absurd (4800000 against ≥500万元) is read in the
 *   smaller unit it was probably typed in (元: 480 万元), said in the finding; not judged when none fits (unitSlip).
 * - A date target's actual is a completion date: a serial (date-formatted, or a bare number in the
 *   range of real dates, because custom functions receive values without formats) or date text.
 * - A qualitative target's actual is a grade, read through GRADE_PATTERNS (locale/zh/grades.ts).
 */
import { compareIso, lastDayOfMonth, makeIso, serialToIso, yearOf } from "../dates";
import { memoizeString } from "../memo";
import { alternation } from "../regExp";
import { cellPrecision, roundPercent, roundTo } from "../numbers";
export type { Grade } from "../locale/zh";
import { renderMessage, say, type Message, type NotDone } from "../locale/messages";
import type { CellReading, CellValue, ParsedTarget, TargetPart } from "../types";
import { formatScale, formatSuffix, isDateFormat, isPercentFormat } from "../numberFormat";
import { COMPLETION_SPAN } from "../locale/zh/calendar";
import { checkpointInName } from "../notation/checkpoints";
import {
  ACTUAL_CHANGE_WORDS,
  CHANGE_SUBJECT,
  ACTUAL_BETTER_THAN,
  ACTUAL_NEGATED_REACH,
  ACTUAL_FORECAST,
  ACTUAL_PLAN_NAMED,
  ACTUAL_DONE_WORDS,
  ACTUAL_SHORTFALL,
  ACTUAL_OVER_PLAN,
  ACTUAL_OVER_LIMIT,
  ACTUAL_OVER_TARGET,
  ACTUAL_OVER_DONE,
  ACTUAL_LEFT_AFTER,
  ACTUAL_UNDER_WAY_AFTER,
  ACTUAL_UNDER_WAY_BEFORE,
  ACTUAL_DONE_BESIDE_UNDER_WAY,
  ACTUAL_PART_OF_BEFORE,
  NOT_REACHED_ALONE,
  BUDGET_KEPT,
  EXPECTATION_GRADE,
  BUDGET_PASSED,
  CAP_KEPT,
  CAP_PASSED,
  PROVISIONAL,
  ACTUAL_NOT_DONE_BEFORE,
  ACTUAL_DONE_CLAUSE,
  ACTUAL_OTHER_AMOUNT,
  ACTUAL_COUNTED_TO,
  ACTUAL_THIS_MONTH_END,
  ACTUAL_YEAR_TYPED,
  YEARS_TYPED,
  PART_FROM_JANUARY,
  ACTUAL_LEADING_TIME,
  ACTUAL_TIME_IN_SENTENCE,
  ACTUAL_TRAILING_TIME,
  ATTENDANCE_RATE_NAME,
  ACTUAL_DUE_TO_ATTEND,
  ACTUAL_ATTENDED,
  ACTUAL_DUE_THEN_ATTENDED,
  ACTUAL_SHARE_DONE,
  ACTUAL_ADDED,
  ACTUAL_PART_OF_YEAR,
  ACTUAL_DONE_NAME,
  ACTUAL_NO_CHANGE,
  ACTUAL_NOT_CHANGED,
  GAP_WORDS,
  ACTUAL_MEASURE_NAME_END,
  MEASURE_QUALIFIER,
  RATE_SYNONYMS,
  ACTUAL_POINTS,
  IN_POINTS,
  POINTS_SAID_SHORT,
  ACTUAL_COMPARATOR_PREFIX,
  ACTUAL_COMPARATOR_SUFFIX,
  ACTUAL_MORE_THAN_PREFIX,
  ACTUAL_LESS_THAN_PREFIX,
  ACTUAL_HALF_WORDS,
  ACTUAL_NEAR_PREFIX,
  ACTUAL_SHORT_MORE_THAN,
  NEAR_SHARE,
  ACTUAL_NUMBER_PREFIX,
  ACTUAL_OPEN_SUFFIX,
  ACTUAL_UNBOUNDED_ABOVE,
  ACTUAL_UNBOUNDED_BELOW,
  directionOf,
  GRADE_PATTERNS,
  CONFORMS_PATTERNS,
  CONFORMS_YES,
  ALL_IN_PLACE,
  DONE_AFTER_NUMBER,
  DONE_ASIDE,
  SESSIONS_THEN_COUNT,
  LATE_ASIDE,
  DONE_THEN_ASIDE,
  ON_TIME,
  PASS_CONCLUSION,
  RISE_BEFORE_RANGE,
  FALL_BEFORE_RANGE,
  NOT_APPLICABLE,
  ZERO_WORD,
  OPINION_WORDS,
  SOME_OUTSIDE,
  IN_PROGRESS,
  WORKS_FINISHED,
  NOT_STARTED,
  NEGATING_WORDS,
  NEGATION_PREFIXES,
  PARTLY_PREFIXES,
  NONE_ANSWERS,
  NONE_OF_THING,
  NONE_TARGET_NAMES,
  REACHED_WORDS,
  TARGET_REACHED_WORDS,
  WORK_DONE_WORDS,
  SHORT_OF_EXPECTATION,
  BELOW_EXPECTATION,
  ABOVE_EXPECTATION,
  BETTER_THAN_EXPECTATION,
  RESTATE_PREFIXES,
  YES_NO,
  type Grade,
  inChinese,
  PRAISE,
} from "../locale/zh/grades";
import {
  AVERAGE_NAME,
  CHANGE_ADVERBS,
  BASELINE_LAST_YEAR,
  BASELINE_NOT_LAST_YEAR,
  BASELINE_PERIOD,
  BASELINE_YEAR,
  CHANGE_BASELINES,
  CONFORMITY_NAME,
  CHANGE_WORDS,
  PASS_SHARE_NAME,
  FALL_NAME,
  NEW_THINGS_NAME,
  NOT_PERCENT_RATE_NAME,
  PERCENT_RATE_NAME,
  RISE_NAME,
  PREFIX_OPS,
  SUFFIX_OPS,
} from "../locale/zh/notation";
import { CHINESE_NUMERAL_CHARS, chineseInteger, smallNumber } from "../locale/zh/numerals";
import {
  POINTS_UNIT,
  DAY_UNIT,
  WORKDAY_UNIT,
  PER_YEAR,
  COUNT_UNITS,
  LEADING_MAGNITUDES,
  SCALE_WORDS,
  SMALLER_TIME_UNIT,
  TIME_IN_TWO_UNITS,
  UNIT_PREFIX_FACTORS,
} from "../locale/zh/units";
import {
  canonicalUnit as targetCanonicalUnit,
  compactText,
  isMoneyUnit,
  normalizeText,
  parseDateText,
  NUMBER_SOURCE,
  parseQuantity,
  plainWrittenNumber,
  UNIT_SOURCE,
  ratioTerm,
  writtenTwoWays,
  readPeriod,
} from "../notation/text";
import { parseTarget, splitParts } from "../notation/parseTarget";
import {
  canonicalUnit,
  convertUnit,
  isCumulativeUnit,
  isKnownUnit,
  isStockIndicator,
  isYearCount,
  isWholeItemUnit,
  MOST_PERCENT,
  shareUnit,
  unitSlip,
} from "./units";

/**
 * What a value said from one side allows (docs/domain.md#a-value-said-from-one-side): from `low` to `high` (null: no
 * end), each end included or not, and the end the clerk wrote (以上 / 超过 / 余: low; 以下 / 低于 / 以内: high). text:
 * the actual as typed, for the finding. near: 近90% — about the number, below it; no end is a bound the clerk proves,
 * so it is judged only when every value it allows agrees, whichever side the target is on.
 */
interface Claim {
  low: number | null;
  lowStrict: boolean;
  high: number | null;
  highStrict: boolean;
  written: "low" | "high";
  text: string;
  near?: true;
  /** span: a range typed (85%-90%): neither end is a bound toward the target's side; judged when both ends agree. */
  span?: true;
}

export type Actual =
  | {
      kind: "number";
      value: number;
      /** fraction: a number in [0, 1] read as a share of 100 % (isFractionOf), said in the finding. */
      fraction?: number;
      /**
       * slip: a number typed without a unit that only makes sense in a smaller unit (4800000 against ≥500万元: 元,
       * unitSlip), read in it.
       */
      slip?: { typed: number; unit: string };
      claim?: Claim;
      /** sentence: read out of a sentence around one quantity (截至6月底完成3.2万人次), as typed: said (fromSentence). */
      sentence?: string;
      /** over: more than the target said with the excess (超额20人), as typed: read as the target and it, said. */
      over?: string;
      /** turn: a change in words only under a name of a change (不降反增, 未下降), as typed: judged on its claim, said. */
      turn?: string;
      /** added: what the year added (新增50人) under a count of the year, as typed: that count, said (addedThisYear). */
      added?: string;
      /** typed: a range (85%-90%, rangeTyped) or a fraction (45/50 under a %, fractionTyped), as typed. */
      typed?: {
        text: string;
        as: "range" | "fraction" | "ordinal" | "numbered" | "per-time" | "calendar-days";
        first?: number;
      };
      /** share: a share of the target said done (100%完成) under a count, as typed, and the share (shareOfTarget). */
      share?: { text: string; percent: number };
      /** provisional: said provisional (95%（暂定）, 初步统计96%: PROVISIONAL), as typed: judged, said so. */
      provisional?: string;
    }
  /**
   * span: a completion said as a half or a quarter (2024年上半年), as typed; date is its end (COMPLETION_SPAN).
   * yearless: a date typed without its year (9月底, 9月30日, 已于9月完成), as typed: read in the target's year, said.
   * planned: a date said to be expected or planned (预计2024年9月完成, 2024年9月（预计）), as typed: no completion.
   */
  | { kind: "date"; date: string; span?: string; yearless?: string; planned?: string }
  /**
   * notStarted: 未开始 / 未启动 against a completion date or a number — not done, not begun either (judgeNotStarted).
   * inProgress: 进行中 / 正在推进 against a number — begun, part done, how much not said (judgeInProgress).
   * moved: a change typed against a target naming only a direction (增372人次 against 增加), as typed (movedGrade).
   */
  | {
      kind: "grade";
      grade: Grade;
      notStarted?: true;
      inProgress?: true;
      moved?: string;
      /** conforms: a yes of conformity (有, 按规定执行) under a share of conformity at 100%, as typed (conformsToShare). */
      conforms?: string;
      /** all: conforms says every item passed (全部合格, passedShare), no rule kept. */
      all?: true;
      /** outside: some values said outside a range (存在18岁以下、54周岁以上), as typed (someOutside). */
      outside?: string;
      /** onTime: 按时 / 如期 alone under a deadline, as typed: done on time, or on schedule before it (onScheduleOnly). */
      onTime?: string;
      /** partDone: a share of the work said done short of the whole (已完成80%), as typed: part done (partDone). */
      partDone?: string;
    }
  | { kind: "empty" }
  /** reason: Chinese; text: the same as code and parameters (core/locale words it in either language). */
  | { kind: "invalid"; reason: string; text: Message };

function invalid(text: Message): Actual {
  return { kind: "invalid", reason: renderMessage(text), text };
}

/** A year to read a date typed without one against a number target, only to tell that it is a date. */
const ANY_LEAP_YEAR = 2024;

/** Bare numbers in this range are taken as date serials for date targets (1954-10-03 … 2119-01-07). */
const SERIAL_RANGE = { min: 20_000, max: 80_000 };

const ZERO_TARGET_OPS: ReadonlySet<string | null> = new Set(["<=", "="]);

function isCellReading(x: CellReading | CellValue | null): x is CellReading {
  return typeof x === "object" && x !== null && "cell" in x && "value" in x;
}

/**
 * The actual of a target of several quantities typed as several (`4次，每次2小时`, in the target's order): one value per
 * part (a piece typed without the part's base, `2小时` for 小时/次, is its number); `count` when not as many as the
 * parts; null when it is one value (judged against the part the target names).
 */
export function actualPieces(
  reading: CellReading | CellValue | null,
  parts: readonly TargetPart[],
): { pieces: CellValue[] } | { count: number } | null {
  const value = isCellReading(reading) ? reading.value : reading;
  if (typeof value !== "string") return null;
  const compact = compactText(value);
  if (ONE_NUMBER_IN_THOUSANDS.test(compact)) return null;
  const split = splitParts(compact).filter((p) => /\d/.test(p));
  const pieces = split.length === 1 ? (piecesByLabel(compact, parts) ?? split) : split;
  if (pieces.length === parts.length)
    return { pieces: pieces.map((piece, i) => pieceFor(piece, parts[i].target.unit)) };
  return pieces.length < 2 ? null : { count: pieces.length };
}

/**
 * An actual that names each part as the target does, in its order, with nothing between (签约率提高1%体检率下降1% under
 * 签约率提高1%、体检率提高2%: 南昌 2021, “2 个数” before): parted where each part's words begin; null otherwise.
 */
function piecesByLabel(compact: string, parts: readonly TargetPart[]): string[] | null {
  if (parts.length < 2 || parts.some((p) => p.label === "") || !compact.startsWith(parts[0].label)) return null;
  const starts = [0];
  for (const part of parts.slice(1)) {
    const at = compact.indexOf(part.label, starts[starts.length - 1] + parts[starts.length - 1].label.length);
    // A name inside a longer one is no part's start (合格率 in 不合格率: review62, parted there before).
    if (at < 0 || NEGATING_WORDS.test(compact[at - 1])) return null;
    starts.push(at);
  }
  const pieces = starts.map((start, i) => compact.slice(start, starts[i + 1]));
  return pieces.every((p) => /\d/.test(p)) ? pieces : null;
}

/** One number written with thousands separators (`1,200人`, `12,500.5元`): one actual (`1000,600,600` is three). */
const ONE_NUMBER_IN_THOUSANDS = /^\D*\d{1,3}(?:,\d{3})+(?:\.\d+)?[^\d,]*$/;

function pieceFor(piece: string, unit: string | null): CellValue {
  const q = parseQuantity(piece.slice(Math.max(0, piece.search(/[\d≥≤<>=]/))));
  return q && unit?.includes("/") && q.unit === unit.slice(0, unit.indexOf("/")) ? q.value : piece;
}

/** The grade of the first of `patterns` the text (normalised, trailing punctuation left out) matches, or null. */
const gradeIn = (patterns: ReadonlyArray<readonly [RegExp, Grade]>) =>
  memoizeString((text: string): Grade | null => {
    const t = inChinese(normalizeText(text).replace(/[。.!！;；,，\s]+$/u, ""));
    for (const [pattern, grade] of patterns) if (pattern.test(t)) return grade;
    return null;
  });
/** Read a grade from text, or null when the text is not one of GRADE_PATTERNS (memoised: 达成 recurs everywhere). */
export const readGrade = gradeIn(GRADE_PATTERNS);
/**
 * 按时 / 如期 alone read before its deadline (review64): done early or only on schedule, not told apart — judged and
 * scored as 按计划推进 (partly, on track), never met; at or after the deadline it says done on time.
 */
export function onScheduleOnly(read: Actual, asOf: string, deadline: string): boolean {
  return read.kind === "grade" && read.onTime !== undefined && compareIso(asOf, deadline) < 0;
}

/** 符合要求 / 达到要求: a grade against a qualitative target only (CONFORMS_PATTERNS). */
const readConforms = gradeIn(CONFORMS_PATTERNS);

/** Nothing typed, or a dash or a slash for “not applicable” (full-width ones too: －, ／, ＼; verdict64). */
const EMPTY_TEXT = /^[\s\-—–－/／\\＼、…]*$/;

/**
 * What an actual cell holds, read against its target's kind and unit: empty, a number (a share as percent), a date,
 * a grade or invalid with the reason; a formula the file holds no result for is invalid, not empty.
 */
export function readActual(reading: CellReading | CellValue | null, target: ParsedTarget): Actual {
  const value: CellValue = isCellReading(reading) ? reading.value : reading;
  const format = isCellReading(reading) ? reading.numberFormat : undefined;
  const date1904 = isCellReading(reading) && reading.date1904 === true;

  if (value === null || value === undefined) {
    // A formula the file holds no result for (written by a tool other than Excel / WPS) is not an empty cell.
    return isCellReading(reading) && reading.uncached ? invalid(say("actual.uncached-formula", {})) : { kind: "empty" };
  }
  if (typeof value === "object") {
    return invalid(say("actual.cell-error", { error: value.error }));
  }
  if (typeof value === "string" && EMPTY_TEXT.test(value)) return { kind: "empty" };
  // 不适用 / N/A / 不涉及 under any target: a claim needing a reason, not a value (verdict65: “应填写数值” before).
  if (typeof value === "string" && NOT_APPLICABLE.test(plainWords(value)))
    return invalid(say("actual.not-applicable", { value: value.trim() }));

  switch (target.kind) {
    case "qualitative":
      return readAsQualitative(value, format, target);
    case "date":
    case "period": {
      const done = readCompletionDate(value, format, target, date1904);
      // 100% / 达到预期 beside a 定性 sign (review69: “时限指标应填写完成日期” once reader69 dated 11月底之前 there, 达成 before).
      const graded =
        done.kind === "invalid" && target.qualitativeSign ? readAsQualitative(value, format, target) : null;
      return graded?.kind === "grade" ? graded : done;
    }
    case "missing":
    case "unknown":
      return readAnything(value, format, target, date1904);
    default:
      return provisional(value, readNumber(value, format, target, date1904));
  }
}

/** A rate of arrival (资金到位率), not of arriving on time (资金到位及时率: all in place says nothing of when). */
const ARRIVAL_RATE = /^(?!.*(?:及时|按时|准时)).*到位率/;

/**
 * An amount written in words a clerk uses for it (verdict71): a done note after the number (95% 已完成) as in brackets,
 * funds all in place under a rate of arrival (已全部到位: 100 %), a count after the sessions it came in (共3期120人: 120
 * under 人, said as read from the sentence). Null for anything else.
 */
function plainlyWritten(value: string, target: ParsedTarget): Actual | null {
  const text = compactText(value);
  const done = DONE_AFTER_NUMBER.exec(text);
  if (done) return readNumber(`${done[1]}（${done[2]}）`, undefined, target);
  const unit = canonicalUnit(target.unit);
  const fromSentence = (read: Actual) => (read.kind === "number" ? { ...read, sentence: value.trim() } : null);
  if (ALL_IN_PLACE.test(plainWords(value)) && unit === "%" && ARRIVAL_RATE.test(target.measure ?? ""))
    return fromSentence(readNumber("100%", undefined, target));
  const sessions = SESSIONS_THEN_COUNT.exec(text);
  if (sessions && unit !== null && canonicalUnit(sessions[3]) === unit)
    return fromSentence(readNumber(`${sessions[2]}${sessions[3]}`, undefined, target));
  return null;
}

/** A number read from words saying it is provisional (PROVISIONAL: 95%（暂定）), marked so the finding says it. */
function provisional(value: number | string | boolean, read: Actual): Actual {
  return read.kind === "number" && typeof value === "string" && PROVISIONAL.test(value)
    ? { ...read, provisional: value.trim() }
    : read;
}

/**
 * 100% written against a qualitative target (按时限完成 | 100%, 保山 2022): the work is done in full, achieved. A cell
 * formatted as a percentage, the text "100%", or the same said done (已完成100%, 100%完成, 完成率100%: 大英 2020 typed
 * 已完成100% in every row; verdict68, “定性指标应填写达成情况” before); other shares (15%, 已完成80% against 明显提升) are
 * no grade.
 */
function isWholePercent(value: number | string | boolean, format: string | undefined): boolean {
  if (typeof value === "number") return isPercentFormat(format) && Math.abs(value - 1) < 1e-9;
  if (typeof value !== "string") return false;
  const q = parseQuantity(value);
  return (q !== null && q.unit === "%" && q.value === 100) || allSaidDone(value);
}

/** An answer to a qualitative target: a whole 100 %, part of the work said done, or a grade in words. */
function readAsQualitative(value: number | string | boolean, format: string | undefined, target: ParsedTarget): Actual {
  if (isWholePercent(value, format)) return { kind: "grade", grade: "achieved" };
  return typeof value === "string" && partSaidDone(value) ? partDone(value) : readQualitative(value, target);
}

/** The share of the task said done (已完成80%, 100%完成, 完成率100%: ACTUAL_SHARE_DONE), or null. */
function shareSaidDone(value: string): number | null {
  const said = ACTUAL_SHARE_DONE.exec(compactText(value));
  return said === null ? null : Number(said[1] ?? said[2]);
}

/** The whole task said done as a share (已完成100%, 100%完成, 完成率100%: ACTUAL_SHARE_DONE of exactly 100): 已完成. */
function allSaidDone(value: string): boolean {
  return shareSaidDone(value) === 100;
}

/** Part of the task said done (已完成80%: more than none, short of the whole). */
function partSaidDone(value: string): boolean {
  const share = shareSaidDone(value);
  return share !== null && share > 0 && share < 100;
}

/**
 * 已完成80% under a qualitative target or a deadline (verdict69: “定性指标应填写达成情况” / “时限指标应填写完成日期” before):
 * the work part done — 部分达成, and against a deadline work under way (as 进行中), said so.
 */
function partDone(value: string): Actual {
  return { kind: "grade", grade: "partly", partDone: value.trim() };
}

const QUALITATIVE_PREFIX = /^定性[:：]/;
const TRAILING_PUNCTUATION = /[。.!！;；,，]+$/u;

/**
 * Text compared with the target: no spaces, quotes or trailing punctuation, no 定性： prefix. (The patterns are module
 * constants: a regex literal in a function makes a new RegExp object each time it runs, here for every actual.)
 */
const plainWords = (s: string) =>
  inChinese(compactText(s).replace(QUALITATIVE_PREFIX, "").replace(TRAILING_PUNCTUATION, ""));

/** A yes / no target (是 / 否 / 有 / 无 as the answer to reach, YES_NO): judged by the answer given. */
export const isYesNoTarget = (target: ParsedTarget) => YES_NO.has(plainWords(target.raw));

const stripFirst = (s: string, words: readonly string[]) => {
  const w = words.find((x) => s.startsWith(x) && s.length > x.length);
  return w ? s.slice(w.length) : null;
};

/** How long a restatement of a long target's opening words must be (严格执行), and what splits clauses. */
const OPENING_WORDS = 4;
const CLAUSE_BREAK = /[，,；;、。]/;

/**
 * An actual that restates the target ("及时" for 及时, "已按计划实施" for 按计划实施) is achieved; one that restates it
 * with 基本 / 部分 ("基本达到" for 达到预期) is partly; one that restates it negated ("未及时", "未按计划实施") is not.
 */
function restatedGrade(actual: string, target: ParsedTarget): Grade | null {
  const goal = plainWords(target.raw);
  const said = plainWords(actual);
  if (!goal || !said) return null;
  // Part of the target: its first words (按时 of 按时完成), or its last ones when the words left out in front negate
  // nothing (保障 of 及时保障, 提升 of 有所提升; not 发生 of 未发生).
  const part = (w: string) =>
    w.length >= 2 &&
    (goal.startsWith(w) || (goal.endsWith(w) && !NEGATING_WORDS.test(goal.slice(0, goal.length - w.length))));
  // The target restated whole or without a word or two: 全天候 against 全天候可用 (黄石 2022), 提升 against 有所提升.
  if (said === goal || (part(said) && goal.length - said.length <= 2)) return "achieved";
  // A long target of one clause restated by its opening words (严格执行 against 严格执行相关制度规定: verdict55), as
  // 已严格执行 is below; a target of several clauses (…，资金使用合规) is not answered by its first.
  if (said.length >= OPENING_WORDS && goal.startsWith(said) && !CLAUSE_BREAK.test(goal)) return "achieved";
  const restated = (prefixes: readonly string[]) => {
    const rest = stripFirst(said, prefixes);
    return rest !== null && (rest === goal || part(rest));
  };
  // 已保障 against 及时保障, 均已按时 against 按时完成.
  if (restated(RESTATE_PREFIXES)) return "achieved";
  if (restated(PARTLY_PREFIXES)) return "partly";
  // 未改善 against 明显改善, 没有提升 against 有效提升: the target's verb negated, its degree word left out;
  // 未按时 against 按时完成: its first words negated, the verb left out.
  if (restated(NEGATION_PREFIXES)) return "not";
  return null;
}

/**
 * The answer to a yes / no target (是 / 否 / 有 / 无, YES_NO): the same answer is achieved, the opposite not; against
 * 否 / 无 a count is an answer too (0 = none: achieved, 1次 = not). Null when the target is no yes / no word or the
 * actual answers nothing.
 */
function yesNoGrade(value: number | string | boolean, target: ParsedTarget): Grade | null {
  // 无重大事故, 未发生安全事故: a none of a bad thing, the answer 无 wanted (verdict55: 无 / 未发生 / 0 went unjudged).
  const wanted = YES_NO.get(plainWords(target.raw)) ?? (saysNone(target.raw) ? false : undefined);
  if (wanted === undefined) return null;
  let said: boolean | undefined;
  if (typeof value === "boolean") said = value;
  else if (typeof value === "number") said = wanted ? undefined : value !== 0;
  else {
    said = YES_NO.get(plainWords(value)) ?? (!wanted && saysNone(value) ? false : undefined);
    const count = said === undefined && !wanted ? parseNumberText(value) : null;
    if (count) said = count.value !== 0;
  }
  return said === undefined ? null : said === wanted ? "achieved" : "not";
}

function readQualitative(value: number | string | boolean, target?: ParsedTarget): Actual {
  const answer = target ? yesNoGrade(value, target) : null;
  if (answer) return { kind: "grade", grade: answer };
  if (typeof value === "boolean") return { kind: "grade", grade: value ? "achieved" : "not" };
  // The target restated first: 良好 against 良好 (黄石 2022) is achieved, though 良好 alone grades 部分达成.
  const grade =
    typeof value === "string"
      ? ((target ? restatedGrade(value, target) : null) ?? readGrade(value) ?? readConforms(value))
      : null;
  if (grade) return { kind: "grade", grade };
  const moved = typeof value === "string" && target ? movedGrade(value, target) : null;
  if (moved) return { kind: "grade", grade: moved, moved: String(value).trim() };
  // 增加5%，减少2万元 against 有所下降: two changes, which one answers it is not guessed (verdict55).
  const changes = typeof value === "string" && target ? severalChanges(value, target) : null;
  if (changes) return invalid(say("actual.several-numbers", { value: String(value).trim(), numbers: changes }));
  return invalid(say("actual.not-a-grade", { value: String(value) }));
}

/**
 * A change typed against a target naming only a direction (增372人次 or 门诊人次增加372 against 增加, 减少0.1万元 against
 * 有所下降): achieved when it goes that way, not when it goes the other way or nowhere (增加0人次); null for anything else
 * (a bare 372 may be the total, not the rise). Before verdict54 “定性指标应填写达成情况” (南昌 蚕茶卫生院 2021).
 */
function movedGrade(value: string, target: ParsedTarget): Grade | null {
  const direction = directionOf(plainWords(target.raw));
  if (direction === null) return null;
  const change = parseNumberText(value) ?? parseNumberText(value.replace(CHANGE_SUBJECT, ""));
  if (!change?.signed) return null;
  return change.value * direction > 0 ? "achieved" : "not";
}

/** Two or more changes typed in one cell against a target naming only a direction, as typed; null otherwise. */
function severalChanges(value: string, target: ParsedTarget): string[] | null {
  if (directionOf(plainWords(target.raw)) === null) return null;
  const changes = splitParts(compactText(value)).filter(
    (piece) => (parseNumberText(piece) ?? parseNumberText(piece.replace(CHANGE_SUBJECT, "")))?.signed,
  );
  return changes.length >= 2 ? changes : null;
}

/** `20240702`, the yyyymmdd of 财务 / 国库 system exports (number or text). */
const YYYYMMDD = /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
/** A time after the date, as exported text has it: `2024-07-02 00:00:00`. */
const TIME_OF_DAY = /\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
/**
 * The sentence around a date: `已于2024年7月2日完成`, `2024年7月2日已完成`; put off to it (`延期至2024年12月完成`:
 * verdict65, “时限指标应填写完成日期” before), done then, late or not by the date; 按计划2024年9月完成 is done on it
 * (verdict66, the same before).
 */
const DATE_SENTENCE =
  /^(?:已于|已在|于|在|(?:已经?)?按(?:计划|期|时)(?:于|在)?|(?:已经?)?(?:延期|推迟|延迟|顺延)(?:至|到))?(.+?)(?:已经|已)?(?:完成|办结|竣工|完工|结束)?$/;
/** A month written alone in a completion sentence (已于6月完成, 六月已完成). */
const MONTH_ALONE = new RegExp(`^(\\d{1,2}|[${CHINESE_NUMERAL_CHARS}]{1,2})月$`);
/** A 公文 date, `二〇二四年七月二日`: the year digit by digit, month and day as numbers. */
const OFFICIAL_DATE = new RegExp(
  `^([〇零一二三四五六七八九]{4})年([${CHINESE_NUMERAL_CHARS}]{1,3})月(?:([${CHINESE_NUMERAL_CHARS}]{1,3})日)?`,
);

/** A completion date as clerks and exports write it, made plain for parseDateText (docs/domain.md Actual values). */
function plainDateText(text: string): string {
  const s = normalizeText(text).trim().replace(TIME_OF_DAY, "");
  const compact = YYYYMMDD.exec(s);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const official = OFFICIAL_DATE.exec(s);
  if (official) {
    const year = [...official[1]].map((c) => chineseInteger(c)).join("");
    const [month, day] = [chineseInteger(official[2]), official[3] ? chineseInteger(official[3]) : null];
    return `${year}年${month}月${day === null ? "" : `${day}日`}${s.slice(official[0].length)}`;
  }
  return s;
}

/**
 * A target written as a yyyymmdd number (`20240630`, no unit): read as the number it is, but a date answering it
 * is told how to write the deadline rather than blamed on Excel's turning “9/30” into a date.
 */
function yyyymmddTarget(target: ParsedTarget): string | undefined {
  const m = target.unit === null && target.value !== null ? YYYYMMDD.exec(String(target.value)) : null;
  return (m && parseDateText(`${m[1]}-${m[2]}-${m[3]}`)) || undefined;
}

function readCompletionDate(
  value: number | string | boolean,
  format: string | undefined,
  target: ParsedTarget,
  date1904: boolean,
): Actual {
  if (typeof value === "number") {
    const typed = isDateFormat(format) ? null : YYYYMMDD.exec(String(value));
    if (typed) {
      // The day must exist: 20240631 / 20240230 are slips, no date (as the same digits typed as text).
      const date = parseDateText(`${typed[1]}-${typed[2]}-${typed[3]}`);
      return date ? { kind: "date", date } : invalid(say("actual.not-a-date", { value: String(value) }));
    }
    const dated = isDateFormat(format) || (value >= SERIAL_RANGE.min && value <= SERIAL_RANGE.max);
    const iso = dated ? serialToIso(value, date1904) : null;
    if (iso) return { kind: "date", date: iso };
  } else if (typeof value === "string") {
    const planned = plannedDate(value, target, date1904);
    if (planned) return planned;
    const year = target.date ? yearOf(target.date) : undefined;
    const plain = plainDateText(value);
    const sentence = DATE_SENTENCE.exec(plain)?.[1];
    const iso = parseDateText(plain, year) ?? (sentence ? parseDateText(sentence, year) : null);
    if (iso) {
      if (COMPLETION_SPAN.test(plain)) return { kind: "date", date: iso, span: value.trim() };
      // 9月底 read in the target's year (verdict54: silently before), said as no year was typed.
      const typedYear = parseDateText(plain) ?? (sentence ? parseDateText(sentence) : null);
      return typedYear ? { kind: "date", date: iso } : { kind: "date", date: iso, yearless: value.trim() };
    }
    // 已于6月完成: a month alone is done by its end, in the year of the target's date (the tables' budget year), as
    // 6月底 reads; in a target 6月 alone may be six months, here it can only be a month.
    const month = sentence ? smallNumber(MONTH_ALONE.exec(sentence)?.[1] ?? "") : null;
    if (month !== null && month >= 1 && month <= 12 && year !== undefined)
      return { kind: "date", date: lastDayOfMonth(year, month), yearless: value.trim() };
    // A period written as the answer (2021.1.1-12.31, as its target: 吕梁 2021) was done by its end.
    const period = readPeriod(compactText(plain), year);
    if (period && "end" in period) return { kind: "date", date: period.end };
    // "已完成" without a date still says whether the work is done; "进行中" that it is part done; "未开始" that
    // nothing is done yet.
    const words = compactText(value);
    // 2024年11月（已完成）: the time before a note that it is done (DONE_ASIDE), or done late (LATE_ASIDE: verdict65).
    const aside = TRAILING_ASIDE.exec(words);
    if (aside && aside.index > 0 && (DONE_ASIDE.test(aside[1]) || LATE_ASIDE.test(aside[1]))) {
      const done = readCompletionDate(words.slice(0, aside.index), format, target, date1904);
      if (done.kind === "date") return done;
    }
    // 已完成（11月）: done, the time in brackets (verdict67: “时限指标应填写完成日期” before), read as 11月已完成.
    const doneWhen = DONE_THEN_ASIDE.exec(words)?.[1];
    if (doneWhen !== undefined) {
      const done = readCompletionDate(doneWhen, format, target, date1904);
      if (done.kind === "date" && !done.planned)
        return done.yearless === undefined ? done : { ...done, yearless: value.trim() };
    }
    if (NOT_STARTED.test(words)) return { kind: "grade", grade: "not", notStarted: true };
    if (ON_TIME.test(words)) return { kind: "grade", grade: "achieved", onTime: value.trim() };
    // 已完成100% (大英 2020, 全年 1-12月): 已完成, no date (verdict68: “时限指标应填写完成日期” before).
    if (allSaidDone(words)) return { kind: "grade", grade: "achieved" };
    if (partSaidDone(words)) return partDone(value);
    // 达到预期 says nothing of when (verdict67, as 达到要求: review55).
    const grade =
      (EXPECTATION_GRADE.test(words) ? null : readGrade(value)) ??
      (WORKS_FINISHED.test(words) ? "achieved" : IN_PROGRESS.test(words) ? "partly" : null);
    if (grade) return { kind: "grade", grade };
  }
  return invalid(say("actual.not-a-date", { value: String(value) }));
}

/** 预计 / 计划 / 拟 before a completion date (预计2024年9月完成), its way to be done (于 / 在 / 将) after. */
const PLANNED_BEFORE_DATE = /^(?:预计|预期|计划|拟|争取|力争|有望)(?:于|在|将|将于)?(.+)$/;

/**
 * A completion date said to be expected (预计2024年9月完成, 2024年9月（预计）: verdict66, “时限指标应填写完成日期” before;
 * 计划2024年9月完成 was met, green, as done on that day): the date read, marked planned — a plan while it is ahead,
 * no completion once it has passed (judgeIndicator). Null when no date is read so.
 */
function plannedDate(value: string, target: ParsedTarget, date1904: boolean): Actual | null {
  const words = compactText(value);
  // 计划2024年9月，已完成: done, as planned — no plan still ahead.
  if (words.includes("已")) return null;
  const aside = TRAILING_ASIDE.exec(words);
  const rest =
    aside && aside.index > 0 && ACTUAL_FORECAST.test(aside[1])
      ? words.slice(0, aside.index)
      : PLANNED_BEFORE_DATE.exec(words)?.[1];
  if (!rest) return null;
  const read = readCompletionDate(rest, undefined, target, date1904);
  return read.kind === "date" && !read.planned ? { ...read, planned: value.trim() } : null;
}

function readNumber(
  value: number | string | boolean,
  format: string | undefined,
  target: ParsedTarget,
  date1904 = false,
): Actual {
  const targetUnit = canonicalUnit(target.unit);
  if (typeof value === "boolean") return notANumber(value);

  let amount: number;
  let unit: string | null;
  let signed: boolean;
  // A magnitude alone as typed (1.2万): named so where the unit does not fit, not as the 万元 it was taken for.
  let typedWord: string | null = null;
  // 2000余人, 50多万元: more than the number written.
  let more = false;
  // 50万元以上, 90%以下: a comparison leaving the value open on one side.
  let bound: "above" | "below" | null = null;
  // 低于90%, <5%: strictly less than the number.
  let less = false;
  let upTo: number | null = null;
  let near = false;
  // 95%（未达标）, 80%（达标）: the clerk's note says whether the target is reached (saidGrade).
  let noted: Noted | null = null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return notANumber(value);
    // A formula's float noise (56.99999999999999 for 57): read as the cell holds it, so the check, PERF.STATUS and the
    // score see the 57 the clerk sees (1.0000000000000002 in a 0% cell is the fraction 1, 100%).
    if (cellPrecision(value) !== value) return readNumber(cellPrecision(value), format, target, date1904);
    // A date (Excel makes one of a typed "9/30" or "1-3") is no number of the target's kind, whatever its serial.
    const date = isDateFormat(format) ? serialToIso(value, date1904) : null;
    if (date) return invalid(say("actual.is-a-date", { date, targetDate: yyyymmddTarget(target) }));
    // A unit in the number format (#,##0"元" shows 485,000元) counts as one typed in the cell.
    const shown = formatUnit(format);
    if (shown) return readNumber(`${value}${shown}`, undefined, target);
    // A format that scales what it shows (0!.0,"万" shows 123456 as 12.3万): read as shown (scaledReading).
    const scaled = format ? scaledReading(format, target.unit) : null;
    if (scaled) {
      const seen = (value * scaled.times) / scaled.per;
      return readNumber(scaled.unit ? `${seen}${scaled.unit}` : seen, undefined, target);
    }
    // Only a percentage-formatted cell is scaled; a plain number is already in the target's unit (no unit, no
    // conversion), but a clerk's 96 against ≥0.97比例 is 96% (shareUnit).
    const plainUnit = shareUnit(value, targetUnit) === "%" ? "%" : null;
    const share = changeShare(value, target);
    if (isPercentFormat(format)) [amount, unit] = [roundPercent(value * 100), "%"];
    else if (isFractionOf(value, target)) return { kind: "number", value: roundPercent(value * 100), fraction: value };
    else if (pastFraction(value, target) || capFraction(value, target) || changeFraction(value, target))
      return invalid(pastFractionSaid(value, target));
    else if (share !== null) return { kind: "number", value: share, fraction: value };
    else [amount, unit] = [value, plainUnit];
    signed = value < 0;
    if (signed && target.changeFall) return invalid(signedFall(String(value), target));
  } else {
    // 未达成，95%; 超支，20万元: a grade in a clause of its own beside the number (verdict69: 95 read, met, before); first,
    // as 未达预期 is no forecast.
    const beside = gradeBeside(value, target);
    if (beside) return beside;
    const stated = statedDone(value, target);
    if (stated) return stated;
    const plainly = plainlyWritten(value, target);
    if (plainly) return plainly;
    const aside = TRAILING_ASIDE.exec(value)?.[1];
    if (aside !== undefined && targetSide(target) === "cap" && NOT_REACHED_ALONE.test(plainWords(aside)))
      return notReachedUnderCap(value, aside, target);
    if (aside !== undefined && aboveExpectationUnderCap(aside, target))
      return aboveExpectationSaid(value, aside, target);
    const asideGrade = aside === undefined ? null : saidGrade(aside, target);
    // The note's words said when they are no 未… (95%（部分达成）); 95%（未达标） keeps review56's words.
    if (asideGrade)
      noted =
        asideGrade === "not" && !belowExpectationUnderCap(aside!, target)
          ? { grade: asideGrade }
          : { grade: asideGrade, word: aside!.trim() };
    // A time after the quantity (完成3.2万人次（截至6月30日）): when, not how much, read without it and said as a sentence.
    const timed = ACTUAL_TRAILING_TIME.exec(value);
    if (timed && timed.index > 0) {
      const read = readNumber(value.slice(0, timed.index), undefined, target);
      return read.kind === "number" ? { ...read, sentence: value.trim() } : read;
    }
    // Against a change, or a level named of one, what changed may be named first (体检率下降1%, 能耗下降6%): read
    // without it.
    // 2024.12 under a count of whole things or a share: a month typed, no 2024.12 人 (verdict63: red before).
    if (YEAR_MONTH_TYPED.test(compactText(value)) && wholeOrShare(target))
      return invalid(say("actual.is-a-time", { value: value.trim() }));
    // 2024.13 under a count of whole things: a year with no such month, and no count (verdict64: 超额 before).
    const pastMonth = YEAR_PAST_MONTH.exec(compactText(value));
    if (pastMonth && wholeOrShare(target) && canonicalUnit(target.unit) !== "%")
      return invalid(say("actual.no-such-month", { value: value.trim(), month: Number(pastMonth[1]) }));
    const parsed = parsedActual(value, target);
    // 零 / 零起: 0 typed as a word (verdict65), read as the digit would be.
    const zero = ZERO_WORD.test(compactText(value)) ? compactText(value).replace(ZERO_WORD, "0") : null;
    if (!parsed && zero !== null) {
      const read = readNumber(zero, undefined, target);
      if (read.kind === "number") return read;
    }
    if (!parsed) return notNumberText(value, target);
    // -6% under 能耗下降率: a fall of 6 written as a change, or a fall rate of −6 (a rise): not told apart (verdict57).
    if (parsed.signed && !parsed.changed && target.changeFall) return invalid(signedFall(value, target));
    if (parsed.unit === null && !parsed.signed && isFractionOf(parsed.value, target))
      return { kind: "number", value: roundPercent(parsed.value * 100), fraction: parsed.value };
    if (
      parsed.unit === null &&
      !parsed.bound &&
      !parsed.more &&
      (parsed.signed
        ? changeFraction(parsed.value, target)
        : pastFraction(parsed.value, target) ||
          capFraction(parsed.value, target) ||
          changeFraction(parsed.value, target))
    )
      return invalid(pastFractionSaid(parsed.value, target));
    const share = parsed.unit === null && !parsed.bound && !parsed.more ? changeShare(parsed.value, target) : null;
    if (share !== null && (!parsed.signed || share < 0))
      return { kind: "number", value: share, fraction: parsed.signed ? -parsed.value : parsed.value };
    // 下降6% against 能耗下降率 ≥5%: the fall the name measures is 6, a rise of 6 is −6 (verdict56: −6 %, red before).
    amount = parsed.changed && target.changeFall ? -parsed.value : parsed.value;
    unit = shareUnit(amount, parsed.unit);
    if (unit !== null && POINTS_SAID_SHORT.test(unit) && IN_POINTS.test(target.raw)) unit = "%";
    signed = parsed.signed;
    // 1.2万 typed against a count or an amount (≥10000人次, ≥1.5万人, a bare ≥10000) is read as a cell formatted
    // 0!.0,"万" showing 1.2万 is: 12000 of the target's unit (as 1.2万元 against ≥500万元). Against a level (%, 分) it
    // stays no number of the target's kind; against a bare money target (成本指标 ≤50) 45万 is 45万元, as typed so.
    // 千 alone only against things counted one by one: against ≥5千米 or ≥5公里, 3千 could be 3000 米 as well as
    // 3000 公里.
    const magnitude = parsed.magnitude;
    typedWord = parsed.word;
    more = parsed.more;
    bound = parsed.bound;
    less = parsed.less;
    upTo = parsed.upTo;
    near = parsed.near;
    // An amount per person or per day (≥10000元/人) counts as its amount does: 1.2万 is 12000 元/人.
    const amountUnit = targetUnit === null ? null : targetUnit.split("/")[0];
    const counted =
      amountUnit === null
        ? !target.money
        : magnitude === 1000
          ? COUNT_UNITS.includes(amountUnit)
          : isCumulativeUnit(amountUnit);
    if (magnitude !== null && counted) {
      const read = magnitudeReading(magnitude, 1, target.unit);
      amount = roundTo((amount * read.times) / read.per, 8);
      unit = read.unit === "" ? null : read.unit;
    } else if (targetUnit === null && unit !== null) {
      // Against a target without a unit the unit is left out (12人 against ≥10 is 12), but not its 万 / 亿: 1.2万人次
      // against a bare ≥10000 is 12000, not 1.2 (未达标). Money keeps its reading (a bare money target is in the
      // table's unit, often 万元).
      const factor = unit.length > 1 && !isMoneyUnit(unit) ? LEADING_MAGNITUDES[unit[0]] : undefined;
      if (factor !== undefined) amount = roundTo(amount * factor, 8);
    }
  }

  // Against "下降3%" (or 较上年下降) an unsigned "4" means a fall of 4.
  if (target.kind === "change" && !signed && changeReach(target).sign < 0) amount = -amount;

  // 14 against 师生比 1:15: one number against a ratio per more than one could be 1:14 or 14:15 (met either way
  // only by chance) — asked for as a ratio, not guessed. Against 1.2:1 a bare 1.3 is 1.3:1.
  const term = ratioTerm(targetUnit);
  if (unit === null && term !== null && term !== 1)
    return invalid(say("actual.ratio-ambiguous", { value: amount, target }));
  if (unit === null && targetUnit !== null) {
    // A number without a unit is taken in the target's unit — unless that makes it absurd (unitSlip).
    const slip = unitSlip(amount, target);
    if (slip?.unit === null)
      return invalid(say("actual.implausible", { value: amount, times: slip.times, unit: targetUnit }));
    if (slip) return { kind: "number", value: slip.value, slip: { typed: amount, unit: slip.unit } };
  }
  let v = amount;
  if (unit !== null && targetUnit !== null) {
    const converted = convertUnit(amount, unit, targetUnit);
    if (converted === null) {
      if (typeof value === "string") {
        const perTime = perTimeTyped(value, target);
        if (perTime) return perTime;
        const days = dayKinds(amount, unit, value, target, bound === "above" || more);
        if (days) return days;
        // 240人/年 has its per-part (perYear folded it away from unit): no part left out.
        const per = /[/／每]/.test(value) ? null : perPartLeftOut(amount, unit, target);
        if (per) return invalid(say("actual.per-part-left-out", { value: value.trim(), unit, ...per }));
      }
      // 96.5分 under ≥95% (verdict66): a score is no share — said so, with how to write the share.
      if (unit === POINTS_UNIT && targetUnit === "%" && typeof value === "string")
        return invalid(say("actual.points-for-share", { value: value.trim(), number: amount, target }));
      return invalid(say("actual.unit-mismatch", { unit: typedWord ?? unitNamed(unit), targetUnit }));
    }
    v = converted;
  }
  return numberRead(v, claimOf(v, value, more, less, bound, upTo, near), value, target, targetUnit, noted);
}

/**
 * Calendar days under working days or the reverse (5天 under ≤7工作日: verdict67, “单位不一致” before): a span of
 * calendar days holds no more working days than it has days, so calendar days within a cap of working days are within
 * it, read so and said; otherwise the kind of day decides, said. Null for other units. At least that many days
 * (超过5天, 5天以上: review67, met before) holds no cap.
 */
function dayKinds(amount: number, unit: string, value: string, target: ParsedTarget, atLeast: boolean): Actual | null {
  const targetUnit = canonicalUnit(target.unit);
  const workdays = unit === WORKDAY_UNIT;
  if (targetUnit !== (workdays ? DAY_UNIT : WORKDAY_UNIT)) return null;
  const days = workdays ? amount : convertUnit(amount, unit, DAY_UNIT);
  if (days === null || days < 0) return null;
  if (!workdays && !atLeast && targetSide(target) === "cap" && meetsTarget(days, target))
    return { kind: "number", value: days, typed: { text: value.trim(), as: "calendar-days" } };
  return invalid(say("actual.day-kinds", { value: value.trim(), days, target, ...(workdays ? { workdays } : {}) }));
}

/** Months in each period a count may be typed per (1次/季度, 12次/年): a count per one is a count per another. */
const MONTHS_IN: Readonly<Record<string, number>> = { 年: 12, 半年: 6, 季度: 3, 季: 3, 月: 1 };
/** Weeks in the periods a count per a week converts to (52次/年 under 1次/周: verdict67); a month holds no whole weeks. */
const WEEKS_IN: Readonly<Record<string, number>> = { 年: 52, 半年: 26, 周: 1 };
const PER_TIME_UNIT = /^(.+)\/(半年|年|季度|季|月|周)$/;
const PER_TIME_AFTER = /^(.+?)(?:\/|每)(半年|年|季度|季|月|周)$/;
const PER_TIME_BEFORE = /^每(半年|年|季度|季|月|周)(.+)$/;
/** Events counted (次, 场, 期): a year's are the sum of its months'. */
const EVENT_UNITS = /^[次场期批轮]$/;
/** People and households: those of a month may be those of the next, so no year's count is summed of them. */
const PEOPLE_UNITS = /^[人户名]$/;

/**
 * A count per another period than the target's (12次/年, 1次/季度, 每季度1次 under 1次/月: verdict66, “单位不一致” or
 * “应填写数值” before): converted by the months in each (1次/月 is 12次/年), said; per its own period in words with a
 * numeral (每月一次) as typed. Null for anything else.
 */
function perTimeTyped(value: string, target: ParsedTarget): Actual | null {
  const unit = targetCanonicalUnit(target.unit ?? "") ?? "";
  // A count of events without a period (≥12次) is the year's, as a target per year is (canonicalUnit's perYear):
  // 每月1次 is 12. Not people: 每月20人 may be the same 20 each month.
  const wanted = PER_TIME_UNIT.exec(EVENT_UNITS.test(unit) ? `${unit}${PER_YEAR}` : unit);
  if (!wanted || PEOPLE_UNITS.test(wanted[1]) || (target.kind !== "number" && target.kind !== "range")) return null;
  const text = compactText(value);
  const after = PER_TIME_AFTER.exec(text);
  const before = after ? null : PER_TIME_BEFORE.exec(text);
  const [quantity, per] = after ? [after[1], after[2]] : before ? [before[2], before[1]] : [null, null];
  if (quantity === null || per === null) return null;
  const read = parseNumberText(quantity);
  if (!read || read.signed || read.unit === null || read.bound || read.more || read.near) return null;
  const count = convertUnit(read.value, read.unit, wanted[1]);
  if (count === null) return null;
  // 每月一次 under 1次/月: the target's own period in words, no conversion to say.
  if (per === wanted[2] || MONTHS_IN[per] === MONTHS_IN[wanted[2]]) return { kind: "number", value: count };
  const weeks = per === "周" || wanted[2] === "周";
  if (weeks && (WEEKS_IN[per] === undefined || WEEKS_IN[wanted[2]] === undefined))
    return invalid(say("actual.weeks-and-months", { value: value.trim(), target }));
  const inTarget = weeks
    ? roundTo((count * WEEKS_IN[wanted[2]]) / WEEKS_IN[per], 8)
    : roundTo((count * MONTHS_IN[wanted[2]]) / MONTHS_IN[per], 8);
  return { kind: "number", value: inTarget, typed: { text: value.trim(), as: "per-time" } };
}

/**
 * 583元 under 元/人/月, 12次 under 次/月 (verdict66): the target's unit with its per-part left out — a rate or a total,
 * not told apart (12次 a month is 12 times the target, 12次 a year is it), said with how to write it. Null otherwise.
 */
function perPartLeftOut(
  amount: number,
  unit: string,
  target: ParsedTarget,
): { targetUnit: string; per: string; number: number; yearly?: string } | null {
  const written = targetCanonicalUnit(target.unit ?? "") ?? "";
  const slash = written.indexOf("/");
  if (slash <= 0 || unit.includes("/") || ratioTerm(written) !== null) return null;
  // 4800000元 under 万元/公里: the number suggested in the target's unit (review66: “4800000万元/公里” before).
  const number = convertUnit(amount, unit, written.slice(0, slash));
  if (number === null) return null;
  const per = written.slice(slash + 1);
  // 次/月: a year's count is as likely (12次); 元/人/月 asks for no year's total.
  const yearly = PER_TIME_UNIT.test(written) && !per.includes("/") && per !== "年";
  return {
    targetUnit: written,
    per,
    number,
    ...(yearly ? { yearly: `${written.slice(0, slash)}${PER_YEAR}` } : {}),
  };
}

/**
 * The number readNumber read (v, in the target's unit) as an actual: what the clerk's words around it claim, and the
 * values no target of its kind takes. A module function, not a closure in readNumber: one would keep readNumber's
 * dozen variables in a context object made on every call (each judged actual, and each reading again).
 */
function numberRead(
  v: number,
  claim: Claim | null,
  value: number | string,
  target: ParsedTarget,
  targetUnit: string | null,
  noted: Noted | null,
): Actual {
  const side = targetSide(target);
  let kept: Claim | undefined;
  if (claim && side) {
    const x = claimedReach(claim, target);
    if (x === null) return invalid(cannotTell(claim, target));
    // Kept for the judge (which judges it again with the schedule's lights) when the bound read as written is not
    // the whole story: a strict end (超过90% against >90%), a bound away from the target's side (60万元以上), a range.
    if (x !== v || !towardSide(claim, side)) kept = claim;
  }
  // 9500 (for 95.00) or 12,000 against a share (≥90%, 100%): more than ten times the whole is no percentage.
  if (v > MOST_PERCENT && targetUnit === "%" && !target.growth && (target.kind === "number" || target.kind === "range"))
    return invalid(say("actual.not-a-percent", { value: String(value), percent: v }));
  // 950 for a satisfaction of 95.0: a share of a whole (满意度, 合格率) cannot pass 100 %; -1起: no count is negative.
  // In 分 alike (满意度 ≥90分 | 950): a satisfaction scored out of 100 (or of 10, of 5) is never above 100 分.
  if (
    target.whole &&
    (targetUnit === "%" || targetUnit === null || targetUnit === POINTS_UNIT) &&
    v > 100 &&
    (target.kind === "number" || target.kind === "range")
  )
    return invalid(
      say("actual.over-whole", {
        value: String(value),
        percent: v,
        ...(targetUnit === POINTS_UNIT ? { points: true } : {}),
      }),
    );
  if (v < 0 && cannotBeNegative(target))
    return invalid(say("actual.negative", { value: String(value), ...(negativeMoney(target) ? { money: true } : {}) }));
  const disagrees = noted ? gradeDisagrees(v, noted, String(value).trim(), target) : null;
  if (disagrees) return disagrees;
  return kept ? { kind: "number", value: v, claim: kept } : { kind: "number", value: v };
}

/**
 * The value a claim stands for when it meets the target or not all through (claimedValue). A function of its own:
 * numberRead, called for every number read, then keeps no variable of its own in a context for these arrows.
 */
function claimedReach(claim: Claim, target: ParsedTarget): number | null {
  return claimedValue(
    claim,
    target,
    (y) => meetsTarget(y, target),
    (a, b) => a === b,
  );
}

/**
 * A unit as a message names it: a magnitude before a count (3.5千人次, 1.2万人) is a multiplier, not part of the unit
 * (人次, 人); other units as typed (万元, 千米, 万亩 are units of their own).
 */
function unitNamed(unit: string): string {
  const rest = unit.slice(1);
  return UNIT_PREFIX_FACTORS[unit[0]] !== undefined && COUNT_UNITS.includes(canonicalUnit(rest) ?? "") ? rest : unit;
}

const SIGNS: Readonly<Record<string, string>> = { "<=": "≤", "<": "<", ">=": "≥", ">": ">", "=": "=", between: "" };

/**
 * A value said from one side only (docs/domain.md#a-value-said-from-one-side): 以上 / ≥ / 不低于 leave it open upward from
 * the number, 超过 / > / 余 / 多 strictly (余 / 多 below number × upTo as well), 以下 / 以内 / 不超过 downward, 低于 / <
 * strictly. Null for a plain value.
 */
function claimOf(
  v: number,
  value: string | number,
  more: boolean,
  less: boolean,
  bound: "above" | "below" | null,
  upTo: number | null,
  near = false,
): Claim | null {
  // A plain value (every number typed in a cell) before its text is made: a fraction's String() is not cheap.
  if (!near && bound === null && !more) return null;
  const text = String(value);
  if (near && bound === null && !more && !less)
    return {
      low: roundTo(v * NEAR_SHARE, 10),
      lowStrict: false,
      high: v,
      highStrict: true,
      written: "high",
      text,
      near: true,
    };
  if (bound === "below") return { low: null, lowStrict: false, high: v, highStrict: less, written: "high", text };
  if (bound !== "above" && !more) return null;
  const high = upTo === null ? null : roundTo(v * upTo, 10);
  return { low: v, lowStrict: more, high, highStrict: true, written: "low", text };
}

/**
 * A floor (≥, >, = read as 达到), a cap (≤, <, a duration) or a range (90%-95%: both at once); null for targets a
 * one-sided value is read plainly against (changes).
 */
export function targetSide(target: ParsedTarget): "floor" | "cap" | "range" | null {
  if (target.value === null) return null;
  if (target.kind === "duration") return "cap";
  if (target.kind === "range") return target.high === undefined ? null : "range";
  if (target.kind !== "number") return null;
  if (target.op === ">=" || target.op === ">" || target.op === "=") return "floor";
  return target.op === "<=" || target.op === "<" ? "cap" : null;
}

/**
 * A lower bound against a floor, an upper bound against a cap: what the clerk proves decides. Never for a range, nor for
 * 近 (no end of it is proven).
 */
function towardSide(claim: Claim, side: "floor" | "cap" | "range"): boolean {
  return side === "range" || claim.near || claim.span ? false : (side === "floor") === (claim.written === "low");
}

/** A grade the clerk wrote beside the number: in brackets after it (95%（未达标）), or in a clause of its own (word). */
interface Noted {
  grade: Grade;
  word?: string;
}

/**
 * The grade a note or a clause beside a number says (saidGrade): GRADE_PATTERNS' words of reaching (达成, 未达标,
 * 部分完成; 未达预期 — not praise, 优 / 良好, which says no target is reached), the cap's or the budget's (未超支, 超支)
 * under a cap; null for other words, for those a cap leaves open (未达到 alone, 低于预期), and for work said done
 * (已完成: 85%（已完成） marks the figure final, as against （预计）).
 */
function saidGrade(words: string, target: ParsedTarget): Grade | null {
  const plain = plainWords(words);
  if (HAS_DIGIT.test(plain)) return null;
  const cap = targetSide(target) === "cap";
  if (cap && NOT_REACHED_ALONE.test(plain)) return null;
  const capGrade = cap ? capInWords(plain, target) : null;
  if (capGrade) return capGrade;
  if (SHORT_OF_EXPECTATION.test(plain)) return "not";
  // 高于预期 (but under a cap, aboveExpectationUnderCap), 超额完成: more than reached (verdict70).
  if (ABOVE_EXPECTATION.test(plain)) return cap && !BETTER_THAN_EXPECTATION.test(plain) ? null : "achieved";
  if (ACTUAL_OVER_DONE.test(plain)) return "achieved";
  const grade = readGrade(plain);
  if (grade === "achieved") return TARGET_REACHED_WORDS.test(plain) && !WORK_DONE_WORDS.test(plain) ? grade : null;
  return grade === "not" || REACHED_WORDS.test(plain) ? grade : null;
}

/**
 * A grade in a clause of its own beside one number (未达成，95%; 95%，未达标; 超支，20万元): the number read, said as a
 * sentence, unless the two disagree (gradeDisagrees). Null when no clause is a grade, grades differ, or the rest is no
 * number (read as before).
 */
function gradeBeside(value: string, target: ParsedTarget): Actual | null {
  const parted = normalizeText(value)
    .split(CLAUSES)
    .map((c) => c.trim())
    .filter((c) => c !== "");
  const typed = parted.length > 1 ? parted : gradeJoined(normalizeText(value), target);
  if (typed === null) return null;
  const clauses = typed.map(compactText);
  // 未达到，80万元 under a cap: the target, or the cap, not reached — opposite verdicts, whatever the number (verdict70:
  // met, green at 80 before); as 未达到 alone, said.
  const notReached = targetSide(target) === "cap" ? clauses.find((c) => NOT_REACHED_ALONE.test(plainWords(c))) : null;
  if (notReached) return notReachedUnderCap(value, typed[clauses.indexOf(notReached)], target);
  const above = clauses.findIndex((c) => aboveExpectationUnderCap(c, target));
  if (above >= 0) return aboveExpectationSaid(value, typed[above], target);
  const grades = clauses.map((c) => saidGrade(c, target));
  const praise = clauses.map((c) => PRAISE.test(plainWords(c)));
  const at = grades.findIndex((g) => g !== null);
  const rest = clauses.filter((_, i) => grades[i] === null && !praise[i]);
  if (at < 0 && !praise.includes(true)) return null;
  if (rest.length === 0 || grades.some((g) => g !== null && g !== grades[at])) return null;
  const read = readNumber(rest.join("，"), undefined, target);
  if (read.kind !== "number") return null;
  // 95%，良好: praise says no target reached, the number read as 80%（良好） is (verdict69b: “应填写数值” before).
  if (at < 0) return { ...read, sentence: value.trim() };
  // The word as typed (not achieved, not notachieved).
  const noted = { grade: grades[at] as Grade, word: typed[at] };
  return gradeDisagrees(read.value, noted, value.trim(), target) ?? { ...read, sentence: value.trim() };
}

/** A grade word's run before a number: anything up to its first digit or sign, then a colon or spaces maybe. */
const WORDS_BEFORE_NUMBER = /^([^\d+\-≥≤<>=.]+?)([:：]?)\s*([\d+\-≥≤<>=.].*)$/u;
/** The number in brackets after its grade (未达成（95%）, not met (95%)). */
const NUMBER_IN_BRACKETS = /^([^\d()]+?)\s*\(([^()]*\d[^()]*)\)$/u;
/**
 * Verbs whose object is the number (达到90%, 完成95%, 达成80%, achieved 80%: read as the number, as before; 未达到95%
 * says no value, verdict62): no grade beside it unless a colon parts them (达成：80%).
 */
const VERB_BEFORE_NUMBER =
  /^(?:已?(?:达到|达成|实现|完成|超额完成)|(?:未能?|没有|尚未|没)(?:达到|完成)|.*(?:目标值?|预期目标|年度目标|预期))$/;
/** Words comparing with what was expected (未达预期, 高于预期): a grade beside a number as the words of reaching are. */
const EXPECTATION_SAID = /预期/;

/**
 * A grade and one number in one clause (verdict70: each read as the number before, 未达标95% / 未达标：95% / Not met:
 * 95% met, green): the grade before the number — joined, after a colon or a space (未达标95%, 部分达成：95%, not
 * achieved 95%), or with the number in brackets (未达成（95%）) — or after it (95%未达标, 95% not met). The two parts as
 * typed, or null. A verb taking the number (VERB_BEFORE_NUMBER) and the cap's or the budget's words joined to a number
 * (超支20万元: the excess, not the cost) part nothing.
 */
function gradeJoined(text: string, target: ParsedTarget): string[] | null {
  // Words of reaching only: not 差 (差2个百分点) nor, after the number, work not done (10人未完成: the 10 left).
  const grade = (words: string, reached: RegExp) => {
    const plain = plainWords(words);
    if (targetSide(target) === "cap" && (capInWords(plain, target) || NOT_REACHED_ALONE.test(plain)))
      return NOT_REACHED_ALONE.test(plain);
    return (reached.test(plain) || EXPECTATION_SAID.test(plain)) && saidGrade(plain, target) !== null;
  };
  const bracketed = NUMBER_IN_BRACKETS.exec(text);
  if (bracketed && grade(bracketed[1], REACHED_WORDS)) return [bracketed[1].trim(), bracketed[2].trim()];
  const before = WORDS_BEFORE_NUMBER.exec(text);
  if (
    before &&
    grade(before[1], REACHED_WORDS) &&
    (before[2] !== "" || !VERB_BEFORE_NUMBER.test(plainWords(before[1])))
  )
    return [before[1].trim(), before[3].trim()];
  // After the number: the longest run of words after its last digit that is a grade (95%未达标: not %未达标).
  if (text.endsWith(")")) return null;
  const lastDigit = text.search(/\d[^\d]*$/);
  for (let at = lastDigit + 1; lastDigit >= 0 && at < text.length; at++)
    if (/\S/.test(text[at]) && grade(text.slice(at), TARGET_REACHED_WORDS))
      return [text.slice(0, at).trim(), text.slice(at).trim()];
  return null;
}

/**
 * A number and the clerk's grade beside it that disagree (verdict69; review56 for the note in brackets): reaching the
 * target while the words say not or partly (95%（未达标）, 未达成，95%, 超支，20万元), or short of it while they say
 * reached (80%（达标）, 达成，80%, 未超支，120万元). Which is wrong only the clerk knows: not judged, said — never green
 * on a number the clerk says is short, nor red on one they say is met. A number agreeing with its words is read
 * (45%（未完成） in July). Null when they agree.
 */
function gradeDisagrees(v: number, noted: Noted, value: string, target: ParsedTarget): Actual | null {
  if (targetSide(target) === null) return null;
  const met = meetsTarget(v, target);
  const said = { value, target, ...(targetSide(target) === "cap" ? { cap: true as const } : {}) };
  // 低于预期 within a cap (低于预期，80万元): a cost below what was expected, or a result short of it — the word says both,
  // as alone (verdict69b: “预计或计划的数值” before, 预期 read as a forecast); past the cap both readings are short.
  if (met && noted.word !== undefined && belowExpectationUnderCap(noted.word, target))
    return invalid(say("actual.below-expectation-under-cap", { value, target, beside: true }));
  if (noted.grade !== "achieved" && met)
    return invalid(say("actual.said-not-reached", noted.word === undefined ? said : { ...said, word: noted.word }));
  if (noted.grade === "achieved" && !met)
    return invalid(say("actual.said-reached", { ...said, word: noted.word ?? "" }));
  return null;
}

/** 未达到 beside a number under a cap (未达到，80万元; 80万元（未达到）): the target or the cap not reached, as alone. */
function notReachedUnderCap(value: string, word: string, target: ParsedTarget): Actual {
  return invalid(say("actual.not-reached-under-cap", { value: value.trim(), target, word: word.trim() }));
}

/** 高于预期 / 超出预期 under a cap: a number higher than expected, or a result better (ABOVE_EXPECTATION). */
function aboveExpectationUnderCap(words: string, target: ParsedTarget): boolean {
  const plain = plainWords(words);
  return targetSide(target) === "cap" && ABOVE_EXPECTATION.test(plain) && !BETTER_THAN_EXPECTATION.test(plain);
}

/** That said of the cell (alone, or beside a number: word the words as typed). */
function aboveExpectationSaid(value: string, word: string | null, target: ParsedTarget): Actual {
  const beside = word === null ? {} : { beside: true as const };
  const above = (word ?? value).trim();
  return invalid(say("actual.below-expectation-under-cap", { value: value.trim(), target, above, ...beside }));
}

/** 低于预期 / 不如预期 under a cap: below what was expected, good or not (BELOW_EXPECTATION). */
function belowExpectationUnderCap(words: string, target: ParsedTarget): boolean {
  const plain = plainWords(words);
  return targetSide(target) === "cap" && SHORT_OF_EXPECTATION.test(plain) && BELOW_EXPECTATION.test(plain);
}

/** The full target met by x (at the deadline, no schedule): as judgeNumber reads each op. */
function meetsTarget(x: number, target: ParsedTarget): boolean {
  const limit = target.value ?? 0;
  if (target.kind === "range") return x >= limit && x <= (target.high ?? limit);
  if (target.kind === "duration") return target.op === "<" ? x < limit : x <= limit;
  if (target.op === ">") return x > limit;
  if (target.op === "<") return x < limit;
  return target.op === "<=" ? x <= limit : x >= limit;
}

/**
 * The value a one-sided claim is judged at, or null when it cannot be told (docs/domain.md#a-value-said-from-one-side).
 * The bound written toward the target's side (以上 against a floor, 以内 against a cap) is what the clerk proves: judged
 * on it (不低于94% against ≥95% is 94, short; 超过90% against >90% is just over 90, met). A bound written away from it
 * (50万元以上 against ≤50万元, 90%以下 against ≥90%), or any bound against a range, is the best case: it decides only
 * when every value the claim allows gives the same verdict (`at`, compared by `same`: met / not met for the reading and
 * the score, the light for the judge) — its two ends, and against a range each end of the range inside it and just
 * beyond (the verdict turns there: 低于100% against 90%-95% is 92, met, as well as 80, short); else null. A strict end is
 * taken just inside it (JUST_INSIDE of the number), so 超过50 is over ≤50 and 低于90 short of ≥90. target: one targetSide
 * reads.
 */
export function claimedValue<R>(
  claim: Claim,
  target: ParsedTarget,
  at: (x: number) => R,
  same: (a: R, b: R) => boolean,
): number | null {
  const side = targetSide(target);
  const { low, high } = claimEnds(claim);
  const written = claim.written === "low" ? low : high;
  if (side === null || towardSide(claim, side)) return written;
  const ends = side === "range" ? [target.value ?? 0, target.high ?? 0] : [];
  const inside = ends.flatMap((e) => [e - tiny(e), e, e + tiny(e)]).filter((x) => x > low && x < high);
  const first = at(low);
  return [high, ...inside].every((x) => same(first, at(x))) ? written : null;
}

/**
 * Numbers this close (relative to the larger of 1 and the target) are one number: arithmetic's noise (0.7 × 100 is
 * 70.00000000000001). Far below JUST_INSIDE, or an exact target reads a claim's strict end as itself (at 1e-9 both,
 * 低于100% / 近100% against =100% were “cannot tell” while scored 9.99, and 超过100% was 达标, not 超额).
 */
export const SAME_NUMBER = 1e-12;
/** How far inside its strict end a claim is taken (超过50 is 50 and this much of it). */
const JUST_INSIDE = 1e-9;

const tiny = (n: number) => Math.max(Math.abs(n), 1) * JUST_INSIDE;

/** The least and the most a claim allows, a strict end taken just inside it (超过50 is just over 50; 以下 from 0). */
export function claimEnds(claim: Claim): { low: number; high: number } {
  const high = claim.high === null ? Infinity : claim.highStrict ? claim.high - tiny(claim.high) : claim.high;
  const low = claim.low === null ? Math.min(0, high) : claim.lowStrict ? claim.low + tiny(claim.low) : claim.low;
  return { low, high };
}

/**
 * “Cannot tell” for a claim whose open side decides: may pass the cap, may miss the floor. Against a range, a lower
 * bound may pass its high end, an upper bound miss its low end.
 */
export function cannotTell(claim: Claim, target: ParsedTarget): Message {
  if (claim.span) return say("actual.range-straddles", { value: claim.text, target });
  const side = targetSide(target);
  const exceed = side === "range" ? claim.written === "low" : side === "cap";
  const limit = side === "range" && exceed ? (target.high ?? 0) : (target.value ?? 0);
  const sign = side === "range" ? (exceed ? "≤" : "≥") : SIGNS[target.op ?? "<="];
  const params = {
    value: claim.text,
    sign,
    limit,
    unit: canonicalUnit(target.unit),
    ...(claim.near ? { near: true } : {}),
  };
  return say(exceed ? "actual.may-exceed-cap" : "actual.may-miss-floor", params);
}

/**
 * The unit a number format shows after the number (`#,##0"元"` → "元"), when the words there read as a unit; null
 * otherwise (percentages are scaled instead). The plan passes such a cell to PERF.STATUS with it (blocks.ts).
 */
export function formatUnit(format: string | null | undefined): string | null {
  if (!format || isPercentFormat(format)) return null;
  const suffix = formatSuffix(format);
  return suffix && parseNumberText(`1${suffix}`)?.unit ? suffix : null;
}

/**
 * An actual whose number format scales what it shows, read as the clerk sees it (docs/domain.md#actual-values): the
 * cell's number × times / per, with `unit` after it (read as text), or in the target's unit when `unit` is "". The
 * shown number is the number ÷ the format's divisor (formatScale); the words after it say what it counts:
 * - none (`#,##0,` under 单位：千元): the shown number, in the target's unit;
 * - a magnitude alone (`0!.0,"万"`, `#,##0.00,,"百万"`: SCALE_WORDS): shown × magnitude, a count of the target's
 *   unit without its own magnitude (12.3万 against ≥10万人次 is 123000 人次 = 12.3 万人次);
 * - a unit (`#,##0,"千元"`, `0!.0000"万元"`; 百万元 as 100 × 万元's magnitude): the shown number in that unit.
 * Null for a format that shows the number as it is. The plan passes such a cell to PERF.STATUS alike (blocks.ts).
 */
export function scaledReading(
  format: string,
  targetUnit: string | null,
): { times: number; per: number; unit: string } | null {
  if (isPercentFormat(format) || isDateFormat(format)) return null;
  const scale = formatScale(format);
  if (!scale) return null;
  const { divisor, words } = scale;
  const magnitude = SCALE_WORDS[words];
  if (magnitude === undefined) {
    const lead = Object.keys(SCALE_WORDS).find((w) => w.length > 1 && words.startsWith(w));
    return lead ? ratio(SCALE_WORDS[lead], divisor, words.slice(lead.length)) : ratio(1, divisor, words);
  }
  return magnitudeReading(magnitude, divisor, targetUnit);
}

/**
 * A number shown or typed with a magnitude alone (12.3万), ÷ divisor: × magnitude, a count of the target's unit
 * without its own magnitude (12.3万 against ≥10万人次 is 123000 人次; against ≥500万元 123000 元).
 */
function magnitudeReading(
  magnitude: number,
  divisor: number,
  targetUnit: string | null,
): { times: number; per: number; unit: string } {
  const unit = canonicalUnit(targetUnit);
  if (unit === null) return ratio(magnitude, divisor, "");
  if (SCALE_WORDS[unit] !== undefined) return ratio(magnitude, divisor * SCALE_WORDS[unit], "");
  const prefix = unit.length > 1 ? UNIT_PREFIX_FACTORS[unit[0]] : undefined;
  return ratio(magnitude, divisor, prefix ? unit.slice(1) : "");
}

/** times / per reduced when one divides the other (powers of ten: 10000 / 10000 is 1 / 1). */
function ratio(times: number, per: number, unit: string): { times: number; per: number; unit: string } {
  if (times >= per && times % per === 0) return { times: times / per, per: 1, unit };
  if (per % times === 0) return { times: 1, per: per / times, unit };
  return { times, per, unit };
}

/** A count (人, 起, 个平台) or a share of a whole (满意度): no actual of it is below 0. Changes may be (下降3人). */
function cannotBeNegative(target: ParsedTarget): boolean {
  if ((target.kind !== "number" && target.kind !== "range") || target.mayFall) return false;
  const unit = canonicalUnit(target.unit);
  return (
    target.whole === true ||
    (unit !== null && (COUNT_UNITS.includes(unit) || isWholeItemUnit(unit))) ||
    negativeMoney(target)
  );
}

/** A target in money (≤500万元, or a bare one under 成本指标: target.money), in a total amount, no amount per part. */
const moneyTarget = (target: ParsedTarget) => target.money === true || isMoneyUnit(canonicalUnit(target.unit));

/**
 * A sum of money spent or held under a cap or a floor of it (成本 ≤500万元 | -480万元: verdict67, met before): never
 * below 0; a name of a gain, a balance or a difference (利润, 结余, 收支差额, 节约) may be.
 */
function negativeMoney(target: ParsedTarget): boolean {
  return moneyTarget(target) && (target.value ?? 0) >= 0 && !MAY_BE_NEGATIVE_MONEY.test(target.measure ?? "");
}
const MAY_BE_NEGATIVE_MONEY = /利润|盈利|盈余|亏损|收益|效益|结余|结转|差额|损益|节约|节省|净|变动|增减|差/;

/** Targets whose actual is read as a number (readActual's default): the others read dates, grades or anything. */
export function takesNumber(target: ParsedTarget): boolean {
  return !["qualitative", "date", "period", "missing", "unknown"].includes(target.kind);
}

/** Positive comparisons: a number in [0, 1] against them can be a fraction (docs/domain.md#actual-values). */
const REACHING_OPS: ReadonlySet<string | null> = new Set([">=", ">", "=", "between"]);

/**
 * A number between 0 and 1 without a unit, against a positive percentage target above 1 % (≥95%, 90%-95%, 达到95%),
 * is a fraction: 0.96 is 96 %, as a cell formatted 0% would show it (a General cell, or a custom function that
 * sees no format). Read as 0.96 % it could never reach such a target. Caps (≤1.8%) keep the plain reading: there
 * 0.5 means 0.5 %. One rule for the check and PERF.STATUS.
 */
function isFractionOf(value: number, target: ParsedTarget): boolean {
  return (
    value >= 0 &&
    value <= 1 &&
    inPercent(target) &&
    (target.kind === "number" || target.kind === "range") &&
    REACHING_OPS.has(target.op) &&
    (target.high ?? target.value ?? 0) > 1
  );
}

/**
 * A target in per cent: typed with its %, or a rate named so whose % is left out (安全率 | 100, 群众满意度 | 95: a bare
 * 0.98 or 1 beside it was red at 0.98 before verdict66 — a rate of 100 means 100 %). Not above 100: 合格率 ≥200 is a
 * count misnamed.
 */
function inPercent(target: ParsedTarget): boolean {
  const unit = canonicalUnit(target.unit);
  if (unit === "%") return true;
  if (unit !== null) return false;
  if (Math.max(target.value ?? 0, target.high ?? 0) > 100) return false;
  const name = target.measure ?? "";
  return target.whole === true || (PERCENT_RATE_NAME.test(name) && !NOT_PERCENT_RATE_NAME.test(name));
}

/**
 * A bare number just above 1 (below 2) against a positive percentage target ten times it or more (≥85% | 1.5): the
 * shape of a fraction (150 %), typed by clerks who type 0.92 for 92 %, and as a percent number (1.5 %) so far short of
 * 85 % that a slip is as likely as the result. Said, not judged (docs/domain.md#actual-values): against a share of a whole
 * (成活率, 满意度: ParsedTarget.whole) 150 % cannot be, so it is likely mistyped; against a rate that can pass 100 %
 * (完成率, 执行率) both readings are real and give different verdicts, so which one is meant cannot be told.
 */
function pastFraction(value: number, target: ParsedTarget): boolean {
  return value > 1 && value < 2 && isFractionOf(1, target) && (target.value ?? 0) >= PAST_FRACTION_FAR * value;
}
/** How far below the target 1.x must fall to be no result (≥85% is 57 × 1.5). */
const PAST_FRACTION_FAR = 10;

/**
 * A bare number below 1 under a percentage cap whose two readings part (0.06 under 投诉率 ≤5%: 0.06 % is within it,
 * 6 % over it; verdict64, green before): said, not judged, as pastFraction is. Where the share reading is far over the
 * cap (0.5 under ≤1.8%: 50 %, PAST_FRACTION_FAR times it or more) the percent number stays, as before.
 */
function capFraction(value: number, target: ParsedTarget): boolean {
  const cap = target.value ?? 0;
  return (
    value > 0 &&
    value < 1 &&
    canonicalUnit(target.unit) === "%" &&
    target.kind === "number" &&
    (target.op === "<=" || target.op === "<") &&
    meetsTarget(value, target) !== meetsTarget(value * 100, target) &&
    value * 100 < PAST_FRACTION_FAR * cap
  );
}

/**
 * A bare number below 1 under a change in % or in points (0.06 under 较上年增长5%, 0.035 under 提高3个百分点: verdict65;
 * read as 0.06 %, red, scored 0.12 of 10 before): a fraction (6 %) or a percent number (0.06 %), as under a level —
 * said, not judged, where the two readings part (changeReach: unsigned under a fall, its size).
 */
export function changeFraction(value: number, target: ParsedTarget): boolean {
  return changeReadings(value, target) === "part";
}

/**
 * A bare 0.x under a change whose two readings both miss it (0.03 under 较上年增长5%: 3 % or 0.03 %): read as the share,
 * as under a level (≥5%: “0.03 按比例读作 3%”), so one value scores alike under both (verdict66: 0.06 of 10 here and 6
 * under ≥5% before). The change, signed as the target's way: under a fall 0.03 is a fall of 3 %, −3.
 */
function changeShare(value: number, target: ParsedTarget): number | null {
  if (changeReadings(value, target) !== "miss") return null;
  return changeReach(target).sign * roundPercent(Math.abs(value) * 100);
}

/** How a bare 0.x reads under a change in % whose size to reach is over 1 %: its readings part, both miss, or null. */
function changeReadings(value: number, target: ParsedTarget): "part" | "miss" | null {
  if (target.kind !== "change" || canonicalUnit(target.unit) !== "%") return null;
  const { sign, strict } = changeReach(target);
  // Under a fall a signed −0.06 is its size too (review65: −0.06 %, red, 0.12 of 10 under 较上年下降5%).
  const size = sign === -1 ? Math.abs(value) : value;
  if (!(size > 0 && size < 1)) return null;
  const reach = sign * (target.value ?? 0);
  // A change of 1 % or less (提高0.5%): 0.4 is 0.4 %, as under a level (isFractionOf).
  if (!(reach > 1)) return null;
  const meets = (x: number) => (strict ? x > reach : x >= reach);
  if (meets(size) !== meets(size * 100)) return "part";
  return meets(size) ? null : "miss";
}

/**
 * A change target judged and scored as a reach (one rule for the check and the score): a fall (下降3%: −3; 较上年下降:
 * below 0) is mirrored, sign −1; strict for 较上年增加 / 较上年下降 (> 0 / < 0: no change misses it). Before verdict54
 * 较上年下降 was judged as ≥ 0 (减少3万元 red, 增加 green), and 0 against 较上年增加 was 未达标 yet scored in full.
 */
export function changeReach(target: ParsedTarget): { sign: 1 | -1; strict: boolean } {
  const a = target.value ?? 0;
  const fall = a < 0 || (a === 0 && (target.op === "<" || target.op === "<="));
  return { sign: fall ? -1 : 1, strict: a < 0 ? false : target.op === (fall ? "<" : ">") };
}

function pastFractionSaid(value: number, target: ParsedTarget): Message {
  const params = { value: String(value), target };
  if (target.whole && value > 1) return say("actual.past-fraction", params);
  // Against a range both readings may miss it (150 % above 90%–110%, 1.5 % below): not “结果不同”, only the scores differ.
  const outside = target.kind === "range" && value * 100 > (target.high ?? Infinity);
  return say("actual.fraction-or-percent", outside ? { ...params, outside } : params);
}

/** A remark in brackets at the end of an actual: `（已完成）`, `（元）`. */
const TRAILING_ASIDE = /\s*[（(]([^）)]*)[）)]\s*$/;
const HAS_DIGIT = /\d/;
/** 实际 before the words of an actual (实际超额20人). */
const LEADING_ACTUAL = /^实际/;

/**
 * "85%", "约 30 人", "提高12%", "-3%", "100%（已完成）" → signed number and unit (memoised: the actuals of a workbook
 * repeat a few texts; do not mutate the answer).
 */
const parseNumberText = memoizeString(
  (
    text: string,
  ): {
    value: number;
    unit: string | null;
    signed: boolean;
    /** A change word before the number (同比下降4%, 增加10人). */
    changed: boolean;
    magnitude: number | null;
    word: string | null;
    more: boolean;
    /** A comparison that leaves the value open upward or downward (50万元以上, 90%以下). */
    bound: "above" | "below" | null;
    /** 低于 / <: strictly below the number. */
    less: boolean;
    /** 余 / 多 (30余万元): the value lies below the number × upTo (40 / 30); null for none. */
    upTo: number | null;
    /** 近90%: about the number, below it (Claim.near). */
    near: boolean;
  } | null => {
    const plain = normalizeText(text);
    const aside = TRAILING_ASIDE.exec(plain);
    let t = plain.replace(TRAILING_ASIDE, "").replace(ACTUAL_NUMBER_PREFIX, "");
    const near = ACTUAL_NEAR_PREFIX.test(t);
    t = inSigns(shorthand(t.replace(ACTUAL_NEAR_PREFIX, "")));
    const moreThan = ACTUAL_MORE_THAN_PREFIX.test(t);
    const less = ACTUAL_LESS_THAN_PREFIX.test(t);
    const bound = ACTUAL_UNBOUNDED_ABOVE.test(t) ? "above" : ACTUAL_UNBOUNDED_BELOW.test(t) ? "below" : null;
    const written = plainWrittenNumber(t.replace(ACTUAL_COMPARATOR_PREFIX, "").replace(ACTUAL_COMPARATOR_SUFFIX, ""));
    const more = moreThan || written.more;
    const ofUnit = written.ofUnit;
    const roughly = written.more && !moreThan;
    t = written.text;
    let sign: 1 | -1 = 1;
    let signed = /^[+-]/.test(t);
    let changed = false;
    for (const [word, s] of ACTUAL_CHANGE_WORDS) {
      if (word.test(t)) {
        t = t.replace(word, "");
        sign = s;
        signed = true;
        changed = true;
        break;
      }
    }
    const q = parseQuantity(t);
    if (!q) return null;
    // 30余万元 is under 40万元, 2000余人 under 3000, 1.2万余 under 1.3万, 3个多月 under 4个月: how far the value may be
    // above the number written, as a factor (the same in any unit it is converted to).
    const upTo = roughly && q.value > 0 ? (q.value + (ofUnit ? 1 : lastPlace(q.value))) / q.value : null;
    // The unit in brackets after the number (4800000（元）) is its unit; other asides (（已完成）) are left out.
    const bracketed = q.unit === null && aside ? parseQuantity(`1${aside[1].trim()}`)?.unit : null;
    const unit = bracketed && isKnownUnit(bracketed) ? bracketed : q.unit;
    // A magnitude alone (1.2万) is kept apart: only against money is it the shorthand for 万元 (readNumber).
    const magnitude = unit === null ? null : (SCALE_WORDS[unit] ?? null);
    return {
      value: sign * q.value,
      unit: canonicalUnit(unit),
      signed,
      changed,
      magnitude,
      word: magnitude === null ? null : unit,
      more,
      bound,
      less,
      upTo,
      near,
    };
  },
);

/** Clerks' shorthand for a one-sided value or a share in words (逾90%, 90%+, 过半, 半数) as the words it stands for. */
function shorthand(t: string): string {
  for (const [word, as] of [...ACTUAL_HALF_WORDS, ...ACTUAL_SHORT_MORE_THAN])
    if (word.test(t)) return t.replace(word, as);
  return t;
}

const longestFirst = (ops: readonly (readonly [string, string])[]) =>
  [...ops].sort((a, b) => b[0].length - a[0].length);
const ACTUAL_PREFIX_OPS = longestFirst(PREFIX_OPS.filter(([w]) => w !== ACTUAL_BETTER_THAN));
const ACTUAL_SUFFIX_OPS = longestFirst(SUFFIX_OPS);
/** The words and signs that write ≥ (不低于, 以上 …): a lower bound, not a value reached. */
const AT_LEAST_WORDS = [...PREFIX_OPS, ...SUFFIX_OPS].filter(([, op]) => op === ">=").map(([w]) => w);
const PREFIX_SIGN: Readonly<Record<string, string>> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "" };

/**
 * A comparator word of the target notation (PREFIX_OPS, SUFFIX_OPS: 不足, 少于, 最多, 控制在, 或以下, 之上 …) written as
 * the sign or word the actual's own patterns read (<, ≤, 以下, 以上), so every such word makes the same one-sided claim
 * (review51: 不足100人 was read as 100 against ≥100人 and met). 优于 is left unread.
 */
function inSigns(t: string): string {
  const pre = ACTUAL_PREFIX_OPS.find(([w]) => t.length > w.length && t.startsWith(w));
  let out = pre ? `${PREFIX_SIGN[pre[1]]}${t.slice(pre[0].length)}` : t;
  const suf = ACTUAL_SUFFIX_OPS.find(([w]) => out.length > w.length && out.endsWith(w));
  if (suf)
    out = `${out.slice(0, out.length - suf[0].length)}${suf[1] === ">=" ? ACTUAL_OPEN_SUFFIX.above : ACTUAL_OPEN_SUFFIX.below}`;
  return out;
}

/** The place of a number's last digit that is not 0: 30 → 10, 2000 → 1000, 35 → 1, 1.2 → 0.1. */
function lastPlace(n: number): number {
  const [whole, fraction] = String(n).split(".");
  return fraction ? 10 ** -fraction.length : 10 ** (whole.length - whole.replace(/0+$/, "").length);
}

/** 无 / 没有 / 未发生, or the same naming the bad thing (无上访, 未发生安全事故): none happened. */
function saysNone(text: string): boolean {
  const said = plainWords(text);
  if (NONE_ANSWERS.has(said)) return true;
  const thing = NONE_OF_THING.exec(said);
  return thing !== null && NONE_TARGET_NAMES.test(thing[1]);
}

/**
 * Text that is no number: 未开始 / 未启动 is work not begun (judged by the schedule); against a target of 0 (安全事故
 * 0起, ≤0次: something that should not happen) or a cap on a count (小于5次, ≤3起) 无 / 没有 / 未发生 / 无上访 answer it as 0; an actual written as the target is (每亩300 against
 * 每亩300) is its number; a date ("2024-9-30", as the plan passes a date-formatted cell to PERF.STATUS) is said to be
 * one; anything else is not a number. Elsewhere 无 stays a placeholder (not understood).
 */
function notNumberText(value: string, target: ParsedTarget): Actual {
  const capped =
    target.kind === "number" &&
    target.value !== null &&
    ((target.value === 0 && ZERO_TARGET_OPS.has(target.op)) ||
      (target.value > 0 && (target.op === "<" || target.op === "<=") && canonicalUnit(target.unit) !== "%"));
  if (capped && saysNone(value)) return { kind: "number", value: 0 };
  // 无 / 未发生 against a number it does not answer (100%, ≥50人): none happened is no amount done (verdict55: said so).
  // Against a cap (差错率 ≤0.5%) a none is below it, if it is a 0 at all: asked for as one, not as an amount not done.
  if (saysNone(value)) {
    const cap = target.kind === "number" && targetSide(target) === "cap" ? { cap: true as const } : {};
    return invalid(say("actual.none-for-number", { value: value.trim(), target, ...cap }));
  }
  // 未开始 / 未启动 instead of a value: nothing done yet, judged by the schedule as against a deadline (judgeNotStarted).
  if (NOT_STARTED.test(plainWords(value))) return { kind: "grade", grade: "not", notStarted: true };
  // 进行中 / 正在推进 instead of a value: begun, part done (as against a deadline), judged by the schedule too.
  if (IN_PROGRESS.test(plainWords(value))) return { kind: "grade", grade: "partly", inProgress: true };
  const side = targetSide(target);
  // 未达到 alone under a cap: the target, or the cap, not reached — opposite verdicts (verdict67: 未达标 before).
  if (side === "cap" && NOT_REACHED_ALONE.test(plainWords(value)))
    return invalid(say("actual.not-reached-under-cap", { value: value.trim(), target }));
  // 未超过 / 在控制范围内 under a cap, 在预算范围内 / 未超支 under one of money, each clause alike (在预算范围内，未超支):
  // the cap kept or passed, judged as a grade (verdict67: “应填写数值” before).
  const capGrade = side === "cap" ? capInWords(value, target) : null;
  if (capGrade) return { kind: "grade", grade: capGrade };
  // 高于预期 / 超出预期 alone (verdict70: “应填写数值” before): reached and more, 达成 — but under a cap, said.
  if (ABOVE_EXPECTATION.test(plainWords(value)))
    return aboveExpectationUnderCap(value, target)
      ? aboveExpectationSaid(value, null, target)
      : { kind: "grade", grade: "achieved" };
  // 未达预期, 低于预期 under a number (verdict69: “应填写数值” before, while 未达到预期 was 未达成): short of it, 未达成 —
  // but 低于预期 under a cap, where a cost below what was expected is good: the words say both, said, not judged.
  if (SHORT_OF_EXPECTATION.test(plainWords(value)))
    return belowExpectationUnderCap(value, target)
      ? invalid(say("actual.below-expectation-under-cap", { value: value.trim(), target }))
      : { kind: "grade", grade: "not" };
  // 达成 / 部分达成 / 未达成 instead of a value (the monitoring template offers them): an answer about the target.
  const grade = REACHED_WORDS.test(plainWords(value)) ? readGrade(value) : null;
  if (grade) return { kind: "grade", grade };
  const said = conformsToShare(value, target) ?? passedShare(value, target) ?? someOutside(value, target);
  if (said) return said;
  const turned = turnInWords(value, target) ?? directionOnly(value, target) ?? negatedReach(value, target);
  if (turned) return turned;
  const readings = writtenTwoWays(value);
  if (readings) return invalid(say("actual.two-readings", { value: value.trim(), readings }));
  const date = parseDateText(value);
  // 9月底, 9月30日 typed without a year are a time too, no date of a cell (verdict54: “应填写数值，实际为“9月底”” before);
  // said as typed, no year made up (a leap year only lets 2月29日 be one).
  const yearless = !date && parseDateText(value, ANY_LEAP_YEAR) !== null;
  if (!date && !yearless)
    return (
      doneThenAside(value, target) ??
      rangeTyped(value, target) ??
      perTimeTyped(value, target) ??
      fractionTyped(value, target) ??
      timeInTwoUnits(value, target) ??
      fromSentence(value, target) ??
      shareForCount(value, target) ??
      nameTyped(value, target) ??
      opinionTyped(value, target) ??
      notANumber(value)
    );
  const targetDate = yyyymmddTarget(target);
  // A time the clerk typed (2024年Q3, 9月底): no date Excel made of “9/30”, which a date cell shows as 2024-9-30.
  if (yearless || (!targetDate && !EXCEL_DATE_TEXT.test(compactText(value))))
    return invalid(say("actual.is-a-time", { value: value.trim(), span: COMPLETION_SPAN.test(value) || undefined }));
  return invalid(say("actual.is-a-date", { date: date as string, targetDate }));
}

/**
 * A yes of conformity in words (有, 是, 规范, 按规定执行: CONFORMS_YES, 符合规定) against a share to reach: under a share of
 * conformity at 100% (组织管理规范度 100% | 有, 宜兴 2016) that share reached, said; under another (完成率、控制率 100% |
 * 按规定执行, 南昌 2021) no number of it, said so (verdict62: “应填写数值” for both before). Null for other words.
 */
function conformsToShare(value: string, target: ParsedTarget): Actual | null {
  if (target.kind !== "number" || canonicalUnit(target.unit) !== "%" || targetSide(target) !== "floor") return null;
  const words = plainWords(value);
  if (!CONFORMS_YES.test(words) && readConforms(words) !== "achieved") return null;
  if (target.value === 100 && CONFORMITY_NAME.test(ownName(target)))
    return { kind: "grade", grade: "achieved", conforms: value.trim() };
  return invalid(say("actual.words-for-share", { value: value.trim(), target }));
}

/** The cap kept or passed in words (CAP_KEPT / CAP_PASSED; the budget's under money), every clause alike; else null. */
function capInWords(value: string, target: ParsedTarget): Grade | null {
  const money = moneyTarget(target);
  const gradeOf = (clause: string): Grade | null =>
    CAP_KEPT.test(clause) || (money && BUDGET_KEPT.test(clause))
      ? "achieved"
      : CAP_PASSED.test(clause) || (money && BUDGET_PASSED.test(clause))
        ? "not"
        : null;
  const grades = plainWords(value).split(CLAUSE_BREAK).map(gradeOf);
  return grades.every((g) => g === grades[0]) ? grades[0] : null;
}

/**
 * A conclusion of passing under a share of it (PASS_CONCLUSION under PASS_SHARE_NAME, the same word): 全部合格 is 100 %
 * of them, achieved as a conformity is (verdict64); 合格 / 不合格 alone say of one item or the whole, no share, said.
 * Null for other words or targets.
 */
function passedShare(value: string, target: ParsedTarget): Actual | null {
  if (target.kind !== "number" || canonicalUnit(target.unit) !== "%" || targetSide(target) !== "floor") return null;
  const m = PASS_CONCLUSION.exec(plainWords(value));
  const named = PASS_SHARE_NAME.exec(ownName(target));
  if (!m || !named || m[2].replace(/^不/, "") !== named[1]) return null;
  if (m[1] && !m[2].startsWith("不") && (target.value ?? Infinity) <= 100)
    return { kind: "grade", grade: "achieved", conforms: value.trim(), all: true };
  const params = { value: value.trim(), target, word: named[1] };
  return invalid(say("actual.conclusion-for-share", params));
}

/**
 * Values said to lie outside a range, each bound at or beyond its end (存在18岁以下、54周岁以上 under 18—54周岁, 吕梁
 * 2021: “2 个数” before): the range is not kept, not achieved. Null unless every piece is such a bound.
 */
function someOutside(value: string, target: ParsedTarget): Actual | null {
  const { value: low, high } = target;
  if (target.kind !== "range" || low === null || high === undefined) return null;
  const text = compactText(value);
  const some = SOME_OUTSIDE.exec(text);
  const pieces = some ? splitParts(text.slice(some[0].length)) : [];
  const unit = canonicalUnit(target.unit);
  const beyond = (piece: string) => {
    const q = parseNumberText(piece);
    if (!q || q.signed || q.bound === null) return false;
    const v = q.unit === null || unit === null ? q.value : convertUnit(q.value, q.unit, unit);
    return v !== null && (q.bound === "below" ? v <= low : v >= high);
  };
  return pieces.length > 0 && pieces.every(beyond) ? { kind: "grade", grade: "not", outside: value.trim() } : null;
}

/** 已完成（95%）: the value in brackets after a done word (DONE_THEN_ASIDE), read as from a sentence. Null otherwise. */
function doneThenAside(value: string, target: ParsedTarget): Actual | null {
  const inner = DONE_THEN_ASIDE.exec(compactText(value))?.[1];
  if (inner === undefined || !HAS_DIGIT.test(inner)) return null;
  const read = readNumber(inner, undefined, target);
  return read.kind === "number" ? { ...read, sentence: value.trim() } : read;
}

/** A year and its month typed with a dot (2024.12, 2024.6): a month, where no number of the target has a fraction. */
const YEAR_MONTH_TYPED = /^(?:19|20)\d{2}[.．](?:0?[1-9]|1[0-2])$/;
/** A year and two digits past 12 after a dot (2024.13, 2024.31): a time mistyped, month captured. */
const YEAR_PAST_MONTH = /^(?:19|20)\d{2}[.．](1[3-9]|[2-9]\d)$/;
/** A target counting whole things (人, 个, 次) or a share: 2024.12 of it is no amount (money, 亩 or 公里 may be). */
function wholeOrShare(target: ParsedTarget): boolean {
  const unit = canonicalUnit(target.unit);
  return unit === "%" || (unit !== null && (COUNT_UNITS.includes(unit) || isWholeItemUnit(unit)));
}

/** A range typed (85%-90%, 92-95%, 100～120人): two numbers, the first one's unit perhaps left to the second's. */
const RANGE_TYPED = new RegExp(`^(${NUMBER_SOURCE})(${UNIT_SOURCE})?[-~～—–至到](${NUMBER_SOURCE})(${UNIT_SOURCE})?$`);
/** Units of things numbered in turn (第6期, 第3批, 第2届, 第1轮): 6-10期 may name the sixth to the tenth. */
const ORDINAL_UNITS = /^[期批届轮]$/;
/** 第6-10期 as typed: the first and the last numbered, and their unit (ORDINAL_UNITS). */
const NUMBERED_TURNS = /^第(\d+)[-~～—–至到](\d+)([期批届轮])$/;
/** A year alone (2023-2024 is two years, no range of a count). */
const YEAR_ALONE = /^(?:19|20)\d{2}$/;

/**
 * A range typed as the actual (85%-90% under ≥90%: verdict63, “2 个数” before): the value lies in it, so it is judged
 * when every value in it gives the same verdict — at its low end under a floor or a range, its high end under a cap
 * (the end the clerk proves), said; not judged, said so, when the range straddles the target. Null for anything else.
 */
function rangeTyped(value: string, target: ParsedTarget): Actual | null {
  const side = rangeSide(target);
  const fall = target.kind === "change" && changeReach(target).sign === -1;
  const typed = compactText(value);
  // 第6-10期: the numbers name the things (the sixth to the tenth), said so with 第.
  const numbered = typed.startsWith("第");
  // Under a change they are this year's things, no change from last year (verdict66: “2 个数（6、-10期）” before).
  const turns = numbered && target.kind === "change" ? NUMBERED_TURNS.exec(typed) : null;
  if (turns && +turns[1] < +turns[2]) {
    const params = { value: value.trim(), low: +turns[1], high: +turns[2], unit: turns[3] };
    return invalid(say("actual.numbered-under-change", params));
  }
  const words = fall ? FALL_BEFORE_RANGE : RISE_BEFORE_RANGE;
  const m = RANGE_TYPED.exec(target.kind === "change" ? typed.replace(words, "") : numbered ? typed.slice(1) : typed);
  if (!m || side === null) return null;
  const [, lowText, lowUnit, highText, highUnit] = m;
  if ((lowUnit ?? highUnit) === undefined && (YEAR_ALONE.test(lowText) || YEAR_ALONE.test(highText))) return null;
  // 6-10期, 1-3批: things numbered (ORDINAL_UNITS). From the first, the count (1-6期: six of them, verdict64); from
  // another, the sixth to the tenth (five) or six to ten, not told apart, said. With 第 (第6-10期: verdict65, “应填写
  // 数值” before) the sixth to the tenth, five of them.
  const typedUnit = highUnit ?? lowUnit ?? "";
  if (ORDINAL_UNITS.test(typedUnit) && /^\d+$/.test(lowText) && /^\d+$/.test(highText) && +lowText < +highText) {
    if (numbered) {
      const count = readNumber(`${+highText - +lowText + 1}${typedUnit}`, undefined, target);
      const how = { text: value.trim(), as: "numbered" as const, first: +lowText };
      return count.kind === "number" ? { ...count, typed: how } : null;
    }
    if (lowText !== "1") {
      const params = { value: value.trim(), low: +lowText, high: +highText, unit: typedUnit };
      return invalid(say("actual.ordinal-range", params));
    }
    const count = readNumber(`${highText}${typedUnit}`, undefined, target);
    return count.kind === "number" ? { ...count, typed: { text: value.trim(), as: "ordinal" } } : null;
  }
  // 1-3人, 1-3月: the first to the third, or a time, left to the rules after this one; 第 before any other unit too.
  if (numbered || (lowText === "1" && !typedUnit.includes("%"))) return null;
  if (lowUnit !== undefined && highUnit !== undefined && canonicalUnit(lowUnit) !== canonicalUnit(highUnit))
    return null;
  // Under a fall the ends are its sizes (下降5%-8%: falls of 5 to 8), read against the size to reach (rangeSide);
  // typed as the signed changes (-8%--5%) their sizes are the other way round (review65: read as a rise of 8 % before).
  const signed = fall && lowText.startsWith("-") && highText.startsWith("-");
  const end = (n: string) => readNumber(`${n}${highUnit ?? lowUnit ?? ""}`, undefined, fall ? side : target);
  const [low, high] = signed ? [end(highText.slice(1)), end(lowText.slice(1))] : [end(lowText), end(highText)];
  // An end of another kind (1-3月 under a count: a time) is left to the rules after this one, as before.
  if (low.kind !== "number" || high.kind !== "number") return null;
  if (low.claim || high.claim || low.slip || high.slip || low.fraction !== undefined || !(low.value < high.value))
    return null;
  const text = value.trim();
  const written = targetSide(side) === "cap" ? "high" : "low";
  const claim: Claim = {
    low: low.value,
    lowStrict: false,
    high: high.value,
    highStrict: false,
    written,
    text,
    span: true,
  };
  // Under an exact target (=100人) one value of the range is it, the rest over or under it (verdict64: met before).
  const exact = target.op === "=" && target.value !== null && low.value <= target.value && target.value <= high.value;
  if (exact) return invalid(say("actual.range-straddles", { value: text, target, exact: true }));
  if (
    claimedValue(
      claim,
      side,
      (x) => meetsTarget(x, side),
      (a, b) => a === b,
    ) === null
  )
    return invalid(cannotTell(claim, target));
  const at = written === "low" ? low.value : high.value;
  // A fall's least size is judged as the fall it is (−5, as 下降5% typed alone).
  return { kind: "number", value: fall ? -at : at, claim, typed: { text, as: "range" } };
}

/**
 * The target a range typed is judged against: itself, or a rise to reach (较上年增长5%) as the floor it is judged as
 * (changeReach; verdict64: 5%-8% was “2 个数（5%、-8%）”), or a fall to reach (较上年下降5%) as the floor of its size
 * (verdict65). A change of no number gives no side (null).
 */
function rangeSide(target: ParsedTarget): ParsedTarget | null {
  if (target.kind !== "change") return targetSide(target) === null ? null : target;
  const { sign, strict } = changeReach(target);
  if (target.value === null || target.value * sign <= 0) return null;
  return { ...target, kind: "number", op: strict ? ">" : ">=", value: target.value * sign };
}

/**
 * A time in two units (1小时30分钟 under ≤1小时: verdict65, “2 个数” before): one time, in the smaller unit (90 分钟),
 * read as typed so, said as a sentence. Only a smaller part short of one of the larger (1小时70分钟 is no such time).
 */
function timeInTwoUnits(value: string, target: ParsedTarget): Actual | null {
  const m = TIME_IN_TWO_UNITS.exec(compactText(value));
  const smaller = m ? SMALLER_TIME_UNIT[m[2] + m[4]] : undefined;
  // 2024年6个月 is no time of two units: a year first (YEAR_ALONE) leaves it to the rules after this one.
  if (!m || !smaller || !(Number(m[3]) < smaller[1]) || YEAR_ALONE.test(m[1])) return null;
  const read = readNumber(`${Number(m[1]) * smaller[1] + Number(m[3])}${smaller[0]}`, undefined, target);
  return read.kind === "number" ? { ...read, sentence: value.trim() } : read;
}

/** A fraction typed (45/50, 19/20): part over whole. */
const FRACTION_TYPED = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/;

/**
 * A fraction typed under a percentage (45/50 under 预算执行率 ≥90%: verdict63, “2 个数” before): the share it is (90%),
 * said; null under any other unit (120/150 under ≥100人 may be done over planned, or the reverse) or a zero whole.
 */
function fractionTyped(value: string, target: ParsedTarget): Actual | null {
  const m = FRACTION_TYPED.exec(compactText(value));
  if (!m || canonicalUnit(target.unit) !== "%" || Number(m[2]) === 0) return null;
  if (target.kind !== "number" && target.kind !== "range") return null; // 2/100 under 超上年2%: a share, no change
  // Nor under a rate of change (增长率, 降低率 ≥5%: review63, 103/100 was 103%, met): this year's over last year's, or
  // what changed over it, only the clerk knows (103/100 is a growth of 3%).
  if (target.changeName || target.growth) return null;
  // Over 1 (50/45 under 预算执行率: verdict64, 111 % met before): the terms may be swapped (45/50, 90 %), said.
  const [part, whole] = [Number(m[1]), Number(m[2])];
  if (part > whole) {
    const [share, swapped] = [roundPercent((part / whole) * 100), roundPercent((whole / part) * 100)];
    return invalid(say("actual.fraction-over-one", { value: value.trim(), share, swapped }));
  }
  const read = readNumber(`${roundPercent((Number(m[1]) / Number(m[2])) * 100)}%`, undefined, target);
  return read.kind === "number" ? { ...read, typed: { text: value.trim(), as: "fraction" } } : read;
}

/**
 * An opinion in words for a number (满意, 较高, 较多 under ≥90%: OPINION_WORDS; verdict63, “应填写数值” before): no number
 * is guessed from it, said in the clerk's words with the unit the target asks for.
 */
function opinionTyped(value: string, target: ParsedTarget): Actual | null {
  // 是 / 否 under a number (≥18000人, 较上年增长5%: verdict64, “应填写数值” before): an answer, no number, said alike.
  const yesNo = YES_NO.has(plainWords(value)) ? { yesNo: true as const } : {};
  if (!yesNo.yesNo && !OPINION_WORDS.test(plainWords(value))) return null;
  const params = {
    value: value.trim(),
    target,
    unit: canonicalUnit(target.unit),
    ...yesNo,
  };
  return invalid(say("actual.opinion-for-number", target.kind === "change" ? { ...params, change: true } : params));
}

/** The indicator's own name typed as its actual (财务管理规范度, 宜兴 2016: “应填写数值” before), said so. */
function nameTyped(value: string, target: ParsedTarget): Actual | null {
  return target.measure && plainWords(value) === ownName(target)
    ? invalid(say("actual.name-typed", { value: value.trim() }))
    : null;
}

/**
 * A sentence whose one quantity is a share, against a count or an amount (按进度执行,已使用约40% under ≤220万元; 100%完成
 * under a cap): a share of what is not said (verdict61: “应填写数值” before), so said, not judged.
 */
function shareForCount(value: string, target: ParsedTarget): Actual | null {
  const unit = canonicalUnit(target.unit);
  if (target.kind !== "number" || unit === null || !isCumulativeUnit(unit)) return null;
  const quantities = compactText(value).replace(ACTUAL_TIME_IN_SENTENCE, "").match(QUANTITY_IN_SENTENCE) ?? [];
  const share = quantities.length === 1 ? parseNumberText(quantities[0]) : null;
  if (share?.unit !== "%" || share.signed) return null;
  const params = { value: value.trim(), share: share.value, target };
  return invalid(say("actual.share-for-count", params));
}

/**
 * A change typed in words only under a name of a rise or a fall in % (能耗下降率 ≥5%, 收入增长率 ≥5%: verdict58, “应填写
 * 数值” before): 持平 is a change of 0; the other way (不降反增, 上升 under a fall) below 0; the name's way negated (未下降)
 * at most 0. Judged on that claim only when every value it allows agrees (claimedValue: ≥5% is missed, ≥0% with 未下降 is
 * not told). Its own way without a number (下降) says not how far: null, as a name of no way (利润率, 变动率: 持平 may be
 * last year's level).
 */
function turnInWords(value: string, target: ParsedTarget): Actual | null {
  // 持平 under a change to reach (较上年增长5%, 超上年度: verdict65, “应填写数值” before): a change of 0.
  if (target.kind === "change" && !/\d/.test(value) && ACTUAL_NO_CHANGE.test(plainWords(value)))
    return { kind: "number", value: 0, sentence: value.trim() };
  const name = target.measure ?? "";
  const way = target.changeFall ? -1 : RISE_NAME.test(name) && !FALL_NAME.test(name) ? 1 : null;
  if (way === null || target.kind !== "number" || canonicalUnit(target.unit) !== "%" || /\d/.test(value)) return null;
  const words = plainWords(value);
  if (ACTUAL_NO_CHANGE.test(words)) return { kind: "number", value: 0, sentence: value.trim() };
  const negated = ACTUAL_NOT_CHANGED.exec(words)?.[0];
  const sign = changeSign(negated ? words.slice(negated.length) : words);
  if (sign === null || (negated ? sign !== way : sign === way)) return null;
  const text = value.trim();
  const claim: Claim = { low: -Infinity, lowStrict: false, high: 0, highStrict: !negated, written: "high", text };
  return { kind: "number", value: 0, claim, turn: text };
}

/**
 * A change in words only under a change (较上年增长5%, 能耗下降率 ≥5%), perhaps with 有所 / 明显 (有所下降): against a
 * change of no size (较上年增长: more than 0) its way answers it, achieved or not, said as against 增加 (verdict62); against
 * a size, how far is not said: said so (both “应填写数值” before). Null for other words.
 */
function directionOnly(value: string, target: ParsedTarget): Actual | null {
  if (target.kind !== "change" && !target.changeName) return null;
  const words = plainWords(value);
  const adverb = CHANGE_ADVERBS.find((a) => words.includes(a));
  const sign = changeSign(adverb ? words.replace(adverb, "") : words);
  if (sign === null || /\d/.test(value)) return null;
  if (target.kind === "change" && target.value === 0 && (target.op === ">" || target.op === "<")) {
    const way = target.op === ">" ? 1 : -1;
    const period = periodBaselineSaid(value, target, null);
    if (period) return invalid(period);
    return { kind: "grade", grade: sign === way ? "achieved" : "not", moved: value.trim() };
  }
  const params = { value: value.trim(), target };
  return invalid(say("actual.direction-only", sign > 0 ? { ...params, rise: true } : params));
}

/** 未达到90% (ACTUAL_NEGATED_REACH): what was not reached, no value (review55 reads no number of it), said so (verdict62). */
function negatedReach(value: string, target: ParsedTarget): Actual | null {
  const text = compactText(value);
  if (!ACTUAL_NEGATED_REACH.test(text) || (text.match(NUMERAL_RUN) ?? []).length !== 1) return null;
  return invalid(say("actual.not-reached-said", { value: value.trim(), target }));
}

/** The sign of words that are one change word, perhaps after a baseline (上升, 不降反增, 同比下降), or null. */
function changeSign(words: string): 1 | -1 | null {
  for (const [word, sign] of ACTUAL_CHANGE_WORDS) if (word.exec(words)?.[0] === words) return sign;
  return null;
}

/**
 * A day as a date cell shows it (2024-9-30, 2024/9/30, 2024年9月30日): PERF.STATUS is passed a date cell so (blocks.ts
 * dateShown), and Excel makes such cells of typed “9/30” or “1-3”. A month, a quarter or 9月底 typed is the clerk's.
 */
const EXCEL_DATE_TEXT = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:\d{4}年)?\d{1,2}月\d{1,2}日)$/;

/**
 * An actual in the notation of its target, which the plain number reading does not take (每亩300 against 每亩300,
 * 零陵 2021): its number when it reads as one quantity in the target's own unit, else null. A comparator written in it
 * (满意度不足90%, 满意度不低于92%) is a one-sided claim, read as the same claim typed alone (<90%, ≥92%), never its bare
 * number (review51: 不足100人 was 100, met against ≥100人); ≥ comes of 达到 / 为 as well (满意度为92%: a value), so it
 * is a claim only as a ≥ word written.
 */
function writtenAsTarget(value: string, target: ParsedTarget): { read: Actual; inWords: boolean } | null {
  if (target.kind !== "number" || target.unit === null || value.includes(ACTUAL_BETTER_THAN)) return null;
  if (ACTUAL_NEGATED_REACH.test(value)) return null;
  // Against a change, a baseline in words not read (较上年多耗6%) holds the way it went: not guessed (verdict57: 6, met,
  // under 能耗下降率 before).
  if (target.changeName && BASELINE_IN_WORDS.test(value)) return null;
  const read = parseTarget(value);
  if (read.kind !== "number" || read.value === null || read.high !== undefined || read.op === null) return null;
  // Words left out around the quantity (已完成全年任务的95%): a sentence, said (fromSentence); 每亩300 is the target's notation.
  const label = read.reasons?.find((m) => m.code === "target.ignored-label");
  const inWords = label !== undefined;
  // A name restated before a bare number (差错率0, 满意度95: verdict57, “应填写数值” before): the number as typed alone.
  const named = read.unit === null && label !== undefined && restatesName(String(label.params.label), target);
  if (!named && canonicalUnit(read.unit) !== canonicalUnit(target.unit)) return null;
  // Another indicator's name before the number in the target's unit (不满意率5% under 满意度, 准确率99% under 差错率:
  // verdict58, read as that number, red): its number, not this one's. A complement is not computed: 满意度 may count
  // 基本满意 or not, so 100 − 不满意率 may overstate it.
  const other = label === undefined ? null : otherMeasure(String(label.params.label), target);
  if (other) return { read: invalid(notDoneMessage(value, target, "measure", other)), inWords };
  const claimed =
    (read.opExplicit && (read.op === "<" || read.op === "<=" || read.op === ">")) ||
    (read.op === ">=" && AT_LEAST_WORDS.some((w) => value.includes(w)));
  if (!claimed && !named) return { read: { kind: "number", value: read.value }, inWords };
  const alone = `${claimed ? PREFIX_SIGN[read.op] : ""}${read.value}${read.unit ?? ""}`;
  return parseNumberText(alone) ? { read: readNumber(alone, undefined, target), inWords } : null;
}

const BASELINE_IN_WORDS = new RegExp(alternation(CHANGE_BASELINES));

/**
 * The indicator's own name typed before the number (差错率0, 满意度95 under 群众满意度), not another's (回收率95 under
 * 满意度, 未培训人数120 under 培训人数, 准确率99 under 差错率: review57b, read as that number, met or exceeded).
 */
function restatesName(label: string, target: ParsedTarget): boolean {
  return ACTUAL_MEASURE_NAME_END.test(label) && endsName(oneRateName(ownName(target)), oneRateName(label));
}

/** A name ending in a rate of RATE_SYNONYMS with its group's first name instead (会议到会率 → 会议出席率). */
function oneRateName(name: string): string {
  for (const group of RATE_SYNONYMS)
    for (const rate of group) if (name.endsWith(rate)) return name.slice(0, name.length - rate.length) + group[0];
  return name;
}

/** The indicator's name as restated: no spaces, no unit in brackets after it. */
const ownName = (target: ParsedTarget) =>
  (target.measure ?? "").replace(/\s+/g, "").replace(/[（(][^（）()]*[）)]$/, "");

/** `name` ends with `end`, not negated before it (满意率 is no end of 不满意率: verdict58). */
const endsName = (name: string, end: string) =>
  name.endsWith(end) && !NEGATING_WORDS.test(name.charAt(name.length - end.length - 1));

/**
 * The name of another thing measured typed before the number (不满意率, 投诉率, 准确率 under 满意度 or 差错率), or null: not
 * the indicator's own (restatesName) nor the amount done (实际完成数, 执行数: ACTUAL_DONE_NAME).
 */
function otherMeasure(label: string, target: ParsedTarget): string | null {
  const name = (label.split(CLAUSE_BREAK).pop() ?? "").replace(ACTUAL_LEADING_TIME, "");
  // Without the indicator's name (PERF.STATUS given none) no name is another's.
  if (!target.measure || !ACTUAL_MEASURE_NAME_END.test(name) || ACTUAL_DONE_NAME.test(name)) return null;
  // 满意率 for 满意度 (and back): one share named two ways; 综合满意度 or 调查满意度 is the same one (MEASURE_QUALIFIER).
  const own = ownName(target);
  const stem = (w: string) => w.replace(/[率度]$/, "");
  const same = (w: string) =>
    restatesName(w, target) || (/[率度]$/.test(w) && /[率度]$/.test(own) && endsName(stem(own), stem(w)));
  // Only before a share: 平均培训人数 under 培训人数 is an average, not the count.
  return same(name) || (/[率度]$/.test(name) && same(name.replace(MEASURE_QUALIFIER, ""))) ? null : name;
}

/**
 * The numbers of a sentence, times left out: runs of digits with the numerals and magnitudes around them (2百5百, 1千2千万元
 * are one malformed number, not two: “应填写数值”), each with a digit.
 */
function numbersIn(text: string): string[] {
  return (text.replace(ACTUAL_TIME_IN_SENTENCE, "").match(NUMERAL_RUN) ?? []).filter((run) => /\d/.test(run));
}
const NUMERAL_RUN = new RegExp(`[\\d.${CHINESE_NUMERAL_CHARS}万亿]+`, "g");
/** The quantities of a sentence as shown in a finding, a change with its word: 3.2万人次, 1万人次, 提高1%, 下降1%. */
const CHANGE_WORD_START = new RegExp(`^(?:${alternation(CHANGE_WORDS.map(([w]) => w))})`);
const QUANTITY_IN_SENTENCE = new RegExp(
  `(?:${alternation(CHANGE_WORDS.map(([w]) => w))})?${NUMBER_SOURCE}(?:[万亿千])?(?:${UNIT_SOURCE})?`,
  "g",
);

/**
 * An actual written as a sentence around its number (按进度执行,已使用约40%; 已完成全年任务的95%; 截至6月底完成3.2万人次;
 * 每亩300 against 每亩300, 零陵 2021): read when it says one quantity of the target's kind, and said (the light rests on our
 * reading of the words). Two or more quantities of that kind (完成3.2万人次，其中线上1万人次; 增加5%，减少2万元 against
 * 较上年增长) are not guessed: not judged, the numbers named (verdict55). A time in it (截至6月底) is when, not how much.
 */
function fromSentence(value: string, target: ParsedTarget): Actual | null {
  const text = compactText(value);
  const rest = text.replace(ACTUAL_LEADING_TIME, "");
  const timeSaid = rest !== text && /\d/.test(rest);
  const sentence = timeSaid ? rest : text;
  const numbers = numbersIn(sentence);
  if (numbers.length === 0) return null;
  const said = (read: Actual | null): Actual | null =>
    read?.kind === "number" ? { ...read, sentence: value.trim() } : read;
  if (numbers.length === 1) {
    const read = timeSaid ? readNumber(sentence, undefined, target) : null;
    if (read?.kind === "number") return said(read);
    const asTarget = writtenAsTarget(sentence, target);
    if (!asTarget) return null;
    return asTarget.read.kind === "number" && (timeSaid || asTarget.inWords) ? said(asTarget.read) : asTarget.read;
  }
  // Several numbers: the one piece (split as a target's parts are) that reads in the target's unit, else none.
  const pieces = splitParts(sentence);
  let underWay = false;
  const readings = pieces.map((piece) => {
    if (numbersIn(piece).length !== 1) return null;
    // A plan or any piece saying not done (计划100人) is no reading of the amount done beside others.
    const notDone = notDoneWords(piece, target);
    if (notDone === "under-way" && ACTUAL_PART_OF_BEFORE.test(piece)) underWay = true; // 其中在建3个: the total holds it
    if (notDone !== null) return null;
    const read = parseNumberText(piece) ? readNumber(piece, undefined, target) : writtenAsTarget(piece, target)?.read;
    return read?.kind === "number" ? read : null;
  });
  const found = readings.filter((r) => r !== null);
  if (found.length === 1 && readings.length > 1) {
    // Beside a number under way only a clause saying done is the amount done (共18个，在建3个 is a total: review67).
    const done = pieces[readings.indexOf(found[0])];
    const besideUnderWay = pieces.some((p) => numbersIn(p).length === 1 && notDoneWords(p, target) === "under-way");
    if (besideUnderWay && (underWay || !ACTUAL_DONE_BESIDE_UNDER_WAY.test(wordsBefore(done).before)))
      return invalid(notDoneMessage(value, target, "under-way"));
    return said(found[0]);
  }
  // Said only when two of them are of the target's kind (18岁以下、54周岁以上 against 人 is no answer: “应填写数值”).
  const all = sentence.replace(ACTUAL_TIME_IN_SENTENCE, "").match(QUANTITY_IN_SENTENCE) ?? [];
  const quantities = all.filter((q) => readNumber(q, undefined, target).kind === "number");
  if (found.length < 2 && quantities.length < 2) return null;
  // Two pieces read but fewer quantities of the target's kind (新增50人，累计130人): every quantity is shown, not “1 个数”.
  const shown = quantities.length >= 2 ? quantities : all.map((q) => q.replace(CHANGE_WORD_START, ""));
  return invalid(say("actual.several-numbers", { value: value.trim(), numbers: shown }));
}

/**
 * What an actual's words say of the amount done — the one home for “not done” (verdict55b, verdict56, verdict57;
 * docs/domain.md#actual-values), null when they say nothing of it (the number is read as usual):
 * - a forecast or a plan (预计年底完成95%, 95%（预计）), a shortfall (还差10人, 剩余10人, 10人未完成), more than a plan
 *   (比计划多10人), a change against a level (同比下降5% against ≥90%), 未完成10人 (not done, or all that is done): not
 *   done, not judged, said (actual.not-done);
 * - the one clause saying what is done beside a plan or a shortfall (计划100人，已完成120人): read, said as a sentence;
 * - more than the target (超额20人 against ≥100人): the target and as much more, said (overTarget).
 * What is done is not computed from a shortfall: of the target or of a plan of the year, the words do not say.
 */
function statedDone(value: string, target: ParsedTarget): Actual | null {
  // 应到20人实到20人: two clauses typed without a comma between (verdict61).
  const text = compactText(value).replace(ACTUAL_DUE_THEN_ATTENDED, "$1，$2");
  const share = shareOfTarget(value, text, target) ?? attendanceAside(value, text, target);
  if (share) return share;
  // Most actuals are one clause: then no list of clauses is made (a split makes a list and a copy, every actual).
  const oneClause = !CLAUSES.test(text);
  // A part of the year in any clause (下半年完成120人; 上半年完成60人，下半年完成60人: verdict58, read as 120 or 60 done):
  // that part's amount or a forecast of it; the sum of the parts is not worked out either.
  if (oneClause ? partOfYear(text) : text.split(CLAUSES).some(partOfYear))
    return invalid(notDoneMessage(value, target, "part"));
  // attendanceRate and doneBeside need two clauses
  const done = oneClause ? null : (attendanceRate(value, text, target) ?? doneBeside(value, text, target));
  if (done) return done.kind === "number" ? { ...done, sentence: value.trim() } : done;
  const over = overTarget(value, text, target);
  if (over) return over;
  const said = notDoneWords(text, target);
  if (said)
    return invalid(notDoneMessage(value, target, said, said === "other" ? otherAmountIn(text, target) : undefined));
  const added = addedThisYear(value, text, target);
  if (added) return added;
  // 同比下降5% against 预算执行率 ≥90%: a change is no level (verdict55b: read as −5 %, red), unless the name is one.
  const parsed = parsedActual(value, target);
  if (parsed?.changed && (target.kind === "number" || target.kind === "range") && !target.changeName)
    return invalid(notDoneMessage(value, target, "change"));
  return null;
}

/** A clause saying an amount of a part of the year (下半年完成120人). */
function partOfYear(clause: string): boolean {
  return NUMBER_START.test(clause.slice(ACTUAL_PART_OF_YEAR.exec(clause)?.[0].length ?? clause.length));
}

/** The words before the number of one clause, a time before it left out (截至6月底还差10人), and the clause without it. */
function wordsBefore(clause: string): { before: string; rest: string } {
  const rest = clause.replace(ACTUAL_LEADING_TIME, "");
  return { before: textBefore(rest, NUMBER_START), rest };
}

/** Which “not done” one clause says in words (notDone), or null. 实际 in it names the done value. */
function notDoneWords(clause: string, target: ParsedTarget): NotDone | null {
  const { before, rest } = wordsBefore(clause);
  if (before === rest) return null; // no number: 差 is a grade, 计划中 words (as before)
  if (otherAmountIn(clause, target)) return "other";
  if (clause.includes("实际")) return null;
  if (ACTUAL_ADDED.test(before)) {
    if (isStockIndicator(target.measure ?? "", target)) return "added";
    // 新增5% under 覆盖率 ≥90%: a rise, no level (verdict59: 5 %, red), unless the name is one of a change; 新增至95%
    // names the level reached (review59). Any level alike (满意度 ≥90分 | 新增2分, 元/亩: verdict60, 2 分, red before).
    // An average (人均可支配收入 ≥12000元 | 新增1000元: verdict61, 1000 元, red) is a level in any unit.
    const unit = canonicalUnit(target.unit);
    const level = unit !== null && (!isCumulativeUnit(unit) || averageName(target));
    if (level && !target.changeName && !target.growth && !/[至到]$/.test(before)) return "change";
  }
  if (ACTUAL_LEFT_AFTER.test(rest)) return "shortfall";
  if (ACTUAL_UNDER_WAY_BEFORE.test(before) || ACTUAL_UNDER_WAY_AFTER.test(rest)) return "under-way";
  // A gap to the target or the plan names the plan, and is no forecast of it (比计划少10人); under a name of the gap
  // (资金缺口) the gap is the value.
  if (ACTUAL_SHORTFALL.test(before) && !(target.gapName && GAP_WORDS.test(before))) return "shortfall";
  if (ACTUAL_OVER_PLAN.test(before)) return "over";
  if (ACTUAL_OVER_LIMIT.test(before) && !target.measure?.includes(before.replace(/[了约]$/, ""))) return "over";
  if (ACTUAL_NOT_DONE_BEFORE.test(before)) return "unclear";
  // An aside with a number is another beside the one done (120人（计划100人）): only a bare one (95%（预计）) says so.
  // A time is no such number (100%（预计12月底完成）: review56b, met before).
  const aside = TRAILING_ASIDE.exec(clause)?.[1] ?? "";
  // 18个（含在建3个）: those under way are of the 18, as in 其中在建3个 (verdict68: met at 18 before), so none is said done.
  if (ACTUAL_PART_OF_BEFORE.test(aside) && notDoneWords(aside, target) === "under-way") return "under-way";
  // （低于预期） / （未达预期） is a grade of the number, no forecast of it (verdict69b: “预计或计划的数值” before).
  const forecastAside =
    !HAS_DIGIT.test(aside.replace(ACTUAL_TIME_IN_SENTENCE, "")) &&
    forecastSaid(aside) &&
    !SHORT_OF_EXPECTATION.test(plainWords(aside)) &&
    !ABOVE_EXPECTATION.test(plainWords(aside));
  if (forecastSaid(before) || forecastAside) return "forecast";
  return null;
}

/** A name of an average of each one (AVERAGE_NAME), not of what is new (人均新增收入 counts the new). */
const averageName = (target: ParsedTarget) =>
  AVERAGE_NAME.test(target.measure ?? "") && !NEW_THINGS_NAME.test(target.measure ?? "");

/** The other amount named before the number (申报, 报名, 需求: ACTUAL_OTHER_AMOUNT), unless the name is of it (报名人数). */
function otherAmount(before: string, target: ParsedTarget): string | null {
  const word = ACTUAL_OTHER_AMOUNT.exec(before)?.[1];
  return word && !(target.measure ?? "").includes(word) ? word : null;
}

/** The other amount's word of one clause (申报 of 截至6月底申报120人, 到位 of 到位资金120万元), or undefined. */
const otherAmountIn = (clause: string, target: ParsedTarget) =>
  otherAmount(wordsBefore(clause).before, target) ?? undefined;

/**
 * The first monitoring day on which an amount counted to the time its words name is the amount done so far, or null when
 * they name none; before it the amount is a forecast (judgeIndicator; verdict58: 截至12月底完成120人 超额 in July before).
 * A day typed (截至7月15日), a month's end (7月底), the year's (全年, 年底) or a part's (上半年末): that day. A month named
 * alone (1-7月, 截至7月, 上半年 as 1-6月): its first day — typed on 7月20日, 1-7月 is July's count so far, not a forecast
 * of July's end (verdict59).
 */
function countedSoFarFrom(reading: CellReading | CellValue | null, budgetYear: number, asOf?: string): string | null {
  const value = isCellReading(reading) ? reading.value : reading;
  if (typeof value !== "string") return null;
  const text = compactText(value);
  // 截至本月底: the end of the month the check falls in (a forecast before it, as 截至7月底 on 7月20日).
  if (asOf && ACTUAL_THIS_MONTH_END.test(text))
    return lastDayOfMonth(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)));
  const said = ACTUAL_COUNTED_TO.exec(text);
  if (!said) return null;
  const year = said[1] ? Number(said[1]) : budgetYear;
  const quarter = said[8] ? smallNumber(said[8]) : null;
  const month = said[5] ? 12 : said[6] ? PART_FROM_JANUARY[said[6]] : quarter ? quarter * 3 : smallNumber(said[2]);
  if (month === null || month < 1 || month > 12) return null;
  if (said[4]) return makeIso(year, month, Number(said[4]));
  return said[3] || said[5] || said[7] || said[8] ? lastDayOfMonth(year, month) : makeIso(year, month, 1);
}

/**
 * The year an actual says its amount is of (2023年完成120人, 完成120人（截至2023年12月31日）) when it and every other
 * year typed in it are before budgetYear (2023年至2024年累计 is read), else null.
 */
export function yearTypedBefore(reading: CellReading | CellValue | null, budgetYear: number): number | null {
  const value = isCellReading(reading) ? reading.value : reading;
  if (typeof value !== "string") return null;
  const text = compactText(value);
  const typed = ACTUAL_YEAR_TYPED.exec(text);
  const year = typed ? Number(typed[1] ?? typed[2]) : null;
  if (year === null || year >= budgetYear) return null;
  return (text.match(YEARS_TYPED) ?? []).every((y) => Number(y) < budgetYear) ? year : null;
}

/**
 * A change typed from a year's baseline (较2022年增长6%) other than the target's (verdict62: read as the year's change
 * before, whatever the year): the target's own (较2022年增长5%), else the year before the table's (较上年, 同比, or a
 * level of growth: 增长率 ≥5%). 较上年 typed is that year before the table's too. Not compared where a year is not
 * known (环比, 较基期; a table without a year, unless both name one): read as before.
 */
function baselineYearSaid(value: string, target: ParsedTarget, budgetYear: number, yearKnown: boolean): Message | null {
  // Beside a level (≥100人 | 120人，较2022年增加20人) a baseline tells how it moved, not what answers it (review62).
  const growth = target.kind === "change" || (target.changeName && canonicalUnit(target.unit) === "%");
  if (!growth) return null;
  const text = compactText(value);
  const lastYear = yearKnown ? budgetYear - 1 : null;
  const period = periodBaselineSaid(value, target, lastYear);
  if (period) return period;
  const own = BASELINE_YEAR.exec(compactText(target.raw));
  const typedYear = BASELINE_YEAR.exec(text)?.[1];
  const typed = typedYear ? Number(typedYear) : BASELINE_LAST_YEAR.test(text) ? lastYear : null;
  if (typed === null) return null;
  const baseline = own ? Number(own[1]) : BASELINE_NOT_LAST_YEAR.test(target.raw) ? null : lastYear;
  if (baseline === null || typed === baseline) return null;
  const params = { value: value.trim(), target, year: typed, baseline };
  return say("actual.baseline-year", own ? params : { ...params, budgetYear });
}

/**
 * A change from a month or a quarter (环比增长6%, 比上月增长6%: BASELINE_PERIOD) under a change from a year (较上年增长5%,
 * 较2023年增长, a level of growth): another baseline, whatever the numbers (verdict63: met on its number or its way
 * before); null otherwise. lastYear: the year before the table's, null when no year is known (said as 上年).
 */
function periodBaselineSaid(value: string, target: ParsedTarget, lastYear: number | null): Message | null {
  if (!BASELINE_PERIOD.test(compactText(value))) return null;
  if (BASELINE_NOT_LAST_YEAR.test(target.raw) || BASELINE_PERIOD.test(target.raw)) return null;
  const own = BASELINE_YEAR.exec(compactText(target.raw));
  const year = own ? Number(own[1]) : lastYear;
  const params = { value: value.trim(), target };
  return say("actual.baseline-period", year === null ? params : { ...params, year });
}

/** A name of a part of the year (上半年完成率, 一季度…, 1-6月…): an amount counted to it is its figure. */
const PART_OF_YEAR_NAME = /上半年|季度|\d+月|[一二三四五六七八九十]+月/;

/**
 * What the time an amount is counted to says on the check's date (one rule for the check, PERF.STATUS and the score),
 * or null when it says nothing (read as usual): a year before the table's typed (2023年上半年完成120人 in 2024's table:
 * verdict60, read as this year's before) is another year's amount; a day after the date (截至12月底完成120人 in July)
 * makes it a forecast (countedSoFarFrom). yearKnown: the budget year is the table's or one given, not a formula's lack of
 * a date (PERF.STATUS without one judges as at a far deadline: every year typed would be before it).
 */
export function countedTimeSaid(
  reading: CellReading | CellValue | null,
  target: ParsedTarget,
  budgetYear: number,
  asOf: string,
  yearKnown = true,
): Message | null {
  const value = isCellReading(reading) ? reading.value : reading;
  if (typeof value !== "string") return null;
  const baseline = baselineYearSaid(value, target, budgetYear, yearKnown);
  if (baseline) return baseline;
  const year = yearKnown ? yearTypedBefore(value, budgetYear) : null;
  if (year !== null)
    return say("actual.not-done", {
      value: value.trim(),
      target,
      said: "year",
      year,
      budgetYear,
    });
  const countedDay = countedSoFarFrom(reading, budgetYear, asOf);
  if (countedDay && compareIso(asOf, countedDay) < 0) return notDoneMessage(value, target, "forecast");
  // 截至6月底完成60% checked once the year is over (verdict71: 60, red, judged as the year's): an amount counted to a
  // month before December is no figure of the year. Not for a target dated earlier itself (上半年…, 预算执行进度(6月)).
  const yearOver = compareIso(asOf, `${budgetYear}-12-31`) >= 0;
  const earlier = countedDay !== null && compareIso(countedDay, `${budgetYear}-12-01`) < 0;
  const name = target.measure ?? "";
  const partName = PART_OF_YEAR_NAME.test(name) || checkpointInName(name, budgetYear) !== null;
  if (!(yearKnown && yearOver && earlier && !target.date && !partName)) return null;
  // A count of the year only grows: one reaching its floor by June reached it by the year's end (截至6月底完成3.2万人次
  // under ≥3万人次 is met); short of it, or a rate, it says nothing of the year's.
  const read = readActual(reading, target);
  const grows = isYearCount(target, name) && targetSide(target) === "floor";
  if (grows && read.kind === "number" && meetsTarget(read.value, target)) return null;
  return say("actual.not-done", { value: value.trim(), target, said: "earlier", budgetYear });
}
/**
 * 新增 / 本年新增 before the number under a count of the year (培训人数 ≥120人 | 新增50人: verdict59, read silently
 * before): the year's new ones are its count — each trainee of the year is a new one; a part of the year before it is
 * ACTUAL_PART_OF_YEAR's, a stock's total notDoneWords' — so read, and said. Under a name of things added (新增就业人数)
 * the value as typed, nothing to say.
 */
function addedThisYear(value: string, text: string, target: ParsedTarget): Actual | null {
  const { before, rest } = wordsBefore(text);
  const word = ACTUAL_ADDED.exec(before)?.[0];
  const name = target.measure ?? "";
  if (!word || NEW_THINGS_NAME.test(name)) return null;
  // Not a number (新增50人，累计130人): the whole actual is read as usual, so what is said quotes it as typed.
  const read = readNumber(rest.slice(word.length), undefined, target);
  // Against a change (较上年增加100人次) 新增 may be the year's or the rise: said, not read (verdict62: “应填写数值” before).
  if (target.kind === "change" && read.kind === "number")
    return invalid(say("actual.added-or-rise", { value: value.trim(), target }));
  const level = target.kind === "number" || target.kind === "range";
  if (!level || !isYearCount(target, name)) return null;
  return read.kind === "number" ? { ...read, added: value.trim() } : null;
}

/**
 * 应到100人，实到95人 under a rate of attendance (到会率 ≥90%: verdict59, “预计或计划” before): 实到 ÷ 应到, as such a
 * rate is defined, when both are plain numbers of one unit. Under a count doneBeside reads 实到 alone.
 */
function attendanceRate(value: string, text: string, target: ParsedTarget): Actual | null {
  if (canonicalUnit(target.unit) !== "%" || !ATTENDANCE_RATE_NAME.test(ownName(target))) return null;
  const clauses = text.split(CLAUSES).filter((c) => NUMBER_START.test(c));
  const counted = (words: RegExp) =>
    clauses.map(wordsBefore).flatMap(({ before, rest }) => {
      const q = words.test(before) ? parseNumberText(rest.slice(before.length)) : null;
      return q && !q.signed && !q.bound && !q.more && !q.near && q.magnitude === null ? [q] : [];
    });
  const [due, came] = [counted(ACTUAL_DUE_TO_ATTEND), counted(ACTUAL_ATTENDED)];
  if (clauses.length !== 2 || due.length !== 1 || came.length !== 1) return null;
  if (due[0].unit !== came[0].unit || due[0].value <= 0) return null;
  // More came than were due (应到100人，实到120人: verdict60, 120 % before): a slip in one of them, or people not on the
  // list counted — said, not judged.
  if (came[0].value > due[0].value) {
    const [dueSaid, cameSaid] = [due[0], came[0]].map((q) => `${q.value}${q.unit ?? ""}`);
    return invalid(say("actual.attended-over-due", { value: value.trim(), due: dueSaid, came: cameSaid }));
  }
  return readNumber(`${roundPercent((came[0].value / due[0].value) * 100)}%`, undefined, target);
}

/**
 * A share with the attendance it is worked out from in brackets (出勤率100%（应到20人实到20人）: verdict61, “应填写数值”
 * before): read when both give one share, said when they differ (which one is wrong only the clerk knows).
 */
function attendanceAside(value: string, text: string, target: ParsedTarget): Actual | null {
  const aside = TRAILING_ASIDE.exec(text);
  if (!aside || aside.index === 0) return null;
  const worked = attendanceRate(value, aside[1].replace(ACTUAL_DUE_THEN_ATTENDED, "$1，$2"), target);
  if (worked?.kind !== "number") return worked;
  const typed = readNumber(text.slice(0, aside.index), undefined, target);
  if (typed.kind !== "number") return null;
  // One share when the worked one rounds to the typed one (29 of 30 is 96.67 %: typed 97% or 96.7% agree).
  const places = String(typed.value).split(".")[1]?.length ?? 0;
  if (Math.abs(typed.value - worked.value) < 0.5 * 10 ** -places + SAME_NUMBER)
    return { ...typed, sentence: value.trim() };
  const shares = { share: typed.value, computed: worked.value };
  const typedAside = TRAILING_ASIDE.exec(value)?.[1].trim() ?? aside[1]; // quoted as typed, not as parted
  return invalid(say("actual.aside-disagrees", { value: value.trim(), aside: typedAside, ...shares }));
}

/**
 * A share of the target said done (100%完成, 完成率95%, 已完成全年任务的95%) under a count or an amount to reach (≥100人):
 * that share of the target's value (verdict61: “应填写数值” before, though 完成 alone is met) — the target is the task
 * the share is of. Under a cap (≤220万元) or a share (%) it is no such share: read as before (share-for-count, the share).
 */
function shareOfTarget(value: string, text: string, target: ParsedTarget): Actual | null {
  const said = ACTUAL_SHARE_DONE.exec(text);
  const unit = canonicalUnit(target.unit);
  const limit = target.value;
  // 已完成80% under 差错率 ≤5% (verdict69: 80 %, red, before): a share of the work done, no error rate; a cap of 100 % or
  // more (预算执行率 ≤100%) is one such a share may be.
  if (said && unit === "%" && target.kind === "number" && targetSide(target) === "cap" && (limit ?? 100) < 100)
    return invalid(
      say("actual.done-share-under-cap", { value: value.trim(), target, share: Number(said[1] ?? said[2]) }),
    );
  if (!said || unit === null || !isCumulativeUnit(unit)) return null;
  if (target.kind !== "number" || targetSide(target) !== "floor" || limit === null || !(limit > 0)) return null;
  const percent = Number(said[1] ?? said[2]);
  const read = readNumber(`${roundTo((limit * percent) / 100, 10)}${unit}`, undefined, target);
  return read.kind === "number" ? { ...read, share: { text: value.trim(), percent } } : null;
}

/** Clauses of an actual: what a comma or a semicolon parts (计划100人，已完成120人). */
const CLAUSES = /[，,；;。]/;

/**
 * The amount done said in one clause beside clauses of a plan, a forecast or a shortfall (计划100人，已完成120人; 还差10人，
 * 已完成90人): that clause read (verdict57: “预计或计划” or “2 个数” before); an excess over a plan that is not the target,
 * not judged. Null unless every other clause is one of those.
 */
function doneBeside(value: string, text: string, target: ParsedTarget): Actual | null {
  const clauses = text.split(CLAUSES).filter((c) => NUMBER_START.test(c));
  if (clauses.length < 2) return null;
  const notDone = clauses.filter((c) => notDoneWords(c, target) !== null);
  const done = clauses.filter((c) => !notDone.includes(c) && ACTUAL_DONE_CLAUSE.test(wordsBefore(c).before));
  if (notDone.length === 0 || done.length !== 1 || notDone.length + 1 !== clauses.length) return null;
  // 完成18个，其中在建3个: those under way are of the 18 (review67), so the 18 is no amount done.
  if (notDone.some((c) => ACTUAL_PART_OF_BEFORE.test(c) && notDoneWords(c, target) === "under-way"))
    return invalid(notDoneMessage(value, target, "under-way"));
  const read = readNumber(done[0], undefined, target);
  if (read.kind !== "number") return null;
  // An excess beside a plan is over the plan (计划100人，实际超额20人): the target and it only when the plan is the target;
  // over another plan how much is done is not said (verdict59: “2 个数” or “预计或计划” before).
  if (read.over && !notDone.every((c) => plannedIsTarget(c, target)))
    return invalid(notDoneMessage(value, target, "over"));
  return read;
}

/** A clause of a plan (计划100人) whose number is the target's value, in its unit. */
function plannedIsTarget(clause: string, target: ParsedTarget): boolean {
  const at = clause.search(NUMBER_START);
  const planned = at < 0 ? null : readNumber(clause.slice(at), undefined, target);
  return planned?.kind === "number" && planned.value === target.value && forecastSaid(wordsBefore(clause).before);
}

/**
 * More than the target said with the excess (超额20人, 超出目标20人, 超额完成任务20% against ≥100人: verdict57, read as 20
 * done, red, or not judged before): the target's value and the excess, in its unit (a % of a count is of the target).
 * 超额完成120人 is the amount done, as before (only a number short of the target is an excess). Not judged when the
 * target is no single positive value or a % excess of a % target (points or a share of it) cannot be told: said.
 */
function overTarget(value: string, text: string, target: ParsedTarget): Actual | null {
  const { before, rest } = wordsBefore(text);
  // 实际 or the name restated before the excess (实际超额20人, 培训人数超额20人: verdict58, read as 20 done, red).
  const words = withoutName(before.replace(LEADING_ACTUAL, ""), target);
  const named = ACTUAL_OVER_TARGET.test(words);
  if (!named && !ACTUAL_OVER_DONE.test(words)) return null;
  const limit = target.value;
  const single =
    (target.kind === "number" || target.kind === "duration") && limit !== null && limit > 0 && !target.high;
  const excess = parseNumberText(rest.slice(before.length));
  const plain = excess !== null && !excess.signed && !excess.bound && !excess.more && !excess.near;
  if (!named) {
    // 超额完成N: N done when it reaches the target (as before), the excess when short of it.
    const asDone =
      single && plain && targetSide(target) === "floor"
        ? readNumber(rest.slice(before.length), undefined, target)
        : null;
    if (asDone?.kind !== "number" || asDone.value >= (limit ?? 0)) return null;
  }
  const over = () => invalid(notDoneMessage(value, target, "over"));
  if (!single || !plain || limit === null) return over();
  const targetUnit = canonicalUnit(target.unit);
  let more: number | null;
  if (ACTUAL_POINTS.test(rest)) more = targetUnit === "%" ? excess.value : null;
  else if (excess.unit === "%") more = targetUnit === "%" ? null : (limit * excess.value) / 100;
  else {
    const read = readNumber(rest.slice(before.length), undefined, target);
    more = read.kind === "number" && !read.fraction && !read.slip ? read.value : null;
  }
  if (more === null) return over();
  const read = readNumber(roundTo(limit + more, 10), undefined, target);
  return read.kind === "number" ? { ...read, over: value.trim() } : over();
}

/** Words without the indicator's name restated first (培训人数超额 → 超额), as they are when it is not. */
function withoutName(words: string, target: ParsedTarget): string {
  for (let end = words.length - 1; end >= 2; end--)
    if (restatesName(words.slice(0, end), target)) return words.slice(end);
  return words;
}

/** -6% (or −6) under a name of a fall: which way it went is not said (verdict57). */
function signedFall(value: string, target: ParsedTarget): Message {
  return say("actual.signed-fall", { value: value.trim(), target });
}

/**
 * An actual's text as a number, what changed named first left out against a change or a level named of one (体检率下降1%,
 * 能耗下降6%).
 */
function parsedActual(value: string, target: ParsedTarget) {
  return (
    parseNumberText(value) ??
    (target.kind === "change" || target.changeName ? parseNumberText(value.replace(CHANGE_SUBJECT, "")) : null)
  );
}

/**
 * A forecast or a plan said in these words; not a plan named, followed or beaten (计划完成率, 按计划, 超计划:
 * ACTUAL_PLAN_NAMED) nor one after the work done (完成年度计划的95%).
 */
function forecastSaid(words: string): boolean {
  return ACTUAL_FORECAST.test(textBefore(words.replace(ACTUAL_PLAN_NAMED, ""), ACTUAL_DONE_WORDS));
}
/** Where a number begins: a digit or a Chinese numeral. */
const NUMBER_START = new RegExp(`[\\d${CHINESE_NUMERAL_CHARS}]`);

/** `text` before the first match of `pattern` (one that never matches empty), all of it when none: split's first part. */
function textBefore(text: string, pattern: RegExp): string {
  const at = text.search(pattern);
  return at < 0 ? text : text.slice(0, at);
}

function notDoneMessage(value: string, target: ParsedTarget, said: NotDone, word?: string): Message {
  const named = word === undefined ? {} : { word };
  return say("actual.not-done", { value: value.trim(), target, said, ...named });
}

function notANumber(value: unknown): Actual {
  return invalid(say("actual.not-a-number", { value: String(value) }));
}

/** Target not understood: still say what the actual is, so the caller can show it. */
function readAnything(
  value: number | string | boolean,
  format: string | undefined,
  target: ParsedTarget,
  date1904: boolean,
): Actual {
  if (typeof value === "number" && isDateFormat(format)) return readCompletionDate(value, format, target, date1904);
  if (typeof value === "boolean") return readQualitative(value);
  const asNumber = readNumber(value, format, target, date1904);
  if (asNumber.kind === "number") return asNumber;
  if (typeof value === "string") {
    const grade = readGrade(value);
    if (grade) return { kind: "grade", grade };
    const date = parseDateText(value);
    if (date) return { kind: "date", date };
  }
  return asNumber;
}
