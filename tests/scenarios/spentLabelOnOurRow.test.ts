/**
 * The clerk moves our 执行数（万元） header down into the row of our schedule values (Cut, Paste: excelShift.ts CUT)
 * between two checks, through both appliers (the CLI's checked copy, the add-in on the strict Excel fake), in both
 * modes. Right of it now stand cells we wrote: 计划进度, 序时进度, 进度状态, 进度预警. A label's value is the clerk's,
 * never a cell of ours: the next check must read no 执行数 there (the header moved is theirs, our 执行数 column comes
 * back at the block's end, as when they delete it), and a third check changes nothing.
 *
 * It did not (found by a random chain of user edits on the Excel fake, review40): the reader took our 序时进度
 * (0.6667, values mode) for the clerk's 执行数 — 执行率 0.43 %, 进度预警 红 on a project with nothing spent yet — and
 * with formulas read our PERF.PLANNED formula as a 执行数 formula without its result; the check after that changed
 * the workbook again.
 */
import { cellName } from "../../src/core/a1";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS } from "../../src/core/types";
import { AS_OF, BOTH_DRIVERS, BOTH_MODES, type Held } from "./drivers";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const TABLE = "检察业务费";
/** Table 2's schedule: checkpoints on row 57, percentages on row 58; our block's headers H57:M57, values H58:M58. */
const HEADER_ROW = 56;
const SPENT_COL = 7;

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode: our 执行数 header cut into the row of our values", ({ formulas }) => {
    let spentRead: unknown;
    let secondSaid: string[];
    let second: Held;
    let third: Held;

    beforeAll(async () => {
      const once = (await driver.check(await driver.open(), formulas)).workbook;
      const header = `${S}!${cellName(HEADER_ROW, SPENT_COL)}`;
      expect((await driver.held(once)).cells.get(header)).toBe('v:"执行数（万元）"');
      const moved = await driver.edit(once, [
        {
          sheet: S,
          cut: { top: HEADER_ROW, left: SPENT_COL, bottom: HEADER_ROW, right: SPENT_COL },
          to: { row: HEADER_ROW + 1, col: SPENT_COL + 1 },
        },
      ]);
      const read = checkWorkbook(await driver.snapshot(moved), { ...DEFAULT_SETTINGS, asOf: AS_OF });
      spentRead = read.tables.find((c) => c.table.sheet === S && c.table.name === TABLE)!.table.spent;
      const again = await driver.check(moved, formulas);
      secondSaid = again.diagnostics ?? [];
      second = await driver.held(again.workbook);
      third = await driver.held((await driver.check(again.workbook, formulas)).workbook);
    });

    test("no cell of ours is read as the clerk's 执行数", () => {
      expect(spentRead).toBeNull();
      expect(secondSaid.join("\n")).not.toMatch(/执行数是公式|执行数显示错误值/);
    });

    test("a third check changes nothing", () => {
      expect(third).toEqual(second);
    });
  });
});
