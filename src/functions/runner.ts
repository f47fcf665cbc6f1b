/**
 * The one runner every PERF.* function goes through (HyperFormula's FunctionPlugin is the model):
 * a function is declared as data — its arguments' kinds — plus a pure body; the runner coerces the
 * arguments, stops at the first problem, and turns problems (and anything thrown) into `#VALUE!`
 * with a message in the formula's language. Nothing escapes as an exception.
 */
import type { ScheduleMethod } from "../core/types";
import {
  toCellValue,
  toDate,
  toIndicatorType,
  toLang,
  toMethod,
  toNumber,
  toTargetCells,
  toYear,
  cellsOf,
  show,
  type PlainValue,
  type IndicatorType,
  type TargetCells,
} from "./coerce";
import { FunctionError, Problem, toExcelError, type Lang, type MessageKey } from "./errors";
import { MONEY_UNITS, NUMBER_UNITS } from "./vocabulary";

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
  /** A range's cells in reading order (schedule labels, percentages). */
  range: unknown[];
  lang: Lang;
  indicatorType: IndicatorType;
  method: ScheduleMethod;
  year: number | null;
}

export type ArgKind = keyof KindValues;

const COERCE: { [K in ArgKind]: (raw: unknown) => KindValues[K] | Problem } = {
  target: toTargetCells,
  actual: toCellValue,
  date: toDate,
  number: (raw) => toNumber(raw, NUMBER_UNITS),
  money: (raw) => toNumber(raw, MONEY_UNITS),
  range: cellsOf,
  lang: toLang,
  indicatorType: toIndicatorType,
  method: toMethod,
  year: toYear,
};

export interface ArgDef {
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

export type ArgValues<A extends readonly ArgDef[]> = { -readonly [I in keyof A]: ValueOf<A[I]> };

/** A function result: a cell value, "" for nothing to show, or a problem. */
export type Output = string | number | Problem;

export interface FunctionSpec<A extends readonly ArgDef[] = readonly ArgDef[]> {
  /** The id in functions.json (Excel shows it as PERF.<id>). */
  id: string;
  args: A;
  body: (...values: ArgValues<A>) => Output;
  /** Index of the lang argument, or -1 (found once, at declaration). */
  langIndex: number;
}

/** Any declared function, whatever its arguments (the runner only needs the shape). */
export interface AnyFunctionSpec {
  id: string;
  args: readonly ArgDef[];
  body: (...values: never[]) => Output;
  langIndex: number;
}

export function defineFunction<const A extends readonly ArgDef[]>(
  id: string,
  args: A,
  body: (...values: ArgValues<A>) => Output,
): FunctionSpec<A> {
  return { id, args, body, langIndex: args.findIndex((a) => a.kind === "lang") };
}

export type ExcelResult = string | number | CustomFunctions.Error | FunctionError;

/** Coerce the raw arguments, run the body, map problems to #VALUE!. Never throws. */
export function run(spec: AnyFunctionSpec, raw: ArrayLike<unknown>): ExcelResult {
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
