/**
 * One value typed far out on a goal sheet in WPS (and Excel) — at XFD40, or at A1048576 — or a number format given to a cell down
 * there: the sheet's UsedRange then reaches it, and reading UsedRange.Value2 / Formula whole asks WPS for one 2-D array
 * of hundreds of thousands to millions of cells (A1:H1048576 is 8.4 million), the memory and the hang of a clerk's worst
 * day. The reader reads no more than READ_CELLS a read, and finds the parts holding something by COUNTA (read.ts
 * heldParts): the cells it asks for follow the cells held. Judged on what the strict fake was asked for (READ_LIMIT:
 * cells a read; cellsAsked: cells in all), not on time.
 * - XFD40 (below the table), a format at A1048576, a value at A1048576 or XFD1048576 (its cells then span A1:H1048576
 *   or A1:XFD1048576): the check finishes, finds the table, writes beside it as without the stray cell, and a second
 *   check changes nothing; the clerk's cell stays. So from the command line and in Excel, and with a merge across a
 *   whole row or down a whole column. A sheet costs the cells it holds (MAX_HELD_CELLS), not its extent.
 * Before: the WPS reader read UsedRange.Value2 and Formula whole (a read of 655,360 cells for XFD40, 8.4 million for
 * A1048576), which the fake refuses; the Excel add-in read all 14.7 million cells in bands. Then (session 38 to 47) a
 * value at A1048576 was refused by every host ("内容分布在 A1:H1048576，超过单张工作表 2,000,000 个单元格的范围上限").
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import type { WorkbookSnapshot } from "../../src/core/types";
import { FakeWps, READ_LIMIT, modelFromSnapshot } from "../host/wps/fake";
import { rangeToA1 } from "../../src/core/a1";
import type { CellRange, CheckResult } from "../../src/core/types";
import { workbookMap } from "../../src/host/xlsx/parts";
import { concat, openPackage, packPackage, partText, setPartText, type Package } from "../../src/host/xlsx/zip";
import { excelDriver, xlsxDriver, type Driver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const AS_OF = "2024-07-31";
const S = "1 办公用品采购";
let seed: WorkbookSnapshot;

beforeAll(() => {
  seed = readWorkbookBytes(readFileSync(SAMPLE)).snapshot;
});

const open = () => new FakeWps(modelFromSnapshot(seed));
const cellsOf = (fake: FakeWps, sheet: string) =>
  [...fake.sheet(sheet).cells]
    .filter(([, c]) => c.value !== null || c.formula)
    .map(([k, c]) => `${k}=${c.formula ?? JSON.stringify(c.value)}`)
    .sort();

/** What the check wrote on S and the summary when the sheet holds only the table. */
let plain: { sheet: string[]; summary: string[] };

beforeAll(() => {
  const fake = open();
  runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  plain = { sheet: cellsOf(fake, S), summary: cellsOf(fake, "监控汇总") };
});

describe.each([
  [
    "a value typed at XFD40, below the table and far right",
    (fake: FakeWps) => (fake.app.ActiveWorkbook!.Worksheets.Item(S).Range("XFD40").Value2 = "备用"),
  ],
  [
    "a number format given to A1048576",
    (fake: FakeWps) => (fake.app.ActiveWorkbook!.Worksheets.Item(S).Range("A1048576").NumberFormat = "0.00"),
  ],
  [
    "a value typed at A1048576, below the table",
    (fake: FakeWps) => (fake.app.ActiveWorkbook!.Worksheets.Item(S).Range("A1048576").Value2 = "x"),
  ],
  [
    "a value typed at XFD1048576",
    (fake: FakeWps) => (fake.app.ActiveWorkbook!.Worksheets.Item(S).Range("XFD1048576").Value2 = "x"),
  ],
])("%s", (_, edit) => {
  test("the check finishes, finds the table and writes beside it as without it; twice is once; bounded reads", () => {
    const fake = open();
    edit(fake);
    const before = cellsOf(fake, S);
    fake.cellsAsked = 0;
    const first = runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    expect(first.check?.tables.map((t) => t.table.sheet)).toContain(S);
    // As without the stray cell: the clerk's cell kept, nothing else changed.
    const stray = before.filter((c) => !plain.sheet.includes(c));
    expect(cellsOf(fake, S)).toEqual([...plain.sheet, ...stray].sort());
    expect(cellsOf(fake, "监控汇总")).toEqual(plain.summary);
    // Bounded: no read past READ_LIMIT (the fake refuses one), and all reads of every sheet in a few hundred thousand
    // cells (the used range of S alone: 655,360 cells for XFD40, 8,388,608 for A1048576).
    expect(fake.largestRead).toBeLessThanOrEqual(READ_LIMIT);
    expect(fake.cellsAsked).toBeLessThan(300_000);
    const once = cellsOf(fake, S);
    runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    expect(cellsOf(fake, S)).toEqual(once);
  });
});

/** What a check said: its tables, review and diagnostics. */
const judged = (c: CheckResult): unknown => JSON.parse(JSON.stringify([c.tables, c.review, c.diagnostics]));

