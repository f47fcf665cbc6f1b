/**
 * What Excel does to a workbook when a user inserts or deletes whole rows or columns: one home for these
 * rules, used by the strict Excel fake (Range.insert / Range.delete) and by the test helper that makes the
 * same edit in an .xlsx file, so both appliers meet the same user.
 *
 * MOVE — https://learn.microsoft.com/office/vba/api/excel.range.insert
 *   "Inserts a cell or a range of cells into the worksheet or macro sheet and shifts other cells away to make space."
 *   https://learn.microsoft.com/office/vba/api/excel.range.delete
 *   "Specifies how to shift cells to replace deleted cells."
 *   Office.js: https://learn.microsoft.com/javascript/api/excel/excel.insertshiftdirection
 *   "Determines the direction in which existing cells will be shifted to accommodate what is being inserted."
 * FOLLOW — what moves along with the cells. Microsoft's pages above do not list it; EPPlus, whose insert/delete
 *   imitates Excel's, does (https://github.com/epplussoftware/epplus/wiki/Insert-and-delete-rows,-columns-and-ranges):
 *   "Formulas/references in the workbook affected by the change will be adjusted, EPPlus does this for formulas,
 *   styles, tables, pivot tables, data validations, filters, conditional formatting, sparklines and drawings."
 *   and for deletes (https://github.com/epplussoftware/epplus/issues/12): "DeleteRow and DeleteColumn will now set
 *   deleted cells in a formula to #REF! if fully deleted or shrink the addresses if partial deleted."
 *   So: references move (absolute ones too — "$" fixes a reference against copying, not against moving cells),
 *   a range with the insertion point inside it grows, a merged area likewise, and a deleted reference is #REF!.
 *   Text is not a reference: HYPERLINK("#'表'!A35", …) keeps pointing at A35.
 */
import { columnIndex, columnLetters } from "../../src/core/a1";
import type { CellRange } from "../../src/core/types";

/** Whole rows or columns inserted (count > 0) before index `at`, or deleted (count < 0) from `at` on. */
export interface Shift {
  sheet: string;
  axis: "row" | "col";
  at: number;
  count: number;
}

/** Where row / column `i` is after the shift; null when it was deleted. */
export function shiftIndex(i: number, s: Shift): number | null {
  if (i < s.at) return i;
  if (s.count > 0) return i + s.count;
  return i < s.at - s.count ? null : i + s.count;
}

/** A range after the shift: it grows when the insertion is inside it, shrinks when part of it is deleted. */
export function shiftRange(r: CellRange, s: Shift): CellRange | null {
  const [lo, hi] = s.axis === "row" ? (["top", "bottom"] as const) : (["left", "right"] as const);
  const out = { ...r };
  if (s.count > 0) {
    if (r[lo] >= s.at) out[lo] += s.count;
    if (r[hi] >= s.at) out[hi] += s.count;
    return out;
  }
  const end = s.at - s.count; // deleted: [at, end)
  if (r[lo] >= s.at && r[hi] < end) return null;
  out[lo] = r[lo] >= end ? r[lo] + s.count : Math.min(r[lo], s.at);
  out[hi] = r[hi] >= end ? r[hi] + s.count : Math.min(r[hi], s.at - 1);
  return out;
}

const REF =
  /(?<![\p{L}\p{N}_.$])((?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?(?![\p{L}\p{N}_(!])/gu;

const sheetOf = (prefix: string | undefined, own: string) =>
  prefix ? prefix.slice(0, -1).replace(/^'(.*)'$/, (_, q: string) => q.replace(/''/g, "'")) : own;

/** A formula (with or without "=") after the shift, as written on sheet `own`; text in quotes is left alone. */
export function shiftFormula(formula: string, own: string, s: Shift): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(REF, (...m: string[]) => shiftRef(m, own, s))))
    .join("");
}

function shiftRef(m: string[], own: string, s: Shift): string {
  const [whole, prefix, c1, col1, r1, row1, c2, col2, r2, row2] = m;
  if (sheetOf(prefix, own) !== s.sheet) return whole;
  const range: CellRange = {
    top: Number(row1) - 1,
    left: columnIndex(col1.toUpperCase()),
    bottom: Number(row2 ?? row1) - 1,
    right: columnIndex((col2 ?? col1).toUpperCase()),
  };
  const moved = shiftRange(range, s);
  if (!moved) return `${prefix ?? ""}#REF!`;
  const cell = (c: string, col: number, r: string, row: number) => `${c}${columnLetters(col)}${r}${row + 1}`;
  const first = cell(c1, moved.left, r1, moved.top);
  return `${prefix ?? ""}${first}${row2 === undefined ? "" : `:${cell(c2, moved.right, r2, moved.bottom)}`}`;
}

