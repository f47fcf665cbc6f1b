/**
 * review49's find: a value typed at XFD, the sheet's last column, in every row of a goal table leaves no room right of
 * it for our monitoring columns (they go right of the farthest cell in the table's rows). The check said
 * “表「办公用品采购」右侧没有空列，未添加监控列。” — not on which sheet, nor what to do. Now one line names the sheet and the table,
 * why, and what to do; the same line in the CLI, Excel and WPS. Nothing of the clerk's is touched, no column of ours is
 * written on that sheet, and a second check gives the same workbook. With the far cells at XFA (three columns left
 * after them, fewer than our columns need) the line names the columns left.
 */
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCheck } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { BOTH_DRIVERS, heldOfWps, type Driver, type Held } from "./drivers";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const AS_OF = "2024-07-31";
const S = "1 办公用品采购"; // the table A:H, our first column I when there is room (farNoteTitleRow)

/** The sample with a note at `col` on each of the sheet's rows 1–40 (the table's title, schedule and indicator rows). */
async function sampleWithFar(col: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(S)!;
  for (let r = 1; r <= 40; r++) ws.getCell(`${col}${r}`).value = `备注${r}`;
  const out = path.join(os.tmpdir(), `far-full-${col}-${process.pid}.xlsx`);
  writeFileSync(out, new Uint8Array(await wb.xlsx.writeBuffer()));
  return out;
}

const FULL = `工作表「${S}」的表「办公用品采购」所在行一直到最后一列 XFD 都有内容，右侧没有空列，未添加监控列：请把 XFD 列等远处的内容移到别处或删去后再检查。`;
const GAP = new RegExp(
  `^工作表「${S}」的表「办公用品采购」右侧 XFB–XFD 列中没有 \\d+ 列连着的空列，未添加监控列：请把右侧远处的内容移到别处或删去后再检查。$`,
);

/** A host the way this test drives it: a check's lines (plan notes and findings) and what the workbook holds. */
interface Host {
  name: string;
  check(file: string): Promise<{ said: string[]; held: Held; again: Held }>;
}

const hosts: Host[] = [
  ...BOTH_DRIVERS.map((driver: Driver<unknown>): Host => ({
    name: driver.name,
    async check(file) {
      const once = await driver.check(await driver.open(file), false, AS_OF);
      const held = await driver.held(once.workbook);
      const again = await driver.held((await driver.check(once.workbook, false, AS_OF)).workbook);
      // The add-in lists the plan's notes among its findings too: each line once.
      return { said: [...new Set([...once.messages, ...(once.diagnostics ?? [])])], held, again };
    },
  })),
  {
    name: "WPS (strict fake)",
    async check(file) {
      const fake = new FakeWps(modelFromSnapshot(readWorkbookBytes(readFileSync(file)).snapshot));
      const run = runCheck(fake.app, { asOf: AS_OF }, AS_OF);
      const held = heldOfWps(fake.model);
      runCheck(fake.app, { asOf: AS_OF }, AS_OF);
      return { said: run.check!.diagnostics.map((d) => d.message), held, again: heldOfWps(fake.model) };
    },
  },
];

describe.each(hosts)("$name", (host) => {
  test("notes at XFD on every row of the table: one line with the sheet and what to do; theirs kept; twice is once", async () => {
    const { said, held, again } = await host.check(await sampleWithFar("XFD"));
    expect(said.filter((l) => l.includes("没有空列"))).toEqual([FULL]);
    for (let r = 1; r <= 40; r++) expect(held.cells.get(`${S}!XFD${r}`)).toBe(`v:"备注${r}"`);
    expect(held.cells.get(`${S}!I10`)).toBeUndefined(); // no monitoring column of ours beside the table
    expect(again).toEqual(held);
  });

  test("notes at XFA on every row: the three columns left are too few, said so in one line", async () => {
    const { said, held, again } = await host.check(await sampleWithFar("XFA"));
    const lines = said.filter((l) => l.includes("没有") && l.includes("空列"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(GAP);
    expect(held.cells.get(`${S}!XFA10`)).toBe('v:"备注10"');
    expect(again).toEqual(held);
  });
});
