/** buildPlan's `settings` option: the JSON goes to A2 of the marks sheet, where every host reads it. */
import { buildClearPlan, buildPlan, buildSettingsPlan } from "../../../src/core/plan/buildPlan";
import { MARKS_SHEET } from "../../../src/core/types";
import { applyToSnapshot } from "./applyToSnapshot";
import { checkOf, goalTable, sheet, snapshotOf, tableResult, tableRows } from "./fixtures";

const S = "办公用品";
const JSON_EN = JSON.stringify({ lang: "en", asOf: "2024-07-31" });
const start = () => snapshotOf(sheet(S, tableRows()));
const check = checkOf([goalTable(S)], [tableResult()]);
const a2 = (ops: ReturnType<typeof buildPlan>["ops"]) =>
  ops.filter((o) => o.op === "setValue" && o.cell.sheet === MARKS_SHEET && o.cell.row === 1 && o.cell.col === 0);

test("settings given to the plan are written to A2 of the very hidden marks sheet", () => {
  const plan = buildPlan(start(), check, { formulas: true, lang: "zh", settings: JSON_EN });
  expect(a2(plan.ops)).toEqual([{ op: "setValue", cell: { sheet: MARKS_SHEET, row: 1, col: 0 }, value: JSON_EN }]);
  expect(plan.ops).toContainEqual({ op: "addSheet", sheet: MARKS_SHEET, visibility: "veryHidden" });
  expect(applyToSnapshot(start(), plan).settings).toBe(JSON_EN);
});

test("without the option A2 is left alone, so stored settings survive every run", () => {
  const stored = { ...start(), settings: JSON_EN };
  const plan = buildPlan(stored, check, { formulas: true, lang: "zh" });
  expect(a2(plan.ops)).toEqual([]);
  const after = applyToSnapshot(stored, plan);
  expect(after.settings).toBe(JSON_EN);
  const again = applyToSnapshot(after, buildPlan(after, check, { formulas: true, lang: "zh", settings: JSON_EN }));
  expect(again.settings).toBe(JSON_EN);
  expect(again.marks).toBe(after.marks);
});

test("Clear marks removes the marks but keeps the settings (and so the marks sheet)", () => {
  const first = applyToSnapshot(start(), buildPlan(start(), check, { formulas: true, lang: "zh", settings: JSON_EN }));
  const clear = buildClearPlan(first);
  expect(clear.ops).not.toContainEqual({ op: "deleteSheet", sheet: MARKS_SHEET, veryHidden: true });
  const cleared = applyToSnapshot(first, clear);
  expect(cleared.marks).toBeNull();
  expect(cleared.settings).toBe(JSON_EN);
});

test("without settings Clear marks deletes the marks sheet", () => {
  const first = applyToSnapshot(start(), buildPlan(start(), check, { formulas: true, lang: "zh" }));
  expect(buildClearPlan(first).ops).toContainEqual({ op: "deleteSheet", sheet: MARKS_SHEET, veryHidden: true });
});

test("buildSettingsPlan stores settings without a check", () => {
  const plan = buildSettingsPlan(JSON_EN);
  expect(plan.ops).toEqual([
    { op: "addSheet", sheet: MARKS_SHEET, visibility: "veryHidden" },
    { op: "setValue", cell: { sheet: MARKS_SHEET, row: 1, col: 0 }, value: JSON_EN },
  ]);
  expect(applyToSnapshot(start(), plan).settings).toBe(JSON_EN);
});
