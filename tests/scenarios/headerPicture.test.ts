/**
 * The clerk puts a picture in a goal sheet's page header (页面布局 → 页眉/页脚 → 图片: the unit's logo, or the
 * “内部资料” watermark offices print with, Excel having no watermark of its own). Excel keeps it as a VML drawing of
 * the header (`<legacyDrawingHF r:id>`, ECMA-376 Part 1 §18.3.1.49), a relationship of the same type as the VML of the
 * sheet's notes (`<legacyDrawing r:id>`, §18.3.1.51). The copy's writer took the first vmlDrawing relationship it
 * found for the boxes of our notes: on a sheet without notes yet that is the header's, so our note's box went into
 * the header's drawing and the sheet got no `<legacyDrawing>` (its notes without boxes; Excel repairs such a file).
 * The notes' boxes now go into the drawing `<legacyDrawing>` names, a new one when the sheet has none; the header's
 * drawing stays byte for byte. Relationships have no order (ECMA-376 Part 2 §9.3), so both orders are tried.
 * The CLI's copy only: the add-in's notes and Excel's header pictures are Excel's to keep.
 */
import path from "node:path";
import { readRels, workbookMap } from "../../src/host/xlsx/parts";
import {
  concat,
  openPackage,
  packPackage,
  partBytes,
  partText,
  setPartBytes,
  setPartText,
  type Package,
} from "../../src/host/xlsx/zip";
import { BOTH_MODES, xlsxDriver } from "./drivers";

jest.setTimeout(120_000);

const S = "1 办公用品采购";
const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample.xlsx");
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const VML_REL = `${NS_R}/vmlDrawing`;
const HF_VML = "xl/drawings/vmlDrawingHF1.vml";
/** The header's drawing as Excel writes it: one picture shape (type 75) over the image its relationship names. */
const HEADER_VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel">
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout><v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75"
  o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f">
  <v:stroke joinstyle="miter"/>
  <v:formulas>
   <v:f eqn="if lineDrawn pixelLineWidth 0"/>
  </v:formulas>
  <v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>
  <o:lock v:ext="edit" aspectratio="t"/>
 </v:shapetype><v:shape id="CH" o:spid="_x0000_s1025" type="#_x0000_t75"
  style='position:absolute;margin-left:0;margin-top:0;width:320pt;height:240pt;z-index:1'>
  <v:imagedata o:relid="rId1" o:title="内部资料"/>
  <o:lock v:ext="edit" rotation="t"/>
 </v:shape></xml>`;
/** A 1×1 PNG. */
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

const sheetPartOf = (pkg: Package) => workbookMap(pkg).sheets.find((s) => s.name === S)!.part!;
const relsPathOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

/**
 * The picture put into the sheet's centre header, as Excel saves it: `&C&G` in the header, `<legacyDrawingHF>` after
 * any `<legacyDrawing>` (CT_Worksheet's order), the drawing, its image and their relationships and content types.
 * `first`: the header's relationship before the sheet's others, else after them.
 */
function addHeaderPicture(bytes: Uint8Array, first: boolean): Uint8Array {
  const pkg = openPackage(bytes);
  const part = sheetPartOf(pkg);
  let xml = partText(pkg, part)!;
  expect(xml).not.toContain("<headerFooter");
  if (!/<worksheet\b[^>]*xmlns:r=/.test(xml)) xml = xml.replace("<worksheet ", `<worksheet xmlns:r="${NS_R}" `);
  xml = xml.replace(/(<pageSetup\b[^>]*\/>)/, "$1<headerFooter><oddHeader>&amp;C&amp;G</oddHeader></headerFooter>");
  expect(xml).toContain("<headerFooter>");
  const hf = '<legacyDrawingHF r:id="rIdHF"/>';
  xml = /<legacyDrawing\b[^>]*\/>/.test(xml)
    ? xml.replace(/(<legacyDrawing\b[^>]*\/>)/, `$1${hf}`)
    : xml.replace(/(<picture\b|<oleObjects\b|<controls\b|<tableParts\b|<extLst\b|<\/worksheet>)/, `${hf}$1`);
  setPartText(pkg, part, xml);
  const rels =
    partText(pkg, relsPathOf(part)) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const rel = `<Relationship Id="rIdHF" Type="${VML_REL}" Target="../drawings/vmlDrawingHF1.vml"/>`;
  setPartText(
    pkg,
    relsPathOf(part),
    first
      ? rels.replace(/(<Relationships\b[^>]*>)/, `$1${rel}`)
      : rels.replace("</Relationships>", `${rel}</Relationships>`),
  );
  setPartText(pkg, HF_VML, HEADER_VML);
  setPartText(
    pkg,
    relsPathOf(HF_VML),
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/image" Target="../media/image1.png"/></Relationships>`,
  );
  setPartBytes(pkg, "xl/media/image1.png", PNG);
  let types = partText(pkg, "[Content_Types].xml")!;
  for (const [ext, type] of [
    ["png", "image/png"],
    ["vml", "application/vnd.openxmlformats-officedocument.vmlDrawing"],
  ])
    if (!types.includes(`Extension="${ext}"`))
      types = types.replace("</Types>", `<Default Extension="${ext}" ContentType="${type}"/></Types>`);
  setPartText(pkg, "[Content_Types].xml", types);
  return concat(packPackage(pkg));
}

