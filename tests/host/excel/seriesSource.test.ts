/**
 * review61a: the add-in tells a series of our summary chart by the cells getDimensionDataSourceString names (ExcelApi
 * 1.15), in a form on no page ("could be information such as a cell address", excel.chartseries). One area in the forms
 * Excel writes one in is read; anything else is a series of the clerk's (null), never ours — as the CLI copy reads a
 * series' <c:f> (chart.ts keptChartXml): their series named 执行率 over such cells must not be set over our column.
 */
import { seriesSource } from "../../../src/core/a1";

const at = (sheet: string, top: number, left: number, bottom: number, right: number) => ({
  sheet,
  range: { top, left, bottom, right },
});

test("one area: A1 with or without $ and =, a quoted sheet (apostrophes doubled, a comma or ! inside), R1C1", () => {
  expect(seriesSource("监控汇总!$E$7:$E$13")).toEqual(at("监控汇总", 6, 4, 12, 4));
  expect(seriesSource("=监控汇总!E7:E13")).toEqual(at("监控汇总", 6, 4, 12, 4));
  expect(seriesSource(" '3 劳务费'!$E$7 ")).toEqual(at("3 劳务费", 6, 4, 6, 4));
  expect(seriesSource("'O''Brien'!$A$1:$A$5")).toEqual(at("O'Brien", 0, 0, 4, 0));
  expect(seriesSource("'预算,执行'!$E$7:$E$14")).toEqual(at("预算,执行", 6, 4, 13, 4));
  expect(seriesSource("'a!b'!$E$7:$E$14")).toEqual(at("a!b", 6, 4, 13, 4));
  expect(seriesSource("监控汇总!R7C5:R13C5")).toEqual(at("监控汇总", 6, 4, 12, 4));
  expect(seriesSource("监控汇总!R13C5")).toEqual(at("监控汇总", 12, 4, 12, 4));
});

test("several areas (',' or the list separator ';', in brackets or not), whole columns, names: not one area", () => {
  for (const text of [
    "(监控汇总!$E$7:$E$9,监控汇总!$E$11:$E$13)",
    "监控汇总!$E$7:$E$9,监控汇总!$E$11:$E$13",
    "(监控汇总!$E$7:$E$9;监控汇总!$E$11:$E$13)",
    "('预算,执行'!$E$7:$E$9,监控汇总!$E$11)",
    "监控汇总!$E:$E",
    "监控汇总!E:E",
    "监控汇总!$7:$13",
    "监控汇总!执行率",
    "监控汇总!R[1]C5",
    "监控汇总!R0C5",
    "监控汇总!E7:E13:E20",
    "$E$7:$E$13",
    "",
    "{0.5,0.7}",
  ])
    expect([text, seriesSource(text)]).toEqual([text, null]);
});

test("another workbook's sheet named as ours is another sheet", () => {
  expect(seriesSource("[Book1]监控汇总!$E$7:$E$13")?.sheet).toBe("[Book1]监控汇总");
  expect(seriesSource("'[预算.xlsx]监控汇总'!$E$7:$E$13")?.sheet).toBe("[预算.xlsx]监控汇总");
});
