/**
 * The clerk sorts a checked table's indicator rows between two checks, through both appliers (the CLI's checked copy,
 * the add-in on the strict Excel fake). Two ways Excel allows (excelShift.ts, SORT):
 * - whole rows: the table's columns and our monitoring columns beside them, by the actuals typed (实际完成值), in
 *   values mode and in formulas mode (our formulas move with their rows, their references to the row with them:
 *   excelShift.ts, FORMULAS; a range holding notes is not imitated: the rows are ones whose 状态 is green, no note).
 *   Each actual stays with its indicator, our 状态 moved with it and is rewritten in place, every cell the clerk typed
 *   is kept, nothing is kept as the clerk's, a third check changes nothing.
 * - the table's own columns only (二级指标 … 指标值确定依据), by 三级指标 in a custom order (CUSTOM_ORDER), our
 *   columns with the clerk's actuals left behind (Excel warns, the clerk goes on). The check says, per indicator, that
 *   the actual beside it was typed for another one and does not judge it from that (our 状态: 实际值错位); every actual
 *   typed is still there and a third check changes nothing. Told so, the clerk sorts back, or types each actual again
 *   beside its indicator: the check is clean again.
 */
import { cellName } from "../../src/core/a1";
import type { CellValue, WorkbookSnapshot } from "../../src/core/types";
import { fileReport } from "../../src/cli/report";
import { runPipeline, settingsFor, type PipelineRun } from "../../src/core/pipeline";
import { AS_OF, BOTH_DRIVERS, BOTH_MODES, xlsxDriver, type Driver, type Held } from "./drivers";
import { seedTable } from "./seedTable";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const TABLE = "检察业务费";

const table = (snapshot: WorkbookSnapshot) => seedTable(snapshot, S, TABLE);
const at = (row: number, col: number) => `${S}!${cellName(row, col)}`;

/**
 * Each indicator (its 三级指标) with the actual and our 状态 on its row; a formula with the references to its own row
 * written "·" (a formula that moved with its row reads the same).
 */
function byName(snapshot: WorkbookSnapshot, held: Held, rows: number[]) {
  const b = table(snapshot);
  const own = (row: number, text: string | undefined) =>
    text?.startsWith("f:") ? text.replace(new RegExp(`(?<=[A-Z])${row + 1}(?!\\d)`, "g"), "·") : text;
  return new Map(
    rows.map((row) => [
      b.value(row, b.t.range.left + 2),
      [held.cells.get(at(row, b.col("实际完成值"))), own(row, held.cells.get(at(row, b.col("状态"))))],
    ]),
  );
}

