/**
 * The clerk has a picture selected on their goal-table sheet (a scanned approval pasted beside the table) when they check in
 * WPS. Placing a highlight rule selects a cell of that sheet (the rule's anchor); the adapter then selects again what the
 * clerk had selected. Selection is the picture then, not a Range (it has no Address).
 * Before: the adapter saw no Range, kept nothing, and left the rule's anchor cell selected: the picture deselected, the
 * cells behind it lost. Now it keeps the cells behind the picture (Window.RangeSelection) and the picture's name and selects
 * both again (Shape.Select), also after a second check; a picture that can no longer be selected fails nothing.
 */
import { runCheck } from "../../src/host/wps/actions";
import type { FakeWps } from "../host/wps/fake";
import { SETTINGS, TODAY, wpsClerk } from "./wpsClerk";

const PICTURE = "图片 1";

const clerk = wpsClerk("seed-one-sheet.xlsx");

/** The clerk on their table's sheet: C5:E9 selected, D7 active, then the picture clicked. */
function open(): FakeWps {
  const fake = clerk.open();
  fake.sheet(clerk.user).shapes.push(PICTURE);
  fake.selectShape(PICTURE);
  return fake;
}

test("the picture the clerk selected is selected again after the check, the cells behind it too; twice is once", () => {
  const fake = open();
  const before = { active: fake.active, view: structuredClone(fake.view(clerk.user)) };
  expect(before.view.shape).toBe(PICTURE);
  const { plan } = runCheck(fake.app, SETTINGS, TODAY);
  expect(plan.ops.some((op) => op.op === "conditionalFormat" && op.sheet === clerk.user)).toBe(true); // an anchor was selected
  expect({ active: fake.active, view: fake.view(clerk.user) }).toEqual(before);
  runCheck(fake.app, SETTINGS, TODAY);
  expect({ active: fake.active, view: fake.view(clerk.user) }).toEqual(before);
});

test("a picture that cannot be selected again fails nothing: the check is done, the cells behind it selected", () => {
  const fake = open();
  const cells = structuredClone(fake.view(clerk.user));
  // Its name no longer resolves (Shapes.Item refuses it), as in a WPS that names the selected picture otherwise.
  fake.sheet(clerk.user).shapes = [];
  const { check } = runCheck(fake.app, SETTINGS, TODAY);
  expect(check?.tables.length).toBeGreaterThan(0);
  expect(fake.view(clerk.user).areas).toEqual(cells.areas);
  expect(fake.view(clerk.user).cell).toEqual(cells.cell);
});
