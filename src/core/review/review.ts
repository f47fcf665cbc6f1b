/**
 * Review of the targets themselves (绩效目标审核, docs/domain.md#target-review).
 *
 * Every rule is data: a stable id (the setting `disabledRules` switches it off), the standard review
 * opinion it belongs to, a severity and a check that returns the cells it objects to with a message (a code and
 * its parameters, worded by core/locale: `message` is the Chinese, `text` renders in English too).
 * Findings of one table come in cell order (row, column), then in rule order.
 *
 * @example
 * reviewTables(read.tables, settings)
 * // [{ rule: "not-measurable", cell: {sheet, row: 48, col: 5}, message: "指标不够细化、量化：…",
 * //    text: { code: "review.not-measurable.needs-number", params: {…} }, severity: "warning" }, …]
 */
import { cellKey, sheetCell, tableFirstInReadingOrder } from "../a1";
import { yearOf } from "../dates";
import { appended, appendedNumber, sortedShort } from "../lists";
import { memoizeString } from "../memo";
import { renderMessage, say, type Message, type OutputSubtype } from "../locale/messages";
import { isYesNoTarget } from "../evaluate/actual";
import { convertUnit } from "../evaluate/units";
import {
  comparatorTail,
  compactText,
  leadingFormHint,
  signFromName,
  trailingFormHint,
  unitFromName,
} from "../notation/text";
import { parseTarget } from "../notation/parseTarget";
import { MONEY_SHORTHAND } from "../locale/zh/units";
import { LEVEL2, POINTS_ONLY_LEVEL } from "../locale/zh/levels";
import { foldTraditional } from "../locale/zh/traditional";
import type { CellKey, CellRef, GoalTable, Indicator, JudgeSettings, ProjectPeriod, ReviewFinding } from "../types";
import {
  COST_LEVEL2,
  COUNT_NAME_WORDS,
  COUNT_UNITS,
  GROWTH_NAME_WORDS,
  LEVEL1_ALIASES,
  LEVEL1_CONTAINERS,
  LEVEL1_CRITERIA,
  LEVEL1_KINDS,
  LEVEL2_KINDS,
  NAME_NOISE,
  NESTED_KINDS,
  NUMBER_EXPECTED_LEVEL2,
  OUTPUT_SUBTYPES,
  RATE_NAME_WORDS,
  type Level1Kind,
} from "./vocabulary";
import { FindingRecord, handedBack, newList } from "../records";

/** What a rule objects to, as a message code and its parameters (the catalogues in core/locale word it). */
interface RuleHit {
  /** On the table's sheet; reviewWithRules makes it the finding's CellRef. */
  cell: CellKey | null;
  text: Message;
}

interface ReviewContext {
  /** The table's budget year, else the setting's. */
  budgetYear: number | null;
  /** What the rules ask of each indicator's texts, in the table's order. */
  indicators: IndicatorFacts[];
  /** The indicators that are targets: not the 决策 / 管理 criteria rows of a scoring sheet. */
  targets: IndicatorFacts[];
}

export interface ReviewRule {
  id: string;
  /** A short title for a list of the rules (settings), in each language. */
  title: { zh: string; en: string };
  severity: ReviewFinding["severity"];
  check: (table: GoalTable, ctx: ReviewContext) => readonly RuleHit[];
}

/** Two amounts in 万元 closer than this are equal (half a 元 rounding on each side). */
export const FUNDS_TOLERANCE = 0.005;
const EPSILON = 1e-9;

// ───────────────────────────── Helpers ─────────────────────────────

function includesAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}
// In simplified characters: a form copied in traditional ones (產出指標) names the same categories.
const compact = (s: string) => foldTraditional(compactText(s ?? ""));

// What the rules ask of a 一级, 二级 or name text is worked out once per distinct text: every rule asks it of every
// indicator, and a workbook repeats the same few words in all its tables.

interface Level1Facts {
  compact: string;
  /** A template's own 一级 that is no category: a container of 产出 and 效益 (实施效果指标) … */
  container: boolean;
  /** … or a scoring criterion (项目决策 / 项目管理). */
  criterion: boolean;
  kind: Level1Kind | null;
}

interface Level2Facts {
  compact: string;
  comparable: string;
  kind: Level1Kind | null;
  /** A 二级 whose targets must be numbers (数量 / 质量 / 成本). */
  numberExpected: boolean;
  /** The cost category (成本). */
  cost: boolean;
}

