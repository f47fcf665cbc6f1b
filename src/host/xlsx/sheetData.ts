/**
 * Cell edits spliced into a sheet's <sheetData>: rows and cells the plan does not name keep their exact
 * text; a row the plan writes into is re-assembled from its own cells plus ours, in column order.
 */
import { cellName } from "../../core/a1";
import type { PlainValue } from "../../core/plan/types";
import { parseCellRef } from "./read";
import { encodeXstring, escapeXml } from "./parts";
import type { StyleChange } from "./styles";
import { setAttr, tagAttrs } from "./xmlEdit";

export type CellContent =
  { kind: "value"; value: PlainValue } | { kind: "formula"; formula: string; value: PlainValue };

/** What the plan did to one cell, in order: later operations refine earlier ones. */
export interface CellEdit {
  /** undefined: the cell's content stays; otherwise what it holds now. */
  content?: CellContent;
  /** The cell was cleared (content and format gone) before anything later was written. */
  cleared?: boolean;
  style: StyleChange;
}

export type StyleResolver = (base: number, change: StyleChange) => number;

const ATTRS = `((?:[^>"']|"[^"]*"|'[^']*')*?)`;

export function patchSheetData(
  sheetData: string,
  edits: Map<number, Map<number, CellEdit>>,
  resolveStyle: StyleResolver,
  prefix: string,
): string {
  if (edits.size === 0) return sheetData;
  let xml = sheetData;
  const selfClosing = new RegExp(`^<${prefix}sheetData${ATTRS}/>`).exec(xml);
  if (selfClosing) xml = `<${prefix}sheetData${selfClosing[1]}></${prefix}sheetData>`;
  const rowTag = new RegExp(`<${prefix}row\\b${ATTRS}(/?)>`, "g");
  const rowClose = `</${prefix}row>`;
  const pending = [...edits.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  const bodyStart = xml.indexOf(">") + 1;
  const bodyEnd = xml.lastIndexOf(`</${prefix}sheetData>`);
  out.push(xml.slice(0, bodyStart));
  let pos = bodyStart;
  let rowNumber = -1;
  rowTag.lastIndex = bodyStart;
  let m: RegExpExecArray | null;
  while ((m = rowTag.exec(xml)) && m.index < bodyEnd) {
    const r = /\sr\s*=\s*"(\d+)"/.exec(m[1]);
    rowNumber = r ? Number(r[1]) - 1 : rowNumber + 1;
    const end = m[2] ? rowTag.lastIndex : xml.indexOf(rowClose, rowTag.lastIndex) + rowClose.length;
    // New rows that come before this one.
    while (next < pending.length && pending[next] < rowNumber) {
      out.push(xml.slice(pos, m.index), newRow(pending[next], edits.get(pending[next])!, resolveStyle, prefix));
      pos = m.index;
      next++;
    }
    if (next < pending.length && pending[next] === rowNumber) {
      out.push(
        xml.slice(pos, m.index),
        patchRow(xml.slice(m.index, end), rowNumber, !r, edits.get(rowNumber)!, resolveStyle, prefix),
      );
      pos = end;
      next++;
    }
    rowTag.lastIndex = end;
    if (next >= pending.length) break;
  }
  out.push(xml.slice(pos, bodyEnd));
  for (; next < pending.length; next++)
    out.push(newRow(pending[next], edits.get(pending[next])!, resolveStyle, prefix));
  out.push(xml.slice(bodyEnd));
  return out.join("");
}

function newRow(row: number, cells: Map<number, CellEdit>, resolveStyle: StyleResolver, prefix: string): string {
  const body = [...cells.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([col, edit]) => renderCell(undefined, row, col, edit, resolveStyle, prefix))
    .join("");
  return body ? `<${prefix}row r="${row + 1}">${body}</${prefix}row>` : "";
}

function patchRow(
  rowXml: string,
  row: number,
  missingR: boolean,
  edits: Map<number, CellEdit>,
  resolveStyle: StyleResolver,
  prefix: string,
): string {
  const openEnd = rowXml.indexOf(">") + 1;
  let open = rowXml.slice(0, openEnd);
  let body = "";
  if (open.endsWith("/>")) open = `${open.slice(0, -2)}>`;
  else body = rowXml.slice(openEnd, rowXml.length - `</${prefix}row>`.length);
  // Our cells may lie outside the row's span hint; Excel recomputes it.
  open = setAttr(open, "spans", null);
  if (missingR) open = setAttr(open, "r", String(row + 1));
  const cellTag = new RegExp(`<${prefix}c\\b${ATTRS}(/?)>`, "g");
  const cellClose = `</${prefix}c>`;
  const cells: { col: number; xml: string }[] = [];
  let col = -1;
  let m: RegExpExecArray | null;
  let between = "";
  let pos = 0;
  while ((m = cellTag.exec(body))) {
    between += body.slice(pos, m.index);
    const end = m[2] ? cellTag.lastIndex : body.indexOf(cellClose, cellTag.lastIndex) + cellClose.length;
    let xml = body.slice(m.index, end);
    const ref = /\sr\s*=\s*"([^"]+)"/.exec(m[1]);
    const at = ref ? parseCellRef(ref[1]) : null;
    col = at ? at.col : col + 1;
    if (!ref) xml = setAttr(xml, "r", cellName(row, col)); // positions of later cells may change
    cells.push({ col, xml });
    pos = cellTag.lastIndex = end;
  }
  const rest = between + body.slice(pos); // whitespace or row-level extensions, kept after the cells
  for (const [c, edit] of edits) {
    const i = cells.findIndex((x) => x.col === c);
    const xml = renderCell(i >= 0 ? cells[i].xml : undefined, row, c, edit, resolveStyle, prefix);
    if (i >= 0) cells[i].xml = xml;
    else cells.push({ col: c, xml });
  }
  cells.sort((a, b) => a.col - b.col);
  return `${open}${cells.map((x) => x.xml).join("")}${rest}</${prefix}row>`;
}