/**
 * GROW — a drop-down list (data validation) kept cell by cell, as the fakes keep it, after whole lines were inserted:
 * the inserted cells take the list where the insertion is inside its range (FOLLOW: "a range with the insertion point
 * inside it grows"; EPPlus lists data validations among what an insert adjusts), i.e. where the cell before and the
 * cell after the insertion carry the same list. Excel's inserted line takes its format from the line above
 * (https://learn.microsoft.com/previous-versions/office/developer/office-2010/ms282008(v=office.14) XlInsertFormatOrigin:
 * "xlFormatFromLeftOrAbove From cells above and/or to the left.", Range.Insert's default); an insertion at a range's
 * edge (the line before or after carries none, or another list) leaves the new cells without one, as the range
 * only moves. `map` is keyed "row,col" before the shift; given: each new cell with the cell whose list it takes (the one
 * before the insertion, which the shift does not move), to be copied once every list has followed the shift.
 */
export function grownLists(map: Map<string, unknown>, s: Shift): { to: string; from: string }[] {
  const out: { to: string; from: string }[] = [];
  if (s.count <= 0 || s.at === 0) return out;
  for (const [k, v] of map) {
    const [row, col] = k.split(",").map(Number);
    if ((s.axis === "row" ? row : col) !== s.at - 1) continue;
    if (map.get(s.axis === "row" ? `${s.at},${col}` : `${row},${s.at}`) !== v) continue;
    for (let i = 0; i < s.count; i++)
      out.push({ to: s.axis === "row" ? `${s.at + i},${col}` : `${row},${s.at + i}`, from: k });
  }
  return out;
}

/**
 * A sheet renamed by the user. RENAME — Excel's own message when a name is refused (quoted on
 * https://newbetuts.com/3681868-is-there-a-limit-on-an-excel-worksheets-name-length): "You typed an invalid name for
 * a sheet or chart. Make sure that: The name that you type does not exceed 31 characters. The name does not contain
 * any of the following characters: : \ / ? * [ or ] You did not leave the name blank." A name another sheet has
 * (case aside) is refused too. References to the sheet in formulas and names follow it (as they follow moved
 * cells, FOLLOW above); text in quotes is not a reference: HYPERLINK("#'表'!A1", …) keeps the old name.
 */
export function renameRefusal(name: string, others: string[]): string | null {
  if (name.trim() === "" || name.length > 31 || /[:\\/?*[\]]/.test(name)) return `invalid sheet name: ${name}`;
  if (others.some((o) => o.toLowerCase() === name.toLowerCase())) return `a sheet is named ${name}`;
  return null;
}

/** How Excel writes a sheet name in front of a reference: quoted unless it is a plain word. */
export function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? `${name}!`
    : `'${name.replace(/'/g, "''")}'!`;
}

/** A formula after sheet `from` was renamed `to`: its references to `from` name `to`; text in quotes is left alone. */
export function renameInFormula(formula: string, from: string, to: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<![\p{L}\p{N}_.])('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!/gu, (whole, prefix: string) =>
            sheetOf(`${prefix}!`, "") === from ? sheetPrefix(to) : whole,
          ),
    )
    .join("");
}

/**
 * A sheet deleted by the user (right-click on its tab → Delete). DELETE_SHEET —
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1) "Deletes the
 * worksheet from the workbook." What a reference to it becomes is on no Microsoft page found here; Excel-compatible
 * engines document the #REF! error for it ("#REF! This displays when a cell reference is not valid or when you deleted
 * cells referred to by a formula", Mescius SpreadJS formula reference, Resultant Error Values), and ClosedXML's issue
 * 880 gives Excel's result for a name whose cells are gone ("The named range should become invalid: e.g.
 * Sheet1!#REF!"). Imitated for a defined name that is one reference to the sheet: it becomes "#REF!" (the address
 * Excel may keep after it is not imitated), and for a cell's formula (formulaAfterSheetDeletion below). Any other
 * formula naming the sheet — a rule's, a drop-down's, a chart series', a name's larger formula — is refused: how Excel
 * rewrites a reference inside it is not imitated.
 */
