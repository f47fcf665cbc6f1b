/**
 * What users do between two runs (issue 11), through BOTH appliers: the CLI's checked copy (an .xlsx the user
 * then edits in Excel) and the add-in (the strict Excel fake, edited through Range.insert / Range.delete and
 * typing). One table of scenarios: insert or delete rows and columns before, inside and after a monitoring block
 * (and a blank column inside the table's header), type into every kind of cell, check again, check once more,
 * Clear marks, check again. Promises checked in every scenario and applier:
 * - no cell the user wrote changes (nor any of theirs Excel moved), and what was kept is said;
 * - the block is found again: no second block, no rules piling up;
 * - a further check changes nothing;
 * - Clear marks leaves exactly the user's workbook (plus the input column they typed into, with its header);
 * - the workbook after the second check equals a fresh single check of the user's workbook (the one Clear
 *   left), modulo where the block sits and the cells the user typed into our columns.
 */
import { cellName, keyRow, qualifiedAddress } from "../../src/core/a1";
import { checkWorkbook } from "../../src/core/check";
import { formulaShape } from "../../src/core/plan/fingerprint";
import { MONITOR_COLUMNS, SCHEDULE_COLUMNS } from "../../src/core/plan/words";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../src/core/types";
import { BOTH_DRIVERS, AS_OF, type Held } from "./drivers";
import { shiftIndex, type Shift } from "./excelShift";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const SUMMARY = "监控汇总";
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: AS_OF };
const TABLE = "办公用品采购";

/** Table 1 (办公用品采购): title row 34, schedule rows 39/40, indicator header row 43, rows 44–48, block H–N (7–13). */
const scenarios: { name: string; edits: Shift[] }[] = [
  { name: "insert rows above the table", edits: [{ sheet: S, axis: "row", at: 30, count: 2 }] },
  { name: "insert a row inside the block", edits: [{ sheet: S, axis: "row", at: 46, count: 1 }] },
  { name: "insert a row after the block", edits: [{ sheet: S, axis: "row", at: 49, count: 1 }] },
  { name: "delete a row above the table", edits: [{ sheet: S, axis: "row", at: 32, count: -1 }] },
  { name: "delete an indicator row inside the block", edits: [{ sheet: S, axis: "row", at: 46, count: -1 }] },
  { name: "delete a row after the block", edits: [{ sheet: S, axis: "row", at: 49, count: -1 }] },
  { name: "insert a column left of the table", edits: [{ sheet: S, axis: "col", at: 0, count: 1 }] },
  { name: "insert a column inside the table", edits: [{ sheet: S, axis: "col", at: 2, count: 1 }] },
  { name: "insert a blank column before 指标描述", edits: [{ sheet: S, axis: "col", at: 3, count: 1 }] },
  { name: "insert a blank column before 指标值", edits: [{ sheet: S, axis: "col", at: 5, count: 1 }] },
  { name: "insert a column inside the block", edits: [{ sheet: S, axis: "col", at: 9, count: 1 }] },
  { name: "insert a column right of the block", edits: [{ sheet: S, axis: "col", at: 14, count: 1 }] },
  { name: "delete a column inside the block", edits: [{ sheet: S, axis: "col", at: 8, count: -1 }] },
  { name: "delete a column right of the block", edits: [{ sheet: S, axis: "col", at: 16, count: -1 }] },
];

const table1 = (snapshot: WorkbookSnapshot) =>
  checkWorkbook(snapshot, SETTINGS)
    .tables.map((c) => c.table)
    .find((t) => t.sheet === S && t.name === TABLE)!;

/** Text cells on a row of the snapshot: text → columns. */
function textsOn(snapshot: WorkbookSnapshot, sheet: string, row: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const s = snapshot.sheets.find((x) => x.name === sheet)!;
  (s.values[row - s.originRow] ?? []).forEach((v, c) => {
    if (typeof v === "string") out.set(v, [...(out.get(v) ?? []), c + s.originCol]);
  });
  return out;
}

