/**
 * breaker65: after a check in Chinese the clerk types our English words over our headers (实际完成值 → Actual, 状态 →
 * Status, 预警 → Alert: the labels of an English run they had seen) and an actual under Actual, then checks again in
 * Chinese. The plan still found our columns under their headers (a renamed header that still names our column), so in
 * formulas mode our PERF.STATUS read the actual — but the reader read Actual as an unknown column: the check judged the
 * row 待填报, wrote 待填报 in values mode, and 监控汇总 counted it so. Now a header typed in our English words over ours
 * is read as its Chinese words (ourHeaders.ts ourHeadersInChinese). And 清除标记 emptied the Status and Alert headers
 * the check had just said were the clerk's (a header found by our words in either language was taken for ours): it
 * keeps a header that no longer holds what we wrote (buildClearPlan). Through the CLI's copy and the Excel add-in, both
 * modes, and WPS (values) on its fake: the next check gives what a check of the actual typed under our Chinese headers gives, with the clerk's
 * headers; a third changes nothing; 清除标记 keeps their headers and their actual.
 */
import path from "node:path";
import { cellName } from "../../src/core/a1";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { readWorkbook as readWps } from "../../src/host/wps/read";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, BOTH_DRIVERS, BOTH_MODES, heldOfWps, xlsxDriver, type Held } from "./drivers";
import { seedTable } from "./seedTable";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(180_000);

const S = "预算项目绩效目标";
const TABLE = "检察业务费";
const ENGLISH = { 实际完成值: "Actual", 状态: "Status", 预警: "Alert" } as const;
const ACTUAL = 0.5; // 50% of a 100% target: not met

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode: our headers retyped in English, an actual typed under Actual", ({ formulas }) => {
    let second: { held: Held; messages: string[]; pending: number };
    let direct: { held: Held; pending: number };
    let third: Held;
    let cleared: Held;
    let headers: Map<string, string>;
    let actualCell: string;

    beforeAll(async () => {
      const once = (await driver.check(await driver.open(), formulas)).workbook;
      const b = seedTable(await driver.snapshot(once), S, TABLE);
      const row = b.t.header.row;
      const actual: UserEdit = { sheet: S, row: row + 1, col: b.col("实际完成值"), type: ACTUAL };
      actualCell = `${S}!${cellName(row + 1, b.col("实际完成值"))}`;
      headers = new Map(Object.entries(ENGLISH).map(([zh, en]) => [`${S}!${cellName(row, b.col(zh))}`, `v:"${en}"`]));
      const retyped: UserEdit[] = Object.entries(ENGLISH).map(([zh, en]) => ({
        sheet: S,
        row,
        col: b.col(zh),
        type: en,
      }));
      const pending = (o: { check?: { tables: { results: { status: string }[] }[] } }) =>
        o.check!.tables.flatMap((t) => t.results).filter((r) => r.status === "pending").length;

      const again = await driver.check(await driver.edit(once, [...retyped, actual]), formulas);
      second = { held: await driver.held(again.workbook), messages: again.messages, pending: pending(again) };
      const thrice = (await driver.check(again.workbook, formulas)).workbook;
      third = await driver.held(thrice);
      cleared = await driver.held((await driver.clear(thrice)).workbook);
      // The same actual typed under our Chinese headers, checked.
      const fresh = (await driver.check(await driver.open(), formulas)).workbook;
      const typed = await driver.check(await driver.edit(fresh, [actual]), formulas);
      direct = { held: await driver.held(typed.workbook), pending: pending(typed) };
    });

    test("the actual is judged: the check and the workbook are what the actual under our Chinese headers gives", () => {
      expect(second.pending).toBe(direct.pending);
      const expected = new Map(direct.held.cells);
      for (const [cell, text] of headers) expected.set(cell, text);
      expect(second.held.cells).toEqual(expected);
      expect({ ...second.held, cells: null }).toEqual({ ...direct.held, cells: null });
    });

    test("their headers are kept and said to be theirs; a third check changes nothing", () => {
      expect(second.messages.join("\n")).toMatch(/已保留未改/);
      expect(third).toEqual(second.held);
    });

    test("清除标记 keeps their headers and their actual", () => {
      for (const [cell, text] of headers) expect(cleared.cells.get(cell)).toBe(text);
      expect(cleared.cells.get(actualCell)).toBe(`v:${ACTUAL}`);
    });
  });
});

