/**
 * The clerk renames the 执行数 header we added (seed: H40 "执行数（万元）" over 办公用品采购's spending, 5 万元 typed
 * under it in H41) to their own words for the money spent — 已支付金额, 累计支出（万元）, 截至9月支出 (review35). The
 * amount in the column we made is read as before: the project stays red, the renamed header is not taken for a
 * checkpoint of the spending plan, and the header stays theirs (not written back, no second 执行数 column added).
 * Before the fix the 5 万元 was ignored (red → no light, "未填执行数") and the header was reported as an unreadable
 * checkpoint ("资金支出计划的时点“已支付金额”无法识别"). Also after rows were inserted above the table; a header renamed
 * to words that are not about money spent (负责人) is a column of theirs, as before.
 * Both appliers: the CLI's checked copy and the add-in on the strict Excel fake.
 *
 * Session 36, a header renamed to words that are not about money spent (负责人, the clerk reusing the column, 张三 typed
 * under it): the column is theirs — never written, its 5 万元 / 张三 kept, not read as spent. The next check gives
 * 执行数 one column again, right of the block (N), and says where to type it now; the check after it finds it there:
 * no column piles up, the workbook and messages stay as they are. CLI, Excel and WPS (values).
 */
import { cellName } from "../../src/core/a1";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS } from "../../src/core/types";
import { runCheck } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, BOTH_DRIVERS, heldOfWps, xlsxDriver, type Driver, type Held } from "./drivers";

jest.setTimeout(120_000);

const SHEET = "预算项目绩效目标";
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: AS_OF };

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  /** The seed checked, 5 万元 typed in our 执行数 cell (H41) and checked, rows inserted above, the header renamed. */
  async function renamed(header: string, inserted = 0) {
    let w = (await driver.check(await driver.open(), false)).workbook;
    w = (await driver.check(await driver.edit(w, [{ sheet: SHEET, row: 40, col: 7, type: 5 }]), false)).workbook;
    if (inserted > 0) w = await driver.edit(w, [{ sheet: SHEET, axis: "row", at: 2, count: inserted }]);
    w = await driver.edit(w, [{ sheet: SHEET, row: 39 + inserted, col: 7, type: header }]);
    const office = (workbook: unknown) =>
      driver
        .snapshot(workbook)
        .then((s) => checkWorkbook(s, SETTINGS))
        .then((check) => ({
          check,
          table: check.tables.find((t) => t.table.name === "办公用品采购")!,
        }));
    return { w, office };
  }

  test.each(["已支付金额", "累计支出（万元）", "截至9月支出"])(
    "our 执行数 header renamed to %s: the 5 万元 under it is still read, checking again changes nothing",
    async (header) => {
      const { w, office } = await renamed(header);
      const before = await office(w);
      expect({ spent: before.table.result.execution?.spent, light: before.table.result.light }).toEqual({
        spent: 5,
        light: "red",
      });
      expect(before.check.diagnostics.map((d) => d.message).join("\n")).not.toMatch(/无法识别/);
      const once = await driver.check(w, false);
      expect(once.messages.join("\n")).not.toMatch(/不再视为/);
      const held = await driver.held(once.workbook);
      expect(held.cells.get(`${SHEET}!H40`)).toBe(`v:${JSON.stringify(header)}`); // theirs, as they wrote it
      const ours = [...held.cells].filter(([k, v]) => k.startsWith(`${SHEET}!`) && v.includes("执行数（万元）"));
      expect(ours.map(([k]) => k)).not.toContain(`${SHEET}!N40`); // no second 执行数 column
      expect(held.cells.get(`${SHEET}!M41`)).toBe('v:"红"'); // 进度预警 judged on the 5 万元
      const after = await office(once.workbook);
      expect(after.table.result).toEqual(before.table.result);
      const twice = await driver.check(once.workbook, false);
      expect(await driver.held(twice.workbook)).toEqual(held);
    },
  );

  test("rows inserted above the table, then the header renamed: still read", async () => {
    const { w, office } = await renamed("已支付金额", 2);
    const { table } = await office(w);
    expect({ spent: table.result.execution?.spent, light: table.result.light }).toEqual({ spent: 5, light: "red" });
  });

  test("renamed to words that are not about money spent (负责人): a column of theirs, not read as spent", async () => {
    const { w, office } = await renamed("负责人");
    const { table } = await office(w);
    expect(table.result.execution).toBeNull();
  });
});

