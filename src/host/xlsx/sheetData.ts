/**
 * Cell edits spliced into a sheet's <sheetData>: rows and cells the plan does not name keep their exact
 * text; a row the plan writes into is re-assembled from its own cells plus ours, in column order.
 */
import { cellName } from "../../core/a1";
import type { PlainValue } from "../../core/plan/types";
import { parseCellRef } from "./ranges";
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

/** Where one element lies in a text: its start, the end of its start tag, its end. */
interface Span {
  start: number;
  tagEnd: number;
  end: number;
}

/**
 * The next element `<{qname} …>` or `<{qname} …/>` in `xml` that starts in [from, limit) and ends by `limit`.
 * Found with indexOf and a quote-aware scan of the start tag only (an attribute value may hold ">"); the
 * element's content is skipped with one indexOf of its closing tag. Works on positions in the sheet's text,
 * so nothing is cut out of it until it is written.
 */
function nextElement(xml: string, open: string, close: string, from: number, limit: number): Span | null {
  for (let start = xml.indexOf(open, from); start >= 0 && start < limit; start = xml.indexOf(open, start + 1)) {
    const next = xml.charCodeAt(start + open.length);
    // "<c " but not "<col": the name must end here.
    if (next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d && next !== 0x3e && next !== 0x2f) continue;
    const tagEnd = startTagEnd(xml, start + open.length, limit);
    if (xml.charCodeAt(tagEnd - 2) === 0x2f) return { start, tagEnd, end: tagEnd };
    const at = xml.indexOf(close, tagEnd);
    if (at < 0 || at + close.length > limit) return null;
    return { start, tagEnd, end: at + close.length };
  }
  return null;
}

/** Just past the ">" that ends the start tag whose attributes begin at `from` (quoted ">" skipped). */
function startTagEnd(xml: string, from: number, limit: number): number {
  let quote = 0;
  let i = from;
  for (; i < limit; i++) {
    const ch = xml.charCodeAt(i);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 0x22 || ch === 0x27) quote = ch;
    else if (ch === 0x3e) break;
  }
  return i + 1;
}

const isSpace = (ch: number) => ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d;

/**
 * The raw value of attribute `name` in the start tag xml[from, to), or null: the tag's attributes are read
 * in order (name, "=", quoted value), so a value that happens to contain ` r="…"` is not taken for one.
 */
function attrValue(xml: string, name: string, from: number, to: number): string | null {
  let i = from + 1;
  while (i < to && !isSpace(xml.charCodeAt(i)) && xml.charCodeAt(i) !== 0x3e && xml.charCodeAt(i) !== 0x2f) i++;
  while (i < to) {
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < to && !isSpace(xml.charCodeAt(i)) && xml.charCodeAt(i) !== 0x3d && xml.charCodeAt(i) !== 0x3e) i++;
    const nameEnd = i;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (nameEnd === nameStart || xml.charCodeAt(i) !== 0x3d) return null; // "/>", ">" or not an attribute
    i++;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 0x22 && quote !== 0x27) return null;
    const valueEnd = xml.indexOf(quote === 0x22 ? '"' : "'", i + 1);
    if (valueEnd < 0 || valueEnd >= to) return null;
    if (nameEnd - nameStart === name.length && xml.startsWith(name, nameStart)) return xml.slice(i + 1, valueEnd);
    i = valueEnd + 1;
  }
  return null;
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
  const rowOpen = `<${prefix}row`;
  const rowClose = `</${prefix}row>`;
  out.push(xml.slice(0, bodyStart));
  let pos = bodyStart;
  let rowNumber = -1;
  let at = bodyStart;
  for (let el; next < pending.length && (el = nextElement(xml, rowOpen, rowClose, at, bodyEnd)); at = el.end) {
    const r = attrValue(xml, "r", el.start, el.tagEnd);
    rowNumber = r ? Number(r) - 1 : rowNumber + 1;
    // New rows that come before this one.
    while (next < pending.length && pending[next] < rowNumber) {
      out.push(xml.slice(pos, el.start), newRow(pending[next], edits.get(pending[next])!, resolveStyle, prefix));
      pos = el.start;
      next++;
    }
    if (next < pending.length && pending[next] === rowNumber) {
      out.push(xml.slice(pos, el.start), patchRow(xml, el, rowNumber, !r, edits.get(rowNumber)!, resolveStyle, prefix));
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

/** One cell of a row being patched: its column, where its text lies, and its new text once it has one. */
interface RowCell {
  col: number;
  start: number;
  end: number;
  xml: string | null;
}

/** The row `row` (at `el` in `xml`) with the plan's cells written in; its other cells keep their text. */
function patchRow(
  xml: string,
  el: Span,
  row: number,
  missingR: boolean,
  edits: Map<number, CellEdit>,
  resolveStyle: StyleResolver,
  prefix: string,
): string {
  let open = xml.slice(el.start, el.tagEnd);
  const selfClosing = open.endsWith("/>");
  if (selfClosing) open = `${open.slice(0, -2)}>`;
  const bodyEnd = selfClosing ? el.tagEnd : el.end - `</${prefix}row>`.length;
  // Our cells may lie outside the row's span hint; Excel recomputes it.
  if (open.includes("spans")) open = setAttr(open, "spans", null);
  if (missingR) open = setAttr(open, "r", String(row + 1));
  const cells: RowCell[] = [];
  const index = new Map<number, number>();
  const cellOpen = `<${prefix}c`;
  const cellClose = `</${prefix}c>`;
  let sorted = true;
  let col = -1;
  let between = "";
  let pos = el.tagEnd;
  for (let c; (c = nextElement(xml, cellOpen, cellClose, pos, bodyEnd)); pos = c.end) {
    if (c.start > pos) between += xml.slice(pos, c.start);
    const ref = attrValue(xml, "r", c.start, c.tagEnd);
    const at = ref ? parseCellRef(ref) : null;
    const previous = col;
    col = at ? at.col : col + 1;
    if (col <= previous) sorted = false;
    index.set(col, cells.length);
    // A cell without "r" gets one: positions of later cells may change.
    cells.push({
      col,
      start: c.start,
      end: c.end,
      xml: ref ? null : setAttr(xml.slice(c.start, c.end), "r", cellName(row, col)),
    });
  }
  const rest = between + xml.slice(pos, bodyEnd); // whitespace or row-level extensions, kept after the cells
  for (const [c, edit] of edits) {
    const i = index.get(c);
    if (i !== undefined) {
      const cell = cells[i];
      cell.xml = renderCell(cell.xml ?? xml.slice(cell.start, cell.end), row, c, edit, resolveStyle, prefix);
    } else {
      if (cells.length && cells[cells.length - 1].col > c) sorted = false;
      index.set(c, cells.length);
      cells.push({ col: c, start: 0, end: 0, xml: renderCell(undefined, row, c, edit, resolveStyle, prefix) });
    }
  }
  if (!sorted) cells.sort((a, b) => a.col - b.col);
  const parts = [open];
  for (const cell of cells) parts.push(cell.xml ?? xml.slice(cell.start, cell.end));
  parts.push(rest, `</${prefix}row>`);
  return parts.join("");
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
