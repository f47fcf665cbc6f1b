/**
 * Targeted edits of an XML part: the root element's direct children are located by a tag scanner that
 * knows quoted attributes, comments, CDATA and processing instructions, and each child keeps its exact
 * text unless it is edited. Elements named as "opaque" (a sheet's <sheetData>) are skipped in one step
 * to their closing tag, so a large sheet costs one indexOf here. Reading XML content is parseXml's job
 * (parts.ts); this file only cuts and splices.
 */
import { escapeRegExp } from "../../core/regExp";

export interface Child {
  /** Local name (no prefix). */
  name: string;
  /** Exact text of the element, with the whitespace that followed it. */
  xml: string;
}

export interface XmlDoc {
  /** Everything up to and including the root's opening tag. */
  head: string;
  /** Prefix of the root element ("x:" or ""), used for new children. */
  prefix: string;
  /** Whitespace / comments between the root's opening tag and its first child. */
  lead: string;
  children: Child[];
  /** The root's closing tag and whatever follows it. */
  tail: string;
}

/**
 * The text is not one element that closes: no root element at all (`element` null), or `element` (the root, or
 * an opaque child) is not closed before the text ends. parts.ts words it as a damaged part.
 */
export class XmlShapeError extends Error {
  constructor(readonly element: string | null) {
    super(element === null ? "no root element" : `unclosed <${element}>`);
    this.name = "XmlShapeError";
  }
}

const TAG =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

const localName = (qname: string) => qname.slice(qname.indexOf(":") + 1);

/**
 * A run of self-closing elements with double-quoted attributes (no `<` or `>` in a value) and text without `<`: what
 * a sheet's `<cols>` and `<mergeCells>` and a workbook's `<sheets>` hold. Over such a run TAG finds exactly these
 * elements, each self-closing, so the depth stays 1; one sticky match replaces one TAG match per element (the
 * bench's 2,893 splits: 152 → 109 M instructions in a fresh process, docs/performance.md, session 55).
 */
const FLAT_CONTENT = /(?:[^<]*<[A-Za-z_][\w.-]*(?::[\w.-]+)?(?:\s+[\w.:-]+\s*=\s*"[^"<>]*")*\s*\/>)*[^<]*/y;

/**
 * The child `qname` just opened (TAG.lastIndex is after its opening tag): when only FLAT_CONTENT comes before its
 * `</qname>`, TAG would close the child right there, so move TAG past it and say so. Otherwise leave TAG where it
 * is for the depth count. The match stops at the first `<` that does not start a self-closing element, so however
 * the text is damaged this reads each character at most once more than TAG does.
 */
function closesAfterFlatContent(text: string, qname: string): boolean {
  FLAT_CONTENT.lastIndex = TAG.lastIndex;
  FLAT_CONTENT.test(text); // always matches, perhaps nothing
  const end = FLAT_CONTENT.lastIndex;
  const after = end + 2 + qname.length;
  if (!text.startsWith("</", end) || !text.startsWith(qname, end + 2) || text.charCodeAt(after) !== 0x3e) return false;
  TAG.lastIndex = after + 1;
  return true;
}

/**
 * A part's text split into its prolog, root tag and top-level children, each kept as written; `opaque` children
 * (a sheet's <sheetData>) are skipped over unread. Throws where the text ends inside an element.
 */
export function splitDoc(text: string, opaque: string[] = []): XmlDoc {
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  let rootEnd = -1;
  let prefix = "";
  let rootQName = "";
  // Find the root's opening tag.
  while ((m = TAG.exec(text))) {
    if (!m[2] || m[1]) continue;
    rootQName = m[2];
    prefix = rootQName.includes(":") ? rootQName.slice(0, rootQName.indexOf(":") + 1) : "";
    rootEnd = TAG.lastIndex;
    if (m[4]) {
      // <dxfs count="0"/>: opened and closed, so children can be added.
      return {
        head: `${text.slice(0, m.index)}<${rootQName}${m[3]}>`,
        prefix,
        lead: "",
        children: [],
        tail: `</${rootQName}>${text.slice(rootEnd)}`,
      };
    }
    break;
  }
  if (rootEnd < 0) throw new XmlShapeError(null);
  const children: Child[] = [];
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
    if (!m[2]) continue; // comment, CDATA, PI: part of whatever surrounds it
    // By index, not destructured: on this path (run a few thousand times a check, mostly before it is optimised) the
    // destructuring's array iterator was a fifth of the function's allocations (docs/performance.md, session 52).
    const closing = m[1];
    const qname = m[2];
    const selfClosing = m[4];
    if (depth === 0) {
      if (closing) {
        // The root's closing tag.
        tailStart = m.index;
        break;
      }
      // Text between children belongs to the previous child (or to the lead).
      if (children.length === 0 && childStart < 0) lead = text.slice(rootEnd, m.index);
      else if (children.length) children[children.length - 1].xml += text.slice(lastEnd, m.index);
      childStart = m.index;
      childName = localName(qname);
      if (selfClosing) closeChild(TAG.lastIndex);
      else if (opaque.includes(childName)) {
        const close = text.indexOf(`</${qname}>`, TAG.lastIndex);
        if (close < 0) throw new XmlShapeError(qname);
        TAG.lastIndex = close + qname.length + 3;
        closeChild(TAG.lastIndex);
      } else if (closesAfterFlatContent(text, qname)) closeChild(TAG.lastIndex);
      else depth = 1;
      continue;
    }
    if (closing) {
      depth--;
      if (depth === 0) closeChild(TAG.lastIndex);
    } else if (!selfClosing) depth++;
  }
  if (tailStart < 0) throw new XmlShapeError(rootQName); // cut off: the root never closes
  if (children.length) children[children.length - 1].xml += text.slice(lastEnd, tailStart);
  else lead = text.slice(rootEnd, tailStart);
  return { head: text.slice(0, rootEnd), prefix, lead, children, tail: text.slice(tailStart) };
}

