/**
 * Judging one indicator at the monitoring date (docs/domain.md#monitoring-rules and our defaults in #judging-defaults).
 *
 * Deadline: a date target's own date, otherwise 31 December of the budget year
 * (ctx.budgetYear, else settings.budgetYear, else the monitoring date's year).
 * - At or after it judging is strict: met / missed; ≥ bands.blue (120 %) of a positive count or amount is
 *   exceeded (blue; rates and levels too when settings.exceededForLevels).
 * - Before it: counts and amounts (人 次 个 件 万元 …) are compared with the pro-rated target
 *   (target × whole months elapsed / 12, or / the month a name dates: 培训人次(上半年) / 6) through the bands:
 *   < red → red, < yellow → yellow (behind), < blue → green (on track), otherwise blue (exceeded). Rates and
 *   levels (%, ‰, 分, bare numbers) are compared with the full target: reached → on track (green), not yet →
 *   behind (yellow); never red early.
 * - ≤ / < targets and durations are in or out at any date (out = missed, red).
 * - "=" written with a positive value (`= 8个`, a 计算符号 column's =) asks for exactly it: equal → met / on track
 *   (green) at any date, above → exceeded (blue), below → judged like ≥ without blue. `约90%` (= with a note) stays
 *   like ≥. Target 0 (= 0, or a bare 0): equal green, else red.
 * - Before the deadline a count ≥ 120 % of the pro-rated schedule is blue (超额) as the national bands say; short
 *   of the whole target the reason adds “快于序时进度”.
 * - Ranges: above the top is out (red) at any date; below the bottom is judged like ≥ the bottom.
 * - Changes (提高10% / 下降3%) compare the actual change like a level; a change in a count or an amount
 *   (较上年增加1000人次, 减少3万元) is pro-rated before the deadline as the count is.
 * - Date targets: met when completed on or before the deadline, missed (red) when later. A date after the
 *   monitoring date is a plan: on track when on time, behind (yellow) when late, missed once the deadline passed.
 *   "已完成 / 未完成" without a date: achieved → met; otherwise on track before the deadline, missed after.
 * - Qualitative: 达成 green (met), 部分达成 yellow (behind, missed at the deadline), 未达成 red (missed).
 * - No actual → pending, no light, whatever the date. A target not understood → unknown with its reason.
 * - settings.strictQualityTimeCost: 质量 / 时效 / 成本 indicators are in or out at any date, no pro-rating, no blue.
 */
import { compareIso, daysBetween, yearOf } from "../dates";
import { renderMessage, say as message, type Lang, type MessageCode, type MessageParams } from "../locale/messages";
import type {
  CellReading,
  CellValue,
  IndicatorResult,
  JudgeSettings,
  Light,
  ParsedTarget,
  Status,
  TargetPart,
} from "../types";
import {
  type Actual,
  type Grade,
  actualPieces,
  changeReach,
  cannotTell,
  claimEnds,
  claimedValue,
  countedTimeSaid,
  onScheduleOnly,
  SAME_NUMBER,
  readActual,
  takesNumber,
  targetSide,
} from "./actual";
import { roundTo } from "../numbers";
import { wholeMonthsElapsed } from "./schedule";
import { canonicalUnit, isWholeItemUnit, isYearCount, judgedTarget } from "./units";
import { IndicatorResultRecord } from "../records";
import { checkpointInName } from "../notation/checkpoints";
import { lightSeverity } from "../lights";

interface IndicatorContext {
  level1?: string;
  level2?: string;
  name?: string;
  budgetYear?: number;
}

/** Second-level categories judged in or out when settings.strictQualityTimeCost is on. */
const STRICT_LEVEL2 = /质量|时效|成本/;

type Say = <C extends MessageCode>(code: C, params: MessageParams[C]) => string;

/** Reasons worded through the catalogues (core/locale), in one language. */
const sayIn =
  (lang: Lang): Say =>
  (code, params) =>
    renderMessage(message(code, params), lang);

const SAY_ZH = sayIn("zh");
const SAY_EN = sayIn("en");

