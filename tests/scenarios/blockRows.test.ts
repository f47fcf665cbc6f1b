/**
 * Our cells of a block, row by row (core/plan/ownership.ts mapRows), through both appliers: the CLI's checked copy
 * and the add-in on the strict Excel fake.
 *
 * The clerk disagrees with a status and a light we wrote and types their own over them — words we wrote on another
 * row of the same block ("正常" over our "滞后", "绿" over our "黄", where the row above is 正常 / 绿). Checked with
 * values (the CLI's default, and WPS), those words are in other cells of ours on the sheet. The typed cells are the
 * clerk's: a re-check, another, and Clear marks leave them as typed and say so — also after rows were inserted
 * above the table or inside the block first (Excel moved the block). Before, a cell of a block found again counted
 * as ours when it held any word we wrote on the sheet: the check wrote "滞后" / "黄" back over the clerk's words.
 *
 * The clerk sorts the indicator rows, our block with them (Excel moves each row's cells together): our cells are
 * still ours on the rows they went to, not kept as the clerk's: the re-check has nothing to change.
 */
import { checkWorkbook } from "../../src/core/check";
import { cellName, quoteSheetName, rangeToA1 } from "../../src/core/a1";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../src/core/types";
import { BOTH_DRIVERS, AS_OF } from "./drivers";
import type { Shift } from "./excelShift";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const TABLE = "办公用品采购";
const VALUES = false; // the check writes computed values, not formulas

/** Table 1's indicator rows and the columns of our block's headers, where they are now. */
function block(snapshot: WorkbookSnapshot) {
  const t = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: AS_OF })
    .tables.map((c) => c.table)
    .find((x) => x.sheet === S && x.name === TABLE)!;
  const sheet = snapshot.sheets.find((x) => x.name === S)!;
  const header = sheet.values[t.header.row - sheet.originRow];
  const col = (text: string) => header.indexOf(text) + sheet.originCol;
  const value = (row: number, c: number) => sheet.values[row - sheet.originRow]?.[c - sheet.originCol] ?? null;
  return { rows: t.indicators.map((i) => i.row), col, value, left: t.range.left };
}

const drivers = BOTH_DRIVERS;

const shifts: { name: string; edits: Shift[] }[] = [
  { name: "nothing else", edits: [] },
  { name: "rows inserted above the table", edits: [{ sheet: S, axis: "row", at: 30, count: 2 }] },
  { name: "a row inserted between the two rows", edits: [{ sheet: S, axis: "row", at: 45, count: 1 }] },
];

describe.each(drivers)("$name", (driver) => {
  test.each(shifts)("typed over our status and light with our words of another row, $name", async ({ edits }) => {
    // The clerk's actuals: 86 (the target: 正常, 绿) on the first row, 0 on the second (滞后, 黄).
    const opened = (await driver.check(await driver.open(), VALUES)).workbook;
    const start = block(await driver.snapshot(opened));
    const actuals = [86, 0].map((type, i) => ({ sheet: S, row: start.rows[i], col: start.col("实际完成值"), type }));
    const checked = await driver.check(await driver.edit(opened, actuals), VALUES);
    const moved = await driver.edit(checked.workbook, edits);

    const b = block(await driver.snapshot(moved));
    const [first, second] = b.rows;
    const status = b.col("状态");
    const light = b.col("预警");
    expect([b.value(first, status), b.value(first, light)]).toEqual(["正常", "绿"]);
    expect([b.value(second, status), b.value(second, light)]).toEqual(["滞后", "黄"]);
    const typed = await driver.edit(moved, [
      { sheet: S, row: second, col: status, type: "正常" },
      { sheet: S, row: second, col: light, type: "绿" },
    ]);

    const theirs = (snapshot: WorkbookSnapshot) => {
      const now = block(snapshot);
      return [now.value(second, status), now.value(second, light)];
    };
    const again = await driver.check(typed, VALUES);
    expect(theirs(await driver.snapshot(again.workbook))).toEqual(["正常", "绿"]);
    const said = again.messages.join("\n");
    expect(said).toMatch(/已保留未改/);
    expect(light).toBe(status + 1);
    expect(said).toContain(
      `${quoteSheetName(S)}!${rangeToA1({ top: second, left: status, bottom: second, right: light })}`,
    );
    // The row above, which the clerk left alone, is still ours: updated, not kept.
    expect(said).not.toContain(`${quoteSheetName(S)}!${cellName(first, status)}`);

    const thrice = await driver.check(again.workbook, VALUES);
    expect(await driver.held(thrice.workbook)).toEqual(await driver.held(again.workbook));

    const cleared = await driver.clear(thrice.workbook);
    const after = block(await driver.snapshot(cleared.workbook));
    expect([after.value(second, status), after.value(second, light)]).toEqual(["正常", "绿"]);
    expect([after.value(first, status), after.value(first, light)]).toEqual([null, null]);
  });

  test("the clerk sorts the indicator rows with our block: our cells still ours, nothing to change", async () => {
    // Actuals on two rows (正常 / 绿, the others 待填报), an order column of the clerk's right of the block, and the
    // rows (without 一级指标, merged over four rows) sorted by it: the last row first.
    const opened = (await driver.check(await driver.open(), VALUES)).workbook;
    const start = block(await driver.snapshot(opened));
    const order = start.col("备注") + 2;
    const rows = start.rows;
    const typing: UserEdit[] = [
      ...[86, 100].map((type, i) => ({ sheet: S, row: rows[i], col: start.col("实际完成值"), type })),
      ...rows.map((row, i) => ({ sheet: S, row, col: order, type: rows.length - i })),
    ];
    const sort: UserEdit = {
      sheet: S,
      sort: { top: rows[0], left: start.left + 1, bottom: rows.at(-1)!, right: order },
      by: order,
      ascending: true,
    };
    const checked = (await driver.check(await driver.edit(opened, typing), VALUES)).workbook;
    const before = block(await driver.snapshot(checked));
    const sorted = await driver.edit(checked, [sort]);
    const after = block(await driver.snapshot(sorted));
    expect(after.value(rows[0], after.col("状态"))).toBe(before.value(rows.at(-1)!, before.col("状态")));
    expect(after.value(rows.at(-1)!, after.col("状态"))).toBe("正常"); // the first row, now last

    // Nothing to change: each row's status and light went with it (and the summary's counts are the same).
    const user = await driver.held(sorted);
    const again = await driver.check(sorted, VALUES);
    expect(again.messages.join("\n")).not.toMatch(/已保留未改/);
    expect(await driver.held(again.workbook)).toEqual(user);
    const thrice = await driver.check(again.workbook, VALUES);
    expect(await driver.held(thrice.workbook)).toEqual(user);
  });
});
