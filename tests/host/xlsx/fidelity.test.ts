/**
 * The checked copy keeps what it has no reason to touch. The workbooks come from a second tool
 * (openpyxl, plus parts it cannot make: fixtures/make-features.py) with charts, images with one- and
 * two-cell anchors, a table, a pivot table and cache, a VBA project (.xlsm), custom XML, printer settings,
 * plain-text notes, a sheet protected with a legacy password and defined names of every kind.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import type { Plan, PlanOp } from "../../../src/core/plan/types";
import { MARKS_SHEET, type WorkbookSnapshot } from "../../../src/core/types";
import { decodeXstring } from "../../../src/host/xlsx/parts";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../../src/host/xlsx/write";
import { openPackage, type StoredEntry } from "../../../src/host/xlsx/zip";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";

const FIXTURES = path.join(__dirname, "fixtures");
const XLSX = readFileSync(path.join(FIXTURES, "features.xlsx"));
const XLSM = readFileSync(path.join(FIXTURES, "features.xlsm"));

function check(data: Uint8Array) {
  const { snapshot, pkg } = readWorkbookBytes(data);
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: "2024-07-31" }, "2024-07-31"), { formulas: false });
  if (run.outcome !== "planned") throw new Error("no tables");
  return { plan: run.plan, output: writeCheckedCopy(pkg, run.plan) };
}

/** The package's parts (directory entries some zips carry are not parts). */
const parts = (data: Uint8Array) => unzipSync(data, { filter: (f) => !f.name.endsWith("/") });
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** Sheet name → part, from the package itself (the test does not trust the writer's map). */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const rels = text(files["xl/_rels/workbook.xml.rels"]);
  const out = new Map<string, string>();
  for (const m of text(files["xl/workbook.xml"]).matchAll(/<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    const t = (target?.[1] ?? target?.[2] ?? "").replace(/^\/?(xl\/)?/, "");
    out.set(m[1].replace(/&amp;/g, "&"), `xl/${t}`);
  }
  return out;
}

/** Every part the plan may change: the package's map, styles, and the sheets it writes to with their notes. */
function partsThePlanTouches(files: Record<string, Uint8Array>, plan: Plan): Set<string> {
  const touched = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);
  const sheets = sheetParts(files);
  const named = new Set(
    plan.ops.map((op) => ("sheet" in op ? op.sheet : "cell" in op ? op.cell.sheet : null)).filter(Boolean),
  );
  for (const name of named) {
    const part = sheets.get(name as string);
    if (!part) continue;
    const rels = part.replace(/([^/]+)$/, "_rels/$1.rels");
    touched.add(part).add(rels);
    for (const [rel] of text(files[rels]).matchAll(/<Relationship\b[^>]*>/g)) {
      const type = /Type="[^"]*\/(comments|vmlDrawing|drawing)"/.exec(rel);
      const target = /Target="([^"]+)"/.exec(rel);
      if (type && target)
        touched.add(
          target[1].startsWith("/")
            ? target[1].slice(1)
            : path.posix.normalize(path.posix.join(path.posix.dirname(part), target[1])),
        );
    }
  }
  return touched;
}

function definedNames(files: Record<string, Uint8Array>) {
  return [...text(files["xl/workbook.xml"]).matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)].map((m) => ({
    name: /name="([^"]*)"/.exec(m[1])?.[1],
    scope: /localSheetId="(\d+)"/.exec(m[1])?.[1] ?? null,
    text: m[2],
  }));
}