export function nameAfterDeletion(formula: string, sheet: string): string {
  const marked = renameInFormula(formula, sheet, "\uE000");
  if (marked === formula) return formula;
  if (/^\s*'?\uE000'?!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?\s*$/.test(marked)) return "#REF!";
  throw new Error(`deleting sheet ${sheet}: the formula ${formula} names it (not imitated)`);
}

/**
 * A cell's formula after sheet `sheet` was deleted (DELETE_SHEET): each reference to it keeps its address, #REF! in
 * place of the sheet's name — Aspose.Cells, imitating Excel, reads a cell whose formula's sheet is gone as "=#REF!A1"
 * and a name's RefersTo as "=#REF!$C$3:$E$8" (reference.aspose.com/cells/net/aspose.cells/namecollection/item/, its
 * example, "workbook.Worksheets.RemoveAt(1)"). The cell then shows #REF! (the SpreadJS line above). Text in quotes is
 * left alone: HYPERLINK("#'表'!A1", …) keeps it.
 */
export function formulaAfterSheetDeletion(formula: string, sheet: string): string {
  return renameInFormula(formula, sheet, "\uE000").replace(/'\uE000'!/g, "#REF!");
}

/**
 * A formula that catches error values (IFERROR, IFNA, ISERROR, ISERR, ISREF): what it shows once a reference in it
 * breaks is computed, which the fakes do not do; they refuse such a deletion rather than guess.
 */