const hasChange = (s: StyleChange) => !!(s.reset || s.numberFormat !== undefined || s.bold || s.fill);

function renderCell(
  existing: string | undefined,
  row: number,
  col: number,
  edit: CellEdit,
  resolveStyle: StyleResolver,
  prefix: string,
): string {
  const attrs = existing ? tagAttrs(existing) : {};
  const base = edit.cleared ? 0 : Number(attrs.s ?? 0);
  const style = hasChange(edit.style) ? resolveStyle(base, edit.style) : base;
  const ref = cellName(row, col);
  const s = style ? ` s="${style}"` : "";
  if (!edit.content) {
    if (existing && !edit.cleared) return setAttr(existing, "s", style ? String(style) : null);
    return style ? `<${prefix}c r="${ref}"${s}/>` : "";
  }
  const p = prefix;
  const { value } = edit.content;
  const cached = (v: PlainValue): { t: string; inner: string } => {
    if (v === null || v === "") return { t: "", inner: "" };
    if (typeof v === "number" && Number.isFinite(v)) return { t: "", inner: `<${p}v>${v}</${p}v>` };
    if (typeof v === "boolean") return { t: ' t="b"', inner: `<${p}v>${v ? 1 : 0}</${p}v>` };
    return { t: ' t="str"', inner: `<${p}v>${encodeXstring(String(v))}</${p}v>` };
  };
  if (edit.content.kind === "formula") {
    const c = cached(value);
    return `<${p}c r="${ref}"${s}${c.t}><${p}f>${escapeXml(edit.content.formula)}</${p}f>${c.inner}</${p}c>`;
  }
  // An empty text empties the cell, as it does when typed or set through Office.js.
  if (value === null || value === "") return style ? `<${p}c r="${ref}"${s}/>` : "";
  if (typeof value === "string")
    return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${encodeXstring(value)}</${p}t></${p}is></${p}c>`;
  const c = cached(value);
  return `<${p}c r="${ref}"${s}${c.t}>${c.inner}</${p}c>`;
}
