/**
 * breaker61: the clerk deletes our 监控汇总 after a check and gives its name to a sheet of their own (last year's tally,
 * 上年汇总 → 监控汇总), then checks again. The record names 监控汇总 as a sheet we made, and a name still in the workbook
 * was taken for its own sheet: the check wrote our summary into the empty cells of theirs (预算年度 in A4:B4, our
 * column headers beside their 项目 / 完成情况 on row 6, our projects under their rows) and said 24 of "our" cells had
 * changed; every later check then said 第 6 行找不到表头 and left the summary stale. A summary we made is now ours under
 * its name only while that sheet still holds our rows (marks.ts summariesTaken): their sheet stays as they left it,
 * ours is written to 监控汇总 (2) as when their sheet had the name before the first check (clerkSummaryFirst), and a
 * third check changes nothing. Through the CLI's checked copy, Excel and WPS (strict fakes).
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
const THEIRS = "上年汇总";
const SUMMARY = "监控汇总";

interface Host<W> {
  name: string;
  open(file: string): Promise<W>;
  check(w: W): Promise<{ workbook: W; messages: string[] }>;
  /** Our summary deleted (confirming Excel's and WPS's prompt), their sheet renamed to its name. */
  takeName(w: W): Promise<W>;
  held(w: W): Promise<Held>;
}

const hosts: Host<unknown>[] = [
  {
    name: "xlsx (CLI checked copy)",
    open: (file) => xlsxDriver.open(file),
    check: (w) => xlsxDriver.check(w as Uint8Array, false),
    takeName: async (w) =>
      xlsxDriver.edit(await xlsxDriver.edit(w as Uint8Array, [{ sheet: SUMMARY, deleteSheet: true }]), [
        { sheet: THEIRS, renameTo: SUMMARY },
      ]),
    held: (w) => xlsxDriver.held(w as Uint8Array),
  },
  {
    name: "Excel add-in (strict fake)",
    open: (file) => excelDriver.open(file),
    check: (w) => excelDriver.check(w as never, false),
    takeName: async (w) =>
      excelDriver.edit(await excelDriver.edit(w as never, [{ sheet: SUMMARY, deleteSheet: true }]), [
        { sheet: THEIRS, renameTo: SUMMARY },
      ]),
    held: (w) => excelDriver.held(w as never),
  },
  {
    name: "WPS (strict fake)",
    open: async (file) => new FakeWps(wpsModel(readWorkbookBytes(new Uint8Array(readFileSync(file))).snapshot)),
    async check(w) {
      return { workbook: w, messages: wpsCheck((w as FakeWps).app, { asOf: AS_OF }, AS_OF).plan.messages };
    },
    async takeName(w) {
      const app = (w as FakeWps).app;
      const sheets = app.ActiveWorkbook!.Worksheets;
      app.DisplayAlerts = false; // the clerk confirms 删除 (Worksheet.Delete asks first)
      sheets.Item(SUMMARY).Delete();
      app.DisplayAlerts = true;
      sheets.Item(THEIRS).Name = SUMMARY;
      return w;
    },
    held: async (w) => heldOfWps((w as FakeWps).model),
  },
];

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "perf-summary-name-"));
  file = path.join(dir, "clerk.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SEED);
  const ws = wb.addWorksheet(THEIRS);
  ws.getCell("A1").value = "2023年度项目监控汇总（上年）";
  ws.getCell("A3").value = "监控时点";
  ws.getCell("B3").value = new Date(Date.UTC(2023, 11, 31));
  ws.getCell("A5").value = "项目";
  ws.getCell("B5").value = "完成情况";
  ws.getCell("H5").value = "备注";
  for (let i = 0; i < 12; i++) {
    ws.getCell(`A${6 + i}`).value = `上年项目${i + 1}`;
    ws.getCell(`B${6 + i}`).value = "已完成";
  }
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cellsOn = (held: Held, sheet: string) => [...held.cells].filter(([k]) => k.startsWith(`${sheet}!`));

describe.each(hosts)("$name: our summary deleted, their sheet named 监控汇总, checked again", (host) => {
  test("their sheet stays as they left it; ours goes to 监控汇总 (2); a third check changes nothing", async () => {
    const once = await host.check(await host.open(file));
    const ours = cellsOn(await host.held(once.workbook), SUMMARY);
    const edited = await host.takeName(once.workbook);
    const theirs = cellsOn(await host.held(edited), SUMMARY);
    const again = await host.check(edited);
    const held = await host.held(again.workbook);
    expect(cellsOn(held, SUMMARY)).toEqual(theirs);
    expect(cellsOn(held, `${SUMMARY} (2)`).map(([k, v]) => [k.replace(" (2)", ""), v])).toEqual(ours);
    expect(again.messages).toEqual(["已有名为「监控汇总」的工作表，汇总写在「监控汇总 (2)」。"]);
    const third = await host.check(again.workbook);
    expect(await host.held(third.workbook)).toEqual(held);
  });
});
