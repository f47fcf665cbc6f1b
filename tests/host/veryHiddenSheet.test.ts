/**
 * A very hidden sheet of the user's (only code makes or shows it: no tab, no Unhide) holding a goal table, in the
 * add-in on the strict Excel fake and on the WPS fake: no table is read there, not a cell, rule, note or list of it
 * changes, no written cell links to it, and the check says so once. A plainly hidden sheet is still checked.
 * The CLI's copy: tests/cli/veryHidden.test.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CheckResult, WorkbookSnapshot } from "../../src/core/types";
import type { Plan } from "../../src/core/plan/types";
import { runCheck as excelCheck } from "../../src/host/excel/actions";
import { runCheck as wpsCheck } from "../../src/host/wps/actions";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { FakeExcel, installExcelGlobals, modelFromSnapshot as excelModel } from "./excel/fake";
import { FakeWps, modelFromSnapshot as wpsModel } from "./wps/fake";

installExcelGlobals();
const VERY = "2 检察业务费";
const HIDDEN = "3 劳务费";
const SETTINGS = { asOf: "2024-08-15" };
const TODAY = "2024-08-15";

let seed: WorkbookSnapshot;
beforeAll(async () => {
  const bytes = readFileSync(path.join(__dirname, "../fixtures/seed-per-sheet.xlsx"));
  const { snapshot } = await snapshotFromXlsx(bytes);
  // As the readers give them (SheetSnapshot.hidden / veryHidden); each fake carries them to its own visibility.
  const state = (name: string) =>
    name === VERY ? { hidden: true, veryHidden: true } : name === HIDDEN ? { hidden: true } : {};
  seed = { ...snapshot, sheets: snapshot.sheets.map((s) => ({ ...s, ...state(s.name) })) };
  expect(seed.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([VERY, HIDDEN]));
});

function expectPassedOver(check: CheckResult | null, plan: Plan): void {
  if (!check) throw new Error("no check");
  const said = check.diagnostics.filter((d) => d.text.code === "read.very-hidden-sheet");
  expect(said.map((d) => [d.cell, d.message])).toEqual([[null, `工作表「${VERY}」深度隐藏，未检查`]]);
  const sheets = check.tables.map((t) => t.table.sheet);
  expect(sheets).not.toContain(VERY);
  expect(sheets).toContain(HIDDEN);
  // Not one write names it: no cell of it, no link or formula to it on 监控汇总.
  expect(JSON.stringify(plan.ops)).not.toContain(VERY);
}

test("Excel: the very hidden sheet is passed over and unchanged; the hidden one is checked", async () => {
  const fake = new FakeExcel(excelModel(seed));
  expect(fake.sheet(VERY).visibility).toBe("VeryHidden");
  const before = structuredClone(fake.sheet(VERY));
  const hiddenBefore = structuredClone(fake.sheet(HIDDEN).cells);
  const { check, plan } = await excelCheck(fake.context, SETTINGS, TODAY, true);
  expectPassedOver(check, plan);
  expect(fake.sheet(VERY)).toEqual(before);
  expect(fake.sheet(HIDDEN).cells).not.toEqual(hiddenBefore);
  expect(fake.sheet(HIDDEN).visibility).toBe("Hidden");
});

test("WPS: the very hidden sheet is passed over and unchanged; the hidden one is checked", () => {
  const fake = new FakeWps(wpsModel(seed));
  expect(fake.sheet(VERY).visible).toBe(2);
  const before = structuredClone(fake.sheet(VERY));
  const hiddenBefore = structuredClone(fake.sheet(HIDDEN).cells);
  const { check, plan } = wpsCheck(fake.app, SETTINGS, TODAY);
  expectPassedOver(check, plan);
  expect(fake.sheet(VERY)).toEqual(before);
  expect(fake.sheet(HIDDEN).cells).not.toEqual(hiddenBefore);
  expect(fake.sheet(HIDDEN).visible).toBe(0); // shown only while its highlight rules went on (tests/scenarios/wpsHiddenSheet)
});
