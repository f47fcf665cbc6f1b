/**
 * The header block above an indicator header: title, unit line, 项目编码 / 项目名称, money, schedule,
 * goal. Labels are found through the vocabulary; a value sits right of its label (empty and merged
 * continuation cells skipped) or, in "label row over value row" layouts, below it. Money tables of the
 * national templates (年初预算数 | 全年预算数 | 全年执行数 … over 年度资金总额 / 其中：财政拨款 / 其他资金)
 * are read as a matrix.
 */
import { say } from "../locale/messages";
import { diagnostic } from "./diagnostic";
import { cellKey, keyCol, keyRow, sheetCell } from "../a1";
import type { CellKey, CellReading, CellValue, Diagnostic } from "../types";
import type { SheetGrid } from "./sheetGrid";
import { fundedAmount, leadingAmount, looksLikeAmount, parseAmount, toHalfWidth } from "./text";
import {
  YEAR_IN_TITLE,
  YEAR_ANYWHERE,
  DOCUMENT_NAME,
  NOTICE_LEAD,
  NOTICE_TAIL,
  type HeaderRole,
  OWNER_UNIT_LABEL,
  NOT_A_UNIT_NAME,
  LONG_TERM_GOAL,
  DATED_BUDGET_LABEL,
  type MoneyUnit,
} from "../locale/zh/reader";
import { westernYears } from "../locale/zh/traditional";
import { TITLE, type HeaderLabel } from "./cellText";
import { appendedNumber } from "../lists";
import { resolveCheckpointDate } from "../notation/checkpoints";
import { Reading } from "../records";

export interface Region {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface RawCheckpoint {
  label: string;
  labelCell: CellKey;
  value: CellValue;
  numberFormat?: string | undefined;
  percentCell: CellKey;
}

export interface Amount {
  value: number;
  cell: CellKey;
}

/** A project period as written (项目起止时间 | 2022年3月-2023年11月): the text, its label and the cell it is in. */
interface PeriodText {
  text: string;
  label: string;
  cell: CellKey;
}

export interface HeaderInfo {
  /** Rows and columns the block used (for the table's range). */
  top: number;
  left: number;
  right: number;
  title: string;
  name: string;
  code: string | null;
  unitName: string;
  moneyUnit: MoneyUnit;
  /** The table states its money unit (单位：万元, 预算数（元）); 万元 is otherwise assumed. */
  moneyUnitStated: boolean;
  /** The unit the 执行数 label states for its own amount (执行数（元） under 单位：万元) when not the table's; else null. */
  spentUnit: MoneyUnit | null;
  /** Amounts in moneyUnit. The budget is the one to judge by (年度资金总额, or the sum of its parts when
   * the total row is missing or left at 0); writtenTotal is the total row exactly as written, if any. */
  budget: Amount | null;
  /**
   * The budget cell holds a formula without a usable result (none in the file, or an error value such as #REF!): the
   * budget is unknown, said at the cell.
   */
  budgetNoResult: boolean;
  writtenTotal?: Amount | null;
  fiscal: Amount | null;
  other: Amount | null;
  spent: CellReading | null;
  executionWeight: CellReading | null;
  executionScore: CellReading | null;
  /** The total row's cell under the money block's 执行率 (1-7月执行率 …): the rate as written, checked against the money. */
  executionRate: CellReading | null;
  /** The total row's cell under the money block's 原因 / 偏差原因分析 label: why the budget was not spent as planned. */
  executionReason: CellReading | null;
  /** The form's total score written beside a label in the header (自评得分 98); the 总分 row under the indicators wins. */
  totalScore: CellReading | null;
  purpose: string;
  goal: string;
  schedule: RawCheckpoint[];
  /** Budget years the block states (title, year line, 预算年度). */
  years: number[];
  /** Years its budget labels are dated by (2021年金额): the budget year when they agree and the block states none. */
  budgetLabelYears: number[];
  /** The project periods as written beside their labels (项目期 2022年3月-2023年11月, 1年, 长期), nearest first. */
  periods: PeriodText[];
  /** Periods in the brackets of a long-term goal's label (实施周期总目标(2022年--2024年)): the budget year's only. */
  goalPeriods: string[];
  /** Labels seen, for the table kind: 项目名称, and 部门（单位）名称 or 年度主要任务 (a unit-wide table's). */
  hasNameLabel: boolean;
  hasUnitLabel: boolean;
}

interface LabelCell extends HeaderLabel {
  row: number;
  col: number;
  /** Its place in the block's labelList (reading order). */
  index: number;
  /** Taken by a money matrix: not a label of its own any more (false from the start: no property added later). */
  consumed: boolean;
}

/**
 * What a label's value slot holds: a value, another label, nothing — or a formula without a usable result: none in the
 * file (error null), or one showing an error value (#DIV/0!, #REF!, …: the clerk's cell, filled, its amount unknown).
 */
type Found =
  | { kind: "value"; row: number; col: number }
  | { kind: "noResult"; row: number; col: number; error: string | null }
  | { kind: "blocked" }
  | { kind: "none" };
type NoResult = Found & { kind: "noResult" };
/** Shared answers: a label's value is looked for many times per table. */
const NONE: Found = { kind: "none" };
const BLOCKED: Found = { kind: "blocked" };

/** Budget columns and labels, the preferred first. */
const BUDGET_ROLES: HeaderRole[] = ["budgetAdjusted", "budgetFinal", "budget", "budgetStart"];
/** Labels of money the table has (a budget or a part of it), as against money spent. */
const MONEY_LABEL_ROLES: HeaderRole[] = [...BUDGET_ROLES, "fiscal", "other"];
/** Spent so far before the whole year's figure (a monitoring table may show both). */
const SPENT_ROLES: HeaderRole[] = ["spent", "spentYear"];

/** Rows of a funds matrix (资金总额 / 财政资金 / 其他资金 …), all of them money. */
const FUND_ROLES: HeaderRole[] = [...BUDGET_ROLES, "fiscal", "other", "carryover"];
const MONEY_ROLES = new Set<HeaderRole>([
  ...FUND_ROLES,
  ...SPENT_ROLES,
  "rate",
  "forecastSpent",
  "execWeight",
  "execScore",
]);
const MATRIX_ROW_ROLES = new Set<HeaderRole>(FUND_ROLES);

/** A fiscal label naming a level of government: 中央补助, 地方资金, 省级财政, 本级财政 (其中: before it or not). */
const FUND_LEVEL = /^(其中[:：]?)?(中央|省|市|区|县|地方|本级|上级)/;

const ENDS_IN_COLON = /[:：]\s*$/;

class Block {
  /** Labels in reading order. A block holds a few: looked up by a scan, no index built per table. */
  readonly labelList: LabelCell[] = [];
  /**
   * The extent of the cells the block used (for the table's range): top and left, and the right edge; -1 before the
   * first. Small integers, never ±Infinity: a double stored from here into the table's range made V8 turn `top`,
   * `left` and `right` of every object shaped like a range into boxed doubles (docs/performance.md, session 49).
   */
  usedTop = -1;
  /** The roles amountOf last found a formula without a usable result for (their amount is unknown), or null. */
  noResult: HeaderRole[] | null = null;
  usedLeft = -1;
  usedRight = -1;

  constructor(
    readonly grid: SheetGrid,
    readonly region: Region,
    readonly top: number,
  ) {}

  /** Counts a cell the block used into its extent. */
  use(row: number, col: number): void {
    if (this.usedTop < 0 || row < this.usedTop) this.usedTop = row;
    if (this.usedLeft < 0 || col < this.usedLeft) this.usedLeft = col;
    const right = this.grid.rightEdge(row, col);
    if (right > this.usedRight) this.usedRight = right;
  }

  /** The label at a cell, if any (taken by a money matrix or not). */
  labelAt(row: number, col: number): LabelCell | undefined {
    // classifyCells pushes at most one label per cell, row by row and left to right: the list is sorted by (row, col),
    // so a binary search. Most cells asked are values and no label, which a scan answered only at the list's end.
    const list = this.labelList;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const l = list[mid];
      if (l.row < row || (l.row === row && l.col < col)) lo = mid + 1;
      else if (l.row > row || l.col > col) hi = mid - 1;
      else return l;
    }
    return undefined;
  }

  isLabel(row: number, col: number): boolean {
    const cell = this.grid.cell(row, col);
    return this.labelAt(row, col) !== undefined || cell.column !== null || cell.isFieldLabel;
  }

  /** A money matrix takes the label at a cell, if there is one. */
  consume(row: number, col: number): void {
    const l = this.labelAt(row, col);
    if (l) l.consumed = true;
  }

