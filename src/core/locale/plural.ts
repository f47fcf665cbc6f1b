/**
 * English counts, one home for the catalogue (en.ts), the pane's strings ("{count:indicator}") and the command line's
 * report: "1 indicator", "0 indicators", "1.5 points". Chinese needs none (一项指标, 三项指标).
 */

/** Whether English puts the noun after this number, as shown, in the singular: "1" alone. */
export const isOneEn = (n: number | string): boolean => String(n) === "1";

/** "1 indicator", "3 indicators"; `many` for a plural not made by adding "s" ("copy", "copies"). */
export function countEn(n: number | string, one: string, many = `${one}s`): string {
  return `${n} ${isOneEn(n) ? one : many}`;
}
