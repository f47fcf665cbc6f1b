/**
 * Running twice is running once, on real tables (review35): the monitoring columns a check adds (实际完成值,
 * 全年预计完成值, 偏差原因, 完成可能性 …) are ours, not the table's, and never decide what the table is. Before the fix
 * the checked copy, checked again unchanged, read 四川 井研 and 重庆 奉节 (a 分值 column of their own beside our
 * 实际完成值) as self-evaluations and 山东 临沂, 天津 河北区, 浙江 慈溪, 宁夏 原州, 湖南 岳阳 (our 全年预计完成值 / 偏差原因 /
 * 完成可能性) as monitoring tables; with the kind went the judgments (井研: its review opinions vanished, a 分值合计 70
 * finding appeared on our own column). docs/domain.md#budget-year: our own text is never evidence.
 * Both appliers (the CLI's checked copy, the add-in on the strict Excel fake): the second check judges as the first
 * and leaves the workbook as the first left it.
 */
import path from "node:path";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS, type CheckResult } from "../../src/core/types";
import { BOTH_DRIVERS, AS_OF } from "./drivers";

jest.setTimeout(120_000);

const SETTINGS = { ...DEFAULT_SETTINGS, asOf: AS_OF };
const REAL = (name: string) => path.join(__dirname, "../fixtures/real", `${name}.xlsx`);

/** What the check judged: each table's kind, light, execution and indicator results, and the review. */
const judged = (check: CheckResult) => ({
  tables: check.tables.map((c) => ({
    table: `${c.table.sheet} ${c.table.name}: ${c.table.kind}`,
    light: c.result.light,
    execution: c.result.execution,
    results: c.results.map((r) => `${r.status} ${r.light} ${r.why}`),
  })),
  review: check.review.map((r) => `${r.rule} ${r.message}`),
});

const TABLES = [
  "sichuan-jingyan-goals-2023",
  "chongqing-fengjie-approval-2023",
  "shandong-linyi-school-goals-2025",
  "tianjin-hebei-court-goals-2023",
  "zhejiang-cixi-infant-care-goals-2023",
  "ningxia-yuanzhou-forest-goals-2022",
  "hunan-yueyang-farmland-goals-2022",
];

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  test.each(TABLES)("%s: checked again unchanged, the same tables, judgments, review and workbook", async (name) => {
    const original = await driver.open(REAL(name));
    const first = judged(checkWorkbook(await driver.snapshot(original), SETTINGS));
    const once = (await driver.check(original, false)).workbook;
    const heldOnce = await driver.held(once);
    const second = judged(checkWorkbook(await driver.snapshot(once), SETTINGS));
    expect(second).toEqual(first);
    expect(second.tables.every((t) => t.table.endsWith(": project"))).toBe(true); // as each is
    const twice = (await driver.check(once, false)).workbook;
    expect(await driver.held(twice)).toEqual(heldOnce);
  });
});

/**
 * 安徽 黄山 (review35): one project whose goals are listed inside its 绩效目标 cell (【产出指标-数量指标】指标1:机柜数量(≥77台)).
 * The check writes them out to a sheet of their own (项目绩效目标, where the user types actuals; 部门整体绩效目标 before
 * variety36) and the next check reads that sheet instead of the cell: the table moves there by design, and stays the
 * project it was, with the budget its row gave (1681680 元). Before the fix the sheet was titled 2025年部门整体绩效目标表
 * and read back as the unit-wide table 部门整体, not the project.
 */
test.each(BOTH_DRIVERS)(
  "$name: 安徽 黄山, checked again unchanged, is still the project its cell lists",
  async (driver) => {
    const original = await driver.open(REAL("anhui-huangshan-police-goals-2025"));
    const first = judged(checkWorkbook(await driver.snapshot(original), SETTINGS));
    const once = (await driver.check(original, false)).workbook;
    const heldOnce = await driver.held(once);
    const second = judged(checkWorkbook(await driver.snapshot(once), SETTINGS));
    // The one change: the table is read from the sheet we wrote it to, not from the cell.
    const sheetless = (j: typeof first) => ({
      ...j,
      tables: j.tables.map((t) => ({ ...t, table: t.table.replace(/^\S+ /, "") })),
    });
    expect(first.tables.map((t) => t.table)).toEqual([
      "项目绩效目标和指标 黄山市雪亮工程市本级机房租赁2024至2027服务采购项目: project",
    ]);
    expect(second.tables.map((t) => t.table.split(" ")[0])).toEqual(["项目绩效目标"]);
    expect(sheetless(second)).toEqual(sheetless(first));
    // The budget in its row (1681680, 元 by its 维护成本 <1681680元), read from our sheet the second time.
    const budgets = async (workbook: typeof original) =>
      checkWorkbook(await driver.snapshot(workbook), SETTINGS).tables.map((c) => c.table.budget);
    expect([await budgets(original), await budgets(once)]).toEqual([[168.168], [168.168]]);
    const twice = (await driver.check(once, false)).workbook;
    expect(await driver.held(twice)).toEqual(heldOnce);
  },
);

test("四川 井研, checked again: its two 指标不够完整 opinions stay, no 分值合计 finding on our column", async () => {
  const [driver] = BOTH_DRIVERS;
  const once = (await driver.check(await driver.open(REAL("sichuan-jingyan-goals-2023")), false)).workbook;
  const again = checkWorkbook(await driver.snapshot(once), SETTINGS);
  expect(again.tables.map((c) => c.table.kind)).toEqual(["project", "project"]);
  expect(again.review.map((r) => r.rule)).toEqual(["missing-output-subtype", "missing-output-subtype"]);
  expect(again.review.some((r) => /分值合计/.test(r.message))).toBe(false);
});

test.each(BOTH_DRIVERS)(
  "$name: 四川 井研 with rows and a column inserted since the check is still read as projects",
  async (driver) => {
    const once = (await driver.check(await driver.open(REAL("sichuan-jingyan-goals-2023")), false)).workbook;
    // Our block found where the clerk's edits moved it, as the plan finds it: not only where the record wrote it.
    const sheet = (await driver.snapshot(once)).sheets[0].name;
    const moved = await driver.edit(once, [
      { sheet, axis: "row", at: 0, count: 3 },
      { sheet, axis: "col", at: 0, count: 1 },
    ]);
    const again = checkWorkbook(await driver.snapshot(moved), SETTINGS);
    expect(again.tables.map((c) => c.table.kind)).toEqual(["project", "project"]);
    expect(again.review.map((r) => r.rule)).toEqual(["missing-output-subtype", "missing-output-subtype"]);
  },
);