  /**
   * First non-empty cell right of (row, col) within the region — or, before it, a formula the file holds no result
   * for: that is the label's value, unknown (it reads as empty, and what lies beyond or below it is not the value).
   */
  right(row: number, col: number): Found {
    const g = this.grid;
    const from = g.rightEdge(row, col) + 1;
    // A cell of ours ends the search: it is no value of the clerk's, and what lies beyond it is ours too.
    const ours = g.firstOurValue(row, from, this.region.right);
    const last = ours < 0 ? this.region.right : ours - 1;
    for (let c = g.nextFilled(row, from - 1, last); c >= 0; c = g.nextFilled(row, c, last)) {
      if (g.cell(row, c).line.unitLine) continue;
      // A text ending in a colon is another field's label awaiting its value (项目承担单位:(盖章) | 填写日期:), the reader
      // knows its words or not.
      const label = this.isLabel(row, c) || ENDS_IN_COLON.test(g.text(row, c));
      return this.uncachedIn(row, from, c - 1) ?? (label ? BLOCKED : this.valueAt(row, c));
    }
    return this.uncachedIn(row, from, last) ?? (ours < 0 ? NONE : BLOCKED);
  }

  below(row: number, col: number): Found {
    const g = this.grid;
    const r = g.bottomEdge(row, col) + 1;
    if (r > this.region.bottom || g.isContinuation(r, col)) return NONE;
    if (g.firstOurValue(r, col, col) >= 0) return BLOCKED;
    if (g.isEmpty(r, col)) return this.uncachedIn(r, col, col) ?? NONE;
    return this.isLabel(r, col) ? BLOCKED : this.valueAt(r, col);
  }

  private uncachedIn(row: number, from: number, to: number): Found | null {
    const col = this.grid.uncachedFormula(row, from, to);
    return col < 0 ? null : { kind: "noResult", row, col, error: null };
  }

  /** A filled cell as a label's value: an error value (#DIV/0!) is a formula without a usable result, not a value. */
  private valueAt(row: number, col: number): Found {
    const v = this.grid.value(row, col);
    return v !== null && typeof v === "object"
      ? { kind: "noResult", row, col, error: v.error }
      : { kind: "value", row, col };
  }

  /**
   * Where the value of a label sits: right of it (on any row of a vertically merged label), else below it
   * (the right side holds other labels, or nothing: a label over its value).
   */
  valueOf(label: LabelCell, numeric: boolean): Found {
    const g = this.grid;
    for (let r = label.row; r <= g.bottomEdge(label.row, label.col); r++) {
      const found = this.right(r, label.col);
      if (found.kind === "noResult" || (found.kind === "value" && (!numeric || this.isNumeric(found)))) return found;
    }
    // A form's field left blank takes nothing from below it: "编制单位(盖章):" (a colon: its value follows it on its
    // line) over 大庆's caption 项目基本情况, 项目名称 beside its empty merged slot over 项目负责人. A row of such labels
    // over a row of their values (项目名称： | 单位名称： over 城市道路维护 | 市住建局) is read as one.
    const formField = ENDS_IN_COLON.test(g.text(label.row, label.col)) || this.blankSlotRightOf(label.row, label.col);
    if (formField && !this.valueRowBelow(label)) return NONE;
    const found = this.below(label.row, label.col);
    return found.kind === "noResult" || (found.kind === "value" && (!numeric || this.isNumeric(found))) ? found : NONE;
  }

  /**
   * Right of a label, before anything written, an empty merged area on the label's rows: the form's slot for its
   * value, left blank (an empty column a clerk inserted before it changes nothing). One reaching down over the row
   * under the label is a box beside the table (a remark merged over 1-7月执行数 and its amount), not its slot.
   */
  private blankSlotRightOf(row: number, col: number): boolean {
    const g = this.grid;
    const bottom = g.bottomEdge(row, col);
    for (let c = g.rightEdge(row, col) + 1; c <= this.region.right; c = g.rightEdge(row, c) + 1) {
      if (!g.isEmpty(row, c)) return false;
      const m = g.merge(row, c);
      if (m !== null && m.right > m.left) return m.bottom <= bottom;
    }
    return false;
  }

  /**
   * The row under a label holds values for the labels of its row only: no label of its own, nothing under a cell of
   * the label row that is no label (a blank slot, a caption) — a row of labels over a row of their values.
   */
  private valueRowBelow(label: LabelCell): boolean {
    const g = this.grid;
    const r = g.bottomEdge(label.row, label.col) + 1;
    if (r > this.region.bottom) return false;
    for (const c of g.cellsOfRow(r, this.region.left, this.region.right)) {
      if (this.isLabel(r, c)) return false;
      const above = g.master(label.row, c);
      if (!this.isLabel(above.row, above.col)) return false;
    }
    return true;
  }

  /** An amount: a number, "1,200.50", "63.14万元", or money written with its breakdown ("854万(其中…)"). */
  isNumeric(found: Found): boolean {
    return found.kind === "value" && this.amountAt(found.row, found.col) !== null;
  }

  amountAt(row: number, col: number): number | null {
    const value = this.grid.value(row, col);
    return parseAmount(value) ?? (typeof value === "string" ? (leadingAmount(value) ?? fundedAmount(value)) : null);
  }

  /**
   * The next label of a role not taken by a money matrix, going up from the indicators (asked once the money
   * matrices are read): without `after` the nearest, then the one after `after`; null when there is none. A scan of
   * the block's few labels, nothing made: `for (let l = block.nextPending(role); l; l = block.nextPending(role, l))`.
   */
  nextPending(role: HeaderRole, after?: LabelCell): LabelCell | null {
    for (let i = after ? after.index - 1 : this.labelList.length - 1; i >= 0; i--) {
      const l = this.labelList[i];
      if (l.role === role && !l.consumed) return l;
    }
    return null;
  }

  /** The nearest pending label of a role with no value written in its own cell. */
  nextPendingWithoutInline(role: HeaderRole): LabelCell | null {
    let l = this.nextPending(role);
    while (l && l.inline) l = this.nextPending(role, l);
    return l;
  }

  private isOwner(l: LabelCell): boolean {
    return OWNER_UNIT_LABEL.test(this.grid.compact(l.row, l.col));
  }

  /** The text of the first label of `role` that has a value (the table's owner first for 单位). */
  textOf(role: HeaderRole): string {
    if (role !== "unitName") return this.firstText(role, null) ?? "";
    return this.firstText(role, true) ?? this.firstText(role, false) ?? "";
  }

  /** The text of the first pending label of `role` that has one (only owner labels, or only the others, if asked). */
  private firstText(role: HeaderRole, owner: boolean | null): string | null {
    const g = this.grid;
    for (let l = this.nextPending(role); l; l = this.nextPending(role, l)) {
      if (owner !== null && this.isOwner(l) !== owner) continue;
      if (l.blank) continue;
      if (l.inline) {
        this.use(l.row, l.col);
        return l.inline;
      }
      const found = this.valueOf(l, false);
      if (found.kind === "value") {
        this.use(l.row, l.col);
        this.use(found.row, found.col);
        return role === "goal" ? this.linesRightOf(l, found) : g.display(found.row, found.col);
      }
    }
    return null;
  }

  /**
   * A goal label merged down over rows that each hold a line of it (本年度绩效目标 | 1.对提供… / 2.补助标准…): the
   * lines, joined. Only the first when the other rows hold nothing right of the label.
   */
  private linesRightOf(l: LabelCell, first: { row: number; col: number }): string {
    const g = this.grid;
    const lines = [g.display(first.row, first.col)];
    for (let r = first.row + 1; r <= g.bottomEdge(l.row, l.col); r++) {
      const found = this.right(r, l.col);
      if (found.kind !== "value" || g.master(found.row, found.col).row !== r) continue;
      this.use(found.row, found.col);
      lines.push(g.display(found.row, found.col));
    }
    return lines.join("\n");
  }

  /**
   * Budget labels right of a 资金使用情况 heading, on the rows it spans (资金使用情况(万元) | 合计:109.8万元 beside
   * 年度金额:208万元): they total the money used. They stop being budget labels; the first, top down, is the amount
   * spent when none is read otherwise.
   */
  spentUnderHeading(): Amount | null {
    let spent: Amount | null = null;
    for (let heading = this.nextPending("spentBlock"); heading; heading = this.nextPending("spentBlock", heading)) {
      if (heading.inline) continue;
      const bottom = this.grid.bottomEdge(heading.row, heading.col);
      // labelList is in reading order: the first budget label taken is the top one.
      for (const l of this.labelList) {
        if (l.consumed || !MONEY_LABEL_ROLES.includes(l.role)) continue;
        if (l.row < heading.row || l.row > bottom || l.col <= heading.col) continue;
        l.consumed = true;
        this.use(heading.row, heading.col);
        if (BUDGET_ROLES.includes(l.role)) spent ??= this.labelAmount(l);
      }
    }
    return spent;
  }