test("WPS (values): the actual under Actual is judged; twice = once; 清除标记 keeps their headers and actual", async () => {
  const seed = readWorkbookBytes(await xlsxDriver.open()).snapshot;
  const checked = () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    return fake;
  };
  const type = (fake: FakeWps, row: number, col: number, value: string | number) =>
    void (fake.app.ActiveWorkbook!.Worksheets.Item(S).Range(cellName(row, col)).Value2 = value);
  const fake = checked();
  const b = seedTable(readWps(fake.app).snapshot, S, TABLE);
  const row = b.t.header.row;
  const headers = new Map(Object.entries(ENGLISH).map(([zh, en]) => [`${S}!${cellName(row, b.col(zh))}`, `v:"${en}"`]));
  for (const [zh, en] of Object.entries(ENGLISH)) type(fake, row, b.col(zh), en);
  type(fake, row + 1, b.col("实际完成值"), ACTUAL);
  const again = runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  const second = heldOfWps(fake.model);
  const control = checked();
  type(control, row + 1, b.col("实际完成值"), ACTUAL);
  const direct = runCheck(control.app, { asOf: AS_OF }, AS_OF);
  const pending = (run: typeof again) =>
    run.check!.tables.flatMap((t) => t.results).filter((r) => r.status === "pending").length;
  expect(pending(again)).toBe(pending(direct));
  const expected = new Map(heldOfWps(control.model).cells);
  for (const [cell, text] of headers) expected.set(cell, text);
  expect(second.cells).toEqual(expected);

  runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  expect(heldOfWps(fake.model)).toEqual(second);
  runClear(fake.app);
  const cleared = heldOfWps(fake.model);
  for (const [cell, text] of headers) expect(cleared.cells.get(cell)).toBe(text);
  expect(cleared.cells.get(`${S}!${cellName(row + 1, b.col("实际完成值"))}`)).toBe(`v:${ACTUAL}`);
});

// The schedule's 执行数（万元） retyped as Spent (万元), the amount spent typed under it: read as under ours.
describe.each(BOTH_DRIVERS)("$name, values: 执行数（万元） retyped as Spent (万元)", (driver) => {
  const FILE = path.join(__dirname, "../fixtures/seed-per-sheet.xlsx");
  const SHEET = "1 办公用品采购";
  test("the amount spent is read; 清除标记 keeps their header and amount", async () => {
    const run = async (english: boolean) => {
      const once = (await driver.check(await driver.open(FILE), false)).workbook;
      const sheet = (await driver.snapshot(once)).sheets.find((s) => s.name === SHEET)!;
      let at = { row: -1, col: -1 };
      sheet.values.forEach((r, i) =>
        r.forEach((v, j) => {
          if (v === "执行数（万元）") at = { row: i + sheet.originRow, col: j + sheet.originCol };
        }),
      );
      const edits: UserEdit[] = [{ sheet: SHEET, row: at.row + 1, col: at.col, type: 12.5 }];
      if (english) edits.push({ sheet: SHEET, row: at.row, col: at.col, type: "Spent (万元)" });
      const again = await driver.check(await driver.edit(once, edits), false);
      const execution = again.check!.tables.find((t) => t.table.sheet === SHEET)!.result.execution;
      const cleared = await driver.held((await driver.clear(again.workbook)).workbook);
      const kept = [at.row, at.row + 1].map((row) => cleared.cells.get(`${SHEET}!${cellName(row, at.col)}`));
      return { execution, kept };
    };
    const [chinese, english] = [await run(false), await run(true)];
    expect(chinese.execution?.spent).toBe(12.5);
    expect(english.execution).toEqual(chinese.execution);
    expect(english.kept).toEqual(['v:"Spent (万元)"', "v:12.5"]);
  });
});
