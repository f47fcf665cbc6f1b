/**
 * parseTarget: any 指标值 cell → a typed target (docs/domain.md#notation). Never throws; a target it cannot read is
 * `unknown` with its `reasons` (target.* messages, worded in either language; `reason` is their Chinese text), a
 * placeholder is `missing`.
 *
 * Order of reading (first match wins): missing / placeholder → 定性 → deadline → period → relative change →
 * comparison (range, comparator + quantity) → the same after leading fillers / a label → qualitative text → unknown.
 *
 * Direction of a quantity: a written comparator (symbol or word) wins; then the sign column (≥, 反向 …);
 * then 达到 / 等于 (≥ for a positive indicator — reaching the number is the goal —, = for a lower-is-better one);
 * otherwise ≥, or ≤ for 成本指标 and rates of bad things (lowerIsBetter), opExplicit false.
 */
import type { CellValue, Comparator, ParsedTarget, TargetContext, TargetKind, TargetPart } from "../types";
import { serialToIso } from "../dates";
import { alternation } from "../regExp";
import { renderMessage, say, type Message } from "../locale/messages";
import { TargetMemo } from "./memo";
import { flipComparator, formatTarget } from "./format";
import { YES_NO, NONE_TARGET_NAMES, ZERO_OF_THING, GAP_NAME } from "../locale/zh/grades";
import {
  APPROX_PREFIXES,
  APPROX_SUFFIXES,
  CHANGE_ADVERBS,
  CHANGE_BASELINE_YEAR,
  CHANGE_BASELINES,
  CHANGE_TO_MARKERS,
  CHANGE_WORD_TAILS,
  CHANGE_WORDS,
  COMPARE_TO_BASELINE,
  FILLER_PREFIXES,
  FILLER_SUFFIXES,
  FLAT_WORDS,
  INCLUSIVE_MARKS,
  NAMED_INCLUSION_MARK,
  PART_SEPARATORS,
  PART_WORDS,
  PERCENT_TAILS,
  PLACEHOLDERS,
  PREFIX_OPS,
  QUALITATIVE_PREFIX,
  QUALITATIVE_SHAPES,
  QUALITATIVE_SIGNS,
  NAMING_DIGITS,
  EXCEED,
  RANGE_PREFIXES,
  BRACKET_INTERVAL,
  CHANGE_NAME,
  PROFIT_RATIO,
  FALL_NAME,
  MAY_FALL_NAME,
  RISE_NAME,
  GROWTH_NAME_WORDS,
  SHARE_OF_WHOLE_NAME,
  ELECTRICITY_NAME,
  NEW_BAD_THING_NAME,
  NEW_THINGS_NAME,
  SHARE_TO_REACH_NAME,
  RATIO_NAME,
  RANGE_SEPARATORS,
  RANGE_SUFFIXES,
  RATE_NAME_WORDS,
  TIME_OF_DAY_NAME,
  REACH_WORDS,
  SIGN_DIRECTION_WORDS,
  STRICT_MARKS,
  SUFFIX_OPS,
  TOLERANCE_SIGN,
  TOLERANCE_SUFFIXES,
  type WordOp,
} from "../locale/zh/notation";
import {
  MONEY_SHORTHAND,
  PER_AVERAGE,
  PER_PREFIX_WORD,
  PER_WORDS,
  POINTS_UNIT,
  UNIT_ALIASES,
} from "../locale/zh/units";
import {
  NUMBER_SOURCE,
  canonicalUnit,
  compactText,
  isDateContext,
  isDateFormat,
  isDurationContext,
  isMoneyContext,
  moneyName,
  isPercentFormat,
  isTimeUnit,
  costByLevelOnly,
  lowerIsBetter,
  matchQuantity,
  normalizeText,
  rateBase,
  ratioTerm,
  readDeadline,
  readPeriod,
  signFromName,
  unitFromName,
  hintToName,
  targetNumeral,
  westernNumbers,
  UNIT_SOURCE,
  type Quantity,
} from "./text";

// ───────────────────────────── Memo ─────────────────────────────

/** Custom functions parse the same few targets millions of times: results are memoised (and frozen, as they are shared). */
const memo = new TargetMemo(20_000);

/** Forget the parsed targets remembered (tests and benches start clean). */
export function clearTargetMemo(): void {
  memo.clear();
}

/** How many parsed targets are remembered (tests check the memo stays bounded). */
export function targetMemoSize(): number {
  return memo.size;
}

/** 满意度, 合格率 … (or the 二级 服务对象满意度指标), not a change of one (满意度提升率): a share that cannot pass 100 %. */
function isShareOfWhole(name: string, level2: string): boolean {
  return (SHARE_OF_WHOLE_NAME.test(name) || SHARE_OF_WHOLE_NAME.test(level2)) && !CHANGE_NAME.test(name);
}

/** A fall named by the target's own words (≥5%（同比下降）), else by the name (能耗下降率): not when both ways are named. */
function changeFalls(words: string, name: string): boolean {
  const way = (s: string) => (FALL_NAME.test(s) === RISE_NAME.test(s) ? null : FALL_NAME.test(s));
  return way(words) ?? way(name) ?? false;
}

/** Parse a target cell (text, number, or anything a host hands over). Never throws. */
export function parseTarget(value: CellValue, ctx?: TargetContext): ParsedTarget {
  let hit: ParsedTarget | undefined;
  try {
    hit = memo.get(value, ctx);
  } catch {
    hit = undefined; // a context with throwing getters: parse without the memo
  }
  if (hit) return hit;
  let result: ParsedTarget;
  try {
    const clean = sanitize(ctx);
    result = parseUncached(value, clean);
    if (result.unit === "%" && GROWTH_NAME_WORDS.some((w) => clean.name?.includes(w))) result.growth = true;
    else if (result.unit === "%" && isShareOfWhole(clean.name ?? "", clean.level2 ?? "")) result.whole = true;
    // Its % left out (群众满意度 ≥90, no unit column): by its own name only — a 二级 满意度指标 may hold a bare count.
    // A target above 100 (合格率 ≥200: a count misnamed) is no such share.
    else if (
      result.unit === null &&
      isShareOfWhole(clean.name ?? "", "") &&
      Math.max(result.value ?? 0, result.high ?? 0) <= 100
    )
      result.whole = true;
    // A satisfaction scored in 分 (满意度 ≥90分): out of 100 at most, so 950 分 is a slip too (verdict52).
    else if (
      result.unit === POINTS_UNIT &&
      isShareOfWhole(clean.name ?? "", clean.level2 ?? "") &&
      Math.max(result.value ?? 0, result.high ?? 0) <= 100
    )
      result.whole = true;
    else if (result.unit !== null && result.unit !== "%" && MAY_FALL_NAME.test(clean.name ?? "")) result.mayFall = true;
    // Its own words, in its cell or its unit's (≥5%（同比增长）, 5 | %（同比增长）), may name the change as the name does; a
    // count of things added is one (新增就业岗位).
    const ownWords = [clean.name, clean.unit, typeof value === "string" ? value : undefined];
    const changeNamed = (words: string | undefined) => CHANGE_NAME.test((words ?? "").replace(PROFIT_RATIO, ""));
    if (ownWords.some(changeNamed) || madeThings(clean)) result.changeName = true;
    if (
      result.changeName &&
      (result.kind === "number" || result.kind === "range") &&
      changeFalls([typeof value === "string" ? value : "", clean.unit ?? ""].join(" "), clean.name ?? "")
    )
      result.changeFall = true;
    if (result.kind === "number" && GAP_NAME.test(clean.name ?? "")) result.gapName = true;
    if (result.kind === "number" && clean.name) result.measure = clean.name;
  } catch (e) {
    // A bug must not break a sheet of formulas: report it as an unreadable target.
    result = unknown(safeRaw(value), say("target.parse-error", { detail: e instanceof Error ? e.message : String(e) }));
  }
  Object.freeze(result);
  try {
    memo.set(value, ctx, result);
  } catch {
    // not cacheable
  }
  return result;
}

