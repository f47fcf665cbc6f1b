/**
 * Our very hidden record sheet (_PerfTargets) is deleted from a checked workbook (a macro, another tool), then the
 * clerk checks again, and once more. Through the CLI's checked copy and the add-in on the strict Excel fake.
 * Without the record the next check cannot tell its earlier blocks from the user's: it keeps them as the user's and
 * writes new ones beside them (nothing lost). Before, the check after that took the kept blocks' highlight rules: it
 * removed our rules by their formula's shape alone, and the kept ones have the same shape — twice was not once. Now
 * a rule with the recorded formula itself is removed, and only when none is there (our rules moved) every rule of
 * that shape (core/plan/ourRules.ts): the third check changes nothing.
 */
import { MARKS_SHEET } from "../../src/core/types";
import { BOTH_DRIVERS, type Held } from "./drivers";

jest.setTimeout(120_000);

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  let first: Held;
  let second: Held;
  let third: Held;

  beforeAll(async () => {
    const once = (await driver.check(await driver.open(), false)).workbook;
    first = await driver.held(once);
    const gone = await driver.edit(once, [{ sheet: MARKS_SHEET, deleteSheet: true }]);
    expect((await driver.snapshot(gone)).marks ?? null).toBeNull();
    const twice = (await driver.check(gone, false)).workbook;
    second = await driver.held(twice);
    third = await driver.held((await driver.check(twice, false)).workbook);
  });

  test("the check without a record keeps every rule that was there and adds its own", () => {
    for (const [sheet, rules] of first.rules) expect(second.rules.get(sheet)).toEqual(expect.arrayContaining(rules));
    const count = (h: Held) => [...h.rules.values()].flat().length;
    expect(count(second)).toBeGreaterThan(count(first));
  });

  test("the check after it changes nothing: the rules it kept stay", () => {
    expect(third.rules).toEqual(second.rules);
    expect(third).toEqual(second);
  });
});
