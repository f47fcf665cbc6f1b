/**
 * The clerk edits the list of our 完成可能性 drop-down (数据验证 → 序列) on M11:M15 of 1 办公用品采购, then inserts two rows
 * above the table: the cells and their list are now M13:M17. Through the CLI's checked copy and the add-in on the
 * strict Excel fake. Before: Excel read lists only where the record says we wrote (M11:M15, where the header is no
 * more), so the next check took M13:M17 for ours and set our list back over theirs, and Clear marks removed theirs.
 * Now the lists are read where the plan finds our cells (core/plan/listCells.ts): kept, said, twice = once.
 */
import path from "node:path";
import { cellKey } from "../../src/core/a1";
import { clerkList } from "./clerkLists";
import { excelDriver, xlsxDriver, type Driver } from "./drivers";
import type { FakeExcel } from "../host/excel/fake";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const AS_OF = "2024-07-31";
const S = "1 办公用品采购";
const OURS = "确定能,有可能,完全不可能";
const THEIRS = "能,不能,待定";
const INSERTED = 2;
const rows = (from: number) => [0, 1, 2, 3, 4].map((i) => from + i);
const WROTE = rows(10); // M11:M15
const MOVED = rows(10 + INSERTED); // M13:M17
const COL = 12;

/** The clerk's edit of our list on M11:M15, as each host makes it. */
const setList = clerkList(S, "M11:M15", THEIRS);

/** The list on each of `at` (column M), as the host holds it: the file's, or the fake's model. */
const listsAt = async (driver: Driver<unknown>, w: unknown, at: number[]) => {
  if (driver === (excelDriver as Driver<unknown>)) {
    const sheet = (w as FakeExcel).model.sheets.find((s) => s.name === S)!;
    return at.map((row) => sheet.validations.get(`${row},${COL}`));
  }
  const sheet = (await driver.snapshot(w)).sheets.find((s) => s.name === S)!;
  const lists = new Map<number, string>();
  for (const v of sheet.validations ?? [])
    for (let r = v.range.top; r <= v.range.bottom; r++)
      for (let c = v.range.left; c <= v.range.right; c++) lists.set(cellKey(r, c), v.list);
  return at.map((row) => lists.get(cellKey(row, COL)));
};

describe.each([xlsxDriver, excelDriver] as Driver<unknown>[])("$name", (driver) => {
  test("rows inserted above a table whose list the clerk edited: the next checks and Clear marks keep their list where it went", async () => {
    const once = (await driver.check(await driver.open(SAMPLE), false, AS_OF)).workbook;
    expect(await listsAt(driver, once, WROTE)).toEqual(WROTE.map(() => OURS));
    const theirs = await setList[driver.name](once);
    const moved = await driver.edit(theirs, [{ sheet: S, axis: "row", at: 0, count: INSERTED }]);
    expect(await listsAt(driver, moved, MOVED)).toEqual(MOVED.map(() => THEIRS));

    const again = await driver.check(moved, false, AS_OF);
    expect(await listsAt(driver, again.workbook, MOVED)).toEqual(MOVED.map(() => THEIRS));
    expect(again.messages.join("\n")).toMatch(/5 个单元格上有您设的下拉列表.*M13:M17/);
    const held = await driver.held(again.workbook);
    const third = await driver.check(again.workbook, false, AS_OF);
    expect(await listsAt(driver, third.workbook, MOVED)).toEqual(MOVED.map(() => THEIRS));
    expect((await driver.held(third.workbook)).cells).toEqual(held.cells);

    const cleared = await driver.clear(third.workbook);
    expect(await listsAt(driver, cleared.workbook, MOVED)).toEqual(MOVED.map(() => THEIRS));
    expect(cleared.messages.join("\n")).toMatch(/5 个单元格上有您设的下拉列表.*M13:M17/);
  });
});