/** Keep only well-typed context fields (custom functions may pass anything). */
function sanitize(ctx: TargetContext | undefined): TargetContext {
  if (!ctx || typeof ctx !== "object") return {};
  const out: TargetContext = {};
  for (const k of ["level1", "level2", "name", "unit", "sign", "numberFormat"] as const) {
    const v = ctx[k];
    if (typeof v === "string" && v.trim()) out[k] = v;
  }
  if (typeof ctx.budgetYear === "number" && Number.isInteger(ctx.budgetYear)) out.budgetYear = ctx.budgetYear;
  // A date typed as the target in a 1904 workbook (Excel for Mac) is that workbook's serial.
  if (ctx.date1904 === true) out.date1904 = true;
  return out;
}

function safeRaw(value: unknown): string {
  try {
    if (typeof value === "object" && value !== null && "error" in value)
      return String((value as { error: unknown }).error);
    return value === null || value === undefined ? "" : String(value).trim();
  } catch {
    return "";
  }
}

// ───────────────────────────── Builders ─────────────────────────────

type Draft = Omit<ParsedTarget, "normalized" | "raw" | "reason" | "reasons"> & { notes?: Message[] };

function finish(d: Draft, raw: string, qualitativeText?: string): ParsedTarget {
  const t: ParsedTarget = {
    kind: d.kind,
    op: d.op,
    opExplicit: d.opExplicit,
    value: d.value === 0 ? 0 : d.value, // -0 → 0
    unit: d.unit,
    normalized: "",
    raw,
  };
  if (d.high !== undefined) t.high = d.high === 0 ? 0 : d.high;
  if (d.date !== undefined) t.date = d.date;
  if (d.start !== undefined) t.start = d.start;
  t.normalized = formatTarget(t, qualitativeText ?? normalizeText(raw));
  if (d.notes?.length) Object.assign(t, reasonsOf(d.notes));
  return t;
}

/** The reasons as messages (worded in either language) and their Chinese text. */
function reasonsOf(reasons: Message[]): Pick<ParsedTarget, "reason" | "reasons"> {
  return { reason: reasons.map((m) => renderMessage(m)).join("；"), reasons };
}

function unknown(raw: string, reason: Message): ParsedTarget {
  const base = { kind: "unknown", op: null, opExplicit: false, value: null, unit: null, normalized: raw, raw } as const;
  return { ...base, ...reasonsOf([reason]) };
}

function missing(raw: string, reason: Message): ParsedTarget {
  const base = { kind: "missing", op: null, opExplicit: false, value: null, unit: null, normalized: "", raw } as const;
  return { ...base, ...reasonsOf([reason]) };
}

function qualitative(raw: string, text: string, note?: Message): ParsedTarget {
  return finish(
    { kind: "qualitative", op: null, opExplicit: false, value: null, unit: null, notes: note ? [note] : [] },
    raw,
    text,
  );
}

function dateTarget(raw: string, iso: string, notes: Message[] = []): ParsedTarget {
  return finish({ kind: "date", op: "<=", opExplicit: false, value: null, unit: null, date: iso, notes }, raw);
}

/**
 * A target beside a 定性 sign: qualitative, unless it is a deadline that can be dated (时效指标 | 采购计划完成时间 |
 * 定性 | 11月底之前, as 内蒙古's system exports every target that is no number): 定性 says no number is compared, and
 * a date is judged as one (reader69: it was 定性：11月底之前, a date in the actual never compared with it). A date
 * that needs a year the table does not give stays qualitative, as before.
 */
function datedUnderQualitative(raw: string, s: string, ctx: TargetContext): ParsedTarget {
  const deadline = readDeadline(s, ctx.budgetYear);
  if (deadline && "iso" in deadline) return { ...dateTarget(raw, deadline.iso), qualitativeSign: true };
  return qualitative(raw, normalizeText(raw), say("target.qualitative-sign", {}));
}

// ───────────────────────────── Entry by cell type ─────────────────────────────

function parseUncached(value: CellValue, ctx: TargetContext): ParsedTarget {
  if (value === null || value === undefined) return missing("", say("target.missing", {}));
  if (typeof value === "boolean") return unknown(String(value).toUpperCase(), say("target.boolean", {}));
  if (typeof value === "number") return parseNumberCell(value, ctx);
  if (typeof value === "string") return parseText(value.trim(), ctx);
  if (typeof value === "object" && "error" in value)
    return unknown(String(value.error), say("target.error-value", { error: String(value.error) }));
  return unknown(safeRaw(value), say("target.cell-unknown", {}));
}

const SERIAL_MIN = 40000;
const SERIAL_MAX = 60000;

function parseNumberCell(n: number, ctx: TargetContext): ParsedTarget {
  const raw = String(n);
  if (!Number.isFinite(n)) return unknown(raw, say("target.number-invalid", {}));
  if (isQualitativeSign(ctx.sign)) return qualitative(raw, raw, say("target.qualitative-sign", {}));
  if (isDateFormat(ctx.numberFormat)) {
    const iso = serialToIso(n, ctx.date1904);
    return iso ? dateTarget(raw, iso) : unknown(raw, say("target.serial-invalid", { raw }));
  }
  if (!isPercentFormat(ctx.numberFormat) && looksLikeSerial(n, ctx)) {
    return dateTarget(raw, serialToIso(n, ctx.date1904) as string, [say("target.serial-date", { serial: raw })]);
  }
  const quantity: Quantity = isPercentFormat(ctx.numberFormat)
    ? { value: Number((n * 100).toPrecision(12)), unit: "%" }
    : { value: n, unit: null };
  return quantityTarget(raw, quantity, { op: null }, ctx, []);
}

function looksLikeSerial(n: number, ctx: TargetContext): boolean {
  return Number.isInteger(n) && n >= SERIAL_MIN && n <= SERIAL_MAX && !columnUnit(ctx) && isDateContext(ctx);
}

/** 是 / 否 / 有 as a target, and 无 under a bad thing or a 是否 question (安全事故 无): a yes / no answer to reach. */
function isYesNoTarget(s: string, ctx: TargetContext): boolean {
  return YES_NO.has(s) && (s !== "无" || NONE_TARGET_NAMES.test(ctx.name ?? ""));
}

function isQualitativeSign(sign: string | undefined): boolean {
  return !!sign && QUALITATIVE_SIGNS.includes(compactText(sign));
}

// ───────────────────────────── Text ─────────────────────────────

/** `[90,100]` → `90-100`, before `90,100` could read as ninety thousand one hundred. */
function bracketsAsRange(s: string): string {
  const m = BRACKET_INTERVAL.exec(s);
  return m ? `${m[1]}-${m[2]}` : s;
}

const TOLERANCE = new RegExp(`^${TOLERANCE_SIGN}(.+?)(?:${TOLERANCE_SUFFIXES.join("|")})?$`);

/** `≥10（个）`, `10（人）`: the unit in brackets after the number, as its own column would give it. */
const BRACKETED_UNIT = /^(.*\d)\(([^()\d]{1,4})\)$/;

function unitOutOfBrackets(s: string): string {
  const m = BRACKETED_UNIT.exec(s);
  return m && UNIT_ALIASES[m[2]] !== undefined ? `${m[1]}${m[2]}` : s;
}

