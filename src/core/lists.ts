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