/** 工作完成率 (100%), 工作合格率 (100%), 预算执行率 (≥90%): all different. */
const TABLE_ACTUALS = [50, 100, 95];

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  describe.each(BOTH_MODES)(
    "$mode: the clerk sorts whole rows, our columns with them, by 实际完成值",
    ({ formulas }) => {
      /** 工作合格率 (100%) and 预算执行率 (≥90%): both met, green, no note on our 状态. */
      const ACTUALS = [100, 95];
      let rows: number[];
      let expected: Map<unknown, unknown[]>;
      let typed: (string | undefined)[];
      let sorted: { held: Held; snapshot: WorkbookSnapshot };
      let second: { held: Held; snapshot: WorkbookSnapshot; messages: string[]; diagnostics: string[] };
      let third: Held;

      beforeAll(async () => {
        const once = (await driver.check(await driver.open(), formulas)).workbook;
        const b = table(await driver.snapshot(once));
        rows = b.rows.slice(1, 1 + ACTUALS.length);
        const actual = b.col("实际完成值");
        const typing: UserEdit[] = rows.map((row, i) => ({ sheet: S, row, col: actual, type: ACTUALS[i] }));
        const checked = (await driver.check(await driver.edit(once, typing), formulas)).workbook;
        const checkedHeld = await driver.held(checked);
        // As the clerk's typing left them (formulas mode formats our empty 实际完成值 as a percentage: 95 → 0.95).
        typed = rows.map((row) => checkedHeld.cells.get(at(row, actual)));
        expected = byName(await driver.snapshot(checked), checkedHeld, rows);
        const header = (await driver.snapshot(checked)).sheets.find((s) => s.name === S)!.values[b.t.header.row];
        const right = header.length - 1 - [...header].reverse().findIndex((v) => v !== null);
        // The 一级指标 (merged over the rows) is left out: Excel refuses to sort merged areas of other sizes.
        const sort: UserEdit = {
          sheet: S,
          sort: { top: rows[0], left: b.t.range.left + 1, bottom: rows.at(-1)!, right },
          by: actual,
          ascending: true,
        };
        const after = await driver.edit(checked, [sort]);
        sorted = { held: await driver.held(after), snapshot: await driver.snapshot(after) };
        const again = await driver.check(after, formulas);
        second = {
          held: await driver.held(again.workbook),
          snapshot: await driver.snapshot(again.workbook),
          messages: again.messages,
          diagnostics: again.diagnostics ?? [],
        };
        third = await driver.held((await driver.check(again.workbook, formulas)).workbook);
      });

      test("the sort moved whole rows: the smallest actual first, each with its indicator and our 状态", () => {
        const b = table(sorted.snapshot);
        expect(rows.map((row) => sorted.held.cells.get(at(row, b.col("实际完成值"))))).toEqual([typed[1], typed[0]]);
        expect(byName(sorted.snapshot, sorted.held, rows)).toEqual(expected);
      });

      test("the next check keeps each actual with its indicator, keeps nothing as the clerk's", () => {
        expect(byName(second.snapshot, second.held, rows)).toEqual(expected);
        expect(second.messages.join("\n")).not.toMatch(/已保留未改/);
        // Whole rows moved, our columns with them: no actual left another indicator.
        expect([...second.messages, ...second.diagnostics].join("\n")).not.toMatch(/实际完成值已不在/);
      });

      test("a third check changes nothing", () => {
        expect(third).toEqual(second.held);
      });
    },
  );

  describe.each(BOTH_MODES)(
    "$mode: the clerk sorts only the table's own columns, the typed actuals left behind",
    ({ formulas }) => {
      let run: TableSorted;
      let third: { held: Held; said: string };
      let before: Map<unknown, unknown>;

      beforeAll(async () => {
        run = await sortTableOnly(driver, formulas);
        before = statusByName(run.checked.snapshot);
        const again = await driver.check(run.second.workbook, formulas);
        third = { held: await driver.held(again.workbook), said: saidBy(again) };
      });

      test("the sort moved the table's rows only: the indicators in reverse order", () => {
        expect(run.sortedNames).toEqual([...run.names].reverse());
      });

      test("every actual the clerk typed is still in its cell", () => {
        for (const [cell, value] of run.typed) expect(run.second.held.cells.get(cell)).toBe(value);
      });

      test("a third check changes nothing and says the same", () => {
        expect(third.held).toEqual(run.second.held);
        expect(third.said).toBe(run.second.said);
      });

      // Failed before sort40 (found as sort39, HIGH): each indicator was judged by the actual now on its row, silently.
      test("the check says the actuals no longer sit beside the indicators they were typed for", () => {
        // Each indicator now beside another one's actual is named (the first and the third swapped places).
        for (const name of [run.names[0], run.names[2]]) expect(run.second.said).toMatch(misplacedLine(name));
        // The middle one kept its place, and its actual: nothing said of it.
        expect(run.second.said).not.toMatch(misplacedLine(run.names[1]));
      });

      test("the indicators beside another one's actual are not judged; the one in its place is, as before", () => {
        const after = statusByName(run.second.snapshot);
        for (const name of [run.names[0], run.names[2]]) expect(after.get(name)).toBe("实际值错位");
        expect(after.get(run.names[1])).toBe(before.get(run.names[1]));
      });
    },
  );

  describe.each(BOTH_MODES)("$mode: told, the clerk sorts the table's columns back", ({ formulas }) => {
    let run: TableSorted;
    let back: { held: Held; snapshot: WorkbookSnapshot; said: string };
    let again: Held;

    beforeAll(async () => {
      run = await sortTableOnly(driver, formulas);
      const sortBack: UserEdit = { ...run.sort, customOrder: run.names.map(String) };
      const checked = await driver.check(await driver.edit(run.second.workbook, [sortBack]), formulas);
      back = {
        held: await driver.held(checked.workbook),
        snapshot: await driver.snapshot(checked.workbook),
        said: saidBy(checked),
      };
      again = await driver.held((await driver.check(checked.workbook, formulas)).workbook);
    });

    test("the check is clean again: each indicator judged by its own actual, as before the sort", () => {
      expect(back.said).not.toMatch(/实际完成值已不在/);
      expect(statusByName(back.snapshot)).toEqual(statusByName(run.checked.snapshot));
    });

    test("every actual the clerk typed is still in its cell, and a further check changes nothing", () => {
      for (const [cell, value] of run.typed) expect(back.held.cells.get(cell)).toBe(value);
      expect(again).toEqual(back.held);
    });
  });

  describe.each(BOTH_MODES)("$mode: told, the clerk types each actual again beside its indicator", ({ formulas }) => {
    let run: TableSorted;
    let retyped: { held: Held; snapshot: WorkbookSnapshot; said: string };

    beforeAll(async () => {
      run = await sortTableOnly(driver, formulas);
      const b = table(run.second.snapshot);
      const actual = b.col("实际完成值");
      const typing: UserEdit[] = run.rows.map((row, i) => ({
        sheet: S,
        row,
        col: actual,
        type: TABLE_ACTUALS[run.names.indexOf(run.sortedNames[i])],
      }));
      const checked = await driver.check(await driver.edit(run.second.workbook, typing), formulas);
      retyped = {
        held: await driver.held(checked.workbook),
        snapshot: await driver.snapshot(checked.workbook),
        said: saidBy(checked),
      };
    });

    test("the check is clean again: each indicator judged by the actual typed beside it now", () => {
      expect(retyped.said).not.toMatch(/实际完成值已不在/);
      expect(statusByName(retyped.snapshot)).toEqual(statusByName(run.checked.snapshot));
    });
  });
});

