/**
 * breaker62: the clerk corrects the table's money unit between two checks. The seed's 办公用品采购 says 单位：万元 (F36);
 * after a first check, and 5 typed under our 执行数（万元） (H41), they find the unit line was the template's and type
 * 单位：元 there. The next check must give what a check of the corrected workbook gives (checked, 5 typed, checked): the
 * table read in 元 — our header 执行数（元）, the summary's 预算数（万元） 0.006314 and 执行数（万元） 0.0005. Before the fix our
 * own header, written from the old unit, outvoted the table's line (the reader took its （万元） as a money label's unit):
 * the table stayed in 万元 and the summary showed 63.14 万元, 10,000 times the budget the clerk declared. A third check
 * changes nothing. The CLI's copy and the add-in on the strict Excel fake, in values mode and in formulas mode (where the
 * summary divides the table's 元 by 10,000), and WPS (values).
 */
import { cellName } from "../../src/core/a1";
import { runCheck } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, BOTH_DRIVERS, BOTH_MODES, heldOfWps, xlsxDriver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const UNIT: UserEdit = { sheet: S, row: 35, col: 5, type: "单位：元" };
const SPENT: UserEdit = { sheet: S, row: 40, col: 7, type: 5 };
const at = (row: number, col: number) => `${S}!${cellName(row, col)}`;

/** What the corrected unit shows in: our 执行数 header, and the summary's budget and spent of the project (万元). */
const shown = (held: Held) => ({
  header: held.cells.get(at(39, 7)),
  budget: held.cells.get("监控汇总!C7"),
  spent: held.cells.get("监控汇总!D7"),
});
const IN_YUAN = { header: 'v:"执行数（元）"', budget: "v:0.006314", spent: "v:0.0005" };
/** Formulas mode: the summary's budget reads the table's cell, in 元, divided into 万元. */
const IN_YUAN_FORMULAS = { header: 'v:"执行数（元）"', budget: `f:'${S}'!$C$38/10000` };

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
    let second: Held;
    let direct: Held;
    let third: Held;

    beforeAll(async () => {
      const once = (await driver.check(await driver.open(), formulas)).workbook;
      const typed = (await driver.check(await driver.edit(once, [SPENT]), formulas)).workbook;
      const corrected = (await driver.check(await driver.edit(typed, [UNIT]), formulas)).workbook;
      second = await driver.held(corrected);
      third = await driver.held((await driver.check(corrected, formulas)).workbook);
      const fromStart = (await driver.check(await driver.edit(await driver.open(), [UNIT]), formulas)).workbook;
      direct = await driver.held((await driver.check(await driver.edit(fromStart, [SPENT]), formulas)).workbook);
    });

    test("the next check reads the table in 元, as a check of the corrected workbook does", () => {
      const inYuan = (held: Held) =>
        formulas ? { header: shown(held).header, budget: shown(held).budget } : shown(held);
      expect(inYuan(direct)).toEqual(formulas ? IN_YUAN_FORMULAS : IN_YUAN);
      expect(inYuan(second)).toEqual(inYuan(direct));
      expect(second).toEqual(direct);
    });

    test("a third check changes nothing", () => {
      expect(third).toEqual(second);
    });
  });
});

test("WPS (values): the unit corrected after a check is read, as a check of the corrected workbook reads it", async () => {
  const seed = readWorkbookBytes(await xlsxDriver.open()).snapshot;
  const run = (edits: UserEdit[][]) => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    for (const step of edits) {
      for (const e of step)
        if ("type" in e)
          fake.app.ActiveWorkbook!.Worksheets.Item(S).Range(cellName(e.row, e.col)).Value2 = e.type as never;
      runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    }
    return fake;
  };
  const corrected = run([[], [SPENT], [UNIT]]);
  const second = heldOfWps(corrected.model);
  runCheck(corrected.app, { asOf: AS_OF }, AS_OF);
  const direct = heldOfWps(run([[UNIT], [SPENT]]).model);
  expect(shown(direct)).toEqual(IN_YUAN);
  expect(shown(second)).toEqual(IN_YUAN);
  expect(second).toEqual(direct);
  expect(heldOfWps(corrected.model)).toEqual(second);
});
