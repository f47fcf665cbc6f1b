/**
 * PERF.* in WPS 表格 (src/host/wps/functions.ts): main.js registers every function with Application.AddCustomFunction
 * (WPS 12.1.0.20540 and later), with the metadata Excel's functions.json has, so a workbook whose monitoring columns
 * were written as =PERF.STATUS(…) (the Excel add-in, `--formulas`) judges itself in WPS as in Excel. Before: WPS showed
 * #NAME? in every such cell (README: “注册 PERF.* 自定义函数的方式没有公开文档”).
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import type { PlanOp } from "../../../src/core/plan/types";
import { FunctionError } from "../../../src/functions/errors";
import { FUNCTIONS } from "../../../src/functions/functions";
import { clearMemos } from "../../../src/functions/implemented";
import { registerWpsFunctions, wpsMetadata, type ExcelFunctionJson } from "../../../src/host/wps/functions";
import type { WpsApplication, WpsFunctionMetadata } from "../../../src/host/wps/model";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { applyToSnapshot } from "../../core/plan/applyToSnapshot";
import { computePerfWith, evaluatePlan, registerPerfFunctions } from "../../functions/workbookFormulas";
import { FakeWps, modelFromSnapshot } from "./fake";

const SOURCE = path.resolve(__dirname, "../../../src/functions/functions.ts");
const SAMPLE = path.resolve(__dirname, "../../../assets/sample.xlsx");

let metadata: Map<string, WpsFunctionMetadata>;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(SOURCE);
  metadata = wpsMetadata((JSON.parse(generated.metadataJson) as { functions: ExcelFunctionJson[] }).functions);
}, 30_000);

function registered(): FakeWps {
  const sample = readWorkbookBytes(new Uint8Array(readFileSync(SAMPLE))).snapshot;
  const fake = new FakeWps(modelFromSnapshot(sample));
  expect(registerWpsFunctions(fake.app, metadata)).toBe(Object.keys(FUNCTIONS).length);
  return fake;
}

test("every PERF function is registered under PERF, with Excel's descriptions and WPS's type words", () => {
  const fake = registered();
  expect([...fake.customFunctions.keys()].sort()).toEqual(
    Object.keys(FUNCTIONS)
      .map((id) => `PERF.${id}`)
      .sort(),
  );
  const status = fake.customFunctions.get("PERF.STATUS")!;
  expect(status.metadata!.description).toMatch(/判断指标完成状态/);
  expect(status.metadata!.parameters.map((p) => `${p.name}:${p.type}`)).toEqual([
    "target:any[][]",
    "actual:any",
    "asOf:any?",
    "indicatorType:any[][]?",
    "lang:string?",
    "budgetYear:any?",
    "bands:any[][]?",
    "strict:any?",
    "exceededForLevels:any?",
  ]);
  expect(fake.customFunctions.get("PERF.VERSION")!.metadata!.result.type).toBe("string");
  // As many parameters on the callback as the function declares.
  for (const [id, fn] of Object.entries(FUNCTIONS))
    expect(fake.customFunctions.get(`PERF.${id}`)!.callback.length).toBe(fn.length);
});

test("a formula's call gives what Excel's gives; a problem is thrown with its message, not an object WPS cannot show", () => {
  const fake = registered();
  const call = (id: string, args: unknown[]) => fake.callFunction(`PERF.${id}`, args);
  // 满意度 ≥90%, 85% typed, as of 2024-07-31 (serial 45504): 滞后, as the pane and Excel say.
  expect(call("STATUS", [[["≥90%"]], 0.85, 45504])).toBe(FUNCTIONS.STATUS([["≥90%"]], 0.85, 45504));
  expect(call("STATUS", [[["≥90%"]], 0.85, 45504])).toBe("滞后");
  expect(call("EXECRATE", [20, 63.14])).toBeCloseTo(20 / 63.14, 12);
  expect(call("TARGET", [[["维持单位正常运转"]]])).toBe(FUNCTIONS.TARGET([["维持单位正常运转"]]));
  // 二十 is a number as clerks type it (session 52: the one reader of numbers); 一千二 without a unit against a budget
  // in 万元 is not one it can take (tests/functions/functions).
  expect(call("EXECRATE", ["二十", 63.14])).toBe(FUNCTIONS.EXECRATE("二十", 63.14));
  expect(() => call("EXECRATE", ["一千二", 63.14])).toThrow(/不是数字：一千二/);
  expect(fake.callFunction("PERF.NOSUCH", [])).toBe("#NAME?");
});

test("a function this WPS refuses leaves the others registered", () => {
  const names: string[] = [];
  const app = {
    AddCustomFunction: (ns: string, name: string) => {
      if (name === "SCORE") throw new Error("拒绝");
      names.push(`${ns}.${name}`);
    },
  } as unknown as WpsApplication;
  const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
  try {
    expect(registerWpsFunctions(app, metadata)).toBe(Object.keys(FUNCTIONS).length - 1);
    expect(names).toContain("PERF.STATUS");
    expect(names).not.toContain("PERF.SCORE");
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/PERF\.SCORE was not registered/));
  } finally {
    warn.mockRestore();
  }
});

test("a WPS without AddCustomFunction (before 12.1.0.20540): nothing registered, nothing thrown", () => {
  expect(registerWpsFunctions({} as WpsApplication, metadata)).toBe(0);
  expect(registerWpsFunctions(undefined, metadata)).toBe(0);
});

/**
 * The registered callbacks as a WPS formula calls them, a thrown problem taken as the error value Excel makes of one
 * (#VALUE! with the message: the assumption TESTING.md §9 asks a person with WPS to confirm).
 */
