/**
 * The two appliers a user meets, behind one small interface so the scenario table runs through both:
 * - xlsx: the CLI's path — read the file, plan, write the checked copy (src/host/xlsx), and the user's edits
 *   made to the saved file (xlsxEdit.ts);
 * - excel: the add-in's path — runCheck / runClear (src/host/excel/actions) against the strict Excel fake, and
 *   the user's edits made through Office.js calls on the fake (Range.insert / Range.delete, typing via values).
 * Both start from the same seed file and are judged on what the workbook holds afterwards.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { cellName, columnIndex, columnLetters, rangeToA1 } from "../../src/core/a1";
import { columnWidthPoints } from "../../src/core/plan/columnWidth";
import { isPercentFormat } from "../../src/core/numberFormat";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import { buildClearPlan, buildSettingsPlan } from "../../src/core/plan/buildPlan";
import { MARKS_SHEET, type CellValue, type CheckResult, type WorkbookSnapshot } from "../../src/core/types";
import { readWorkbook } from "../../src/host/excel/read";
import { runCheck, runClear, runSaveSettings } from "../../src/host/excel/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../src/host/xlsx/write";
import { decodeXstring, readRels, workbookMap } from "../../src/host/xlsx/parts";
import { partText, type Package } from "../../src/host/xlsx/zip";
import { FakeExcel, installExcelGlobals, modelFromSnapshot, type FakeModel } from "../host/excel/fake";
import type { FakeModel as WpsModel } from "../host/wps/fake";
import type { UserEdit } from "./xlsxEdit";
import { editXlsx } from "./xlsxEdit";
import { renameRefusal } from "./excelShift";
import { addedErrors, openXmlErrors } from "../host/xlsx/openXmlSdk";

export const AS_OF = "2024-08-15";

/** The two modes every scenario runs in: the monitoring columns written as formulas, or as values. */
export const BOTH_MODES = [
  { mode: "formulas", formulas: true },
  { mode: "values", formulas: false },
];

/** What a workbook holds, as one applier-neutral picture: cells, sheets and conditional-format rules. */
export interface Held {
  /** "sheet!A1" → "f:formula" or "v:value", for every cell with something in it (our record sheet left out). */
  cells: Map<string, string>;
  sheets: string[];
  /** Conditional-format rules per sheet: their formulas, as the host stores them. */
  rules: Map<string, string[]>;
  /** Notes: "sheet!A1" → text. */
  notes: Map<string, string>;
  /** Formats: "sheet!A1" → "number format|b|fill" (bold as "b", fill as 6-digit hex), for every cell not plain. */
  formats: Map<string, string>;
  /** Merged areas: "sheet!A1:B2", sorted. */
  merges: string[];
  /** Column widths set: "sheet!A" → the file's width (xlsx) or points (Excel); only within one driver comparable. */
  widths: Map<string, number>;
  /** Hidden columns: "sheet!A", sorted. */
  hidden: string[];
  /** The ranges the charts of each sheet draw from (categories and values): sheet → "A7:A14", sorted. */
  charts: Map<string, string[]>;
  /** The titles of the charts of each sheet: sheet → titles, sorted (none for WPS, which gets no chart). */
  chartTitles: Map<string, string[]>;
  /**
   * Where the charts of each sheet are: sheet → places, sorted. The CLI: the drawing anchor's from and to (col,colOff,
   * row,rowOff); Excel: the chart's left, top, width and height in points (none for WPS).
   */
  chartPlaces: Map<string, string[]>;
  /**
   * AutoFilters ("sheet!A1:N9 column: shown"), the rows hidden ("sheet!row 12") and rows given a height of their own
   * ("sheet!row 12 30pt"), sorted: what stays with a row.
   */
  filters: string[];
}

/** Everything Held knows of one sheet, as one string to compare between two runs. */
export function heldOnSheet(held: Held, sheet: string): string {
  const mine = <T>(map: Map<string, T>) => [...map].filter(([k]) => k.startsWith(`${sheet}!`));
  return JSON.stringify({
    cells: mine(held.cells),
    formats: mine(held.formats),
    notes: mine(held.notes),
    widths: mine(held.widths),
    rules: held.rules.get(sheet) ?? [],
    merges: held.merges.filter((m) => m.startsWith(`${sheet}!`)),
  });
}

/**
 * A cell's look as Held.formats keeps it; null for a plain cell (General, not bold, no fill, the font's own colour). A
 * font colour is added after the fill ("|font FF0000") only where the cell has one.
 */