  /**
   * 财政 money split by level of government (其中:中央补助 40 | 地方资金 72, 中央财政165万元 | 省级财政43万元): the sum
   * of the filled parts when there are two or more and every fiscal label names a level; null otherwise (one
   * 财政拨款, or a total with its 其中 parts, is read by amountOf).
   */
  fiscalByLevel(): Amount | null {
    // Fewer than two fiscal labels (most tables) are no split and none is a spending's part: nothing made for them.
    const first = this.nextPending("fiscal");
    if (first === null || this.nextPending("fiscal", first) === null) return null;
    const all: LabelCell[] = [];
    for (let l = this.nextPending("fiscal"); l; l = this.nextPending("fiscal", l)) all.push(l);
    // A part named twice, once under the spending's label, is the spending's part (预算数: | 2.38 | 执行数: | 2.38 over
    // 其中:中央补助 | 2.38 | 其中:中央补助 | 2.38, 安居 2021): not the budget's, not added to it.
    const words = (l: LabelCell) => this.grid.compact(l.row, l.col).replace(/^其中[:：]?/, "");
    const spending = (l: LabelCell) =>
      this.labelList.some((o) => o.col === l.col && o.row < l.row && SPENT_ROLES.includes(o.role)) &&
      all.some((o) => o !== l && words(o) === words(l));
    const labels = all.filter((l) => !spending(l));
    for (const l of all) if (spending(l)) l.consumed = true;
    if (labels.length < 2 || labels.some((l) => !FUND_LEVEL.test(this.grid.compact(l.row, l.col)))) return null;
    // Top down (labels come nearest first), so the amount's cell is the first part's.
    const parts = labels
      .reverse()
      .map((l) => this.labelAmount(l))
      .filter((x): x is Amount => x !== null);
    if (parts.length < 2) return null;
    const sum = parts.reduce((n, x) => n + x.value, 0);
    return { value: Math.round(sum * 1e8) / 1e8, cell: parts[0].cell };
  }

  /** The amount of one label: written into it (中央财政165万元) or beside it; the cells used count in the extent. */
  private labelAmount(l: LabelCell): Amount | null {
    if (l.blank) return null;
    if (l.inline) {
      const value = leadingAmount(l.inline);
      if (value === null) return null;
      this.use(l.row, l.col);
      return { value, cell: cellKey(l.row, l.col) };
    }
    const found = this.valueOf(l, true);
    if (found.kind !== "value") return null;
    this.use(l.row, l.col);
    this.use(found.row, found.col);
    return { value: this.amountAt(found.row, found.col) as number, cell: cellKey(found.row, found.col) };
  }

  /**
   * A money heading with the total written beside it (项目资金 (万元) | 3.0 | 其中:财政拨款 | 3.0 / 其他资金 | 0.0, 西青
   * 2021): the amount right of the heading, on its own rows, is the total. A heading over labels has none.
   */
  headingTotal(): Amount | null {
    for (let h = this.nextPending("moneyBlock"); h; h = this.nextPending("moneyBlock", h)) {
      if (h.blank || h.inline) continue;
      const found = this.right(h.row, h.col);
      if (found.kind !== "value" || !this.isNumeric(found)) continue;
      this.use(h.row, h.col);
      this.use(found.row, found.col);
      return { value: this.amountAt(found.row, found.col) as number, cell: cellKey(found.row, found.col) };
    }
    return null;
  }

  /**
   * The amount of the first label of `roles` (in order) that has one; a word beside a money label is reported. A
   * formula without a usable result there (none in the file, or an error value) ends the search, said once (`noResult`
   * then holds the roles): the amount is unknown, and no other cell stands in for it.
   */
  amountOf(roles: HeaderRole[], diagnostics: Diagnostic[]): Amount | null {
    const g = this.grid;
    for (const role of roles) {
      for (let l = this.nextPending(role); l; l = this.nextPending(role, l)) {
        if (l.blank) continue;
        if (l.inline) {
          const value = leadingAmount(l.inline);
          if (value !== null) return { value, cell: cellKey(l.row, l.col) };
          continue;
        }
        const found = this.valueOf(l, true);
        if (found.kind === "noResult") {
          this.use(l.row, l.col);
          this.noResult = roles;
          diagnostics.push(noResultAmount(g, found, role));
          return null;
        }
        if (found.kind === "value") {
          this.use(l.row, l.col);
          this.use(found.row, found.col);
          return { value: this.amountAt(found.row, found.col) as number, cell: cellKey(found.row, found.col) };
        }
        const right = this.right(l.row, l.col);
        // `市:` | `县:` (乐昌 2018's 地方资金): labels of the parts, their amounts left blank — no word for an amount.
        if (right.kind === "value" && role !== "other" && !/[:：]$/.test(g.text(right.row, right.col).trim())) {
          diagnostics.push(
            diagnostic(
              g.ref(right.row, right.col),
              "warning",
              say("read.not-an-amount", { label: g.text(l.row, l.col), value: g.text(right.row, right.col) }),
            ),
          );
        }
      }
    }
    return null;
  }
}

/** Module constants, not literals in the functions: a regex literal makes a new RegExp object each time it runs. */
const SPACES = /\s+/g;

function yearsIn(text: string): number[] {
  const m = YEAR_IN_TITLE.exec(toHalfWidth(westernYears(text)).replace(SPACES, ""));
  const year = m ? Number(m[1] ?? m[2] ?? m[3] ?? m[4]) : NaN;
  return Number.isFinite(year) ? [year] : [];
}

/** The budget year of a title: any of YEAR_IN_TITLE's forms, or a year anywhere unless it dates a quoted document. */
function titleYears(title: string): number[] {
  if (!title.includes("年")) return []; // every form below writes the year with 年
  const years = yearsIn(title);
  if (years.length > 0 || DOCUMENT_NAME.test(title)) return years;
  const m = YEAR_ANYWHERE.exec(toHalfWidth(westernYears(title)).replace(SPACES, ""));
  return m ? [Number(m[1])] : [];
}

/** The two title lines nearest above the indicators, the nearest first. */
function twoNearestTitles(grid: SheetGrid, region: Region): { row: number; col: number }[] {
  const titles: { row: number; col: number }[] = [];
  for (let r = region.bottom; r >= region.top; r--) {
    if (!grid.rowHas(r, TITLE)) continue; // most rows of a header block hold no title text: not walked
    for (const c of grid.cellsOfRow(r, region.left, region.right)) {
      if (grid.isTitleAt(r, c) && titles.push({ row: r, col: c }) === 2) return titles;
    }
  }
  return titles;
}

function hasLabelIn(grid: SheetGrid, region: Region, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++) if (rowHasLabel(grid, region, r)) return true;
  return false;
}

/** A header-block label on the row within the region (a loop over the row's shared list of filled cells). */
function rowHasLabel(grid: SheetGrid, region: Region, row: number): boolean {
  const cols = grid.cellsOfRow(row);
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    if (c >= region.left && c <= region.right && isLabelCell(grid, row, c)) return true;
  }
  return false;
}

/**
 * The table's title: the nearest title line above the indicators — unless that line is only a caption right
 * above the header (绩效项目指标表) under the table's labels, when the title above the labels is the table's.
 */
function findTitleRow(grid: SheetGrid, region: Region): { row: number; col: number } | null {
  const [nearest, above] = twoNearestTitles(grid, region);
  if (!nearest) return null;
  const captionOnly =
    above !== undefined &&
    !hasLabelIn(grid, region, nearest.row + 1, region.bottom) &&
    hasLabelIn(grid, region, above.row + 1, nearest.row - 1);
  return captionOnly ? above : nearest;
}

/**
 * A notice's heading printed over two lines (关于“2018生物实验教学中心建设项目” / 预算绩效评价结果的公示): the 关于 line
 * alone on its row a few rows above a title that is the heading's second line (a line typed between them, 附件2 or
 * 单位：万元, does not part them; a row of several cells does); null for any other title.
 */
function noticeLead(grid: SheetGrid, title: { row: number; col: number }): { row: number; col: number } | null {
  if (!NOTICE_TAIL.test(grid.cell(title.row, title.col).label.key)) return null;
  for (let r = title.row - 1; r >= Math.max(grid.top, title.row - NOTICE_LEAD_ROWS); r--) {
    const cols = grid.cellsOfRow(r);
    if (cols.length > 1) return null; // a row of a table above: the heading does not reach past it
    if (cols.length === 0 || grid.isTitleAt(r, cols[0])) continue;
    if (NOTICE_LEAD.test(grid.text(r, cols[0]).replace(SPACES, ""))) return { row: r, col: cols[0] };
  }
  return null;
}

/** How far above a notice's second line its 关于 line may stand (lines typed between them). */
const NOTICE_LEAD_ROWS = 4;

