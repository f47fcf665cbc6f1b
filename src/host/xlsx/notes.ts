/**
 * Notes (legacy comments) of one sheet: the comments part holds the text, the VML drawing the box Excel
 * shows on hover. Existing notes of the user's keep their text, author and shape; ours are added, replaced
 * or removed by cell (the plan names only cells whose note is ours: core/plan/notes.ts).
 */
import { cellName } from "../../core/a1";
import type { SheetNote } from "../../core/types";
import { decodeXstring, encodeXstring, parsePart, readRels, type PartRef } from "./parts";
import { parseCellRef } from "./ranges";
import { joinDoc, splitDoc, tagAttrs } from "./xmlEdit";
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
  return notes.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Set (text) or remove (empty text) the note of one cell. */
export type NoteOp = { row: number; col: number; text: string };

const AUTHOR = "PerfTargets";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const EMPTY_VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="BLOCK"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype></xml>`;

/** The changed comments and VML text, or null when no note changed. */
export function patchNotes(
  commentsXml: string | null,
  vmlXml: string | null,
  ops: NoteOp[],
  idBlock: number,
): { comments: string; vml: string } | null {
  const comments = splitDoc(
    commentsXml ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`,
  );
  const p = comments.prefix;
  const authorsChild = comments.children.find((c) => c.name === "authors");
  const listChild = comments.children.find((c) => c.name === "commentList");
  if (!authorsChild || !listChild) return null;
  const authors = splitDoc(authorsChild.xml);
  const list = splitDoc(listChild.xml);
  const at = (xml: string) => parseCellRef(tagAttrs(xml).ref ?? "");
  let vml = vmlXml ?? EMPTY_VML.replace("BLOCK", String(idBlock));
  let changed = false;
  /** Shape ids of the note boxes removed, by cell: a note written again keeps its id (a re-run changes nothing). */
  const freedIds = new Map<string, number>();
  const removeShape = (row: number, col: number) => {
    vml = vml.replace(/<v:shape\b[\s\S]*?<\/v:shape>\s*/g, (shape) => {
      const isThisNote =
        /ObjectType="Note"/.test(shape) &&
        new RegExp(`<x:Row>\\s*${row}\\s*</x:Row>`).test(shape) &&
        new RegExp(`<x:Column>\\s*${col}\\s*</x:Column>`).test(shape);
      if (!isThisNote) return shape;
      const id = /\bid="_x0000_s(\d+)"/.exec(shape);
      if (id) freedIds.set(`${row},${col}`, Number(id[1]));
      return "";
    });
  };
  const remove = (keep: (row: number, col: number) => boolean) => {
    list.children = list.children.filter((c) => {
      const cell = at(c.xml);
      if (!cell || keep(cell.row, cell.col)) return true;
      removeShape(cell.row, cell.col);
      changed = true;
      return false;
    });
  };
  for (const op of ops) {
    remove((row, col) => row !== op.row || col !== op.col);
    if (!op.text) continue;
    let author = authors.children.findIndex((a) => a.xml.replace(/<[^>]*>/g, "").trim() === AUTHOR);
    if (author < 0) {
      authors.children.push({ name: "author", xml: `<${p}author>${AUTHOR}</${p}author>` });
      author = authors.children.length - 1;
    }
    list.children.push({
      name: "comment",
      xml: `<${p}comment ref="${cellName(op.row, op.col)}" authorId="${author}"><${p}text><${p}t xml:space="preserve">${encodeXstring(op.text)}</${p}t></${p}text></${p}comment>`,
    });
    const id = freedIds.get(`${op.row},${op.col}`) ?? nextShapeId(vml, idBlock);
    vml = vml.replace(/<\/xml>\s*$/, `${shapeXml(op.row, op.col, id)}</xml>`);
    changed = true;
  }
  if (!changed) return null;
  authorsChild.xml = joinDoc(authors);
  listChild.xml = joinDoc(list);
  return { comments: joinDoc(comments), vml };
}

function nextShapeId(vml: string, block: number): number {
  const ids = [...vml.matchAll(/id="_x0000_s(\d+)"/g)].map((m) => Number(m[1]));
  return Math.max(block * 1024, ...ids) + 1;
}

/** A hidden note box beside the cell (what Excel writes for a new note). */
function shapeXml(row: number, col: number, id: number): string {
  return `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:72pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 10, ${col + 4}, 15, ${row + 5}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
}
