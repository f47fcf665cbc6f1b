/**
 * Self-evaluation (项目支出绩效自评, docs/domain.md#self-evaluation): compute each indicator's score, the budget execution
 * score, the total and the grade, and check the numbers the form submitted.
 *
 * - Scores are rounded to 2 decimals as the forms do (never above the weight), and the total is the sum of
 *   the rounded scores.
 * - Qualitative indicators: the rules give a band (达成 80–100 % of the weight, 部分达成 60–80 %, 未达成 0–60 %);
 *   a submitted score inside its grade's band is accepted (it is the evaluator's judgement) and counts in the
 *   total; outside it is a finding and the rule's point (score.ts GRADE_SHARE) counts instead.
 * - Weights missing: the national split (产出 50, 效益 30, 满意度 10) spread evenly over each 一级's
 *   indicators; budget execution weighs the submitted 分值, else 10.
 * - A submitted number off by more than 0.1 is a finding ("得分 9，按规则应为 8.62"); so is a missed
 *   indicator without a reason, and an execution rate below 90 % (it must be explained).
 *
 * @example
 * selfEvaluate(table, result, settings)  // { budgetScore: 8.62, indicatorScores: [15, 8.33, …], total: 93.89, grade: "优", findings: […] }
 */
import { readActual, type Grade } from "../evaluate/actual";
import { readSpent } from "../evaluate/evaluate";
import { POINTS_ONLY_LEVEL, levelWeight } from "../locale/zh/levels";
import { FORM_INSTRUCTION, PLACEHOLDERS } from "../locale/zh/notation";
import { compactText } from "../notation/text";
import { foldTraditional } from "../locale/zh/traditional";
import { LEVEL2_KINDS } from "../review/vocabulary";
import { cellKey, inReadingOrder, keyRow, sheetCell } from "../a1";
import { roundTo } from "../numbers";
import { yearOf } from "../dates";
import { rateOff } from "../money";
import { renderMessage, say, type Message } from "../locale/messages";
import {
  FULL_SCORE,
  NATIONAL_WEIGHTS,
  budgetScore,
  executionRateScore,
  grade,
  isExecutionRow,
  scoreIndicator,
  type ScoredOn,
} from "../score/score";
import type {
  BudgetScoreBasis,
  CellKey,
  CellReading,
  GoalTable,
  Indicator,
  JudgeSettings,
  ParsedTarget,
  ReviewFinding,
  SelfEvaluationScores,
  TableResult,
} from "../types";

/** Submitted and computed numbers further apart than this are a finding. */
export const SUBMITTED_TOLERANCE = 0.1;
/** Below this execution rate (percent) the form must say why. */
export const EXPLAIN_RATE_BELOW = 90;

/** Share of the weight each grade may earn (national form). */
export const GRADE_BANDS: Record<Grade, readonly [low: number, high: number]> = {
  achieved: [0.8, 1],
  partly: [0.6, 0.8],
  not: [0, 0.6],
};

/** Rule ids of self-evaluation findings (switched off like review rules, by settings.disabledRules). */
export const SELF_EVAL_RULES = {
  score: "selfeval-score",
  budgetScore: "selfeval-budget-score",
  rate: "selfeval-rate",
  total: "selfeval-total",
  reason: "selfeval-reason",
  executionReason: "selfeval-execution-reason",
  executionWeight: "selfeval-execution-weight",
  weights: "selfeval-weights",
} as const;

const SEVERITY: Record<string, ReviewFinding["severity"]> = {
  [SELF_EVAL_RULES.score]: "error",
  [SELF_EVAL_RULES.budgetScore]: "error",
  [SELF_EVAL_RULES.rate]: "error",
  [SELF_EVAL_RULES.total]: "error",
  [SELF_EVAL_RULES.reason]: "warning",
  [SELF_EVAL_RULES.executionReason]: "warning",
  [SELF_EVAL_RULES.executionWeight]: "warning",
  [SELF_EVAL_RULES.weights]: "warning",
};

