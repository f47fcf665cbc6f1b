/** How both catalogues write the numbers in a message (the same digits in either language). */
import { exactNumber, roundTo } from "../numbers";

/** 45.25 → "45.25%". */
export const percentText = (p: number) => `${exactNumber(p)}%`;

/** An amount in 万元 to four decimals (half a 元 shows), without the unit. */
export const wanNumber = (n: number) => exactNumber(roundTo(n, 4));

/** A score or a submitted number as the forms round it: two decimals. */
export const scoreText = (x: number) => exactNumber(roundTo(x, 2));

/**
 * A cell's text cut to at most `most` characters, then “…”: a note pasted into an actual or an indicator's name (up to
 * Excel's 32,767 characters) would otherwise fill a report line or a pane row. Never splits a character of two UTF-16
 * units.
 */
export function shortenedText(text: string, most: number): string {
  if (text.length <= most) return text;
  const end = /[\uDC00-\uDFFF]/.test(text[most]) ? most - 1 : most;
  return `${text.slice(0, end)}…`;
}
