/**
 * The clerk sorts a table's indicator rows by their actuals (实际完成值) between two checks, through both appliers
 * (the CLI's checked copy, the add-in on the strict Excel fake), in values and formulas mode. The clerk selects the
 * table's own columns and the actuals typed beside them (二级指标 … 全年预计完成值) and sorts by 实际完成值: our 状态
 * and 预警, with the notes we put on a 状态, stay where they are (the range holds none of them: Microsoft's docs do not
 * say how a sort moves formulas or notes, so the test helpers refuse those — excelShift.ts SORT).
 * Then check, check again, Clear marks: each indicator keeps the clerk's actual it was sorted with, our 状态 and its
 * note on its row are the ones its actual gives, nothing is kept as the clerk's (they typed none of our cells), a
 * third check changes nothing, and Clear marks leaves the sorted table with the clerk's actuals (and the header of
 * the column they fill) and nothing else of ours.
 */
import { cellName } from "../../src/core/a1";
import type { WorkbookSnapshot } from "../../src/core/types";
import { BOTH_DRIVERS, type Held } from "./drivers";
import { seedTable } from "./seedTable";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const TABLE = "检察业务费";
/** The clerk's actuals (%) of the first three indicators (工作完成率, 工作合格率, 预算执行率): numbers, all different. */
const ACTUALS = [50, 100, 95];

const table = (snapshot: WorkbookSnapshot) => seedTable(snapshot, S, TABLE);

const at = (row: number, col: number) => `${S}!${cellName(row, col)}`;

/**
 * Each indicator (by its 三级指标 name) with its actual, the note on our 状态 on its row and, checked with values, that
 * 状态 (with formulas it is the row's formula, compared by row: see statusCells).
 */
function byName(snapshot: WorkbookSnapshot, held: Held, rows: number[], formulas: boolean) {
  const b = table(snapshot);
  const name = b.t.range.left + 2;
  const status = at(0, b.col("状态")).replace(/\d+$/, "");
  return new Map(
    rows.map((row) => [
      b.value(row, name),
      [
        held.cells.get(at(row, b.col("实际完成值"))),
        held.notes.get(`${status}${row + 1}`),
        formulas ? "" : held.cells.get(`${status}${row + 1}`),
      ],
    ]),
  );
}

/** Our 状态 and 预警 cells of the rows, top to bottom. */
function statusCells(snapshot: WorkbookSnapshot, held: Held, rows: number[]) {
  const b = table(snapshot);
  return rows.map((row) => [b.col("状态"), b.col("预警")].map((col) => held.cells.get(at(row, col))));
}

const drivers = BOTH_DRIVERS;