/** The wording function of a language (made once for each of ours: judging asks for it per indicator). */
function sayOf(lang: Lang | undefined): Say {
  if (lang === undefined || lang === "zh") return SAY_ZH;
  return lang === "en" ? SAY_EN : sayIn(lang);
}

/** Everything the branches need, computed once. */
interface Judging {
  target: ParsedTarget;
  settings: JudgeSettings;
  /** Words a reason in the settings' language. */
  say: Say;
  /** The monitoring date is at or after the deadline. */
  due: boolean;
  deadline: string;
  budgetYear: number;
  strict: boolean;
  unit: string | null;
  /** Counts and amounts built up over the year are pro-rated before the deadline; levels and stocks are not. */
  cumulative: boolean;
  targetText: string;
  /** Months from the year's start to the deadline the pro-rating runs to: 12, or the month a name dates (7月: 7). */
  months: number;
  /** The number the clerk wrote, shown when a one-sided value is judged just inside its strict end (judgeClaim). */
  shown?: number;
}

function result(
  status: Status,
  light: Light,
  actual: IndicatorResult["actual"],
  ratio: number | null,
  gap: number | null,
  why: string,
  noted?: true,
): IndicatorResult {
  return new IndicatorResultRecord(status, light, actual, ratio, gap, why, noted); // not a literal: records.ts
}

/** Nothing can be judged: no light, the reason in words. */
function notJudged(
  status: "unknown" | "pending",
  why: string,
  actual: IndicatorResult["actual"] = null,
): IndicatorResult {
  return result(status, "none", actual, null, null, why);
}

/** One indicator's status, light and finding: its actual judged against its target as of the context's date. */
export function judgeIndicator(
  target: ParsedTarget,
  actual: CellReading | CellValue | null,
  ctx: IndicatorContext,
  settings: JudgeSettings,
): IndicatorResult {
  const say = sayOf(settings.lang);
  if (target.kind === "missing" || target.kind === "unknown") {
    return notJudged("unknown", say("judge.target-not-understood", { raw: target.raw, reasons: target.reasons }));
  }
  if (target.parts) return judgeParts(target, target.parts, actual, ctx, settings);

  target = judgedTarget(target);
  const read = readActual(actual, target);
  if (read.kind === "empty") return notJudged("pending", say("judge.pending", {}));
  if (read.kind === "invalid") return notJudged("unknown", renderMessage(read.text, settings.lang));

  const budgetYear = ctx.budgetYear ?? settings.budgetYear ?? yearOf(settings.asOf);
  // An amount counted to a day after the monitoring date (截至12月底完成120人 in July) is a forecast of it; to the month
  // the date falls in (1-7月 on 7月20日), the count so far; of a year before the table's, another year's.
  // Only a year the table states or the caller gives (PERF.STATUS's 无 gives none, nor does a check of a table without
  // one): the date's year is no year of the table's, so 2024年完成120人 checked in February 2025 is read (review60).
  const yearKnown = ctx.budgetYear !== undefined;
  const counted = read.kind === "number" ? countedTimeSaid(actual, target, budgetYear, settings.asOf, yearKnown) : null;
  if (counted) return notJudged("unknown", renderMessage(counted, settings.lang));
  const ownDate = target.kind === "date" || target.kind === "period" ? target.date : undefined;
  // 预算执行进度(7月) 40%: the name dates the target, due by 31 July (as of 31 July, 35 % is missed, not behind).
  const nameDue = ownDate ? null : checkpointInName(ctx.name, budgetYear);
  const deadline = ownDate ?? nameDue ?? `${budgetYear}-12-31`;
  const j: Judging = {
    target,
    settings,
    say,
    due: compareIso(settings.asOf, deadline) >= 0,
    deadline,
    budgetYear,
    strict: settings.strictQualityTimeCost && STRICT_LEVEL2.test(ctx.level2 ?? ""),
    unit: canonicalUnit(target.unit),
    cumulative: isYearCount(target, ctx.name ?? ""),
    targetText: target.normalized || target.raw,
    months: nameDue ? Number(nameDue.slice(5, 7)) : 12,
  };
  const judged = judgeRead(read, j);
  if (!nameDue) return judged;
  const { status, light, actual: shown, ratio, gap, why, noted } = judged;
  return result(status, light, shown, ratio, gap, `${why}${say("judge.due-in-name", { deadline })}`, noted);
}

