/** @jest-environment jsdom */
/**
 * pane44: a clerk in Excel clicks a finding in the pane after changing the workbook since the check. The real pane, the
 * real Excel pane host and actions over the strict Excel fake (Excel.run hands them its context).
 * Before: a finding whose sheet was renamed or deleted gave "无法定位单元格：Excel 报告错误：ItemNotFound: …" (Excel's
 * own words, from Worksheets.getItem). Promises: one Chinese line (English when chosen) naming the sheet and what to do;
 * nothing selected, no sheet activated.
 */
import "../taskpane/jsdomSetup";
import "./jsdomTextCoding";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { selectCellIn } from "../../src/host/excel/actions";
import { Root } from "../../src/taskpane/components/Root/Root";
import { createExcelHost } from "../../src/taskpane/hosts/excelHost";
import type { FakeExcel } from "../host/excel/fake";
import { AS_OF, excelDriver } from "./drivers";
import { excelPaneGlobals } from "./excelPane";

jest.setTimeout(60_000);

const openInPane = excelPaneGlobals();

/** The workbook open in Excel: Excel.run runs on the fake (drivers.ts installed the fake's Excel enums). */
async function openInExcel(): Promise<FakeExcel> {
  const fake = await excelDriver.open();
  openInPane(fake);
  return fake;
}

/** The clerk's sheet: the one the seed's tables are on. */
const userSheet = (fake: FakeExcel) => fake.model.sheets[0].name;

test("the fake refuses getItem on a sheet that is not there with ItemNotFound, at the sync, as Excel does", async () => {
  const fake = await excelDriver.open();
  const sheet = fake.context.workbook.worksheets.getItem("没有这张表");
  sheet.load("visibility");
  await expect(fake.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  const orNull = fake.context.workbook.worksheets.getItemOrNullObject("没有这张表");
  orNull.load("visibility");
  await fake.context.sync();
  expect(orNull.isNullObject).toBe(true);
  const byId = fake.context.workbook.worksheets.getItemOrNullObject(fake.model.sheets[0].id);
  byId.load("name");
  await fake.context.sync();
  expect([byId.isNullObject, byId.name]).toEqual([false, userSheet(fake)]);
});

test("a jump to a sheet deleted since the check: one line naming the sheet, nothing activated", async () => {
  const fake = await excelDriver.open();
  const sheet = userSheet(fake);
  await excelDriver.edit(fake, [{ sheet, deleteSheet: true }]);
  await expect(selectCellIn(fake.context, { sheet, row: 10, col: 5 })).rejects.toThrow(
    `工作表「${sheet}」已不在（检查之后改了名或被删除）：请重新检查`,
  );
  expect(fake.activeSheet).toBeNull();
});

test("in the pane: a finding whose sheet was renamed since the check says so in one Chinese line, and in English", async () => {
  const fake = await openInExcel();
  const sheet = userSheet(fake);
  const user = userEvent.setup();
  render(<Root host={createExcelHost()} today={AS_OF} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  await excelDriver.edit(fake, [{ sheet, renameTo: "办公（改名）" }]); // double-click on the tab, a new name
  fake.activeSheet = null;

  const clickFirstFinding = async () => {
    await user.click(screen.getByTestId("tab-review"));
    await user.click(screen.getAllByTestId("finding").find((f) => f.tagName === "BUTTON")!);
  };
  await clickFirstFinding();
  const line = await screen.findByText(
    `无法定位单元格：工作表「${sheet}」已不在（检查之后改了名或被删除）：请重新检查`,
  );
  expect(line.textContent).not.toMatch(/ItemNotFound|Excel 报告错误/);
  expect(fake.activeSheet).toBeNull();

  await user.click(screen.getByTestId("lang-toggle"));
  // Switching the language checks again (the shown words are the old language's): the renamed sheet is read again, the
  // findings point to it, and a jump goes there.
  await screen.findByText(/^\d+ projects, \d+ indicators/);
  await clickFirstFinding();
  expect(fake.activeSheet).toBe("办公（改名）");

  await excelDriver.edit(fake, [{ sheet: "办公（改名）", deleteSheet: true }]);
  await clickFirstFinding();
  expect((await screen.findByText(/^Could not select the cell: /)).textContent!.replace(/[“”"「」]/g, "'")).toBe(
    "Could not select the cell: Sheet '办公（改名）' is no longer there (renamed or deleted since the check): check again",
  );
});