interface NameFacts {
  compact: string;
  comparable: string;
  /** The unit the name gives in brackets: 覆盖率(%) → %. */
  unit: string | null;
  /** The form's hint left at its end: 苗木成活率(≥**%) → (≥**%). */
  hint: string | null;
  /** Names a growth (its percentages may pass 100 %), a rate, a count. */
  growth: boolean;
  rate: boolean;
  count: boolean;
}

/** An indicator with the facts of its texts. */
interface IndicatorFacts {
  ind: Indicator;
  level1: Level1Facts;
  level2: Level2Facts;
  name: NameFacts;
  /** The category it counts for: its 一级's, or under a container its 二级's. */
  kind: Level1Kind | null;
}

/** Text of a name or value as compared: compact, without a trailing `(%)`, 指标 or punctuation. */
const comparable = memoizeString((s: string): string => {
  let c = compact(s);
  for (const re of NAME_NOISE) c = c.replace(re, "");
  return c;
});

const level1Facts = memoizeString((level1: string): Level1Facts => {
  const written = compact(level1);
  const c = POINTS_ONLY_LEVEL.test(written) ? "" : written;
  const container = includesAny(c, LEVEL1_CONTAINERS);
  const kind =
    LEVEL1_KINDS.find(([word]) => c.includes(word))?.[1] ??
    (container ? null : LEVEL1_ALIASES.find(([word]) => c.includes(word))?.[1]) ??
    null;
  return { compact: c, container, criterion: kind === null && includesAny(c, LEVEL1_CRITERIA), kind };
});

const level2Facts = memoizeString((level2: string): Level2Facts => {
  const c = compact(level2);
  return {
    compact: c,
    comparable: comparable(level2),
    kind: LEVEL2_KINDS.find(([word]) => c.includes(word))?.[1] ?? null,
    numberExpected: includesAny(c, NUMBER_EXPECTED_LEVEL2),
    cost: includesAny(c, COST_LEVEL2),
  };
});

const nameFacts = memoizeString((name: string): NameFacts => {
  const c = compact(name);
  return {
    compact: c,
    comparable: comparable(name),
    unit: unitFromName(name),
    hint: trailingFormHint(name),
    growth: includesAny(c, GROWTH_NAME_WORDS),
    rate: includesAny(c, RATE_NAME_WORDS),
    count: includesAny(c, COUNT_NAME_WORDS),
  };
});

function factsOf(ind: Indicator): IndicatorFacts {
  const level1 = level1Facts(ind.level1 ?? "");
  const level2 = level2Facts(ind.level2 ?? "");
  // No 一级 written (the form has none, 鄂州 2022 / 武川 2021): the 二级 says it — 数量 / 时效 / 成本 are 产出's.
  const byLevel2 = level1.container || !level1.compact || nested(level1.kind, level2.kind);
  const kind = byLevel2 ? level2.kind : level1.kind;
  return { ind, level1, level2, name: nameFacts(ind.name ?? ""), kind };
}

/** A 二级 category the template nests under another 一级 (vocabulary NESTED_KINDS). */
function nested(parent: Level1Kind | null, child: Level1Kind | null): boolean {
  // By position, not `[p, c]` destructuring (an iterator per pair until the JIT optimises this).
  for (let i = 0; i < NESTED_KINDS.length; i++)
    if (NESTED_KINDS[i][0] === parent && NESTED_KINDS[i][1] === child) return true;
  return false;
}

/** The cell of a column of the indicator's row (level1 / level2 have no cell of their own in Indicator). */
function columnCell(table: GoalTable, ind: Indicator, column: "level1" | "level2"): CellKey {
  const col = table.header.columns[column];
  return col === undefined ? ind.nameCell : cellKey(ind.row, col);
}

function headerCell(table: GoalTable): CellKey {
  const col = table.header.columns.level1 ?? table.header.columns.name ?? table.range.left;
  return cellKey(table.header.row, col);
}

/** What a rule returns when it objects to nothing (most rules on most tables): shared, never modified. */
const NO_HITS: readonly RuleHit[] = Object.freeze([]);

/** Runs `check` over every indicator and keeps the hits. */
function perIndicator(check: (facts: IndicatorFacts, table: GoalTable, ctx: ReviewContext) => RuleHit | null) {
  return (table: GoalTable, ctx: ReviewContext): readonly RuleHit[] => {
    // A plain loop, the list made at the first hit: most indicators pass most rules.
    let hits: RuleHit[] | null = null;
    for (const facts of ctx.targets) {
      const hit = check(facts, table, ctx);
      if (hit) hits = appended(hits, hit);
    }
    return hits ?? NO_HITS;
  };
}

