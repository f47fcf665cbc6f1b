/**
 * WPS adds a sheet in three calls (Worksheets.Add, then .Name, then .Visible for our record): the workbook protected
 * between them (the host fake's PART-WAY, protectAt) leaves a sheet half-added. Before: refused at the record's hide, an
 * empty visible `_PerfTargets` stayed, the next check took it for the clerk's and wrote `_PerfTargets (2)`, and Clear
 * marks left it; refused at the summary's name, an empty `Sheet6` stayed for good. Now the next check and Clear marks
 * take such a sheet as the unfinished run's: it holds nothing, and they delete it (the record is added again very
 * hidden). A sheet holding one cell the clerk typed, or an empty one they added with no run left unfinished, stays;
 * so does the record's Sheet2 when naming it was refused (nothing of ours written yet to say the run added it).
 */
import { runCheck, runClear } from "../../src/host/wps/actions";
import { FakeWps } from "../host/wps/fake";
import { SETTINGS, TODAY, wpsClerk } from "./wpsClerk";

const clerk = wpsClerk("seed-one-sheet.xlsx");
const check = (fake: FakeWps) => runCheck(fake.app, SETTINGS, TODAY);
const sheets = (fake: FakeWps) => fake.model.sheets.map((s) => `${s.name}:${s.visible}`);

/** A good first check's calls that add, name or hide a sheet (the workbook's structure refuses them). */
function sheetCalls(): number[] {
  const fake = clerk.open();
  const from = fake.protectableCalls;
  check(fake);
  return fake.structureCalls.map((k) => k - from);
}

test("a check refused while it adds, names or hides a sheet: the next check and Clear marks leave no stray sheet", () => {
  const good = clerk.open();
  const before = sheets(good);
  check(good);
  const once = sheets(good);
  const ks = sheetCalls();
  expect(ks.length).toBeGreaterThanOrEqual(5); // the record: added, named, hidden; the summary: added, named
  const strays: string[] = [];
  for (const k of ks.filter((k) => k !== ks[1])) {
    const left = clerk.refusedAt(k);
    const again = new FakeWps(structuredClone(left));
    check(again);
    if (sheets(again).join() !== once.join()) strays.push(`k=${k} check: ${sheets(again).join()}`);
    const cleared = new FakeWps(structuredClone(left));
    runClear(cleared.app);
    if (sheets(cleared).join() !== before.join()) strays.push(`k=${k} clear: ${sheets(cleared).join()}`);
  }
  expect(strays).toEqual([]);
});

test("a half-added sheet holding one cell the clerk typed is theirs: kept, and the record goes beside it", () => {
  const [addRecord, nameRecord, hideRecord, addSummary, nameSummary] = sheetCalls();
  expect([nameRecord, hideRecord, nameSummary]).toEqual([addRecord + 1, addRecord + 2, addSummary + 1]);

  const shown = new FakeWps(structuredClone(clerk.refusedAt(hideRecord)));
  shown.sheet("_PerfTargets").cells.set("2,1", { value: "我的", formula: null, numberFormat: "General" });
  check(shown);
  expect(shown.sheet("_PerfTargets").cells.get("2,1")?.value).toBe("我的");
  expect(shown.sheet("_PerfTargets").visible).toBe(-1);
  expect(shown.model.sheets.some((s) => s.name === "_PerfTargets (2)")).toBe(true);

  const unnamed = new FakeWps(structuredClone(clerk.refusedAt(nameSummary)));
  const stray = unnamed.model.sheets.at(-1)!.name;
  expect(stray).toMatch(/^Sheet\d+$/);
  unnamed.sheet(stray).cells.set("0,0", { value: 5, formula: null, numberFormat: "General" });
  check(unnamed);
  expect(unnamed.sheet(stray).cells.get("0,0")?.value).toBe(5);
});

test("refused at naming the record: the empty Sheet2 stays (no record says a run added it), nothing else differs", () => {
  // Before the record is named nothing of ours is written: Sheet2 is then a blank sheet the clerk may have added
  // before their first check, and a sheet we cannot show is ours is never deleted.
  const good = clerk.open();
  const before = sheets(good);
  check(good);
  const once = sheets(good);
  const left = clerk.refusedAt(sheetCalls()[1]);
  const stray = left.sheets.at(-1)!.name;
  expect(stray).toMatch(/^Sheet\d+$/);
  expect(left.sheets.at(-1)!.cells.size).toBe(0);
  const again = new FakeWps(structuredClone(left));
  check(again);
  expect(sheets(again)).toEqual([...once.slice(0, 1), `${stray}:-1`, ...once.slice(1)]);
  const cleared = new FakeWps(structuredClone(left));
  runClear(cleared.app);
  expect(sheets(cleared)).toEqual([...before, `${stray}:-1`]);
});

test("an empty sheet the clerk added, with no run left unfinished, stays through a check and Clear marks", () => {
  const fake = clerk.open();
  check(fake);
  fake.app.ActiveWorkbook!.Worksheets.Add(
    undefined,
    fake.app.ActiveWorkbook!.Worksheets.Item(fake.model.sheets.length),
  );
  const added = fake.model.sheets.at(-1)!.name;
  expect(added).toMatch(/^Sheet\d+$/);
  check(fake);
  expect(fake.model.sheets.some((s) => s.name === added)).toBe(true);
  runClear(fake.app);
  expect(fake.model.sheets.some((s) => s.name === added)).toBe(true);
});
