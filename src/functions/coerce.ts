/**
 * Coercion of the values Excel hands to a custom function: numbers, text (also text numbers and
 * full-width digits), booleans, empty cells (null, undefined or ""), error values (in whatever
 * shape the host passes them) and 2-D ranges. Each coercer returns a value or a Problem, never throws.
 */
import { isPlausibleYear, isValidIso, serialToIso, yearOf } from "../core/dates";
import { UNIT_ALIASES } from "../core/locale/zh";
import { normalizeText, parseDateText } from "../core/notation/text";
import { amountWritten, looksLikeAmount } from "../core/read/text";
import { bandsValid } from "../core/settings";
import { DEFAULT_SETTINGS, type CellError, type CellValue, type JudgeSettings } from "../core/types";
import { Problem } from "./errors";
import type { Lang } from "../core/locale/messages";
import { FLAG_WORDS, LANG_WORDS, LEVEL1, LEVEL2, METHOD_WORDS, NO_YEAR, NO_YEAR_WORDS, SIGN_CELL } from "./vocabulary";
import type { ScheduleMethod } from "../core/types";

/** Band edges are plain percent numbers (60), never 60% read as 0.6. */
const NUMBER_UNITS_PLAIN: Record<string, number> = { "": 1 };

/** A small memo that forgets everything when full (recalculation touches few distinct values). */
export class Memo<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity = 10_000) {}

  get(key: K, make: (key: K) => V): V {
    const hit = this.map.get(key);
    return hit !== undefined ? hit : this.store(key, make(key));
  }

  lookup(key: K): V | undefined {
    return this.map.get(key);
  }

  store(key: K, value: V): V {
    if (this.map.size >= this.capacity) this.map.clear();
    this.map.set(key, value);
    return value;
  }

  clear(): void {
    this.map.clear();
  }
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** The error text of an error value, or null: `{ error }` (core), CustomFunctions.Error `{ code }`,
 *  an Excel CellValue `{ basicValue: "#N/A" }`, or a JS Error. */
export function errorOf(v: unknown): string | null {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  for (const field of ["error", "code", "basicValue"]) {
    const text = o[field];
    if (typeof text === "string" && text !== "") return text;
  }
  return v instanceof Error ? v.message || "#VALUE!" : "#VALUE!";
}

/** Any value as short text for a message (never throws, even on null-prototype objects). */
export function show(v: unknown): string {
  switch (typeof v) {
    case "string":
      return v.trim();
    case "number":
      return String(v);
    case "boolean":
      return v ? "TRUE" : "FALSE";
    case "undefined":
      return "";
    case "object":
      return v === null ? "" : Array.isArray(v) ? "[…]" : (errorOf(v) ?? "?");
    default:
      return typeof v;
  }
}

/** Cells of a range in reading order; a scalar is a range of one cell. */
export function cellsOf(raw: unknown): unknown[] {
  if (!Array.isArray(raw)) return [raw];
  if (raw.length === 1 && Array.isArray(raw[0])) return raw[0] as unknown[];
  const out: unknown[] = [];
  for (const row of raw) {
    if (Array.isArray(row)) for (const cell of row) out.push(cell);
    else out.push(row);
  }
  return out;
}

/** A scalar argument that arrived as a 1×1 range is that cell. */
function single(raw: unknown): unknown {
  return Array.isArray(raw) && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1 ? raw[0][0] : raw;
}

/** A cell value once error values are set apart. */
export type PlainValue = Exclude<CellValue, CellError>;

/** Plain cell value, or a Problem for error values and objects. */
export function toCellValue(raw: unknown): PlainValue | Problem {
  const v = single(raw);
  if (v === undefined || v === null) return null;
  switch (typeof v) {
    case "number":
      return Number.isFinite(v) ? v : new Problem("badNumber", String(v));
    case "string":
      return v.trim() === "" ? null : v;
    case "boolean":
      return v;
    default:
      if (Array.isArray(v)) return new Problem("severalCells");
      return new Problem("errorValue", errorOf(v) ?? String(v));
  }
}

// ───────────────────────────── numbers ─────────────────────────────

const NUMBER_WITH_UNIT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(.*)$/;

/** Number from a cell: a number, or text like "1,200", "３９.８", "45%", "18万元" whose unit is in
 *  `units` (factor applied). Empty → null. */