/**
 * Budget execution weighs 10 nationally; some provinces use up to 20. A larger 分值 in the money
 * block is the whole form's 100 written in the wrong row (seen in a real 鄂州 form): scored at 10.
 */
const MAX_EXECUTION_WEIGHT = 20;

const EPSILON = 1e-9;
const round2 = (x: number) => roundTo(x, 2);

// ───────────────────────────── Weights ─────────────────────────────

type Category = "output" | "effect" | "satisfaction";
const CATEGORY_WORDS: readonly (readonly [string, Category])[] = [
  ["产出", "output"],
  ["效益", "effect"],
  ["满意", "satisfaction"],
];

/**
 * An indicator's category by its 一级; a row without one (阆中 2021: the form's 产出 / 效益 labels not in the page) by
 * the category its 二级 names (数量 … 成本 are 产出's, 经济效益 … 可持续影响 效益's), as the review counts it.
 */
function categoryOf(ind: Indicator): Category | null {
  // Spaced out in some forms: "产 出 指 标", "满意 度指 标".
  const written = foldTraditional(ind.level1).replace(/\s+/g, "");
  const compact = POINTS_ONLY_LEVEL.test(written) ? "" : written;
  if (compact === "") {
    const level2 = foldTraditional(ind.level2).replace(/\s+/g, "");
    return LEVEL2_KINDS.find(([word]) => level2.includes(word))?.[1] ?? null;
  }
  return CATEGORY_WORDS.find(([w]) => compact.includes(w))?.[1] ?? null;
}

/** An indicator's block: its category, else its 一级 as written (项目决策, 项目管理 … of scoring grids). */
function blockOf(ind: Indicator): string {
  return categoryOf(ind) ?? ind.level1.replace(/\s+/g, "");
}

const hasOwnWeight = (ind: Indicator) => ind.weight !== null && Number.isFinite(ind.weight);

/**
 * Rows without a 分值 in a block whose other rows have one: parts of a weighted row (萧县's 其中… rows under
 * a ★ row) or rows the form does not score. They get no weight and are not in the total — giving them a share
 * of the block would count the block twice (萧县 scored 119.17).
 */
function unweightedRows(indicators: Indicator[]): boolean[] {
  const weighted = new Set(indicators.filter(hasOwnWeight).map(blockOf));
  return indicators.map((ind) => !hasOwnWeight(ind) && weighted.has(blockOf(ind)));
}

/**
 * Each indicator's weight: its own; none for a blank row in a block with weights (unweightedRows); else the points
 * written in its 二级 label spread evenly over that 二级's rows (数量指标15分, 广水 2021); else its 一级's share spread
 * evenly over the block — the weight written in the 一级 label when there is one, else the national share (null:
 * unknown 一级). Goals in several weighted blocks (GoalTable.goalBlockWeights) were weighted
 * by the unit: an indicator without its own weight has none we know.
 */
export function indicatorWeights(indicators: Indicator[], goalBlockWeights?: number[]): (number | null)[] {
  if (goalBlockWeights) return indicators.map((ind) => (hasOwnWeight(ind) ? ind.weight : null));
  // Rows scored together under one merged 得分 are one share of the split (黄石 2022: 产出 40 over four 二级 groups of
  // 10, not six rows of 6.67), each row a part of it.
  const part = groupParts(indicators);
  // 二级 labels with points (数量指标15分): their rows share those points; the 一级's other rows share what is left.
  const level2Key = (ind: Indicator) => `${ind.level1}\u0000${ind.level2}`;
  const level2Rows = new Map<string, number>();
  const level2Taken: Record<Category, number> = { output: 0, effect: 0, satisfaction: 0 };
  const counts: Record<Category, number> = { output: 0, effect: 0, satisfaction: 0 };
  const written: Partial<Record<Category, number>> = {};
  for (const [i, ind] of indicators.entries()) {
    const c = categoryOf(ind);
    const points = levelWeight(ind.level2);
    if (points !== null) {
      const key = level2Key(ind);
      if (c && !level2Rows.has(key)) level2Taken[c] += points;
      level2Rows.set(key, (level2Rows.get(key) ?? 0) + part[i]);
    }
    if (!c) continue;
    if (points === null) counts[c] += part[i];
    written[c] ??= levelWeight(ind.level1) ?? undefined;
  }
  const unweighted = unweightedRows(indicators);
  return indicators.map((ind, i) => {
    if (hasOwnWeight(ind)) return ind.weight;
    if (unweighted[i]) return null;
    const level2Points = levelWeight(ind.level2);
    if (level2Points !== null) return (level2Points / level2Rows.get(level2Key(ind))!) * part[i];
    const c = categoryOf(ind);
    return c ? (Math.max(0, (written[c] ?? NATIONAL_WEIGHTS[c]) - level2Taken[c]) / counts[c]) * part[i] : null;
  });
}

