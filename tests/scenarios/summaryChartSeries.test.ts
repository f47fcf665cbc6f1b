/**
 * chart60: what a clerk does to the series of our chart on 监控汇总 between two checks, in the CLI copy and the Excel
 * add-in (WPS draws no chart: wps/apply.ts skips it, so a chart there is the clerk's alone).
 * - They delete a series of ours and add their own over the budgets: Excel's add-in updated the series by position, so
 *   their series got our values and name and ours came back; it stays theirs now, ours stays deleted (as the CLI copy).
 * - They delete every series of ours and draw their own: the CLI copy wrote the chart anew (their series lost), Excel put
 *   ours over theirs. Now theirs stays, ours do not come back: a series of ours deleted stays deleted, the last one too.
 * - They rename a series of ours: Excel set our name back at every check; the clerk's name stays now, as in the CLI.
 * - They narrow a series of ours to some rows: it covers every project again, in both (the rows of a project move
 *   between checks, and a project added would be left out) — decided, as it was.
 * - They widen a column left of the chart: Excel moves the chart with its cells (the fake now does: RULES:
 *   CHART_CELLS), so it is still where we put it, and follows our columns when the 自评得分 columns move right.
 * Each: a third check changes nothing.
 */
import path from "node:path";
import { columnWidthPoints } from "../../src/core/plan/columnWidth";
import { readRels, workbookMap } from "../../src/host/xlsx/parts";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import type { FakeExcel } from "../host/excel/fake";
import { excelDriver, xlsxDriver } from "./drivers";

jest.setTimeout(120_000);

const SUMMARY = "监控汇总";
const PER_SHEET = path.join(__dirname, "../fixtures/seed-per-sheet.xlsx");
const SELF_EVAL = path.join(__dirname, "../fixtures/layouts/national-self-eval.xlsx");
const AT = "2024-12-31";
/** 劳务费's goal sheet deleted: one project fewer, the list one row shorter (rows 7–13 from 7–14). */
const DELETE_ONE = { sheet: "3 劳务费", deleteSheet: true as const };
const THEIRS = "预算（处室加）";

/** The summary's one chart part. */
function chartOf(w: Uint8Array): { part: string; xml: string } {
  const pkg = openPackage(w);
  const sheet = workbookMap(pkg).sheets.find((s) => s.name === SUMMARY)!.part!;
  const drawing = readRels(pkg, sheet).find((r) => r.type.endsWith("/drawing"))!.target;
  const chart = readRels(pkg, drawing).filter((r) => r.type.endsWith("/chart"));
  expect(chart).toHaveLength(1);
  return { part: chart[0].target, xml: partText(pkg, chart[0].target)! };
}

/** The chart part as the clerk saved it in Excel (`edit` of its text). */
function saved(w: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const pkg = openPackage(w);
  const { part, xml } = chartOf(w);
  const edited = edit(xml);
  expect(edited).not.toBe(xml);
  setPartText(pkg, part, edited);
  return concat(packPackage(pkg));
}

/** A series of the clerk's over the budgets (C7:C14) with our project names, as Excel saves one added by Select Data. */
const theirSeries = (idx: number) =>
  `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/><c:tx><c:v>${THEIRS}</c:v></c:tx><c:invertIfNegative val="0"/>` +
  `<c:cat><c:strRef><c:f>'${SUMMARY}'!$A$7:$A$14</c:f></c:strRef></c:cat>` +
  `<c:val><c:numRef><c:f>'${SUMMARY}'!$C$7:$C$14</c:f></c:numRef></c:val></c:ser>`;
const SERIES = /<c:ser>[\s\S]*?<\/c:ser>/g;

