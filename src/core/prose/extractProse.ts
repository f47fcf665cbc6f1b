/**
 * Unit-wide goals written in prose (部门整体绩效目标): thresholds inside sentences such as
 * "…判无罪案件占所有案件比例小于等于1.8%", "认罪认罚从宽案件适用率70%以上", "群众来信7日内程序性回复率达到100%".
 *
 * - extractProseTargets(text): every threshold with its indicator name and the sentence it came from.
 * - proseTables(snapshot, read): long text cells outside the read tables → GoalTables of kind "unit",
 *   one per heading ("(一)做好检察监督工作"), so the thresholds are judged like any table's; a cell that lists its
 *   indicators (【产出指标-数量指标】指标1:机柜数量(≥77台), see listedIndicators.ts) is one project table instead.
 * - unitTableRows(tables): the rows of a proper 部门整体绩效目标表 to write out.
 *
 * A threshold is a number with a unit and, for counts, a comparator: `小于等于1.8%`, `96%`, `不少于2次`,
 * `提高10%`; a duration (`10日内`, `3个月以内`) only when its clause has no other threshold, because
 * "群众来信7日内程序性回复率达到100%" names a rate. Years (`2023年`), dates (`6.5世界环境日`), labels
 * (`4+1领域`) and vague words (`明显提升`) are not thresholds.
 *
 * @example
 * extractProseTargets("检务保障干警满意度90%以上。")
 * // [{ name: "检务保障干警满意度", op: ">=", value: 90, unit: "%", kind: "number", text: "90%以上", sentence: "检务保障干警满意度90%以上", … }]
 */
import { YUAN_BY_SIZE } from "../money";
import { cellKey, qualifiedAddress, sheetCell } from "../a1";
import { parseAmount, toHalfWidth } from "../read/text";
import { SheetGrid } from "../read/sheetGrid";
import { noticeName } from "../read/lookup";
import { parseTarget } from "../notation/parseTarget";
import { foldComparators, normalizeText } from "../notation/text";
import {
  forEachRow,
  heldColumns,
  MARKS_SHEET,
  type CellKey,
  type CellRange,
  type CellRef,
  type Comparator,
  type GoalTable,
  type Indicator,
  type ParsedTarget,
  type ReadResult,
  type TargetKind,
  type WorkbookSnapshot,
} from "../types";
import {
  ACTION_VERBS,
  CHANGE_BASELINE,
  PROSE_CHANGE_WORDS,
  CLAUSE_SEPARATORS,
  PROSE_COUNT_UNITS,
  DEFINITION_CLAUSE,
  DURATION_SUFFIXES,
  HEADING,
  HEADING_MAX_LENGTH,
  HEADING_NUMBER,
  LEVEL2_PARENTS,
  NAME_ENDINGS,
  NAME_LEAD_INS,
  NAME_LEVELS,
  NAME_TAILS,
  PARAGRAPH_LABELS,
  PROSE_PERCENT_UNITS,
  PROSE_ANY_UNITS,
  PROSE_LEVEL_LABEL,
  PROSE_PREFIXES,
  PROSE_SUFFIXES,
  SENTENCE_SEPARATORS,
  PROSE_TIME_UNITS,
  SCORING_RULE,
  INSTRUCTION,
  REPORTED_FIGURES,
  POLICY_CITATION,
  MEETING_MINUTES,
  FORMULA_BEFORE,
  FORMULA_RATIO,
  SHARE_BEFORE,
  NOT_GOALS_LABEL,
  NOT_GOALS_EXCEPT,
  LEADING_LABEL,
  NOT_GOALS_SHEET,
  GOALS_SHEET,
  PLACE_LIST_COLUMN,
} from "../locale/zh/prose";
import { foldTraditional } from "../locale/zh/traditional";
import { LEVEL1_NAMES } from "../locale/zh/levels";
import { COST_NAME_WORDS, FORM_HINT_SOURCE } from "../locale/zh/notation";
import { COUNT_UNITS, toWan } from "../locale/zh/units";
import { listedIndicators, type ListedGoals } from "./listedIndicators";
import { alternation } from "../regExp";

export interface ProseTarget {
  /** Indicator name taken from the sentence: "认罪认罚从宽案件适用率". */
  name: string;
  op: Comparator | null;
  value: number | null;
  unit: string | null;
  kind: TargetKind;
  /** The threshold as written (normalised): "小于等于1.8%", "70%以上", "不少于2次", "10日内". */
  text: string;
  /** The sentence it came from, as written. */
  sentence: string;
  level1: string;
  level2: string;
  /** parseTarget of `text` in the indicator's context. */
  target: ParsedTarget;
}

// ───────────────────────────── Finding thresholds ─────────────────────────────