describe.each([
  ["features.xlsx", XLSX],
  ["features.xlsm", XLSM],
])("the checked copy of %s", (_name, original) => {
  const before = parts(original);
  const { plan, output } = check(original);
  const after = parts(output);

  test("drops no part and keeps every part the plan has no reason to touch byte-identical", () => {
    const touched = partsThePlanTouches(before, plan);
    const untouched = Object.keys(before).filter((p) => !touched.has(p));
    // The features the issue names are all among them.
    for (const p of [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/media/image1.png",
      "xl/media/image2.png",
      "xl/tables/table1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/theme/theme1.xml",
      "customXml/item1.xml",
      "xl/printerSettings/printerSettings1.bin",
    ])
      expect(untouched).toContain(p);
    for (const p of Object.keys(before)) expect([p, p in after]).toEqual([p, true]);
    for (const p of untouched) expect([p, Buffer.from(after[p]).equals(Buffer.from(before[p]))]).toEqual([p, true]);
  });

  test("copies every untouched part with its compressed bytes as they were (nothing inflated or deflated again)", () => {
    const touched = partsThePlanTouches(before, plan);
    const source = openPackage(original).parts;
    const copy = openPackage(output).parts;
    for (const [name, entry] of source) {
      if (touched.has(name)) continue;
      const copied = copy.get(name) as StoredEntry;
      expect([name, copied.compression, copied.crc, copied.originalSize]).toEqual([
        name,
        (entry as StoredEntry).compression,
        (entry as StoredEntry).crc,
        (entry as StoredEntry).originalSize,
      ]);
      expect([name, Buffer.from(copied.data).equals(Buffer.from((entry as StoredEntry).data))]).toEqual([name, true]);
    }
  });

  test("keeps every defined name's text and scope", () => {
    const names = definedNames(after);
    for (const name of definedNames(before)) expect(names).toContainEqual(name);
    expect(definedNames(before).map((n) => n.name)).toEqual(
      expect.arrayContaining(["常量", "合计", "本表预算", "_xlnm.Print_Area"]),
    );
  });

  test("new parts never take a name of the user's", () => {
    // The user's chart1 and drawing1 stay theirs; the summary chart is a part of its own.
    expect(text(after["xl/charts/chart1.xml"])).toBe(text(before["xl/charts/chart1.xml"]));
    const ours = Object.keys(after).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p) && !(p in before));
    expect(ours).toHaveLength(1);
    expect(text(after[ours[0]])).toContain("'监控汇总'!");
  });

  test("keeps the legacy password of the protected sheet it writes to", () => {
    const sheets = sheetParts(before);
    const protectedPart = [...sheets.values()].find((p) => /<sheetProtection\b[^>]*password=/.test(text(before[p])))!;
    const protection = /<sheetProtection\b[^>]*\/>/.exec(text(before[protectedPart]))![0];
    expect(text(after[protectedPart])).toContain(protection);
  });

  test("keeps the user's notes and adds ours beside them", () => {
    const notes = Object.keys(before).filter((p) => /comment\d*\.xml$/.test(p));
    expect(notes.length).toBeGreaterThan(0);
    for (const p of notes) {
      const kept = [...text(before[p]).matchAll(/<comment\b[\s\S]*?<\/comment>/g)].map((m) => m[0]);
      for (const c of kept) expect(text(after[p])).toContain(c);
    }
  });

  test("reads back with every cell the plan did not write unchanged", () => {
    const written = new Set(
      plan.ops.flatMap((op) => ("cell" in op ? [`${op.cell.sheet}!${op.cell.row},${op.cell.col}`] : [])),
    );
    const cells = (data: Uint8Array) => {
      const out = new Map<string, unknown>();
      for (const s of readWorkbookBytes(data).snapshot.sheets)
        s.values.forEach((row, r) =>
          row.forEach((v, c) => {
            const key = `${s.name}!${r + s.originRow},${c + s.originCol}`;
            if (v !== null && !written.has(key)) out.set(key, [v, s.formulas?.[r]?.[c] ?? null]);
          }),
        );
      return out;
    };
    const kept = cells(output);
    for (const [key, v] of cells(original)) expect([key, kept.get(key)]).toEqual([key, v]);
    expect(readWorkbookBytes(output).snapshot.sheets.map((s) => s.name)).toContain("监控汇总");
  });

  test("ExcelJS reads the copy no worse than the original (it cannot read openpyxl's image anchors)", async () => {
    const load = (data: Uint8Array) =>
      new ExcelJS.Workbook().xlsx.load(data as unknown as ArrayBuffer).then(
        () => "ok",
        (e: Error) => e.message,
      );
    expect(await load(output)).toBe(await load(original));
  });

  test("a second run gives the same workbook and still keeps the user's parts", () => {
    const second = check(output);
    const again = parts(second.output);
    expect(Object.keys(again).sort()).toEqual(Object.keys(after).sort());
    for (const p of Object.keys(after)) expect([p, text(again[p]) === text(after[p])]).toEqual([p, true]);
  });
});

test("a .xlsm stays a macro-enabled workbook with its VBA project", () => {
  const { output } = check(XLSM);
  const files = parts(output);
  expect(Buffer.from(files["xl/vbaProject.bin"]).equals(Buffer.from(parts(XLSM)["xl/vbaProject.bin"]))).toBe(true);
  expect(text(files["[Content_Types].xml"])).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  expect(text(files["xl/_rels/workbook.xml.rels"])).toContain("vbaProject.bin");
});

