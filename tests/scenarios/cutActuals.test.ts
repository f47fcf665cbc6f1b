/**
 * The clerk cuts the actuals they typed and pastes them onto other rows of the table (Cut, Paste: excelShift.ts CUT),
 * between two checks, through both appliers (the CLI's checked copy, the add-in on the strict Excel fake). Values
 * mode only: with formulas our 状态 points at the actuals, and the docs do not say whether Excel points it at the
 * pasted cells, so the test helpers refuse that cut.
 * The clerk typed 50 and 100 on the table's first two indicators, checked, then saw they belong one row down and
 * moved the two cells down one row (the source and the destination overlap). The next check must give the workbook a
 * check gives when they had typed the two actuals on the right rows at once; a third check changes nothing; Clear
 * marks leaves the clerk's actuals where they put them and nothing else of ours.
 */
import { cellName } from "../../src/core/a1";
import type { WorkbookSnapshot } from "../../src/core/types";
import { BOTH_DRIVERS, type Held } from "./drivers";
import { seedTable } from "./seedTable";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const TABLE = "检察业务费";
const VALUES = false;
const ACTUALS = [50, 100];

const table = (snapshot: WorkbookSnapshot) => seedTable(snapshot, S, TABLE);

const at = (row: number, col: number) => `${S}!${cellName(row, col)}`;

const drivers = BOTH_DRIVERS;

describe.each(drivers)("$name", (driver) => {
  describe("the clerk cuts their actuals and pastes them one row down", () => {
    let rows: number[];
    let actual: number;
    let headerCell: string;
    let cut: Held;
    let direct: Held;
    let second: { held: Held; messages: string[] };
    let third: Held;
    let cleared: Held;
    let seed: Held;

    beforeAll(async () => {
      seed = await driver.held(await driver.open());
      const once = (await driver.check(await driver.open(), VALUES)).workbook;
      const b = table(await driver.snapshot(once));
      rows = b.rows;
      actual = b.col("实际完成值");
      headerCell = at(b.t.header.row, actual);
      const typed = (first: number): UserEdit[] =>
        ACTUALS.map((type, i) => ({ sheet: S, row: rows[first + i], col: actual, type }));
      const checked = (await driver.check(await driver.edit(once, typed(0)), VALUES)).workbook;
      const moved = await driver.edit(checked, [
        {
          sheet: S,
          cut: { top: rows[0], left: actual, bottom: rows[1], right: actual },
          to: { row: rows[1], col: actual },
        },
      ]);
      cut = await driver.held(moved);
      const again = await driver.check(moved, VALUES);
      second = { held: await driver.held(again.workbook), messages: again.messages };
      const thrice = (await driver.check(again.workbook, VALUES)).workbook;
      third = await driver.held(thrice);
      cleared = await driver.held((await driver.clear(thrice)).workbook);
      // The same actuals typed on the right rows at once, and checked.
      const fresh = (await driver.check(await driver.open(), VALUES)).workbook;
      direct = await driver.held((await driver.check(await driver.edit(fresh, typed(1)), VALUES)).workbook);
    });

    test("the cut moved the actuals: the first row is empty, the next two hold 50 and 100", () => {
      expect([0, 1, 2].map((i) => cut.cells.get(at(rows[i], actual)))).toEqual([undefined, "v:50", "v:100"]);
    });

    test("the next check gives what checking the actuals typed on those rows gives", () => {
      expect(second.held).toEqual(direct);
      expect(second.messages.join("\n")).not.toMatch(/已保留未改/);
    });

    test("a third check changes nothing", () => {
      expect(third).toEqual(second.held);
    });

    test("清除标记 leaves the clerk's actuals where they put them, and nothing else of ours", () => {
      const kept = [headerCell, ...[1, 2].map((i) => at(rows[i], actual))];
      const theirs = new Map([...cut.cells].filter(([cell]) => seed.cells.has(cell) || kept.includes(cell)));
      expect(cleared.cells).toEqual(theirs);
      const looks = new Map([...cut.formats].filter(([cell]) => seed.formats.has(cell) || cell === headerCell));
      expect(cleared.formats).toEqual(looks);
      expect(cleared.notes).toEqual(seed.notes);
    });
  });

  test("checked with formulas, the same cut is refused: our 状态 points at the actuals (not imitated)", async () => {
    const once = (await driver.check(await driver.open(), true)).workbook;
    const b = table(await driver.snapshot(once));
    const col = b.col("实际完成值");
    const typed = await driver.edit(once, [{ sheet: S, row: b.rows[0], col, type: 50 }]);
    const cut: UserEdit = {
      sheet: S,
      cut: { top: b.rows[0], left: col, bottom: b.rows[0], right: col },
      to: { row: b.rows[1], col },
    };
    await expect(driver.edit(typed, [cut])).rejects.toThrow(/formulas pointing at the cells \(not imitated\)/);
  });
});