/**
 * splitDoc of a constant text we start a part from (a sheet's first notes start from our empty comments part), split
 * once per run: each call gets its own copy of the document and of its children to edit.
 */
export function splitTemplate(text: string): XmlDoc {
  let doc = TEMPLATES.get(text);
  if (!doc) TEMPLATES.set(text, (doc = splitDoc(text)));
  return { ...doc, children: doc.children.map((c) => ({ ...c })) };
}
const TEMPLATES = new Map<string, XmlDoc>();

/**
 * The whitespace that ends `s` (a child's text carries the whitespace that followed it). Scanned from the
 * end (trimEnd): /\s*$/ would try every position of a long <sheetData>.
 */
export function trailingWhitespace(s: string): string {
  return s.slice(s.trimEnd().length); // trimEnd drops exactly what \s matches (ECMA-262 WhiteSpace and LineTerminator)
}

/** The part's text again (splitDoc's inverse: unedited children come back byte for byte). */
export function joinDoc(doc: XmlDoc): string {
  let out = "";
  writeDoc(doc, { text: (t) => (out += t) });
  return out;
}

/** The document's text, in order, to `out`; `writeChild` may write a child its own way (true: done). */
export function writeDoc(doc: XmlDoc, out: TextSink, writeChild?: (child: Child) => boolean): void {
  out.text(doc.head + doc.lead);
  for (const c of doc.children) if (!writeChild?.(c)) out.text(c.xml);
  out.text(doc.tail);
}

/**
 * Insert a child where the schema's sequence wants it: before the first existing child that comes
 * later in `order`, else at the end. Returns its index.
 */
export function insertChild(doc: XmlDoc, child: Child, order: readonly string[]): number {
  const rank = order.indexOf(child.name);
  let at = doc.children.findIndex((c) => order.indexOf(c.name) > rank);
  if (at < 0) at = doc.children.length;
  doc.children.splice(at, 0, child);
  return at;
}

/** The first top-level child named `name`. */
export function findChild(doc: XmlDoc, name: string): Child | undefined {
  return doc.children.find((c) => c.name === name);
}

/** The child `name`, made (empty, unless `xml` says otherwise) where `order` puts it when the part has none. */
export function childOrNew(doc: XmlDoc, name: string, order: readonly string[], xml?: string): Child {
  const found = findChild(doc, name);
  if (found) return found;
  const made = { name, xml: xml ?? `<${doc.prefix}${name}></${doc.prefix}${name}>` };
  insertChild(doc, made, order);
  return made;
}

