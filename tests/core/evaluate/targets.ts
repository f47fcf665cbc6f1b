/**
 * ParsedTarget values built literally (T's parseTarget did not exist when these tests were written),
 * shaped exactly as src/core/types.ts describes them.
 */
import { renderMessage, say, type Message } from "../../../src/core/locale/messages";
import type { Comparator, ParsedTarget } from "../../../src/core/types";
import { IMPLAUSIBLE_ACTUAL_TIMES, MOST_PERCENT } from "../../../src/core/evaluate/units";
import { COUNT_UNITS } from "../../../src/core/locale/zh";

/**
 * An actual the properties may judge: read in the target's unit as typed — no unit slip (≥ IMPLAUSIBLE_ACTUAL_TIMES × a
 * 万元 target is read in 元, or not judged: units.ts unitSlip) and no share far over the whole (above MOST_PERCENT
 * against a % target: actual.not-a-percent), and no count below 0 (actual.negative). Each has its own tests
 * (unitSlip.test.ts, actual.test.ts, impossibleActuals.test.ts).
 */
export const believable = (actual: number, target: number, unit: string | null) =>
  unit === "%"
    ? actual <= MOST_PERCENT
    : unit !== null && COUNT_UNITS.includes(unit)
      ? actual >= 0
      : // verdict67: no sum of money is below 0 (actual.negative) either.
        unit !== "万元" || (actual >= 0 && !(target > 0 && actual >= target * IMPLAUSIBLE_ACTUAL_TIMES));

const SIGN: Record<Comparator, string> = { ">=": "≥", ">": ">", "=": "=", "<": "<", "<=": "≤", between: "" };

function shown(value: number, unit: string | null): string {
  if (!unit) return String(value);
  return unit === "%" || unit === "‰" ? `${value}${unit}` : `${value} ${unit}`;
}

/** A number target: num(">=", 90, "%") is "≥90%"; explicit = the sign was written. */
export function num(op: Comparator, value: number, unit: string | null, explicit = true): ParsedTarget {
  const text = shown(value, unit);
  return {
    kind: "number",
    op,
    opExplicit: explicit,
    value,
    unit,
    normalized: explicit ? `${SIGN[op]} ${text}` : text,
    raw: explicit ? `${SIGN[op]}${text.replace(" ", "")}` : text.replace(" ", ""),
  };
}

export function range(low: number, high: number, unit: string | null): ParsedTarget {
  return {
    kind: "range",
    op: "between",
    opExplicit: true,
    value: low,
    high,
    unit,
    normalized: `${low}–${high}${unit ?? ""}`,
    raw: `${low}${unit ?? ""}-${high}${unit ?? ""}`,
  };
}

export function change(value: number, unit = "%"): ParsedTarget {
  const word = value >= 0 ? "提高" : "下降";
  return {
    kind: "change",
    op: value >= 0 ? ">=" : "<=",
    opExplicit: true,
    value,
    unit,
    normalized: `${word} ${Math.abs(value)}${unit}`,
    raw: `${word}${Math.abs(value)}${unit}`,
  };
}

export function deadline(date: string): ParsedTarget {
  return {
    kind: "date",
    op: "<=",
    opExplicit: true,
    value: null,
    unit: null,
    date,
    normalized: `${date} 前`,
    raw: date,
  };
}

export function duration(value: number, unit: string): ParsedTarget {
  return {
    kind: "duration",
    op: "<=",
    opExplicit: true,
    value,
    unit,
    normalized: `≤ ${value} ${unit}`,
    raw: `${value}${unit}内`,
  };
}

export function qualitative(raw: string): ParsedTarget {
  return { kind: "qualitative", op: null, opExplicit: false, value: null, unit: null, normalized: raw, raw };
}

/** A placeholder target, with the parser's reason. */
export function missing(raw: string): ParsedTarget {
  return unreadable("missing", raw, say("target.placeholder", { raw }));
}

/** A target not understood, with the parser's reason. */
export function unknown(raw: string): ParsedTarget {
  return unreadable("unknown", raw, say("target.not-understood", { raw }));
}

function unreadable(kind: "missing" | "unknown", raw: string, reason: Message): ParsedTarget {
  const base = { kind, op: null, opExplicit: false, value: null, unit: null, normalized: "", raw };
  return { ...base, reason: renderMessage(reason), reasons: [reason] };
}
