/**
 * clerk68: a finance clerk's year with the command line, read line by line. In English the execution line said
 * “budget 220 (10k CNY) spent 87.57” while the verdict under it said “≤ 2.2 million CNY”; --json in English gave the
 * target's `normalized` in the workbook's Chinese units (“≤ 220 万元”) beside an English `why`; the report said
 * “落后 / 领先” where the cells' note, the summary's 滞后（百分点） and the pane say 滞后 / 超前, and “与计划持平” for a table
 * judged on 序时进度 (it has no plan).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileJson } from "../../src/cli/json";
import { fileReport } from "../../src/cli/report";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS } from "../../src/core/types";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { ROOT } from "./runCli";

const SAMPLE = path.join(ROOT, "assets", "sample.xlsx");
const HUANGSHI = path.join(ROOT, "tests", "fixtures", "real", "hubei-huangshi-monitoring-2019.xlsx");

function check(file: string, asOf: string, lang: "zh" | "en" = "zh") {
  const { snapshot } = readWorkbookBytes(readFileSync(file));
  return checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf, lang });
}

const report = (file: string, asOf: string, lang: "zh" | "en") =>
  fileReport("x.xlsx", "x.checked.xlsx", check(file, asOf, lang), lang);

test("English says amounts one way: the execution line as the verdict under it, to the 100 CNY", () => {
  const lines = report(HUANGSHI, "2019-10-31", "en");
  const project = lines.find((l) => l.includes("申遗经费"))!;
  expect(project).toContain("budget 2.2 million CNY  spent 875,700 CNY (39.8%)");
  expect(lines.find((l) => l.includes("'申遗'!D15"))).toContain("≤ 2.2 million CNY");
  expect(lines.join("\n")).not.toContain("10k CNY");
  // 155.2 万元 is 1,552,000 CNY: not rounded to 1.55 million.
  const sample = report(SAMPLE, "2024-07-31", "en");
  expect(sample.find((l) => l.includes("检察业务费  "))).toContain(
    "budget 1.552 million CNY  spent 725,000 CNY (46.71%)",
  );
  expect(sample.find((l) => l.includes("办公用品采购  "))).toContain("budget 631,400 CNY  spent 200,000 CNY (31.68%)");
});

test("--json in English gives the target as English says it, beside the English why; the unit stays as read", () => {
  const en = fileJson("x.xlsx", null, check(HUANGSHI, "2019-10-31", "en"), null, "en");
  const parsed = (en.tables[0] as { indicators: { parsed: { normalized: string; unit: string } }[] }).indicators[0]
    .parsed;
  expect(parsed).toMatchObject({ normalized: "≤ 2.2 million CNY", unit: "万元" });
  const zh = fileJson("x.xlsx", null, check(HUANGSHI, "2019-10-31", "zh"), null, "zh");
  expect((zh.tables[0] as { indicators: { parsed: { normalized: string } }[] }).indicators[0].parsed.normalized).toBe(
    "≤ 220 万元",
  );
});

test("the report says 滞后 / 超前 as the cells' note and the pane do; level with 序时进度 is not 与计划持平", () => {
  const zh = report(HUANGSHI, "2019-10-31", "zh");
  expect(zh.find((l) => l.includes("申遗经费"))).toContain("10月31日序时进度 83.33%，滞后 43.53 个百分点");
  const sample = report(SAMPLE, "2024-06-30", "zh");
  expect(sample.find((l) => l.includes("检察业务费  "))).toContain("6月30日计划 40%，超前 6.71 个百分点");
  expect(sample.join("\n")).not.toMatch(/落后|领先/);
  // Spending level with the year elapsed (a lag that rounds to 0) on a table without a plan.
  const result = check(HUANGSHI, "2019-10-31", "zh");
  result.tables[0].result.execution!.lag = 0.001;
  const even = fileReport("x.xlsx", "x.checked.xlsx", result, "zh").find((l) => l.includes("申遗经费"))!;
  expect(even).toContain("10月31日序时进度 83.33%，与序时进度持平");
});
