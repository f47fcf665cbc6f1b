/**
 * The clerk works on 监控汇总 as a finance office does (from the session-32 review; both failed on main @623431b):
 * - sorts it by 预算数 (Data → Sort) with a remark typed beside a project: the next check writes each project on its row
 *   where it is now (none lost or twice, the remark beside its project, no cell of ours called theirs), and Clear marks
 *   takes all of ours;
 * - makes it an Excel table with a total row, then the projects grow (a goal sheet copied): every project gets a row,
 *   around the table's total row.
 */
import { BOTH_DRIVERS, xlsxDriver, type Driver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";
import { FakeExcel } from "../host/excel/fake";
import { sortSummary, withTotals } from "./summaryEdits";

jest.setTimeout(180_000);

const S = "预算项目绩效目标";
const SUM = "监控汇总";
const PROJECTS = [
  "办公用品采购",
  "检察业务费",
  "劳务费",
  "司法救助",
  "网络建设与运维采购",
  "装备采购",
  "关于下达检察机关2023年省级转移支付资金的通知（办案业务费）",
  "关于下达检察机关2023年中央政法转移支付资金（第二批）的通知（办案业务费）",
];
/** The project names in column A of the summary rows 7.. (values). */
const summaryNames = (held: Held) => {
  const names: string[] = [];
  for (let r = 7; held.cells.has(`${SUM}!A${r}`); r++) names.push(JSON.parse(held.cells.get(`${SUM}!A${r}`)!.slice(2)));
  return names;
};

/**
 * Sort 监控汇总 A7:N14 by 预算数 descending, as Excel's Data → Sort moves the cells (values mode: B is HYPERLINK(text,
 * text), no reference to move): Range.sort.apply on the fake (excelShift.ts, SORT), the saved file's rows on the copy.
 */
async function sorted(driver: Driver<unknown>, w: unknown): Promise<unknown> {
  if (!(w instanceof FakeExcel)) return sortSummary(w as Uint8Array);
  const sort: UserEdit = { sheet: SUM, sort: { top: 6, left: 0, bottom: 13, right: 15 }, by: 2, ascending: false };
  return driver.edit(w, [sort]);
}

describe.each(BOTH_DRIVERS)("$name: the clerk sorts 监控汇总 by 预算数 (values mode)", (driver) => {
  test("the next check lists every project once, keeps no cell of ours as theirs; Clear marks leaves nothing of ours", async () => {
    const once = await driver.check(await driver.open(), false);
    // Right of our columns: 待填报数 and 无法识别数 stand in N and O since clerk68.
    const typed = await driver.edit(once.workbook, [{ sheet: SUM, row: 6, col: 15, type: "办公用品：已督办" }]);
    const made = await sorted(driver, typed);
    expect(summaryNames(await driver.held(made))[3]).toBe("办公用品采购"); // the sort moved it to row 10
    const twice = await driver.check(made, false);
    const held = await driver.held(twice.workbook);
    expect([...summaryNames(held)].sort()).toEqual([...PROJECTS].sort());
    expect(twice.messages.join("\n")).not.toContain("您写入的内容");
    // The clerk's remark stays beside the project it is about.
    const remarkRow = [...held.cells].find(([, v]) => v.includes("已督办"))![0].replace(/^.*!P/, "");
    expect(held.cells.get(`${SUM}!A${remarkRow}`)).toBe('v:"办公用品采购"');
    const cleared = await driver.clear(twice.workbook);
    const after = await driver.held(cleared.workbook);
    expect([...after.cells].filter(([k]) => k.startsWith(`${SUM}!`)).map(([, v]) => v)).toEqual([
      'v:"办公用品：已督办"',
    ]);
  });
});

describe("xlsx (CLI): a table with a total row over 监控汇总, then more projects", () => {
  test("every project has its summary row", async () => {
    const d = xlsxDriver;
    const once = await d.check(await d.open(), false);
    let made = await d.edit(once.workbook, [
      { sheet: SUM, table: { top: 5, left: 0, bottom: 13, right: 12 } },
      { sheet: SUM, row: 14, col: 0, type: "汇总" },
      { sheet: SUM, row: 14, col: 2, type: 402.24 },
    ]);
    made = withTotals(made); // Table Design → Total Row: row 15 is the table's totals row
    made = await d.edit(made, [{ sheet: S, copyTo: "副本" }]);
    const twice = await d.check(made, false);
    const held = await d.held(twice.workbook);
    const links = [...held.cells].filter(([k, v]) => k.startsWith(`${SUM}!B`) && v.includes("#'副本'!"));
    expect(links).toHaveLength(8);
  });
});
