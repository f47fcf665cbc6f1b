/**
 * Test helper: what a user does in Excel to a saved .xlsx between two runs of the CLI, done to the file the way
 * Excel would save it (rules in excelShift.ts): whole rows / columns inserted or deleted move the cells, merged
 * areas, conditional formats (ranges and formulas), data validations, column widths, and every formula, defined
 * name and chart series that points at the sheet, and notes; typing puts a value into one cell and keeps its format.
 * Parts it cannot move (tables, drawings anchored on the edited sheet, note boxes under other VML prefixes, shared
 * formulas) make it throw rather than leave a file Excel would never write.
 */
import { cellName, columnIndex, columnLetters } from "../../src/core/a1";
import type { CellRange, CellValue } from "../../src/core/types";
import {
  NS_R,
  REL_WORKSHEET,
  encodeXstring,
  escapeXml,
  readRels,
  relsPathOf,
  workbookMap,
} from "../../src/host/xlsx/parts";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { concat, openPackage, packPackage, partText, setPartText, type Package } from "../../src/host/xlsx/zip";
import { emptyMarks } from "../../src/core/plan/marks";
import { fileColumnWidth } from "../../src/core/plan/columnWidth";
import { StylesEditor } from "../../src/host/xlsx/styles";
import { unescapeXml } from "../../src/host/xlsx/xmlEdit";
import { writeCheckedCopyChunks } from "../../src/host/xlsx/write";
import {
  cutAreas,
  cutDestination,
  formulaReaches,
  meetsAny,
  mergeRefusal,
  nameAfterDeletion,
  namesSheet,
  formulaAfterSheetDeletion,
  CATCHES_ERRORS,
  renameInFormula,
  renameRefusal,
  shiftFormula,
  shiftIndex,
  shiftRange,
  sheetPrefix,
  sortedFormula,
  sortedMerge,
  sortedRows,
  type Cut,
  type Shift,
  type Sort,
} from "./excelShift";

export type UserEdit =
  | Shift
  | Sort
  /** Cut and Paste (excelShift.ts, CUT). */
  | Cut
  /**
   * 数据 → 筛选 over a range (its top row gets the buttons), then only the texts `shown` ticked in one column (absolute):
   * the rows below whose cell there holds another text are hidden (tests/host/excel/fake.ts, AUTOFILTER).
   */
  | { sheet: string; autoFilter: CellRange; column: number; shown: string[] }
  /** Hide on the columns left … right. */
  | { sheet: string; hide: { left: number; right: number } }
  /** Hide on the rows top … bottom (right-click on the row headers → 隐藏). */
  | { sheet: string; hideRows: { top: number; bottom: number } }
  /** Row Height… on one row (right-click on its header → 行高), in points. */
  | { sheet: string; rowHeight: { row: number; points: number } }
  /** 数据 → 创建组 (Group) over the rows top … bottom, left expanded; rows in a group already go one level deeper. */
  | { sheet: string; groupRows: { top: number; bottom: number } }
  /**
   * Typing into one cell; a formula (`=…`) is saved with the result Excel showed for it (`shown`) where given, as Excel
   * keeps each formula's last result in the file (ECMA-376 Part 1 §18.3.1.96 v: "the value of the cell").
   */
  | { sheet: string; type: CellValue; row: number; col: number; shown?: number }
  | { sheet: string; renameTo: string }
  /** The user writes a note on a cell (replacing the one there); "" deletes the cell's note. */
  | { sheet: string; row: number; col: number; note: string }
  /** Excel's Move or Copy… with "create a copy", (move to end): the copy holds what the sheet holds. */
  | { sheet: string; copyTo: string }
  /** Merge & Center over an area (excelShift.ts, MERGE). */
  | { sheet: string; merge: CellRange }
  /** Format Cells… on one cell: a number format, a solid fill (6-digit hex), bold; the value stays. */
  | { sheet: string; row: number; col: number; format: CellFormat }
  /** Column Width… on one column, in characters as Excel's box shows them (the file's `<col width>`). */
  | { sheet: string; col: number; width: number }
  /** The sheet deleted (right-click on its tab → Delete; excelShift.ts, DELETE_SHEET). */
  | { sheet: string; deleteSheet: true }
  /**
   * A hidden or very hidden sheet made visible: a very hidden one (our record) only from the VBA editor's 属性 → Visible,
   * as xlSheetVeryHidden means "the user cannot make the object visible" (learn.microsoft.com/office/vba/api/
   * excel.xlsheetvisibility); the file then has no state on its <sheet> (ECMA-376 §18.2.19 sheet, state: visible default).
   */
  | { sheet: string; show: true }
  /** Unmerge Cells over an area: every merged area inside it splits (the value stays in its top-left cell). */
  | { sheet: string; unmerge: CellRange }
  /** Insert → Table over an area with headers: its top row's texts name the columns (tests/host/excel/fake.ts TABLES). */
  | { sheet: string; table: CellRange }
  /**
   * The sheet's one chart dragged and resized by its frame to cover an area (xlsx: its top-left corner a little into
   * the area's first cell, as a drag by mouse leaves it, colOff / rowOff of 1 mm; Excel: Chart.setPosition).
   */
  | { sheet: string; moveChart: CellRange };

export interface CellFormat {
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  /** Font colour (开始 → 字体颜色), 6-digit hex. */
  fontColor?: string;
  /** 开始 → 倾斜, 删除线 (Format Cells… → 字体), 下划线 (single). */
  italic?: true;
  strikethrough?: true;
  underline?: true;
  /** 开始 → 边框 → 下框线: a thin bottom edge. */
  bottomBorder?: true;
}

export function editXlsx(bytes: Uint8Array, edits: UserEdit[]): Uint8Array {
  let pkg = openPackage(bytes);
  for (const e of edits) {
    if ("axis" in e) shiftPackage(pkg, e);
    else if ("renameTo" in e) renameSheet(pkg, e.sheet, e.renameTo);
    else if ("copyTo" in e) copySheet(pkg, e.sheet, e.copyTo);
    else if ("sort" in e) sortRows(pkg, e);
    else if ("cut" in e) cutCells(pkg, e);
    else if ("autoFilter" in e) filterRows(pkg, e.sheet, e.autoFilter, e.column, e.shown);
    else if ("hide" in e) hideColumns(pkg, e.sheet, e.hide.left, e.hide.right);
    else if ("hideRows" in e) hideRows(pkg, e.sheet, e.hideRows.top, e.hideRows.bottom);
    else if ("rowHeight" in e) rowHeight(pkg, e.sheet, e.rowHeight.row, e.rowHeight.points);
    else if ("groupRows" in e) groupRows(pkg, e.sheet, e.groupRows.top, e.groupRows.bottom);
    else if ("note" in e) pkg = putNote(pkg, e.sheet, e.row, e.col, e.note);
    else if ("format" in e) formatCell(pkg, e.sheet, e.row, e.col, e.format);
    else if ("merge" in e) mergeCells(pkg, e.sheet, e.merge);
    else if ("width" in e) setWidth(pkg, e.sheet, e.col, e.width);
    else if ("deleteSheet" in e) pkg = deleteSheet(pkg, e.sheet);
    else if ("show" in e) showSheet(pkg, e.sheet);
    else if ("unmerge" in e) unmergeCells(pkg, e.sheet, e.unmerge);
    else if ("table" in e) pkg = addTable(pkg, e.sheet, e.table);
    else if ("moveChart" in e) moveChart(pkg, e.sheet, e.moveChart);
    else typeInto(pkg, e.sheet, e.row, e.col, e.type, e.shown);
  }
  return concat(packPackage(pkg));
}

/**
 * A note written in Excel: the comments part and its VML box, as the writer patches them (src/host/xlsx/notes.ts,
 * which keeps every other note). Its author reads "PerfTargets" like ours: whose note it is follows its text.
 */
function putNote(pkg: Package, sheet: string, row: number, col: number, text: string): Package {
  sheetPart(pkg, sheet); // the sheet exists
  const plan = { ops: [{ op: "note" as const, cell: { sheet, row, col }, text }], marks: emptyMarks(), messages: [] };
  return openPackage(concat(writeCheckedCopyChunks(pkg, plan)));
}

/**
 * A column's width as Excel saves it: the `<col>` of that one column gets the width (ECMA-376 §18.3.1.13: "width …
 * Column width measured as the number of characters of the maximum digit width … plus padding") with customWidth.
 * Only a column that has a `<col>` of its own (as our summary's do): splitting a range of columns is not imitated.
 */
function setWidth(pkg: Package, sheet: string, col: number, width: number): void {
  const part = sheetPart(pkg, sheet);
  const xml = partText(pkg, part) as string;
  const own = new RegExp(`<col\\b([^>]*?\\bmin="${col + 1}"[^>]*?\\bmax="${col + 1}"[^>]*?)/>`);
  if (!own.test(xml)) throw new Error(`xlsxEdit: width of column ${col + 1} without a <col> of its own (not imitated)`);
  setPartText(
    pkg,
    part,
    xml.replace(
      own,
      (_, attrs: string) => `<col${attrs.replace(/\bwidth="[^"]*"/, `width="${fileColumnWidth(width)}"`)}/>`,
    ),
  );
}

