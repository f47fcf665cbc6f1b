/**
 * `list` with `item` appended, or a new list of just `item` when there is none yet. A list started as `[item]` has
 * room for one; one started as `[]` gets room for 17 at its first push (V8 grows an empty array so). The reader and
 * the review start many short lists, most of which never get a second item.
 */
export function appended<T>(list: T[] | null | undefined, item: T): T[] {
  if (!list) return [item];
  list.push(item);
  return list;
}

/**
 * `appended` for lists of numbers (column numbers, values). Its own array literal: V8 makes every list of a literal
 * with the elements kind that literal's lists have needed so far, so number lists made where object lists are made
 * come out as object lists from the second check on, and the code optimised on the first check's number lists is
 * thrown away ("wrong map", docs/performance.md, session 55).
 */
export function appendedNumber(list: number[] | null | undefined, item: number): number[] {
  if (!list) return [item];
  list.push(item);
  return list;
}

/** Lists up to this long are sorted by `sortedShort` itself. */
const SHORT = 16;

/**
 * `list` sorted in place by `compare`, the order `list.sort(compare)` gives (stable). A short list is sorted here by
 * insertion, with no allocation: V8's sort sets up about 1 KB of working state on every call, whatever the length, and
 * the plan and the writer sort ~25,000 short lists, most already in order, on the bench's 1,000 tables
 * (docs/performance.md, session 61). `compare` must be consistent (as every comparator of ours is).
 */
export function sortedShort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > SHORT) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let j = i - 1;
    for (; j >= 0 && compare(list[j], item) > 0; j--) list[j + 1] = list[j];
    list[j + 1] = item;
  }
  return list;
}
