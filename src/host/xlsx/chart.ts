/**
 * Native Excel charts for ExcelJS output. ExcelJS cannot write charts (exceljs/exceljs#141), so
 * after it saved the file we add the parts a chart needs to the zip ourselves:
 * xl/charts/chartN.xml (DrawingML chart bound to cell ranges, so it redraws when the numbers
 * change), xl/drawings/drawingN.xml + its rels (where the chart sits), the sheet's rels and
 * <drawing> element, and the content types. JSZip comes with ExcelJS.
 */
import JSZip from "jszip";
import { absoluteRef, quoteSheetName } from "../../core/a1";
import type { PlanOp } from "../../core/plan/types";

export type ChartOp = Extract<PlanOp, { op: "chart" }>;

const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = `${NS_R}/drawing`;
const REL_CHART = `${NS_R}/chart`;

export async function addChartsToXlsx(data: Uint8Array, charts: ChartOp[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const sheetPaths = await sheetPathsByName(zip);
  let n = 1;
  const nextFree = (prefix: string) => {
    while (zip.file(`${prefix}${n}.xml`)) n++;
    return n;
  };
  const types: string[] = [];
  for (const chart of charts) {
    const sheetPath = sheetPaths.get(chart.sheet);
    if (!sheetPath) continue;
    const sheetXml = await zip.file(sheetPath)!.async("string");
    if (/<drawing\b/.test(sheetXml)) continue; // a sheet with a drawing already: leave it alone
    const id = Math.max(nextFree("xl/charts/chart"), nextFree("xl/drawings/drawing"));
    const chartPath = `xl/charts/chart${id}.xml`;
    const drawingPath = `xl/drawings/drawing${id}.xml`;
    zip.file(chartPath, chartXml(chart));
    zip.file(drawingPath, drawingXml(chart));
    zip.file(
      `xl/drawings/_rels/drawing${id}.xml.rels`,
      rels([{ id: "rId1", type: REL_CHART, target: `../charts/chart${id}.xml` }]),
    );
    const relsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
    const existing = zip.file(relsPath) ? await zip.file(relsPath)!.async("string") : null;
    const rid = nextRelId(existing);
    const rel = `<Relationship Id="${rid}" Type="${REL_DRAWING}" Target="../drawings/drawing${id}.xml"/>`;
    zip.file(
      relsPath,
      existing
        ? existing.replace("</Relationships>", `${rel}</Relationships>`)
        : rels([]).replace("</Relationships>", `${rel}</Relationships>`),
    );
    zip.file(sheetPath, insertDrawing(sheetXml, rid));
    types.push(
      `<Override PartName="/${chartPath}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      `<Override PartName="/${drawingPath}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
    );
    n = id + 1;
  }
  if (types.length) {
    const ct = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", ct.replace("</Types>", `${types.join("")}</Types>`));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Sheet name → part path, from workbook.xml and its rels. */
async function sheetPathsByName(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const wbRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const m of wbRels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const rid = /r:id="([^"]+)"/.exec(m[0])?.[1];
    if (name !== undefined && rid && targets.has(rid)) out.set(unescapeXml(name), targets.get(rid) as string);
  }
  return out;
}

/** Relationship ids must continue the part's own numbering. */
function nextRelId(relsXml: string | null): string {
  let max = 0;
  for (const m of (relsXml ?? "").matchAll(/Id="rId(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return `rId${max + 1}`;
}

/** <drawing> goes after the page setup elements and before legacyDrawing / tableParts / extLst (schema order). */
function insertDrawing(sheetXml: string, rid: string): string {
  const element = `<drawing r:id="${rid}"/>`;
  const withNs = /xmlns:r=/.test(sheetXml)
    ? sheetXml
    : sheetXml.replace("<worksheet ", `<worksheet xmlns:r="${NS_R}" `);
  const before =
    /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(
      withNs,
    );
  return before
    ? withNs.slice(0, before.index) + element + withNs.slice(before.index)
    : withNs.replace("</worksheet>", `${element}</worksheet>`);
}

function rels(list: { id: string; type: string; target: string }[]): string {
  const items = list.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

function drawingXml(chart: ChartOp): string {
  const a = chart.anchor;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>${a.left}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.top}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${a.right + 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.bottom + 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
}

function chartXml(chart: ChartOp): string {
  const ref = (r: ChartOp["categories"]) => escapeXml(`${quoteSheetName(chart.sheet)}!${absoluteRef(r)}`);
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${ref(chart.categories)}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${ref(s.values)}</c:f></c:numRef></c:val></c:ser>`,
    )
    .join("");
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}"><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/><c:axId val="111111111"/><c:axId val="222222222"/></c:barChart><c:catAx><c:axId val="111111111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="222222222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx><c:valAx><c:axId val="222222222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="111111111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