/** The cells of the schedule block's header row and value row (40, 41) of 办公用品采购. */
const scheduleRows = (held: Held) =>
  new Map([...held.cells].filter(([k]) => new RegExp(`^${SHEET}![A-Z]+(40|41)$`).test(k)));

const MOVED = /“执行数（万元）”列已删除或表头已改为其他内容.*请改在 N 列填写/;

/** What each applier must show after the rename (负责人 over H40, 张三 or the 5 万元 left under it) and two checks. */
function expectTakenOver(
  first: { held: Held; messages: string[] },
  second: { held: Held; messages: string[] },
  under: string,
) {
  const row = scheduleRows(first.held);
  expect(row.get(`${SHEET}!H40`)).toBe('v:"负责人"');
  expect(row.get(`${SHEET}!H41`)).toBe(under);
  const spentHeaders = [...row].filter(([, v]) => v.includes("执行数"));
  expect(spentHeaders).toEqual([[`${SHEET}!N40`, 'v:"执行数（万元）"']]); // one 执行数, right of the block
  expect(first.messages.filter((m) => MOVED.test(m))).toHaveLength(1);
  expect(scheduleRows(second.held)).toEqual(row); // no second 执行数 column on the next check
  expect(second.held.cells).toEqual(first.held.cells);
  expect(second.messages.filter((m) => MOVED.test(m))).toEqual([]);
}

describe.each(BOTH_DRIVERS)(
  "$name: 执行数 renamed to 负责人 (the clerk took the column over), two checks",
  (driver) => {
    test.each([
      ["张三 typed under it", "张三", 'v:"张三"'],
      ["the 5 万元 left under it", null, "v:5"],
    ])("%s: theirs, one 执行数 column right of the block, twice = once", async (_name, typed, under) => {
      let w = (await driver.check(await driver.open(), false)).workbook;
      w = (await driver.check(await driver.edit(w, [{ sheet: SHEET, row: 40, col: 7, type: 5 }]), false)).workbook;
      const edits = [{ sheet: SHEET, row: 39, col: 7, type: "负责人" }];
      if (typed) edits.push({ sheet: SHEET, row: 40, col: 7, type: typed });
      w = await driver.edit(w, edits);
      const once = await driver.check(w, false);
      const first = { held: await driver.held(once.workbook), messages: once.messages };
      const twice = await driver.check(once.workbook, false);
      expectTakenOver(first, { held: await driver.held(twice.workbook), messages: twice.messages }, under);
      const check = checkWorkbook(await driver.snapshot(twice.workbook), SETTINGS);
      expect(check.tables.find((t) => t.table.name === "办公用品采购")!.result.execution).toBeNull();
    });
  },
);

test("WPS (values): 执行数 renamed to 负责人, 张三 typed under it: theirs, one 执行数 column, twice = once", async () => {
  const fake = new FakeWps(modelFromSnapshot(readWorkbookBytes(await xlsxDriver.open()).snapshot));
  const type = (row: number, col: number, value: string | number) => {
    fake.app.ActiveWorkbook!.Worksheets.Item(SHEET).Range(cellName(row, col)).Value2 = value;
  };
  runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  type(40, 7, 5);
  runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  type(39, 7, "负责人");
  type(40, 7, "张三");
  const messages = (report: ReturnType<typeof runCheck>) => report.plan.messages;
  const once = messages(runCheck(fake.app, { asOf: AS_OF }, AS_OF));
  const first = { held: heldOfWps(fake.model), messages: once };
  const twice = messages(runCheck(fake.app, { asOf: AS_OF }, AS_OF));
  expectTakenOver(first, { held: heldOfWps(fake.model), messages: twice }, 'v:"张三"');
});
