/**
 * breaker49: what a clerk types as a count, through both appliers (the CLI's checked copy, the add-in on the strict
 * Excel fake), in formulas mode (the add-in's default: the workbook's own PERF.STATUS judges what is typed) and in
 * values mode. On one indicator, 培训人次 ≥10000人次, the clerk types into our empty 实际完成值 cell, as text:
 * - `1.2万` (12000): before, a bare 万 was 万元 whatever the target — “实际值单位“万元”与指标值单位“人次”不一致”, 无法识别,
 *   no light, where a cell formatted 0!.0,"万" showing 1.2万 was 12000;
 * - `1.2万余人次` (“more than 12000”): before, 余人次 was taken as the unit, 无法识别.
 * Now both read 12000 人次: the formulas show what a check says at once, the next check rewrites nothing (the clerk's
 * text untouched), a third neither, and Clear marks leaves the text as typed.
 *
 * actuals50: the same for `两万人次` and `一万余人次` (Chinese numerals with 万: “应填写数值” before), `1.2萬` (traditional 萬:
 * 1.2 before, 未达标) and `1.2万左右` (“应填写数值”); and on the row as it is, 设备使用率 ≥90%, a `9500` typed for 95.00
 * (达标 / 绿 before, in a check and in PERF.STATUS alike) is now said and not judged, in both.
 */
import type { WorkbookSnapshot } from "../../src/core/types";
import { registerPerfFunctions } from "../functions/workbookFormulas";
import { BOTH_DRIVERS, BOTH_MODES, type Driver } from "./drivers";
import { checkedVerdicts, shownVerdicts } from "./rowVerdicts";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
/** 设备使用率（%） ≥90% (row 122), retyped by the clerk as a count: our 实际完成值 is H, 状态 / 预警 J / K. */
const ROW = 121;
const [ACTUAL, STATUS] = [7, 9];
const COUNT: UserEdit[] = [
  { sheet: S, row: ROW, col: 1, type: "数量指标" },
  { sheet: S, row: ROW, col: 2, type: "培训人次" },
  { sheet: S, row: ROW, col: 3, type: "培训人次" },
  { sheet: S, row: ROW, col: 5, type: "≥10000人次" },
];

beforeAll(registerPerfFunctions);

const CELLS = { sheet: S, row: ROW, statusCol: STATUS };
const shown = (snapshot: WorkbookSnapshot) => shownVerdicts(snapshot, CELLS);
const checked = (snapshot: WorkbookSnapshot) => checkedVerdicts(snapshot, CELLS);

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
    test.each(["1.2万", "1.2万余人次", "两万人次", "一万余人次", "1.2萬", "1.2万左右"])(
      "the clerk types %s against ≥10000人次: 10000 人次 or more",
      async (typedText) => {
        const once = await driver.check(await driver.edit(await driver.open(), COUNT), formulas);
        const typed = await driver.edit(once.workbook, [{ sheet: S, row: ROW, col: ACTUAL, type: typedText }]);
        const before = await driver.held(typed);
        expect(before.cells.get(`${S}!H122`)).toBe(`v:${JSON.stringify(typedText)}`);
        const snapshot = await driver.snapshot(typed);
        // 12000 against ≥10000人次 pro-rated to mid-August (7 of 12 months: 5833): beyond 120 %, 超额 / 蓝.
        expect(checked(snapshot)).toEqual(["超额", "蓝"]);
        if (formulas) expect(shown(snapshot)).toEqual(["超额", "蓝"]);

        const again = await driver.check(typed, formulas);
        expect(again.messages.join("\n")).not.toMatch(/万元|已保留未改/);
        const second = await driver.held(again.workbook);
        expect(second.cells.get(`${S}!H122`)).toBe(`v:${JSON.stringify(typedText)}`);
        expect(second.cells.get(`${S}!J122`)).toBe(
          formulas ? before.cells.get(`${S}!J122`) : `v:${JSON.stringify("超额")}`,
        );
        if (formulas) expect(shown(await driver.snapshot(again.workbook))).toEqual(["超额", "蓝"]);

        const third = await driver.held((await driver.check(again.workbook, formulas)).workbook);
        expect(third.cells).toEqual(second.cells);
        expect(third.formats).toEqual(second.formats);
        expect(third.rules).toEqual(second.rules);

        const cleared = await driver.held((await driver.clear(again.workbook)).workbook);
        expect(cleared.cells.get(`${S}!H122`)).toBe(`v:${JSON.stringify(typedText)}`);
      },
    );

    test("the clerk types 9500 (for 95.00) against ≥90%: no percentage, said, not 达标 / 绿", async () => {
      const once = await driver.check(await driver.open(), formulas);
      const typed = await driver.edit(once.workbook, [{ sheet: S, row: ROW, col: ACTUAL, type: 9500 }]);
      const snapshot = await driver.snapshot(typed);
      expect(checked(snapshot)).toEqual(["无法识别", ""]);
      // No light: the value written is "", the light's formula shows an empty cell.
      if (formulas) expect(shown(snapshot)).toEqual(["无法识别", null]);
      const again = await driver.check(typed, formulas);
      const second = await driver.held(again.workbook);
      // In formulas mode our cell is formatted as a percentage: Excel holds the typed 9500 as 95 (shown 9500%).
      expect(second.cells.get(`${S}!H122`)).toBe(formulas ? "v:95" : "v:9500");
      const third = await driver.held((await driver.check(again.workbook, formulas)).workbook);
      expect(third.cells).toEqual(second.cells);
    });
  });
});
