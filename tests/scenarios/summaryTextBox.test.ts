/**
 * The clerk draws a text box on 监控汇总 (插入 → 文本框) and writes the unit's review in it for the leader, or puts a
 * picture there (the unit's seal): a shape of theirs in the sheet's drawing, beside our chart, no cell of theirs.
 * A check again keeps it. Clear marks deleted our summary as “holding nothing of the clerk's” (only cells, notes and
 * formats were asked), and the text box went with the sheet. A sheet we made that holds a picture or shape of the
 * clerk's is now kept as one with their typing is (our cells cleared, our chart taken off, their shape kept; one line
 * says so); the next check writes its summary beside it, as beside a kept sheet with their typing. The CLI's copy (the
 * xlsx reader names what a sheet's drawing holds: SheetSnapshot.shapes); in the add-in, a chart, picture, shape or
 * text box of the clerk's (the Excel reader names the sheet's charts and Worksheet.shapes); in WPS, a picture or shape (the
 * WPS reader names Worksheet.Shapes).
 */
import { readRels, workbookMap } from "../../src/host/xlsx/parts";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { BOTH_MODES, excelDriver, xlsxDriver } from "./drivers";
import { SETTINGS, TODAY, wpsClerk } from "./wpsClerk";

jest.setTimeout(120_000);

const SUM = "监控汇总";
const REVIEW = "审核意见：请各科室7月底前补齐佐证材料。";
const TEXT_BOX =
  `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>22</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>27</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
  `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="文本框 2"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
  `<xdr:spPr><a:xfrm><a:off x="685800" y="4191000"/><a:ext cx="3429000" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
  `<xdr:txBody><a:bodyPr vertOverflow="clip" wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" sz="1100"/><a:t>${REVIEW}</a:t></a:r></a:p></xdr:txBody>` +
  `</xdr:sp><xdr:clientData/></xdr:twoCellAnchor>`;

/** The drawing part of the summary, or null (no summary, or no drawing on it). */
function summaryDrawing(bytes: Uint8Array): string | null {
  const pkg = openPackage(bytes);
  const part = workbookMap(pkg).sheets.find((s) => s.name === SUM)?.part;
  const drawing = part ? readRels(pkg, part).find((r) => r.type.endsWith("/drawing")) : undefined;
  return drawing ? partText(pkg, drawing.target) : null;
}

/** 插入 → 文本框 on 监控汇总, typed into: Excel adds the shape to the sheet's drawing (the one our chart is in). */
function drawTextBox(bytes: Uint8Array): Uint8Array {
  const pkg = openPackage(bytes);
  const part = workbookMap(pkg).sheets.find((s) => s.name === SUM)!.part!;
  const drawing = readRels(pkg, part).find((r) => r.type.endsWith("/drawing"))!.target;
  const xml = partText(pkg, drawing)!;
  expect(xml).toContain("</xdr:wsDr>");
  setPartText(pkg, drawing, xml.replace("</xdr:wsDr>", `${TEXT_BOX}</xdr:wsDr>`));
  return concat(packPackage(pkg));
}

describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
  test("a text box of the clerk's on 监控汇总: kept by a check and by Clear marks; twice = once after it", async () => {
    const once = await xlsxDriver.check(await xlsxDriver.open(), formulas);
    expect(summaryDrawing(once.workbook)).toContain("PerfTargetsChart");
    const drawn = drawTextBox(once.workbook);
    const twice = await xlsxDriver.check(drawn, formulas);
    expect(summaryDrawing(twice.workbook)).toContain(TEXT_BOX);
    const cleared = await xlsxDriver.clear(twice.workbook);
    // Their text box is where they drew it; our chart is gone; the sheet says why it stays.
    const kept = summaryDrawing(cleared.workbook);
    expect(kept).toContain(TEXT_BOX);
    expect(kept).not.toContain("PerfTargetsChart");
    expect(cleared.messages.join("\n")).toContain(`工作表「${SUM}」中有您`);
    // Nothing of ours left in its cells.
    const held = await xlsxDriver.held(cleared.workbook);
    expect([...held.cells.keys()].filter((k) => k.startsWith(`${SUM}!`))).toEqual([]);
    // A check after Clear marks: their text box kept; a further check changes nothing.
    const again = await xlsxDriver.check(cleared.workbook, formulas);
    // The sheet kept is the clerk's now, as one kept for their typing: our summary goes beside it.
    expect(summaryDrawing(again.workbook)).toBe(kept);
    expect((await xlsxDriver.held(again.workbook)).sheets).toContain(`${SUM} (2)`);
    const third = await xlsxDriver.check(again.workbook, formulas);
    expect(await xlsxDriver.held(third.workbook)).toEqual(await xlsxDriver.held(again.workbook));
    expect(summaryDrawing(third.workbook)).toBe(summaryDrawing(again.workbook));
  });

  test("our summary without anything of the clerk's is still deleted by Clear marks", async () => {
    const once = await xlsxDriver.check(await xlsxDriver.open(), formulas);
    const cleared = await xlsxDriver.clear(once.workbook);
    expect((await xlsxDriver.held(cleared.workbook)).sheets).not.toContain(SUM);
  });
});

