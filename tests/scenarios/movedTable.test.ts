/**
 * The clerk cuts a whole checked goal table — its title, header, indicators and our columns beside them — and pastes
 * it below the last table (Cut, Paste; Range.moveTo), then checks again. Excel moves the cells with their formats,
 * notes, drop-down lists, merged areas and rules (excelShift.ts CUT, CUT_FOLLOW, CUT_RULES). The check must find the
 * table where it now is, keep what the clerk typed there, and leave the workbook as a first check of the moved table
 * leaves it; a check after that changes nothing. On the strict Excel fake in values mode: in formulas mode our 状态
 * formulas lie among the cut cells and the summary's point at them, which the fake refuses (not imitated); the .xlsx
 * helper refuses the notes, lists and merged areas on cut cells (xlsxEdit.ts cutCells).
 */
import { cellName } from "../../src/core/a1";
import { excelDriver as driver, type Held } from "./drivers";
import { seedTable } from "./seedTable";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const TABLE = "网络建设与运维采购";
/** Far below the sheet's last row (177): the table's new place. */
const TO = 399;

describe("Excel fake, values: a checked table cut and pasted below the others", () => {
  let moved: Held;
  let checked: Held;
  let messages: string[];
  let firstOfMoved: Held;
  let again: Held;
  let actual: { row: number; col: number };
  let cut: UserEdit;

  beforeAll(async () => {
    const once = (await driver.check(await driver.open(), false)).workbook;
    const snapshot = await driver.snapshot(once);
    const t = seedTable(snapshot, S, TABLE);
    const top = t.t.header.row - 9; // its title (5.网络建设与运维采购绩效目标表), down to its last indicator
    const sheet = snapshot.sheets.find((x) => x.name === S)!;
    const lastFilled = (row: number) => {
      const cells = sheet.values[row - sheet.originRow] ?? [];
      let col = cells.length - 1;
      while (col >= 0 && cells[col] === null) col--;
      return col + sheet.originCol;
    };
    // Our columns' last (the widest row of the table and our blocks beside it).
    const right = Math.max(
      ...Array.from({ length: t.rows[t.rows.length - 1] - top + 1 }, (_, i) => lastFilled(top + i)),
    );
    actual = { row: t.rows[2], col: t.col("实际完成值") };
    const typed = await driver.edit(once, [{ sheet: S, ...actual, type: 0.95 }]);
    const typedChecked = (await driver.check(typed, false)).workbook;
    cut = { sheet: S, cut: { top, left: 0, bottom: t.rows[t.rows.length - 1], right }, to: { row: TO, col: 0 } };
    const afterCut = await driver.edit(typedChecked, [cut]);
    moved = await driver.held(afterCut);
    const second = await driver.check(afterCut, false);
    messages = second.messages;
    checked = await driver.held(second.workbook);
    again = await driver.held((await driver.check(second.workbook, false)).workbook);
    // The same table moved before any check, checked, the actual typed there, checked again.
    const seed = (await driver.check(await driver.edit(await driver.open(), [{ ...cut }]), false)).workbook;
    actual = { row: actual.row + TO - top, col: actual.col };
    const typedFirst = await driver.edit(seed, [{ sheet: S, ...actual, type: 0.95 }]);
    firstOfMoved = await driver.held((await driver.check(typedFirst, false)).workbook);
  });

  test("the clerk's actual moved with the table and is kept; nothing is said to be kept as theirs", () => {
    expect(moved.cells.get(`${S}!${cellName(actual.row, actual.col)}`)).toBe("v:0.95");
    expect(checked.cells.get(`${S}!${cellName(actual.row, actual.col)}`)).toBe("v:0.95");
    expect(messages.filter((m) => /保留|kept/.test(m))).toEqual([]);
  });

  // The summary keeps its rows where they were (the clerk may have ordered them): the moved table's row stays fifth.
  test("the workbook is the one a check of the moved table gives, the summary's rows in their earlier order", () => {
    const summary = (held: Held) => {
      const rows = new Map<string, string[]>();
      for (const [at, text] of held.cells) {
        const m = /^监控汇总!([A-Z]+)(\d+)$/.exec(at);
        if (m) rows.set(m[2], [...(rows.get(m[2]) ?? []), `${m[1]}=${text}`]);
      }
      return [...rows.values()].map((r) => r.join(" ")).sort();
    };
    expect(summary(checked)).toEqual(summary(firstOfMoved));
    const goalSheet = (held: Held) => new Map([...held.cells].filter(([at]) => at.startsWith(`${S}!`)));
    expect(goalSheet(checked)).toEqual(goalSheet(firstOfMoved));
    const goalLooks = (held: Held) => new Map([...held.formats].filter(([at]) => at.startsWith(`${S}!`)));
    expect(goalLooks(checked)).toEqual(goalLooks(firstOfMoved));
    expect(checked.notes).toEqual(firstOfMoved.notes);
    expect(checked.rules).toEqual(firstOfMoved.rules);
    expect(checked.merges).toEqual(firstOfMoved.merges);
  });

  test("a check after that changes nothing", () => {
    expect(again.cells).toEqual(checked.cells);
    expect(again.formats).toEqual(checked.formats);
    expect(again.notes).toEqual(checked.notes);
    expect(again.rules).toEqual(checked.rules);
  });

  test("refused where not imitated: a note on a destination cell that is not cut", async () => {
    const w = await driver.edit(await driver.open(), [{ sheet: S, row: TO + 2, col: 1, note: "王会计：备查" }]);
    await expect(driver.edit(w, [cut])).rejects.toThrow(/notes or comments on the destination \(not imitated\)/);
  });
});
