/**
 * The checked copy: the plan applied by patching the package, not by rewriting it. Parts the plan has no
 * reason to touch (charts, pivots, VBA, media, tables, theme, custom XML, external links, printer settings,
 * drawings, shared strings) keep their exact bytes; workbook.xml keeps every defined name's text and scope;
 * the parts that change (the sheets written to, styles, comments) are edited in place (xmlEdit.ts), and new
 * parts take names no part of the package has. Browser-safe.
 */
import { fileColumnWidth } from "../../core/plan/columnWidth";
import { parseA1Range, parseA1Ranges, quoteSheetName, rangesToA1 } from "../../core/a1";
import { rulesToRemove, SheetLooks } from "../../core/plan/ourRules";
import type { PlainValue, Plan, PlanOp, PlannedRule } from "../../core/plan/types";
import type { CellRange } from "../../core/types";
import { escapeRegExp } from "../../core/regExp";
import { say, WordedError } from "../../core/locale/messages";
import {
  anchorNamed,
  chartXml,
  drawingAnchorXml,
  drawingNames,
  isOurChartPart,
  keptChartXml,
  type ChartOp,
} from "./chart";
import { patchNotes, type NoteOp } from "./notes";
import {
  damagedPart,
  escapeText,
  escapeXml,
  NS_R,
  parsePartText,
  partDoc,
  partIgnoringCase,
  readRels,
  relsPathOf,
  REL_WORKSHEET,
  resolveTarget,
  workbookMap,
  type Relationship,
  type WorkbookMap,
} from "./parts";
import { patchSheetData, type CellEdit } from "./sheetData";
import { EMPTY_STYLES, StylesEditor, type StyleChange } from "./styles";
import { readValidation, validationOf, ValidationList } from "./validations";
import {
  childOrNew,
  elementPrefix,
  findChild,
  insertChild,
  joinDoc,
  rootPrefix,
  setAttr,
  splitDoc,
  tagAttrs,
  trailingWhitespace,
  unescapeXml,
  Utf8Writer,
  writeDoc,
  type XmlDoc,
} from "./xmlEdit";
import {
  concat,
  openPackage,
  packPackage,
  partText,
  setPartBytes,
  setPartText,
  UnreadableWorkbookError,
  type Package,
} from "./zip";

/** CT_Worksheet's sequence (ECMA-376 Part 1, 18.3.1.99). */
const SHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