/** `2000元每生每年`, `3次/每年`: the bases written after the unit, as `/生/年`. */
const TRAILING_PER = new RegExp(`/?((?:${PER_PREFIX_WORD}(?:${alternation(Object.keys(PER_WORDS))})){1,2})$`);

function basesAfterUnit(s: string): string {
  const m = TRAILING_PER.exec(s);
  if (!m || !/\d\D*$/.test(s.slice(0, m.index))) return s;
  const bases = m[1].split(PER_PREFIX_WORD).filter(Boolean);
  return `${s.slice(0, m.index)}${bases.map((b) => `/${PER_WORDS[b]}`).join("")}`;
}

function parseText(raw: string, given: TargetContext): ParsedTarget {
  const hinted = hintToName(raw, given.name);
  const ctx = hinted.name === given.name ? given : { ...given, name: hinted.name };
  const compact = basesAfterUnit(
    unitOutOfBrackets(westernNumbers(bracketsAsRange(targetNumeral(compactText(hinted.text))))),
  );
  const s = withoutColumnUnit(compact, ctx);
  if (!s) return missing(raw, say("target.missing", {}));
  if (isYesNoTarget(s, ctx)) return qualitative(raw, normalizeText(raw));
  if (PLACEHOLDERS.some((re) => re.test(s))) return missing(raw, say("target.placeholder", { raw }));
  if (isUnitOnly(s)) return missing(raw, say("target.unit-only", { raw }));
  if (QUALITATIVE_PREFIX.test(s)) return qualitative(raw, normalizeText(raw).replace(/^定性\s*[:：]\s*/, ""));
  if (isQualitativeSign(ctx.sign)) return datedUnderQualitative(raw, s, ctx);

  if (/^\d+$/.test(s) && looksLikeSerial(Number(s), ctx)) {
    return dateTarget(raw, serialToIso(Number(s), ctx.date1904) as string, [say("target.serial-date", { serial: s })]);
  }
  const deadline = readDeadline(s, ctx.budgetYear);
  if (deadline) return "iso" in deadline ? dateTarget(raw, deadline.iso) : unknown(raw, deadline.error);
  const period = readPeriod(s, ctx.budgetYear);
  if (period) {
    if ("error" in period) return unknown(raw, period.error);
    return finish(
      {
        kind: "period",
        op: "between",
        opExplicit: true,
        value: null,
        unit: null,
        start: period.start,
        date: period.end,
      },
      raw,
    );
  }

  const change = parseChange(s, raw, ctx);
  if (change) return change;
  // "±3%以内": a tolerance on the deviation either way, judged as a cap on its size.
  const tolerance = TOLERANCE.exec(s.replace(/^(?:≤|<)(?=±)/, "")); // ≤±5%: the same tolerance
  if (tolerance) {
    const capped = parseComparison(`≤${tolerance[1]}`, raw, ctx, [say("target.tolerance", {})]);
    if (capped) return capped;
  }
  const direct = parseComparison(s, raw, ctx, []) ?? parseTwoBounds(s, raw, ctx);
  if (direct) return direct;
  const stripped = parseAfterFiller(s, raw, ctx) ?? parseAfterLabel(s, raw, ctx) ?? parseBeforeRemark(s, raw, ctx);
  if (stripped) return stripped;

  const hasDigit = /\d/.test(s.replace(NAMING_DIGITS, ""));
  if (!hasDigit) {
    if (isBareComparator(s)) return unknown(raw, say("target.comparator-only", {}));
    const zero = ZERO_OF_THING.exec(s);
    if (zero && NONE_TARGET_NAMES.test(zero[1]))
      return finish({ kind: "number", op: "<=", opExplicit: false, value: 0, unit: null }, raw);
    if (/[\u4e00-\u9fff]/.test(s)) return qualitative(raw, normalizeText(raw));
    return unknown(raw, say("target.not-understood", { raw }));
  }
  if (QUALITATIVE_SHAPES.some((re) => re.test(s))) return qualitative(raw, normalizeText(raw));
  const several = parseParts(s, raw, ctx);
  if (several) return several;
  // 开放时间 8:30-17:30: hours of a day, said as such (a ratio's reading was never meant).
  if (CLOCK_RANGE.test(s)) return unknown(raw, say("target.clock-time", { raw: normalizeText(raw) }));
  return unknown(raw, say("target.digits-not-understood", { raw }));
}

/**
 * The unit column's unit repeated after the number, when it is not a unit the parser knows
 * (`5亩次` with 计量单位 `亩次`): dropped, as the column's unit applies anyway.
 */
function withoutColumnUnit(s: string, ctx: TargetContext): string {
  const unit = columnUnit(ctx);
  if (!unit || UNIT_ALIASES[unit]) return s;
  const cut = s.length - unit.length;
  return cut > 0 && s.endsWith(unit) && /[\d%‰]/.test(s[cut - 1]) ? s.slice(0, cut) : s;
}

/** Letters, %, ‰ and one or two bases after `/` (元/人, 元/生/年, 人/次/年): what a unit column can hold. */
const PLAUSIBLE_UNIT = /^[\p{L}%‰㎡]+(?:\/[\p{L}]+){0,2}$/u;

/**
 * A unit followed by its own name in brackets (`%(百分比)`, 河北 成安 2020 自评表's 单位(文字描述) column): the unit. Only
 * when the bracket names that very unit; any other bracket stays part of what is written.
 */
function withoutGloss(unit: string): string {
  const glossed = /^(.+?)[(（](.+)[)）]$/.exec(compactText(unit));
  return glossed && canonicalUnit(glossed[1]) === canonicalUnit(glossed[2]) ? glossed[1] : unit;
}

/**
 * The unit of a separate unit column, canonical; ignored when it is not unit-like (digits, symbols, long text). A
 * rate per a round base is one (`1/10万` or `/10万`, as 度量单位 columns write it: the unit `/10万`).
 */
function columnUnit(ctx: TargetContext): string | null {
  if (!ctx.unit) return null;
  const unit = canonicalUnit(withoutGloss(ctx.unit));
  const perBase = unit.replace(/^1(?=\/)/, "");
  if (rateBase(perBase)) return perBase;
  return unit.length <= 8 && PLAUSIBLE_UNIT.test(unit) ? unit : null;
}

// ───────────────────────────── Words at the ends ─────────────────────────────

const byLength = <T extends string | WordOp>(items: readonly T[]) =>
  [...items].sort((a, b) => (typeof b === "string" ? b : b[0]).length - (typeof a === "string" ? a : a[0]).length);

const PREFIX_OPS_SORTED = byLength(PREFIX_OPS);
const SUFFIX_OPS_SORTED = byLength(SUFFIX_OPS);
const REACH_SORTED = byLength(REACH_WORDS);
const FILLER_PREFIXES_SORTED = byLength(FILLER_PREFIXES);
const FILLER_SUFFIXES_SORTED = byLength(FILLER_SUFFIXES);
const RANGE_PREFIXES_SORTED = byLength(RANGE_PREFIXES);
const RANGE_SUFFIXES_SORTED = byLength(RANGE_SUFFIXES);
const BASELINES_SORTED = byLength(CHANGE_BASELINES);
const CHANGE_WORDS_SORTED = [...CHANGE_WORDS].sort((a, b) => b[0].length - a[0].length);
const COMPARE_TO_BASELINE_SORTED = byLength(COMPARE_TO_BASELINE);
const CHANGE_ADVERBS_SORTED = byLength(CHANGE_ADVERBS);
const CHANGE_WORD_TAILS_SORTED = byLength(CHANGE_WORD_TAILS);

