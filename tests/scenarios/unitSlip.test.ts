/**
 * The clerk types the money paid out and the area looked after as plain counts — 4800000 (元) against ≥500万元,
 * 11000 (亩) against ≥1.2万亩 — and the cost per 亩 as 0.017万元/亩 against ≤160元/亩 (review36). Before: two silent
 * 超额 (blue, 4800000 万元) and a unit mismatch (无法识别). Now read as 480 万元 / 1.1 万亩 — short of the targets, red —
 * with a note at the status cell saying how the number was read and how to write it; 0.017万元/亩 is 170 元/亩, over
 * the cap, red. The clerk then writes 480 (in 万元) as the note asks: the same light, the note gone, the clerk's cells as
 * they typed them; checking again changes nothing. Both appliers (the CLI's copy, the add-in on the strict Excel fake),
 * and the perf-targets command's list.
 */
import { promises as fs, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { BOTH_DRIVERS, type Driver, type Held } from "./drivers";
import { runCli } from "../cli/runCli";

jest.setTimeout(120_000);

const SHEET = "2025项目绩效目标";
const AS_OF = "2025-12-31";
/** Rows (1-based) of the indicators and the column (1-based) of the clerk's 1-12月完成值. */
const [PAID, AREA, COST, RATE] = [7, 8, 9, 10];
const ACTUAL_COL = 5;

async function countyWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell("A1").value = "2025年度项目支出绩效目标表";
  ws.getCell("E2").value = "单位：万元";
  const rows: (string | number)[][] = [
    ["项目名称", "高标准农田建设管护"],
    ["项目资金（万元）", "年度资金总额", 600],
    ["年度绩效目标", "完成高标准农田管护1.2万亩"],
    ["一级指标", "二级指标", "三级指标", "指标值", "1-12月完成值"],
    ["产出指标", "数量指标", "专项资金拨付额", "≥500万元", 4800000],
    ["产出指标", "数量指标", "管护面积", "≥1.2万亩", 11000],
    ["产出指标", "成本指标", "亩均管护成本", "≤160元/亩", "0.017万元/亩"],
    ["产出指标", "质量指标", "设施完好率", "≥95%", 96],
  ];
  rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(3 + i, 1 + c).value = v)));
  const file = path.join(os.tmpdir(), `unit-slip-${process.pid}.xlsx`);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

/** The row's cells the check wrote (right of the clerk's columns) and the notes on them. */
function rowOf(held: Held, row: number) {
  const cells = [...held.cells].filter(([k]) => new RegExp(`^${SHEET}![F-Z]${row}$`).test(k)).map(([, v]) => v);
  const notes = [...held.notes].filter(([k]) => new RegExp(`^${SHEET}![A-Z]+${row}$`).test(k)).map(([, v]) => v);
  return { cells, notes };
}

const SLIP_PAID =
  "实际 480 万元，目标 ≥ 500 万元（实际值 4800000 可能是以元填写，已按 480 万元判断；请按“万元”填写或写明单位）";
const SLIP_AREA =
  "实际 1.1 万亩，目标 ≥ 1.2 万亩（实际值 11000 可能是以亩填写，已按 1.1 万亩判断；请按“万亩”填写或写明单位）";
const RED = ['v:"未达标"', 'v:"红"'];

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  test("4800000 / 11000 against 万 targets: red with the reading said; 480 written as asked: same light, note plain; twice = once", async () => {
    const once = await driver.check(await driver.open(await countyWorkbook()), false, AS_OF);
    const first = await driver.held(once.workbook);
    expect(rowOf(first, PAID)).toEqual({ cells: RED, notes: [SLIP_PAID] });
    expect(rowOf(first, AREA)).toEqual({ cells: RED, notes: [SLIP_AREA] });
    // 0.017万元/亩 is 170 元/亩: over the cap, not a unit mismatch (无法识别).
    expect(rowOf(first, COST)).toEqual({ cells: RED, notes: ["实际 170 元/亩，目标 ≤ 160 元/亩"] });
    expect(rowOf(first, RATE)).toEqual({ cells: ['v:"达标"', 'v:"绿"'], notes: [] });

    // The clerk follows the note: 480 (万元) typed over 4800000; 11000 left as it was.
    const fixed = await driver.edit(once.workbook, [{ sheet: SHEET, row: PAID - 1, col: ACTUAL_COL - 1, type: 480 }]);
    const again = await driver.check(fixed, false, AS_OF);
    const second = await driver.held(again.workbook);
    expect(rowOf(second, PAID)).toEqual({ cells: RED, notes: ["实际 480 万元，目标 ≥ 500 万元"] });
    expect(rowOf(second, AREA)).toEqual(rowOf(first, AREA));
    expect(second.cells.get(`${SHEET}!E${PAID}`)).toBe("v:480");
    expect(second.cells.get(`${SHEET}!E${AREA}`)).toBe("v:11000");
    expect(second.cells.get(`${SHEET}!E${COST}`)).toBe('v:"0.017万元/亩"');

    const third = await driver.check(again.workbook, false, AS_OF);
    expect(await driver.held(third.workbook)).toEqual(second);
  });
});

test("the perf-targets command lists the two readings and the cost over its cap, no unit mismatch", async () => {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-unit-slip-"));
  try {
    const r = await runCli(["check", await countyWorkbook(), "--as-of", AS_OF, "--out", "o"], work);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("实际值 4800000 可能是以元填写，已按 480 万元判断；请按“万元”填写或写明单位");
    expect(r.stdout).toContain("实际值 11000 可能是以亩填写，已按 1.1 万亩判断；请按“万亩”填写或写明单位");
    expect(r.stdout).toContain("实际 170 元/亩，目标 ≤ 160 元/亩");
    expect(r.stdout).not.toMatch(/不一致|蓝 [1-9]/);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
});
