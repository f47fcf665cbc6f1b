/**
 * The pane's jump to a finding whose sheet the user hid (a plainly hidden sheet is checked: tests/host/veryHiddenSheet,
 * tests/scenarios/wpsHiddenSheet): Excel and WPS leave the sheet hidden, the active sheet and selection as they were,
 * and say so (the pane then shows where the cell is: tests/taskpane/components/App.test.tsx). Showing the sheet would
 * change the user's workbook; activating it fails in WPS (no tab to click). And after a check, rows or columns the user
 * inserts or deletes are told to the pane (its results' addresses may have moved: App.test.tsx).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { WorkbookSnapshot } from "../../src/core/types";
import { jumpIn, selectCellIn, watchShiftsIn } from "../../src/host/excel/actions";
import { shownAfterJump } from "../../src/taskpane/host";
import { translator } from "../../src/taskpane/strings";
import { selectCell as wpsSelect } from "../../src/host/wps/actions";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { FakeExcel, installExcelGlobals, modelFromSnapshot as excelModel } from "./excel/fake";
import { FakeWps, modelFromSnapshot as wpsModel } from "./wps/fake";

installExcelGlobals();
const HIDDEN = "3 劳务费";
const SHOWN = "2 检察业务费";

let seed: WorkbookSnapshot;
beforeAll(async () => {
  const bytes = readFileSync(path.join(__dirname, "../fixtures/seed-per-sheet.xlsx"));
  const { snapshot } = await snapshotFromXlsx(bytes);
  seed = { ...snapshot, sheets: snapshot.sheets.map((s) => (s.name === HIDDEN ? { ...s, hidden: true } : s)) };
});

test("Excel: a cell on a hidden sheet is not selected; the sheet stays hidden and nothing is activated", async () => {
  const fake = new FakeExcel(excelModel(seed));
  expect(await selectCellIn(fake.context, { sheet: HIDDEN, row: 10, col: 5 })).toBe("sheet-hidden");
  expect(fake.sheet(HIDDEN).visibility).toBe("Hidden");
  expect(fake.activeSheet).toBeNull();
  expect(await selectCellIn(fake.context, { sheet: SHOWN, row: 10, col: 5 })).toBe("selected");
  expect(fake.activeSheet).toBe(SHOWN);
});

test("WPS: a cell on a hidden sheet is not selected; the sheet stays hidden, the active sheet unchanged", () => {
  const fake = new FakeWps(wpsModel(seed));
  const active = fake.app.ActiveSheet!.Name;
  expect(wpsSelect(fake.app, { sheet: HIDDEN, row: 10, col: 5 })).toBe("sheet-hidden");
  expect(fake.sheet(HIDDEN).visible).toBe(0);
  expect(fake.app.ActiveSheet!.Name).toBe(active);
  expect(wpsSelect(fake.app, { sheet: SHOWN, row: 10, col: 5 })).toBe("selected");
  expect(fake.app.ActiveSheet!.Name).toBe(SHOWN);
});

test("Excel: rows, columns or cells inserted or deleted are told to the pane; an edited value is not", async () => {
  const fake = new FakeExcel(excelModel(seed));
  const onShift = jest.fn();
  await watchShiftsIn(fake.context, onShift);
  await fake.userChanged(SHOWN, "RangeEdited", "F11");
  expect(onShift).not.toHaveBeenCalled();
  for (const change of ["RowInserted", "ColumnDeleted", "CellInserted"])
    await fake.userChanged(SHOWN, change, "A5:XFD5");
  expect(onShift).toHaveBeenCalledTimes(3);
});

describe("pane67: a finding on a row the clerk hid, or a filter hides", () => {
  // Before: the cell was selected where nothing can be seen, and the pane said nothing — the clerk saw no cell move.
  test("Excel: selected, and told as row-hidden; the pane says which row and what to do", async () => {
    const fake = new FakeExcel(excelModel(seed));
    fake.sheet(SHOWN).hiddenRows = new Set([10]);
    const jumped = await jumpIn(fake.context, { sheet: SHOWN, row: 10, col: 5 }, null);
    expect(jumped.jump).toBe("row-hidden");
    expect(fake.selected).toEqual({ sheet: SHOWN, address: "F11" });
    expect(await selectCellIn(fake.context, { sheet: SHOWN, row: 11, col: 5 })).toBe("selected");
    expect(shownAfterJump(jumped, null)).toEqual({ hiddenRow: 11, address: `'${SHOWN}'!F11` });
    expect(translator("zh")("jumpRowHidden", { row: 11, address: `'${SHOWN}'!F11` })).toBe(
      `已选中 '${SHOWN}'!F11，但第 11 行是隐藏的（或被筛选掉）：取消隐藏该行或清除筛选后才能看到。`,
    );
  });

  test("WPS: selected, and told as row-hidden", () => {
    const fake = new FakeWps(wpsModel(seed));
    fake.sheet(SHOWN).hiddenRows = new Set([10]);
    expect(wpsSelect(fake.app, { sheet: SHOWN, row: 10, col: 5 })).toBe("row-hidden");
    expect(fake.app.ActiveSheet!.Name).toBe(SHOWN);
    expect(wpsSelect(fake.app, { sheet: SHOWN, row: 11, col: 5 })).toBe("selected");
  });
});
