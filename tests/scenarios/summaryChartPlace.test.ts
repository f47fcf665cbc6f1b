/**
 * chart58: the clerk drags our chart on 监控汇总 below the list, or resizes it, and checks again. Before, every check
 * deleted it and added it anew at its default place (right of our columns): the clerk's place was lost. The record
 * now keeps where we last put it (Marks.charts anchor); a chart found elsewhere is the clerk's placing and stays, with
 * its data ranges written anew. One never moved still follows our columns when 自评得分 / 自评等级 move them right.
 * The CLI's checked copy (xlsx: the drawing anchor) and the Excel add-in (strict fake: the chart is updated where it
 * is, not deleted and added, so the clerk's colours and title stay too). WPS draws no chart (wps/apply.ts).
 */
import path from "node:path";
import { columnWidthPoints } from "../../src/core/plan/columnWidth";
import type { FakeExcel } from "../host/excel/fake";
import { excelDriver, xlsxDriver } from "./drivers";

jest.setTimeout(120_000);

const SUMMARY = "监控汇总";
const PER_SHEET = path.join(__dirname, "../fixtures/seed-per-sheet.xlsx");
const SELF_EVAL = path.join(__dirname, "../fixtures/layouts/national-self-eval.xlsx");
const AT = "2024-12-31";

const place = async (w: Uint8Array) => (await xlsxDriver.held(w)).chartPlaces.get(SUMMARY);
/** Everything the CLI copy holds, the record sheet left out: cells, looks, rules, charts and their places. */
const whole = async (w: Uint8Array) =>
  JSON.stringify([...Object.entries(await xlsxDriver.held(w))].map(([k, v]) => [k, v instanceof Map ? [...v] : v]));

describe("CLI copy", () => {
  test("a chart the clerk moved below the list and made larger stays there; checking twice = once", async () => {
    const first = (await xlsxDriver.check(await xlsxDriver.open(PER_SHEET), false, AT)).workbook;
    const ranges = (await xlsxDriver.held(first)).charts.get(SUMMARY);
    expect(ranges?.length).toBeGreaterThan(0);
    // Dragged to A31 and stretched over A31:K56 (from A31 with 1 mm offsets, to the corner past K56).
    const moved = await xlsxDriver.edit(first, [
      { sheet: SUMMARY, moveChart: { top: 30, left: 0, bottom: 55, right: 10 } },
    ]);
    expect(await place(moved)).toEqual(["0,36000,30,36000,11,0,56,0"]);
    const second = (await xlsxDriver.check(moved, false, AT)).workbook;
    expect(await place(second)).toEqual(["0,36000,30,36000,11,0,56,0"]);
    // Still our chart, drawing the same projects.
    expect((await xlsxDriver.held(second)).charts.get(SUMMARY)).toEqual(ranges);
    const third = (await xlsxDriver.check(second, false, AT)).workbook;
    expect(await whole(third)).toEqual(await whole(second));
  });

  test("a chart never moved still goes right of the 自评得分 columns when they move right", async () => {
    const first = (await xlsxDriver.check(await xlsxDriver.open(SELF_EVAL), false, AT)).workbook;
    const before = await place(first);
    // The scores in N and O, 待填报数 and 无法识别数 in P and Q (clerk68): the chart from S (P + 3), rows 2–21 (to the
    // corner past row 21).
    expect(before).toEqual(["18,0,1,0,27,0,21,0"]);
    // The clerk's 备注 over our 自评得分 header: the scores move to R and S (O alone is free: P and Q hold our counts),
    // our chart two columns right of them.
    const typed = await xlsxDriver.edit(first, [{ sheet: SUMMARY, row: 5, col: 13, type: "备注" }]);
    const second = (await xlsxDriver.check(typed, false, AT)).workbook;
    expect(await place(second)).toEqual(["20,0,1,0,29,0,21,0"]);
    const third = (await xlsxDriver.check(second, false, AT)).workbook;
    expect(await whole(third)).toEqual(await whole(second));
  });

  test("moved by the clerk, it stays also when the 自评得分 columns move right", async () => {
    const first = (await xlsxDriver.check(await xlsxDriver.open(SELF_EVAL), false, AT)).workbook;
    const moved = await xlsxDriver.edit(first, [
      { sheet: SUMMARY, moveChart: { top: 12, left: 1, bottom: 30, right: 8 } },
      { sheet: SUMMARY, row: 5, col: 13, type: "备注" },
    ]);
    const second = (await xlsxDriver.check(moved, false, AT)).workbook;
    expect(await place(second)).toEqual(["1,36000,12,36000,9,0,31,0"]);
  });
});

