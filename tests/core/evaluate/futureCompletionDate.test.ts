/**
 * A completion date after the monitoring date is not a completion yet (review35 finding 7): at the July monitoring the
 * clerk writes in 1-7月完成值 of 完成时限 the date the work is expected to finish ("2024年10月"). Before, that was 达标
 * "实际完成 2024-10-31". Now: planned on time → on track (green); planned after the deadline → behind (yellow);
 * the deadline passed with the completion still ahead → missed (red). A date on or before the monitoring date is a
 * completion as before. docs/domain.md#deadlines-and-pro-rating.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { status } from "../../../src/functions/functions";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { editXlsx } from "../../scenarios/xlsxEdit";

const AS_OF = "2024-07-31";
const ctx = { level1: "产出指标", level2: "时效指标", name: "完成时限", budgetYear: 2024 };

function judged(target: string, actual: string, asOf = AS_OF) {
  const r = judgeIndicator(parseTarget(target, ctx), actual, ctx, { ...DEFAULT_SETTINGS, asOf, budgetYear: 2024 });
  return { status: r.status, light: r.light, why: r.why };
}

it.each(["2024年10月", "2024-11-15", "2024年12月31日"])(
  "%s at 2024-07-31 against 2024年12月31日: on track, not met",
  (d) => {
    const r = judged("2024年12月31日", d);
    expect({ status: r.status, light: r.light }).toEqual({ status: "on-track", light: "green" });
    expect(r.why).toMatch(/^计划 2024-\d\d-\d\d 完成，截止 2024-12-31（监控时点 2024-07-31 尚未完成）$/);
  },
);

it("planned after the deadline is behind (yellow) before it, with the days", () => {
  expect(judged("2024年9月30日", "2024年10月31日")).toEqual({
    status: "behind",
    light: "yellow",
    why: "计划 2024-10-31 完成，截止 2024-09-30，逾期 31 天（监控时点 2024-07-31 尚未完成）",
  });
});

it("the deadline passed with the completion still ahead is missed (red)", () => {
  expect(judged("2024年6月30日", "2024年9月30日")).toEqual({
    status: "missed",
    light: "red",
    why: "计划 2024-09-30 完成，截止 2024-06-30，逾期 92 天（监控时点 2024-07-31 尚未完成）",
  });
});

it("a date on or before the monitoring date is a completion, as before", () => {
  expect(judged("2024年12月31日", "2024年7月31日")).toMatchObject({ status: "met", light: "green" });
  expect(judged("2024年6月30日", "2024-07-10")).toMatchObject({ status: "missed", light: "red" });
});

it("English says the same", () => {
  const target = parseTarget("2024年12月31日", ctx);
  const r = judgeIndicator(target, "2024年10月", ctx, {
    ...DEFAULT_SETTINGS,
    asOf: AS_OF,
    budgetYear: 2024,
    lang: "en",
  });
  expect(r.why).toBe("Planned for 2024-10-31, deadline 2024-12-31 (not completed at the monitoring date 2024-07-31)");
});

it.each([
  ["2024年10月", "正常"],
  ["2024年7月20日", "达标"],
])("PERF.STATUS: 2024年12月31日 answered %s at 2024-07-31 is %s", (actual, expected) => {
  expect(status([["2024年12月31日"]], actual, AS_OF)).toBe(expected);
});

it.each(["2024年10月", "2024-11-15"])("the sample: 完成时限 answered %s at 2024-07-31 is on track", (typed) => {
  const SHEET = "2 检察业务费";
  const base = new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample.xlsx")));
  // H14 (row 13, col 7): 1-7月完成值 of 完成时限, target F14 2024年12月31日.
  const { snapshot } = readWorkbookBytes(editXlsx(base, [{ sheet: SHEET, row: 13, col: 7, type: typed }]));
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas: false });
  const t = run.check.tables.find((x) => x.table.sheet === SHEET)!;
  const i = t.table.indicators.findIndex((ind) => ind.name === "完成时限");
  expect({ status: t.results[i].status, light: t.results[i].light }).toEqual({ status: "on-track", light: "green" });
});
