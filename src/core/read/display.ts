/**
 * A cell rendered as the user sees it: 0.9 formatted "0%" shows "90%", a date serial formatted
 * "yyyy-mm-dd" or "yyyy年m月d日" shows an ISO date, 63.1 formatted "0.00" shows "63.10".
 */
import { serialToIso } from "../dates";
import { formatCode, isDateFormat } from "../numberFormat";
import type { CellValue } from "../types";
import { roundPercent } from "../numbers";

function decimalsOf(code: string): number {
  const m = /\.([0#?]+)/.exec(code);
  return m ? m[1].length : 0;
}

/** Up to 10 significant decimals, no trailing zeros: 0.1 + 0.2 shows "0.3". */
function plainNumber(n: number): string {
  return String(Math.round(n * 1e10) / 1e10);
}

/** A cell's value as Excel shows it under its number format (a date, a percent, a fixed number of decimals); text trimmed. */
export function displayText(value: CellValue, numberFormat?: string | null, date1904 = false): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value.trim();
  if (!Number.isFinite(value)) return String(value);
  if (numberFormat && formatCode(numberFormat) !== "general") {
    const code = formatCode(numberFormat);
    if (code.includes("%")) {
      const decimals = decimalsOf(code);
      const pct = roundPercent(value * 100);
      return `${decimals > 0 ? pct.toFixed(decimals) : plainNumber(Math.round(pct))}%`;
    }
    if (isDateFormat(numberFormat)) return serialToIso(value, date1904) ?? plainNumber(value);
    if (/[0#]/.test(code)) {
      const decimals = decimalsOf(code);
      return decimals > 0 ? value.toFixed(decimals) : plainNumber(Math.round(value));
    }
  }
  return plainNumber(value);
}