describe.each(drivers)("$name", (driver) => {
  describe.each([
    { mode: "values", formulas: false },
    { mode: "formulas", formulas: true },
  ])("$mode: the clerk sorts the indicators by 实际完成值, our 状态 left in place", ({ formulas }) => {
    let rows: number[];
    let expected: Map<unknown, unknown[]>;
    let formulasBefore: unknown[][];
    let sortedHeld: Held;
    let stale: Map<unknown, unknown[]>;
    let second: { held: Held; snapshot: WorkbookSnapshot; messages: string[]; diagnostics: string[] };
    let third: Held;
    let cleared: Held;
    let seed: Held;
    let typedCells: string[];
    let actualCells: string[];
    let actualHeader: string;

    beforeAll(async () => {
      seed = await driver.held(await driver.open());
      const once = (await driver.check(await driver.open(), formulas)).workbook;
      const b = table(await driver.snapshot(once));
      rows = b.rows.slice(0, ACTUALS.length);
      const actual = b.col("实际完成值");
      const typing: UserEdit[] = rows.map((row, i) => ({ sheet: S, row, col: actual, type: ACTUALS[i] }));
      const checked = (await driver.check(await driver.edit(once, typing), formulas)).workbook;
      // What each indicator's 状态 is with its actual, before the sort.
      expected = byName(await driver.snapshot(checked), await driver.held(checked), rows, formulas);
      formulasBefore = statusCells(await driver.snapshot(checked), await driver.held(checked), rows);
      // The 一级指标 (merged over the rows) is not in the range: Excel refuses to sort merged areas of other sizes.
      const sort: UserEdit = {
        sheet: S,
        sort: { top: rows[0], left: b.t.range.left + 1, bottom: rows.at(-1)!, right: b.col("全年预计完成值") },
        by: actual,
        ascending: false,
      };
      const sorted = await driver.edit(checked, [sort]);
      sortedHeld = await driver.held(sorted);
      stale = byName(await driver.snapshot(sorted), sortedHeld, rows, formulas);
      const after = table(await driver.snapshot(sorted));
      typedCells = rows.map((row) => at(row, after.col("实际完成值")));
      actualCells = after.rows.map((row) => at(row, after.col("实际完成值")));
      actualHeader = at(after.t.header.row, after.col("实际完成值"));
      const again = await driver.check(sorted, formulas);
      second = {
        held: await driver.held(again.workbook),
        snapshot: await driver.snapshot(again.workbook),
        messages: again.messages,
        diagnostics: again.diagnostics ?? [],
      };
      const thrice = (await driver.check(again.workbook, formulas)).workbook;
      third = await driver.held(thrice);
      cleared = await driver.held((await driver.clear(thrice)).workbook);
    });

    test("the sort moved the indicators: the largest actual first", () => {
      const actuals = typedCells.map((cell) => Number(sortedHeld.cells.get(cell)!.slice(2)));
      // As Excel holds them: 50 typed into a cell of ours formatted 0.00% (formulas mode, a % target) is 0.5.
      expect(actuals.map((v) => ACTUALS.find((typed) => typed === v || typed === v * 100))).toEqual(
        [...ACTUALS].sort((a, b) => b - a),
      );
    });

    test("the sort left our 状态 and notes on their rows: they no longer fit the indicators moved there", () => {
      expect(new Set([...expected.values()].map((v) => v[1])).size).toBeGreaterThan(1);
      expect(stale).not.toEqual(expected);
    });

    test("the next check: each indicator keeps its actual, and our 状态 on its row is the one its actual gives", () => {
      expect(byName(second.snapshot, second.held, rows, formulas)).toEqual(expected);
      // With formulas, the 状态 / 预警 of a row read that row's cells: the same formulas as before the sort, but for the
      // number each keeps as the one the check read on its row (Excel for the web reads that number as the check did:
      // blocks.ts webReading) — now the actual sorted there.
      if (formulas) {
        const cells = statusCells(second.snapshot, second.held, rows);
        const unread = (f: unknown) => String(f).replace(/IF\(([A-Z]+\d+)=[^,]+,"/g, 'IF($1=…,"');
        expect(cells.map((r) => r.map(unread))).toEqual(formulasBefore.map((r) => r.map(unread)));
        const actualCol = table(second.snapshot).col("实际完成值");
        rows.forEach((row, i) => {
          const actual = second.held.cells.get(at(row, actualCol))!.slice(2);
          for (const f of cells[i]) expect(f).toContain(`IF(${cellName(row, actualCol)}=${actual},"P","G")`);
        });
      }
      expect(second.messages.join("\n")).not.toMatch(/已保留未改/);
      // The actuals moved with their indicators (only our 状态 stayed): none is said to be another indicator's.
      expect(second.diagnostics.join("\n")).not.toMatch(/实际完成值已不在/);
    });

    test("a third check changes nothing", () => {
      expect(third).toEqual(second.held);
    });

    test("清除标记 leaves the sorted table with the clerk's actuals and nothing of ours", () => {
      // The header of a column the clerk filled stays with it (README: 填写过的输入列连同表头保留).
      const kept = [...typedCells, actualHeader];
      const theirs = new Map([...sortedHeld.cells].filter(([cell]) => seed.cells.has(cell) || kept.includes(cell)));
      expect(cleared.cells).toEqual(theirs);
      // The column they filled keeps its look too (formulas mode: our 0.00% on a % target's cells, so 0.5 still reads
      // 50.00%, and what they type there next reads as it did).
      const looks = new Map(
        [...sortedHeld.formats].filter(
          ([cell]) => seed.formats.has(cell) || cell === actualHeader || actualCells.includes(cell),
        ),
      );
      expect(cleared.formats).toEqual(looks);
      expect(cleared.notes).toEqual(seed.notes);
    });
  });
});