export const lookOf = (
  numberFormat: string | null | undefined,
  bold: boolean,
  fill: string | null | undefined,
  fontColor?: string | null,
  emphases: readonly string[] = [],
) => {
  const nf = numberFormat && numberFormat !== "General" ? numberFormat : "General";
  const look = `${nf}|${bold ? "b" : ""}|${(fill ?? "").replace(/^#/, "").toUpperCase()}`;
  const rgb = (fontColor ?? "").replace(/^#/, "").toUpperCase();
  const font = (rgb && rgb !== "000000" ? `|font ${rgb}` : "") + emphases.map((e) => `|${e}`).join("");
  return look === "General||" && !font ? null : look + font;
};

export interface Outcome<W> {
  workbook: W;
  messages: string[];
  /** A check's notes beside its findings (CheckResult.diagnostics), in words; none for Clear marks. */
  diagnostics?: string[];
  /** What a check reported (its tables, findings and review), as the user is shown it; none for Clear marks. */
  check?: CheckResult;
}

export interface Driver<W> {
  name: string;
  /** The seed file (seed-one-sheet.xlsx), or another workbook. */
  open(file?: string): Promise<W>;
  /**
   * A check as the user runs it; `formulas` false writes computed values (the CLI's default, and WPS). `asOf`: the
   * monitoring date given (--as-of, the pane's date); null: none given, the one stored in the workbook's settings.
   */
  check(w: W, formulas?: boolean, asOf?: string | null): Promise<Outcome<W>>;
  /** The settings saved into the workbook: the pane's 保存设置 (Excel), the standalone page's copy (xlsx). */
  saveSettings(w: W, json: string): Promise<W>;
  clear(w: W): Promise<Outcome<W>>;
  edit(w: W, edits: UserEdit[]): Promise<W>;
  held(w: W): Promise<Held>;
  /** The workbook as the core reads it (through this applier's own reader). */
  snapshot(w: W): Promise<WorkbookSnapshot>;
}

const SEED = path.join(__dirname, "../fixtures/seed-one-sheet.xlsx");

/**
 * A number typed into a cell formatted as a percentage, as Excel holds it: typing 40 there shows 40%, Excel holds 0.4
 * (learn.microsoft.com Application.AutoPercentEntry: entries in cells formatted as percentages are not multiplied by
 * 100 — Excel Options → 高级 → 允许自动百分比输入, on as installed); a number below 1 is taken as the fraction it is
 * (wisechecker.com, “Format Cells as Percent”: typing 15 there stores 0.15, “you can type 15% or 0.15”). A negative
 * number is not imitated (the test fails rather than guess); the formats are those before the edits (or set by a
 * format edit before, as a paste brings its source's along), so a typed number after an edit that moves cells is not
 * imitated either.
 * A percentage typed with its sign ("3%") is the number it stands for, 0.03; typed into a General cell it also gives
 * the cell a percentage format (Excel 2013 For Dummies, jabsto.com/Tutorial/topic-70/Microsoft-Excel-2013-131.html:
 * “you enter 12% in the cell. When you do this, Excel assigns a Percentage number format and, at the same time,
 * divides the value by 100 … and places the result in the cell (0.12 in this example)”) — 0% for a whole percentage
 * (as Excel's own 0% shows 12%); a decimal one, or one typed into a cell of another format, is not imitated.
 * Other edits are as they are.
 */
export function enteredAsExcel(
  edits: UserEdit[],
  formatAt: (sheet: string, row: number, col: number) => string | null,
): UserEdit[] {
  let moved = false;
  const formatted = new Map<string, string | null>(); // cells given a number format by an edit before
  return edits.flatMap((e): UserEdit[] => {
    if ("format" in e && e.format.numberFormat !== undefined)
      formatted.set(`${e.sheet}!${e.row},${e.col}`, e.format.numberFormat);
    const percent = "type" in e && typeof e.type === "string" ? /^(\d+(?:\.\d+)?)%$/.exec(e.type) : null;
    if (!("type" in e) || (typeof e.type !== "number" && !percent)) {
      moved ||= !("type" in e) && !("note" in e) && !("format" in e);
      return [e];
    }
    const key = `${e.sheet}!${e.row},${e.col}`;
    const format = formatted.has(key) ? formatted.get(key)! : formatAt(e.sheet, e.row, e.col);
    const general = !format || format === "General";
    if (percent) {
      const typed = { ...e, type: Number(percent[1]) / 100 };
      if (!moved && isPercentFormat(format)) return [typed];
      if (moved || !general || percent[1].includes("."))
        throw new Error(`scenario typing: ${e.type} into a ${format ?? "General"} cell is not imitated`);
      formatted.set(key, "0%");
      return [{ sheet: e.sheet, row: e.row, col: e.col, format: { numberFormat: "0%" } }, typed];
    }
    if (typeof e.type !== "number" || general || !isPercentFormat(format)) return [e];
    if (moved || e.type < 0) throw new Error(`scenario typing: ${e.type} into a ${format} cell is not imitated`);
    return e.type < 1 ? [e] : [{ ...e, type: e.type / 100 }];
  });
}

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);