/** Budget years stated above the block (a "（2023年）" line over a group caption): the table's when it states none. */
function yearsAbove(grid: SheetGrid, region: Region, top: number): number[] {
  for (let r = top - 1; r >= region.top; r--) {
    for (const c of grid.cellsOfRow(r, region.left, region.right)) {
      const cell = grid.cell(r, c);
      if (cell.line.year !== null) return [cell.line.year];
      if (grid.isTitleAt(r, c) && titleYears(cell.compact).length > 0) return titleYears(cell.compact);
    }
  }
  return [];
}

/**
 * A money unit line above the title (`单位：元` on the sheet's first row, over 2024年度项目支出绩效目标表): the table's
 * when none is stated from its title down — the nearest one above, within the table's region.
 */
function moneyUnitAbove(grid: SheetGrid, region: Region, top: number): MoneyUnit | null {
  for (let r = top - 1; r >= region.top; r--) {
    for (const c of grid.cellsOfRow(r, region.left, region.right)) {
      const unit = grid.cell(r, c).line.unit;
      if (unit) return unit;
    }
  }
  return null;
}

function isLabelCell(grid: SheetGrid, row: number, col: number): boolean {
  return grid.cell(row, col).headerLabel !== null;
}

function labelOf(grid: SheetGrid, row: number, col: number, index: number): LabelCell | null {
  const found = grid.cell(row, col).headerLabel;
  return (
    found && {
      row,
      col,
      index,
      role: found.role,
      hints: found.hints,
      inline: found.inline,
      blank: found.blank,
      consumed: false,
    }
  );
}

/** Rows of labels with at most 3 unlabelled rows between them, counted up from the header. */
function clusterTop(grid: SheetGrid, region: Region): number {
  let top = region.bottom + 1;
  let gap = 0;
  for (let r = region.bottom; r >= region.top && gap <= 3; r--) {
    if (rowHasLabel(grid, region, r)) {
      top = r;
      gap = 0;
    } else gap++;
  }
  if (top > region.bottom) return top;
  // One short line above the labels is the unit line or the year line.
  const above = top - 1;
  if (above >= region.top) {
    const cols = grid.cellsOfRow(above, region.left, region.right);
    if (cols.length > 0 && cols.every((c) => grid.text(above, c).length <= 40)) return above;
  }
  return top;
}

/** A money reading with the amount parsed ("125.25万" → 125.25); null when the cell holds no amount. */
function amountReading(grid: SheetGrid, row: number, col: number): (CellReading & { value: number }) | null {
  const m = grid.master(row, col);
  const value = parseAmount(grid.value(m.row, m.col));
  if (value === null) return null;
  // numberFormat undefined when there is none (JSON leaves it out); made by a constructor (records.ts).
  return new Reading(cellKey(m.row, m.col), value, grid.numberFormat(m.row, m.col) || undefined) as CellReading & {
    value: number;
  };
}

/** True when some of the columns holds an amount on the row (its merged area's value). */
function hasAmountIn(grid: SheetGrid, row: number, columnOf: Map<HeaderRole, number>): boolean {
  for (const col of columnOf.values()) if (parseAmount(grid.mergedValue(row, col)) !== null) return true;
  return false;
}

/** A row of a money matrix: its row and what its label says (total, 财政, 其他 …). */
interface MatrixRow {
  row: number;
  role: HeaderRole | "unlabelled";
}

/** The money matrix found under one row of column labels. */
interface Matrix {
  labelRow: number;
  /** Label columns, left to right, and the first column per role. */
  moneyCols: number[];
  columnOf: Map<HeaderRole, number>;
  firstCol: number;
  rows: MatrixRow[];
}

/**
 * The money column labels of a row (年初预算数 | 全年预算数 | 全年执行数 …), or null when the row is not a money
 * header: no such labels, amounts in the row itself, or a task list (年度主要任务 | 对应项目 | 预算金额), whose
 * amounts are per task, not the table's money.
 */
function moneyHeaderColumns(block: Block, r: number): number[] | null {
  const { grid, region } = block;
  const cols = grid.cellsOfRow(r, region.left, region.right);
  // One pass over the row's labels, the list made at the first money label.
  let moneyCols: number[] | null = null;
  let taskList = false;
  for (const c of cols) {
    const l = block.labelAt(r, c);
    if (!l) continue;
    if (l.role === "taskList") taskList = true;
    if (isMoneyColumnLabel(l)) moneyCols = appendedNumber(moneyCols, c);
  }
  if (moneyCols === null) return null;
  for (const c of cols) if (parseAmount(grid.value(r, c)) !== null) return null;
  if (taskList) {
    for (const c of moneyCols) block.consume(r, c);
    return null;
  }
  return moneyCols; // left to right already: the row's cells come in column order
}

function isMoneyColumnLabel(l: LabelCell): boolean {
  return !l.inline && MONEY_ROLES.has(l.role) && l.role !== "carryover";
}

/** A corner label (年度预算数（万元） over 总额 / 其中：财政资金 …) heads the row labels, not a column of amounts. */
function withoutCornerLabel(block: Block, r: number, moneyCols: number[]): number[] {
  const { grid, region } = block;
  const corner = moneyCols[0];
  const underCorner = grid.bottomEdge(r, corner) + 1;
  const isCorner =
    moneyCols.length > 2 &&
    underCorner <= region.bottom &&
    !grid.isEmpty(underCorner, corner) &&
    parseAmount(grid.value(underCorner, corner)) === null;
  return isCorner ? moneyCols.slice(1) : moneyCols;
}

/** Rows under the column labels: labelled with a fund (年度资金总额, 财政拨款 …) or unlabelled rows of amounts. */
function matrixRows(block: Block, r: number, columnOf: Map<HeaderRole, number>, firstCol: number): MatrixRow[] {
  const { grid, region } = block;
  const rows: MatrixRow[] = [];
  for (let rr = grid.bottomEdge(r, firstCol) + 1; rr <= region.bottom; rr++) {
    let rowLabel: LabelCell | undefined;
    for (const c of grid.cellsOfRow(rr, region.left, firstCol - 1)) {
      rowLabel = block.labelAt(rr, c);
      if (rowLabel) break;
    }
    if (rowLabel && !MATRIX_ROW_ROLES.has(rowLabel.role)) break;
    if (!rowLabel && !hasAmountIn(grid, rr, columnOf)) break;
    const role = rowLabel ? rowLabel.role : "unlabelled";
    rows.push({ row: rr, role: BUDGET_ROLES.includes(role as HeaderRole) ? "budget" : role });
  }
  return rows;
}

/** The matrix under row r, or null when there is none (one money column needs a total row under it). */
function matrixAt(block: Block, r: number): Matrix | null {
  const labelled = moneyHeaderColumns(block, r);
  if (!labelled) return null;
  const moneyCols = withoutCornerLabel(block, r, labelled);
  const columnOf = new Map<HeaderRole, number>();
  for (const c of moneyCols) {
    const role = block.labelAt(r, c)!.role;
    if (!columnOf.has(role)) columnOf.set(role, c);
  }
  const firstCol = Math.min(...moneyCols);
  const rows = matrixRows(block, r, columnOf, firstCol);
  if (rows.length === 0 || (moneyCols.length < 2 && !rows.some((x) => x.role === "budget"))) return null;
  return { labelRow: r, moneyCols, columnOf, firstCol, rows };
}

/** Amounts of one matrix column: the total row, or — when it is missing or left at 0 — the sum of its parts. */
class MatrixAmounts {
  private reported = false;
  readonly totalRow: number | null;
  private readonly parts: number[];

  constructor(
    private readonly grid: SheetGrid,
    private readonly matrix: Matrix,
    private readonly diagnostics: Diagnostic[],
  ) {
    const unlabelled = matrix.rows.filter((x) => x.role === "unlabelled");
    this.totalRow =
      matrix.rows.find((x) => x.role === "budget")?.row ?? (unlabelled.length === 1 ? unlabelled[0].row : null);
    this.parts = matrix.rows.filter((x) => x.role === "fiscal" || x.role === "other").map((x) => x.row);
  }

  at(row: number | null | undefined, col: number | undefined): (CellReading & { value: number }) | null {
    if (row === null || row === undefined || col === undefined) return null;
    const reading = amountReading(this.grid, row, col);
    const spread = this.spreadSum(row, col);
    return spread !== null && reading ? { ...reading, value: spread } : reading;
  }

  /**
   * A column label merged across several columns over amounts of its own parts (财政资金(万元) over 中央 0 | 省级 7 |
   * 市级资金 0 | 本级 0): the sum of the row's amounts under it. Null when the label is one column wide, or the
   * amount spans the label's width.
   */
  private spreadSum(row: number, col: number): number | null {
    const g = this.grid;
    const right = g.rightEdge(this.matrix.labelRow, col);
    if (right === col || g.rightEdge(row, col) >= right) return null;
    let sum = 0;
    for (let c = col; c <= right; c = g.rightEdge(row, c) + 1) {
      const m = g.master(row, c);
      sum += parseAmount(g.value(m.row, m.col)) ?? 0;
    }
    return Math.round(sum * 1e8) / 1e8;
  }

