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

/** Whether a number format shows a percent (its first section, quoted text aside, holds %). */
export function isPercentFormat(numberFormat: string | undefined | null): boolean {
  return !!numberFormat && formatCode(numberFormat).includes("%");
}

/** A day or year token of a date format (e, ee: the year in some locales). */
const DAY_OR_YEAR = /[dye]/;
/** Beside an m, a time's token (h, s) or a number's (0, #): the m is minutes or no date at all. */
const NOT_A_MONTH = /[hs0#]/;

/**
 * Date formats have a day or year token (m alone could be minutes or months; h/s mark times). The patterns are
 * module constants: a regex literal in the function body makes a new RegExp object on every call.
 */
export function isDateFormat(numberFormat: string | undefined | null): boolean {
  if (!numberFormat) return false;
  const code = formatCode(numberFormat);
  if (code === "general" || code.includes("%")) return false;
  return DAY_OR_YEAR.test(code) || (code.includes("m") && !NOT_A_MONTH.test(code));
}

/** The Chinese name of General, as WPS and Chinese Excel write it (G/通用格式"元"): no words shown. */
const GENERAL_ZH = "G/通用格式";

/**
 * The words a number format shows after the number: `#,##0"元"` → "元", `0.0\人` → "人", `#,##0.00_)` → "". Quoted
 * and escaped (\x, !x) literals (and bare non-ASCII letters, as other tools write `0元`) after the last digit
 * placeholder of the first section; padding (_x, *x) and [colour] parts left out. What the clerk sees beside the
 * number, so the judge reads 485000 shown as 485,000元 as the text "485000元" (docs/domain.md#actual-values).
 * A format that scales what it shows — a comma after the last digit (#,##0,"千元" shows 200000 as 200千元) or a
 * literal point among the digits (0!.0000"万元" shows 200000 as 20.0000万元) — gives "": its words are about the
 * shown number, not the typed one (formatScale says how the two differ).
 */
export function formatSuffix(numberFormat: string): string {
  const tail = formatTail(numberFormat);
  return tail.divisor === 1 ? tail.words : "";
}

/**
 * A format that scales what it shows: what it divides the cell's number by (1000 per comma after the last digit
 * placeholder, 10 per digit placeholder after a literal point: `#,##0.00,,"百万"` 1,000,000, `0!.0,"万"` 10,000) and
 * the words it shows after the shown number. Null for a format that shows the number as it is.
 */
export function formatScale(numberFormat: string): { divisor: number; words: string } | null {
  const tail = formatTail(numberFormat);
  return tail.divisor === 1 ? null : tail;
}

const formatTail = memoizeString((numberFormat: string): { divisor: number; words: string } => {
  const section = numberFormat.split(";")[0];
  let suffix = "";
  let digits = false; // a digit placeholder seen
  let commas = 0; // commas after the last digit placeholder so far
  let point = false; // a literal point after a digit placeholder
  let shifted = 0; // digit placeholders after that literal point
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    let literal = "";
    if (section.startsWith(GENERAL_ZH, i)) i += GENERAL_ZH.length - 1;
    else if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal = section.slice(i + 1, end < 0 ? section.length : end);
      i = end < 0 ? section.length : end;
    } else if (ch === "\\" || ch === "!") literal = section[++i] ?? "";
    else if (ch === "_" || ch === "*") i++;
    else if (ch === "[") i = section.includes("]", i) ? section.indexOf("]", i) : section.length;
    else if (ch === "0" || ch === "#" || ch === "?") {
      if (point) shifted++;
      [suffix, commas, digits] = ["", 0, true];
    } else if (ch === "," && digits) commas++;
    else if (ch > "\u007f") literal = ch;
    if (digits && literal.includes(".")) point = true;
    suffix += literal;
  }
  return { divisor: 1000 ** commas * 10 ** shifted, words: suffix.trim() };
});

/**
 * The format shows a yuan sign: ¥ or ￥ in its first section, quoted ("¥"#,##0.00), escaped, bare or as a currency
 * tag ([$¥-804]#,##0.00): Excel's 货币 and 会计专用 styles in Chinese. It names the currency, not the magnitude
 * (docs/domain.md#tables).
 */
export const showsYuanSign = memoizeString((numberFormat: string): boolean => /[¥￥]/.test(numberFormat.split(";")[0]));
