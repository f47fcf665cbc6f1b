/**
 * The parts of a native Excel chart (DrawingML) for the checked copy: the chart part, bound to cell ranges
 * so it redraws when the numbers change, and its anchor in the sheet's drawing (write.ts puts them in).
 */
import { absoluteRef, quoteSheetName, seriesSource } from "../../core/a1";
import type { PlainValue, PlanOp } from "../../core/plan/types";
import { isOurChartTitle, isPlannedChartTitle, ourSeriesSpellings } from "../../core/plan/words";
import type { CellRange } from "../../core/types";
import { escapeText, escapeXml, NS_R } from "./parts";
import {
  joinDoc,
  setAttr,
  splitDoc,
  tagAttrs,
  tagPrefix,
  unescapeXml,
  XmlShapeError,
  type Child,
  type XmlDoc,
} from "./xmlEdit";

export type ChartOp = Extract<PlanOp, { op: "chart" }>;

const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";

/**
 * How the anchor we add names the drawing's two namespaces: as the drawing's root binds them (Excel's xdr:
 * and a:, or a default namespace as openpyxl writes it), or, when the root binds either one not at all (a
 * tool that declares a: on each <a:graphic>), xdr: and a: declared on the anchor itself: well-formed in any file.
 */
interface DrawingNames {
  xdr: string;
  a: string;
  declare: string;
}

/** The prefixes a drawing part uses for its namespaces, or ours with their declarations where it has none. */
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
export function isOurChartPart(xml: string, sheet: string): boolean {
  const el = (name: string) => `<(?:[A-Za-z_][\\w.-]*:)?${name}`;
  for (const id of OUR_AXES) if (!new RegExp(`${el("axId")}\\s+val=["']${id}["']`).test(xml)) return false;
  const title = new RegExp(`${el("title")}\\b[\\s\\S]*?</(?:[A-Za-z_][\\w.-]*:)?title>`).exec(xml)?.[0] ?? "";
  const titleText = [...title.matchAll(new RegExp(`${el("t")}(?:\\s[^>]*)?>([^<]*)<`, "g"))]
    .map((m) => unescapeXml(m[1]))
    .join("");
  if (!isOurChartTitle(titleText)) return false;
  const refs = [...xml.matchAll(new RegExp(`${el("f")}>([^<]*)<`, "g"))].map((m) => unescapeXml(m[1]).trim());
  const onSheet = `${quoteSheetName(sheet)}!`;
  return refs.length > 0 && refs.every((f) => f.startsWith(onSheet));
}

/** The chart part for a chart op: clustered columns, one series per op series, values shown in percent. */
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

/**
 * A value of a cell after the plan: what the plan writes there (a formula's value as computed), undefined where it
 * writes nothing (the cell keeps what it held, which the writer does not read).
 */
type ValueAt = (row: number, col: number) => PlainValue | undefined;

/** A series' data (ECMA-376 Part 1 §21.2.2: cat / val, a scatter's xVal / yVal) and the references in it. */
const CATEGORIES = ["cat", "xVal"];
const VALUES = ["val", "yVal"];
const REFS = ["strRef", "numRef"];
const CACHES = ["strCache", "numCache"];
const GROUPS = /Chart$/; // barChart, lineChart, pieChart … (§21.2.2, the plot area's chart groups)
const TITLE_RUNS = ["chart", "title", "tx", "rich", "p", "r", "t"];

/**
 * Our chart part as the clerk may have restyled it in Excel (title, colours, data labels, chart type, legend), with
 * only what the check changes rewritten: in each series of ours (its values over one of our columns) the `<c:f>` of its
 * values and categories takes the plan's rows and its cache (`<c:strCache>` / `<c:numCache>`: ptCount and pts) the
 * values the cells get; a literal series name of ours (either language) and a title still ours take the plan's words.
 * Every other byte stays. A series over other cells (one the clerk added) is theirs and stays as it is; one of ours
 * they deleted stays deleted — the last one too (chart60: the part was written anew then, the clerk's series lost). A
 * series of ours the clerk narrowed to some rows covers the whole list again: the rows of a project move between checks,
 * so rows kept would draw other projects, and a project added would be left out. Null: no chart XML (the caller writes it
 * anew).
 */
