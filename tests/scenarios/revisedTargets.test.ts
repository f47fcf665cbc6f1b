/**
 * The clerk does what the review asks between two checks: after the first check they type actuals and revise two
 * targets in the table (指标值) — the cost indicator's "≥90%" becomes "≤100%" (the review said a cost needs an upper
 * bound) and the satisfaction target "≥90%" becomes "≥95%" — then check again. Through both appliers (the CLI's
 * checked copy, the add-in on the strict Excel fake), formulas and values mode. The revised targets are the clerk's:
 * the next check gives what one check of the revised table gives (same actuals), keeps nothing of ours as theirs, a
 * third check changes nothing, and Clear marks gives back the clerk's revised table with their actuals.
 */
import type { WorkbookSnapshot } from "../../src/core/types";
import { BOTH_DRIVERS, BOTH_MODES, type Held } from "./drivers";
import { seedTable } from "./seedTable";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const TABLE = "检察业务费";

const table = (snapshot: WorkbookSnapshot) => seedTable(snapshot, S, TABLE);

const drivers = BOTH_DRIVERS;

describe.each(drivers)("$name", (driver) => {
  describe.each(BOTH_MODES)(
    "$mode: actuals typed and two targets revised after a check, checked again",
    ({ formulas }) => {
      let before: { targets: unknown[] };
      let second: { held: Held; messages: string[] };
      let direct: Held;
      let third: Held;
      let cleared: Held;
      let clearedDirect: Held;

      beforeAll(async () => {
        const open = await driver.snapshot(await driver.open());
        const t = table(open);
        const target = t.col("指标值");
        const [cost, satisfaction] = [t.rows[2], t.rows[5]];
        before = { targets: [t.value(cost, target), t.value(satisfaction, target)] };
        const revise: UserEdit[] = [
          { sheet: S, row: cost, col: target, type: "≤100%" },
          { sheet: S, row: satisfaction, col: target, type: "≥95%" },
        ];
        const once = (await driver.check(await driver.open(), formulas)).workbook;
        const b = table(await driver.snapshot(once));
        const typing: UserEdit[] = [
          { sheet: S, row: b.rows[0], col: b.col("实际完成值"), type: 50 },
          { sheet: S, row: b.rows[5], col: b.col("实际完成值"), type: 92 },
        ];
        const again = await driver.check(await driver.edit(await driver.edit(once, typing), revise), formulas);
        second = { held: await driver.held(again.workbook), messages: again.messages };
        const thrice = (await driver.check(again.workbook, formulas)).workbook;
        third = await driver.held(thrice);
        cleared = await driver.held((await driver.clear(thrice)).workbook);
        // The revised table checked, the same actuals typed, checked again.
        const revised = (await driver.check(await driver.edit(await driver.open(), revise), formulas)).workbook;
        const directRun = (await driver.check(await driver.edit(revised, typing), formulas)).workbook;
        direct = await driver.held(directRun);
        clearedDirect = await driver.held((await driver.clear(directRun)).workbook);
      });

      test("the seed holds the targets the clerk revises", () => {
        expect(before.targets).toEqual(["≥90%", "≥90%"]);
      });

      test("the next check gives what one check of the revised table gives, keeping nothing of ours as theirs", () => {
        expect(second.held).toEqual(direct);
        // The revision shows: the satisfaction row (actual 92%) is now judged against ≥ 95%.
        expect([...second.held.notes.values()].some((text) => text.includes("目标 ≥ 95%"))).toBe(true);
        expect(second.messages.join("\n")).not.toMatch(/已保留未改|已有名为/);
      });

      test("a third check changes nothing", () => {
        expect(third).toEqual(second.held);
      });

      test("清除标记 gives back the clerk's revised table with their actuals", () => {
        expect(cleared).toEqual(clearedDirect);
      });
    },
  );
});
