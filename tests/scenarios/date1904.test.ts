/**
 * A workbook in the 1904 date system (Excel for Mac's "使用 1904 日期系统", <workbookPr date1904="1"/>,
 * ECMA-376 Part 1 §18.2.28): a cell's date serial counts days from 1904-01-01, so the same number is 1462 days
 * later than in the 1900 system. Nothing in src/ reads date1904: the CLI copy writes 监控时点 2024-07-31 as the
 * 1900 serial 45504, which Excel shows in that workbook as 2028-08-01, and a completion date the clerk typed
 * (2024-07-02, serial 44013 there) is read as 2020-07-01 — before its deadline 2024-06-30, so "met" instead of
 * "missed".
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../src/host/xlsx/write";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import { editXlsx } from "./xlsxEdit";
import { isoToSerial, serialToIso } from "../../src/core/dates";
import { summaryDate } from "../../src/core/plan/summaryDate";
import { runCheck as wpsCheck } from "../../src/host/wps/actions";
import { FakeWps, modelFromSnapshot as wpsModel } from "../host/wps/fake";
import { runCheck as runExcelCheck } from "../../src/host/excel/actions";
import { readWorkbook as readExcel } from "../../src/host/excel/read";
import { FakeExcel, installExcelGlobals, modelFromSnapshot as excelModel } from "../host/excel/fake";

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const S = "1 办公用品采购";
/** Days from 1900-01-00 (Excel's 1900 serial 0, with its 1900-02-29) to 1904-01-01: the two systems' offset. */
const OFFSET_1904 = 1462;
const serial1900 = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + 25569;

function as1904(bytes: Uint8Array): Uint8Array {
  const pkg = openPackage(bytes);
  const wb = partText(pkg, "xl/workbook.xml")!;
  expect(wb).toContain("<workbookPr ");
  setPartText(pkg, "xl/workbook.xml", wb.replace("<workbookPr ", '<workbookPr date1904="1" '));
  return concat(packPackage(pkg));
}

function check(bytes: Uint8Array, asOf: string) {
  const { snapshot, pkg } = readWorkbookBytes(bytes);
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf }, asOf), { formulas: false });
  if (run.outcome !== "planned") throw new Error("no tables");
  return { run, copy: writeCheckedCopy(pkg, run.plan) };
}

test("the 监控时点 written on the summary of a 1904 workbook is the monitoring date in that workbook's system", () => {
  const { copy } = check(as1904(new Uint8Array(readFileSync(SAMPLE))), "2024-07-31");
  const summary = readWorkbookBytes(copy).snapshot.sheets.find((s) => s.name === "监控汇总")!;
  const b3 = summary.values[3 - 1 - summary.originRow][1 - summary.originCol];
  // 2024-07-31 is 45504 in the 1900 system; in this workbook Excel shows 45504 as 2028-08-01.
  expect(b3).toBe(serial1900("2024-07-31") - OFFSET_1904);
});

test("a completion date typed into a 1904 workbook is judged as that date (2024-07-02 after 2024-06-30: missed)", () => {
  const typed = editXlsx(new Uint8Array(readFileSync(SAMPLE)), [
    { sheet: S, row: 12, col: 5, type: "2024年6月30日前" }, // F13, the 经费保障及时性 target
    { sheet: S, row: 12, col: 7, type: serial1900("2024-07-02") - OFFSET_1904 }, // H13, as Excel for Mac stores it
    { sheet: S, row: 12, col: 7, format: { numberFormat: "yyyy-mm-dd" } },
  ]);
  const { run } = check(as1904(typed), "2024-07-31");
  const table = run.check.tables.find((t) => t.table.sheet === S)!;
  const i = table.table.indicators.findIndex((x) => x.name === "经费保障及时性");
  expect(table.results[i].actual).toBe("2024-07-02");
  expect(table.results[i].status).toBe("missed");
});

test("a second check of the 1904 copy changes nothing (our 监控时点 is still ours)", () => {
  const once = check(as1904(new Uint8Array(readFileSync(SAMPLE))), "2024-07-31").copy;
  const twice = check(once, "2024-07-31").copy;
  const parts = (bytes: Uint8Array) => {
    const pkg = openPackage(bytes);
    return Object.fromEntries([...pkg.parts.keys()].map((name) => [name, partText(pkg, name)]));
  };
  expect(parts(twice)).toEqual(parts(once));
});

test("serials and dates both ways in either system (the one home: core/dates.ts)", () => {
  expect(isoToSerial("2024-07-31")).toBe(45504);
  expect(isoToSerial("2024-07-31", true)).toBe(45504 - OFFSET_1904);
  expect(serialToIso(45504 - OFFSET_1904, true)).toBe("2024-07-31");
  expect(serialToIso(0, true)).toBe("1904-01-01");
  expect(isoToSerial("1903-12-31", true)).toBeNull();
});

test("a 监控时点 the clerk typed on the summary of a 1904 workbook is read as that date", () => {
  const once = check(as1904(new Uint8Array(readFileSync(SAMPLE))), "2024-07-31").copy;
  const typed = editXlsx(once, [{ sheet: "监控汇总", row: 2, col: 1, type: serial1900("2024-09-30") - OFFSET_1904 }]);
  expect(summaryDate(readWorkbookBytes(typed).snapshot)?.iso).toBe("2024-09-30");
});

