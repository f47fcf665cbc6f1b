import ExcelJS from "exceljs";
import { parseA1Range } from "../../../src/core/a1";
import { snapshotFromExcelJs, snapshotFromXlsx, dateToSerial } from "../../../src/host/xlsx/snapshot";
import { MARKS_SHEET, type SheetSnapshot } from "../../../src/core/types";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { isoToSerial } from "../../../src/core/dates";

/** Build a workbook the way a user would have one, save it to bytes and read it back. */
async function roundTrip(build: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const bytes = await wb.xlsx.writeBuffer();
  return snapshotFromXlsx(new Uint8Array(bytes as ArrayBuffer));
}

function at(sheet: SheetSnapshot, row: number, col: number) {
  return sheet.values[row - sheet.originRow]?.[col - sheet.originCol] ?? null;
}
function formatAt(sheet: SheetSnapshot, row: number, col: number) {
  return sheet.numberFormats?.[row - sheet.originRow]?.[col - sheet.originCol] ?? null;
}
function formulaAt(sheet: SheetSnapshot, row: number, col: number) {
  return sheet.formulas?.[row - sheet.originRow]?.[col - sheet.originCol] ?? null;
}

describe("snapshotFromXlsx", () => {
  let sheet: SheetSnapshot;
  let all: Awaited<ReturnType<typeof roundTrip>>;

  beforeAll(async () => {
    all = await roundTrip((wb) => {
      const ws = wb.addWorksheet("表1");
      // Table starts at C3 (offset used range): 0-based origin (2, 2).
      ws.getCell("C3").value = "1.办公用品采购绩效目标表";
      ws.mergeCells("C3:I3");
      ws.getCell("D4").value = 63.14;
      ws.getCell("E4").value = 0.45;
      ws.getCell("E4").numFmt = "0%";
      ws.getCell("F4").value = new Date(Date.UTC(2024, 11, 31));
      ws.getCell("F4").numFmt = "yyyy-mm-dd";
      ws.getCell("G4").value = { formula: "D4*E4", result: 28.413 };
      ws.getCell("H4").value = { richText: [{ text: "≥" }, { text: "90%", font: { bold: true } }] };
      ws.getCell("I4").value = { error: "#DIV/0!" };
      ws.getCell("C5").value = true;
      ws.getCell("D5").value = { text: "链接文字", hyperlink: "https://example.org" };
      ws.getCell("C6").value = "产出指标";
      ws.mergeCells("C6:C8");
      // A shared formula: G5 is the master, G6:G7 share it.
      ws.getCell("G5").value = {
        formula: "D4+1",
        result: 64.14,
        shareType: "shared",
        ref: "G5:G7",
      } as ExcelJS.CellValue;
      ws.getCell("G6").value = { sharedFormula: "G5", result: 1 } as ExcelJS.CellValue;
      ws.getCell("G7").value = { sharedFormula: "G5", result: 0 } as ExcelJS.CellValue;
      ws.getCell("J9").value = "末";
      const hidden = wb.addWorksheet("已完成");
      hidden.state = "hidden";
      hidden.getCell("A1").value = "x";
      const marks = wb.addWorksheet(MARKS_SHEET);
      marks.state = "veryHidden";
      marks.getCell("A1").value = '{"version":1}';
      marks.getCell("A2").value = '{"asOf":"2024-07-31"}';
      wb.addWorksheet("空表");
    });
    sheet = all.snapshot.sheets[0];
  });

  it("skips the marks sheet and reads its A1/A2 as marks and settings", () => {
    expect(all.snapshot.sheets.map((s) => s.name)).toEqual(["表1", "已完成", "空表"]);
    expect(all.snapshot.marks).toBe('{"version":1}');
    expect(all.snapshot.settings).toBe('{"asOf":"2024-07-31"}');
  });

  it("gives marks and settings null without a marks sheet", () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("a").getCell("A1").value = 1;
    const snap = snapshotFromExcelJs(wb);
    expect(snap.marks).toBeNull();
    expect(snap.settings).toBeNull();
  });

  it("uses 0-based absolute coordinates for an offset used range", () => {
    expect(sheet.originRow).toBe(2);
    expect(sheet.originCol).toBe(2);
    expect(sheet.values).toHaveLength(7); // rows 3..9
    expect(sheet.values[0]).toHaveLength(8); // columns C..J
    expect(at(sheet, 8, 9)).toBe("末");
  });

  it("keeps numbers and their number formats (percent stays a fraction)", () => {
    expect(at(sheet, 3, 3)).toBe(63.14);
    expect(at(sheet, 3, 4)).toBe(0.45);
    expect(formatAt(sheet, 3, 4)).toBe("0%");
    expect(formatAt(sheet, 3, 3)).toBeNull();
  });

  it("turns dates into Excel serials", () => {
    expect(at(sheet, 3, 5)).toBe(isoToSerial("2024-12-31"));
    expect(at(sheet, 3, 5)).toBe(45657);
    expect(formatAt(sheet, 3, 5)).toBe("yyyy-mm-dd");
  });

  it("gives a formula's cached result as value and its text without '='", () => {
    expect(at(sheet, 3, 6)).toBe(28.413);
    expect(formulaAt(sheet, 3, 6)).toBe("D4*E4");
    expect(formulaAt(sheet, 3, 3)).toBeNull();
  });

  it("translates shared formulas and keeps a zero result", () => {
    expect(formulaAt(sheet, 4, 6)).toBe("D4+1");
    expect(formulaAt(sheet, 5, 6)).toBe("D5+1");
    expect(at(sheet, 5, 6)).toBe(1);
    expect(formulaAt(sheet, 6, 6)).toBe("D6+1");
    expect(at(sheet, 6, 6)).toBe(0);
  });

  it("flattens rich text and hyperlinks to text, keeps booleans and errors", () => {
    expect(at(sheet, 3, 7)).toBe("≥90%");
    expect(at(sheet, 4, 3)).toBe("链接文字");
    expect(at(sheet, 4, 2)).toBe(true);
    expect(at(sheet, 3, 8)).toEqual({ error: "#DIV/0!" });
  });

  it("lists merges in absolute coordinates and leaves merged-over cells empty", () => {
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { top: 2, left: 2, bottom: 2, right: 8 },
        { top: 5, left: 2, bottom: 7, right: 2 },
      ]),
    );
    expect(sheet.merges).toHaveLength(2);
    expect(at(sheet, 5, 2)).toBe("产出指标");
    expect(at(sheet, 6, 2)).toBeNull();
    expect(at(sheet, 2, 3)).toBeNull();
  });

  it("reports hidden sheets and empty sheets", () => {
    expect(sheet.hidden).toBe(false);
    expect(all.snapshot.sheets[1].hidden).toBe(true);
    const empty = all.snapshot.sheets[2];
    expect(empty.values).toEqual([]);
    expect(empty.merges).toEqual([]);
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(all.snapshot))).toEqual(all.snapshot);
  });

  it("loads from an ArrayBuffer as a browser would pass it", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("s").getCell("B2").value = "x";
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const arrayBuffer = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    const { snapshot } = await snapshotFromXlsx(arrayBuffer as ArrayBuffer);
    expect(snapshot.sheets[0]).toMatchObject({ originRow: 1, originCol: 1, values: [["x"]] });
  });
});