/** What may follow `<autoFilter>` in a worksheet (ECMA-376 §18.3.1.99, CT_Worksheet's sequence). */
const AFTER_AUTOFILTER =
  /<(sortState|dataConsolidate|customSheetViews|mergeCells|phoneticPr|conditionalFormatting|dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/**
 * An AutoFilter as Excel saves it (tests/host/excel/fake.ts, AUTOFILTER): `<autoFilter ref>` with the column's
 * `<filterColumn colId><filters><filter val>` (ECMA-376 §18.3.1.2, §18.3.2.7), `hidden="1"` on each row it hides
 * (§18.3.1.73), and the hidden name _xlnm._FilterDatabase over the range that Excel keeps for the sheet. Refused like
 * the fake refuses: a second AutoFilter, one on a sheet with a table, a column of numbers or formulas.
 */
function filterRows(pkg: Package, sheet: string, r: CellRange, column: number, shown: string[]): void {
  const part = sheetPart(pkg, sheet);
  let xml = partText(pkg, part) as string;
  if (/<autoFilter\b|<tableParts\b/.test(xml))
    throw new Error("xlsxEdit: a second AutoFilter, or a table (not imitated)");
  const read = readWorkbookBytes(concat(packPackage(pkg))).snapshot;
  const values = read.sheets.find((x) => x.name === sheet)!;
  const hidden: number[] = [];
  for (let row = r.top + 1; row <= r.bottom; row++) {
    const v = values.values[row - values.originRow]?.[column - values.originCol] ?? null;
    const f = values.formulas?.[row - values.originRow]?.[column - values.originCol];
    if (f || (v !== null && typeof v !== "string"))
      throw new Error("xlsxEdit: AutoFilter on a column of numbers or formulas (not imitated)");
    if (!shown.includes(v ?? "")) hidden.push(row);
  }
  xml = rowsHidden(xml, hidden);
  const filters = shown.map((v) => `<filter val="${escapeXml(v)}"/>`).join("");
  const element = `<autoFilter ref="${refText(r)}"><filterColumn colId="${column - r.left}"><filters>${filters}</filters></filterColumn></autoFilter>`;
  const at = AFTER_AUTOFILTER.exec(xml)!.index;
  setPartText(pkg, part, xml.slice(0, at) + element + xml.slice(at));
  const map = workbookMap(pkg);
  const index = map.sheets.findIndex((x) => x.name === sheet);
  const ref = `${sheetPrefix(sheet)}$${columnLetters(r.left)}$${r.top + 1}:$${columnLetters(r.right)}$${r.bottom + 1}`;
  const name = `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${escapeXml(ref)}</definedName>`;
  let book = partText(pkg, "xl/workbook.xml") as string;
  // Replaced by a function: the name's $A$117 is no pattern ("$1" of a replacement string is the first group).
  book = /<definedNames>/.test(book)
    ? book.replace("<definedNames>", () => `<definedNames>${name}`)
    : book.replace("</sheets>", () => `</sheets><definedNames>${name}</definedNames>`);
  setPartText(pkg, "xl/workbook.xml", book);
}

/** `hidden="1"` on each row's `<row>` (ECMA-376 §18.3.1.73); a row without one (nothing in it) is not imitated. */
function rowsHidden(xml: string, rows: number[]): string {
  for (const row of rows) {
    const open = new RegExp(`<row\\b[^>]*?\\br="${row + 1}"[^>]*?(/?)>`);
    if (!open.test(xml)) throw new Error(`xlsxEdit: hiding row ${row + 1}, which has no <row> (not imitated)`);
    xml = xml.replace(open, (tag, slash: string) =>
      tag.replace(/\s*\bhidden="[^"]*"/, "").replace(/\/?>$/, ` hidden="1"${slash ? "/" : ""}>`),
    );
  }
  return xml;
}

/** Rows hidden as Excel saves them (rowsHidden). */
function hideRows(pkg: Package, sheet: string, top: number, bottom: number): void {
  const part = sheetPart(pkg, sheet);
  const rows = Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
  setPartText(pkg, part, rowsHidden(partText(pkg, part) as string, rows));
}

/**
 * A row's height as Excel saves it (ECMA-376 §18.3.1.73 row: "ht (Row Height) Row height measured in point size",
 * "customHeight (Custom Height) 1 if the row height has been manually set."). A row without a `<row>` is not imitated.
 */
function rowHeight(pkg: Package, sheet: string, row: number, points: number): void {
  const part = sheetPart(pkg, sheet);
  const open = new RegExp(`<row\\b[^>]*?\\br="${row + 1}"[^>]*?(/?)>`);
  const xml = partText(pkg, part) as string;
  if (!open.test(xml)) throw new Error(`xlsxEdit: the height of row ${row + 1}, which has no <row> (not imitated)`);
  const sized = xml.replace(open, (tag, slash: string) =>
    tag
      .replace(/\s*\b(ht|customHeight)="[^"]*"/g, "")
      .replace(/\/?>$/, ` ht="${points}" customHeight="1"${slash ? "/" : ""}>`),
  );
  setPartText(pkg, part, sized);
}

/**
 * Rows grouped as Excel saves them (ECMA-376 §18.3.1.73 row: "outlineLevel (Outline Level) Outlining level of the row,
 * when outlining is on."; §18.3.1.81 sheetFormatPr: "outlineLevelRow (Maximum Outline Row) Highest number of outline
 * level for rows in this sheet."): each row one level deeper than it was (1 when in no group: a group inside a group
 * nests), expanded. A row without a `<row>` is not imitated.
 */
function groupRows(pkg: Package, sheet: string, top: number, bottom: number): void {
  const part = sheetPart(pkg, sheet);
  let xml = partText(pkg, part) as string;
  let deepest = Number(/<sheetFormatPr\b[^>]*\boutlineLevelRow="(\d+)"/.exec(xml)?.[1] ?? 0);
  for (let row = top; row <= bottom; row++) {
    const open = new RegExp(`<row\\b[^>]*?\\br="${row + 1}"[^>]*?(/?)>`);
    if (!open.test(xml)) throw new Error(`xlsxEdit: grouping row ${row + 1}, which has no <row> (not imitated)`);
    xml = xml.replace(open, (tag, slash: string) => {
      const level = Number(/\boutlineLevel="(\d+)"/.exec(tag)?.[1] ?? 0) + 1;
      deepest = Math.max(deepest, level);
      return tag
        .replace(/\s*\boutlineLevel="[^"]*"/g, "")
        .replace(/\/?>$/, ` outlineLevel="${level}"${slash ? "/" : ""}>`);
    });
  }
  xml = /<sheetFormatPr\b/.test(xml)
    ? xml.replace(
        /<sheetFormatPr\b([^>]*?)\s*(\/?)>/,
        (_, attrs: string, slash: string) =>
          `<sheetFormatPr${attrs.replace(/\s*\boutlineLevelRow="[^"]*"/, "")} outlineLevelRow="${deepest}"${slash}>`,
      )
    : xml;
  setPartText(pkg, part, xml);
}

/**
 * Columns hidden as Excel saves them: each column's `<col>` gets hidden (ECMA-376 §18.3.1.13: "hidden … Flag
 * indicating if the affected column(s) are hidden on this worksheet."), the one it has of its own, else a new one.
 * A `<col>` that covers it and others (to be split) is not imitated.
 */
function hideColumns(pkg: Package, sheet: string, left: number, right: number): void {
  const part = sheetPart(pkg, sheet);
  let xml = partText(pkg, part) as string;
  const bounds = (col: string) => ["min", "max"].map((a) => Number(new RegExp(`\\b${a}="(\\d+)"`).exec(col)![1]) - 1);
  for (let at = left; at <= right; at++) {
    const cols = [...xml.matchAll(/<col\b[^>]*\/>/g)].map((m) => m[0]);
    const own = cols.find((c) => bounds(c)[0] === at && bounds(c)[1] === at);
    if (!own && cols.some((c) => bounds(c)[0] <= at && bounds(c)[1] >= at))
      throw new Error("xlsxEdit: hiding part of a <col> (not imitated)");
    if (own) xml = xml.replace(own, own.replace(/\s*hidden="[^"]*"/, "").replace(/\/>$/, ' hidden="1"/>'));
    else {
      const col = `<col min="${at + 1}" max="${at + 1}" hidden="1"/>`;
      const after = cols.find((c) => bounds(c)[0] > at);
      xml = after
        ? xml.replace(after, col + after)
        : /<cols>/.test(xml)
          ? xml.replace("</cols>", `${col}</cols>`)
          : xml.replace(/<sheetData\b/, `<cols>${col}</cols><sheetData`);
    }
  }
  setPartText(pkg, part, xml);
}

/** Rename a sheet as Excel saves it (excelShift.ts, RENAME): the name attribute changes, sheetId stays. */
function renameSheet(pkg: Package, from: string, to: string): void {
  const map = workbookMap(pkg);
  const refused = renameRefusal(
    to,
    map.sheets.filter((s) => s.name !== from).map((s) => s.name),
  );
  if (refused) throw new Error(`xlsxEdit: ${refused}`);
  sheetPart(pkg, from); // the sheet exists
  const follow = (f: string) => renameInFormula(f, from, to);
  for (const entry of map.sheets) {
    if (!entry.part) continue;
    let xml = partText(pkg, entry.part) as string;
    xml = mapText(xml, "f", follow);
    xml = mapText(xml, "formula", follow);
    setPartText(pkg, entry.part, xml);
  }
  let workbook = mapText(partText(pkg, map.workbookPart) as string, "definedName", follow);
  workbook = workbook.replace(
    /(<(?:\w+:)?sheet\b[^>]*?\bname=")([^"]*)(")/g,
    (whole, head: string, name: string, tail: string) =>
      unescape(name) === from ? head + escapeXml(to) + tail : whole,
  );
  setPartText(pkg, map.workbookPart, workbook);
  for (const part of pkg.parts.keys())
    if (/^xl\/charts\/chart\d+\.xml$/.test(part))
      setPartText(pkg, part, mapText(partText(pkg, part) as string, "c:f", follow));
}

/** A sheet made visible (UserEdit show): its <sheet> loses its state attribute. */
function showSheet(pkg: Package, sheet: string): void {
  sheetPart(pkg, sheet); // the sheet exists
  const map = workbookMap(pkg);
  const workbook = (partText(pkg, map.workbookPart) as string).replace(/<(?:\w+:)?sheet\b[^>]*>/g, (tag) => {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    return name !== undefined && unescape(name) === sheet ? tag.replace(/\s+state="[^"]*"/, "") : tag;
  });
  setPartText(pkg, map.workbookPart, workbook);
}

/**
 * A sheet deleted in Excel (excelShift.ts, DELETE_SHEET): a name that is one reference to it becomes #REF!; a formula
 * elsewhere naming it is refused (not imitated). The sheet's part goes with its drawing, chart and notes, as the
 * writer removes a sheet (src/host/xlsx/write.ts deleteSheet).
 */
function deleteSheet(pkg: Package, sheet: string): Package {
  const map = workbookMap(pkg);
  sheetPart(pkg, sheet); // the sheet exists
  // A cell's formula naming it keeps its addresses with #REF! for the sheet's name and shows #REF! (t="e"); a rule's,
  // a drop-down's, a shared formula's or one catching the error is refused, as the fake refuses it.
  for (const entry of map.sheets) {
    if (!entry.part || entry.name === sheet) continue;
    const xml = partText(pkg, entry.part) as string;
    const cells = xml.replace(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g, (whole, attrs: string, inner = "") => {
      const f = /^<f\b([^>]*)>([^<]*)<\/f>/.exec(inner as string);
      if (!f || !namesSheet(unescape(f[2]), sheet)) return whole;
      if (/\bt="shared"/.test(f[1]) || CATCHES_ERRORS.test(unescape(f[2])))
        throw new Error(`xlsxEdit: deleting ${sheet}: a shared formula, or one catching the error (not imitated)`);
      const formula = escapeXml(formulaAfterSheetDeletion(unescape(f[2]), sheet));
      const typed = `${attrs.replace(/\s+t="[^"]*"/, "")} t="e"`;
      return `<c${typed}><f${f[1]}>${formula}</f><v>#REF!</v></c>`;
    });
    for (const m of cells.matchAll(/<(?:\w+:)?(?:f|formula)\b[^>]*>([^<]*)</g))
      if (namesSheet(unescape(m[1]), sheet))
        throw new Error(`xlsxEdit: ${entry.name} has a rule or list naming ${sheet} (not imitated)`);
    setPartText(pkg, entry.part, cells);
  }
  setPartText(
    pkg,
    map.workbookPart,
    mapText(partText(pkg, map.workbookPart) as string, "definedName", (f) => nameAfterDeletion(f, sheet)),
  );
  const plan = { ops: [{ op: "deleteSheet" as const, sheet }], marks: emptyMarks(), messages: [] };
  return openPackage(concat(writeCheckedCopyChunks(pkg, plan)));
}

/** The first free part name `${head}${n}${tail}`, n = 1, 2, … */
function freePart(pkg: Package, head: string, tail: string): string {
  for (let n = 1; ; n++) if (!pkg.parts.has(`${head}${n}${tail}`)) return `${head}${n}${tail}`;
}

/**
 * Copy a sheet as Excel saves "Move or Copy… → create a copy" to the end: the worksheet part, its notes (comments
 * and their VML boxes) as parts of the copy's own, a new sheetId and relationship. Other parts of the sheet
 * (drawings, tables, printer settings) make it throw.
 */
function copySheet(pkg: Package, from: string, to: string): void {
  const map = workbookMap(pkg);
  const refused = renameRefusal(
    to,
    map.sheets.map((s) => s.name),
  );
  if (refused) throw new Error(`xlsxEdit: ${refused}`);
  const source = sheetPart(pkg, from);
  const part = freePart(pkg, "xl/worksheets/sheet", ".xml");
  setPartText(pkg, part, (partText(pkg, source) as string).replace(/\stabSelected="(1|true)"/, ""));
  const overrides: string[] = [`<Override PartName="/${part}" ContentType="${CT_WORKSHEET}"/>`];
  const rels = readRels(pkg, source);
  if (rels.length > 0) {
    const entries = rels.map((rel) => {
      let copy: string;
      if (rel.type.endsWith("/comments")) {
        copy = freePart(pkg, "xl/comments", ".xml");
        overrides.push(`<Override PartName="/${copy}" ContentType="${CT_COMMENTS}"/>`);
      } else if (rel.type.endsWith("/vmlDrawing")) copy = freePart(pkg, "xl/drawings/vmlDrawing", ".vml");
      else throw new Error(`xlsxEdit: copying a sheet with a ${rel.type} part`);
      setPartText(pkg, copy, partText(pkg, rel.target) as string);
      return `<Relationship Id="${rel.id}" Type="${rel.type}" Target="../${copy.slice("xl/".length)}"/>`;
    });
    setPartText(
      pkg,
      relsPathOf(part),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PACKAGE_RELS}">${entries.join("")}</Relationships>`,
    );
  }
  const types = partText(pkg, "[Content_Types].xml") as string;
  setPartText(pkg, "[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  const workbookRels = relsPathOf(map.workbookPart);
  const relsXml = partText(pkg, workbookRels) as string;
  const rId = `rId${Math.max(0, ...[...relsXml.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]))) + 1}`;
  setPartText(
    pkg,
    workbookRels,
    relsXml.replace(
      "</Relationships>",
      `<Relationship Id="${rId}" Type="${REL_WORKSHEET}" Target="${part.slice("xl/".length)}"/></Relationships>`,
    ),
  );
  const workbook = partText(pkg, map.workbookPart) as string;
  const sheetId =
    Math.max(...[...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bsheetId="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  setPartText(
    pkg,
    map.workbookPart,
    workbook.replace(
      /<\/((?:\w+:)?)sheets>/,
      (end) => `<sheet name="${escapeXml(to)}" sheetId="${sheetId}" r:id="${rId}"/>${end}`,
    ),
  );
}

const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const NS_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

const unescape = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);

function sheetPart(pkg: Package, sheet: string): string {
  const part = workbookMap(pkg).sheets.find((s) => s.name === sheet)?.part;
  if (!part) throw new Error(`no worksheet ${sheet}`);
  return part;
}

function parseRef(ref: string): CellRange {
  const [a, b = a] = ref.split(":");
  const cell = (t: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(t);
    if (!m) throw new Error(`not a cell reference: ${ref}`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  };
  const [p, q] = [cell(a), cell(b)];
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

const refText = (r: CellRange) =>
  r.top === r.bottom && r.left === r.right
    ? cellName(r.top, r.left)
    : `${cellName(r.top, r.left)}:${cellName(r.bottom, r.right)}`;

/** A space-separated list of ranges after the shift (ranges wholly deleted drop out). */
const shiftSqref = (sqref: string, s: Shift) =>
  sqref
    .split(/\s+/)
    .map((ref) => shiftRange(parseRef(ref), s))
    .filter((r): r is CellRange => r !== null)
    .map(refText)
    .join(" ");

/** The text of every element `tag` in `xml`, rewritten by `f` (XML-unescaped in, escaped back out). */
const mapText = (xml: string, tag: string, f: (text: string) => string) =>
  xml.replace(
    new RegExp(`(<${tag}(?:\\s[^>]*)?>)([^<]*)(</${tag}>)`, "g"),
    (_, open: string, text: string, close: string) => open + escapeXml(f(unescape(text))) + close,
  );

function shiftPackage(pkg: Package, s: Shift): void {
  const map = workbookMap(pkg);
  const edited = sheetPart(pkg, s.sheet);
  const kinds = readRels(pkg, edited).map((r) => r.type.split("/").pop());
  const unsupported = kinds.filter((k) => k === "table");
  if (unsupported.length) throw new Error(`xlsxEdit: cannot move ${unsupported.join(", ")} on ${s.sheet}`);
  for (const rel of readRels(pkg, edited).filter((r) => r.type.endsWith("/drawing")))
    setPartText(pkg, rel.target, shiftAnchors(partText(pkg, rel.target) as string, s));
  refuseRuleAnchors(partText(pkg, edited) as string, s);

  for (const entry of map.sheets) {
    if (!entry.part) continue;
    let xml = partText(pkg, entry.part) as string;
    if (/<f\s[^>]*\bt="(shared|array)"/.test(xml))
      throw new Error(`xlsxEdit: shared / array formulas in ${entry.name}`);
    xml = mapText(xml, "f", (f) => shiftFormula(f, entry.name, s));
    xml = mapText(xml, "formula", (f) => shiftFormula(f, entry.name, s));
    if (entry.part === edited) xml = shiftSheetXml(xml, s);
    setPartText(pkg, entry.part, xml);
  }
  shiftNotes(pkg, edited, s);
  setPartText(
    pkg,
    map.workbookPart,
    mapText(partText(pkg, map.workbookPart) as string, "definedName", (f) => shiftFormula(f, "", s)),
  );
  for (const part of pkg.parts.keys())
    if (/^xl\/charts\/chart\d+\.xml$/.test(part))
      setPartText(
        pkg,
        part,
        mapText(partText(pkg, part) as string, "c:f", (f) => shiftFormula(f, "", s)),
      );
}

/**
 * Refused as the Excel fake refuses it (tests/host/excel/fake.ts shiftSheet): deleting the line of a conditional
 * format's anchor, the top-left cell of the first range of its sqref (ISO/IEC 29500-1 §18.3.1.18 conditionalFormatting,
 * "conditional formatting rules applied to a particular cell or range", and §18.3.1.10 cfRule, whose formula is
 * relative to that cell — learn.microsoft.com/previous-versions/office/developer/office-2010/cc845102(v=office.14)).
 * Excel re-bases the formula on a cell left; how is on no page found, and shifting the formula as a cell's turned its
 * reference to the deleted row into #REF! without a word. Rules and lists of the x14 extension (<xm:sqref>) are not
 * moved by this helper at all: an insert or delete on such a sheet is refused too.
 */
function refuseRuleAnchors(xml: string, s: Shift): void {
  if (/<xm:sqref>/.test(xml)) throw new Error("xlsxEdit: moving x14 rules or lists (<xm:sqref>) is not imitated");
  if (s.count > 0) return;
  for (const m of xml.matchAll(/<conditionalFormatting\b[^>]*?\bsqref="([^"]+)"/g)) {
    const anchor = parseRef(m[1].trim().split(/\s+/)[0]);
    if (shiftIndex(s.axis === "row" ? anchor.top : anchor.left, s) === null)
      throw new Error("xlsxEdit: deleting the first row / column of a conditional format is not imitated");
  }
}

/**
 * A drawing's charts follow their cells. ECMA-376 §20.5.2.33 twoCellAnchor: "This element specifies a two cell anchor
 * placeholder for a group, a shape, or a drawing element. It moves with cells and its extents are in EMU units."; its
 * editAs "twoCell" (the default): "Move and resize with anchor cells". So each anchor's from / to cell moves as a cell
 * does (an insertion between them makes it taller); one whose from or to cell is deleted, or another kind of anchor,
 * is not imitated.
 */
function shiftAnchors(xml: string, s: Shift): string {
  const tag = s.axis === "row" ? "row" : "col";
  return xml.replace(/<(\w+:)?(oneCellAnchor|absoluteAnchor|twoCellAnchor)\b[\s\S]*?<\/\1?\2>/g, (anchor, _p, kind) => {
    if (kind !== "twoCellAnchor" || /\beditAs="(?!twoCell")/.test(anchor))
      throw new Error(`xlsxEdit: moving a ${kind} that is not "move and resize with cells" (not imitated)`);
    return anchor.replace(
      new RegExp(`(<(?:\\w+:)?(?:from|to)>[\\s\\S]*?<((?:\\w+:)?)${tag}>)(\\d+)(</\\2${tag}>)`, "g"),
      (_m, head: string, _q, at: string, tail: string) => {
        const moved = shiftIndex(Number(at), s);
        if (moved === null) throw new Error("xlsxEdit: deleting the cell a drawing is anchored on (not imitated)");
        return `${head}${moved}${tail}`;
      },
    );
  });
}

/**
 * The sheet's only chart moved over `to`: its twoCellAnchor's from (the top-left cell, offset 36000 EMU = 1 mm) and to
 * (the cell past the bottom-right one, no offset), as ECMA-376 §20.5.2.33 anchors it. Another count of anchors, or
 * another kind, is not imitated.
 */
function moveChart(pkg: Package, sheet: string, to: CellRange): void {
  const drawing = readRels(pkg, sheetPart(pkg, sheet)).find((r) => r.type.endsWith("/drawing"));
  const xml = drawing ? (partText(pkg, drawing.target) ?? "") : "";
  const anchors = xml.match(/<(\w+:)?(oneCellAnchor|absoluteAnchor|twoCellAnchor)\b/g) ?? [];
  if (anchors.length !== 1 || !anchors[0].endsWith("twoCellAnchor"))
    throw new Error("xlsxEdit: moving a chart other than a sheet's only two-cell anchored one is not imitated");
  const edge = (tag: string, col: number, row: number, off: number) => (m: string, p: string) =>
    `<${p}${tag}><${p}col>${col}</${p}col><${p}colOff>${off}</${p}colOff><${p}row>${row}</${p}row><${p}rowOff>${off}</${p}rowOff></${p}${tag}>`;
  const moved = xml
    .replace(/<(\w+:)?from>[\s\S]*?<\/\1?from>/, edge("from", to.left, to.top, 36000))
    .replace(/<(\w+:)?to>[\s\S]*?<\/\1?to>/, edge("to", to.right + 1, to.bottom + 1, 0));
  setPartText(pkg, drawing!.target, moved);
}

/** Where a cell (A1) is after the shift; null when it was deleted. */
function moveCell(ref: string, s: Shift): string | null {
  const r = parseRef(ref);
  const row = s.axis === "row" ? shiftIndex(r.top, s) : r.top;
  const col = s.axis === "col" ? shiftIndex(r.left, s) : r.left;
  return row === null || col === null ? null : cellName(row, col);
}

/**
 * Notes move with their cells, and go with a deleted cell (as the fake's notes do): the comment's ref, and its VML
 * box's Row / Column (0-based) and Anchor (left column, offset, top row, offset, right column, offset, bottom row,
 * offset), as Excel saves them.
 */
function shiftNotes(pkg: Package, sheetPartName: string, s: Shift): void {
  const index = (i: number) => shiftIndex(i, s) ?? s.at;
  for (const rel of readRels(pkg, sheetPartName)) {
    const xml = partText(pkg, rel.target) as string;
    if (rel.type.endsWith("/comments"))
      setPartText(
        pkg,
        rel.target,
        xml.replace(/<comment\b[^>]*?\bref="([A-Z]+\d+)"[\s\S]*?<\/comment>/g, (comment, ref: string) => {
          const to = moveCell(ref, s);
          return to === null ? "" : comment.replace(`ref="${ref}"`, `ref="${to}"`);
        }),
      );
    else if (rel.type.endsWith("/vmlDrawing")) {
      if (/ObjectType="Note"/.test(xml) && !/<v:shape\b/.test(xml))
        throw new Error("xlsxEdit: note boxes under other VML prefixes");
      setPartText(
        pkg,
        rel.target,
        xml.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (shape) => {
          const row = Number(/<x:Row>(\d+)<\/x:Row>/.exec(shape)?.[1]);
          const col = Number(/<x:Column>(\d+)<\/x:Column>/.exec(shape)?.[1]);
          if (Number.isNaN(row) || Number.isNaN(col)) return shape;
          if (moveCell(cellName(row, col), s) === null) return "";
          const axis = s.axis === "row" ? [2, 6] : [0, 4];
          return shape
            .replace(/<x:Row>\d+</, `<x:Row>${s.axis === "row" ? index(row) : row}<`)
            .replace(/<x:Column>\d+</, `<x:Column>${s.axis === "col" ? index(col) : col}<`)
            .replace(/(<x:Anchor>)([^<]*)</, (_, open: string, anchor: string) => {
              const parts = anchor.split(",").map((p) => Number(p.trim()));
              return `${open}${parts.map((p, i) => (axis.includes(i) ? index(p) : p)).join(", ")}<`;
            });
        }),
      );
    }
  }
}

function shiftSheetXml(xml: string, s: Shift): string {
  xml = xml.replace(/<sheetData>([\s\S]*)<\/sheetData>/, (_, rows: string) => {
    const out = rows.replace(/<row\b([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g, (_row, attrs: string, _end, cells?: string) => {
      const r = Number(/\br="(\d+)"/.exec(attrs)![1]) - 1;
      const to = s.axis === "row" ? shiftIndex(r, s) : r;
      if (to === null) return "";
      const head = attrs.replace(/\br="\d+"/, `r="${to + 1}"`).replace(/\sspans="[^"]*"/, "");
      if (cells === undefined) return `<row${head}/>`;
      const moved = cells.replace(/<c\b([^>]*?)(\/>|>[\s\S]*?<\/c>)/g, (cell, cAttrs: string, rest: string) => {
        const ref = /\br="([A-Z]+\d+)"/.exec(cAttrs)![1];
        const target = moveCell(ref, s);
        return target === null ? "" : `<c${cAttrs.replace(/\br="[A-Z]+\d+"/, `r="${target}"`)}${rest}`;
      });
      return `<row${head}>${moved}</row>`;
    });
    return `<sheetData>${out}</sheetData>`;
  });
  // One-range elements: moved, or dropped when wholly deleted.
  xml = xml.replace(
    /<(mergeCell|hyperlink|dimension)\b([^>]*?)\bref="([^"]+)"([^>]*?)\/>/g,
    (_, tag, pre, ref, post) => {
      const moved = shiftRange(parseRef(ref as string), s);
      return moved ? `<${tag}${pre}ref="${refText(moved)}"${post}/>` : "";
    },
  );
  xml = xml.replace(/(<mergeCells\b[^>]*?\bcount=")\d+"/, (_, head: string) => {
    return `${head}${(xml.match(/<mergeCell\b/g) ?? []).length}"`;
  });
  xml = xml.replace(/(<(?:conditionalFormatting|dataValidation)\b[^>]*?\bsqref=")([^"]+)"/g, (_, head: string, sq) => {
    return `${head}${shiftSqref(sq as string, s)}"`;
  });
  if (s.axis === "col")
    xml = xml.replace(/<col\b([^>]*?)\/>/g, (m, attrs: string) => {
      const min = Number(/\bmin="(\d+)"/.exec(attrs)![1]) - 1;
      const max = Number(/\bmax="(\d+)"/.exec(attrs)![1]) - 1;
      const moved = shiftRange({ top: 0, bottom: 0, left: min, right: max }, s);
      return moved
        ? `<col${attrs.replace(/\bmin="\d+"/, `min="${moved.left + 1}"`).replace(/\bmax="\d+"/, `max="${moved.right + 1}"`)}/>`
        : "";
    });
  return xml;
}