const NUM = "(?<![\\d.])\\d+(?:\\.\\d+)?(?![\\d.])";
const PREFIX = alternation(PROSE_PREFIXES);
const SUFFIX = alternation(PROSE_SUFFIXES);
const PERCENT = alternation(PROSE_PERCENT_UNITS);
const COUNT = alternation(PROSE_COUNT_UNITS);
const TIME = alternation(PROSE_TIME_UNITS);
const ANY_UNIT = alternation(PROSE_ANY_UNITS);

/** One regex, tried left to right; the group that matched says the kind of threshold. */
const THRESHOLD = new RegExp(
  [
    // The form's hint before the number (`成活率(≥**%)≥85`): the number is the threshold, in the hint's unit.
    `(?<hinted>${FORM_HINT_SOURCE}(?:${PREFIX})?${NUM}(?:(?:${ANY_UNIT})?/[\\u4e00-\\u9fff]{1,2}|${ANY_UNIT})?)`,
    `(?<change>(?:${alternation(PROSE_CHANGE_WORDS)})${NUM}(?:${PERCENT}))`,
    `(?<percent>(?:${PREFIX})?${NUM}(?:${PERCENT})(?:${SUFFIX})?)`,
    `(?<count>(?:${PREFIX})${NUM}(?:${COUNT})(?:${SUFFIX})?|${NUM}(?:${COUNT})(?:${SUFFIX}))`,
    `(?<duration>${NUM}(?:${TIME})(?:${alternation(DURATION_SUFFIXES)}))`,
  ].join("|"),
  "g",
);
const YEAR_LIKE = /^(?:19|20)\d{2}年/;

interface Hit {
  text: string;
  start: number;
  end: number;
  duration: boolean;
  change: boolean;
}

/** A comparator written before the number (`≥`, `不少于`, `达到`): `占93.54%` has none, `占30%以上` has one after. */
const HAS_OP = new RegExp(`^(?:${PREFIX})|(?:${SUFFIX})$`);

function thresholdsIn(clause: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of clause.matchAll(THRESHOLD)) {
    const g = m.groups ?? {};
    if (g.duration && YEAR_LIKE.test(m[0])) continue;
    const before = clause.slice(0, m.index);
    // `…数*100%` and `率=…接受1次及以上…/…` are formulas; `收入3859.16万元,占93.54%` a share reported.
    if (FORMULA_BEFORE.test(before) || (SHARE_BEFORE.test(before) && !HAS_OP.test(m[0]))) continue;
    if (before.includes("=") && FORMULA_RATIO.test(clause)) continue;
    hits.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, duration: !!g.duration, change: !!g.change });
  }
  // "7日内程序性回复率达到100%": the duration is part of the rate's name.
  return hits.some((h) => !h.duration) ? hits.filter((h) => !h.duration) : hits;
}

// ───────────────────────────── Names ─────────────────────────────

function cleanName(s: string): string {
  let out = s.trim();
  for (const re of NAME_LEAD_INS) out = out.replace(re, "");
  for (const re of NAME_TAILS) out = out.replace(re, "");
  return out.trim();
}

/** The indicator a threshold belongs to, from the words around it (see the tables in locale/zh/prose.ts). */
function nameOf(hit: Hit, before: string, after: string, previousClause: string | null): string {
  const previous = previousClause ? cleanName(previousClause) : "";
  if (hit.duration) return cleanName(after) || cleanName(before);
  if (hit.change) {
    const m = CHANGE_BASELINE.exec(before);
    if (m) return cleanName(m[1]);
  }
  if (DEFINITION_CLAUSE.test(before) && previous && NAME_ENDINGS.test(previous)) return previous;
  if (after.startsWith("的") && ACTION_VERBS.some((v) => before.endsWith(v))) {
    const noun = cleanName(after.slice(1));
    if (noun) return noun;
  }
  return cleanName(before) || previous;
}

interface Levels {
  level1: string;
  level2: string;
}
/** Levels the text names: a 一级 alone leaves the 二级 to the thresholds. */
type Stated = { level1: string; level2: string | null };

/** The levels a clause names (`经济效益指标`, `效益指标`), or null. */
function statedLevels(clause: string): Stated | null {
  // A numbered heading alike (（四）成本指标: review63, its thresholds were guessed).
  const word = PROSE_LEVEL_LABEL.exec(clause.replace(HEADING_NUMBER, "").replace(/\s/g, ""))?.[1];
  if (!word) return null;
  if (LEVEL1_NAMES.includes(word)) return { level1: `${word}指标`, level2: null };
  const parent = LEVEL2_PARENTS.find(([w]) => word.includes(w))?.[1] ?? "产出指标";
  return { level1: parent, level2: `${word}指标` };
}

