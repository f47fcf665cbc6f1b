/**
 * Which of a sheet's conditional-format rules a removeConditionalFormat op takes — one rule for the three appliers.
 */
import { columnIndex } from "../a1";
import type { CellRange } from "../types";
import { formulaShape, outsideLiterals } from "./fingerprint";
import type { Highlight, PlannedRule } from "./types";

/**
 * The rules with the recorded formula itself, when there are any: ours, where we wrote them. A rule of the same
 * shape elsewhere is someone else's — the user's, or one a check left as the user's (a block whose record was
 * lost: the earlier check wrote its own beside it) — and stays, so a second check takes nothing the first kept.
 * None with the recorded formula: our rules moved (Excel rewrites the references when rows or columns are
 * inserted), and the rules of that shape go. When the plan says which formulas our rules of the sheet have after it
 * (`planned`: a check; Clear marks gives none), only those of that shape that test the recorded column or a planned
 * one (their rows aside): a rule that tests another column is one whose formula the clerk changed (our red on $K made
 * theirs on $L), theirs from then on, and stays. Given where the rules lie (`where`), a rule of ours the clerk widened
 * over more columns stays (widened), and of several found only those over our columns go (overOurColumns).
 * Besides those, every rule whose formula is the recorded one with all its references broken (#REF!) goes, where
 * ours can lie (brokenOverOurs: a copy or widening of the clerk's stays).
 */
export function rulesToRemove<T>(
  rules: T[],
  formulaOf: (rule: T) => string,
  recorded: string,
  planned?: readonly PlannedRule[],
  where?: RulePlaces<T>,
): T[] {
  const shape = formulaShape(recorded);
  // Ours whose tested cells the clerk deleted (the host wrote #REF! for each of its references): such a rule can
  // format no cell again, so it goes with ours, by check or Clear marks — else it stayed for good (breaker63).
  const dead = allBroken(recorded);
  const anyBroken = dead === norm(recorded) ? [] : rules.filter((r) => sameText(formulaOf(r), dead));
  const broken = where ? anyBroken.filter((r) => brokenOverOurs(r, where)) : anyBroken;
  // A broken rule the clerk's (brokenOverOurs) is none of the live ones either: it stays.
  const live = anyBroken.length === 0 ? rules : rules.filter((r) => !anyBroken.includes(r));
  return [...liveToRemove(live, formulaOf, recorded, shape, planned, where), ...broken];
}

/**
 * A rule with our formula broken lies where ours can be after columns were deleted (deletions only shrink ours and move
 * it left): no more columns than the record's, none right of its last, one at least within its span, and a row within
 * the record's rows (rows inserted above the table since: it stays, as before breaker63). Else it is the
 * clerk's — their copy of ours over their own columns, or ours they widened over theirs — which they may be fixing, and
 * stays (review63). Not told where the rule lies: ours.
 */
function brokenOverOurs<T>(rule: T, where: RulePlaces<T>): boolean {
  const ranges = where.rangesOf(rule);
  if (!ranges) return true;
  const now = [...columnSet(ranges)];
  const was = [...columnSet(where.recorded)];
  const [first, last] = [Math.min(...was), Math.max(...was)];
  // Rows too: a broken formula is the same text for each of our rules of a light (the execution row's and the
  // indicators'), so the clerk's copy over the indicators' columns may fit the execution row's columns; not its rows.
  const [top, bottom] = [
    Math.min(...where.recorded.map((r) => r.top)),
    Math.max(...where.recorded.map((r) => r.bottom)),
  ];
  const rows = ranges.some((r) => r.top <= bottom && r.bottom >= top);
  return rows && now.length <= was.length && now.every((c) => c <= last) && now.some((c) => c >= first);
}

/** rulesToRemove among the rules whose references are not all broken. */
function liveToRemove<T>(
  rules: T[],
  formulaOf: (rule: T) => string,
  recorded: string,
  shape: string,
  planned?: readonly PlannedRule[],
  where?: RulePlaces<T>,
): T[] {
  const same = rules.filter((r) => formulaShape(formulaOf(r)) === shape);
  const exact = same.filter((r) => sameText(formulaOf(r), recorded));
  let found: T[];
  if (exact.length > 0) found = exact;
  else if (!planned) found = same;
  else {
    const columns = new Set([recorded, ...planned.map((p) => p.formula)].map(rowFree));
    found = same.filter((r) => columns.has(rowFree(formulaOf(r))));
  }
  if (!where) return found;
  const kept = found.filter((rule) => !widened(rule, formulaOf, recorded, where, planned));
  return kept.length > 1 ? overOurColumns(kept, formulaOf, recorded, where) : kept;
}

