/**
 * borders61: a cell's borders on the strict Excel fake (fake.ts RULES: CELL_BORDERS) — drawn through
 * Range.format.borders.getItem as Office.js does, read back only through Range.getCellProperties (ExcelApi 1.9), and
 * refused where Excel refuses (an index or style that is none of the enum's) or the fake does not imitate.
 */
import type { CellValue, WorkbookSnapshot } from "../../../src/core/types";
import { readRowMarks } from "../../../src/host/excel/read";
import { FakeExcel, RULES, installExcelGlobals, modelFromSnapshot, type FakeModel } from "./fake";

beforeAll(installExcelGlobals);

async function sheetOf(): Promise<{ fake: FakeExcel; sheet: Excel.Worksheet }> {
  const fake = new FakeExcel({ sheets: [], names: new Map() } as unknown as FakeModel);
  fake.context.workbook.worksheets.add("汇总");
  await fake.context.sync();
  return { fake, sheet: fake.context.workbook.worksheets.getItem("汇总") };
}

const styles = async (fake: FakeExcel, range: Excel.Range) => {
  const props = range.getCellProperties({ format: { borders: { style: true } } });
  await fake.context.sync();
  return props.value.map((row) => row.map((cell) => cell.format!.borders!));
};

test("EdgeBottom draws the bottom of the range's bottom row; each cell reads its eight edges' styles", async () => {
  const { fake, sheet } = await sheetOf();
  sheet.getRange("A3:B4").format.borders.getItem("EdgeBottom").style = "Continuous";
  await fake.context.sync();
  const none = { style: "None" };
  const [[a3], [a4, b4]] = await styles(fake, sheet.getRange("A3:B4"));
  expect(a3).toEqual({
    bottom: none,
    diagonalDown: none,
    diagonalUp: none,
    horizontal: none,
    left: none,
    right: none,
    top: none,
    vertical: none,
  });
  expect(a4.bottom).toEqual({ style: "Continuous" });
  expect(b4.bottom).toEqual({ style: "Continuous" });
  // The cell under keeps its own top: a line is kept on the cells it was drawn on.
  expect((await styles(fake, sheet.getRange("A5")))[0][0].top).toEqual(none);
  // Colour and weight as asked for; a line never given them reads Excel's default black thin one.
  const props = sheet.getRange("A4").getCellProperties({ format: { borders: { color: true, weight: true } } });
  await fake.context.sync();
  expect(props.value[0][0].format!.borders!.bottom).toEqual({ color: "#000000", weight: "Thin" });
});

test("what Excel refuses, and what the fake does not imitate", async () => {
  const { fake, sheet } = await sheetOf();
  const borders = sheet.getRange("A1:B2").format.borders;
  borders.getItem("EdgeBottom").style = "Wavy" as Excel.BorderLineStyle;
  await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument|style/);
  borders.getItem("EdgeMiddle" as Excel.BorderIndex).style = "Continuous";
  await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument|no border/);
  borders.getItem("InsideHorizontal").style = "Continuous";
  await expect(fake.context.sync()).rejects.toThrow(/not imitated/);
  expect(() => sheet.getRange("A1").getCellProperties({ format: { fill: { color: true } } })).not.toThrow();
  await expect(fake.context.sync()).rejects.toThrow(/only format.borders/);
  borders.getItem("EdgeTop").load("style");
  await expect(fake.context.sync()).rejects.toThrow(/not imitated/);
});

test("below ExcelApi 1.9 getCellProperties fails its sync with ApiNotFound", async () => {
  const { fake, sheet } = await sheetOf();
  fake.apiLevel = 8;
  sheet.getRange("A1").getCellProperties({ format: { borders: { style: true } } });
  await expect(fake.context.sync()).rejects.toThrow(/ApiNotFound|1\.9/);
});

/**
 * The add-in's read of 监控汇总's rows (read.ts readRowMarks) with the borders in it: a list of 1,000 projects, 13
 * columns, stays one sync with its answer under Excel on the web's 5 MB (fake RULES: PAYLOAD); 2,000 take two. A row
 * with one cell's bottom drawn is bordered, the others not.
 */
test("readRowMarks: 1,000 rows' borders in one sync under the response limit, 2,000 in two", async () => {
  for (const [rows, syncs] of [
    [1000, 1],
    [2000, 2],
  ]) {
    const values: CellValue[][] = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: 13 }, (_, c) => (c === 0 ? `项目${r}` : r)),
    );
    const snapshot: WorkbookSnapshot = {
      sheets: [{ name: "监控汇总", originRow: 0, originCol: 0, values, merges: [] }],
      marks: null,
      settings: null,
    };
    const fake = new FakeExcel(modelFromSnapshot(snapshot));
    const sheet = fake.context.workbook.worksheets.getItem("监控汇总");
    sheet.getRange("C8").format.borders.getItem("EdgeBottom").style = "Dash";
    await fake.context.sync();
    fake.responses.length = 0;
    expect(await readRowMarks(fake.context, snapshot, new Set(["监控汇总"]))).toBe(syncs);
    expect(snapshot.sheets[0].rowMarks!.bordered).toEqual([7]);
    expect(Math.max(...fake.responses)).toBeLessThan(RULES.payloadBytes);
    console.log(`readRowMarks, ${rows} rows × 13: response bytes ${fake.responses.join(" / ")}`);
  }
});
