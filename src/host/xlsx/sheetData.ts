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

/**
 * The next element `<{qname} …>` or `<{qname} …/>` in `xml` from `from`: where it starts, where its start
 * tag ends, where the element ends. Found with indexOf and a quote-aware scan of the start tag only (an
 * attribute value may hold ">"); the element's content is skipped with one indexOf of its closing tag.
 */
function nextElement(
  xml: string,
  qname: string,
  from: number,
  limit: number,
): { start: number; tagEnd: number; end: number; selfClosing: boolean } | null {
  const open = `<${qname}`;
  for (let start = xml.indexOf(open, from); start >= 0 && start < limit; start = xml.indexOf(open, start + 1)) {
    const next = xml.charCodeAt(start + open.length);
    // "<c " but not "<col": the name must end here.
    if (next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d && next !== 0x3e && next !== 0x2f) continue;
    let quote = 0;
    let i = start + open.length;
    for (; i < xml.length; i++) {
      const ch = xml.charCodeAt(i);
      if (quote) {
        if (ch === quote) quote = 0;
      } else if (ch === 0x22 || ch === 0x27) quote = ch;
      else if (ch === 0x3e) break;
    }
    const tagEnd = i + 1;
    const selfClosing = xml.charCodeAt(i - 1) === 0x2f;
    if (selfClosing) return { start, tagEnd, end: tagEnd, selfClosing };
    const close = xml.indexOf(`</${qname}>`, tagEnd);
    if (close < 0) return null;
    return { start, tagEnd, end: close + qname.length + 3, selfClosing };
  }
  return null;
}

/** The value of attribute `r` in a start tag, or null. */
function refAttr(tag: string): string | null {
  return /\sr\s*=\s*["']([^"']+)["']/.exec(tag)?.[1] ?? null;
}

export function patchSheetData(
  sheetData: string,
  edits: Map<number, Map<number, CellEdit>>,
  resolveStyle: StyleResolver,
  prefix: string,
): string {
  if (edits.size === 0) return sheetData;
  let xml = sheetData;
  const selfClosing = new RegExp(`^<${prefix}sheetData((?:[^>"']|"[^"]*"|'[^']*')*?)/>`).exec(xml);
  if (selfClosing) xml = `<${prefix}sheetData${selfClosing[1]}></${prefix}sheetData>`;
  const pending = [...edits.keys()].sort((a, b) => a - b);
  let next = 0;
  const out: string[] = [];
  const bodyStart = xml.indexOf(">") + 1;
  const bodyEnd = xml.lastIndexOf(`</${prefix}sheetData>`);
  out.push(xml.slice(0, bodyStart));
  let pos = bodyStart;
  let rowNumber = -1;
  let at = bodyStart;
  for (let el; next < pending.length && (el = nextElement(xml, `${prefix}row`, at, bodyEnd)); at = el.end) {
    const r = refAttr(xml.slice(el.start, el.tagEnd));
    rowNumber = r ? Number(r) - 1 : rowNumber + 1;
    // New rows that come before this one.
    while (next < pending.length && pending[next] < rowNumber) {
      out.push(xml.slice(pos, el.start), newRow(pending[next], edits.get(pending[next])!, resolveStyle, prefix));
      pos = el.start;
      next++;
    }
    if (next < pending.length && pending[next] === rowNumber) {
      out.push(
        xml.slice(pos, el.start),
        patchRow(xml.slice(el.start, el.end), rowNumber, !r, edits.get(rowNumber)!, resolveStyle, prefix),
      );
      pos = el.end;
      next++;
    }
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
  const openEnd = nextElement(rowXml, `${prefix}row`, 0, 1)?.tagEnd ?? rowXml.indexOf(">") + 1;
  let open = rowXml.slice(0, openEnd);
  let body = "";
  if (open.endsWith("/>")) open = `${open.slice(0, -2)}>`;
  else body = rowXml.slice(openEnd, rowXml.length - `</${prefix}row>`.length);
  // Our cells may lie outside the row's span hint; Excel recomputes it.
  if (open.includes("spans")) open = setAttr(open, "spans", null);
  if (missingR) open = setAttr(open, "r", String(row + 1));
  const cells: { col: number; xml: string }[] = [];
  const index = new Map<number, number>();
  let sorted = true;
  let col = -1;
  let between = "";
  let pos = 0;
  for (let el; (el = nextElement(body, `${prefix}c`, pos, body.length)); pos = el.end) {
    between += body.slice(pos, el.start);
    let xml = body.slice(el.start, el.end);
    const ref = refAttr(body.slice(el.start, el.tagEnd));
    const at = ref ? parseCellRef(ref) : null;
    const previous = col;
    col = at ? at.col : col + 1;
    if (col <= previous) sorted = false;
    if (!ref) xml = setAttr(xml, "r", cellName(row, col)); // positions of later cells may change
    index.set(col, cells.length);
    cells.push({ col, xml });
  }
  const rest = between + body.slice(pos); // whitespace or row-level extensions, kept after the cells
  for (const [c, edit] of edits) {
    const i = index.get(c);
    const xml = renderCell(i === undefined ? undefined : cells[i].xml, row, c, edit, resolveStyle, prefix);
    if (i !== undefined) cells[i].xml = xml;
    else {
      if (cells.length && cells[cells.length - 1].col > c) sorted = false;
      index.set(c, cells.length);
      cells.push({ col: c, xml });
    }
  }
  if (!sorted) cells.sort((a, b) => a.col - b.col);
  let text = open;
  for (const cell of cells) text += cell.xml;
  return `${text}${rest}</${prefix}row>`;
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
