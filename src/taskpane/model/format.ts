/** Number, date and value formatting for the pane (locale-neutral digits, the pane's own words). */
import { localIsoDate } from "../../core/dates";
import { cellName } from "../../core/a1";
import { roundedNumber } from "../../core/numbers";
import type { CellRef, IndicatorResult, ParsedTarget } from "../../core/types";
import type { Translate } from "../strings";

/** 45.2345 → "45.2%"; whole numbers without decimals. */
export function formatPercent(value: number, digits = 1): string {
  return `${roundedNumber(value, digits)}%`;
}

/** Money in 万元 with two decimals, as budget tables write it: 39.8 → "39.80". */
export function formatMoney(value: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function cellLabel(cell: CellRef): string {
  return `${cell.sheet}!${cellName(cell.row, cell.col)}`;
}

const GRADES = ["achieved", "partly", "not"] as const;
type Grade = (typeof GRADES)[number];

/** The actual as judged, in the target's unit: "85%", "12 人", "2024-12-20", "达成"; null when none. */
export function formatActual(result: IndicatorResult, target: ParsedTarget, t: Translate): string | null {
  const actual = result.actual;
  if (actual === null) return null;
  if (typeof actual === "number") {
    const unit = target.unit ?? "";
    return unit === "%" || unit === "‰"
      ? `${roundedNumber(actual)}${unit}`
      : `${roundedNumber(actual)}${unit ? ` ${unit}` : ""}`;
  }
  if ((GRADES as readonly string[]).includes(actual)) return t(`grade_${actual as Grade}`);
  return actual;
}

/** Today in the user's calendar (not UTC), ISO. */
export const todayIso = localIsoDate;
