/**
 * clerk67: a finance clerk's months with the command line. A copy checked with --as-of is judged as of that date when
 * checked again (its stored setting was the old date); 吕梁 2021's 12166 of 12500 人 in June is on track, ahead of the
 * schedule (blue), not 超额; the self-evaluation notes come in the form's reading order; one English word for a
 * target not understood.
 */
import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileReport } from "../../src/cli/report";
import { checkWorkbook } from "../../src/core/check";
import { statusLabel } from "../../src/core/evaluate/labels";
import { parseStoredSettings } from "../../src/core/settings";
import { DEFAULT_SETTINGS } from "../../src/core/types";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../src/host/xlsx/write";
import { ROOT, runCli } from "./runCli";

jest.setTimeout(120_000);

const SAMPLE = path.join(ROOT, "assets", "sample.xlsx");
const REAL = path.join(ROOT, "tests", "fixtures", "real");

function check(file: string, asOf: string, lang: "zh" | "en" = "zh") {
  const { snapshot } = readWorkbookBytes(readFileSync(file));
  return checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf, lang });
}

test("a copy checked with --as-of keeps that date in its settings: checked again without it, it is judged as of it", async () => {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-clerk67-"));
  try {
    // The sample stores 2024-07-31 in its settings (A2 of _PerfTargets).
    expect(parseStoredSettings(readWorkbookBytes(readFileSync(SAMPLE)).snapshot.settings).asOf).toBe("2024-07-31");
    const first = await runCli(["check", SAMPLE, "--as-of", "2024-06-30", "--out", "a"], work);
    expect(first.code).toBe(0);
    const copy = path.join(work, "a", "sample.checked.xlsx");
    const stored = parseStoredSettings(readWorkbookBytes(await fs.readFile(copy)).snapshot.settings);
    expect(stored.asOf).toBe("2024-06-30");
    const again = await runCli(["check", copy, "--out", "b", "--json"], work);
    expect(JSON.parse(again.stdout).files[0].asOf).toBe("2024-06-30");
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
});

test("吕梁 2021 in June: 12166 of 12500 人 is ahead of the schedule (blue), on track — the year's target is not beaten", () => {
  const result = check(path.join(REAL, "shanxi-lvliang-care-worker-training-2021.xlsx"), "2021-06-30");
  const d2 = result.tables[0].results[0];
  expect([d2.status, d2.light]).toEqual(["on-track", "blue"]);
  expect(d2.why).toContain("快于序时进度");
  // D3: 11 of 11 所 in June, the target reached but not passed: on track too.
  expect([result.tables[0].results[1].status, result.tables[0].results[1].light]).toEqual(["on-track", "blue"]);
  // At the year's end the same number is short of the target: missed, as before.
  const december = check(path.join(REAL, "shanxi-lvliang-care-worker-training-2021.xlsx"), "2021-12-31");
  expect(december.tables[0].results[0].status).toBe("missed");
});

test("池州 2022's self-evaluation notes come in reading order: 执行率 G7 before its 得分 H7", () => {
  const result = check(path.join(REAL, "anhui-chizhou-self-eval-2022.xlsx"), "2023-02-28");
  const cells = result.tables[0].selfEvaluation!.findings.map((f) => `${f.cell!.row},${f.cell!.col}`);
  expect(cells).toEqual(["6,6", "6,7", "13,6"]);
});

test("a target not understood has one English word: the cell, PERF.STATUS, the report's count and its items", () => {
  expect(statusLabel("unknown", "en")).toBe("not understood");
  const lv = path.join(REAL, "shanxi-lvliang-care-worker-training-2021.xlsx");
  const en = fileReport("x.xlsx", "x.checked.xlsx", check(lv, "2021-06-30", "en"), "en");
  expect(en[1]).toMatch(/ · not understood 1$/);
  expect(en.join("\n")).not.toMatch(/\bunknown\b/);
});

test("the English 监控汇总 names the money unit as the report and the page do: 10k CNY, not 10k yuan", () => {
  const { snapshot, pkg } = readWorkbookBytes(readFileSync(SAMPLE));
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: "2024-06-30", lang: "en" }, "2024-06-30"), {
    formulas: false,
  });
  if (run.outcome !== "planned") throw new Error("the sample has tables");
  const copy = readWorkbookBytes(writeCheckedCopy(pkg, run.plan)).snapshot;
  const headers = copy.sheets.find((s) => s.name === "监控汇总")!.values[5];
  expect(headers.slice(2, 4)).toEqual(["Budget (10k CNY)", "Spent (10k CNY)"]);
  // The report says amounts as the verdicts do (clerk68): “631,400 CNY”, never “10k yuan”.
  expect(fileReport("x.xlsx", "x.checked.xlsx", run.check, "en").join("\n")).not.toContain("yuan");
});