/** The levels the text states win over the guess; a stated 一级 alone keeps a guess of its own 一级. */
function levelsOf(name: string, target: ParsedTarget, duration: boolean, stated: Stated | null): Levels {
  const guess = guessedLevels(name, target, duration);
  if (!stated) return guess;
  if (stated.level2) return { level1: stated.level1, level2: stated.level2 };
  if (guess.level1 === stated.level1) return guess;
  const own = NAME_LEVELS.find(([, level1]) => level1 === stated.level1);
  return { level1: stated.level1, level2: own ? own[2] : guess.level2 };
}

const atLeast = (target: ParsedTarget) => target.op === ">=" || target.op === ">";
/** A name of a cost (成本, 单价: COST_NAME_WORDS): money at least under it is still a cost (review63: 成本≥30万元). */
const namedCost = (name: string) => COST_NAME_WORDS.some((w) => name.includes(w));

function guessedLevels(name: string, target: ParsedTarget, duration: boolean): Levels {
  for (const [word, level1, level2] of NAME_LEVELS) if (name.includes(word)) return { level1, level2 };
  if (duration) return { level1: "产出指标", level2: "时效指标" };
  // Money at most is a cost; money at least (对象自付金额3.69万元以上, 惠安 2025's task list) is an amount to reach, which a
  // 成本指标 cannot be (the review asks a cost for a ceiling).
  if (target.unit === "万元" || target.unit === "元")
    return { level1: "产出指标", level2: atLeast(target) && !namedCost(name) ? "数量指标" : "成本指标" };
  if (target.kind === "change" || (target.unit !== null && COUNT_UNITS.includes(target.unit)))
    return { level1: "产出指标", level2: "数量指标" };
  return { level1: "产出指标", level2: "质量指标" };
}

/**
 * A sentence whose figures are no target of the user's: a scoring rule, an instruction for filling the form, money
 * and changes reported, what a cited policy sets, or what a meeting said (see locale/zh/prose.ts).
 */
function statesNoTarget(sentence: string): boolean {
  return [SCORING_RULE, INSTRUCTION, REPORTED_FIGURES, POLICY_CITATION, MEETING_MINUTES].some((re) =>
    re.test(sentence),
  );
}

/**
 * Every threshold of a text, in order, with its name and sentence; `level`: a level named above the text (a heading
 * `一、 产出指标`), which its thresholds are of until the text names another.
 */
export function extractProseTargets(text: string, budgetYear?: number, level?: string): ProseTarget[] {
  const out: ProseTarget[] = [];
  let stated = level === undefined ? null : statedLevels(level);
  for (const raw of text.split(SENTENCE_SEPARATORS)) {
    const sentence = raw.trim();
    if (!sentence) continue;
    const normalized = foldComparators(normalizeText(sentence));
    if (statesNoTarget(normalized)) continue;
    const clauses = normalized
      .split(CLAUSE_SEPARATORS)
      .map((c) => c.trim())
      .filter((c) => c && !PARAGRAPH_LABELS.some((re) => re.test(c)));
    clauses.forEach((clause, ci) => {
      const label = statedLevels(clause);
      // `效益指标:经济效益指标:…`: a 一级 named again keeps the 二级 already stated under it.
      if (label) {
        if (label.level2 || stated?.level1 !== label.level1) stated = label;
        return;
      }
      const hits = thresholdsIn(clause);
      hits.forEach((hit, hi) => {
        const before = clause.slice(hi === 0 ? 0 : hits[hi - 1].end, hit.start);
        const after = clause.slice(hit.end, hits[hi + 1]?.start ?? clause.length);
        const name = nameOf(hit, before, after, ci > 0 ? clauses[ci - 1] : null);
        const rough = parseTarget(hit.text, { name });
        const { level1, level2 } = levelsOf(name, rough, hit.duration, stated);
        const ctx = budgetYear === undefined ? { level1, level2, name } : { level1, level2, name, budgetYear };
        const target = parseTarget(hit.text, ctx);
        out.push({
          name,
          op: target.op,
          value: target.value,
          unit: target.unit,
          kind: target.kind,
          text: hit.text,
          sentence,
          level1,
          level2,
          target,
        });
      });
    });
  }
  return out;
}

// ───────────────────────────── Prose cells → unit tables ─────────────────────────────

/** Text cells shorter than this are labels or headings, not prose. */
const PROSE_MIN_LENGTH = 20;
export const UNIT_TABLE_NAME = "部门整体绩效目标";

const inside = (r: CellRange, row: number, col: number) =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

function mostCommonYear(tables: GoalTable[]): number | null {
  const counts = new Map<number, number>();
  for (const t of tables) if (t.budgetYear !== null) counts.set(t.budgetYear, (counts.get(t.budgetYear) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)!) best = y;
  return best;
}

