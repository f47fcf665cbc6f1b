/**
 * The clerk sorts a checked table's indicator rows between two checks, through both appliers (the CLI's checked copy,
 * the add-in on the strict Excel fake). Two ways Excel allows (excelShift.ts, SORT):
 * - whole rows: the table's columns and our monitoring columns beside them, by the actuals typed (实际完成值), in
 *   values mode and in formulas mode (our formulas move with their rows, their references to the row with them:
 *   excelShift.ts, FORMULAS; a range holding notes is not imitated: the rows are ones whose 状态 is green, no note).
 *   Each actual stays with its indicator, our 状态 moved with it and is rewritten in place, every cell the clerk typed
 *   is kept, nothing is kept as the clerk's, a third check changes nothing.
 * - the table's own columns only (二级指标 … 指标值确定依据), by 三级指标 in a custom order (CUSTOM_ORDER), our
 *   columns with the clerk's actuals left behind (Excel warns, the clerk goes on). Every actual typed is still there
 *   and a third check changes nothing.
 */
import { cellName } from "../../src/core/a1";
import type { WorkbookSnapshot } from "../../src/core/types";
import { BOTH_DRIVERS, BOTH_MODES, type Held } from "./drivers";
import { seedTable } from "./seedTable";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const TABLE = "检察业务费";

const table = (snapshot: WorkbookSnapshot) => seedTable(snapshot, S, TABLE);
const at = (row: number, col: number) => `${S}!${cellName(row, col)}`;

/**
 * Each indicator (its 三级指标) with the actual and our 状态 on its row; a formula with the references to its own row
 * written "·" (a formula that moved with its row reads the same).
 */
