/**
 * The normalised display of a parsed target: "≥ 90%", "≤ 1.8%", "86 人", "90%–95%", "2024-12-31 前",
 * "≤ 7 日", "定性：及时保障", "提高 10%". Every text made here parses back to the same target.
 */
import type { Comparator, ParsedTarget } from "../types";
import { ATTACHED_UNIT } from "../locale/zh/units";

export const COMPARATOR_SYMBOL: Readonly<Record<Comparator, string>> = {
  ">=": "≥",
  "<=": "≤",
  ">": ">",
  "<": "<",
  "=": "=",
  between: "–",
};

/**
 * `90%`, `80M`, `86 人`, `1 次/月`, or the bare number. The number is written exactly (shortest round trip),
 * so the text parses back to the same value; values computed by the parser are rounded where they are made.
 */
export function formatQuantity(value: number, unit: string | null): string {
  const n = exactNumber(value);
  if (!unit) return n;
  return ATTACHED_UNIT.test(unit) ? `${n}${unit}` : `${n} ${unit}`;
}

function exactNumber(v: number): string {
  return Object.is(v, -0) ? "0" : String(v);
}

/** The comparator read from the other side (>= becomes <=); = stays. */
export function flipComparator(op: Comparator): Comparator {
  switch (op) {
    case ">=":
      return "<=";
    case "<=":
      return ">=";
    case ">":
      return "<";
    case "<":
      return ">";
    default:
      return op;
  }
}

type Shape = Pick<ParsedTarget, "kind" | "op" | "opExplicit" | "value" | "high" | "unit" | "date" | "start" | "raw">;

/** The normalised text of a target; `qualitativeText` is the judgement text of a qualitative target. */
export function formatTarget(t: Shape, qualitativeText = t.raw): string {
  switch (t.kind) {
    case "number": {
      // A bare `2024 年` (年年 …) or `2024.9` (from 2024.90) would read back as a deadline, a bare `0` as ≤ 0: those
      // show their comparator.
      const q = formatQuantity(t.value ?? 0, t.unit);
      const looksLikeDate = t.unit?.includes("年") || /^(19|20)\d{2}\.\d{1,2}$/.test(q);
      const showOp = t.op !== null && (t.opExplicit || t.op !== ">=" || looksLikeDate || t.value === 0);
      return showOp && t.op ? `${COMPARATOR_SYMBOL[t.op]} ${q}` : q;
    }
    case "duration":
      return `${COMPARATOR_SYMBOL[t.op ?? "<="]} ${formatQuantity(t.value ?? 0, t.unit)}`;
    case "range": {
      const low = exactNumber(t.value ?? 0);
      const lowUnit = t.unit === "%" || t.unit === "‰" ? t.unit : ""; // 90%–95%, but 5–10 人
      return `${low}${lowUnit}–${formatQuantity(t.high ?? 0, t.unit)}`;
    }
    case "change": {
      const op = t.op ?? ">=";
      const v = t.value ?? 0;
      if (v === 0) return `较上年 ${COMPARATOR_SYMBOL[op]} ${formatQuantity(0, t.unit)}`;
      const word = v > 0 ? "提高" : "下降";
      const magnitudeOp = v > 0 ? op : flipComparator(op);
      const sign = magnitudeOp === ">=" ? "" : `${COMPARATOR_SYMBOL[magnitudeOp]} `;
      return `${word} ${sign}${formatQuantity(Math.abs(v), t.unit)}`;
    }
    case "date":
      return `${t.date} 前`;
    case "period":
      return `${t.start} 至 ${t.date}`;
    case "qualitative":
      return `定性：${qualitativeText}`;
    case "missing":
      return "";
    default:
      return t.raw;
  }
}
