/**
 * The styles part, extended (never rewritten) with the cell formats and highlight formats a plan needs:
 * new fonts, fills, number formats, cell formats (cellXfs) and differential formats (dxfs) are appended;
 * every existing entry keeps its index and its text, so every cell of the user's keeps its look.
 */
import { say } from "../../core/locale/messages";
import { ourStill, type CellStyle } from "../../core/plan/types";
import { escapeXml } from "./parts";
import {
  childOrNew,
  findChild,
  joinDoc,
  setAttr,
  splitDoc,
  tagAttrs,
  trailingWhitespace,
  type XmlDoc,
} from "./xmlEdit";
import { UnreadableWorkbookError } from "./zip";

/** CT_Stylesheet's sequence (ECMA-376 Part 1, 18.8.39). */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;

/** What a cell of ours looks like, on top of the format it had. */
export interface StyleChange {
  /** Start from the default format (after a clear) instead of the cell's own. */
  reset?: boolean;
  numberFormat?: string;
  bold?: boolean;
  /** Solid fill, 6-digit hex. */
  fill?: string;
  /** Our look to take off where the format still has it (a solid fill of that colour, bold): see PlanOp "clear". */
  undo?: CellStyle;
}

export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Built-in format ids whose code is the same in every locale (ECMA-376 Part 1, 18.8.30). */
const BUILTIN_IDS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/**
 * Cell formats a workbook may hold: "Office requires that the combined quantity of xf records inside cellXfs and
 * non-built-in xf records inside CellStyleXfs must not exceed 65430 elements" (MS-OI29500 2.1.700). A file past it
 * opens with Excel's repair prompt, which takes cell formats away: a workbook near it whose copy would need formats
 * of ours beyond it gets no copy (toXml), as one with a locked structure.
 */
export const CELL_FORMAT_LIMIT = 65_430;

/** A list element (<fonts>, <cellXfs> …) split into its entries, with new ones appended on save. */
class List {
  readonly doc: XmlDoc;
  readonly added: string[] = [];
  constructor(xml: string) {
    this.doc = splitDoc(xml);
  }
  get size(): number {
    return this.doc.children.length + this.added.length;
  }
  entry(i: number): string | undefined {
    return i < this.doc.children.length ? this.doc.children[i].xml.trim() : this.added[i - this.doc.children.length];
  }
  /** Index of an entry with exactly this text (so a second run reuses what the first one added), else a new one. */
  add(xml: string): number {
    for (let i = 0; i < this.size; i++) if (this.entry(i) === xml) return i;
    this.added.push(xml);
    return this.size - 1;
  }
  toXml(): string {
    const doc = { ...this.doc, children: [...this.doc.children, ...this.added.map((xml) => ({ name: "", xml }))] };
    doc.head = setAttr(doc.head, "count", String(this.size));
    return joinDoc(doc);
  }
}

/**
 * The order Excel requires of a font's children (MS-OI29500 2.1.706: the standard allows any order, "Excel requires
 * the child elements to be in the following sequence"; the Open XML SDK's validator holds files to it). The bold
 * font we derive from a cell's own is written in it, whatever order the file's font was in.
 */
const FONT_CHILDREN = "b i strike condense extend outline shadow u vertAlign sz color name family charset scheme".split(
  " ",
);
const fontChildRank = (name: string) => {
  const i = FONT_CHILDREN.indexOf(name);
  return i < 0 ? FONT_CHILDREN.length : i;
};

export class StylesEditor {
  private readonly doc: XmlDoc;
  private readonly lists = new Map<string, List>();
  private readonly xfCache = new Map<string, number>();
  private readonly dxfCache = new Map<string, number>();
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmtId = 164;
  private changed = false;

  /** `source`: the part's text, or the part already split (parts.ts partDoc). */
  constructor(source: string | XmlDoc) {
    this.doc = typeof source === "string" ? splitDoc(source) : source;
    const numFmts = this.list("numFmts");
    for (let i = 0; i < numFmts.size; i++) {
      const a = tagAttrs(numFmts.entry(i) ?? "");
      const id = Number(a.numFmtId);
      if (a.formatCode !== undefined && !this.numFmtIds.has(a.formatCode)) this.numFmtIds.set(a.formatCode, id);
      this.nextNumFmtId = Math.max(this.nextNumFmtId, id + 1);
    }
  }

  /** The list element `name`, created empty where the schema wants it when the part has none. */
  private list(name: (typeof ORDER)[number]): List {
    let list = this.lists.get(name);
    if (list) return list;
    list = new List(childOrNew(this.doc, name, ORDER, `<${this.doc.prefix}${name} count="0"/>`).xml);
    this.lists.set(name, list);
    return list;
  }