const cellText = (value: CellValue, formula: string | null | undefined): string | null => {
  if (formula) return `f:${formula.replace(/^=/, "")}`;
  if (value === null || value === "") return null;
  return `v:${JSON.stringify(value)}`;
};

// ───── xlsx (the CLI) ─────

/** Every copy the xlsx driver wrote in this test file, with the workbook it was written from. */
const xlsxRuns: { input: Uint8Array; output: Uint8Array }[] = [];

/**
 * After a test file's scenarios: Microsoft's Open XML SDK validator finds no error in any copy the CLI's path wrote
 * that it did not find in the workbook the copy was made from (whatever the user did to that workbook before).
 */
afterAll(async () => {
  if (xlsxRuns.length === 0) return;
  const dir = mkdtempSync(path.join(os.tmpdir(), "perf-scenario-sdk-"));
  try {
    const files = new Map<Uint8Array, string>();
    const fileOf = (bytes: Uint8Array) => {
      let file = files.get(bytes);
      if (!file) {
        writeFileSync((file = path.join(dir, `${files.size}.xlsx`)), bytes);
        files.set(bytes, file);
      }
      return file;
    };
    const pairs = xlsxRuns.map(({ input, output }) => ({ input: fileOf(input), output: fileOf(output) }));
    const errors = await openXmlErrors([...files.values()]);
    const added = pairs.flatMap((p) => addedErrors(errors[p.input], errors[p.output]));
    if (added.length > 0) throw new Error(`checked copies add Open XML SDK errors:\n${added.join("\n")}`);
  } finally {
    xlsxRuns.length = 0;
    rmSync(dir, { recursive: true, force: true });
  }
}, 600_000);

/**
 * `re` with each tag's name under any prefix or none: an Open XML SDK export writes SpreadsheetML as <x:worksheet>
 * (tests/host/xlsx/prefixedXml), and what names an element is its namespace, never the prefix (Namespaces in XML 1.0
 * §6). Without it, what held() reads of such a file would be empty, and a scenario on it would compare nothing.
 */
const anyPrefix = (re: RegExp) =>
  new RegExp(re.source.replace(/<(\\?\/)?(?=[A-Za-z])/g, "<$1(?:[A-Za-z_][\\w.-]*:)?"), re.flags);

/**
 * The AutoFilters of a package's sheets as Excel saves them (ECMA-376 §18.3.1.2 autoFilter, its filterColumn /
 * filters / filter val) and the rows they hide (§18.3.1.73 row, hidden), with the hidden name Excel keeps for each
 * (_xlnm._FilterDatabase).
 */
function filtersOfPackage(pkg: Package): string[] {
  const out: string[] = [];
  for (const entry of workbookMap(pkg).sheets) {
    if (!entry.part || entry.name === MARKS_SHEET) continue;
    const xml = partText(pkg, entry.part) ?? "";
    const filter = anyPrefix(/<autoFilter\b[^>]*?\bref="([^"]+)"[^>]*>([\s\S]*?)<\/autoFilter>/).exec(xml);
    if (filter) {
      const col = anyPrefix(/<filterColumn\b[^>]*?\bcolId="(\d+)"/).exec(filter[2])![1];
      const shown = [...filter[2].matchAll(anyPrefix(/<filter\b[^>]*?\bval="([^"]*)"/g))].map((m) => unescapeXml(m[1]));
      const left = columnIndex(/^[A-Z]+/.exec(filter[1])![0]);
      out.push(`${entry.name}!${filter[1]} ${columnLetters(left + Number(col))}: ${shown}`);
    }
    for (const m of xml.matchAll(anyPrefix(/<row\b[^>]*?\br="(\d+)"[^>]*>/g))) {
      if (/\bhidden="(1|true)"/.test(m[0])) out.push(`${entry.name}!row ${m[1]}`);
      const ht = /\bcustomHeight="(1|true)"/.test(m[0]) ? /\bht="([^"]+)"/.exec(m[0]) : null;
      if (ht) out.push(`${entry.name}!row ${m[1]} ${Number(ht[1])}pt`);
      const level = /\boutlineLevel="(\d+)"/.exec(m[0]);
      if (level && level[1] !== "0") out.push(`${entry.name}!row ${m[1]} level ${Number(level[1]) + 1}`);
    }
  }
  const names = partText(pkg, "xl/workbook.xml") ?? "";
  for (const m of names.matchAll(anyPrefix(/<definedName\b[^>]*?\bname="_xlnm\._FilterDatabase"[^>]*>([^<]*)</g)))
    out.push(`name ${unescapeXml(m[1])}`);
  return out.sort();
}