interface ProseCell {
  cell: CellRef;
  text: string;
  heading: { cell: CellRef; text: string } | null;
  /** A heading above that names a level (`一、 产出指标`): the text's level, not a task of its own. */
  level: string | null;
  /** Indicators listed in the cell as 【一级-二级】指标1:名称(目标) lines, and the name its row gives them. */
  listed: { goals: ListedGoals; name: string } | null;
  /**
   * The project whose row the cell is in, when the sheet lists projects (a 项目 column left of it) or places (a 镇 /
   * 乡镇 column: each place's goals its own), else null.
   */
  project: RowProject | null;
}

/** One row of a list of projects: its name and the amount under the list's money column, if any. */
interface RowProject {
  name: string;
  budget: RowBudget | null;
}

interface RowBudget {
  /** As written, in `unit`. */
  amount: number;
  unit: MoneyUnit;
  cell: CellKey;
}

type MoneyUnit = GoalTable["moneyUnit"];

/** A row's name for a cell's listed indicators: its first text cell left of it that is not a code ("037001"). */
function rowName(grid: SheetGrid, row: number, col: number): string {
  for (let c = grid.left; c < col; c++) {
    const text = grid.text(row, c).trim();
    if (text && !/^[\d\s.,-]+$/.test(text) && !text.startsWith("【")) return text;
  }
  return "";
}

function listedIn(grid: SheetGrid, row: number, col: number, text: string): ProseCell["listed"] {
  const goals = text.includes("指标") ? listedIndicators(text) : null;
  return goals ? { goals, name: rowName(grid, row, col) } : null;
}

/**
 * The row of the header over a list's text column: the nearest short text above the cell (绩效目标, 黄山 2025), past
 * the other projects' goals. `earlier`: the answer from a row `from` higher up the same column (ScansAbove).
 */
function headerRowAbove(
  grid: SheetGrid,
  row: number,
  col: number,
  earlier?: { from: number; found: number | null },
): number | null {
  for (let r = row - 1; r >= (earlier ? earlier.from : grid.top); r--) {
    const text = grid.mergedText(r, col).trim();
    if (text && text.length < PROSE_MIN_LENGTH) return r;
  }
  return earlier ? earlier.found : null;
}

/** A list's project column is headed 项目名称 / 支出项目 / 单位名称(项目类别/支出项目) (黄山 2025). */
const PROJECT_COLUMN = /项目/;
/** A list's name column: its projects' (PROJECT_COLUMN), or the places its money goes to (PLACE_LIST_COLUMN). */
const namesRows = (header: string): boolean => {
  const label = foldTraditional(header.replace(/\s+/g, ""));
  return PROJECT_COLUMN.test(label) || PLACE_LIST_COLUMN.test(label);
};
/** A list's money column: 年度预算安排, 预算数（元）, 项目金额, 资金安排. */
const MONEY_COLUMN = /预算|金额|资金|拨款|安排|投资/;
const UNIT_IN_HEADER = /[（(]\s*(?:单位[:：])?\s*(亿元|万元|元)\s*[)）]/;

/**
 * The row's project when the cell stands in a list of projects: the first text cell left of it (rowName) under a
 * header naming 项目, and the first amount left of the cell under a money header — the headers on the row of the
 * cell's own column header (subtotal rows may stand between). The amount's unit: the header's
 * (年度预算安排（元）), else a 单位：元 line above the list, else a listed 成本指标 stating that very amount in a unit
 * (维护成本 <1681680元), else 元 when the column's amounts are too large for 万元 (YUAN_BY_SIZE), else 万元 as any
 * table stating none.
 */
function rowProject(
  grid: SheetGrid,
  row: number,
  col: number,
  listed: ListedGoals | null,
  above: ScansAbove,
): RowProject | null {
  const name = rowName(grid, row, col);
  const top = above.headerRow(row, col);
  if (!name || top === null) return null;
  const nameCol = grid.cellsOfRow(row, grid.left, col - 1).find((c) => grid.text(row, c).trim() === name);
  if (nameCol === undefined || !namesRows(grid.mergedText(top, nameCol))) return null;
  for (const c of grid.cellsOfRow(row, nameCol + 1, col - 1)) {
    const amount = parseAmount(grid.value(row, c));
    // In simplified characters: 補助資金 (萬元) is 补助资金 (万元) (惠安 2025).
    const header = foldTraditional(grid.mergedText(top, c));
    if (amount === null || !MONEY_COLUMN.test(header)) continue;
    const unit = above.moneyUnit(row, c, header, amount, listed);
    return { name, budget: { amount, unit, cell: cellKey(row, c) } };
  }
  return { name, budget: null };
}

