/**
 * The clerk adds a row of their own under our summary (监控汇总) — a 合计 row: "合计", their overall light "黄", their
 * counts 1 and 1 — values equal to ones we wrote on the first table's row. Then our rows come to theirs:
 * - the clerk copies the table sheet (移动或复制 → 建立副本): its tables are new tables, the summary grows over their row
 *   (both appliers: the CLI's copy, and the add-in on the strict Excel fake);
 * - the clerk deletes one of our summary rows: their row moves up into our last row (the add-in only: the test helper
 *   editing an .xlsx does not move the summary's chart, a drawing, and refuses rather than write what Excel would not).
 * Their row is theirs: the next checks and Clear marks keep every cell of it as typed. Before, a cell on a sheet we
 * made counted as ours when it held any value we wrote on that sheet: the "黄" and the 1s were overwritten.
 */
import { cellName } from "../../src/core/a1";
import { excelDriver, xlsxDriver, type Driver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(180_000);

const S = "预算项目绩效目标";
const SUMMARY = "监控汇总";
const VALUES = false;
/** The summary's first table row, and the row under its eight tables. */
const FIRST = 6;
const UNDER = 14;

const total = (row: number): UserEdit[] => [
  { sheet: SUMMARY, row, col: 0, type: "合计" },
  { sheet: SUMMARY, row, col: 8, type: "黄" },
  { sheet: SUMMARY, row, col: 10, type: 1 },
  { sheet: SUMMARY, row, col: 12, type: 1 },
];
const typed = (edits: UserEdit[], row: number) =>
  edits.map((e) => [
    `${SUMMARY}!${cellName(row, (e as { col: number }).col)}`,
    `v:${JSON.stringify((e as { type: unknown }).type)}`,
  ]);

async function story(driver: Driver<unknown>, change: UserEdit, row: number) {
  const once = (await driver.check(await driver.open(), VALUES)).workbook;
  const actuals = await driver.edit(once, [
    { sheet: S, row: 44, col: 7, type: 86 },
    { sheet: S, row: 45, col: 7, type: 0.5 },
  ]);
  const twice = (await driver.check(actuals, VALUES)).workbook;
  const first = await driver.held(twice);
  const edited = await driver.edit(await driver.edit(twice, total(UNDER)), [change]);
  const again = await driver.check(edited, VALUES);
  const second = await driver.held(again.workbook);
  const thrice = await driver.check(again.workbook, VALUES);
  const third = await driver.held(thrice.workbook);
  const cleared = await driver.held((await driver.clear(thrice.workbook)).workbook);
  return { first, second, third, cleared, messages: again.messages, theirs: typed(total(UNDER), row) };
}

const cases: { name: string; drivers: Driver<unknown>[]; change: UserEdit; row: number }[] = [
  {
    name: "the table sheet copied: the summary grows over their row",
    drivers: [xlsxDriver, excelDriver] as Driver<unknown>[],
    change: { sheet: S, copyTo: `${S} (2)` },
    row: UNDER,
  },
  {
    name: "one of our summary rows deleted: their row moves into our last row",
    drivers: [excelDriver] as Driver<unknown>[],
    change: { sheet: SUMMARY, axis: "row", at: FIRST + 2, count: -1 },
    row: UNDER - 1,
  },
];

describe.each(cases)("$name", ({ drivers, change, row }) => {
  describe.each(drivers)("$name", (driver) => {
    let s: Awaited<ReturnType<typeof story>>;
    beforeAll(async () => {
      s = await story(driver, change, row);
    });

    test("the clerk's values equal ours on the first table's row", () => {
      const ours = typed(total(FIRST), FIRST).slice(1);
      for (const [cell, value] of ours) expect([cell, s.first.cells.get(cell)]).toEqual([cell, value]);
    });

    test("every cell of their row is kept as typed, and said to be kept", () => {
      for (const [step, held] of [
        ["second check", s.second],
        ["third check", s.third],
        ["清除标记", s.cleared],
      ] as [string, Held][])
        for (const [cell, value] of s.theirs) expect([step, cell, held.cells.get(cell)]).toEqual([step, cell, value]);
      expect(s.messages.join("\n")).toContain(`'${SUMMARY}'!${s.theirs[1][0].split("!")[1]}`);
    });

    test("a third check changes nothing", () => {
      expect(s.third.cells).toEqual(s.second.cells);
      expect(s.third.rules).toEqual(s.second.rules);
    });
  });
});