// ───────────────────────────── Rules ─────────────────────────────

// Asked of every table and mostly satisfied: plain loops, a list made only for what is missing.

/** The first indicator counting for `kind` (with `level2Word` in its 二级 when given), or undefined. */
function firstOfKind(ctx: ReviewContext, kind: Level1Kind, level2Word?: string): IndicatorFacts | undefined {
  for (const f of ctx.indicators)
    if (f.kind === kind && (level2Word === undefined || f.level2.compact.includes(level2Word))) return f;
  return undefined;
}

function missingLevel1(table: GoalTable, ctx: ReviewContext): readonly RuleHit[] {
  if (table.kind !== "project" || table.indicators.length === 0) return NO_HITS;
  // A form without a 一级 or 二级 column (指标名称 | 计量单位 | 指标性质 | 指标值, 丰都 2022) names no categories: its
  // 辅警人员 and 受益对象满意度 are not missing 产出 and 满意度.
  const { level1, level2 } = table.header.columns;
  if (level1 === undefined && level2 === undefined) return NO_HITS;
  let missing: Level1Kind[] | null = null;
  for (const [, kind] of LEVEL1_KINDS) if (!firstOfKind(ctx, kind)) missing = appended(missing, kind);
  if (!missing) return NO_HITS;
  return [{ cell: headerCell(table), text: say("review.missing-level1", { missing }) }];
}

function missingOutputSubtype(table: GoalTable, ctx: ReviewContext): readonly RuleHit[] {
  // A form without a 二级 column (指标 | 指标内容 | 指标值, the central departments' sample) names no subtypes.
  if (table.kind !== "project" || table.header.columns.level2 === undefined) return NO_HITS;
  const first = firstOfKind(ctx, "output");
  // 产出指标 as the 二级 under 实施效果指标 (the 中央预算内投资 form, 宝坻 2022): the 三级 are the indicators, no
  // level names 数量 / 质量 / 时效 / 成本.
  if (!first || first.level2.compact.includes("产出")) return NO_HITS;
  let missing: OutputSubtype[] | null = null;
  for (const [word, label] of OUTPUT_SUBTYPES)
    if (!firstOfKind(ctx, "output", word)) missing = appended(missing, label);
  if (!missing) return NO_HITS;
  return [
    {
      cell: columnCell(table, first.ind, "level1"),
      text: say("review.missing-output-subtype", { missing }),
    },
  ];
}

const notMeasurable = perIndicator(({ ind, name: nameFacts, level2 }) => {
  const t = ind.target;
  // A yes / no answer (是否存在质量问题 | 否) is measured: the check compares the answer.
  if (t.kind !== "qualitative" || isYesNoTarget(t)) return null;
  const name = nameFacts.comparable;
  const value = comparable(ind.targetText);
  if (name && value && name === value) {
    return {
      cell: ind.targetCell,
      text: say("review.not-measurable.repeats-name", { name: ind.name, target: ind.targetText }),
    };
  }
  if (level2.numberExpected) {
    return {
      cell: ind.targetCell,
      text: say("review.not-measurable.needs-number", { level2: ind.level2, name: ind.name, target: ind.targetText }),
    };
  }
  return null;
});

const costWithGe = perIndicator(({ ind, level2 }) => {
  const op = ind.target.op;
  // Only a sign the table wrote: a bare 100% read as ≥ for a good rate under 成本 (预算执行率, 成本核算率) says nothing
  // of the author's.
  if (!level2.cost || (op !== ">=" && op !== ">") || !ind.target.opExplicit) return null;
  return {
    cell: ind.targetCell,
    text: say("review.cost-with-ge", { name: ind.name, op }),
  };
});

const percentOver100 = perIndicator(({ ind, name }) => {
  const t = ind.target;
  if (t.unit !== "%" || (t.kind !== "number" && t.kind !== "range")) return null;
  if (name.growth) return null;
  const top = Math.max(t.value ?? 0, t.high ?? 0);
  if (top <= 100) return null;
  return {
    cell: ind.targetCell,
    text: say("review.percent-over-100", { name: ind.name, top }),
  };
});

/**
 * The date when it is in neither the budget year nor a year of the project period the table states. Years, not days:
 * a deadline written 2023年底 under 项目期 2022年3月-2023年11月 falls in the project's last year, and 年底 is only
 * as precise as its year (docs/domain.md#target-review). A deadline (or a period's end) before the budget year is
 * never excused: it was over before this budget began, whatever the project's period; only a start may lie there.
 */