  rowOf(role: HeaderRole): number | undefined {
    return this.matrix.rows.find((x) => x.role === role)?.row;
  }

  /** 年度资金总额, or — when it is missing or left at 0 — the sum of 财政拨款 and 其他资金 (said once). */
  total(col: number | undefined): (CellReading & { value: number }) | null {
    const written = this.at(this.totalRow, col);
    const sum = this.parts.map((row) => this.at(row, col)).filter((x) => x !== null);
    const partsTotal = sum.reduce((n, x) => n + x.value, 0);
    if ((written && written.value !== 0) || !(partsTotal > 0)) return written;
    if (!this.reported) {
      // The total row is there but this cell of it is blank or no amount (待定): said at that cell, as what it holds.
      const blank =
        !written && this.totalRow !== null && col !== undefined ? this.grid.master(this.totalRow, col) : null;
      const held = blank ? this.grid.value(blank.row, blank.col) : null;
      const message = written
        ? say("read.funds-total-zero", {})
        : blank
          ? say("read.funds-total-cell-summed", { shown: typeof held === "string" && held.trim() ? held.trim() : null })
          : say("read.funds-no-total-row-summed", {});
      const at = written?.cell ?? (blank ? cellKey(blank.row, blank.col) : sum[0].cell);
      this.diagnostics.push(diagnostic(sheetCell(this.grid.name, at), "info", message));
    }
    this.reported = true;
    return { cell: sum[0].cell, value: Math.round(partsTotal * 1e8) / 1e8 };
  }

  /** 财政 / 其他: its own column on the total row, else its own row in the budget column. */
  part(role: "fiscal" | "other", budgetCol: number | undefined): Amount | null {
    const columnOf = this.matrix.columnOf;
    return asAmount(
      columnOf.has(role) ? this.at(this.totalRow, columnOf.get(role)) : this.at(this.rowOf(role), budgetCol),
    );
  }

  /**
   * A 其中 row's cell in `col` showing an error value or holding a formula without a result, when the total row leaves
   * that column blank or at 0 (so total() would sum the parts): the sum would leave it out, so it stands for the
   * total — said at its cell, no sum of the other parts instead.
   */
  partNoResult(col: number | undefined): NoResult | null {
    const written = this.at(this.totalRow, col);
    if (written && written.value !== 0) return null;
    for (const row of this.parts) {
      const found = noResultIn(this.grid, row, col);
      if (found) return found;
    }
    return null;
  }

  hasTotalOrParts(): boolean {
    return this.totalRow !== null || this.parts.length > 0;
  }
}

const asAmount = (x: CellReading | null): Amount | null => (x ? { value: x.value as number, cell: x.cell } : null);

/** The matrix's budget, 财政 / 其他 parts, spent and execution score into the header info (first found wins). */
function takeMatrix(block: Block, matrix: Matrix, info: HeaderInfo, diagnostics: Diagnostic[]): void {
  const { grid, region } = block;
  const { columnOf, firstCol, rows } = matrix;
  for (const c of matrix.moneyCols) block.consume(matrix.labelRow, c);
  for (const x of rows) for (const c of grid.cellsOfRow(x.row, region.left, firstCol - 1)) block.consume(x.row, c);

  const amounts = new MatrixAmounts(grid, matrix, diagnostics);
  if (!amounts.hasTotalOrParts()) {
    diagnostics.push(diagnostic(grid.ref(matrix.labelRow, firstCol), "warning", say("read.funds-no-total-row", {})));
  }
  const { totalRow } = amounts;
  const budgetCol = BUDGET_ROLES.map((role) => columnOf.get(role)).find((c) => c !== undefined);
  const spentCol = SPENT_ROLES.map((role) => columnOf.get(role)).find((c) => c !== undefined);
  // The total row's budget or 执行数 a formula without a usable result (#DIV/0!, or none in the file): the clerk's cell,
  // said at it as beside a label (spentOf, amountOf); no sum of parts stands in for it. So for a 其中 row's when the
  // total is blank: the parts' sum would silently leave it out.
  const budgetNoResult = noResultIn(grid, totalRow, budgetCol) ?? amounts.partNoResult(budgetCol);
  const spentNoResult = noResultIn(grid, totalRow, spentCol) ?? amounts.partNoResult(spentCol);
  if (!info.budget && !info.budgetNoResult && budgetNoResult) {
    info.budgetNoResult = true;
    diagnostics.push(noResultAmount(grid, budgetNoResult, "budget"));
  } else if (!info.budget && !info.budgetNoResult) {
    info.budget = asAmount(amounts.total(budgetCol));
    if (totalRow !== null) info.writtenTotal = asAmount(amounts.at(totalRow, budgetCol));
  }
  info.fiscal ??= amounts.part("fiscal", budgetCol);
  info.other ??= amounts.part("other", budgetCol);
  if (spentCol !== undefined && !info.spent)
    info.spent = spentNoResult ? noResultSpent(grid, spentNoResult, "spent", diagnostics) : amounts.total(spentCol);
  if (totalRow !== null) {
    info.executionWeight ??=
      cellReading(grid, totalRow, columnOf.get("execWeight")) ?? weightInLabels(grid, matrix, region.left);
    info.executionScore ??= cellReading(grid, totalRow, columnOf.get("execScore"));
    info.executionRate ??= cellReading(grid, totalRow, columnOf.get("rate"));
    info.executionReason ??= reasonCell(block, matrix, totalRow);
  }
  for (const x of rows) block.use(x.row, firstCol);
}

/**
 * The total row's cell under a 原因 / 偏差原因分析 label right of the matrix's amounts (四川 自评表: 原因 over one cell
 * merged down the money rows; the national monitoring table: 偏差原因分析 beside 全年预计执行数). Null when there is none.
 */
function reasonCell(block: Block, matrix: Matrix, totalRow: number): CellReading | null {
  const { grid, region } = block;
  for (const c of grid.cellsOfRow(matrix.labelRow, matrix.firstCol, region.right)) {
    const l = block.labelAt(matrix.labelRow, c);
    if (l?.role !== "execReason" || l.inline) continue;
    block.consume(matrix.labelRow, c);
    return cellReading(grid, totalRow, c);
  }
  return null;
}

/** "(20分)" as a label's bracketed hint: "预算执行情况（万元）（20分）", "得分（20分*执行率）". */
const WEIGHT_HINT = /^(\d+(?:\.\d+)?)分/;

/**
 * A matrix without a 分值 column may state the execution weight in a label instead: its 得分 column's
 * ("得分(20分*执行率)") or the block label left of it ("预算执行情况(万元)(20分)").
 */
function weightInLabels(grid: SheetGrid, matrix: Matrix, regionLeft: number): CellReading | null {
  const scoreCol = matrix.columnOf.get("execScore");
  const left = grid.cellsOfRow(matrix.labelRow, regionLeft, matrix.firstCol - 1);
  for (const col of scoreCol === undefined ? left : [scoreCol, ...left]) {
    for (const hint of grid.cell(matrix.labelRow, col).label.hints) {
      const m = WEIGHT_HINT.exec(hint);
      if (m) return { cell: cellKey(matrix.labelRow, col), value: Number(m[1]) };
    }
  }
  return null;
}

/**
 * Money tables: a row of column labels (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) over rows
 * labelled 年度资金总额 / 其中：财政拨款 / 其他资金 (or unlabelled, or a 合计 row under task rows).
 */
function readMatrix(block: Block, info: HeaderInfo, diagnostics: Diagnostic[]): void {
  // Only a row with a money column label heads a matrix: visit those rows, top down (labelList is in reading
  // order), not every row of the block; a matrix's own rows are not visited again.
  let after = block.top - 1;
  for (const l of block.labelList) {
    if (l.row <= after || !isMoneyColumnLabel(l)) continue;
    const matrix = matrixAt(block, l.row);
    if (matrix) takeMatrix(block, matrix, info, diagnostics);
    after = matrix ? matrix.rows[matrix.rows.length - 1].row : l.row;
  }
}

function cellReading(grid: SheetGrid, row: number, col: number | undefined): CellReading | null {
  if (col === undefined) return null;
  const m = grid.master(row, col);
  // Built whole, numberFormat undefined when there is none (JSON leaves it out): one shape, nothing added afterwards
  // (but in a workbook of the 1904 date system, how its serials read).
  const reading: CellReading = {
    cell: cellKey(m.row, m.col),
    value: grid.value(m.row, m.col),
    numberFormat: grid.numberFormat(m.row, m.col),
  };
  if (grid.date1904) reading.date1904 = true;
  return reading;
}