/** A list's amount's unit, as rowProject says; the sheet's unit line and the column's size through ScansAbove. */
function moneyUnitOfColumn(
  header: string,
  amount: number,
  listed: ListedGoals | null,
  unitLine: MoneyUnit | null,
  yuanBySize: () => boolean,
): MoneyUnit {
  const inHeader = UNIT_IN_HEADER.exec(toHalfWidth(header));
  if (inHeader) return inHeader[1] as MoneyUnit;
  if (unitLine) return unitLine;
  for (const item of listed?.items ?? []) {
    const written = /^[<>≤≥＜＞=]*\s*(\d+(?:\.\d+)?)\s*(亿元|万元|元)$/.exec(item.text);
    if (written && Number(written[1]) === amount) return written[2] as MoneyUnit;
  }
  return yuanBySize() ? "元" : "万元";
}

/** The first unit line (单位：元) of the sheet, row by row, left to right, and its row; null when none. */
function firstUnitLine(grid: SheetGrid, from: number, to: number): { row: number; unit: MoneyUnit } | null {
  for (let r = from; r <= to; r++)
    for (const c of grid.cellsOfRow(r)) {
      const unit = grid.cell(r, c).line.unit;
      if (unit) return { row: r, unit };
    }
  return null;
}

/** True when an amount in the column is too large for 万元 (YUAN_BY_SIZE). */
function yuanBySize(grid: SheetGrid, col: number): boolean {
  for (let r = grid.top; r <= grid.bottom; r++) if ((parseAmount(grid.value(r, col)) ?? 0) >= YUAN_BY_SIZE) return true;
  return false;
}

type HeadingAbove = Pick<ProseCell, "heading" | "level">;

/**
 * The nearest heading above a cell in its column, not crossing a read table; a heading that names a level
 * (`二、 效益指标`) is the text's level and the search goes on above it (the nearest such one counts). `earlier`: the
 * search from a row `from` higher up the same column, so only the rows from there down are looked at (ScansAbove).
 */
function headingAbove(
  grid: SheetGrid,
  row: number,
  col: number,
  ranges: CellRange[],
  earlier?: { from: number; found: HeadingAbove },
): HeadingAbove {
  let level: string | null = null;
  for (let r = row - 1; r >= (earlier ? earlier.from : grid.top); r--) {
    if (ranges.some((range) => inside(range, r, col))) return { heading: null, level };
    const text = grid.text(r, col).trim();
    if (!text || text.length > HEADING_MAX_LENGTH || !HEADING.test(text)) continue;
    const words = text.replace(HEADING_NUMBER, "").trim();
    if (!statedLevels(words)) return { heading: { cell: grid.ref(r, col), text }, level };
    level ??= words;
  }
  return earlier ? { heading: earlier.found.heading, level: level ?? earlier.found.level } : { heading: null, level };
}

const namesNoGoals = (label: string) => {
  const words = label.replace(HEADING_NUMBER, "").replace(/\s/g, "");
  return words !== "" && NOT_GOALS_LABEL.test(words) && !NOT_GOALS_EXCEPT.test(words);
};

/**
 * True when the text of a cell is labelled as no goals (NOT_GOALS_LABEL): by its own opening label (`注:`), the label
 * left of it on its row (`政策依据 | …`), its column's header (`评分标准`), or a note title above it in its column
 * (`填表说明`, up to a read table, a heading or a label naming goals) — a note below a goal table, or a 备注 column,
 * is not the unit's goals.
 */
function labelledNoGoals(
  grid: SheetGrid,
  row: number,
  col: number,
  text: string,
  above: ScansAbove,
  leftIsLabel: boolean,
): boolean {
  const own = LEADING_LABEL.exec(text)?.[1];
  if (own && namesNoGoals(own)) return true;
  // In a list of projects the text left is the project's name (会议保障经费), not a label.
  for (let c = col - 1; leftIsLabel && c >= grid.left; c--) {
    const left = grid.mergedText(row, c).trim();
    if (!left) continue;
    if (left.length < PROSE_MIN_LENGTH && namesNoGoals(left)) return true;
    break;
  }
  return above.noteTitle(row, col);
}

/**
 * A note title above a cell in its column (`填表说明`), up to a read table, a heading or a label naming goals.
 * `earlier`: the answer from a row `from` higher up the same column (ScansAbove).
 */
function noteTitleAbove(
  grid: SheetGrid,
  row: number,
  col: number,
  ranges: CellRange[],
  earlier?: { from: number; found: boolean },
): boolean {
  for (let r = row - 1; r >= (earlier ? earlier.from : grid.top); r--) {
    if (ranges.some((range) => inside(range, r, col))) return false;
    const above = grid.mergedText(r, col).trim();
    if (!above || above.length >= PROSE_MIN_LENGTH) continue;
    if (namesNoGoals(above)) return true;
    // `二、年度绩效目标` under `一、部门基本情况说明`: the nearest heading or goal label decides.
    if (HEADING.test(above) || NOT_GOALS_EXCEPT.test(above)) return false;
  }
  return earlier ? earlier.found : false;
}

/**
 * The upward searches of one sheet, for cells asked in increasing rows: each search in a column stops where the last
 * one there started and takes its answer beyond, so a column of 8,000 long texts is walked once, not once per cell.
 */