export const CATCHES_ERRORS = /\bIF(ERROR|NA)\s*\(|\bIS(ERR|ERROR|REF)\s*\(/i;

/** Whether a formula names the sheet (a reference on it): such a formula stops a deletion (DELETE_SHEET). */
export const namesSheet = (formula: string, sheet: string) => renameInFormula(formula, sheet, "\uE000") !== formula;

/**
 * Rows of a range sorted by the user (Data → Sort, or RangeSort.apply). SORT —
 * https://learn.microsoft.com/javascript/api/excel/excel.rangesort#excel-excel-rangesort-apply-member(1)
 *   "Perform a sort operation." with SortField "key: Specifies the column (or row, depending on the sort
 *   orientation) that the condition is on. Represented as an offset from the first column (or row)."
 *   (https://learn.microsoft.com/javascript/api/excel/excel.sortfield). The rows of the range change places, each
 *   row's cells moving together; what lies outside the range stays where it is. A merged area inside one row of the
 *   range moves with its row; Excel refuses other merged areas ("To do this, all the merged cells need to be the
 *   same size."), and so do the fake and the .xlsx helper. Imitated only where nothing is guessed: keys that are all
 *   numbers and all different (Excel's order of text — pinyin or strokes for Chinese —, blanks and ties is not
 *   imitated), in ranges without notes or threaded comments (whether they move with their cells is on no page found).
 *   FORMULAS — a formula in the range moves with its row as a copied formula does: its relative row references move by
 *   as many rows as the row moved, absolute ones ($) stay, and one pushed above row 1 is #REF! (Microsoft KB Q40401, "XL:
 *   Errors Sorting Cells That Contain References": "To correctly sort a range that includes cells with references, all
 *   references must be absolute references", with its example "A1: 3 B1: =A3 C1: =$A$3 … A3: 1 B3: =A1 C3: =$A$1",
 *   sorted ascending by A, giving "A1: 1 B1: =#REF! C1: =$A$1 … A3: 3 B3: =A5 C3: =$A$3"). A formula outside the range
 *   keeps its text: a sort moves contents, not the cells' addresses (the same example: $A$3 still names A3).
 *   CUSTOM_ORDER — texts are sorted only by a custom list the user gives (Sort → Order → Custom List…): SortField
 *   "customOrder: Specifies the list of custom strings to sort by." (excel.sortfield above) and VBA's SortField.CustomOrder
 *   "Specifies a custom order to sort the fields." (https://learn.microsoft.com/office/vba/api/excel.sortfield.customorder,
 *   whose examples give the list as one string, "A,B,C,D"); each key must be in the list, all different.
 */
export interface Sort {
  sheet: string;
  sort: CellRange;
  /** The key column (absolute). */
  by: number;
  ascending: boolean;
  /** A custom list (CUSTOM_ORDER): the keys are its texts, in this order. */
  customOrder?: string[];
}

/**
 * A merged area after the sort: outside the range, itself; inside one row of it, moved with that row (`from`:
 * sortedRows); else refused.
 */
export function sortedMerge(m: CellRange, s: Sort, from: number[]): CellRange {
  const r = s.sort;
  if (m.top > r.bottom || m.bottom < r.top || m.left > r.right || m.right < r.left) return m;
  if (m.top !== m.bottom || m.left < r.left || m.right > r.right)
    throw new Error("sort: all the merged cells need to be the same size");
  const row = r.top + from.indexOf(m.top);
  return { ...m, top: row, bottom: row };
}

/** For each row of the sorted range (top to bottom), the row (absolute) whose cells it now holds. */
export function sortedRows(s: Sort, keyOf: (row: number) => unknown): number[] {
  const rows: { row: number; key: number }[] = [];
  for (let row = s.sort.top; row <= s.sort.bottom; row++) {
    const value = keyOf(row);
    const key = s.customOrder ? s.customOrder.indexOf(String(value)) : value;
    if (s.customOrder && key === -1) throw new Error(`sort: the key at row ${row + 1} is not in the custom list`);
    if (typeof key !== "number") throw new Error(`sort: the key at row ${row + 1} is no number (not imitated)`);
    rows.push({ row, key });
  }
  if (new Set(rows.map((r) => r.key)).size < rows.length) throw new Error("sort: equal keys (not imitated)");
  return rows.sort((a, b) => (s.ascending ? a.key - b.key : b.key - a.key)).map((r) => r.row);
}

/**
 * A formula of a row the sort moved `dRow` rows (FORMULAS, SORT above): relative row references move with it, absolute
 * ones stay, one pushed above row 1 (or below the last) is #REF!; columns stay (a sort by rows keeps them), unless
 * `dCol` moves relative ones across as well (a rule re-anchored by a cut, CUT_RULES). Text in quotes is left alone.
 */
export function sortedFormula(formula: string, dRow: number, dCol = 0): string {
  const row = (abs: string, r: string) => (abs ? Number(r) : Number(r) + dRow);
  const col = (abs: string, c: string) => (abs ? c : columnLetters(columnIndex(c.toUpperCase()) + dCol));
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (...m: string[]) => {
            const [, prefix, c1, col1, r1, row1, c2, col2, r2, row2] = m;
            const first = row(r1, row1);
            const last = row2 === undefined ? first : row(r2, row2);
            if (first < 1 || last < 1 || first > 1_048_576 || last > 1_048_576) return `${prefix ?? ""}#REF!`;
            const tail = row2 === undefined ? "" : `:${c2}${col(c2, col2)}${r2}${last}`;
            return `${prefix ?? ""}${c1}${col(c1, col1)}${r1}${first}${tail}`;
          }),
    )
    .join("");
}

/**
 * Cells merged by the user (Home → Merge & Center, or Range.merge). MERGE —
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)
 *   "merge(across?: boolean): Merge the range cells into one region in the worksheet." and "across: Optional. Set
 *   true to merge cells in each row of the specified range as separate merged cells."
 *   https://learn.microsoft.com/office/vba/api/excel.range.merge: "The value of a merged range is specified in the
 *   cell of the range's upper-left corner."
 * Imitated only where nothing is guessed: the other cells of the area hold nothing (what Excel does with their
 * values — it warns and drops them in its UI — is not imitated), and the area meets no merged area.
 */
export function mergeRefusal(
  area: CellRange,
  merges: CellRange[],
  filled: (row: number, col: number) => boolean,
): string | null {
  if (merges.some((m) => m.top <= area.bottom && m.bottom >= area.top && m.left <= area.right && m.right >= area.left))
    return "merge: the area meets a merged area (not imitated)";
  for (let row = area.top; row <= area.bottom; row++)
    for (let col = area.left; col <= area.right; col++)
      if ((row !== area.top || col !== area.left) && filled(row, col))
        return "merge: a cell other than the upper-left one holds something (not imitated)";
  return null;
}

/** The areas `merge(across)` makes of a range: one, or one per row. */
export const mergedAreas = (r: CellRange, across: boolean): CellRange[] =>
  across ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({ ...r, top: r.top + i, bottom: r.top + i })) : [r];

