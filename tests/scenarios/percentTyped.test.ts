/**
 * Formulas mode (the Excel add-in's default; CLI --formulas), through both appliers: a check, then the clerk types 3%
 * into our empty 实际完成值 cell against a cap (≤2%), then a check again. Before, the formula passed that cell bare:
 * Excel holds 3% as 0.03, which PERF.STATUS read against the cap as 0.03 % — 达标 / 绿 in the workbook where a check
 * said 未达标 / 红. Now the check gives that cell (ours, empty) a percentage format and the formula reads it as shown:
 * - what the formulas show is what a check of the same workbook says, at once;
 * - the next check rewrites nothing (the same formula, the clerk's 3% and its format untouched), a third neither;
 * - Clear marks leaves the clerk's 3% as they see it (value and format).
 * Also a number pasted from a General cell (its format comes along: 85 meaning 85%) reads as a check reads it.
 */
import type { WorkbookSnapshot } from "../../src/core/types";
import { columnIndex } from "../../src/core/a1";
import { registerPerfFunctions } from "../functions/workbookFormulas";
import { BOTH_DRIVERS, type Driver } from "./drivers";
import { checkedVerdicts, shownVerdicts } from "./rowVerdicts";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
/** 设备使用率（%） ≥90% (row 122): the table's 实际完成值 column is ours (H), 状态 / 预警 are J / K. */
const ROW = 121;
const [ACTUAL, STATUS] = [7, 9];
/** The table's header row (一级指标 … 指标值确定依据 in A117:G117). */
const HEADER = 116;
/** The clerk's own cap on that row before any check: a rate that must stay low. */
const CAP: UserEdit[] = [
  { sheet: S, row: ROW, col: 2, type: "设备故障率（%）" },
  { sheet: S, row: ROW, col: 3, type: "设备故障率（%）" },
  { sheet: S, row: ROW, col: 5, type: "≤2%" },
];

beforeAll(registerPerfFunctions);

const shown = (snapshot: WorkbookSnapshot, statusCol = STATUS) =>
  shownVerdicts(snapshot, { sheet: S, row: ROW, statusCol });
const checked = (snapshot: WorkbookSnapshot, statusCol = STATUS) =>
  checkedVerdicts(snapshot, { sheet: S, row: ROW, statusCol });

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  test("check, the clerk types 3% against ≤2%, check again: 未达标 / 红 at once, then nothing rewritten", async () => {
    const once = await driver.check(await driver.edit(await driver.open(), CAP));
    const first = await driver.held(once.workbook);
    expect(first.cells.get(`${S}!H122`)).toBeUndefined(); // ours, empty, for the clerk to fill
    expect(first.formats.get(`${S}!H122`)).toBe("0.00%||");
    expect(first.cells.get(`${S}!J122`)).toContain('CELL("format",H122)');

    // The clerk types 3 (or 3%) there: Excel holds 0.03 in the percentage cell, shown 3.00% (drivers.ts enteredAsExcel).
    const typed = await driver.edit(once.workbook, [{ sheet: S, row: ROW, col: ACTUAL, type: 3 }]);
    const before = await driver.held(typed);
    const snapshot = await driver.snapshot(typed);
    expect(checked(snapshot)).toEqual(["未达标", "红"]);
    expect(shown(snapshot)).toEqual(["未达标", "红"]);

    const again = await driver.check(typed);
    expect(again.messages.join("\n")).not.toMatch(/已保留未改/);
    const second = await driver.held(again.workbook);
    expect(second.cells).toEqual(before.cells);
    expect(second.formats).toEqual(before.formats);
    expect(second.rules).toEqual(before.rules);
    expect(shown(await driver.snapshot(again.workbook))).toEqual(["未达标", "红"]);

    const third = await driver.held((await driver.check(again.workbook)).workbook);
    expect(third.cells).toEqual(second.cells);
    expect(third.formats).toEqual(second.formats);

    const cleared = await driver.held((await driver.clear(again.workbook)).workbook);
    expect(cleared.cells.get(`${S}!H122`)).toBe("v:0.03");
    expect(cleared.formats.get(`${S}!H122`)).toBe("0.00%||");
  });

  test("a number pasted over that cell from a General cell (85, meaning 85%) reads as a check reads it", async () => {
    const once = await driver.check(await driver.open());
    // A paste brings the source cell's format along: General, then 85.
    const pasted = await driver.edit(once.workbook, [
      { sheet: S, row: ROW, col: ACTUAL, format: { numberFormat: "General" } },
      { sheet: S, row: ROW, col: ACTUAL, type: 85 },
    ]);
    const snapshot = await driver.snapshot(pasted);
    const verdict = checked(snapshot);
    expect(verdict[0]).not.toMatch(/^达标/); // 85% against ≥90% (in August: behind); read as 8500% it were 达标
    expect(shown(snapshot)).toEqual(verdict);
  });

  // pct40: the table's OWN actual column (the clerk typed its header before any check; General, as they left it).
  // Typing 3% there gives the cell a percentage format (drivers.ts enteredAsExcel); the formula read the cell bare,
  // 0.03 against ≤2% as 0.03 % — 达标 / 绿 live where a check says 未达标 / 红.
  test("the table's own actual column: 3% typed there against ≤2% is 未达标 / 红 at once; nothing rewritten", async () => {
    const own: UserEdit = { sheet: S, row: HEADER, col: ACTUAL, type: "实际完成值" };
    const once = await driver.check(await driver.edit(await driver.open(), [...CAP, own]));
    const first = await driver.held(once.workbook);
    expect(first.formats.get(`${S}!H122`)).toBeUndefined(); // the clerk's cell: no format of ours
    const status = [...first.cells].find(([k, v]) => /!\D+122$/.test(k) && v.startsWith("f:PERF.STATUS("));

    const typed = await driver.edit(once.workbook, [{ sheet: S, row: ROW, col: ACTUAL, type: "3%" }]);
    const before = await driver.held(typed);
    expect(before.cells.get(`${S}!H122`)).toBe("v:0.03");
    expect(before.formats.get(`${S}!H122`)).toBe("0%||"); // Excel's own, as it is typed
    const snapshot = await driver.snapshot(typed);
    const statusCol = columnIndex(status![0].replace(/^.*!|\d+$/g, ""));
    expect(checked(snapshot, statusCol)).toEqual(["未达标", "红"]);
    expect(shown(snapshot, statusCol)).toEqual(["未达标", "红"]);
    expect(status![1]).toContain('CELL("format",H122)'); // read through its format now, not bare

    const again = await driver.check(typed);
    expect(again.messages.join("\n")).not.toMatch(/已保留未改/);
    const second = await driver.held(again.workbook);
    expect(second.cells).toEqual(before.cells);
    expect(second.formats).toEqual(before.formats);
    const third = await driver.held((await driver.check(again.workbook)).workbook);
    expect(third.cells).toEqual(second.cells);
    expect(third.formats).toEqual(second.formats);

    const cleared = await driver.held((await driver.clear(again.workbook)).workbook);
    expect(cleared.cells.get(`${S}!H122`)).toBe("v:0.03");
    expect(cleared.formats.get(`${S}!H122`)).toBe("0%||");
  });

  test("Clear marks right after the check: our format goes with the empty cell", async () => {
    const user = await driver.held(await driver.open());
    const once = await driver.check(await driver.open());
    const cleared = await driver.held((await driver.clear(once.workbook)).workbook);
    expect(cleared.formats).toEqual(user.formats);
    expect(cleared.cells).toEqual(user.cells);
  });
});
