/** @jest-environment jsdom */
/**
 * After a check in WPS 表格 the clerk swaps two sheets' names (右键 → 重命名: 「1 办公用品采购」 → 「甲」, then
 * 「2 检察业务费」 → 「1 办公用品采购」), then clicks a finding of 办公用品采购 in the pane. The real pane and WPS host over
 * the strict WPS fake.
 * Before: the jump went by name, into the sheet now called 「1 办公用品采购」 — 检察业务费's table — and selected a cell
 * there. Now the sheet is the check's by its code name (Worksheet.CodeName, which a rename does not change), the jump
 * lands on the indicator on 「甲」 and says the sheet was renamed. A sheet deleted and another renamed to its name: the
 * jump says the sheet is gone (was: it selected the old address in the other sheet), as Excel by Worksheet.id.
 */
import "../taskpane/jsdomSetup";
import "./jsdomTextCoding";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { cellName, keyCol, keyRow } from "../../src/core/a1";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS, type CellRef } from "../../src/core/types";
import { readWorkbook } from "../../src/host/wps/read";
import { Root } from "../../src/taskpane/components/Root/Root";
import { createWpsHost } from "../../src/taskpane/hosts/wpsHost";
import type { FakeWps } from "../host/wps/fake";
import { TODAY, wpsClerk } from "./wpsClerk";

jest.setTimeout(60_000);

const clerk = wpsClerk("seed-per-sheet.xlsx");
const PROJECT = "办公用品采购";
const INDICATOR = "运转保障率";
const RENAMED = "甲";

/** Where the reader finds the indicator's target now. */
function whereNow(fake: FakeWps): CellRef {
  const t = checkWorkbook(readWorkbook(fake.app).snapshot, { ...DEFAULT_SETTINGS, asOf: TODAY }).tables.find(
    (c) => c.table.name === PROJECT,
  )!.table;
  const key = t.indicators.find((i) => i.name === INDICATOR)!.targetCell;
  return { sheet: t.sheet, row: keyRow(key), col: keyCol(key) };
}

const activeCell = (fake: FakeWps) => `${fake.app.ActiveSheet!.Name}!${fake.app.ActiveCell!.Address()}`;
const shown = (cell: CellRef) => `${cell.sheet}!$${cellName(cell.row, cell.col).replace(/(\d+)$/, "$$$1")}`;

/** Check, let the clerk rename (`swap`: the first sheet → 甲, the second → the first's name), click the finding. */
async function checkSwapClick(
  swap = (fake: FakeWps, first: string, second: string) => {
    fake.app.ActiveWorkbook!.Worksheets.Item(first).Name = RENAMED;
    fake.app.ActiveWorkbook!.Worksheets.Item(second).Name = first;
  },
) {
  const fake = clerk.open();
  const user = userEvent.setup();
  render(<Root host={createWpsHost(fake.app, () => TODAY)} today={TODAY} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  const sheets = fake.app.ActiveWorkbook!.Worksheets;
  const [first, second] = [sheets.Item(1).Name, sheets.Item(2).Name];
  swap(fake, first, second);
  sheets.Item(3).Activate();
  const project = screen
    .getAllByTestId("project")
    .find((p) => within(p).getByTestId("project-name").textContent === PROJECT)!;
  await user.click(within(project).getByTestId("project-toggle"));
  const all = within(project).queryByRole("button", { name: /^显示全部/ });
  if (all) await user.click(all);
  await user.click(
    within(project)
      .getAllByTestId("indicator")
      .find((i) => i.textContent!.includes(INDICATOR))!,
  );
  return { fake, first };
}

test("the jump follows the sheet to its new name, not into the sheet that took its old one", async () => {
  const { fake, first } = await checkSwapClick();
  const now = whereNow(fake);
  expect(now.sheet).toBe(RENAMED);
  expect(activeCell(fake)).toBe(shown(now));
  await screen.findByText(
    `工作表「${first}」检查之后改名为「${RENAMED}」：已跳到 '${RENAMED}'!${cellName(now.row, now.col)}；结果中的地址要重新检查才会更新。`,
  );
});

test("the sheet deleted and another renamed to its name: no jump into the other, one line", async () => {
  const { fake, first } = await checkSwapClick((f, first, second) => {
    f.deleteSheet(first);
    f.app.ActiveWorkbook!.Worksheets.Item(second).Name = first;
  });
  await screen.findByText(`无法定位单元格：工作表「${first}」已不在（检查之后改了名或被删除）：请重新检查`);
  expect(fake.app.ActiveSheet!.Name).not.toBe(first);
});
