/**
 * One home for the scenarios where the clerk adds a second goal table to a checked sheet (secondTable: below the first;
 * tablePastedBeside: right beside our block; wpsSecondTable, wpsTablePastedBeside: the same in WPS 表格). The table is
 * seed-per-sheet.xlsx's 检察业务费 (sheet FROM), typed onto its 办公用品采购 sheet (S) with its merged cells. Each
 * scenario checks, adds the table, checks twice more and clears, and compares with one check of the workbook that had
 * both tables from the start.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { cellName } from "../../src/core/a1";
import type { CellRange, CellValue, WorkbookSnapshot } from "../../src/core/types";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, BOTH_DRIVERS, BOTH_MODES, heldOfWps, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

export const FILE = path.join(__dirname, "../fixtures/seed-per-sheet.xlsx");
export const S = "1 办公用品采购";
export const FROM = "2 检察业务费";
const SUMMARY = "监控汇总";

/** The seed as the CLI reads it: what the clerk sees and copies. */
export const seedBook = (): WorkbookSnapshot => readWorkbookBytes(readFileSync(FILE)).snapshot;

/** What the clerk types onto S: each value of FROM's table and each merged area, moved `down` rows and `right` columns. */
export interface TypedTable {
  cells: { row: number; col: number; value: CellValue }[];
  merges: CellRange[];
}

export function tableTyped(seed: WorkbookSnapshot, down: number, right: number): TypedTable {
  const source = seed.sheets.find((s) => s.name === FROM)!;
  const cells: TypedTable["cells"] = [];
  source.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== "")
        cells.push({ row: down + r + source.originRow, col: right + c + source.originCol, value });
    }),
  );
  const merges = source.merges.map((m) => ({
    top: m.top + down,
    bottom: m.bottom + down,
    left: m.left + right,
    right: m.right + right,
  }));
  return { cells, merges };
}

/** One row under S's table (one empty row between). */
export function belowTable(seed: WorkbookSnapshot): number {
  const target = seed.sheets.find((s) => s.name === S)!;
  return target.originRow + target.values.length + 1;
}

/** The typing as the CLI's and the Excel add-in's scenario edits. */
export const typedEdits = (t: TypedTable): UserEdit[] => [
  ...t.cells.map(({ row, col, value }) => ({ sheet: S, row, col, type: value })),
  ...t.merges.map((merge) => ({ sheet: S, merge })),
];

/** The typing in WPS: each value through Range.Value2, then each merged area through Range.Merge. */
function typeInWps(fake: FakeWps, t: TypedTable): void {
  const ws = fake.userSheet(S);
  for (const { row, col, value } of t.cells) ws.Range(cellName(row, col)).Value2 = value as string | number;
  for (const m of t.merges) ws.Range(`${cellName(m.top, m.left)}:${cellName(m.bottom, m.right)}`).Merge();
}

/**
 * The summary's cells and formats as a sorted list of rows (the row's own number in its formulas and keys written
 * "#"): equal whatever order the projects' rows are in — the new table's row goes after ours (they keep their places,
 * and the remarks beside them), where a first check lists the tables in reading order. Every other sheet as it is.
 */
export function rowsAsSet(held: Held): unknown {
  const onSummary = (key: string) => key.startsWith(`${SUMMARY}!`);
  const rows = (map: Map<string, string>) => {
    const byRow = new Map<string, string[]>();
    for (const [key, value] of map) {
      if (!onSummary(key)) continue;
      const [, col, row] = /!([A-Z]+)(\d+)$/.exec(key)!;
      const own = new RegExp(`(?<![A-Z0-9!:$])(\\$?[A-Z]{1,3}\\$?)${row}(?!\\d)`, "g"); // this row, not another sheet's
      byRow.set(row, [...(byRow.get(row) ?? []), `${col}=${value.replace(own, "$1#")}`]);
    }
    return [...byRow.values()].map((cells) => cells.sort().join(" | ")).sort();
  };
  const rest = (map: Map<string, string>) => new Map([...map].filter(([key]) => !onSummary(key)));
  return {
    ...held,
    cells: rest(held.cells),
    formats: rest(held.formats),
    summaryCells: rows(held.cells),
    summaryFormats: rows(held.formats),
  };
}

