/**
 * review57b: the rows of 监控汇总 the xlsx reader marks as filled (SheetSnapshot.rowMarks, breaker57) are those the
 * add-ins would: Excel's RangeFill.color is "#FFFFFF" for a white fill as for none, and WPS's Interior.Color 16777215
 * (white) the same, so both let the projects move up under a white fill — clerks fill a sheet white to hide its
 * gridlines. The CLI's copy counted it, and kept the gap the add-ins close.
 */
import path from "node:path";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { xlsxDriver } from "../../scenarios/drivers";
import { mapSpreadsheetParts } from "./prefixedXml";

jest.setTimeout(120_000);

const SUMMARY = "监控汇总";
const marks = (bytes: Uint8Array) => readWorkbookBytes(bytes).snapshot.sheets.find((s) => s.name === SUMMARY)?.rowMarks;

// White as Excel's palette writes it: 白色，背景 1, the theme's colour 0 (ECMA-376 Part 1, 18.8.3 color: theme).
const themeWhite = (bytes: Uint8Array) =>
  mapSpreadsheetParts(bytes, (xml) => xml.replace(/<fgColor rgb="FFFFFFFF"\s*\/>/g, '<fgColor theme="0"/>'));

test.each([
  ["FFFFFF", false, (b: Uint8Array) => b],
  ["FFFFFF", false, themeWhite],
  ["FFFF00", true, (b: Uint8Array) => b],
])("a cell of a project's row filled %p: the row filled %p (%#)", async (fill, expected, saved) => {
  const seed = await xlsxDriver.open(path.join(__dirname, "../../fixtures/seed-per-sheet.xlsx"));
  const once = await xlsxDriver.check(seed, false);
  // Our own header rows (监控时点, 预算年度, the column captions) carry our fill; the projects' rows none.
  const row = Math.max(...marks(once.workbook)!.filled) + 2;
  const edited = saved(await xlsxDriver.edit(once.workbook, [{ sheet: SUMMARY, row, col: 0, format: { fill } }]));
  expect(marks(edited)!.filled.includes(row)).toBe(expected);
});

/**
 * breaker58: a font colour or bold marks the row as Excel's RangeFont.color / bold and WPS's Font.Color / Bold would
 * read it — black, the automatic colour, is none (auto, rgb 000000, theme 1 untinted as Excel's default font writes
 * it, indexed 8 / 64); any other colour (red, a theme accent, text 1 lightened) marks it, and so does <b/> (not
 * <b val="0"/>). A font colour in a highlight rule's dxf is no cell's. chart58: <i/>, <strike/> and an underline other
 * than <u val="none"/> mark it as well.
 */
const fontColoured = (colour: string) => (bytes: Uint8Array) =>
  mapSpreadsheetParts(bytes, (xml) => xml.replace(/<color rgb="FFFF0000"\s*\/>/g, colour));

test.each([
  ['<color rgb="FF000000"/><b/>', true],
  ['<color rgb="FF000000"/><b val="true"/>', true],
  ['<color rgb="FF000000"/><b val="0"/>', false],
  // chart58: italic, strikethrough (a cancelled project struck through) and underline mark it too.
  ['<color rgb="FF000000"/><i/>', true],
  ['<color rgb="FF000000"/><i val="0"/>', false],
  ['<color rgb="FF000000"/><strike/>', true],
  ['<color rgb="FF000000"/><strike val="false"/>', false],
  ['<color rgb="FF000000"/><u/>', true],
  ['<color rgb="FF000000"/><u val="double"/>', true],
  ['<color rgb="FF000000"/><u val="none"/>', false],
  ['<color rgb="FFFF0000"/>', true],
  ['<color theme="4"/>', true],
  ['<color theme="1" tint="0.499984740745262"/>', true],
  ['<color rgb="FF000000"/>', false],
  ['<color theme="1"/>', false],
  ['<color auto="1"/>', false],
  ['<color indexed="64"/>', false],
])("a cell of a project's row whose font holds %s: the row marked %p", async (colour, expected) => {
  const seed = await xlsxDriver.open(path.join(__dirname, "../../fixtures/seed-per-sheet.xlsx"));
  const once = await xlsxDriver.check(seed, false);
  const before = marks(once.workbook)!;
  // Only our title and header rows above the projects are bold (the title, 监控时点, 预算年度, the captions); our rules'
  // dxf fonts are coloured, but no cell's.
  const row = Math.max(...before.filled) + 2;
  expect(Math.max(...before.font)).toBe(row - 2);
  const edit = { sheet: SUMMARY, row, col: 1, format: { fontColor: "FF0000" } };
  const edited = fontColoured(colour)(await xlsxDriver.edit(once.workbook, [edit]));
  expect(marks(edited)!.font).toEqual(expected ? [...before.font, row] : before.font);
});

