/**
 * A check in one mode after a check in the other. In formulas mode (the Excel add-in's default, CLI --formulas) the
 * check gives our empty 实际完成值 cell of a % target the format 0.00% (pct39: what the clerk types there is read as
 * shown); values mode (the CLI's default, WPS, an Excel without the functions) gives it none. A values check after a
 * formulas check left our 0.00% on those cells: the workbook was not the one a values check gives. Now a check takes
 * off what the record says we gave and this run does not give — and only that: a 0.00% the clerk set, or one they
 * typed a value through, is theirs and stays, in either mode. Through both appliers (the CLI's copy, the strict Excel
 * fake) and WPS (values only: a workbook checked in Excel's formulas mode, then in WPS).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseA1Ranges } from "../../src/core/a1";
import { MARKS_SHEET, type WorkbookSnapshot } from "../../src/core/types";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { runCheck as wpsCheck } from "../../src/host/wps/actions";
import { FakeWps, modelFromSnapshot as wpsModel } from "../host/wps/fake";
import { BOTH_DRIVERS, xlsxDriver, type Driver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
/** 设备使用率（%） ≥90%: our 实际完成值 cell H122, formatted 0.00% in formulas mode. */
const PCT = { row: 121, col: 7 };
/** 完成时限 2024年12月31日前 (H121): a date target, never given a format of ours. */
const DATE = { row: 120, col: 7 };
/** The table's header row (一级指标 … 指标值确定依据, then our columns). */
const HEADER = 116;
const at = (cell: { row: number; col: number }) => `${S}!H${cell.row + 1}`;

/** The record names the cell among those we gave our format (Marks.inputFormats). */
async function recordedFormat<W>(driver: Driver<W>, workbook: W, cell: { row: number; col: number }): Promise<boolean> {
  const record = JSON.parse((await driver.snapshot(workbook)).marks!) as { inputFormats: Record<string, string> };
  return parseA1Ranges(record.inputFormats[S]).some(
    (r) => r.top <= cell.row && cell.row <= r.bottom && r.left <= cell.col && cell.col <= r.right,
  );
}

/** Everything but the widths (a new sheet's widths differ by applier only) and the record, between two workbooks. */
function expectSameWorkbook(actual: Held, expected: Held): void {
  expect(actual.cells).toEqual(expected.cells);
  expect(actual.formats).toEqual(expected.formats);
  expect(actual.rules).toEqual(expected.rules);
  expect(actual.notes).toEqual(expected.notes);
  expect(actual.sheets).toEqual(expected.sheets);
}

