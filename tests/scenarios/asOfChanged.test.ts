/**
 * The clerk checks as of one date, types actuals, changes the monitoring date stored in the settings (设置 → 保存设置
 * in Excel; the standalone page's copy for the file) and checks again with no date given — through both appliers
 * (the CLI's checked copy, the add-in on the strict Excel fake), in formulas and values mode. Our cells are ours
 * whatever date they were written for: the next check gives what checking as of the new date from the start gives,
 * keeps nothing as the clerk's, a third check changes nothing, and Clear marks gives back the clerk's workbook with
 * their saved settings.
 */
import { serializeSettings } from "../../src/core/settings";
import { DEFAULT_SETTINGS, MARKS_SHEET, type WorkbookSnapshot } from "../../src/core/types";
import { BOTH_DRIVERS, BOTH_MODES, type Held } from "./drivers";
import { seedTable } from "./seedTable";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const TABLE = "检察业务费";
const FIRST = "2024-06-30";
const LATER = "2024-09-30";

const table = (snapshot: WorkbookSnapshot) => seedTable(snapshot, S, TABLE);

const drivers = BOTH_DRIVERS;

describe.each(drivers)("$name", (driver) => {
  describe.each(BOTH_MODES)(
    "$mode: checked as of one date, actuals typed, the stored date changed, checked again",
    ({ formulas }) => {
      let second: { held: Held; messages: string[]; stored: string | null };
      let direct: Held;
      let third: Held;
      let cleared: Held;
      let keptSettings: string | null;
      let clearedDirect: Held;

      beforeAll(async () => {
        const once = (await driver.check(await driver.open(), formulas, FIRST)).workbook;
        const b = table(await driver.snapshot(once));
        const typing: UserEdit[] = [50, 100].map((type, i) => ({
          sheet: S,
          row: b.rows[i],
          col: b.col("实际完成值"),
          type,
        }));
        const typed = await driver.edit(once, typing);
        const json = serializeSettings({ ...DEFAULT_SETTINGS, asOf: LATER });
        const saved = await driver.saveSettings(typed, json);
        const again = await driver.check(saved, formulas, null);
        second = {
          held: await driver.held(again.workbook),
          messages: again.messages,
          stored: (await driver.snapshot(again.workbook)).settings ?? null,
        };
        const thrice = (await driver.check(again.workbook, formulas, null)).workbook;
        third = await driver.held(thrice);
        const clearedRun = (await driver.clear(thrice)).workbook;
        cleared = await driver.held(clearedRun);
        keptSettings = (await driver.snapshot(clearedRun)).settings ?? null;
        // Checked as of the later date from the start, the same actuals typed.
        const fresh = (await driver.check(await driver.open(), formulas, LATER)).workbook;
        const typedFresh = await driver.edit(fresh, typing);
        const directRun = (await driver.check(typedFresh, formulas, LATER)).workbook;
        direct = await driver.held(directRun);
        clearedDirect = await driver.held((await driver.clear(directRun)).workbook);
      });

      test("the next check gives what checking as of the new date gives, keeping nothing as the clerk's", () => {
        expect(second.stored).toBe(serializeSettings({ ...DEFAULT_SETTINGS, asOf: LATER }));
        expect(second.held).toEqual(direct);
        expect(second.messages.join("\n")).not.toMatch(/已保留未改|已有名为/);
      });

      test("a third check changes nothing", () => {
        expect(third).toEqual(second.held);
      });

      test("清除标记 gives back the clerk's workbook: their actuals and saved settings, none of ours", () => {
        // The saved settings are the clerk's: Clear marks keeps them (and the hidden sheet holding them).
        expect(keptSettings).toBe(serializeSettings({ ...DEFAULT_SETTINGS, asOf: LATER }));
        expect({ ...cleared, sheets: cleared.sheets.filter((s) => s !== MARKS_SHEET) }).toEqual(clearedDirect);
      });
    },
  );
});
