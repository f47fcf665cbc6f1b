/**
 * The clerk edits the list of our 完成可能性 drop-down (数据验证 → 序列) on a checked sheet: M11:M15 of
 * 1 办公用品采购 now offer 能,不能,待定. Through the CLI's checked copy, the add-in on the strict Excel fake and the WPS
 * add-in on its fake (where, before, the reader read no list at all, so every check set ours back).
 * Before: the next check set our list back (a validation of ours the clerk edited was still taken for ours). Now a
 * list other than ours on a cell of our input column is theirs, like a cell of ours they typed over: kept, not
 * recorded (so Clear marks leaves it too), and said. Running again changes nothing.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { cellKey } from "../../src/core/a1";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck as wpsCheck, runClear as wpsClear } from "../../src/host/wps/actions";
import { readWorkbook as readWps } from "../../src/host/wps/read";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { clerkList } from "./clerkLists";
import { excelDriver, xlsxDriver, type Driver } from "./drivers";
import type { FakeExcel } from "../host/excel/fake";
import { FakeWps, modelFromSnapshot as wpsModel } from "../host/wps/fake";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const S = "1 办公用品采购";
const OURS = "确定能,有可能,完全不可能";
const THEIRS = "能,不能,待定";
const CELLS = [10, 11, 12, 13, 14].map((row) => ({ row, col: 12 })); // M11:M15

/** The clerk's edit, as each host makes it. */
const setList = clerkList(S, "M11:M15", THEIRS);

/** The list on each of M11:M15, as the host's reader gives it. */
const listsOf = (snapshot: WorkbookSnapshot) => {
  const sheet = snapshot.sheets.find((s) => s.name === S)!;
  const lists = new Map<number, string>();
  for (const v of sheet.validations ?? [])
    for (let r = v.range.top; r <= v.range.bottom; r++)
      for (let c = v.range.left; c <= v.range.right; c++) lists.set(cellKey(r, c), v.list);
  return CELLS.map(({ row, col }) => lists.get(cellKey(row, col)));
};

/** Excel's reader reads lists only where our record gave one: read the fake's model itself. */
const hostLists = async (driver: Driver<unknown>, w: unknown) =>
  driver === (excelDriver as Driver<unknown>)
    ? CELLS.map(({ row, col }) =>
        (w as FakeExcel).model.sheets.find((s) => s.name === S)!.validations.get(`${row},${col}`),
      )
    : listsOf(await driver.snapshot(w));

describe.each([xlsxDriver, excelDriver] as Driver<unknown>[])("$name", (driver) => {
  let first: (string | undefined)[];
  let edited: (string | undefined)[];
  let second: { lists: (string | undefined)[]; messages: string[] };
  let third: (string | undefined)[];
  let cleared: (string | undefined)[];

  beforeAll(async () => {
    const once = (await driver.check(await driver.open(SAMPLE), false, "2024-07-31")).workbook;
    first = await hostLists(driver, once);
    const theirs = await setList[driver.name](once);
    edited = await hostLists(driver, theirs);
    const again = await driver.check(theirs, false, "2024-07-31");
    second = { lists: await hostLists(driver, again.workbook), messages: again.messages };
    const thrice = (await driver.check(again.workbook, false, "2024-07-31")).workbook;
    third = await hostLists(driver, thrice);
    cleared = await hostLists(driver, (await driver.clear(thrice)).workbook);
  });

  test("the first check gives our list; the clerk's edit is in place", () => {
    expect(first).toEqual(CELLS.map(() => OURS));
    expect(edited).toEqual(CELLS.map(() => THEIRS));
  });

  test("the next check keeps their list and says so; a third changes nothing", () => {
    expect(second.lists).toEqual(CELLS.map(() => THEIRS));
    expect(second.messages.join("\n")).toMatch(/5 个单元格上有您设的下拉列表.*M11:M15/);
    expect(third).toEqual(second.lists);
  });

  test("清除标记 leaves their list", () => {
    expect(cleared).toEqual(CELLS.map(() => THEIRS));
  });
});

describe("WPS add-in (strict fake)", () => {
  const AS_OF = "2024-07-31";
  /** The list on each of M11:M15 in the fake's model (WPS's reader reads them only where our record lists input cells). */
  const lists = (fake: FakeWps) => CELLS.map(({ row, col }) => fake.sheet(S).validations.get(`${row},${col}`));
  let fake: FakeWps;
  let first: (string | undefined)[];
  let read: (string | undefined)[];
  let second: { lists: (string | undefined)[]; messages: string[] };
  let third: (string | undefined)[];
  let cleared: (string | undefined)[];

  beforeAll(() => {
    fake = new FakeWps(wpsModel(readWorkbookBytes(readFileSync(SAMPLE)).snapshot));
    wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
    first = lists(fake);
    // The clerk's edit (数据 → 有效性 → 序列), as a macro would make it.
    const validation = fake.app.ActiveWorkbook!.Worksheets.Item(S).Range("M11:M15").Validation;
    validation.Delete();
    validation.Add(3, 1, 1, THEIRS);
    read = listsOf(readWps(fake.app).snapshot);
    const again = wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
    second = { lists: lists(fake), messages: again.plan.messages };
    wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
    third = lists(fake);
    wpsClear(fake.app);
    cleared = lists(fake);
  });

  test("the first check gives our list; the reader reads the clerk's edit on our input cells", () => {
    expect(first).toEqual(CELLS.map(() => OURS));
    expect(read).toEqual(CELLS.map(() => THEIRS));
  });

  test("the next check keeps their list and says so; a third changes nothing", () => {
    expect(second.lists).toEqual(CELLS.map(() => THEIRS));
    expect(second.messages.join("\n")).toMatch(/5 个单元格上有您设的下拉列表.*M11:M15/);
    expect(third).toEqual(second.lists);
  });

  test("清除标记 leaves their list", () => {
    expect(cleared).toEqual(CELLS.map(() => THEIRS));
  });
});
