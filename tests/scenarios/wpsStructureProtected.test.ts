/**
 * A plainly hidden goal-table sheet in a workbook whose structure the clerk protected (审阅 → 保护工作簿), checked in WPS on
 * its strict fake. Highlight rules are placed from the active cell, so the adapter shows a hidden sheet for as long as its
 * rules take (apply.ts anchorAt); a protected structure forbids showing it (and adding or deleting a sheet).
 * Before: the check wrote cells, then failed on the sheet's first rule with WPS's own message, leaving a half-marked
 * workbook. Now it refuses before writing anything, with one line naming the sheet and the way out (撤销工作簿保护); once
 * the clerk unprotects, the check marks the sheet as it marks a shown one. The same for a first check, which must add
 * our sheets, and for Clear marks, which deletes them.
 */
import { runCheck, runClear } from "../../src/host/wps/actions";
import type { FakeWps } from "../host/wps/fake";
import { SETTINGS, TODAY, wpsClerk } from "./wpsClerk";

const HIDDEN = "3 劳务费";

const clerk = wpsClerk("seed-per-sheet.xlsx", HIDDEN);

/** Everything the workbook holds and what the clerk sees. */
const stateOf = (fake: FakeWps) => ({
  sheets: fake.model.sheets.map((s) => ({
    name: s.name,
    visible: s.visible,
    cells: [...s.cells].sort(),
    rules: structuredClone(s.rules),
    validations: [...s.validations].sort(),
    comments: [...s.comments].sort(),
    view: structuredClone(fake.view(s.name)),
  })),
  names: [...fake.model.names].sort(),
  active: fake.active,
});

const ONE_LINE = /^[^\n]+$/;

test("a re-check that must show the hidden sheet changes nothing and says why in one line; after unprotecting it marks the sheet", () => {
  const fake = clerk.open();
  runCheck(fake.app, SETTINGS, TODAY); // the first check, before the clerk protected the structure
  const marked = stateOf(fake);
  fake.sheet(clerk.user).cells.set("40,0", { value: "我后来写的", formula: null, numberFormat: "General" }); // typed between runs
  fake.model.structureProtected = true;
  const before = stateOf(fake);

  let message = "";
  try {
    runCheck(fake.app, SETTINGS, TODAY);
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toMatch(ONE_LINE);
  expect(message).toContain(`「${HIDDEN}」`);
  expect(message).toContain("撤销工作簿保护");
  expect(message).not.toMatch(/WPS 报告错误/);
  expect(stateOf(fake)).toEqual(before);

  fake.model.structureProtected = false;
  runCheck(fake.app, SETTINGS, TODAY);
  const after = stateOf(fake);
  // The same marks as the first time, the clerk's line kept, the sheet hidden again, their view as it was.
  expect(after.sheets.find((s) => s.name === HIDDEN)).toEqual(marked.sheets.find((s) => s.name === HIDDEN));
  expect(after.sheets.find((s) => s.name === clerk.user)?.cells).toContainEqual([
    "40,0",
    { value: "我后来写的", formula: null, numberFormat: "General" },
  ]);
  expect(after.active).toEqual(before.active);
});

test("a first check and Clear marks under a protected structure change nothing either", () => {
  const fake = clerk.open();
  fake.model.structureProtected = true;
  const before = stateOf(fake);
  expect(() => runCheck(fake.app, SETTINGS, TODAY)).toThrow(/^工作簿结构受保护[^\n]*新建工作表「/);
  expect(stateOf(fake)).toEqual(before);

  fake.model.structureProtected = false;
  runCheck(fake.app, SETTINGS, TODAY);
  fake.model.structureProtected = true;
  const checked = stateOf(fake);
  expect(() => runClear(fake.app)).toThrow(/^工作簿结构受保护[^\n]*删除工作表「/);
  expect(stateOf(fake)).toEqual(checked);
});
