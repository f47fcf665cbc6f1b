/**
 * The clerk renames a project in its goal table (项目名称 检察业务费 → 检察业务经费, E54 of 预算项目绩效目标) after typing
 * a remark beside its row on 监控汇总. The next check writes the new name on the project's own row — found by its link,
 * the table's place —, so the remark stays beside its project: the summary is the edited one with only the name
 * changed. Before, the row was taken for a gone project's and emptied, and the project got a new row under the others:
 * the remark stayed beside an empty row.
 */
import { BOTH_DRIVERS, BOTH_MODES, type Held } from "./drivers";

jest.setTimeout(180_000);

const S = "预算项目绩效目标";
const SUM = "监控汇总";
// Right of our columns: 待填报数 and 无法识别数 stand in N and O since clerk68.
const REMARK = { sheet: SUM, row: 7, col: 15, type: "已督办" };

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode: a project renamed in its table", ({ formulas }) => {
    let edited: Held;
    let second: Held;
    let third: Held;
    let messages: string[];
    beforeAll(async () => {
      const once = (await driver.check(await driver.open(), formulas)).workbook;
      const w = await driver.edit(once, [REMARK, { sheet: S, row: 53, col: 4, type: "检察业务经费" }]);
      edited = await driver.held(w);
      const again = await driver.check(w, formulas);
      messages = again.messages;
      second = await driver.held(again.workbook);
      third = await driver.held((await driver.check(again.workbook, formulas)).workbook);
    });

    test("the project keeps its row, with the new name; the remark stays beside it; no row added or emptied", () => {
      expect(edited.cells.get(`${SUM}!A8`)).toBe('v:"检察业务费"');
      const summary = (held: Held) => [...held.cells].filter(([k]) => k.startsWith(`${SUM}!`));
      const expected = summary(edited).map(([k, v]) => [k, k === `${SUM}!A8` ? 'v:"检察业务经费"' : v]);
      expect(summary(second)).toEqual(expected);
      expect(second.cells.get(`${SUM}!P8`)).toBe('v:"已督办"');
      expect(messages.join("\n")).not.toMatch(/您写入的内容|您填写的内容|不再视为本工具的内容/);
      expect(third.cells).toEqual(second.cells);
    });
  });
});
