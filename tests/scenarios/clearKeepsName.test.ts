/**
 * Checked in formulas mode, then the clerk protects a sheet (审阅 → 保护工作表) and runs 清除标记. Our cells there
 * stay (SheetGate), and so does our name 监控时点, which those formulas name. The name points at 监控汇总!B3, so the
 * summary stays too, as it is, and the Clear says why; once the sheet is unprotected, the next Clear takes the summary
 * and the name with the rest. Through the CLI's checked copy and the add-in on the strict Excel fake.
 * Before: the same Clear deleted 监控汇总, and the formulas left on the locked sheet named a cell that no longer
 * existed (#REF! where the lights were).
 */
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { workbookMap } from "../../src/host/xlsx/parts";
import { excelDriver, xlsxDriver, type Driver } from "./drivers";
import type { FakeExcel } from "../host/excel/fake";

jest.setTimeout(180_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const AS_OF = "2024-07-31";
const S = "1 办公用品采购";
const SUMMARY = "监控汇总";
const NAME = "监控时点";
const LOCK = '<sheetProtection sheet="1" objects="1" scenarios="1"/>';

/** The clerk protects (or unprotects) sheet S, as each host does it. */
const protect: Record<string, (w: unknown, on: boolean) => Promise<unknown>> = {
  [xlsxDriver.name]: async (w, on) => {
    const bytes = w as Uint8Array;
    const part = workbookMap(readWorkbookBytes(bytes).pkg).sheets.find((e) => e.name === S)!.part!;
    const parts = unzipSync(bytes);
    const xml = strFromU8(parts[part]!);
    const next = on ? xml.replace("</sheetData>", `</sheetData>${LOCK}`) : xml.replace(LOCK, "");
    expect(next).not.toBe(xml);
    return zipSync({ ...parts, [part]: strToU8(next) });
  },
  [excelDriver.name]: async (w, on) => {
    (w as FakeExcel).model.sheets.find((s) => s.name === S)!.protected = on;
    return w;
  },
};

/** The sheet each workbook name points at (undefined: no such name). */
const nameSheet = (driver: Driver<unknown>, w: unknown, name: string): string | undefined => {
  if (driver === (excelDriver as Driver<unknown>)) return (w as FakeExcel).model.names.get(name)?.sheet;
  const book = strFromU8(unzipSync(w as Uint8Array)["xl/workbook.xml"]);
  for (const m of book.matchAll(/<definedName [^>]*name="([^"]+)"[^>]*>([^<]*)<\/definedName>/g))
    if (m[1] === name) return /^'?(.+?)'?!/.exec(m[2])?.[1].replace(/''/g, "'");
  return undefined;
};

describe.each([xlsxDriver, excelDriver] as Driver<unknown>[])("$name", (driver) => {
  test("Clear marks with a protected sheet keeps the summary its formulas' 监控时点 points into, says so; unprotected, the next Clear takes both", async () => {
    const checked = (await driver.check(await driver.open(SAMPLE), true, AS_OF)).workbook;
    const summaryBefore = (await driver.snapshot(checked)).sheets.find((s) => s.name === SUMMARY);
    expect(summaryBefore).toBeDefined();
    const cleared = await driver.clear(await protect[driver.name](checked, true));
    const snapshot = await driver.snapshot(cleared.workbook);

    // The locked sheet still holds our formulas naming 监控时点, and the name still points at a sheet that exists.
    const formulas = (snapshot.sheets.find((s) => s.name === S)!.formulas ?? []).flat().filter(Boolean).join("\n");
    expect(formulas).toContain(NAME);
    expect(nameSheet(driver, cleared.workbook, NAME)).toBe(SUMMARY);
    // The summary as it was (the date 监控时点 reads included), and the Clear says why.
    const summary = snapshot.sheets.find((s) => s.name === SUMMARY);
    expect(summary?.values).toEqual(summaryBefore!.values);
    expect(cleared.messages.join("\n")).toMatch(/汇总表「监控汇总」未清除.*监控时点/);
    // The other sheets were cleared.
    const other = snapshot.sheets.find((s) => s.name === "2 检察业务费")!;
    expect((other.formulas ?? []).flat().filter(Boolean).join("\n")).not.toContain(NAME);

    // Unprotected: the next Clear takes the summary and the name too.
    const again = await driver.clear(await protect[driver.name](cleared.workbook, false));
    const after = await driver.snapshot(again.workbook);
    expect(after.sheets.map((s) => s.name)).not.toContain(SUMMARY);
    expect(nameSheet(driver, again.workbook, NAME)).toBeUndefined();
    const original = await driver.snapshot(await driver.open(SAMPLE));
    const formulasOf = (sheets: typeof after.sheets) =>
      (sheets.find((s) => s.name === S)!.formulas ?? []).flat().filter(Boolean);
    expect(formulasOf(after.sheets)).toEqual(formulasOf(original.sheets));
  });
});
