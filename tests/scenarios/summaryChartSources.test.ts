/**
 * excel61: chart60 left Excel telling the series of our chart on 监控汇总 by name (ExcelApi 1.13 reads no series'
 * source), where the CLI copy tells them by the cells they draw: between two checks a clerk
 * - deletes our 执行率 and draws their own series named 执行率 over the budgets (C): Excel took it for ours and set it
 *   over our column, their cells lost from the chart; it stays theirs now (it draws no column of ours);
 * - renames our 执行率: Excel took it for theirs and left it on the old rows (a project gone, the list one shorter); it
 *   is ours now (it draws our column) and gets the list's rows, their name kept;
 * - points the categories of our 执行率 at other cells (B): Excel set them back to the project names; they stay now.
 * Where Excel has ExcelApi 1.15 (ChartSeries.getDimensionDataSourceString / Type, asked for with isSetSupported: the
 * manifest declares 1.13). Below it the add-in still tells ours by name and calls neither (the fake refuses them
 * there: RULES: API_LEVEL). The CLI copy did all three already (guards). WPS draws no chart. A third check = the second.
 */
import path from "node:path";
import { cellName } from "../../src/core/a1";
import { readRels, workbookMap } from "../../src/host/xlsx/parts";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import type { FakeExcel } from "../host/excel/fake";
import { excelDriver, xlsxDriver } from "./drivers";

jest.setTimeout(120_000);

const SUMMARY = "监控汇总";
const PER_SHEET = path.join(__dirname, "../fixtures/seed-per-sheet.xlsx");
const AT = "2024-12-31";
/** 劳务费's goal sheet deleted: one project fewer, the list one row shorter (rows 7–13 from 7–14). */
const DELETE_ONE = { sheet: "3 劳务费", deleteSheet: true as const };
const RENAMED = "执行率（处室）";

