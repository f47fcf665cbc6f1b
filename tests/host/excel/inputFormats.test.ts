/**
 * Formulas mode gives each % target's empty 实际完成值 cell of ours the format 0.00% (PlanContext.inputNumberFormat):
 * the write sent one Range.numberFormat command per such row. Now a column's cells go out together, one range per
 * column stretch with null between them (Office.js leaves a cell whose entry is null as it is: the fake's RULES
 * NULL_IN_ARRAY, learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { columnLetters } from "../../../src/core/a1";
import { buildPlan } from "../../../src/core/plan/buildPlan";
import { checkWorkbook } from "../../../src/core/check";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../../src/core/types";
import { runCheck } from "../../../src/host/excel/actions";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { FakeExcel, installExcelGlobals, modelFromSnapshot, type FakeModel } from "./fake";

installExcelGlobals();
const SETTINGS = { asOf: "2024-08-15" };
let seed: WorkbookSnapshot;

beforeAll(async () => {
  seed = (await snapshotFromXlsx(readFileSync(path.join(__dirname, "../../fixtures/seed-one-sheet.xlsx")))).snapshot;
});

const formats = (model: FakeModel) =>
  new Map(model.sheets.flatMap((s) => [...s.cells].map(([k, c]) => [`${s.name}!${k}`, c.numberFormat] as const)));

test("the % rows' input cells get 0.00% in one command per column stretch, no other cell's format changes", async () => {
  const fake = new FakeExcel(modelFromSnapshot(seed));
  const before = formats(fake.model);
  await runCheck(fake.context, SETTINGS, SETTINGS.asOf, true);

  const plan = buildPlan(seed, checkWorkbook(seed, { ...DEFAULT_SETTINGS, ...SETTINGS }), {
    formulas: true,
    lang: "zh",
    rules: DEFAULT_SETTINGS,
  });
  const wanted = plan.ops.flatMap((o) => (o.op === "setNumberFormat" ? [o] : []));
  expect(wanted.length).toBeGreaterThan(20); // the seed's % targets, one cell each
  // Commands giving one column cells' formats "0.00%" (or null: left as they are), in the columns of those cells.
  const columns = new Set(wanted.map((o) => `${o.cell.sheet}!${columnLetters(o.cell.col)}`));
  const sent = fake.commands.filter((c) => {
    const m = /^sheet\((.+)\)\.range\(([A-Z]+)\d+(?::\2\d+)?\)\.numberFormat=(.*)$/.exec(c);
    return m !== null && columns.has(`${m[1]}!${m[2]}`) && /^\[(\[("0\.00%"|null)\],?)+\]$/.test(m[3]);
  });
  expect(sent.length).toBeLessThan(wanted.length / 2); // one per cell before
  console.log(`input formats: ${wanted.length} cells, ${sent.length} commands`);

  const after = formats(fake.model);
  for (const o of wanted) expect(after.get(`${o.cell.sheet}!${o.cell.row},${o.cell.col}`)).toBe(o.format);
  const set = new Set(wanted.map((o) => `${o.cell.sheet}!${o.cell.row},${o.cell.col}`));
  for (const [cell, format] of before) if (!set.has(cell)) expect([cell, after.get(cell)]).toEqual([cell, format]);
});
