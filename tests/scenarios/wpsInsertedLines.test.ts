/**
 * Rows and columns the clerk inserts between two checks, in WPS 表格 (values mode), on the WPS fake that now moves
 * formulas' references and defined names with the cells, as WPS does (FakeWps.shiftLines). The clerk inserts rows
 * above the first table, a row inside its block, a column left of the tables and one inside the block, and a letterhead
 * row above the summary; they type into an input cell, over a computed cell of ours, beside the block, and keep a
 * formula of their own that sums the table's 指标值 column. Promises: every cell they wrote (and the formula WPS moved)
 * is as they left it after the second check; the block is found again (no second one); a third check changes nothing;
 * the name 监控时点 points at the summary's date wherever the rows pushed it.
 */
import { cellName, columnLetters } from "../../src/core/a1";
import { MONITOR_COLUMNS } from "../../src/core/plan/words";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck } from "../../src/host/wps/actions";
import { readWorkbook as readWps } from "../../src/host/wps/read";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot, parseAddress } from "../host/wps/fake";
import { AS_OF, heldOfWps, xlsxDriver, type Held } from "./drivers";
import { seedTable } from "./seedTable";

const S = "预算项目绩效目标";
const SUMMARY = "监控汇总";
const TABLE = "办公用品采购";
const header = (key: string) => MONITOR_COLUMNS.find((c) => c.key === key)!.header.zh;

let seed: WorkbookSnapshot;
beforeAll(async () => {
  seed = readWorkbookBytes(await xlsxDriver.open()).snapshot;
});

const check = (fake: FakeWps) => runCheck(fake.app, { asOf: AS_OF }, AS_OF);
const snapshot = (fake: FakeWps) => readWps(fake.app).snapshot;
const put = (fake: FakeWps, sheet: string, row: number, col: number, value: string | number) =>
  (fake.app.ActiveWorkbook!.Worksheets.Item(sheet).Range(cellName(row, col)).Value2 = value);

/**
 * What the clerk does between the checks, on `fake` (checked or not): a formula of theirs over table 1's 指标值 column,
 * rows above the first table, a column left of the tables, a letterhead row above the summary (when there is one), a
 * row inside the block, then typing at `typed` (found on the checked workbook, so the same cells in both).
 */
function clerk(fake: FakeWps, at: Places, typed: [number, number, string | number][]): void {
  put(fake, S, 2, 25, `=COUNTA(${cellName(at.firstRow, at.target)}:${cellName(at.lastRow, at.target)})`);
  fake.insertRows(S, at.above, 2);
  fake.insertColumns(S, 0, 1);
  if (fake.model.sheets.some((x) => x.name === SUMMARY)) fake.insertRows(SUMMARY, 0, 1);
  fake.insertRows(S, at.inside, 1);
  for (const [row, col, value] of typed) put(fake, S, row, col, value);
}

interface Places {
  firstRow: number;
  lastRow: number;
  target: number;
  above: number;
  /** Where the row inside the block goes, after the rows and column above are in. */
  inside: number;
}