/**
 * A target of several quantities (`不少于3次，每次不少于2小时`): an actual typed as as many quantities, in the same order
 * (`4次，每次2小时`), is judged part by part and shows the worst light; a single actual is judged against the part the
 * target names (`judged`), the others said unchecked — or, the parts being alike, not judged and the parts asked for.
 */
function judgeParts(
  target: ParsedTarget,
  parts: TargetPart[],
  actual: CellReading | CellValue | null,
  ctx: IndicatorContext,
  settings: JudgeSettings,
): IndicatorResult {
  const say = sayOf(settings.lang);
  const several = actualPieces(actual, parts);
  const text = () => String(actual !== null && typeof actual === "object" && "cell" in actual ? actual.value : actual);
  if (several && "count" in several)
    return notJudged("unknown", say("judge.parts-count", { parts: parts.length, actual: several.count }), text());
  if (several) {
    const results = parts.map((part, i) => judgeIndicator(part.target, several.pieces[i], ctx, settings));
    const worst = results.reduce((a, b) => (lightSeverity(b.light) > lightSeverity(a.light) ? b : a));
    const why = say("judge.parts", { items: results.map((r, i) => ({ part: parts[i], why: r.why })) });
    // A part not judged leaves the whole not judged (as its score), unless another is missed: the parts met do not
    // make it green (review62: 覆盖率92%，合格率未达95% was met, PERF.SCORE none).
    if (worst.light !== "red" && results.some((r) => r.status === "unknown")) return notJudged("unknown", why, text());
    return result(worst.status, worst.light, text().trim(), worst.ratio, worst.gap, why, worst.noted);
  }
  const { judged } = target;
  const main = judgeIndicator(parts[judged ?? 0].target, actual, ctx, settings);
  if (main.status === "pending") return main;
  if (judged === undefined) return notJudged("unknown", say("judge.parts-needed", { parts }), main.actual);
  const others = parts.filter((_p, i) => i !== judged);
  const why = `${main.why}${say("judge.part-judged", { judged: parts[judged], others })}`;
  return result(main.status, main.light, main.actual, main.ratio, main.gap, why, main.noted);
}

