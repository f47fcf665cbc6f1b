/** A lookup table without a prototype, so `table["toString"]` is undefined (keys come from user text). */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