export function keptChartXml(xml: string, chart: ChartOp, valueAt: ValueAt): string | null {
  const space = split(xml);
  if (!space) return null;
  const values = new Map(chart.series.map((s) => [s.values.left, s]));
  /** Where a reference's `<c:f>` points, when it is one column of our sheet. */
  const pointsAt = (r: XmlDoc) => {
    const f = r.children.find((c) => c.name === "f");
    const text = f ? textOf(f) : null;
    const at = text ? seriesSource(text) : null;
    if (!f || !text || !at || at.range.left !== at.range.right || at.sheet !== chart.sheet) return null;
    return { f, text, bang: text.lastIndexOf("!"), range: at.range };
  };
  /** A reference (strRef / numRef) given the plan's rows, and its cache their values. */
  const reference = (r: XmlDoc, want: CellRange): boolean => {
    const at = pointsAt(r);
    if (!at || at.range.left !== want.left) return false; // the clerk pointed it elsewhere: theirs
    let changed = false;
    if (at.range.top !== want.top || at.range.bottom !== want.bottom) {
      setText(at.f, at.text.slice(0, at.bang + 1) + absoluteRef(want)); // the sheet's name as written: only rows change
      changed = true;
    }
    for (const cache of r.children.filter((c) => CACHES.includes(c.name))) {
      const kept = cacheXml(cache, want, valueAt);
      if (kept !== cache.xml) [cache.xml, changed] = [kept, true];
    }
    return changed;
  };
  /** A series of ours (its values over one of our columns: which one says which); one of the clerk's stays as it is. */
  const series = (ser: XmlDoc): boolean => {
    let mine: ChartOp["series"][number] | undefined;
    walk(ser, [VALUES, REFS], (r) => {
      const d = split(r.xml);
      const at = d && pointsAt(d);
      mine ??= at ? values.get(at.range.left) : undefined;
      return false;
    });
    if (!mine) return false;
    const { name, values: range } = mine;
    let changed = walk(ser, [VALUES, REFS], (r) => edited(r, (d) => reference(d, range)));
    changed = walk(ser, [CATEGORIES, REFS], (r) => edited(r, (d) => reference(d, chart.categories))) || changed;
    // Its name: a literal of ours becomes the plan's (a language switched); the clerk's own name, or a cell, stays.
    changed =
      walk(ser, ["tx", "v"], (v) => {
        const was = textOf(v);
        if (was === null || was === name || ourSeriesSpellings(was).length === 0) return false;
        setText(v, name);
        return true;
      }) || changed;
    return changed;
  };
  let changed = walk(space, ["chart", "plotArea", GROUPS, "ser"], (ser) => edited(ser, series));
  // The title, while it is still ours as we write it and the plan's differs (it names the projects not drawn): the first
  // run takes the text and the others' text goes, their formatting stays. The clerk's title (ours with their words in
  // brackets too), or one from a cell, stays.
  const runs: string[] = [];
  walk(space, TITLE_RUNS, (t) => (runs.push(textOf(t) ?? ""), false));
  const now = runs.join("");
  if (runs.length > 0 && now !== chart.title && isPlannedChartTitle(now)) {
    let first = true;
    walk(space, TITLE_RUNS, (t) => {
      setText(t, first ? chart.title : "");
      first = false;
      return true;
    });
    changed = true;
  }
  return changed ? joinDoc(space) : xml;
}

/**
 * A drawing anchor whose frame (`<xdr:cNvPr name>`) is named `name`: ours found by its part after a tool renamed every
 * chart (openpyxl's "Chart 1") is named ours again, so the Excel add-in finds it by name. The rest stays.
 */
export function anchorNamed(anchor: string, name: string): string {
  const doc = split(anchor);
  if (!doc) return anchor;
  const renamed = walk(doc, ["graphicFrame", "nvGraphicFramePr", "cNvPr"], (c) => {
    if (tagAttrs(c.xml).name === name) return false;
    c.xml = setAttr(c.xml, "name", name);
    return true;
  });
  return renamed ? joinDoc(doc) : anchor;
}

/** The element split into its children (null: it does not close). */
function split(xml: string): XmlDoc | null {
  try {
    return splitDoc(xml);
  } catch (e) {
    if (e instanceof XmlShapeError) return null;
    throw e;
  }
}

/** Edit a child's children; only when `edit` changed any is its text joined anew (else it keeps its bytes). */
function edited(child: Child, edit: (doc: XmlDoc) => boolean): boolean {
  const doc = split(child.xml);
  if (!doc || !edit(doc)) return false;
  child.xml = joinDoc(doc);
  return true;
}

/**
 * `edit` on every descendant of `doc` down `path` (per level a local name, a list of them or a pattern), in document
 * order; the elements on the way are joined anew only where something under them changed.
 */
function walk(doc: XmlDoc, path: (string | string[] | RegExp)[], edit: (child: Child) => boolean): boolean {
  const [step, ...rest] = path;
  const fits = (name: string) =>
    typeof step === "string" ? name === step : Array.isArray(step) ? step.includes(name) : step.test(name);
  let changed = false;
  for (const c of doc.children)
    if (fits(c.name)) changed = (rest.length ? edited(c, (d) => walk(d, rest, edit)) : edit(c)) || changed;
  return changed;
}

/** An element's text (null: it holds elements). */
function textOf(element: Child): string | null {
  const doc = split(element.xml);
  return doc && doc.children.length === 0 ? unescapeXml(doc.lead) : null;
}

function setText(element: Child, text: string): void {
  const doc = split(element.xml) as XmlDoc;
  element.xml = doc.head + escapeText(text) + doc.tail;
}

/**
 * A series' cache over the range the plan gives it: ptCount and one pt per cell that holds something (a number, in a
 * numCache), as Excel writes them (§21.2.2.126 numCache, §21.2.2.199 strCache); its formatCode and extensions stay.
 * A cell in the range the plan does not write (its value not known here): the cache goes, as the schema allows (Excel
 * reads the cells).
 */
function cacheXml(cache: Child, range: CellRange, valueAt: ValueAt): string {
  const doc = split(cache.xml);
  if (!doc) return cache.xml;
  const p = doc.prefix;
  const numbers = cache.name === "numCache";
  const points: Child[] = [{ name: "ptCount", xml: `<${p}ptCount val="${range.bottom - range.top + 1}"/>` }];
  for (let row = range.top; row <= range.bottom; row++) {
    const value = valueAt(row, range.left);
    if (value === undefined) return cache.xml.slice(cache.xml.trimEnd().length); // the whitespace after it stays
    if (value === null || value === "" || (numbers && (typeof value !== "number" || !Number.isFinite(value)))) continue;
    const text = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
    points.push({ name: "pt", xml: `<${p}pt idx="${row - range.top}"><${p}v>${escapeText(text)}</${p}v></${p}pt>` });
  }
  // CT_NumData: formatCode?, ptCount?, pt*, extLst?; CT_StrData: ptCount?, pt*, extLst?
  const rest = doc.children.filter((c) => c.name !== "ptCount" && c.name !== "pt");
  const at = rest.findIndex((c) => c.name !== "formatCode");
  rest.splice(at < 0 ? rest.length : at, 0, ...points);
  const kept = joinDoc({ ...doc, children: rest });
  return kept === cache.xml ? cache.xml : kept;
}