describe.each(BOTH_DRIVERS)("$name: told, the clerk inserts rows and a column instead of sorting back", (driver) => {
  const NEW_NAME = "培训合格率";
  let run: TableSorted;
  let inserted: { held: Held; snapshot: WorkbookSnapshot; said: string };
  let third: Held;

  beforeAll(async () => {
    run = await sortTableOnly(driver, false);
    const b = table(run.second.snapshot);
    // A row above every table, a column left of them, and a new indicator between the first two rows of this one.
    const shifts: UserEdit[] = [
      { sheet: S, axis: "row", at: run.rows[1], count: 1 },
      { sheet: S, axis: "row", at: 0, count: 1 },
      { sheet: S, axis: "col", at: 0, count: 1 },
    ];
    const newRow = run.rows[1] + 1;
    const typing: UserEdit[] = [
      { sheet: S, row: newRow, col: b.t.range.left + 3, type: NEW_NAME },
      { sheet: S, row: newRow, col: b.col("指标值") + 1, type: "≥80%" },
    ];
    const edited = await driver.edit(await driver.edit(run.second.workbook, shifts), typing);
    const checked = await driver.check(edited, false);
    inserted = {
      held: await driver.held(checked.workbook),
      snapshot: await driver.snapshot(checked.workbook),
      said: saidBy(checked),
    };
    third = await driver.held((await driver.check(checked.workbook, false)).workbook);
  });

  test("the new indicator was read, where the clerk put it", () => {
    expect(statusByName(inserted.snapshot).has(NEW_NAME)).toBe(true);
  });

  test("the check still says the same of the same indicators, and judges the new one", () => {
    for (const name of [run.names[0], run.names[2]]) expect(inserted.said).toMatch(misplacedLine(name));
    for (const name of [run.names[1], NEW_NAME]) expect(inserted.said).not.toMatch(misplacedLine(name));
    const statuses = statusByName(inserted.snapshot);
    expect([run.names[0], run.names[2]].map((name) => statuses.get(name))).toEqual(["实际值错位", "实际值错位"]);
    expect(statuses.get(NEW_NAME)).not.toBe("实际值错位");
  });

  test("every actual the clerk typed is still there, and a third check changes nothing", () => {
    const b = table(inserted.snapshot);
    const actuals = b.rows.map((row) => inserted.held.cells.get(at(row, b.col("实际完成值"))));
    expect(actuals.filter((v) => v !== undefined)).toEqual([...run.typed.values()]);
    expect(third).toEqual(inserted.held);
  });
});

describe("the CLI's check of the sorted file, with our record and with an earlier version's", () => {
  let run: PipelineRun;
  let current: PipelineRun;
  let names: CellValue[];
  let sorted: WorkbookSnapshot;

  beforeAll(async () => {
    const d = xlsxDriver;
    const once = (await d.check(await d.open(), false)).workbook;
    const b = table(await d.snapshot(once));
    const rows = b.rows.slice(0, TABLE_ACTUALS.length);
    names = rows.map((row) => b.value(row, b.t.range.left + 2));
    const typing: UserEdit[] = rows.map((row, i) => ({
      sheet: S,
      row,
      col: b.col("实际完成值"),
      type: TABLE_ACTUALS[i],
    }));
    const checked = (await d.check(await d.edit(once, typing), false)).workbook;
    const sort: UserEdit = {
      sheet: S,
      sort: { top: rows[0], left: b.t.range.left + 1, bottom: rows.at(-1)!, right: b.col("指标值确定依据") },
      by: b.t.range.left + 2,
      ascending: true,
      customOrder: [...names].reverse().map(String),
    };
    sorted = await d.snapshot(await d.edit(checked, [sort]));
    current = runPipeline(sorted, settingsFor(sorted, { asOf: AS_OF }, AS_OF), { formulas: false });
    // The record as versions before 2026-12 wrote it: each block [kind, header row, left column, columns], no rows.
    const record = JSON.parse(sorted.marks!) as { blocks: Record<string, unknown[][]> };
    for (const list of Object.values(record.blocks)) list.forEach((entry, i) => (list[i] = entry.slice(0, 4)));
    const old = { ...sorted, marks: JSON.stringify(record) };
    run = runPipeline(old, settingsFor(old, { asOf: AS_OF }, AS_OF), { formulas: false });
  });

  test("the report says it, one line per indicator, in Chinese and in English", () => {
    const zh = fileReport("x.xlsx", "x.checked.xlsx", current.check, "zh");
    const en = fileReport("x.xlsx", "x.checked.xlsx", current.check, "en");
    for (const name of [names[0], names[2]]) {
      expect(zh.filter((line) => line.includes(`「${String(name)}」的实际完成值已不在它旁边`))).toHaveLength(1);
      expect(
        en.filter((line) => line.includes(`The actual of “${String(name)}” no longer sits beside it`)),
      ).toHaveLength(1);
    }
  });

  test("an earlier version's record (no rows kept): the check works as it did, nothing compared, nothing said", () => {
    expect(run.outcome).toBe("planned");
    expect(run.check.misplaced).toBeUndefined();
    expect(run.check.diagnostics.map((d) => d.text.code)).not.toContain("check.actual-misplaced");
    expect(run.check.tables.flatMap((c) => c.results).map((r) => r.status)).not.toContain("unknown");
  });

  test("an earlier version's record: the new record keeps which indicator each row is for, so the next check can tell", () => {
    if (run.outcome !== "planned") throw new Error("not planned");
    const blocks = run.plan.marks.blocks!.filter((b) => b.kind === "indicators");
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(b.rowsFor?.length).toBeGreaterThan(0);
  });
});

