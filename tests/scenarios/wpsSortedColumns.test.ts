/**
 * The clerk, in WPS 表格, sorts only the goal table's own columns between two checks (二级指标 … 指标值确定依据, by
 * 三级指标 in reverse order): our columns, with the 实际完成值 they typed, stay where they were. The WPS fake imitates no
 * sort, so the sort is made as its result: the table's cells of those rows written back in the new order (the cells are
 * values, no formula, all General: a sort moves nothing else there; text entered with its "'" so it stays the text). The check goes through the add-in's own path (actions.runCheck, one
 * pipeline with Excel and the CLI): each indicator beside another one's actual is said, not judged from it (our 状态:
 * 实际值错位), every typed actual stays, a third check changes nothing; sorted back, the check is clean again.
 */
import { cellName } from "../../src/core/a1";
import { runCheck } from "../../src/host/wps/actions";
import type { FakeWps } from "../host/wps/fake";
import { SETTINGS, TODAY, wpsClerk } from "./wpsClerk";

const clerk = wpsClerk("seed-one-sheet.xlsx");
const TABLE = "检察业务费";
/** 工作完成率 (100%), 工作合格率 (100%), 预算执行率 (≥90%): all different. */
const ACTUALS = [50, 100, 95];

interface Place {
  rows: number[];
  left: number;
  right: number;
  nameCol: number;
  actualCol: number;
  statusCol: number;
}

function check(fake: FakeWps) {
  const report = runCheck(fake.app, SETTINGS, TODAY);
  return { check: report.check!, said: report.check!.diagnostics.map((d) => d.message).join("\n") };
}

const cell = (fake: FakeWps, sheet: string, row: number, col: number) =>
  fake.app.ActiveWorkbook!.Worksheets.Item(sheet).Range(cellName(row, col));

/** The sort's result: each row's cells of the table's own columns (left … right) moved to `order`'s row. */
function sortTableColumns(fake: FakeWps, sheet: string, place: Place, order: number[]) {
  const rowsNow = place.rows.map((row) => {
    const out: unknown[] = [];
    for (let col = place.left; col <= place.right; col++) out.push(cell(fake, sheet, row, col).Value2);
    return out;
  });
  // Text with the leading "'" that keeps it text (the fake reads entered text as typed input: "100%" would be 1).
  const entered = (value: unknown) => (typeof value === "string" ? `'${value}` : value);
  place.rows.forEach((row, i) => {
    rowsNow[order[i]].forEach((value, k) => (cell(fake, sheet, row, place.left + k).Value2 = entered(value) as never));
  });
}

describe("WPS: the clerk sorts only the table's own columns between two checks", () => {
  let fake: FakeWps;
  let place: Place;
  let names: unknown[];
  let statusBefore: unknown[];
  let second: { said: string; statuses: unknown[]; actuals: unknown[] };
  let third: { said: string; statuses: unknown[]; actuals: unknown[] };
  let back: { said: string; statuses: unknown[]; actuals: unknown[] };

  const look = (run: { said: string }) => ({
    said: run.said,
    statuses: place.rows.map((row) => cell(fake, clerk.user, row, place.statusCol).Value2),
    actuals: place.rows.map((row) => cell(fake, clerk.user, row, place.actualCol).Value2),
  });

  beforeAll(() => {
    fake = clerk.open();
    const first = check(fake).check;
    const table = first.tables.map((c) => c.table).find((t) => t.sheet === clerk.user && t.name === TABLE)!;
    const header = (col: number) => cell(fake, clerk.user, table.header.row, col).Value2;
    const colOf = (text: string) => {
      for (let col = table.range.left; col < table.range.left + 40; col++) if (header(col) === text) return col;
      throw new Error(`no ${text} on the header row`);
    };
    const rows = table.indicators.slice(0, ACTUALS.length).map((i) => i.row);
    place = {
      rows,
      left: table.range.left + 1, // the 一级指标 is merged over the rows: left out, as Excel would refuse it
      right: colOf("指标值确定依据"),
      nameCol: table.range.left + 2,
      actualCol: colOf("实际完成值"),
      statusCol: colOf("状态"),
    };
    names = rows.map((row) => cell(fake, clerk.user, row, place.nameCol).Value2);
    rows.forEach((row, i) => (cell(fake, clerk.user, row, place.actualCol).Value2 = ACTUALS[i]));
    check(fake);
    statusBefore = rows.map((row) => cell(fake, clerk.user, row, place.statusCol).Value2);
    sortTableColumns(fake, clerk.user, place, [2, 1, 0]);
    second = look(check(fake));
    third = look(check(fake));
    sortTableColumns(fake, clerk.user, place, [2, 1, 0]); // sorted back
    back = look(check(fake));
  });

  test("the sort moved the table's rows only: the indicators in reverse order, the actuals where they were", () => {
    expect(second.actuals).toEqual(ACTUALS);
    expect(names[0]).not.toBe(names[2]);
  });

  test("the check names each indicator now beside another one's actual, and judges it from nothing there", () => {
    for (const name of [names[0], names[2]]) expect(second.said).toMatch(`「${String(name)}」的实际完成值已不在它旁边`);
    expect(second.said).not.toMatch(`「${String(names[1])}」的实际完成值`);
    expect(second.statuses).toEqual(["实际值错位", statusBefore[1], "实际值错位"]);
  });

  test("a third check changes nothing and says the same", () => {
    expect(third).toEqual(second);
  });

  test("sorted back, the check is clean again: each indicator judged by its own actual, as before", () => {
    expect(back.said).not.toMatch(/实际完成值已不在/);
    expect(back.statuses).toEqual(statusBefore);
    expect(back.actuals).toEqual(ACTUALS);
  });
});