/** The actual as read (not empty, not invalid) against the target. */
function judgeRead(read: Exclude<Actual, { kind: "empty" } | { kind: "invalid" }>, j: Judging): IndicatorResult {
  const { target } = j;
  if (read.kind === "grade") {
    if (read.notStarted) return judgeNotStarted(j);
    // Some outside the range: not kept, whenever said; a yes of conformity: the share of it reached (verdict62).
    if (read.outside)
      return result(
        "missed",
        "red",
        read.grade,
        null,
        null,
        j.say("judge.outside-range", { text: read.outside, goal: j.target }),
      );
    if (read.conforms)
      return result(
        "met",
        "green",
        read.grade,
        null,
        null,
        j.say("judge.conforms-for-share", { text: read.conforms, goal: j.target, all: read.all }),
      );
    // 已完成80%: part done — 部分达成 under a qualitative target, under way against a deadline as 进行中 (verdict69), said.
    if (read.partDone) {
      const judged = target.kind === "qualitative" ? judgeGrade(read.grade, j) : judgeDoneWithoutDate(read.grade, j);
      return { ...judged, why: `${judged.why}${j.say("judge.part-done", { text: read.partDone })}` };
    }
    if (read.inProgress) return judgeInProgress(j);
    if (onScheduleOnly(read, j.settings.asOf, j.deadline)) {
      const why = j.say("judge.done-without-date", { grade: "partly", deadline: j.deadline, onTime: read.onTime });
      return result("on-track", "green", "partly", null, null, why);
    }
    // A way typed against a target naming only a way: 增372人次 against 增加, 增长 against 较上年增长 (verdict62).
    if (target.kind === "qualitative" || read.moved) return judgeGrade(read.grade, j, read.moved);
    if (takesNumber(target)) return judgeStatedGrade(read.grade, j);
    return judgeDoneWithoutDate(read.grade, j);
  }
  if (read.kind === "date") {
    if (target.kind === "date" || target.kind === "period") {
      // 预计2024年9月完成 on or after that day: whether it was done is not said (verdict66: met before).
      if (read.planned && compareIso(read.date, j.settings.asOf) <= 0) {
        // Planned for after the deadline: late whether done on that day or not yet (review66: red the day before, no
        // light after).
        const late = daysBetween(j.deadline, read.date);
        if (late > 0) {
          const why = j.say("judge.planned-date-passed-late", { text: read.planned, deadline: j.deadline, late });
          return result("missed", "red", read.date, null, late, why);
        }
        return notJudged("unknown", j.say("judge.planned-date-passed", { text: read.planned, asOf: j.settings.asOf }));
      }
      const judged = judgeCompletion(read.date, j);
      // 2024年上半年: done within it, judged by its end — said, as no day was written (docs/domain.md#actual-values);
      // 9月底: read in the target's year, said, as no year was written.
      const note = read.span
        ? j.say("judge.completion-span", { text: read.span, done: read.date })
        : read.yearless
          ? j.say("judge.read-in-year", { text: read.yearless, done: read.date })
          : "";
      if (!note) return judged;
      return { ...judged, why: `${judged.why}${note}` };
    }
    return unknownActual(j);
  }
  if (target.kind === "qualitative" || target.kind === "date" || target.kind === "period") return unknownActual(j);
  // 每月1次 under ≥12次 is a frequency, not a count done: in June no 12 checks held, judged as a rate is before the
  // deadline (review66: exceeded, “快于序时进度” before); at it, the year's count (每月2次 is 24 held).
  const jr = read.typed?.as === "per-time" && !j.due ? { ...j, cumulative: false } : j;
  const judged = read.claim ? judgeClaim(read, read.claim, jr) : judgeNumber(read.value, jr);
  const [readNote, noted] = readingNote(read, j);
  // A number read out of a sentence: said wherever the result is shown, as the light rests on our reading of the words.
  const fromWords = read.over
    ? j.say("judge.read-over-target", { text: read.over, value: read.value, unit: j.unit })
    : read.share
      ? j.say("judge.read-share-of-target", {
          text: read.share.text,
          share: read.share.percent,
          target: target.value ?? 0,
          value: read.value,
          unit: j.unit,
        })
      : read.added
        ? j.say("judge.read-added", { text: read.added, value: read.value, unit: j.unit })
        : read.turn && !judged.why.includes(`“${read.turn}”`) // not twice (超过 0 said by judgeClaim)
          ? j.say("judge.read-turn", {
              text: read.turn,
              value: read.value,
              unit: j.unit,
              strict: read.claim?.highStrict === true,
            })
          : read.provisional
            ? j.say("judge.read-provisional", { text: read.provisional, value: read.value, unit: j.unit })
            : read.sentence
              ? j.say("judge.read-from-sentence", { text: read.sentence, value: read.value, unit: j.unit })
              : read.typed
                ? j.say("judge.read-typed", { ...read.typed, value: read.value, unit: j.unit })
                : "";
  const note = fromWords + readNote;
  if (!note) return judged;
  const { status, light, actual: shown, ratio, gap, why } = judged;
  return result(status, light, shown, ratio, gap, `${why}${note}`, noted || fromWords !== "" || undefined);
}

type NumberActual = Extract<Actual, { kind: "number" }>;

/**
 * A value said from one side (docs/domain.md#a-value-said-from-one-side), judged with the schedule's lights: on the
 * bound written toward the target's side; on one written away from it only when the claim's other end gives the same
 * light (60人以下 against ≥100人 in July may be green or red: not judged). A strict end flipping the light of the number
 * written (超过90% against >90%, 超过50万元 against ≤50万元) is said.
 */