/**
 * The rows of a range sorted (excelShift.ts, SORT), as Excel saves them: each row's cells (values and styles) move
 * together, and merged areas in one row with it; a formula with its row, its relative row references moved as far
 * (FORMULAS; its cached value kept, as the row's own cells it reads moved with it). Refused like the fake refuses:
 * notes in the range, a validation or conditional format not on whole columns of it; and shared or array formulas
 * (one formula over several cells: how Excel splits them is not imitated).
 */
function sortRows(pkg: Package, s: Sort): void {
  const part = sheetPart(pkg, s.sheet);
  const r = s.sort;
  const inside = (ref: string) => {
    const c = parseRef(ref);
    return c.top >= r.top && c.top <= r.bottom && c.left >= r.left && c.left <= r.right;
  };
  for (const rel of readRels(pkg, part).filter((x) => x.type.endsWith("/comments")))
    for (const m of (partText(pkg, rel.target) as string).matchAll(/<comment\b[^>]*?\bref="([A-Z]+\d+)"/g))
      if (inside(m[1])) throw new Error("xlsxEdit: sorting notes (not imitated)");
  let xml = partText(pkg, part) as string;
  for (const m of xml.matchAll(/<dataValidation\b[^>]*?\bsqref="([^"]+)"/g))
    for (const ref of m[1].split(/\s+/)) {
      const v = parseRef(ref);
      const meets = v.top <= r.bottom && v.bottom >= r.top && v.left <= r.right && v.right >= r.left;
      if (meets && (v.top > r.top || v.bottom < r.bottom))
        throw new Error("xlsxEdit: sorting a column whose validation differs by row (not imitated)");
    }
  for (const m of xml.matchAll(/<conditionalFormatting\b[^>]*?\bsqref="([^"]+)"/g))
    for (const ref of m[1].split(/\s+/)) {
      const v = parseRef(ref);
      const meets = v.top <= r.bottom && v.bottom >= r.top && v.left <= r.right && v.right >= r.left;
      if (meets && (v.top > r.top || v.bottom < r.bottom))
        throw new Error("xlsxEdit: sorting rows a conditional format covers only some of (not imitated)");
    }
  // Every cell of the range, by row and column, as its XML.
  const cells = new Map<string, string>();
  xml = xml.replace(/<c\b([^>]*?)(\/>|>[\s\S]*?<\/c>)/g, (cell, attrs: string) => {
    const ref = /\br="([A-Z]+\d+)"/.exec(attrs)![1];
    if (!inside(ref)) return cell;
    if (/<f\b[^>]*\bt="(shared|array)"/.test(cell)) throw new Error("xlsxEdit: sorting shared formulas (not imitated)");
    const c = parseRef(ref);
    cells.set(`${c.top},${c.left}`, cell);
    return "";
  });
  // A custom list sorts texts (excelShift.ts, CUSTOM_ORDER): the key column's texts as the reader reads them.
  const texts = s.customOrder
    ? readWorkbookBytes(concat(packPackage(pkg))).snapshot.sheets.find((x) => x.name === s.sheet)!
    : null;
  const keyOf = (row: number) => {
    if (texts) return texts.values[row - texts.originRow]?.[s.by - texts.originCol];
    const cell = cells.get(`${row},${s.by}`);
    const v = cell && !/\bt="/.test(cell) ? /<v>([^<]*)<\/v>/.exec(cell)?.[1] : undefined;
    return v === undefined ? undefined : Number(v);
  };
  const from = sortedRows(s, keyOf);
  xml = xml.replace(/(<mergeCell\b[^>]*?\bref=")([^"]+)"/g, (_, head: string, ref: string) => {
    return `${head}${refText(sortedMerge(parseRef(ref), s, from))}"`;
  });
  setPartText(pkg, part, xml);
  from.forEach((row, i) => {
    for (let col = r.left; col <= r.right; col++) {
      const cell = cells.get(`${row},${col}`);
      if (cell)
        putCell(pkg, part, r.top + i, col, () =>
          mapText(cell.replace(/\br="[A-Z]+\d+"/, `r="${cellName(r.top + i, col)}"`), "f", (f) =>
            sortedFormula(f, r.top + i - row),
          ),
        );
    }
  });
}