function inWps(): Record<string, (...args: unknown[]) => unknown> {
  const fake = registered();
  return Object.fromEntries(
    Object.keys(FUNCTIONS).map((id) => [
      id,
      (...args: unknown[]) => {
        try {
          return fake.callFunction(`PERF.${id}`, args);
        } catch (e) {
          return new FunctionError("#VALUE!", (e as Error).message);
        }
      },
    ]),
  );
}

test("the sample checked in formulas mode computes the same through WPS's functions as through Excel's", async () => {
  await registerPerfFunctions();
  const snapshot = readWorkbookBytes(new Uint8Array(readFileSync(SAMPLE))).snapshot;
  const settings = settingsFor(snapshot, { asOf: "2024-07-31" }, "2024-07-31");
  const checked = runPipeline(snapshot, settings, { formulas: true });
  if (checked.outcome !== "planned") throw new Error("expected a plan");
  const formulas = checked.plan.ops.filter((o): o is PlanOp & { op: "setFormula" } => o.op === "setFormula");
  const perf = formulas.filter((o) => o.formula.includes("PERF."));
  expect(perf.length).toBeGreaterThan(100);
  const after = applyToSnapshot(snapshot, checked.plan);

  const computed = (functions: Record<string, (...args: unknown[]) => unknown> | null) => {
    clearMemos();
    computePerfWith(functions);
    try {
      const valueOf = evaluatePlan(after, checked.plan.ops);
      return formulas.map((o) => String(valueOf(o)));
    } finally {
      computePerfWith(null);
    }
  };
  const inExcel = computed(null);
  expect(computed(inWps())).toEqual(inExcel);
  // Not vacuous: the statuses the sample's formulas compute are judgements, not errors.
  expect(inExcel.filter((v) => v === "滞后").length).toBeGreaterThan(0);
});

/**
 * review48: the test engine computed a PERF.* problem through Excel's functions as the text “#ERROR …”, which IFERROR
 * does not catch, so the comparison above could not see a formula that relies on IFERROR (the 进度预警 cell,
 * IFERROR(PERF.EXECLIGHT(…),"")). Excel holds a CustomFunctions.Error as #VALUE!: IFERROR gives "", as the check's
 * value; through WPS's functions too, now that a problem is thrown (as text it passed through IFERROR: “#VALUE!
 * 缺少预算数” in that cell).
 */
test("a table without a budget: Excel's 进度预警 formula is empty, as the check writes it", async () => {
  await registerPerfFunctions();
  const snapshot = readWorkbookBytes(new Uint8Array(readFileSync(SAMPLE))).snapshot;
  // 1 办公用品采购: 预算数 C4 “待定”, 其中：财政资金 E4 emptied — the table has no budget.
  const sheet = snapshot.sheets.find((s) => s.name === "1 办公用品采购")!;
  sheet.values[3 - sheet.originRow][2 - sheet.originCol] = "待定";
  sheet.values[3 - sheet.originRow][4 - sheet.originCol] = null;
  const settings = settingsFor(snapshot, { asOf: "2024-07-31" }, "2024-07-31");
  const checked = runPipeline(snapshot, settings, { formulas: true });
  if (checked.outcome !== "planned") throw new Error("expected a plan");
  const light = checked.plan.ops.find(
    (o): o is PlanOp & { op: "setFormula" } =>
      o.op === "setFormula" && o.cell.sheet === "1 办公用品采购" && o.formula.startsWith("IFERROR(PERF.EXECLIGHT("),
  )!;
  expect(light.value).toBe("");
  clearMemos();
  const valueOf = evaluatePlan(applyToSnapshot(snapshot, checked.plan), checked.plan.ops);
  expect(valueOf(light)).toBeNull();
  computePerfWith(inWps());
  try {
    clearMemos();
    expect(evaluatePlan(applyToSnapshot(snapshot, checked.plan), checked.plan.ops)(light)).toBeNull();
  } finally {
    computePerfWith(null);
  }
});
