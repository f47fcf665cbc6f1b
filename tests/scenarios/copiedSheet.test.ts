/**
 * A user copies a checked sheet (Excel: Move or Copy… → create a copy) and checks again. The copy carries our
 * block, its rules and notes, under a name the record does not know. The check must treat it as a first check
 * would treat a copy of the unchecked sheet: one block, updated in place — not the copied block kept as the
 * user's with a second block written beside it. And Clear marks then leaves exactly the user's workbook with
 * the copy. Through both appliers: the CLI's checked copy and the add-in on the strict Excel fake.
 */
import { keyCol, keyRow } from "../../src/core/a1";
import path from "node:path";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS } from "../../src/core/types";
import { BOTH_DRIVERS, AS_OF, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const S = "1 办公用品采购"; // with notes of ours on it once checked
const COPY = "1 办公用品采购 (2)";

const drivers = BOTH_DRIVERS;

/** The same sheets (in any order: the copy goes to the end, after our sheets or before them), cells, rules, notes. */
const expectSame = (actual: Held, expected: Held) => {
  expect([...actual.sheets].sort()).toEqual([...expected.sheets].sort());
  expect(Object.fromEntries(actual.cells)).toEqual(Object.fromEntries(expected.cells));
  expect(Object.fromEntries(actual.rules)).toEqual(Object.fromEntries(expected.rules));
  expect(Object.fromEntries(actual.notes)).toEqual(Object.fromEntries(expected.notes));
};

describe.each(drivers)("$name: a checked sheet copied by the user, checked again", (driver) => {
  test.each([false, true])(
    "as a first check of the copy (formulas: %s); again and Clear marks too",
    async (formulas) => {
      const copy = { sheet: S, copyTo: COPY };
      const fresh = await driver.check(await driver.edit(await driver.open(SAMPLE), [copy]), formulas);
      const expected = await driver.held(fresh.workbook);
      expect(expected.sheets).toContain(COPY);

      const checked = (await driver.check(await driver.open(SAMPLE), formulas)).workbook;
      const again = await driver.check(await driver.edit(checked, [copy]), formulas);
      const second = await driver.held(again.workbook);
      expectSame(second, expected); // one block on the copy, no second one beside the copied
      expect(again.messages).toEqual(fresh.messages);

      const third = await driver.held((await driver.check(again.workbook, formulas)).workbook);
      expectSame(third, second);

      const user = await driver.held(await driver.edit(await driver.open(SAMPLE), [copy]));
      const cleared = await driver.held((await driver.clear(again.workbook)).workbook);
      expect(cleared.sheets).toEqual(user.sheets);
      expect(Object.fromEntries(cleared.cells)).toEqual(Object.fromEntries(user.cells));
      expect(Object.fromEntries(cleared.rules)).toEqual(Object.fromEntries(user.rules));
      expect(Object.fromEntries(cleared.notes)).toEqual(Object.fromEntries(user.notes));
    },
  );

  test.each([false, true])(
    "the user then inserts rows above the copy's tables and a column left of them (formulas: %s): as a first check of the copy; again and Clear marks too",
    async (formulas) => {
      // Excel moves the copied block, its rules and notes along: the copy no longer holds our cells where we wrote
      // them, and is still the copy (before, it was read as a new sheet: the copied block kept as the user's and a
      // second block written beside it, whose rules the next check then took from both).
      const edits: UserEdit[] = [
        { sheet: S, copyTo: COPY },
        { sheet: COPY, axis: "row", at: 0, count: 2 },
        { sheet: COPY, axis: "col", at: 0, count: 1 },
      ];
      const fresh = await driver.check(await driver.edit(await driver.open(SAMPLE), edits), formulas);
      const expected = await driver.held(fresh.workbook);

      const checked = (await driver.check(await driver.open(SAMPLE), formulas)).workbook;
      const again = await driver.check(await driver.edit(checked, edits), formulas);
      const second = await driver.held(again.workbook);
      expectSame(second, expected);
      expect(again.messages).toEqual(fresh.messages);

      const third = await driver.held((await driver.check(again.workbook, formulas)).workbook);
      expectSame(third, second);

      const user = await driver.held(await driver.edit(await driver.open(SAMPLE), edits));
      const cleared = await driver.held((await driver.clear(again.workbook)).workbook);
      expectSame(cleared, user);
    },
  );

  test("the user then types another 执行数 on the copy (a second project made from it): as a first check of it", async () => {
    const copy = { sheet: S, copyTo: COPY };
    /** The copy's 执行数 cell, as the check reads the copy, and 30 typed there. */
    const typeSpent = async (w: unknown) => {
      const snapshot = await driver.snapshot(w);
      const table = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: AS_OF }).tables.find(
        (c) => c.table.sheet === COPY,
      )!.table;
      return driver.edit(w, [
        { sheet: COPY, row: keyRow(table.spent!.cell), col: keyCol(table.spent!.cell), type: 30 },
      ]);
    };
    const fresh = await driver.check(await typeSpent(await driver.edit(await driver.open(SAMPLE), [copy])), false);
    const expected = await driver.held(fresh.workbook);
    expect(expected.cells.get(`${COPY}!H7`)).toBe("v:30");
    const checked = (await driver.check(await driver.open(SAMPLE), false)).workbook;
    const again = await driver.check(await typeSpent(await driver.edit(checked, [copy])), false);
    expectSame(await driver.held(again.workbook), expected);
    expect(again.messages).toEqual(fresh.messages);
  });
});
