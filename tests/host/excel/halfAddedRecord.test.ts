/**
 * A record sheet a refused run added and could not hide (WPS names, then hides the sheet it adds; Excel queues the
 * visibility after worksheets.add, and a batch stops at its failing command): `_PerfTargets` shown and empty. Opened in
 * Excel, the next check deletes it and adds the record very hidden (before: it was taken for the clerk's sheet and the
 * record went to `_PerfTargets (2)`), and Clear marks deletes it (before: left for ever). One of ours in name only:
 * a cell the clerk typed there makes it theirs.
 */
import { emptySheetSnapshot, MARKS_SHEET, type WorkbookSnapshot } from "../../../src/core/types";
import { runCheck, runClear } from "../../../src/host/excel/actions";
import { FakeExcel, installExcelGlobals, modelFromSnapshot } from "./fake";
import { seedOneSheet, SETTINGS, TODAY } from "./workbookState";

installExcelGlobals();
let seed: WorkbookSnapshot;

beforeAll(async () => {
  seed = await seedOneSheet();
});

const check = (fake: FakeExcel) => runCheck(fake.context, SETTINGS, TODAY, true, true);
const sheets = (fake: FakeExcel) => fake.model.sheets.map((s) => `${s.name}:${s.visibility}`);
const leftShown = () =>
  new FakeExcel(modelFromSnapshot({ ...seed, sheets: [...seed.sheets, emptySheetSnapshot({ name: MARKS_SHEET })] }));

test("an empty _PerfTargets left shown: the next check adds the record very hidden, no _PerfTargets (2)", async () => {
  const clean = new FakeExcel(modelFromSnapshot(seed));
  await check(clean);
  const fake = leftShown();
  await check(fake);
  expect(sheets(fake)).toEqual(sheets(clean));
});

test("an empty _PerfTargets left shown: Clear marks deletes it", async () => {
  const fake = leftShown();
  await runClear(fake.context, true);
  expect(sheets(fake)).toEqual(seed.sheets.map((s) => `${s.name}:Visible`));
});

test("a shown _PerfTargets holding one cell the clerk typed is theirs: kept, the record goes to _PerfTargets (2)", async () => {
  const typed = { ...emptySheetSnapshot({ name: MARKS_SHEET }), values: [[null], [null, "我的"]] };
  const fake = new FakeExcel(modelFromSnapshot({ ...seed, sheets: [...seed.sheets, typed] }));
  await check(fake);
  expect(sheets(fake)).toContain(`${MARKS_SHEET}:Visible`);
  expect(sheets(fake)).toContain(`${MARKS_SHEET} (2):VeryHidden`);
});