/**
 * Indicators sharing one merged 得分 cell (黄石 2022: 得分 merged over each 二级's rows; the reader gives each row the
 * cell's reading, indicators.ts scoreOf): runs of two or more consecutive indicators, the cell on the first one's row.
 */
function scoreGroups(indicators: Indicator[]): number[][] {
  const groups: number[][] = [];
  for (let i = 0; i < indicators.length;) {
    const cell = indicators[i].score?.cell;
    let j = i + 1;
    while (cell !== undefined && j < indicators.length && indicators[j].score?.cell === cell) j++;
    if (cell !== undefined && j - i > 1 && keyRow(cell) === indicators[i].row)
      groups.push(Array.from({ length: j - i }, (_, k) => i + k));
    i = j;
  }
  return groups;
}

/** Each indicator's part of its scoring unit: 1 / the size of its score group, 1 outside any. */
function groupParts(indicators: Indicator[]): number[] {
  const part = indicators.map(() => 1);
  for (const group of scoreGroups(indicators)) for (const i of group) part[i] = 1 / group.length;
  return part;
}

// ───────────────────────────── Submitted numbers ─────────────────────────────

/** A submitted number: a number cell, or text like "8.62" / "8.62分". */
function submittedNumber(reading: CellReading | null | undefined): number | null {
  if (!reading) return null;
  const v = reading.value;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(?:分)?\s*$/.exec(v.replace(/[，,]/g, ""));
  return m ? Number(m[1]) : null;
}

/** The money block's written 执行率 against 执行数 / 预算数, beyond its rounding (money.ts rateOff), as a finding. */
function writtenRateFinding(table: GoalTable, exec: Execution): Finding | null {
  const off = rateOff(table.executionRate, exec.spent, exec.budget);
  if (!off) return null;
  return {
    rule: SELF_EVAL_RULES.rate,
    cell: table.executionRate!.cell,
    text: say("selfeval.rate", { ...off, spent: exec.spent, budget: exec.budget }),
  };
}

// ───────────────────────────── Evaluation ─────────────────────────────

/** A finding on the table's sheet (its cell a CellKey), made a ReviewFinding in scoresOf. */
interface Finding {
  rule: string;
  cell: CellKey | null;
  text: Message;
}

interface ScoredIndicator {
  /** The score that counts in the total (rounded). */
  score: number | null;
  /** The score the rules give (for missed / not missed). */
  ruleScore: number | null;
  finding: Finding | null;
  /** Further findings about the row (the execution row's rate against 执行数 / 预算数). */
  more?: Finding[];
  /** The target was missed (when that is not "scored below the weight": the execution row). */
  missed?: boolean;
  /** The execution row: the rate it was scored on, and whether that is 执行数 ÷ 预算数 (else the row's own). */
  rate?: { value: number; fromMoney: boolean };
}

