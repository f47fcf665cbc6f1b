/**
 * Memoise a pure function of one string. Workbooks repeat the same labels and targets in every
 * table, so the reader and the parser see a few hundred distinct strings among hundreds of
 * thousands of calls. The cache is bounded (cleared when full) so a huge workbook cannot grow it.
 */
export function memoizeString<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    let value = cache.get(s);
    if (value === undefined && !cache.has(s)) {
      if (cache.size >= limit) cache.clear();
      value = fn(s);
      cache.set(s, value);
    }
    return value as T;
  };
}
