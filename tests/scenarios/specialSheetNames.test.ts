/**
 * breaker56: the clerk's goal sheet is named with characters a formula gives meaning to — an apostrophe (O'Brien), "!"
 * and "#" (how a reference and a link's place are spelled), a semicolon and a comma (argument separators), a name
 * that is a cell's address (A1). Our summary's links, formulas, chart and drop-downs name that sheet. Through the CLI's
 * checked copy and the add-in on the strict Excel fake (formulas and values mode), and WPS (its strict fake): the
 * first check writes no error value, the second changes nothing and keeps nothing of ours as the clerk's, and Clear
 * marks leaves exactly the clerk's workbook. (Safe on main: a regression guard.)
 */
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, BOTH_DRIVERS, BOTH_MODES, heldOfWps, xlsxDriver, type Driver, type Held } from "./drivers";

jest.setTimeout(240_000);

const S = "预算项目绩效目标";
const NAMES = ["O'Brien 预算", "预算!2024 #1", "项目;表,一", "A1", "R1C1", "C"];
const SUMMARY = "监控汇总";

const errorsIn = (held: Held) => [...held.cells].filter(([, v]) => /#(REF|NAME|VALUE)/.test(v));

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
    test.each(NAMES)("the goal sheet named %s: checked twice as once, cleared to the clerk's", async (name) => {
      const user = await driver.edit(await driver.open(), [{ sheet: S, renameTo: name }]);
      const once = await driver.check(user, formulas);
      const first = await driver.held(once.workbook);
      expect(errorsIn(first)).toEqual([]);
      // The summary's link names the sheet as a formula must spell it.
      const link = first.cells.get(`${SUMMARY}!B7`) ?? "";
      expect(link).toContain(`'${name.replace(/'/g, "''")}'!`);
      const twice = await driver.check(once.workbook, formulas);
      const second = await driver.held(twice.workbook);
      expect(twice.messages.join("\n")).not.toMatch(/已保留未改/);
      expect(second).toEqual(first);
      const cleared = await driver.held((await driver.clear(twice.workbook)).workbook);
      expect(Object.fromEntries(cleared.cells)).toEqual(Object.fromEntries((await driver.held(user)).cells));
    });
  });
});

describe("WPS", () => {
  let seed: WorkbookSnapshot;
  beforeAll(async () => {
    seed = readWorkbookBytes(await xlsxDriver.open()).snapshot;
  });

  test.each(NAMES)("the goal sheet named %s: checked twice as once, cleared to the clerk's", (name) => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    fake.app.ActiveWorkbook!.Worksheets.Item(S).Name = name;
    const user = heldOfWps(fake.model);
    runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    const first = heldOfWps(fake.model);
    expect(errorsIn(first)).toEqual([]);
    expect(first.sheets).toContain(SUMMARY);
    runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    expect(heldOfWps(fake.model)).toEqual(first);
    runClear(fake.app);
    expect(heldOfWps(fake.model)).toEqual(user);
  });
});