describe("Excel add-in (strict fake)", () => {
  test.each(BOTH_MODES)(
    "$mode: a chart of the clerk's on 监控汇总 (插入 → 图表): Clear marks keeps the sheet and takes ours off",
    async ({ formulas }) => {
      const once = await excelDriver.check(await excelDriver.open(), formulas);
      const charts = once.workbook.sheet(SUM).charts;
      expect(charts.map((c) => c.name)).toEqual(["PerfTargetsChart"]);
      // Their chart of 监控汇总's lights, beside ours (what Excel's Worksheet.charts lists: learn.microsoft.com/javascript/
      // api/excel/excel.worksheet#excel-excel-worksheet-charts-member "Returns a collection of charts that are part of the
      // worksheet").
      charts.push({ name: "图表 2", type: "Pie" }); // 插入 → 图表 → 饼图
      const cleared = await excelDriver.clear(once.workbook);
      expect(cleared.workbook.sheet(SUM).charts.map((c) => c.name)).toEqual(["图表 2"]);
      expect(cleared.messages.join("\n")).toContain(`工作表「${SUM}」中有您`);
      const held = await excelDriver.held(cleared.workbook);
      expect([...held.cells.keys()].filter((k) => k.startsWith(`${SUM}!`))).toEqual([]);
    },
  );

  test.each(BOTH_MODES)(
    "$mode: a text box and a picture of the clerk's on 监控汇总: Clear marks keeps them; the next check writes beside",
    async ({ formulas }) => {
      const once = await excelDriver.check(await excelDriver.open(), formulas);
      // What Worksheet.shapes lists for them (RULES: SHAPES in the fake).
      const drawn = [
        { name: "文本框 2", type: "GeometricShape" as const },
        { name: "图片 3", type: "Image" as const },
      ];
      once.workbook.sheet(SUM).shapes = drawn.map((s) => ({ ...s }));
      const cleared = await excelDriver.clear(once.workbook);
      expect(cleared.workbook.sheet(SUM).shapes).toEqual(drawn);
      expect(cleared.workbook.sheet(SUM).charts).toEqual([]);
      expect(cleared.messages.join("\n")).toContain(`工作表「${SUM}」中有您插入的图片、形状或文本框`);
      const held = await excelDriver.held(cleared.workbook);
      expect([...held.cells.keys()].filter((k) => k.startsWith(`${SUM}!`))).toEqual([]);
      // The sheet kept is the clerk's now: our summary goes beside it; a further check changes nothing.
      const again = await excelDriver.check(cleared.workbook, formulas);
      expect(again.workbook.sheet(SUM).shapes).toEqual(drawn);
      const sheets = (await excelDriver.held(again.workbook)).sheets;
      expect(sheets).toContain(`${SUM} (2)`);
      const third = await excelDriver.check(again.workbook, formulas);
      expect(await excelDriver.held(third.workbook)).toEqual(await excelDriver.held(again.workbook));
    },
  );

  test.each(BOTH_MODES)(
    "$mode: our summary with only our chart is still deleted by Clear marks",
    async ({ formulas }) => {
      const once = await excelDriver.check(await excelDriver.open(), formulas);
      // Whether Excel lists a chart among Worksheet.shapes no page says: listed (as "Unsupported", under its name) or
      // not, ours is ours.
      const listed = await excelDriver.check(await excelDriver.open(), formulas);
      listed.workbook.sheet(SUM).shapes = listed.workbook
        .sheet(SUM)
        .charts.map((c) => ({ name: c.name, type: "Unsupported" }));
      for (const run of [once, listed]) {
        const cleared = await excelDriver.clear(run.workbook);
        expect((await excelDriver.held(cleared.workbook)).sheets).not.toContain(SUM);
      }
    },
  );
});

describe("WPS (strict fake)", () => {
  const clerk = wpsClerk("seed-one-sheet.xlsx");
  test("a text box of the clerk's on 监控汇总: Clear marks keeps the sheet", () => {
    const fake = clerk.open();
    runCheck(fake.app, SETTINGS, TODAY);
    const summary = fake.model.sheets.find((s) => s.name === SUM)!;
    summary.shapes.push("文本框 2");
    const cleared = runClear(fake.app);
    expect(fake.model.sheets.map((s) => s.name)).toContain(SUM);
    expect(summary.shapes).toEqual(["文本框 2"]);
    expect(cleared.plan.messages.join("\n")).toContain(`工作表「${SUM}」中有您插入的图片、形状或文本框`);
    // Without it, the summary goes as before.
    const other = clerk.open();
    runCheck(other.app, SETTINGS, TODAY);
    runClear(other.app);
    expect(other.model.sheets.map((s) => s.name)).not.toContain(SUM);
  });
});
