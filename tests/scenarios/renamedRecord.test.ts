/**
 * Someone renames our very hidden record sheet (_PerfTargets) between two checks — not from Excel's sheet tabs (a very
 * hidden sheet is not listed there), but by code: a macro, a script, Worksheet.name. Through both appliers (the CLI's
 * checked copy, the add-in on the strict Excel fake), values mode.
 * Before: the next check did not find its record, wrote a second block beside each table and a second summary sheet
 * (监控汇总 (2)) — nothing lost, but twice was not once. Now the record is found by what it holds (a very hidden sheet
 * whose first row is our record) and kept under the new name: the next check changes nothing, a third neither, and
 * Clear marks leaves the workbook as it was before the first check.
 */
import { MARKS_SHEET } from "../../src/core/types";
import { BOTH_DRIVERS, type Held } from "./drivers";

jest.setTimeout(120_000);

const RENAMED = "记录";
const VALUES = false;

/** Held with the record sheet (by either name) left out of the sheet list: the record's text changes with each run. */
const withoutRecord = (held: Held) => ({
  ...held,
  sheets: held.sheets.filter((s) => s !== MARKS_SHEET && s !== RENAMED),
  cells: new Map([...held.cells].filter(([cell]) => !cell.startsWith(`${RENAMED}!`))),
  rules: new Map([...held.rules].filter(([sheet]) => sheet !== RENAMED)),
});

const drivers = BOTH_DRIVERS;

describe.each(drivers)("$name", (driver) => {
  let seed: Held;
  let first: Held;
  let second: { held: Held; messages: string[]; marks: string | null | undefined };
  let third: Held;
  let cleared: Held;

  beforeAll(async () => {
    seed = await driver.held(await driver.open());
    const once = (await driver.check(await driver.open(), VALUES)).workbook;
    first = await driver.held(once);
    const renamed = await driver.edit(once, [{ sheet: MARKS_SHEET, renameTo: RENAMED }]);
    const again = await driver.check(renamed, VALUES);
    second = {
      held: await driver.held(again.workbook),
      messages: again.messages,
      marks: (await driver.snapshot(again.workbook)).marks,
    };
    const thrice = (await driver.check(again.workbook, VALUES)).workbook;
    third = await driver.held(thrice);
    cleared = await driver.held((await driver.clear(thrice)).workbook);
  });

  test("the next check finds its record under the new name: it changes nothing, and writes no second record", () => {
    expect(withoutRecord(second.held)).toEqual(withoutRecord(first));
    expect(second.messages.join("\n")).not.toMatch(/已有名为|已保留未改/);
    expect(second.marks).toBeTruthy();
    if (first.sheets.includes(MARKS_SHEET)) expect(second.held.sheets).not.toContain(MARKS_SHEET);
  });

  test("a third check changes nothing", () => {
    expect(third).toEqual(second.held);
  });

  test("清除标记 leaves the workbook as before the first check, the record gone", () => {
    expect(withoutRecord(cleared)).toEqual(withoutRecord(seed));
    expect(cleared.sheets).toEqual(seed.sheets);
  });
});
