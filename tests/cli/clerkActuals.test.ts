/**
 * actuals50: what finance clerks type as actual values, through the real command line on the bundled sample
 * (--as-of 2024-07-31), each read as the clerk meant it or said in one line — never judged green by accident:
 * - '1 办公用品采购'!H7, the 1-7月执行数, typed 2024/6/30: Excel keeps the serial 45473 formatted as a date. Before it was
 *   “执行数 45473 是预算数 63.14 万元的 720 倍，可能按元填写” (and above a budget of 45473 万元 judged as spent);
 * - '2 检察业务费'!H16, 服务对象满意度 ≥90%, typed 9500 (for 95.00): before “实际 9500%，目标 ≥ 90%”, 正常 / 绿;
 * - '2 检察业务费'!H14, 完成时限 2024年12月31日, typed 已于6月完成: before “时限指标应填写完成日期”, no light.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { editXlsx } from "../scenarios/xlsxEdit";
import { ROOT, runCli } from "./runCli";

jest.setTimeout(180_000);

const SAMPLE = path.join(ROOT, "assets", "sample.xlsx");
const [OFFICE, CASES] = ["1 办公用品采购", "2 检察业务费"];

interface Indicator {
  cell: string;
  status: string | null;
  light: string | null;
  why: string;
}
interface Table {
  sheet: string;
  execution: { spent: number } | null;
  indicators: Indicator[];
}
interface Doc {
  files: { tables: Table[]; diagnostics: { cell: string | null; message: string }[] }[];
}

let work: string;
let doc: Doc;
let text: string;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-clerk-actuals-"));
  const edited = editXlsx(new Uint8Array(await fs.readFile(SAMPLE)), [
    { sheet: OFFICE, row: 6, col: 7, type: 45473 },
    { sheet: OFFICE, row: 6, col: 7, format: { numberFormat: "yyyy/m/d" } },
    { sheet: CASES, row: 15, col: 7, type: 9500 },
    { sheet: CASES, row: 13, col: 7, type: "已于6月完成" },
  ]);
  await fs.writeFile(path.join(work, "typed.xlsx"), edited);
  const json = await runCli(["check", "typed.xlsx", "--json", "--out", "a", "--as-of", "2024-07-31"], work);
  expect(json.stderr).toBe("");
  doc = JSON.parse(json.stdout) as Doc;
  const run = await runCli(["check", "typed.xlsx", "--out", "b", "--as-of", "2024-07-31"], work);
  text = run.stdout;
});

afterAll(() => fs.rm(work, { recursive: true, force: true }));

const table = (sheet: string) => doc.files[0].tables.find((t) => t.sheet === sheet)!;
const indicator = (sheet: string, cell: string) =>
  table(sheet).indicators.find((i) => i.cell === `'${sheet}'!${cell}`)!;

test("a date typed as 执行数 is no amount: said once at the cell, execution not judged (never 45473 万元)", () => {
  const said = doc.files[0].diagnostics.filter((d) => d.cell === `'${OFFICE}'!H7`).map((d) => d.message);
  expect(said).toEqual(["执行数单元格中是日期 2024-06-30，不是金额，请填写支出金额（万元），执行进度未判断"]);
  expect(table(OFFICE).execution).toBeNull();
  // The report's project line says why there is no verdict, as the line at the cell (in --json and the pane) does:
  // verdict51 — it said “执行数无法识别” on the old main.
  expect(text).not.toMatch(/45473/);
  expect(text).toMatch(/办公用品采购 {2}预算 63.14 万元 {2}执行数是日期，不是金额/);
  expect(text).not.toMatch(/执行数无法识别/);
});

test("a satisfaction typed 9500 is no percentage: said, no light (it was 正常 / 绿)", () => {
  const got = indicator(CASES, "F16");
  expect({ light: got.light, why: got.why }).toEqual({
    light: "none",
    why: expect.stringContaining("实际值“9500”按百分比是 9500%，超过 100% 的 10 倍"),
  });
});

test("已于6月完成 against 2024年12月31日 is done by 2024-06-30: met", () => {
  const got = indicator(CASES, "F14");
  expect({ status: got.status, light: got.light }).toEqual({ status: "met", light: "green" });
  expect(got.why).toContain("2024-06-30");
});