export class ScansAbove {
  private readonly headings = new Map<number, { from: number; found: HeadingAbove }>();
  private readonly notes = new Map<number, { from: number; found: boolean }>();
  private readonly headerRows = new Map<number, { from: number; found: number | null }>();
  /** The sheet's first unit line, once found, and the rows looked at for it (those above `unitLineSeen`). */
  private unitLine: { row: number; unit: MoneyUnit } | null = null;
  private unitLineSeen: number;
  /** Per column: an amount in it is too large for 万元. */
  private readonly largeAmounts = new Map<number, boolean>();

  constructor(
    private readonly grid: SheetGrid,
    private readonly ranges: CellRange[],
  ) {
    this.unitLineSeen = grid.top;
  }

  heading(row: number, col: number): HeadingAbove {
    const found = headingAbove(this.grid, row, col, this.ranges, this.headings.get(col));
    this.headings.set(col, { from: row, found });
    return found;
  }

  headerRow(row: number, col: number): number | null {
    const found = headerRowAbove(this.grid, row, col, this.headerRows.get(col));
    this.headerRows.set(col, { from: row, found });
    return found;
  }

  noteTitle(row: number, col: number): boolean {
    const found = noteTitleAbove(this.grid, row, col, this.ranges, this.notes.get(col));
    this.notes.set(col, { from: row, found });
    return found;
  }

  /**
   * The unit of an amount in a list of projects (rowProject). The sheet's first unit line is looked for once past the
   * rows already looked at, and each column's size once, so a list of 8,000 projects is not walked once per project.
   */
  moneyUnit(row: number, col: number, header: string, amount: number, listed: ListedGoals | null): MoneyUnit {
    if (this.unitLine === null && row - 1 >= this.unitLineSeen) {
      this.unitLine = firstUnitLine(this.grid, this.unitLineSeen, row - 1);
      this.unitLineSeen = row;
    }
    const line = this.unitLine !== null && this.unitLine.row < row ? this.unitLine.unit : null;
    return moneyUnitOfColumn(header, amount, listed, line, () => {
      let large = this.largeAmounts.get(col);
      if (large === undefined) this.largeAmounts.set(col, (large = yuanBySize(this.grid, col)));
      return large;
    });
  }
}

/** A sheet titled or named as holding no goals (NOT_GOALS_SHEET: 收入支出决算表, 会议纪要, 填表说明 …). */
function sheetHoldsNoGoals(sheet: WorkbookSnapshot["sheets"][number]): boolean {
  const first = sheet.values.find((row) => row?.some((v) => typeof v === "string" && v.trim()));
  const title = first?.find((v): v is string => typeof v === "string" && v.trim() !== "") ?? "";
  return [sheet.name, title].some((t) => NOT_GOALS_SHEET.test(t) && !GOALS_SHEET.test(t));
}

/**
 * The table areas covering a row, for rows asked in increasing order: a sweep over the areas sorted by top,
 * so the "inside a table?" test neither scans every table nor keeps a list per row.
 */
class CoveringRanges {
  private readonly byTop: CellRange[];
  private next = 0;
  private readonly active: CellRange[] = [];

  constructor(ranges: CellRange[]) {
    this.byTop = [...ranges].sort((a, b) => a.top - b.top);
  }

  /** True when a table area holds (row, col); rows must not decrease between calls. */
  covers(row: number, col: number): boolean {
    while (this.next < this.byTop.length && this.byTop[this.next].top <= row) this.active.push(this.byTop[this.next++]);
    let kept = 0;
    let found = false;
    for (const range of this.active) {
      if (range.bottom < row) continue;
      this.active[kept++] = range;
      if (col >= range.left && col <= range.right) found = true;
    }
    this.active.length = kept;
    return found;
  }
}