function startWord(s: string, words: readonly string[]): string | null {
  for (const w of words) if (s.startsWith(w)) return w;
  return null;
}
function endWord(s: string, words: readonly string[]): string | null {
  for (const w of words) if (s.endsWith(w) && s.length > w.length) return w;
  return null;
}
function startOp(s: string, table: readonly WordOp[]): WordOp | null {
  for (const e of table) if (s.startsWith(e[0])) return e;
  return null;
}
function endOp(s: string, table: readonly WordOp[]): WordOp | null {
  for (const e of table) if (s.endsWith(e[0]) && s.length > e[0].length) return e;
  return null;
}

/**
 * A template's target cell left with its unit only, a sign perhaps before it ("公里", "万亩", "≧ %"): no target
 * yet. A unit the parser knows, or one with a magnitude before it (万亩, 千台).
 */
function isUnitOnly(s: string): boolean {
  const unit = s.replace(/^[≥≤<>=]+/, "");
  if (unit === "" || /\d/.test(unit)) return false;
  return unit in UNIT_ALIASES || (/^[十百千万亿]/.test(unit) && unit.slice(1) in UNIT_ALIASES);
}

function isBareComparator(s: string): boolean {
  return (
    PREFIX_OPS.some(([w]) => w === s) ||
    REACH_WORDS.includes(s) ||
    SUFFIX_OPS.some(([w]) => w === s) ||
    /^[≥≤<>=]+$/.test(s)
  );
}

const direction = (op: Comparator) => (op === ">=" || op === ">" ? 1 : op === "<=" || op === "<" ? -1 : 0);

// ───────────────────────────── Comparison: comparator + quantity, or a range ─────────────────────────────

interface Magnitude {
  quantity: Quantity;
  /** Comparator written in the text, if any. */
  op: Comparator | null;
  /** 达到 / 等于 / 为 written, with no other comparator: the word, or null. */
  reach: string | null;
  approx: boolean;
  per: string | null;
}

/** Text being read from both ends: each step takes a word off the front or the back. */
class Cursor {
  constructor(public rest: string) {}
  /** Take the first of `words` the text starts with; the word, or null. */
  takeStart(words: readonly string[]): string | null {
    const w = startWord(this.rest, words);
    if (w) this.rest = this.rest.slice(w.length);
    return w;
  }
  takeEnd(words: readonly string[]): string | null {
    const w = endWord(this.rest, words);
    if (w) this.rest = this.rest.slice(0, -w.length);
    return w;
  }
  takeStartOp(table: readonly WordOp[]): Comparator | null {
    const e = startOp(this.rest, table);
    if (e) this.rest = this.rest.slice(e[0].length);
    return e ? e[1] : null;
  }
  takeEndOp(table: readonly WordOp[]): Comparator | null {
    const e = endOp(this.rest, table);
    if (e) this.rest = this.rest.slice(0, -e[0].length);
    return e ? e[1] : null;
  }
  /** `每月` / `每季度` before the quantity: the frequency base. */
  takePer(): string | null {
    const m = PER_PREFIX.exec(this.rest);
    if (!m) return null;
    this.rest = this.rest.slice(m[0].length);
    return m[1] === undefined ? PER_AVERAGE[m[2]] : PER_WORDS[m[1]];
  }
}

const PERCENT_TAILS_SORTED = byLength(PERCENT_TAILS);

/** `≥90%比例`, `90%以上的比例`: the share word after the percentage goes, the rest is read as usual. */
function dropPercentTail(c: Cursor): void {
  const tail = endWord(c.rest, PERCENT_TAILS_SORTED);
  const before = tail ? c.rest.slice(0, -tail.length) : "";
  if (tail && /[%‰]$|[%‰](以上|以下|以内|左右|及以上|及以下)$/.test(before)) c.rest = before;
}

const PER_PREFIX = new RegExp(
  `^(?:${PER_PREFIX_WORD}(${byLength(Object.keys(PER_WORDS)).join("|")})|(${Object.keys(PER_AVERAGE).join("|")}))`,
);
const MARKS_SORTED = byLength([...STRICT_MARKS, ...INCLUSIVE_MARKS]);

const strictOf = (op: Comparator): Comparator => (op === ">=" ? ">" : op === "<=" ? "<" : op);

/** `≥90%`, `不少于2次`, `70%以上`, `控制在5%以内`, `每月1次`, `90%左右`: the comparator and the quantity. */
function readMagnitude(written: string): Magnitude | { conflict: Message } | null {
  const named = NAMED_INCLUSION_MARK.exec(written);
  const s = named ? written.replace(named[0], named[1] ? "(不含)" : "(含)") : written;
  const strict = STRICT_MARKS.some((m) => s.includes(m));
  const c = new Cursor(MARKS_SORTED.reduce((text, m) => text.replace(m, ""), s));
  dropPercentTail(c);

  const approx = (c.takeStart(APPROX_PREFIXES) ?? c.takeEnd(APPROX_SUFFIXES)) !== null;
  let per = c.takePer();
  const prefixOp = c.takeStartOp(PREFIX_OPS_SORTED);
  let reach = prefixOp ? null : c.takeStart(REACH_SORTED);
  if (!prefixOp && reach && startOp(c.rest, PREFIX_OPS_SORTED)) return null; // 达到≥: read by the label path
  per = per ?? c.takePer();

  c.takeEnd(FILLER_SUFFIXES_SORTED);
  const suffixOp = c.takeEndOp(SUFFIX_OPS_SORTED);

  const quantity = matchQuantity(c.rest);
  if (!quantity) return null;
  if (prefixOp && suffixOp && direction(prefixOp) !== direction(suffixOp)) {
    return { conflict: say("target.comparator-conflict", { prefix: prefixOp, suffix: suffixOp }) };
  }
  let op = prefixOp ?? suffixOp;
  if (op && strict) op = strictOf(op);
  if (op) reach = null;
  if (approx && !op) op = "=";
  return { quantity, op, reach, approx: approx && op === "=", per };
}

const RANGE = new RegExp(
  `^(${NUMBER_SOURCE})(${UNIT_SOURCE})?[${RANGE_SEPARATORS}]+(${NUMBER_SOURCE})(${UNIT_SOURCE})?$`,
);

/**
 * A range of rates per a round base (`5/10万-10/10万`, `5-10/10万`, `1人/万人~3人/万人`), which RANGE's unit list cannot
 * hold: split at a separator into two quantities, at least one of them such a rate (a `/` never starts a bound, so
 * dates and fractions are left alone).
 */
function rateRange(rest: string): { low: number; high: number; u1: string | null; u2: string | null } | null {
  for (let i = 1; i < rest.length - 1; i++) {
    if (!RANGE_SEPARATORS.includes(rest[i])) continue;
    const low = matchQuantity(rest.slice(0, i));
    const high = matchQuantity(rest.slice(i + 1));
    if (!low || !high) continue;
    if (!(low.unit && rateBase(low.unit)) && !(high.unit && rateBase(high.unit))) return null;
    return { low: low.value, high: high.value, u1: low.unit, u2: high.unit };
  }
  return null;
}

