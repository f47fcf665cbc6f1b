/**
 * review37 (fixed: judgeExact in src/core/evaluate/judgeIndicator.ts) — the national 绩效监控 template (tests/fixtures/real/national-pmkpi-monitoring-2022.xlsx) gives each
 * indicator a 计算符号 column: `=`, `≥`, `≤`. Its 补助村(社区)数量 is `= 8 个`, 当前完成值 8 in July, and the clerk's own
 * 序时进度预警 says 绿. We say 超额, blue: "按序时应达 4.67 个（7/12），实际 8 个" — the exact target, reached, pro-rated
 * like a running total and called over-achievement. At year end 9 against `= 8` is "met" (green), though `=` asks for
 * exactly 8.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";

const FILE = path.join(__dirname, "../../fixtures/real/national-pmkpi-monitoring-2022.xlsx");

test("the real template: = 8 个 with 8 done in July is not 超额 (blue); the clerk's own light is 绿", () => {
  const { snapshot } = readWorkbookBytes(new Uint8Array(readFileSync(FILE)));
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: "2022-07-31" }, "2022-07-31"), { formulas: false });
  const t = run.check.tables[0];
  const i = t.table.indicators.findIndex((x) => x.name === "补助村(社区)数量");
  expect(t.results[i].status).not.toBe("exceeded");
  expect(t.results[i].light).toBe("green");
});

test("= 8 个 at year end: 8 is met, 9 is not", () => {
  const ctx = { name: "补助村(社区)数量", level2: "数量指标", budgetYear: 2024 };
  const judge = (actual: number) =>
    judgeIndicator(parseTarget("=8个", ctx), actual, ctx, { ...DEFAULT_SETTINGS, asOf: "2024-12-31" }).status;
  expect(judge(8)).toBe("met");
  expect(judge(9)).not.toBe("met");
});