function byName(snapshot: WorkbookSnapshot, held: Held, rows: number[]) {
  const b = table(snapshot);
  const own = (row: number, text: string | undefined) =>
    text?.startsWith("f:") ? text.replace(new RegExp(`(?<=[A-Z])${row + 1}(?!\\d)`, "g"), "·") : text;
  return new Map(
    rows.map((row) => [
      b.value(row, b.t.range.left + 2),
      [held.cells.get(at(row, b.col("实际完成值"))), own(row, held.cells.get(at(row, b.col("状态"))))],
    ]),
  );
}

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  describe.each(BOTH_MODES)(
    "$mode: the clerk sorts whole rows, our columns with them, by 实际完成值",
    ({ formulas }) => {
      /** 工作合格率 (100%) and 预算执行率 (≥90%): both met, green, no note on our 状态. */
      const ACTUALS = [100, 95];
      let rows: number[];
      let expected: Map<unknown, unknown[]>;
      let typed: (string | undefined)[];
      let sorted: { held: Held; snapshot: WorkbookSnapshot };
      let second: { held: Held; snapshot: WorkbookSnapshot; messages: string[] };
      let third: Held;

      beforeAll(async () => {
        const once = (await driver.check(await driver.open(), formulas)).workbook;
        const b = table(await driver.snapshot(once));
        rows = b.rows.slice(1, 1 + ACTUALS.length);
        const actual = b.col("实际完成值");
        const typing: UserEdit[] = rows.map((row, i) => ({ sheet: S, row, col: actual, type: ACTUALS[i] }));
        const checked = (await driver.check(await driver.edit(once, typing), formulas)).workbook;
        const checkedHeld = await driver.held(checked);
        // As the clerk's typing left them (formulas mode formats our empty 实际完成值 as a percentage: 95 → 0.95).
        typed = rows.map((row) => checkedHeld.cells.get(at(row, actual)));
        expected = byName(await driver.snapshot(checked), checkedHeld, rows);
        const header = (await driver.snapshot(checked)).sheets.find((s) => s.name === S)!.values[b.t.header.row];
        const right = header.length - 1 - [...header].reverse().findIndex((v) => v !== null);
        // The 一级指标 (merged over the rows) is left out: Excel refuses to sort merged areas of other sizes.
        const sort: UserEdit = {
          sheet: S,
          sort: { top: rows[0], left: b.t.range.left + 1, bottom: rows.at(-1)!, right },
          by: actual,
          ascending: true,
        };
        const after = await driver.edit(checked, [sort]);
        sorted = { held: await driver.held(after), snapshot: await driver.snapshot(after) };
        const again = await driver.check(after, formulas);
        second = {
          held: await driver.held(again.workbook),
          snapshot: await driver.snapshot(again.workbook),
          messages: again.messages,
        };
        third = await driver.held((await driver.check(again.workbook, formulas)).workbook);
      });

      test("the sort moved whole rows: the smallest actual first, each with its indicator and our 状态", () => {
        const b = table(sorted.snapshot);
        expect(rows.map((row) => sorted.held.cells.get(at(row, b.col("实际完成值"))))).toEqual([typed[1], typed[0]]);
        expect(byName(sorted.snapshot, sorted.held, rows)).toEqual(expected);
      });

      test("the next check keeps each actual with its indicator, keeps nothing as the clerk's", () => {
        expect(byName(second.snapshot, second.held, rows)).toEqual(expected);
        expect(second.messages.join("\n")).not.toMatch(/已保留未改/);
      });

      test("a third check changes nothing", () => {
        expect(third).toEqual(second.held);
      });
    },
  );

  describe.each([
    { mode: "values", formulas: false },
    { mode: "formulas", formulas: true },
  ])("$mode: the clerk sorts only the table's own columns, the typed actuals left behind", ({ formulas }) => {
    /** 工作完成率 (100%), 工作合格率 (100%), 预算执行率 (≥90%): all different. */
    const ACTUALS = [50, 100, 95];
    let rows: number[];
    let names: unknown[];
    let typed: Map<string, string | undefined>;
    let sortedNames: unknown[];
    let second: { held: Held; messages: string[]; diagnostics: string[] };
    let third: Held;

    beforeAll(async () => {
      const once = (await driver.check(await driver.open(), formulas)).workbook;
      const b = table(await driver.snapshot(once));
      rows = b.rows.slice(0, ACTUALS.length);
      names = rows.map((row) => b.value(row, b.t.range.left + 2));
      const actual = b.col("实际完成值");
      const typing: UserEdit[] = rows.map((row, i) => ({ sheet: S, row, col: actual, type: ACTUALS[i] }));
      const checked = (await driver.check(await driver.edit(once, typing), formulas)).workbook;
      // As the clerk's typing left them (a number typed into a percentage cell is that percentage: drivers.ts).
      const typedHeld = await driver.held(checked);
      typed = new Map(rows.map((row) => [at(row, actual), typedHeld.cells.get(at(row, actual))]));
      const sort: UserEdit = {
        sheet: S,
        sort: { top: rows[0], left: b.t.range.left + 1, bottom: rows.at(-1)!, right: b.col("指标值确定依据") },
        by: b.t.range.left + 2,
        ascending: true,
        customOrder: [...names].reverse().map(String),
      };
      const after = await driver.edit(checked, [sort]);
      const moved = table(await driver.snapshot(after));
      sortedNames = rows.map((row) => moved.value(row, moved.t.range.left + 2));
      const again = await driver.check(after, formulas);
      second = {
        held: await driver.held(again.workbook),
        messages: again.messages,
        diagnostics: again.diagnostics ?? [],
      };
      third = await driver.held((await driver.check(again.workbook, formulas)).workbook);
    });

    test("the sort moved the table's rows only: the indicators in reverse order", () => {
      expect(sortedNames).toEqual([...names].reverse());
    });

    test("every actual the clerk typed is still in its cell", () => {
      for (const [cell, value] of typed) expect(second.held.cells.get(cell)).toBe(value);
    });

    test("a third check changes nothing", () => {
      expect(third).toEqual(second.held);
    });

    // FAILS on main (sort39, HIGH): the check judges each indicator by the actual now on its row and says nothing.
    test("the check says the actuals no longer sit beside the indicators they were typed for", () => {
      const said = [...second.messages, ...second.diagnostics].join("\n");
      const quoted = (name: unknown) => String(name).replace(/[()]/g, "\\$&");
      // Each indicator now beside another one's actual is named (the first and the third swapped places).
      for (const name of [names[0], names[2]])
        expect(said).toMatch(new RegExp(`${quoted(name)}[^\\n]*实际完成值|实际完成值[^\\n]*${quoted(name)}`));
    });
  });
});