/**
 * Through the CLI's copy and the Excel add-in, both modes: check, add the table (`added`), check twice and clear; the
 * second check gives what one check gives the workbook with both tables from the start, the third changes nothing,
 * 清除标记 gives back the clerk's workbook with both tables.
 */
export function describeAddedBetweenChecks(what: string, added: (seed: WorkbookSnapshot) => TypedTable): void {
  describe.each(BOTH_DRIVERS)("$name", (driver) => {
    describe.each(BOTH_MODES)(`$mode: ${what}, then checked again`, ({ formulas }) => {
      let typed: Held;
      let second: { held: Held; messages: string[] };
      let fromStart: Held;
      let third: Held;
      let cleared: Held;

      beforeAll(async () => {
        const edits = typedEdits(added(seedBook()));
        const once = (await driver.check(await driver.open(FILE), formulas)).workbook;
        const again = await driver.check(await driver.edit(once, edits), formulas);
        second = { held: await driver.held(again.workbook), messages: again.messages };
        const thrice = (await driver.check(again.workbook, formulas)).workbook;
        third = await driver.held(thrice);
        cleared = await driver.held((await driver.clear(thrice)).workbook);
        // The clerk's workbook with both tables from the start, checked once.
        const both = await driver.edit(await driver.open(FILE), edits);
        typed = await driver.held(both);
        fromStart = await driver.held((await driver.check(both, formulas)).workbook);
      });

      test("the second table is read: the summary names it", () => {
        const named = (held: Held) => [...held.cells.values()].filter((v) => v === 'v:"检察业务费"').length;
        expect(named(second.held)).toBeGreaterThan(named(typed));
      });

      test("the next check gives what one check gives the workbook with both tables from the start", () => {
        expect(rowsAsSet(second.held)).toEqual(rowsAsSet(fromStart));
        expect(second.messages.join("\n")).not.toMatch(/已保留未改/);
      });

      test("a third check changes nothing", () => {
        expect(third).toEqual(second.held);
      });

      test("清除标记 gives back the clerk's workbook with both tables", () => {
        expect(cleared).toEqual(typed);
      });
    });
  });
}

/**
 * The same in WPS 表格 (values only; merged cells by Range.Merge on the WPS fake), the check's messages too: the second
 * check gives what one check gives the workbook with both tables from the start, the third changes nothing, Clear marks
 * gives back the clerk's workbook with both tables.
 */
export function wpsAddedBetweenChecks(added: TypedTable): void {
  const seed = seedBook();
  const check = (fake: FakeWps) => runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  const tablesOnS = (run: ReturnType<typeof check>) =>
    run.check?.tables.filter((t) => t.table.sheet === S).map((t) => t.table.name);

  const fromStart = new FakeWps(modelFromSnapshot(seed));
  typeInWps(fromStart, added);
  const typed = heldOfWps(fromStart.model);
  const single = check(fromStart);
  expect(tablesOnS(single)).toEqual(["办公用品采购", "检察业务费"]);

  const fake = new FakeWps(modelFromSnapshot(seed));
  check(fake);
  typeInWps(fake, added);
  const again = check(fake);
  expect(tablesOnS(again)).toEqual(["办公用品采购", "检察业务费"]);
  const second = heldOfWps(fake.model);
  expect(rowsAsSet(second)).toEqual(rowsAsSet(heldOfWps(fromStart.model)));
  expect(again.plan.messages).toEqual(single.plan.messages);

  check(fake);
  expect(heldOfWps(fake.model)).toEqual(second);

  runClear(fake.app);
  expect(heldOfWps(fake.model)).toEqual(typed);
}