/**
 * More empty columns than this between two cells of a plan's row: what lies beyond is no part of the plan, unless it
 * names a checkpoint (3月 | 6月 | · · · | 10月 over a month grid keeps its 10月).
 */
const PLAN_GAP = 2;

/** Any year: only whether the text names a checkpoint is asked (2000 has a 2月29日). */
const ANY_YEAR = 2000;

/**
 * Cells of a row from `from` that may label a checkpoint: no header label, no progress column (执行率 …), up to a gap
 * of more than PLAN_GAP empty columns before a cell that names no checkpoint — a note typed far right of the plan (备注
 * at ZZ) is none. `adjacent`: the row's first cell too must lie within that gap of `from` (right of the plan's label).
 */
function scheduleLabelCells(block: Block, row: number, from: number, adjacent = true): number[] {
  const { grid, region } = block;
  // A loop over the row's shared list: one array made, not a slice and then a filtered copy.
  const all = grid.cellsOfRow(row);
  const cols: number[] = [];
  let edge = adjacent ? from - 1 : -1;
  for (let i = 0; i < all.length; i++) {
    const c = all[i];
    if (c < from || c > region.right) continue;
    if (edge >= 0 && c - edge - 1 > PLAN_GAP && !resolveCheckpointDate(grid.text(row, c), ANY_YEAR)) break;
    edge = grid.rightEdge(row, c);
    if (!block.labelAt(row, c) && !grid.cell(row, c).isProgressColumn) cols.push(c);
  }
  return cols;
}

// Built whole, numberFormat undefined when there is none: one shape, no property added afterwards.
function checkpointAt(grid: SheetGrid, labelText: string, labelCell: CellKey, row: number, col: number): RawCheckpoint {
  const m = grid.master(row, col);
  return {
    label: labelText,
    labelCell,
    value: grid.value(m.row, m.col),
    numberFormat: grid.numberFormat(m.row, m.col),
    percentCell: cellKey(m.row, m.col),
  };
}

const PERCENT_SIGN = /%|％/;

function isPercentAt(grid: SheetGrid, row: number, col: number): boolean {
  // A number first: no text is made for it (most percentages are numbers).
  return typeof grid.value(row, col) === "number" || PERCENT_SIGN.test(grid.display(row, col));
}

/** "3月底 | 0% | 6月底 | 45% …" in one row: label, percentage, label, percentage …; null when the row is not so. */
function pairsIn(grid: SheetGrid, row: number, rowCols: number[]): RawCheckpoint[] | null {
  if (rowCols.length < 2 || rowCols.length % 2 !== 0) return null;
  for (let i = 0; i < rowCols.length; i++) if (isPercentAt(grid, row, rowCols[i]) !== (i % 2 === 1)) return null;
  const out: RawCheckpoint[] = [];
  for (let i = 0; i < rowCols.length; i += 2) {
    out.push(checkpointAt(grid, grid.text(row, rowCols[i]), cellKey(row, rowCols[i]), row, rowCols[i + 1]));
  }
  return out;
}

/**
 * Checkpoint labels right of the 资金支出计划 label (or on the next row) over a row of percentages. `pairsDown`: pairs on
 * the rows under the label go on down while each row is one (3月底 | 10% / 6月底 | 40% … beside the indicator rows).
 */
function readSchedule(block: Block, label: LabelCell, pairsDown = false): RawCheckpoint[] {
  const { grid, region } = block;
  let labelRow = label.row;
  let cols = scheduleLabelCells(block, labelRow, grid.rightEdge(label.row, label.col) + 1);
  if (cols.length === 0) {
    labelRow = grid.bottomEdge(label.row, label.col) + 1;
    cols = labelRow <= region.bottom ? scheduleLabelCells(block, labelRow, region.left, false) : [];
  }
  if (cols.length === 0) return [];

  // "3月底 | 0% | 6月底 | 45% …" in one row, or one pair per row down a vertically merged label.
  const firstPairs = pairsIn(grid, labelRow, cols);
  if (firstPairs) {
    const out = firstPairs; // made here: ours to extend
    for (let r = labelRow + 1; labelRow === label.row && r <= grid.bottomEdge(label.row, label.col); r++) {
      out.push(...(pairsIn(grid, r, scheduleLabelCells(block, r, grid.rightEdge(label.row, label.col) + 1)) ?? []));
    }
    for (let r = labelRow + 1, more; pairsDown && labelRow !== label.row && r <= region.bottom; r++) {
      if (!(more = pairsIn(grid, r, scheduleLabelCells(block, r, cols[0])))) break;
      out.push(...more);
    }
    return out;
  }
  // "3月底0%，6月底45%，10月底70%，12月底100%" in one cell.
  if (cols.length === 1) {
    const text = toHalfWidth(grid.text(labelRow, cols[0]));
    const pairs = [...text.matchAll(/([^\s,，;；、:：%]+?)\s*[:：]?\s*(\d+(?:\.\d+)?)\s*%/g)];
    if (pairs.length >= 2) {
      const cell = cellKey(labelRow, cols[0]);
      return pairs.map((p) => ({ label: p[1], labelCell: cell, value: `${p[2]}%`, percentCell: cell }));
    }
  }
  const percentRow = labelRow + 1;
  if (percentRow > grid.bottom) return [];
  const out: RawCheckpoint[] = [];
  for (const c of cols) out.push(checkpointAt(grid, grid.display(labelRow, c), cellKey(labelRow, c), percentRow, c));
  return out;
}

const TEXT_ROLES: HeaderRole[] = ["code", "name", "unitName", "department", "purpose", "goal", "year"];

function emptyInfo(region: Region): HeaderInfo {
  return {
    top: region.bottom + 1,
    left: region.right,
    right: region.left,
    title: "",
    name: "",
    code: null,
    unitName: "",
    moneyUnit: "万元",
    moneyUnitStated: false,
    spentUnit: null,
    budget: null,
    budgetNoResult: false,
    fiscal: null,
    other: null,
    spent: null,
    executionWeight: null,
    executionScore: null,
    executionRate: null,
    executionReason: null,
    totalScore: null,
    purpose: "",
    goal: "",
    schedule: [],
    years: [],
    budgetLabelYears: [],
    periods: [],
    goalPeriods: [],
    hasNameLabel: false,
    hasUnitLabel: false,
  };
}

/**
 * What classifying the block's cells found besides labels: the 单位：万元 line, and the unit (organisation) line —
 * the first unlabelled short line above every label, if any.
 */
interface Classified {
  moneyUnitFromLine: MoneyUnit | null;
  unitLine: { row: number; col: number } | null;
}

/** Every cell of the block: a money unit line, a year line, a label (kept in block.labelList), or a plain line. */
function classifyCells(block: Block, title: { row: number; col: number } | null, info: HeaderInfo): Classified {
  const { grid, region } = block;
  const out: Classified = { moneyUnitFromLine: null, unitLine: null };
  let firstLabelRow = Infinity;
  const lines: { row: number; col: number }[] = [];
  for (let r = block.top; r <= region.bottom; r++) {
    for (const c of grid.cellsOfRow(r, region.left, region.right)) {
      if (title && r === title.row && c === title.col) continue;
      const line = grid.cell(r, c).line;
      if (line.unit) {
        out.moneyUnitFromLine ??= line.unit;
        block.use(r, c);
        if (line.unitLine) continue;
      }
      if (line.year !== null) {
        info.years.push(line.year);
        continue;
      }
      // A blank form's year slot, "( 年度)": no year, and no unit's name either.
      if (line.blankYear) continue;
      const label = labelOf(grid, r, c, block.labelList.length);
      if (label) {
        block.labelList.push(label);
        const dated = BUDGET_ROLES.includes(label.role) ? DATED_BUDGET_LABEL.exec(grid.label(r, c).key) : null;
        if (dated) info.budgetLabelYears.push(Number(dated[1]));
        if (label.role === "name") info.hasNameLabel = true;
        else if (label.role === "unitName" || label.role === "taskList") info.hasUnitLabel = true;
        firstLabelRow = Math.min(firstLabelRow, r);
      } else if (firstLabelRow === Infinity && !line.unit && grid.text(r, c).length <= 60) {
        // Only a line above the first label can be the unit line (rows are read top down): none kept after it.
        lines.push({ row: r, col: c });
      }
    }
  }
  // The first such line above the first label's row, within the table's columns: a note typed far right in the title
  // rows (备注 at Z1, a value at XFD1) is no unit line, with empty columns between it and the table.
  const right = firstLabelRow === Infinity ? Infinity : tableRight(block, firstLabelRow);
  for (const l of lines) {
    if (l.row >= firstLabelRow || l.col > right || NOT_A_UNIT_NAME.test(grid.cell(l.row, l.col).compact)) continue;
    out.unitLine = l;
    break;
  }
  return out;
}

