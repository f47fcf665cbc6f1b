/** How both catalogues write the numbers in a message (the same digits in either language). */
import { exactNumber, roundTo } from "../numbers";

/** 45.25 → "45.25%". */
export const percentText = (p: number) => `${exactNumber(p)}%`;

/** An amount in 万元 to four decimals (half a 元 shows), without the unit. */
export const wanNumber = (n: number) => exactNumber(roundTo(n, 4));

/** A score or a submitted number as the forms round it: two decimals. */
export const scoreText = (x: number) => exactNumber(roundTo(x, 2));
