/**
 * reader46 — 四川's 部门预算项目支出绩效自评表 (青神 2023) has a 原因 cell in its money block, merged down beside the
 * amounts, where the clerk says why the budget was not spent; the national monitoring table has 偏差原因分析 there. It
 * was not read: with 预算执行率 under 90 % the self-evaluation said “应说明原因” whatever the cell held. Now the reason
 * written there is read (GoalTable.executionReason); the form's own instruction left in the cell (“…未达到90%的需说明
 * 原因(100字以内)…”) or a filler (无, /) is no reason, and the finding stays.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkWorkbook } from "../../../src/core/check";
import { DEFAULT_SETTINGS, type CellValue, type WorkbookSnapshot } from "../../../src/core/types";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";

const FIXTURE = path.join(__dirname, "../../fixtures/real/sichuan-qingshen-self-eval-2023.xlsx");
/** 青神 2023: the money block's total row (总额) and its columns 预算执行数 | 预算执行率 | 原因. */
const TOTAL_ROW = 9;
const SPENT = 4;
const RATE = 5;
const REASON = 8;
const INSTRUCTION =
  "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.";

/** 青神 2023 with 201.51 of 251.89 spent (80 %) and `reason` in the 原因 cell. */
function spentEighty(reason: CellValue): WorkbookSnapshot {
  const snapshot = readWorkbookBytes(new Uint8Array(readFileSync(FIXTURE))).snapshot;
  const values = snapshot.sheets[0].values;
  values[TOTAL_ROW][SPENT] = 201.51;
  values[TOTAL_ROW][RATE] = "80.00%";
  values[TOTAL_ROW][REASON] = reason;
  return snapshot;
}

function explained(reason: CellValue) {
  const check = checkWorkbook(spentEighty(reason), { ...DEFAULT_SETTINGS, asOf: "2023-12-31" });
  const { table, selfEvaluation } = check.tables[0];
  return {
    reason: table.executionReason?.value ?? null,
    asked: (selfEvaluation?.findings ?? []).filter((f) => f.rule === "selfeval-execution-reason").map((f) => f.message),
  };
}

test("a reason written in 四川's 原因 cell is read, and the rate below 90 % needs no other", () => {
  const why = "部分人员年中调出,工资按实际在编人数发放,结余50.38万元";
  expect(explained(why)).toEqual({ reason: why, asked: [] });
});

test.each([
  ["the form's own instruction", INSTRUCTION],
  ["无", "无"],
  ["/", "/"],
  ["an empty cell", null],
])("%s in the 原因 cell is no reason: “应说明原因” is still said", (_, reason) => {
  expect(explained(reason).asked).toEqual(["预算执行率 80%，低于 90%，应说明原因"]);
});

test("the published form (rate 100 %, instruction left in 原因) reads the cell and asks nothing", () => {
  const snapshot = readWorkbookBytes(new Uint8Array(readFileSync(FIXTURE))).snapshot;
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2023-12-31" });
  const { table, selfEvaluation } = check.tables[0];
  expect(table.executionReason?.value).toBe(INSTRUCTION);
  expect(selfEvaluation?.findings.filter((f) => f.rule === "selfeval-execution-reason")).toEqual([]);
});