/**
 * A rule of ours the clerk widened (管理规则 → 编辑 应用于 from our columns to theirs and ours, one rule): its formula
 * still tests our key column, and its columns are all of those ours covers now and more. Theirs from then on, as a rule
 * whose formula they changed is: kept by checks and Clear marks, ours written again over our cells. Rows are not
 * compared (rows inserted in a table grow ours).
 * Where ours covers now: a check writes ours again with the same formula (`planned`, found by the formula without
 * rows), so the columns inserted since are known — before the table they move ours, key and all (the widening was lost
 * there, breaker54); inside a range of ours they grow it, and then pair the recorded columns with the planned ones
 * (sortedColumns) to grow the recorded ranges alike. Clear marks, a check writing none of that key, or columns that do
 * not pair (a column of ours deleted; a table of the rule no longer written): the recorded columns moved as far as the
 * key column moved (movedWhole). Neither (the recorded rule is another of ours, of the execution row, whose op finds
 * this one by its shape once no formula is ours to the letter): the columns ours of this key go to now.
 */
function widened<T>(
  rule: T,
  formulaOf: (rule: T) => string,
  recorded: string,
  where: RulePlaces<T>,
  planned: readonly PlannedRule[] | undefined,
): boolean {
  const ranges = where.rangesOf(rule);
  if (!ranges) return false;
  const now = columnSet(ranges);
  const key = rowFree(formulaOf(rule));
  const again = (planned ?? []).filter((p) => rowFree(p.formula) === key).flatMap((p) => p.ranges);
  const ours =
    (again.length > 0 ? grownRecorded(where.recorded, again) : null) ??
    movedWhole(where.recorded, recorded, formulaOf(rule), now) ??
    (again.length > 0 ? columnSet(again) : null);
  return !!ours && now.size > ours.size && [...ours].every((c) => now.has(c));
}

/**
 * Without planned columns to pair with, the recorded columns moved as far as the rule's key column moved since (columns inserted or deleted
 * before the table move all of ours alike); null when that cannot tell a widening. Unmoved: the recorded columns. Moved:
 * only when the rule reaches past every place ours could have grown or moved to (left of the first recorded column,
 * right of the last one moved): an insert inside a range of ours grows it by a column of ours and moves the key too,
 * which is still ours. Then the columns of the rule where each of ours may be now (an insert between ours moves only
 * those right of it), or, when one has none, ours moved whole (not in the rule: no widening).
 */
function movedWhole(ranges: CellRange[], recorded: string, formula: string, now: Set<number>): Set<number> | null {
  const from = keyColumn(recorded);
  const to = keyColumn(formula);
  if (from === null || to === null) return null;
  const was = columnSet(ranges);
  if (to === from) return was;
  const shift = to - from;
  const lo = Math.min(...was) + Math.min(shift, 0);
  const hi = Math.max(...was) + Math.max(shift, 0);
  if (![...now].some((c) => c < lo || c > hi)) return null;
  // Columns inserted (deleted) between ours move those right of them only: each of ours is somewhere from where it was
  // to as far as the key moved (review54: widened, then a column inserted between ours, went at Clear marks). The rule
  // holds each of ours there and reaches past them all: ours widened.
  const reach = [...was].map((c) => [...now].filter((n) => n >= c + Math.min(shift, 0) && n <= c + Math.max(shift, 0)));
  if (reach.every((at) => at.length > 0)) return new Set(reach.flat());
  return new Set([...was].map((c) => c + shift));
}

/**
 * The recorded ranges moved and grown as columns inserted since moved and grew them: each recorded column paired in
 * order with a column ours covers now (`again`), each range from its first column's place to its last one's. Columns
 * inserted inside a range of ours are in it; the plan writes the columns apart around them (two ranges where one was),
 * which the rule Excel grew is not. Null when the two do not pair (not as many columns).
 */
function grownRecorded(recorded: CellRange[], again: CellRange[]): Set<number> | null {
  const was = sortedColumns(recorded);
  const is = sortedColumns(again);
  if (was.length !== is.length) return null;
  const to = new Map(was.map((c, i) => [c, is[i]]));
  return columnSet(recorded.map((r) => ({ ...r, left: to.get(r.left)!, right: to.get(r.right)! })));
}

const sortedColumns = (ranges: CellRange[]) => [...columnSet(ranges)].sort((a, b) => a - b);

/** The columns a list of ranges covers. */
function columnSet(ranges: CellRange[]): Set<number> {
  const set = new Set<number>();
  for (const r of ranges) for (let c = r.left; c <= r.right; c++) set.add(c);
  return set;
}

/** Where the rules lie (each rule's ranges, null when the host did not read them) and where the record put ours. */
interface RulePlaces<T> {
  rangesOf: (rule: T) => CellRange[] | null;
  recorded: CellRange[];
}

/**
 * Of several rules that would go, those over the columns the record gives ours (moved across as far as their formula's
 * column moved: Excel moves both together), when any is: the others are the clerk's — a copy of our rule they made for
 * their own cells (条件格式 → 管理规则 → 复制规则, then 应用于 their columns: the whole indicator row red with our 预警),
 * its formula ours to the letter. Rows are not compared: rows inserted or deleted in a table grow or shrink our ranges.
 * None over our columns (a column inserted between our ranges moves them apart): all of them, as before.
 */
