/**
 * Clear marks takes off only the drop-down lists we set (our 偏差原因 / 完成可能性 input cells): a list of the clerk's on a
 * cell we wrote stays, and Clear marks says it kept it — in Excel, in WPS and on the command line's copy alike.
 * - After a check the clerk puts a list of their own (数据验证 → 序列 "已核实,待核实") on our 状态 cells J11:J15 of
 *   1 办公用品采购, to mark which results they have verified; a second check leaves it; Clear marks empties J11:J15.
 * - Before the first check the clerk has a list down M1:M60, where our 完成可能性 column goes (clerkColumnList): our
 *   header M10 and our 进度预警 cells M6:M7 are written over it; Clear marks empties them.
 * Before (breaker45 noticed it, session 45): the three appliers cleared a cell's validation with its contents
 * ("clear" op), so the clerk's list went from J11:J15, and from M6, M7 and M10, while Clear marks said nothing of
 * them (of M1:M60 it said only that it kept M11:M15).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { cellName } from "../../src/core/a1";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { XL } from "../../src/host/wps/model";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import type { FakeExcel } from "../host/excel/fake";
import { clerkList } from "./clerkLists";
import { excelDriver, xlsxDriver } from "./drivers";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const AS_OF = "2024-07-31";
const S = "1 办公用品采购";

/** One host as the clerk meets it: a check, their list set through the host, Clear marks, and the list on a cell. */
interface Host {
  name: string;
  open(): Promise<void>;
  check(): Promise<string[]>;
  setList(a1: string, source: string): Promise<void>;
  clear(): Promise<string[]>;
  /** The list on a cell of S (0-based), "" for none; and the cell's value as the host holds it. */
  listAt(row: number, col: number): Promise<string>;
  valueAt(row: number, col: number): Promise<unknown>;
}

function viaDriver<W>(driver: typeof xlsxDriver | typeof excelDriver): Host {
  let w: unknown;
  const d = driver as unknown as {
    name: string;
    open(file: string): Promise<W>;
    check(w: W, formulas: boolean, asOf: string): Promise<{ workbook: W; messages: string[] }>;
    clear(w: W): Promise<{ workbook: W; messages: string[] }>;
    snapshot(w: W): Promise<import("../../src/core/types").WorkbookSnapshot>;
  };
  const sheet = async () => (await d.snapshot(w as W)).sheets.find((s) => s.name === S)!;
  return {
    name: d.name,
    open: async () => void (w = await d.open(SAMPLE)),
    async check() {
      const out = await d.check(w as W, false, AS_OF);
      w = out.workbook;
      return out.messages;
    },
    async setList(a1, source) {
      w = await clerkList(S, a1, source)[d.name](w);
    },
    async clear() {
      const out = await d.clear(w as W);
      w = out.workbook;
      return out.messages;
    },
    async listAt(row, col) {
      if (d.name === excelDriver.name)
        return (w as FakeExcel).model.sheets.find((s) => s.name === S)!.validations.get(`${row},${col}`) ?? "";
      const v = (await sheet()).validations ?? [];
      return (
        v.find((x) => x.range.top <= row && row <= x.range.bottom && x.range.left <= col && col <= x.range.right)
          ?.list ?? ""
      );
    },
    async valueAt(row, col) {
      const s = await sheet();
      return s.values[row - s.originRow]?.[col - s.originCol] ?? null;
    },
  };
}

function viaWps(): Host {
  let fake: FakeWps;
  return {
    name: "WPS add-in (strict fake)",
    async open() {
      fake = new FakeWps(modelFromSnapshot(readWorkbookBytes(readFileSync(SAMPLE)).snapshot));
    },
    check: async () => runCheck(fake.app, { asOf: AS_OF }, AS_OF).plan.messages,
    async setList(a1, source) {
      // As the 数据验证 dialog does: the range's rule replaced.
      const validation = fake.app.ActiveWorkbook!.Worksheets.Item(S).Range(a1).Validation;
      validation.Delete();
      validation.Add(XL.validateList, XL.validAlertStop, XL.between, source);
    },
    clear: async () => runClear(fake.app).plan.messages,
    listAt: async (row, col) => fake.sheet(S).validations.get(`${row},${col}`) ?? "",
    valueAt: async (row, col) => fake.sheet(S).cells.get(`${row},${col}`)?.value ?? null,
  };
}

const HOSTS: [string, () => Host][] = [
  [xlsxDriver.name, () => viaDriver(xlsxDriver)],
  [excelDriver.name, () => viaDriver(excelDriver)],
  ["WPS add-in (strict fake)", viaWps],
];

const THEIRS = "已核实,待核实";
const STATUS = 9; // J: our 状态
const ROWS = [10, 11, 12, 13, 14]; // J11:J15

describe.each(HOSTS)("%s", (_, make) => {
  test("a list the clerk put on our 状态 cells after a check stays through a second check and Clear marks, said", async () => {
    const host = make();
    await host.open();
    await host.check();
    expect(await host.valueAt(10, STATUS)).toBe("正常");
    await host.setList("J11:J15", THEIRS);
    const second = await host.check();
    expect(second.filter((m) => m.includes("下拉列表"))).toEqual([]);
    for (const row of ROWS) expect(await host.listAt(row, STATUS)).toBe(THEIRS);
    const cleared = await host.clear();
    for (const row of ROWS) {
      expect(await host.valueAt(row, STATUS)).toBeNull(); // our 状态 goes
      expect(await host.listAt(row, STATUS)).toBe(THEIRS); // their list stays
    }
    expect(cleared).toContainEqual(
      expect.stringMatching(/^5 个单元格上有您设的下拉列表（与本工具设的不同），已保留：'1 办公用品采购'!J11:J15$/),
    );
    // Our own lists are gone.
    for (const row of ROWS) for (const col of [11, 12]) expect(await host.listAt(row, col)).toBe("");
  });

  test("the clerk's list down the column where ours went keeps every cell, our header's and 进度预警's too", async () => {
    const host = make();
    await host.open();
    await host.setList("M1:M60", "甲,乙");
    await host.check();
    expect(await host.valueAt(9, 12)).toBe("完成可能性"); // written over their list
    const cleared = await host.clear();
    expect(await host.valueAt(9, 12)).toBeNull();
    const lost: string[] = [];
    for (let row = 0; row < 60; row++) if ((await host.listAt(row, 12)) !== "甲,乙") lost.push(cellName(row, 12));
    expect(lost).toEqual([]);
    expect(cleared).toContainEqual(
      expect.stringMatching(
        /^8 个单元格上有您设的下拉列表（与本工具设的不同），已保留：'1 办公用品采购'!M6:M7、'1 办公用品采购'!M10:M15$/,
      ),
    );
  });
});
