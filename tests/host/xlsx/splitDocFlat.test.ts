/**
 * splitDoc closes a child whose content is only self-closing elements (a sheet's <cols>, <mergeCells>) with one
 * sticky match instead of counting depth tag by tag (docs/performance.md, session 55). On any text, damaged or not,
 * it must cut exactly where the depth count cuts and fail the same way: `depthCounted` below is splitDoc as it was
 * before the shortcut, and the properties compare the two on texts made of the pieces that could fool the shortcut.
 */
import fc from "fast-check";
import { splitDoc, XmlShapeError, type XmlDoc } from "../../../src/host/xlsx/xmlEdit";

const TAG =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/** splitDoc before session 55: every tag found by TAG, the depth counted. */
function depthCounted(text: string, opaque: string[] = []): XmlDoc {
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  let rootEnd = -1;
  let prefix = "";
  let rootQName = "";
  while ((m = TAG.exec(text))) {
    if (!m[2] || m[1]) continue;
    rootQName = m[2];
    prefix = rootQName.includes(":") ? rootQName.slice(0, rootQName.indexOf(":") + 1) : "";
    rootEnd = TAG.lastIndex;
    if (m[4])
      return {
        head: `${text.slice(0, m.index)}<${rootQName}${m[3]}>`,
        prefix,
        lead: "",
        children: [],
        tail: `</${rootQName}>${text.slice(rootEnd)}`,
      };
    break;
  }
  if (rootEnd < 0) throw new XmlShapeError(null);
  const children: XmlDoc["children"] = [];
  let depth = 0;
  let childStart = -1;
  let childName = "";
  let lead = "";
  let lastEnd = rootEnd;
  let tailStart = -1;
  const closeChild = (end: number) => {
    children.push({ name: childName, xml: text.slice(childStart, end) });
    childStart = -1;
    lastEnd = end;
  };
  while ((m = TAG.exec(text))) {
    if (!m[2]) continue;
    if (depth === 0) {
      if (m[1]) {
        tailStart = m.index;
        break;
      }
      if (children.length === 0 && childStart < 0) lead = text.slice(rootEnd, m.index);
      else if (children.length) children[children.length - 1].xml += text.slice(lastEnd, m.index);
      childStart = m.index;
      childName = m[2].slice(m[2].indexOf(":") + 1);
      if (m[4]) closeChild(TAG.lastIndex);
      else if (opaque.includes(childName)) {
        const close = text.indexOf(`</${m[2]}>`, TAG.lastIndex);
        if (close < 0) throw new XmlShapeError(m[2]);
        TAG.lastIndex = close + m[2].length + 3;
        closeChild(TAG.lastIndex);
      } else depth = 1;
      continue;
    }
    if (m[1]) {
      depth--;
      if (depth === 0) closeChild(TAG.lastIndex);
    } else if (!m[4]) depth++;
  }
  if (tailStart < 0) throw new XmlShapeError(rootQName);
  if (children.length) children[children.length - 1].xml += text.slice(lastEnd, tailStart);
  else lead = text.slice(rootEnd, tailStart);
  return { head: text.slice(0, rootEnd), prefix, lead, children, tail: text.slice(tailStart) };
}

/** The document, or the error's message: both splits must agree on either. */
function outcome(split: (text: string, opaque?: string[]) => XmlDoc, text: string, opaque: string[]) {
  try {
    return split(text, opaque);
  } catch (error) {
    if (!(error instanceof XmlShapeError)) throw error;
    return `XmlShapeError: ${error.message}`;
  }
}

const NAMES = ["cols", "col", "mergeCells", "mergeCell", "x:cols", "x:col", "sheetData", "row", "a"];
const name = fc.constantFrom(...NAMES);
/** Attribute values with what a quote may hide from a tag scanner: `<`, `>`, `/>`, the other quote, a closing tag. */
const value = fc.constantFrom("1", "A1:B2", "a>b", "a<b", "/>", "'", "</cols>", "", "x y");
const space = fc.constantFrom("", " ", "  ", "\n", "\t", "\u00a0", "\u3000");
const attribute = fc
  .tuple(space, fc.constantFrom("min", "ref", "r:id", "x.y", "w-1", "1bad", ""), space, fc.constantFrom("=", ""), space)
  .chain(([s1, key, s2, eq, s3]) =>
    fc
      .tuple(value, fc.constantFrom('"', "'", ""))
      .map(([v, q]) => `${s1 === "" ? " " : s1}${key}${s2}${eq}${s3}${q}${v}${q}`),
  );