test("WPS add-in (strict fake): Workbook.Date1904 read; the typed date judged as that date, 监控时点 written in 1904", () => {
  const typed = editXlsx(new Uint8Array(readFileSync(SAMPLE)), [
    { sheet: S, row: 12, col: 5, type: "2024年6月30日前" },
    { sheet: S, row: 12, col: 7, type: serial1900("2024-07-02") - OFFSET_1904 },
    { sheet: S, row: 12, col: 7, format: { numberFormat: "yyyy-mm-dd" } },
  ]);
  const fake = new FakeWps(wpsModel(readWorkbookBytes(as1904(typed)).snapshot));
  const { check } = wpsCheck(fake.app, { asOf: "2024-07-31" }, "2024-07-31");
  const table = check!.tables.find((t) => t.table.sheet === S)!;
  const i = table.table.indicators.findIndex((x) => x.name === "经费保障及时性");
  expect(table.results[i].actual).toBe("2024-07-02");
  expect(table.results[i].status).toBe("missed");
  expect(fake.sheet("监控汇总").cells.get("2,1")?.value).toBe(serial1900("2024-07-31") - OFFSET_1904);
});

describe("Excel add-in (strict fake)", () => {
  beforeAll(installExcelGlobals);
  const typed1904 = () =>
    readWorkbookBytes(
      as1904(
        editXlsx(new Uint8Array(readFileSync(SAMPLE)), [
          { sheet: S, row: 12, col: 5, type: "2024年6月30日前" },
          { sheet: S, row: 12, col: 7, type: serial1900("2024-07-02") - OFFSET_1904 },
          { sheet: S, row: 12, col: 7, format: { numberFormat: "yyyy-mm-dd" } },
        ]),
      ),
    ).snapshot;

  test("the date system read through the workbook's DATE (no preview API); the typed date judged as that date, 监控时点 written in 1904; twice = once", async () => {
    const fake = new FakeExcel(excelModel(typed1904()));
    const run = () => runExcelCheck(fake.context, { asOf: "2024-07-31" }, "2024-07-31", true, false);
    const { check: result } = await run();
    const table = result!.tables.find((t) => t.table.sheet === S)!;
    const i = table.table.indicators.findIndex((x) => x.name === "经费保障及时性");
    expect(table.results[i].actual).toBe("2024-07-02"); // main: 2020-07-01, met
    expect(table.results[i].status).toBe("missed");
    const asOfCell = () => fake.model.sheets.find((s) => s.name === "监控汇总")!.cells.get("2,1")?.value;
    expect(asOfCell()).toBe(serial1900("2024-07-31") - OFFSET_1904); // main: the 1900 serial, shown as 2028-08-01
    expect(result!.diagnostics.map((d) => d.message)).not.toContainEqual(expect.stringContaining("日期系统"));
    const cells = () => JSON.stringify([...fake.model.sheets.map((s) => [s.name, [...s.cells]])]);
    const once = cells();
    await run();
    expect(cells()).toBe(once);
  });

  test("a 1900 workbook stays in 1900 (DATE(1904,1,1) is 1462 there)", async () => {
    const snapshot = typed1904();
    delete snapshot.date1904;
    const fake = new FakeExcel(excelModel(snapshot));
    expect((await readExcel(fake.context, true, false)).snapshot.date1904).toBeUndefined();
    fake.model.date1904 = true;
    expect((await readExcel(fake.context, true, false)).snapshot.date1904).toBe(true);
  });

  test("the date system not told (the probe gives an error): dates in 1900, said in one line", async () => {
    const fake = new FakeExcel(excelModel(typed1904()));
    fake.model.functionsError = "#VALUE!";
    const { check: result } = await runExcelCheck(fake.context, { asOf: "2024-07-31" }, "2024-07-31", true, false);
    const lines = result!.diagnostics.map((d) => d.message).filter((t) => t.includes("日期系统"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("未能确认本工作簿的日期系统（1900 或 1904），日期按 1900 日期系统读写");
  });
});

test("breaker51: a deadline typed as a date in a 1904 workbook's 指标值 is that date (2024-06-20 by 2024-06-30: met)", () => {
  // Excel for Mac: the clerk types 2024-06-30 into 指标值 and 2024-06-20 into the actual; both stored as 1904 serials.
  const typed = editXlsx(new Uint8Array(readFileSync(SAMPLE)), [
    { sheet: S, row: 12, col: 5, type: serial1900("2024-06-30") - OFFSET_1904 }, // F13, the 经费保障及时性 target
    { sheet: S, row: 12, col: 5, format: { numberFormat: 'yyyy"年"m"月"d"日"' } },
    { sheet: S, row: 12, col: 7, type: serial1900("2024-06-20") - OFFSET_1904 }, // H13
    { sheet: S, row: 12, col: 7, format: { numberFormat: "yyyy-mm-dd" } },
  ]);
  const { run } = check(as1904(typed), "2024-07-31");
  const table = run.check.tables.find((t) => t.table.sheet === S)!;
  const i = table.table.indicators.findIndex((x) => x.name === "经费保障及时性");
  // main: the target read as 2020-06-29 (1462 days early), the actual 1452 days late: missed, red.
  expect(table.table.indicators[i].target.date).toBe("2024-06-30");
  expect(table.results[i].status).toBe("met");
  expect(table.results[i].light).toBe("green");
});
