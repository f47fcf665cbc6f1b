/**
 * Numbers as text, in one place. Two needs, two functions: a target written back must parse to the same
 * value (exactNumber); a message or report shows at most two decimals (roundedNumber). Neither uses a
 * thousands separator or writes "-0".
 */

/** Without float noise: 0.1 + 0.2 → "0.3", 1.8 → "1.8", 86 → "86". */
export function exactNumber(value: number): string {
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
  const scaled = Number((Math.abs(value) * scale).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / scale;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** At most `digits` decimals, no trailing zeros: 50.1666 → "50.17", 86 → "86", 45.25 with 1 digit → "45.3". */
export function roundedNumber(value: number, digits = 2): string {
  return String(roundTo(value, digits));
}