/** The last column holding something on the block's rows from `top` down (the labels and their values). */
function tableRight(block: Block, top: number): number {
  const { grid, region } = block;
  let right = -1;
  for (let r = Math.max(top, block.top); r <= region.bottom; r++) {
    const cols = grid.cellsOfRow(r, region.left, region.right);
    if (cols.length > 0) right = Math.max(right, grid.rightEdge(r, cols[cols.length - 1]));
  }
  return right;
}

/**
 * A value opening with a check box is the form's choices, none a name (专项名称 | □自由探索类基础研究 口科技创新基地建设 …,
 * the 中央引导地方科技发展资金 区域自评表 of 2022): the name is then the title's.
 */
const CHOICE_BOXES = /^[□☐☑■]/;

/** Text fields (编码, 名称, 单位, 用途, 目标, 年度, 项目期) from their labels. */
function readTextFields(block: Block, info: HeaderInfo): void {
  for (const role of TEXT_ROLES) {
    const text = block.textOf(role);
    if (!text) continue;
    if (role === "code") info.code = text;
    else if (role === "name") info.name = CHOICE_BOXES.test(text) ? "" : text;
    else if (role === "unitName") info.unitName = text;
    else if (role === "department") info.unitName ||= text;
    else if (role === "purpose") info.purpose = text;
    else if (role === "goal") info.goal = text;
    else if (role === "year") info.years.push(...yearsIn(`${text}年度`));
  }
  info.periods = periodTexts(block);
  info.goalPeriods = goalPeriodTexts(block);
}

/** The bracketed parts of long-term goals' labels (实施周期总目标(2022年--2024年) → 2022年--2024年). */
function goalPeriodTexts(block: Block): string[] {
  const out: string[] = [];
  for (let l = block.nextPending("known"); l; l = block.nextPending("known", l))
    if (l.hints.length > 0 && LONG_TERM_GOAL.test(block.grid.label(l.row, l.col).key)) out.push(...l.hints);
  return out;
}

/**
 * Every project period written as a label/value pair: in the label's own cell (项目期:2022年) or right of it on its
 * rows. A period label over a column (年度主要任务 | 起止时间 | 预算金额, a task list) heads the tasks' own spans:
 * the value below it is one task's, not the project's, and is not read.
 */
function periodTexts(block: Block): PeriodText[] {
  const out: PeriodText[] = [];
  for (let l = block.nextPending("period"); l; l = block.nextPending("period", l)) {
    if (l.blank) continue;
    const label = block.grid.label(l.row, l.col).key;
    if (l.inline) {
      block.use(l.row, l.col);
      out.push({ text: l.inline, label, cell: cellKey(l.row, l.col) });
      continue;
    }
    for (let r = l.row; r <= block.grid.bottomEdge(l.row, l.col); r++) {
      const found = block.right(r, l.col);
      if (found.kind !== "value") continue;
      block.use(l.row, l.col);
      block.use(found.row, found.col);
      out.push({ text: block.grid.display(found.row, found.col), label, cell: cellKey(found.row, found.col) });
      break;
    }
  }
  const ends = periodEnds(block);
  if (ends) out.push(ends);
  return out;
}

/**
 * A period written as its two ends, each beside its own label (开始日期 | 2022年1月1日 | 结束日期 | 2022年12月31日): one
 * period, start-end, at the start's cell. Both values are needed; a label with none beside it (a schedule's column
 * headings 开始时间 | 结束时间 over its rows) gives nothing — those dates are the tasks', not the project's.
 */
function periodEnds(block: Block): PeriodText | null {
  const start = block.nextPending("periodStart");
  const end = block.nextPending("periodEnd");
  if (!start || !end) return null;
  const valueOf = (l: LabelCell) => {
    if (l.inline) return { text: l.inline, row: l.row, col: l.col };
    const found = block.right(l.row, l.col);
    return found.kind === "value"
      ? { text: block.grid.display(found.row, found.col), row: found.row, col: found.col }
      : null;
  };
  const a = valueOf(start);
  const b = valueOf(end);
  if (!a || !b || !a.text.trim() || !b.text.trim()) return null;
  for (const x of [start, end, a, b]) block.use(x.row, x.col);
  const label = `${block.grid.label(start.row, start.col).key}、${block.grid.label(end.row, end.col).key}`;
  return { text: `${a.text.trim()}至${b.text.trim()}`, label, cell: cellKey(a.row, a.col) };
}

/** Budget, 财政 / 其他 parts and spent from labels outside a money matrix. */
function readAmounts(block: Block, info: HeaderInfo, diagnostics: Diagnostic[]): void {
  const usedTotal = block.spentUnderHeading();
  // A budget formula without its result is unknown: no heading's amount or sum of parts stands in for it.
  if (!info.budget && !info.budgetNoResult) {
    info.budget = block.amountOf(BUDGET_ROLES, diagnostics);
    info.budgetNoResult = block.noResult === BUDGET_ROLES;
    if (!info.budgetNoResult) info.budget ??= block.headingTotal();
  }
  info.fiscal ??= block.fiscalByLevel() ?? block.amountOf(["fiscal"], diagnostics);
  info.other ??= block.amountOf(["other"], diagnostics);
  if (!info.budget && !info.budgetNoResult) sumBlankTotal(block, info, diagnostics);
  info.totalScore ??= totalScoreOf(block);
  info.spent ??= spentOf(block, diagnostics, usedTotal) ?? usedTotal;
}

/**
 * 执行数 beside (or under) its label: the amount; text that is no amount, or a formula without its result, said at the
 * cell and kept (the cell is filled, never “未填执行数”); null when no label has one.
 */
function spentOf(block: Block, diagnostics: Diagnostic[], usedTotal: Amount | null = null): CellReading | null {
  const { grid } = block;
  for (const role of SPENT_ROLES) {
    const label = block.nextPendingWithoutInline(role);
    const found = label ? block.valueOf(label, true) : null;
    if (found && found.kind === "value") {
      block.use(found.row, found.col);
      // A number leads the cell but it is no amount ("20%", "20万元（待核20）"): said at the cell, never dropped.
      return amountReading(grid, found.row, found.col) ?? unreadableAt(block, found.row, found.col, diagnostics);
    }
    if (found && found.kind === "noResult") {
      block.use(found.row, found.col);
      return noResultSpent(grid, found, role, diagnostics);
    }
    const typed = label && !usedTotal ? unreadableSpent(block, label, diagnostics) : null;
    if (typed) return typed;
  }
  return null;
}

/**
 * 执行数 as a formula without a usable result, said at its cell: filled by the clerk (never 未填执行数, never a second
 * 执行数 column) — the error value kept, or flagged uncached.
 */
function noResultSpent(grid: SheetGrid, found: NoResult, role: HeaderRole, diagnostics: Diagnostic[]): CellReading {
  diagnostics.push(noResultAmount(grid, found, role));
  const format = grid.numberFormat(found.row, found.col);
  const key = cellKey(found.row, found.col);
  return found.error === null ? new Reading(key, null, format, true) : new Reading(key, { error: found.error }, format);
}

/** A matrix cell (its merged area's) holding a formula without a usable result: an error value, or none in the file. */
function noResultIn(grid: SheetGrid, row: number | null, col: number | undefined): NoResult | null {
  if (row === null || col === undefined) return null;
  const m = grid.master(row, col);
  const v = grid.value(m.row, m.col);
  if (v !== null && typeof v === "object") return { kind: "noResult", row: m.row, col: m.col, error: v.error };
  return grid.uncachedFormula(m.row, m.col, m.col) < 0
    ? null
    : { kind: "noResult", row: m.row, col: m.col, error: null };
}

/** “预算数是公式，文件中没有它的计算结果…” or “执行数显示错误值 #DIV/0!…”, at the formula's cell. */
function noResultAmount(grid: SheetGrid, at: NoResult, role: HeaderRole): Diagnostic {
  const what = role === "fiscal" || role === "other" ? role : SPENT_ROLES.includes(role) ? "spent" : "budget";
  const message =
    at.error === null ? say("read.amount-uncached", { what }) : say("read.amount-error", { what, error: at.error });
  return diagnostic(grid.ref(at.row, at.col), "warning", message);
}

/**
 * 执行数 filled with text that is no amount ("二十万元"): kept as the reading (the cell is filled, not empty) and
 * said once; judging reads no number from it, so execution is not judged.
 */
function unreadableSpent(block: Block, label: LabelCell, diagnostics: Diagnostic[]): CellReading | null {
  const found = block.valueOf(label, false);
  return found.kind === "value" ? unreadableAt(block, found.row, found.col, diagnostics) : null;
}

