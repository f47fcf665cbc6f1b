/**
 * breaker64: between two checks the clerk pastes a second goal table beside the first on the same rows (typed in, with
 * its merged cells: the 检察业务费 table of seed-per-sheet.xlsx at column O of its 办公用品采购 sheet). Before the first
 * check seven empty columns stood between; our block (H:N) now fills them, so the header row ran on from the first
 * table through our block into the pasted one and was read as ONE table: named 检察业务费, the pasted table's columns
 * taken for the first's, our block (and the actuals typed in it) read as the pasted table's; 办公用品采购 was gone from
 * 监控汇总, and in formulas mode 清除标记 left a format of ours. Now a header row ends at our block's last header when
 * another table's header follows it (indicatorHeader.ts splitAfterOurs). Through both appliers, both modes: the next
 * check gives what one check gives the workbook with both tables from the start; a third changes nothing; 清除标记 gives
 * back the clerk's workbook with both tables. (With an empty column between, P, it held on main.)
 */
import path from "node:path";
import { BOTH_DRIVERS, BOTH_MODES, type Driver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const FILE = path.join(__dirname, "../fixtures/seed-per-sheet.xlsx");
const S = "1 办公用品采购";
const FROM = "2 检察业务费";

/** The clerk's paste: every value of FROM as the seed holds it, and its merged areas, from column O on the same rows. */
async function secondTable(driver: Driver<unknown>): Promise<UserEdit[]> {
  const snapshot = await driver.snapshot(await driver.open(FILE));
  const source = snapshot.sheets.find((s) => s.name === FROM)!;
  const left = 14; // column O: right beside our block (H:N) after the first check
  const edits: UserEdit[] = [];
  source.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== "")
        edits.push({ sheet: S, row: r + source.originRow, col: left + c + source.originCol, type: value });
    }),
  );
  for (const m of source.merges) edits.push({ sheet: S, merge: { ...m, left: m.left + left, right: m.right + left } });
  return edits;
}

const drivers = BOTH_DRIVERS;
const SUMMARY = "监控汇总";

/**
 * The summary's cells and formats as a sorted list of rows (the row's own number in its formulas and keys written
 * "#"): equal whatever order the projects' rows are in. Every other sheet as it is.
 */
function rowsAsSet(held: Held): unknown {
  const onSummary = (key: string) => key.startsWith(`${SUMMARY}!`);
  const rows = (map: Map<string, string>) => {
    const byRow = new Map<string, string[]>();
    for (const [key, value] of map) {
      if (!onSummary(key)) continue;
      const [, col, row] = /!([A-Z]+)(\d+)$/.exec(key)!;
      const own = new RegExp(`(?<![A-Z0-9!:$])(\\$?[A-Z]{1,3}\\$?)${row}(?!\\d)`, "g"); // this row, not another sheet's
      byRow.set(row, [...(byRow.get(row) ?? []), `${col}=${value.replace(own, "$1#")}`]);
    }
    return [...byRow.values()].map((cells) => cells.sort().join(" | ")).sort();
  };
  const rest = (map: Map<string, string>) => new Map([...map].filter(([key]) => !onSummary(key)));
  return {
    ...held,
    cells: rest(held.cells),
    formats: rest(held.formats),
    summaryCells: rows(held.cells),
    summaryFormats: rows(held.formats),
  };
}

describe.each(drivers)("$name", (driver) => {
  describe.each(BOTH_MODES)(
    "$mode: a second table pasted right beside our block, then checked again",
    ({ formulas }) => {
      let typed: Held;
      let second: { held: Held; messages: string[] };
      let fromStart: Held;
      let third: Held;
      let cleared: Held;

      beforeAll(async () => {
        const once = (await driver.check(await driver.open(FILE), formulas)).workbook;
        const added = await driver.edit(once, await secondTable(driver));
        const again = await driver.check(added, formulas);
        second = { held: await driver.held(again.workbook), messages: again.messages };
        const thrice = (await driver.check(again.workbook, formulas)).workbook;
        third = await driver.held(thrice);
        cleared = await driver.held((await driver.clear(thrice)).workbook);
        // The clerk's workbook with both tables from the start, checked once.
        const seed = await driver.open(FILE);
        const both = await driver.edit(seed, await secondTable(driver));
        typed = await driver.held(both);
        fromStart = await driver.held((await driver.check(both, formulas)).workbook);
      });

      test("the second table is read: the summary names it", () => {
        expect([...second.held.cells.values()].filter((v) => v === 'v:"检察业务费"').length).toBeGreaterThan(
          [...typed.cells.values()].filter((v) => v === 'v:"检察业务费"').length,
        );
      });

      test("the next check gives what one check gives the workbook with both tables from the start", () => {
        // The new table's summary row goes after the rows of ours (they keep their places, and the remarks beside
        // them), where a first check lists the tables in reading order: the summary's rows compare as a set.
        expect(rowsAsSet(second.held)).toEqual(rowsAsSet(fromStart));
        expect(second.messages.join("\n")).not.toMatch(/已保留未改/);
      });

      test("a third check changes nothing", () => {
        expect(third).toEqual(second.held);
      });

      test("清除标记 gives back the clerk's workbook with both tables", () => {
        expect(cleared).toEqual(typed);
      });
    },
  );
});