export const xlsxDriver: Driver<Uint8Array> = {
  name: "xlsx (CLI checked copy)",
  async open(file = SEED) {
    return new Uint8Array(readFileSync(file));
  },
  async check(bytes, formulas = true, asOf = AS_OF) {
    const { snapshot, pkg } = readWorkbookBytes(bytes);
    const run = runPipeline(snapshot, settingsFor(snapshot, asOf ? { asOf } : {}, AS_OF), { formulas });
    if (run.outcome !== "planned") throw new Error("no tables");
    const workbook = writeCheckedCopy(pkg, run.plan);
    xlsxRuns.push({ input: bytes, output: workbook });
    return {
      workbook,
      messages: run.plan.messages,
      diagnostics: run.check.diagnostics.map((d) => d.message),
      check: run.check,
    };
  },
  async saveSettings(bytes, json) {
    const { snapshot, pkg } = readWorkbookBytes(bytes);
    return writeCheckedCopy(pkg, buildSettingsPlan(json, snapshot.marksSheet));
  },
  async clear(bytes) {
    const { snapshot, pkg } = readWorkbookBytes(bytes);
    const plan = buildClearPlan(snapshot);
    const workbook = writeCheckedCopy(pkg, plan);
    xlsxRuns.push({ input: bytes, output: workbook });
    return { workbook, messages: plan.messages };
  },
  async edit(bytes, edits) {
    const formatAt = (sheet: string, row: number, col: number) => {
      const s = readWorkbookBytes(bytes).snapshot.sheets.find((x) => x.name === sheet);
      return s?.numberFormats?.[row - s.originRow]?.[col - s.originCol] ?? null;
    };
    return editXlsx(bytes, enteredAsExcel(edits, formatAt));
  },
  async snapshot(bytes) {
    return readWorkbookBytes(bytes).snapshot;
  },
  async held(bytes) {
    const { snapshot, pkg } = readWorkbookBytes(bytes);
    const cells = new Map<string, string>();
    for (const s of snapshot.sheets) {
      if (s.name === MARKS_SHEET) continue;
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const text = cellText(v, s.formulas?.[r]?.[c]);
          if (text) cells.set(`${s.name}!${cellName(r + s.originRow, c + s.originCol)}`, text);
        }),
      );
    }
    const rules = new Map<string, string[]>();
    const notes = new Map<string, string>();
    for (const entry of workbookMap(pkg).sheets) {
      if (!entry.part || entry.name === MARKS_SHEET) continue;
      const xml = partText(pkg, entry.part) ?? "";
      const found = [...xml.matchAll(anyPrefix(/<cfRule\b[\s\S]*?<formula>([^<]*)<\/formula>/g))].map((m) =>
        m[1]
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">"),
      );
      rules.set(entry.name, found);
      for (const rel of readRels(pkg, entry.part).filter((r) => r.type.endsWith("/comments")))
        for (const m of (partText(pkg, rel.target) ?? "").matchAll(
          anyPrefix(/<comment\b[^>]*?\bref="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/comment>/g),
        ))
          notes.set(`${entry.name}!${m[1]}`, decodeXstring(unescapeXml(m[2].replace(/<[^>]+>/g, ""))));
    }
    const merges = snapshot.sheets.flatMap((s) => s.merges.map((m) => `${s.name}!${rangeToA1(m)}`)).sort();
    const widths = new Map<string, number>();
    for (const entry of workbookMap(pkg).sheets) {
      if (!entry.part || entry.name === MARKS_SHEET) continue;
      for (const m of (partText(pkg, entry.part) ?? "").matchAll(
        anyPrefix(/<col\b[^>]*?\bmin="(\d+)"[^>]*?\bmax="(\d+)"[^>]*?\bwidth="([\d.]+)"/g),
      ))
        for (let col = Number(m[1]) - 1; col < Number(m[2]); col++)
          widths.set(`${entry.name}!${columnLetters(col)}`, Number(m[3]));
    }
    const hidden: string[] = [];
    for (const entry of workbookMap(pkg).sheets) {
      if (!entry.part || entry.name === MARKS_SHEET) continue;
      for (const m of (partText(pkg, entry.part) ?? "").matchAll(anyPrefix(/<col\b[^>]*\/>/g))) {
        if (!/\bhidden="(1|true)"/.test(m[0])) continue;
        const [min, max] = ["min", "max"].map((a) => Number(new RegExp(`\\b${a}="(\\d+)"`).exec(m[0])![1]));
        for (let col = min - 1; col < max; col++) hidden.push(`${entry.name}!${columnLetters(col)}`);
      }
    }
    // The chart parts each sheet's drawing holds, and the <c:f> ranges in them (c: or whatever prefix names the chart
    // namespace).
    const charts = new Map<string, string[]>();
    const chartTitles = new Map<string, string[]>();
    const chartPlaces = new Map<string, string[]>();
    for (const entry of workbookMap(pkg).sheets) {
      if (!entry.part || entry.name === MARKS_SHEET) continue;
      const parts = readRels(pkg, entry.part)
        .filter((r) => r.type.endsWith("/drawing"))
        .flatMap((d) => readRels(pkg, d.target).filter((r) => r.type.endsWith("/chart")))
        .map((c) => partText(pkg, c.target) ?? "");
      const refs = parts
        .flatMap((xml) => [...xml.matchAll(anyPrefix(/<f>([^<]*)<\/f>/g))])
        .map((m) => unescapeXml(m[1]).replace(/^.*!/, "").replace(/\$/g, ""));
      if (refs.length > 0) charts.set(entry.name, [...new Set(refs)].sort());
      // The title's runs (<c:title> … <a:t>), as Excel shows them joined.
      const titles = parts.map((xml) =>
        [...(anyPrefix(/<title>[\s\S]*?<\/title>/).exec(xml)?.[0] ?? "").matchAll(anyPrefix(/<t>([^<]*)<\/t>/g))]
          .map((m) => unescapeXml(m[1]))
          .join(""),
      );
      if (titles.length > 0) chartTitles.set(entry.name, titles.sort());
      const places = readRels(pkg, entry.part)
        .filter((r) => r.type.endsWith("/drawing"))
        .flatMap((d) => [...(partText(pkg, d.target) ?? "").matchAll(anyPrefix(/<twoCellAnchor\b[\s\S]*?<\/to>/g))])
        .map((m) => [...m[0].matchAll(/<(?:\w+:)?(?:col|colOff|row|rowOff)>(\d+)</g)].map((n) => n[1]).join(","));
      if (places.length > 0) chartPlaces.set(entry.name, places.sort());
    }
    const sheets = snapshot.sheets.map((s) => s.name);
    return {
      cells,
      sheets,
      rules,
      notes,
      formats: formatsOfPackage(pkg),
      merges,
      widths,
      hidden: hidden.sort(),
      charts,
      chartTitles,
      chartPlaces,
      filters: filtersOfPackage(pkg),
    };
  },
};

