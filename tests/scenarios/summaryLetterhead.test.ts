/**
 * The clerk inserts three rows above our summary (监控汇总) and types a letterhead there — the office's name and a
 * line under it —, with a remark beside a project. The next check leaves our summary where Excel moved it, as it leaves
 * any block of ours: the workbook after it is the edited one, cell for cell and look for look (the chart drawing the
 * moved rows); the letterhead and the remark stay; no cell is called the clerk's. A third check changes nothing; Clear
 * marks takes all of ours and keeps the sheet with their rows. Before, the next check wrote the summary from row 1
 * again, around their letterhead (our title not written, every row of ours moved back up).
 */
import { BOTH_MODES, excelDriver, xlsxDriver, type Driver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(180_000);

const SUM = "监控汇总";
const ROWS = 3;
const letterhead: UserEdit[] = [
  { sheet: SUM, axis: "row", at: 0, count: ROWS },
  { sheet: SUM, row: 0, col: 0, type: "XX市人民检察院" },
  { sheet: SUM, row: 1, col: 0, type: "2024年度项目支出绩效目标执行监控" },
  { sheet: SUM, row: 1, col: 4, format: { numberFormat: "0.0", bold: true } },
  { sheet: SUM, row: 6 + ROWS + 2, col: 15, type: "劳务费：已督办" }, // right of 待填报数 and 无法识别数 (N, O: clerk68)
];
const theirs = (held: Held) => ["A1", "A2", `P${6 + ROWS + 3}`].map((cell) => [cell, held.cells.get(`${SUM}!${cell}`)]);

describe.each([xlsxDriver, excelDriver] as Driver<unknown>[])("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode: a letterhead inserted above 监控汇总", ({ formulas }) => {
    let edited: Held;
    let second: Held;
    let third: Held;
    let cleared: Held;
    let messages: string[];
    beforeAll(async () => {
      const once = (await driver.check(await driver.open(), formulas)).workbook;
      const w = await driver.edit(once, letterhead);
      edited = await driver.held(w);
      const again = await driver.check(w, formulas);
      messages = again.messages;
      second = await driver.held(again.workbook);
      const thrice = (await driver.check(again.workbook, formulas)).workbook;
      third = await driver.held(thrice);
      cleared = await driver.held((await driver.clear(thrice)).workbook);
    });

    test("the next check leaves every cell and look where Excel moved it; the chart draws the moved rows", () => {
      expect(edited.cells.get(`${SUM}!A${1 + ROWS}`)).toBe('v:"绩效目标监控汇总"');
      expect(second.cells).toEqual(edited.cells);
      expect(second.formats).toEqual(edited.formats);
      const [first, last] = [7 + ROWS, 14 + ROWS];
      expect(second.charts.get(SUM)).toEqual([`A${first}:A${last}`, `E${first}:E${last}`, `F${first}:F${last}`]);
      expect(messages.join("\n")).not.toMatch(/您写入的内容|您填写的内容|不再视为本工具的内容/);
    });

    test("a third check changes nothing", () => {
      expect(third.cells).toEqual(second.cells);
      expect(third.formats).toEqual(second.formats);
      expect(third.charts).toEqual(second.charts);
    });

    test("Clear marks keeps the letterhead, its look and the remark, and nothing of ours", () => {
      expect(theirs(cleared)).toEqual(theirs(edited));
      expect(cleared.formats.get(`${SUM}!E2`)).toBe(edited.formats.get(`${SUM}!E2`));
      const left = [...cleared.cells].filter(([k]) => k.startsWith(`${SUM}!`)).map(([k]) => k.replace(/^.*!/, ""));
      expect(left.sort()).toEqual(["A1", "A2", `P${6 + ROWS + 3}`].sort());
    });
  });
});
