/**
 * The parts of a native Excel chart (DrawingML) for the checked copy: the chart part, bound to cell ranges
 * so it redraws when the numbers change, and its anchor in the sheet's drawing (write.ts puts them in).
 */
import { absoluteRef, quoteSheetName } from "../../core/a1";
import type { PlanOp } from "../../core/plan/types";
import { escapeText, escapeXml, NS_R } from "./parts";
import { tagPrefix, unescapeXml } from "./xmlEdit";

export type ChartOp = Extract<PlanOp, { op: "chart" }>;

const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";

/**
 * How the anchor we add names the drawing's two namespaces: as the drawing's root binds them (Excel's xdr:
 * and a:, or a default namespace as openpyxl writes it), or, when the root binds either one not at all (a
 * tool that declares a: on each <a:graphic>), xdr: and a: declared on the anchor itself: well-formed in any file.
 */
export interface DrawingNames {
  xdr: string;
  a: string;
  declare: string;
}

export function drawingNames(rootHead: string): DrawingNames {
  const xdr = tagPrefix(rootHead, NS_XDR);
  const a = tagPrefix(rootHead, NS_A);
  if (xdr !== null && a !== null) return { xdr, a, declare: "" };
  return { xdr: "xdr:", a: "a:", declare: ` xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}"` };
}

/** The chart's two-cell anchor in a drawing (xdr = spreadsheetDrawing namespace, a = DrawingML main). */
export function drawingAnchorXml(
  chart: ChartOp,
  rid: string,
  shapeId: number,
  { xdr, a, declare }: DrawingNames,
): string {
  const at = chart.anchor;
  return `<${xdr}twoCellAnchor${declare}><${xdr}from><${xdr}col>${at.left}</${xdr}col><${xdr}colOff>0</${xdr}colOff><${xdr}row>${at.top}</${xdr}row><${xdr}rowOff>0</${xdr}rowOff></${xdr}from><${xdr}to><${xdr}col>${at.right + 1}</${xdr}col><${xdr}colOff>0</${xdr}colOff><${xdr}row>${at.bottom + 1}</${xdr}row><${xdr}rowOff>0</${xdr}rowOff></${xdr}to><${xdr}graphicFrame macro=""><${xdr}nvGraphicFramePr><${xdr}cNvPr id="${shapeId}" name="${escapeXml(chart.name)}"/><${xdr}cNvGraphicFramePr/></${xdr}nvGraphicFramePr><${xdr}xfrm><${a}off x="0" y="0"/><${a}ext cx="0" cy="0"/></${xdr}xfrm><${a}graphic><${a}graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_R}" r:id="${rid}"/></${a}graphicData></${a}graphic></${xdr}graphicFrame><${xdr}clientData/></${xdr}twoCellAnchor>`;
}

/** Axis ids only our charts use (Excel numbers a chart's axes at random). */
const OUR_AXES = ["111111111", "222222222"];

/**
 * Whether a chart part is the one we write for `sheet` after another tool saved it (openpyxl names every chart's
 * frame "Chart n" and renumbers the parts, but keeps the axis ids, the title and the ranges): our two axis ids,
 * a title of ours (also one naming the projects not drawn: summary.ts chartTitle), and every series and category range
 * on that sheet.
 */
export function isOurChartPart(xml: string, sheet: string, titles: readonly string[]): boolean {
  const el = (name: string) => `<(?:[A-Za-z_][\\w.-]*:)?${name}`;
  for (const id of OUR_AXES) if (!new RegExp(`${el("axId")}\\s+val=["']${id}["']`).test(xml)) return false;
  const title = new RegExp(`${el("title")}\\b[\\s\\S]*?</(?:[A-Za-z_][\\w.-]*:)?title>`).exec(xml)?.[0] ?? "";
  const titleText = [...title.matchAll(new RegExp(`${el("t")}(?:\\s[^>]*)?>([^<]*)<`, "g"))]
    .map((m) => unescapeXml(m[1]))
    .join("");
  if (!titles.some((t) => titleText === t || titleText.startsWith(`${t}（`) || titleText.startsWith(`${t} (`)))
    return false;
  const refs = [...xml.matchAll(new RegExp(`${el("f")}>([^<]*)<`, "g"))].map((m) => unescapeXml(m[1]).trim());
  const onSheet = `${quoteSheetName(sheet)}!`;
  return refs.length > 0 && refs.every((f) => f.startsWith(onSheet));
}

export function chartXml(chart: ChartOp): string {
  const ref = (r: ChartOp["categories"]) => escapeText(`${quoteSheetName(chart.sheet)}!${absoluteRef(r)}`);
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${ref(chart.categories)}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${ref(s.values)}</c:f></c:numRef></c:val></c:ser>`,
    )
    .join("");
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}"><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/><c:axId val="111111111"/><c:axId val="222222222"/></c:barChart><c:catAx><c:axId val="111111111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="222222222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx><c:valAx><c:axId val="222222222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="111111111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}
