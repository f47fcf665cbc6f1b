/**
 * A note typed far right in a goal table's title rows (“备注：单位盖章” at Z1, or at XFD1, the sheet's last column)
 * made the table seem to reach that far: our monitoring columns went right of the note (AA…, a screen away from the
 * table) or, at XFD1, nowhere (“右侧没有空列，未添加监控列”). We write on the header row and below, so only what runs
 * on from the table in those rows without an empty column between counts (a title merged wider still does). The
 * clerk's note stays where it is; a second check changes nothing. CLI checked copy and the add-in (strict Excel fake).
 * Nor is the note read as part of the table: until session 49 the note at Z1 or XFD1, the first short line above the
 * labels, was taken for the unit's name (the unit line at A2 passed over) and the table's range reached Z or XFD.
 */
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { CheckResult } from "../../src/core/types";
import { BOTH_DRIVERS, type Driver, type Held } from "./drivers";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const AS_OF = "2024-07-31";
const S = "1 办公用品采购"; // header on row 10, the table A:H; the clerk's 1-7月完成值 in H

async function sampleWith(cells: Record<string, string>, name: string, titleMerge?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(S)!;
  for (const [at, v] of Object.entries(cells)) ws.getCell(at).value = v;
  if (titleMerge) {
    ws.unMergeCells("A1");
    ws.mergeCells(titleMerge);
  }
  const out = path.join(os.tmpdir(), `${name}-${process.pid}.xlsx`);
  writeFileSync(out, new Uint8Array(await wb.xlsx.writeBuffer()));
  return out;
}

const theirs = (before: Map<string, string>, held: Held) => new Map([...before].map(([k]) => [k, held.cells.get(k)]));

/** The table on S as a check read it: its unit's name, title, name and range. */
const tableOn = (check: CheckResult) => {
  const t = check.tables.find((x) => x.table.sheet === S)!.table;
  return { unitName: t.unitName, title: t.title, name: t.name, range: t.range };
};

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  let alone: ReturnType<typeof tableOn>;
  beforeAll(async () => {
    alone = tableOn((await driver.check(await driver.open(SAMPLE), false, AS_OF)).check!);
  });

  test.each([
    ["Z1 and Z2", { Z1: "备注：单位盖章", Z2: "制表人：张三" }],
    ["XFD1", { XFD1: "备注：单位盖章" }],
  ])("a note at %s: our columns go right of the table, the note stays, twice = once", async (_, note) => {
    const opened = await driver.open(await sampleWith(note, "far-note"));
    const before = (await driver.held(opened)).cells;
    const once = await driver.check(opened, false, AS_OF);
    // Read as the table without the note: the note is not its unit's name (the unit line A2), nor part of its range.
    expect(tableOn(once.check!)).toEqual(alone);
    expect(once.messages.join("\n")).not.toMatch(/没有空列|已有内容/);
    const held = await driver.held(once.workbook);
    expect(theirs(before, held)).toEqual(before);
    // The first column of ours right after the clerk's H, as on the sample without the note.
    expect(held.cells.get(`${S}!I10`)).toBe('v:"全年预计完成值"');
    expect(held.cells.get(`${S}!I6`)).toBe('v:"执行率"');
    const again = (await driver.check(once.workbook, false, AS_OF)).workbook;
    expect(await driver.held(again)).toEqual(held);
  });

  test("a title merged wider than the table (A1:K1) still counts: our columns start right of it", async () => {
    const once = await driver.check(await driver.open(await sampleWith({}, "wide-title", "A1:K1")), false, AS_OF);
    const held = await driver.held(once.workbook);
    expect(held.cells.get(`${S}!I10`)).toBeUndefined();
    expect(held.cells.get(`${S}!L10`)).toBe('v:"全年预计完成值"');
  });
});
