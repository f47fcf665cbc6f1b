/**
 * A county's 2025 table with its 资金支出计划（%） under the indicator rows (review36: read at last). The clerk checks,
 * types 80 万元 into the 执行数 cell our schedule block adds beside the plan, and checks again: execution is judged
 * against their plan (40 % spent, 75 % planned at 9月底: red), and a third check changes nothing. Their plan, their
 * 填报说明 under it and every other cell they wrote stay as they wrote them. CLI checked copy and the add-in (strict
 * Excel fake), values mode.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS } from "../../src/core/types";
import { BOTH_DRIVERS, type Driver, type Held } from "./drivers";

jest.setTimeout(120_000);

const S = "2025项目绩效目标";
const AS_OF = "2025-09-30";
let file: string;

/** What the clerk typed: cell → value. */
const TYPED: Record<string, ExcelJS.CellValue> = {
  A1: "2025年度项目支出绩效目标表",
  F2: "单位：万元",
  A3: "项目名称",
  B3: "高标准农田建设管护",
  A4: "项目资金（万元）",
  B4: "年度资金总额",
  C4: 200,
  A5: "一级指标",
  B5: "二级指标",
  C5: "三级指标",
  D5: "指标值",
  A6: "产出指标",
  B6: "数量指标",
  C6: "管护面积",
  D6: "≥1.2万亩",
  A7: "满意度指标",
  B7: "服务对象满意度指标",
  C7: "受益农户满意度",
  D7: "≥90%",
  A9: "资金支出计划（%）",
  B9: "3月底",
  C9: "6月底",
  D9: "9月底",
  E9: "12月底",
  B10: 10,
  C10: 40,
  D10: 75,
  E10: 100,
  A12: "填报说明：资金支出计划为累计比例",
};

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(S);
  for (const [at, v] of Object.entries(TYPED)) ws.getCell(at).value = v;
  file = path.join(os.tmpdir(), `plan-below-${process.pid}.xlsx`);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
});

const theirs = (held: Held) => Object.keys(TYPED).map((at) => held.cells.get(`${S}!${at}`));
const expected = Object.values(TYPED).map((v) => `v:${JSON.stringify(v)}`);

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  test("the plan under the indicators is judged, 执行数 typed beside it; twice = once; their cells kept", async () => {
    const once = (await driver.check(await driver.open(file), false, AS_OF)).workbook;
    const held = await driver.held(once);
    expect(theirs(held)).toEqual(expected);
    // Our schedule block beside the plan: its 执行数 input column on the plan's label row.
    const spentHeader = [...held.cells].find(([k, v]) => k.startsWith(`${S}!`) && /执行数/.test(v));
    expect(spentHeader?.[0]).toMatch(new RegExp(`^${S}!([F-Z])9$`));
    const col = spentHeader![0].charCodeAt(S.length + 1) - 65;
    const typed = await driver.edit(once, [{ sheet: S, row: 9, col, type: 80 }]);
    const again = (await driver.check(typed, false, AS_OF)).workbook;
    const { result, table } = checkWorkbook(await driver.snapshot(again), { ...DEFAULT_SETTINGS, asOf: AS_OF })
      .tables[0];
    expect(table.schedule.map((cp) => cp.percent)).toEqual([10, 40, 75, 100]);
    expect(result.execution).toMatchObject({ spent: 80, rate: 40, planned: 75, light: "red" });
    const heldAgain = await driver.held(again);
    expect(theirs(heldAgain)).toEqual(expected);
    const third = (await driver.check(again, false, AS_OF)).workbook;
    expect(await driver.held(third)).toEqual(heldAgain);
  });
});
