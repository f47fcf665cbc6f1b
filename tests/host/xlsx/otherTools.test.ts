/**
 * Parts another tool saved with other namespace prefixes (openpyxl, scripts built on ElementTree): what the check
 * adds there stays well-formed, and our chart is still recognised after the tool renamed it.
 */
import { SaxesParser } from "saxes";
import { patchNotes } from "../../../src/host/xlsx/notes";

const NS = {
  v: "urn:schemas-microsoft-com:vml",
  o: "urn:schemas-microsoft-com:office:office",
  x: "urn:schemas-microsoft-com:office:excel",
};

function wellFormed(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | null = null;
  parser.on("error", (e) => {
    error ??= e.message;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= (e as Error).message;
  }
  return error;
}

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