/** Typing into every kind of cell, found the way a person would: by the header texts where they are now. */
function typing(moved: WorkbookSnapshot): { edits: UserEdit[]; ours: { row: number; col: number }[] } {
  const t = table1(moved);
  const h = textsOn(moved, S, t.header.row);
  const rows = t.indicators.map((i) => i.row);
  const schedule = textsOn(moved, S, keyRow(t.schedule[0].labelCell));
  const col = (text: string) => (h.get(text) ?? [])[0];
  const type = (row: number, c: number, value: string | number): UserEdit => ({ sheet: S, row, col: c, type: value });
  const ours = [
    { row: rows[0], col: col("实际完成值") }, // an input cell
    { row: rows[1], col: col("状态") }, // a computed cell of ours
    { row: rows[3], col: col("预警") }, // a light cell, below another
  ];
  return {
    ours,
    edits: [
      type(ours[0].row, ours[0].col, 40),
      type(ours[1].row, ours[1].col, "我改的状态"),
      type(ours[2].row, ours[2].col, "我的预警"),
      type(t.header.row, Math.max(...[...h.values()].flat()) + 1, "我的列"), // right of the block
      type(keyRow(t.schedule[0].percentCell), Math.max(...(schedule.get("进度预警") ?? [20])) + 1, "旁注"),
      type(rows.at(-1)! + 1, col("预警"), "块下方"), // below the block
      type(2, 20, "远处"),
    ],
  };
}

const OUR_HEADERS = new Set(
  [...MONITOR_COLUMNS, ...SCHEDULE_COLUMNS].map((c) => c.header.zh.replace("（{unit}）", "")),
);
const ourHeader = (text: string) => OUR_HEADERS.has(text.replace(/（.*）$/, ""));

/**
 * What a check means, wherever its block sits: per table, per our header, per data row, what the cell holds
 * (formulas by shape); and the summary sheet. `typed` collects the keys of the cells at the given places.
 */
function meaning(
  snapshot: WorkbookSnapshot,
  places: { row: number; col: number }[] = [],
  typed = new Set<string>(),
): Map<string, string> {
  const out = new Map<string, string>();
  const at = (sheet: string, row: number, col: number) => {
    const s = snapshot.sheets.find((x) => x.name === sheet);
    if (!s) return "";
    const f = s.formulas?.[row - s.originRow]?.[col - s.originCol];
    const v = s.values[row - s.originRow]?.[col - s.originCol];
    return f ? `f:${formulaShape(f)}` : v === null || v === undefined || v === "" ? "" : `v:${JSON.stringify(v)}`;
  };
  const isTyped = (row: number, col: number) => places.some((p) => p.row === row && p.col === col);
  for (const { table: t } of checkWorkbook(snapshot, SETTINGS).tables) {
    if (t.sheet !== S) continue;
    const lines: [number, number[]][] = [[t.header.row, t.indicators.map((i) => i.row)]];
    if (t.schedule.length) lines.push([keyRow(t.schedule[0].labelCell), [keyRow(t.schedule[0].percentCell)]]);
    for (const [headerRow, rows] of lines)
      for (const [text, cols] of textsOn(snapshot, S, headerRow))
        if (ourHeader(text))
          for (const col of cols)
            rows.forEach((row, i) => {
              out.set(`${t.name}|${text}|${i}`, at(S, row, col));
              if (isTyped(row, col)) typed.add(`${t.name}|${text}|${i}`);
            });
  }
  const summary = snapshot.sheets.find((x) => x.name === SUMMARY);
  summary?.values.forEach((row, r) =>
    row.forEach((_v, c) => {
      const text = at(SUMMARY, r + summary.originRow, c + summary.originCol);
      if (text) out.set(`${SUMMARY}!${cellName(r + summary.originRow, c + summary.originCol)}`, text);
    }),
  );
  return out;
}

const count = (held: Held, text: string) =>
  [...held.cells.values()].filter((v) => v === `v:${JSON.stringify(text)}`).length;

const drivers = BOTH_DRIVERS;