const piece: fc.Arbitrary<string> = fc.oneof(
  // Self-closing and opening elements, attributes well or badly formed.
  fc
    .tuple(name, fc.array(attribute, { maxLength: 3 }), space, fc.constantFrom("/>", ">", " />", "/ >"))
    .map(([n, attrs, s, end]) => `<${n}${attrs.join("")}${s}${end}`),
  name.map((n) => `</${n}>`),
  fc.tuple(name, space).map(([n, s]) => `</${n}${s}>`),
  fc.constantFrom(
    "<!-- </cols> -->",
    "<!--<col/>-->",
    "<![CDATA[</mergeCells><a>]]>",
    "<?pi </cols>?>",
    "<!DOCTYPE x>",
    "<",
    "</",
    ">",
    "/>",
    '"',
    "'",
    "text",
    "<1/>",
    "< col/>",
  ),
  space,
);
/** A child as the shortcut sees one: its opening tag, pieces, a closing tag of its name or another. */
const child = fc
  .tuple(name, fc.array(piece, { maxLength: 6 }), fc.constantFrom("same", "same", "other", "none"))
  .map(([n, inner, end]) => `<${n}>${inner.join("")}${end === "none" ? "" : `</${end === "same" ? n : "col"}>`}`);
/** A document: a root, then children and pieces, then perhaps the root's closing tag, perhaps cut off anywhere. */
const documentText = fc
  .tuple(
    fc.constantFrom("", '<?xml version="1.0"?>\n'),
    fc.constantFrom("worksheet", "x:worksheet"),
    fc.array(fc.oneof(child, piece), { maxLength: 12 }),
    fc.boolean(),
    fc.option(fc.nat(400), { nil: undefined }),
  )
  .map(([decl, root, pieces, closed, cut]) => {
    const text = `${decl}<${root} xmlns="urn:x">${pieces.join("")}${closed ? `</${root}>` : ""}`;
    return cut === undefined ? text : text.slice(0, cut);
  });

test("splitDoc cuts every text as counting the depth tag by tag does", () => {
  fc.assert(
    fc.property(documentText, fc.constantFrom<string[]>([], ["sheetData"]), (text, opaque) => {
      expect(outcome(splitDoc, text, opaque)).toEqual(outcome(depthCounted, text, opaque));
    }),
    { numRuns: 3000 },
  );
});

test("children of only self-closing elements: closed where the depth count closes them, whatever hides in them", () => {
  const cases = [
    `<worksheet><cols><col min="1" max="2"/>\n<col min="3" max="3"/></cols><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`,
    `<worksheet><cols></cols><x:cols ><x:col a="1" /></x:cols></worksheet>`,
    // Not flat: a comment or CDATA holding the closing tag, an element left open, a quote holding `/>` or `</cols>`.
    `<worksheet><cols><!-- </cols> --><col/></cols><sheetData/></worksheet>`,
    `<worksheet><cols><col a="</cols>"/></cols><a/></worksheet>`,
    `<worksheet><cols><col a='/>'/></cols><a/></worksheet>`,
    `<worksheet><cols><col><col/></cols></cols></worksheet>`,
    `<worksheet><cols><col/></col></cols></worksheet>`,
    `<worksheet><cols><col/></colsx></worksheet>`,
    `<worksheet><cols><col/>`,
  ];
  for (const text of cases) expect(outcome(splitDoc, text, [])).toEqual(outcome(depthCounted, text, []));
  expect(splitDoc(cases[0]).children.map((c) => c.xml)).toEqual([
    `<cols><col min="1" max="2"/>\n<col min="3" max="3"/></cols>`,
    `<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>`,
  ]);
});
