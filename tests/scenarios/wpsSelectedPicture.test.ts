/**
 * The clerk has a picture selected on their goal-table sheet (a scanned approval pasted beside the table) when they check in
 * WPS. Placing a highlight rule selects a cell of that sheet (the rule's anchor); the adapter then selects again what the
 * clerk had selected. Selection is the picture then, not a Range (it has no Address).
 * Before: the adapter saw no Range, kept nothing, and left the rule's anchor cell selected: the picture deselected, the
 * cells behind it lost. Now it keeps the cells behind the picture (Window.RangeSelection) and the picture's name and selects
 * both again (Shape.Select), also after a second check; a picture that can no longer be selected fails nothing.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck } from "../../src/host/wps/actions";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";

const SETTINGS = { asOf: "2024-08-15" };
const TODAY = "2024-08-15";
const PICTURE = "图片 1";

let seed: WorkbookSnapshot;
let user: string;
beforeAll(async () => {
  seed = (await snapshotFromXlsx(readFileSync(path.join(__dirname, "../fixtures/seed-one-sheet.xlsx")))).snapshot;
  user = seed.sheets[0].name;
});

/** The clerk on their table's sheet: C5:E9 selected, D7 active, then the picture clicked. */
function open(): FakeWps {
  const fake = new FakeWps(modelFromSnapshot(seed));
  fake.sheet(user).shapes.push(PICTURE);
  const sheet = fake.app.ActiveWorkbook!.Worksheets.Item(user);
  sheet.Activate();
  sheet.Range("C5:E9").Select();
  sheet.Range("D7").Activate();
  fake.selectShape(PICTURE);
  return fake;
}

test("the picture the clerk selected is selected again after the check, the cells behind it too; twice is once", () => {
  const fake = open();
  const before = { active: fake.active, view: structuredClone(fake.view(user)) };
  expect(before.view.shape).toBe(PICTURE);
  const { plan } = runCheck(fake.app, SETTINGS, TODAY);
  expect(plan.ops.some((op) => op.op === "conditionalFormat" && op.sheet === user)).toBe(true); // an anchor was selected
  expect({ active: fake.active, view: fake.view(user) }).toEqual(before);
  runCheck(fake.app, SETTINGS, TODAY);
  expect({ active: fake.active, view: fake.view(user) }).toEqual(before);
});

test("a picture that cannot be selected again fails nothing: the check is done, the cells behind it selected", () => {
  const fake = open();
  const cells = structuredClone(fake.view(user));
  // Its name no longer resolves (Shapes.Item refuses it), as in a WPS that names the selected picture otherwise.
  fake.sheet(user).shapes = [];
  const { check } = runCheck(fake.app, SETTINGS, TODAY);
  expect(check?.tables.length).toBeGreaterThan(0);
  expect(fake.view(user).areas).toEqual(cells.areas);
  expect(fake.view(user).cell).toEqual(cells.cell);
});