function parseRange(s: string, raw: string, ctx: TargetContext): ParsedTarget | null {
  // `90%（含）-95%`: a range's bounds are inclusive already, so saying so changes nothing.
  let rest = INCLUSIVE_MARKS.reduce((text, m) => text.replace(m, ""), s);
  const p = startWord(rest, RANGE_PREFIXES_SORTED);
  if (p) rest = rest.slice(p.length);
  const q = endWord(rest, RANGE_SUFFIXES_SORTED);
  if (q) rest = rest.slice(0, -q.length);
  const m = RANGE.exec(rest);
  const bounds = m
    ? {
        low: Number(m[1]),
        high: Number(m[3]),
        u1: m[2] ? UNIT_ALIASES[m[2]] : null,
        u2: m[4] ? UNIT_ALIASES[m[4]] : null,
      }
    : rateRange(rest);
  if (!bounds) return null;
  const { low, high, u1, u2 } = bounds;
  if (u1 && u2 && u1 !== u2) return unknown(raw, say("target.range-units", { low: u1, high: u2 }));
  if (!Number.isFinite(low) || !Number.isFinite(high)) return unknown(raw, say("target.range-invalid", {}));
  if (low > high) return unknown(raw, say("target.range-order", { low, high }));
  const notes: Message[] = [];
  const unit = resolveUnit(u2 ?? u1, ctx, notes);
  return finish({ kind: "range", op: "between", opExplicit: true, value: low, high, unit, notes }, raw);
}

/** A comparison or a range in the whole compact text; null when the text has another shape. */
function parseComparison(s: string, raw: string, ctx: TargetContext, notes: Message[]): ParsedTarget | null {
  const range = parseRange(s, raw, ctx);
  if (range) return range;
  const mag = readMagnitude(s);
  if (!mag) return null;
  if ("conflict" in mag) return unknown(raw, mag.conflict);
  if (mag.per && mag.quantity.unit?.includes("/")) return null; // 每月…/个: two bases, not one quantity
  return quantityTarget(
    raw,
    mag.per ? { ...mag.quantity, unit: `${mag.quantity.unit ?? ""}/${mag.per}` } : mag.quantity,
    mag,
    ctx,
    notes,
  );
}

/** Joins of two bounds: `≥95%且≤100%`, `不低于95%，不高于100%` (full-width commas are ASCII by now). */
const BOUND_JOINS = /且|并且|同时|,|;|、/;
/** `95%≤X≤100%`, `95%≤合格率≤100%`: an inequality chain around a letter or a name. */
const BOUND_CHAIN = /^(.+?)≤[\p{L}]{1,12}≤(.+)$/u;
/** `≥95%≤100%`, `≤100%≥95%`: the two bounds written one after the other, nothing between. */
const BOUNDS_ADJACENT = /^(≥.+?)(≤.+)$|^(≤.+?)(≥.+)$/;

/**
 * A range written as its two bounds: a floor and a cap, joined (`≥95%且≤100%`) or chained (`95%≤X≤100%`), each
 * read as a comparison of its own; the same as `95%-100%`. Only inclusive bounds (≥ and ≤) in the same unit.
 */
function parseTwoBounds(s: string, raw: string, ctx: TargetContext): ParsedTarget | null {
  const chain = BOUND_CHAIN.exec(s);
  const adjacent = BOUNDS_ADJACENT.exec(s);
  const joined = s.split(BOUND_JOINS);
  const parts = chain
    ? [`≥${chain[1]}`, `≤${chain[2]}`]
    : joined.length === 1 && adjacent
      ? adjacent.slice(1).filter((x) => x !== undefined)
      : joined;
  if (parts.length !== 2) return null;
  const bounds = parts.map(readMagnitude);
  const [a, b] = bounds;
  if (!a || !b || "conflict" in a || "conflict" in b || a.per || b.per) return null;
  const floor = [a, b].find((m) => m.op === ">=");
  const cap = [a, b].find((m) => m.op === "<=");
  if (!floor || !cap) return null;
  const [u1, u2] = [floor.quantity.unit, cap.quantity.unit];
  if (u1 && u2 && u1 !== u2) return unknown(raw, say("target.range-units", { low: u1, high: u2 }));
  const [low, high] = [floor.quantity.value, cap.quantity.value];
  if (low > high) return unknown(raw, say("target.range-order", { low, high }));
  const notes: Message[] = [];
  const unit = resolveUnit(u2 ?? u1, ctx, notes);
  return finish({ kind: "range", op: "between", opExplicit: true, value: low, high, unit, notes }, raw);
}

/** A trailing remark in brackets without digits: `100%（按时足额发放）`, read as `100%` with the words noted. */
const REMARK = /^(.*[\d%‰\p{L}])\(([^()\d]{2,30})\)$/u;

function parseBeforeRemark(s: string, raw: string, ctx: TargetContext): ParsedTarget | null {
  const m = REMARK.exec(s);
  if (!m || !/\d/.test(m[1])) return null;
  const t = parseComparison(m[1], raw, ctx, [say("target.ignored-label", { label: m[2] })]);
  return t && t.kind !== "unknown" ? t : null;
}

/** Leading verbs that do not change the quantity: `完成3项`, `累计培训2次`. */
function parseAfterFiller(s: string, raw: string, ctx: TargetContext): ParsedTarget | null {
  let rest = s;
  for (let i = 0; i < 3; i++) {
    const w = startWord(rest, FILLER_PREFIXES_SORTED);
    if (!w) break;
    rest = rest.slice(w.length);
    if (readDeadline(rest, ctx.budgetYear)) return null;
    const t = parseComparison(rest, raw, ctx, []);
    if (t) return t;
  }
  return null;
}

const LABEL_BREAK = new RegExp(
  `(?=[≥≤<>=\\d]|${[...PREFIX_OPS.map(([w]) => w), ...REACH_WORDS].filter((w) => w.length > 1 || /[\u4e00-\u9fff]/.test(w)).join("|")})`,
  "g",
);

/** The indicator name repeated before the target: `满意度≥90%`, `合格率达到95%以上` (the label is ignored). */
function parseAfterLabel(s: string, raw: string, ctx: TargetContext): ParsedTarget | null {
  return afterLabel(s, raw, ctx)?.target ?? null;
}

/**
 * parseAfterLabel with the text the target was read from: the label's words go, but a frequency's base it starts with
 * stays (`每周开放56小时`: 56 小时/周 with 开放 left out; `每季度检查不少于1次`: ≥ 1 次/季度) — two bases (`每人每年`) stay
 * in the label, said.
 */
function afterLabel(s: string, raw: string, ctx: TargetContext): { target: ParsedTarget; text: string } | null {
  for (const m of s.matchAll(LABEL_BREAK)) {
    const i = m.index ?? 0;
    if (i === 0) continue;
    const label = s.slice(0, i);
    if (/\d/.test(label) || label.length > 20) return null;
    if (label.length < 2 || !/\p{L}/u.test(label)) continue;
    // The label names the indicator (差错率1% is a cap); the context's name keeps its trailing `(%)`.
    const named = { ...ctx, name: `${label}${ctx.name ?? ""}` };
    const rest = s.slice(i);
    if (readDeadline(rest, ctx.budgetYear)) return null; // `同比2024年` is not a quantity of years
    const change = subjectChange(label, rest, raw, named);
    if (change) return change;
    const { bases, words } = basesOf(label);
    const text = `${bases.map((b) => b.word).join("")}${rest}`;
    const notes = words ? [say("target.ignored-label", { label: words })] : [];
    const read = parseComparison(`${bases[0]?.word ?? ""}${rest}`, raw, named, notes);
    if (!read || read.kind === "unknown") continue;
    // 每人每年500元: the first base is read with the quantity (元/人), the second joins it (元/人/年).
    const second = bases[1]?.base;
    const t = second && read.unit?.includes("/") ? { ...read, unit: `${read.unit}/${second}` } : read;
    // A direction taken from the label is shown, so the normalised text keeps it without the label.
    if (!t.opExplicit && lowerIsBetter(named) !== lowerIsBetter(ctx)) {
      const shown = { ...t, opExplicit: true };
      return { target: { ...shown, normalized: formatTarget(shown) }, text };
    }
    return { target: t === read ? t : { ...t, normalized: formatTarget(t) }, text };
  }
  return null;
}

