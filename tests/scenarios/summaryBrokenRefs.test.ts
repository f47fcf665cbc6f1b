/**
 * Formulas mode: the clerk deletes the rows of a whole goal table (检察业务费, rows 52–67 of 预算项目绩效目标). Our
 * summary row of that project points into those rows; Excel rewrites each of its references to the deleted cells as
 * #REF! ('表'!$K$62:$K$67 → '表'!#REF!: excelShift.ts FOLLOW). Those cells are still ours — the host broke them, not
 * the clerk —, so the next check empties the gone project's row whole and Clear marks takes them (and the summary sheet,
 * nothing else being on it). Before, the four light counts (a range turned #REF!) no longer matched what we wrote:
 * they were called the clerk's and kept, broken, through every check and Clear marks.
 * The boundary: a formula the clerk typed into a cell of ours (their own 红灯数) that the same deletion broke stays
 * theirs. Through the CLI's checked copy (edited as Excel saves it) and the add-in (the strict Excel fake); WPS, which
 * writes values, re-checks the workbook Excel checked and the clerk edited (as the CLI's copy holds it).
 */
import { runCheck, runClear } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, BOTH_DRIVERS, heldOfWps, xlsxDriver, type Held } from "./drivers";

jest.setTimeout(180_000);

const S = "预算项目绩效目标";
const SUM = "监控汇总";
/** 检察业务费: its table's rows (0-based) and its row on the summary. */
const TABLE = { at: 51, count: 16 };
const ROW = 7;
/** The clerk's own 红灯数 over ours on that row, pointing into the table (the deletion breaks it too). */
const THEIRS = `=SUM('${S}'!K62:K67)`;

const summaryCells = (held: Held) => [...held.cells].filter(([k]) => k.startsWith(`${SUM}!`));
const broken = (held: Held) => summaryCells(held).filter(([, v]) => v.includes("#REF!"));
const row = (held: Held, r: number) =>
  summaryCells(held).filter(([k]) => /^[^!]*![A-Z]+(\d+)$/.exec(k)![1] === `${r + 1}`);

describe.each(BOTH_DRIVERS)("$name, formulas: a goal table's rows deleted", (driver) => {
  let edited: Held;
  let second: Held;
  let third: Held;
  let cleared: Held;
  let clearedEarly: Held;
  let messages: string[];
  let typedOver: Held;
  let typedCleared: Held;
  beforeAll(async () => {
    const deleted = async (typed: boolean) => {
      const once = (await driver.check(await driver.open(), true)).workbook;
      const own = typed ? await driver.edit(once, [{ sheet: SUM, row: ROW, col: 9, type: THEIRS }]) : once;
      return driver.edit(own, [{ sheet: S, axis: "row", at: TABLE.at, count: -TABLE.count }]);
    };
    const w = await deleted(false);
    edited = await driver.held(w);
    const again = await driver.check(w, true);
    messages = again.messages;
    second = await driver.held(again.workbook);
    const thrice = (await driver.check(again.workbook, true)).workbook;
    third = await driver.held(thrice);
    cleared = await driver.held((await driver.clear(thrice)).workbook);
    // The Excel fake is changed in place: Clear marks right after the deletion, and the typed story, start anew.
    clearedEarly = await driver.held((await driver.clear(await deleted(false))).workbook);
    const typed = (await driver.check(await deleted(true), true)).workbook;
    typedOver = await driver.held(typed);
    typedCleared = await driver.held((await driver.clear(typed)).workbook);
  });

  test("the deletion broke our light counts of that project into #REF!", () => {
    expect(broken(edited).map(([k]) => k)).toEqual(
      expect.arrayContaining(["J", "K", "L", "M"].map((c) => `${SUM}!${c}${ROW + 1}`)),
    );
  });

  test("the next check empties the gone project's row whole: no #REF! left, no cell called the clerk's", () => {
    expect(broken(second)).toEqual([]);
    expect(messages.join("\n")).not.toMatch(/不再视为本工具的内容|您写入的内容/);
    expect(summaryCells(second).map(([, v]) => v)).not.toContain('v:"检察业务费"');
    expect(third.cells).toEqual(second.cells);
  });

  test("Clear marks takes every cell of ours, broken or not, and the summary sheet with them", () => {
    expect(cleared.sheets).not.toContain(SUM);
    expect(clearedEarly.sheets).not.toContain(SUM);
  });

  test("the clerk's own formula over ours, broken by the same deletion, stays theirs through the check and Clear marks", () => {
    const theirs = [[`${SUM}!J${ROW + 1}`, `f:SUM('${S}'!#REF!)`]];
    expect(broken(typedOver)).toEqual(theirs);
    expect(row(typedOver, ROW)).toEqual(theirs);
    expect(summaryCells(typedCleared)).toEqual(theirs);
  });
});

describe("WPS (values) re-checks the workbook checked with formulas and edited by the clerk", () => {
  let second: Held;
  let cleared: Held;
  beforeAll(async () => {
    const d = xlsxDriver;
    const once = (await d.check(await d.open(), true)).workbook;
    const edited = await d.edit(once, [{ sheet: S, axis: "row", at: TABLE.at, count: -TABLE.count }]);
    const fake = new FakeWps(modelFromSnapshot(readWorkbookBytes(edited).snapshot));
    runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    second = heldOfWps(fake.model);
    runClear(fake.app);
    cleared = heldOfWps(fake.model);
  });

  test("the gone project's row is emptied whole; Clear marks takes the summary sheet", () => {
    expect(broken(second)).toEqual([]);
    expect(summaryCells(second).map(([, v]) => v)).not.toContain('v:"检察业务费"');
    expect(cleared.sheets).not.toContain(SUM);
  });
});
