/**
 * chart59: the clerk restyles our chart on 监控汇总 in Excel — their title, colours, data labels, bars made lines, the
 * legend on top, a series of their own — saves, types an amount spent, deletes a goal sheet and checks again with the
 * command line. The checked copy wrote the chart part anew at every check (chart58 kept only its place): all of that
 * was lost. Now only the ranges of our series (`<c:f>`) and their caches change; every other byte of the part stays,
 * and a check of the copy gives the same part again.
 */
import path from "node:path";
import { absoluteRef } from "../../src/core/a1";
import type { CellValue } from "../../src/core/types";
import { readRels, workbookMap } from "../../src/host/xlsx/parts";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import { xlsxDriver } from "./drivers";

jest.setTimeout(120_000);

const SUMMARY = "监控汇总";
const PER_SHEET = path.join(__dirname, "../fixtures/seed-per-sheet.xlsx");
const AT = "2024-12-31";
/** The summary's columns (0-based): project names, budget (the clerk's own series), 执行率, 计划进度. */
const [NAME, BUDGET, RATE, PLANNED] = [0, 2, 4, 5];
const FIRST = 6; // row 7, the first project's

/** The summary's one chart part and its drawing, by the sheet's relationships. */
function chartOf(w: Uint8Array): { part: string; xml: string; drawing: string } {
  const pkg = openPackage(w);
  const sheet = workbookMap(pkg).sheets.find((s) => s.name === SUMMARY)!.part!;
  const drawing = readRels(pkg, sheet).find((r) => r.type.endsWith("/drawing"))!.target;
  const chart = readRels(pkg, drawing).filter((r) => r.type.endsWith("/chart"));
  expect(chart).toHaveLength(1);
  return { part: chart[0].target, xml: partText(pkg, chart[0].target)!, drawing: partText(pkg, drawing)! };
}

/** The workbook with the chart part's text replaced: Save in Excel after restyling it. */
function saved(w: Uint8Array, xml: string): Uint8Array {
  const pkg = openPackage(w);
  setPartText(pkg, chartOf(w).part, xml);
  return concat(packPackage(pkg));
}

/** A column of the summary from row 7 down to its last project (values as the cells hold them). */
function column(w: Uint8Array, col: number, last: number): CellValue[] {
  const s = readWorkbookBytes(w).snapshot.sheets.find((x) => x.name === SUMMARY)!;
  const out: CellValue[] = [];
  for (let row = FIRST; row <= last; row++) out.push(s.values[row - s.originRow]?.[col - s.originCol] ?? null);
  return out;
}

/** The last project's row (0-based): the last name in column A. */
function lastRow(w: Uint8Array): number {
  const names = column(w, NAME, 200).map((v) => v !== null && v !== "");
  return FIRST + names.lastIndexOf(true);
}

/**
 * Our chart as Excel 2016 saves it after the clerk's restyling: their title in a larger bold font, bars changed to
 * lines in their colours with data labels, the legend on top, their own third series over the budgets; each range's
 * cache holds the cells' values as they were when saved (ptCount, a pt for each cell holding something).
 */