/**
 * Every cell's look in an .xlsx: its cell format (cellXfs[s]) read for the number format (numFmts, or a built-in
 * id as the reader knows it), the font's <b/> and the fill's solid foreground colour.
 */
function formatsOfPackage(pkg: Package): Map<string, string> {
  const map = workbookMap(pkg);
  const stylesPart = readRels(pkg, map.workbookPart).find((r) => r.type.endsWith("/styles"))?.target;
  const styles = (stylesPart && partText(pkg, stylesPart)) || "";
  const section = (tag: string) =>
    anyPrefix(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`)).exec(styles)?.[1] ?? "";
  const items = (xml: string, tag: string) =>
    xml.match(anyPrefix(new RegExp(`<${tag}\\b(?:[^>]*/>|[^>]*>[\\s\\S]*?</${tag}>)`, "g"))) ?? [];
  const attr = (xml: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(xml)?.[1];
  const codes = new Map(items(section("numFmts"), "numFmt").map((f) => [attr(f, "numFmtId"), attr(f, "formatCode")]));
  const builtin: Record<string, string> = {
    "0": "General",
    "2": "0.00",
    "4": "#,##0.00",
    "9": "0%",
    "10": "0.00%",
    "14": "mm-dd-yy",
  };
  const bold = items(section("fonts"), "font").map((f) => anyPrefix(/<b\s*\/>|<b\s+val="(1|true)"/).test(f));
  // A font's own rgb colour (字体颜色 as the edits write it); a theme colour (the default's theme="1") is none here.
  const fontColours = items(section("fonts"), "font").map(
    (f) => anyPrefix(/<color\b[^>]*\brgb="(?:[0-9A-Fa-f]{2})?([0-9A-Fa-f]{6})"/).exec(f)?.[1] ?? null,
  );
  // Italic, struck through, underlined (chart59: the clerk's marks on a row, as the reader counts them).
  const emphases = items(section("fonts"), "font").map((f) =>
    (
      [
        ["italic", /<i\s*\/>|<i\s+val="(1|true)"/],
        ["strikethrough", /<strike\s*\/>|<strike\s+val="(1|true)"/],
        ["underline", /<u\s*\/>|<u\s+val="(?!none")/],
      ] as const
    ).flatMap(([word, re]) => (anyPrefix(re).test(f) ? [word] : [])),
  );
  const fills = items(section("fills"), "fill").map((f) =>
    /patternType="solid"/.test(f)
      ? (anyPrefix(/<fgColor\b[^>]*\brgb="(?:[0-9A-Fa-f]{2})?([0-9A-Fa-f]{6})"/).exec(f)?.[1] ?? null)
      : null,
  );
  const xfs = items(section("cellXfs"), "xf").map((xf) => {
    const id = attr(xf, "numFmtId") ?? "0";
    const code = codes.get(id) ?? builtin[id];
    if (code === undefined) throw new Error(`held: number format ${id} not known to the test`);
    const font = Number(attr(xf, "fontId") ?? 0);
    return lookOf(
      unescapeXml(code),
      bold[font],
      fills[Number(attr(xf, "fillId") ?? 0)],
      fontColours[font],
      emphases[font],
    );
  });
  const formats = new Map<string, string>();
  for (const entry of map.sheets) {
    if (!entry.part || entry.name === MARKS_SHEET) continue;
    for (const m of (partText(pkg, entry.part) ?? "").matchAll(
      anyPrefix(/<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?\ss="(\d+)"/g),
    )) {
      const look = xfs[Number(m[2])];
      if (look) formats.set(`${entry.name}!${m[1]}`, look);
    }
  }
  return formats;
}

// ───── Excel (the add-in, on the strict fake) ─────

installExcelGlobals();

export const excelDriver: Driver<FakeExcel> = {
  name: "Excel add-in (strict fake)",
  async open(file = SEED) {
    const { snapshot } = readWorkbookBytes(readFileSync(file));
    return new FakeExcel(modelFromSnapshot(snapshot));
  },
  async check(fake, formulas = true, asOf = AS_OF) {
    // Notes as the add-in asks for them (actions.ts notesSupported): only where the fake's Excel has ExcelApi 1.18.
    const notes = fake.isSetSupported("ExcelApi", "1.18");
    const report = await runCheck(fake.context, asOf ? { asOf } : {}, AS_OF, notes, formulas);
    return {
      workbook: fake,
      messages: report.plan.messages,
      diagnostics: report.check!.diagnostics.map((d) => d.message),
      check: report.check!,
    };
  },
  async saveSettings(fake, json) {
    await runSaveSettings(fake.context, json);
    return fake;
  },
  async clear(fake) {
    const report = await runClear(fake.context, fake.isSetSupported("ExcelApi", "1.18"));
    return { workbook: fake, messages: report.plan.messages };
  },
  async edit(fake, edits) {
    // Through Office.js, as a user's own script or Excel's UI would: one request for all the edits.
    const sheets = fake.context.workbook.worksheets;
    const formatAt = (sheet: string, row: number, col: number) =>
      fake.model.sheets.find((x) => x.name === sheet)?.cells.get(`${row},${col}`)?.numberFormat ?? null;
    for (const e of enteredAsExcel(edits, formatAt)) {
      const sheet = sheets.getItem(e.sheet);
      if ("axis" in e) {
        const n = Math.abs(e.count);
        const address =
          e.axis === "row" ? `${e.at + 1}:${e.at + n}` : `${columnLetters(e.at)}:${columnLetters(e.at + n - 1)}`;
        const range = sheet.getRange(address);
        if (e.count > 0) range.insert(e.axis === "row" ? "Down" : "Right");
        else range.delete(e.axis === "row" ? "Up" : "Left");
      } else if ("renameTo" in e) {
        sheet.name = e.renameTo;
      } else if ("deleteSheet" in e) {
        // A very hidden sheet (our record) has no tab: a macro makes it visible first, as Excel requires.
        if (e.sheet === MARKS_SHEET) sheet.visibility = Excel.SheetVisibility.visible;
        sheet.delete();
      } else if ("show" in e) {
        sheet.visibility = Excel.SheetVisibility.visible;
      } else if ("copyTo" in e) {
        copySheetOfModel(fake.model, e.sheet, e.copyTo);
      } else if ("sort" in e) {
        const r = e.sort;
        const address = `${cellName(r.top, r.left)}:${cellName(r.bottom, r.right)}`;
        const custom = e.customOrder ? { customOrder: e.customOrder.join(",") } : {};
        sheet.getRange(address).sort.apply([{ key: e.by - r.left, ascending: e.ascending, ...custom }]);
      } else if ("autoFilter" in e) {
        const r = e.autoFilter;
        sheet.autoFilter.apply(rangeToA1(r), e.column - r.left, { filterOn: "Values", values: e.shown });
      } else if ("hide" in e) {
        sheet.getRange(`${columnLetters(e.hide.left)}:${columnLetters(e.hide.right)}`).columnHidden = true;
      } else if ("hideRows" in e) {
        sheet.getRange(`${e.hideRows.top + 1}:${e.hideRows.bottom + 1}`).rowHidden = true;
      } else if ("groupRows" in e) {
        sheet.getRange(`${e.groupRows.top + 1}:${e.groupRows.bottom + 1}`).group(Excel.GroupOption.byRows);
      } else if ("rowHeight" in e) {
        sheet.getRange(`${e.rowHeight.row + 1}:${e.rowHeight.row + 1}`).format.rowHeight = e.rowHeight.points;
      } else if ("cut" in e) {
        sheet.getRange(rangeToA1(e.cut)).moveTo(cellName(e.to.row, e.to.col));
      } else if ("width" in e) {
        const letters = columnLetters(e.col);
        sheet.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(e.width);
      } else if ("merge" in e) {
        sheet.getRange(rangeToA1(e.merge)).merge(false);
      } else if ("unmerge" in e) {
        sheet.getRange(rangeToA1(e.unmerge)).unmerge();
      } else if ("table" in e) {
        sheet.tables.add(rangeToA1(e.table), true);
      } else if ("moveChart" in e) {
        // Dragged by its frame and resized over the area (the sheet's one chart).
        const m = e.moveChart;
        sheet.charts.getItemAt(0).setPosition(cellName(m.top, m.left), cellName(m.bottom, m.right));
      } else if ("format" in e) {
        const range = sheet.getRange(cellName(e.row, e.col));
        // 开始 → 边框 → 下框线: RangeBorderCollection.getItem("EdgeBottom") (fake RULES: CELL_BORDERS).
        if (e.format.bottomBorder) range.format.borders.getItem("EdgeBottom").style = "Continuous";
        if (e.format.numberFormat !== undefined) range.numberFormat = [[e.format.numberFormat]];
        if (e.format.fill !== undefined) range.format.fill.color = `#${e.format.fill}`;
        if (e.format.bold !== undefined) range.format.font.bold = e.format.bold;
        if (e.format.fontColor !== undefined) range.format.font.color = `#${e.format.fontColor}`;
        if (e.format.italic) range.format.font.italic = true;
        if (e.format.strikethrough) range.format.font.strikethrough = true;
        if (e.format.underline) range.format.font.underline = "Single";
      } else if ("note" in e) {
        const address = cellName(e.row, e.col);
        sheet.notes.getItemOrNullObject(address).delete();
        if (e.note) sheet.notes.add(address, e.note);
      } else {
        sheet.getRange(cellName(e.row, e.col)).values = [[e.type as string | number | boolean]];
      }
    }
    await fake.context.sync();
    return fake;
  },
  async held(fake) {
    return heldOfModel(fake.model);
  },
  async snapshot(fake) {
    return (await readWorkbook(fake.context)).snapshot;
  },
};