describe.each(drivers)("$name", (driver) => {
  describe.each(scenarios)("$name, then typing into every kind of cell", ({ edits }) => {
    let first: Held;
    let user: Held;
    let second: Held;
    let secondMessages: string[];
    let kept: { row: number; col: number }[];
    let secondMeaning: Map<string, string>;
    let third: Held;
    let cleared: Held;
    let fresh: Map<string, string>;

    beforeAll(async () => {
      const checked = await driver.check(await driver.open());
      first = await driver.held(checked.workbook);
      const moved = await driver.edit(checked.workbook, edits);
      const movedSnapshot = await driver.snapshot(moved);
      // The edit really happened: table 1's header row and 指标值 column are where Excel moves them.
      const t = table1(movedSnapshot);
      const e = edits[0];
      expect([t.header.row, t.header.columns.target]).toEqual([
        e.axis === "row" ? shiftIndex(43, e) : 43,
        e.axis === "col" ? shiftIndex(5, e) : 5,
      ]);
      const typed = typing(movedSnapshot);
      kept = typed.ours.slice(1);
      // The user's workbook: the same edits and typing on the workbook as it was before any run.
      user = await driver.held(await driver.edit(await driver.open(), [...edits, ...typed.edits]));

      const again = await driver.check(await driver.edit(moved, typed.edits));
      second = await driver.held(again.workbook);
      secondMessages = again.messages;
      // The user's cells in our columns stay where they typed them: those entries are theirs, not the check's.
      const theirs = new Set<string>();
      secondMeaning = meaning(await driver.snapshot(again.workbook), typed.ours, theirs);

      const thrice = await driver.check(again.workbook);
      third = await driver.held(thrice.workbook);
      const emptied = await driver.clear(thrice.workbook);
      cleared = await driver.held(emptied.workbook);
      const once = await driver.check(emptied.workbook);
      fresh = meaning(await driver.snapshot(once.workbook));
      for (const key of theirs) {
        secondMeaning.delete(key);
        fresh.delete(key);
      }
      expect(theirs.size).toBe(typed.ours.length);
    });

    test("no cell the user wrote changes, and what was kept is said", () => {
      for (const [k, v] of user.cells) expect([k, second.cells.get(k)]).toEqual([k, v]);
      // The computed cells they typed over are named (the input cell is theirs to fill: nothing to say).
      const said = secondMessages.join("\n");
      expect(said).toMatch(/已保留未改/);
      for (const p of kept) expect(said).toContain(qualifiedAddress({ sheet: S, ...p }));
    });

    test("the block is found again: no second block, no rules piling up", () => {
      expect(count(second, "状态")).toBe(count(first, "状态"));
      expect(count(second, "预警")).toBe(count(first, "预警"));
      expect(second.rules.get(S)?.length).toBe(first.rules.get(S)?.length);
    });

    test("checking once more changes nothing (its notes are replaced, not refused or doubled)", () => {
      // The user's actual 40 makes a yellow or red row: a note the next run must delete before adding again.
      expect(second.notes.size).toBeGreaterThan(0);
      expect(third.notes).toEqual(second.notes);
      expect(third.cells).toEqual(second.cells);
      expect(third.rules).toEqual(second.rules);
      expect(third.sheets).toEqual(second.sheets);
    });

    test("Clear marks leaves exactly the user's workbook (and the input column they typed into)", () => {
      const extra = [...cleared.cells].filter(([k]) => !user.cells.has(k)).map(([, v]) => v);
      for (const [k, v] of user.cells) expect([k, cleared.cells.get(k)]).toEqual([k, v]);
      expect(extra).toEqual(['v:"实际完成值"']);
      expect(cleared.sheets).toEqual(user.sheets);
      expect(cleared.rules).toEqual(user.rules);
      expect(cleared.notes).toEqual(user.notes);
    });

    test("the second check equals a fresh single check of the user's workbook", () => {
      expect(secondMeaning.size).toBeGreaterThan(40);
      expect(Object.fromEntries(secondMeaning)).toEqual(Object.fromEntries(fresh));
    });
  });
});
