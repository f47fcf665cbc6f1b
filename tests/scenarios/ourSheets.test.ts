/**
 * The sheets we made (监控汇总, 部门整体绩效目标) edited by the clerk between two runs, through both appliers (the
 * CLI's copy edited as Excel saves it, and the add-in on the strict Excel fake):
 * - cells of the summary typed over are theirs: kept, and each named once in what the check tells them;
 * - a sheet of theirs renamed: the unit-wide table's 来源 cells (our text, naming where each goal was read) name
 *   the sheet by its new name, as the summary does; a 来源 cell the clerk rewrote stays theirs;
 * - rows inserted above the goals on that sheet (Excel moves the sentences down; our 来源 text is no reference it
 *   moves): the 来源 cells still as we wrote them name the cell each goal moved to; a rewritten one stays theirs.
 */
import { BOTH_DRIVERS, type Driver, type Held } from "./drivers";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const SUMMARY = "监控汇总";

const drivers = BOTH_DRIVERS;

/** How often a text occurs in the messages (a cell list names a sheet once per range). */
const times = (messages: string[], text: string) => messages.join("\n").split(text).length - 1;

const UNIT = "部门整体绩效目标";
/** The cells of our unit-wide table. */
const unitCells = (held: Held) => new Map([...held.cells].filter(([k]) => k.startsWith(`${UNIT}!`)));

/** A first check, its unit-wide table's cells, and the clerk's rewrite of its first 来源 cell (an edit to apply). */
async function checkedWithSources(driver: Driver<unknown>) {
  const once = (await driver.check(await driver.open())).workbook;
  const first = unitCells(await driver.held(once));
  const sources = [...first].filter(([, v]) => v.includes(`'${S}'!`));
  expect(sources.length).toBeGreaterThan(2);
  const [mine] = sources[0];
  const theirs = `${JSON.parse(sources[0][1].slice(2))}（已核）`;
  expect(mine).toMatch(new RegExp(`^${UNIT}!E\\d+$`));
  const rewrite = { sheet: UNIT, row: Number(/\d+$/.exec(mine)![0]) - 1, col: 4, type: theirs };
  return { once, first, mine, theirs, rewrite };
}

/** Checks the edited workbook twice: the first gives the unit-wide table `expected`, the second changes nothing. */
async function checkTwiceExpecting(driver: Driver<unknown>, edited: unknown, expected: Map<string, string>) {
  const again = await driver.check(edited);
  const second = unitCells(await driver.held(again.workbook));
  expect(Object.fromEntries(second)).toEqual(Object.fromEntries(expected));
  const third = unitCells(await driver.held((await driver.check(again.workbook)).workbook));
  expect(Object.fromEntries(third)).toEqual(Object.fromEntries(second));
}

describe.each(drivers)("$name", (driver) => {
  describe("the clerk types over a count and a light of the summary, then checks again", () => {
    let first: Held;
    let second: Held;
    let third: Held;
    let messages: string[];
    let thirdMessages: string[];

    beforeAll(async () => {
      const once = (await driver.check(await driver.open())).workbook;
      first = await driver.held(once);
      const typed = await driver.edit(once, [
        { sheet: SUMMARY, row: 6, col: 9, type: 5 }, // J7: the red count of the first table
        { sheet: SUMMARY, row: 6, col: 8, type: "绿" }, // I7: its light
      ]);
      const again = await driver.check(typed);
      messages = again.messages;
      second = await driver.held(again.workbook);
      const thrice = await driver.check(again.workbook);
      third = await driver.held(thrice.workbook);
      thirdMessages = thrice.messages;
    });

    test("the typing is kept, and each cell is named once", () => {
      expect(first.cells.get(`${SUMMARY}!J7`)).not.toBe("v:5");
      expect([second.cells.get(`${SUMMARY}!J7`), second.cells.get(`${SUMMARY}!I7`)]).toEqual(["v:5", 'v:"绿"']);
      expect(messages.join("\n")).toMatch(/已保留未改/);
      // Before: also in "上次写入的 2 个单元格内容已改变…" — the same two cells said twice.
      expect(times(messages, `'${SUMMARY}'!`)).toBe(1);
      expect(messages.find((m) => m.includes(SUMMARY))).toMatch(/^2 个单元格.*已保留未改：'监控汇总'!I7:J7$/);
    });

    test("a third check changes nothing, and says the same", () => {
      expect(third.cells).toEqual(second.cells);
      expect(third.rules).toEqual(second.rules);
      expect(thirdMessages).toEqual(messages);
    });
  });
});

