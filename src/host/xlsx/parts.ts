/**
 * The package's map: which part is the workbook, which part each sheet is, relationships, and the XML
 * helpers every reader and writer of this folder shares (one parser, one escape function).
 */
import { Tokenizer } from "htmlparser2";
import { say, type MessageParams } from "../../core/locale/messages";
import { partText, UnreadableWorkbookError, type Package } from "./zip";

export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_OFFICE_DOCUMENT = `${NS_R}/officeDocument`;
export const REL_WORKSHEET = `${NS_R}/worksheet`;

/**
 * Stream `text` through htmlparser2's XML tokenizer; tag names without their namespace prefix (x:c → c).
 * Chosen over saxes for speed (see README). The tokenizer is used without htmlparser2's Parser on top:
 * that layer keeps a tag stack for HTML's implied closes and costs about a third of the time on the
 * bench's 1,000 sheets, while XML needs only the check below, that every element closes in order, so a
 * cut-off or mangled part is refused as saxes refused it.
 */
export function parseXml(
  text: string,
  handlers: {
    open?: (name: string, attrs: Record<string, string>) => void;
    close?: (name: string) => void;
    text?: (text: string) => void;
  },
): void {
  const { open, close, text: onText } = handlers;
  const emitOpen = (name: string) => open?.(localName(name), attrs);
  const stack: string[] = [];
  let broken: MessageParams["file.xml-broken"] | null = null;
  let tag = "";
  let inTag = false; // between "<name" and its ">": a part cut off there never reaches onopentagend
  let attrs: Record<string, string> = {};
  let attrName = "";
  let attrValue = "";
  const refuse = (why: MessageParams["file.xml-broken"]) => {
    broken ??= why;
    tokenizer.pause();
  };
  const tokenizer = new Tokenizer(
    { xmlMode: true, decodeEntities: true },
    {
      onopentagname(start, end) {
        tag = text.slice(start, end);
        inTag = true;
        if (open) attrs = {};
      },
      onattribname(start, end) {
        attrName = text.slice(start, end);
      },
      onattribdata(start, end) {
        attrValue += text.slice(start, end);
      },
      onattribentity(codePoint) {
        attrValue += String.fromCodePoint(codePoint);
      },
      onattribend() {
        if (open && !Object.hasOwn(attrs, attrName)) attrs[attrName] = attrValue; // the first of a repeated name
        attrValue = "";
      },
      onopentagend() {
        inTag = false;
        stack.push(tag);
        emitOpen(tag);
      },
      onselfclosingtag() {
        inTag = false;
        emitOpen(tag);
        close?.(localName(tag));
      },
      onclosetag(start, end) {
        const name = text.slice(start, end);
        if (stack[stack.length - 1] === name) {
          stack.pop();
          close?.(localName(name));
        } else if (stack.includes(name))
          refuse({ element: stack[stack.length - 1] }); // closed out of order
        else refuse({ unexpected: name }); // nothing open by that name
      },
      ontext(start, end) {
        onText?.(text.slice(start, end));
      },
      ontextentity(codePoint) {
        onText?.(String.fromCodePoint(codePoint));
      },
      oncdata(start, end, endOffset) {
        onText?.(text.slice(start, end - endOffset));
      },
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {
        if (inTag) refuse({ element: tag });
        else if (stack.length > 0) refuse({ element: stack[stack.length - 1] });
      },
    },
  );
  try {
    tokenizer.write(text); // the tokenizer reads the string in place: no second copy of a large part
    if (broken === null) tokenizer.end();
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw e;
    broken ??= { detail: String((e as Error).message).split("\n")[0] };
  }
  if (broken !== null) throw new UnreadableWorkbookError(say("file.xml-broken", broken));
}

function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** Attribute by local name (r:id and id both found by "id" only when asked with the prefix stripped). */
export function attr(attrs: Record<string, string>, local: string): string | undefined {
  if (local in attrs) return attrs[local];
  for (const key of Object.keys(attrs)) if (key.endsWith(`:${local}`)) return attrs[key];
  return undefined;
}