let copiesMade = 0;

/**
 * Excel's Move or Copy… with "create a copy", (move to end), done to the fake's model (the user's UI, not an
 * Office.js call): the copy holds the sheet's cells, merges, rules, notes, threaded comments, validations, widths
 * and pictures and shapes, under a new id.
 */
function copySheetOfModel(model: FakeModel, from: string, to: string): void {
  const s = model.sheets.find((x) => x.name === from);
  if (!s) throw new Error(`no worksheet ${from}`);
  // Excel names the copy itself ("… (2)", "… (3)"): one named as another sheet is the test's mistake (RENAME).
  const refused = renameRefusal(
    to,
    model.sheets.map((x) => x.name),
  );
  if (refused) throw new Error(`fake: copy: ${refused}`);
  if (s.tables.length > 0) throw new Error("fake: a sheet with a table copied (not imitated)");
  const n = ++copiesMade;
  model.sheets.push({
    ...s,
    name: to,
    id: `{${n.toString(16).toUpperCase().padStart(8, "0")}-0002-0000-0000-000000000000}`,
    cells: new Map([...s.cells].map(([k, c]) => [k, { ...c }])),
    merges: s.merges.map((m) => ({ ...m })),
    cfs: s.cfs.map((cf) => ({ ...cf, ranges: cf.ranges.map((r) => ({ ...r })) })),
    charts: [],
    ...(s.shapes ? { shapes: s.shapes.map((x) => ({ ...x })) } : {}),
    notes: new Map(s.notes),
    comments: new Map(s.comments),
    validations: new Map(s.validations),
    widths: new Map(s.widths),
    hiddenColumns: new Set(s.hiddenColumns),
    ...(s.outlineLevels ? { outlineLevels: new Map(s.outlineLevels) } : {}),
  });
}