function proseCells(snapshot: WorkbookSnapshot, read: ReadResult, ownSheets: ReadonlySet<string>): ProseCell[] {
  const cells: ProseCell[] = [];
  const rangesOf = new Map<string, CellRange[]>();
  for (const t of read.tables) {
    const ranges = rangesOf.get(t.sheet);
    if (ranges) ranges.push(t.range);
    else rangesOf.set(t.sheet, [t.range]);
  }
  for (const sheet of snapshot.sheets) {
    if (sheet.name === MARKS_SHEET || sheet.veryHidden || ownSheets.has(sheet.name)) continue; // readWorkbook
    const ranges = rangesOf.get(sheet.name) ?? [];
    const covering = new CoveringRanges(ranges);
    let grid: SheetGrid | null = null; // built only when the sheet has prose: most sheets have none
    let above: ScansAbove | null = null;
    let noGoals = false;
    // Plain loops, one closure a sheet: this visits every cell of every sheet, and anything made per cell is garbage.
    forEachRow(sheet.values, (rowValues, i) => {
      if (noGoals) return;
      const cols = heldColumns(rowValues);
      for (let k = 0; k < (cols ? cols.length : rowValues.length); k++) {
        const j = cols ? cols[k] : k;
        const value = rowValues[j];
        if (typeof value !== "string" || value.length < PROSE_MIN_LENGTH || value.trim().length < PROSE_MIN_LENGTH)
          continue;
        const r = sheet.originRow + i;
        const c = sheet.originCol + j;
        if (covering.covers(r, c)) continue;
        if (grid === null) {
          // Asked once a sheet, at its first long text: most sheets have none.
          noGoals = sheetHoldsNoGoals(sheet);
          grid = new SheetGrid(sheet);
          above = new ScansAbove(grid, ranges);
        }
        if (noGoals) return;
        if (grid.isContinuation(r, c)) continue;
        const listed = listedIn(grid, r, c, value);
        const around = above!.heading(r, c);
        const project = rowProject(grid, r, c, listed?.goals ?? null, above!);
        if (
          !listed &&
          (labelledNoGoals(grid, r, c, value, above!, project === null) || namesNoGoals(around.heading?.text ?? ""))
        )
          continue;
        cells.push({ cell: grid.ref(r, c), text: value, ...around, listed, project });
      }
    });
  }
  return cells;
}

function indicatorOf(p: ProseTarget, cell: CellRef): Indicator {
  const key = cellKey(cell.row, cell.col);
  return {
    row: cell.row,
    level1: p.level1,
    level2: p.level2,
    name: p.name,
    description: p.sentence,
    targetText: p.text,
    target: p.target,
    basis: "",
    weight: null,
    nameCell: key,
    targetCell: key,
    actual: null,
    forecast: null,
    score: null,
    reason: "",
    likelihood: "",
  };
}

/**
 * Long text cells outside the read tables, turned into unit-wide target tables: one per heading (name: the
 * heading without its number), or one named 部门整体绩效目标 for prose with no heading. Cells without a
 * threshold give nothing.
 */
export function proseTables(
  snapshot: WorkbookSnapshot,
  read: ReadResult,
  ownSheets: ReadonlySet<string> = new Set(),
): GoalTable[] {
  // Sheets the add-in made hold our text (the summary repeats the users' titles): never read as the user's.
  const users = read.tables.filter((t) => !ownSheets.has(t.sheet));
  const year = mostCommonYear(users);
  const unitName = users.find((t) => t.unitName)?.unitName ?? "";
  const groups = new Map<string, GoalTable>();
  const listedTables: GoalTable[] = [];
  for (const prose of proseCells(snapshot, read, ownSheets)) {
    const sheetYear = () => year ?? titleYear(snapshot.sheets.find((sh) => sh.name === prose.cell.sheet));
    if (prose.listed) {
      listedTables.push(listedTable(prose.cell, prose.listed, prose.project, unitName, sheetYear()));
      continue;
    }
    const found = extractProseTargets(prose.text, year ?? undefined, prose.level ?? undefined);
    if (found.length === 0) continue;
    if (prose.project) {
      // A row of a list of projects: that project's goals, not the unit's (one table per row).
      const table = projectTable(prose.cell, prose.project, unitName, sheetYear(), "");
      table.indicators = found.map((p) => indicatorOf(p, prose.cell));
      listedTables.push(table);
      continue;
    }
    const key = prose.heading ? qualifiedAddress(prose.heading.cell) : `${prose.cell.sheet}!`;
    let table = groups.get(key);
    if (!table) {
      const top = prose.heading?.cell.row ?? prose.cell.row;
      // A notice's heading above the text (关于…项目绩效目标设定的公示) names the project the goals are of.
      const notice = prose.heading ? null : noticeAbove(snapshot, prose.cell);
      table = textTable(
        prose.cell,
        top,
        year,
        notice
          ? { kind: "project", ...notice, unitName, goal: "" }
          : {
              kind: "unit",
              title: prose.heading?.text ?? UNIT_TABLE_NAME,
              name: prose.heading ? prose.heading.text.replace(HEADING_NUMBER, "").trim() : UNIT_TABLE_NAME,
              unitName,
              goal: "",
            },
      );
      groups.set(key, table);
    }
    table.range.bottom = Math.max(table.range.bottom, prose.cell.row);
    table.indicators.push(...found.map((p) => indicatorOf(p, prose.cell)));
  }
  return [...groups.values(), ...listedTables];
}

/**
 * The nearest notice's heading above a text cell on its sheet (同心 下马关镇 2023: 标 题: | 关于下马关镇设施农业黄金蜜(葡萄)
 * 种植项目绩效目标设定的公示), as the title and the project it names; null when there is none.
 */