/** The text at a spent cell that is no amount, said once (a rate typed by mistake — "20%" — is named as one). */
function unreadableAt(block: Block, row: number, col: number, diagnostics: Diagnostic[]): CellReading | null {
  const reading = cellReading(block.grid, row, col);
  if (!reading || typeof reading.value !== "string" || !looksLikeAmount(reading.value)) return null;
  block.use(row, col);
  const at = block.grid.ref(keyRow(reading.cell), keyCol(reading.cell));
  const value = reading.value.trim();
  const code = /[%％]$/.test(value) ? "read.spent-percent" : "read.spent-unreadable";
  diagnostics.push(diagnostic(at, "warning", say(code, { value })));
  return reading;
}

/** 自评得分 | 98 in the header rows: the number right of the label (a column label over a grid's scores is not it). */
function totalScoreOf(block: Block): CellReading | null {
  for (let l = block.nextPending("totalScore"); l; l = block.nextPending("totalScore", l)) {
    if (l.inline) continue;
    for (let r = l.row; r <= block.grid.bottomEdge(l.row, l.col); r++) {
      const found = block.right(r, l.col);
      if (found.kind !== "value" || !block.isNumeric(found)) continue;
      block.use(l.row, l.col);
      block.use(found.row, found.col);
      return cellReading(block.grid, found.row, found.col);
    }
  }
  return null;
}

/**
 * 资金总额 left blank beside 其中:财政拨款 500 (a transfer template sent down with the parts filled in): the budget is the
 * sum of the parts, said once; the written total stays blank (a review compares it with 财政 + 其他).
 */
function sumBlankTotal(block: Block, info: HeaderInfo, diagnostics: Diagnostic[]): void {
  let label: LabelCell | null = null;
  for (let i = 0; i < BUDGET_ROLES.length && !label; i++) label = block.nextPendingWithoutInline(BUDGET_ROLES[i]);
  const parts = [info.fiscal, info.other].filter((x): x is Amount => x !== null);
  const sum = parts.reduce((n, x) => n + x.value, 0);
  if (!label || !(sum > 0)) return;
  info.budget = { value: sum, cell: parts[0].cell };
  info.writtenTotal = null;
  diagnostics.push(diagnostic(block.grid.ref(label.row, label.col), "info", say("read.funds-total-blank-summed", {})));
}

/**
 * Money unit: a hint in a money label (预算数（元）, 资金情况（万元）), else the 单位：万元 line, else none (万元 assumed). The label
 * says what its own amounts are in; the line may be the template's, left standing over a money row in 万元 (汉阴
 * 2022: "单位:元" above 资金情况(万元) 年度金额 112). A spent label's unit (执行数（元）: the clerk pays in 元) is its own
 * amount's: the table's unit only when nothing else states one (no budget label's unit, no 单位 line).
 */
const MONEY_UNIT_HINT = /亿元|万元|元/;
/** Money spent (or to be), whose label's unit is its own amount's, not the budget's. */
const SPENT_LIKE = new Set<HeaderRole>([...SPENT_ROLES, "forecastSpent"]);

function moneyUnitOf(block: Block, fromLine: MoneyUnit | null): { table: MoneyUnit | null; spent: MoneyUnit | null } {
  let own: MoneyUnit | null = null;
  let spent: MoneyUnit | null = null;
  let spentLike: MoneyUnit | null = null; // the first spent or forecast label's unit: the table's as a last resort
  for (const l of block.labelList) {
    if (!MONEY_ROLES.has(l.role) && l.role !== "moneyBlock") continue;
    const unit = labelUnit(l);
    if (!unit) continue;
    if (!SPENT_LIKE.has(l.role)) own ??= unit;
    else {
      spentLike ??= unit;
      if (SPENT_ROLES.includes(l.role)) spent ??= unit;
    }
  }
  return { table: own ?? fromLine ?? spentLike, spent };
}

function labelUnit(label: LabelCell): MoneyUnit | null {
  for (const hint of label.hints) {
    const unit = MONEY_UNIT_HINT.exec(hint);
    if (unit) return unit[0] as MoneyUnit;
  }
  return null;
}

/** An unlabelled short line between the title and the first label is the unit (organisation) line. */
function unitLine(block: Block, line: Classified["unitLine"]): string {
  if (!line) return "";
  block.use(line.row, line.col);
  return block.grid.text(line.row, line.col);
}

/** Rows and columns the block used (the table's range). */
function extentOf(block: Block, info: HeaderInfo): void {
  for (const l of block.labelList) block.use(l.row, l.col);
  if (block.usedTop < 0) return;
  info.top = block.usedTop;
  info.left = block.usedLeft;
  info.right = block.usedRight;
}

/** A spending plan read under a table's indicator rows: its checkpoints, the 执行数 beside it, its last row. */
interface PlanBelow {
  schedule: RawCheckpoint[];
  spent: CellReading | null;
  bottom: number;
  /** Its right edge (label, checkpoints, 执行数). */
  right: number;
}

/**
 * The 资金支出计划 whose label opens `region` (rows under a table's indicators, or columns beside them: several
 * provinces' forms put the plan there), read as above the header — checkpoints over shares, and a 执行数 label beside
 * them when `withSpent`; `beside`: pairs go on down the rows under the label. Null when no plan label is there; a plan
 * label with no checkpoint beside or under it is said, never passed over.
 */
export function readPlanBelow(
  grid: SheetGrid,
  region: Region,
  withSpent: boolean,
  diagnostics: Diagnostic[],
  beside = false,
): PlanBelow | null {
  const block = new Block(grid, region, region.top);
  classifyCells(block, null, emptyInfo(region));
  const label = block.nextPending("schedule");
  if (!label) return null;
  const schedule = readSchedule(block, label, beside);
  if (schedule.length === 0)
    diagnostics.push(diagnostic(grid.ref(label.row, label.col), "warning", say("read.schedule-below-unread", {})));
  const spent = withSpent ? spentOf(block, diagnostics) : null;
  let bottom = label.row;
  let right = grid.rightEdge(label.row, label.col);
  for (const cell of [...schedule.flatMap((cp) => [cp.labelCell, cp.percentCell]), ...(spent ? [spent.cell] : [])]) {
    bottom = Math.max(bottom, keyRow(cell));
    right = Math.max(right, grid.rightEdge(keyRow(cell), keyCol(cell)));
  }
  return { schedule, spent, bottom, right };
}

/**
 * A 执行数 label's amount within `region` (the rows of a plan beside the indicators, right of it: where our schedule
 * block goes when the plan leaves no room beside its checkpoints); null when none is there.
 */
export function readSpentIn(grid: SheetGrid, region: Region, diagnostics: Diagnostic[]): CellReading | null {
  if (region.right < region.left) return null;
  const block = new Block(grid, region, region.top);
  classifyCells(block, null, emptyInfo(region));
  return spentOf(block, diagnostics);
}

/**
 * A goal table's header part in `region`: title, project, unit, budget and its funds, 执行数 and score cells, the
 * disbursement schedule and periods; what cannot be read goes to `diagnostics`.
 */
export function readHeaderBlock(grid: SheetGrid, region: Region, diagnostics: Diagnostic[]): HeaderInfo {
  const info = emptyInfo(region);
  if (region.bottom < region.top) return info;

  const title = findTitleRow(grid, region);
  const block = new Block(grid, region, title ? title.row : clusterTop(grid, region));
  if (title) {
    const lead = noticeLead(grid, title);
    info.title = (lead ? grid.text(lead.row, lead.col).trim() : "") + grid.text(title.row, title.col);
    if (lead) block.use(lead.row, lead.col);
    info.years.push(...titleYears(info.title));
    block.use(title.row, title.col);
  }
  const classified = classifyCells(block, title, info);
  if (info.years.length === 0) info.years.push(...yearsAbove(grid, region, block.top));
  readMatrix(block, info, diagnostics);
  readTextFields(block, info);
  readAmounts(block, info, diagnostics);
  const scheduleLabel = block.nextPending("schedule");
  if (scheduleLabel) {
    info.schedule = readSchedule(block, scheduleLabel);
    for (const cp of info.schedule) {
      block.use(keyRow(cp.labelCell), keyCol(cp.labelCell));
      block.use(keyRow(cp.percentCell), keyCol(cp.percentCell));
    }
  }
  const units = moneyUnitOf(block, classified.moneyUnitFromLine ?? moneyUnitAbove(grid, region, block.top));
  info.moneyUnit = units.table ?? "万元";
  info.moneyUnitStated = units.table !== null;
  // The label's unit is the amount read beside it (a spent read from the plan below is in the table's).
  info.spentUnit = info.spent && units.spent !== info.moneyUnit ? units.spent : null;
  if (!info.unitName) info.unitName = unitLine(block, classified.unitLine);
  extentOf(block, info);
  return info;
}