describe("CLI copy (guards: it tells ours by their cells)", () => {
  const SERIES = /<c:ser>[\s\S]*?<\/c:ser>/g;
  const chartOf = (w: Uint8Array) => {
    const pkg = openPackage(w);
    const sheet = workbookMap(pkg).sheets.find((s) => s.name === SUMMARY)!.part!;
    const drawing = readRels(pkg, sheet).find((r) => r.type.endsWith("/drawing"))!.target;
    const part = readRels(pkg, drawing).find((r) => r.type.endsWith("/chart"))!.target;
    return { part, xml: partText(pkg, part)! };
  };
  const saved = (w: Uint8Array, edit: (xml: string) => string) => {
    const pkg = openPackage(w);
    const { part, xml } = chartOf(w);
    const edited = edit(xml);
    expect(edited).not.toBe(xml);
    setPartText(pkg, part, edited);
    return concat(packPackage(pkg));
  };
  const seriesIn = (xml: string) =>
    [...xml.matchAll(SERIES)].map((m) => ({
      name: /<c:v>([^<]*)<\/c:v>/.exec(m[0])?.[1],
      ranges: [...m[0].matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((f) => f[1].replace(/^.*!/, "").replace(/\$/g, "")),
    }));
  const open = async () => (await xlsxDriver.check(await xlsxDriver.open(PER_SHEET), false, AT)).workbook;
  const check = async (w: Uint8Array) => (await xlsxDriver.check(w, false, AT)).workbook;
  const twice = async (w: Uint8Array) => {
    const second = await check(await xlsxDriver.edit(w, [DELETE_ONE]));
    expect(chartOf(await check(second)).xml).toBe(chartOf(second).xml);
    return seriesIn(chartOf(second).xml);
  };

  test("their series named 执行率 over the budgets in place of ours: it stays theirs", async () => {
    const first = await open();
    const drawn = saved(first, (xml) =>
      xml.replace(SERIES, (s) => (s.includes("执行率") ? s.replace(/\$E\$7:\$E\$14/, "$C$7:$C$14") : s)),
    );
    expect(await twice(drawn)).toEqual([
      { name: "计划进度", ranges: ["A7:A13", "F7:F13"] },
      { name: "执行率", ranges: ["A7:A14", "C7:C14"] },
    ]);
  });

  // clear61: on int61 清除标记 took the series for ours by its name, and deleted the chart and 监控汇总 with it.
  test("清除标记 with their series named 执行率 over the budgets: it, the chart and the sheet stay; twice = once", async () => {
    const first = await open();
    const drawn = saved(first, (xml) =>
      xml.replace(SERIES, (s) => (s.includes("执行率") ? s.replace(/\$E\$7:\$E\$14/, "$C$7:$C$14") : s)),
    );
    const { workbook, messages } = await xlsxDriver.clear(drawn);
    expect(seriesIn(chartOf(workbook).xml)).toEqual([
      { name: "计划进度", ranges: ["A7:A14", "F7:F14"] },
      { name: "执行率", ranges: ["A7:A14", "C7:C14"] },
    ]);
    expect(messages.join("\n")).toContain(`工作表「${SUMMARY}」的图表中有您添加的数据系列`);
    const again = await xlsxDriver.clear(workbook);
    expect(again.workbook).toEqual(workbook);
    // Our series alone, told by their cells: the chart goes with the sheet, as before.
    const plain = await xlsxDriver.clear(first);
    expect((await xlsxDriver.held(plain.workbook)).sheets).not.toContain(SUMMARY);
  });

  test("our 执行率 renamed: ours, the list's rows, their name", async () => {
    const first = await open();
    const renamed = saved(first, (xml) => xml.replace("<c:v>执行率</c:v>", `<c:v>${RENAMED}</c:v>`));
    expect(await twice(renamed)).toEqual([
      { name: "计划进度", ranges: ["A7:A13", "F7:F13"] },
      { name: RENAMED, ranges: ["A7:A13", "E7:E13"] },
    ]);
  });

  test("the categories of our 执行率 pointed at column B: they stay there", async () => {
    const first = await open();
    const pointed = saved(first, (xml) =>
      xml.replace(SERIES, (s) => (s.includes("执行率") ? s.replace("$A$7:$A$14", "$B$7:$B$14") : s)),
    );
    expect(await twice(pointed)).toEqual([
      { name: "计划进度", ranges: ["A7:A13", "F7:F13"] },
      { name: "执行率", ranges: ["B7:B14", "E7:E13"] },
    ]);
  });
});

describe("Excel add-in", () => {
  const office = globalThis as { Office?: unknown };
  /** Office.context.requirements as the fake's Excel answers them (RULES: API_LEVEL). */
  const inExcel = (w: FakeExcel) =>
    void (office.Office = { context: { requirements: { isSetSupported: w.isSetSupported.bind(w) } } });
  afterEach(() => delete office.Office);

  const open = async (level: number) => {
    const fake = await excelDriver.open(PER_SHEET);
    fake.apiLevel = level;
    inExcel(fake);
    return (await excelDriver.check(fake, false, AT)).workbook;
  };
  const check = async (w: FakeExcel) => (await excelDriver.check(w, false, AT)).workbook;
  const onChart = async (w: FakeExcel, steps: (chart: Excel.Chart, sheet: Excel.Worksheet) => void) => {
    const sheet = w.context.workbook.worksheets.getItem(SUMMARY);
    steps(sheet.charts.getItemAt(0), sheet);
    await w.context.sync();
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
  /** The second check (a goal sheet deleted first), the third changing nothing: the series after the second. */
  const twice = async (w: FakeExcel) => {
    const second = await check(await excelDriver.edit(w, [DELETE_ONE]));
    const once = await whole(second);
    expect(await whole(await check(second))).toEqual(once);
    return seriesOf(second);
  };
  const theirs执行率 = (chart: Excel.Chart, sheet: Excel.Worksheet) => {
    chart.series.getItemAt(1).delete();
    const s = chart.series.add("执行率");
    s.setValues(sheet.getRange("C7:C14"));
    s.setXAxisValues(sheet.getRange("A7:A14"));
  };

  // Their series named 执行率 over the budgets in place of ours: at 1.13 and 1.15 below (hosts62).
  describe("ExcelApi 1.15: ours told by their cells", () => {
    // review61a: a source string with a comma in it was read as not understood, and the series told by its name.
    test("their series named 执行率 over a sheet named with a comma, in place of ours: it stays theirs", async () => {
      const first = await open(15);
      first.context.workbook.worksheets.add("预算,执行");
      await first.context.sync();
      await onChart(first, (chart) => {
        chart.series.getItemAt(1).delete();
        const s = chart.series.add("执行率");
        const theirs = first.context.workbook.worksheets.getItem("预算,执行");
        s.setValues(theirs.getRange("B2:B9"));
        s.setXAxisValues(theirs.getRange("A2:A9"));
      });
      await twice(first);
      const series = first.model.sheets.find((s) => s.name === SUMMARY)!.charts[0].series!;
      expect(series.map((s) => [s.name, s.values, s.x])).toEqual([
        ["计划进度", `${SUMMARY}!F7:F13`, `${SUMMARY}!A7:A13`],
        ["执行率", "预算,执行!B2:B9", "预算,执行!A2:A9"],
      ]);
    });

    test("our 执行率 renamed: ours, the list's rows, their name", async () => {
      const first = await open(15);
      await onChart(first, (chart) => void (chart.series.getItemAt(1).name = RENAMED));
      expect(await twice(first)).toEqual([
        { name: "计划进度", values: "F7:F13", x: "A7:A13" },
        { name: RENAMED, values: "E7:E13", x: "A7:A13" },
      ]);
    });

    test("the categories of our 执行率 pointed at column B: they stay there", async () => {
      const first = await open(15);
      await onChart(first, (chart, sheet) => chart.series.getItemAt(1).setXAxisValues(sheet.getRange("B7:B14")));
      expect(await twice(first)).toEqual([
        { name: "计划进度", values: "F7:F13", x: "A7:A13" },
        { name: "执行率", values: "E7:E13", x: "B7:B14" },
      ]);
    });
  });

  // Excel gives no series source for a histogram, Pareto or box-and-whisker chart and fails the sync instead
  // (office-js#6143): a clerk who made our chart one of them had every check at 1.15 fail. Told by name there.
  test("ExcelApi 1.15, our chart made a histogram by the clerk: the check runs, ours told by name", async () => {
    const first = await open(15);
    await onChart(first, (chart) => void (chart.chartType = "Histogram"));
    expect(await twice(first)).toEqual([
      { name: "计划进度", values: "F7:F13", x: "A7:A13" },
      { name: "执行率", values: "E7:E13", x: "A7:A13" },
    ]);
  });

  // clear61: on int61 清除标记 took the series for ours by its name, and deleted the chart and 监控汇总 with it.
  test("ExcelApi 1.15, 清除标记 with their series named 执行率 over the budgets: it, the chart and the sheet stay", async () => {
    const first = await open(15);
    await onChart(first, theirs执行率);
    const { workbook, messages } = await excelDriver.clear(first);
    expect(seriesOf(workbook)).toEqual([
      { name: "计划进度", values: "F7:F14", x: "A7:A14" },
      { name: "执行率", values: "C7:C14", x: "A7:A14" },
    ]);
    expect(messages.join("\n")).toContain(`工作表「${SUMMARY}」的图表中有您添加的数据系列`);
    const once = await whole(workbook);
    expect(await whole((await excelDriver.clear(workbook)).workbook)).toEqual(once);
    // Our series alone, read by their cells: the chart goes with the sheet, as before.
    const plain = await excelDriver.clear(await open(15));
    expect((await excelDriver.held(plain.workbook)).sheets).not.toContain(SUMMARY);
  });

  // Excel gives no source for a histogram's series and fails the sync (office-js#6143): 清除标记 tells them by name there.
  test("ExcelApi 1.15, 清除标记 on our chart made a histogram by the clerk: it runs, ours told by name", async () => {
    const first = await open(15);
    await onChart(first, (chart) => void (chart.chartType = "Histogram"));
    const { workbook } = await excelDriver.clear(first);
    expect((await excelDriver.held(workbook)).sheets).not.toContain(SUMMARY);
  });

  // hosts62: below 1.15 a series named as ours was taken for ours by its name alone — the clerk's 执行率 over their
  // own cells was set over our column by the check, and deleted with the chart and 监控汇总 by 清除标记. What it draws
  // (getDimensionValues, ExcelApi 1.12) tells it now; the sources are still not asked for (the fake would refuse them).
  const theirsBeside = (chart: Excel.Chart, sheet: Excel.Worksheet) => {
    const s = chart.series.add("执行率");
    s.setValues(sheet.getRange("C7:C14"));
    s.setXAxisValues(sheet.getRange("A7:A14"));
  };
  describe.each([13, 15])("ExcelApi 1.%i: a series of the clerk's named 执行率 over their own cells", (level) => {
    test("in place of ours, two checks: it stays theirs", async () => {
      const first = await open(level);
      await onChart(first, theirs执行率);
      expect(await twice(first)).toEqual([
        { name: "计划进度", values: "F7:F13", x: "A7:A13" },
        { name: "执行率", values: "C7:C14", x: "A7:A14" },
      ]);
    });

    test("beside ours, two checks: ours gets the list's rows, theirs stays", async () => {
      const first = await open(level);
      await onChart(first, theirsBeside);
      expect(await twice(first)).toEqual([
        { name: "计划进度", values: "F7:F13", x: "A7:A13" },
        { name: "执行率", values: "E7:E13", x: "A7:A13" },
        { name: "执行率", values: "C7:C14", x: "A7:A14" },
      ]);
    });

    test.each([
      ["in place of ours", theirs执行率],
      ["beside ours", theirsBeside],
    ])("清除标记 with it %s: it, the chart and the sheet stay; twice = once", async (_, steps) => {
      const first = await open(level);
      await onChart(first, steps);
      const before = seriesOf(first).filter((s) => s.values === "C7:C14");
      const { workbook, messages } = await excelDriver.clear(first);
      expect((await excelDriver.held(workbook)).sheets).toContain(SUMMARY);
      expect(seriesOf(workbook).filter((s) => s.values === "C7:C14")).toEqual(before);
      expect(messages.join("\n")).toContain(`工作表「${SUMMARY}」的图表中有您添加的数据系列`);
      const once = await whole(workbook);
      expect(await whole((await excelDriver.clear(workbook)).workbook)).toEqual(once);
    });

    test("清除标记 with our series alone: the chart goes with the sheet, as before", async () => {
      const plain = await excelDriver.clear(await open(level));
      expect((await excelDriver.held(plain.workbook)).sheets).not.toContain(SUMMARY);
    });
  });

  // hosts63: below 1.15 a series of the clerk's named 执行率 over a copy of our column's numbers (pasted as values
  // into P, their cells) drew what ours draws and was taken for ours: set over our column by the check (their cells
  // gone from the chart), deleted with the chart and 监控汇总 by 清除标记. The copy tells it now (drawnAsOurs).
  /** The clerk types a spent amount under our 执行数 header on each goal sheet, then checks: 执行率 is numbers. */
  const spent = async (w: FakeExcel) => {
    for (const sheet of w.model.sheets.filter((s) => s.name !== SUMMARY))
      for (const [at, cell] of sheet.cells)
        if (typeof cell.value === "string" && cell.value.startsWith("执行数")) {
          const [row, col] = at.split(",").map(Number);
          w.context.workbook.worksheets.getItem(sheet.name).getRange(cellName(row + 1, col)).values = [[12.5]];
        }
    await w.context.sync();
    return check(w);
  };
  const copyOurs = async (w: FakeExcel) => {
    const sheet = w.context.workbook.worksheets.getItem(SUMMARY);
    const ours = sheet.getRange("E7:E14").load("values");
    await w.context.sync();
    expect(ours.values.flat().filter((v) => typeof v === "number" && v > 0)).toHaveLength(8);
    sheet.getRange("P7:P14").values = ours.values;
    await w.context.sync();
  };
  const overCopy = (beside: boolean) => (chart: Excel.Chart, sheet: Excel.Worksheet) => {
    if (!beside) chart.series.getItemAt(1).delete();
    const s = chart.series.add("执行率");
    s.setValues(sheet.getRange("P7:P14"));
    s.setXAxisValues(sheet.getRange("A7:A14"));
  };
  const withCopy = async (level: number, beside: boolean) => {
    const first = await spent(await open(level));
    await copyOurs(first);
    await onChart(first, overCopy(beside));
    return first;
  };
  describe.each([13, 15])("ExcelApi 1.%i: a series of the clerk's named 执行率 over a copy of our numbers", (level) => {
    test("in place of ours, two checks: it stays theirs", async () => {
      expect(await twice(await withCopy(level, false))).toEqual([
        { name: "计划进度", values: "F7:F13", x: "A7:A13" },
        { name: "执行率", values: "P7:P14", x: "A7:A14" },
      ]);
    });

    // Below 1.15 both draw our numbers: ours is the first (a series the clerk adds goes after ours).
    test("beside ours, two checks: ours gets the list's rows, theirs stays", async () => {
      expect(await twice(await withCopy(level, true))).toEqual([
        { name: "计划进度", values: "F7:F13", x: "A7:A13" },
        { name: "执行率", values: "E7:E13", x: "A7:A13" },
        { name: "执行率", values: "P7:P14", x: "A7:A14" },
      ]);
    });

    test.each([
      ["in place of ours", false],
      ["beside ours", true],
    ])("清除标记 with it %s: it, the chart and the sheet stay; twice = once", async (_, beside) => {
      const { workbook, messages } = await excelDriver.clear(await withCopy(level, beside));
      expect((await excelDriver.held(workbook)).sheets).toContain(SUMMARY);
      expect(seriesOf(workbook).filter((s) => s.values === "P7:P14")).toEqual([
        { name: "执行率", values: "P7:P14", x: "A7:A14" },
      ]);
      expect(messages.join("\n")).toContain(`工作表「${SUMMARY}」的图表中有您添加的数据系列`);
      const once = await whole(workbook);
      expect(await whole((await excelDriver.clear(workbook)).workbook)).toEqual(once);
    });

    // Numbers in our column, no copy: ours is still told by what it draws and gets the list's rows.
    test("no copy, two checks: ours gets the list's rows", async () => {
      expect(await twice(await spent(await open(level)))).toEqual([
        { name: "计划进度", values: "F7:F13", x: "A7:A13" },
        { name: "执行率", values: "E7:E13", x: "A7:A13" },
      ]);
    });
  });

  /** Checked with numbers in our 执行率, which the clerk pastes as values into B3:B10 of a report sheet of theirs. */
  const pastedOnReport = async (level: number) => {
    const first = await spent(await open(level));
    const report = first.context.workbook.worksheets.add("报告");
    const ours = first.context.workbook.worksheets.getItem(SUMMARY).getRange("E7:E14").load("values");
    await first.context.sync();
    report.getRange("B3:B10").values = ours.values;
    await first.context.sync();
    return { first, pasted: ours.values };
  };
  /** What the report sheet's B3:B10 holds now. */
  const reportCopy = async (w: FakeExcel) => {
    const copy = w.context.workbook.worksheets.getItem("报告").getRange("B3:B10").load("values");
    await w.context.sync();
    return copy.values;
  };

  // breaker64 (left by hosts63): below 1.15 our 执行率 alone, with its numbers pasted as values on a report sheet of
  // the clerk's, draws what the copy holds: it was not taken at the second check (kept its old rows, the list one
  // shorter) and was at the third, once our column's numbers no longer matched the copy — a third check changed the
  // chart. The copy stays the clerk's, untouched.
  describe.each([13, 15])(
    "ExcelApi 1.%i: our 执行率 alone, its numbers pasted on the clerk's report sheet",
    (level) => {
      test("two checks: ours gets the list's rows; a third = the second; the copy untouched", async () => {
        const { first, pasted } = await pastedOnReport(level);
        expect(await twice(first)).toEqual([
          { name: "计划进度", values: "F7:F13", x: "A7:A13" },
          { name: "执行率", values: "E7:E13", x: "A7:A13" },
        ]);
        expect(await reportCopy(first)).toEqual(pasted);
      });

      // breaker68 (left by breaker67): below 1.15 清除标记 kept 监控汇总 and its chart and said “图表中有您添加的数据系列”
      // — the clerk added none. Our column emptied by Clear's writes, ours draws nothing: it and the sheet go, as at 1.15.
      test("清除标记: the chart and 监控汇总 go, nothing said of a series of theirs; the report sheet untouched", async () => {
        const { first, pasted } = await pastedOnReport(level);
        const { workbook, messages } = await excelDriver.clear(first);
        expect((await excelDriver.held(workbook)).sheets).not.toContain(SUMMARY);
        expect(messages.join("\n")).not.toContain("数据系列");
        expect(await reportCopy(workbook)).toEqual(pasted);
        const once = await whole(workbook);
        expect(await whole((await excelDriver.clear(workbook)).workbook)).toEqual(once);
      });
    },
  );

  // The manifest's own set: the sources are not asked for (the fake would refuse them), ours are told by name.
  test("ExcelApi 1.13: told by name, as before (a renamed series of ours is theirs and keeps its rows)", async () => {
    const first = await open(13);
    await onChart(first, (chart) => void (chart.series.getItemAt(1).name = RENAMED));
    expect(await twice(first)).toEqual([
      { name: "计划进度", values: "F7:F13", x: "A7:A13" },
      { name: RENAMED, values: "E7:E14", x: "A7:A14" },
    ]);
  });
});
