/**
 * reader40 — a money unit line ABOVE the title (`单位：元` on the sheet's first row, over 2024年度项目支出绩效目标表, as
 * clerks paste a budget system's export under its heading line) was not read: only the rows from the title down were,
 * so 500000 beside 年度资金总额 was read as 500000 万元 (50 亿元) and a 执行数 of 200000 judged against it. Now the
 * nearest unit line above the title is the table's when it states none itself; a unit in a money label or below the
 * title still wins.
 */
import { checkWorkbook } from "../../../src/core/check";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../../src/core/types";
import { sheet, workbook, type Cell } from "./grid";

function table(above: Cell[][], below: Cell[][] = [], moneyLabel = "年度资金总额"): WorkbookSnapshot {
  return workbook(
    sheet("目标表", [
      ...above,
      ["2024年度项目支出绩效目标表", "", "", ""],
      ...below,
      ["项目名称", "设备采购", "<", "<"],
      [moneyLabel, 500000, "", ""],
      ["1-7月执行数", 200000, "", ""],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "设备数量", "≥5台"],
    ]),
  );
}

function read(snapshot: WorkbookSnapshot) {
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2024-07-31" });
  const { table: t, result } = check.tables[0];
  return { unit: t.moneyUnit, budget: t.budget, spent: t.spent?.value ?? null, light: result.execution?.light };
}

const IN_YUAN = { unit: "元", budget: 50, spent: 20, light: "yellow" };

test.each([
  [[["单位：元"]]],
  [[["", "", "", "单位：元"]]],
  [[["（金额单位：元）"]]],
  [[["附件2"], ["单位：元"]]],
  [[["编制单位：某某局", "", "单位：元"]]],
])("%j above the title: the table's amounts are in 元", (above) => {
  expect(read(table(above))).toEqual(IN_YUAN);
});

test("a unit line below the title still wins over one above it", () => {
  expect(read(table([["单位：万元"]], [["单位：元"]]))).toEqual(IN_YUAN);
});

test("a unit in the money label still wins over the line above the title", () => {
  expect(read(table([["单位：万元"]], [], "年度资金总额（元）"))).toEqual(IN_YUAN);
});

test("a second table stacked under the first takes the line above its own title, not the first table's", () => {
  const rows = (unit: string, budget: number): Cell[][] => [
    [unit],
    ["2024年度项目支出绩效目标表", "", "", ""],
    ["项目名称", `项目${budget}`, "<", "<"],
    ["年度资金总额", budget, "", ""],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "设备数量", "≥5台"],
    [],
  ];
  const snapshot = workbook(sheet("目标表", [...rows("单位：万元", 50), ...rows("单位：元", 300000)]));
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2024-07-31" });
  expect(check.tables.map((t) => [t.table.moneyUnit, t.table.budget])).toEqual([
    ["万元", 50],
    ["元", 30],
  ]);
});
