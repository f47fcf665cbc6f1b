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

/**
 * The words a number format shows after the number: `#,##0"元"` → "元", `0.0\人` → "人", `#,##0.00_)` → "". Quoted
 * and escaped literals (and bare non-ASCII letters, as other tools write `0元`) after the last digit placeholder of
 * the first section; padding (_x, *x) and [colour] parts left out. What the clerk sees beside the number, so the
 * judge reads 485000 shown as 485,000元 as the text "485000元" (docs/domain.md#actual-values).
 */
export const formatSuffix = memoizeString((numberFormat: string): string => {
  const section = numberFormat.split(";")[0];
  let suffix = "";
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      suffix += section.slice(i + 1, end < 0 ? section.length : end);
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") suffix += section[++i] ?? "";
    else if (ch === "_" || ch === "*") i++;
    else if (ch === "[") i = section.includes("]", i) ? section.indexOf("]", i) : section.length;
    else if (ch === "0" || ch === "#" || ch === "?") suffix = "";
    else if (ch > "\u007f") suffix += ch;
  }
  return suffix.trim();
});

/**
 * The format shows a yuan sign: ¥ or ￥ in its first section, quoted ("¥"#,##0.00), escaped, bare or as a currency
 * tag ([$¥-804]#,##0.00): Excel's 货币 and 会计专用 styles in Chinese. It names the currency, not the magnitude
 * (docs/domain.md#tables).
 */
export const showsYuanSign = memoizeString((numberFormat: string): boolean => /[¥￥]/.test(numberFormat.split(";")[0]));
