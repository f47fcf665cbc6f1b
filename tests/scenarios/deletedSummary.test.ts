/**
 * The clerk deletes our 监控汇总 sheet between two checks (right-click on its tab → Delete; excelShift.ts,
 * DELETE_SHEET: the name 监控时点, one reference to that sheet, becomes #REF!), having typed actuals — through both
 * appliers (the CLI's checked copy, the add-in on the strict Excel fake), in formulas and values mode. The summary is
 * ours to make again: the next check gives what checking the same typed workbook once gives (the summary back, 监控时点
 * pointing at its date, the clerk's actuals kept), tells nothing as kept, a third check changes nothing, and Clear
 * marks gives back what clearing that workbook gives.
 */
import { MARKS_SHEET } from "../../src/core/types";
import { BOTH_DRIVERS, BOTH_MODES, type Held } from "./drivers";
import { seedTable } from "./seedTable";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const SUMMARY = "监控汇总";
const TABLE = "检察业务费";

const drivers = BOTH_DRIVERS;

/**
 * What a workbook holds as the clerk sees it: our very hidden record aside (the summary made again is added after it,
 * the first one before it; no tab shows the difference).
 */
const seen = (held: Held) => ({ ...held, sheets: held.sheets.filter((s) => s !== MARKS_SHEET) });

describe.each(drivers)("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode: actuals typed, our summary sheet deleted, checked again", ({ formulas }) => {
    let deleted: Held;
    let second: { held: Held; messages: string[] };
    let direct: { held: Held; messages: string[] };
    let third: Held;
    let cleared: Held;
    let clearedDirect: Held;

    beforeAll(async () => {
      const once = (await driver.check(await driver.open(), formulas)).workbook;
      const b = seedTable(await driver.snapshot(once), S, TABLE);
      const typing: UserEdit[] = [50, 100].map((type, i) => ({
        sheet: S,
        row: b.rows[i],
        col: b.col("实际完成值"),
        type,
      }));
      const edited = await driver.edit(await driver.edit(once, typing), [{ sheet: SUMMARY, deleteSheet: true }]);
      deleted = await driver.held(edited);
      const again = await driver.check(edited, formulas);
      second = { held: await driver.held(again.workbook), messages: again.messages };
      const thrice = (await driver.check(again.workbook, formulas)).workbook;
      third = await driver.held(thrice);
      cleared = await driver.held((await driver.clear(thrice)).workbook);
      // The same actuals typed into a workbook checked once, its summary never deleted.
      const fresh = (await driver.check(await driver.open(), formulas)).workbook;
      const directRun = await driver.check(await driver.edit(fresh, typing), formulas);
      direct = { held: await driver.held(directRun.workbook), messages: directRun.messages };
      clearedDirect = await driver.held((await driver.clear(directRun.workbook)).workbook);
    });

    test("the deletion took the sheet away", () => {
      expect(deleted.sheets).not.toContain(SUMMARY);
      expect([...deleted.cells.keys()].some((k) => k.startsWith(`${SUMMARY}!`))).toBe(false);
    });

    test("the next check makes the summary again and gives what one check of the typed workbook gives", () => {
      expect(second.held.sheets).toContain(SUMMARY);
      expect(seen(second.held)).toEqual(seen(direct.held));
      expect(second.messages).toEqual(direct.messages);
      expect(second.messages.join("\n")).not.toMatch(/已保留未改|已有名为/);
    });

    test("a third check changes nothing", () => {
      expect(third).toEqual(second.held);
    });

    test("清除标记 gives back what clearing the workbook checked once gives", () => {
      expect(seen(cleared)).toEqual(seen(clearedDirect));
      expect(cleared.sheets).not.toContain(SUMMARY);
    });
  });
});
