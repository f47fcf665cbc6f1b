/**
 * A plan's column width is in characters: digits of the default font that fit in the column, the unit Excel's
 * "列宽" box, VBA/WPS `ColumnWidth` ("One unit of column width is equal to the width of one character in the
 * Normal style", learn.microsoft.com/office/vba/api/excel.range.columnwidth) and this plan use. A file stores
 * it with the cell padding added, and Office.js wants points; both are derived here, so the same plan gives
 * the same columns through every applier.
 */

/** Pixels of the widest digit in the default font (Calibri 11), ECMA-376's "Maximum Digit Width". */
const DIGIT_PX = 7;

/**
 * The .xlsx `<col width>` for `chars` characters. ECMA-376 Part 1 §18.3.1.13 (col):
 * "width = Truncate([{Number of Characters} * {Maximum Digit Width} + {5 pixel padding}]/{Maximum Digit Width}*256)/256"
 * (the 5 px: "2 pixels of margin padding on each side, plus 1 pixel padding for the gridlines", MS-OI29500 2.1.598).
 */
export function fileColumnWidth(chars: number): number {
  return Math.trunc(((chars * DIGIT_PX + 5) / DIGIT_PX) * 256) / 256;
}

/**
 * Pixels Excel draws for a file width, same section (from file width to pixels):
 * "=Truncate(((256 * {width} + Truncate(128/{Maximum Digit Width}))/256)*{Maximum Digit Width})".
 */
export function columnPixels(fileWidth: number): number {
  return Math.trunc(((256 * fileWidth + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
}

/**
 * Points for Office.js `format.columnWidth` ("Specifies the width of all columns within the range",
 * learn.microsoft.com/javascript/api/excel/excel.rangeformat; its unit per Microsoft's docs team,
 * github.com/OfficeDev/office-js/issues/187: "The unit-of-measure for columnWidth is points."); 1 px = 0.75 pt.
 */
export function columnWidthPoints(chars: number): number {
  return columnPixels(fileColumnWidth(chars)) * 0.75;
}
