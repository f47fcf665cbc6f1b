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

/** At most `digits` decimals, no trailing zeros: 50.1666 → "50.17", 86 → "86", 45.25 with 1 digit → "45.3". */
export function roundedNumber(value: number, digits = 2): string {
  const scale = 10 ** digits;
  const rounded = Math.round(value * scale) / scale;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