function restyled(w: Uint8Array, last: number, budgets: { w: Uint8Array; last: number }): string {
  const ref = (col: number, bottom: number) =>
    `'${SUMMARY}'!${absoluteRef({ top: FIRST, left: col, bottom, right: col })}`;
  const pts = (values: CellValue[], numbers: boolean) =>
    `<c:ptCount val="${values.length}"/>` +
    values
      .map((v, i) =>
        v === null || v === "" || (numbers && typeof v !== "number") ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`,
      )
      .join("");
  const cat = `<c:cat><c:strRef><c:f>${ref(NAME, last)}</c:f><c:strCache>${pts(column(w, NAME, last), false)}</c:strCache></c:strRef></c:cat>`;
  const ser = (i: number, name: string, col: number, colour: string, from = { w, last }, format = "0%") =>
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${name}</c:v></c:tx><c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln><a:effectLst/></c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>` +
    `<c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr><c:dLblPos val="t"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    (from.w === w && from.last === last
      ? cat
      : `<c:cat><c:strRef><c:f>${ref(NAME, from.last)}</c:f><c:strCache>${pts(column(from.w, NAME, from.last), false)}</c:strCache></c:strRef></c:cat>`) +
    `<c:val><c:numRef><c:f>${ref(col, from.last)}</c:f><c:numCache><c:formatCode>${format}</c:formatCode>${pts(column(from.w, col, from.last), true)}</c:numCache></c:numRef></c:val><c:smooth val="0"/>` +
    `<c:extLst><c:ext uri="{C3380CC4-5D6E-409C-BE32-E72D297353CC}" xmlns:c16="http://schemas.microsoft.com/office/drawing/2014/chart"><c16:uniqueId val="{0000000${i}-6F1C-4A2B-9C3D-0123456789AB}"/></c:ext></c:extLst></c:ser>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c16r2="http://schemas.microsoft.com/office/drawing/2015/06/chart"><c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>` +
    `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="c14" xmlns:c14="http://schemas.microsoft.com/office/drawing/2007/8/2/chart"><c14:style val="102"/></mc:Choice><mc:Fallback><c:style val="2"/></mc:Fallback></mc:AlternateContent>` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr rot="0" spcFirstLastPara="1" vertOverflow="ellipsis" vert="horz" wrap="square" anchor="ctr" anchorCtr="1"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1600" b="1"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/></a:defRPr></a:pPr><a:r><a:rPr lang="zh-CN" altLang="en-US" sz="1600" b="1"/><a:t>各项目执行进度（处室用）</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
    ser(0, "计划进度", PLANNED, "C00000") +
    ser(1, "执行率", RATE, "2E75B6") +
    ser(2, "预算（处室加）", BUDGET, "70AD47", budgets, "#,##0.00") +
    `<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls><c:marker val="1"/><c:smooth val="0"/><c:axId val="1738477616"/><c:axId val="1738481360"/></c:lineChart>` +
    `<c:catAx><c:axId val="1738477616"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1738481360"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="1738481360"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="0%" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1738477616"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `<c:spPr><a:noFill/></c:spPr></c:plotArea><c:legend><c:legendPos val="t"/><c:overlay val="0"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"/></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill><a:ln w="9525" cap="flat"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr><c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings></c:chartSpace>`
  );
}

describe.each([
  ["values", false],
  ["formulas", true],
])("CLI copy (%s mode)", (_mode, formulas) => {
  test("the clerk's title, colours, labels, lines and legend stay; our ranges and caches follow the projects", async () => {
    const first = (await xlsxDriver.check(await xlsxDriver.open(PER_SHEET), formulas, AT)).workbook;
    const last = lastRow(first);
    const theirs = { w: first, last }; // their series over the budgets, as they made it
    const styled = saved(first, restyled(first, last, theirs));
    // 80 万元 spent on 检察业务费 (its 执行数 cell, H7), and 劳务费's goal sheet deleted: one project fewer below it.
    const edited = await xlsxDriver.edit(styled, [
      { sheet: "2 检察业务费", row: 6, col: 7, type: 80 },
      { sheet: "3 劳务费", deleteSheet: true },
    ]);
    const second = (await xlsxDriver.check(edited, formulas, AT)).workbook;
    const now = lastRow(second);
    expect(now).toBe(last - 1);
    expect(column(second, RATE, now).some((v) => typeof v === "number" && v > 0)).toBe(true);
    // Byte for byte the clerk's part, but for our ranges and their caches (their budgets' series stays as it was).
    expect(chartOf(second).xml).toBe(restyled(second, now, theirs));
    // Where it was, and the same again at the next check.
    expect(chartOf(second).drawing).toBe(chartOf(first).drawing);
    const third = (await xlsxDriver.check(second, formulas, AT)).workbook;
    expect(chartOf(third)).toEqual(chartOf(second));
  });
});