/*
 * ECMA-376 ST_Xstring: a character XML 1.0 cannot hold is written _xHHHH_. A UTF-16 half without its other half is
 * one (XML 1.0 Char leaves out D800–DFFF; Excel's LEFT("😀",1) makes one, stored `_xD83D_`): UTF-8 has no bytes for
 * it, so it became U+FFFD. A carriage return is a Char, but every XML parser reads it as a line feed (XML 1.0 §2.11),
 * and MS-OI29500 2.1.1747 says "Carriage Return (0x000D): This character shall be escaped".
 */
test("a half surrogate pair and a carriage return in a cell or a note are written as escapes and read back as they were", () => {
  const texts = ["笑\ud83d", "\ude00尾", "第一行\r\n第二行", "😀𠀀", "_xD83D_"];
  const ops: PlanOp[] = texts.flatMap((text, i): PlanOp[] => [
    { op: "setValue", cell: { sheet: SHEETS[0], row: 50 + i, col: 0 }, value: text },
    { op: "note", cell: { sheet: SHEETS[0], row: 50 + i, col: 1 }, text },
  ]);
  const marks = { version: 2, sheets: [], names: [], charts: [], cells: {}, inputs: [], conditionalFormats: [] };
  const output = writeCheckedCopy(XLSX, { ops, marks: { ...marks, validations: [] }, messages: [] } as Plan);
  const before = parts(XLSX);
  for (const [name, bytes] of Object.entries(parts(output)))
    if (!before[name] || !Buffer.from(bytes).equals(Buffer.from(before[name])))
      expect([name, /[\r\ufffd]/.test(text(bytes))]).toEqual([name, false]); // the parts the plan wrote
  const sheet = readWorkbookBytes(output).snapshot.sheets.find((s) => s.name === SHEETS[0])!;
  const at = (row: number, col: number) => sheet.values[row - sheet.originRow]?.[col - sheet.originCol];
  expect(texts.map((_, i) => at(50 + i, 0))).toEqual(texts);
  expect(texts.map((_, i) => sheet.notes?.find((n) => n.row === 50 + i && n.col === 1)?.text)).toEqual(texts);
});

// ───────────────────────────── random plans ─────────────────────────────

const SHEETS = ["1 办公用品采购", "2 检察业务费"];
const cellArb = fc.record({
  sheet: fc.constantFrom(...SHEETS),
  row: fc.integer({ min: 0, max: 40 }),
  col: fc.integer({ min: 0, max: 30 }),
});
const textArb = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("达标", "a&b<c>\"'", "\u001b[31m红", "_x0041_", " 前后空格 "),
);
const valueArb = fc.oneof(
  textArb,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const rangeArb = fc
  .record({ top: fc.integer({ min: 0, max: 30 }), left: fc.integer({ min: 0, max: 20 }), h: fc.nat(3), w: fc.nat(3) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));
const opArb: fc.Arbitrary<PlanOp> = fc.oneof(
  fc.record({ op: fc.constant("setValue" as const), cell: cellArb, value: valueArb }),
  fc.record({
    op: fc.constant("setValue" as const),
    cell: cellArb,
    value: fc.double({ min: 0, max: 1, noNaN: true }),
    style: fc.record({
      numberFormat: fc.constantFrom("0%", "0.00%", "#,##0.00"),
      bold: fc.boolean(),
      fill: fc.constantFrom("FFC7CE", "C6EFCE"),
    }),
  }),
  fc.record({
    op: fc.constant("setFormula" as const),
    cell: cellArb,
    formula: fc.constantFrom("1+1", "SUM(A1:A3)", 'IF(A1>0,"是","否")'),
    value: valueArb,
  }),
  fc.record({ op: fc.constant("note" as const), cell: cellArb, text: textArb }),
  fc.record({ op: fc.constant("clear" as const), sheet: fc.constantFrom(...SHEETS), range: rangeArb }),
  fc.record({
    op: fc.constant("validationList" as const),
    sheet: fc.constantFrom(...SHEETS),
    range: rangeArb,
    list: fc.constant<string[]>(["达成", "部分达成", "未达成"]),
  }),
  fc.record({
    op: fc.constant("conditionalFormat" as const),
    sheet: fc.constantFrom(...SHEETS),
    ranges: fc.array(rangeArb, { minLength: 1, maxLength: 2 }),
    formula: fc.constant('$A1="红"'),
    highlight: fc.constant({ light: "red" as const, fill: "FFC7CE", font: "9C0006" }),
  }),
  fc.record({
    op: fc.constant("columnWidth" as const),
    sheet: fc.constantFrom(...SHEETS),
    col: fc.nat(20),
    width: fc.integer({ min: 4, max: 40 }),
  }),
  fc.record({ op: fc.constant("defineName" as const), name: fc.constantFrom("监控时点", "测试名"), cell: cellArb }),
);

/** What a cell holds after the plan, as both readers report it (Office.js semantics: "" is empty). */
function expected(ops: PlanOp[]): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const op of ops) {
    if (op.op === "setValue" || op.op === "setFormula") {
      // A number is stored as its text: -0 is written "0" (as Excel writes it) and reads back as 0.
      const v = op.value === "" ? null : Object.is(op.value, -0) ? 0 : op.value;
      cells.set(`${op.cell.sheet}!${op.cell.row},${op.cell.col}`, v);
    } else if (op.op === "clear")
      for (let r = op.range.top; r <= op.range.bottom; r++)
        for (let c = op.range.left; c <= op.range.right; c++) cells.set(`${op.sheet}!${r},${c}`, null);
  }
  return cells;
}

