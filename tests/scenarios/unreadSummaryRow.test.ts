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
import { cellName } from "../../src/core/a1";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, BOTH_DRIVERS, heldOfWps, heldOnSheet, xlsxDriver, type Held } from "./drivers";
import { restoredHeader, retypedHeader } from "./headerEdits";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const SUMMARY = "监控汇总";
/** 办公用品采购's indicator header row on S (0-based), and its row on the summary. */
const HEADER_ROW = 43;
const ROW = 6;
const REMARK = { sheet: SUMMARY, row: ROW, col: 13, type: "已与项目单位核对" };

/** A summary row's cells A–N, as held. */
const rowOf = (held: Held, row: number) =>
  [..."ABCDEFGHIJKLMN"].map((col) => held.cells.get(`${SUMMARY}!${col}${row}`) ?? null);

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  test("a remark beside an unread table's summary row stays beside it when the table reads again", async () => {
    const checked = (await driver.check(await driver.open(), false)).workbook;
    const asChecked = await driver.held(checked);
    expect(asChecked.chartTitles.get(SUMMARY)).toEqual(["计划进度与实际执行"]);
    const remarked = await driver.edit(checked, [REMARK]);
    const asRemarked = heldOnSheet(await driver.held(remarked), SUMMARY);
    const name = (await driver.held(remarked)).cells.get(`${SUMMARY}!A7`);
    expect(name).toBe('v:"办公用品采购"');

    const unread = await driver.check(await driver.edit(remarked, retypedHeader(S, HEADER_ROW)), false);
    expect(unread.check!.tables.some((c) => c.table.name === "办公用品采购")).toBe(false);
    // Its row is kept where it stands: name, link and the last check's amounts, the remark beside it.
    const whileUnread = await driver.held(unread.workbook);
    expect(whileUnread.cells.get(`${SUMMARY}!A7`)).toBe(name);
    expect(whileUnread.cells.get(`${SUMMARY}!N7`)).toBe('v:"已与项目单位核对"');
    expect(unread.messages.filter((m) => m.includes(`「${SUMMARY}」第`))).toEqual([]);
    for (const col of ["B", "C", "D", "J", "K", "L", "M"])
      expect(whileUnread.cells.get(`${SUMMARY}!${col}7`)).toBe(asChecked.cells.get(`${SUMMARY}!${col}7`));
    // It says it was not checked this time, and when it was last (the date of its figures), not a light as if current;
    // its 执行率 and 计划进度 (the chart's two series) and 滞后 are empty, and the chart's title says it is not drawn.
    expect(whileUnread.cells.get(`${SUMMARY}!I7`)).toBe(`v:"本次未读到（上次检查 ${AS_OF}）"`);
    for (const col of ["E", "F", "G"]) expect(whileUnread.cells.get(`${SUMMARY}!${col}7`)).toBeUndefined();
    expect(whileUnread.chartTitles.get(SUMMARY)).toEqual(["计划进度与实际执行（办公用品采购 本次未读到，未画出）"]);
    // Checked again while unread, later: the row stays as it is, its date the last check's that read the table.
    const stillUnread = await driver.check(unread.workbook, false, "2024-09-30");
    expect(rowOf(await driver.held(stillUnread.workbook), 7)).toEqual(rowOf(whileUnread, 7));

    const back = await driver.check(await driver.edit(unread.workbook, restoredHeader(S, HEADER_ROW)), false);
    expect(back.messages.filter((m) => m.includes(`「${SUMMARY}」第`))).toEqual([]);
    expect(heldOnSheet(await driver.held(back.workbook), SUMMARY)).toBe(asRemarked);
    expect((await driver.held(back.workbook)).chartTitles.get(SUMMARY)).toEqual(["计划进度与实际执行"]);
    const again = await driver.check(back.workbook, false);
    expect(heldOnSheet(await driver.held(again.workbook), SUMMARY)).toBe(asRemarked);
  });
});

/** The same in WPS 表格 (values mode; WPS gets no chart): the kept row says it was not read, twice = once. */
describe("WPS (values)", () => {
  let seed: WorkbookSnapshot;
  beforeAll(async () => {
    seed = readWorkbookBytes(await xlsxDriver.open()).snapshot;
  });
  const put = (fake: FakeWps, edits: UserEdit[]) => {
    for (const e of edits)
      if ("type" in e)
        fake.app.ActiveWorkbook!.Worksheets.Item(e.sheet).Range(cellName(e.row, e.col)).Value2 = e.type as string;
  };

  test("the row of an unread table says so, keeps the remark, and is taken back", () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    put(fake, [REMARK]);
    const asRemarked = heldOnSheet(heldOfWps(fake.model), SUMMARY);
    put(fake, retypedHeader(S, HEADER_ROW));
    runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    const whileUnread = heldOfWps(fake.model);
    expect(whileUnread.cells.get(`${SUMMARY}!A7`)).toBe('v:"办公用品采购"');
    expect(whileUnread.cells.get(`${SUMMARY}!I7`)).toBe(`v:"本次未读到（上次检查 ${AS_OF}）"`);
    for (const col of ["E", "F", "G"]) expect(whileUnread.cells.get(`${SUMMARY}!${col}7`)).toBeUndefined();
    expect(whileUnread.cells.get(`${SUMMARY}!N7`)).toBe('v:"已与项目单位核对"');
    runCheck(fake.app, { asOf: "2024-09-30" }, "2024-09-30");
    expect(rowOf(heldOfWps(fake.model), 7)).toEqual(rowOf(whileUnread, 7));
    put(fake, restoredHeader(S, HEADER_ROW));
    runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    expect(heldOnSheet(heldOfWps(fake.model), SUMMARY)).toBe(asRemarked);
  });
});
