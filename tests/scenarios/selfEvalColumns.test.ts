/**
 * A year-end self-evaluation (layouts/national-self-eval.xlsx: 绩效自评表, its own 实际完成值 and 偏差原因分析) is made
 * after the year: the check no longer gives it 全年预计完成值 and 完成可能性, the monitoring template's two questions
 * about the rest of the year (before: both, right of the form, for the clerk to leave empty on an official
 * submission). 状态, 预警 and 备注 are given as before. A workbook checked by an earlier version keeps the two columns
 * where they are, with what the clerk typed in them: nothing of a check's is taken away by the next one.
 */
import path from "node:path";
import { BOTH_DRIVERS, heldOnSheet, xlsxDriver } from "./drivers";

jest.setTimeout(120_000);

const LAYOUTS = path.join(__dirname, "../fixtures/layouts");
const SHEET = "绩效自评表";
const AT = "2024-12-31";
/** The form's header row (11) from J on: what the check puts right of the form's own columns (A–I). */
const RIGHT_OF_FORM = ["J11", "K11", "L11", "M11", "N11"];
/** What a self-evaluation gets there from a check of this version: 状态, 预警, 备注, and nothing after. */
const OURS_NOW = ['v:"状态"', 'v:"预警"', 'v:"备注"', undefined, undefined];
const rightOfForm = (held: { cells: Map<string, string> }) =>
  RIGHT_OF_FORM.map((a1) => held.cells.get(`${SHEET}!${a1}`));

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  test("a first check gives a self-evaluation 状态, 预警 and 备注, not the forecast and likelihood columns", async () => {
    const first = await driver.check(await driver.open(path.join(LAYOUTS, "national-self-eval.xlsx")), false, AT);
    const held = await driver.held(first.workbook);
    expect(rightOfForm(held)).toEqual(OURS_NOW);
    const headers = [...held.cells.values()];
    expect(headers).not.toContain('v:"全年预计完成值"');
    expect(headers).not.toContain('v:"完成可能性"');
    // Judged as before: 巡检次数 20 of ≥24 is 未达标, red.
    expect([held.cells.get(`${SHEET}!J13`), held.cells.get(`${SHEET}!K13`)]).toEqual(['v:"未达标"', 'v:"红"']);
    const again = await driver.check(first.workbook, false, AT);
    expect(heldOnSheet(await driver.held(again.workbook), SHEET)).toBe(heldOnSheet(held, SHEET));
  });

  test("checked by an earlier version: its two columns stay, with what the clerk typed, and a check more changes nothing", async () => {
    // Made by the command line of 2026-12-04 (session 47): J 全年预计完成值, K 状态, L 预警, M 完成可能性, N 备注.
    const old = await driver.open(path.join(LAYOUTS, "national-self-eval.checked-session47.xlsx"));
    const typed = await driver.edit(old, [{ sheet: SHEET, row: 12, col: 12, type: "确定能" }]);
    const second = await driver.check(typed, false, AT);
    const held = await driver.held(second.workbook);
    expect(rightOfForm(held)).toEqual(['v:"全年预计完成值"', 'v:"状态"', 'v:"预警"', 'v:"完成可能性"', 'v:"备注"']);
    expect(held.cells.get(`${SHEET}!M13`)).toBe('v:"确定能"');
    const third = await driver.check(second.workbook, false, AT);
    expect(heldOnSheet(await driver.held(third.workbook), SHEET)).toBe(heldOnSheet(held, SHEET));
  });
});

/**
 * review48: the clerk of a self-evaluation checked by an earlier version deletes the two columns that have no place on
 * it (全年预计完成值 at J, then 完成可能性, M before and L after the first deletion). The next check re-placed both
 * right of the block, saying “…请改在 N 列填写”: the columns a first check no longer gives came back for good. A
 * self-evaluation's column of the rest of the year that is gone stays gone; the others are found where they moved.
 * Through the CLI's copy: the copy was made by the command line, whose record the Excel fake's reading of the file does
 * not find again (its sheet ids are the file's, not Excel's).
 */
describe("xlsx (CLI checked copy), columns deleted", () => {
  const driver = xlsxDriver;
  test("checked by an earlier version, the forecast and likelihood columns deleted: not put back", async () => {
    const old = await driver.open(path.join(LAYOUTS, "national-self-eval.checked-session47.xlsx"));
    const deleted = await driver.edit(old, [
      { sheet: SHEET, axis: "col", at: 9, count: -1 },
      { sheet: SHEET, axis: "col", at: 11, count: -1 },
      { sheet: SHEET, row: 12, col: 11, type: "已核实" },
    ]);
    const second = await driver.check(deleted, false, AT);
    expect(second.messages).toEqual([]);
    const held = await driver.held(second.workbook);
    expect(rightOfForm(held)).toEqual(OURS_NOW);
    expect(held.cells.get(`${SHEET}!L13`)).toBe('v:"已核实"');
    expect([held.cells.get(`${SHEET}!J13`), held.cells.get(`${SHEET}!K13`)]).toEqual(['v:"未达标"', 'v:"红"']);
    const third = await driver.check(second.workbook, false, AT);
    expect(third.messages).toEqual([]);
    expect(heldOnSheet(await driver.held(third.workbook), SHEET)).toBe(heldOnSheet(held, SHEET));
  });
});