export function toNumber(raw: unknown, units: Readonly<Record<string, number>>): number | null | Problem {
  const v = toCellValue(raw);
  if (v === null || v instanceof Problem) return v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return new Problem("badNumber", v ? "TRUE" : "FALSE");
  const m = NUMBER_WITH_UNIT.exec(normalizeText(v).replace(/[,\s]/g, ""));
  const factor = m ? units[m[2]] : undefined;
  if (!m || factor === undefined) return new Problem("badNumber", v.trim());
  return Number(m[1]) * factor;
}

/** An amount as the check reads it ("20万元整", "1-7月20万元" are 20 万元): formulas mode says what values mode says. */
export function toMoney(raw: unknown, units: Readonly<Record<string, number>>): number | null | Problem {
  const v = toCellValue(raw);
  if (typeof v !== "string") return toNumber(raw, units);
  const n = toNumber(amountWritten(v), units);
  return n instanceof Problem ? new Problem("badNumber", v.trim()) : n;
}

/**
 * Money spent (执行数) as the check reads it: dashes and words with no numeral (—, /, 待定, 未支出: what clerks put
 * before anything is spent) are no amount, so not filled yet (core parseAmount: null for words and dashes), never
 * `#VALUE!` where a check of the same sheet says 未填执行数. A text with a numeral or a money word that is no amount
 * (20万/30万, 壹拾万元（暂估）, 若干万元) is still said, where the check says it cannot read it (looksLikeAmount).
 */
export function toSpent(raw: unknown, units: Readonly<Record<string, number>>): number | null | Problem {
  const n = toMoney(raw, units);
  if (!(n instanceof Problem) || n.key !== "badNumber") return n;
  const v = single(raw);
  return typeof v === "string" && !looksLikeAmount(v) ? null : n;
}

// ───────────────────────────── dates ─────────────────────────────

const dateMemo = new Memo<number | string, string | Problem>(4096);

/** A whole number that reads as a year (2024), as a budget year is given: 1900–9999. */
const isYearNumber = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 9999;

/**
 * A number as a date: an Excel serial (a date cell such as 监控时点, 45504 = 2024-07-31) of a date in a
 * plausible year, as a date written in a table must be (1990–2100). A year typed where a date is meant (2023
 * would be serial 2023 = 1905-07-15) says so; any other number that is no such date (1000, 20244 = 1955) is
 * not understood, never read as a date nobody meant.
 */
function serialDate(n: number, shown: string): string | Problem {
  if (isYearNumber(n)) return new Problem("yearNotDate", shown);
  const iso = serialToIso(n);
  return iso !== null && isPlausibleYear(yearOf(iso)) ? iso : new Problem("badDate", shown);
}

function dateFromValue(v: number | string): string | Problem {
  if (typeof v === "number") return serialDate(v, String(v));
  const text = v.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isValidIso(text) ? text : new Problem("badDate", text);
  // A serial typed or pasted as text ("45504") is still a date.
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return serialDate(Number(text), text);
  return parseDateText(text) ?? new Problem("badDate", text);
}

/** ISO date from an Excel serial or date text ("2024-07-31", "2024年7月31日", "2024/7/31"); empty → null. */
export function toDate(raw: unknown): string | null | Problem {
  const v = toCellValue(raw);
  if (v === null || v instanceof Problem) return v;
  if (typeof v === "boolean") return new Problem("badDate", v ? "TRUE" : "FALSE");
  return dateMemo.get(v, dateFromValue);
}

/**
 * Budget year: a year, as a whole number or four digits of text (2024; 1900–9999), or any date (its year, so
 * 监控时点 works: a date serial as toDate reads it, so 2023.5, 1899 or 20244 are not understood, never the
 * year of the 1900s date they would be as serials); empty → null. 无 / none: the table has no budget year, so
 * a date written without one (11月底前) is not understood, as in the checked copy.
 */