  /** Index of a cell format: the format `base` with `change` applied (the same change gives the same index). */
  cellFormat(base: number, change: StyleChange): number {
    const from = change.reset ? 0 : base;
    const undo = change.undo ? `${change.undo.bold ? 1 : 0}${change.undo.fill ?? ""}` : "";
    const key = `${from}|${change.numberFormat ?? ""}|${change.bold ? 1 : 0}|${change.fill ?? ""}|${undo}`;
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const xfs = this.list("cellXfs");
    let xf =
      xfs.entry(from) ??
      xfs.entry(0) ??
      `<${this.doc.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const attrs = tagAttrs(xf);
    if (change.undo) {
      const still = ourStill(
        change.undo,
        this.solidColour(Number(attrs.fillId ?? 0)),
        this.isBold(Number(attrs.fontId ?? 0)),
      );
      if (still.fill) xf = setAttr(xf, "fillId", "0");
      if (still.bold) xf = setAttr(xf, "fontId", String(this.plainFont(Number(attrs.fontId ?? 0))));
    }
    if (change.numberFormat !== undefined) {
      xf = setAttr(xf, "numFmtId", String(this.numFmt(change.numberFormat)));
      xf = setAttr(xf, "applyNumberFormat", "1");
    }
    if (change.bold) {
      xf = setAttr(xf, "fontId", String(this.boldFont(Number(attrs.fontId ?? 0))));
      xf = setAttr(xf, "applyFont", "1");
    }
    if (change.fill) {
      xf = setAttr(xf, "fillId", String(this.solidFill(change.fill)));
      xf = setAttr(xf, "applyFill", "1");
    }
    const added = xfs.added.length;
    const index = xf === xfs.entry(from) ? from : xfs.add(xf);
    this.xfCache.set(key, index);
    this.changed ||= xfs.added.length > added;
    return index;
  }

  /** Differential format of a highlight (font colour + fill), for conditional formats. */
  highlight(fill: string, font: string): number {
    const key = `${fill}|${font}`;
    const cached = this.dxfCache.get(key);
    if (cached !== undefined) return cached;
    const p = this.doc.prefix;
    const dxfs = this.list("dxfs");
    const added = dxfs.added.length;
    const index = dxfs.add(
      `<${p}dxf><${p}font><${p}color rgb="FF${font}"/></${p}font><${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="FF${fill}"/></${p}patternFill></${p}fill></${p}dxf>`,
    );
    this.dxfCache.set(key, index);
    this.changed ||= dxfs.added.length > added;
    return index;
  }

  private numFmt(code: string): number {
    const known = this.numFmtIds.get(code) ?? BUILTIN_IDS[code];
    if (known !== undefined) return known;
    const id = this.nextNumFmtId++;
    const p = this.doc.prefix;
    this.list("numFmts").add(`<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    this.numFmtIds.set(code, id);
    this.changed = true;
    return id;
  }

  private font(fontId: number): string {
    const fonts = this.list("fonts");
    return fonts.entry(fontId) ?? fonts.entry(0) ?? `<${this.doc.prefix}font/>`;
  }

  private isBold(fontId: number): boolean {
    const font = this.font(fontId);
    return /<(\w+:)?b(\s[^>]*)?\/>/.test(font) && !/<(\w+:)?b\s+val="(0|false)"/.test(font);
  }

  private boldFont(fontId: number): number {
    if (this.isBold(fontId)) return fontId;
    const doc = splitDoc(this.font(fontId));
    const children = doc.children.filter((c) => c.name !== "b"); // <b val="0"/> too
    children.push({ name: "b", xml: `<${doc.prefix}b/>` });
    children.sort((x, y) => fontChildRank(x.name) - fontChildRank(y.name)); // stable: unknown ones keep their order
    return this.list("fonts").add(joinDoc({ ...doc, children }));
  }

  /** The font without bold, all else kept. */
  private plainFont(fontId: number): number {
    const doc = splitDoc(this.font(fontId));
    return this.list("fonts").add(joinDoc({ ...doc, children: doc.children.filter((c) => c.name !== "b") }));
  }

  /** The colour (ARGB as written) of a solid fill given by its rgb, or null (none, a pattern, a theme colour). */
  private solidColour(fillId: number): string | null {
    const fill = this.list("fills").entry(fillId) ?? "";
    if (!/patternType="solid"/.test(fill)) return null;
    return /<(\w+:)?fgColor\s[^>]*\brgb="([0-9A-Fa-f]{6,8})"/.exec(fill)?.[2] ?? null;
  }

  private solidFill(rgb: string): number {
    const p = this.doc.prefix;
    return this.list("fills").add(
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
  }

  /** The cell format records counted against CELL_FORMAT_LIMIT: cellXfs, and cellStyleXfs no built-in style names. */
  private cellFormatCount(): number {
    // Lists we never add to, read as they are (list() would put an empty one into a part that lacks it).
    const existing = (name: string) => {
      const child = findChild(this.doc, name);
      return child ? new List(child.xml) : null;
    };
    const builtIn = new Set<number>();
    const styles = existing("cellStyles");
    for (let i = 0; styles && i < styles.size; i++) {
      const a = tagAttrs(styles.entry(i) ?? "");
      if (a.builtinId !== undefined && a.xfId !== undefined) builtIn.add(Number(a.xfId));
    }
    const styleXfs = existing("cellStyleXfs")?.size ?? 0;
    let own = styleXfs;
    for (const id of builtIn) if (id >= 0 && id < styleXfs) own--;
    return this.list("cellXfs").size + own;
  }

  /**
   * The part's new text, or null when nothing was added (the part stays byte-identical). Throws (one line, no copy)
   * when formats of ours would take the workbook past CELL_FORMAT_LIMIT.
   */
  toXml(): string | null {
    if (!this.changed) return null;
    const added = this.lists.get("cellXfs")?.added.length ?? 0;
    const count = added > 0 ? this.cellFormatCount() : 0;
    if (count > CELL_FORMAT_LIMIT)
      throw new UnreadableWorkbookError(
        say("file.too-many-formats", { formats: count - added, added, limit: CELL_FORMAT_LIMIT }),
      );
    for (const [name, list] of this.lists) {
      if (!list.added.length) continue;
      const child = findChild(this.doc, name) as { xml: string };
      const trailing = trailingWhitespace(child.xml);
      child.xml = list.toXml().trimEnd() + trailing;
    }
    return joinDoc(this.doc);
  }
}
