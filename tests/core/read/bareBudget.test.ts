/**
 * A budget written as a bare number with no unit anywhere (1681680 beside 项目资金 / 年度资金总额, no 万元 / 元 in the
 * header) was read in the 万元 every table stating none is assumed to be in: 1681680 万元, 168 亿元 — the project's
 * execution judged against it (any 执行数 a rounding error, red). Now the table's own words decide: an indicator
 * stating that very amount with a unit, or another amount of the table written with one; 元 so said is read, in one
 * line; with nothing to tell, the budget is not read and one line says why and what to write. A bare budget a 万元
 * table may hold (100), or any budget in a stated unit, reads as before, without a word.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../../src/core/check";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../../src/core/types";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { sheet, workbook, type Cell } from "./grid";

const UNREAD =
  "2,2 预算数 1681680 未写金额单位：按万元读将达 168.17 亿元，疑为元；预算数未读取，执行进度未判断。请在表头写明“单位：元”或“单位：万元”";

function checked(snapshot: WorkbookSnapshot, asOf = "2025-09-30") {
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf });
  const { table, result } = check.tables[0];
  return {
    budget: table.budget,
    total: table.funds.total,
    light: result.execution?.light ?? null,
    said: check.diagnostics
      .filter((d) => /预算/.test(d.message))
      .map((d) => `${d.cell ? `${d.cell.row},${d.cell.col} ` : ""}${d.message}`),
  };
}

/** 机房租赁 2025: the budget in C3, 50 万元 spent by September (in 元 when the budget is). */
function table(budget: Cell, spent: Cell, extra: Cell[][] = [], unitLine: Cell[] = []): WorkbookSnapshot {
  return workbook(
    sheet("目标表", [
      ["2025年度项目支出绩效目标表", ...unitLine],
      ["项目名称", "机房租赁服务采购", "<", "<"],
      ["项目资金", "年度资金总额", budget, ""],
      ["", "1-9月执行数", spent, ""],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "机柜数量", "≥77台"],
      ...extra,
    ]),
  );
}

test("1681680 with no unit anywhere: not read (not 168 亿元), one line says why and what to write", () => {
  expect(checked(table(1681680, 500000))).toEqual({ budget: null, total: null, light: null, said: [UNREAD] });
});

test.each([
  ["维护成本", "≤1681680元"],
  ["项目总成本", "≤168.17万元"],
])("an indicator stating that amount with its unit (%s %s): 元, said once, judged", (name, target) => {
  const got = checked(table(1681680, 500000, [["^", "成本指标", name, target]]));
  expect(got).toEqual({
    budget: 168.168,
    total: 168.168,
    light: "red", // 50 of 168.17 万元 (30 %) by September
    said: [`2,2 预算数 1681680 未写金额单位，按指标“${name} ${target}”读作元（168.17 万元）`],
  });
});

test("another amount of the table written with its unit (执行数 500000元): 元", () => {
  expect(checked(table(1681680, "500000元"))).toMatchObject({
    budget: 168.168,
    said: ["2,2 预算数 1681680 未写金额单位，按同表金额 C4 的单位读作元（168.17 万元）"],
  });
});

test("the table stating its unit (单位：元), or a budget a 万元 table may hold: read as before, nothing said", () => {
  expect(checked(table(1681680, 500000, [], ["", "", "单位：元"]))).toEqual({
    budget: 168.168,
    total: 168.168,
    light: "red",
    said: [],
  });
  expect(checked(table(100, 30))).toEqual({ budget: 100, total: 100, light: "red", said: [] });
});

/**
 * The real 荣昌 2022 table (round sixteen) as a clerk might have written it in 元 without saying so: 资金情况 without its
 * (万元), 153.5184 written 1535184 (total and 市级资金). Before: 1535184 万元.
 */
test("the real 荣昌 2022 table with its money in 元 and no unit: not read, said at the budget", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    readFileSync(
      path.join(__dirname, "../../fixtures/real/chongqing-rongchang-forestry-goals-2022.xlsx"),
    ) as unknown as ArrayBuffer,
  );
  const ws = wb.worksheets[0];
  expect([ws.getCell("B7").value, ws.getCell("E7").value, ws.getCell("E9").value]).toEqual([
    "资金情况(万元)",
    153.5184,
    153.5184,
  ]);
  ws.getCell("B7").value = "资金情况";
  ws.getCell("E7").value = 1535184;
  ws.getCell("E9").value = 1535184;
  const { snapshot } = readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()));
  expect(checked(snapshot, "2022-09-30")).toEqual({
    budget: null,
    total: null,
    light: null,
    said: [
      "6,4 预算数 1535184 未写金额单位：按万元读将达 153.52 亿元，疑为元；预算数未读取，执行进度未判断。请在表头写明“单位：元”或“单位：万元”",
    ],
  });
});