/** The record as versions before session 41 wrote it: no word of the formats we gave (Marks.inputFormats). */
async function asEarlierVersion<W>(driver: Driver<W>, workbook: W): Promise<W> {
  const marks = (await driver.snapshot(workbook)).marks!;
  const record = JSON.parse(marks) as { inputFormats?: unknown };
  expect(record.inputFormats).toBeDefined();
  delete record.inputFormats;
  const text = JSON.stringify(record);
  expect(text.length).toBeLessThan(30_000); // one cell of the record sheet (MARKS_CHUNK)
  return driver.edit(workbook, [{ sheet: MARKS_SHEET, row: 0, col: 0, type: text }]);
}

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  let fresh: Held; // a first check in values mode

  beforeAll(async () => {
    fresh = await driver.held((await driver.check(await driver.open(), false)).workbook);
    expect(fresh.formats.get(at(PCT))).toBeUndefined();
  });

  test("formulas check, then values check: the workbook a first values check gives; once more: the same", async () => {
    const formulas = (await driver.check(await driver.open(), true)).workbook;
    expect((await driver.held(formulas)).formats.get(at(PCT))).toBe("0.00%||");
    const values = (await driver.check(formulas, false)).workbook;
    const once = await driver.held(values);
    expectSameWorkbook(once, fresh);
    expectSameWorkbook(await driver.held((await driver.check(values, false)).workbook), once);
  });

  test("values, formulas, values: as one values check", async () => {
    const first = (await driver.check(await driver.open(), false)).workbook;
    const formulas = (await driver.check(first, true)).workbook;
    expectSameWorkbook(await driver.held((await driver.check(formulas, false)).workbook), fresh);
  });

  test("formulas, the clerk inserts rows above the tables and a column left of them, values: as values before", async () => {
    const inserts: UserEdit[] = [
      { sheet: S, axis: "row", at: 0, count: 2 },
      { sheet: S, axis: "col", at: 0, count: 1 },
    ];
    const values = (await driver.check(await driver.open(), false)).workbook;
    const expected = await driver.held((await driver.check(await driver.edit(values, inserts), false)).workbook);
    const formulas = (await driver.check(await driver.open(), true)).workbook;
    const moved = await driver.edit(formulas, inserts);
    expect((await driver.held(moved)).formats.get(`${S}!I124`)).toBe("0.00%||"); // H122, two rows down, one right
    expectSameWorkbook(await driver.held((await driver.check(moved, false)).workbook), expected);
  });

  // A cell the clerk merged into the one above is not written (context.ts mayWrite), and its format not changed: the
  // 0.00% we gave it stays under the merge. The record still names it ours, so once unmerged a values check takes it.
  test("formulas, the clerk merges 完成时限's 实际完成值 down over ours, values, unmerges, values: as values", async () => {
    const area = { top: DATE.row, left: DATE.col, bottom: PCT.row, right: PCT.col };
    const formulas = (await driver.check(await driver.open(), true)).workbook;
    const merged = (await driver.check(await driver.edit(formulas, [{ sheet: S, merge: area }]), false)).workbook;
    expect((await driver.held(merged)).formats.get(at(PCT))).toBe("0.00%||"); // under the merge, left as it is
    expect(await recordedFormat(driver, merged, PCT)).toBe(true);
    const unmerged = await driver.edit(merged, [{ sheet: S, unmerge: area }]);
    const values = await driver.held((await driver.check(unmerged, false)).workbook);
    expect(values.formats.get(at(PCT))).toBeUndefined();
    expectSameWorkbook(values, fresh);
  });

  // Hidden rows are rows like any other to a check (no host reads whether a row is hidden): ours there is recorded.
  test("formulas with the row filtered out (hidden): our 0.00% there is recorded, a values check takes it off", async () => {
    const filter: UserEdit = {
      sheet: S,
      autoFilter: { top: HEADER, left: 0, bottom: PCT.row + 1, right: 6 },
      column: 5,
      shown: ["100%"],
    };
    const filtered = await driver.edit(await driver.open(), [filter]);
    expect((await driver.held(filtered)).filters).toContain(`${S}!row ${PCT.row + 1}`);
    const formulas = (await driver.check(filtered, true)).workbook;
    expect((await driver.held(formulas)).formats.get(at(PCT))).toBe("0.00%||");
    expect(await recordedFormat(driver, formulas, PCT)).toBe(true);
    expect((await driver.held((await driver.check(formulas, false)).workbook)).formats.get(at(PCT))).toBeUndefined();
  });

  // Rows inserted inside the table: the record's rows stand by their indicators (BlockRecord.rowsFor), not by order.
  test("formulas, the clerk inserts an indicator's row inside the table, values: our 0.00% goes as after values", async () => {
    const insert: UserEdit[] = [
      { sheet: S, axis: "row", at: DATE.row, count: 1 },
      { sheet: S, row: DATE.row, col: 2, type: "设备完好率（%）" },
      { sheet: S, row: DATE.row, col: 5, type: "≥95%" },
      { sheet: S, row: DATE.row, col: 7, format: { numberFormat: "0.00%" } }, // theirs, on their new row: it stays
    ];
    const values = (await driver.check(await driver.open(), false)).workbook;
    const expected = await driver.held((await driver.check(await driver.edit(values, insert), false)).workbook);
    const formulas = (await driver.check(await driver.open(), true)).workbook;
    const inserted = await driver.edit(formulas, insert);
    expect((await driver.held(inserted)).formats.get(`${S}!H${PCT.row + 2}`)).toBe("0.00%||"); // moved down a row
    const checked = (await driver.check(inserted, false)).workbook;
    expectSameWorkbook(await driver.held(checked), expected);
    // Clear marks after the formulas check and the insert: every 0.00% of ours goes too.
    const cleared = await driver.held((await driver.clear(inserted)).workbook);
    const user = await driver.held(await driver.edit(await driver.open(), insert));
    expect(cleared.formats).toEqual(user.formats);
  });

  // Excel moves a cell's format with its row. Which empty cell of ours is which cannot be told by order then: none is
  // taken for ours (ours may stay behind, the clerk's never goes).
  test("formulas, the clerk's 0.00% on 完成时限, whole rows sorted so it stands where ours was: values keeps theirs", async () => {
    const formulas = (await driver.check(await driver.open(), true)).workbook;
    const theirs = await driver.edit(formulas, [{ sheet: S, ...DATE, format: { numberFormat: "0.00%" } }]);
    const sheet = (await driver.snapshot(theirs)).sheets.find((x) => x.name === S)!;
    const header = sheet.values[HEADER - sheet.originRow];
    const right = sheet.originCol + header.length - 1 - [...header].reverse().findIndex((v) => v !== null);
    // 预算执行率 (≥90%, ours 0.00% on H120) and 完成时限 (the clerk's on H121) change places, our columns with them;
    // the 一级指标 (merged over the rows) is left out, as Excel refuses to sort merged areas of other sizes.
    const sort: UserEdit = {
      sheet: S,
      sort: { top: DATE.row - 1, left: 1, bottom: DATE.row, right },
      by: 2,
      ascending: true,
      customOrder: ["完成时限", "预算执行率"],
    };
    const sorted = await driver.edit(theirs, [sort]);
    const moved = await driver.held(sorted);
    expect(moved.cells.get(`${S}!C${DATE.row}`)).toBe('v:"完成时限"');
    expect(moved.formats.get(`${S}!H${DATE.row}`)).toBe("0.00%||"); // theirs, on the row ours was on
    const values = await driver.held((await driver.check(sorted, false)).workbook);
    expect(values.formats.get(`${S}!H${DATE.row}`)).toBe("0.00%||");
  });

  test("formulas twice: the same workbook, the same record of our formats", async () => {
    const once = (await driver.check(await driver.open(), true)).workbook;
    const held = await driver.held(once);
    const record = JSON.parse((await driver.snapshot(once)).marks!) as { inputFormats: Record<string, string> };
    expect(await recordedFormat(driver, once, PCT)).toBe(true);
    const twice = (await driver.check(once, true)).workbook;
    expectSameWorkbook(await driver.held(twice), held);
    expect(JSON.parse((await driver.snapshot(twice)).marks!).inputFormats).toEqual(record.inputFormats);
  });

  test("formulas, the clerk types 3 there (shown 3.00%), values: their value keeps the format it was typed in", async () => {
    const formulas = (await driver.check(await driver.open(), true)).workbook;
    const typed = await driver.edit(formulas, [{ sheet: S, ...PCT, type: 3 }]);
    const values = await driver.held((await driver.check(typed, false)).workbook);
    expect(values.cells.get(at(PCT))).toBe("v:0.03");
    expect(values.formats.get(at(PCT))).toBe("0.00%||");
    // Every other cell's look as a first values check leaves it.
    const others = (held: Held) => new Map([...held.formats].filter(([k]) => k !== at(PCT)));
    expect(others(values)).toEqual(others(fresh));
    // Emptied again (Delete keeps the format): the 0.00% they typed through is theirs, also to a check in either mode.
    const emptied = await driver.edit((await driver.check(typed, false)).workbook, [{ sheet: S, ...PCT, type: "" }]);
    const again = (await driver.check(emptied, false)).workbook;
    expect((await driver.held(again)).formats.get(at(PCT))).toBe("0.00%||");
    const formulasAgain = (await driver.check(again, true)).workbook;
    expect((await driver.held(formulasAgain)).formats.get(at(PCT))).toBe("0.00%||");
    expect((await driver.held((await driver.check(formulasAgain, false)).workbook)).formats.get(at(PCT))).toBe(
      "0.00%||",
    );
  });

  test("the clerk's own formats on our empty cells stay in either mode: 0.0% over ours, 0.00% where we gave none", async () => {
    const formulas = (await driver.check(await driver.open(), true)).workbook;
    const own: UserEdit[] = [
      { sheet: S, ...PCT, format: { numberFormat: "0.0%" } },
      { sheet: S, ...DATE, format: { numberFormat: "0.00%" } },
    ];
    const formatted = await driver.edit(formulas, own);
    const expectTheirs = (held: Held) => {
      expect(held.formats.get(at(PCT))).toBe("0.0%||");
      expect(held.formats.get(at(DATE))).toBe("0.00%||");
    };
    const values = (await driver.check(formatted, false)).workbook;
    expectTheirs(await driver.held(values));
    // A formulas check does not take the 0.00% off a cell it gives no format (it did: the date target wants none).
    const back = (await driver.check(values, true)).workbook;
    expectTheirs(await driver.held(back));
    expectTheirs(await driver.held((await driver.check(back, false)).workbook));
  });

  test("the clerk's 0.00% on our cell before the first formulas check: theirs, kept by the values check after", async () => {
    const values = (await driver.check(await driver.open(), false)).workbook;
    const formatted = await driver.edit(values, [{ sheet: S, ...PCT, format: { numberFormat: "0.00%" } }]);
    const formulas = (await driver.check(formatted, true)).workbook;
    expect(await recordedFormat(driver, formulas, PCT)).toBe(false);
    const after = await driver.held((await driver.check(formulas, false)).workbook);
    expect(after.formats.get(at(PCT))).toBe("0.00%||");
  });

  test("checked in formulas mode by an earlier version (its record names no formats): a values check takes ours off", async () => {
    const formulas = (await driver.check(await driver.open(), true)).workbook;
    // The clerk's own 0.00% on a cell no formula of ours reads through its format: theirs, also then.
    const formatted = await driver.edit(formulas, [{ sheet: S, ...DATE, format: { numberFormat: "0.00%" } }]);
    const earlier = await asEarlierVersion(driver, formatted);
    const values = await driver.held((await driver.check(earlier, false)).workbook);
    expect(values.formats.get(at(DATE))).toBe("0.00%||");
    const others = (held: Held) => new Map([...held.formats].filter(([k]) => k !== at(DATE)));
    expect(others(values)).toEqual(others(fresh));
  });

  // Clear marks takes our format with an empty input column; the record now tells the clerk's 0.00% there from ours.
  test("Clear marks: the clerk's 0.00% on our empty input cells stays, ours goes", async () => {
    const values = (await driver.check(await driver.open(), false)).workbook;
    const theirs = await driver.edit(values, [{ sheet: S, ...PCT, format: { numberFormat: "0.00%" } }]);
    const cleared = await driver.held((await driver.clear(theirs)).workbook);
    expect(cleared.formats.get(at(PCT))).toBe("0.00%||");

    const formulas = (await driver.check(await driver.open(), true)).workbook;
    const dated = await driver.edit(formulas, [{ sheet: S, ...DATE, format: { numberFormat: "0.00%" } }]);
    const clearedToo = await driver.held((await driver.clear(dated)).workbook);
    expect(clearedToo.formats.get(at(DATE))).toBe("0.00%||");
    const user = await driver.held(await driver.open());
    const others = (held: Held) => new Map([...held.formats].filter(([k]) => k !== at(DATE)));
    expect(others(clearedToo)).toEqual(others(user));
  });

  test("Clear marks after an earlier version's formulas check: every 0.00% on our empty input cells goes, as then", async () => {
    const formulas = (await driver.check(await driver.open(), true)).workbook;
    const cleared = await driver.held((await driver.clear(await asEarlierVersion(driver, formulas))).workbook);
    expect(cleared.formats).toEqual((await driver.held(await driver.open())).formats);
  });
});

