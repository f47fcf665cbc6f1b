/**
 * A value typed far right on each of many rows of a goal sheet — a note at XFD on 10,000 rows below the table, or a
 * note column at ZZ down 200,000 rows — in Excel and in WPS. The sheet's used range then spans hundreds of millions of
 * cells; what the add-in reads and keeps must follow the cells held (a few hundred thousand), not rows × columns.
 * Before (session 48): each row read by its parts held was laid out from column A to its last cell (16,384 or 702
 * cells a row): out of memory or minutes. Judged on what the check finds and writes (as the sheet without the notes)
 * and, for WPS, on the cells the strict fake was asked for (READ_LIMIT a read); not on time.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runCheck } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { columnIndex } from "../../src/core/a1";
import type { CheckResult, WorkbookSnapshot } from "../../src/core/types";
import { FakeExcel, modelFromSnapshot as excelModel } from "../host/excel/fake";
import { FakeWps, READ_LIMIT, modelFromSnapshot } from "../host/wps/fake";
import { excelDriver } from "./drivers";

jest.setTimeout(180_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const AS_OF = "2024-07-31";
const S = "1 办公用品采购";
let seed: WorkbookSnapshot;
beforeAll(() => {
  seed = readWorkbookBytes(readFileSync(SAMPLE)).snapshot;
});

/** What a check said: its tables, review and diagnostics. */
const judged = (c: CheckResult): unknown => JSON.parse(JSON.stringify([c.tables, c.review, c.diagnostics]));

/** The far notes: one at `col` on each of `rows` rows from row 20 down. */
const FAR: [string, string, number][] = [
  ["a note at XFD on each of 10,000 rows", "XFD", 10_000],
  ["a note column at ZZ down 200,000 rows", "ZZ", 200_000],
];
const notes = (col: string, rows: number) =>
  Array.from({ length: rows }, (_, i) => ({ row: 19 + i, col: columnIndex(col), text: `备注${i}` }));

type Cells = Map<string, { value: unknown; formula: string | null }>;
/** A fake's cells of a sheet holding something, as "row,col=value" (formulas as written). */
const held = (cells: Cells) =>
  [...cells]
    .filter(([, c]) => (c.value !== null && c.value !== "") || c.formula)
    .map(([k, c]) => `${k}=${c.formula ?? JSON.stringify(c.value)}`)
    .sort();

describe("Excel add-in (strict fake)", () => {
  let alone: { judged: unknown; cells: string[] };
  beforeAll(async () => {
    const fake = new FakeExcel(excelModel(seed));
    const run = await excelDriver.check(fake, false, AS_OF);
    alone = { judged: judged(run.check!), cells: held(fake.model.sheets.find((s) => s.name === S)!.cells) };
  });

  test.each(FAR)("%s: checked as without them, the notes kept; twice is once", async (_, col, rows) => {
    const fake = new FakeExcel(excelModel(seed));
    const sheet = fake.model.sheets.find((s) => s.name === S)!;
    const typed = notes(col, rows);
    for (const n of typed)
      sheet.cells.set(`${n.row},${n.col}`, { value: n.text, formula: null, numberFormat: "General" });
    const first = await excelDriver.check(fake, false, AS_OF);
    expect(judged(first.check!)).toEqual(alone.judged);
    const theirs = typed.map((n) => `${n.row},${n.col}=${JSON.stringify(n.text)}`);
    const after = held(sheet.cells);
    expect(after).toEqual([...alone.cells, ...theirs].sort());
    await excelDriver.check(fake, false, AS_OF);
    expect(held(sheet.cells)).toEqual(after);
  });
});

describe("WPS (strict fake)", () => {
  let alone: { judged: unknown; cells: string[] };
  beforeAll(() => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    const run = runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    alone = { judged: judged(run.check!), cells: held(fake.sheet(S).cells) };
  });

  test.each(FAR)("%s: checked as without them, the notes kept; reads follow the cells held", (_, col, rows) => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    const typed = notes(col, rows);
    const cells = fake.sheet(S).cells;
    for (const n of typed) cells.set(`${n.row},${n.col}`, { value: n.text, formula: null, numberFormat: "General" });
    fake.cellsAsked = 0;
    const first = runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    expect(judged(first.check!)).toEqual(alone.judged);
    const after = held(cells);
    expect(after).toEqual([...alone.cells, ...typed.map((n) => `${n.row},${n.col}=${JSON.stringify(n.text)}`)].sort());
    // Bounded: no read past READ_LIMIT, and all reads within a few times the cells held (the used range of S alone
    // spans 164 million cells for XFD, 140 million for ZZ).
    expect(fake.largestRead).toBeLessThanOrEqual(READ_LIMIT);
    expect(fake.cellsAsked).toBeLessThan(4 * rows + 100_000);
    runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    expect(held(cells)).toEqual(after);
  });
});
