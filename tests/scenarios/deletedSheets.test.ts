/**
 * Sheets the clerk deletes between two checks, through both appliers (the CLI's checked copy, edited as Excel saves it;
 * the add-in on the strict Excel fake), in formulas and values mode: Excel rewrites each reference to a deleted sheet
 * with #REF! for its name ('2 检察业务费'!$K$12:$K$17 → #REF!$K$12:$K$17) and the cell shows #REF! (excelShift.ts,
 * DELETE_SHEET, formulaAfterSheetDeletion).
 * - one of the clerk's goal-table sheets (seed-per-sheet.xlsx: one table a sheet), which our summary's formulas point
 *   into, after typing an actual on another;
 * - our summary sheet, with a formula of the clerk's on a table sheet pointing at its date.
 * Promises: the next check loses no cell the clerk has (what the same work leaves in the never-checked workbook),
 * writes over none, leaves no #REF! of ours, and the check after it changes nothing.
 */
import path from "node:path";
import { cellName } from "../../src/core/a1";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS } from "../../src/core/types";
import { MONITOR_COLUMNS } from "../../src/core/plan/words";
import { AS_OF, BOTH_DRIVERS, BOTH_MODES, type Driver, type Held } from "./drivers";
import { seedTable } from "./seedTable";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(180_000);

const PER_SHEET = path.join(__dirname, "../fixtures/seed-per-sheet.xlsx");
const SUMMARY = "监控汇总";
const header = (key: string) => MONITOR_COLUMNS.find((c) => c.key === key)!.header.zh;

interface Run {
  user: Held;
  second: Held;
  third: Held;
  messages: string[];
}

/** Check, let the clerk work (`plan` finds where on the checked workbook), check twice; the same work on the seed. */
async function run(
  driver: Driver<unknown>,
  formulas: boolean,
  plan: (checked: unknown) => Promise<{ edits: UserEdit[]; plain?: UserEdit[] }>,
): Promise<Run> {
  const once = (await driver.check(await driver.open(PER_SHEET), formulas)).workbook;
  const { edits, plain = edits } = await plan(once);
  const again = await driver.check(await driver.edit(once, edits), formulas);
  const second = await driver.held(again.workbook);
  const third = await driver.held((await driver.check(again.workbook, formulas)).workbook);
  const user = await driver.held(await driver.edit(await driver.open(PER_SHEET), plain));
  return { user, second, third, messages: again.messages };
}

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
    describe("a goal-table sheet deleted, an actual typed on another", () => {
      let result: Run;
      let gone: string;
      beforeAll(async () => {
        result = await run(driver, formulas, async (checked) => {
          const snapshot = await driver.snapshot(checked);
          const [first, second] = snapshot.sheets.map((s) => s.name);
          gone = second;
          const table = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: AS_OF }).tables.find(
            (t) => t.table.sheet === first,
          )!.table;
          const at = seedTable(snapshot, first, table.name);
          return {
            edits: [
              { sheet: first, row: at.rows[1], col: at.col(header("actual")), type: 0.5 },
              { sheet: gone, deleteSheet: true },
            ],
          };
        });
      });

      test("every cell the clerk has is as Excel left it after the next check", () => {
        expect(result.user.cells.size).toBeGreaterThan(50);
        for (const [k, v] of result.user.cells) expect([k, result.second.cells.get(k)]).toEqual([k, v]);
        expect(result.second.sheets).not.toContain(gone);
      });

      test("no #REF! of ours is left", () => {
        const broken = [...result.second.cells].filter(([, v]) => v.includes("#REF!"));
        expect(broken).toEqual([]);
      });

      test("the check after it changes nothing, and tells of nothing kept", () => {
        expect(result.third).toEqual(result.second);
        expect(result.messages.join("\n")).not.toMatch(/已保留未改/);
      });
    });

    describe("our summary sheet deleted, a formula of the clerk's pointing at its date", () => {
      let result: Run;
      let mine: string;
      beforeAll(async () => {
        result = await run(driver, formulas, async (checked) => {
          const snapshot = await driver.snapshot(checked);
          const first = snapshot.sheets[0].name;
          const table = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: AS_OF }).tables.find(
            (t) => t.table.sheet === first,
          )!.table;
          const at = seedTable(snapshot, first, table.name);
          const typed = { sheet: first, row: at.rows[1], col: at.col(header("actual")), type: 0.5 };
          const cell = { sheet: first, row: at.t.header.row - 2, col: at.col(header("note")) + 2 };
          mine = `${first}!${cellName(cell.row, cell.col)}`;
          return {
            edits: [typed, { ...cell, type: `=${SUMMARY}!B3` }, { sheet: SUMMARY, deleteSheet: true }],
            plain: [typed, { ...cell, type: "=#REF!B3" }], // what the deletion left the clerk with
          };
        });
      });

      test("every cell the clerk has is as Excel left it after the next check; the summary is back", () => {
        for (const [k, v] of result.user.cells) expect([k, result.second.cells.get(k)]).toEqual([k, v]);
        expect(result.second.cells.get(mine)).toBe("f:#REF!B3");
        expect(result.second.sheets).toContain(SUMMARY);
      });

      test("the check after it changes nothing", () => {
        expect(result.third).toEqual(result.second);
      });
    });
  });
});
