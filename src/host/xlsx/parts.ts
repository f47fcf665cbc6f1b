/**
 * The package's map: which part is the workbook, which part each sheet is, relationships, and the XML
 * helpers every reader and writer of this folder shares (one parser, one escape function).
 */
import { Tokenizer } from "htmlparser2";
import { say, type MessageParams } from "../../core/locale/messages";
import type { DefinedName } from "../../core/types";
import { escapeText, escapeXml, splitDoc, XmlShapeError, type XmlDoc } from "./xmlEdit";

export { escapeText, escapeXml };
import { WORKBOOK_EXTENSIONS } from "./container";
import { keepText, partText, UnreadableWorkbookError, type Package } from "./zip";

export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_OFFICE_DOCUMENT = `${NS_R}/officeDocument`;
export const REL_WORKSHEET = `${NS_R}/worksheet`;

/**
 * The attributes of the tag just opened, read in place: only an attribute asked for becomes a string, and no
 * object is built per tag (a sheet's rows and cells carry attributes the reader never asks for). Valid only
 * during the `open` call it is passed to: copy what must be kept.
 */
export class XmlAttributes {
  private text = "";
  private count = 0;
  /** Per attribute: name start, name end, value start, value end (into `text`). */
  private bounds: number[] = [];
  /** Per attribute: the value when it is not one plain slice of `text` (entities, or split by them), else null. */
  private built: (string | null)[] = [];

  /** The first attribute of that exact (qualified) name, as ECMA-376 names it: "r", "ref", "r:id". */
  get(name: string): string | undefined {
    const i = this.find(name, false);
    return i < 0 ? undefined : this.value(i);
  }

  /** By local name: "id" finds id, else r:id (the prefix a file binds to a namespace is its own choice). */
  local(name: string): string | undefined {
    const i = this.find(name, false);
    const j = i < 0 ? this.find(name, true) : i;
    return j < 0 ? undefined : this.value(j);
  }

  /** Every attribute by its qualified name (the first of a repeated one), for tests and messages. */
  toObject(): Record<string, string> {
    const out: Record<string, string> = {};
    for (let i = 0; i < this.count; i++) {
      const name = this.text.slice(this.bounds[4 * i], this.bounds[4 * i + 1]);
      if (!Object.hasOwn(out, name)) out[name] = this.value(i);
    }
    return out;
  }

  /** `prefixed`: match "p:name" instead of "name". */
  private find(name: string, prefixed: boolean): number {
    const { text, bounds } = this;
    for (let i = 0; i < this.count; i++) {
      const start = bounds[4 * i];
      const end = bounds[4 * i + 1];
      const matches = prefixed
        ? end - start > name.length + 1 && text.charCodeAt(end - name.length - 1) === COLON
        : end - start === name.length;
      if (matches && text.startsWith(name, end - name.length)) return i;
    }
    return -1;
  }

  private value(i: number): string {
    const start = this.bounds[4 * i + 2];
    return this.built[i] ?? (start < 0 ? "" : this.text.slice(start, this.bounds[4 * i + 3]));
  }

  /** parseXml's side: a tag opens, an attribute's name, its value in pieces, its end. */
  reset(text: string): void {
    this.text = text;
    this.count = 0;
  }

  name(start: number, end: number): void {
    const at = 4 * this.count;
    this.bounds[at] = start;
    this.bounds[at + 1] = end;
    this.bounds[at + 2] = this.bounds[at + 3] = -1;
    this.built[this.count] = null;
  }

  data(start: number, end: number): void {
    const at = 4 * this.count;
    if (this.bounds[at + 2] < 0 && this.built[this.count] === null) {
      this.bounds[at + 2] = start;
      this.bounds[at + 3] = end;
    } else this.built[this.count] = this.value(this.count) + this.text.slice(start, end);
  }

  entity(codePoint: number): void {
    this.built[this.count] = this.value(this.count) + String.fromCodePoint(codePoint);
  }

  end(): void {
    this.count++;
  }
}
const COLON = 0x3a;

/**
 * Stream `text` through htmlparser2's XML tokenizer; tag names without their namespace prefix (x:c → c).
 * Chosen over saxes for speed (see README). The tokenizer is used without htmlparser2's Parser on top:
 * that layer keeps a tag stack for HTML's implied closes and costs about a third of the time on the
 * bench's 1,000 sheets, while XML needs only the check below, that every element closes in order, so a
 * cut-off or mangled part is refused as saxes refused it. Returns the root element's local name (null: the
 * text holds no element). A part of the package is parsed through `parsePart`, which names the part.
 */
