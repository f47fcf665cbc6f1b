/**
 * Two checked sheets swap names between two checks (右键 → 重命名: 「1 办公用品采购」 → 「甲」, then 「2 检察业务费」 →
 * 「1 办公用品采购」). Through the CLI's checked copy and the Excel add-in (strict fake), both modes, and WPS (strict
 * fake), whose sheets are now known by their code names (src/host/wps/read.ts sheetIds) as Excel's by Worksheet.id.
 * Promise: the next check finds each sheet's block where it is and updates it in place: each sheet holds what the first
 * check left on it (nothing changed in the tables), no second block, no cell lost; the check after it changes nothing.
 */
import path from "node:path";
import { runCheck, runClear } from "../../src/host/wps/actions";
import type { FakeWps } from "../host/wps/fake";
import { BOTH_DRIVERS, BOTH_MODES, heldOfWps, heldOnSheet, type Held } from "./drivers";
import { SETTINGS, TODAY, wpsClerk } from "./wpsClerk";

jest.setTimeout(180_000);

const PER_SHEET = path.join(__dirname, "../fixtures/seed-per-sheet.xlsx");
const RENAMED = "甲";

/** What Held knows of `sheet`, under the name `as`. */
const onSheet = (held: Held, sheet: string, as: string) =>
  heldOnSheet(held, sheet)
    .split(JSON.stringify(`${sheet}!`).slice(1, -1))
    .join(JSON.stringify(`${as}!`).slice(1, -1));

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
    let first: Held;
    let second: Held;
    let third: Held;
    let names: string[];

    beforeAll(async () => {
      const once = (await driver.check(await driver.open(PER_SHEET), formulas)).workbook;
      first = await driver.held(once);
      names = (await driver.snapshot(once)).sheets.map((s) => s.name);
      const swapped = await driver.edit(once, [
        { sheet: names[0], renameTo: RENAMED },
        { sheet: names[1], renameTo: names[0] },
      ]);
      const twice = (await driver.check(swapped, formulas)).workbook;
      second = await driver.held(twice);
      third = await driver.held((await driver.check(twice, formulas)).workbook);
    });

    test("each sheet holds what the first check left on it, under its new name", () => {
      expect(onSheet(second, RENAMED, "X")).toBe(onSheet(first, names[0], "X"));
      expect(onSheet(second, names[0], "X")).toBe(onSheet(first, names[1], "X"));
    });

    test("the check after it changes nothing", () => {
      expect(third).toEqual(second);
    });
  });
});

describe("WPS (strict fake)", () => {
  const clerk = wpsClerk("seed-per-sheet.xlsx", null);
  let seed: Held;
  let first: Held;
  let second: Held;
  let third: Held;
  let cleared: Held;
  let names: string[];

  beforeAll(() => {
    const fake: FakeWps = clerk.open();
    names = fake.model.sheets.map((s) => s.name);
    const sheets = fake.app.ActiveWorkbook!.Worksheets;
    const swap = () => {
      sheets.Item(names[0]).Name = RENAMED;
      sheets.Item(names[1]).Name = names[0];
    };
    const untouched = clerk.open();
    untouched.app.ActiveWorkbook!.Worksheets.Item(names[0]).Name = RENAMED;
    untouched.app.ActiveWorkbook!.Worksheets.Item(names[1]).Name = names[0];
    seed = heldOfWps(untouched.model);
    runCheck(fake.app, SETTINGS, TODAY);
    first = heldOfWps(fake.model);
    swap();
    runCheck(fake.app, SETTINGS, TODAY);
    second = heldOfWps(fake.model);
    runCheck(fake.app, SETTINGS, TODAY);
    third = heldOfWps(fake.model);
    runClear(fake.app);
    cleared = heldOfWps(fake.model);
  });

  test("each sheet holds what the first check left on it, under its new name", () => {
    expect(onSheet(second, RENAMED, "X")).toBe(onSheet(first, names[0], "X"));
    expect(onSheet(second, names[0], "X")).toBe(onSheet(first, names[1], "X"));
  });

  test("the check after it changes nothing; Clear marks leaves the clerk's swapped workbook", () => {
    expect(third).toEqual(second);
    expect(cleared).toEqual(seed);
  });
});
