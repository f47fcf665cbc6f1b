/**
 * Rows inserted above a goal table after a check, in WPS: the cells the pane's results point to (a jump to a finding, the
 * addresses it names) have moved. Excel's pane warns (worksheets.onChanged); WPS gives its add-ins the SheetChange event
 * (Application.ApiEvent), which says only that cells changed. The WPS pane now looks, after each burst of changes, at the
 * cells the shown result points to and warns when they moved, as in Excel (PaneHost.onCellsShifted).
 * Before: the WPS host had no onCellsShifted; the pane never warned and a jump went to the wrong row.
 * Typing a value, the check's own writes and rows inserted below a table (which move nothing the result points to) do
 * not warn; a new result clears the warning, so twice is once.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../src/core/types";
import { createRibbon, RIBBON_BUTTONS } from "../../src/host/wps/ribbon";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { createWpsHost, SHIFT_SETTLE_MS } from "../../src/taskpane/hosts/wpsHost";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";

const REQUEST = { ...DEFAULT_SETTINGS, asOf: "2024-08-15" };

let seed: WorkbookSnapshot;
let sheet: string;
beforeAll(async () => {
  seed = (await snapshotFromXlsx(readFileSync(path.join(__dirname, "../fixtures/seed-one-sheet.xlsx")))).snapshot;
  sheet = seed.sheets[0].name;
});
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

const settle = () => jest.advanceTimersByTime(SHIFT_SETTLE_MS + 1);

test("rows inserted above the table warn once; typing, the check's own writes and rows below the tables do not", async () => {
  const fake = new FakeWps(modelFromSnapshot(seed));
  const host = createWpsHost(fake.app, () => "2024-08-15");
  let warnings = 0;
  host.onCellsShifted!(() => warnings++);
  const result = await host.check(REQUEST);
  settle(); // the check's own writes raised SheetChange: nothing it points to moved
  expect(warnings).toBe(0);
  const table = result.tables[0].table;
  const lastRow = Math.max(...result.tables.filter((t) => t.table.sheet === sheet).map((t) => t.table.range.bottom));

  const ws = fake.app.ActiveWorkbook!.Worksheets.Item(sheet);
  ws.Range("Z200").Value2 = "备注"; // the clerk types somewhere
  settle();
  expect(warnings).toBe(0);
  fake.insertRows(sheet, lastRow + 5, 3); // below the sheet's last table: nothing moves
  settle();
  expect(warnings).toBe(0);

  fake.insertRows(sheet, table.range.top, 2); // above it: every row it points to moved down by two
  ws.Range("Z201").Value2 = "再备注"; // more changes in the same burst: one warning
  settle();
  expect(warnings).toBe(1);
  ws.Range("Z202").Value2 = "又一条";
  settle();
  expect(warnings).toBe(1); // warned already, until the next result

  await host.check(REQUEST); // checked again where the table is now: the new result's cells are in place
  settle();
  ws.Range("Z203").Value2 = "最后";
  settle();
  expect(warnings).toBe(1);
  fake.insertRows(sheet, table.range.top + 3, 1); // a row inserted inside the table moves its last indicators
  settle();
  expect(warnings).toBe(2);
});

test("a check started from the ribbon, shown in the pane, warns the same", async () => {
  const fake = new FakeWps(modelFromSnapshot(seed));
  const ribbon = createRibbon({
    app: () => fake.app,
    alert: () => undefined,
    paneUrl: () => "https://perf.example.gov.cn/addin/wps/taskpane.html",
    today: () => "2024-08-15",
    now: () => new Date("2024-08-15T08:00:00Z"),
  });
  ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
  const host = createWpsHost(fake.app, () => "2024-08-15");
  let warnings = 0;
  host.onCellsShifted!(() => warnings++);
  const shown: unknown[] = [];
  const stop = host.subscribeResults!((r) => shown.push(r));
  expect(shown).toHaveLength(1);
  fake.insertRows(sheet, 0, 1);
  settle();
  expect(warnings).toBe(1);
  stop();
});