function noticeAbove(snapshot: WorkbookSnapshot, cell: CellRef): { title: string; name: string } | null {
  const sheet = snapshot.sheets.find((sh) => sh.name === cell.sheet);
  let found: { title: string; name: string } | null = null;
  forEachRow(sheet?.values, (row, i) => {
    if (!sheet || sheet.originRow + i >= cell.row) return;
    for (const value of row) {
      if (typeof value !== "string") continue;
      const name = noticeName(value);
      if (name) found = { title: value.trim(), name };
    }
  });
  return found;
}

/** A table of goals found in text, from `top` down to `cell`: no money, schedule or indicator grid of its own. */
function textTable(
  cell: CellRef,
  top: number,
  year: number | null,
  named: Pick<GoalTable, "kind" | "title" | "name" | "unitName" | "goal">,
): GoalTable {
  return {
    sheet: cell.sheet,
    ...named,
    code: null,
    budget: null,
    moneyUnit: "万元",
    funds: { total: null, fiscal: null, other: null },
    purpose: "",
    schedule: [],
    budgetYear: year,
    spent: null,
    range: { top, left: cell.col, bottom: cell.row, right: cell.col },
    header: { row: top, columns: {} },
    indicators: [],
  };
}

/** The year of a sheet's title, its first non-empty row ("黄山市公安局2025年项目绩效目标和指标"). */
function titleYear(sheet: WorkbookSnapshot["sheets"][number] | undefined): number | null {
  const first = sheet?.values.find((row) => row?.some((v) => typeof v === "string" && v.trim()));
  const title = first?.find((v): v is string => typeof v === "string" && v.trim() !== "") ?? "";
  const m = /((?:19|20)\d{2})\s*年(?!\s*[至-])/.exec(title);
  return m ? Number(m[1]) : null;
}

/**
 * A cell that lists its indicators (【产出指标-数量指标】指标1:机柜数量(≥77台)) is one project's goals: a table named
 * by its row, each indicator tied to that cell (there is no cell per indicator), written out like prose goals.
 */
function listedTable(
  cell: CellRef,
  listed: NonNullable<ProseCell["listed"]>,
  project: RowProject | null,
  unitName: string,
  year: number | null,
): GoalTable {
  const indicators = listed.goals.items.map((item) => {
    const ctx = { level1: item.level1, level2: item.level2, name: item.name };
    const target = parseTarget(item.text, year === null ? ctx : { ...ctx, budgetYear: year });
    const { op, value, unit, kind } = target;
    return indicatorOf({ ...item, op, value, unit, kind, sentence: item.line, target }, cell);
  });
  const table = projectTable(cell, project ?? { name: listed.name, budget: null }, unitName, year, listed.goals.goal);
  table.indicators = indicators;
  return table;
}

/** One project's goals found in its row's text cell: named by the row, with the row's amount as its budget. */
function projectTable(
  cell: CellRef,
  project: RowProject,
  unitName: string,
  year: number | null,
  goal: string,
): GoalTable {
  const table = textTable(cell, cell.row, year, {
    kind: "project",
    title: "",
    name: project.name || UNIT_TABLE_NAME,
    unitName,
    goal,
  });
  const budget = project.budget;
  if (budget) {
    table.budget = toWan(budget.amount, budget.unit);
    table.budgetCell = budget.cell;
    table.moneyUnit = budget.unit;
  }
  return table;
}

// ───────────────────────────── The unit-wide table to write out ─────────────────────────────

export const UNIT_TABLE_HEADER = ["一级指标", "二级指标", "三级指标", "指标值", "来源"] as const;
const LEVEL1_ORDER = ["产出", "效益", "满意"];
const LEVEL2_ORDER = ["数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益", "可持续", "满意"];

const orderOf = (order: string[], text: string) => {
  const i = order.findIndex((w) => text.includes(w));
  return i < 0 ? order.length : i;
};

/**
 * Rows of a 部门整体绩效目标表 (header first): every indicator of the tables, grouped 产出 / 效益 / 满意度
 * and 数量 / 质量 / 时效 / 成本 …, in reading order within a group; 来源 names the heading and the cell.
 */
export function unitTableRows(tables: GoalTable[]): (string | number)[][] {
  const rows = tables.flatMap((t) =>
    t.indicators.map((ind, i) => ({
      key: [orderOf(LEVEL1_ORDER, ind.level1), orderOf(LEVEL2_ORDER, ind.level2)],
      seq: i,
      row: [
        ind.level1,
        ind.level2,
        ind.name,
        ind.target.normalized || ind.targetText,
        `${t.name}（${qualifiedAddress(sheetCell(t.sheet, ind.targetCell))}）`,
      ],
    })),
  );
  // Array.prototype.sort is stable: reading order survives within a group.
  rows.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]);
  return [[...UNIT_TABLE_HEADER], ...rows.map((r) => r.row)];
}
