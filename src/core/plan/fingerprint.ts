/**
 * Fingerprints of what the add-in wrote into a cell, kept in the record so a later run (or Clear marks)
 * recognises its own cells by what they STILL hold, not only by where they were: a cell that no longer
 * holds what we wrote is the user's, and is left alone.
 *
 * A formula is recognised by its shape, with every cell reference replaced by "#": Excel rewrites
 * references when rows or columns are inserted or deleted (PERF.STATUS(D7,…) becomes PERF.STATUS(D8,…)),
 * and such a cell is still ours; so is one whose referenced cells were deleted, which Excel rewrites to #REF!
 * (brokenPrints), and one whose referenced sheet was deleted, which Excel writes with #REF! for the sheet's name and
 * the address kept ('表'!$C$4 → #REF!$C$4: the same shape). Values are compared exactly.
 */
import type { CellValue } from "../types";

/** Characters of one fingerprint: the record stores them back to back, one per written cell. */
export const PRINT_WIDTH = 4;
const SPACE = 36 ** PRINT_WIDTH;

/** The fingerprint of an empty cell (we wrote "" or null). */
export const EMPTY_PRINT = cellPrint(null, null);

/** Significant digits a number is fingerprinted at: other tools save 15–17 (LibreOffice, openpyxl, Excel). */
const NUMBER_DIGITS = 12;

/**
 * Fingerprint of a cell as a host reads it back: its formula (without "="), else its value.
 * Text written as "" reads back as an empty cell, so "" and null print the same. A number counts to
 * NUMBER_DIGITS significant digits: a file saved by another tool holds 0.3167564143173899 for the
 * 0.31675641431738993 we wrote, and that cell is still ours.
 */
export function cellPrint(value: CellValue | undefined, formula: string | null | undefined): string {
  return printOf(formula ? `f${formulaShape(formula)}` : `v${valueText(value ?? null, true)}`);
}

/**
 * The fingerprint records before 2026-12 hold for a number: all its digits. Ownership accepts either, so a
 * workbook checked by an earlier version is still recognised.
 */
export function exactNumberPrint(value: number): string {
  return printOf(`v${valueText(value, false)}`);
}

/**
 * A cell whose fingerprint is `now` holds a recorded print `known` accepts: its own, or — a number without a
 * formula — the all-digits print records before 2026-12 took of it. The one test of "still what we wrote".
 */
export function matchesPrint(
  now: string,
  value: CellValue | undefined,
  formula: string | null | undefined,
  known: (print: string) => boolean,
): boolean {
  if (known(now)) return true;
  if (!formula) return typeof value === "number" && known(exactNumberPrint(value));
  return brokenPrints(formula).some(known);
}

/** Most #REF! a formula is read back for (2^n shapes): ours hold two references at most. */
const MAX_BROKEN = 6;

/**
 * The prints a formula could have had before the host broke its references: Excel writes #REF! for a reference whose
 * cells the clerk deleted ('表'!$K$62:$K$67 → '表'!#REF!), so each #REF! is read back as a cell ("#") or a range
 * ("#:#"). A cell of ours broken so is still ours (the host changed it, not the clerk); the print of a formula is
 * not loosened: a formula the clerk typed matches only if, #REF! read back, it is exactly one we wrote. None for a
 * formula without #REF!.
 */
export function brokenPrints(formula: string): string[] {
  const parts = markedShape(formula).split(BROKEN);
  const n = parts.length - 1;
  if (n === 0 || n > MAX_BROKEN) return [];
  const out: string[] = [];
  for (let ranges = 0; ranges < 1 << n; ranges++)
    out.push(printOf(`f${parts.reduce((text, part, i) => `${text}${ranges & (1 << (i - 1)) ? "#:#" : "#"}${part}`)}`));
  return out;
}

/** The fingerprint of a text of ours to remember (which indicator a row was written for: typedFor.ts). */
export function textPrint(text: string): string {
  return printOf(`t${text}`);
}

/** FNV-1a over UTF-16 code units, folded into PRINT_WIDTH base-36 characters. */
function printOf(text: string): string {
  return (fnv1a(text) % SPACE).toString(36).padStart(PRINT_WIDTH, "0");
}

function valueText(value: CellValue, rounded: boolean): string {
  if (value === null || value === "") return "";
  if (typeof value === "object") return `e${value.error}`;
  if (typeof value === "number" && rounded && Number.isFinite(value))
    return `number:${String(Number(value.toPrecision(NUMBER_DIGITS)))}`;
  return `${typeof value}:${String(value)}`;
}

/**
 * A formula with its cell references (and the sheet names in front of them) replaced by "#", outside
 * string literals; spaces dropped and letters upper-cased. Two formulas with the same shape differ only
 * in where they point. Also used to recognise the add-in's own conditional-format rules, whose formulas
 * Excel rewrites in the same way.
 */
export function formulaShape(formula: string): string {
  return markedShape(formula).split(BROKEN).join("#");
}

/** Where a reference the host broke (#REF!) was, in a shape (markedShape): one character no formula holds. */
const BROKEN = "\u0001";

/** formulaShape, with each #REF! outside string literals as BROKEN. */
function markedShape(formula: string): string {
  return outsideLiterals(formula.replace(/^=/, ""), referencesOut);
}

/**
 * `formula` with `code` applied to each part outside its string literals and `literal` to the text of each literal: the
 * one reading of where a formula's literals are. Split at every quote, the parts alternate code, literal, code …; an
 * escaped quote ("") inside a literal leaves an empty code part between two of its parts, and a literal left open
 * runs to the end.
 */
export function outsideLiterals(
  formula: string,
  code: (part: string) => string,
  literal: (text: string) => string = (text) => text,
): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? literal(part) : code(part)))
    .join('"');
}

function referencesOut(code: string): string {
  return code
    .replace(/#REF!(?=\$?[A-Za-z]{1,3}\$?\d)/gi, "") // a deleted sheet's name: Excel keeps the address (#REF!$C$4)
    .replace(/#REF!/gi, BROKEN) // first: "REF!" would read as a sheet's name
    .replace(/'(?:[^']|'')+'!/g, "") // 'O''Brien 表 1'!
    .replace(/(?<![\w.])[\p{L}_][\p{L}\p{N}_.]*!/gu, "") // Sheet1!
    .replace(/(?<![\w.$])\$?[A-Za-z]{1,3}\$?\d+(?![\w(])/g, "#") // $E$12, E12 (not LOG10( …)
    .replace(/\s+/g, "")
    .toUpperCase();
}

/** FNV-1a over the UTF-16 code units: 32 bits, the same in every host and engine. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