/** The row's score by the rules; its submitted 得分 checked against it unless the row shares it (`grouped`). */
function scoreOne(ind: Indicator, weight: number | null, grouped: boolean, on: ScoredOn | undefined): ScoredIndicator {
  if (weight === null) return { score: null, ruleScore: null, finding: null };
  const raw = scoreIndicator(ind.target, ind.actual, weight, on);
  // Rounded as the forms do, but never above the weight (50 / 3 stays 16.666…, not 16.67).
  const ruleScore = raw === null ? null : Math.min(round2(raw), weight);
  const submitted = grouped ? null : submittedNumber(ind.score);
  const cell = ind.score?.cell ?? ind.targetCell;

  const actual = ind.target.kind === "qualitative" ? readActual(ind.actual, ind.target) : null;
  if (actual?.kind === "grade") {
    const [low, high] = GRADE_BANDS[actual.grade];
    const inBand =
      submitted !== null &&
      submitted >= low * weight - SUBMITTED_TOLERANCE &&
      submitted <= high * weight + SUBMITTED_TOLERANCE;
    if (submitted === null || inBand) return { score: submitted ?? ruleScore, ruleScore, finding: null };
    return {
      score: ruleScore,
      ruleScore,
      finding: {
        rule: SELF_EVAL_RULES.score,
        cell,
        text: say("selfeval.score.band", {
          name: ind.name,
          submitted,
          low: low * weight,
          high: high * weight,
          grade: actual.grade,
          lowShare: low * 100,
          highShare: high * 100,
        }),
      },
    };
  }

  const off =
    submitted !== null && ruleScore !== null && Math.abs(submitted - ruleScore) > SUBMITTED_TOLERANCE + EPSILON;
  return {
    score: ruleScore,
    ruleScore,
    finding: off
      ? {
          rule: SELF_EVAL_RULES.score,
          cell,
          text: say("selfeval.score", { name: ind.name, submitted: submitted!, expected: ruleScore! }),
        }
      : null,
  };
}

/** The share of its weight a qualitative row's grade may earn (GRADE_BANDS); null for a row scored by number. */
function gradeBand(ind: Indicator): readonly [number, number] | null {
  const actual = ind.target.kind === "qualitative" ? readActual(ind.actual, ind.target) : null;
  return actual?.kind === "grade" ? GRADE_BANDS[actual.grade] : null;
}

/**
 * Rows scored together under one merged 得分 (黄石 2022: 10 over each 二级's rows): the number is the group's, checked
 * against the sum of its rows' rule scores — widened by a qualitative row's grade band, as for one row (scoreOne).
 * Accepted, it counts in the total, shared out over the rows by weight; off, the rows' rule scores count and one
 * finding at the cell says so. A group the rules cannot score (a row without a rule score) keeps the submitted number,
 * shared out, so that it counts once. Its rows all have weights (selfEvaluate leaves the others out).
 */
function scoreGroup(
  group: number[],
  indicators: Indicator[],
  weights: (number | null)[],
  scored: ScoredIndicator[],
): Finding | null {
  const first = indicators[group[0]];
  const submitted = submittedNumber(first.score);
  if (submitted === null) return null;
  const parts = group.map((i) => weights[i] as number);
  const shareOut = () => {
    const whole = sumOf(parts);
    let left = submitted;
    group.forEach((i, k) => {
      const share = k === group.length - 1 ? round2(left) : round2((submitted * parts[k]) / whole);
      left -= share;
      scored[i] = { ...scored[i], score: share };
    });
  };
  if (group.some((i) => scored[i].ruleScore === null)) {
    if (sumOf(parts) > 0) shareOut();
    return null;
  }
  let low = 0;
  let high = 0;
  for (const [k, i] of group.entries()) {
    const band = gradeBand(indicators[i]);
    low += band ? band[0] * parts[k] : scored[i].ruleScore!;
    high += band ? band[1] * parts[k] : scored[i].ruleScore!;
  }
  const rules = sumOf(group.map((i) => scored[i].ruleScore));
  if (submitted >= low - SUBMITTED_TOLERANCE - EPSILON && submitted <= high + SUBMITTED_TOLERANCE + EPSILON) {
    if (Math.abs(submitted - rules) > EPSILON) shareOut();
    return null;
  }
  return {
    rule: SELF_EVAL_RULES.score,
    cell: first.score!.cell,
    text: say("selfeval.score.group", {
      name: first.name,
      count: group.length,
      submitted,
      low: round2(low),
      high: round2(high),
    }),
  };
}