/**
 * A label that ends in a change word says what changes (`体检率提高2%`, `业务收入增长5%`): a change of +2 %, the
 * subject's words left out as a label's are; not a level of 2 %. One-character words (增, 降: `新增100个` counts new things)
 * do not count here.
 */
function subjectChange(
  label: string,
  rest: string,
  raw: string,
  ctx: TargetContext,
): { target: ParsedTarget; text: string } | null {
  const word = CHANGE_WORDS_SORTED.find(([w]) => w.length > 1 && label.endsWith(w) && label.length > w.length);
  if (!word) return null;
  const text = `${word[0]}${rest}`;
  const change = parseChange(text, raw, ctx);
  if (change?.kind !== "change") return null;
  const note = say("target.ignored-label", { label: label.slice(0, -word[0].length) });
  return { target: { ...change, ...reasonsOf([note, ...(change.reasons ?? [])]) }, text };
}

/**
 * The frequency bases a label starts with (`每周开放` → 周, `每人每年` → 人, 年; at most two) and the words after them; none
 * when a further 每 follows (three bases, or a base after the verb), the label's words then being all of it.
 */
function basesOf(label: string): { bases: { word: string; base: string }[]; words: string } {
  const bases: { word: string; base: string }[] = [];
  let words = label;
  for (let k = 0; k < 2; k++) {
    const m = PER_PREFIX.exec(words);
    if (!m) break;
    bases.push({ word: m[0], base: m[1] === undefined ? PER_AVERAGE[m[2]] : PER_WORDS[m[1]] });
    words = words.slice(m[0].length);
  }
  return words.includes(PER_PREFIX_WORD) ? { bases: [], words: label } : { bases, words };
}

/** A template's numbering before a name: `指标1：`, `指标一、`, `1.`, `(1)`, `①`. */
const NAME_NUMBERING = /^(?:指标[\d一二三四五六七八九十]+[:.、]?|\(\d+\)|\d+[.、]|[①-⑳])/;

/**
 * The target written at the end of an indicator's name when its 指标值 cell is empty (天长 2022:
 * `指标1：年度资金支付完成率100%`), read as `满意度≥90%` is in a target cell; null when the name ends in no quantity.
 */
export function targetFromName(name: string, ctx: TargetContext = {}): ParsedTarget | null {
  try {
    const s = unitOutOfBrackets(westernNumbers(compactText(name))).replace(NAME_NUMBERING, "");
    const clean = sanitize(ctx);
    // 群众满意度（≥90%）: the target in brackets at the end, read as a target cell under the name before it.
    const bracket = NAME_BRACKET_TARGET.exec(s);
    const labelled = bracket ? null : afterLabel(s, s, clean);
    const t = bracket ? parseText(bracket[2], { ...clean, name: bracket[1] }) : labelled?.target;
    if (!t || (t.kind !== "number" && t.kind !== "range" && t.kind !== "duration")) return null;
    const label = t.reasons?.find((m) => m.code === "target.ignored-label");
    const text = bracket ? bracket[2] : (labelled?.text ?? s);
    const notes = (t.reasons ?? []).filter((m) => m !== label);
    return Object.freeze({ ...t, raw: text, ...reasonsOf([say("target.from-name", { text }), ...notes]) });
  } catch {
    return null; // a name is never worth a broken check
  }
}

/** `8:30-17:30`, `9:00至17:00`: opening hours. */
const CLOCK_RANGE = /^(?:[01]?\d|2[0-3])[:：∶](?:[0-5]\d)(?:-|~|至|到|—)+(?:[01]?\d|2[0-3])[:：∶](?:[0-5]\d)$/;

/** A name ending in a bracketed quantity (`群众满意度(≥90%)`, `道路硬化(5公里)`); not the form's `(≥**%)`. */
const NAME_BRACKET_TARGET = /^(.*[^\d\s(])\(([^()*＊]*\d[^()*＊]*)\)$/;

// ───────────────────────────── A target of several quantities ─────────────────────────────

/**
 * Where a target of several quantities splits: punctuation (`不少于3次，每次不少于2小时`), 且 / 并且 / 同时 / 以及, and a
 * `/` after a unit before a comparator or a number (`≥2000人次/≥10场`; `5/10万`, `1次/月`, `元/人` stay whole).
 */
const PART_BREAK = new RegExp(
  `[${PART_SEPARATORS}]|${PART_WORDS.join("|")}|(?<=\\p{L})/(?=[≥≤<>=\\d]|${PREFIX_OPS.map(([w]) => w)
    .filter((w) => /\p{L}/u.test(w))
    .join("|")})`,
  "u",
);

/** The pieces of a compact text at PART_BREAK (empty ones dropped): one piece when it does not split. */
export function splitParts(compact: string): string[] {
  return compact.split(PART_BREAK).filter((piece) => piece !== "");
}

const PART_KINDS: ReadonlySet<TargetKind> = new Set(["number", "range", "duration", "change"]);
const MAX_PARTS = 6;

/**
 * `不少于3次，每次不少于2小时`, `≥2000人次/≥10场`, `自愿咨询检测1000人次以上,艾滋病人检测600人次以上,…`: every piece a
 * quantity (with its words, perhaps). The target is the part a single actual is judged against (judgedPart), with
 * every part kept and said; actuals typed as as many quantities are judged part by part (evaluate). Null when the
 * text does not split, or a piece is no quantity (a sentence around them stays unread).
 */
function parseParts(s: string, raw: string, ctx: TargetContext): ParsedTarget | null {
  const pieces = splitParts(s);
  if (pieces.length < 2 || pieces.length > MAX_PARTS) return null;
  const parts: TargetPart[] = [];
  for (const piece of pieces) {
    const t = parseText(piece, ctx);
    if (!PART_KINDS.has(t.kind) || t.parts) return null;
    const label = t.reasons?.find((m) => m.code === "target.ignored-label");
    parts.push({ label: label?.code === "target.ignored-label" ? label.params.label : "", target: t });
  }
  const judged = judgedPart(parts, ctx);
  // Alike parts with no words telling them apart (`≥90%且≥95%`, `98%、99%`) are one quantity written twice, not two.
  if (judged === null && parts.every((p) => !p.label)) return null;
  const main = parts[judged ?? 0].target;
  const normalized = parts.map((p) => (p.label ? `${p.label} ${p.target.normalized}` : p.target.normalized)).join("；");
  const notes = (main.reasons ?? []).filter((m) => m.code !== "target.ignored-label");
  const t: ParsedTarget = {
    ...main,
    raw,
    normalized,
    parts,
    ...reasonsOf([say("target.parts", { parts, judged }), ...notes]),
  };
  if (judged !== null) t.judged = judged;
  return t;
}

/**
 * The part a single actual is judged against: the one in the unit column's unit; else the one the indicator's name
 * names (its unit in the name, `服务人次` → the 人次; or its words, two characters in common at least); else the first,
 * unless the parts are alike (the same kind and unit: a count of each of three things), when one number says not which.
 */
function judgedPart(parts: TargetPart[], ctx: TargetContext): number | null {
  const only = (hits: boolean[]) => (hits.filter(Boolean).length === 1 ? hits.indexOf(true) : null);
  const column = columnUnit(ctx);
  const byColumn = column === null ? null : only(parts.map((p) => p.target.unit === column));
  if (byColumn !== null) return byColumn;
  const name = compactText(ctx.name ?? "");
  const scores = parts.map(({ label, target: { unit } }) =>
    Math.max(commonLength(name, label), unit && name.includes(unit) ? unit.length + 1 : 0),
  );
  const best = Math.max(...scores);
  const named = best >= 2 ? only(scores.map((x) => x === best)) : null;
  if (named !== null) return named;
  const [first] = parts;
  const alike = parts.every((p) => p.target.kind === first.target.kind && p.target.unit === first.target.unit);
  return alike ? null : 0;
}

/** The length of the longest text the two have in common. */
function commonLength(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      best = Math.max(best, k);
    }
  return best;
}