/**
 * Cells cut and pasted by the user (Cut, Paste; or Range.moveTo). CUT —
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-moveto-member(1)
 *   "Moves cell values, formatting, and formulas from current range to the destination range, replacing the old
 *   information in those cells. The destination range will be expanded automatically if it is smaller than the
 *   current range. Any cells in the destination range that are outside of the original range's area are not changed."
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-cut-copy-paste: "This cell movement
 *   behavior works the same as when cells are moved by dragging the range border or when taking the Cut and Paste
 *   actions. Both the formatting and values of the range are moved to the location specified as the
 *   destinationRange parameter." and "moveTo removes the content from the source location".
 * So: the destination (from its top-left cell, as large as the source) gets each source cell's value and format, a
 * source cell with nothing making its destination cell empty; the source cells not in the destination are left
 * empty and plain. Imitated only where nothing is guessed: neither page says what follows the moved cells or what
 * becomes of what they replace, so a move is refused when a formula (also a name's or a chart's) points at the source
 * or the destination or lies in the source (notes, lists and merged areas: CUT_FOLLOW).
 * CUT_FOLLOW — what else goes with the cut cells: "Copying a cell normally copies the cell's contents, any formatting
 *   that is applied to the original cell (including conditional formatting and data validation), and the cell comment
 *   (if it has one)", and moving is the same with the source emptied ("When you move a range, the contents are removed
 *   from the source range") — J. Walkenbach, Excel 2013 Formulas, jabsto.com/Tutorial/topic-104/Microsoft-Excel-2013-
 *   Formulas-79.html. A merged area is cell formatting too ("Unlike every other cell formatting option, the merging of
 *   cells…", operisanalysiskit.com/help/2003/mergedcells.htm), moved as moveTo moves formatting (above). So in the Excel
 *   fake (cutSheetCells) the notes, threaded comments, drop-down lists and merged areas wholly on the source cells move
 *   with them; refused: one of them on a destination cell that is not cut (what the paste does to it is on no page),
 *   a merged area partly on the cut cells. The .xlsx helper (xlsxEdit.ts cutCells) still refuses all of them.
 * CUT_RULES — a conditional format is formatting of the cells it applies to ("The Range.conditionalFormats property is
 *   a collection of ConditionalFormat objects that apply to the range",
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting), and moveTo moves the
 *   cells' formatting: a rule's range wholly in the source moves with its cells (ruleAfterCut). Its formula keeps
 *   saying of each cell what it said (its relative references read from each cell, re-anchored when its first range
 *   moved). Imitated only where that is all: refused when a rule's range lies partly in the source or meets the
 *   destination, or its formula, read from a moved cell, points outside the source or along the move with "$", or,
 *   read from a cell left, points at the source or the destination (how Excel rewrites such a formula is not imitated).
 */
export interface Cut {
  sheet: string;
  cut: CellRange;
  /** The destination's top-left cell. */
  to: { row: number; col: number };
}

/** The destination of a cut: from its top-left cell, the source's size. */
export const cutDestination = (c: Cut): CellRange => ({
  top: c.to.row,
  left: c.to.col,
  bottom: c.to.row + c.cut.bottom - c.cut.top,
  right: c.to.col + c.cut.right - c.cut.left,
});

const meets = (a: CellRange, b: CellRange) =>
  a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;

/** The cut's source and destination. */
export const cutAreas = (c: Cut): CellRange[] => [c.cut, cutDestination(c)];

/** Some area of `areas` on `sheet` meets range `r`. */
export const meetsAny = (r: CellRange, areas: CellRange[]) => areas.some((a) => meets(r, a));

/**
 * A formula written on sheet `own` that points at a cell of `areas` on `sheet`, or whose reach is not known (whole
 * rows or columns). `spread`: a rule's formula is relative to its range, so it reaches that many more rows / columns.
 */