function outsideYear(
  date: string | undefined,
  year: number,
  period: ProjectPeriod | undefined,
  mayBeEarlier: boolean,
): string | undefined {
  if (!date) return undefined;
  const y = yearOf(date);
  if (y === year || (inPeriodYears(y, period) && (y > year || mayBeEarlier))) return undefined;
  return date;
}

const inPeriodYears = (y: number, period: ProjectPeriod | undefined): boolean =>
  period !== undefined && y >= yearOf(period.start) && y <= yearOf(period.end);

const deadlineOutsideYear = perIndicator(({ ind }, table, ctx) => {
  const t = ind.target;
  const year = ctx.budgetYear;
  if (year === null || (t.kind !== "date" && t.kind !== "period")) return null;
  // A period that does not include the budget year (a form copied from an earlier year: 项目期 2022-2024年 on a 2025
  // table) is not this budget's project period: the budget year alone decides.
  const p = table.period;
  const period = p && yearOf(p.start) <= year && year <= yearOf(p.end) ? p : undefined;
  // The start, else the end: asked of every dated target, so no list is made.
  const outside = outsideYear(t.start, year, period, true) ?? outsideYear(t.date, year, period, false);
  if (!outside) return null;
  const params = { name: ind.name, date: outside, year };
  return {
    cell: ind.targetCell,
    // A date in the period's years is flagged only for being before the budget year: the period is not named then.
    text:
      period && !inPeriodYears(yearOf(outside), period)
        ? say("review.deadline-outside-period", { ...params, start: period.start, end: period.end })
        : say("review.deadline-outside-year", params),
  };
});

const placeholder = perIndicator(({ ind }) => {
  if (ind.target.kind !== "missing") return null;
  const shown = ind.targetText.trim();
  if (shown) return { cell: ind.targetCell, text: say("review.placeholder", { name: ind.name, shown }) };
  const inName = targetInName(ind);
  return {
    cell: ind.targetCell,
    text: inName
      ? say("review.placeholder.in-name", { name: ind.name, found: inName })
      : say("review.placeholder.empty", { name: ind.name }),
  };
});

/**
 * A target written at the end of the name while the target cell is empty (淮南 2023:
 * `指标1:窗口和工作人员月度绩效考核全覆盖,优秀比例不超过20%` over an empty 年度指标值): a comparator and a number the
 * parser reads as a quantity. Only said, never read as the target: which of the name's numbers the author meant to
 * judge is theirs to write in the target column.
 */
function targetInName(ind: Indicator): string | null {
  const tail = comparatorTail(ind.name);
  if (tail === null) return null;
  const t = parseTarget(tail, { level1: ind.level1, level2: ind.level2, name: ind.name });
  return (t.kind === "number" || t.kind === "range") && t.opExplicit ? tail : null;
}

const unknownTarget = perIndicator(({ ind }) => {
  if (ind.target.kind !== "unknown") return null;
  return {
    cell: ind.targetCell,
    text: say("review.unknown-target", { name: ind.name, target: ind.targetText, reasons: ind.target.reasons }),
  };
});

function fundsMismatch(table: GoalTable): readonly RuleHit[] {
  const { total, fiscal, other } = table.funds;
  if (total === null || (fiscal === null && other === null)) return NO_HITS;
  const sum = (fiscal ?? 0) + (other ?? 0);
  if (Math.abs(total - sum) <= FUNDS_TOLERANCE + EPSILON) return NO_HITS;
  return [
    {
      cell: table.funds.totalCell ?? table.budgetCell ?? null,
      text: say("review.funds-mismatch", { total, fiscal: fiscal ?? 0, other: other ?? 0, sum }),
    },
  ];
}

function scheduleDecreasing(table: GoalTable): readonly RuleHit[] {
  let hits: RuleHit[] | null = null;
  for (let i = 1; i < table.schedule.length; i++) {
    const cp = table.schedule[i];
    const before = table.schedule[i - 1];
    if (cp.percent < before.percent - EPSILON) {
      hits = appended(hits, {
        cell: cp.percentCell,
        text: say("review.schedule-decreasing", {
          label: cp.label,
          percent: cp.percent,
          beforeLabel: before.label,
          beforePercent: before.percent,
        }),
      });
    }
  }
  return hits ?? NO_HITS;
}

function scheduleNot100(table: GoalTable): readonly RuleHit[] {
  const last = table.schedule[table.schedule.length - 1];
  if (!last || Math.abs(last.percent - 100) < EPSILON) return NO_HITS;
  return [
    {
      cell: last.percentCell,
      text: say("review.schedule-not-100", { label: last.label, percent: last.percent }),
    },
  ];
}