/**
 * Cells cut and pasted (excelShift.ts, CUT), as Excel saves them: each source cell (value and style) is written at
 * its destination cell, a destination cell without a source cell is removed, the source cells left are removed.
 * Refused like the fake refuses.
 */
function cutCells(pkg: Package, c: Cut): void {
  const part = sheetPart(pkg, c.sheet);
  const areas = cutAreas(c);
  const refused = (what: string) => new Error(`xlsxEdit: cut: ${what} (not imitated)`);
  for (const rel of readRels(pkg, part).filter(
    (x) => x.type.endsWith("/comments") || x.type.endsWith("/threadedComments"),
  ))
    for (const m of (partText(pkg, rel.target) as string).matchAll(/\bref="([A-Z]+\d+)"/g))
      if (meetsAny(parseRef(m[1]), areas)) throw refused("notes or comments on the cells");
  let xml = partText(pkg, part) as string;
  const sqrefs = (tag: string) =>
    [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*?\\b(?:sqref|ref)="([^"]+)"`, "g"))].flatMap((m) =>
      m[1].split(/\s+/).map(parseRef),
    );
  if (sqrefs("dataValidation").some((r) => meetsAny(r, areas))) throw refused("a data validation on the cells");
  if (sqrefs("mergeCell").some((r) => meetsAny(r, areas))) throw refused("merged areas on the cells");
  if (sqrefs("conditionalFormatting").some((r) => meetsAny(r, areas)))
    throw refused("a conditional format on the cells");
  const map = workbookMap(pkg);
  for (const entry of map.sheets) {
    if (!entry.part) continue;
    const text = partText(pkg, entry.part) as string;
    if (/<f\s[^>]*\bt="(shared|array)"/.test(text)) throw refused("shared or array formulas in the workbook");
    for (const m of text.matchAll(/<f(?:\s[^>]*)?>([^<]*)<\/f>/g))
      if (formulaReaches(unescape(m[1]), entry.name, c.sheet, areas)) throw refused("formulas pointing at the cells");
    for (const block of text.matchAll(
      /<conditionalFormatting\b[^>]*?\bsqref="([^"]+)"[^>]*>([\s\S]*?)<\/conditionalFormatting>/g,
    )) {
      const ranges = block[1].split(/\s+/).map(parseRef);
      const spread = {
        rows: Math.max(...ranges.map((r) => r.bottom - ranges[0].top)),
        cols: Math.max(...ranges.map((r) => r.right - ranges[0].left)),
      };
      for (const f of block[2].matchAll(/<formula>([^<]*)<\/formula>/g))
        if (formulaReaches(unescape(f[1]), entry.name, c.sheet, areas, spread))
          throw refused("a rule pointing at the cells");
    }
  }
  for (const m of (partText(pkg, map.workbookPart) as string).matchAll(/<definedName\b[^>]*>([^<]*)<\/definedName>/g))
    if (formulaReaches(unescape(m[1]), "", c.sheet, areas)) throw refused("a name pointing at the cells");
  for (const chart of pkg.parts.keys())
    if (/^xl\/charts\/chart\d+\.xml$/.test(chart))
      for (const m of (partText(pkg, chart) as string).matchAll(/<c:f>([^<]*)<\/c:f>/g))
        if (formulaReaches(unescape(m[1]), "", c.sheet, areas)) throw refused("a chart pointing at the cells");
  // The source cells, by their offset in the source, taken out of the sheet.
  const source = c.cut;
  const moved = new Map<string, string>();
  xml = xml.replace(/<c\b([^>]*?)(\/>|>[\s\S]*?<\/c>)/g, (cell, attrs: string) => {
    const at = parseRef(/\br="([A-Z]+\d+)"/.exec(attrs)![1]);
    if (!meetsAny(at, [source])) return cell;
    if (/<f[\s>]/.test(cell)) throw refused("a formula among the cells");
    moved.set(`${at.top - source.top},${at.left - source.left}`, cell);
    return "";
  });
  const to = cutDestination(c);
  xml = xml.replace(/<c\b([^>]*?)(\/>|>[\s\S]*?<\/c>)/g, (cell, attrs: string) =>
    meetsAny(parseRef(/\br="([A-Z]+\d+)"/.exec(attrs)![1]), [to]) ? "" : cell,
  );
  setPartText(pkg, part, xml);
  for (const [offset, cell] of moved) {
    const [dr, dc] = offset.split(",").map(Number);
    const ref = cellName(to.top + dr, to.left + dc);
    putCell(pkg, part, to.top + dr, to.left + dc, () => cell.replace(/\br="[A-Z]+\d+"/, `r="${ref}"`));
  }
}

