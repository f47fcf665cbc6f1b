/** The one pipeline: resolve settings → check → "no tables" → plan (every host runs exactly this). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkedIndicators } from "../../src/core/checked";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import type { PlanOp } from "../../src/core/plan/types";
import { DEFAULT_SETTINGS, MARKS_SHEET } from "../../src/core/types";
import { sheet, snapshotOf, tableRows } from "./plan/fixtures";

const TODAY = "2024-09-30";
const withStored = (json: string | null) => ({ ...snapshotOf(sheet("办公用品", tableRows())), settings: json });
const texts = (ops: PlanOp[]) =>
  ops.flatMap((o) => (o.op === "setValue" && typeof o.value === "string" ? [o.value] : []));

describe("settingsFor: defaults ← stored in the workbook ← the host's overrides", () => {
  test("today is the monitoring date when nothing else sets one", () => {
    expect(settingsFor(withStored(null), {}, TODAY)).toEqual({ ...DEFAULT_SETTINGS, asOf: TODAY });
  });

  test("stored settings beat the defaults, overrides beat stored settings, undefined overrides nothing", () => {
    const stored = withStored(
      JSON.stringify({ asOf: "2024-07-31", lang: "en", bands: { red: 50, yellow: 70, blue: 130 } }),
    );
    expect(settingsFor(stored, {}, TODAY)).toMatchObject({ asOf: "2024-07-31", lang: "en", bands: { red: 50 } });
    expect(settingsFor(stored, { asOf: "2024-08-15", lang: undefined }, TODAY)).toMatchObject({
      asOf: "2024-08-15",
      lang: "en",
    });
  });
});

describe("runPipeline", () => {
  test("a workbook without goal tables plans nothing and says so", () => {
    const snapshot = snapshotOf(sheet("备注", [["会议纪要"], ["无表格"]]));
    const run = runPipeline(snapshot, settingsFor(snapshot, {}, TODAY), { formulas: false });
    expect(run.outcome).toBe("no-tables");
    expect(run.check.tables).toEqual([]);
    expect("plan" in run).toBe(false);
  });

  test("the plan follows the resolved settings: language, warning bands, formulas, stored settings", async () => {
    const { snapshot: seed } = await snapshotFromXlsx(readFileSync(join(__dirname, "../fixtures/seed-per-sheet.xlsx")));
    const snapshot = { ...seed, settings: JSON.stringify({ lang: "en", bands: { red: 50, yellow: 70, blue: 130 } }) };
    const settings = settingsFor(snapshot, { asOf: "2024-07-31" }, TODAY);
    const run = runPipeline(snapshot, settings, { formulas: true, storeSettings: '{"lang":"en"}' });
    if (run.outcome !== "planned") throw new Error("expected a plan");
    expect(run.check.asOf).toBe("2024-07-31");
    expect(run.check.tables.length).toBeGreaterThanOrEqual(8);
    expect(texts(run.plan.ops)).toContain("Status"); // English headers
    const formulas = run.plan.ops.flatMap((o) => (o.op === "setFormula" ? [o.formula] : []));
    expect(formulas.some((f) => f.startsWith("PERF.STATUS("))).toBe(true);
    // The workbook's bands, passed to the functions (formulas mode judges as values mode does).
    expect(formulas.some((f) => f.startsWith("PERF.STATUS(") && f.endsWith(",{50,70,130})"))).toBe(true);
    expect(formulas.some((f) => f.includes("PERF.EXECLIGHT(") && f.includes("{50,70}"))).toBe(true);
    expect(run.plan.ops).toContainEqual({
      op: "setValue",
      cell: { sheet: MARKS_SHEET, row: 1, col: 0 },
      value: '{"lang":"en"}',
    });
  }, 30_000);

  test("each indicator's result sits beside its indicator", () => {
    const snapshot = withStored(null);
    const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: "2024-12-31" }, TODAY), { formulas: false });
    const [checked] = run.check.tables;
    expect(checked.results).toHaveLength(checked.table.indicators.length);
    expect(checkedIndicators(checked).map((c) => c.indicator)).toEqual(checked.table.indicators);
    expect(checkedIndicators(checked).map((c) => [c.indicator.name, c.result.status])).toEqual([
      ["保障办公人数", "pending"],
      ["运转保障率", "pending"],
      ["维持单位正常运转", "pending"],
    ]);
    expect(checked.selfEvaluation).toBeNull();
  });
});
