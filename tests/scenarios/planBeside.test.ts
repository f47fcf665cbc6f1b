/**
 * A spending plan beside the indicator rows (same rows, further columns: 分季度支出进度 over 第一季度 … 第四季度 and a
 * row of shares) was neither read nor mentioned: execution was judged against time elapsed. The real 荣昌 2022 goal
 * table (round sixteen) with such a plan set beside it, one empty column between. The clerk checks; our indicator
 * block goes right of the plan (no room between), our schedule block after it on the plan's rows. They type the
 * actual into our 实际完成值 and 60 万元 into our 执行数, and check again: the actual is read (before, a block placed
 * right of anything beside the table was not the table's on the next check: 待填报 for ever) and execution is judged
 * against their plan (39 % spent of 40 % planned by 第三季度: green; against time, 75 %, it would be red). A third
 * check changes nothing; every cell they wrote stays as written. CLI checked copy and the add-in (strict Excel fake).
 */
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS } from "../../src/core/types";
import { BOTH_DRIVERS, type Driver, type Held } from "./drivers";

jest.setTimeout(120_000);

const FIXTURE = path.join(__dirname, "../fixtures/real/chongqing-rongchang-forestry-goals-2022.xlsx");
const AS_OF = "2022-09-30";
let file: string;
let S: string;
/** Every cell the workbook holds before the first check (theirs): "sheet!A1" → held text. */
let before: Map<string, string>;

/** The plan beside the indicators (header on row 15, indicators from row 16), one empty column (I) between. */
const PLAN: Record<string, string> = {
  J15: "分季度支出进度",
  J16: "第一季度",
  K16: "第二季度",
  L16: "第三季度",
  M16: "第四季度",
  J17: "5%",
  K17: "20%",
  L17: "40%",
  M17: "100%",
};

/** The fixture with cells added, saved to a file of its own. */
async function fixtureWith(cells: Record<string, string>, merge: string | null, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(FIXTURE) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  S = ws.name;
  for (const [at, v] of Object.entries(cells)) ws.getCell(at).value = v;
  if (merge) ws.mergeCells(merge);
  const out = path.join(os.tmpdir(), `${name}-${process.pid}.xlsx`);
  writeFileSync(out, new Uint8Array(await wb.xlsx.writeBuffer()));
  return out;
}

let noted: string;
beforeAll(async () => {
  file = await fixtureWith(PLAN, "J15:M15", "plan-beside");
  // The clerk's note beside the second indicator (no plan): our block goes past it.
  noted = await fixtureWith({ J17: "李子苗由村委会统一发放" }, null, "note-beside");
});

const theirs = (held: Held) => new Map([...before].map(([k]) => [k, held.cells.get(k)]));
/** The cell of ours whose header (on `row`, 1-based) says `header`: its column (0-based). */
function ourColumn(held: Held, row: number, header: RegExp): number {
  const found = [...held.cells].find(([k, v]) => k.startsWith(`${S}!`) && k.endsWith(`${row}`) && header.test(v));
  expect(found).toBeDefined();
  const letters = /!([A-Z]+)\d+$/.exec(found![0])![1];
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  test("the plan beside the indicators is read; actual and 执行数 typed in our block are read; twice = once", async () => {
    const opened = await driver.open(file);
    before = (await driver.held(opened)).cells;
    const once = (await driver.check(opened, false, AS_OF)).workbook;
    const held = await driver.held(once);
    expect(theirs(held)).toEqual(before);
    const first = checkWorkbook(await driver.snapshot(once), { ...DEFAULT_SETTINGS, asOf: AS_OF }).tables[0];
    expect(first.table.schedule.map((cp) => [cp.label, cp.percent])).toEqual([
      ["第一季度", 5],
      ["第二季度", 20],
      ["第三季度", 40],
      ["第四季度", 100],
    ]);
    const actualCol = ourColumn(held, 15, /^v:"实际完成值"$/);
    expect(actualCol).toBeGreaterThan(12); // right of the plan (M), none of their cells taken
    const spentCol = ourColumn(held, 16, /执行数/);
    const typed = await driver.edit(once, [
      { sheet: S, row: 15, col: actualCol, type: 3500 },
      { sheet: S, row: 16, col: spentCol, type: 60 },
    ]);
    const again = (await driver.check(typed, false, AS_OF)).workbook;
    const { table, result, results } = checkWorkbook(await driver.snapshot(again), {
      ...DEFAULT_SETTINGS,
      asOf: AS_OF,
    }).tables[0];
    expect(table.indicators[0].actual?.value).toBe(3500);
    expect(results[0].status).toBe("on-track"); // 3500 米 of = 3500 by September: read, not 待填报
    expect(result.execution).toMatchObject({ spent: 60, planned: 40, light: "green", plannedFrom: "schedule" });
    const heldAgain = await driver.held(again);
    expect(theirs(heldAgain)).toEqual(before);
    const third = (await driver.check(again, false, AS_OF)).workbook;
    expect(await driver.held(third)).toEqual(heldAgain);
  });

  test("a note beside the indicators: our block goes past it, the actual typed there is read next time", async () => {
    const opened = await driver.open(noted);
    before = (await driver.held(opened)).cells;
    const once = (await driver.check(opened, false, AS_OF)).workbook;
    const held = await driver.held(once);
    expect(theirs(held)).toEqual(before);
    const actualCol = ourColumn(held, 15, /^v:"实际完成值"$/);
    expect(actualCol).toBeGreaterThan(9); // right of their note (J)
    const typed = await driver.edit(once, [{ sheet: S, row: 15, col: actualCol, type: 3500 }]);
    const again = (await driver.check(typed, false, AS_OF)).workbook;
    const { table, results } = checkWorkbook(await driver.snapshot(again), { ...DEFAULT_SETTINGS, asOf: AS_OF })
      .tables[0];
    expect({ actual: table.indicators[0].actual?.value, status: results[0].status }).toEqual({
      actual: 3500,
      status: "on-track",
    });
    const heldAgain = await driver.held(again);
    expect(theirs(heldAgain)).toEqual(before);
    expect(await driver.held((await driver.check(again, false, AS_OF)).workbook)).toEqual(heldAgain);
  });
});