/** Each series of the part: its name and the ranges it draws from (sheet and $ left out). */
const seriesIn = (xml: string) =>
  [...xml.matchAll(SERIES)].map((m) => ({
    name: /<c:v>([^<]*)<\/c:v>/.exec(m[0])?.[1],
    ranges: [...m[0].matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((f) => f[1].replace(/^.*!/, "").replace(/\$/g, "")),
  }));

describe("CLI copy", () => {
  const open = async () => (await xlsxDriver.check(await xlsxDriver.open(PER_SHEET), false, AT)).workbook;
  const check = async (w: Uint8Array) => (await xlsxDriver.check(w, false, AT)).workbook;

  test("every series of ours deleted and one of the clerk's drawn: theirs stays, ours do not come back", async () => {
    const first = await open();
    expect(seriesIn(chartOf(first).xml).map((s) => s.name)).toEqual(["计划进度", "执行率"]);
    const drawn = saved(first, (xml) => {
      const at = xml.search(SERIES);
      return xml.slice(0, at) + theirSeries(2) + xml.slice(at).replace(SERIES, "");
    });
    const theirs = chartOf(drawn).xml;
    const second = await check(await xlsxDriver.edit(drawn, [DELETE_ONE]));
    expect(seriesIn(chartOf(second).xml)).toEqual([{ name: THEIRS, ranges: ["A7:A14", "C7:C14"] }]);
    expect(chartOf(second).xml).toBe(theirs); // every byte of the clerk's part
    const third = await check(second);
    expect(chartOf(third).xml).toBe(theirs);
  });

  test("one of ours deleted, theirs added in its place: theirs stays, the other of ours follows the list", async () => {
    const first = await open();
    const drawn = saved(first, (xml) => xml.replace(SERIES, (s) => (s.includes("计划进度") ? theirSeries(0) : s)));
    const second = await check(await xlsxDriver.edit(drawn, [DELETE_ONE]));
    expect(seriesIn(chartOf(second).xml)).toEqual([
      { name: THEIRS, ranges: ["A7:A14", "C7:C14"] },
      { name: "执行率", ranges: ["A7:A13", "E7:E13"] },
    ]);
    const third = await check(second);
    expect(chartOf(third).xml).toBe(chartOf(second).xml);
  });

  test("a series of ours narrowed to three projects covers every project again", async () => {
    const first = await open();
    const narrowed = saved(first, (xml) => xml.replace("$E$7:$E$14", "$E$7:$E$9"));
    const second = await check(await xlsxDriver.edit(narrowed, [DELETE_ONE]));
    expect(seriesIn(chartOf(second).xml)).toEqual([
      { name: "计划进度", ranges: ["A7:A13", "F7:F13"] },
      { name: "执行率", ranges: ["A7:A13", "E7:E13"] },
    ]);
    const third = await check(second);
    expect(chartOf(third).xml).toBe(chartOf(second).xml);
  });

  // review60: on int60 清除标记 deleted 监控汇总 with the chart (nothing else of the clerk's on the sheet), their series
  // with it. A chart holding a series of theirs (one not named as ours) is kept, and so is its sheet, and it is said.
  test("清除标记 with a series of the clerk's on our chart: the chart and its sheet stay, theirs on it", async () => {
    const first = await open();
    const drawn = saved(first, (xml) => xml.replace(/<\/c:ser>(?![\s\S]*<\/c:ser>)/, (end) => end + theirSeries(2)));
    const { workbook, messages } = await xlsxDriver.clear(drawn);
    expect(seriesIn(chartOf(workbook).xml).map((s) => s.name)).toContain(THEIRS);
    expect(messages.join("\n")).toContain(`「${SUMMARY}」`);
    const again = await xlsxDriver.clear(workbook);
    expect(chartOf(again.workbook).xml).toBe(chartOf(workbook).xml);
  });
});

describe("Excel add-in", () => {
  const open = async () => (await excelDriver.check(await excelDriver.open(PER_SHEET), false, AT)).workbook;
  const check = async (w: FakeExcel) => (await excelDriver.check(w, false, AT)).workbook;
  /** The clerk's own steps on the chart, through Office.js (as Excel's Select Data does them). */
  const onChart = async (w: FakeExcel, steps: (chart: Excel.Chart, sheet: Excel.Worksheet) => void) => {
    const sheet = w.context.workbook.worksheets.getItem(SUMMARY);
    steps(sheet.charts.getItemAt(0), sheet);
    await w.context.sync();
  };
  const addTheirs = (chart: Excel.Chart, sheet: Excel.Worksheet) => {
    const s = chart.series.add(THEIRS);
    s.setValues(sheet.getRange("C7:C14"));
    s.setXAxisValues(sheet.getRange("A7:A14"));
  };
  const seriesOf = (w: FakeExcel) =>
    w.model.sheets
      .find((s) => s.name === SUMMARY)!
      .charts[0].series!.map((s) => ({
        name: s.name,
        values: s.values?.replace(/^.*!/, ""),
        x: s.x?.replace(/^.*!/, ""),
      }));
  const whole = async (w: FakeExcel) =>
    JSON.stringify([...Object.entries(await excelDriver.held(w))].map(([k, v]) => [k, v instanceof Map ? [...v] : v]));

  test("one of ours deleted, theirs added where it stood: theirs keeps its name and values, ours stays deleted", async () => {
    const first = await open();
    expect(seriesOf(first)).toEqual([
      { name: "计划进度", values: "F7:F14", x: "A7:A14" },
      { name: "执行率", values: "E7:E14", x: "A7:A14" },
    ]);
    await onChart(first, (chart, sheet) => {
      chart.series.getItemAt(0).delete();
      addTheirs(chart, sheet);
    });
    const second = await check(await excelDriver.edit(first, [DELETE_ONE]));
    expect(seriesOf(second)).toEqual([
      { name: "执行率", values: "E7:E13", x: "A7:A13" },
      { name: THEIRS, values: "C7:C14", x: "A7:A14" },
    ]);
    const once = await whole(second);
    expect(await whole(await check(second))).toEqual(once);
  });

  test("every series of ours deleted and one of the clerk's drawn: theirs stays, ours do not come back", async () => {
    const first = await open();
    await onChart(first, (chart, sheet) => {
      chart.series.getItemAt(1).delete();
      chart.series.getItemAt(0).delete();
      addTheirs(chart, sheet);
    });
    const second = await check(await excelDriver.edit(first, [DELETE_ONE]));
    expect(seriesOf(second)).toEqual([{ name: THEIRS, values: "C7:C14", x: "A7:A14" }]);
    const once = await whole(second);
    expect(await whole(await check(second))).toEqual(once);
  });

  test("a name the clerk gave a series of ours stays (Excel tells ours by name: it is theirs from then on)", async () => {
    const first = await open();
    await onChart(first, (chart) => void (chart.series.getItemAt(1).name = "执行率（处室）"));
    const second = await check(await excelDriver.edit(first, [DELETE_ONE]));
    // ExcelApi 1.13 reads no series' range: renamed, it is the clerk's and keeps its rows (the CLI copy knows it by
    // its range and gives it the list's).
    expect(seriesOf(second)).toEqual([
      { name: "计划进度", values: "F7:F13", x: "A7:A13" },
      { name: "执行率（处室）", values: "E7:E14", x: "A7:A14" },
    ]);
    const once = await whole(second);
    expect(await whole(await check(second))).toEqual(once);
  });

  // review60: on int60 清除标记 deleted 监控汇总, the clerk's series on our chart with it.
  test("清除标记 with a series of the clerk's on our chart: the chart and its sheet stay, theirs on it", async () => {
    const first = await open();
    await onChart(first, addTheirs);
    const { workbook, messages } = await excelDriver.clear(first);
    expect(seriesOf(workbook).map((s) => s.name)).toContain(THEIRS);
    expect(messages.join("\n")).toContain(`「${SUMMARY}」`);
  });

  test("a series of ours narrowed to three projects covers every project again", async () => {
    const first = await open();
    await onChart(first, (chart, sheet) => chart.series.getItemAt(1).setValues(sheet.getRange("E7:E9")));
    const second = await check(await excelDriver.edit(first, [DELETE_ONE]));
    expect(seriesOf(second)).toEqual([
      { name: "计划进度", values: "F7:F13", x: "A7:A13" },
      { name: "执行率", values: "E7:E13", x: "A7:A13" },
    ]);
  });

  test("a column widened left of the chart moves it with its cells: still ours, it follows the 自评得分 columns", async () => {
    const first = (await excelDriver.check(await excelDriver.open(SELF_EVAL), false, AT)).workbook;
    const place = async (w: FakeExcel) =>
      (await excelDriver.held(w)).chartPlaces.get(SUMMARY)![0].split(",").map(Number);
    const before = await place(first);
    // Column A (项目名称) made 40 characters wide: the chart, right of it, moves right by the growth (same size).
    const widened = await excelDriver.edit(first, [{ sheet: SUMMARY, col: 0, width: 40 }]);
    const grown = columnWidthPoints(40) - columnWidthPoints(28);
    const moved = await place(widened);
    expect(moved[0] - before[0]).toBeCloseTo(grown);
    expect(moved.slice(1)).toEqual(before.slice(1));
    // The clerk's 备注 over our 自评得分 header: the scores move right past our 待填报数 / 无法识别数 (P, Q) to R and S,
    // and our chart (never moved by the clerk) with them — two columns more, by R's and S's new widths (自评得分 12,
    // 自评等级 10 characters; R's standard width before and T's now cancel).
    const typed = await excelDriver.edit(widened, [{ sheet: SUMMARY, row: 5, col: 13, type: "备注" }]);
    const second = await check(typed);
    const after = await place(second);
    expect(after[0] - moved[0]).toBeCloseTo(columnWidthPoints(12) + columnWidthPoints(10));
    expect([after[1], after[3]]).toEqual([before[1], before[3]]);
    const once = await whole(second);
    expect(await whole(await check(second))).toEqual(once);
  });
});
