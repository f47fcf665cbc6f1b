/**
 * Cell edits spliced into a sheet's <sheetData>: rows and cells the plan does not name keep their exact
 * text; a row the plan writes into is re-assembled from its own cells plus ours, in column order.
 */
import { cellName, parseCellRef } from "../../core/a1";
import type { PlainValue } from "../../core/plan/types";
import { cellRefColumn } from "./ranges";
import { encodeXstring, escapeText } from "./parts";
import { slideFormula } from "./read";
import type { StyleChange } from "./styles";
import { setAttr, sliceSink, unescapeXml, type TextSink } from "./xmlEdit";
import { sortedShort } from "../../core/lists";

type CellContent = { kind: "value"; value: PlainValue } | { kind: "formula"; formula: string; value: PlainValue };

/** What the plan did to one cell, in order: later operations refine earlier ones. */
export interface CellEdit {
  /** undefined: the cell's content stays; otherwise what it holds now. */
  content?: CellContent;
  /** The cell was cleared (content and format gone) before anything later was written. */
  cleared?: boolean;
  style: StyleChange;
}

type StyleResolver = (base: number, change: StyleChange) => number;

/** Where one element lies in a text: its start, the end of its start tag, its end. */
interface Span {
  start: number;
  tagEnd: number;
  end: number;
}

/**
 * The next element `<{qname} …>` or `<{qname} …/>` in `xml` that starts in [from, limit) and ends by `limit`,
 * written into `span` (false when there is none). Found with indexOf and a quote-aware scan of the start tag
 * only (an attribute value may hold ">"); the element's content is skipped with one indexOf of its closing
 * tag. Works on positions in the sheet's text, so nothing is cut out of it until it is written.
 */
function nextElement(xml: string, open: string, close: string, from: number, limit: number, span: Span): boolean {
  for (let start = xml.indexOf(open, from); start >= 0 && start < limit; start = xml.indexOf(open, start + 1)) {
    const next = xml.charCodeAt(start + open.length);
    // "<c " but not "<col": the name must end here.
    if (next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d && next !== 0x3e && next !== 0x2f) continue;
    const tagEnd = startTagEnd(xml, start + open.length, limit);
    span.start = start;
    span.tagEnd = tagEnd;
    if (xml.charCodeAt(tagEnd - 2) === 0x2f) {
      span.end = tagEnd;
      return true;
    }
    const at = xml.indexOf(close, tagEnd);
    if (at < 0 || at + close.length > limit) return false;
    span.end = at + close.length;
    return true;
  }
  return false;
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
 * Where the raw value of attribute `name` in the start tag xml[from, to) begins (just past its quote), or -1:
 * the tag's attributes are read in order (name, "=", quoted value), so a value that happens to contain
 * ` r="…"` is not taken for one. The value ends at the next of the same quote.
 */
function attrStart(xml: string, name: string, from: number, to: number): number {
  let i = from + 1;
  while (i < to && !isSpace(xml.charCodeAt(i)) && xml.charCodeAt(i) !== 0x3e && xml.charCodeAt(i) !== 0x2f) i++;
  while (i < to) {
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < to && !isSpace(xml.charCodeAt(i)) && xml.charCodeAt(i) !== 0x3d && xml.charCodeAt(i) !== 0x3e) i++;
    const nameEnd = i;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (nameEnd === nameStart || xml.charCodeAt(i) !== 0x3d) return -1; // "/>", ">" or not an attribute
    i++;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 0x22 && quote !== 0x27) return -1;
    const valueEnd = xml.indexOf(quote === 0x22 ? '"' : "'", i + 1);
    if (valueEnd < 0 || valueEnd >= to) return -1;
    if (nameEnd - nameStart === name.length && xml.startsWith(name, nameStart)) return i + 1;
    i = valueEnd + 1;
  }
  return -1;
}

/** The raw value of attribute `name` in the start tag xml[from, to), or null (see attrStart). */
function attrValue(xml: string, name: string, from: number, to: number): string | null {
  const start = attrStart(xml, name, from, to);
  return start < 0 ? null : xml.slice(start, xml.indexOf(xml[start - 1], start));
}

/**
 * Shared formulas whose master cell the plan rewrote or cleared, by their si: the text and where it stood. A cell
 * filled from it (ECMA-376 §18.3.1.40 f: t="shared" with si only) reads its formula from that master, so such a cell
 * left behind (the clerk filled our 预警 formula down into a row of theirs) is given its own formula instead.
 */
type Orphans = Map<string, { formula: string; row: number; col: number }>;