function judgeClaim(read: NumberActual, claim: NonNullable<NumberActual["claim"]>, j: Judging): IndicatorResult {
  const side = targetSide(j.target);
  const at = (x: number) => judgeNumber(x, j);
  const x = side ? claimedValue(claim, j.target, at, (a, b) => verdictOf(a) === verdictOf(b)) : read.value;
  if (x === null) return notJudged("unknown", renderMessage(cannotTell(claim, j.target), j.settings.lang));
  // Met (or on track) at its least, 超额 only higher up (近100人 against ≥80人: 90 is 112.5 %, 99 is 124 %): met is
  // proven, 超额 is not — judged at its least, green, with a word (docs/domain.md#a-value-said-from-one-side).
  const least = side && at(x).light === "blue" ? claimEnds(claim).low : null;
  const atLeast = least === null ? null : judgeNumber(least, { ...j, shown: read.value });
  if (least !== null && atLeast?.light === "green") {
    const note = j.say("judge.claim-may-exceed", { text: claim.text, value: least, unit: j.unit });
    const { status, light, ratio, gap, why, noted } = atLeast;
    return result(status, light, read.value, ratio, gap, `${why}${note}`, noted);
  }
  const judged = judgeNumber(x, { ...j, shown: read.value });
  const plain = x === read.value ? judged : judgeNumber(read.value, j);
  const note =
    plain.light === judged.light
      ? ""
      : j.say("judge.claim-strict", {
          text: claim.text,
          value: read.value,
          unit: j.unit,
          above: claim.written === "low",
        });
  const { status, light, ratio, gap, why, noted } = judged;
  const round = (n: number | null) => (n === null || !Number.isFinite(n) ? n : roundTo(n, 6));
  return result(status, light, read.value, round(ratio), round(gap), `${why}${note}`, noted);
}

/** A verdict as a claim is compared: green and blue are both met (on track), one verdict (near claims, above). */
function verdictOf(r: IndicatorResult): string {
  return r.light === "green" || r.light === "blue" ? "good" : `${r.light}/${r.status}`;
}

/** How an actual that could mean two things was read, for the finding; noted: said wherever the result is shown. */
function readingNote(read: NumberActual, j: Judging): [string, boolean] {
  // 4800000 against ≥500万元 read as 480 万元 (unitSlip): judged by what the clerk almost surely meant — 未达标 here,
  // where the number as typed would be a silent 超额 — and said at the cell with how to write it, as the light rests
  // on our reading. Not left unjudged (as an implausible 执行数 is): read in 元 it is within 10 × the target where as
  // typed it is ≥ 1000 ×, so the reading is all but certain, and no light would hide the shortfall the clerk must see.
  if (read.slip) {
    const { typed, unit: typedIn } = read.slip;
    return [j.say("judge.unit-slip", { typed, typedIn, value: read.value, unit: j.unit ?? "" }), true];
  }
  if (read.fraction === undefined) return ["", false];
  // 0.96 read as 96 %: said in the finding, so the clerk sees how the cell was read. A 1 could be a clerk's 1 % as
  // well (98 typed for 98 % is common): read as 100 % by the same rule — a rate worked out in the cell (实际 / 计划)
  // shows 1 when complete — but said wherever the result is shown, with how to write 1 % (docs/domain.md#actual-values).
  const one = read.fraction === 1;
  return [one ? j.say("judge.one-read-as-whole", {}) : j.say("judge.read-as-fraction", { value: read.fraction }), one];
}

function unknownActual(j: Judging): IndicatorResult {
  return notJudged("unknown", j.say("judge.actual-kind-mismatch", {}));
}

// ───────────────────────────── numbers ─────────────────────────────

