/**
 * What an Excel number format says about its cell: a percentage (0.9 shows 90%) or a date (a serial
 * shows a day). One implementation for the reader, the parser and the judge, memoised: a workbook
 * has a handful of formats and they are asked about for every cell.
 */
import { memoizeString } from "./memo";

/** The format's first section without quoted literals, escapes and [colour]/[locale] parts, lower-cased. */
export const formatCode = memoizeString((numberFormat: string): string =>
  numberFormat
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase(),
);

export function isPercentFormat(numberFormat: string | undefined | null): boolean {
  return !!numberFormat && formatCode(numberFormat).includes("%");
}

/** Date formats have a day or year token (m alone could be minutes or months; h/s mark times). */
export function isDateFormat(numberFormat: string | undefined | null): boolean {
  if (!numberFormat) return false;
  const code = formatCode(numberFormat);
  if (code === "general" || code.includes("%")) return false;
  return /[dy]/.test(code) || /e{1,2}/.test(code) || (/m/.test(code) && !/[hs0#]/.test(code));
}
