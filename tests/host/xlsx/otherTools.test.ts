/**
 * Parts another tool saved with other namespace prefixes (openpyxl, scripts built on ElementTree): what the check
 * adds there stays well-formed, and our chart is still recognised after the tool renamed it.
 */
import path from "node:path";
import { asOpenpyxlSavesDrawing, wellFormed } from "./otherToolsXml";
import { patchNotes } from "../../../src/host/xlsx/notes";
import { readRels, workbookMap } from "../../../src/host/xlsx/parts";
import { concat, openPackage, packPackage, partText, setPartText } from "../../../src/host/xlsx/zip";
import { xlsxDriver } from "../../scenarios/drivers";

jest.setTimeout(60_000);

const SAMPLE = path.join(__dirname, "../../../assets/sample.xlsx");
const NS = {
  v: "urn:schemas-microsoft-com:vml",
  o: "urn:schemas-microsoft-com:office:office",
  x: "urn:schemas-microsoft-com:office:excel",
};

const COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>王会计</author></authors><commentList><comment ref="B2" authorId="0"><text><t>已确认</t></text></comment></commentList></comments>`;

/** The clerk's note box on B2, its namespaces declared on the shape itself and no shape type in the part. */
const VML_DECLARED_ON_SHAPE = `<xml><ns0:shape xmlns:ns0="${NS.v}" xmlns:ns1="${NS.o}" xmlns:ns2="${NS.x}" id="_x0000_s1025" type="#_x0000_t202" ns1:insetmode="auto"><ns2:ClientData ObjectType="Note"><ns2:Row>1</ns2:Row><ns2:Column>1</ns2:Column></ns2:ClientData></ns0:shape></xml>`;

/** The same box with the VML namespace as the default one (no prefix) and office / excel prefixed at the root. */
const VML_DEFAULT_NS = `<xml xmlns="${NS.v}" xmlns:o="${NS.o}" xmlns:x="${NS.x}"><shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/><shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></shape></xml>`;

describe("notes: a VML part whose namespaces are not the root's v: / o: / x:", () => {
  test.each([
    ["declared on each shape, no shape type", VML_DECLARED_ON_SHAPE],
    ["VML as the default namespace", VML_DEFAULT_NS],
  ])("%s: our note added is well-formed, has its shape type once, and the clerk's box stays", (_, vml) => {
    const once = patchNotes(COMMENTS, vml, [{ row: 4, col: 3, text: "滞后" }], 1)!;
    expect(wellFormed(once.vml)).toBeNull();
    expect(once.vml.match(/shapetype\b[^>]*id="_x0000_t202"/g)).toHaveLength(1);
    expect(once.vml).toContain('id="_x0000_s1025"'); // the clerk's box
    // Another note of ours later: no second shape type.
    const twice = patchNotes(once.comments, once.vml, [{ row: 6, col: 3, text: "未达标" }], 1)!;
    expect(wellFormed(twice.vml)).toBeNull();
    expect(twice.vml.match(/shapetype\b[^>]*id="_x0000_t202"/g)).toHaveLength(1);
    // Ours removed: its box goes, the clerk's stays.
    const removed = patchNotes(twice.comments, twice.vml, [{ row: 4, col: 3, text: "" }], 1)!;
    expect(removed.vml).not.toMatch(/Row>4</);
    expect(removed.vml).toMatch(/Row>6</);
    expect(removed.vml).toContain('id="_x0000_s1025"');
  });

  test("a part with the usual prefixes gets shapes in those prefixes, no declarations of its own", () => {
    const result = patchNotes(null, null, [{ row: 4, col: 3, text: "滞后" }], 1)!;
    expect(result.vml).toMatch(/<v:shape id="_x0000_s1025"/);
    expect(result.vml).not.toMatch(/<v:shape [^>]*xmlns/);
    expect(wellFormed(result.vml)).toBeNull();
  });
});

describe("notes: a comments part saved without its lists", () => {
  test.each([
    ["empty (<comments/>)", `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`],
    [
      "no authors",
      `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><commentList></commentList></comments>`,
    ],
  ])("%s: our note is still written, with the lists the schema requires in their order", (_, comments) => {
    const result = patchNotes(comments, null, [{ row: 4, col: 3, text: "滞后" }], 1)!;
    expect(result).not.toBeNull();
    expect(wellFormed(result.comments)).toBeNull();
    expect(result.comments).toMatch(
      /<authors><author>PerfTargets<\/author><\/authors><commentList><comment ref="D5" authorId="0">/,
    );
  });
});

/** The summary sheet's drawing as openpyxl saves it: default namespace, a: on each graphic, frames renamed. */
function openpyxlDrawing(bytes: Uint8Array): Uint8Array {
  const pkg = openPackage(bytes);
  for (const entry of workbookMap(pkg).sheets) {
    if (!entry.part) continue;
    for (const rel of readRels(pkg, entry.part).filter((r) => !r.external && r.type.endsWith("/drawing")))
      setPartText(pkg, rel.target, asOpenpyxlSavesDrawing(partText(pkg, rel.target) ?? ""));
  }
  return concat(packPackage(pkg));
}

/** Every drawing's anchors (their frame names) and the chart parts in the package. */
function charts(bytes: Uint8Array): { frames: string[]; parts: string[] } {
  const pkg = openPackage(bytes);
  const frames: string[] = [];
  for (const entry of workbookMap(pkg).sheets) {
    if (!entry.part) continue;
    for (const rel of readRels(pkg, entry.part).filter((r) => !r.external && r.type.endsWith("/drawing"))) {
      const xml = partText(pkg, rel.target) ?? "";
      expect(wellFormed(xml)).toBeNull();
      for (const m of xml.matchAll(/<(?:\w+:)?cNvPr\b[^>]*\sname="([^"]*)"/g)) frames.push(m[1]);
    }
  }
  return { frames, parts: [...pkg.parts.keys()].filter((p) => p.startsWith("xl/charts/")).sort() };
}

/** A chart of the clerk's own added to that drawing (their title, Excel's random axis ids). */
function withClerksChart(bytes: Uint8Array): Uint8Array {
  const pkg = openPackage(bytes);
  const summary = workbookMap(pkg).sheets.find(
    (s) => s.part && readRels(pkg, s.part).some((r) => r.type.endsWith("/drawing")),
  )!;
  const drawing = readRels(pkg, summary.part!).find((r) => r.type.endsWith("/drawing"))!.target;
  const relsPath = drawing.replace(/([^/]+)$/, "_rels/$1.rels");
  const ours = readRels(pkg, drawing).find((r) => r.type.endsWith("/chart"))!.target;
  setPartText(
    pkg,
    "xl/charts/chart9.xml",
    (partText(pkg, ours) ?? "")
      .replace(/111111111/g, "508412345")
      .replace(/222222222/g, "508498765")
      .replace(/<a:t>[^<]*<\/a:t>/, "<a:t>各项目执行率</a:t>"),
  );
  setPartText(
    pkg,
    "[Content_Types].xml",
    (partText(pkg, "[Content_Types].xml") ?? "").replace(
      "</Types>",
      '<Override PartName="/xl/charts/chart9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
    ),
  );
  setPartText(
    pkg,
    relsPath,
    (partText(pkg, relsPath) ?? "").replace(
      "</Relationships>",
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart9.xml"/></Relationships>',
    ),
  );
  const xml = partText(pkg, drawing) ?? "";
  const anchor = /<xdr:twoCellAnchor>[\s\S]*?<\/xdr:twoCellAnchor>/.exec(xml)![0];
  const clerks = anchor
    .replace(/name="[^"]*"/, 'name="执行率图"')
    .replace(/\sid="\d+"/, ' id="77"')
    .replace(/r:id="[^"]*"/, 'r:id="rId99"')
    .replace(/<xdr:row>1<\/xdr:row>/, "<xdr:row>30</xdr:row>");
  setPartText(pkg, drawing, xml.replace(/<\/xdr:wsDr>/, `${clerks}</xdr:wsDr>`));
  return concat(packPackage(pkg));
}

describe("CLI copy: the summary's chart renamed by openpyxl", () => {
  test("the re-check keeps it as ours (named as ours again), not adds a second", async () => {
    const once = (await xlsxDriver.check(await xlsxDriver.open(SAMPLE), false)).workbook;
    expect(charts(once)).toEqual({ frames: ["PerfTargetsChart"], parts: ["xl/charts/chart1.xml"] });
    const saved = openpyxlDrawing(once);
    expect(charts(saved).frames).toEqual(["Chart 1"]);
    const again = (await xlsxDriver.check(saved, false)).workbook;
    expect(charts(again)).toEqual({ frames: ["PerfTargetsChart"], parts: ["xl/charts/chart1.xml"] });
    // And once more: nothing accumulates.
    const third = (await xlsxDriver.check(again, false)).workbook;
    expect(charts(third)).toEqual({ frames: ["PerfTargetsChart"], parts: ["xl/charts/chart1.xml"] });
  });

  test("a chart of the clerk's beside it stays (another title and axes)", async () => {
    const once = (await xlsxDriver.check(await xlsxDriver.open(SAMPLE), false)).workbook;
    const saved = openpyxlDrawing(withClerksChart(once));
    expect(charts(saved).frames.sort()).toEqual(["Chart 1", "执行率图"]);
    const again = (await xlsxDriver.check(saved, false)).workbook;
    const after = charts(again);
    expect(after.frames.sort()).toEqual(["PerfTargetsChart", "执行率图"]);
    expect(after.parts).toEqual(["xl/charts/chart1.xml", "xl/charts/chart9.xml"]);
    expect(partText(openPackage(again), "xl/charts/chart9.xml")).toContain("各项目执行率");
  });
});