/**
 * The elements a worksheet's <mergeCells> goes before (ECMA-376 §18.3.1.99 worksheet: its children come in this order,
 * CT_Worksheet's sequence after mergeCells).
 */
const AFTER_MERGE_CELLS =
  "phoneticPr|conditionalFormatting|dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst";

/**
 * Cells merged as Excel saves them: one more <mergeCell> in the sheet's <mergeCells> (made, in its place, on a sheet
 * without merged areas); refused like the fake refuses.
 */
function mergeCells(pkg: Package, sheet: string, area: CellRange): void {
  const part = sheetPart(pkg, sheet);
  let xml = partText(pkg, part) as string;
  if (!/<mergeCells\b[^>]*>/.test(xml)) {
    const next = new RegExp(`<(?:${AFTER_MERGE_CELLS})\\b|</worksheet>`).exec(xml)!;
    xml = `${xml.slice(0, next.index)}<mergeCells count="0"></mergeCells>${xml.slice(next.index)}`;
  }
  const merges = [...xml.matchAll(/<mergeCell\b[^>]*?\bref="([^"]+)"/g)].map((m) => parseRef(m[1]));
  const filled = (row: number, col: number) => {
    const cell = new RegExp(`<c\\b[^>]*?\\br="${cellName(row, col)}"[^>]*?(?:/>|>([\\s\\S]*?)</c>)`).exec(xml);
    return !!cell?.[1] && /<(v|f|is)\b/.test(cell[1]);
  };
  const refused = mergeRefusal(area, merges, filled);
  if (refused) throw new Error(`xlsxEdit: ${refused}`);
  setPartText(
    pkg,
    part,
    xml
      .replace(/(<mergeCells\b[^>]*?\bcount=")(\d+)"/, (_, head: string, n: string) => `${head}${Number(n) + 1}"`)
      .replace("</mergeCells>", `<mergeCell ref="${refText(area)}"/></mergeCells>`),
  );
}

function unmergeCells(pkg: Package, sheet: string, area: CellRange): void {
  const part = sheetPart(pkg, sheet);
  let xml = partText(pkg, part) as string;
  xml = xml.replace(/<mergeCell\b[^>]*?\bref="([^"]+)"[^>]*\/>/g, (m, ref: string) =>
    meetsAny(parseRef(ref), [area]) ? "" : m,
  );
  const count = [...xml.matchAll(/<mergeCell\b/g)].length;
  xml =
    count === 0
      ? xml.replace(/<mergeCells\b[^>]*>\s*<\/mergeCells>/, "")
      : xml.replace(/(<mergeCells\b[^>]*?\bcount=")\d+"/, `$1${count}"`);
  setPartText(pkg, part, xml);
}