function duplicateIndicator(_table: GoalTable, ctx: ReviewContext): readonly RuleHit[] {
  let hits: RuleHit[] | null = null;
  const list = ctx.indicators;
  for (let i = 0; i < list.length; i++) {
    const { ind, level2, name } = list[i];
    if (!name.comparable) continue;
    // The first indicator before it with the same 二级 and name: a scan of the table's few tens of indicators,
    // no key text and Map made per table (the comparable texts are shared strings, mostly equal by reference).
    let first: Indicator | null = null;
    for (let j = 0; j < i && !first; j++) {
      const f = list[j];
      if (f.name.comparable === name.comparable && f.level2.comparable === level2.comparable) first = f.ind;
    }
    if (first)
      hits = appended(hits, {
        cell: ind.nameCell,
        text: say("review.duplicate-indicator", { level2: ind.level2, name: ind.name, row: first.row + 1 }),
      });
  }
  return hits ?? NO_HITS;
}

const indicatorValueMismatch = perIndicator(({ ind, name: nameFacts }) => {
  const unit = ind.target.unit;
  if (unit === null || ind.target.kind === "missing" || ind.target.kind === "unknown") return null;
  const named = nameFacts.unit;
  if (named !== null && named !== unit) {
    return {
      cell: ind.targetCell,
      text: say("review.indicator-value-mismatch.unit", { name: ind.name, unit: named, target: ind.targetText }),
    };
  }
  if (nameFacts.rate && COUNT_UNITS.includes(unit)) {
    return {
      cell: ind.targetCell,
      text: say("review.indicator-value-mismatch.rate-as-count", { name: ind.name, target: ind.targetText }),
    };
  }
  if (nameFacts.count && !nameFacts.rate && (unit === "%" || unit === "‰")) {
    return {
      cell: ind.targetCell,
      text: say("review.indicator-value-mismatch.count-as-percent", { name: ind.name, target: ind.targetText }),
    };
  }
  return null;
});

/** Which way a comparator points: up (≥ ＞), down (≤ ＜), or neither (=, a range, none). */
function direction(op: string | null): 1 | -1 | 0 {
  if (op === null) return 0;
  if (/^[≥>＞]/.test(op)) return 1;
  if (/^[≤<＜]/.test(op)) return -1;
  return 0;
}

/**
 * The form's hint and the value written under it disagree (`(≥**%)<=85`, `(≥**%)≥85万元`): the value is read as
 * written, and the reviewer is told, since one of the two is a slip. Only a sign the value writes (a bare `85` takes
 * the hint's) pointing the other way, and only a unit the value writes: `=100%` under `(≥**%)` is no contradiction.
 */
const hintConflict = perIndicator(({ ind, name }) => {
  const t = ind.target;
  if (t.kind !== "number" && t.kind !== "duration") return null;
  const own = leadingFormHint(ind.targetText);
  const hint = own ?? name.hint;
  if (hint === null) return null;
  const params = { name: ind.name, hint, target: ind.targetText, read: t.normalized };
  const hinted = direction(signFromName(hint));
  if (t.opExplicit && hinted !== 0 && direction(t.op) === -hinted)
    return { cell: ind.targetCell, text: say("review.hint-conflict.sign", params) };
  const unit = unitFromName(hint);
  // A unit of the name's hint is the indicator-value-mismatch rule's (a name's unit, hint or not).
  // A unit that converts to the hint's (1.2万亩 under (≥**亩), 500000元 under (≤**万元), 1个月 under (≤**天)) is the
  // same quantity written otherwise: no contradiction.
  const agrees = (u: string) => u === unit || MONEY_SHORTHAND[u] === unit || convertUnit(1, u, unit) !== null;
  if (own !== null && unit !== null && t.unit !== null && !agrees(t.unit))
    return { cell: ind.targetCell, text: say("review.hint-conflict.unit", { ...params, unit }) };
  return null;
});

/** A target written as a bare number: digits only, no sign, unit or word (`20`, `7.5`). */
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * What the points of a form's indicators add to: 100, or 90 where 预算执行率 takes its 10 in the money block (the
 * national self-evaluation form's 注: 产出 50、效益 30、满意度 10、预算资金执行率 10).
 */
const POINTS_TOTALS: readonly number[] = [100, 90];
/** Fewer bare numbers than this adding to 100 say nothing (two halves, 50 | 50, are as likely targets). */
const POINTS_MIN_ROWS = 3;