export function toYear(raw: unknown): number | null | typeof NO_YEAR | Problem {
  const v = toCellValue(raw);
  if (v === null || v instanceof Problem) return v;
  if (typeof v === "string" && NO_YEAR_WORDS[v.trim().toLowerCase()]) return NO_YEAR;
  // Four digits of text, full-width too (２０２４, as 2024年 and ２０２４年 are read through toDate).
  const text = typeof v === "string" ? normalizeText(v).trim() : null;
  const asNumber = text !== null && /^\d{4}$/.test(text) ? Number(text) : v;
  if (typeof asNumber === "number" && isYearNumber(asNumber)) return asNumber;
  const date = toDate(v);
  if (date instanceof Problem) return new Problem("badYear", String(v).trim());
  return date === null ? null : yearOf(date);
}

// ───────────────────────────── words ─────────────────────────────

/** Output language; empty → Chinese. */
export function toLang(raw: unknown): Lang | Problem {
  const v = single(raw);
  if (isEmpty(v)) return "zh";
  return (typeof v === "string" && LANG_WORDS[v.trim().toLowerCase()]) || new Problem("badLang", show(v));
}

/** A method argument (interpolate, step, time, or their Chinese words) as a ScheduleMethod; empty is interpolate. */
export function toMethod(raw: unknown): ScheduleMethod | Problem {
  const v = single(raw);
  if (isEmpty(v)) return "interpolate";
  return (typeof v === "string" && METHOD_WORDS[v.trim().toLowerCase()]) || new Problem("badMethod", show(v));
}

/**
 * Warning bands, as the settings pane has them: red, yellow and blue edges in percent ({60,80,120}); the blue
 * edge may be left out (120). Edges must make sense as the pane requires (settings.ts bandsValid). Empty → null.
 */
export function toBands(raw: unknown): JudgeSettings["bands"] | null | Problem {
  const cells = cellsOf(raw).filter((c) => !isEmpty(c));
  if (cells.length === 0) return null;
  const edges = cells.map((c) => toNumber(c, NUMBER_UNITS_PLAIN));
  const bad = () => new Problem("badBands", cells.map(show).join(", "));
  if (edges.length > 3 || edges.length < 2 || edges.some((e) => typeof e !== "number")) return bad();
  const [red, yellow, blue = DEFAULT_SETTINGS.bands.blue] = edges as number[];
  const bands = { red, yellow, blue };
  return bandsValid(bands) ? bands : bad();
}

/** A switch: TRUE / FALSE (or 1 / 0, 是 / 否); empty → null. */
export function toFlag(raw: unknown): boolean | null | Problem {
  const v = toCellValue(raw);
  if (v === null || v instanceof Problem || typeof v === "boolean") return v;
  if (v === 1 || v === 0) return v === 1;
  const word = typeof v === "string" ? FLAG_WORDS[v.trim().toLowerCase()] : undefined;
  return word ?? new Problem("badFlag", show(v));
}

// ───────────────────────────── target cells and indicator type ─────────────────────────────

/** The target as the sheet holds it: the value cell, plus the sign and unit cells when given. */
export interface TargetCells {
  value: PlainValue;
  sign?: string;
  unit?: string;
}

function textOf(v: PlainValue): string | undefined {
  if (v === null) return undefined;
  const s = typeof v === "string" ? v.trim() : String(v);
  return s === "" ? undefined : s;
}

/** Memo key of a cell value (numbers and text kept apart). */
export function keyOf(v: PlainValue): string {
  return typeof v === "string" ? v : typeof v === "number" ? "\u0000" + v : v === null ? "" : "\u0000" + String(v);
}

/**
 * One cell, or up to three cells in a row or column: [sign, value, unit], [sign, value] or
 * [value, unit] (two cells are sign + value when the first one is a sign word). Tables also put the unit
 * column left of the value (计量单位 | 指标值, 计算符号 | 计量单位 | 年度指标值): a unit is a text without a
 * digit, so one of those beside a number (or text with a digit) is the unit, wherever it stands.
 */
export function toTargetCells(raw: unknown): TargetCells | Problem {
  if (!Array.isArray(raw) || (raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1)) {
    const v = toCellValue(raw);
    return v instanceof Problem ? v : { value: v };
  }
  const rows = raw.length;
  const cols = Array.isArray(raw[0]) ? (raw[0] as unknown[]).length : 1;
  if ((rows > 1 && cols > 1) || rows * cols > 3) return new Problem("targetShape");
  const cells = cellsOf(raw);
  const first = toCellValue(cells[0]);
  const second = toCellValue(cells[1]);
  const third = cells.length === 3 ? toCellValue(cells[2]) : null;
  if (first instanceof Problem) return first;
  if (second instanceof Problem) return second;
  if (third instanceof Problem) return third;
  if (cells.length === 3 || isSign(first)) {
    // The sign is the first cell, or the one sign word of three ([unit, sign, value]).
    const at = isSign(first) || cells.length < 3 ? 0 : isSign(second) ? 1 : isSign(third) ? 2 : 0;
    const [a, b] = [first, second, third].filter((_, i) => i !== at);
    return { ...valueAndUnit(a, b), sign: textOf([first, second, third][at]) };
  }
  return valueAndUnit(first, second);
}