// ───────────────────────────── Quantity → target (unit, money, direction, duration) ─────────────────────────────

function resolveUnit(written: string | null, ctx: TargetContext, notes: Message[]): string | null {
  let unit = written;
  const column = columnUnit(ctx);
  const bases = column === null ? null : basesAfterUnit(`1${column}`).slice(1);
  if (!unit) unit = column ?? unitFromName(ctx.name);
  // `≤28.40/株` under the form's 元/株: the base written, its unit left to the column or the name.
  else if (unit.startsWith("/") && (column ?? unitFromName(ctx.name))?.endsWith(unit))
    unit = column ?? unitFromName(ctx.name);
  // 计量单位 每生每年 over `2000元`: the column gives the bases of the written unit, 元/生/年.
  else if (bases?.startsWith("/") && !unit.includes("/")) unit = `${unit}${bases}`;
  // `2000元` under 元/生/年: the column's unit with its bases (the clerk wrote the amount's unit only).
  else if (column?.startsWith(`${unit}/`)) unit = column;
  else if (column && column !== unit && MONEY_SHORTHAND[unit] !== column)
    notes.push(say("target.unit-differs", { unit, column }));
  // 用电量 ≤5000度: a 度 of electricity is a 千瓦时 (温度 18度 stays 度).
  if (unit === "度" && ELECTRICITY_NAME.test(ctx.name ?? "")) unit = "千瓦时";
  if (unit && MONEY_SHORTHAND[unit] && (isMoneyContext(ctx) || column === MONEY_SHORTHAND[unit])) {
    notes.push(say("target.money-shorthand", { unit, meaning: MONEY_SHORTHAND[unit] }));
    unit = MONEY_SHORTHAND[unit];
  }
  // 人工成本 ≤620万/月: money per month, 万元/月.
  const [per, base] = unit?.split("/") ?? [];
  if (base && MONEY_SHORTHAND[per] && isMoneyContext(ctx)) {
    notes.push(say("target.money-shorthand", { unit: per, meaning: MONEY_SHORTHAND[per] }));
    unit = `${MONEY_SHORTHAND[per]}/${base}`;
  }
  return unit;
}

/**
 * The sign a row's target is read with when its block has two sign columns, as the 内蒙古 budget system exports
 * them (指标性质 正向 / 反向 beside 指标方向 "="): "=" only says "this value", so the direction decides which side
 * of it is good (反向 = 1万元 is a cap, 正向 = 8 a floor); another comparator stands as written; 定性 wins.
 */
export function signOfColumns(signs: readonly string[]): string {
  const filled = signs.filter((s) => s.trim());
  if (filled.length < 2) return filled[0] ?? "";
  const qualitative = filled.find(isQualitativeSign);
  if (qualitative) return qualitative;
  const direction = filled.find((s) => SIGN_DIRECTION_WORDS[compactText(s)]);
  const comparator = filled.find((s) => s !== direction && signColumnOp(s));
  if (!direction || !comparator) return comparator ?? direction ?? filled[0];
  return signColumnOp(comparator) === "=" ? direction : comparator;
}

/** The comparator of a sign column: ≥ ＞ ＝ ＜ ≤, words (不低于), 正向 / 反向. */
function signColumnOp(sign: string | undefined): Comparator | null {
  if (!sign) return null;
  const s = compactText(sign);
  if (SIGN_DIRECTION_WORDS[s]) return SIGN_DIRECTION_WORDS[s];
  const exact = PREFIX_OPS.find(([w]) => w === s) ?? SUFFIX_OPS.find(([w]) => w === s);
  if (exact) return exact[1];
  if (REACH_WORDS.includes(s)) return "=";
  return null;
}

interface WrittenOp {
  op: Comparator | null;
  reach?: string | null;
  approx?: boolean;
}

/** Names of rates and shares: 覆盖率, 合格率, 占比, 比例 …, maybe with a unit in brackets after them. */
const RATE_NAME = new RegExp(`(?:${RATE_NAME_WORDS.join("|")})(\\s*[（(][^）)]*[）)])?$`);

function quantityTarget(
  raw: string,
  quantity: Quantity,
  written: WrittenOp,
  ctx: TargetContext,
  notesIn: Message[],
): ParsedTarget {
  const notes = [...notesIn];
  let unit = resolveUnit(quantity.unit, ctx, notes);
  // `8:30` under 时效 or a name of a time (开馆时间, 每日开放), or shaped as a clock's: a time of day, not a ratio.
  const term = ratioTerm(unit);
  if (term !== null && (isDateContext(ctx) || TIME_OF_DAY_NAME.test(ctx.name ?? "")))
    return unknown(raw, say("target.clock-time", { raw: normalizeText(raw) }));
  // `20:30` under a name of neither (床位配置): a clock's shape, but nothing says which — asked, not guessed.
  if (term !== null && clockShaped(quantity.value, term, ctx))
    return unknown(raw, say("target.clock-or-ratio", { raw: normalizeText(raw) }));
  // `100%` under a cost level (福建 台联 2017: 成本目标 | 开展丰收节活动…助学金 | 100%): the whole, reached — as a cap it
  // bounds nothing a share can be, so the cost rule's ≤ is not taken (said).
  const whole = unit === "%" && quantity.value === 100 && !written.op && !ctx.sign && costByLevelOnly(ctx);
  // A bare `100` there (no unit in the cell or a column) under a name of an activity, not of money (开展活动 | 100):
  // the same whole, 100% — as an amount's cap it would bound the activity's money by a number nobody wrote as money.
  // A name of money (专项资金, 项目总成本, a sum such as 20万元) keeps the cap in the table's money.
  const bareWhole =
    unit === null && quantity.value === 100 && !written.op && !ctx.sign && costByLevelOnly(ctx) && !moneyName(ctx.name);
  if (bareWhole) unit = "%";
  const lower = !whole && !bareWhole && lowerIsBetter(ctx);
  let value = quantity.value;
  // "覆盖率 1", "合格率 0.95": a rate written as a fraction without its % (seen in real tables).
  if (unit === null && !lower && RATE_NAME.test(ctx.name ?? "") && value > 0 && value <= 1) {
    value = Number((value * 100).toPrecision(12));
    unit = "%";
    notes.push(say("target.ratio-one", { written: quantity.value, percent: value }));
  }
  const signOp = signColumnOp(ctx.sign);
  const duration = isTimeUnit(unit) && isDurationContext(ctx);
  // The form's placeholder kept in the name (项目总投入(≥**万元) | 6070) gives a bare number its direction; it is
  // named only where it differs from the default reading (the same reading needs no note).
  const nameOp = signColumnOp(signFromName(ctx.name) ?? undefined);
  const byName = nameOp !== null && nameOp !== "between" && nameOp !== (duration || lower ? "<=" : ">=");

  let op: Comparator;
  let explicit = true;
  if (written.op) {
    op = written.op;
    if (written.approx) notes.push(say("target.approx", {}));
    if (signOp && signOp !== "between" && signOp !== op)
      notes.push(say("target.sign-differs", { sign: ctx.sign ?? "", op }));
  } else if (signOp && signOp !== "between") {
    op = signOp;
  } else if (written.reach) {
    op = lower ? "=" : ">=";
    if (!lower) notes.push(say("target.reach", { word: written.reach }));
  } else if (byName) {
    op = nameOp;
    notes.push(say("target.name-sign", { op }));
  } else if (duration) {
    op = "<=";
    explicit = false;
    notes.push(say("target.timeliness-le", {}));
  } else if (value === 0 && !lower && nameOp === null && madeThings(ctx)) {
    // 新增就业岗位 0: the project does not aim at making them; a cap at none would flag every one made.
    op = ">=";
    explicit = false;
    notes.push(say("target.zero-new", {}));
  } else if (value === 0 && !lower && nameOp === null && shareToReach(ctx)) {
    // 投资完成率 0, 满意度 0: the template's 0 left unfilled — a cap would flag 100%, a floor would pass anything.
    return missing(raw, say("target.zero-share", {}));
  } else if (value === 0 && !lower && nameOp === null && !CHANGE_NAME.test(ctx.name ?? "")) {
    // `0`, `0%`, `-0%` (预算调整次数, 结转结余资金率): everything meets a floor of nothing, so a target of none is a
    // cap — it should not happen. A change may be negative: 增长率 0% stays a floor (no decline).
    op = "<=";
    explicit = false;
    notes.push(say("target.zero-le", {}));
  } else {
    op = lower ? "<=" : ">=";
    explicit = false;
    if (lower) notes.push(say("target.lower-le", {}));
    if (whole) notes.push(say("target.cost-whole", {}));
    if (bareWhole) notes.push(say("target.cost-whole-bare", {}));
  }

  const kind = isTimeUnit(unit) && (op === "<=" || op === "<") ? "duration" : "number";
  const t = finish({ kind, op, opExplicit: explicit, value, unit, notes }, raw);
  if (unit === null && isMoneyContext(ctx)) t.money = true;
  return t;
}

