/**
 * Notes (legacy comments) of one sheet: the comments part holds the text, the VML drawing the box Excel
 * shows on hover. Existing notes of the user's keep their text, author and shape; ours are added, replaced
 * or removed by cell (the plan names only cells whose note is ours: core/plan/notes.ts).
 */
import { cellName, inRowOrder, parseCellRef } from "../../core/a1";
import type { SheetNote } from "../../core/types";
import { decodeXstring, encodeXstring, parsePart, readRels, type PartRef } from "./parts";
import { childOrNew, joinDoc, prefixFor, splitDoc, splitTemplate, tagAttrs } from "./xmlEdit";
import type { Package } from "./zip";

/**
 * The notes of a sheet part as the user sees them: each comment's cell and plain text (rich runs joined,
 * phonetic guides left out), read from the comments part its relationships name; row by row. `sheet`: its
 * name, for the message when the comments part is damaged.
 */
export function readSheetNotes(pkg: Package, sheetPart: string, sheet?: string): SheetNote[] {
  const part = readRels(pkg, sheetPart).find((r) => !r.external && r.type.endsWith("/comments"))?.target;
  if (part === undefined) return [];
  const where: PartRef = sheet === undefined ? { part, root: "comments" } : { part, root: "comments", sheet };
  const notes: SheetNote[] = [];
  let cell: { row: number; col: number } | null = null;
  let text = "";
  let inT = false;
  let phonetic = 0;
  parsePart(pkg, where, {
    open(name, a) {
      if (name === "comment") {
        cell = parseCellRef(a.get("ref") ?? "");
        text = "";
      } else if (name === "t") inT = true;
      else if (name === "rPh") phonetic++;
    },
    close(name) {
      if (name === "comment" && cell) notes.push({ ...cell, text: decodeXstring(text) });
      else if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
    },
    text(t) {
      if (inT && phonetic === 0) text += t;
    },
  });
  return notes.sort(inRowOrder);
}

/** Set (text) or remove (empty text) the note of one cell. */
export type NoteOp = { row: number; col: number; text: string };