/**
 * The clerk deletes one of our computed columns (状态, or 预警) inside the block of table 1 (block H–N, header row
 * 44): the next check finds the block by the headers left, writes the deleted column again (at the block's right),
 * keeps every cell of the user's, and a third check changes nothing.
 */
describe.each(drivers)("$name: a column of ours deleted inside the block", (driver) => {
  describe.each([
    { name: "状态", col: 9, formulas: true },
    { name: "预警", col: 10, formulas: false },
  ])("$name (formulas: $formulas)", ({ name, col, formulas }) => {
    let user: Held;
    let second: Held;
    let third: Held;
    let messages: string[];

    beforeAll(async () => {
      const deleted = { sheet: S, axis: "col" as const, at: col, count: -1 };
      const once = (await driver.check(await driver.open(), formulas)).workbook;
      const edited = await driver.edit(once, [deleted]);
      user = await driver.held(await driver.edit(await driver.open(), [deleted]));
      const again = await driver.check(edited, formulas);
      messages = again.messages;
      second = await driver.held(again.workbook);
      third = await driver.held((await driver.check(again.workbook, formulas)).workbook);
    });

    test("no cell of the user's changes; the block has its column again, once", () => {
      for (const [k, v] of user.cells) expect([k, second.cells.get(k)]).toEqual([k, v]);
      const headers = [...second.cells].filter(
        ([k, v]) => k.startsWith(`${S}!`) && /!\D+44$/.test(k) && v === `v:"${name}"`,
      );
      expect(headers).toHaveLength(1);
      expect(messages.join("\n")).not.toMatch(/出错/);
    });

    test("a third check changes nothing", () => {
      expect(third.cells).toEqual(second.cells);
      expect(third.rules).toEqual(second.rules);
      expect(third.notes).toEqual(second.notes);
    });
  });
});

/**
 * The unit-wide table we wrote out (部门整体绩效目标) says in its 来源 column where each goal was read:
 * "项目名（'预算项目绩效目标'!B12）". The clerk renames that sheet and checks again: the 来源 cells still as we wrote
 * them name the sheet by its new name (as the summary's links do); one the clerk rewrote stays as they wrote it.
 */
describe.each(drivers)("$name: the sheet a unit-wide goal was read from, renamed", (driver) => {
  const RENAMED = "我的绩效目标表";

  test("the 来源 cells name the new name; the one the clerk rewrote stays theirs; a third check changes nothing", async () => {
    const { once, first, mine, theirs, rewrite } = await checkedWithSources(driver);
    const edited = await driver.edit(once, [rewrite, { sheet: S, renameTo: RENAMED }]);
    const expected = new Map(
      [...first].map(([k, v]) => [
        k,
        k === mine ? `v:${JSON.stringify(theirs)}` : v.split(`'${S}'!`).join(`'${RENAMED}'!`),
      ]),
    );
    await checkTwiceExpecting(driver, edited, expected);
  });
});

/**
 * The clerk inserts two rows at the top of the sheet the unit-wide goals were read from, and rewrites one 来源 cell:
 * the next check names each goal's cell where it is now (two rows down) in the 来源 cells still as we wrote them.
 * Before, the 来源 cells kept the old addresses, two rows above the sentences. A third check changes nothing.
 */
