/**
 * A user renames a checked sheet (as in Excel: double-click the tab) and checks again. The record names sheets,
 * so it also keeps each sheet's stable id (sheetId in the .xlsx, Worksheet.id in Excel): the block follows the
 * sheet — updated in place, no second 状态 / 预警 block beside the old one, no rules piling up — and Clear marks
 * still leaves exactly the user's workbook. Also the unit-wide sheet we wrote out, renamed, is not written a
 * second time (a sheet we made is recognised by what it holds). And a record of the previous version (no ids) is still read: a re-check changes nothing.
 * Through both appliers: the CLI's checked copy and the add-in on the strict Excel fake.
 */
import path from "node:path";
import { MARKS_SHEET } from "../../src/core/types";
import { workbookMap } from "../../src/host/xlsx/parts";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import { BOTH_DRIVERS, xlsxDriver, type Driver, type Held } from "./drivers";
import type { FakeExcel } from "../host/excel/fake";
import { editXlsx, type UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const RENAMED = "我的绩效目标表";
const SUMMARY = "监控汇总";
const UNIT = "部门整体绩效目标";

/** The cells of one sheet, by address. */
const cellsOf = (held: Held, sheet: string) =>
  new Map([...held.cells].filter(([k]) => k.startsWith(`${sheet}!`)).map(([k, v]) => [k.slice(sheet.length + 1), v]));

const count = (held: Held, text: string) =>
  [...held.cells.values()].filter((v) => v === `v:${JSON.stringify(text)}`).length;

/** The previous version's record: the same, without the sheet ids. */
async function withoutIds<W>(driver: Driver<W>, w: W): Promise<W> {
  const marks = JSON.parse((await driver.snapshot(w)).marks!) as Record<string, unknown>;
  expect(marks.sheetIds).toBeDefined();
  delete marks.sheetIds;
  const text = JSON.stringify(marks);
  expect(text.length).toBeLessThan(30_000); // one cell (A1) of the record sheet
  if (w instanceof Uint8Array) return editXlsx(w, [{ sheet: MARKS_SHEET, row: 0, col: 0, type: text }]) as W;
  (w as FakeExcel).sheet(MARKS_SHEET).cells.get("0,0")!.value = text;
  return w;
}

/** The renamed sheet kept in its place and holding what it held, under its new name, and nothing kept as the user's. */
async function expectFollowed<W>(
  driver: Driver<W>,
  first: Held,
  again: { workbook: W; messages: string[] },
  from: string,
  to: string,
) {
  const second = await driver.held(again.workbook);
  expect(second.sheets).toEqual(first.sheets.map((s) => (s === from ? to : s)));
  expect(Object.fromEntries(cellsOf(second, to))).toEqual(Object.fromEntries(cellsOf(first, from)));
  expect(again.messages.join("\n")).not.toMatch(/已保留未改/);
}

const drivers = BOTH_DRIVERS;

describe.each(drivers)("$name", (driver) => {
  describe("rename the checked sheet, check again", () => {
    let first: Held;
    let user: Held;
    let second: Held;
    let secondMessages: string[];
    let third: Held;
    let cleared: Held;

    beforeAll(async () => {
      const once = await driver.check(await driver.open());
      first = await driver.held(once.workbook);
      user = await driver.held(await driver.edit(await driver.open(), [{ sheet: S, renameTo: RENAMED }]));
      const renamed = await driver.edit(once.workbook, [{ sheet: S, renameTo: RENAMED }]);
      const again = await driver.check(renamed);
      second = await driver.held(again.workbook);
      secondMessages = again.messages;
      const thrice = await driver.check(again.workbook);
      third = await driver.held(thrice.workbook);
      cleared = await driver.held((await driver.clear(thrice.workbook)).workbook);
    });

    test("the block follows the sheet: updated in place, no second block, no rules piling up", () => {
      expect(second.sheets).toEqual(first.sheets.map((s) => (s === S ? RENAMED : s)));
      expect(Object.fromEntries(cellsOf(second, RENAMED))).toEqual(Object.fromEntries(cellsOf(first, S)));
      expect(count(second, "状态")).toBe(count(first, "状态"));
      expect(count(second, "预警")).toBe(count(first, "预警"));
      expect(second.rules.get(RENAMED)).toEqual(first.rules.get(S));
      expect(secondMessages.join("\n")).not.toMatch(/已保留未改/);
    });

    test("the summary names the sheet by its new name", () => {
      const summary = cellsOf(second, SUMMARY);
      const before = cellsOf(first, SUMMARY);
      expect(summary.size).toBe(before.size);
      for (const [k, v] of before) expect([k, summary.get(k)]).toEqual([k, v.split(S).join(RENAMED)]);
    });

    test("checking once more changes nothing", () => {
      expect(third.cells).toEqual(second.cells);
      expect(third.rules).toEqual(second.rules);
      expect(third.notes).toEqual(second.notes);
      expect(third.sheets).toEqual(second.sheets);
    });

    test("Clear marks leaves exactly the user's (renamed) workbook", () => {
      expect(cleared.sheets).toEqual(user.sheets);
      expect(Object.fromEntries(cleared.cells)).toEqual(Object.fromEntries(user.cells));
      expect(cleared.rules).toEqual(user.rules);
    });
  });

  test.each([UNIT, SUMMARY])("a sheet we made (%s), renamed: found again, not written a second time", async (ours) => {
    // Made by the first check, so the record has no id for it (the host gives one on creation): found by what it holds.
    const once = await driver.check(await driver.open());
    const first = await driver.held(once.workbook);
    expect(first.sheets).toContain(ours);
    const mine = "我改的名";
    const again = await driver.check(await driver.edit(once.workbook, [{ sheet: ours, renameTo: mine }]));
    await expectFollowed(driver, first, again, ours, mine);
  });

  test.each([UNIT, SUMMARY])(
    "a sheet we made (%s), renamed and its title typed over: still ours, checked as if it had kept its name",
    async (ours) => {
      // The title cell A1 is ours; typed over, it is the user's (kept), but the sheet is still the one we made.
      const mine = "我改的名";
      const title = { row: 0, col: 0, type: "我的标题" };
      const typed = await driver.check(
        await driver.edit((await driver.check(await driver.open())).workbook, [{ sheet: ours, ...title }]),
      );
      const expected = await driver.held(typed.workbook);
      const renamedThenTyped = await driver.edit(
        await driver.edit((await driver.check(await driver.open())).workbook, [{ sheet: ours, renameTo: mine }]),
        [{ sheet: mine, ...title }],
      );
      const again = await driver.check(renamedThenTyped);
      const second = await driver.held(again.workbook);
      // No second summary / unit-wide sheet beside the renamed one, which is not read as the user's goals.
      expect(second.sheets).toEqual(expected.sheets.map((s) => (s === ours ? mine : s)));
      expect(second.cells.get(`${mine}!A1`)).toBe(`v:${JSON.stringify("我的标题")}`);
      // Every cell as the check of the sheet under its old name wrote it, the name aside: the cells' addresses, the
      // references to it (quoted or not), the summary's line for the unit-wide table (named after its sheet).
      const named = (held: Held, name: string) =>
        Object.fromEntries(
          [...held.cells].map(([k, v]) => [
            k.startsWith(`${name}!`) ? `@${k.slice(name.length)}` : k,
            k.startsWith(`${SUMMARY}!`) && v === `v:${JSON.stringify(name)}`
              ? "v:@"
              : v.split(`'${name}'!`).join("@!").split(`${name}!`).join("@!"),
          ]),
        );
      expect(named(second, mine)).toEqual(named(expected, ours));
      expect(second.rules.get(mine)).toEqual(expected.rules.get(ours));
      expect(again.messages).toEqual(typed.messages.map((m) => m.split(ours).join(mine)));
    },
  );

  test("a record without sheet ids (previous version, WPS): a sheet renamed and nothing else is still followed", async () => {
    const once = await driver.check(await driver.open());
    const first = await driver.held(once.workbook);
    const renamed = await driver.edit(await withoutIds(driver, once.workbook), [{ sheet: S, renameTo: RENAMED }]);
    const again = await driver.check(renamed);
    await expectFollowed(driver, first, again, S, RENAMED);
  });

  test("a record without sheet ids: a sheet renamed, then rows inserted above its tables and a column left of them, is still followed", async () => {
    // Excel moved every cell of ours on it: found by what it holds, where Excel moved it (before, it was read as a
    // new sheet: the moved block kept as the user's and a second block written beside it).
    const shifts: UserEdit[] = [
      { sheet: RENAMED, axis: "row", at: 0, count: 2 },
      { sheet: RENAMED, axis: "col", at: 0, count: 1 },
    ];
    const checked = (await driver.check(await driver.open())).workbook;
    const shifted = async (w: unknown, sheet: string) =>
      driver.edit(
        w,
        shifts.map((e) => ({ ...e, sheet })),
      );
    const kept = await driver.check(await shifted(checked, S)); // the same edits, the sheet under its old name
    const first = await driver.held(kept.workbook);
    const renamed = await driver.edit(await withoutIds(driver, (await driver.check(await driver.open())).workbook), [
      { sheet: S, renameTo: RENAMED },
    ]);
    const again = await driver.check(await shifted(renamed, RENAMED));
    await expectFollowed(driver, first, again, S, RENAMED);
    expect(again.messages).toEqual(kept.messages.map((m) => m.split(S).join(RENAMED)));
  });

  test("a record of the previous version (no sheet ids) is still read: a re-check changes nothing", async () => {
    const once = await driver.check(await driver.open());
    const first = await driver.held(once.workbook);
    const again = await driver.check(await withoutIds(driver, once.workbook));
    const second = await driver.held(again.workbook);
    expect(second.cells).toEqual(first.cells);
    expect(second.rules).toEqual(first.rules);
    expect(second.sheets).toEqual(first.sheets);
    expect(again.messages.join("\n")).not.toMatch(/已保留未改/);
  });
});

/**
 * Another tool saves the file and numbers the sheets again: LibreOffice writes sheetId by tab position, so after
 * a tab was moved the ids the record keeps point at other sheets. A name still in the workbook is its own sheet.
 */
describe("xlsx: sheet ids numbered again by another tool (LibreOffice) after two tabs were swapped", () => {
  const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");

  /** Two sheets' ids swapped (positions `a`, `b` in the workbook), as a save by tab position after swapping their tabs gives. */
  function swapIds(bytes: Uint8Array, a: number, b: number): Uint8Array {
    const pkg = openPackage(bytes);
    const part = workbookMap(pkg).workbookPart;
    const xml = partText(pkg, part)!;
    const ids = [...xml.matchAll(/<sheet\b[^>]*?\ssheetId="(\d+)"/g)].map((m) => m[1]);
    let n = 0;
    const swapped = xml.replace(/(<sheet\b[^>]*?\ssheetId=")(\d+)"/g, (all, head: string) => {
      const i = n++;
      return i === a ? `${head}${ids[b]}"` : i === b ? `${head}${ids[a]}"` : all;
    });
    expect(swapped).not.toBe(xml);
    setPartText(pkg, part, swapped);
    return concat(packPackage(pkg));
  }

  test("the next check works and leaves every cell and rule as the first check left them", async () => {
    const once = await xlsxDriver.check(await xlsxDriver.open(SAMPLE));
    const first = await xlsxDriver.held(once.workbook);
    // Sheets 7 and 8 (different layouts): their records swapped had made the next check fail.
    const again = await xlsxDriver.check(swapIds(once.workbook, 6, 7));
    expect(again.messages.join("\n")).not.toMatch(/出错|已保留未改/);
    const second = await xlsxDriver.held(again.workbook);
    expect(second.cells).toEqual(first.cells);
    expect(second.rules).toEqual(first.rules);
  });
});
