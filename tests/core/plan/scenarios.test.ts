/**
 * Planner-level safety cases on the seed workbook (8 tables on one sheet): typing beside a table, a forged
 * record, notes on 监控汇总. The table of user edits between two runs (rows / columns in and out, typing into
 * every kind of cell) runs through both appliers in tests/scenarios/userEdits.test.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkWorkbook } from "../../../src/core/check";
import { buildClearPlan, buildPlan } from "../../../src/core/plan/buildPlan";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../../src/core/types";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { applyToSnapshot, cellOf } from "./applyToSnapshot";
import { contents, edit } from "./edits";

const S = "预算项目绩效目标";
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: "2024-08-15" };
const OPTIONS = { formulas: true, lang: "zh" as const };
let seed: WorkbookSnapshot;

beforeAll(async () => {
  seed = (await snapshotFromXlsx(readFileSync(path.join(__dirname, "../../fixtures/seed-one-sheet.xlsx")))).snapshot;
});

function run(snapshot: WorkbookSnapshot) {
  const plan = buildPlan(snapshot, checkWorkbook(snapshot, SETTINGS), OPTIONS);
  return { plan, after: applyToSnapshot(snapshot, plan) };
}

const clear = (snapshot: WorkbookSnapshot) => {
  const plan = buildClearPlan(snapshot);
  return { plan, after: applyToSnapshot(snapshot, plan) };
};

/** Columns of our headers on a row: header text → columns. */
function headersOn(snapshot: WorkbookSnapshot, row: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const s = snapshot.sheets.find((x) => x.name === S)!;
  (s.values[row - s.originRow] ?? []).forEach((v, c) => {
    if (typeof v === "string") out.set(v, [...(out.get(v) ?? []), c + s.originCol]);
  });
  return out;
}

test("a value typed right of a table does not push the block along (J→K→L→M)", () => {
  let workbook = run(seed).after;
  const lightCol = () => headersOn(workbook, 43).get("预警");
  const before = lightCol();
  for (let i = 0; i < 4; i++) {
    const right = Math.max(...[...headersOn(workbook, 43).values()].flat()) + 1;
    workbook = run(edit(workbook, { kind: "type", sheet: S, row: 40, col: right + i, value: `旁 ${i}` })).after;
  }
  expect(lightCol()).toEqual(before);
});

test("a forged record (our marks naming the user's cells and sheet) changes nothing of the user's", () => {
  const forged = JSON.stringify({
    version: 2,
    sheets: [S],
    names: ["用户的名称"],
    charts: [],
    cells: { [S]: "A1:G60" },
    prints: { [S]: "zzzz".repeat(7 * 60) },
    inputs: {},
    conditionalFormats: [],
    validations: {},
    blocks: {},
  });
  const workbook = { ...seed, marks: forged };
  const checked = run(workbook);
  const after = contents(checked.after);
  for (const [k, v] of contents(seed)) expect([k, after.get(k)]).toEqual([k, v]);
  const cleared = clear(checked.after);
  expect(cleared.plan.ops).not.toContainEqual({ op: "deleteSheet", sheet: S });
  expect(cleared.plan.ops).not.toContainEqual({ op: "removeName", name: "用户的名称" });
  const left = contents(cleared.after);
  for (const [k, v] of contents(seed)) expect([k, left.get(k)]).toEqual([k, v]);
});

test("Clear marks keeps 监控汇总 when the user wrote on it, without our cells, and says so", () => {
  const first = run(seed).after;
  const noted = edit(first, { kind: "type", sheet: "监控汇总", row: 20, col: 1, value: "我的批注" });
  const cleared = clear(noted);
  expect(cleared.plan.ops).not.toContainEqual({ op: "deleteSheet", sheet: "监控汇总" });
  expect(cellOf(cleared.after, "监控汇总", 20, 1).value).toBe("我的批注");
  expect(contents(cleared.after).size).toBe(contents(seed).size + 1);
  expect(cleared.plan.messages.join("\n")).toMatch(/监控汇总.*已保留/);
  expect(cleared.plan.ops).toContainEqual({ op: "removeChart", sheet: "监控汇总", name: "PerfTargetsChart" });
});

test.each(["R1C1", "A1", "C", "RC", "R2C3"])(
  "a sheet named %s is quoted in every formula and link the check writes",
  (name) => {
    const renamed = { ...seed, sheets: seed.sheets.map((s) => (s.name === S ? { ...s, name } : s)) };
    const { plan } = run(renamed);
    const text = JSON.stringify(plan.ops);
    const bare = new RegExp(`(?<!['\\w])${name}!`, "g");
    expect(text.match(bare)).toBeNull();
    // Summary formulas and links point at the table sheet: all of them quoted.
    const quoted = plan.ops.filter(
      (o) => o.op === "setFormula" && o.cell.sheet === "监控汇总" && o.formula.includes(`'${name}'!`),
    );
    expect(quoted.length).toBeGreaterThan(20);
    expect(text).toContain(`HYPERLINK(\\"#'${name}'!A35\\"`);
  },
);