const F_ELEMENT = new Map<string, RegExp>();
/** The first `<f …/>` or `<f …>text</f>` of a cell: [whole, attributes, text or undefined]. */
function formulaElement(cell: string, prefix: string): RegExpExecArray | null {
  let re = F_ELEMENT.get(prefix);
  if (!re)
    F_ELEMENT.set(
      prefix,
      (re = new RegExp(`<${prefix}f\\b((?:[^>"']|"[^"]*"|'[^']*')*?)(?:/>|>([^<]*)</${prefix}f>)`)),
    );
  return re.exec(cell);
}

/** Notes the shared formula whose master `cell` (at row, col) holds, as the plan replaces it. */
function noteMaster(cell: string, row: number, col: number, orphans: Orphans, prefix: string): void {
  const f = cell.includes("shared") ? formulaElement(cell, prefix) : null;
  if (!f || !f[2]) return;
  const shared = sharedOf(f);
  if (shared?.master) orphans.set(shared.si, { formula: unescapeXml(f[2]), row, col });
}

/** The si of a shared formula's `<f>` (t="shared"), and whether it is the master (it has a ref); null for others. */
function sharedOf(f: RegExpExecArray): { si: string; master: boolean } | null {
  const attrs = `<f${f[1]}>`;
  const si = attrValue(attrs, "si", 0, attrs.length);
  if (si === null || attrValue(attrs, "t", 0, attrs.length) !== "shared") return null;
  return { si, master: Boolean(attrValue(attrs, "ref", 0, attrs.length)) };
}

/** `cell` (at row, col) with its own formula when it shares that of a master the plan replaced; else as it is. */
function ownFormula(cell: string, row: number, col: number, orphans: Orphans, prefix: string): string {
  const f = cell.includes("si=") ? formulaElement(cell, prefix) : null;
  if (!f || f[2]) return cell;
  const shared = sharedOf(f);
  const master = shared && orphans.get(shared.si);
  if (!master) return cell;
  const kept = setAttr(setAttr(`<${prefix}f${f[1]}>`, "t", null), "si", null);
  const text = escapeText(slideFormula(master.formula, row - master.row, col - master.col));
  return cell.slice(0, f.index) + kept + text + `</${prefix}f>` + cell.slice(f.index + f[0].length);
}

/** Rows copied as they are, their cells that share a replaced master's formula given their own (see Orphans). */
function withOwnFormulas(rows: string, orphans: Orphans, prefix: string): string {
  if (orphans.size === 0 || !rows.includes("si=")) return rows;
  const cell = new RegExp(`<${prefix}c\\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:/>|>.*?</${prefix}c>)`, "gs");
  return rows.replace(cell, (c) => {
    const ref = c.includes("si=") ? attrValue(c, "r", 0, startTagEnd(c, 1, c.length)) : null;
    const at = ref === null ? null : parseCellRef(ref);
    return at ? ownFormula(c, at.row, at.col, orphans, prefix) : c;
  });
}

/**
 * `sheetData` with the edits spliced in, written to `out` piece by piece (the rows between those edited
 * go as one slice each). `seen.formulaRemoved` is set when a cell that held a formula is given a value or cleared.
 */
export function patchSheetData(
  sheetData: string,
  edits: Map<number, Map<number, CellEdit>>,
  resolveStyle: StyleResolver,
  prefix: string,
  out: TextSink,
  seen: { formulaRemoved: boolean } = { formulaRemoved: false },
): void {
  if (edits.size === 0) {
    out.text(sheetData);
    return;
  }
  let xml = sheetData;
  const selfClosing = new RegExp(`^<${prefix}sheetData((?:[^>"']|"[^"]*"|'[^']*')*?)/>`).exec(xml);
  if (selfClosing) xml = `<${prefix}sheetData${selfClosing[1]}></${prefix}sheetData>`;
  const pending = sortedShort([...edits.keys()], (a, b) => a - b);
  let next = 0;
  const bodyStart = xml.indexOf(">") + 1;
  const bodyEnd = xml.lastIndexOf(`</${prefix}sheetData>`);
  const rowOpen = `<${prefix}row`;
  const rowClose = `</${prefix}row>`;
  const own = sliceSink(out, xml); // the file's own text, between our cells
  own(xml.slice(0, bodyStart));
  const orphans: Orphans = new Map();
  const copied = (text: string) => own(withOwnFormulas(text, orphans, prefix));
  let pos = bodyStart;
  let rowNumber = -1;
  const el: Span = { start: 0, tagEnd: 0, end: bodyStart };
  while (next < pending.length && nextElement(xml, rowOpen, rowClose, el.end, bodyEnd, el)) {
    const r = attrValue(xml, "r", el.start, el.tagEnd);
    rowNumber = r ? Number(r) - 1 : rowNumber + 1;
    // New rows that come before this one.
    while (next < pending.length && pending[next] < rowNumber) {
      copied(xml.slice(pos, el.start));
      out.text(newRow(pending[next], edits.get(pending[next])!, resolveStyle, prefix));
      pos = el.start;
      next++;
    }
    if (next < pending.length && pending[next] === rowNumber) {
      copied(xml.slice(pos, el.start));
      patchRow(xml, el, rowNumber, !r, edits.get(rowNumber)!, resolveStyle, prefix, orphans, seen, out, own);
      pos = el.end;
      next++;
    }
  }
  copied(xml.slice(pos, bodyEnd));
  for (; next < pending.length; next++)
    out.text(newRow(pending[next], edits.get(pending[next])!, resolveStyle, prefix));
  own(xml.slice(bodyEnd));
}