/**
 * The form's points typed into the target column (阆中 2021: `20 | 20 | 10 …` beside names that carry the target,
 * `建设普通省道二级公路32.1公里`): every target the table gives is a bare number, none above a category's share (50),
 * and they add to the form's total. Read as they are (20 against an actual of 20 is met), so the reviewer is told
 * once, at the first target, that they look like points, not targets (docs/domain.md#target-review).
 */
function pointsAsTargets(table: GoalTable, ctx: ReviewContext): readonly RuleHit[] {
  let values: number[] | null = null;
  let first: Indicator | null = null;
  let sum = 0;
  for (const { ind } of ctx.targets) {
    const t = ind.target;
    if (t.kind === "missing") continue;
    // A unit or a sign given beside the number (a 计量单位 / 指标性质 column, 培训人数（人）) makes it a quantity.
    if (t.kind !== "number" || t.value === null || !BARE_NUMBER.test(t.raw) || t.unit !== null || t.opExplicit)
      return NO_HITS;
    if (t.value <= 0 || t.value > 50) return NO_HITS;
    values = appendedNumber(values, t.value);
    first ??= ind;
    sum += t.value;
  }
  if (!values || values.length < POINTS_MIN_ROWS || !first) return NO_HITS;
  const total = POINTS_TOTALS.find((p) => Math.abs(sum - p) < 1e-6);
  if (total === undefined) return NO_HITS;
  return [{ cell: first.targetCell, text: say("review.points-as-targets", { values, total }) }];
}

/**
 * A 一级 that is no category, or a 二级 under the wrong 一级. The finding is about the label, not each indicator: a
 * label over several rows (merged, as 河北 宁晋 A3:A9, or written again in each row) is said once, at its first
 * row — the merge's top-left, the one cell of it that can be seen and selected.
 */
function levelTypeError(table: GoalTable, ctx: ReviewContext): readonly RuleHit[] {
  let hits: RuleHit[] | null = null;
  let previous: IndicatorFacts | null = null;
  for (const facts of ctx.targets) {
    const { ind, level1, level2 } = facts;
    const sameLevel1 = previous !== null && previous.ind.level1 === ind.level1;
    const sameLevel2 = sameLevel1 && previous!.ind.level2 === ind.level2;
    previous = facts;
    if (!level1.compact || level1.container) continue;
    const own = level1.kind;
    if (own === null) {
      if (!sameLevel1)
        hits = appended(hits, {
          cell: columnCell(table, ind, "level1"),
          text: say("review.level-type-error.not-a-category", { level1: ind.level1 }),
        });
      continue;
    }
    const belongs = level2.compact ? level2.kind : null;
    if (belongs === null || belongs === own || nested(own, belongs) || sameLevel2) continue;
    hits = appended(hits, {
      cell: columnCell(table, ind, "level2"),
      text: say("review.level-type-error.wrong-parent", { level2: ind.level2, belongs, level1: ind.level1 }),
    });
  }
  return hits ?? NO_HITS;
}

const rule = (
  id: string,
  severity: ReviewRule["severity"],
  check: ReviewRule["check"],
  title: ReviewRule["title"],
): ReviewRule => ({ id, title, severity, check });