export function heldOfModel(model: FakeModel): Held {
  const cells = new Map<string, string>();
  const rules = new Map<string, string[]>();
  const notes = new Map<string, string>();
  const formats = new Map<string, string>();
  for (const s of model.sheets) {
    if (s.name === MARKS_SHEET) continue;
    for (const [k, cell] of s.cells) {
      const [row, col] = k.split(",").map(Number);
      const text = cellText(cell.value, cell.formula);
      if (text) cells.set(`${s.name}!${cellName(row, col)}`, text);
      const emphases = [
        ...(cell.italic ? ["italic"] : []),
        ...(cell.strikethrough ? ["strikethrough"] : []),
        ...(cell.underline && cell.underline !== "None" ? ["underline"] : []),
      ];
      const look = lookOf(cell.numberFormat, !!cell.bold, cell.fill, cell.fontColor, emphases);
      if (look) formats.set(`${s.name}!${cellName(row, col)}`, look);
    }
    rules.set(
      s.name,
      s.cfs.map((cf) => cf.formula),
    );
    for (const [k, text] of s.notes) {
      const [row, col] = k.split(",").map(Number);
      notes.set(`${s.name}!${cellName(row, col)}`, text);
    }
  }
  const merges = model.sheets.flatMap((s) => s.merges.map((m) => `${s.name}!${rangeToA1(m)}`)).sort();
  const widths = new Map<string, number>();
  for (const s of model.sheets)
    if (s.name !== MARKS_SHEET)
      for (const [col, points] of s.widths) widths.set(`${s.name}!${columnLetters(col)}`, points);
  const hidden = model.sheets
    .filter((s) => s.name !== MARKS_SHEET)
    .flatMap((s) => [...s.hiddenColumns].map((col) => `${s.name}!${columnLetters(col)}`))
    .sort();
  const charts = new Map<string, string[]>();
  const chartTitles = new Map<string, string[]>();
  const chartPlaces = new Map<string, string[]>();
  for (const s of model.sheets) {
    const refs = s.charts.flatMap((c) => c.refs ?? []).map((r) => r.replace(/^.*!/, ""));
    if (refs.length > 0) charts.set(s.name, [...new Set(refs)].sort());
    if (s.charts.length > 0) chartTitles.set(s.name, s.charts.map((c) => c.title ?? "").sort());
    const places = s.charts.flatMap((c) => (c.place ? [c.place.join(",")] : []));
    if (places.length > 0) chartPlaces.set(s.name, places.sort());
  }
  const filters = model.sheets.flatMap((s) => [
    ...(s.autoFilter
      ? [`${s.name}!${rangeToA1(s.autoFilter.range)} ${columnLetters(s.autoFilter.column)}: ${s.autoFilter.values}`]
      : []),
    ...[...(s.hiddenRows ?? [])].map((row) => `${s.name}!row ${row + 1}`),
    ...[...(s.rowHeights ?? [])].map(([row, points]) => `${s.name}!row ${row + 1} ${points}pt`),
    ...[...(s.outlineLevels ?? [])].map(([row, level]) => `${s.name}!row ${row + 1} level ${level}`),
  ]);
  return {
    cells,
    sheets: model.sheets.map((s) => s.name),
    rules,
    notes,
    formats,
    merges,
    widths,
    hidden,
    charts,
    chartTitles,
    chartPlaces,
    filters: filters.sort(),
  };
}