export function formulaReaches(
  formula: string,
  own: string,
  sheet: string,
  areas: CellRange[],
  spread = { rows: 0, cols: 0 },
): boolean {
  const code = formula
    .split(/("(?:[^"]|"")*")/)
    .filter((_, i) => i % 2 === 0)
    .join("");
  if (/(?<![\p{L}\p{N}_.])\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}(?![\p{L}\p{N}_(])|\b\$?\d+:\$?\d+\b/u.test(code))
    return true;
  for (const m of code.matchAll(REF)) {
    const [, prefix, , col1, , row1, , col2, , row2] = m;
    if (sheetOf(prefix, own) !== sheet) continue;
    const r: CellRange = {
      top: Number(row1) - 1,
      left: columnIndex(col1.toUpperCase()),
      bottom: Number(row2 ?? row1) - 1 + spread.rows,
      right: columnIndex((col2 ?? col1).toUpperCase()) + spread.cols,
    };
    if (meetsAny(r, areas)) return true;
  }
  return false;
}

/** A conditional format as both user-edit helpers keep it: its ranges, its formula relative to the first range's corner. */
export interface CutRule {
  ranges: CellRange[];
  formula: string;
}

/** For each of a rule's references to its own sheet: from each of its ranges, the cells it reads (and whether "$"). */
function ruleReaches(
  rule: CutRule,
  sheet: string,
): { range: number; reach: CellRange; rowAbs: boolean; colAbs: boolean }[] {
  const anchor = rule.ranges[0];
  const code = rule.formula
    .split(/("(?:[^"]|"")*")/)
    .filter((_, i) => i % 2 === 0)
    .join("");
  const out: { range: number; reach: CellRange; rowAbs: boolean; colAbs: boolean }[] = [];
  for (const m of code.matchAll(REF)) {
    const [, prefix, c1, col1, r1, row1, c2, col2, r2, row2] = m;
    if (sheetOf(prefix, sheet) !== sheet) continue;
    const rowAbs = !!r1 || (row2 !== undefined && !!r2);
    const colAbs = !!c1 || (col2 !== undefined && !!c2);
    rule.ranges.forEach((r, range) => {
      const dr = rowAbs ? 0 : r.top - anchor.top;
      const dc = colAbs ? 0 : r.left - anchor.left;
      const reach = {
        top: Number(row1) - 1 + dr,
        left: columnIndex(col1.toUpperCase()) + dc,
        bottom: Number(row2 ?? row1) - 1 + dr + (rowAbs ? 0 : r.bottom - r.top),
        right: columnIndex((col2 ?? col1).toUpperCase()) + dc + (colAbs ? 0 : r.right - r.left),
      };
      out.push({ range, reach, rowAbs, colAbs });
    });
  }
  return out;
}

/** A rule after a cut (CUT_RULES): its moved ranges and re-anchored formula; the rule itself when the cut misses it. */
export function ruleAfterCut(rule: CutRule, c: Cut, sheet: string): CutRule {
  const [source, destination] = cutAreas(c);
  const inSource = (r: CellRange) =>
    r.top >= source.top && r.bottom <= source.bottom && r.left >= source.left && r.right <= source.right;
  const moved = rule.ranges.map(inSource);
  if (rule.ranges.some((r) => meets(r, destination) && !inSource(r)))
    throw new Error("cut: a rule on the destination (not imitated)");
  if (rule.ranges.some((r, i) => !moved[i] && meets(r, source)))
    throw new Error("cut: a rule partly on the cut cells (not imitated)");
  const dRow = c.to.row - source.top;
  const dCol = c.to.col - source.left;
  for (const { range, reach, rowAbs, colAbs } of ruleReaches(rule, sheet)) {
    if (moved[range] && (!inSource(reach) || (dRow !== 0 && rowAbs) || (dCol !== 0 && colAbs)))
      throw new Error("cut: a moved rule reads cells that do not move with it (not imitated)");
    if (!moved[range] && (meets(reach, source) || meets(reach, destination)))
      throw new Error("cut: a rule left behind reads the cut cells (not imitated)");
  }
  if (!moved.some(Boolean)) return rule;
  const ranges = rule.ranges.map((r, i) =>
    moved[i] ? { top: r.top + dRow, left: r.left + dCol, bottom: r.bottom + dRow, right: r.right + dCol } : r,
  );
  const formula = moved[0] ? sortedFormula(rule.formula, dRow, dCol) : rule.formula;
  return { ranges, formula };
}

