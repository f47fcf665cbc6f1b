/**
 * The clerk renames headers of our monitoring columns (状态 → 完成状态, 实际完成值 → 1-10月实际完成值, 完成可能性 →
 * 完成目标可能性, the schedule's 执行率 → 1-10月执行率) and types beside them: an actual under the renamed 实际完成值, a column of their own right of
 * the block. A renamed header that still names our column is still our column: the next check finds the block by the
 * record, keeps their header text (never writes ours back), updates our values under it, adds no column — the workbook
 * is what a check without the renames gives, with their headers —, a further check changes nothing, and Clear marks
 * keeps their headers. Before, the block lost those columns: ours were written again in new columns right of it, and
 * their headers stood over cells we emptied.
 * The boundary: a header renamed to something that names another column (预警 → 负责人), or a column the clerk filled with
 * their own values under a renamed header, stays theirs: never written; our values go to a new column as before.
 * Through the CLI's checked copy and the add-in (strict Excel fake), in both modes; WPS (values) on its fake.
 */
import { cellName, keyRow } from "../../src/core/a1";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { readWorkbook as readWps } from "../../src/host/wps/read";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, BOTH_DRIVERS, BOTH_MODES, heldOfWps, xlsxDriver, type Driver, type Held } from "./drivers";
import { seedTable } from "./seedTable";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(180_000);

const S = "预算项目绩效目标";
const TABLE = "办公用品采购";

/** A text's column on a row of the sheet. */
function colOn(snapshot: WorkbookSnapshot, row: number, text: string): number {
  const s = snapshot.sheets.find((x) => x.name === S)!;
  const at = (s.values[row - s.originRow] ?? []).indexOf(text);
  if (at < 0) throw new Error(`no ${text} on row ${row + 1}`);
  return at + s.originCol;
}

/** The clerk's edits on a checked workbook: renames (cell → new text) and what they type beside them. */
function edits(snapshot: WorkbookSnapshot, story: "related" | "theirs") {
  const b = seedTable(snapshot, S, TABLE);
  const header = b.t.header.row;
  const scheduleRow = keyRow(b.t.schedule[0].labelCell);
  const type = (row: number, col: number, value: string | number): UserEdit => ({ sheet: S, row, col, type: value });
  const right = b.col("备注") + 1; // right of the block
  if (story === "related") {
    const renames = [
      type(header, b.col("状态"), "完成状态"),
      type(header, b.col("实际完成值"), "1-10月实际完成值"),
      type(header, b.col("完成可能性"), "完成目标可能性"), // the national template's words, read as the same column
      type(scheduleRow, colOn(snapshot, scheduleRow, "执行率"), "1-10月执行率"),
    ];
    const typing = [
      type(b.rows[0], b.col("实际完成值"), 80), // under their renamed 实际完成值, beside 完成状态
      type(header, right, "核对人"),
      type(b.rows[0], right, "张三"),
    ];
    return { renames, typing };
  }
  // 预警 renamed to a column of theirs; 状态 renamed, with their own values typed under it.
  const renames = [
    type(header, b.col("预警"), "负责人"),
    type(header, b.col("状态"), "完成状态"),
    ...b.rows.map((row) => type(row, b.col("状态"), "已核实")),
  ];
  return { renames, typing: [] as UserEdit[] };
}