/**
 * A 偏差原因 that says something: not a template's filler left in the cell — 无 / 暂无 / 不适用 / 略, a dash or slash, a
 * 0 (forms fill the column's empty cells with 0) — the words a target left unfilled is recognised by (PLACEHOLDERS).
 */
function isReasonGiven(reason: string): boolean {
  const s = compactText(reason);
  return s !== "" && s !== "0" && !PLACEHOLDERS.some((re) => re.test(s));
}

function reasonFinding(
  ind: Indicator,
  table: GoalTable,
  scored: ScoredIndicator,
  weight: number | null,
): Finding | null {
  if (weight === null || scored.ruleScore === null) return null;
  if (!(scored.missed ?? scored.ruleScore < weight - 0.005)) return null;
  if (isReasonGiven(ind.reason)) return null;
  const reasonCol = table.header.columns.reason;
  const cell = reasonCol !== undefined ? cellKey(ind.row, reasonCol) : (ind.actual?.cell ?? ind.targetCell);
  return {
    rule: SELF_EVAL_RULES.reason,
    cell,
    text: say("selfeval.reason", { name: ind.name, score: scored.ruleScore, weight }),
  };
}

/**
 * The money block's 原因 holds the clerk's reason: words that are no filler (isReasonGiven) and not the form's own
 * instruction left in the cell (四川: "预算执行率未达到90%的需说明原因(100字以内)…", FORM_INSTRUCTION).
 */
function isExecutionExplained(reason: CellReading | null | undefined): boolean {
  const v = reason?.value;
  if (typeof v !== "string") return false;
  return isReasonGiven(v) && !FORM_INSTRUCTION.test(compactText(v));
}

interface Execution {
  spent: number;
  budget: number;
}

function executionOf(table: GoalTable, result: TableResult | null): Execution | null {
  if (result?.execution) return { spent: result.execution.spent, budget: result.execution.budget };
  if (table.budget === null) return null;
  const spent = readSpent(table.spent);
  return spent === null ? null : { spent, budget: table.budget };
}

function executionFindings(table: GoalTable, exec: Execution, weight: number, score: number): Finding[] {
  const out: Finding[] = [];
  const rate = exec.budget > 0 ? (exec.spent / exec.budget) * 100 : 0;

  const submittedScore = submittedNumber(table.executionScore);
  if (submittedScore !== null && Math.abs(submittedScore - score) > SUBMITTED_TOLERANCE + EPSILON) {
    out.push({
      rule: SELF_EVAL_RULES.budgetScore,
      cell: table.executionScore!.cell,
      text: say("selfeval.budget-score", {
        submitted: submittedScore,
        expected: score,
        spent: exec.spent,
        budget: exec.budget,
        weight,
      }),
    });
  }
  const rateFinding = writtenRateFinding(table, exec);
  if (rateFinding) out.push(rateFinding);
  if (exec.budget > 0 && rate < EXPLAIN_RATE_BELOW - EPSILON && !isExecutionExplained(table.executionReason)) {
    out.push({
      rule: SELF_EVAL_RULES.executionReason,
      cell: table.executionRate?.cell ?? table.spent?.cell ?? table.budgetCell ?? null,
      text: say("selfeval.execution-reason", { rate, threshold: EXPLAIN_RATE_BELOW }),
    });
  }
  return out;
}

// ───────────────────────────── The budget execution row of a scoring grid ─────────────────────────────

/** How a rate is read from the row's actual cell: "83.5%", 83.5, a %-formatted 0.835 (docs/domain.md#actual-values). */
const RATE: ParsedTarget = {
  kind: "number",
  op: ">=",
  opExplicit: false,
  value: 100,
  unit: "%",
  normalized: "≥ 100%",
  raw: "100%",
};

/**
 * The grid's budget execution row: a 预算执行率 indicator with its own 分值 (scoring sheets with 项目决策 /
 * 项目管理 / 产出 / 效益 blocks, or the 产出 block of a 自评表). It is the form's budget execution score; -1 when none.
 */
function executionRowIndex(indicators: Indicator[]): number {
  return indicators.findIndex(isExecutionRow);
}

