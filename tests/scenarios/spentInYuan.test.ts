/**
 * breaker62 found, unit62 fixed: the clerk pays in 元. The seed's 办公用品采购 says 单位：万元 (F36, budget 63.14 at C38);
 * after a first check they retype our 执行数（万元） header (H40) as 执行数（元） and type 50000 under it (H41). Their
 * header is theirs and kept; its （元） is the amount's under it, not the table's: the next check reads the budget
 * 63.14 万元 and the spent 50000 元 = 5 万元, 执行率 5 / 63.14 = 7.92 %. Before the fix the spent label's unit was
 * taken for the whole table's (a money label outranked the 单位 line): 监控汇总 showed 预算数 0.006314 万元 and 执行率
 * 79,189 %. A third check changes nothing. The CLI's copy and the add-in on the strict Excel fake, in values mode and in
 * formulas mode (where the summary divides the 元 cell by 10,000 and leaves the 万元 budget as it is), and WPS (values).
 */
import { cellName } from "../../src/core/a1";
import { runCheck } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, BOTH_DRIVERS, BOTH_MODES, heldOfWps, xlsxDriver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const HEADER: UserEdit = { sheet: S, row: 39, col: 7, type: "执行数（元）" };
const SPENT: UserEdit = { sheet: S, row: 40, col: 7, type: 50000 };
const at = (row: number, col: number) => `${S}!${cellName(row, col)}`;

const shown = (held: Held) => ({
  header: held.cells.get(at(39, 7)),
  spentTyped: held.cells.get(at(40, 7)),
  budget: held.cells.get("监控汇总!C7"),
  spent: held.cells.get("监控汇总!D7"),
  rate: held.cells.get("监控汇总!E7"),
});

/** Values mode: the budget in 万元 as written, the 50000 元 as 5 万元, the rate 5 / 63.14. */
const IN_WAN = {
  header: 'v:"执行数（元）"',
  spentTyped: "v:50000",
  budget: "v:63.14",
  spent: "v:5",
  rate: `v:${5 / 63.14}`,
};

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
    let second: Held;
    let third: Held;

    beforeAll(async () => {
      const once = (await driver.check(await driver.open(), formulas)).workbook;
      const paid = (await driver.check(await driver.edit(once, [HEADER, SPENT]), formulas)).workbook;
      second = await driver.held(paid);
      third = await driver.held((await driver.check(paid, formulas)).workbook);
    });

    test("the spent label's 元 is the spent amount's: the budget stays 63.14 万元, the 50000 元 is 5 万元", () => {
      const got = shown(second);
      if (!formulas) return expect(got).toEqual(IN_WAN);
      expect(got.header).toBe(IN_WAN.header);
      expect(got.spentTyped).toBe(IN_WAN.spentTyped);
      expect(got.budget).toBe(`f:'${S}'!$C$38`);
      expect(got.spent).toContain(`'${S}'!$H$41/10000`);
    });

    test("a third check changes nothing", () => {
      expect(third).toEqual(second);
    });
  });
});

test("WPS (values): the spent typed in 元 under the clerk's 执行数（元） is read in 元, the budget in 万元", async () => {
  const seed = readWorkbookBytes(await xlsxDriver.open()).snapshot;
  const fake = new FakeWps(modelFromSnapshot(seed));
  runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  for (const e of [HEADER, SPENT])
    if ("type" in e) fake.app.ActiveWorkbook!.Worksheets.Item(S).Range(cellName(e.row, e.col)).Value2 = e.type as never;
  runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  const second = heldOfWps(fake.model);
  expect(shown(second)).toEqual(IN_WAN);
  runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  expect(heldOfWps(fake.model)).toEqual(second);
});