const isSign = (v: PlainValue) => SIGN_CELL.test(normalizeText(textOf(v) ?? "").replace(/\s+/g, ""));
const hasDigit = (v: PlainValue) => typeof v === "number" || (typeof v === "string" && /\d/.test(normalizeText(v)));

/**
 * Value and unit cells side by side, in either order: the unit has no digit and its value has one; a value
 * beside an empty unit cell (定性 | | 及时) is the value, unless it is a unit word (≥ | | %: no value yet).
 */
function valueAndUnit(a: PlainValue, b: PlainValue): { value: PlainValue; unit: string | undefined } {
  if (typeof a === "string" && !hasDigit(a) && b !== null && hasDigit(b)) return { value: b, unit: textOf(a) };
  if (a === null && b !== null && (hasDigit(b) || !UNIT_ALIASES[textOf(b) ?? ""])) return { value: b, unit: undefined };
  return { value: a, unit: textOf(b) };
}

/** Indicator levels from one cell (e.g. 成本指标) or the 一级 / 二级 / 三级 cells. */
export interface IndicatorType {
  level1?: string;
  level2?: string;
  name?: string;
  key: string;
}

const NO_TYPE: IndicatorType = { key: "" };

/** Indicator types by their cells' values, one Map level per cell (no key string built per call). */
const typeTrie = new Map<unknown, unknown>();
const TYPE_LEAF = Symbol("type");
let typeCount = 0;

/** The type argument (一级/二级 cells, or one of them) as an indicator type; empty is no type. */
export function toIndicatorType(raw: unknown): IndicatorType | Problem {
  const one = single(raw);
  if (isEmpty(one)) return NO_TYPE;
  const cells = Array.isArray(one) ? cellsOf(one) : [one];
  let level = typeTrie;
  for (const c of cells) {
    const v = toCellValue(c);
    if (v instanceof Problem) return v;
    let next = level.get(v) as Map<unknown, unknown> | undefined;
    if (next === undefined) level.set(v, (next = new Map()));
    level = next;
  }
  const known = level.get(TYPE_LEAF) as IndicatorType | undefined;
  if (known) return known;
  if (++typeCount > 4096) {
    typeTrie.clear(); // bounded memory; this one call stores into the detached branch
    typeCount = 0;
  }
  const type = classifyLevels(cells.map((c) => toCellValue(c) as PlainValue));
  level.set(TYPE_LEAF, type);
  return type;
}

/**
 * Each text to the level its vocabulary says (一级 / 二级), the last other one is the indicator's name; one other
 * before it is the 二级 when none is (产出成本 | 补贴标准达标, 吕梁 2021's older 二级 words: its 一级 cell merged above).
 */
function classifyLevels(cells: PlainValue[]): IndicatorType {
  const type: IndicatorType = { key: "" };
  cells.forEach((v, at) => {
    const text = textOf(v)?.replace(/\s+/g, "");
    if (!text) return;
    // The 三级 cell of 一级 | 二级 | 三级 is the name, whatever its words (满意度: review57b, taken for a 一级 over the
    // 一级 given, so PERF.STATUS judged without the name the check reads); a second 一级 word is the 二级 (效益指标 |
    // 满意度指标, the older forms' 二级).
    if (at === 2) type.name = text;
    else if (LEVEL1.test(text) && type.level1 === undefined) type.level1 = text;
    else if (LEVEL1.test(text) || LEVEL2.test(text)) type.level2 = text;
    else {
      if (type.name !== undefined && type.level2 === undefined) type.level2 = type.name;
      type.name = text;
    }
  });
  type.key = `${type.level1 ?? ""}\u0001${type.level2 ?? ""}\u0001${type.name ?? ""}`;
  return type;
}
