/**
 * The clerk makes an Excel table (插入 → 表格) of a goal table's indicator rows — unmerging them first, as Excel
 * allows no merged cells in a table, and naming the header cell the unmerge left empty (Excel would call it 列1):
 * - before the first check: our block goes beside their table, not into it; a second check changes nothing; the
 *   table part stays byte for byte (the CLI's copy); Clear marks gives back the workbook they had;
 * - after the first check, taking our columns into their table: our headers are now its column names. A second
 *   check changes nothing; Clear marks empties our cells below them but keeps the names (a table's column names are
 *   never empty: Excel would make one up, or repair the table away from the file) and says so.
 * - the same, then Clear marks, then a check: the names Clear kept are taken back as ours (not a second 状态 / 预警
 *   right of their table): the workbook is the one a check without the Clear gives, over the whole block (A44:N49)
 *   or over part of it (F44:J49); a further check changes nothing; Clear marks again gives the first Clear's workbook.
 * Both appliers (the CLI's copy, the add-in on the strict Excel fake), both modes.
 */
import { rangeToA1 } from "../../src/core/a1";
import { openPackage, partText } from "../../src/host/xlsx/zip";
import { BOTH_DRIVERS, BOTH_MODES, type Driver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";
import { FakeExcel } from "../host/excel/fake";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
/** 办公用品采购: its indicator header row and rows (0-based), columns A–G. */
const HEADER = 43;
const LAST = 48;
const area = (right: number) => ({ top: HEADER, left: 0, bottom: LAST, right });
const tidy: UserEdit[] = [
  { sheet: S, unmerge: area(6) },
  { sheet: S, row: HEADER, col: 4, type: "列1" },
];

/** The table's part (xlsx) or its range (Excel). */
function tableOf(workbook: unknown): string {
  if (workbook instanceof FakeExcel)
    return workbook
      .sheet(S)
      .tables.map((t) => `${t.name} ${rangeToA1(t.range)}`)
      .join(";");
  const pkg = openPackage(workbook as Uint8Array);
  return partText(pkg, "xl/tables/table1.xml") ?? "none";
}

const onSheet = (held: Held) => new Map([...held.cells].filter(([k]) => k.startsWith(`${S}!`)));

describe.each(BOTH_DRIVERS as Driver<unknown>[])("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
    test("a table made before the first check: our block beside it; twice = once; Clear marks undoes it", async () => {
      const made = await driver.edit(await driver.open(), [...tidy, { sheet: S, table: area(6) }]);
      const before = await driver.held(made);
      const table = tableOf(made);
      expect(table).toContain("A44:G49");
      const once = await driver.check(made, formulas);
      const first = await driver.held(once.workbook);
      expect(tableOf(once.workbook)).toBe(table);
      // Every cell of their table as it was; ours start at H on its header row.
      for (let row = HEADER; row <= LAST; row++)
        for (const col of "ABCDEFG") {
          const k = `${S}!${col}${row + 1}`;
          expect([k, first.cells.get(k)]).toEqual([k, before.cells.get(k)]);
        }
      expect(first.cells.get(`${S}!H44`)).toBeDefined();
      const twice = await driver.check(once.workbook, formulas);
      const second = await driver.held(twice.workbook);
      expect(second.cells).toEqual(first.cells);
      expect(second.formats).toEqual(first.formats);
      expect(tableOf(twice.workbook)).toBe(table);
      const cleared = await driver.clear(twice.workbook);
      const after = await driver.held(cleared.workbook);
      expect(onSheet(after)).toEqual(onSheet(before));
      expect(tableOf(cleared.workbook)).toBe(table);
    });

    test("our columns taken into their table after the first check: twice = once; Clear marks keeps its names", async () => {
      const once = await driver.check(await driver.open(), formulas);
      const first = await driver.held(once.workbook);
      // Our block's header cells: the texts right of G on the header row.
      let right = 6;
      while (first.cells.has(`${S}!${String.fromCharCode(65 + right + 1)}${HEADER + 1}`)) right++;
      expect(right).toBeGreaterThan(8);
      const made = await driver.edit(once.workbook, [...tidy, { sheet: S, table: area(right) }]);
      const before = await driver.held(made);
      const table = tableOf(made);
      const twice = await driver.check(made, formulas);
      const second = await driver.held(twice.workbook);
      expect(second.cells).toEqual(before.cells);
      expect(tableOf(twice.workbook)).toBe(table);
      const cleared = await driver.clear(twice.workbook);
      const after = await driver.held(cleared.workbook);
      expect(tableOf(cleared.workbook)).toBe(table);
      const names = Array.from({ length: right - 6 }, (_, i) => `${S}!${String.fromCharCode(72 + i)}${HEADER + 1}`);
      for (const k of names) expect([k, after.cells.get(k)]).toEqual([k, before.cells.get(k)]);
      for (let row = HEADER + 1; row <= LAST; row++)
        for (let col = 7; col <= right; col++) {
          const k = `${S}!${String.fromCharCode(65 + col)}${row + 1}`;
          expect([k, after.cells.get(k)]).toEqual([k, undefined]);
        }
      expect(cleared.messages.join("\n")).toContain("表格");
    });

    test.each([
      { over: "the whole block", left: 0 },
      { over: "part of the block", left: 5, right: 9 },
    ])("our columns in their table ($over), Clear marks, check again = a check without the Clear", async (t) => {
      /** Checked once, then the table made: the same workbook twice (the Excel fake is changed in place). */
      const made = async () => {
        const once = await driver.check(await driver.open(), formulas);
        const first = await driver.held(once.workbook);
        let right = 6;
        while (first.cells.has(`${S}!${String.fromCharCode(65 + right + 1)}${HEADER + 1}`)) right++;
        const table = { top: HEADER, left: t.left, bottom: LAST, right: t.right ?? right };
        return driver.edit(once.workbook, [...tidy, { sheet: S, table }]);
      };
      const without = await driver.held((await driver.check(await made(), formulas)).workbook);
      const cleared = await driver.clear(await made());
      const afterClear = await driver.held(cleared.workbook);
      const again = await driver.check(cleared.workbook, formulas);
      const held = await driver.held(again.workbook);
      expect(held.cells).toEqual(without.cells); // no second 状态 / 预警 right of the table
      expect(held.formats).toEqual(without.formats);
      expect(held.rules).toEqual(without.rules);
      const twice = await driver.check(again.workbook, formulas);
      expect((await driver.held(twice.workbook)).cells).toEqual(held.cells);
      const clearedAgain = await driver.held((await driver.clear(twice.workbook)).workbook);
      expect(clearedAgain.cells).toEqual(afterClear.cells);
      expect(clearedAgain.formats).toEqual(afterClear.formats);
    });

    test("English chosen (the pane's language, stored in the workbook): Clear marks says what it kept in English", async () => {
      const once = await driver.check(await driver.open(), formulas);
      const first = await driver.held(once.workbook);
      let right = 6;
      while (first.cells.has(`${S}!${String.fromCharCode(65 + right + 1)}${HEADER + 1}`)) right++;
      const made = await driver.edit(once.workbook, [...tidy, { sheet: S, table: area(right) }]);
      const english = await driver.saveSettings(made, JSON.stringify({ lang: "en" }));
      const cleared = (await driver.clear(english)).messages.join("\n");
      expect(cleared).toContain("header or totals row of an Excel table of yours");
      // Nothing Chinese but the sheets' names.
      expect(cleared.replace(/'[^']*'!|"[^"]*"/g, "")).not.toMatch(/[\u4e00-\u9fff]/);
    });
  });
});
