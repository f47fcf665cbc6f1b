/**
 * The one runner every PERF.* function goes through (HyperFormula's FunctionPlugin is the model):
 * a function is declared as data — its arguments' kinds — plus a pure body; the runner coerces the
 * arguments, stops at the first problem, and turns problems (and anything thrown) into `#VALUE!`
 * with a message in the formula's language. Nothing escapes as an exception.
 */
import type { JudgeSettings, ScheduleMethod } from "../core/types";
import {
  toBands,
  toCellValue,
  toFlag,
  toDate,
  toIndicatorType,
  toLang,
  toMethod,
  toMoney,
  toNumber,
  toSpent,
  toTargetCells,
  toYear,
  cellsOf,
  show,
  type PlainValue,
  type IndicatorType,
  type TargetCells,
} from "./coerce";
import { FunctionError, Problem, toExcelError, type MessageKey } from "./errors";
import type { Lang } from "../core/locale/messages";
import { MONEY_UNITS, NUMBER_UNITS, type NO_YEAR } from "./vocabulary";

/** What each argument kind becomes before the body sees it (null = empty cell or omitted). */
export interface KindValues {
  /** One cell or sign / value / unit cells. */
  target: TargetCells;
  /** The actual as a plain cell value (booleans kept; error values are problems). */
  actual: PlainValue;
  /** ISO date. */
  date: string | null;
  number: number | null;
  /** Money in 万元. */
  money: number | null;
  /** Money spent in 万元; words and dashes (—, 待定) are not filled yet, as the check reads them. */
  spent: number | null;
  /** A range's cells in reading order (schedule labels, percentages). */
  range: unknown[];
  lang: Lang;
  indicatorType: IndicatorType;
  method: ScheduleMethod;
  /** A year, none given (null), or "none": the table has no budget year. */
  year: number | null | typeof NO_YEAR;
  /** Warning bands (the settings' red / yellow / blue edges); none given: null. */
  bands: JudgeSettings["bands"] | null;
  /** A switch; none given: null. */
  flag: boolean | null;
}

type ArgKind = keyof KindValues;

const COERCE: { [K in ArgKind]: (raw: unknown) => KindValues[K] | Problem } = {
  target: toTargetCells,
  actual: toCellValue,
  date: toDate,
  number: (raw) => toNumber(raw, NUMBER_UNITS),
  money: (raw) => toMoney(raw, MONEY_UNITS),
  spent: (raw) => toSpent(raw, MONEY_UNITS),
  range: cellsOf,
  lang: toLang,
  indicatorType: toIndicatorType,
  method: toMethod,
  year: toYear,
  bands: toBands,
  flag: toFlag,
};

interface ArgDef {
  name: string;
  kind: ArgKind;
  /** Problem to report when the argument is empty; without it an empty argument reaches the body as null. */
  ifEmpty?: MessageKey;
}

type ValueOf<A> = A extends { kind: infer K extends ArgKind }
  ? A extends { ifEmpty: MessageKey }
    ? NonNullable<KindValues[K]>
    : KindValues[K]
  : never;

type ArgValues<A extends readonly ArgDef[]> = { -readonly [I in keyof A]: ValueOf<A[I]> };

/** A function result: a cell value, "" for nothing to show, or a problem. */
type Output = string | number | Problem;

interface FunctionSpec<A extends readonly ArgDef[] = readonly ArgDef[]> {
  /** The id in functions.json (Excel shows it as PERF.<id>). */
  id: string;
  args: A;
  body: (...values: ArgValues<A>) => Output;
  /** Index of the lang argument, or -1 (found once, at declaration). */
  langIndex: number;
  /** Argument indices in the order results are remembered by (see KEY_ORDER). */
  keyOrder: readonly number[];
}

/** Any declared function, whatever its arguments (the runner only needs the shape). */
export interface AnyFunctionSpec {
  id: string;
  args: readonly ArgDef[];
  body: (...values: never[]) => Output;
  langIndex: number;
  keyOrder: readonly number[];
}

/** Declare a PERF.* function: its arguments (coerced before `body` runs) and where its lang argument stands. */
export function defineFunction<const A extends readonly ArgDef[]>(
  id: string,
  args: A,
  body: (...values: ArgValues<A>) => Output,
): FunctionSpec<A> {
  const keyOrder = args.map((_, i) => i).sort((a, b) => KEY_ORDER[args[a].kind] - KEY_ORDER[args[b].kind]);
  return { id, args, body, langIndex: args.findIndex((a) => a.kind === "lang"), keyOrder };
}

/**
 * Results are remembered by the arguments a column shares first (language, date, type) and a row's own
 * values last, so a new actual adds one entry to the trie, not a branch of new levels.
 */
const KEY_ORDER: Record<ArgKind, number> = {
  lang: 0,
  method: 1,
  bands: 2,
  flag: 3,
  date: 4,
  year: 5,
  indicatorType: 6,
  range: 7,
  target: 8,
  number: 9,
  money: 10,
  spent: 10,
  actual: 11,
};

