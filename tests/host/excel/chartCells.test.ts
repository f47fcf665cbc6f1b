/**
 * chart60: the strict fake's charts move and size with their cells (fake.ts RULES: CHART_CELLS) and its series are
 * listed, named and deleted as Office.js does (RULES: CHARTS). The add-in tells a chart the clerk moved from one still
 * where we put it by comparing points (excel/write.ts samePlace), so a fake chart left behind when a column widens would
 * read as moved by the clerk where real Excel keeps it over its cells.
 */
import { columnWidthPoints } from "../../../src/core/plan/columnWidth";
import { FakeExcel, installExcelGlobals, type FakeModel } from "./fake";

beforeAll(installExcelGlobals);

const STANDARD = columnWidthPoints(8.43);

async function withChart(): Promise<{ fake: FakeExcel; sheet: Excel.Worksheet; chart: Excel.Chart }> {
  const model = { sheets: [], names: new Map() } as unknown as FakeModel;
  const fake = new FakeExcel(model);
  fake.context.workbook.worksheets.add("图");
  await fake.context.sync();
  const sheet = fake.context.workbook.worksheets.getItem("图");
  const chart = sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange("B2:B5"), Excel.ChartSeriesBy.columns);
  chart.name = "c";
  chart.setPosition("D2", "F11"); // D..F, rows 2–11
  await fake.context.sync();
  return { fake, sheet, chart };
}

const placeOf = async (fake: FakeExcel, chart: Excel.Chart) => {
  chart.load("left,top,width,height");
  await fake.context.sync();
  return [chart.left, chart.top, chart.width, chart.height];
};

test("a column widened left of a chart moves it; one under it widens it; one hidden under it narrows it", async () => {
  const { fake, sheet, chart } = await withChart();
  expect(await placeOf(fake, chart)).toEqual([3 * STANDARD, 15, 3 * STANDARD, 150]);
  sheet.getRange("A:A").format.columnWidth = 100;
  expect(await placeOf(fake, chart)).toEqual([100 + 2 * STANDARD, 15, 3 * STANDARD, 150]);
  sheet.getRange("E:E").format.columnWidth = 80;
  expect(await placeOf(fake, chart)).toEqual([100 + 2 * STANDARD, 15, 2 * STANDARD + 80, 150]);
  sheet.getRange("E:E").columnHidden = true;
  expect(await placeOf(fake, chart)).toEqual([100 + 2 * STANDARD, 15, 2 * STANDARD, 150]);
  // A column right of it: nothing moves.
  sheet.getRange("G:G").format.columnWidth = 200;
  expect(await placeOf(fake, chart)).toEqual([100 + 2 * STANDARD, 15, 2 * STANDARD, 150]);
});

test("series: listed with their names, deleted (the others move up), one deleted refused afterwards", async () => {
  const { fake, sheet, chart } = await withChart();
  chart.series.getItemAt(0).name = "甲";
  const b = chart.series.add("乙");
  b.setValues(sheet.getRange("C2:C5"));
  await fake.context.sync();
  const items = chart.series.load("items/name");
  await fake.context.sync();
  const [first] = items.items;
  expect(items.items.map((s) => s.name)).toEqual(["甲", "乙"]);
  first.delete();
  await fake.context.sync();
  const after = chart.series.load("items/name");
  await fake.context.sync();
  expect(after.items.map((s) => s.name)).toEqual(["乙"]);
  first.name = "丙"; // the series deleted, not the one now first

  await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument|no series/);
});

// excel61: where each series draws from (RULES: SERIES_SOURCE), ExcelApi 1.15 (RULES: API_LEVEL).
test("a series' values and categories are read as addresses at ExcelApi 1.15, refused (ApiNotFound) below it", async () => {
  const { fake, sheet, chart } = await withChart();
  const series = chart.series.getItemAt(0);
  series.setXAxisValues(sheet.getRange("A2:A5"));
  const values = series.getDimensionDataSourceString("Values");
  const categories = series.getDimensionDataSourceString("Categories");
  const type = series.getDimensionDataSourceType("Values");
  await fake.context.sync();
  expect([values.value, categories.value, type.value]).toEqual(["图!B2:B5", "图!A2:A5", "LocalRange"]);
  expect(fake.isSetSupported("ExcelApi", "1.15")).toBe(true);
  fake.apiLevel = 13;
  expect(fake.isSetSupported("ExcelApi", "1.15")).toBe(false);
  expect(fake.isSetSupported("ExcelApi", "1.13")).toBe(true);
  chart.series.getItemAt(0).getDimensionDataSourceString("Values");
  await expect(fake.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
});

// hosts62: RULES: SERIES_VALUES — what a series draws, as text (the form on no page: numbers as JavaScript writes
// them); ExcelApi 1.12 (below it the sync fails with ApiNotFound), dimensions other than values and categories refused.
test("getDimensionValues: the cells' values as text; refused below ExcelApi 1.12 and for XValues", async () => {
  const { fake, sheet, chart } = await withChart();
  sheet.getRange("B2:B5").values = [[0.85], [""], ["文字"], [12]];
  await fake.context.sync();
  const drawn = chart.series.getItemAt(0).getDimensionValues("Values");
  await fake.context.sync();
  expect(drawn.value).toEqual(["0.85", "", "文字", "12"]);
  chart.series.getItemAt(0).getDimensionValues("XValues");
  await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument|SERIES_VALUES/);
  fake.apiLevel = 11;
  chart.series.getItemAt(0).getDimensionValues("Values");
  await expect(fake.context.sync()).rejects.toThrow(/ApiNotFound|1\.12/);
});
