/**
 * summary57: between two checks the clerk inserts a column into 监控汇总 (at C, at the far left A, or between 执行率 and
 * 计划进度) and types a heading and a remark into it, then checks again twice. Our columns are found by their headers
 * where the host moved them: nothing of the clerk's is written over, our values stay under our headers, the chart
 * draws from our columns, and the third check changes nothing — in the CLI's checked copy, the Excel add-in (strict
 * fake) and WPS 表格. Until summary57 our headers were written again at their fixed columns: 预算数 over the clerk's
 * column, the cells Excel moved right partly written over, their remark under our 预算数 header.
 *
 * A header of ours typed over after the column went in: our columns cannot be told, so the summary is left as it
 * stands and the check says so in one line.
 */
import path from "node:path";
import { cellName } from "../../src/core/a1";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, BOTH_DRIVERS, heldOfWps, xlsxDriver, type Driver, type Held } from "./drivers";

jest.setTimeout(240_000);

const PER_SHEET = path.join(__dirname, "../fixtures/seed-per-sheet.xlsx");
const SUMMARY = "监控汇总";
/** The summary's header row and first project row (0-based). */
const HEADER = 5;
const FIRST = 6;
const INSERTS = [
  { where: "at C (between 链接 and 预算数)", col: 2 },
  { where: "at the far left (A)", col: 0 },
  { where: "between 执行率 and 计划进度 (F)", col: 5 },
];
/** Everything held on the summary (cells, looks, notes, widths, merges), in one order whatever the host's. */
const onSummary = (held: Held) => {
  const mine = <T>(map: Map<string, T>) => [...map].filter(([k]) => k.startsWith(`${SUMMARY}!`)).sort();
  return {
    cells: mine(held.cells),
    formats: mine(held.formats),
    notes: mine(held.notes),
    widths: mine(held.widths),
    merges: held.merges.filter((m) => m.startsWith(`${SUMMARY}!`)),
  };
};
/** The ranges our chart should draw from: the rows of the projects under our 项目名称, 计划进度 and 执行率 headers. */
const chartColumns = (held: Held) => {
  const col = (header: string) =>
    [...held.cells].find(
      ([k, v]) => v === `v:${JSON.stringify(header)}` && new RegExp(`^${SUMMARY}![A-Z]+${HEADER + 1}$`).test(k),
    )![0];
  const letters = (key: string) => /!([A-Z]+)/.exec(key)![1];
  return ["项目名称", "计划进度", "执行率"]
    .map((h) => letters(col(h)))
    .map((c) => `${c}${FIRST + 1}:${c}${FIRST + 8}`)
    .sort();
};
const HEADING = "备注";
const REMARK = "资金已拨付，待报账";

/** The clerk's column: its heading and a remark on the first project's row. */
const typed = (col: number) => [
  { sheet: SUMMARY, type: HEADING, row: HEADER, col },
  { sheet: SUMMARY, type: REMARK, row: FIRST, col },
];

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  test.each(INSERTS)("a column inserted $where, typed in: kept, ours found beside it", async ({ col }) => {
    const once = await driver.check(await driver.open(PER_SHEET), false);
    const edited = await driver.edit(once.workbook, [
      { sheet: SUMMARY, axis: "col", at: col, count: 1 },
      ...typed(col),
    ]);
    const marked = await driver.held(edited);
    const again = await driver.check(edited, false);
    const held = await driver.held(again.workbook);
    // Nothing changed in the goal tables: the summary is as the host left it after the insert — the clerk's cells, ours
    // under our headers where the host moved them, the chart's ranges with them.
    expect(held.cells.get(`${SUMMARY}!${cellName(FIRST, col)}`)).toBe(`v:${JSON.stringify(REMARK)}`);
    expect(held.cells.get(`${SUMMARY}!${cellName(HEADER, col)}`)).toBe(`v:${JSON.stringify(HEADING)}`);
    expect(onSummary(held)).toEqual(onSummary(marked));
    // The chart draws from our columns where they are now (项目名称, 计划进度, 执行率), never from the clerk's.
    expect(held.charts.get(SUMMARY)).toEqual(chartColumns(held));
    const third = await driver.held((await driver.check(again.workbook, false)).workbook);
    expect(third).toEqual(held);
  });

  test("a header of ours typed over beside the inserted column: the summary kept as it stands, and said", async () => {
    const once = await driver.check(await driver.open(PER_SHEET), false);
    const edited = await driver.edit(once.workbook, [
      { sheet: SUMMARY, axis: "col", at: 2, count: 1 },
      ...typed(2),
      { sheet: SUMMARY, type: "预算", row: HEADER, col: 3 },
    ]);
    const marked = await driver.held(edited);
    const again = await driver.check(edited, false);
    const held = await driver.held(again.workbook);
    expect(onSummary(held)).toEqual(onSummary(marked));
    expect(again.messages.filter((m) => m.includes("未更新"))).toHaveLength(1);
    expect(again.messages.join("\n")).toMatch(/「监控汇总」第 6 行找不到表头「预算数（万元）」.*本次未更新汇总/);
    const third = await driver.check(again.workbook, false);
    expect(await driver.held(third.workbook)).toEqual(held);
    expect(third.messages.filter((m) => m.includes("未更新"))).toHaveLength(1);
  });
});

/** WPS 表格 (strict fake; values, as WPS writes): the same, by the clerk's hands (右键 → 插入列, typing). */
describe("WPS: a column inserted into 监控汇总 and typed in", () => {
  let seed: WorkbookSnapshot;
  beforeAll(async () => {
    seed = readWorkbookBytes(await xlsxDriver.open(PER_SHEET)).snapshot;
  });
  const check = (fake: FakeWps) => runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  const put = (fake: FakeWps, row: number, col: number, value: string) =>
    (fake.app.ActiveWorkbook!.Worksheets.Item(SUMMARY).Range(cellName(row, col)).Value2 = value);

  test.each(INSERTS)("a column inserted $where: kept, ours found beside it", ({ col }) => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    check(fake);
    fake.insertColumns(SUMMARY, col, 1);
    put(fake, HEADER, col, HEADING);
    put(fake, FIRST, col, REMARK);
    const marked = heldOfWps(fake.model);
    check(fake);
    const held = heldOfWps(fake.model);
    expect(held.cells.get(`${SUMMARY}!${cellName(FIRST, col)}`)).toBe(`v:${JSON.stringify(REMARK)}`);
    expect(onSummary(held)).toEqual(onSummary(marked));
    check(fake);
    expect(heldOfWps(fake.model)).toEqual(held);
  });
});
