/**
 * A finance officer types a remark beside a project's row of our summary (监控汇总 N7, beside 办公用品采购), then the
 * project's table stops reading for a while (its indicator header retyped, seed-one-sheet.xlsx: one of eight tables on
 * 预算项目绩效目标) and reads again (the header put back). The project's summary row stays where it was, with the
 * remark beside it: while the table is unread its row is kept as it stands (as its monitoring columns are,
 * unreadBlocks.ts), and once it reads again it takes that row back. A check more changes nothing.
 * Before (breaker44 left it): the unread table's row was emptied; read again, the project got a new row after the
 * others, the remark stayed beside an empty row, and that row, now the clerk's, cut the chart short
 * (“「监控汇总」第 7 行有您填写的内容，已保留未改…”).
 */
import { BOTH_DRIVERS, heldOnSheet } from "./drivers";
import { restoredHeader, retypedHeader } from "./headerEdits";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const SUMMARY = "监控汇总";
/** 办公用品采购's indicator header row on S (0-based), and its row on the summary. */
const HEADER_ROW = 43;
const ROW = 6;
const REMARK = { sheet: SUMMARY, row: ROW, col: 13, type: "已与项目单位核对" };

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  test("a remark beside an unread table's summary row stays beside it when the table reads again", async () => {
    const checked = (await driver.check(await driver.open(), false)).workbook;
    const remarked = await driver.edit(checked, [REMARK]);
    const asRemarked = heldOnSheet(await driver.held(remarked), SUMMARY);
    const name = (await driver.held(remarked)).cells.get(`${SUMMARY}!A7`);
    expect(name).toBe('v:"办公用品采购"');

    const unread = await driver.check(await driver.edit(remarked, retypedHeader(S, HEADER_ROW)), false);
    expect(unread.check!.tables.some((c) => c.table.name === "办公用品采购")).toBe(false);
    // Its row is kept as it stands: name, link and the last check's figures, the remark beside it.
    const whileUnread = await driver.held(unread.workbook);
    expect(whileUnread.cells.get(`${SUMMARY}!A7`)).toBe(name);
    expect(whileUnread.cells.get(`${SUMMARY}!N7`)).toBe('v:"已与项目单位核对"');
    expect(unread.messages.filter((m) => m.includes(`「${SUMMARY}」第`))).toEqual([]);

    const back = await driver.check(await driver.edit(unread.workbook, restoredHeader(S, HEADER_ROW)), false);
    expect(back.messages.filter((m) => m.includes(`「${SUMMARY}」第`))).toEqual([]);
    expect(heldOnSheet(await driver.held(back.workbook), SUMMARY)).toBe(asRemarked);
    const again = await driver.check(back.workbook, false);
    expect(heldOnSheet(await driver.held(again.workbook), SUMMARY)).toBe(asRemarked);
  });
});