/**
 * A ratio written as a clock shows the time (8:30, 17:45): hours 2–23, two-digit minutes 10–59, outside a name of a
 * ratio (床位配比 2:15 stays one). Ratios in goal tables have a term of 1 (1:15, 18:1) or one-digit terms (3:2).
 */
function clockShaped(first: number, second: number, ctx: TargetContext): boolean {
  const clock = Number.isInteger(first) && first >= 2 && first <= 23 && Number.isInteger(second) && second >= 10;
  return clock && second <= 59 && !RATIO_NAME.test(ctx.name ?? "");
}

/** A share to reach (投资完成率, 群众满意度), not a change of one (满意度提升率: a change may be 0). */
function shareToReach(ctx: TargetContext): boolean {
  const name = compactText(ctx.name ?? "");
  return SHARE_TO_REACH_NAME.test(name) && !CHANGE_NAME.test(name);
}

/** A count of things the project makes or adds (新增就业岗位, 带动就业人数), not of a bad thing (新增隐性债务). */
function madeThings(ctx: TargetContext): boolean {
  const name = ctx.name ?? "";
  return NEW_THINGS_NAME.test(name) && !NEW_BAD_THING_NAME.test(name) && !NONE_TARGET_NAMES.test(name);
}

// ───────────────────────────── Relative change ─────────────────────────────

/**
 * `提高10%`, `较上年增长5%以上`, `同比下降3%`, `增长不超过5%`, `同比增长` (> 0), `不低于上年` (≥ 0), `与上年持平` (= 0).
 * The value is signed (+10 / −3); the comparator applies to the signed change, so 下降3% is change ≤ −3.
 * `提高至95%` / `降到3%以下` name a level: they become plain number targets.
 */
function parseChange(s: string, raw: string, ctx: TargetContext): ParsedTarget | null {
  const toBaseline = compareToBaseline(s, raw, ctx);
  if (toBaseline) return toBaseline;

  let rest = s;
  let baseline = false;
  const b = startWord(rest, BASELINES_SORTED) ?? CHANGE_BASELINE_YEAR.exec(rest)?.[0] ?? null;
  if (b) {
    rest = rest.slice(b.length);
    baseline = true;
  }
  if (baseline && FLAT_WORDS.includes(rest)) return changeTarget(raw, 0, "=", null, ctx, []);
  if (baseline) rest = rest.slice(startWord(rest, CHANGE_ADVERBS_SORTED)?.length ?? 0);

  const word = CHANGE_WORDS_SORTED.find(([w]) => rest.startsWith(w));
  if (!word) {
    if (!baseline) return null;
    // `较上年≥0` (our own normalised form of a change against the baseline)
    const mag = readMagnitude(rest);
    if (!mag || "conflict" in mag || !mag.op) return null;
    return changeTarget(raw, mag.quantity.value, mag.op, mag.quantity.unit, ctx, []);
  }
  const sign = word[1];
  rest = rest.slice(word[0].length);
  rest = rest.slice(startWord(rest, CHANGE_WORD_TAILS_SORTED)?.length ?? 0);

  const to = startWord(rest, CHANGE_TO_MARKERS);
  if (to) {
    const mag = readMagnitude(rest.slice(to.length));
    if (!mag || "conflict" in mag) return null;
    const op: Comparator = mag.op ?? (sign > 0 ? ">=" : "<=");
    return quantityTarget(raw, mag.quantity, { op }, ctx, []);
  }
  if (rest === "") {
    return baseline ? changeTarget(raw, 0, sign > 0 ? ">" : "<", null, ctx, []) : null;
  }
  const mag = readMagnitude(rest);
  if (!mag) return null;
  if ("conflict" in mag) return unknown(raw, mag.conflict);
  // The change word is written, so the comparator is explicit: 提高10% is "at least +10", 下降3% "at most −3".
  const magnitudeOp: Comparator = mag.op ?? ">=";
  const op = sign > 0 ? magnitudeOp : flipComparator(magnitudeOp);
  return changeTarget(raw, sign * mag.quantity.value, op, mag.quantity.unit, ctx, []);
}

/**
 * `不低于上年` → change ≥ 0; `高于去年同期` → change > 0; `超上年` (超 before a baseline: exceed it) likewise. A number
 * after the baseline is by how much: `超上年2%`, `高于上年2%` → change ≥ +2%; `低于上年5%` → change ≤ −5%.
 */
function compareToBaseline(s: string, raw: string, ctx: TargetContext): ParsedTarget | null {
  const p: WordOp | null = startOp(s, PREFIX_OPS_SORTED) ?? (s.startsWith(EXCEED) ? [EXCEED, ">"] : null);
  if (!p) return null;
  const rest = s.slice(p[0].length);
  if (COMPARE_TO_BASELINE_SORTED.includes(rest)) return changeTarget(raw, 0, p[1], null, ctx, []);
  const base = startWord(rest, COMPARE_TO_BASELINE_SORTED);
  if (!base || (p[1] !== ">" && p[1] !== "<")) return null;
  const mag = readMagnitude(rest.slice(base.length));
  if (!mag || "conflict" in mag || mag.op) return null;
  const up = p[1] === ">";
  return changeTarget(raw, (up ? 1 : -1) * mag.quantity.value, up ? ">=" : "<=", mag.quantity.unit, ctx, []);
}

function changeTarget(
  raw: string,
  value: number,
  op: Comparator,
  unit: string | null,
  ctx: TargetContext,
  notes: Message[],
): ParsedTarget {
  const resolved = unit ?? columnUnit(ctx);
  return finish({ kind: "change", op, opExplicit: true, value, unit: resolved, notes }, raw);
}