describe("Excel add-in", () => {
  const place = async (w: FakeExcel) => (await excelDriver.held(w)).chartPlaces.get(SUMMARY);
  const whole = async (w: FakeExcel) =>
    JSON.stringify([...Object.entries(await excelDriver.held(w))].map(([k, v]) => [k, v instanceof Map ? [...v] : v]));
  const chart = (w: FakeExcel) => w.model.sheets.find((s) => s.name === SUMMARY)!.charts;

  test("a chart the clerk moved below the list, resized and retitled stays as they left it; twice = once", async () => {
    const first = (await excelDriver.check(await excelDriver.open(PER_SHEET), false, AT)).workbook;
    const ranges = (await excelDriver.held(first)).charts.get(SUMMARY);
    expect(ranges?.length).toBeGreaterThan(0);
    const moved = await excelDriver.edit(first, [
      { sheet: SUMMARY, moveChart: { top: 30, left: 0, bottom: 55, right: 10 } },
    ]);
    const there = await place(moved);
    // A31:K56: from the sheet's left edge and row 31's top (30 rows of 15 pt), 26 rows high.
    expect(there?.[0]).toMatch(/^0,450,[\d.]+,390$/);
    chart(moved)[0].title = "我的图表";
    const second = (await excelDriver.check(moved, false, AT)).workbook;
    expect(await place(second)).toEqual(there);
    expect(chart(second).map((c) => c.title)).toEqual(["我的图表"]);
    expect((await excelDriver.held(second)).charts.get(SUMMARY)).toEqual(ranges);
    const third = (await excelDriver.check(second, false, AT)).workbook;
    expect(await whole(third)).toEqual(await whole(second));
  });

  test("a chart never moved still goes right of the 自评得分 columns when they move right", async () => {
    const first = (await excelDriver.check(await excelDriver.open(SELF_EVAL), false, AT)).workbook;
    const before = (await place(first))![0].split(",").map(Number);
    const typed = await excelDriver.edit(first, [{ sheet: SUMMARY, row: 5, col: 13, type: "备注" }]);
    const second = (await excelDriver.check(typed, false, AT)).workbook;
    const after = (await place(second))![0].split(",").map(Number);
    // Two columns right (the scores leap over our counts in P and Q, clerk68): past S and T (standard width) and R's
    // and S's growth from standard to 自评得分's 12 and 自评等级's 10 characters — together their new widths.
    expect(after[0] - before[0]).toBeCloseTo(columnWidthPoints(12) + columnWidthPoints(10));
    expect([after[1], after[3]]).toEqual([15, 300]); // rows 2–21, as before
    const third = (await excelDriver.check(second, false, AT)).workbook;
    expect(await whole(third)).toEqual(await whole(second));
  });

  test("moved by the clerk, it stays also when the 自评得分 columns move right", async () => {
    const first = (await excelDriver.check(await excelDriver.open(SELF_EVAL), false, AT)).workbook;
    const moved = await excelDriver.edit(first, [
      { sheet: SUMMARY, moveChart: { top: 12, left: 1, bottom: 30, right: 8 } },
      { sheet: SUMMARY, row: 5, col: 13, type: "备注" },
    ]);
    const there = await place(moved);
    const second = (await excelDriver.check(moved, false, AT)).workbook;
    expect(await place(second)).toEqual(there);
  });
});