/** CT_Workbook's sequence (18.2.27). */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const CT = {
  sheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
const REL = {
  styles: `${NS_R}/styles`,
  comments: `${NS_R}/comments`,
  vml: `${NS_R}/vmlDrawing`,
  drawing: `${NS_R}/drawing`,
  chart: `${NS_R}/chart`,
  calcChain: `${NS_R}/calcChain`,
  revisionHeaders: `${NS_R}/revisionHeaders`,
};

const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

type CfOp =
  | { add: true; ranges: CellRange[]; formula: string; fill: string; font: string }
  | { add: false; ranges: CellRange[]; formula: string; planned?: PlannedRule[] };
type DvOp = { range: CellRange; list: string[] | null };
type RemoveChartOp = Extract<PlanOp, { op: "removeChart" }>;

type SheetOp = Exclude<PlanOp, { op: "addSheet" | "deleteSheet" | "defineName" | "removeName" | "recalculateOnOpen" }>;

const WORKBOOK_OPS = new Set<PlanOp["op"]>([
  "addSheet",
  "deleteSheet",
  "defineName",
  "removeName",
  "recalculateOnOpen",
]);
const isSheetOp = (op: PlanOp): op is SheetOp => !WORKBOOK_OPS.has(op.op);
const sheetOf = (op: SheetOp): string => ("cell" in op ? op.cell.sheet : op.sheet);

/** Everything the plan does to one sheet, in plan order. */
class SheetEdits {
  readonly cells = new Map<number, Map<number, CellEdit>>();
  readonly notes: NoteOp[] = [];
  readonly cf: CfOp[] = [];
  readonly dv: DvOp[] = [];
  /** File widths by column; `ifStandard`: only where no `<col>` gives the column a width (PlanOp columnWidth). */
  readonly widths = new Map<number, { width: number; ifStandard: boolean }>();
  /** Charts to add (a chart of the same name goes first) and names of charts to remove, in plan order. */
  readonly charts: (ChartOp | RemoveChartOp)[] = [];

  constructor(ops: SheetOp[]) {
    for (const op of ops) this.op(op);
  }

  cell(row: number, col: number): CellEdit {
    let r = this.cells.get(row);
    if (!r) this.cells.set(row, (r = new Map()));
    let c = r.get(col);
    if (!c) r.set(col, (c = { style: {} }));
    return c;
  }

  forRange(range: CellRange, fn: (edit: CellEdit, row: number, col: number) => void): void {
    for (let row = range.top; row <= range.bottom; row++)
      for (let col = range.left; col <= range.right; col++) fn(this.cell(row, col), row, col);
  }

  private op(op: SheetOp): void {
    switch (op.op) {
      case "setValue":
      case "setFormula": {
        const edit = this.cell(op.cell.row, op.cell.col);
        edit.content =
          op.op === "setValue"
            ? { kind: "value", value: op.value }
            : { kind: "formula", formula: op.formula, value: op.value };
        if (op.style) applyStyle(edit.style, op.style);
        return;
      }
      case "setNumberFormat":
        this.cell(op.cell.row, op.cell.col).style.numberFormat = op.format;
        return;
      case "fill":
        this.forRange(op.range, (edit) => (edit.style.fill = op.color));
        return;
      case "note":
        this.notes.push({ row: op.cell.row, col: op.cell.col, text: op.text });
        return;
      case "conditionalFormat":
        this.cf.push({
          add: true,
          ranges: op.ranges,
          formula: op.formula,
          fill: op.highlight.fill,
          font: op.highlight.font,
        });
        return;
      case "removeConditionalFormat":
        this.cf.push({ add: false, ranges: op.ranges, formula: op.formula, planned: op.planned });
        return;
      case "validationList":
        this.dv.push({ range: op.range, list: op.list });
        return;
      case "removeValidation":
        this.dv.push({ range: op.range, list: null });
        return;
      // The copy reads every series' source: a plan for it never leaves one in doubt (summary.ts holdsTheirSeries).
      case "removeChartIfEmptied":
        return;
      case "chart":
      case "removeChart": {
        const i = this.charts.findIndex((c) => c.name === op.name);
        if (i >= 0) this.charts.splice(i, 1);
        this.charts.push(op);
        return;
      }
      case "columnWidth":
        // characters + the cell padding
        this.widths.set(op.col, { width: fileColumnWidth(op.width), ifStandard: op.ifStandard === true });
        return;
      case "clear":
        this.forRange(op.range, (edit) => {
          edit.content = { kind: "value", value: null };
          if (op.keepLook) return; // the cell keeps its style
          if (op.ourLook) return void (edit.style = { undo: op.ourLook }); // only our look goes, the user's stays
          edit.cleared = true;
          edit.style = { reset: true };
        });
        return; // its drop-down list stays (PlanOp "clear"): ours go by removeValidation
      default:
        assertNever(op);
    }
  }
}

/** The copy: `source` (the original bytes, or the package read from them) with the plan applied. */
export function writeCheckedCopy(source: Uint8Array | ArrayBuffer | Package, plan: Plan): Uint8Array {
  return concat(writeCheckedCopyChunks(source, plan));
}

/** The same copy as zip pieces to write one after another (packPackage). */
export function writeCheckedCopyChunks(source: Uint8Array | ArrayBuffer | Package, plan: Plan): Uint8Array[] {
  const original =
    source instanceof Uint8Array
      ? openPackage(source)
      : source instanceof ArrayBuffer
        ? openPackage(new Uint8Array(source))
        : source;
  const map = workbookMap(original); // parses the workbook part and its relationships, as the reader did
  refuseLockedStructure(map, plan);
  refuseSharedWorkbook(map, plan);
  const pkg: Package = { ...original, parts: new Map(original.parts) }; // the source package stays as it was read
  new Writer(pkg, map).apply(plan.ops);
  return packPackage(pkg);
}

/**
 * A workbook whose structure is locked gets no sheet added or deleted (our summary, our record): no copy, one line.
 * Writing the cells without our record would leave the next check unable to tell our cells from the clerk's. (A
 * protected sheet needs nothing here: the plan writes nothing into it, core/plan/context.ts push.)
 */
function refuseLockedStructure(map: WorkbookMap, plan: Plan): void {
  if (!map.lockedStructure) return;
  const names = new Set(map.sheets.map((s) => s.name));
  const changes = plan.ops.some(
    (op) => (op.op === "addSheet" && !names.has(op.sheet)) || (op.op === "deleteSheet" && names.has(op.sheet)),
  );
  if (changes) throw new UnreadableWorkbookError(say("file.locked-structure", {}));
}

/**
 * A legacy shared workbook (审阅 → 共享工作簿, or 修订 on) keeps a revision log: its headers part lists, per editing
 * session, the sheets revisions may be made on (ECMA-376 Part 1, “Shared Workbook Revision Headers Part”: “worksheets
 * added and rearranged in each session”; sheetIdMap). Excel refuses once a workbook is shared what every check adds:
 * “The following features can't be changed after a workbook is shared: merged cells, conditional formats, data
 * validation, charts, …” (office.microsoft.com/en-gb/help/HP052622941033.aspx). A copy holding them, and sheets no
 * header lists, is one Excel itself could never have saved: no copy, one line (stop sharing it, then check).
 */
function refuseSharedWorkbook(map: WorkbookMap, plan: Plan): void {
  if (plan.ops.length > 0 && map.rels.some((r) => r.type === REL.revisionHeaders))
    throw new UnreadableWorkbookError(say("file.shared-workbook", {}));
}

class Writer {
  private readonly workbook: XmlDoc;
  private readonly workbookRels: XmlDoc;
  private readonly types: XmlDoc;
  private workbookChanged = false;
  /** A formula cell was given a value or cleared, or a sheet deleted: the calculation chain names cells it no longer should. */
  private readonly formulas = { formulaRemoved: false };
  private styles: StylesEditor | null = null;
  /** Extensions [Content_Types].xml has a Default for (looked up once per sheet given notes). */
  private defaultTypes: Set<string> | null = null;
  private stylesPart: string | null = null;
  /** Every sheet's bytes are written through this one buffer. */
  private readonly utf8 = new Utf8Writer();

  /** `map`: the package's, read for this writer alone (it follows the sheets added and deleted). */
  constructor(
    private readonly pkg: Package,
    private readonly map: WorkbookMap,
  ) {
    this.workbook = partDoc(pkg, { part: this.map.workbookPart, root: "workbook" }) as XmlDoc; // workbookMap found it
    // The reader's parser reads past a quote out of place (`appName="xl</sheetData> lastEdited="5"`), this one may
    // not: sheets are added and deleted in <sheets>, so a workbook part where it is not found is damaged.
    if (!findChild(this.workbook, "sheets")) throw damagedPart({ part: this.map.workbookPart, root: "sheets" });
    this.workbookRels =
      partDoc(pkg, { part: relsPathOf(this.map.workbookPart), root: "Relationships" }) ?? splitDoc(EMPTY_RELS);
    // The reader parsed it; a package written without reading first has it checked for shape here.
    this.types = partDoc(pkg, CONTENT_TYPES) ?? throwing(damagedPart(CONTENT_TYPES, { missing: true }));
  }

  /**
   * Workbook-level operations are carried out in plan order; the rest are grouped by sheet (in the order
   * sheets are first edited, which numbers any new parts) and each sheet is patched from its group alone,
   * so one sheet's edits are built, written and dropped before the next sheet's are built.
   */
  apply(ops: PlanOp[]): void {
    const bySheet = new Map<string, SheetOp[]>();
    for (const op of ops) {
      if (isSheetOp(op)) {
        const sheet = sheetOf(op);
        const group = bySheet.get(sheet);
        if (group) group.push(op);
        else bySheet.set(sheet, [op]);
      } else if (op.op === "deleteSheet") {
        if (this.deleteSheet(op.sheet)) bySheet.delete(op.sheet); // its edits so far go with it
      } else this.workbookOp(op);
    }
    this.flush(bySheet);
  }

  private workbookOp(op: Exclude<PlanOp, SheetOp | { op: "deleteSheet" }>): void {
    switch (op.op) {
      case "addSheet":
        if (!this.map.sheets.some((s) => s.name === op.sheet)) this.addSheet(op.sheet, op.visibility);
        return;
      case "defineName":
        this.setName(op.name, `${quoteSheetName(op.cell.sheet)}!$${cellCol(op.cell.col)}$${op.cell.row + 1}`);
        return;
      case "removeName":
        this.setName(op.name, null);
        return;
      case "recalculateOnOpen":
        this.calculateOnOpen();
        return;
      default:
        assertNever(op);
    }
  }

  // ───────────────────────────── workbook-level edits ─────────────────────────────

  /** Where the search for a free name of each pattern goes on (a name found taken stays taken). */
  private readonly searchedUpTo = new Map<string, number>();

  /** A name no part has, ignoring case: xl/worksheets/sheet1.xml beside the user's Sheet1.xml is the same part ([M1.12]). */
  private freePart(pattern: (n: number) => string): string {
    const key = pattern(0);
    for (let n = this.searchedUpTo.get(key) ?? 1; ; n++)
      if (!partIgnoringCase(this.pkg, pattern(n))) {
        this.searchedUpTo.set(key, n);
        return pattern(n);
      }
  }

  private addContentType(part: string, type: string): void {
    this.types.children.push({ name: "Override", xml: `<Override PartName="/${part}" ContentType="${type}"/>` });
  }

  private addDefaultType(extension: string, type: string): void {
    this.defaultTypes ??= new Set(
      this.types.children
        .filter((c) => c.name === "Default")
        .map((c) => tagAttrs(c.xml).Extension?.toLowerCase() ?? ""),
    );
    if (this.defaultTypes.has(extension)) return;
    this.defaultTypes.add(extension);
    this.types.children.unshift({ name: "Default", xml: `<Default Extension="${extension}" ContentType="${type}"/>` });
  }

  /**
   * The largest rIdN of a relationships part's children as addRel last left them. Children are only ever appended in
   * place (addRel) or the list replaced (a filter), so the same list of the same length has the same largest: the
   * workbook's 1,000-odd relationships are read once, not again for each part added.
   */
  private readonly largestRid = new WeakMap<XmlDoc, { children: XmlDoc["children"]; length: number; max: number }>();

  private addRel(doc: XmlDoc, type: string, target: string): string {
    const known = this.largestRid.get(doc);
    let max = 0;
    if (known && known.children === doc.children && known.length === doc.children.length) max = known.max;
    else
      for (const c of doc.children) {
        const id = /^rId(\d+)$/.exec(tagAttrs(c.xml).Id ?? "");
        if (id) max = Math.max(max, Number(id[1]));
      }
    const id = `rId${max + 1}`;
    doc.children.push({
      name: "Relationship",
      xml: `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`,
    });
    this.largestRid.set(doc, { children: doc.children, length: doc.children.length, max: max + 1 });
    return id;
  }

  private addSheet(name: string, visibility: "visible" | "veryHidden"): void {
    const part = this.freePart((n) => `xl/worksheets/sheet${n}.xml`);
    setPartText(
      this.pkg,
      part,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${NS_R}"><sheetData/></worksheet>`,
    );
    const rid = this.addRel(this.workbookRels, REL_WORKSHEET, relativeTarget(this.map.workbookPart, part));
    this.addContentType(part, CT.sheet);
    const sheetId = Math.max(0, ...this.map.sheets.map((s) => s.sheetId).filter(Number.isFinite)) + 1;
    const sheets = findChild(this.workbook, "sheets") as { xml: string };
    const p = this.workbook.prefix;
    const r = rootPrefix(this.workbook, NS_R, "r");
    const state = visibility === "veryHidden" ? ' state="veryHidden"' : "";
    sheets.xml = sheets.xml.replace(
      new RegExp(`</${p}sheets>`),
      `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${state} ${r}id="${rid}"/></${p}sheets>`,
    );
    this.map.sheets.push({ name, sheetId, rid, part, state: visibility });
    this.workbookChanged = true;
  }

  /** Only sheets the add-in created are ever deleted; their parts go with them. */
  private deleteSheet(name: string): boolean {
    const index = this.map.sheets.findIndex((s) => s.name === name);
    if (index < 0) return false;
    const entry = this.map.sheets[index];
    this.map.sheets.splice(index, 1);
    const sheets = findChild(this.workbook, "sheets") as { xml: string };
    const doc = splitDoc(sheets.xml);
    doc.children = doc.children.filter((c) => tagAttrs(c.xml).name !== name || c.name !== "sheet");
    sheets.xml = joinDoc(doc);
    // Names scoped to later sheets move down one; names scoped to this one go.
    const names = findChild(this.workbook, "definedNames");
    if (names) {
      const nd = splitDoc(names.xml);
      nd.children = nd.children
        .filter((c) => tagAttrs(c.xml).localSheetId !== String(index))
        .map((c) => {
          const local = tagAttrs(c.xml).localSheetId;
          return local !== undefined && Number(local) > index
            ? { ...c, xml: setAttr(c.xml, "localSheetId", String(Number(local) - 1)) }
            : c;
        });
      names.xml = joinDoc(nd);
    }
    const views = findChild(this.workbook, "bookViews");
    if (views) {
      const vd = splitDoc(views.xml);
      vd.children = vd.children.map((c) => {
        const tab = Number(tagAttrs(c.xml).activeTab ?? 0);
        return tab >= index && tab > 0 ? { ...c, xml: setAttr(c.xml, "activeTab", String(tab - 1)) } : c;
      });
      views.xml = joinDoc(vd);
    }
    this.workbookRels.children = this.workbookRels.children.filter((c) => tagAttrs(c.xml).Id !== entry.rid);
    if (entry.part) this.removePart(entry.part);
    this.workbookChanged = true;
    this.formulas.formulaRemoved = true;
    return true;
  }

  /**
   * The calculation chain (xl/calcChain.xml, ECMA-376 Part 1 §18.6: the order Excel last calculated the formula cells in)
   * goes once a formula it names is gone: Excel reports such a file as damaged ("Removed Records: Formula from
   * /xl/calcChain.xml part") — a formulas-mode copy saved by Excel, then checked here in values mode. The Open XML SDK
   * team relays the Excel team's advice to remove the part (dotnet/Open-XML-SDK #1491); Excel builds it anew on opening.
   */
  private dropCalcChain(): void {
    const rels = readRelsFromDoc(this.pkg, this.map.workbookPart, this.workbookRels).filter(
      (r) => r.type === REL.calcChain,
    );
    if (rels.length === 0) return;
    const ids = new Set(rels.map((r) => r.id));
    this.workbookRels.children = this.workbookRels.children.filter((c) => !ids.has(tagAttrs(c.xml).Id ?? ""));
    for (const rel of rels) if (!rel.external) this.removePart(rel.target);
    this.workbookChanged = true;
  }

  /** Remove a part with its relationships and the parts only it used (its drawing, chart, notes). */
  private removePart(part: string): void {
    const rels = readRels(this.pkg, part);
    this.pkg.parts.delete(part);
    this.pkg.parts.delete(relsPathOf(part));
    this.types.children = this.types.children.filter((c) => tagAttrs(c.xml).PartName !== `/${part}`);
    for (const rel of rels)
      if (
        !rel.external &&
        [REL.drawing, REL.chart, REL.comments, REL.vml].includes(rel.type) &&
        !this.isReferenced(rel.target)
      )
        this.removePart(rel.target);
  }

  private isReferenced(part: string): boolean {
    for (const name of this.pkg.parts.keys())
      if (name.endsWith(".rels") && readRelsFile(this.pkg, name).some((r) => r.target === part)) return true;
    return false;
  }

  /**
   * calcPr fullCalcOnLoad (ECMA-376 Part 1 §18.2.2: "the application shall perform a full calculation when the
   * workbook is opened"): a formula of the clerk's reads a cell we wrote, and the file holds its result from before.
   * Excel otherwise recalculates on opening only a file another version calculated (openxlsx2 #428: a formula referring
   * to a cell the library changed "was not recalculated when loaded in Excel"). Excel clears the flag once it has
   * calculated. The rest of calcPr (calcId, a manual calcMode the clerk chose) stays.
   */
  private calculateOnOpen(): void {
    const p = this.workbook.prefix;
    const calc = findChild(this.workbook, "calcPr");
    if (calc) calc.xml = setAttr(calc.xml, "fullCalcOnLoad", "1");
    else insertChild(this.workbook, { name: "calcPr", xml: `<${p}calcPr fullCalcOnLoad="1"/>` }, WORKBOOK_ORDER);
    this.workbookChanged = true;
  }

  /** Workbook-scoped name: set to `formula`, or removed (null). Sheet-scoped names of the same name stay. */
  private setName(name: string, formula: string | null): void {
    const p = this.workbook.prefix;
    let names = findChild(this.workbook, "definedNames");
    if (!names) {
      if (formula === null) return;
      names = { name: "definedNames", xml: `<${p}definedNames></${p}definedNames>` };
      insertChild(this.workbook, names, WORKBOOK_ORDER);
    }
    const doc = splitDoc(names.xml);
    const isOurs = (xml: string) => {
      const a = tagAttrs(xml);
      return a.name?.toLowerCase() === name.toLowerCase() && a.localSheetId === undefined;
    };
    const before = doc.children.length;
    doc.children = doc.children.filter((c) => !isOurs(c.xml));
    if (formula !== null)
      doc.children.push({
        name: "definedName",
        xml: `<${p}definedName name="${escapeXml(name)}">${escapeText(formula)}</${p}definedName>`,
      });
    else if (doc.children.length === before) return;
    names.xml = doc.children.length ? joinDoc(doc) : "";
    if (!names.xml) this.workbook.children = this.workbook.children.filter((c) => c !== names);
    this.workbookChanged = true;
  }

  private stylesEditor(): StylesEditor {
    if (this.styles) return this.styles;
    const rel = this.map.rels.find((r) => r.type === REL.styles); // no styles part is added before this
    this.stylesPart = rel?.target ?? null;
    const doc = this.stylesPart ? partDoc(this.pkg, { part: this.stylesPart, root: "styleSheet" }) : null;
    this.styles = new StylesEditor(doc ?? EMPTY_STYLES);
    return this.styles;
  }

  // ───────────────────────────── sheet-level edits ─────────────────────────────

  private flush(bySheet: Map<string, SheetOp[]>): void {
    // Looked up once, not once per sheet edited: a workbook of 1,000 tables has 1,000 sheets to patch.
    const byName = new Map<string, WorkbookMap["sheets"][number]>();
    const vmlIdBlocks = new Map<string, number>();
    this.map.sheets.forEach((s, i) => {
      if (!byName.has(s.name)) byName.set(s.name, s);
      if (s.part && !vmlIdBlocks.has(s.part)) vmlIdBlocks.set(s.part, i + 1);
    });
    for (const [name, ops] of bySheet) {
      const entry = byName.get(name);
      if (!entry?.part) throw new WordedError(say("host.sheet-missing", { sheet: name }));
      this.patchSheet(entry.part, name, new SheetEdits(ops), vmlIdBlocks.get(entry.part) as number);
      bySheet.delete(name); // the group is done with
    }
    if (this.styles) {
      const text = this.styles.toXml();
      if (text !== null) {
        if (!this.stylesPart) {
          this.stylesPart = this.freePart((n) => `xl/styles${n === 1 ? "" : n}.xml`);
          this.addRel(this.workbookRels, REL.styles, relativeTarget(this.map.workbookPart, this.stylesPart));
          this.addContentType(this.stylesPart, CT.styles);
          this.workbookChanged = true;
        }
        setPartText(this.pkg, this.stylesPart, text);
      }
    }
    if (this.formulas.formulaRemoved) this.dropCalcChain();
    if (this.workbookChanged) {
      setPartText(this.pkg, this.map.workbookPart, joinDoc(this.workbook));
      setPartText(this.pkg, relsPathOf(this.map.workbookPart), joinDoc(this.workbookRels));
    }
    setPartTextIfChanged(this.pkg, "[Content_Types].xml", joinDoc(this.types));
  }

  /** `vmlIdBlock`: shape ids of the sheet's notes, a block of 1,024 per sheet (its position), as Excel numbers them. */
  private patchSheet(part: string, sheet: string, edits: SheetEdits, vmlIdBlock: number): void {
    // Parsed whole by the reader (a package written without reading first is checked for shape only).
    const doc = partDoc(this.pkg, { part, root: "worksheet", sheet }, { opaque: ["sheetData"] }) as XmlDoc; // in the map
    const p = doc.prefix;
    const relsPath = relsPathOf(part);
    let relsDoc: XmlDoc | null = null; // read only when notes or charts are added
    const relsOf = () => (relsDoc ??= relsDocOf(this.pkg, relsPath));
    let relsChanged = false;
    const rels = () => readRelsFromDoc(this.pkg, part, relsOf());
    const r = () => rootPrefix(doc, NS_R, "r");

    // Cells: spliced in as the part is written, below; the dimension grows to take them in.
    const sheetData = childOrNew(doc, "sheetData", SHEET_ORDER, `<${p}sheetData/>`);
    if (edits.cells.size) this.growDimension(doc, edits);

    if (edits.widths.size) this.patchCols(doc, edits.widths);
    if (edits.cf.length) this.patchConditionalFormats(doc, edits.cf);
    if (edits.dv.length) this.patchValidations(doc, edits.dv);

    if (edits.notes.length) {
      const commentsRel = rels().find((x) => x.type === REL.comments);
      // The boxes of notes live in the drawing <legacyDrawing> names (ECMA-376 Part 1 §18.3.1.51), never in the
      // header's and footer's pictures' (<legacyDrawingHF>, §18.3.1.49), a relationship of the same type.
      const legacy = findChild(doc, "legacyDrawing");
      const rPrefix = legacy && elementPrefix(doc, legacy.xml, NS_R);
      const legacyId = legacy && rPrefix ? tagAttrs(legacy.xml)[`${rPrefix}id`] : undefined;
      const vmlRel = legacyId === undefined ? undefined : rels().find((x) => x.type === REL.vml && x.id === legacyId);
      const result = patchNotes(
        commentsRel ? commentsText(this.pkg, commentsRel.target, sheet) : null,
        vmlRel ? vmlText(this.pkg, vmlRel.target, sheet) : null,
        edits.notes,
        vmlIdBlock,
      );
      if (result) {
        const commentsPart = commentsRel?.target ?? this.freePart((n) => `xl/comments${n}.xml`);
        setPartText(this.pkg, commentsPart, result.comments);
        if (!commentsRel) {
          this.addRel(relsOf(), REL.comments, relativeTarget(part, commentsPart));
          this.addContentType(commentsPart, CT.comments);
          relsChanged = true;
        }
        const vmlPart = vmlRel?.target ?? this.freePart((n) => `xl/drawings/vmlDrawing${n}.vml`);
        setPartText(this.pkg, vmlPart, result.vml);
        if (!vmlRel) {
          const id = this.addRel(relsOf(), REL.vml, relativeTarget(part, vmlPart));
          this.addDefaultType("vml", CT.vml);
          relsChanged = true;
          // Over the id it has, under the prefix it has: a second r:id beside an r2:id is one attribute twice.
          if (legacy) legacy.xml = setAttr(legacy.xml, `${rPrefix || r()}id`, id);
          else insertChild(doc, { name: "legacyDrawing", xml: `<${p}legacyDrawing ${r()}id="${id}"/>` }, SHEET_ORDER);
        }
      }
    }

    if (edits.charts.length) relsChanged = this.patchCharts(part, doc, relsOf(), edits, r) || relsChanged;

    // The part's bytes, its cells patched on the way (the formats they need are independent of the
    // conditional formats' highlights, so numbering them last changes nothing).
    const out = this.utf8.reset();
    writeDoc(doc, out, (child) => {
      if (child !== sheetData || !edits.cells.size) return false;
      const styles = this.stylesEditor();
      const trailing = trailingWhitespace(child.xml);
      const resolve = (base: number, change: StyleChange) => styles.cellFormat(base, change);
      patchSheetData(
        child.xml.slice(0, child.xml.length - trailing.length),
        edits.cells,
        resolve,
        p,
        out,
        this.formulas,
      );
      out.text(trailing);
      return true;
    });
    setPartBytes(this.pkg, part, out.bytes());
    if (relsChanged) setPartText(this.pkg, relsPath, joinDoc(relsOf()));
  }

  private growDimension(doc: XmlDoc, edits: SheetEdits): void {
    const dim = findChild(doc, "dimension");
    if (!dim) return;
    const range = parseA1Range(tagAttrs(dim.xml).ref ?? "");
    let [top, left, bottom, right] = range
      ? [range.top, range.left, range.bottom, range.right]
      : [Infinity, Infinity, -Infinity, -Infinity];
    // forEach, not for-of over entries: no [key, value] pair per cell.
    edits.cells.forEach((cols, row) =>
      cols.forEach((edit, col) => {
        if (edit.content?.value === null && edit.content.kind === "value") return;
        top = Math.min(top, row);
        left = Math.min(left, col);
        bottom = Math.max(bottom, row);
        right = Math.max(right, col);
      }),
    );
    if (top <= bottom) dim.xml = setAttr(dim.xml, "ref", rangesToA1([{ top, left, bottom, right }]));
  }

  private patchCols(doc: XmlDoc, widths: Map<number, { width: number; ifStandard: boolean }>): void {
    const p = doc.prefix;
    const cols = childOrNew(doc, "cols", SHEET_ORDER);
    const cd = splitDoc(cols.xml);
    type Col = { min: number; max: number; xml: string };
    let list: Col[] = cd.children.map((c) => {
      const a = tagAttrs(c.xml);
      return { min: Number(a.min), max: Number(a.max), xml: c.xml.trim() };
    });
    for (const [col0, { width, ifStandard }] of widths) {
      const col = col0 + 1;
      // A <col> with a width is a width someone gave the column (ECMA-376 Part 1 §18.3.1.13: without one the column
      // has the sheet's default width): ifStandard leaves it.
      if (ifStandard && list.some((c) => col >= c.min && col <= c.max && tagAttrs(c.xml).width !== undefined)) continue;
      const next: Col[] = [];
      let found = false;
      for (const c of list) {
        if (col < c.min || col > c.max) {
          next.push(c);
          continue;
        }
        found = true;
        // Split the user's range so only this column changes.
        if (c.min < col) next.push({ min: c.min, max: col - 1, xml: setAttr(c.xml, "max", String(col - 1)) });
        let mine = setAttr(setAttr(c.xml, "min", String(col)), "max", String(col));
        mine = setAttr(setAttr(mine, "width", String(width)), "customWidth", "1");
        next.push({ min: col, max: col, xml: mine });
        if (c.max > col) next.push({ min: col + 1, max: c.max, xml: setAttr(c.xml, "min", String(col + 1)) });
      }
      if (!found)
        next.push({ min: col, max: col, xml: `<${p}col min="${col}" max="${col}" width="${width}" customWidth="1"/>` });
      list = next.sort((a, b) => a.min - b.min);
    }
    cd.children = list.map((c) => ({ name: "col", xml: c.xml }));
    cd.lead = "";
    const trailing = trailingWhitespace(cols.xml);
    cols.xml = joinDoc(cd).trimEnd() + trailing;
  }

  private patchConditionalFormats(doc: XmlDoc, ops: CfOp[]): void {
    const p = doc.prefix;
    const styles = this.stylesEditor();
    let topPriority: number | undefined;
    // The dxfId of each rule of ours removed (null: the rule has none): the one added again for its light keeps it,
    // so a look the clerk gave our rule stays as they made it, their dxf untouched (ourRules.ts SheetLooks).
    const looks = new SheetLooks<string | null>();
    for (const op of ops) {
      if (!op.add) {
        // Our rules go, wherever they now lie: Excel moves the ranges and rewrites the references when rows or
        // columns are inserted (core/plan/ourRules.ts: the recorded formula itself, else every rule of its shape).
        const blocks = doc.children.map((c) => (c.name === "conditionalFormatting" ? splitDoc(c.xml) : null));
        const found = blocks.flatMap((block, i) => {
          if (!block) return [];
          const ranges = parseA1Ranges(tagAttrs(doc.children[i].xml).sqref);
          return block.children.flatMap((rule) =>
            rule.name === "cfRule"
              ? [...rule.xml.matchAll(/<(?:\w+:)?formula>([\s\S]*?)<\/(?:\w+:)?formula>/g)].map((f) => ({
                  rule,
                  formula: unescapeXml(f[1]),
                  ranges,
                }))
              : [],
          );
        });
        const removed = rulesToRemove(found, (f) => f.formula, op.formula, op.planned, {
          rangesOf: (f) => f.ranges,
          recorded: op.ranges,
        });
        for (const f of removed) looks.keep(f.formula, tagAttrs(f.rule.xml).dxfId ?? null);
        const gone = new Set(removed.map((f) => f.rule));
        doc.children = doc.children.flatMap((c, i) => {
          const block = blocks[i];
          if (!block) return [c];
          const rules = block.children.filter((r) => !gone.has(r));
          if (rules.length === block.children.length) return [c];
          if (!rules.some((r) => r.name === "cfRule")) return [];
          const trailing = trailingWhitespace(c.xml);
          return [{ ...c, xml: joinDoc({ ...block, children: rules }).trimEnd() + trailing }];
        });
        topPriority = undefined; // counted again from the rules left
        continue;
      }
      const kept = looks.of(op.formula);
      const dxf = kept === undefined ? String(styles.highlight(op.fill, op.font)) : kept;
      // Above every rule of the sheet (they live in conditionalFormatting and extLst, never in sheetData).
      topPriority ??= topRulePriority(doc);
      const priority = ++topPriority;
      insertChild(
        doc,
        {
          name: "conditionalFormatting",
          xml: `<${p}conditionalFormatting sqref="${rangesToA1(op.ranges)}"><${p}cfRule type="expression"${dxf === null ? "" : ` dxfId="${dxf}"`} priority="${priority}"><${p}formula>${escapeText(op.formula)}</${p}formula></${p}cfRule></${p}conditionalFormatting>`,
        },
        SHEET_ORDER,
      );
    }
  }

  private patchValidations(doc: XmlDoc, ops: DvOp[]): void {
    const p = doc.prefix;
    let dvs = findChild(doc, "dataValidations");
    const dd = dvs ? splitDoc(dvs.xml) : splitDoc(`<${p}dataValidations></${p}dataValidations>`);
    // Each validation's sqref read once, with the box around its pieces, indexed by rows: an op looks only at those
    // near its range (a sheet of many tables has thousands of each: re-reading them per op took seconds).
    const validations = new ValidationList(dd.children.map(readValidation));
    for (const op of ops) {
      // Validations touching the range lose the cells of theirs inside it, only those: a validation over more cells
      // (the clerk's list down a whole column, ours grown over an inserted row) keeps the others, as Excel clears a
      // range's validation cell by cell (tests/host/excel/fake.ts, RULES: VALIDATION).
      validations.clear(op.range);
      if (op.list) {
        const sqref = rangesToA1([op.range]);
        const xml = `<${p}dataValidation type="list" allowBlank="1" sqref="${sqref}"><${p}formula1>${escapeText(`"${op.list.join(",")}"`)}</${p}formula1></${p}dataValidation>`;
        validations.add(validationOf({ name: "dataValidation", xml }, sqref)); // its sqref as just written
      }
    }
    dd.children = validations.nodes();
    dd.head = setAttr(dd.head, "count", String(dd.children.length));
    if (!dvs) {
      if (!dd.children.length) return;
      insertChild(doc, (dvs = { name: "dataValidations", xml: "" }), SHEET_ORDER);
    }
    if (!dd.children.length) {
      doc.children = doc.children.filter((c) => c !== dvs);
      return;
    }
    const trailing = trailingWhitespace(dvs.xml);
    dvs.xml = joinDoc(dd).trimEnd() + trailing;
  }

  /**
   * Charts go into the sheet's drawing (created when it has none). Ours already there keeps its part, only its ranges
   * and caches updated (chart.ts keptChartXml), and its place unless the clerk moved it; one that cannot be kept is
   * replaced.
   */
  private patchCharts(part: string, doc: XmlDoc, relsDoc: XmlDoc, edits: SheetEdits, r: () => string): boolean {
    const charts = edits.charts;
    let relsChanged = false;
    const drawingRel = readRelsFromDoc(this.pkg, part, relsDoc).find((x) => x.type === REL.drawing);
    let drawingPart = drawingRel?.target;
    if (!drawingPart && !charts.some((c) => c.op === "chart")) return false; // nothing to remove
    if (!drawingPart) {
      drawingPart = this.freePart((n) => `xl/drawings/drawing${n}.xml`);
      setPartText(
        this.pkg,
        drawingPart,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"></xdr:wsDr>`,
      );
      this.addContentType(drawingPart, CT.drawing);
      const id = this.addRel(relsDoc, REL.drawing, relativeTarget(part, drawingPart));
      relsChanged = true;
      insertChild(doc, { name: "drawing", xml: `<${doc.prefix}drawing ${r()}id="${id}"/>` }, SHEET_ORDER);
    }
    const drawing =
      partDoc(this.pkg, { part: drawingPart, root: "wsDr" }, { wellFormed: true }) ??
      throwing(damagedPart({ part: drawingPart, root: "wsDr" }, { missing: true }));
    const dRelsPath = relsPathOf(drawingPart);
    const dRels = relsDocOf(this.pkg, dRelsPath);
    const names = drawingNames(drawing.head);
    const chartRel = (anchor: string) => {
      const rid = /<(?:\w+:)?chart\b[^>]*?\s(?:\w+:)?id="([^"]+)"/.exec(anchor)?.[1];
      const rel =
        rid === undefined ? undefined : readRelsFromDoc(this.pkg, drawingPart, dRels).find((x) => x.id === rid);
      return rel && !rel.external && rel.type === REL.chart ? rel : undefined;
    };
    for (const chart of charts) {
      // An earlier chart of ours with this name: its anchor, relationship and part go.
      const named = new RegExp(`<(?:\\w+:)?cNvPr\\b[^>]*\\sname="${escapeRegExp(escapeXml(chart.name))}"`);
      let ours = drawing.children.filter((c) => named.test(c.xml));
      if (!ours.length) {
        // Saved by a tool that renames every chart (openpyxl: "Chart 1"): ours by its part, when just one is.
        const like = drawing.children.filter((c) => {
          const rel = chartRel(c.xml);
          const text = rel && partText(this.pkg, rel.target);
          return !!text && isOurChartPart(text, chart.sheet);
        });
        if (like.length === 1) ours = like;
      }
      // Ours, kept: the clerk's title, colours, labels, type and legend stay (only its ranges and caches change), and
      // so does the place they moved it to; one still where we put it goes where the plan puts it now.
      if (chart.op === "chart" && ours.length === 1) {
        const rel = chartRel(ours[0].xml);
        const text = rel && partText(this.pkg, rel.target);
        const kept = text && keptChartXml(text, chart, (row, col) => valueOf(edits, row, col));
        if (rel && text && kept) {
          if (kept !== text) setPartText(this.pkg, rel.target, kept);
          if (!movedByClerk(ours[0].xml, chart.placed)) ours[0].xml = anchoredAt(ours[0].xml, chart.anchor);
          ours[0].xml = anchorNamed(ours[0].xml, chart.name);
          continue;
        }
      }
      for (const anchor of ours) {
        const rel = chartRel(anchor.xml);
        if (!rel) continue;
        dRels.children = dRels.children.filter((x) => tagAttrs(x.xml).Id !== rel.id);
        this.pkg.parts.delete(rel.target);
        this.types.children = this.types.children.filter((t) => tagAttrs(t.xml).PartName !== `/${rel.target}`);
      }
      // Moved or resized by the clerk (not where the record says we last put it): their anchor stays, at its place in
      // the drawing, pointing to the new part.
      const theirs = chart.op === "chart" && ours.length === 1 && movedByClerk(ours[0].xml, chart.placed);
      const at = theirs ? drawing.children.indexOf(ours[0]) : -1;
      drawing.children = drawing.children.filter((c) => !ours.includes(c));
      if (chart.op === "removeChart") continue;
      const chartPart = this.freePart((n) => `xl/charts/chart${n}.xml`);
      setPartText(this.pkg, chartPart, chartXml(chart));
      this.addContentType(chartPart, CT.chart);
      const rid = this.addRel(dRels, REL.chart, relativeTarget(drawingPart, chartPart));
      if (theirs) {
        const xml = ours[0].xml.replace(/(<(?:\w+:)?chart\b[^>]*?\s(?:\w+:)?id=")[^"]+"/, `$1${rid}"`);
        drawing.children.splice(at, 0, { ...ours[0], xml });
        continue;
      }
      const ids = [...joinDoc(drawing).matchAll(/<(?:\w+:)?cNvPr\b[^>]*?\sid="(\d+)"/g)].map((m) => Number(m[1]));
      drawing.children.push({
        name: "twoCellAnchor",
        xml: drawingAnchorXml(chart, rid, Math.max(1, ...ids) + 1, names),
      });
    }
    setPartText(this.pkg, drawingPart, joinDoc(drawing));
    setPartText(this.pkg, dRelsPath, joinDoc(dRels));
    return relsChanged;
  }
}

/**
 * Whether our chart's drawing anchor is not the one we last wrote (`placed`, drawingAnchorXml: a two-cell anchor from
 * the top left cell to the corner past the bottom right one, no offsets): the clerk dragged or resized it. No record of
 * our place (before session 58): ours, placed anew as before.
 */
function movedByClerk(anchor: string, placed: CellRange | undefined): boolean {
  if (!placed) return false;
  const edge = (tag: "from" | "to") => {
    const xml = new RegExp(`<(?:\\w+:)?${tag}>([\\s\\S]*?)</(?:\\w+:)?${tag}>`).exec(anchor)?.[1] ?? "";
    const n = (name: string) => Number(new RegExp(`<(?:\\w+:)?${name}>\\s*(-?\\d+)\\s*<`).exec(xml)?.[1] ?? NaN);
    return [n("col"), n("colOff"), n("row"), n("rowOff")];
  };
  if (!/^\s*<(?:\w+:)?twoCellAnchor\b/.test(anchor)) return true;
  const want = [placed.left, 0, placed.top, 0, placed.right + 1, 0, placed.bottom + 1, 0];
  return [...edge("from"), ...edge("to")].some((v, i) => v !== want[i]);
}

/** The anchor's from / to cells set to `at`'s corners (no offsets, as drawingAnchorXml writes them); the rest stays. */
function anchoredAt(anchor: string, at: CellRange): string {
  const doc = splitDoc(anchor);
  const p = doc.prefix;
  const edge = (tag: string, col: number, row: number) =>
    `<${p}${tag}><${p}col>${col}</${p}col><${p}colOff>0</${p}colOff><${p}row>${row}</${p}row><${p}rowOff>0</${p}rowOff></${p}${tag}>`;
  let changed = false;
  for (const c of doc.children) {
    const xml =
      c.name === "from"
        ? edge("from", at.left, at.top)
        : c.name === "to"
          ? edge("to", at.right + 1, at.bottom + 1)
          : null;
    if (xml === null) continue;
    const kept = xml + trailingWhitespace(c.xml);
    if (kept !== c.xml) [c.xml, changed] = [kept, true];
  }
  return changed ? joinDoc(doc) : anchor;
}

/** What the plan writes into a cell (a formula's computed value); undefined where it writes no value there. */
function valueOf(edits: SheetEdits, row: number, col: number): PlainValue | undefined {
  const content = edits.cells.get(row)?.get(col)?.content;
  return content === undefined ? undefined : content.value;
}

function applyStyle(target: StyleChange, style: { bold?: boolean; fill?: string; numberFormat?: string }): void {
  if (style.numberFormat) target.numberFormat = style.numberFormat;
  if (style.bold) target.bold = true;
  if (style.fill) target.fill = style.fill;
}

function cellCol(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Target of a relationship from `from` to `to`, relative to `from`'s folder (as Excel writes them). */
function relativeTarget(from: string, to: string): string {
  const a = from.split("/"); // its last is the part's own name
  const b = to.split("/");
  let i = 0;
  while (i < a.length - 1 && i < b.length - 1 && a[i] === b[i]) i++;
  return "../".repeat(a.length - 1 - i) + b.slice(i).join("/");
}

function readRelsFromDoc(pkg: Package, owner: string, doc: XmlDoc): Relationship[] {
  return doc.children
    .filter((c) => c.name === "Relationship")
    .map((c) => {
      const a = tagAttrs(c.xml);
      const external = a.TargetMode === "External";
      const target = external ? a.Target : resolveTarget(pkg, owner, a.Target ?? "");
      return { id: a.Id ?? "", type: a.Type ?? "", target, external };
    });
}

function readRelsFile(pkg: Package, relsPath: string): Relationship[] {
  const owner = relsPath.replace(/_rels\/([^/]+)\.rels$/, "$1");
  return readRelsFromDoc(pkg, owner, relsDocOf(pkg, relsPath));
}

const CONTENT_TYPES = { part: "[Content_Types].xml", root: "Types" };

function throwing(e: Error): never {
  throw e;
}

/** A relationships part for editing (the reader parses none of a sheet's or a drawing's): empty when there is none. */
function relsDocOf(pkg: Package, relsPath: string): XmlDoc {
  return partDoc(pkg, { part: relsPath, root: "Relationships" }, { wellFormed: true }) ?? splitDoc(EMPTY_RELS);
}

/** A sheet's notes (the reader does not read them): well-formed XML whose root is <comments>, or none. */
function commentsText(pkg: Package, part: string, sheet: string): string | null {
  const text = partText(pkg, part);
  if (text !== null) parsePartText(text, { part, root: "comments", sheet }, {});
  return text;
}

/**
 * The note boxes' VML drawing, or none. VML is older than XML's strictness (Excel's own files have been
 * read with HTML-like tags in it), so it is not parsed: its <xml> root must be there and end the text, which
 * a part cut off, not XML or empty does not.
 */
function vmlText(pkg: Package, part: string, sheet: string): string | null {
  const text = partText(pkg, part);
  if (text !== null && !(/<xml[\s>]/.test(text) && /<\/xml>\s*$/.test(text)))
    throw damagedPart({ part, root: "xml", sheet }, /<xml[\s>]/.test(text) ? { why: { element: "xml" } } : {});
  return text;
}

function setPartTextIfChanged(pkg: Package, part: string, text: string): void {
  if (partText(pkg, part) !== text) setPartText(pkg, part, text);
}

/**
 * The highest priority of the sheet's rules, 0 when it has none. Only children that hold "cfRule" are searched (the
 * pattern needs it): a first check's sheet has none, and its other children are passed by with one indexOf each.
 */
function topRulePriority(doc: XmlDoc): number {
  let top = 0;
  for (const c of doc.children)
    if (c.name !== "sheetData" && c.xml.includes("cfRule"))
      for (const m of c.xml.matchAll(/<(?:\w+:)?cfRule\b[^>]*?\spriority="(\d+)"/g)) top = Math.max(top, Number(m[1]));
  return top;
}

function assertNever(op: never): never {
  throw new Error(`unknown plan operation ${JSON.stringify(op)}`);
}
