/**
 * The clerk adds a row of their own under our summary (监控汇总) — a 合计 row: "合计", their overall light "黄", their
 * counts 1 and 1 (values equal to ones we wrote on the first table's row), and their 执行率 cell, still empty,
 * formatted 0.00%. Then the summary needs their row's place:
 * - the clerk copies the table sheet (移动或复制 → 建立副本): its tables are new tables, the summary needs 8 more rows
 *   (both appliers: the CLI's copy, and the add-in on the strict Excel fake);
 * - the clerk deletes one of our summary rows: their row moves up into our last row's place (the add-in only: the test
 *   helper editing an .xlsx does not move the summary's chart, a drawing, and refuses rather than write what Excel
 *   would not).
 * Their row is theirs, whole: no summary row is written on it, not even into its empty cells — the summary's rows go
 * around it, the chart draws only the rows of ours above it (a series is one range), and the user is told. The next
 * checks change nothing; Clear marks takes all of ours and leaves their row with its format. Before, the summary's
 * row was written into the empty cells of their row (and Clear marks then reset their 0.00% to General).
 */
import { cellName } from "../../src/core/a1";
import { BOTH_MODES, excelDriver, xlsxDriver, type Driver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(240_000);

const S = "预算项目绩效目标";
const SUMMARY = "监控汇总";
/** The summary's first table row, and the row under its eight tables. */
const FIRST = 6;
const UNDER = 14;
const RATE = 4;
/** Columns of the summary (and a few beside it) whose cells are looked at on a row. */
const COLUMNS = [...Array(20).keys()];

const total = (row: number): UserEdit[] => [
  { sheet: SUMMARY, row, col: 0, type: "合计" },
  { sheet: SUMMARY, row, col: 8, type: "黄" },
  { sheet: SUMMARY, row, col: 10, type: 1 },
  { sheet: SUMMARY, row, col: 12, type: 1 },
];
const at = (row: number, col: number) => `${SUMMARY}!${cellName(row, col)}`;
/** Every cell of a row as held: "A15" → its value, for the cells that hold one. */
const rowOf = (held: Held, row: number) =>
  Object.fromEntries(
    COLUMNS.flatMap((col) => (held.cells.has(at(row, col)) ? [[at(row, col), held.cells.get(at(row, col))]] : [])),
  );
/** The summary's project rows (0-based): those whose 链接 cell holds our HYPERLINK. */
const projectRows = (held: Held) =>
  [...Array(40).keys()].filter((row) => held.cells.get(at(row, 1))?.startsWith("f:HYPERLINK("));

async function story(driver: Driver<unknown>, formulas: boolean, change: UserEdit, row: number, moveTo?: number) {
  const once = (await driver.check(await driver.open(), formulas)).workbook;
  const actuals = await driver.edit(once, [
    { sheet: S, row: 44, col: 7, type: 86 },
    { sheet: S, row: 45, col: 7, type: 0.5 },
  ]);
  const twice = (await driver.check(actuals, formulas)).workbook;
  const first = await driver.held(twice);
  const typed = await driver.edit(twice, [
    ...total(UNDER),
    { sheet: SUMMARY, row: UNDER, col: RATE, format: { numberFormat: "0.00%" } },
  ]);
  const edited = await driver.edit(typed, [change]);
  const again = await driver.check(edited, formulas);
  const second = await driver.held(again.workbook);
  const thrice = await driver.check(again.workbook, formulas);
  const third = await driver.held(thrice.workbook);
  if (moveTo !== undefined) {
    // The clerk cuts their row and pastes it under the projects (the fake is changed in place: no Clear marks after).
    const cut = { top: row, left: 0, bottom: row, right: 12 };
    const moved = await driver.edit(thrice.workbook, [{ sheet: SUMMARY, cut, to: { row: moveTo, col: 0 } }]);
    const after = await driver.check(moved, formulas);
    return { second, moved: await driver.held(after.workbook), messages: after.messages };
  }
  const clear = (await driver.clear(thrice.workbook)).workbook;
  const cleared = await driver.held(clear);
  const clearedTwice = await driver.held((await driver.clear(clear)).workbook);
  return { first, second, third, cleared, clearedTwice, messages: again.messages };
}
type Story = Exclude<Awaited<ReturnType<typeof story>>, { moved: Held }>;

/** Where the clerk moves their row: under the most projects a case has. */
const MOVED = 30;

const cases: { name: string; drivers: Driver<unknown>[]; change: UserEdit; row: number; projects: number }[] = [
  {
    name: "the table sheet copied: 8 more summary rows, below their row",
    drivers: [xlsxDriver, excelDriver] as Driver<unknown>[],
    change: { sheet: S, copyTo: `${S} (2)` },
    row: UNDER,
    projects: 16,
  },
  {
    name: "one of our summary rows deleted: their row in our last row's place, our last row below it",
    drivers: [excelDriver] as Driver<unknown>[],
    change: { sheet: SUMMARY, axis: "row", at: FIRST + 2, count: -1 },
    row: UNDER - 1,
    projects: 8,
  },
];

describe.each(cases)("$name", ({ drivers, change, row, projects }) => {
  describe.each(drivers)("$name", (driver) => {
    describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
      let s: Story;
      let m: { second: Held; moved: Held; messages: string[] };
      /** Their row as they typed it, where it is after their change. */
      const theirs = Object.fromEntries(
        total(row).map((e) => {
          const { col, type } = e as { col: number; type: unknown };
          return [at(row, col), `v:${JSON.stringify(type)}`];
        }),
      );
      beforeAll(async () => {
        s = (await story(driver, formulas, change, row)) as Story;
        m = (await story(driver, formulas, change, row, MOVED)) as typeof m;
      });

      test("the clerk's values equal ours on the first table's row (values mode; formulas there in formulas mode)", () => {
        for (const col of [8, 10, 12])
          if (formulas) expect(s.first.cells.get(at(FIRST, col))).toMatch(/^f:/);
          else expect(s.first.cells.get(at(FIRST, col))).toBe(theirs[at(row, col)]);
      });

      test("their row holds only what they typed, with their format, after each check and Clear marks", () => {
        for (const [step, held] of [
          ["second check", s.second],
          ["third check", s.third],
          ["清除标记", s.cleared],
          ["清除标记 again", s.clearedTwice],
        ] as [string, Held][]) {
          expect([step, rowOf(held, row)]).toEqual([step, theirs]);
          expect([step, held.formats.get(at(row, RATE))]).toEqual([step, expect.stringMatching(/^0\.00%/)]);
        }
      });

      test("every project has its row, around theirs; the chart draws the rows above theirs", () => {
        const rows = projectRows(s.second);
        expect(rows).toHaveLength(projects);
        expect(rows).not.toContain(row);
        expect(rows[0]).toBe(FIRST);
        expect(rows.filter((r) => r < row)).toEqual([...Array(row - FIRST).keys()].map((i) => FIRST + i));
        expect(rows.filter((r) => r > row)[0]).toBe(row + 1);
        expect(s.second.charts.get(SUMMARY)).toEqual([`A7:A${row}`, `E7:E${row}`, `F7:F${row}`]);
      });

      test("the user is told which row was kept, where the projects went and what the chart shows", () => {
        const text = s.messages.join("\n");
        expect(text).toContain(`「${SUMMARY}」第 ${row + 1} 行有您填写的内容，已保留未改`);
        const below = projects - (row - FIRST); // projects under their row, from row + 1 (0-based)
        const after = below === 1 ? `${row + 2}` : `${row + 2}–${row + 1 + below}`;
        expect(text).toContain(`项目写在第 7–${row}、${after} 行`);
        expect(text).toContain(`图表只含第 7–${row} 行的 ${row - FIRST} 个项目`);
      });

      test("a third check changes nothing", () => {
        expect(s.third.cells).toEqual(s.second.cells);
        expect(s.third.formats).toEqual(s.second.formats);
        expect(s.third.rules).toEqual(s.second.rules);
        expect(s.third.charts).toEqual(s.second.charts);
      });

      test("their row cut and pasted under the projects: each project stays on its row, the chart draws them all", () => {
        const rows = projectRows(m.moved);
        expect(rows).toEqual(projectRows(s.second));
        const last = rows.at(-1)! + 1;
        expect(m.moved.charts.get(SUMMARY)).toEqual([`A7:A${last}`, `E7:E${last}`, `F7:F${last}`]);
        const pasted = Object.fromEntries(
          Object.entries(theirs).map(([k, v]) => [k.replace(/\d+$/, `${MOVED + 1}`), v]),
        );
        expect(rowOf(m.moved, MOVED)).toEqual(pasted);
        expect(m.moved.formats.get(at(MOVED, RATE))).toMatch(/^0\.00%/);
        expect(m.messages.join("\n")).not.toContain("已保留未改，汇总行未写入");
      });

      test("Clear marks takes every project row and the chart, twice as once", () => {
        expect(projectRows(s.cleared)).toEqual([]);
        expect(s.cleared.charts.get(SUMMARY)).toBeUndefined();
        expect(s.clearedTwice.cells).toEqual(s.cleared.cells);
        expect(s.clearedTwice.formats).toEqual(s.cleared.formats);
      });
    });
  });
});