/** All rules, in the order their findings are listed for one cell. Ids are stable: settings refer to them. */
export const REVIEW_RULES: readonly ReviewRule[] = [
  rule("missing-level1", "warning", missingLevel1, {
    zh: "缺少一级指标（产出/效益/满意度）",
    en: "A first-level category is missing (output / benefit / satisfaction)",
  }),
  rule("missing-output-subtype", "warning", missingOutputSubtype, {
    zh: "产出指标缺少数量/质量/时效/成本",
    en: "Output indicators lack quantity / quality / timeliness / cost",
  }),
  rule("level-type-error", "warning", levelTypeError, {
    zh: "二级指标与一级指标不对应",
    en: "Second-level indicator does not belong to its first-level category",
  }),
  rule("duplicate-indicator", "warning", duplicateIndicator, { zh: "指标重复", en: "Duplicate indicator" }),
  rule("placeholder", "error", placeholder, { zh: "指标值为占位符或空白", en: "Target is a placeholder or blank" }),
  rule("unknown-target", "warning", unknownTarget, { zh: "指标值无法识别", en: "Target not understood" }),
  rule("not-measurable", "warning", notMeasurable, {
    zh: "指标值不可衡量（定性或重复指标名称）",
    en: "Target not measurable (qualitative, or repeats the indicator's name)",
  }),
  rule("indicator-value-mismatch", "warning", indicatorValueMismatch, {
    zh: "指标与指标值单位不匹配",
    en: "Indicator and target units do not match",
  }),
  rule("hint-conflict", "warning", hintConflict, {
    zh: "指标值与表样提示（≥**）矛盾",
    en: "Target contradicts the form's hint (>=**)",
  }),
  rule("cost-with-ge", "error", costWithGe, { zh: "成本指标使用 ≥", en: "Cost indicator uses ≥" }),
  rule("percent-over-100", "error", percentOver100, { zh: "百分比超过 100%", en: "Percentage above 100%" }),
  rule("points-as-targets", "warning", pointsAsTargets, {
    zh: "指标值像是分值（不带单位的数字合计 100）",
    en: "Targets look like points (plain numbers adding to 100)",
  }),
  rule("deadline-outside-year", "error", deadlineOutsideYear, {
    zh: "时限不在预算年度内",
    en: "Deadline outside the budget year",
  }),
  rule("funds-mismatch", "error", fundsMismatch, {
    zh: "资金总额 ≠ 财政资金 + 其他资金",
    en: "Total funds ≠ fiscal funds + other funds",
  }),
  rule("schedule-decreasing", "error", scheduleDecreasing, {
    zh: "资金支出计划不是累计比例（递减）",
    en: "Spending plan not cumulative (decreasing)",
  }),
  rule("schedule-not-100", "error", scheduleNot100, {
    zh: "资金支出计划未达到 100%",
    en: "Spending plan does not reach 100%",
  }),
];

/** Review one table: the findings of every enabled rule, in cell order (stable: rule order within a cell). */
export function reviewTable(
  table: GoalTable,
  settings: Pick<JudgeSettings, "disabledRules" | "budgetYear">,
): ReviewFinding[] {
  return reviewWithRules(table, enabledRules(settings), settings);
}

/** The rules the settings leave on, in order. */
function enabledRules(settings: Pick<JudgeSettings, "disabledRules">): readonly ReviewRule[] {
  const disabled = new Set(settings.disabledRules ?? []);
  return REVIEW_RULES.filter((rule) => !disabled.has(rule.id));
}

function reviewWithRules(
  table: GoalTable,
  rules: readonly ReviewRule[],
  settings: Pick<JudgeSettings, "budgetYear">,
  worded?: Map<string, ReviewFinding>,
): ReviewFinding[] {
  const indicators = table.indicators.map(factsOf);
  const ctx: ReviewContext = {
    budgetYear: table.budgetYear ?? settings.budgetYear ?? null,
    indicators,
    // A scoring sheet's 决策 / 管理 rows are criteria of the score, not targets: no target rule applies to them.
    targets: withoutCriteria(indicators),
  };
  const findings: ReviewFinding[] = [];
  for (const rule of rules) {
    const hits = rule.check(table, ctx);
    // An index loop: most rules hand back the shared empty list, over which for-of would make an iterator.
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i];
      const cell = hit.cell === null ? null : sheetCell(table.sheet, hit.cell);
      findings.push(findingOf(rule, cell, hit.text, worded));
    }
  }
  // Stable: rule order within a cell. sortedShort: a table has a few findings, mostly in order already.
  return sortedShort(findings, tableFirstInReadingOrder);
}

/**
 * A finding, its message and words those of the first finding `worded` holds with the same message (code and every
 * parameter alike): a workbook's tables repeat their findings (缺少一级指标“满意度指标”, one 成本指标 written alike in
 * every project; 1,750 findings saying 7 things on the bench's 1,000 tables), and a check's result keeps each text
 * once, not a message, its words and their parameters per finding (−0.3 MB, docs/performance.md session 64). Plain
 * data nobody changes, as the judgement memo's results.
 */
function findingOf(
  rule: ReviewRule,
  cell: CellRef | null,
  text: Message,
  worded: Map<string, ReviewFinding> | undefined,
): ReviewFinding {
  const key = worded === undefined ? null : wordingKey(text);
  const before = key === null ? undefined : worded!.get(key);
  if (before !== undefined) return new FindingRecord(rule.id, cell, before.message, before.text, rule.severity);
  const finding = new FindingRecord(rule.id, cell, renderMessage(text), text, rule.severity);
  if (key !== null) worded!.set(key, finding);
  return finding;
}

/**
 * What tells a message from every other: its code and each parameter by name (a text by its length and itself, so no
 * two lists of parameters give one key); null for a parameter of another kind (a list of messages, −0): not shared.
 */