type ExcelResult = string | number | CustomFunctions.Error | FunctionError;

// ───────────────────────────── results by raw arguments ─────────────────────────────

/**
 * Every function is a pure function of its arguments' values, so a result is remembered under the values
 * exactly as Excel passed them, before any coercion: recalculating a sheet (rows repeating targets, actuals
 * and the date) then costs one Map lookup per cell value. A trie with one level per key; an argument's keys
 * are the value itself, or a range's shape tag followed by its cells in order (a tag is an object, so it can
 * never equal a cell value, and every argument list has exactly one key sequence). Only cell values a Map
 * tells apart as the function does are keys: objects (error values), −0 (a Map key equal to 0) and large
 * ranges go the plain way, unremembered. Problems are not remembered either (each call gets its own error).
 */
type Trie = Map<unknown, unknown>;
/** Results of every function: the first key is the function. */
const results: Trie = new Map();
/** Maps and results stored since the last clear (bounded memory: everything is forgotten past the limit). */
let stored = 0;
const MAX_STORED = 200_000;
const MAX_SIDE = 16;
const shapeTags: object[] = [];
/** Where the walk is: the current call's result is (or will be) kept under `pendingKey` in `level`. */
let level: Trie = results;
let pendingKey: unknown;

/** Forget every remembered result (tests; the benchmark of the cold path). */
export function clearResults(): void {
  results.clear();
  stored = 0;
}

function isKey(v: unknown): boolean {
  switch (typeof v) {
    case "string":
    case "boolean":
    case "undefined":
      return true;
    case "number":
      return v !== 0 || 1 / v > 0;
    default:
      return v === null;
  }
}

/** One key further: down to the level under the pending key (made if new), where `key` is pending. */
function descend(key: unknown): void {
  let next = level.get(pendingKey) as Trie | undefined;
  if (next === undefined) {
    if (++stored > MAX_STORED) clearResults(); // this call goes on in the detached branch
    level.set(pendingKey, (next = new Map()));
  }
  level = next;
  pendingKey = key;
}

/** Walks down by one argument's keys; false when it cannot be a key. */
function descendBy(arg: unknown): boolean {
  if (!Array.isArray(arg)) {
    if (!isKey(arg)) return false;
    descend(arg);
    return true;
  }
  const rows = arg.length;
  const first: unknown = rows > 0 ? arg[0] : [];
  if (!Array.isArray(first)) return false;
  const cols = first.length;
  if (rows > MAX_SIDE || cols > MAX_SIDE) return false;
  const at = rows * (MAX_SIDE + 1) + cols;
  descend(shapeTags[at] ?? (shapeTags[at] = { rows, cols }));
  for (let r = 0; r < rows; r++) {
    const row: unknown = arg[r];
    if (!Array.isArray(row) || row.length !== cols) return false;
    for (let c = 0; c < cols; c++) {
      const cell: unknown = row[c];
      if (!isKey(cell)) return false;
      descend(cell);
    }
  }
  return true;
}

/** Coerce the raw arguments, run the body, map problems to #VALUE!. Never throws. */
export function run(spec: AnyFunctionSpec, raw: ArrayLike<unknown>): ExcelResult {
  level = results;
  pendingKey = spec;
  const order = spec.keyOrder;
  const count = order.length;
  let i = 0;
  while (i < count && descendBy(raw[order[i]])) i++;
  if (i < count || count === 0) return evaluate(spec, raw);
  const at = level;
  const key = pendingKey;
  const known = at.get(key) as string | number | undefined;
  if (known !== undefined) return known;
  const out = evaluate(spec, raw);
  if (typeof out === "string" || typeof out === "number") {
    if (++stored > MAX_STORED) clearResults();
    else at.set(key, out);
  }
  return out;
}

function evaluate(spec: AnyFunctionSpec, raw: ArrayLike<unknown>): ExcelResult {
  let lang: Lang = "zh";
  try {
    if (spec.langIndex >= 0) {
      const wanted = toLang(raw[spec.langIndex]);
      if (wanted instanceof Problem) return toExcelError(wanted, "zh");
      lang = wanted;
    }
    const args = spec.args;
    const values: unknown[] = new Array(args.length);
    for (let i = 0; i < args.length; i++) {
      const kind = args[i].kind;
      const value = kind === "lang" ? lang : COERCE[kind](raw[i]);
      if (value instanceof Problem) return toExcelError(value, lang);
      if (value === null && args[i].ifEmpty) return toExcelError(new Problem(args[i].ifEmpty!), lang);
      values[i] = value;
    }
    const out = (spec.body as (...v: unknown[]) => Output)(...values);
    if (out instanceof Problem) return toExcelError(out, lang);
    if (typeof out === "number" && !Number.isFinite(out))
      return toExcelError(new Problem("badValue", String(out)), lang);
    return out;
  } catch (e) {
    return toExcelError(new Problem("internal", e instanceof Error ? e.message : show(e)), lang);
  }
}
