/**
 * The clerk's 执行数 is a formula that shows an error for now (review37: H7 `=C4/0` → #DIV/0!; in real life a =SUM over
 * a detail sheet they deleted, #REF!). It was read as blank: the report said “未填执行数” (the clerk did fill it), and the
 * check did not take H7 (under 1-7月执行数（万元）) as the 执行数 at all — it added an input column of its own, I6
 * “执行数（万元）”, pushing 执行率 … 进度预警 one column right. Once the clerk fixed the formula the next check read H7
 * again but kept the stray empty column: checking twice was not checking once.
 * Now the error cell is the clerk's 执行数, said in one line at the cell; the clerk fixes the formula and checks again:
 * the workbook is what one check of the fixed workbook gives. The CLI's checked copy, the add-in on the strict Excel
 * fake, and WPS on its fake (its reader turns Value2's error text into the same error value).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkWorkbook } from "../../src/core/check";
import { whyNoExecution } from "../../src/core/evaluate/evaluate";
import { DEFAULT_SETTINGS, type CellValue, type WorkbookSnapshot } from "../../src/core/types";
import { runCheck as runWpsCheck } from "../../src/host/wps/actions";
import { readWorkbook as readWpsWorkbook } from "../../src/host/wps/read";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import type { FakeExcel } from "../host/excel/fake";
import { FakeWps, modelFromSnapshot as wpsModelOf } from "../host/wps/fake";
import { excelDriver, heldOfWps, xlsxDriver, type Held } from "./drivers";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const SHEET = "1 办公用品采购";
const AS_OF = "2024-07-31";
const PART = "xl/worksheets/sheet1.xml";
/** H7 (0-based row 6, col 7): the 执行数 under 1-7月执行数（万元）, 20 万元 in the sample. */
const H7 = { row: 6, col: 7 };
const FIXED_FORMULA = "C4*20/63.14";

/** The workbook with H7 as the clerk left it (its style kept): the formula and what Excel saved for it. */
function withH7(bytes: Uint8Array, formula: string, saved: string, type = ""): Uint8Array {
  const pkg = openPackage(bytes);
  const xml = partText(pkg, PART)!;
  const edited = xml.replace(
    /<c r="H7"( s="\d+")?[^>]*>.*?<\/c>/,
    (_, style: string | undefined) => `<c r="H7"${style ?? ""}${type}><f>${formula}</f><v>${saved}</v></c>`,
  );
  expect(edited).not.toBe(xml);
  setPartText(pkg, PART, edited);
  return concat(packPackage(pkg));
}
const sample = () => new Uint8Array(readFileSync(SAMPLE));
const withError = (bytes: Uint8Array, error: string) => withH7(bytes, "C4/0", error, ' t="e"');
const fixedIn = (bytes: Uint8Array) => withH7(bytes, FIXED_FORMULA, "20");

/** The core's reading: why the project has no execution verdict, and what is said at H7. */
function judged(snapshot: WorkbookSnapshot) {
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: AS_OF });
  const { table, result } = check.tables.find((t) => t.table.sheet === SHEET)!;
  const atH7 = check.diagnostics.filter(
    (d) => d.cell?.sheet === SHEET && d.cell.row === H7.row && d.cell.col === H7.col,
  );
  return { why: whyNoExecution(table, result.execution), atH7: atH7.map((d) => d.message) };
}

/** Rows 6–7 of the sheet: the spending plan with the 执行数 beside it, and our execution block after it. */
const executionRows = (held: Held) =>
  new Map([...held.cells].filter(([k]) => new RegExp(`^${SHEET}![A-Z]+[67]$`).test(k)));

function expectOneSpentColumn(held: Held) {
  const rows = executionRows(held);
  expect([...rows].filter(([, v]) => v.includes("执行数"))).toEqual([[`${SHEET}!H6`, 'v:"1-7月执行数（万元）"']]);
  expect(rows.get(`${SHEET}!I6`)).toBe('v:"执行率"'); // our block right beside the clerk's 执行数, not one further
}

