/**
 * The clerk formats cells of ours between two runs (Format Cells…: a number format, a fill, bold) — the look is
 * theirs from then on, as the value of a cell they typed over is: the next check writes our value again (it is
 * still ours) but leaves the format as the clerk set it, and a third check changes nothing. Through both
 * appliers (the CLI's copy edited as Excel saves it, and the add-in on the strict Excel fake), in formulas and
 * values mode. Cells: a header of our indicator block (our bold + blue fill), the execution rate of our schedule
 * block (our 0.00%), and a budget and a light cell of the summary sheet.
 * Then 清除标记: it takes our values and the look we gave, not the look the clerk gave a cell of ours that we wrote
 * without one (bold on a 状态) or over ours (their 0.0% and fill on our 执行率, their yellow on our 状态 header):
 * those stay on the emptied cells. Of a header's look only what is still ours goes (our bold beside their yellow;
 * our blue fill on a header whose bold they took off), compared with what the record says we wrote there. The summary
 * sheet stays, for the clerk's number format on it.
 */
import { cellName, keyRow } from "../../src/core/a1";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../src/core/types";
import { BOTH_DRIVERS, BOTH_MODES, AS_OF, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const SUMMARY = "监控汇总";
const TABLE = "办公用品采购";
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: AS_OF };

/** The column of a text on a row of the snapshot. */
function columnOf(snapshot: WorkbookSnapshot, sheet: string, row: number, text: string): number {
  const s = snapshot.sheets.find((x) => x.name === sheet)!;
  const col = (s.values[row - s.originRow] ?? []).indexOf(text);
  if (col < 0) throw new Error(`no ${text} on row ${row + 1}`);
  return col + s.originCol;
}

/** The clerk's formats, on cells found as a person finds them: by our header texts. */
function formatting(snapshot: WorkbookSnapshot): UserEdit[] {
  const t = checkWorkbook(snapshot, SETTINGS).tables.find((c) => c.table.sheet === S && c.table.name === TABLE)!.table;
  const scheduleHeader = keyRow(t.schedule[0].labelCell);
  const status = columnOf(snapshot, S, t.header.row, "状态");
  return [
    { sheet: S, row: t.header.row, col: status, format: { fill: "FFFF00" } },
    { sheet: S, row: t.header.row, col: columnOf(snapshot, S, t.header.row, "预警"), format: { bold: false } },
    { sheet: S, row: t.indicators[0].row, col: status, format: { bold: true } },
    {
      sheet: S,
      row: keyRow(t.schedule[0].percentCell),
      col: columnOf(snapshot, S, scheduleHeader, "执行率"),
      format: { numberFormat: "0.0%", fill: "E2EFDA" },
    },
    { sheet: SUMMARY, row: 6, col: 2, format: { numberFormat: "#,##0.00" } },
    { sheet: SUMMARY, row: 6, col: 8, format: { bold: true } },
  ];
}

const cellsOf = (edits: UserEdit[]) =>
  edits.map((e) => `${e.sheet}!${cellName((e as { row: number }).row, (e as { col: number }).col)}`);

const drivers = BOTH_DRIVERS;

describe.each(drivers)("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode: the clerk formats cells of ours, then checks again", ({ formulas }) => {
    let checked: Held;
    let formatted: Held;
    let second: Held;
    let third: Held;
    let cleared: Held;
    let seed: Held;
    let cells: string[];

    beforeAll(async () => {
      seed = await driver.held(await driver.open());
      const once = (await driver.check(await driver.open(), formulas)).workbook;
      checked = await driver.held(once);
      const edits = formatting(await driver.snapshot(once));
      cells = cellsOf(edits);
      const edited = await driver.edit(once, edits);
      formatted = await driver.held(edited);
      const again = (await driver.check(edited, formulas)).workbook;
      second = await driver.held(again);
      const thrice = (await driver.check(again, formulas)).workbook;
      third = await driver.held(thrice);
      cleared = await driver.held((await driver.clear(thrice)).workbook);
    });

    test("the edit really changed the look of our cells, not their values", () => {
      for (const cell of cells) {
        expect(formatted.cells.get(cell)).toBe(checked.cells.get(cell));
        expect([cell, formatted.formats.get(cell)]).not.toEqual([cell, checked.formats.get(cell)]);
      }
    });

    test("the next check keeps the clerk's formats (and writes our values as before)", () => {
      for (const cell of cells) expect([cell, second.formats.get(cell)]).toEqual([cell, formatted.formats.get(cell)]);
      expect(second.formats).toEqual(formatted.formats);
      expect(second.cells).toEqual(formatted.cells);
    });

    test("a third check changes nothing", () => {
      expect(third.formats).toEqual(second.formats);
      expect(third.cells).toEqual(second.cells);
      expect(third.notes).toEqual(second.notes);
      expect(third.rules).toEqual(second.rules);
    });

    test("清除标记 keeps the look the clerk gave cells of ours and takes only ours", () => {
      const [yellowHeader, unboldHeader, boldStatus, rate] = cells;
      // Their bold on a 状态 we wrote plain, their 0.0% and fill on our 执行率: kept on the emptied cells.
      const theirs = [boldStatus, rate];
      for (const cell of theirs) {
        expect(cleared.cells.get(cell)).toBeUndefined();
        expect([cell, cleared.formats.get(cell)]).toEqual([cell, formatted.formats.get(cell)]);
      }
      // Our headers go; their yellow stays without our bold, our fill goes from the one they made plain.
      expect(formatted.formats.get(yellowHeader)).toBe("General|b|FFFF00");
      expect(formatted.formats.get(unboldHeader)).toBe("General||DDEBF7");
      for (const cell of [yellowHeader, unboldHeader]) expect(cleared.cells.get(cell)).toBeUndefined();
      expect(cleared.formats.get(yellowHeader)).toBe("General||FFFF00");
      expect(cleared.formats.get(unboldHeader)).toBeUndefined();
      // The summary stays: their #,##0.00 on our 预算数 is formatting of theirs (summaryClerkLooks.test.ts), kept on the
      // emptied cell. Their bold on our 预警 stays where we wrote that cell empty (values: no light yet; an empty cell
      // of ours loses only our number format), and goes with our look where it held our formula (bold is our look there).
      const [budget, light] = cells.slice(4);
      expect(cleared.sheets).toContain(SUMMARY);
      expect([budget, cleared.formats.get(budget)]).toEqual([budget, formatted.formats.get(budget)]);
      expect(checked.cells.has(light)).toBe(formulas);
      expect([light, cleared.formats.get(light)]).toEqual([light, formulas ? undefined : formatted.formats.get(light)]);
      // Every other look is the seed's again: none of ours stays.
      const rest = new Map(
        [...cleared.formats].filter(([cell]) => ![...theirs, yellowHeader, budget, light].includes(cell)),
      );
      expect(rest).toEqual(seed.formats);
    });
  });
});