/**
 * review58b: a workbook whose default font (the Normal style's, font 0) is not the automatic black — 黑色，文字 1，淡色 25%
 * (text 1 lightened) or a grey a template or an exporter set — gives that colour to every cell, ours too. On int58
 * bbbeba8 every row of 监控汇总 was then marked, so the projects under a deleted goal sheet never moved up. A colour is
 * the clerk's mark only where it differs from the default font's, as bold only where the default is not bold.
 */
test.each(['<color theme="1" tint="0.249977111117893"/>', '<color rgb="FF333333"/>', '<color rgb="FF333333"/><b/>'])(
  "the default font holding %s: the projects' rows unmarked, a red one still marked",
  async (colour) => {
    const seed = await xlsxDriver.open(path.join(__dirname, "../../fixtures/seed-per-sheet.xlsx"));
    const plain = marks((await xlsxDriver.check(seed, false)).workbook)!;
    const grey = (bytes: Uint8Array) =>
      mapSpreadsheetParts(bytes, (xml) => xml.replace(/(<fonts[^>]*><font>)<color theme="1"\/>/, `$1${colour}`));
    const once = await xlsxDriver.check(grey(seed), false);
    const before = marks(once.workbook)!;
    const bold = colour.includes("<b/>");
    // Our title and header rows are bold, over a bold default no mark of the clerk's either.
    expect(before.font).toEqual(bold ? [] : plain.font);
    const row = Math.max(...plain.filled) + 2;
    const edit = { sheet: SUMMARY, row, col: 1, format: { fontColor: "FF0000" } };
    expect(marks(await xlsxDriver.edit(once.workbook, [edit]))!.font).toEqual([...before.font, row]);
  },
);

/**
 * breaker60: a row's height marks it as Excel's RangeFormat.useStandardHeight and WPS's Range.UseStandardHeight would
 * read it — any `<row ht>` other than the sheet's `<sheetFormatPr defaultRowHeight>` (ECMA-376 §18.3.1.73, §18.3.1.81),
 * set by hand (customHeight) or fitted by Excel; a height equal to the standard one (Excel writes ht="15" beside
 * defaultRowHeight="15") is none.
 */
test.each([
  [' ht="30" customHeight="1"', true],
  [' ht="30"', true],
  [' ht="DEFAULT" customHeight="1"', false],
  ["", false],
])("a project's row with%p: the row sized %p", async (attrs, expected) => {
  const seed = await xlsxDriver.open(path.join(__dirname, "../../fixtures/seed-per-sheet.xlsx"));
  const once = await xlsxDriver.check(seed, false);
  const row = Math.max(...marks(once.workbook)!.filled) + 2;
  // Our summary as Excel saves it: with the sheet's standard height (before <cols>, in the sheet's sequence).
  const sized = mapSpreadsheetParts(once.workbook, (xml) => {
    if (!xml.includes(`<row r="${row + 1}"`) || !xml.includes("绩效目标监控汇总")) return xml;
    return xml
      .replace("<cols>", '<sheetFormatPr defaultRowHeight="14.25"/><cols>')
      .replace(`<row r="${row + 1}"`, `<row r="${row + 1}"${attrs.replace("DEFAULT", "14.25")}`);
  });
  expect(marks(sized)!.sized.includes(row)).toBe(expected);
});

/**
 * excel61: rows grouped (数据 → 创建组; ECMA-376 §18.3.1.73 row outlineLevel) are marks; outlineLevel="0" (written by
 * some tools on every row) is none.
 */
test.each([
  ["1", true],
  ["3", true],
  ["0", false],
])("a project's row of outlineLevel %p: grouped %p", async (level, expected) => {
  const seed = await xlsxDriver.open(path.join(__dirname, "../../fixtures/seed-per-sheet.xlsx"));
  const once = await xlsxDriver.check(seed, false);
  const row = Math.max(...marks(once.workbook)!.filled) + 2;
  const edited = await xlsxDriver.edit(once.workbook, [{ sheet: SUMMARY, groupRows: { top: row, bottom: row } }]);
  const levelled = mapSpreadsheetParts(edited, (xml) => xml.replace(/outlineLevel="1"/, `outlineLevel="${level}"`));
  expect(marks(levelled)!.grouped.flat().includes(row)).toBe(expected);
});
