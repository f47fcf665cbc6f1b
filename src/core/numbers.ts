/**
 * Numbers as text, in one place. Two needs, two functions: a target written back must parse to the same
 * value (exactNumber); a message or report shows at most two decimals (roundedNumber). Neither uses a
 * thousands separator or writes "-0".
 */

/** Without float noise: 0.1 + 0.2 → "0.3", 1.8 → "1.8", 86 → "86". */
export function exactNumber(value: number): string {
  // A whole number below 10^12 is its own 12-digit reading (and String(-0) is "0"): no trip through text and back.
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return String(value);
  const r = Number(value.toPrecision(12));
  return Object.is(r, -0) ? "0" : String(r);
}

/**
 * `value` rounded to `digits` decimals as a clerk rounds by hand and as Excel's ROUND does: half away from zero, on the
 * decimal the number stands for. 95.5 / 100 × 5 is 4.775, which binary floating point holds as 4.77499999…: rounded
 * as stored it is 4.77, by hand 4.78. So the scaled value is first read at 15 significant digits (Excel's precision),
 * which drops that float noise, then rounded. Never "-0".
 */
export function roundTo(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  const scale = 10 ** digits;
  const stored = Math.abs(value) * scale;
  const rounded = (Math.sign(value) * Math.round(nearHalf(stored) ? Number(stored.toPrecision(15)) : stored)) / scale;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * Whether reading `scaled` at 15 significant digits could change how it rounds: only when it lies within that
 * reading's error (half a unit of the 15th digit, at most 5e-15 of the number) of a half. Elsewhere both round
 * alike, and the number-to-text-to-number trip (the core's most frequent call, ~5 % of a 1,000-table check) is
 * skipped. The margin is ten times that error; numbers of 1e14 and more always take the trip.
 */
const nearHalf = (scaled: number): boolean => scaled >= 1e14 || Math.abs((scaled % 1) - 0.5) <= scaled * 5e-14;

/** At most `digits` decimals, no trailing zeros: 50.1666 → "50.17", 86 → "86", 45.25 with 1 digit → "45.3". */
export function roundedNumber(value: number, digits = 2): string {
  const rounded = roundTo(value, digits);
  // Written from the whole number of hundredths (of 10^-digits): a fraction's String() is the costly part (~6,000 a
  // check, in every execution note and reason). The same text as String(rounded): below 2^31 units every such decimal
  // has a double of its own, so the shortest text that reads back as `rounded` is that decimal.
  const scale = 10 ** digits;
  const units = Math.round(Math.abs(rounded) * scale);
  if (!(units < 2 ** 31) || !(digits >= 0 && digits <= 4)) return String(rounded);
  const sign = rounded < 0 ? "-" : "";
  const whole = Math.floor(units / scale);
  let fraction = units - whole * scale;
  if (fraction === 0) return `${sign}${whole}`;
  let places = digits;
  while (fraction % 10 === 0) {
    fraction /= 10;
    places--;
  }
  const shown = String(fraction);
  return `${sign}${whole}.${shown.padStart(places, "0")}`;
}

/**
 * A fraction's percentage as a cell formatted 0% shows it: 0.45 * 100 is 45.00000000000001 and 0.57 * 100
 * 56.99999999999999 in floating point (short of ≥57%), so 10 decimals are kept.
 */
export function roundPercent(n: number): number {
  return Math.round(n * 1e10) / 1e10;
}

/**
 * A number as Excel holds and shows it, at 15 significant digits: a formula's float noise dropped. A clerk's
 * =B5/C5*100 of 57 of 100 is 56.99999999999999 in floating point and 57 in the cell.
 */
export function cellPrecision(n: number): number {
  // A whole number below 10^15 is its own 15-digit reading (-0 reads as 0): no trip through text and back.
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return n === 0 ? 0 : n;
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}
