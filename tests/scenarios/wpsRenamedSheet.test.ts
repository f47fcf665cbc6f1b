/**
 * review39: the clerk renames a checked goal-table sheet in WPS (右键 → 重命名) and checks again. WPS gives its add-ins no
 * fixed sheet id, so the record finds the sheet by what it holds (README: 工作表改名后照样认得). Expected as in Excel and
 * the CLI copy: the monitoring columns are updated where they are (no second block beside them), the summary names the
 * new sheet, twice is once, and Clear marks leaves the sheet as the clerk had it before the first check.
 */
import { MARKS_SHEET } from "../../src/core/types";
import { runCheck, runClear } from "../../src/host/wps/actions";
import type { FakeWps } from "../host/wps/fake";
import { SETTINGS, TODAY, wpsClerk } from "./wpsClerk";

const clerk = wpsClerk("seed-per-sheet.xlsx");
const RENAMED = "办公用品（改名）";

const cellsOf = (fake: FakeWps, sheet: string) =>
  [...fake.sheet(sheet).cells]
    .filter(([, c]) => c.value !== null || c.formula)
    .map(([k, c]) => `${k}=${c.formula ?? JSON.stringify(c.value)}`)
    .sort();

test("a renamed sheet is updated in place on the next check, and Clear marks takes our marks off it", () => {
  const fake = clerk.open();
  const seedCells = cellsOf(fake, clerk.user);
  runCheck(fake.app, SETTINGS, TODAY);
  const checked = cellsOf(fake, clerk.user);
  expect(checked.length).toBeGreaterThan(seedCells.length);

  fake.app.ActiveWorkbook!.Worksheets.Item(clerk.user).Name = RENAMED;
  const { check } = runCheck(fake.app, SETTINGS, TODAY);
  expect(check?.tables.some((t) => t.table.sheet === RENAMED)).toBe(true);
  // In place: the sheet holds what the first check wrote, nothing beside it.
  expect(cellsOf(fake, RENAMED)).toEqual(checked);
  const summary = fake.model.sheets.find((s) => s.name === "监控汇总")!;
  const summaryText = [...summary.cells.values()].map((c) => c.formula ?? String(c.value)).join("\n");
  expect(summaryText).toContain(RENAMED);
  expect(summaryText).not.toContain(`'${clerk.user}'!`);

  runCheck(fake.app, SETTINGS, TODAY); // twice is once
  expect(cellsOf(fake, RENAMED)).toEqual(checked);

  runClear(fake.app);
  expect(cellsOf(fake, RENAMED)).toEqual(seedCells);
  expect(fake.model.sheets.map((s) => s.name)).not.toContain("监控汇总");
  expect(fake.model.sheets.some((s) => s.name === MARKS_SHEET)).toBe(false);
});
