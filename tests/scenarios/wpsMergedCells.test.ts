/**
 * The clerk merges cells of our block in WPS 表格 between two checks (开始 → 合并居中), as mergedCells.test.ts does in
 * Excel and the CLI copy, on the WPS fake's Range.Merge (MERGE): two rows of 偏差原因 become one cell with one reason
 * typed for both indicators, two rows of 备注 one empty cell; and two rows of our 状态 merged (the lower one emptied
 * first). The next check keeps the merged areas and the reason and writes nothing into a cell a merge covers; a third
 * check changes nothing; Clear marks leaves the merges, the reason and its column's header.
 */
import { cellName, columnLetters } from "../../src/core/a1";
import type { CellRange, WorkbookSnapshot } from "../../src/core/types";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { readWorkbook as readWps } from "../../src/host/wps/read";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, heldOfWps, xlsxDriver, type Held } from "./drivers";
import { seedTable } from "./seedTable";

const S = "预算项目绩效目标";
const TABLE = "办公用品采购";
const REASON = "两项一并说明：设备到货延迟";

let seed: WorkbookSnapshot;
beforeAll(async () => {
  seed = readWorkbookBytes(await xlsxDriver.open()).snapshot;
});

const check = (fake: FakeWps) => runCheck(fake.app, { asOf: AS_OF }, AS_OF);
const a1 = (r: CellRange) => `${cellName(r.top, r.left)}:${cellName(r.bottom, r.right)}`;
const twoRows = (col: number, top: number): CellRange => ({ top, left: col, bottom: top + 1, right: col });

describe("WPS: cells of our input columns merged, a reason typed", () => {
  let original: Held;
  let edited: Held;
  let second: Held;
  let third: Held;
  let cleared: Held;
  let areas: string[];
  let reasonCell: string;

  beforeAll(() => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    original = heldOfWps(fake.model);
    check(fake);
    const b = seedTable(readWps(fake.app).snapshot, S, TABLE);
    const reason = twoRows(b.col("偏差原因"), b.rows[0]);
    const note = twoRows(b.col("备注"), b.rows[2]);
    const ws = fake.userSheet(S);
    ws.Range(a1(reason)).Merge();
    ws.Range(a1(note)).Merge();
    ws.Range(cellName(reason.top, reason.left)).Value2 = REASON;
    areas = [reason, note].map((r) => `${S}!${a1(r)}`);
    reasonCell = `${S}!${cellName(reason.top, reason.left)}`;
    edited = heldOfWps(fake.model);
    check(fake);
    second = heldOfWps(fake.model);
    check(fake);
    third = heldOfWps(fake.model);
    runClear(fake.app);
    cleared = heldOfWps(fake.model);
  });

  test("the next check keeps the merged areas and the reason, and writes what it wrote before", () => {
    for (const area of areas) expect(second.merges).toContain(area);
    expect(second.merges).toEqual(edited.merges);
    expect(second.cells.get(reasonCell)).toBe(`v:${JSON.stringify(REASON)}`);
    expect(second.cells).toEqual(edited.cells);
  });

  test("a third check changes nothing", () => {
    expect(third).toEqual(second);
  });

  test("Clear marks leaves the clerk's workbook with the merges, the reason and its header", () => {
    expect(cleared.merges).toEqual([...original.merges, ...areas].sort());
    const extra = [...cleared.cells].filter(([k]) => !original.cells.has(k)).map(([, v]) => v);
    expect(extra.sort()).toEqual([`v:${JSON.stringify(REASON)}`, 'v:"偏差原因"']);
    for (const [k, v] of original.cells) expect([k, cleared.cells.get(k)]).toEqual([k, v]);
  });
});

test("WPS: two rows of our 状态 merged: nothing is written into the covered cell, the merge stays", () => {
  const fake = new FakeWps(modelFromSnapshot(seed));
  check(fake);
  const b = seedTable(readWps(fake.app).snapshot, S, TABLE);
  const col = b.col("状态");
  const [upper, lower] = b.rows;
  const ws = fake.userSheet(S);
  ws.Range(cellName(lower, col)).ClearContents();
  ws.Range(a1({ top: upper, left: col, bottom: lower, right: col })).Merge();
  const edited = heldOfWps(fake.model);
  const covered = `${S}!${columnLetters(col)}${lower + 1}`;
  expect(edited.cells.get(covered)).toBeUndefined();
  check(fake);
  const second = heldOfWps(fake.model);
  expect(second.cells.get(covered)).toBeUndefined();
  expect(second.merges).toEqual(edited.merges);
  expect(second.cells).toEqual(edited.cells);
  check(fake);
  expect(heldOfWps(fake.model)).toEqual(second);
});