/**
 * The execution rule on the row (docs/domain.md#self-evaluation): min(rate, 100 %) × its 分值, the rate being the
 * row's actual, else 执行数 / 预算数 of the money block. Checks the submitted 得分, and the actual against
 * 执行数 / 预算数 when the table has both.
 */
function scoreExecutionRow(ind: Indicator, weight: number, exec: Execution | null): ScoredIndicator {
  const actual = readActual(ind.actual, RATE);
  const fromMoney = exec && exec.budget > 0 ? (exec.spent / exec.budget) * 100 : null;
  const rate = actual.kind === "number" ? actual.value : fromMoney;
  const basis = rate === null ? undefined : { value: rate, fromMoney: actual.kind !== "number" };
  const more: Finding[] = [];
  if (
    actual.kind === "number" &&
    fromMoney !== null &&
    Math.abs(actual.value - fromMoney) > SUBMITTED_TOLERANCE + EPSILON
  )
    more.push({
      rule: SELF_EVAL_RULES.rate,
      cell: ind.actual!.cell,
      text: say("selfeval.execution-row-rate", {
        name: ind.name,
        submitted: actual.value,
        expected: fromMoney,
        spent: exec!.spent,
        budget: exec!.budget,
      }),
    });
  if (rate === null) return { score: null, ruleScore: null, finding: null, more };
  const ruleScore = Math.min(round2(executionRateScore(rate, weight)), weight);
  const submitted = submittedNumber(ind.score);
  const off = submitted !== null && Math.abs(submitted - ruleScore) > SUBMITTED_TOLERANCE + EPSILON;
  const finding: Finding | null = off
    ? {
        rule: SELF_EVAL_RULES.budgetScore,
        cell: ind.score!.cell,
        text: say("selfeval.execution-row-score", {
          name: ind.name,
          submitted: submitted!,
          expected: ruleScore,
          rate,
          weight,
        }),
      }
    : null;
  // Scored below the 分值 whenever under 100 %, but missed only under its own target (≥90%: 95 % is met).
  const goal =
    ind.target.kind === "number" && ind.target.unit === "%" && ind.target.value !== null ? ind.target.value : 100;
  return { score: ruleScore, ruleScore, finding, more, missed: rate < goal - EPSILON, rate: basis };
}

/**
 * The self-evaluation of a table, or null unless the table is a self-evaluation form.
 * `result` (the table's TableResult from evaluate) supplies the spent / budget already read; without it
 * they are read from the table.
 */
