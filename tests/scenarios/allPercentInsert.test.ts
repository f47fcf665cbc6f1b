/**
 * breaker43: a table whose every target is a percentage, so a formulas check gives every empty 实际完成值 cell our
 * 0.00%. The clerk inserts a row inside it, types an indicator there — a new one, or one already in the table (a
 * copied row) — and gives its 实际完成值 cell 0.00% themselves (Format Cells). Then a values check, or Clear marks.
 * Before the fix both took the clerk's 0.00% off: a row the record's indicators do not name was taken as ours because
 * the record had given every cell of that column our format ("whole"), though the table had grown — a new row is the
 * clerk's. Now such a row is not ours (as where the record gave only some cells its format): the clerk's format stays;
 * a row matched to no indicator of ours (a name twice) keeps ours, the safe side. A new name: the workbook is the one
 * the same edits give after a values check.
 * Both appliers: the CLI's checked copy and the add-in on the strict Excel fake.
 */
import path from "node:path";
import { BOTH_DRIVERS, type Driver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const PER_SHEET = path.join(__dirname, "../fixtures/seed-per-sheet.xlsx");
const S = "1 办公用品采购";
/** The indicators on rows 11–15; 指标值 in F. Every one made a percentage, as in a table of rates. */
const ALL_PERCENT: UserEdit[] = [10, 11, 12, 13, 14].map((row) => ({ sheet: S, row, col: 5, type: "≥90%" }));
/** The clerk's new row, inserted as row 13: its 实际完成值 cell (H13) given 0.00% by the clerk. */
const NEW_ROW = 12;
const insert = (name: string): UserEdit[] => [
  { sheet: S, axis: "row", at: NEW_ROW, count: 1 },
  { sheet: S, row: NEW_ROW, col: 1, type: "质量指标" },
  { sheet: S, row: NEW_ROW, col: 2, type: name },
  { sheet: S, row: NEW_ROW, col: 5, type: "≥95%" },
  { sheet: S, row: NEW_ROW, col: 7, format: { numberFormat: "0.00%" } },
];
const THEIRS = `${S}!H${NEW_ROW + 1}`;

const formatsOf = (held: Held) => new Map([...held.formats].filter(([k]) => k.startsWith(`${S}!`)));

async function open<W>(driver: Driver<W>): Promise<W> {
  return driver.edit(await driver.open(PER_SHEET), ALL_PERCENT);
}

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  test("formulas, a new indicator's row with the clerk's 0.00%, values: as after values; Clear keeps theirs", async () => {
    const formulas = (await driver.check(await open(driver), true)).workbook;
    expect((await driver.held(formulas)).formats.get(`${S}!H11`)).toBe("0.00%||"); // ours, on every row
    const inserted = await driver.edit(formulas, insert("案件办理规范率"));
    const values = (await driver.check(await open(driver), false)).workbook;
    const expected = await driver.held(
      (await driver.check(await driver.edit(values, insert("案件办理规范率")), false)).workbook,
    );
    expect(expected.formats.get(THEIRS)).toBe("0.00%||");
    const checked = await driver.held((await driver.check(inserted, false)).workbook);
    expect(formatsOf(checked)).toEqual(formatsOf(expected));
    const cleared = await driver.held((await driver.clear(inserted)).workbook);
    expect(cleared.formats.get(THEIRS)).toBe("0.00%||");
  });

  test("formulas, a copied indicator's row with the clerk's 0.00%, values and Clear: theirs stays", async () => {
    const formulas = (await driver.check(await open(driver), true)).workbook;
    const inserted = await driver.edit(formulas, insert("运转保障率")); // row 12's indicator, twice now
    const checked = await driver.held((await driver.check(inserted, false)).workbook);
    expect(checked.formats.get(THEIRS)).toBe("0.00%||");
    const cleared = await driver.held((await driver.clear(inserted)).workbook);
    expect(cleared.formats.get(THEIRS)).toBe("0.00%||");
  });
});