describe("WPS (values): rows and columns inserted between checks", () => {
  let user: Held;
  let second: Held;
  let third: Held;
  let secondMessages: string[];
  let blocksBefore: number;
  let blocksAfter: number;
  let rules: { first: string[]; second: string[]; third: string[] };
  let lightColumn: string;
  let formulaBefore: string;
  let dateName: { before: string; after: string; cell: unknown };

  beforeAll(() => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    check(fake);
    const first = seedTable(snapshot(fake), S, TABLE);
    blocksBefore = statusHeaders(heldOfWps(fake.model));
    rules = { first: rulesOf(fake), second: [], third: [] };
    const at: Places = {
      firstRow: first.rows[0],
      lastRow: first.rows.at(-1)!,
      target: first.t.header.columns.target!,
      above: first.t.range.top - 2,
      inside: first.rows[1] + 2 + 1, // below its second indicator, which the rows above moved down by two
    };
    formulaBefore = `f:COUNTA(${cellName(at.firstRow, at.target)}:${cellName(at.lastRow, at.target)})`;
    dateName = { before: fake.model.names.get("监控时点")!, after: "", cell: null };

    // Where the clerk types, found on a copy that has had the inserts (the cells then are where they type).
    const probe = new FakeWps(modelFromSnapshot(seed));
    check(probe);
    clerk(probe, at, []);
    const moved = seedTable(snapshot(probe), S, TABLE);
    // The inserts really happened: the table is two rows down and one column right of where it was.
    expect([moved.t.header.row, moved.t.header.columns.target]).toEqual([first.t.header.row + 2, at.target + 1]);
    const typed: [number, number, string | number][] = [
      [moved.rows[0], moved.col(header("actual")), 40], // an input cell
      [moved.rows[3], moved.col(header("status")), "我改的状态"], // a computed cell of ours
      [moved.t.header.row, moved.col(header("note")) + 1, "我的列"], // beside the block
    ];

    clerk(fake, at, typed);
    put(fake, SUMMARY, 0, 0, "单位：某某局");
    const again = check(fake);
    secondMessages = again.plan.messages;
    second = heldOfWps(fake.model);
    blocksAfter = statusHeaders(second);
    rules.second = rulesOf(fake);
    lightColumn = columnLetters(seedTable(snapshot(fake), S, TABLE).col(header("light")));
    check(fake);
    third = heldOfWps(fake.model);
    rules.third = rulesOf(fake);
    const refersTo = fake.model.names.get("监控时点")!;
    const [area] = parseAddress(refersTo.replace(/^=.*!/, ""));
    dateName.after = refersTo;
    dateName.cell = fake.sheet(SUMMARY).cells.get(`${area.top},${area.left}`)?.value;

    // The clerk's workbook: the same work on the workbook as it was before any check (no summary sheet there).
    const plain = new FakeWps(modelFromSnapshot(seed));
    clerk(plain, at, typed);
    user = heldOfWps(plain.model);
  });

  test("WPS moved the clerk's formula with the table (the fake follows the cells)", () => {
    const moved = user.cells.get(`${S}!${cellName(2, 26)}`);
    expect(moved).toMatch(/^f:COUNTA\([A-Z]+\d+:[A-Z]+\d+\)$/);
    expect(moved).not.toBe(formulaBefore);
  });

  test("every cell the clerk wrote is as they left it after the second check", () => {
    expect(user.cells.size).toBeGreaterThan(100);
    for (const [k, v] of user.cells) expect([k, second.cells.get(k)]).toEqual([k, v]);
    expect(second.cells.get(`${SUMMARY}!A1`)).toBe(`v:"单位：某某局"`);
    expect(secondMessages.join("\n")).toMatch(/已保留未改/);
  });

  test("the block is found again: no second block, no rules piling up, the rules on the light column where it is", () => {
    expect(blocksAfter).toBe(blocksBefore);
    expect(rules.second).toHaveLength(rules.first.length);
    const table1 = rules.second.filter((r) => r.includes(`$${lightColumn}`));
    expect(table1.length).toBeGreaterThan(0);
  });

  test("a third check changes nothing", () => {
    expect(third).toEqual(second);
    expect(rules.third).toEqual(rules.second);
  });

  test("监控时点 points at the summary's date wherever the letterhead row pushed it", () => {
    expect(dateName.after).not.toBe(dateName.before);
    expect(typeof dateName.cell).toBe("number");
  });
});

/** The rules on the tables' sheet: their ranges and formulas, sorted. */
const rulesOf = (fake: FakeWps) =>
  fake
    .sheet(S)
    .rules.map((r) => `${r.ranges.map((a) => cellName(a.top, a.left)).join(",")} ${r.formula}`)
    .sort();

const statusHeaders = (held: Held) => [...held.cells.values()].filter((v) => v === `v:"${header("status")}"`).length;
