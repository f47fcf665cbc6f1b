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