/** Attributes of the first tag in `xml` (names as written, values unescaped). */
export function tagAttrs(xml: string): Record<string, string> {
  const open = /^\s*<[^\s/>]+((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>/.exec(xml);
  const out: Record<string, string> = {};
  if (!open) return out;
  for (const a of open[1].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[a[1]] = unescapeXml(a[2] ?? a[3]);
  return out;
}

const ATTR_PATTERNS = new Map<string, RegExp>();

/** Set (or, with null, remove) an attribute on the first tag of `xml`; the rest stays as written. */
export function setAttr(xml: string, name: string, value: string | null): string {
  const open = /^(\s*<[^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?>)/.exec(xml);
  if (!open) return xml;
  let attrRe = ATTR_PATTERNS.get(name);
  if (!attrRe) ATTR_PATTERNS.set(name, (attrRe = new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`)));
  let attrs = open[2];
  const replacement = value === null ? "" : ` ${name}="${escapeXml(value)}"`;
  if (attrRe.test(attrs)) attrs = attrs.replace(attrRe, replacement);
  else if (value !== null) attrs = attrs.trimEnd() + replacement;
  return open[1] + attrs + open[3] + xml.slice(open[0].length);
}

/** Escape text for an attribute value (quoted with "). */
export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s; // most text has nothing to escape: no new string
  // One native pass per character kind, no callback per match.
  return escapeText(s).replace(/"/g, "&quot;");
}
const NEEDS_ESCAPE = /[&<>"]/;

/**
 * Escape an element's text. A quote needs no escape there (XML 1.0 §2.4: only "<" and "&", and ">" in
 * "]]>"), as Excel writes formulas: the marks' JSON has a quote every few characters, and each one
 * written as &quot; made our record sheet a third larger.
 */
export function escapeText(s: string): string {
  if (!NEEDS_TEXT_ESCAPE.test(s)) return s;
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
const NEEDS_TEXT_ESCAPE = /[&<>]/;

/** An attribute value's or element text's characters: the five named entities and numeric references. */
export function unescapeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[e],
  );
}

/** The namespace prefix (with colon) a document's root declares for `uri`, or null. */
export function prefixFor(head: string, uri: string): string | null {
  let pattern = PREFIX_PATTERNS.get(uri); // built once per namespace: each sheet patched asks for two or three
  if (!pattern)
    PREFIX_PATTERNS.set(uri, (pattern = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${escapeRegExp(uri)}["']`)));
  const m = pattern.exec(head);
  return m ? `${m[1]}:` : null;
}
const PREFIX_PATTERNS = new Map<string, RegExp>();

/**
 * The prefix (with colon) an element we add in `uri` is named with, as the root's tag binds it: "p:" (prefixFor), or
 * "" where the root makes `uri` its default namespace (openpyxl's drawings); null when it binds `uri` neither way. For
 * element names only: the default namespace does not apply to attributes (Namespaces in XML 1.0 §6.2).
 */
export function tagPrefix(head: string, uri: string): string | null {
  const prefixed = prefixFor(head, uri);
  if (prefixed !== null) return prefixed;
  const root = /<[A-Za-z_][^\s/>]*((?:[^>"']|"[^"]*"|'[^']*')*)>\s*$/.exec(head)?.[1] ?? "";
  return new RegExp(`\\sxmlns\\s*=\\s*["']${escapeRegExp(uri)}["']`).test(root) ? "" : null;
}

/**
 * The prefix (with colon) that binds `uri` on an element the root holds: one declared on the element's own tag, else
 * the root's, else null. Open XML SDK exports declare the relationships namespace where it is used
 * (`<x:legacyDrawing xmlns:r2="…" r2:id="rId3"/>`); Namespaces in XML 1.0 §6.1: a declaration applies to the element
 * it is on and its content, and §6.2 the prefix is the writer's choice.
 */
export function elementPrefix(doc: XmlDoc, xml: string, uri: string): string | null {
  const tag = /^\s*<(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(xml)?.[0] ?? "";
  return prefixFor(tag, uri) ?? prefixFor(rootTag(doc), uri);
}

/**
 * The prefix (with colon) the root binds to `uri`, declared on the root's tag when it binds none: `preferred`, or
 * preferred1, preferred2 … when the root already gives that prefix to another namespace (Namespaces in XML 1.0 §3
 * [NSC: Prefix Declared]: every prefix used must be bound; a second binding of one prefix on a tag is an error).
 */
export function rootPrefix(doc: XmlDoc, uri: string, preferred: string): string {
  const root = rootTag(doc);
  const found = prefixFor(root, uri);
  if (found) return found;
  let name = preferred;
  for (let n = 1; new RegExp(`\\sxmlns:${name}\\s*=`).test(root); n++) name = `${preferred}${n}`;
  // The root's tag is the head's last: "<" cannot stand unescaped in an attribute value (XML 1.0 [10] AttValue),
  // so setAttr on the head itself would edit the XML declaration before it.
  const at = doc.head.length - root.length;
  doc.head = doc.head.slice(0, at) + setAttr(root, `xmlns:${name}`, uri);
  return `${name}:`;
}

/** The root's opening tag (the last tag of the head). */
function rootTag(doc: XmlDoc): string {
  return doc.head.slice(doc.head.lastIndexOf("<"));
}

/** Where text goes as it is written (a part's UTF-8 bytes, or a test's string). */
export interface TextSink {
  text(s: string): void;
  /** Text known to hold no character beyond Latin-1, not asked again (a slice of a text found so once: sliceSink). */
  narrowText?(s: string): void;
}

/**
 * How `out` takes slices of `whole` (a part's own text): as narrow text when `whole` holds no character beyond Latin-1,
 * asked once rather than of each of its thousands of slices. Taken wrongly, a piece only encodes slower: its bytes are
 * the same.
 */
export function sliceSink(out: TextSink, whole: string): (s: string) => void {
  return out.narrowText && !WIDE.test(whole) ? (s) => out.narrowText!(s) : (s) => out.text(s);
}

const encoder = new TextEncoder();

/**
 * A character beyond Latin-1 (Chinese). V8 keeps a string holding one two bytes a character, and TextEncoder encodes
 * such a string character by character, 20–40× slower than a one-byte string (on the bench's copy 7 M of the 10 M
 * characters written, the sheets' own ASCII, went two-byte when joined with our cells in Chinese).
 */
// eslint-disable-next-line no-control-regex -- every character up to U+00FF is what a one-byte string holds
const WIDE = /[^\x00-\xff]/;

/** A run of one-byte text at least this long before a piece that may be wide is encoded on its own, worth its call. */
const NARROW_ALONE = 256;

/**
 * A part's UTF-8 bytes, encoded as it is written: pieces are gathered into runs of a few thousand
 * characters and each run is encoded into one growing buffer, so no string of the whole part is built,
 * flattened and encoded again (a sheet of 1,000 summary rows was three copies of 1.7 MB before deflating),
 * and the encoder is not called once per cell. Text known to be one-byte (`narrowText`: a sheet's own text between
 * our cells) gathers apart, after `run`, so a Chinese cell of ours does not make it two-byte; a short stretch of it
 * joins the run instead (a call costs about what encoding ~200 two-byte characters does). Pieces are not tested one by
 * one: a test is a call of its own (~94,000 pieces on the bench's copy), and a piece taken wrongly only encodes slower.
 * One instance serves every part in turn.
 */
export class Utf8Writer implements TextSink {
  private buffer = new Uint8Array(64 * 1024);
  private length = 0;
  /** Text written before `narrow`: may hold wide characters. */
  private run = "";
  /** One-byte text written since the last piece given to `text`. */
  private narrow = "";

  /** Start a new part (the bytes returned before are overwritten). */
  reset(): this {
    this.length = 0;
    this.run = this.narrow = "";
    return this;
  }

  text(s: string): void {
    if (this.narrow.length >= NARROW_ALONE) {
      this.encode(this.run);
      this.encode(this.narrow);
      this.run = s;
    } else this.run += this.narrow + s;
    this.narrow = "";
    if (this.run.length >= 8192) this.flush();
  }

  narrowText(s: string): void {
    this.narrow += s;
    if (this.run.length + this.narrow.length >= 8192) this.flush();
  }

  /** The part's bytes: a view, valid until the next reset. */
  bytes(): Uint8Array {
    this.flush();
    return this.buffer.subarray(0, this.length);
  }

  private flush(): void {
    this.encode(this.run);
    this.encode(this.narrow);
    this.run = this.narrow = "";
  }

  private encode(text: string): void {
    if (text.length === 0) return;
    const most = text.length * 3; // UTF-8 bytes of one UTF-16 code unit, at most
    if (this.length + most > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + most));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }
}