export function selfEvaluate(
  table: GoalTable,
  result: TableResult | null,
  settings: Pick<JudgeSettings, "disabledRules"> & Partial<Pick<JudgeSettings, "asOf" | "budgetYear">>,
): SelfEvaluationScores | null {
  if (table.kind !== "self-evaluation") return null;
  // Scored on the check's day, as the check judges (judgeIndicator's budget year): a forecast then is not scored.
  const { asOf } = settings;
  // A table without a year is scored in the date's, but no year typed in an actual is another's (as judged: review60).
  const ownYear = table.budgetYear ?? settings.budgetYear;
  const on = asOf ? { asOf, budgetYear: ownYear ?? yearOf(asOf), yearKnown: ownYear !== undefined } : undefined;
  const findings: Finding[] = [];

  const exec = executionOf(table, result);
  const weights = indicatorWeights(table.indicators, table.goalBlockWeights);
  const row = executionRowIndex(table.indicators);
  // A group's rows without a weight (萧县's 其中… rows under the ★ row they share a 得分 with) are not scored.
  const groups = scoreGroups(table.indicators)
    .filter((g) => !g.includes(row))
    .map((g) => g.filter((i) => weights[i] !== null))
    .filter((g) => g.length > 1);
  const grouped = new Set(groups.flat());
  const scored = table.indicators.map((ind, i) =>
    i === row ? scoreExecutionRow(ind, weights[i] as number, exec) : scoreOne(ind, weights[i], grouped.has(i), on),
  );
  for (const group of groups) {
    const finding = scoreGroup(group, table.indicators, weights, scored);
    if (finding) findings.push(finding);
  }
  scored.forEach((s, i) => {
    if (s.finding) findings.push(s.finding);
    if (s.more) findings.push(...s.more);
    const why = reasonFinding(table.indicators[i], table, s, weights[i]);
    if (why) findings.push(why);
  });
  if (row >= 0) return withGridExecution(table, scored, exec, findings, settings);

  const submittedWeight = submittedNumber(table.executionWeight);
  const plausibleWeight = submittedWeight !== null && submittedWeight > 0 && submittedWeight <= MAX_EXECUTION_WEIGHT;
  const execWeight = plausibleWeight ? submittedWeight : NATIONAL_WEIGHTS.budget;
  if (submittedWeight !== null && !plausibleWeight)
    findings.push({
      rule: SELF_EVAL_RULES.executionWeight,
      cell: table.executionWeight!.cell,
      text: say("selfeval.execution-weight", { submitted: submittedWeight, usual: NATIONAL_WEIGHTS.budget }),
    });
  const budget = exec ? round2(budgetScore(exec.spent, exec.budget, execWeight)) : null;
  if (exec && budget !== null) findings.unshift(...executionFindings(table, exec, execWeight, budget));
  // The indicators' weights already make the full score (四川 普惠金融 自评: 权重 20% … 5%, 得分合计 100; 中江:
  // 产出 70 + 效益 20 + 满意度 10 beside a money 分值 10, 总分 100): the form's 100 is the indicators', the
  // national 10 + 90 split is not its own; the execution earns no points, the total is the indicators' alone.
  const weightsTotal = sumOf(weights);
  const noExecutionPoints = weightsTotal >= FULL_SCORE - EPSILON;
  const sumFinding = weightSumFinding(table, noExecutionPoints ? null : execWeight, weightsTotal);
  if (sumFinding) findings.push(sumFinding);

  const scores = scored.map((s) => s.score);
  const counted = noExecutionPoints ? 0 : budget;
  const indicatorsTotal = totalOf(table, scores);
  const total =
    counted !== null && indicatorsTotal !== null ? Math.min(round2(counted + indicatorsTotal), FULL_SCORE) : null;

  const submittedTotal = submittedNumber(table.totalScore);
  if (total !== null && submittedTotal !== null && Math.abs(submittedTotal - total) > SUBMITTED_TOLERANCE + EPSILON) {
    findings.push({
      rule: SELF_EVAL_RULES.total,
      cell: table.totalScore!.cell,
      text: say("selfeval.total", { submitted: submittedTotal, expected: total }),
    });
  }

  const basis: BudgetScoreBasis | null =
    exec && budget !== null
      ? {
          rate: exec.budget > 0 ? (exec.spent / exec.budget) * 100 : 0,
          spent: exec.spent,
          budget: exec.budget,
          weight: execWeight,
          counted: !noExecutionPoints,
          ...submittedBasis(table, table.executionScore, budget),
        }
      : null;
  return scoresOf(table, noExecutionPoints ? null : budget, basis, scores, total, findings, settings);
}

/**
 * A grid whose 预算执行率 row is the budget execution score: that row's score is the budget score and is in the
 * total once (no separate 10 points); the money block's 分值 / 得分, when any, are not the row's and are not
 * checked against it. Its 执行率 is still checked against 执行数 / 预算数.
 */
function withGridExecution(
  table: GoalTable,
  scored: ScoredIndicator[],
  exec: Execution | null,
  findings: Finding[],
  settings: Pick<JudgeSettings, "disabledRules">,
): SelfEvaluationScores {
  const row = executionRowIndex(table.indicators);
  const rateFinding = exec && writtenRateFinding(table, exec);
  if (rateFinding) findings.unshift(rateFinding);
  const weights = indicatorWeights(table.indicators, table.goalBlockWeights);
  const sumFinding = weightSumFinding(table, null, sumOf(weights));
  if (sumFinding) findings.push(sumFinding);
  const scores = scored.map((s) => s.score);
  const total = totalOf(table, scores);
  const submittedTotal = submittedNumber(table.totalScore);
  if (total !== null && submittedTotal !== null && Math.abs(submittedTotal - total) > SUBMITTED_TOLERANCE + EPSILON)
    findings.push({
      rule: SELF_EVAL_RULES.total,
      cell: table.totalScore!.cell,
      text: say("selfeval.total", { submitted: submittedTotal, expected: total }),
    });
  const { rate } = scored[row];
  const ind = table.indicators[row];
  const weight = weights[row];
  const basis: BudgetScoreBasis | null =
    rate && weight !== null
      ? {
          rate: rate.value,
          spent: rate.fromMoney ? exec!.spent : null,
          budget: rate.fromMoney ? exec!.budget : null,
          weight,
          counted: true,
          ...submittedBasis(table, ind.score, scores[row]),
        }
      : null;
  return scoresOf(table, scores[row], basis, scores, total, findings, settings);
}