export function parseXml(
  text: string,
  handlers: {
    open?: (name: string, attrs: XmlAttributes) => void;
    close?: (name: string) => void;
    text?: (text: string) => void;
  },
): string | null {
  const { open, close, text: onText } = handlers;
  const attrs = new XmlAttributes();
  // The elements open, and beside each its local name, found once at its "<name" and passed again at its close: a
  // close that matches the innermost open element (every close in a sound part) is neither sliced nor split again.
  const stack: string[] = [];
  const locals: string[] = [];
  let broken: MessageParams["file.xml-broken"] | null = null;
  let root: string | null = null;
  let tag = "";
  let local = "";
  let inTag = false; // between "<name" and its ">": a part cut off there never reaches onopentagend
  const refuse = (why: MessageParams["file.xml-broken"]) => {
    broken ??= why;
    tokenizer.pause();
  };
  const tokenizer = new Tokenizer(
    { xmlMode: true, decodeEntities: true },
    {
      onopentagname(start, end) {
        tag = text.slice(start, end);
        local = localName(tag);
        inTag = true;
        attrs.reset(text);
      },
      onattribname(start, end) {
        attrs.name(start, end);
      },
      onattribdata(start, end) {
        attrs.data(start, end);
      },
      onattribentity(codePoint) {
        attrs.entity(codePoint);
      },
      onattribend() {
        attrs.end();
      },
      onopentagend() {
        inTag = false;
        if (root === null) root = tag;
        stack.push(tag);
        locals.push(local);
        open?.(local, attrs);
      },
      onselfclosingtag() {
        inTag = false;
        if (root === null) root = tag;
        open?.(local, attrs);
        close?.(local);
      },
      onclosetag(start, end) {
        const innermost = stack[stack.length - 1];
        if (innermost !== undefined && end - start === innermost.length && text.startsWith(innermost, start)) {
          stack.pop();
          close?.(locals.pop() as string);
          return;
        }
        const name = text.slice(start, end);
        if (stack.includes(name))
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
  return root === null ? null : localName(root);
}

// ───────────────────────────── parts that cannot be read ─────────────────────────────

/** A part as the user is told of it: its name, the root element it must have, the worksheet it is or serves. */
export interface PartRef {
  part: string;
  root: string;
  sheet?: string;
}

/**
 * The one message for a part the reader or writer needs that is there but cannot be read (cut off, not XML,
 * empty: no `root` element, or XML that does not close), or that the package names and does not hold. The
 * file is damaged: it is not checked and no copy is written from it.
 */
export function damagedPart(
  ref: PartRef,
  problem: { why?: MessageParams["file.xml-broken"]; missing?: boolean } = {},
): UnreadableWorkbookError {
  const { part, root, sheet } = ref;
  const { why, missing } = problem;
  return new UnreadableWorkbookError(
    say("file.part-damaged", {
      part,
      root,
      ...(sheet === undefined ? {} : { sheet }),
      ...(why ? { why } : {}),
      ...(missing ? { missing } : {}),
    }),
  );
}

/** Parse a part's text, which must be XML whose root element is `ref.root`: anything else is a damaged part. */
export function parsePartText(text: string, ref: PartRef, handlers: Parameters<typeof parseXml>[1]): void {
  let found: string | null;
  try {
    found = parseXml(text, handlers);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError && e.words.code === "file.xml-broken")
      throw damagedPart(ref, { why: e.words.params });
    throw e;
  }
  if (found !== ref.root) throw damagedPart(ref);
}

/**
 * Parse a part of the package (see parsePartText); false when the package has no such part. `keep`: its text is
 * kept for the next reading of the part (zip.ts keepText).
 */
export function parsePart(
  pkg: Package,
  ref: PartRef,
  handlers: Parameters<typeof parseXml>[1],
  options: { keep?: boolean } = {},
): boolean {
  const text = partText(pkg, ref.part);
  if (text === null) return false;
  parsePartText(text, ref, handlers);
  if (options.keep) keepText(pkg, ref.part, text);
  return true;
}

/**
 * A part split for editing (xmlEdit.ts), null when the package has none. Its root must be `ref.root` and must
 * close (a part cut off, not XML or empty is a damaged part). `wellFormed`: parse it all first, for a part the
 * reader does not parse (it parses the workbook, its relationships, content types, styles and every worksheet);
 * `opaque`: children skipped in one step (a sheet's <sheetData>).
 */
export function partDoc(
  pkg: Package,
  ref: PartRef,
  options: { wellFormed?: boolean; opaque?: string[] } = {},
): XmlDoc | null {
  const text = partText(pkg, ref.part);
  if (text === null) return null;
  if (options.wellFormed) parsePartText(text, ref, {});
  let doc: XmlDoc;
  try {
    doc = splitDoc(text, options.opaque);
  } catch (e) {
    if (!(e instanceof XmlShapeError)) throw e;
    throw damagedPart(ref, e.element === null ? {} : { why: { element: e.element } });
  }
  const qname = /^<([^\s/>]+)/.exec(doc.head.slice(doc.head.lastIndexOf("<")))?.[1] ?? "";
  if (localName(qname) !== ref.root) throw damagedPart(ref);
  return doc;
}

function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
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

/**
 * The part a relationship target names, resolved against the folder of the part that owns the relationship: the
 * zip entry of that name, else the one its percent-escapes decoded name. A target is a URI, non-ASCII characters
 * percent-encoded as UTF-8 (ECMA-376 Part 2, 9.1.1.1 "A Part URI … uses a percent-encoding for non-ASCII Unicode
 * characters": /a/%D1%86.xml is /a/ц.xml), while the tools that write such names (WPS) store the zip entry's name
 * in its characters. Else the entry whose name differs only in ASCII case: part names are equal ignoring it (ECMA-376
 * Part 2 [M1.12] "Part name equivalence is determined by comparing part names as case-insensitive ASCII strings"), and
 * some tools write xl/SharedStrings.xml or Worksheets/Sheet1.xml where the entry is spelled otherwise (Excel opens it).
 */
export function resolveTarget(pkg: Package, part: string, target: string): string {
  let name: string;
  if (target.startsWith("/")) name = target.slice(1);
  else {
    const segments = part.split("/").slice(0, -1);
    for (const s of target.split("/")) {
      if (s === "..") segments.pop();
      else if (s !== ".") segments.push(s);
    }
    name = segments.join("/");
  }
  if (pkg.parts.has(name)) return name;
  const decoded = name.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      const text = decodeURIComponent(run);
      return /[/\\]/.test(text) ? run : text; // an escaped slash would be another folder (forbidden: [M1.7])
    } catch {
      return run; // not UTF-8
    }
  });
  if (pkg.parts.has(decoded)) return decoded;
  return partIgnoringCase(pkg, decoded) ?? name;
}

