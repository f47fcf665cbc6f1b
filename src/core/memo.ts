/**
 * Memoise a pure function of one string (or of another plain value: a cell's number; a Map tells 1 from "1").
 * Workbooks repeat the same labels and targets in every table, so the reader and the parser see a few
 * hundred distinct strings among hundreds of thousands of calls. The cache is bounded (cleared when full)
 * so a huge workbook cannot grow it.
 */
export function memoizeString<T, K extends string | number | boolean = string>(
  fn: (s: K) => T,
  limit = 50_000,
): (s: K) => T {
  const cache = new Map<K, T>();
  return (s: K) => {
    let value = cache.get(s);
    if (value === undefined && !cache.has(s)) {
      if (cache.size >= limit) cache.clear();
      value = fn(s);
      cache.set(s, value);
    }
    return value as T;
  };
}