function judgeNumber(b: number, j: Judging): IndicatorResult {
  const { target } = j;
  const a = target.value;
  if (a === null || !Number.isFinite(a)) {
    return notJudged("unknown", j.say("judge.no-number", {}), b);
  }
  switch (target.kind) {
    case "duration":
      return judgeCap(b, a, target.op === "<" ? "<" : "<=", j);
    case "range": {
      const high = target.high;
      if (high === undefined || !Number.isFinite(high))
        return notJudged("unknown", j.say("judge.range-no-high", {}), b);
      if (b > high) return judgeCap(b, high, "<=", j);
      return judgeReach(b, a, ">=", j, { cumulative: j.cumulative, allowExceeded: false });
    }
    case "change": {
      // A fall of at least 3 (−3): the actual change must be ≤ −3; mirrored so one rule serves both (changeReach).
      const { sign, strict } = changeReach(target);
      const shown = sign < 0 ? { shown: b, sign } : {};
      // A change in a count or an amount (较上年增加500人次, 减少3万元) builds up over the year as the count does:
      // pro-rated like it; a change in % (增长10%) is a level (docs/domain.md#deadlines-and-pro-rating, verdict55).
      return judgeReach(sign * b, sign * a, strict ? ">" : ">=", j, {
        cumulative: j.cumulative,
        allowExceeded: true,
        ...shown,
      });
    }
    default:
      break;
  }
  switch (target.op) {
    case "<=":
    case "<":
      return judgeCap(b, a, target.op, j);
    case "between":
      return judgeCap(b, target.high ?? a, "<=", j);
    case "=":
    case ">=":
      // = 0 is exactly none; a floor of 0 (能耗降低率 0, 新增就业岗位 0: parseTarget reads a bare 0 as a cap elsewhere)
      // is met by any number at or above it.
      if (a === 0 && target.op === "=") return judgeZero(b, j);
      if (isExact(target)) return judgeExact(b, a, j);
      return judgeReach(b, a, ">=", j, { cumulative: j.cumulative, allowExceeded: true });
    case ">":
      return judgeReach(b, a, ">", j, { cumulative: j.cumulative, allowExceeded: true });
    default:
      return notJudged("unknown", j.say("judge.no-comparator", {}), b);
  }
}

function plainWhy(shown: number, j: Judging): string {
  const actual = j.shown ?? shown;
  // 89.996 against ≥90% is short, but at two decimals it reads 90: said in full, so the line does not read as met.
  // (Asked of both ends without a list, a closure or a spread: ~1,700 times a check.)
  const onTarget = readsAs(j.target.value, actual) || readsAs(j.target.high, actual);
  const params = { actual, unit: j.unit, target: j.target, exact: onTarget || undefined };
  return j.say("judge.plain", params);
}

/** A target end other than the actual that reads the same at two decimals. */
const readsAs = (t: number | null | undefined, actual: number) =>
  t != null && t !== actual && roundTo(t) === roundTo(actual);

/** In or out at any date. */
function judgeCap(b: number, a: number, op: "<=" | "<", j: Judging): IndicatorResult {
  const inside = op === "<" ? b < a : b <= a;
  const why = plainWhy(b, j);
  if (inside) return result(j.due ? "met" : "on-track", "green", b, null, 0, why);
  return result("missed", "red", b, null, b - a, why);
}

/** Target 0: equal green, anything else red. */
function judgeZero(b: number, j: Judging): IndicatorResult {
  const why = plainWhy(b, j);
  if (b === 0) return result(j.due ? "met" : "on-track", "green", b, null, 0, why);
  return result("missed", "red", b, null, Math.abs(b), why);
}

/** `= 8个` as written (symbol or sign column), not `约8个` (= with the approximation note), not 达到 (≥). */
function isExact(target: ParsedTarget): boolean {
  return target.op === "=" && target.opExplicit && !target.reasons?.some((m) => m.code === "target.approx");
}

/** Exactly the target: equal is done at any date, above is off it (blue), below is behind as for ≥, never blue. */
function judgeExact(b: number, a: number, j: Judging): IndicatorResult {
  const equal = Math.abs(b - a) <= SAME_NUMBER * Math.max(1, Math.abs(a));
  if (equal) return result(j.due ? "met" : "on-track", "green", b, 100, 0, plainWhy(b, j));
  if (b > a) return result("exceeded", "blue", b, (b / a) * 100, 0, plainWhy(b, j) + j.say("judge.over-exact", {}));
  return judgeReach(b, a, ">=", j, { cumulative: j.cumulative, allowExceeded: false });
}

interface ReachOptions {
  /** Counts and amounts are pro-rated before the deadline. */
  cumulative: boolean;
  /** Blue is possible (not for the low end of a range). */
  allowExceeded: boolean;
  /** The actual as the user wrote it, when b was mirrored. */
  shown?: number;
  /** -1 when b was mirrored (a fall): the pro-rated target is shown as a fall too. */
  sign?: 1 | -1;
}

