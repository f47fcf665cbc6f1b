/**
 * A General 1 against a positive percentage target (≥95%): 1 % or 100 %? The rule (isFractionOf, docs/domain.md
 * #actual-values) reads a number in [0, 1] as a fraction — 0.92 is 92 %, and a rate worked out in the cell (实际 /
 * 计划) shows 1 when complete — so 1 is 100 %. But a clerk who types percent numbers (98 for 98 %) may mean 1 %: the
 * reading is never silent. The finding says it and how to write 1 %, and it is shown whatever the light: the checked
 * copy's note on the status cell, the CLI's list of indicators. Before, a green 1 → 100 % showed nowhere but the pane.
 */
import { fileReport } from "../../../src/cli/report";
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import { DEFAULT_SETTINGS, type CellReading, type CellValue } from "../../../src/core/types";
import { sheet, snapshotOf } from "../plan/fixtures";

const AS_OF = "2024-07-31";
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: AS_OF, budgetYear: 2024 };
const judge = (target: string, actual: CellValue | CellReading) =>
  judgeIndicator(parseTarget(target, { level2: "质量指标", name: "合格率" }), actual, { level2: "质量指标" }, SETTINGS);

describe("an actual of 1 against a positive percentage target", () => {
  test("is 100 %, and the finding says so and how to write 1 %", () => {
    for (const one of [1, "1"]) {
      const r = judge("≥95%", one);
      expect([r.light, r.actual, r.noted]).toEqual(["green", 100, true]);
      expect(r.why).toBe("实际 100%，目标 ≥ 95%（1 按比例读作 100%；如指 1%，请填写“1%”）");
    }
    const en = judgeIndicator(parseTarget("≥95%", { level2: "质量指标" }), 1, {}, { ...SETTINGS, lang: "en" });
    expect(en.why).toContain("(1 read as a fraction: 100%; if 1% is meant, type “1%”)");
  });

  test("other readings are unchanged and not flagged: 0.92, 1%, a 0% format, a cap, a count", () => {
    const shown = (target: string, actual: CellValue | CellReading) => {
      const r = judge(target, actual);
      return [r.actual, r.noted, r.why];
    };
    expect(shown("≥95%", 0.92)).toEqual([92, undefined, "实际 92%，目标 ≥ 95%（0.92 按比例读作 92%）"]);
    expect(shown("≥95%", "1%")[0]).toBe(1);
    expect(shown("≥95%", { cell: 0, value: 1, numberFormat: "0%" })).toEqual([100, undefined, "实际 100%，目标 ≥ 95%"]);
    expect(shown("≤1.8%", 1).slice(0, 2)).toEqual([1, undefined]);
    expect(shown("≥3次", 1).slice(0, 2)).toEqual([1, undefined]);
  });
});

describe("where a 1 read as 100 % is shown", () => {
  const values: CellValue[][] = [
    ["2024年办公用品采购绩效目标表"],
    ["项目名称", "办公用品采购"],
    ["预算数", 63.14],
    ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值"],
    ["产出指标", "质量指标", "验收合格率", "≥95%", 1],
    [null, "质量指标", "资产完好率", "≥90%", 0.96],
  ];
  const snapshot = snapshotOf(sheet("表", values));

  test.each([false, true])("the checked copy notes it at the status cell though green (formulas %p)", (formulas) => {
    const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas });
    if (run.outcome !== "planned") throw new Error("expected a plan");
    const notes = run.plan.ops.filter((o) => o.op === "note");
    expect(notes.map((o) => [o.cell.row, o.op === "note" && o.text])).toEqual([
      [4, "实际 100%，目标 ≥ 95%（1 按比例读作 100%；如指 1%，请填写“1%”）"],
    ]);
  });

  test("the CLI lists it with its light", () => {
    const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas: false });
    const lines = fileReport("x.xlsx", "x.checked.xlsx", run.check, "zh");
    expect(lines.filter((l) => l.includes("按比例"))).toEqual([
      "      [绿] '表'!D5  验收合格率  实际 100%，目标 ≥ 95%（1 按比例读作 100%；如指 1%，请填写“1%”）",
    ]);
  });
});
