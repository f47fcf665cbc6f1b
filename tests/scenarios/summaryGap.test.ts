/**
 * breaker56: the clerk deletes a goal-table sheet of a checked workbook (seed-per-sheet.xlsx: one table a sheet), checks
 * again, then copies another sheet (Move or Copy…, to the end) and checks again — through both appliers (the CLI's
 * checked copy, the add-in on the strict Excel fake), in values and formulas mode; and in WPS 表格 (its strict fake).
 * Before: the deleted project's row on 监控汇总 was emptied where it stood — an empty row in the list of projects and an
 * empty bar in the chart (its series ran over it), kept for good: the copy's project went under the last row, never
 * into the gap. Now the projects under the gap move up, as a first check of the same workbook lists them: 监控汇总 is
 * what a first check writes, and the copy's project follows the last one. A remark the clerk typed beside a project
 * under the gap keeps the rows where they are (a remark stays beside what it is about; the gap stays, as before).
 */
import path from "node:path";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, BOTH_DRIVERS, BOTH_MODES, heldOfWps, heldOnSheet, xlsxDriver, type Driver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(240_000);

const PER_SHEET = path.join(__dirname, "../fixtures/seed-per-sheet.xlsx");
const SUMMARY = "监控汇总";
const GONE = "2 检察业务费";
const COPIED = "1 办公用品采购";
const COPY = "办公用品采购（副本）";

/** The project names in column A of the summary's rows 7.. down to the last filled one ("" for an empty row). */
const names = (held: Held): string[] => {
  const out: string[] = [];
  const last = Math.max(
    ...[...held.cells.keys()]
      .filter((k) => k.startsWith(`${SUMMARY}!A`))
      .map((k) => Number(k.slice(SUMMARY.length + 2))),
  );
  for (let r = 7; r <= last; r++) {
    const v = held.cells.get(`${SUMMARY}!A${r}`);
    out.push(v ? (JSON.parse(v.slice(2)) as string) : "");
  }
  return out;
};

/** The summary sheet and its chart, as one picture to compare between two workbooks (cells in address order). */
const summaryOf = (held: Held) => {
  const sheet = JSON.parse(heldOnSheet(held, SUMMARY)) as Record<string, unknown[]>;
  for (const list of Object.values(sheet)) list.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { sheet, chart: held.charts.get(SUMMARY) };
};

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
    let first: Held;
    let second: Held;
    let fresh: Held;
    let third: Held;
    let copied: Held;
    let freshCopied: Held;
    let messages: string[];

    beforeAll(async () => {
      const deletion: UserEdit[] = [{ sheet: GONE, deleteSheet: true }];
      const copy: UserEdit[] = [{ sheet: COPIED, copyTo: COPY }];
      const once = await driver.check(await driver.open(PER_SHEET), formulas);
      first = await driver.held(once.workbook);
      const again = await driver.check(await driver.edit(once.workbook, deletion), formulas);
      messages = again.messages;
      second = await driver.held(again.workbook);
      third = await driver.held((await driver.check(again.workbook, formulas)).workbook);
      const user = await driver.edit(await driver.open(PER_SHEET), deletion);
      fresh = await driver.held((await driver.check(user, formulas)).workbook);
      copied = await driver.held((await driver.check(await driver.edit(again.workbook, copy), formulas)).workbook);
      const userCopied = await driver.edit(await driver.open(PER_SHEET), [...deletion, ...copy]);
      freshCopied = await driver.held((await driver.check(userCopied, formulas)).workbook);
    });

    test("the deleted project's row is gone, not left empty: the projects under it moved up", () => {
      expect(names(first)).toHaveLength(8);
      expect(names(second)).toEqual(names(first).filter((n) => n !== "检察业务费"));
      expect(second.charts.get(SUMMARY)).toEqual(["A7:A13", "E7:E13", "F7:F13"]);
      expect(messages.join("\n")).not.toMatch(/已保留未改/);
    });

    test("监控汇总 is what a first check of the same workbook writes, and a third check changes nothing", () => {
      expect(summaryOf(second)).toEqual(summaryOf(fresh));
      expect(third).toEqual(second);
    });

    test("a sheet copied then: its project follows the last one, as a first check lists it", () => {
      expect(names(copied)).toEqual([...names(second), "办公用品采购"]);
      expect(summaryOf(copied)).toEqual(summaryOf(freshCopied));
    });
  });
});

