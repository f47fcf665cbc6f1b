/**
 * Review of the notes change (aea6f36), session 24: what a clerk does between runs that made the product lose or
 * damage something. Each test fails on main as of a398565; see the review report for the steps with real tools
 * (LibreOffice / openpyxl) that found them.
 */
import { asOpenpyxlSavesDrawing, wellFormed } from "../host/xlsx/otherToolsXml";
import { parseA1Range } from "../../src/core/a1";
import { MARKS_SHEET } from "../../src/core/types";
import { readRels, workbookMap } from "../../src/host/xlsx/parts";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import type { FakeExcel } from "../host/excel/fake";
import { excelDriver, xlsxDriver, type Driver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";
import path from "node:path";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const CLERK = "王会计：完成时限已与处室确认。";
const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");

/** Rows of our status cells on the seed's sheet (formulas or values: the column headed 状态 beside 实际完成值). */
function statusRows(held: Held): number[] {
  const formulas = [...held.cells]
    .filter(([k, v]) => k.startsWith(`${S}!`) && v.startsWith("f:PERF.STATUS("))
    .map(([k]) => parseA1Range(k.split("!")[1])!.top);
  if (formulas.length) return formulas.sort((a, b) => a - b);
  const actual = actualColumn(held);
  const header = [...held.cells].find(([k, v]) => {
    const r = parseA1Range(k.split("!")[1])!;
    return k.startsWith(`${S}!`) && v === 'v:"状态"' && r.top === actual.row && r.left > actual.col;
  })![0];
  const h = parseA1Range(header.split("!")[1])!;
  const rows: number[] = [];
  for (let row = h.top + 1; held.cells.has(`${S}!${cellOf(row, h.left)}`); row++) rows.push(row);
  return rows;
}

function actualColumn(held: Held): { row: number; col: number } {
  const header = [...held.cells].find(([k, v]) => k.startsWith(`${S}!`) && v === 'v:"实际完成值"')![0];
  const h = parseA1Range(header.split("!")[1])!;
  return { row: h.top, col: h.left };
}

/** Every part of `kind` ("vmlDrawing" / "drawing") of every sheet, by name. */
function sheetParts(bytes: Uint8Array, relType: string): Map<string, string> {
  const pkg = openPackage(bytes);
  const out = new Map<string, string>();
  for (const entry of workbookMap(pkg).sheets) {
    if (!entry.part) continue;
    for (const rel of readRels(pkg, entry.part).filter((r) => !r.external && r.type.endsWith(relType)))
      out.set(rel.target, partText(pkg, rel.target) ?? "");
  }
  return out;
}

// ───── 1. A record written before noteHashes (every workbook checked by the previous version) ─────

describe("Excel: legacy record (no noteHashes), the clerk notes a pending status cell, then deletes the row above", () => {
  test("the next check (values, as the CLI writes them) keeps the clerk's note; the previous version kept it", async () => {
    const driver = excelDriver as Driver<FakeExcel>;
    const fake = await driver.open();
    await driver.check(fake, false);
    // Type 40 as the actual of the first five indicators: they turn yellow/red and get a note of ours.
    const first = await driver.held(fake);
    const rows = statusRows(first);
    const actual = actualColumn(first);
    const typed = rows.filter((r) => r > actual.row).slice(0, 5);
    await driver.edit(
      fake,
      typed.map((row) => ({ sheet: S, row, col: actual.col, type: 40 })),
    );
    await driver.check(fake, false);
    const noted = await driver.held(fake);
    // The last noted status cell, and the status cell just below it (no note of ours).
    const notedCells = [...noted.notes.keys()].map((k) => parseA1Range(k.split("!")[1])!);
    const statusCol = notedCells[0].left;
    const last = Math.max(...notedCells.map((r) => r.top));
    const below = last + 1;
    expect(rows).toContain(below);
    expect(noted.notes.has(`${S}!${cellOf(below, statusCol)}`)).toBe(false);

    // The record as the previous version wrote it: the noted cells, no hashes.
    const marksSheet = fake.model.sheets.find((s) => s.name === MARKS_SHEET)!;
    const cell = marksSheet.cells.get("0,0")!;
    const json = JSON.parse(String(cell.value));
    expect(json.noteHashes).toBeDefined();
    delete json.noteHashes;
    cell.value = JSON.stringify(json);

    // The clerk notes the pending cell below, then deletes the noted indicator's row: their note moves up onto
    // the cell the old record names as noted.
    const edits: UserEdit[] = [
      { sheet: S, row: below, col: statusCol, note: CLERK },
      { sheet: S, axis: "row", at: last, count: -1 },
    ];
    await driver.edit(fake, edits);
    const edited = await driver.held(fake);
    expect(edited.notes.get(`${S}!${cellOf(last, statusCol)}`)).toBe(CLERK);

    await driver.check(fake, false);
    const after = await driver.held(fake);
    expect(after.notes.get(`${S}!${cellOf(last, statusCol)}`)).toBe(CLERK);
  });
});

function cellOf(row: number, col: number): string {
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}

// ───── 2. A workbook last saved by another tool (openpyxl writes VML with ns0:/ns1:/ns2: prefixes) ─────

/** The VML as openpyxl saves it: the same elements under other prefixes (declared), which is valid XML. */
function otherPrefixes(vml: string): string {
  return vml
    .replace(/<xml\b[^>]*>/, (root) =>
      root
        .replace(/xmlns:v=/, "xmlns:ns0=")
        .replace(/xmlns:o=/, "xmlns:ns1=")
        .replace(/xmlns:x=/, "xmlns:ns2="),
    )
    .replace(/(<\/?|\s)v:/g, "$1ns0:")
    .replace(/(<\/?|\s)o:/g, "$1ns1:")
    .replace(/(<\/?|\s)x:/g, "$1ns2:");
}

function rewriteParts(bytes: Uint8Array, relType: string, change: (xml: string) => string): Uint8Array {
  const pkg = openPackage(bytes);
  for (const entry of workbookMap(pkg).sheets) {
    if (!entry.part) continue;
    for (const rel of readRels(pkg, entry.part).filter((r) => !r.external && r.type.endsWith(relType)))
      setPartText(pkg, rel.target, change(partText(pkg, rel.target) ?? ""));
  }
  return concat(packPackage(pkg));
}

/** The CLI copy checked, the first indicator's actual typed (a note of ours, so the sheet has a VML part), checked. */
async function oneNoteOfOurs() {
  const driver = xlsxDriver;
  const once = (await driver.check(await driver.open())).workbook;
  const held = await driver.held(once);
  const actual = actualColumn(held);
  const rows = statusRows(held).filter((r) => r > actual.row);
  const noted = (await driver.check(await driver.edit(once, [{ sheet: S, row: rows[0], col: actual.col, type: 40 }])))
    .workbook;
  return { driver, actual, rows, noted };
}

describe("CLI copy: notes on a sheet whose VML another tool saved with other prefixes", () => {
  test("a note of ours added there leaves the VML well-formed", async () => {
    const { driver, actual, rows, noted } = await oneNoteOfOurs();
    // Then "saved by openpyxl".
    const vmls = sheetParts(noted, "/vmlDrawing");
    expect(vmls.size).toBe(1);
    for (const xml of vmls.values()) expect(wellFormed(otherPrefixes(xml))).toBeNull();
    const saved = rewriteParts(noted, "/vmlDrawing", otherPrefixes);
    // Another indicator turns yellow: our note is added to that VML.
    const again = (
      await driver.check(await driver.edit(saved, [{ sheet: S, row: rows[1], col: actual.col, type: 40 }]))
    ).workbook;
    expect((await driver.held(again)).notes.size).toBe(2);
    for (const [part, xml] of sheetParts(again, "/vmlDrawing")) expect([part, wellFormed(xml)]).toEqual([part, null]);
  });

  test("a note of ours removed there takes its box too (no box left without its note)", async () => {
    const { driver, actual, rows, noted } = await oneNoteOfOurs();
    const saved = rewriteParts(noted, "/vmlDrawing", otherPrefixes);
    // The actual is corrected: the indicator is green, our note goes.
    const typed = await driver.edit(saved, [{ sheet: S, row: rows[0], col: actual.col, type: "" }]);
    const again = (await driver.check(typed)).workbook;
    expect((await driver.held(again)).notes.size).toBe(0);
    for (const xml of sheetParts(again, "/vmlDrawing").values()) expect(xml).not.toMatch(/ObjectType="Note"/);
  });
});

// ───── 3. The summary's drawing saved by another tool (default namespace, the chart renamed "Chart 1") ─────

describe("CLI copy: the summary sheet's drawing saved by openpyxl", () => {
  test("the chart the check adds leaves the drawing well-formed", async () => {
    const driver = xlsxDriver;
    const once = (await driver.check(await driver.open(SAMPLE), false)).workbook;
    const saved = rewriteParts(once, "/drawing", asOpenpyxlSavesDrawing);
    for (const xml of sheetParts(saved, "/drawing").values()) expect(wellFormed(xml)).toBeNull();
    const again = (await driver.check(saved, false)).workbook;
    for (const [part, xml] of sheetParts(again, "/drawing")) expect([part, wellFormed(xml)]).toEqual([part, null]);
  });
});

// ───── 4. Numbers saved with 15 significant digits (LibreOffice; openpyxl writes 16) ─────

describe("CLI copy: the workbook saved by LibreOffice (numbers to 15 significant digits)", () => {
  test("a new 执行数 updates our 执行率 cell; Clear marks removes it", async () => {
    const driver = xlsxDriver;
    const once = (await driver.check(await driver.open(SAMPLE), false)).workbook;
    // LibreOffice writes each number with 15 significant digits (0.31675641431738993 → 0.31675641431739).
    const pkg = openPackage(once);
    for (const entry of workbookMap(pkg).sheets)
      if (entry.part)
        setPartText(
          pkg,
          entry.part,
          (partText(pkg, entry.part) ?? "").replace(
            /<v>(-?[\d.]+(?:E-?\d+)?)<\/v>/gi,
            (_, n: string) => `<v>${Number(Number(n).toPrecision(15))}</v>`,
          ),
        );
    const saved = concat(packPackage(pkg));
    const sheet = "1 办公用品采购";
    const before = await driver.held(saved);
    expect(before.cells.get(`${sheet}!I7`)).toBe("v:0.31675641431739");
    // The clerk enters a new 1-7月执行数 (H7): 50 of the 63.14 budget.
    const typed = await driver.edit(saved, [{ sheet, row: 6, col: 7, type: 50 }]);
    const checked = await driver.check(typed, false);
    const after = await driver.held(checked.workbook);
    expect(Number(after.cells.get(`${sheet}!I7`)!.slice(2))).toBeCloseTo(50 / 63.14, 10);
    const cleared = await driver.held((await driver.clear(checked.workbook)).workbook);
    expect(cleared.cells.has(`${sheet}!I7`)).toBe(false);
  });
});

// ───── 5. Excel on the web: many notes ─────

describe("Excel on the web: a workbook with many notes", () => {
  test("30,000 short notes of the clerk's do not stop the check (it worked before notes were read)", async () => {
    const driver = excelDriver as Driver<FakeExcel>;
    const fake = await driver.open();
    await driver.check(fake);
    const sheet = fake.model.sheets.find((s) => s.name === S)!;
    for (let i = 0; i < 30_000; i++) sheet.notes.set(`${300 + Math.floor(i / 30)},${i % 30}`, `注${i}`);
    await expect(driver.check(fake)).resolves.toBeDefined();
  });

  test("5,000 notes of 400 characters do not stop the check", async () => {
    const driver = excelDriver as Driver<FakeExcel>;
    const fake = await driver.open();
    await driver.check(fake);
    const sheet = fake.model.sheets.find((s) => s.name === S)!;
    for (let i = 0; i < 5_000; i++) sheet.notes.set(`${300 + Math.floor(i / 20)},${i % 20}`, "说".repeat(400));
    await expect(driver.check(fake)).resolves.toBeDefined();
  });
});

// ───── 6. A note the clerk wrote whose text is one of ours (copied from another cell) ─────

describe.each([xlsxDriver, excelDriver] as Driver<unknown>[])(
  "$name: the clerk copies our note onto another status cell",
  (driver) => {
    test("their copy stays when that cell is written again without a note", async () => {
      const once = (await driver.check(await driver.open())).workbook;
      const held = await driver.held(once);
      const actual = actualColumn(held);
      const rows = statusRows(held).filter((r) => r > actual.row);
      const noted = (
        await driver.check(await driver.edit(once, [{ sheet: S, row: rows[0], col: actual.col, type: 40 }]))
      ).workbook;
      const [[cell, text]] = [...(await driver.held(noted)).notes];
      const col = parseA1Range(cell.split("!")[1])!.left;
      // Paste Special → Notes onto the status cell of the next indicator (pending, no note of ours).
      const copied = await driver.edit(noted, [{ sheet: S, row: rows[1], col, note: text }]);
      const again = await driver.held((await driver.check(copied)).workbook);
      expect(again.notes.get(`${S}!${cellOf(rows[1], col)}`)).toBe(text);
    });
  },
);

// ───── 7. The clerk types over one of our noted status cells ─────

describe.each([xlsxDriver, excelDriver] as Driver<unknown>[])(
  "$name: the clerk types their own status over one of our noted cells",
  (driver) => {
    test("Clear marks keeps their text but takes our note (its text is still ours)", async () => {
      const once = (await driver.check(await driver.open(), false)).workbook;
      const held = await driver.held(once);
      const actual = actualColumn(held);
      const rows = statusRows(held).filter((r) => r > actual.row);
      const noted = (
        await driver.check(await driver.edit(once, [{ sheet: S, row: rows[0], col: actual.col, type: 40 }]), false)
      ).workbook;
      const [[cell]] = [...(await driver.held(noted)).notes];
      const r = parseA1Range(cell.split("!")[1])!;
      const typed = await driver.edit(noted, [{ sheet: S, row: r.top, col: r.left, type: "已整改" }]);
      const checked = (await driver.check(typed, false)).workbook;
      const cleared = await driver.held((await driver.clear(checked)).workbook);
      expect(cleared.cells.get(cell)).toBe('v:"已整改"');
      expect(Object.fromEntries(cleared.notes)).toEqual({});
    });
  },
);