describe.each(drivers)("$name: rows inserted above the sheet's unit-wide goals", (driver) => {
  const down = (text: string, n: number) =>
    text.replace(new RegExp(`('${S}'![A-Z]+)(\\d+)`), (_, cell: string, row: string) => `${cell}${Number(row) + n}`);

  test("the 来源 cells name where each goal is now; the one the clerk rewrote stays theirs; a third check changes nothing", async () => {
    const { once, first, mine, theirs, rewrite } = await checkedWithSources(driver);
    const edited = await driver.edit(once, [rewrite, { sheet: S, axis: "row", at: 0, count: 2 }]);
    const expected = new Map([...first].map(([k, v]) => [k, k === mine ? `v:${JSON.stringify(theirs)}` : down(v, 2)]));
    await checkTwiceExpecting(driver, edited, expected);
  });
});

/**
 * The clerk widens the summary's first column (项目名称) and narrows another (Column Width…): the next checks keep their
 * widths. Before, every check set the summary's widths again.
 */
describe.each(drivers)("$name: the clerk sets widths of our summary's columns", (driver) => {
  test("the next checks keep them", async () => {
    const once = (await driver.check(await driver.open())).workbook;
    const first = await driver.held(once);
    const edited = await driver.edit(once, [
      { sheet: SUMMARY, col: 0, width: 40 },
      { sheet: SUMMARY, col: 1, width: 6 },
    ]);
    const widths = (await driver.held(edited)).widths;
    for (const col of ["A", "B"])
      expect(widths.get(`${SUMMARY}!${col}`)).not.toBe(first.widths.get(`${SUMMARY}!${col}`));
    const again = (await driver.check(edited)).workbook;
    expect((await driver.held(again)).widths).toEqual(widths);
    const third = await driver.held((await driver.check(again)).workbook);
    expect(third.widths).toEqual(widths);
  });
});

/**
 * The clerk writes a line of their own on our summary and fills one of its budget cells yellow, then 清除标记: the
 * summary stays (it holds their line), emptied of ours — and of our look: our headers' bold and fill, our title's
 * bold, our 0.00 on the budgets and our date format on the 监控时点 go; their yellow stays. Before, a summary kept
 * this way held 0.00 and yyyy-mm-dd on its emptied cells: what the clerk typed there next showed as a date.
 */
describe.each(drivers)("$name: our summary kept by 清除标记 for the clerk's line", (driver) => {
  test("every cell we emptied loses our look (number formats too); the clerk's line and fill stay", async () => {
    const once = (await driver.check(await driver.open(), false)).workbook;
    const first = await driver.held(once);
    const edited = await driver.edit(once, [
      { sheet: SUMMARY, row: 1, col: 12, type: "备注：已核" },
      { sheet: SUMMARY, row: 6, col: 2, format: { fill: "FFFF00" } },
    ]);
    const cleared = await driver.clear(edited);
    const after = await driver.held(cleared.workbook);
    expect(after.sheets).toContain(SUMMARY);
    const ours = [...first.cells.keys()].filter((k) => k.startsWith(`${SUMMARY}!`));
    expect(first.formats.get(`${SUMMARY}!B3`)).toBe("yyyy-mm-dd||");
    expect(first.formats.get(`${SUMMARY}!C8`)).toBe("0.00||");
    expect(ours.length).toBeGreaterThan(40);
    for (const cell of ours) {
      expect([cell, after.cells.get(cell)]).toEqual([cell, undefined]);
      if (cell !== `${SUMMARY}!C7`) expect([cell, after.formats.get(cell)]).toEqual([cell, undefined]);
    }
    expect(after.cells.get(`${SUMMARY}!M2`)).toBe('v:"备注：已核"');
    expect(after.formats.get(`${SUMMARY}!C7`)).toBe("General||FFFF00");
  });
});