function wordingKey(text: Message): string | null {
  let key: string = text.code;
  const params = text.params as Record<string, unknown>;
  for (const name in params) {
    const value = params[name];
    const part = Array.isArray(value) ? listKey(value) : valueKey(value);
    if (part === null) return null;
    key += `\u0000${name}\u0000${part}`;
  }
  return key;
}

function listKey(list: unknown[]): string | null {
  let key = `[${list.length}`;
  for (let i = 0; i < list.length; i++) {
    const part = valueKey(list[i]);
    if (part === null) return null;
    key += `\u0000${part}`;
  }
  return key;
}

function valueKey(value: unknown): string | null {
  if (typeof value === "string") return `s${value.length}:${value}`;
  if (typeof value === "number") return Object.is(value, -0) ? null : `n${value}`;
  if (typeof value === "boolean" || value === null || value === undefined) return String(value);
  return null;
}

/**
 * A scoring sheet's criterion row (项目决策 → 项目立项, 项目管理 → 资金管理), not a target. A row whose 二级 is a target's
 * own category (数量指标, 社会效益指标) under a criterion word is a target mislabelled (大英 2020: 项目决策 over 数量 / 质量 /
 * 时效 / 成本指标 with their 指标值): reviewed as one, so its 一级 is said to be no category and its targets are checked.
 */
const isCriterion = (f: IndicatorFacts): boolean => f.level1.criterion && !LEVEL2.test(f.level2.compact);

/** The facts of the targets: the list itself when no row is a criterion (most tables: no copy made per table). */
function withoutCriteria(indicators: IndicatorFacts[]): IndicatorFacts[] {
  for (let i = 0; i < indicators.length; i++)
    if (isCriterion(indicators[i])) return indicators.filter((f) => !isCriterion(f));
  return indicators;
}

/**
 * The review of one check's tables, given one table at a time in their order (checkWorkbook reviews each table right
 * after judging it, while its objects are still in the processor's cache). Tables that share rows (one per region
 * column of a transfer-payment table, 福建 秀屿: 笏石街道办 | 埭头镇) would repeat a finding about the same indicator,
 * each at its own value cell: the same rule and sentence on the same row is said once, at the first table's cell.
 */
export class Reviewer {
  /** Every finding so far, in table order. */
  readonly findings = newList<ReviewFinding>(); // not a literal: records.ts
  private readonly rules: readonly ReviewRule[];
  // Said before: the same rule and message on the same row. Looked up by sheet and row, no key text made per
  // finding (messages are long). One table says a rule's sentence once per row, so only a second table is held back.
  // A row's one finding is kept as it is, a list made only for a second one (most rows have one: no list each).
  private readonly said = new Map<string, Map<number, ReviewFinding | ReviewFinding[]>>();
  /** The first finding of each message (findingOf). */
  private readonly worded = new Map<string, ReviewFinding>();

  constructor(private readonly settings: Pick<JudgeSettings, "disabledRules" | "budgetYear">) {
    this.rules = enabledRules(settings);
  }

  /** The findings of every table reviewed, as a list of their own; the reviewer lets go of all it holds (letGo). */
  done(): ReviewFinding[] {
    for (const rows of this.said.values()) rows.clear();
    this.said.clear();
    this.worded.clear();
    return handedBack(this.findings);
  }

  /** Reviews the next table. */
  add(table: GoalTable): void {
    for (const f of reviewWithRules(table, this.rules, this.settings, this.worded))
      if (this.isNew(f)) this.findings.push(f);
  }

  private isNew(f: ReviewFinding): boolean {
    const sheet = f.cell ? f.cell.sheet : "";
    const row = f.cell ? f.cell.row : -1;
    let rows = this.said.get(sheet);
    if (!rows) this.said.set(sheet, (rows = new Map()));
    const before = rows.get(row);
    if (before === undefined) {
      rows.set(row, f);
      return true;
    }
    let list: ReviewFinding[];
    if (Array.isArray(before)) list = before;
    else {
      list = newList<ReviewFinding>(); // not a literal: records.ts
      list.push(before);
      rows.set(row, list);
    }
    if (list.some((b) => b.rule === f.rule && b.message === f.message)) return false;
    list.push(f);
    return true;
  }
}

/** Review every table, table by table (Reviewer). */
export function reviewTables(
  tables: GoalTable[],
  settings: Pick<JudgeSettings, "disabledRules" | "budgetYear">,
): ReviewFinding[] {
  const reviewer = new Reviewer(settings);
  for (const table of tables) reviewer.add(table);
  return reviewer.done();
}
