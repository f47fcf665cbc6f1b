/**
 * The clerk filters a checked table between two checks (数据 → 筛选: the buttons on the header row, then only the
 * indicators whose 指标值 is "100%" shown, the others' rows hidden), through both appliers (the CLI's checked copy,
 * the add-in on the strict Excel fake), in values and formulas mode. Then check, check again: the hidden rows are
 * judged as before (every cell, note and format is what the check before the filter wrote, nothing written into
 * another row), nothing is kept as the clerk's, the filter and its hidden rows stay, a third check changes nothing.
 */
import type { WorkbookSnapshot } from "../../src/core/types";
import { BOTH_DRIVERS, type Held } from "./drivers";
import { seedTable } from "./seedTable";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const TABLE = "检察业务费";
/** The clerk's actuals (%) of the first three indicators (工作完成率, 工作合格率, 预算执行率). */
const ACTUALS = [50, 100, 95];

const table = (snapshot: WorkbookSnapshot) => seedTable(snapshot, S, TABLE);

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  describe.each([
    { mode: "values", formulas: false },
    { mode: "formulas", formulas: true },
  ])("$mode: the clerk filters the indicators by 指标值, then checks again", ({ formulas }) => {
    let before: Held;
    let filtered: Held;
    let hiddenRows: number[];
    let second: { held: Held; messages: string[] };
    let third: Held;

    beforeAll(async () => {
      const once = (await driver.check(await driver.open(), formulas)).workbook;
      const b = table(await driver.snapshot(once));
      const rows = b.rows.slice(0, ACTUALS.length);
      const typing: UserEdit[] = rows.map((row, i) => ({ sheet: S, row, col: b.col("实际完成值"), type: ACTUALS[i] }));
      const checked = (await driver.check(await driver.edit(once, typing), formulas)).workbook;
      before = await driver.held(checked);
      const snapshot = await driver.snapshot(checked);
      const header = snapshot.sheets.find((s) => s.name === S)!.values[b.t.header.row];
      const right = header.length - 1 - [...header].reverse().findIndex((v) => v !== null);
      const target = b.col("指标值");
      hiddenRows = b.rows.filter((row) => b.value(row, target) !== "100%");
      const filter: UserEdit = {
        sheet: S,
        autoFilter: { top: b.t.header.row, left: b.t.range.left, bottom: b.rows.at(-1)!, right },
        column: target,
        shown: ["100%"],
      };
      const after = await driver.edit(checked, [filter]);
      filtered = await driver.held(after);
      const again = await driver.check(after, formulas);
      second = { held: await driver.held(again.workbook), messages: again.messages };
      third = await driver.held((await driver.check(again.workbook, formulas)).workbook);
    });

    test("the filter hid the indicators whose 指标值 is not 100%, one of them with an actual typed", () => {
      expect(hiddenRows.length).toBeGreaterThan(1);
      expect(filtered.filters.filter((f) => f.includes("!row "))).toEqual(
        hiddenRows.map((row) => `${S}!row ${row + 1}`).sort(),
      );
    });

    test("the next check judges the hidden rows as before and writes nothing into another row", () => {
      expect(second.held.cells).toEqual(before.cells);
      expect(second.held.notes).toEqual(before.notes);
      expect(second.held.formats).toEqual(before.formats);
      expect(second.messages.join("\n")).not.toMatch(/已保留未改/);
    });

    test("the filter, its buttons and hidden rows stay", () => {
      expect(second.held.filters).toEqual(filtered.filters);
    });

    test("a third check changes nothing", () => {
      expect(third).toEqual(second.held);
    });
  });
});