/** The score the unit typed for budget execution, where, and whether it is ours within the findings' tolerance. */
function submittedBasis(table: GoalTable, typed: CellReading | null | undefined, ours: number | null) {
  const submitted = submittedNumber(typed);
  return {
    submitted,
    submittedCell: typed ? sheetCell(table.sheet, typed.cell) : null,
    submittedAgrees:
      submitted === null || ours === null ? null : Math.abs(submitted - ours) <= SUBMITTED_TOLERANCE + EPSILON,
  };
}

const sumOf = (xs: (number | null)[]) => xs.reduce<number>((a, x) => a + (x ?? 0), 0);

/**
 * The indicators' part of the total, never above the full score: the rounded scores of the weighted rows (a row
 * the rules cannot score, e.g. an actual that is no grade, counts with its submitted score); unweighted rows are
 * left out. Null when a weighted row has no score at all.
 */
function totalOf(table: GoalTable, scores: (number | null)[]): number | null {
  // Goals in weighted blocks (黄冈): a row without a 分值 counts with its submitted score (indicatorWeights).
  const unweighted = table.goalBlockWeights ? [] : unweightedRows(table.indicators);
  let sum = 0;
  for (const [i, s] of scores.entries()) {
    if (unweighted[i]) continue;
    const counted = s ?? submittedNumber(table.indicators[i].score);
    if (counted === null) return null;
    sum += counted;
  }
  return Math.min(round2(sum), FULL_SCORE);
}

/**
 * The form's 分值 add up to something else than 100 (a 分值 forgotten or mistyped): said once, with the sum; the
 * form is still scored on its weights as written. Only when the form writes weights — the national split is
 * not the form's to get wrong. `execution`: the money block's 分值 when it counts, else null.
 */
function weightSumFinding(table: GoalTable, execution: number | null, indicators: number): Finding | null {
  const written = table.indicators.find(hasOwnWeight);
  if (!written) return null;
  const sum = round2((execution ?? 0) + indicators);
  if (Math.abs(sum - FULL_SCORE) <= EPSILON) return null;
  const weightCol = table.header.columns.weight;
  return {
    rule: SELF_EVAL_RULES.weights,
    cell: table.totalScore?.cell ?? (weightCol !== undefined ? cellKey(written.row, weightCol) : written.targetCell),
    text: say("selfeval.weights", {
      sum,
      execution,
      indicators: round2(indicators),
      full: FULL_SCORE,
    }),
  };
}

function scoresOf(
  table: GoalTable,
  budget: number | null,
  budgetBasis: BudgetScoreBasis | null,
  scores: (number | null)[],
  total: number | null,
  findings: Finding[],
  settings: Pick<JudgeSettings, "disabledRules">,
): SelfEvaluationScores {
  const disabled = new Set(settings.disabledRules ?? []);
  return {
    budgetScore: budget,
    budgetBasis,
    indicatorScores: scores,
    total,
    grade: total === null ? null : grade(total),
    findings: findings
      .filter((f) => !disabled.has(f.rule))
      .map((f) => ({
        rule: f.rule,
        cell: f.cell === null ? null : sheetCell(table.sheet, f.cell),
        message: renderMessage(f.text),
        text: f.text,
        severity: SEVERITY[f.rule],
      }))
      .sort(inReadingOrder),
  };
}