describe.each(BOTH_DRIVERS)(
  "$name: a remark beside a project under the deleted one's row",
  (driver: Driver<unknown>) => {
    test("the rows stay where they are, the remark beside its project", async () => {
      const once = await driver.check(await driver.open(PER_SHEET), false);
      // Row 10 (4 司法救助): the clerk's remark in column O, right of our columns.
      const remark: UserEdit = { sheet: SUMMARY, row: 9, col: 14, type: "已督办" };
      const edited = await driver.edit(once.workbook, [remark, { sheet: GONE, deleteSheet: true }]);
      const again = await driver.check(edited, false);
      const held = await driver.held(again.workbook);
      expect(names(held)).toEqual(names(await driver.held(once.workbook)).map((n) => (n === "检察业务费" ? "" : n)));
      expect(held.cells.get(`${SUMMARY}!O10`)).toBe('v:"已督办"');
      expect(held.cells.get(`${SUMMARY}!A10`)).toBe('v:"司法救助"');
      const third = await driver.held((await driver.check(again.workbook, false)).workbook);
      expect(third).toEqual(held);
    });
  },
);

/** WPS 表格 (strict fake; values, as WPS writes): the same deletion and copy, by the clerk's right-click on the tabs. */
describe("WPS: a goal sheet deleted, then another copied", () => {
  let seed: WorkbookSnapshot;
  beforeAll(async () => {
    seed = readWorkbookBytes(await xlsxDriver.open(PER_SHEET)).snapshot;
  });
  const check = (fake: FakeWps) => runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  const copy = (fake: FakeWps) => {
    const last = fake.model.sheets.filter((s) => s.visible === -1).at(-1)!.name;
    fake.userSheet(COPIED).Copy(null, fake.userSheet(last));
  };

  test("the projects under the deleted one's row move up; the copy's follows the last; as a first check lists them", () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    check(fake);
    const first = heldOfWps(fake.model);
    fake.deleteSheet(GONE);
    check(fake);
    const second = heldOfWps(fake.model);
    copy(fake);
    check(fake);
    const copied = heldOfWps(fake.model);
    const fresh = new FakeWps(modelFromSnapshot(seed));
    fresh.deleteSheet(GONE);
    copy(fresh);
    check(fresh);
    expect(names(second)).toEqual(names(first).filter((n) => n !== "检察业务费"));
    expect(names(copied)).toEqual([...names(second), "办公用品采购"]);
    expect(summaryOf(copied)).toEqual(summaryOf(heldOfWps(fresh.model)));
  });
});

/**
 * review56b: the clerk's own formula points at a project's cell of 监控汇总 (=监控汇总!E10, 司法救助's 执行率, in a
 * report of theirs; or =A10 in a line they typed under the list). Moving the projects up would leave it showing
 * another project's figure, silently: the rows stay where they are (the gap stays, as before).
 */
describe.each(BOTH_DRIVERS)("$name: a formula of the clerk's points at a project's cell", (driver: Driver<unknown>) => {
  test.each([
    { where: "on another sheet", edit: { sheet: COPIED, row: 40, col: 10, type: `=${SUMMARY}!E10` } },
    { where: "under the list", edit: { sheet: SUMMARY, row: 29, col: 14, type: "=A10" } },
  ])("$where: the rows stay, the formula still reads its project's row", async ({ edit }) => {
    const once = await driver.check(await driver.open(PER_SHEET), false);
    const edited = await driver.edit(once.workbook, [edit, { sheet: GONE, deleteSheet: true }]);
    const again = await driver.check(edited, false);
    const held = await driver.held(again.workbook);
    expect(held.cells.get(`${SUMMARY}!A10`)).toBe('v:"司法救助"');
    expect(names(held)).toEqual(names(await driver.held(once.workbook)).map((n) => (n === "检察业务费" ? "" : n)));
  });
});