function bandLight(ratio: number, bands: JudgeSettings["bands"], allowExceeded: boolean): [Status, Light] {
  if (ratio < bands.red) return ["behind", "red"];
  if (ratio < bands.yellow) return ["behind", "yellow"];
  if (ratio < bands.blue || !allowExceeded) return ["on-track", "green"];
  return ["exceeded", "blue"];
}

/** ≥ / > a positive target (or = read as 达到). */
function judgeReach(b: number, a: number, op: ">=" | ">", j: Judging, opts: ReachOptions): IndicatorResult {
  const { bands } = j.settings;
  const shown = opts.shown ?? j.shown ?? b;
  const reached = op === ">" ? b > a : b >= a;
  const ratio = a > 0 ? (b / a) * 100 : null;
  const gap = reached ? 0 : a - b;
  const why = plainWhy(shown, j);

  if (j.strict)
    return result(reached ? (j.due ? "met" : "on-track") : "missed", reached ? "green" : "red", shown, ratio, gap, why);

  if (j.due) {
    if (!reached) return result("missed", "red", shown, ratio, gap, why);
    const mayExceed = opts.allowExceeded && (opts.cumulative || j.settings.exceededForLevels === true);
    if (mayExceed && ratio !== null && ratio >= bands.blue) return result("exceeded", "blue", shown, ratio, 0, why);
    return result("met", "green", shown, ratio, 0, why);
  }

  // One indivisible thing (1台, 1套, 1个平台) cannot be 2/12 delivered: judged at its deadline, on track before it.
  // One of an amount (1亿元, 1万人, 1公里) can: pro-rated as any amount.
  if (opts.cumulative && a === 1 && op === ">=" && isWholeItemUnit(j.unit)) {
    const single = why + j.say("judge.single-item", {});
    return result("on-track", "green", shown, ratio, gap, single);
  }
  if (opts.cumulative && a > 0) {
    const months = wholeMonthsElapsed(j.settings.asOf, j.budgetYear);
    const expected = (a * Math.min(months, j.months)) / j.months;
    const why = j.say("judge.pro-rated", {
      expected: expected * (opts.sign ?? 1),
      months,
      of: j.months,
      actual: shown,
      unit: j.unit,
    });
    if (expected <= 0) return result("on-track", "green", shown, null, 0, why); // nothing due yet
    const v = (b / expected) * 100;
    // The national bands: ≥ 120 % of the pro-rated schedule is blue (to be explained) even while short of the
    // whole target — then the reason says it is ahead of the schedule, and until the target itself is passed it is
    // on track, not 超额: nothing is exceeded yet (吕梁 2021 in June: 12166 of 12500 人 and 11 of 11 所 were “超额”).
    const [banded, light] = bandLight(v, bands, opts.allowExceeded);
    const ahead = light === "blue" && !(ratio !== null && ratio >= bands.blue);
    const status = light === "blue" && b <= a ? "on-track" : banded;
    return result(status, light, shown, v, Math.max(0, expected - b), why + (ahead ? j.say("judge.ahead", {}) : ""));
  }

  // Rates and levels before the deadline: reached → on track, not yet → behind, never red.
  return result(reached ? "on-track" : "behind", reached ? "green" : "yellow", shown, ratio, gap, why);
}

// ───────────────────────────── dates and grades ─────────────────────────────

function judgeCompletion(done: string, j: Judging): IndicatorResult {
  const late = daysBetween(j.deadline, done);
  // A date after the monitoring date is when the work is expected to finish, not a completion: on track when on
  // time; planned late, behind — missed once the deadline has passed (docs/domain.md#deadlines-and-pro-rating).
  const { asOf } = j.settings;
  if (compareIso(done, asOf) > 0) {
    if (late <= 0) {
      const why = j.say("judge.completion-planned", { done, deadline: j.deadline, asOf });
      return result("on-track", "green", done, null, 0, why);
    }
    const why = j.say("judge.completion-planned-late", { done, deadline: j.deadline, late, asOf });
    return result(j.due ? "missed" : "behind", j.due ? "red" : "yellow", done, null, late, why);
  }
  if (late <= 0) return result("met", "green", done, null, 0, j.say("judge.completed", { done, deadline: j.deadline }));
  const why = j.say("judge.completed-late", { done, deadline: j.deadline, late });
  return result("missed", "red", done, null, late, why);
}

