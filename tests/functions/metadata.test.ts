/**
 * functions.json as custom-functions-metadata generates it from the JSDoc in src/functions/functions.ts
 * (the same generator the webpack plugin runs): every function, its parameters, optional flags,
 * matrix dimensionality and Chinese descriptions.
 */
import path from "path";
import { generateCustomFunctionsMetadata, type IFunction } from "custom-functions-metadata";
import { FUNCTIONS } from "../../src/functions/functions";
import { IMPLEMENTED } from "../../src/functions/implemented";

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");
const CHINESE = /[\u4e00-\u9fff]/;

/** Expected parameters: name, optional, range (matrix), declared type. */
type P = [name: string, optional: boolean, matrix: boolean, type: "any" | "string"];
const req = (name: string): P => [name, false, false, "any"];
const range = (name: string, optional = false): P => [name, optional, true, "any"];
const opt = (name: string, type: "any" | "string" = "any"): P => [name, true, false, type];

const EXPECTED: Record<string, P[]> = {
  STATUS: [
    range("target"),
    req("actual"),
    opt("asOf"),
    range("indicatorType", true),
    opt("lang", "string"),
    opt("budgetYear"),
    range("bands", true),
    opt("strict"),
    opt("exceededForLevels"),
  ],
  LIGHT: [
    range("target"),
    req("actual"),
    opt("asOf"),
    range("indicatorType", true),
    opt("lang", "string"),
    opt("budgetYear"),
    range("bands", true),
    opt("strict"),
    opt("exceededForLevels"),
  ],
  TARGET: [range("target"), opt("lang", "string"), range("indicatorType", true)],
  GAP: [range("target"), req("actual"), range("indicatorType", true)],
  DEADLINE: [range("target"), opt("budgetYear"), range("indicatorType", true)],
  EXECRATE: [req("spent"), req("budget")],
  TIMEPROGRESS: [req("asOf")],
  PLANNED: [
    range("checkpointLabels"),
    range("percents"),
    req("asOf"),
    opt("method", "string"),
    opt("budgetYear"),
    opt("budget"),
  ],
  SCHEDULE: [
    range("checkpointLabels"),
    range("percents"),
    req("spent"),
    req("budget"),
    req("asOf"),
    opt("lang", "string"),
    opt("budgetYear"),
    opt("method", "string"),
    range("bands", true),
  ],
  EXECLIGHT: [
    range("checkpointLabels"),
    range("percents"),
    req("spent"),
    req("budget"),
    req("asOf"),
    opt("lang", "string"),
    opt("budgetYear"),
    opt("method", "string"),
    range("bands", true),
  ],
  LAG: [
    range("checkpointLabels"),
    range("percents"),
    req("spent"),
    req("budget"),
    req("asOf"),
    opt("budgetYear"),
    opt("method", "string"),
  ],
  // verdict60: the date scored on and its budget year, as PERF.STATUS has them.
  SCORE: [range("target"), req("actual"), req("weight"), range("indicatorType", true), opt("asOf"), opt("budgetYear")],
  GRADE: [req("total"), opt("lang", "string")],
  VERSION: [],
};

let functions: IFunction[];
let associated: { functionName: string; id: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  expect(result.errors).toEqual([]);
  const metadata = JSON.parse(result.metadataJson) as { functions: IFunction[] };
  functions = metadata.functions;
  associated = result.associate;
}, 30_000);

describe("generated functions.json", () => {
  it("declares exactly the functions of the contract and the extras, in order", () => {
    expect(functions.map((f) => f.id)).toEqual(Object.keys(EXPECTED));
  });

  it("declares every function the runner implements, and registers the same ids", () => {
    const ids = functions.map((f) => f.id);
    for (const spec of IMPLEMENTED) expect(ids).toContain(spec.id);
    expect(Object.keys(FUNCTIONS).sort()).toEqual([...ids].sort());
    // The webpack plugin appends CustomFunctions.associate(id, fn) for these pairs.
    for (const a of associated) expect(FUNCTIONS[a.id].name).toBe(a.functionName);
  });

  it.each(Object.entries(EXPECTED))("%s: parameters, optional flags and dimensionality", (id, expected) => {
    const fn = functions.find((f) => f.id === id)!;
    expect(fn.name).toBe(id);
    const actual = fn.parameters.map((p): P => [
      p.name,
      p.optional === true,
      p.dimensionality === "matrix",
      p.type as P[3],
    ]);
    expect(actual).toEqual(expected);
    // Required parameters come before optional ones (Excel's rule).
    const firstOptional = fn.parameters.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(fn.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
  });

  it.each(Object.keys(EXPECTED))("%s: Chinese descriptions for the function and every parameter", (id) => {
    const fn = functions.find((f) => f.id === id)!;
    expect(fn.description).toMatch(CHINESE);
    for (const p of fn.parameters) expect(p.description ?? "").toMatch(CHINESE);
  });

  it("has no volatile, streaming or cancelable function", () => {
    for (const fn of functions) {
      expect(fn.options?.volatile ?? false).toBe(false);
      expect(fn.options?.stream ?? false).toBe(false);
      expect(fn.options?.cancelable ?? false).toBe(false);
    }
  });

  it("matches the runner's declarations argument for argument", () => {
    for (const spec of IMPLEMENTED) {
      const fn = functions.find((f) => f.id === spec.id)!;
      expect(fn.parameters.map((p) => p.name)).toEqual(spec.args.map((a) => a.name));
    }
  });
});