function newRow(row: number, cells: Map<number, CellEdit>, resolveStyle: StyleResolver, prefix: string): string {
  let body = "";
  for (const col of sortedShort([...cells.keys()], (a, b) => a - b))
    body += renderCell(undefined, row, col, cells.get(col) as CellEdit, resolveStyle, prefix);
  return body ? `<${prefix}row r="${row + 1}">${body}</${prefix}row>` : "";
}

/**
 * The row `row` (at `el` in `xml`) with the plan's cells written in, to `out` (the file's own text through `own`); its
 * other cells keep their text. The row's cells are kept as numbers (column, where the text lies), and cells left as
 * they are go out in runs, one slice per run of neighbouring cells. Piece by piece, not joined into one string: a cell
 * of ours in Chinese would make the whole row a two-byte string, encoded ~20× slower than the file's own (Utf8Writer).
 */
function patchRow(
  xml: string,
  el: Span,
  row: number,
  missingR: boolean,
  edits: Map<number, CellEdit>,
  resolveStyle: StyleResolver,
  prefix: string,
  orphans: Orphans,
  seen: { formulaRemoved: boolean },
  out: TextSink,
  own: (text: string) => void,
): void {
  let open = xml.slice(el.start, el.tagEnd);
  const selfClosing = open.endsWith("/>");
  if (selfClosing) open = `${open.slice(0, -2)}>`;
  const bodyEnd = selfClosing ? el.tagEnd : el.end - `</${prefix}row>`.length;
  // Our cells may lie outside the row's span hint; Excel recomputes it.
  if (open.includes("spans")) open = setAttr(open, "spans", null);
  if (missingR) open = setAttr(open, "r", String(row + 1));
  const cols: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const texts: (string | undefined)[] = []; // new text of a cell, by index
  const cellOpen = `<${prefix}c`;
  const cellClose = `</${prefix}c>`;
  let sorted = true;
  let col = -1;
  let between = "";
  let pos = el.tagEnd;
  for (
    const c: Span = { start: 0, tagEnd: 0, end: 0 };
    nextElement(xml, cellOpen, cellClose, pos, bodyEnd, c);
    pos = c.end
  ) {
    if (c.start > pos) between += xml.slice(pos, c.start);
    const refStart = attrStart(xml, "r", c.start, c.tagEnd);
    const refEnd = refStart < 0 ? -1 : xml.indexOf(xml[refStart - 1], refStart);
    const at = refEnd > refStart ? cellRefColumn(xml, refStart, refEnd) : -1;
    const previous = col;
    col = at >= 0 ? at : col + 1;
    if (col <= previous) sorted = false;
    // A cell without "r" gets one: positions of later cells may change.
    if (refEnd <= refStart) texts[cols.length] = setAttr(xml.slice(c.start, c.end), "r", cellName(row, col));
    cols.push(col);
    starts.push(c.start);
    ends.push(c.end);
  }
  const rest = between + xml.slice(pos, bodyEnd); // whitespace or row-level extensions, kept after the cells
  const n = cols.length;
  // Cell indexes in column order (file order unless the file's row is out of order).
  const order = sorted ? null : cols.map((_, i) => i).sort((a, b) => cols[a] - cols[b]);
  const at = (j: number) => (order ? order[j] : j);
  // The cell of a column: the last of that column, should a damaged row name one twice.
  let byCol: Map<number, number> | null = null;
  const indexOf = (c: number): number => {
    if (!sorted) {
      byCol ??= new Map(cols.map((c, i) => [c, i]));
      return byCol.get(c) ?? -1;
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cols[mid] <= c) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && cols[lo - 1] === c ? lo - 1 : -1;
  };
  // Rendered in the plan's order (new cell formats are numbered in it); new cells kept apart.
  const added: { col: number; xml: string }[] = [];
  edits.forEach((edit, c) => {
    const i = indexOf(c);
    if (i < 0) {
      added.push({ col: c, xml: renderCell(undefined, row, c, edit, resolveStyle, prefix) });
      return;
    }
    const existing = texts[i] ?? xml.slice(starts[i], ends[i]);
    if (edit.content || edit.cleared) noteMaster(existing, row, c, orphans, prefix);
    if (edit.content?.kind !== "formula" && (edit.content || edit.cleared) && formulaElement(existing, prefix))
      seen.formulaRemoved = true;
    texts[i] = renderCell(existing, row, c, edit, resolveStyle, prefix);
  });
  if (orphans.size > 0)
    for (let i = 0; i < n; i++)
      if (!edits.has(cols[i])) {
        const cell = texts[i] ?? xml.slice(starts[i], ends[i]);
        const rewritten = ownFormula(cell, row, cols[i], orphans, prefix);
        if (rewritten !== cell) texts[i] = rewritten;
      }
  sortedShort(added, (a, b) => a.col - b.col);
  own(open);
  let runStart = 0;
  let runEnd = -1; // a run of cells copied as they are: xml[runStart, runEnd)
  let a = 0;
  for (let j = 0; j < n; j++) {
    const i = at(j);
    if (a < added.length && added[a].col < cols[i]) {
      own(xml.slice(runStart, Math.max(runStart, runEnd)));
      runEnd = -1;
      while (a < added.length && added[a].col < cols[i]) out.text(added[a++].xml);
    }
    const text = texts[i];
    if (text === undefined && starts[i] === runEnd) runEnd = ends[i];
    else {
      own(xml.slice(runStart, Math.max(runStart, runEnd)));
      if (text === undefined) {
        runStart = starts[i];
        runEnd = ends[i];
      } else {
        out.text(text);
        runEnd = -1;
      }
    }
  }
  own(xml.slice(runStart, Math.max(runStart, runEnd)));
  while (a < added.length) out.text(added[a++].xml);
  own(`${rest}</${prefix}row>`);
}