const AUTHOR = "PerfTargets";
const COMMENTS_ORDER = ["authors", "commentList", "extLst"];
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const EMPTY_COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
const EMPTY_VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="BLOCK"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype></xml>`;

/** The changed comments and VML text, or null when no note changed. */
export function patchNotes(
  commentsXml: string | null,
  vmlXml: string | null,
  ops: NoteOp[],
  idBlock: number,
): { comments: string; vml: string } | null {
  // A sheet without notes starts from our empty part, whose texts split alike for every sheet (splitTemplate).
  const split = commentsXml === null ? splitTemplate : splitDoc;
  const commentsDoc = split(commentsXml ?? EMPTY_COMMENTS);
  const p = commentsDoc.prefix;
  // Both are required (CT_Comments: authors, commentList, extLst?); a part saved without one (`<comments/>`) gets it.
  const authorsChild = childOrNew(commentsDoc, "authors", COMMENTS_ORDER);
  const listChild = childOrNew(commentsDoc, "commentList", COMMENTS_ORDER);
  const authors = split(authorsChild.xml);
  const list = split(listChild.xml);
  let vml = vmlXml ?? EMPTY_VML.replace("BLOCK", String(idBlock));
  let changed = false;
  // Read once, kept up to date, so a sheet of many notes costs no pass over all of them per note (that was quadratic:
  // seconds for one sheet of a thousand tables): the comments by cell, the shape ids in use, the shapes added.
  const comments = list.children.map((child) => ({
    child,
    cell: parseCellRef(tagAttrs(child.xml).ref ?? ""),
    gone: false,
  }));
  const commentsAt = new Map<string, typeof comments>();
  const index = (c: (typeof comments)[number]) => {
    if (c.cell) (commentsAt.get(key(c.cell)) ?? commentsAt.set(key(c.cell), []).get(key(c.cell))!).push(c);
  };
  comments.forEach(index);
  const ids = new ShapeIds(vml, idBlock);
  /** Shapes added, by cell, in order: written before the part's end at once, after the box's shape type if it had none. */
  const added = new Map<string, { id: number; xml: string }>();
  let shapeType = "";
  let appended = false;
  /** Shape ids of the note boxes removed, by cell: a note written again keeps its id (a re-run changes nothing). */
  const freedIds = new Map<string, number>();
  /** How our shapes name the namespaces, and whether the part has the box's shape type: looked up once. */
  let names: VmlNames | undefined;
  let hasType: boolean | undefined;
  const shapes = new NoteShapes(vml);
  const removeShape = (row: number, col: number) => {
    for (const shape of shapes.at(row, col)) {
      if (shape.gone) continue;
      shape.gone = true;
      ids.remove(shape.xml);
      const id = SHAPE_ID.exec(shape.xml);
      if (id) freedIds.set(`${row},${col}`, Number(id[1]));
    }
    const mine = added.get(`${row},${col}`);
    if (mine) {
      ids.release(mine.id);
      freedIds.set(`${row},${col}`, mine.id);
      added.delete(`${row},${col}`);
    }
  };
  for (const op of ops) {
    for (const c of commentsAt.get(`${op.row},${op.col}`) ?? []) {
      if (c.gone) continue;
      c.gone = true;
      removeShape(op.row, op.col);
      changed = true;
    }
    if (!op.text) continue;
    let author = authors.children.findIndex((a) => a.xml.replace(/<[^>]*>/g, "").trim() === AUTHOR);
    if (author < 0) {
      authors.children.push({ name: "author", xml: `<${p}author>${AUTHOR}</${p}author>` });
      author = authors.children.length - 1;
    }
    const child = {
      name: "comment",
      xml: `<${p}comment ref="${cellName(op.row, op.col)}" authorId="${author}"><${p}text><${p}t xml:space="preserve">${encodeXstring(op.text)}</${p}t></${p}text></${p}comment>`,
    };
    const comment = { child, cell: { row: op.row, col: op.col }, gone: false };
    comments.push(comment);
    index(comment);
    const id = freedIds.get(`${op.row},${op.col}`) ?? ids.next();
    names ??= vmlNames(shapes.text());
    // The box's shape type first when the part has none (a tool that wrote only its own shapes).
    hasType ??= SHAPETYPE_202.test(shapes.text());
    if (!hasType) shapeType = shapeTypeXml(names);
    hasType = true;
    const xml = shapeXml(op.row, op.col, id, names);
    ids.use(id); // the one shape id in the shape just made
    added.set(`${op.row},${op.col}`, { id, xml });
    appended = true;
    changed = true;
  }
  if (!changed) return null;
  vml = shapes.text();
  const newShapes = [...added.values()].map((a) => a.xml).join("");
  if (appended) vml = vml.replace(/<\/xml>\s*$/, `${shapeType}${newShapes}</xml>`);
  list.children = comments.filter((c) => !c.gone).map((c) => c.child);
  authorsChild.xml = joinDoc(authors);
  listChild.xml = joinDoc(list);
  return { comments: joinDoc(commentsDoc), vml };
}

const key = (cell: { row: number; col: number }) => `${cell.row},${cell.col}`;

const SHAPE_ID = /\bid\s*=\s*["']_x0000_s(\d+)["']/;
const SHAPE_IDS = new RegExp(SHAPE_ID.source, "g");

/**
 * The shape ids in use in a VML part (_x0000_s1025 …), counted, and the next one: one above the largest in use, and
 * above the sheet's block (1024 ids a sheet, as Excel numbers them).
 */
class ShapeIds {
  private readonly counts = new Map<number, number>();
  private largest: number | null = null;

  constructor(
    vml: string,
    private readonly block: number,
  ) {
    this.add(vml);
  }

  /** The ids in `xml`, now in use. */
  add(xml: string): void {
    for (const m of xml.matchAll(SHAPE_IDS)) this.use(Number(m[1]));
  }

  /** The ids in `xml`, no longer in use. */
  remove(xml: string): void {
    for (const m of xml.matchAll(SHAPE_IDS)) this.release(Number(m[1]));
  }

  use(id: number): void {
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    if (this.largest !== null && id > this.largest) this.largest = id;
  }

  release(id: number): void {
    const left = (this.counts.get(id) ?? 0) - 1;
    if (left > 0) this.counts.set(id, left);
    else this.counts.delete(id);
    if (id === this.largest) this.largest = null;
  }

  next(): number {
    this.largest ??= Math.max(-Infinity, ...this.counts.keys());
    return Math.max(this.block * 1024, this.largest) + 1;
  }
}

/**
 * The shapes of a VML part, found once, with each note box indexed by the cells its <Row> and <Column> name: removing
 * a note looks at its own boxes, not at the whole part again (per note that was quadratic: 3.5 s to check again a
 * sheet of a thousand tables' notes). `text()` is the part without the shapes marked gone, each taken out with the
 * space after it, as a replace of SHAPE over the part took it out.
 */
class NoteShapes {
  private readonly shapes: { start: number; end: number; xml: string; gone: boolean }[] = [];
  private readonly byCell = new Map<string, NoteShapes["shapes"]>();

  constructor(private readonly vml: string) {
    // Any prefix (or none): a VML part another tool saved binds the VML / Excel namespaces to ns0:, ns2:, ….
    for (const m of vml.matchAll(SHAPE)) {
      const shape = { start: m.index, end: m.index + m[0].length, xml: m[0], gone: false };
      this.shapes.push(shape);
      if (!NOTE_OBJECT.test(shape.xml)) continue;
      // A box counts for a cell when any of its rows and any of its columns read as that cell's (as written, digits).
      const rows = new Set([...shape.xml.matchAll(NOTE_ROW)].map((r) => r[1]));
      const cols = new Set([...shape.xml.matchAll(NOTE_COLUMN)].map((c) => c[1]));
      for (const row of rows)
        for (const col of cols) {
          const list = this.byCell.get(`${row},${col}`);
          if (list) list.push(shape);
          else this.byCell.set(`${row},${col}`, [shape]);
        }
    }
  }

  /** The note boxes of the cell, in the part's order (gone ones too: the caller skips them). */
  at(row: number, col: number): NoteShapes["shapes"] {
    return this.byCell.get(`${row},${col}`) ?? [];
  }

  text(): string {
    let out = "";
    let from = 0;
    for (const shape of this.shapes) {
      if (!shape.gone) continue;
      out += this.vml.slice(from, shape.start);
      from = shape.end;
    }
    return from === 0 ? this.vml : out + this.vml.slice(from);
  }
}

/** A qualified name's prefix with its colon (a pattern, for inside a group). */
const QNAME_PREFIX = "[A-Za-z_][\\w.-]*:";
/** One shape element of the VML, whatever prefix its namespace has in the part (a shape type is not one). */
const SHAPE = new RegExp(
  `<((?:${QNAME_PREFIX})?)shape\\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:/>|>[\\s\\S]*?</\\1shape\\s*>)\\s*`,
  "g",
);
const NOTE_OBJECT = /\sObjectType\s*=\s*["']Note["']/;
const NOTE_ROW = new RegExp(`<(?:${QNAME_PREFIX})?Row>\\s*(\\d+)\\s*</(?:${QNAME_PREFIX})?Row>`, "g");
const NOTE_COLUMN = new RegExp(`<(?:${QNAME_PREFIX})?Column>\\s*(\\d+)\\s*</(?:${QNAME_PREFIX})?Column>`, "g");
/** The note box's shape type, under any prefix. */
const SHAPETYPE_202 = new RegExp(
  `<(?:${QNAME_PREFIX})?shapetype\\b(?:[^>"']|"[^"]*"|'[^']*')*?\\sid\\s*=\\s*["']_x0000_t202["']`,
);

const NS_VML = "urn:schemas-microsoft-com:vml";
const NS_OFFICE = "urn:schemas-microsoft-com:office:office";
const NS_EXCEL = "urn:schemas-microsoft-com:office:excel";

/**
 * How the elements we add name the VML, Office and Excel namespaces: the prefixes the part's root declares
 * for them (so our shapes read like the file's own), or, when the root does not declare all three (a tool
 * that binds them on each element, or as the default namespace), v:, o: and x: declared on our element.
 */
interface VmlNames {
  v: string;
  o: string;
  x: string;
  /** Declarations for the element we add (empty when the root's are used). */
  declare: string;
}

function vmlNames(vml: string): VmlNames {
  const root = /<xml\b(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(vml)?.[0] ?? "";
  let names = NAMES_BY_ROOT.get(root);
  if (names) return names;
  const [v, o, x] = [NS_VML, NS_OFFICE, NS_EXCEL].map((uri) => prefixFor(root, uri));
  names =
    v && o && x
      ? { v, o, x, declare: "" }
      : { v: "v:", o: "o:", x: "x:", declare: ` xmlns:v="${NS_VML}" xmlns:o="${NS_OFFICE}" xmlns:x="${NS_EXCEL}"` };
  NAMES_BY_ROOT.set(root, names);
  return names;
}
/**
 * By the root's tag: our empty part's on every sheet that had no notes, and the parts one tool saved share theirs.
 * Few: a workbook's VML parts come from the few tools that saved it (one entry per distinct root tag).
 */
const NAMES_BY_ROOT = new Map<string, VmlNames>();

/** The shape type of note boxes (as Excel writes it). */
function shapeTypeXml({ v, o, declare }: VmlNames): string {
  return `<${v}shapetype${declare} id="_x0000_t202" coordsize="21600,21600" ${o}spt="202" path="m,l,21600r21600,l21600,xe"><${v}stroke joinstyle="miter"/><${v}path gradientshapeok="t" ${o}connecttype="rect"/></${v}shapetype>`;
}

/** A hidden note box beside the cell (what Excel writes for a new note). */
function shapeXml(row: number, col: number, id: number, { v, o, x, declare }: VmlNames): string {
  return `<${v}shape${declare} id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:72pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" ${o}insetmode="auto"><${v}fill color2="#ffffe1"/><${v}shadow on="t" color="black" obscured="t"/><${v}path ${o}connecttype="none"/><${v}textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></${v}textbox><${x}ClientData ObjectType="Note"><${x}MoveWithCells/><${x}SizeWithCells/><${x}Anchor>${col + 1}, 15, ${row}, 10, ${col + 4}, 15, ${row + 5}, 4</${x}Anchor><${x}AutoFill>False</${x}AutoFill><${x}Row>${row}</${x}Row><${x}Column>${col}</${x}Column></${x}ClientData></${v}shape>`;
}