/**
 * ExcelJS leaves ECMA-376's _xHHHH_ escapes (how a cell stores control characters) undecoded; Excel and
 * our reader decode them. Decoded here so both readers are compared on what the cell holds.
 */
function decodedStrings<T>(snapshot: T): T {
  return JSON.parse(JSON.stringify(snapshot), (_k, v: unknown) => (typeof v === "string" ? decodeXstring(v) : v)) as T;
}

/**
 * Without what ExcelJS's snapshot does not read: notes (not one stored as a plain <t>, Excel's own way), drop-down
 * lists, defined names.
 */
function withoutNotes(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
  const { names, ...rest } = snapshot;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
  return { ...rest, sheets: snapshot.sheets.map(({ notes, validations, ...cells }) => cells) };
}

/** The note each cell a note op named holds after the plan ("" = none): a clear leaves notes alone. */
function expectedNotes(ops: PlanOp[]): Map<string, string> {
  const notes = new Map<string, string>();
  for (const op of ops) if (op.op === "note") notes.set(`${op.cell.sheet}!${op.cell.row},${op.cell.col}`, op.text);
  return notes;
}

/** ExcelJS-made (ExcelJS reads it) and openpyxl-made with parts ExcelJS cannot read (our reader only). */
const SOURCES = [
  { data: readFileSync(path.join(__dirname, "../../fixtures/seed-per-sheet.xlsx")), exceljs: true },
  { data: XLSX, exceljs: false },
];

test("random plans: the copy re-reads with ExcelJS and with our reader as the plan wrote it; other parts stay", async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(0, 1), fc.array(opArb, { minLength: 1, maxLength: 25 }), async (which, ops) => {
      const source = SOURCES[which];
      const before = parts(source.data);
      const plan: Plan = {
        ops,
        marks: {
          version: 2,
          sheets: [],
          names: [],
          charts: [],
          cells: {},
          inputs: [],
          conditionalFormats: [],
          validations: [],
        },
        messages: [],
      };
      const output = writeCheckedCopy(source.data, plan);
      const mine = readWorkbookBytes(output).snapshot;
      // The second reader: ExcelJS sees the same cells (where it can read the source at all).
      if (source.exceljs) expect(withoutNotes(mine)).toEqual(decodedStrings((await snapshotFromXlsx(output)).snapshot));
      for (const [key, text] of expectedNotes(ops)) {
        const [sheet, at] = key.split("!");
        const [row, col] = at.split(",").map(Number);
        const note = mine.sheets.find((x) => x.name === sheet)?.notes?.find((n) => n.row === row && n.col === col);
        expect([key, note?.text ?? ""]).toEqual([key, text]);
      }
      for (const [key, value] of expected(ops)) {
        const [sheet, at] = key.split("!");
        const [row, col] = at.split(",").map(Number);
        const s = mine.sheets.find((x) => x.name === sheet)!;
        const got = s.values[row - s.originRow]?.[col - s.originCol] ?? null;
        // Continuation cells of a merged area read as empty whatever was written there.
        const merged = s.merges.some(
          (m) =>
            row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left),
        );
        if (!merged) expect([key, got]).toEqual([key, value]);
      }
      const after = parts(output);
      const touched = partsThePlanTouches(before, plan);
      for (const p of Object.keys(before))
        if (!touched.has(p)) expect([p, Buffer.from(after[p]).equals(Buffer.from(before[p]))]).toEqual([p, true]);
      expect(mine.sheets.map((s) => s.name)).not.toContain(MARKS_SHEET);
    }),
    { numRuns: 40 },
  );
}, 300_000);