/**
 * Cells inserted in part of a row or column (Range.insert on a range that is not whole rows or columns). PART —
 * https://learn.microsoft.com/javascript/api/excel/excel.insertshiftdirection "Determines the direction in which
 * existing cells will be shifted to accommodate what is being inserted.", down = "Down", right = "Right" (its sample
 * inserts into "B4:E4"); https://learn.microsoft.com/office/vba/api/excel.range.insert "Inserts a cell or a range of
 * cells into the worksheet or macro sheet and shifts other cells away to make space." Right: the cells of the inserted
 * rows at and right of it move right by its width; Down: those of its columns at and below it move down by its height.
 * What moves with them, as for whole lines (FOLLOW): a reference, a rule's, a merged area's, a name's range wholly on
 * the moving cells moves; one wholly off them stays. Imitated only where nothing is guessed, so refused: such a range
 * partly on them (Excel refuses it for merged cells — "This operation will cause some merged cells to unmerge" — and
 * splits or keeps the others in ways no page gives), cells pushed off the sheet.
 */
export interface PartShift {
  sheet: string;
  /** The inserted cells (where the new blank cells go). */
  at: CellRange;
  direction: "Right" | "Down";
}

/** The cells that move (of the sheet), and by how much. */
function moving(p: PartShift): { area: CellRange; dRow: number; dCol: number } {
  const { at } = p;
  return p.direction === "Right"
    ? { area: { ...at, right: 16_383 }, dRow: 0, dCol: at.right - at.left + 1 }
    : { area: { ...at, bottom: 1_048_575 }, dRow: at.bottom - at.top + 1, dCol: 0 };
}

/** A range after a part insert: moved when wholly on the moving cells, itself when off them; refused when across. */
export function rangeAfterPart(r: CellRange, p: PartShift): CellRange {
  const { area, dRow, dCol } = moving(p);
  if (!meets(r, area)) return r;
  if (r.top < area.top || r.bottom > area.bottom || r.left < area.left || r.right > area.right)
    throw new Error("insert: a range partly on the cells that move (not imitated)");
  if (r.bottom + dRow > 1_048_575 || r.right + dCol > 16_383) throw new Error("insert: cells pushed off the sheet");
  return { top: r.top + dRow, left: r.left + dCol, bottom: r.bottom + dRow, right: r.right + dCol };
}

/** A cell's place after a part insert. */
export const cellAfterPart = (row: number, col: number, p: PartShift) => {
  const r = rangeAfterPart({ top: row, left: col, bottom: row, right: col }, p);
  return { row: r.top, col: r.left };
};

/** A formula (written on sheet `own`) after a part insert: references to the moved cells follow them. */
export function formulaAfterPart(formula: string, own: string, p: PartShift): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (...m: string[]) => {
            const [whole, prefix, c1, col1, r1, row1, c2, col2, r2, row2] = m;
            if (sheetOf(prefix, own) !== p.sheet) return whole;
            const r = rangeAfterPart(
              {
                top: Number(row1) - 1,
                left: columnIndex(col1.toUpperCase()),
                bottom: Number(row2 ?? row1) - 1,
                right: columnIndex((col2 ?? col1).toUpperCase()),
              },
              p,
            );
            const cell = (c: string, col: number, rr: string, row: number) =>
              `${c}${columnLetters(col)}${rr}${row + 1}`;
            const first = cell(c1, r.left, r1, r.top);
            return `${prefix ?? ""}${first}${row2 === undefined ? "" : `:${cell(c2, r.right, r2, r.bottom)}`}`;
          }),
    )
    .join("");
}

/**
 * A rule after a part insert (PART): its ranges follow their cells; it keeps saying of each cell what it said, which
 * holds when each range reads only cells that move as it does — refused otherwise (how Excel rewrites it is not
 * imitated).
 */
export function ruleAfterPart(rule: CutRule, p: PartShift): CutRule {
  const { area } = moving(p);
  const wholly = (r: CellRange) =>
    r.top >= area.top && r.bottom <= area.bottom && r.left >= area.left && r.right <= area.right;
  const ranges = rule.ranges.map((r) => rangeAfterPart(r, p));
  for (const { range, reach } of ruleReaches(rule, p.sheet)) {
    const moves = wholly(rule.ranges[range]);
    if (moves ? !wholly(reach) : meets(reach, area))
      throw new Error("insert: a rule reads cells that do not move as it does (not imitated)");
  }
  const formula = wholly(rule.ranges[0]) ? formulaAfterPart(rule.formula, p.sheet, p) : rule.formula;
  return { ranges, formula };
}