const hasChange = (s: StyleChange) => !!(s.reset || s.numberFormat !== undefined || s.bold || s.fill || s.undo);

/** The format index of a cell's text (its "s", 0 when it has none). */
function styleOf(cell: string): number {
  const raw = attrValue(cell, "s", 0, startTagEnd(cell, 1, cell.length));
  if (raw === null) return 0;
  return Number(raw.includes("&") ? unescapeXml(raw) : raw);
}

/** Type and cached value of a formula cell, or of a cell given a number or boolean. */
function cachedType(v: PlainValue): string {
  if (v === null || v === "" || (typeof v === "number" && Number.isFinite(v))) return "";
  return typeof v === "boolean" ? ' t="b"' : ' t="str"';
}

function cachedValue(v: PlainValue, p: string): string {
  if (v === null || v === "") return "";
  if (typeof v === "number" && Number.isFinite(v)) return `<${p}v>${v}</${p}v>`;
  if (typeof v === "boolean") return `<${p}v>${v ? 1 : 0}</${p}v>`;
  return `<${p}v>${encodeXstring(String(v))}</${p}v>`;
}

function renderCell(
  existing: string | undefined,
  row: number,
  col: number,
  edit: CellEdit,
  resolveStyle: StyleResolver,
  prefix: string,
): string {
  const base = edit.cleared || !existing ? 0 : styleOf(existing);
  const style = hasChange(edit.style) ? resolveStyle(base, edit.style) : base;
  const ref = cellName(row, col);
  const s = style ? ` s="${style}"` : "";
  if (!edit.content) {
    if (existing && !edit.cleared) return setAttr(existing, "s", style ? String(style) : null);
    return style ? `<${prefix}c r="${ref}"${s}/>` : "";
  }
  const p = prefix;
  const { value } = edit.content;
  // Our functions go in as the add-in types them (PERF.STATUS), not as Excel saves them (_xldudf_PERF_STATUS): Excel
  // binds only the saved form on open (docs/architecture.md#our-functions-in-a-written-file), but WPS's add-in
  // registers PERF.STATUS and nothing says WPS reads the other. Both are read back (read.ts, ourFunctionsNamed).
  if (edit.content.kind === "formula")
    return `<${p}c r="${ref}"${s}${cachedType(value)}><${p}f>${escapeText(edit.content.formula)}</${p}f>${cachedValue(value, p)}</${p}c>`;
  // An empty text empties the cell, as it does when typed or set through Office.js.
  if (value === null || value === "") return style ? `<${p}c r="${ref}"${s}/>` : "";
  if (typeof value === "string")
    return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${encodeXstring(value)}</${p}t></${p}is></${p}c>`;
  return `<${p}c r="${ref}"${s}${cachedType(value)}>${cachedValue(value, p)}</${p}c>`;
}