/** Each indicator (its 三级指标) with what our 状态 on its row shows (a formula: its value). */
function statusByName(snapshot: WorkbookSnapshot) {
  const b = table(snapshot);
  return new Map(b.rows.map((row) => [b.value(row, b.t.range.left + 2), b.value(row, b.col("状态"))]));
}

/** What a check said: the plan's messages and the check's notes, one a line. */
const saidBy = (outcome: { messages: string[]; diagnostics?: string[] }) =>
  [...outcome.messages, ...(outcome.diagnostics ?? [])].join("\n");

/** A line naming the indicator and its 实际完成值. */
const misplacedLine = (name: unknown) => {
  const quoted = String(name).replace(/[()]/g, "\\$&");
  return new RegExp(`${quoted}[^\\n]*实际完成值|实际完成值[^\\n]*${quoted}`);
};

interface TableSorted {
  rows: number[];
  names: CellValue[];
  sortedNames: CellValue[];
  /** Our 实际完成值 cells as the clerk's typing left them (a number typed into a percentage cell is that percentage). */
  typed: Map<string, string | undefined>;
  /** The sort of the table's own columns (二级指标 … 指标值确定依据) by 三级指标 in reverse order. */
  sort: UserEdit & { customOrder: string[] };
  checked: { held: Held; snapshot: WorkbookSnapshot };
  second: { workbook: unknown; held: Held; snapshot: WorkbookSnapshot; said: string };
}

/**
 * Checked, the clerk types TABLE_ACTUALS beside the first three indicators, checks, sorts the table's own columns by
 * 三级指标 in reverse order (our columns left behind), checks again.
 */
async function sortTableOnly(d: Driver<unknown>, formulas: boolean): Promise<TableSorted> {
  const once = (await d.check(await d.open(), formulas)).workbook;
  const b = table(await d.snapshot(once));
  const rows = b.rows.slice(0, TABLE_ACTUALS.length);
  const names = rows.map((row) => b.value(row, b.t.range.left + 2));
  const actual = b.col("实际完成值");
  const typing: UserEdit[] = rows.map((row, i) => ({ sheet: S, row, col: actual, type: TABLE_ACTUALS[i] }));
  const checkedBook = (await d.check(await d.edit(once, typing), formulas)).workbook;
  const checked = { held: await d.held(checkedBook), snapshot: await d.snapshot(checkedBook) };
  const typed = new Map(rows.map((row) => [at(row, actual), checked.held.cells.get(at(row, actual))]));
  const sort = {
    sheet: S,
    sort: { top: rows[0], left: b.t.range.left + 1, bottom: rows.at(-1)!, right: b.col("指标值确定依据") },
    by: b.t.range.left + 2,
    ascending: true,
    customOrder: [...names].reverse().map(String),
  };
  const after = await d.edit(checkedBook, [sort]);
  const moved = table(await d.snapshot(after));
  const sortedNames = rows.map((row) => moved.value(row, moved.t.range.left + 2));
  const again = await d.check(after, formulas);
  const second = {
    workbook: again.workbook,
    held: await d.held(again.workbook),
    snapshot: await d.snapshot(again.workbook),
    said: saidBy(again),
  };
  return { rows, names, sortedNames, typed, sort, checked, second };
}
