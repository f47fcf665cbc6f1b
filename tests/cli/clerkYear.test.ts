/**
 * clerk66: a finance clerk's year with the command line, reading every word. An indicator's line names its target
 * once (the verdict already says it: before, “目标 ≥ 90%  实际 85%，目标 ≥ 90%”); --help names the month-only
 * --as-of the clerk types at a month's end.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { fileReport } from "../../src/cli/report";
import { readAsOf } from "../../src/core/asOf";
import { checkWorkbook } from "../../src/core/check";
import { renderMessage, say } from "../../src/core/locale/messages";
import { DEFAULT_SETTINGS } from "../../src/core/types";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample.xlsx");
const REAL = join(__dirname, "..", "fixtures", "real");

async function report(file: string, asOf: string, lang: "zh" | "en") {
  const { snapshot } = await snapshotFromXlsx(readFileSync(file));
  return fileReport("x.xlsx", "x.checked.xlsx", checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf, lang }), lang);
}

test("the sample at the end of June: each indicator line says its target once, in either language", async () => {
  const zh = await report(SAMPLE, "2024-06-30", "zh");
  expect(zh).toContain("      [黄] '2 检察业务费'!F16  服务对象满意度  实际 85%，目标 ≥ 90%");
  expect(zh).toContain("      [黄] '6 装备采购'!F15  提升公共服务水平  实际：部分达成，目标：有所提升");
  const en = await report(SAMPLE, "2024-06-30", "en");
  expect(en).toContain("      [yellow] '2 检察业务费'!F16  服务对象满意度  Actual 85%, target ≥ 90%");
  expect(en).toContain(
    "      [yellow] '6 装备采购'!F15  提升公共服务水平  Actual: partly achieved, target: “有所提升”",
  );
});

test("an actual equal to its target is not the target said (吕梁 2021's D3: 11 所 of 11, pro-rated)", async () => {
  const zh = await report(join(REAL, "shanxi-lvliang-care-worker-training-2021.xlsx"), "2021-06-30", "zh");
  expect(zh.find((l) => l.includes("'护工培训'!D3"))).toBe(
    "      [蓝] '护工培训'!D3  完成2021年吕梁山护工培训就业质量考核及验收  目标 11 所  按序时应达 5.5 所（6/12），实际 11 所（快于序时进度）",
  );
});

test("a reason that does not name the target still gets it on the line (黄石 2019, its target not understood)", async () => {
  const zh = await report(join(REAL, "hubei-huangshi-monitoring-2019.xlsx"), "2019-07-31", "zh");
  const lines = zh.filter((l) => l.startsWith("      [") && !l.includes("目标") && !l.includes("指标值"));
  expect(lines).toEqual([]);
});

test("--help names the month-only --as-of, and the forms it names are read as that month's last day", () => {
  const zh = renderMessage(say("usage.text", {}), "zh");
  const en = renderMessage(say("usage.text", {}), "en");
  expect(zh).toContain("只写月份（2024-06、2024年6月）即该月最后一天");
  expect(en).toMatch(/a month alone\s+\(2024-06\) is its last day/);
  expect([readAsOf("2024-06"), readAsOf("2024年6月")]).toEqual([{ iso: "2024-06-30" }, { iso: "2024-06-30" }]);
});

test("the execution line says the day its plan is read at, and whether the plan is the table's own or 序时进度", async () => {
  const june = await report(SAMPLE, "2024-06-30", "zh");
  expect(june).toContain(
    "  [黄] 办公用品采购  预算 63.14 万元  已执行 20 万元（31.68%），6月30日计划 45%，滞后 13.32 个百分点 [黄]",
  );
  expect(await report(SAMPLE, "2024-06-30", "en")).toContain(
    "  [yellow] 办公用品采购  budget 631,400 CNY  spent 200,000 CNY (31.68%), 45% planned by 30 June, 13.32 points behind [yellow]",
  );
  // 黄石 2019 has no spending plan: 序时进度, and after the year its end.
  const huangshi = join(REAL, "hubei-huangshi-monitoring-2019.xlsx");
  expect(await report(huangshi, "2019-10-31", "zh")).toContain(
    "  [红] 申遗经费  预算 220 万元  已执行 87.57 万元（39.8%），10月31日序时进度 83.33%，滞后 43.53 个百分点 [红]",
  );
  expect(await report(huangshi, "2020-02-29", "en")).toContain(
    "  [red] 申遗经费  budget 2.2 million CNY  spent 875,700 CNY (39.8%), 100% of the year elapsed by 31 December, 60.2 points behind [red]",
  );
});

test("a target that is its indicator's name is quoted once, not twice (the sample's 保障工作正常开展)", async () => {
  expect(await report(SAMPLE, "2024-06-30", "zh")).toContain(
    "      '2 检察业务费'!F15  指标不够细化、量化：“保障工作正常开展”的指标值只是重复了指标名称",
  );
  expect(await report(SAMPLE, "2024-06-30", "en")).toContain(
    "      '2 检察业务费'!F15  Not specific or measurable: the target of “保障工作正常开展” only repeats the indicator's name",
  );
});

test("a reading note is said with its cell, not only counted and sent to --json (奉节 2025: the year from the period)", async () => {
  const file = join(REAL, "chongqing-fengjie-emergency-approval-2025.xlsx");
  const zh = await report(file, "2025-06-30", "zh");
  expect(zh.slice(-2)).toEqual([
    "  读表提示 1 条：",
    "      '附件3'!A16  表中写的是 2023 年度，但项目期间“2025年1月1日-2025年12月31日”全在 2025 年：按 2025 年判断（若年度确为 2023 年，请更正项目期间）",
  ]);
  const en = await report(file, "2025-06-30", "en");
  expect(en.slice(-2)).toEqual([
    "  1 reading note:",
    "      '附件3'!A16  The table says 2023, but its project period “2025年1月1日-2025年12月31日” lies wholly in 2025: judged in 2025 (if the year is 2023, correct the period)",
  ]);
});
