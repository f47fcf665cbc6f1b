/**
 * What Excel and WPS refuse to put in a cell, shared by both fakes (each cites it where it writes a cell or a rule).
 * WPS publishes no limits of its own; its ET object model follows Excel's member by member (tests/host/wps/fake.ts).
 *
 * - "Total number of characters that a cell can contain: 32,767 characters"
 *   (support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3);
 * - a formula: "Excel restricts the contents of this simple type to be at most 8192 characters" ([MS-OI29500] 2.1.1085,
 *   Part 1 Section 18.18.35, ST_Formula — the type of a cell's, a rule's and a name's formula);
 * - a text constant inside a formula: "Microsoft Excel does not allow users to create formulas that contain string
 *   constants longer than 255 characters … If you programmatically create formulas that contain string constants
 *   longer than 255 characters, the Spreadsheet throws ArgumentException" (docs.devexpress.com, SpreadsheetCompatibility
 *   Options.TruncateLongStringsInFormulas, which imitates Excel's refusal; Excel's own message, "Text values in
 *   formulas are limited to 255 characters", is on no page of the corpus).
 */
export const CELL_TEXT_MAX = 32_767;
export const FORMULA_MAX = 8_192;
export const FORMULA_TEXT_MAX = 255;

/** The text constants ("…", with "" for a quote) of a formula, as the text they stand for. */
export function formulaTexts(formula: string): string[] {
  return [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
}

/** Why a formula (with or without its "=") is refused, or null. */
export function formulaRefusal(formula: string): string | null {
  if (formula.length > FORMULA_MAX) return `a formula longer than ${FORMULA_MAX} characters (${formula.length})`;
  const long = formulaTexts(formula).find((t) => t.length > FORMULA_TEXT_MAX);
  if (long !== undefined)
    return `a text constant longer than ${FORMULA_TEXT_MAX} characters in a formula (${long.length}: ${long.slice(0, 20)}…)`;
  return null;
}

/** Why a text entered into a cell is refused, or null. */
export function textRefusal(text: string): string | null {
  return text.length > CELL_TEXT_MAX ? `a cell text longer than ${CELL_TEXT_MAX} characters (${text.length})` : null;
}