describe("WPS: a workbook checked in Excel's formulas mode, then checked in WPS (values)", () => {
  const seed = path.join(__dirname, "../fixtures/seed-one-sheet.xlsx");
  const wpsOf = (snapshot: WorkbookSnapshot) => new FakeWps(wpsModel(snapshot));
  /** Number formats of every cell of the user's sheets in the WPS fake, "sheet!row,col" → code. */
  const formatsIn = (fake: FakeWps) =>
    new Map(
      fake.model.sheets
        .filter((s) => s.name !== MARKS_SHEET)
        .flatMap((s) => [...s.cells].map(([k, c]) => [`${s.name}!${k}`, c.numberFormat] as const))
        .filter(([, f]) => f !== "General"),
    );
  const check = (fake: FakeWps) => wpsCheck(fake.app, { asOf: "2024-08-15" }, "2024-08-15");

  test("our 0.00% comes off the empty cells, as a first WPS check leaves them; the clerk's stays", async () => {
    const fresh = wpsOf(readWorkbookBytes(readFileSync(seed)).snapshot);
    check(fresh);
    const formulas = (await xlsxDriver.check(await xlsxDriver.open(), true)).workbook;
    const theirs = await xlsxDriver.edit(formulas, [{ sheet: S, ...DATE, format: { numberFormat: "0.00%" } }]);
    const snapshot = readWorkbookBytes(theirs).snapshot;
    const cell = (s: WorkbookSnapshot, c: { row: number; col: number }) => {
      const sheet = s.sheets.find((x) => x.name === S)!;
      return sheet.numberFormats?.[c.row - sheet.originRow]?.[c.col - sheet.originCol];
    };
    expect(cell(snapshot, PCT)).toBe("0.00%");
    const wps = wpsOf(snapshot);
    check(wps);
    const expected = formatsIn(fresh);
    expected.set(`${S}!${DATE.row},${DATE.col}`, "0.00%");
    expect(formatsIn(wps)).toEqual(expected);
    check(wps);
    expect(formatsIn(wps)).toEqual(expected);
  });

  test("the clerk inserted an indicator's row inside the table in between: ours comes off the others' cells too", async () => {
    const insert: UserEdit[] = [
      { sheet: S, axis: "row", at: DATE.row, count: 1 },
      { sheet: S, row: DATE.row, col: 2, type: "设备完好率（%）" },
      { sheet: S, row: DATE.row, col: 5, type: "≥95%" },
    ];
    const fresh = wpsOf(readWorkbookBytes(await xlsxDriver.edit(await xlsxDriver.open(), insert)).snapshot);
    check(fresh);
    const formulas = (await xlsxDriver.check(await xlsxDriver.open(), true)).workbook;
    const wps = wpsOf(readWorkbookBytes(await xlsxDriver.edit(formulas, insert)).snapshot);
    check(wps);
    expect(formatsIn(wps)).toEqual(formatsIn(fresh));
  });
});
