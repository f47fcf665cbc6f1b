/**
 * The cells of our summary (监控汇总) that a check leaves empty but formats — 执行数, 执行率, 计划进度, 滞后 of a table
 * without execution data, given our 0.00 / 0.00% — are ours too: 清除标记 on a summary the clerk keeps (a line of
 * theirs on it) puts them back to General, wherever the clerk's inserted rows moved them. Before, only cells holding
 * something were cleared: what the clerk typed there next showed as 0.00% (a date, on the 监控时点's format).
 * A cell whose value or number format the clerk changed is theirs: kept as it is; a fill they gave one stays.
 *
 * Rows the clerk inserts among ours move our rows down: Clear marks and the next check find each row of ours where it
 * is now, and the check writes each project on its row there (the inserted row stays the clerk's, empty). Before, both
 * looked only where we wrote them: the row pushed below our last one stayed after Clear marks (values and looks), and
 * after a second check the summary held its last table twice.
 */
import { BOTH_MODES, excelDriver, xlsxDriver, type Driver } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const SUMMARY = "监控汇总";
const at = (cell: string) => `${SUMMARY}!${cell}`;

/** The clerk's edits on the summary after the first check (rows and columns 0-based). */
const edits: UserEdit[] = [
  { sheet: SUMMARY, row: 1, col: 12, type: "备注：已核" }, // M2: their line, so the summary stays
  { sheet: SUMMARY, row: 6, col: 3, type: 12.5 }, // D7: they typed a 执行数
  { sheet: SUMMARY, row: 7, col: 3, format: { numberFormat: "0.0" } }, // D8: their format
  { sheet: SUMMARY, row: 8, col: 4, format: { fill: "FFFF00" } }, // E9: their fill
];

/**
 * A row inserted under the summary's third table row (Excel's Insert; the clerk then gives its 执行数 cell 0.00, as
 * "Format Same As Above" would): our rows below move down one. The add-in only: the helper editing an .xlsx does not
 * move the summary's chart, a drawing (summaryRows.test.ts).
 */
const inserted: UserEdit[] = [
  { sheet: SUMMARY, axis: "row", at: 9, count: 1 },
  { sheet: SUMMARY, row: 9, col: 3, format: { numberFormat: "0.00" } }, // D10: the clerk's new row
];

const cases = [
  { name: "the clerk's line, typing and formats", drivers: [xlsxDriver, excelDriver], extra: [] as UserEdit[] },
  { name: "and a row inserted among ours", drivers: [excelDriver], extra: inserted },
];

describe.each(cases)("$name", ({ drivers, extra }) => {
  describe.each(drivers as Driver<unknown>[])("$name", (driver) => {
    describe.each(BOTH_MODES)("$mode", ({ mode, formulas }) => {
      test("清除标记 leaves no look of ours on the summary; the clerk's stay", async () => {
        const once = (await driver.check(await driver.open(), formulas)).workbook;
        const first = await driver.held(once);
        const emptyFormatted = [...first.formats.keys()].filter((k) => k.startsWith(at("")) && !first.cells.has(k));
        // Values mode leaves the execution cells of tables without data empty; formulas mode writes formulas there.
        if (mode === "values") expect(emptyFormatted.length).toBeGreaterThan(20);
        expect(first.formats.get(at("E9"))).toBe("0.00%||");
        const cleared = await driver.held((await driver.clear(await driver.edit(once, [...edits, ...extra]))).workbook);
        expect(cleared.sheets).toContain(SUMMARY);
        const theirs = {
          [at("D7")]: "0.00||", // their value keeps the look it had
          [at("D8")]: "0.0||",
          [at("E9")]: "General||FFFF00",
          ...(extra.length ? { [at("D10")]: "0.00||" } : {}),
        };
        const looks = Object.fromEntries([...cleared.formats].filter(([k]) => k.startsWith(at(""))));
        expect(looks).toEqual(theirs);
        expect(cleared.cells.get(at("D7"))).toBe("v:12.5");
        expect(cleared.cells.get(at("M2"))).toBe('v:"备注：已核"');
      });
    });
  });
});

describe.each(BOTH_MODES)("an empty row inserted among our summary rows, then a check ($mode)", ({ formulas }) => {
  test("each project stays on its row where Excel moved it, the clerk's row stays empty, none twice (Excel; see `inserted`)", async () => {
    const driver = excelDriver as Driver<unknown>;
    const once = (await driver.check(await driver.open(), formulas)).workbook;
    const first = await driver.held(once);
    const names = (held: typeof first) => Array.from({ length: 9 }, (_, i) => held.cells.get(at(`A${7 + i}`)) ?? null); // A7:A15
    expect(names(first)[7]).toBeTruthy(); // A14: the eighth project
    const again = await driver.check(await driver.edit(once, [inserted[0]]), formulas);
    const second = await driver.held(again.workbook);
    const [above, below] = [names(first).slice(0, 3), names(first).slice(3, 8)];
    expect(names(second)).toEqual([...above, null, ...below]);
    expect(again.messages).toEqual([]);
    const third = await driver.held((await driver.check(again.workbook, formulas)).workbook);
    expect(third.cells).toEqual(second.cells);
    expect(third.formats).toEqual(second.formats);
  });
});