/** The note boxes (cells, "row,col") of the VML part the sheet's `<legacyDrawing>` names, and the header's part. */
function drawings(bytes: Uint8Array) {
  const pkg = openPackage(bytes);
  const part = sheetPartOf(pkg);
  const xml = partText(pkg, part)!;
  const id = /<legacyDrawing\b[^>]*?\br:id="([^"]+)"/.exec(xml)?.[1];
  const rels = readRels(pkg, part);
  const notesVml = id === undefined ? null : (rels.find((r) => r.id === id)?.target ?? "missing");
  const boxes = (vml: string | null) =>
    [...(vml ?? "").matchAll(/ObjectType="Note"[\s\S]*?<x:Row>(\d+)<\/x:Row>\s*<x:Column>(\d+)<\/x:Column>/g)]
      .map((m) => `${m[1]},${m[2]}`)
      .sort();
  return {
    notesVml,
    boxes: boxes(notesVml && partText(pkg, notesVml)),
    header: partText(pkg, HF_VML),
    picture: partBytes(pkg, "xl/media/image1.png")?.length,
    headerRel: rels.find((r) => r.target === HF_VML)?.type,
    hf: /<legacyDrawingHF r:id="rIdHF"\/>/.test(xml),
  };
}

/** The cells (row,col) of the notes on the sheet, from the comments part. */
function noteCells(bytes: Uint8Array): string[] {
  const pkg = openPackage(bytes);
  const rel = readRels(pkg, sheetPartOf(pkg)).find((r) => r.type.endsWith("/comments"));
  const text = rel ? (partText(pkg, rel.target) ?? "") : "";
  return [...text.matchAll(/<comment\b[^>]*?\bref="([A-Z]+)(\d+)"/g)]
    .map((m) => `${Number(m[2]) - 1},${[...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1}`)
    .sort();
}

describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
  test.each([
    { order: "after the sheet's others", first: false },
    { order: "first", first: true },
  ])(
    "a header picture before the first check (its relationship $order): our notes get the sheet's own drawing; twice = once; Clear marks",
    async ({ first }) => {
      const made = addHeaderPicture(await xlsxDriver.open(SAMPLE), first);
      const before = drawings(made);
      expect(before.header).toBe(HEADER_VML);
      const once = await xlsxDriver.check(made, formulas);
      const notes = noteCells(once.workbook);
      expect(notes.length).toBeGreaterThan(0);
      const after = drawings(once.workbook);
      // Every note has its box in the sheet's notes drawing; the header's drawing is as the clerk saved it.
      expect(after.notesVml).not.toBeNull();
      expect(after.notesVml).not.toBe(HF_VML);
      expect(after.boxes).toEqual(notes);
      expect(after.header).toBe(HEADER_VML);
      expect(after.headerRel).toBe(VML_REL);
      expect(after.hf).toBe(true);
      const twice = await xlsxDriver.check(once.workbook, formulas);
      expect(drawings(twice.workbook)).toEqual(after);
      expect(await xlsxDriver.held(twice.workbook)).toEqual(await xlsxDriver.held(once.workbook));
      const cleared = await xlsxDriver.clear(twice.workbook);
      const gone = drawings(cleared.workbook);
      expect(noteCells(cleared.workbook)).toEqual([]);
      expect(gone.boxes).toEqual([]);
      expect(gone.header).toBe(HEADER_VML);
      expect(gone.hf).toBe(true);
    },
  );

  test("a header picture put in after the first check, its relationship first: a new note's box goes with the others", async () => {
    const once = await xlsxDriver.check(await xlsxDriver.open(SAMPLE), formulas);
    const notes = noteCells(once.workbook);
    expect(notes.length).toBeGreaterThan(0);
    const made = addHeaderPicture(once.workbook, true);
    const notesVml = drawings(made).notesVml;
    // Clear marks writes (takes away) every note of ours: each box goes from the notes' drawing, none from the header's.
    const cleared = await xlsxDriver.clear(made);
    expect(noteCells(cleared.workbook)).toEqual([]);
    expect(drawings(cleared.workbook)).toEqual({
      notesVml,
      boxes: [],
      header: HEADER_VML,
      picture: PNG.length,
      headerRel: VML_REL,
      hf: true,
    });
    // And a check of that writes them again into the notes' drawing.
    const again = await xlsxDriver.check(cleared.workbook, formulas);
    expect(noteCells(again.workbook)).toEqual(notes);
    expect(drawings(again.workbook)).toEqual({
      notesVml,
      boxes: notes,
      header: HEADER_VML,
      picture: PNG.length,
      headerRel: VML_REL,
      hf: true,
    });
  });
});
