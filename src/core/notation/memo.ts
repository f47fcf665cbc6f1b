/**
 * A bounded memo of parsed targets keyed by (cell value, context).
 *
 * Custom functions call parseTarget for every cell on every recalculation (issue 5 asks for 10^6 / s), so a hit
 * must not build a key string: the value itself is the Map key (a string caches its hash), and the few contexts
 * seen with one value are compared field by field.
 */
import type { CellValue, ParsedTarget, TargetContext } from "../types";

interface Entry {
  level1: unknown;
  level2: unknown;
  name: unknown;
  unit: unknown;
  sign: unknown;
  numberFormat: unknown;
  budgetYear: unknown;
  date1904: boolean;
  result: ParsedTarget;
}

const NO_CONTEXT: TargetContext = {};
/** Contexts remembered per value; a hit scans them linearly. */
const PER_VALUE_LIMIT = 32;

function sameContext(e: Entry, c: TargetContext): boolean {
  return (
    e.name === c.name &&
    e.level2 === c.level2 &&
    e.level1 === c.level1 &&
    e.unit === c.unit &&
    e.sign === c.sign &&
    e.numberFormat === c.numberFormat &&
    e.budgetYear === c.budgetYear &&
    e.date1904 === (c.date1904 === true)
  );
}

/** Only primitives are compared by value; an object field (junk from a caller) makes the call uncacheable. */
function cacheableContext(c: TargetContext): boolean {
  for (const k of ["level1", "level2", "name", "unit", "sign", "numberFormat", "budgetYear"] as const) {
    const v: unknown = c[k];
    if (v !== undefined && typeof v !== "string" && typeof v !== "number") return false;
  }
  return c.date1904 === undefined || typeof c.date1904 === "boolean";
}

export class TargetMemo {
  private readonly byString = new Map<string, Entry[]>();
  private readonly byNumber = new Map<number, Entry[]>();
  private readonly byOther = new Map<string, Entry[]>();
  private entries = 0;

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.entries;
  }

  clear(): void {
    this.byString.clear();
    this.byNumber.clear();
    this.byOther.clear();
    this.entries = 0;
  }

  get(value: CellValue, ctx: TargetContext | undefined): ParsedTarget | undefined {
    const list = this.listOf(value);
    if (!list) return undefined;
    const c = ctx ?? NO_CONTEXT;
    for (let i = 0; i < list.length; i++) if (sameContext(list[i], c)) return list[i].result;
    return undefined;
  }

  set(value: CellValue, ctx: TargetContext | undefined, result: ParsedTarget): void {
    const c = ctx ?? NO_CONTEXT;
    if (typeof c !== "object" || !cacheableContext(c)) return;
    const map = this.mapOf(value);
    if (!map) return;
    const key = this.keyOf(value);
    if (this.entries >= this.limit) this.evictOldest();
    let list = (map as Map<unknown, Entry[]>).get(key);
    if (!list) (map as Map<unknown, Entry[]>).set(key, (list = []));
    if (list.length >= PER_VALUE_LIMIT) {
      // One value under thousands of indicator names (`100%`): keep the scan short, forget the oldest context.
      list.shift();
      this.entries--;
    }
    const { level1, level2, name, unit, sign, numberFormat, budgetYear } = c;
    list.push({ level1, level2, name, unit, sign, numberFormat, budgetYear, date1904: c.date1904 === true, result });
    this.entries++;
  }

  private listOf(value: CellValue): Entry[] | undefined {
    if (typeof value === "string") return this.byString.get(value);
    if (typeof value === "number") return this.byNumber.get(value);
    const key = this.otherKey(value);
    return key === null ? undefined : this.byOther.get(key);
  }

  private mapOf(value: CellValue): Map<string, Entry[]> | Map<number, Entry[]> | null {
    if (typeof value === "string") return this.byString;
    if (typeof value === "number") return this.byNumber;
    return this.otherKey(value) === null ? null : this.byOther;
  }

  private keyOf(value: CellValue): unknown {
    return typeof value === "string" || typeof value === "number" ? value : this.otherKey(value);
  }

  /** null, booleans and error values; anything else is not cached. */
  private otherKey(value: CellValue): string | null {
    if (value === null || value === undefined) return "null";
    if (typeof value === "boolean") return value ? "true" : "false";
    if (typeof value === "object" && typeof (value as { error?: unknown }).error === "string") return `#${value.error}`;
    return null;
  }

  /** Drop the oldest value (with all its contexts) from the fullest map: Maps iterate in insertion order. */
  private evictOldest(): void {
    const maps: Map<unknown, Entry[]>[] = [this.byString, this.byNumber, this.byOther];
    const fullest = maps.reduce((a, b) => (b.size > a.size ? b : a));
    const first = fullest.keys().next();
    if (first.done) return;
    this.entries -= fullest.get(first.value)?.length ?? 0;
    fullest.delete(first.value);
  }
}
