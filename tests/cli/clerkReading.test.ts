/**
 * newcomer65: the text report as a finance clerk reads it. An indicator the check could not judge is listed with its
 * reason, not only counted; a target the verdict restates is worded in the report's language (English: no 岁, 万元,
 * 人次 of ours in quotes); the help says where --formulas is of use (README: Excel or WPS 12.1.0.20540+).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { fileReport } from "../../src/cli/report";
import { checkWorkbook } from "../../src/core/check";
import { checkedIndicators } from "../../src/core/checked";
import { renderMessage, say } from "../../src/core/locale/messages";
import { DEFAULT_SETTINGS } from "../../src/core/types";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { ourWords } from "../core/locale/ourWords";

const REAL = join(__dirname, "..", "fixtures", "real");
const HAN = /[\u3400-\u9fff]/;

async function check(name: string, asOf: string, lang: "zh" | "en" = "zh") {
  const { snapshot } = await snapshotFromXlsx(readFileSync(join(REAL, name)));
  return checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf, lang });
}

test("湖北 黄石 2019: an indicator not judged is listed with why, in either language; one a review note explains is not", async () => {
  const zh = fileReport(
    "黄石.xlsx",
    "黄石.checked.xlsx",
    await check("hubei-huangshi-monitoring-2019.xlsx", "2019-07-31"),
    "zh",
  );
  expect(zh[1]).toContain("无法识别 2");
  // D15's actual 按进度执行,已使用约40% is a share of nothing said: before, counted above and said nowhere.
  expect(zh).toContain(
    "      [无法识别] '申遗'!D15  成本  实际为“按进度执行,已使用约40%”：填写的是百分比 40%，指标值 ≤ 220 万元 不是百分比，是占什么的百分比无法确定，未判断；请按指标值的单位填写实际完成的数值",
  );
  // D16 has no target: the review note at its cell says so, once.
  expect(zh.filter((l) => l.includes("'申遗'!D16"))).toEqual(["      '申遗'!D16  指标值未填写：“社会效益”没有指标值"]);

  const enCheck = await check("hubei-huangshi-monitoring-2019.xlsx", "2019-07-31", "en");
  const en = fileReport("x.xlsx", "x.checked.xlsx", enCheck, "en");
  const line = en.find((l) => l.includes("'申遗'!D15"));
  expect(line).toMatch(
    /^ {6}\[not understood\] '申遗'!D15 {2}成本 {2}Actual not judged: .*the target ≤ 2.2 million CNY is not/,
  );
  expect(ourWords(line!.replace(/'申遗'!D15 {2}成本/, ""))).not.toMatch(HAN);
});

test("山西 吕梁 2021: English says the range a verdict restates in English, not “18–54 岁”", async () => {
  const enCheck = await check("shanxi-lvliang-care-worker-training-2021.xlsx", "2021-12-31", "en");
  const whys = enCheck.tables.flatMap((t) => checkedIndicators(t).map((i) => i.result.why));
  const outside = whys.find((w) => w.includes("lie outside"));
  expect(outside).toBe(
    "Actual: not achieved (“存在18岁以下、54周岁以上” says some lie outside 18–54 years of age, judged not achieved), target 18–54 years of age",
  );
  // The Chinese report is as before: the target as the column shows it.
  const zhCheck = await check("shanxi-lvliang-care-worker-training-2021.xlsx", "2021-12-31");
  const zhWhys = zhCheck.tables.flatMap((t) => checkedIndicators(t).map((i) => i.result.why));
  expect(zhWhys).toContain(
    "实际：未达成（“存在18岁以下、54周岁以上”说的是有不在 18–54 岁 之内的，按未达成判断），目标 18–54 岁",
  );
});

test("--help says --formulas is of use in Excel or WPS with the add-in, as the README does", () => {
  expect(renderMessage(say("usage.text", {}), "zh")).toContain(
    "--formulas  写入 PERF 公式而不是计算值（仅在装有本加载项的 Excel 或 WPS 表格 12.1.0.20540 及以上中有用）",
  );
  expect(renderMessage(say("usage.text", {}), "en")).toMatch(
    /--formulas {2}write PERF formulas instead of computed values \(of use only in Excel or WPS Spreadsheets\s+12\.1\.0\.20540 or later with the add-in installed\)/,
  );
});

test("安徽 池州 2022: spending exactly on plan is said so, not “领先 0 个百分点”", async () => {
  const c = await check("anhui-chizhou-self-eval-2022.xlsx", "2022-12-31");
  expect(fileReport("池州.xlsx", "池州.checked.xlsx", c, "zh")).toContain(
    "  [绿] 委托业务项目  预算 89.97 万元  已执行 89.97 万元（100%），12月31日序时进度 100%，与序时进度持平 [绿]",
  );
  const en = fileReport(
    "x.xlsx",
    "x.checked.xlsx",
    await check("anhui-chizhou-self-eval-2022.xlsx", "2022-12-31", "en"),
    "en",
  );
  expect(en).toContain(
    "  [green] 委托业务项目  budget 899,700 CNY  spent 899,700 CNY (100%), 100% of the year elapsed by 31 December, level with the year elapsed [green]",
  );
});