export interface Relationship {
  id: string;
  type: string;
  /** Part name the target resolves to (no leading "/"), or the raw target for external ones. */
  target: string;
  external: boolean;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolve a relationship target against the folder of the part that owns the relationship. */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = part.split("/").slice(0, -1);
  for (const s of target.split("/")) {
    if (s === "..") segments.pop();
    else if (s !== ".") segments.push(s);
  }
  return segments.join("/");
}

export function readRels(pkg: Package, part: string): Relationship[] {
  const text = partText(pkg, relsPathOf(part));
  if (text === null) return [];
  const out: Relationship[] = [];
  parseXml(text, {
    open(name, a) {
      if (name !== "Relationship" || !a.Id || !a.Target) return;
      const external = a.TargetMode === "External";
      out.push({ id: a.Id, type: a.Type ?? "", target: external ? a.Target : resolveTarget(part, a.Target), external });
    },
  });
  return out;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  /** Worksheet part; null for chart sheets and dialog sheets (they hold no cells). */
  part: string | null;
  state: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookMap {
  /** Usually xl/workbook.xml; found through the package relationships like Excel does. */
  workbookPart: string;
  sheets: SheetEntry[];
}

const STRICT_NAMESPACES = "http://purl.oclc.org/ooxml/";
const strictWorkbook = () => new UnreadableWorkbookError(say("file.strict-xml", {}));

export function workbookMap(pkg: Package): WorkbookMap {
  const root = readRels(pkg, "");
  const workbookPart =
    root.find((r) => r.type === REL_OFFICE_DOCUMENT || r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const notAWorkbook = () =>
    new UnreadableWorkbookError(
      pkg.parts.has("word/document.xml") || pkg.parts.has("ppt/presentation.xml")
        ? say("file.word-or-powerpoint", {})
        : say("file.no-workbook-part", {}),
    );
  const text = partText(pkg, workbookPart);
  if (text === null) throw notAWorkbook();
  const rels = new Map(readRels(pkg, workbookPart).map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  // Strict Open XML (ISO/IEC 29500 Strict, "Strict Open XML 电子表格" in Excel's Save As) names its parts in
  // other namespaces; read as usual it would look empty, and a copy patched in the usual ones would mix both.
  if (root.some((r) => r.type.startsWith(STRICT_NAMESPACES))) throw strictWorkbook();
  // A Word or PowerPoint file names its document.xml / presentation.xml as the office document.
  let isWorkbook = false;
  parseXml(text, {
    open(name, a) {
      if (name === "workbook") {
        isWorkbook = true;
        if (a.conformance === "strict") throw strictWorkbook();
      }
      if (name !== "sheet") return;
      const rid = attr(a, "id") ?? "";
      const rel = rels.get(rid);
      const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
      sheets.push({
        name: a.name ?? "",
        sheetId: Number(a.sheetId),
        rid,
        part: rel && rel.type === REL_WORKSHEET && pkg.parts.has(rel.target) ? rel.target : null,
        state,
      });
    },
  });
  if (!isWorkbook) throw notAWorkbook();
  return { workbookPart, sheets };
}

/** Escape text for XML content and attribute values. */
export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s; // most text has nothing to escape: no new string
  // One native pass per character kind, no callback per match: the marks' JSON has a quote every few characters.
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
const NEEDS_ESCAPE = /[&<>"]/;

/**
 * Text for a cell or note (ECMA-376 ST_Xstring): characters XML 1.0 cannot hold are written as _xHHHH_,
 * and a literal "_xHHHH_" has its underscore escaped so it reads back as itself.
 */
export function encodeXstring(s: string): string {
  const hex = (c: string) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0")}_`;
  if (s.includes("_x")) s = s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  if (NOT_IN_XML.test(s)) s = s.replace(new RegExp(NOT_IN_XML.source, "g"), hex);
  return escapeXml(s);
}
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be encoded
const NOT_IN_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;

export function decodeXstring(s: string): string {
  return s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
