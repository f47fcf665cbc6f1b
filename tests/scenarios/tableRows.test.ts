/**
 * The table's row count changes between two runs, through both appliers (the CLI's checked copy, the add-in on the
 * strict Excel fake), in formulas and values mode. Block rows then no longer pair one for one with the rows we wrote
 * (ownership.ts mapRows), and our cells are known by what the sheet holds — the looser rule; nothing typed may be lost
 * under it:
 * - the clerk inserts a row inside the table and types a new indicator on it — its name, target and 实际完成值 — with
 *   their own words in our 状态 column on that row and a note (批注) on that cell;
 * - the clerk deletes an indicator row.
 * Then check, check again, Clear marks: every cell the clerk typed holds what they typed, their note is there, a
 * third check changes nothing.
 */
import { cellName } from "../../src/core/a1";
import type { WorkbookSnapshot } from "../../src/core/types";
import { BOTH_DRIVERS, BOTH_MODES, type Driver, type Held } from "./drivers";
import { seedTable } from "./seedTable";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const TABLE = "办公用品采购";
const NOTE = "王会计：新增指标，待财政局确认。";
const STATUS_WORDS = "待核实";

const table = (snapshot: WorkbookSnapshot) => seedTable(snapshot, S, TABLE);

const at = (row: number, col: number) => `${S}!${cellName(row, col)}`;
const typedText = (e: UserEdit) => `v:${JSON.stringify((e as { type: unknown }).type)}`;

interface Story {
  /** The table's indicators before the clerk's change and after it, as the check reads them. */
  counts: [number, number];
  secondMessages: string[];
  typed: UserEdit[];
  notes: string[];
  steps: { name: string; held: Held }[];
  third: Held;
  second: Held;
}

async function story(driver: Driver<unknown>, formulas: boolean, change: "insert" | "delete"): Promise<Story> {
  const once = (await driver.check(await driver.open(), formulas)).workbook;
  const b = table(await driver.snapshot(once));
  const actual = b.col("实际完成值");
  // The clerk's actuals of the first and last indicators.
  const first: UserEdit[] = [
    { sheet: S, row: b.rows[0], col: actual, type: 80 },
    { sheet: S, row: b.rows.at(-1)!, col: actual, type: "已维持" },
  ];
  let edited = await driver.edit(once, first);
  let typed: UserEdit[];
  let notes: string[] = [];
  if (change === "insert") {
    // A row inserted under the second indicator, inside the merged 一级指标 and the block.
    const row = b.rows[1] + 1;
    edited = await driver.edit(edited, [{ sheet: S, axis: "row", at: row, count: 1 }]);
    const after = table(await driver.snapshot(edited));
    const status = after.col("状态");
    const mine: UserEdit[] = [
      { sheet: S, row, col: b.t.range.left + 2, type: "办公设备完好率" },
      { sheet: S, row, col: b.t.range.left + 3, type: "办公设备完好率" },
      { sheet: S, row, col: b.t.range.left + 5, type: "≥95%" },
      { sheet: S, row, col: after.col("实际完成值"), type: 0.97 },
      { sheet: S, row, col: status, type: STATUS_WORDS },
    ];
    edited = await driver.edit(edited, [...mine, { sheet: S, row, col: status, note: NOTE }]);
    notes = [at(row, status)];
    // The first edits moved with their rows: the last indicator is one row down.
    typed = [first[0], { ...first[1], row: (first[1] as { row: number }).row + 1 } as UserEdit, ...mine];
  } else {
    // The second indicator's row deleted (not the merged 一级指标's first row).
    edited = await driver.edit(edited, [{ sheet: S, axis: "row", at: b.rows[1], count: -1 }]);
    typed = [first[0], { ...first[1], row: (first[1] as { row: number }).row - 1 } as UserEdit];
  }
  const counts: [number, number] = [b.rows.length, table(await driver.snapshot(edited)).rows.length];
  const steps: { name: string; held: Held }[] = [{ name: "edited", held: await driver.held(edited) }];
  const checked = await driver.check(edited, formulas);
  const again = checked.workbook;
  const second = await driver.held(again);
  steps.push({ name: "second check", held: second });
  const thrice = (await driver.check(again, formulas)).workbook;
  const third = await driver.held(thrice);
  steps.push({ name: "third check", held: third });
  steps.push({ name: "清除标记", held: await driver.held((await driver.clear(thrice)).workbook) });
  return { counts, secondMessages: checked.messages, typed, notes, steps, second, third };
}

const drivers = BOTH_DRIVERS;

describe.each(drivers)("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
    describe.each(["insert", "delete"] as const)("the clerk's %s of an indicator row", (change) => {
      let s: Story;
      beforeAll(async () => {
        s = await story(driver, formulas, change);
      });

      test("the table's row count changed: the check reads the clerk's indicator, or no longer the deleted one", () => {
        expect(s.counts[1]).toBe(s.counts[0] + (change === "insert" ? 1 : -1));
        if (change === "insert") expect(s.secondMessages.join("\n")).toMatch(/已保留未改/);
      });

      test("every cell the clerk typed, and their note, are there after each step", () => {
        for (const { name, held } of s.steps) {
          for (const e of s.typed) {
            const cell = at((e as { row: number }).row, (e as { col: number }).col);
            expect([name, cell, held.cells.get(cell)]).toEqual([name, cell, typedText(e)]);
          }
          for (const cell of s.notes) expect([name, cell, held.notes.get(cell)]).toEqual([name, cell, NOTE]);
        }
      });

      test("a third check changes nothing", () => {
        expect(s.third.cells).toEqual(s.second.cells);
        expect(s.third.notes).toEqual(s.second.notes);
        expect(s.third.rules).toEqual(s.second.rules);
        expect(s.third.formats).toEqual(s.second.formats);
      });
    });
  });
});