/** The fixed formula as Excel / WPS leave it after computing it (the fakes compute no formula). */
function fixInModel<C extends { value: CellValue; formula: string | null }>(model: {
  sheets: { name: string; cells: Map<string, C> }[];
}) {
  const cells = model.sheets.find((s) => s.name === SHEET)!.cells;
  const key = `${H7.row},${H7.col}`;
  const cell = cells.get(key)!;
  expect(cell.formula).toBe("=C4/0"); // the clerk's cell, untouched by the first check
  cells.set(key, { ...cell, value: 20, formula: `=${FIXED_FORMULA}` });
}

/** Each applier: open a workbook, check it (values), the clerk's fix, what it holds, how the core reads it. */
interface Host<W> {
  name: string;
  open(bytes: Uint8Array): W | Promise<W>;
  check(w: W): Promise<W>;
  fix(w: W): W | Promise<W>;
  held(w: W): Promise<Held>;
  snapshot(w: W): Promise<WorkbookSnapshot>;
}

let dir = "";
let files = 0;
beforeAll(() => void (dir = mkdtempSync(path.join(os.tmpdir(), "perf-spent-error-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** The drivers open a file by its path. */
function fileOf(bytes: Uint8Array): string {
  const file = path.join(dir, `${files++}.xlsx`);
  writeFileSync(file, bytes);
  return file;
}

const HOSTS: Host<unknown>[] = [
  {
    name: "xlsx (CLI checked copy)",
    open: (bytes) => bytes,
    check: async (w) => (await xlsxDriver.check(w as Uint8Array, false, AS_OF)).workbook,
    fix: (w) => fixedIn(w as Uint8Array),
    held: (w) => xlsxDriver.held(w as Uint8Array),
    snapshot: (w) => xlsxDriver.snapshot(w as Uint8Array),
  } satisfies Host<Uint8Array> as Host<unknown>,
  {
    name: "Excel add-in (strict fake)",
    open: (bytes) => excelDriver.open(fileOf(bytes)),
    check: async (w) => (await excelDriver.check(w as FakeExcel, false, AS_OF)).workbook,
    fix: (w) => (fixInModel((w as FakeExcel).model), w),
    held: (w) => excelDriver.held(w as FakeExcel),
    snapshot: (w) => excelDriver.snapshot(w as FakeExcel),
  } satisfies Host<FakeExcel> as Host<unknown>,
  {
    name: "WPS add-in (strict fake)",
    open: (bytes) => new FakeWps(wpsModelOf(readWorkbookBytes(bytes).snapshot)),
    check: async (w) => (runWpsCheck((w as FakeWps).app, { asOf: AS_OF }, AS_OF), w),
    fix: (w) => (fixInModel((w as FakeWps).model), w),
    held: async (w) => heldOfWps((w as FakeWps).model),
    snapshot: async (w) => readWpsWorkbook((w as FakeWps).app).snapshot,
  } satisfies Host<FakeWps> as Host<unknown>,
];

describe.each(HOSTS)("$name", (host) => {
  test.each(["#DIV/0!", "#REF!", "#VALUE!", "#N/A", "#NAME?"])(
    "执行数 showing %s: the clerk's 执行数, said at its cell, no second 执行数 column",
    async (error) => {
      const w = await host.check(await host.open(withError(sample(), error)));
      expectOneSpentColumn(await host.held(w));
      expect(judged(await host.snapshot(w))).toEqual({
        why: "spent-error",
        atH7: [`执行数显示错误值 ${error}：请检查该单元格的公式，执行进度未判断`],
      });
    },
  );

  test("checked with the error, the formula fixed, checked again = one check of the fixed workbook", async () => {
    const broken = await host.check(await host.open(withError(sample(), "#DIV/0!")));
    const again = await host.check(await host.fix(broken));
    const fresh = await host.check(await host.open(fixedIn(sample())));
    const held = await host.held(again);
    expect(held).toEqual(await host.held(fresh));
    expectOneSpentColumn(held);
    expect(judged(await host.snapshot(again))).toEqual({ why: null, atH7: [] });
  });
});