/** Per package, its part names by their ASCII-lowercased form (made at the first target naming no entry as spelled). */
const namesIgnoringCase = new WeakMap<Package, Map<string, string>>();

/**
 * The part whose name equals `name` ignoring ASCII case (itself first), or null: a name that is another part's (the
 * first in the zip's order) once case is ignored, so no new part may take it.
 */
export function partIgnoringCase(pkg: Package, name: string): string | null {
  if (pkg.parts.has(name)) return name;
  const asciiLower = (s: string) => s.replace(/[A-Z]+/g, (run) => run.toLowerCase());
  let names = namesIgnoringCase.get(pkg);
  if (!names) {
    names = new Map();
    for (const entry of pkg.parts.keys()) if (!names.has(asciiLower(entry))) names.set(asciiLower(entry), entry);
    namesIgnoringCase.set(pkg, names);
  }
  const found = names.get(asciiLower(name));
  return found !== undefined && pkg.parts.has(found) ? found : null;
}

/** The relationships of `part` (its _rels/….rels; "" for the package's root ones), internal targets resolved to part names. */
export function readRels(pkg: Package, part: string): Relationship[] {
  const out: Relationship[] = [];
  const where: PartRef = { part: relsPathOf(part), root: "Relationships" };
  parsePart(pkg, where, {
    open(name, a) {
      const id = a.get("Id");
      const target = a.get("Target");
      if (name !== "Relationship" || !id || !target) return;
      const external = a.get("TargetMode") === "External";
      out.push({
        id,
        type: a.get("Type") ?? "",
        target: external ? target : resolveTarget(pkg, part, target),
        external,
      });
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
  /**
   * Its structure is protected (审阅 → 保护工作簿): ECMA-376 Part 1, 18.2.29 workbookProtection, lockStructure "specifies
   * the workbook structure is locked … sheets in the workbook can't be moved, deleted, hidden, unhidden, or renamed, and
   * new sheets can't be inserted".
   */
  lockedStructure: boolean;
  /**
   * Dates count from 1904-01-01: ECMA-376 Part 1, 18.2.28 workbookPr, date1904 "a value of 1 or true indicates the
   * workbook uses the 1904 backward compatibility date system" (Excel for Mac's 1904 date system).
   */
  date1904: boolean;
  /** The workbook part's relationships as the package holds them (read once: 1,000 sheets make it 145 KB). */
  rels: Relationship[];
  /**
   * Its defined names (ECMA-376 Part 1, 18.2.5 definedName: "name" the name, "localSheetId" "the sheet index in this
   * workbook where data from an external reference is displayed" — the scope of a sheet's own name —, the element's
   * text the formula it stands for).
   */
  names: DefinedName[];
}

const STRICT_NAMESPACES = "http://purl.oclc.org/ooxml/";
const strictWorkbook = () => new UnreadableWorkbookError(say("file.strict-xml", {}));

const isOtherOffice = (pkg: Package) => pkg.parts.has("word/document.xml") || pkg.parts.has("ppt/presentation.xml");

/**
 * A zip holding another spreadsheet format, as the extension the clerk's remedy names (not "damaged"): an Excel
 * binary workbook, whose workbook part is binary (MS-XLSB 2.1.7.61, xl/workbook.bin), or an OpenDocument
 * spreadsheet, whose "mimetype" stream names its media type (OpenDocument packages).
 */
function otherSpreadsheet(pkg: Package, workbookPart: string): string | null {
  if (/\.bin$/i.test(workbookPart)) return ".xlsb";
  return partText(pkg, "mimetype")?.startsWith("application/vnd.oasis.opendocument.spreadsheet") ? ".ods" : null;
}

/**
 * Where the workbook part and each sheet's part are, by the package's relationships; throws UnreadableWorkbookError
 * (a Word or PowerPoint file said as such) where there is no workbook part.
 */
export function workbookMap(pkg: Package): WorkbookMap {
  const root = readRels(pkg, "");
  const workbookPart =
    root.find((r) => r.type === REL_OFFICE_DOCUMENT || r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const notAWorkbook = () =>
    new UnreadableWorkbookError(
      isOtherOffice(pkg) ? say("file.word-or-powerpoint", {}) : say("file.no-workbook-part", {}),
    );
  const other = otherSpreadsheet(pkg, workbookPart);
  if (other) throw new UnreadableWorkbookError(say("file.other-format", { ext: other, accepted: WORKBOOK_EXTENSIONS }));
  const text = partText(pkg, workbookPart);
  if (text === null) throw notAWorkbook();
  const relList = readRels(pkg, workbookPart);
  const rels = new Map(relList.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  const sheetByName = new Map<string, string>(); // a sheet's name lower-cased → as written
  const sheetByPart = new Map<string, string>(); // a worksheet's part → its sheet's name
  let lockedStructure = false;
  let date1904 = false;
  // Strict Open XML (ISO/IEC 29500 Strict, "Strict Open XML 电子表格" in Excel's Save As) names its parts in
  // other namespaces; read as usual it would look empty, and a copy patched in the usual ones would mix both.
  if (root.some((r) => r.type.startsWith(STRICT_NAMESPACES))) throw strictWorkbook();
  // A Word or PowerPoint file names its document.xml / presentation.xml as the office document: not a
  // workbook. Any other part there that cannot be read is damaged (not "no workbook part").
  if (isOtherOffice(pkg) && !/<(?:[\w.-]+:)?workbook[\s/>]/.test(text)) throw notAWorkbook();
  const where: PartRef = { part: workbookPart, root: "workbook" };
  const named: { name: string; local: string | undefined; text: string }[] = [];
  let naming: (typeof named)[number] | null = null;
  parsePartText(text, where, {
    text(t) {
      if (naming) naming.text += t;
    },
    close(name) {
      if (name !== "definedName" || !naming) return;
      named.push(naming);
      naming = null;
    },
    open(name, a) {
      if (name === "definedName") naming = { name: a.get("name") ?? "", local: a.get("localSheetId"), text: "" };
      if (name === "workbook" && a.get("conformance") === "strict") throw strictWorkbook();
      if (name === "workbookProtection") lockedStructure = ["1", "true"].includes(a.get("lockStructure") ?? "");
      if (name === "workbookPr") date1904 = ["1", "true"].includes(a.get("date1904") ?? "");
      if (name !== "sheet") return;
      const rid = a.local("id") ?? "";
      const rel = rels.get(rid);
      const declared = a.get("state");
      const state = declared === "hidden" || declared === "veryHidden" ? declared : "visible";
      const sheet = a.get("name") ?? "";
      const isWorksheet = rel !== undefined && rel.type === REL_WORKSHEET && !rel.external;
      // A worksheet the workbook lists whose part is not in the package: its tables would vanish unnoticed.
      if (isWorksheet && !pkg.parts.has(rel.target))
        throw damagedPart({ part: rel.target, root: "worksheet", sheet }, { missing: true });
      // Likewise a sheet without a relationship; two of one name (Excel's names are case-insensitive) or one part
      // would have one's results written on the other (plans address sheets by name; the writer patches parts).
      if (rel === undefined) throw new UnreadableWorkbookError(say("file.sheet-entry-damaged", { sheet, rel: rid }));
      // Looked up, not searched: a search per sheet made a workbook of 1,000 sheets quadratic (~1M lower-casings).
      const key = sheet.toLowerCase();
      const sameName = sheetByName.get(key);
      const samePart = isWorksheet ? sheetByPart.get(rel.target) : undefined;
      if (sameName !== undefined)
        throw new UnreadableWorkbookError(say("file.sheet-entry-damaged", { sheet, sameName }));
      if (samePart !== undefined)
        throw new UnreadableWorkbookError(say("file.sheet-entry-damaged", { sheet, samePart, part: rel.target }));
      sheetByName.set(key, sheet);
      if (isWorksheet) sheetByPart.set(rel.target, sheet);
      sheets.push({
        name: sheet,
        sheetId: Number(a.get("sheetId")),
        rid,
        part: isWorksheet ? rel.target : null,
        state,
      });
    },
  });
  const names = named.map(({ name, local, text: refersTo }): DefinedName => {
    const sheet = local === undefined ? undefined : sheets[Number(local)]?.name;
    return sheet === undefined ? { name, refersTo } : { name, sheet, refersTo };
  });
  return { workbookPart, sheets, lockedStructure, date1904, rels: relList, names };
}

/**
 * Text for a cell or note (ECMA-376 ST_Xstring): characters XML 1.0 cannot hold are written as _xHHHH_,
 * and a literal "_xHHHH_" has its underscore escaped so it reads back as itself.
 */
export function encodeXstring(s: string): string {
  if (plainXstring(s)) return s;
  const hex = (c: string) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0")}_`;
  if (s.includes("_x")) s = s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  if (NOT_IN_XML.test(s)) s = s.replace(new RegExp(NOT_IN_XML.source, "g"), hex);
  return escapeText(s);
}
/*
 * Also a UTF-16 half without its other half (XML 1.0 Char leaves out D800–DFFF; UTF-8 has no bytes for it, it became
 * U+FFFD) and a carriage return, which XML parsers read as a line feed (XML 1.0 §2.11; MS-OI29500 2.1.1747: "Carriage
 * Return (0x000D): This character shall be escaped").
 */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be encoded
  /[\x00-\x08\x0b-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Text encodeXstring leaves as it is, told by one pass over its characters: no control character, no UTF-16 half, no
 * U+FFFE / U+FFFF, no "_", "&", "<" or ">". Most cells we write ("绿", "正常", a project's name) are such text; the
 * three regular expressions cost more than the pass on them (~40,000 cells on the bench's 1,000 tables).
 */
function plainXstring(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (
      c < 0x20 ||
      c === 0x26 ||
      c === 0x3c ||
      c === 0x3e ||
      c === 0x5f ||
      (c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe))
    )
      return false;
  }
  return true;
}

/** An ST_Xstring's `_xHHHH_` escapes as the characters they stand for (`_x000D_` → \r). */
export function decodeXstring(s: string): string {
  return s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