/**
 * What the WPS fake's workbook holds: its cells, sheets, merged areas, hidden columns and filters (the rest of Held left empty:
 * WPS's rules, notes and looks are the adapter tests' to compare).
 */
export function heldOfWps(model: WpsModel): Held {
  const cells = new Map<string, string>();
  for (const s of model.sheets) {
    if (s.name === MARKS_SHEET) continue;
    for (const [k, cell] of s.cells) {
      const [row, col] = k.split(",").map(Number);
      const text = cellText(cell.value, cell.formula);
      if (text) cells.set(`${s.name}!${cellName(row, col)}`, text);
    }
  }
  const none = new Map<string, never>();
  const ours = model.sheets.filter((s) => s.name !== MARKS_SHEET);
  return {
    cells,
    sheets: model.sheets.map((s) => s.name),
    rules: none,
    notes: none,
    formats: none,
    merges: ours.flatMap((s) => s.merges.map((m) => `${s.name}!${rangeToA1(m)}`)).sort(),
    widths: none,
    hidden: ours.flatMap((s) => [...s.hiddenColumns].map((col) => `${s.name}!${columnLetters(col)}`)).sort(),
    charts: none,
    chartTitles: none,
    chartPlaces: none,
    filters: ours
      .flatMap((s) => [
        ...(s.autoFilter
          ? [`${s.name}!${rangeToA1(s.autoFilter.range)} ${columnLetters(s.autoFilter.column)}: ${s.autoFilter.values}`]
          : []),
        ...[...(s.hiddenRows ?? [])].map((row) => `${s.name}!row ${row + 1}`),
        ...[...(s.rowHeights ?? [])].map(([row, points]) => `${s.name}!row ${row + 1} ${points}pt`),
        ...[...(s.outlineLevels ?? [])].map(([row, level]) => `${s.name}!row ${row + 1} level ${level}`),
      ])
      .sort(),
  };
}

/** Both writers a scenario runs against: the checked file (the CLI) and Excel (the strict fake). */
export const BOTH_DRIVERS = [xlsxDriver, excelDriver] as Driver<unknown>[];