function overOurColumns<T>(found: T[], formulaOf: (rule: T) => string, recorded: string, where: RulePlaces<T>): T[] {
  const from = keyColumn(recorded);
  const columnsOf = (ranges: CellRange[], shift: number) =>
    [...columnSet(ranges)]
      .map((c) => c + shift)
      .sort((a, b) => a - b)
      .join(",");
  const ours = found.filter((rule) => {
    const ranges = where.rangesOf(rule);
    const to = keyColumn(formulaOf(rule));
    if (!ranges || from === null || to === null) return false;
    return columnsOf(ranges, 0) === columnsOf(where.recorded, to - from);
  });
  return ours.length > 0 ? ours : found;
}

/** The column of a formula's first cell reference outside its string literals ($K11 → K), or null. */
function keyColumn(formula: string): number | null {
  const code = outsideLiterals(
    norm(formula),
    (part) => part,
    () => "",
  );
  const ref = /\$?([A-Za-z]{1,3})\$?\d+/.exec(code);
  return ref ? columnIndex(ref[1].toUpperCase()) : null;
}

/** A formula with every cell reference outside its literals as #REF!: what the host leaves of it once those cells are deleted. */
const allBroken = (formula: string) =>
  outsideLiterals(norm(formula), (code) => code.replace(/(?<![\w.$])\$?[A-Za-z]{1,3}\$?\d+(?![\w(])/g, "#REF!"));

/** The same formula as written: the hosts give it with or without "=", spaced or not. */
const sameText = (a: string, b: string) => norm(a) === norm(b);
const norm = (f: string) => f.replace(/^=/, "").replace(/\s+/g, "");

/**
 * A rule's look that is part of its own highlight's (the light the rule added again for its formula shows) and no
 * more: its fill and font colour each that highlight's or not set (`#RRGGBB` or `RRGGBB`, any case), nothing else
 * set (`more`: bold, italic, an underline, a border …). A run Excel refused part-way may have added our rule and set
 * only its fill: that look is ours unfinished, not one the clerk chose, and the rule added again gets all of ours
 * (removeConditionalFormat `unfinished`). Another light's colours (our yellow rule recoloured with Excel's preset
 * 浅红填充色深红色文本, our red's) are the clerk's choice and stay.
 */
export function partOfOurLook(fill: string | null, font: string | null, more: boolean, highlight: Highlight): boolean {
  const hex = (colour: string | null) => colour?.replace(/^#/, "").toUpperCase() || null;
  const [f, t] = [hex(fill), hex(font)];
  return !more && (f === null || f === highlight.fill) && (t === null || t === highlight.font);
}

/**
 * The look a rule of ours had when a plan removed it, given to the rule the plan adds again for the same light of the
 * same column on that sheet: a highlight the clerk recoloured (条件格式 → 管理规则 → 编辑规则) keeps the clerk's look,
 * as a cell of ours keeps the format they gave it, on every later check. The rule is still ours (our formula, our
 * ranges: it goes on Clear marks); only its look is theirs. `L` is the host's own form of a look (the .xlsx rule's
 * dxfId, the colours Office.js or WPS read). A rule whose formula the clerk changed is not ours (rulesToRemove leaves
 * it), so its look never comes here. One sheet's looks: the .xlsx writer patches one sheet's part at a time.
 */
export class SheetLooks<L> {
  private readonly looks = new Map<string, L>();

  /**
   * The look of a rule being removed; the first one of a formula stays (the rule met first wins), unless `instead` says
   * the look kept so far gives way to this one.
   */
  keep(formula: string, look: L, instead?: (kept: L) => boolean): void {
    const k = rowFree(formula);
    const kept = this.looks.get(k);
    if (kept === undefined || instead?.(kept)) this.looks.set(k, look);
  }

  /** The kept look for a rule added with this formula; undefined: none kept, ours is written. */
  of(formula: string): L | undefined {
    // A first check removes no rule: nothing kept, and no key to make (rowFree's regex per rule added).
    return this.looks.size === 0 ? undefined : this.looks.get(rowFree(formula));
  }
}

/** SheetLooks of every sheet a plan writes: the hosts that apply a whole plan in one pass (Excel, WPS, ExcelJS). */
export class KeptLooks<L> {
  private readonly sheets = new Map<string, SheetLooks<L>>();

  /** The looks kept on this sheet. */
  on(sheet: string): SheetLooks<L> {
    let looks = this.sheets.get(sheet);
    if (!looks) this.sheets.set(sheet, (looks = new SheetLooks<L>()));
    return looks;
  }
}

/** What a kept look is found by: the formula without its rows (rowFree). */
export const lookKey = (formula: string): string => rowFree(formula);

/**
 * A formula without the row numbers of its relative references (outside string literals): the rows aside. A kept look
 * is found by it: the hosts give a rule's rows from different anchors (WPS reads Formula1 from the active cell; a table
 * moved down gets an anchor further down), while the column and the words it compares say which light of which column
 * it is.
 */
function rowFree(formula: string): string {
  return outsideLiterals(norm(formula), (code) => code.replace(/(\$?[A-Za-z]{1,3})(\d+)/g, "$1#"));
}
