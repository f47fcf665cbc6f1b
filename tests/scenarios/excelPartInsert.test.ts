/**
 * Cells the clerk inserts in part of a row or column between two checks (Range.insert Right / Down on a few cells, not
 * whole rows or columns), in Excel (the add-in on the strict Excel fake, excelShift.ts PART), formulas and values mode:
 * one cell inserted shifting right in a table's header row, where our first column (实际完成值) begins — our headers
 * there move one column right of the cells under them.
 * The clerk also types an actual and text beside the block. Promises: the next check loses no cell the clerk has (what
 * the same work leaves in the never-checked workbook), writes over none, and the check after it changes nothing.
 * (Inserting cells inside the rows our highlight rules cover, or down a column that crosses another table's merged
 * cells or rules, is refused by the fake: how Excel splits such a rule is on no page found.)
 */
import { cellName } from "../../src/core/a1";
import { MONITOR_COLUMNS } from "../../src/core/plan/words";
import type { FakeExcel } from "../host/excel/fake";
import { BOTH_MODES, excelDriver, type Held } from "./drivers";
import { seedTable } from "./seedTable";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const TABLE = "检察业务费";
const header = (key: string) => MONITOR_COLUMNS.find((c) => c.key === key)!.header.zh;

interface Run {
  user: Held;
  second: Held;
  third: Held;
}

/** The clerk's work: typing, then the cells at `at` inserted shifting `direction`. */
interface Work {
  typed: { row: number; col: number; type: string | number }[];
  at: string;
  direction: "Right" | "Down";
}

async function clerk(fake: FakeExcel, work: Work): Promise<void> {
  await excelDriver.edit(
    fake,
    work.typed.map((t) => ({ sheet: S, ...t })),
  );
  fake.context.workbook.worksheets.getItem(S).getRange(work.at).insert(work.direction);
  await fake.context.sync();
}

async function run(formulas: boolean, plan: (at: ReturnType<typeof seedTable>) => Work): Promise<Run> {
  const fake = (await excelDriver.check(await excelDriver.open(), formulas)).workbook;
  const work = plan(seedTable(await excelDriver.snapshot(fake), S, TABLE));
  await clerk(fake, work);
  await excelDriver.check(fake, formulas);
  const second = await excelDriver.held(fake);
  await excelDriver.check(fake, formulas);
  const third = await excelDriver.held(fake);
  const plain = await excelDriver.open();
  await clerk(plain, work);
  return { user: await excelDriver.held(plain), second, third };
}

describe.each(BOTH_MODES)("Excel add-in (strict fake), $mode", ({ formulas }) => {
  describe.each([
    {
      what: "a cell inserted shifting right in the header row, where our columns begin",
      plan: (at: ReturnType<typeof seedTable>): Work => ({
        typed: [
          { row: at.rows[1], col: at.col(header("actual")), type: 0.5 },
          { row: at.t.header.row, col: at.col(header("note")) + 1, type: "我的列" },
        ],
        at: cellName(at.t.header.row, at.col(header("actual"))),
        direction: "Right",
      }),
    },
  ])("$what", ({ plan }) => {
    let result: Run;
    beforeAll(async () => {
      result = await run(formulas, plan);
    });

    test("every cell the clerk has is as Excel left it after the next check (none lost, none written over)", () => {
      expect(result.user.cells.size).toBeGreaterThan(100);
      for (const [k, v] of result.user.cells) expect([k, result.second.cells.get(k)]).toEqual([k, v]);
    });

    test("the check after it changes nothing", () => {
      expect(result.third).toEqual(result.second);
    });
  });
});