/**
 * Far edits a clerk makes beside the sample's first table (8 columns, 15 rows), for the command line and Excel. A merge
 * goes into the .xlsx as its <mergeCell> (xlsxEdit's merge empties the area cell by cell: a minute for a whole column).
 */
const FAR: [string, UserEdit[]][] = [
  ["a value typed at A1048576", [{ sheet: S, row: 1_048_575, col: 0, type: "x" }]],
  ["a value typed at XFD1048576", [{ sheet: S, row: 1_048_575, col: 16_383, type: "x" }]],
  [
    "a note typed at A40 merged across the whole row",
    [
      { sheet: S, row: 39, col: 0, type: "备注" },
      { sheet: S, merge: { top: 39, left: 0, bottom: 39, right: 16_383 } },
    ],
  ],
  [
    "a value at A1048576 and a column merged down the whole sheet",
    [
      { sheet: S, row: 1_048_575, col: 0, type: "x" },
      { sheet: S, merge: { top: 0, left: 25, bottom: 1_048_575, right: 25 } },
    ],
  ],
];

describe.each([xlsxDriver, excelDriver] as Driver<unknown>[])("$name", (driver) => {
  /** The sample's cells, and what the check judged and wrote on the sample alone. */
  let alone: { before: Map<string, string>; judged: unknown; held: Held; again: unknown };
  beforeAll(async () => {
    const sample = await driver.open(SAMPLE);
    const before = (await driver.held(sample)).cells;
    const run = await driver.check(sample, false, AS_OF);
    const held = await driver.held(run.workbook);
    const again = judged((await driver.check(run.workbook, false, AS_OF)).check!);
    alone = { before, judged: judged(run.check!), held, again };
  });

  test.each(FAR)("%s: checked as the sheet without it, the clerk's cells kept; twice is once", async (_, edits) => {
    const merges: UserEdit[] = driver === xlsxDriver ? edits.filter((e) => "merge" in e) : [];
    const typed = await driver.edit(
      await driver.open(SAMPLE),
      edits.filter((e) => !merges.includes(e)),
    );
    const edited = merges.length ? mergedInXml(typed as Uint8Array, merges) : typed;
    const before = await driver.held(edited);
    const first = await driver.check(edited, false, AS_OF);
    expect(first.check!.tables.length).toBeGreaterThan(0);
    expect(judged(first.check!)).toEqual(alone.judged);
    const after = await driver.held(first.workbook);
    // Ours as without the edit; the clerk's cells and merges as they were.
    const theirs = [...before.cells].filter(([k]) => !alone.before.has(k));
    expect(theirs.length).toBeGreaterThan(0);
    expect([...after.cells].sort()).toEqual([...alone.held.cells, ...theirs].sort());
    for (const m of before.merges) expect(after.merges).toContain(m);
    // In the .xlsx copy, the far row's XML as the clerk's file had it.
    if (driver === xlsxDriver) expect(farRow(first.workbook as Uint8Array)).toBe(farRow(edited as Uint8Array));
    const again = await driver.check(first.workbook, false, AS_OF);
    expect(judged(again.check!)).toEqual(alone.again);
    expect([...(await driver.held(again.workbook)).cells].sort()).toEqual([...after.cells].sort());
  });
});

/** The sheet S's XML in an .xlsx, and a way to set it. */
function sheetPart(bytes: Uint8Array): { pkg: Package; part: string; xml: string } {
  const pkg = openPackage(bytes);
  const part = workbookMap(pkg).sheets.find((e) => e.name === S)!.part!;
  return { pkg, part, xml: partText(pkg, part)! };
}

/** The merges written into S's XML as <mergeCell> elements. */
function mergedInXml(bytes: Uint8Array, edits: UserEdit[]): Uint8Array {
  const { pkg, part, xml } = sheetPart(bytes);
  const refs = edits.map((e) => `<mergeCell ref="${rangeToA1((e as { merge: CellRange }).merge)}"/>`).join("");
  const edited = xml.replace(
    /<mergeCells count="(\d+)">/,
    (_, n) => `<mergeCells count="${Number(n) + edits.length}">${refs}`,
  );
  expect(edited).not.toBe(xml);
  setPartText(pkg, part, edited);
  return concat(packPackage(pkg));
}

/** S's last row as XML ("" when none). */
const farRow = (bytes: Uint8Array) => /<row r="1048576"[\s\S]*?<\/row>/.exec(sheetPart(bytes).xml)?.[0] ?? "";

test("Clear marks with a number format given to A1048576 of our summary: it finishes, reading looks only where cells are", () => {
  // Before: the looks of our summary were read cell by cell over its UsedRange (three calls a cell): a million rows.
  const fake = open();
  runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  fake.app.ActiveWorkbook!.Worksheets.Item("监控汇总").Range("A1048576").NumberFormat = "0.00";
  fake.calls = 0;
  runClear(fake.app);
  expect(fake.calls).toBeLessThan(100_000);
  expect(cellsOf(fake, S)).toEqual(cellsOf(open(), S)); // the table's sheet as before the check
});