/** "已完成 / 未完成" written against a deadline instead of a date. */
function judgeDoneWithoutDate(grade: Grade, j: Judging): IndicatorResult {
  const why = j.say("judge.done-without-date", { grade, deadline: j.deadline });
  if (grade === "achieved") return result("met", "green", grade, null, null, why);
  if (!j.due) return result("on-track", "green", grade, null, null, why);
  return result("missed", "red", grade, null, null, why);
}

/**
 * 未开始 / 未启动 against a completion date or a number (≥200人次, ≥95%, ≤50万元): missed (red) once the deadline has
 * passed, as 未完成 is. Before it, on track only while the work need not have begun — before a period's own start, or
 * before the first whole month of the budget year is out (序时进度 0: a pro-rated count expects nothing yet); later
 * the schedule says some of it should be done: behind (yellow, never red before the deadline, as a late plan is and
 * as 未完成 against a number is). docs/domain.md#deadlines-and-pro-rating.
 */
function judgeNotStarted(j: Judging): IndicatorResult {
  const late = scheduleExpectsSome(j);
  const goal = takesNumber(j.target) ? j.target : undefined;
  const why = j.say("judge.not-started", { deadline: j.deadline, due: j.due, late, goal });
  if (j.due) return result("missed", "red", "not", null, null, why);
  return late
    ? result("behind", "yellow", "not", null, null, why)
    : result("on-track", "green", "not", null, null, why);
}

/** The schedule expects some of the work done by now: a period's own start passed, else a whole month of the year out. */
function scheduleExpectsSome(j: Judging): boolean {
  const { asOf } = j.settings;
  return j.target.start ? compareIso(asOf, j.target.start) > 0 : wholeMonthsElapsed(asOf, j.budgetYear) > 0;
}

/**
 * 进行中 / 正在推进 against a number (≥200人次, ≥95%, ≤50万元): begun, but how much is done is not said. On track while
 * the schedule expects nothing yet (as 未开始 is); once it expects some, behind (yellow) as 部分达成 against a number is
 * — the light asks for the number, it does not claim a shortfall; at the year end missed, yellow as 部分达成 (part done,
 * never 未开始's red). Always said with the request for the number the score needs (docs/domain.md#deadlines-and-pro-rating).
 */
function judgeInProgress(j: Judging): IndicatorResult {
  const late = scheduleExpectsSome(j);
  const why = j.say("judge.in-progress", { goal: j.target, deadline: j.deadline, due: j.due, late });
  if (j.due) return result("missed", "yellow", "partly", null, null, why, true);
  return late
    ? result("behind", "yellow", "partly", null, null, why, true)
    : result("on-track", "green", "partly", null, null, why, true);
}

/**
 * A number target answered 达成 / 部分达成 / 未达成 instead of a value: as the answer says; short of the target is
 * behind before the deadline (still to be reached), missed at it (部分 yellow, 未 red, as for a qualitative one). A cap
 * passed (超支, 超标 under ≤500万元) is passed whenever it is said, as a number over it is (review67: 滞后 before).
 */
function judgeStatedGrade(grade: Grade, j: Judging): IndicatorResult {
  const why = j.say("judge.grade-for-number", { grade, goal: j.target });
  if (grade === "achieved") return result("met", "green", grade, null, null, why);
  if (!j.due && targetSide(j.target) !== "cap") return result("behind", "yellow", grade, null, null, why);
  return result("missed", grade === "partly" ? "yellow" : "red", grade, null, null, why);
}

function judgeGrade(grade: Grade, j: Judging, moved?: string): IndicatorResult {
  // The raw words read better here than the normalised "定性：…".
  const goal = j.target.raw || j.targetText;
  const why = moved ? j.say("judge.moved", { grade, actual: moved, goal }) : j.say("judge.grade", { grade, goal });
  if (grade === "achieved") return result("met", "green", grade, null, null, why);
  if (grade === "partly") return result(j.due ? "missed" : "behind", "yellow", grade, null, null, why);
  return result("missed", "red", grade, null, null, why);
}