describe("helpers", () => {
  it("parses range references", () => {
    expect(parseA1Range("A1:B2")).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(parseA1Range("$AA$10")).toEqual({ top: 9, left: 26, bottom: 9, right: 26 });
    expect(parseA1Range("nonsense")).toBeNull();
  });

  it("converts UTC dates to serials", () => {
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(dateToSerial(new Date(Date.UTC(2024, 6, 31, 12)))).toBe(45504.5);
  });
});

describe("readWorkbookBytes", () => {
  it("the package reader gives every row of the used range its own formats and formulas, nulls where a row has none", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表1");
    ws.getCell("A1").value = "名称";
    ws.mergeCells("A1:B1"); // over a row with neither
    ws.getCell("B2").value = 0.5;
    ws.getCell("B2").numFmt = "0%";
    ws.getCell("C3").value = { formula: "B2*2", result: 1 };
    ws.getCell("A4").value = { formula: "B2+1", result: 1.5 };
    ws.getCell("C4").value = "x";
    ws.mergeCells("A4:B4"); // B4 under the merge reads empty, as does its formula
    const [read] = readWorkbookBytes(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)).snapshot.sheets;
    expect(read.numberFormats).toEqual([
      [null, null, null],
      [null, "0%", null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(read.formulas).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, "B2*2"],
      ["B2+1", null, null],
    ]);
  });
});
