/**
 * breaker48: before its first check the clerk already has a sheet of their own named 监控汇总 (last year's tally,
 * with their date in B3) and a workbook name 监控时点 pointing at it. The check writes ours to 监控汇总 (2) and reads
 * through 监控时点_2, and keeps their sheet and name — but it said “名称“监控时点”指向「监控汇总」，但本工具的记录已不在，无法确认
 * 是本工具所设”: no check had ever run, and nothing on their sheet is ours. That line is for a summary of ours whose
 * record was deleted (bothOursDeleted: our 监控时点 label still beside the date); a sheet without our label is theirs,
 * and the line says so. A second check changes nothing. Through the CLI's checked copy, Excel and WPS (strict fakes).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCheck as wpsCheck } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot as wpsModel } from "../host/wps/fake";
import { AS_OF, excelDriver, heldOfWps, xlsxDriver, type Held } from "./drivers";

jest.setTimeout(180_000);

const SEED = path.join(__dirname, "../fixtures/seed-one-sheet.xlsx");
const THEIRS = "监控汇总";

interface Host<W> {
  name: string;
  open(file: string): Promise<W>;
  check(w: W): Promise<{ workbook: W; messages: string[] }>;
  held(w: W): Promise<Held>;
}

const hosts: Host<unknown>[] = [
  {
    name: "xlsx (CLI checked copy)",
    open: (file) => xlsxDriver.open(file),
    check: (w) => xlsxDriver.check(w as Uint8Array, false),
    held: (w) => xlsxDriver.held(w as Uint8Array),
  },
  {
    name: "Excel add-in (strict fake)",
    open: (file) => excelDriver.open(file),
    check: (w) => excelDriver.check(w as never, true),
    held: (w) => excelDriver.held(w as never),
  },
  {
    name: "WPS (strict fake)",
    open: async (file) => new FakeWps(wpsModel(readWorkbookBytes(new Uint8Array(readFileSync(file))).snapshot)),
    async check(w) {
      return { workbook: w, messages: wpsCheck((w as FakeWps).app, { asOf: AS_OF }, AS_OF).plan.messages };
    },
    held: async (w) => heldOfWps((w as FakeWps).model),
  },
];

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "perf-clerk-summary-"));
  file = path.join(dir, "clerk.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SEED);
  const ws = wb.addWorksheet(THEIRS);
  ws.getCell("A1").value = "2023年度项目监控汇总（上年）";
  ws.getCell("A3").value = "填报日期";
  ws.getCell("B3").value = new Date(Date.UTC(2023, 11, 31));
  ws.getCell("A5").value = "项目";
  ws.getCell("B5").value = "完成情况";
  ws.getCell("A6").value = "办公用品采购";
  ws.getCell("B6").value = "已完成";
  wb.definedNames.add(`'${THEIRS}'!$B$3`, "监控时点");
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const theirCells = (held: Held) => [...held.cells].filter(([k]) => k.startsWith(`${THEIRS}!`));

describe.each(hosts)("$name: the clerk's own 监控汇总 and 监控时点 before the first check", (host) => {
  test("kept as theirs, said to be theirs, not a record gone; a second check changes nothing", async () => {
    const before = await host.held(await host.open(file));
    const once = await host.check(await host.open(file));
    const held = await host.held(once.workbook);
    expect(theirCells(held)).toEqual(theirCells(before));
    expect(held.sheets).toContain(`${THEIRS} (2)`);
    const lines = once.messages.filter((m) => m.includes("“监控时点”"));
    expect(lines).toEqual([
      "名称“监控时点”是您定义的，未改动；本工具的公式改用名称“监控时点_2”读取汇总表中的监控时点。",
    ]);
    const twice = await host.check(once.workbook);
    expect(await host.held(twice.workbook)).toEqual(held);
  });
});