const cellsOf = (held: Held, renamed: UserEdit[]) => {
  const cells = new Map(held.cells);
  for (const e of renamed) if ("type" in e) cells.set(`${S}!${cellName(e.row, e.col)}`, `v:${JSON.stringify(e.type)}`);
  return cells;
};

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  describe.each(BOTH_MODES)("$mode: headers of ours renamed, typed beside", ({ formulas }) => {
    let renames: UserEdit[];
    let second: Held;
    let third: Held;
    let control: Held;
    let cleared: Held;
    let clearedControl: Held;
    let messages: string[];
    beforeAll(async () => {
      const once = (await driver.check(await driver.open(), formulas)).workbook;
      const story = edits(await driver.snapshot(once), "related");
      renames = story.renames;
      const edited = await driver.edit(once, [...story.renames, ...story.typing]);
      const again = await driver.check(edited, formulas);
      messages = again.messages;
      second = await driver.held(again.workbook);
      const thrice = (await driver.check(again.workbook, formulas)).workbook;
      third = await driver.held(thrice);
      cleared = await driver.held((await driver.clear(thrice)).workbook);
      // The same typing without the renames (the Excel fake is changed in place: a new one).
      const plain = (await driver.check(await driver.open(), formulas)).workbook;
      const checked = (await driver.check(await driver.edit(plain, story.typing), formulas)).workbook;
      control = await driver.held(checked);
      clearedControl = await driver.held((await driver.clear(checked)).workbook);
    });

    test("their header texts stay; our values are under them, updated; no column added", () => {
      for (const e of renames)
        if ("type" in e) expect(second.cells.get(`${S}!${cellName(e.row, e.col)}`)).toBe(`v:${JSON.stringify(e.type)}`);
      expect(second).toEqual({ ...control, cells: cellsOf(control, renames) });
      expect(messages.join("\n")).not.toMatch(/已保留未改|不再视为本工具的内容/);
    });

    test("a further check changes nothing", () => {
      expect(third).toEqual(second);
    });

    test("清除标记 keeps their renamed headers and takes the rest of ours", () => {
      expect(cleared.cells).toEqual(cellsOf(clearedControl, renames));
    });
  });

  describe.each(BOTH_MODES)(
    "$mode: a header renamed to a column of theirs, a column filled with theirs",
    ({ formulas }) => {
      let renames: UserEdit[];
      let second: Held;
      let third: Held;
      let header: Map<string, string>;
      beforeAll(async () => {
        const once = (await driver.check(await driver.open(), formulas)).workbook;
        const snapshot = await driver.snapshot(once);
        renames = edits(snapshot, "theirs").renames;
        const again = (await driver.check(await driver.edit(once, renames), formulas)).workbook;
        second = await driver.held(again);
        third = await driver.held((await driver.check(again, formulas)).workbook);
        const row = seedTable(snapshot, S, TABLE).t.header.row;
        header = new Map([...second.cells].filter(([k]) => new RegExp(`^${S}![A-Z]+${row + 1}$`).test(k)));
      });

      test("their headers and values are kept; our status and light are written in columns of their own", () => {
        for (const e of renames)
          if ("type" in e)
            expect(second.cells.get(`${S}!${cellName(e.row, e.col)}`)).toBe(`v:${JSON.stringify(e.type)}`);
        expect([...header.values()]).toEqual(expect.arrayContaining(['v:"状态"', 'v:"预警"']));
        expect(third).toEqual(second);
      });
    },
  );
});

/**
 * 状态 renamed 完成状态, and a column of theirs inserted before it whose header names it too (审核状态), empty: our values
 * stay under 完成状态, their new column stays empty, no column is added. Before the column holding our values was
 * preferred, the nearer column took our values and 完成状态 was emptied.
 */
describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  test("values: a column of theirs that names ours too, inserted beside the renamed one, stays theirs", async () => {
    const once = (await driver.check(await driver.open(), false)).workbook;
    const b = seedTable(await driver.snapshot(once), S, TABLE);
    const header = b.t.header.row;
    const status = b.col("状态");
    const ourValues = b.rows.map((row) => b.value(row, status));
    const edited = await driver.edit(once, [
      { sheet: S, axis: "col", at: status, count: 1 },
      { sheet: S, row: header, col: status, type: "审核状态" },
      { sheet: S, row: header, col: status + 1, type: "完成状态" },
    ]);
    const before = await driver.held(edited);
    const again = (await driver.check(edited, false)).workbook;
    const after = seedTable(await driver.snapshot(again), S, TABLE);
    expect(b.rows.map((row) => after.value(row, status + 1))).toEqual(ourValues);
    expect(b.rows.map((row) => after.value(row, status))).toEqual(b.rows.map(() => null));
    const held = await driver.held(again);
    const headerRow = (h: Held) => [...h.cells].filter(([k]) => new RegExp(`^${S}![A-Z]+${header + 1}$`).test(k));
    expect(headerRow(held)).toEqual(headerRow(before));
  });
});

// ───── WPS (values), on its fake ─────

function wpsType(fake: FakeWps, edits: UserEdit[]): void {
  for (const e of edits)
    if ("type" in e)
      fake.app.ActiveWorkbook!.Worksheets.Item(e.sheet).Range(cellName(e.row, e.col)).Value2 = e.type as
        string | number;
}

describe("WPS (values): headers of ours renamed, typed beside", () => {
  let renames: UserEdit[];
  let second: Held;
  let third: Held;
  let control: Held;
  let cleared: Held;
  let clearedControl: Held;
  beforeAll(async () => {
    const seed = async () => {
      const fake = new FakeWps(modelFromSnapshot(readWorkbookBytes(await xlsxDriver.open()).snapshot));
      runCheck(fake.app, { asOf: AS_OF }, AS_OF);
      return fake;
    };
    const fake = await seed();
    const story = edits(readWps(fake.app).snapshot, "related");
    renames = story.renames;
    wpsType(fake, [...story.renames, ...story.typing]);
    runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    second = heldOfWps(fake.model);
    runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    third = heldOfWps(fake.model);
    const plain = await seed();
    wpsType(plain, story.typing);
    runCheck(plain.app, { asOf: AS_OF }, AS_OF);
    control = heldOfWps(plain.model);
    runClear(fake.app);
    cleared = heldOfWps(fake.model);
    runClear(plain.app);
    clearedControl = heldOfWps(plain.model);
  });

  test("their header texts stay, our values under them; twice = once", () => {
    expect(second.cells).toEqual(cellsOf(control, renames));
    expect(third).toEqual(second);
  });

  test("清除标记 keeps their renamed headers", () => {
    expect(cleared.cells).toEqual(cellsOf(clearedControl, renames));
  });
});