/**
 * Insert → Table as Excel saves it (ECMA-376 Part 1, 18.5.1.2 table): a table part named by the next free number,
 * its columns named by the header cells' texts, the sheet's relationship to it and its <tableParts>, the content
 * type. Refused as Excel refuses it (tests/host/excel/fake.ts TABLES): merged cells in the area, a header cell that is
 * not a distinct text, an area meeting another table; the sheet's other parts are kept as they are.
 */
function addTable(pkg: Package, sheet: string, area: CellRange): Package {
  const part = sheetPart(pkg, sheet);
  const xml = partText(pkg, part) as string;
  if ([...xml.matchAll(/<mergeCell\b[^>]*?\bref="([^"]+)"/g)].some((m) => meetsAny(parseRef(m[1]), [area])))
    throw new Error("xlsxEdit: a table over merged cells");
  const { snapshot } = readWorkbookBytes(concat(packPackage(pkg)));
  const s = snapshot.sheets.find((x) => x.name === sheet)!;
  if ((s.tables ?? []).some((t) => t.header && meetsAny(t.header, [area])))
    throw new Error("xlsxEdit: the table would overlap with another table");
  const names: unknown[] = [];
  for (let col = area.left; col <= area.right; col++)
    names.push(
      s.formulas?.[area.top - s.originRow]?.[col - s.originCol]
        ? null
        : s.values[area.top - s.originRow]?.[col - s.originCol],
    );
  if (names.some((v) => typeof v !== "string" || v === "") || new Set(names).size < names.length)
    throw new Error("xlsxEdit: a table whose header cells are not distinct texts");
  const table = freePart(pkg, "xl/tables/table", ".xml");
  const id = Number(/(\d+)\.xml$/.exec(table)![1]);
  const ref = refText(area);
  setPartText(
    pkg,
    table,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${NS_MAIN}" id="${id}" name="表${id}" displayName="表${id}" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${names.length}">${names
      .map((n, i) => `<tableColumn id="${i + 1}" name="${escapeXml(n as string)}"/>`)
      .join(
        "",
      )}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  );
  const relsPath = relsPathOf(part);
  const relsXml =
    partText(pkg, relsPath) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PACKAGE_RELS}"></Relationships>`;
  const rId = `rId${Math.max(0, ...[...relsXml.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]))) + 1}`;
  setPartText(
    pkg,
    relsPath,
    relsXml.replace(
      "</Relationships>",
      `<Relationship Id="${rId}" Type="${NS_R}/table" Target="../tables/${table.slice("xl/tables/".length)}"/></Relationships>`,
    ),
  );
  const tablePart = `<tablePart r:id="${rId}"/>`;
  let sheetXml = xml;
  if (!/xmlns:r=/.test(sheetXml.slice(0, sheetXml.indexOf(">", sheetXml.indexOf("<worksheet")))))
    sheetXml = sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
  sheetXml = /<tableParts\b/.test(sheetXml)
    ? sheetXml
        .replace(/(<tableParts\b[^>]*?\bcount=")(\d+)"/, (_, head: string, n: string) => `${head}${Number(n) + 1}"`)
        .replace("</tableParts>", `${tablePart}</tableParts>`)
    : sheetXml.replace(/(<extLst\b|<\/worksheet>)/, `<tableParts count="1">${tablePart}</tableParts>$1`);
  setPartText(pkg, part, sheetXml);
  const types = partText(pkg, "[Content_Types].xml") as string;
  setPartText(
    pkg,
    "[Content_Types].xml",
    types.replace("</Types>", `<Override PartName="/${table}" ContentType="${CT_TABLE}"/></Types>`),
  );
  return pkg;
}

const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * Format Cells… as Excel saves it: a new cell format (cellXfs entry) made from the cell's own with the change, the
 * cell's "s" pointing at it; value and formula stay (StylesEditor appends, as Excel does, and reuses an equal entry).
 */
function formatCell(pkg: Package, sheet: string, row: number, col: number, format: CellFormat): void {
  const rel = readRels(pkg, workbookMap(pkg).workbookPart).find((r) => r.type.endsWith("/styles"));
  if (!rel) throw new Error("xlsxEdit: no styles part");
  const styles = new StylesEditor(partText(pkg, rel.target) as string);
  const part = sheetPart(pkg, sheet);
  const ref = cellName(row, col);
  const existing = new RegExp(`<c\\b[^>]*?\\br="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(
    partText(pkg, part) as string,
  );
  const base = Number((existing ? /\ss="(\d+)"/.exec(existing[0])?.[1] : undefined) ?? 0);
  // Bold taken off: the cell's font without <b/> (Excel writes the font it then uses, without the element).
  let s = styles.cellFormat(
    base,
    format.bold === false ? { ...format, bold: undefined, undo: { bold: true } } : format,
  );
  let text = styles.toXml();
  if (format.fontColor !== undefined) {
    const coloured = withFontColour(text ?? (partText(pkg, rel.target) as string), s, format.fontColor);
    [text, s] = [coloured.xml, coloured.index];
  }
  for (const [on, element] of [
    [format.italic, "i"],
    [format.strikethrough, "strike"],
    [format.underline, "u"],
  ] as const)
    if (on) {
      const marked = withFontElement(text ?? (partText(pkg, rel.target) as string), s, element);
      [text, s] = [marked.xml, marked.index];
    }
  if (format.bottomBorder) {
    const bordered = withBottomBorder(text ?? (partText(pkg, rel.target) as string), s);
    [text, s] = [bordered.xml, bordered.index];
  }
  if (text !== null) setPartText(pkg, rel.target, text);
  putCell(pkg, part, row, col, () =>
    existing
      ? existing[0].replace(/^<c\b[^>]*?(?=\/?>)/, (head) =>
          /\ss="/.test(head) ? head.replace(/\ss="\d+"/, ` s="${s}"`) : `${head} s="${s}"`,
        )
      : `<c r="${ref}" s="${s}"/>`,
  );
}

/**
 * The cell format `xf` with its font given `<color rgb>` (a copy of its font, the colour in the place ECMA-376 §18.8.22
 * font's sequence gives it, before <name>), as Excel saves 字体颜色: a new font and a new cell format appended.
 */
function withFontColour(styles: string, xf: number, rgb: string): { xml: string; index: number } {
  return withFont(styles, xf, (plain) => {
    const font = plain.replace(/<color\b[^>]*\/>/, "").replace(/^<font\s*\/>$/, "<font></font>");
    const colour = `<color rgb="FF${rgb}"/>`;
    return /<name\b/.test(font)
      ? font.replace(/<name\b/, `${colour}<name`)
      : font.replace("</font>", `${colour}</font>`);
  });
}

/**
 * The cell format `xf` with its font given `<i/>`, `<strike/>` or `<u/>` (single underline), where ECMA-376 §18.8.22
 * font's sequence puts it (b, i, strike, condense, extend, outline, shadow, u, …): after the elements before it.
 */
function withFontElement(styles: string, xf: number, element: "i" | "strike" | "u"): { xml: string; index: number } {
  const before = { i: ["b"], strike: ["b", "i"], u: ["b", "i", "strike", "condense", "extend", "outline", "shadow"] };
  return withFont(styles, xf, (plain) => {
    const font = plain.replace(new RegExp(`<${element}\\b[^>]*/>`), "").replace(/^<font\s*\/>$/, "<font></font>");
    const lead = new RegExp(`^<font\\b[^>]*>(?:\\s*<(?:${before[element].join("|")})\\b[^>]*/>)*`).exec(font)![0];
    return `${lead}<${element}/>${font.slice(lead.length)}`;
  });
}

/**
 * The cell format `xf` given a thin bottom edge, as Excel saves 下框线: a new border (ECMA-376 §18.8.4 border: left, right,
 * top, bottom, diagonal in that order; bottom style="thin", its colour automatic) and a new cell format appended.
 */
function withBottomBorder(styles: string, xf: number): { xml: string; index: number } {
  const list = (tag: string) => new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(styles);
  const items = (inner: string, tag: string) =>
    inner.match(new RegExp(`<${tag}\\b(?:[^>]*?/>|[^>]*>[\\s\\S]*?</${tag}>)`, "g")) ?? [];
  const [borders, xfs] = [list("borders"), list("cellXfs")];
  if (!borders || !xfs)
    throw new Error("xlsxEdit: a border on a styles part without borders or cellXfs (not imitated)");
  const count = (head: string, n: number) => head.replace(/\scount="\d+"/, ` count="${n}"`);
  const id = items(borders[1], "border").length;
  const border = '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>';
  const xfText = items(xfs[1], "xf")[xf];
  const newXf = xfText
    .replace(/\s(borderId|applyBorder)="[^"]*"/g, "")
    .replace(/^<xf\b/, `<xf borderId="${id}" applyBorder="1"`);
  const xml = styles
    .replace(borders[0], count(borders[0].replace(/<\/borders>$/, `${border}</borders>`), id + 1))
    .replace(xfs[0], count(xfs[0].replace(/<\/cellXfs>$/, `${newXf}</cellXfs>`), items(xfs[1], "xf").length + 1));
  return { xml, index: items(xfs[1], "xf").length };
}

/** The cell format `xf` with its font changed by `change`: a new font and a new cell format appended, as Excel does. */
function withFont(styles: string, xf: number, change: (font: string) => string): { xml: string; index: number } {
  const list = (tag: string) => new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(styles);
  const items = (inner: string, tag: string) =>
    inner.match(new RegExp(`<${tag}\\b(?:[^>]*?/>|[^>]*>[\\s\\S]*?</${tag}>)`, "g")) ?? [];
  const [fonts, xfs] = [list("fonts"), list("cellXfs")];
  if (!fonts || !xfs) throw new Error("xlsxEdit: font colour on a styles part without fonts or cellXfs (not imitated)");
  const xfText = items(xfs[1], "xf")[xf];
  const fontList = items(fonts[1], "font");
  const fontId = Number(/\sfontId="(\d+)"/.exec(xfText)?.[1] ?? 0);
  const font = change(fontList[fontId] ?? "<font/>");
  const newXf = xfText
    .replace(/\sfontId="\d+"/, "")
    .replace(/^<xf\b/, `<xf fontId="${fontList.length}"`)
    .replace(/\sapplyFont="[^"]*"/, "")
    .replace(/^<xf\b/, '<xf applyFont="1"');
  const count = (head: string, n: number) => head.replace(/\scount="\d+"/, ` count="${n}"`);
  const xml = styles
    .replace(fonts[0], count(fonts[0].replace(/<\/fonts>$/, `${font}</fonts>`), fontList.length + 1))
    .replace(xfs[0], count(xfs[0].replace(/<\/cellXfs>$/, `${newXf}</cellXfs>`), items(xfs[1], "xf").length + 1));
  return { xml, index: items(xfs[1], "xf").length };
}

/**
 * A value typed into a cell, as a user does and Excel saves it: the cell keeps its format (style), loses any formula;
 * "" empties it; text starting with "=" is a formula (ECMA-376 §18.3.1.40 f: "This element contains the formula for
 * the cell"), saved without its "=" and without a value (Excel would compute one).
 */
function typeInto(pkg: Package, sheet: string, row: number, col: number, value: CellValue, shown?: number): void {
  const ref = cellName(row, col);
  putCell(pkg, sheetPart(pkg, sheet), row, col, (style) =>
    value === "" || value === null
      ? `<c r="${ref}"${style}/>` // emptied (Delete): the cell keeps its format only
      : typeof value === "string" && value.startsWith("=")
        ? `<c r="${ref}"${style}><f>${escapeXml(value.slice(1))}</f>${shown === undefined ? "" : `<v>${shown}</v>`}</c>`
        : typeof value === "number"
          ? `<c r="${ref}"${style}><v>${value}</v></c>`
          : `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${encodeXstring(String(value))}</t></is></c>`,
  );
}

/** Put a cell's XML (made from the style attribute of the cell there, if any) in its row, in column order. */
function putCell(pkg: Package, part: string, row: number, col: number, content: (style: string) => string): void {
  const xml = partText(pkg, part) as string;
  const ref = cellName(row, col);
  const rowRe = new RegExp(`<row\\b[^>]*?\\br="${row + 1}"[^>]*?(?:/>|>[\\s\\S]*?</row>)`);
  const found = rowRe.exec(xml);
  let next: string;
  if (found) {
    const rowXml = found[0].endsWith("/>") ? found[0].replace(/\/>$/, "></row>") : found[0];
    const cellRe = new RegExp(`<c\\b[^>]*?\\br="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
    const cell = cellRe.exec(rowXml);
    let updated: string;
    if (cell) {
      const style = /\ss="\d+"/.exec(cell[0])?.[0] ?? "";
      updated = rowXml.replace(cell[0], () => content(style));
    } else {
      // Cells of a row stay in column order.
      const cells = [...rowXml.matchAll(/<c\b[^>]*?\br="([A-Z]+)\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)];
      const after = cells.find((c) => columnIndex(c[1]) > col);
      updated = after
        ? rowXml.replace(after[0], () => content("") + after[0])
        : rowXml.replace(/<\/row>$/, () => `${content("")}</row>`);
    }
    next = xml.replace(found[0], () => updated.replace(/\sspans="[^"]*"/, ""));
  } else {
    const rows = [...xml.matchAll(/<row\b[^>]*?\br="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)];
    const after = rows.find((r) => Number(r[1]) > row + 1);
    const newRow = `<row r="${row + 1}">${content("")}</row>`;
    next = after
      ? xml.replace(after[0], () => newRow + after[0])
      : xml.includes("<sheetData/>")
        ? xml.replace("<sheetData/>", () => `<sheetData>${newRow}</sheetData>`)
        : xml.replace("</sheetData>", () => `${newRow}</sheetData>`);
  }
  setPartText(pkg, part, next);
}

/**
 * The look a clerk gives a highlight rule in 条件格式 → 管理规则 → 编辑规则 → 格式: fill and font colour (RRGGBB), bold,
 * underline (单 / 双下划线) and strikethrough (删除线).
 */
export interface RuleLookEdit {
  fill: string;
  font: string;
  bold: boolean;
  underline?: "single" | "double";
  strike?: boolean;
  /** A thin black line under the cell (边框 → 下框线). */
  bottom?: boolean;
}

/** `dxf` appended to the styles' differential formats, as Excel adds one for a rule's new look; its index. */
function addDxf(pkg: Package, dxf: string): number {
  const rel = readRels(pkg, workbookMap(pkg).workbookPart).find((r) => r.type.endsWith("/styles"));
  if (!rel) throw new Error("xlsxEdit: no styles part");
  const styles = partText(pkg, rel.target) as string;
  const dxfs = /<dxfs\b[^>]*?(?:\/>|>([\s\S]*?)<\/dxfs>)/.exec(styles);
  if (!dxfs) throw new Error("xlsxEdit: no dxfs (not imitated)");
  const index = (dxfs[1]?.match(/<dxf\b/g) ?? []).length;
  setPartText(pkg, rel.target, styles.replace(dxfs[0], `<dxfs count="${index + 1}">${dxfs[1] ?? ""}${dxf}</dxfs>`));
  return index;
}

/**
 * A highlight rule recoloured in Excel (条件格式 → 管理规则 → 编辑规则 → 格式), as Excel saves it: the rule's differential
 * format is a new dxf (ECMA-376 §18.8.17 dxf: "A single dxf record, expressing incremental formatting to be applied",
 * its font with <b/>, <strike/>, <u/> and <color> — §18.8.22 font's children, §18.4.13 u "val (Underline Value)",
 * single when absent, "double" — its fill's <bgColor>, its <border> (after the fill: §18.8.14 dxf's sequence), §18.8.32 patternFill: "For solid cell fills (no pattern),
 * fgColor is used. For cell fills with patterns specified, then the cell fill color is specified by the bgColor
 * element" — a dxf's solid fill is in bgColor, as Excel writes it), and the cfRule's dxfId points at it (§18.3.1.10
 * cfRule dxfId: "The index of the formatting (dxf) to apply"). Every rule on `sheet` whose formula is `formula`; `to`:
 * its formula edited too (编辑规则 → 为符合此公式的值设置格式), saved as typed (§18.3.1.43 formula).
 */
export function recolourRule(
  bytes: Uint8Array,
  sheet: string,
  formula: string,
  look: RuleLookEdit,
  to = formula,
): Uint8Array {
  const pkg = openPackage(bytes);
  const index = addDxf(
    pkg,
    `<dxf><font>${look.bold ? "<b/>" : ""}${look.strike ? "<strike/>" : ""}` +
      `${look.underline === "double" ? '<u val="double"/>' : look.underline ? "<u/>" : ""}<color rgb="FF${look.font}"/></font>` +
      `<fill><patternFill><bgColor rgb="FF${look.fill}"/></patternFill></fill>` +
      `${look.bottom ? '<border><bottom style="thin"><color rgb="FF000000"/></bottom></border>' : ""}</dxf>`,
  );
  const part = sheetPart(pkg, sheet);
  let found = 0;
  const xml = (partText(pkg, part) as string).replace(
    /(<cfRule\b[^>]*>)(\s*<formula>)([^<]*)(<\/formula>)/g,
    (whole, head: string, open: string, text: string, end: string) => {
      if (unescapeXml(text) !== formula) return whole;
      found++;
      const rule = head.replace(/\sdxfId="\d+"/, "").replace(/^<cfRule\b/, `<cfRule dxfId="${index}"`);
      return `${rule}${open}${escapeXml(to)}${end}`;
    },
  );
  if (found === 0) throw new Error(`xlsxEdit: no rule ${formula} on ${sheet}`);
  setPartText(pkg, part, xml);
  return concat(packPackage(pkg));
}

/**
 * A highlight rule of the clerk's own (条件格式 → 新建规则 → 使用公式确定要设置格式的单元格, or 管理规则 → 复制规则 and 应用于
 * changed), as Excel saves it: its fill a new dxf (see recolourRule), a `<conditionalFormatting sqref>` with one
 * expression cfRule (ECMA-376 §18.3.1.18, §18.3.1.10 cfRule type="expression" with its §18.3.1.43 formula) placed before
 * the sheet's other rules, and — a new rule going to the top of 管理规则's list — priority 1, every other rule's one
 * lower (§18.3.1.10 priority: "The priority of this conditional formatting rule … 1 is the highest priority"). Only on
 * a sheet that has rules already (where else it would go is not imitated).
 */
export function addRule(
  bytes: Uint8Array,
  sheet: string,
  ranges: CellRange[],
  formula: string,
  fill: string,
): Uint8Array {
  const pkg = openPackage(bytes);
  const index = addDxf(pkg, `<dxf><fill><patternFill><bgColor rgb="FF${fill}"/></patternFill></fill></dxf>`);
  const part = sheetPart(pkg, sheet);
  const xml = (partText(pkg, part) as string).replace(
    /(<cfRule\b[^>]*?\spriority=")(\d+)"/g,
    (_, head: string, n: string) => `${head}${Number(n) + 1}"`,
  );
  const first = xml.indexOf("<conditionalFormatting");
  if (first < 0) throw new Error("xlsxEdit: a first rule on a sheet without rules (not imitated)");
  const sqref = ranges.map(refText).join(" ");
  const rule = `<conditionalFormatting sqref="${sqref}"><cfRule type="expression" dxfId="${index}" priority="1"><formula>${escapeXml(formula)}</formula></cfRule></conditionalFormatting>`;
  setPartText(pkg, part, xml.slice(0, first) + rule + xml.slice(first));
  return concat(packPackage(pkg));
}

/**
 * The clerk edits 应用于 of the rule with this formula (管理规则 → 编辑 应用于, one rule): Excel saves the rule's new
 * ranges as its conditionalFormatting's sqref (ECMA-376 Part 1, 18.3.1.18 conditionalFormatting: "sqref: Range over
 * which these conditional formatting rules apply"), the rule itself as it was.
 */
export function widenRule(bytes: Uint8Array, sheet: string, formula: string, ranges: CellRange[]): Uint8Array {
  const pkg = openPackage(bytes);
  const part = sheetPart(pkg, sheet);
  const xml = partText(pkg, part) as string;
  const blocks = [...xml.matchAll(/<conditionalFormatting\b[^>]*>[\s\S]*?<\/conditionalFormatting>/g)].filter((m) =>
    [...m[0].matchAll(/<formula>([^<]*)<\/formula>/g)].some((f) => unescapeXml(f[1]) === formula),
  );
  if (blocks.length !== 1) throw new Error(`xlsxEdit: ${blocks.length} rules of that formula (one imitated)`);
  const widened = blocks[0][0].replace(/\bsqref="[^"]*"/, `sqref="${ranges.map(refText).join(" ")}"`);
  setPartText(pkg, part, xml.slice(0, blocks[0].index) + widened + xml.slice(blocks[0].index! + blocks[0][0].length));
  return concat(packPackage(pkg));
}

/**
 * 开始 → 条件格式 → 清除规则 → 清除整个工作表的规则: every rule of the sheet goes, its conditionalFormatting elements
 * (ECMA-376 Part 1, 18.3.1.18) with them. Rules of the x14 extension (in extLst) are not imitated: it throws.
 */
export function clearSheetRules(bytes: Uint8Array, sheet: string): Uint8Array {
  const pkg = openPackage(bytes);
  const part = sheetPart(pkg, sheet);
  const xml = partText(pkg, part) as string;
  if (/<x14:conditionalFormattings\b/.test(xml)) throw new Error("xlsxEdit: x14 rules cleared (not imitated)");
  const cleared = xml.replace(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g, "");
  if (cleared === xml) throw new Error(`xlsxEdit: no rule on ${sheet} to clear`);
  setPartText(pkg, part, cleared);
  return concat(packPackage(pkg));
}
