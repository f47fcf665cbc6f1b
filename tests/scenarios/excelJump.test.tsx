/** @jest-environment jsdom */
/**
 * pane44: a clerk in Excel clicks a finding in the pane after changing the workbook since the check. The real pane, the
 * real Excel pane host and actions over the strict Excel fake (Excel.run hands them its context).
 * Before: a finding whose sheet was renamed or deleted gave "无法定位单元格：Excel 报告错误：ItemNotFound: …" (Excel's
 * own words, from Worksheets.getItem). Promises: one Chinese line (English when chosen) naming the sheet and what to do;
 * nothing selected, no sheet activated.
 */
import path from "node:path";
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

test("in the pane: a finding whose sheet was renamed since the check is found by the sheet's id and says so; deleted, one line", async () => {
  const fake = await openInExcel();
  const sheet = userSheet(fake);
  const user = userEvent.setup();
  render(<Root host={createExcelHost()} today={AS_OF} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  await excelDriver.edit(fake, [{ sheet, renameTo: "办公（改名）" }]); // double-click on the tab, a new name
  fake.activeSheet = null;

  // The 审核 tab lists the most serious first: the finding at A44 of the renamed sheet is looked for by its address.
  const clickFindingAtA44 = async () => {
    await user.click(screen.getByTestId("tab-review"));
    await user.click(
      screen.getAllByTestId("finding").find((f) => f.tagName === "BUTTON" && f.textContent!.includes("!A44)"))!,
    );
  };
  await clickFindingAtA44();
  // Worksheet.id survives the rename (pane46; it said the sheet was gone): the same cell, on the sheet under its new name.
  const line = await screen.findByText(
    /^工作表「预算项目绩效目标」检查之后改名为「办公（改名）」：已跳到 '办公（改名）'!A44；结果中的地址要重新检查才会更新。$/,
  );
  expect(line.textContent).not.toMatch(/ItemNotFound|Excel 报告错误/);
  expect(fake.activeSheet).toBe("办公（改名）");
  expect(fake.selected).toEqual({ sheet: "办公（改名）", address: "A44" });

  await user.click(screen.getByTestId("lang-toggle"));
  // Switching the language checks again (the shown words are the old language's): the renamed sheet is read again, the
  // findings point to it, and a jump goes there.
  await screen.findByText(/^\d+ projects, \d+ indicators/);
  fake.activeSheet = null;
  await clickFindingAtA44();
  expect(fake.activeSheet).toBe("办公（改名）");

  await excelDriver.edit(fake, [{ sheet: "办公（改名）", deleteSheet: true }]);
  await clickFindingAtA44();
  expect((await screen.findByText(/^Could not select the cell: /)).textContent!.replace(/[“”"「」]/g, "'")).toBe(
    "Could not select the cell: Sheet '办公（改名）' is no longer there (renamed or deleted since the check): check again",
  );
});

test("a sheet deleted and another renamed to its name since the check: no jump into the other, which is followed by its id", async () => {
  // seed-per-sheet: a table per sheet from one template. The clerk deletes '1 办公用品采购' and gives '2 检察业务费' its name.
  const fake = await excelDriver.open(path.join(__dirname, "../fixtures/seed-per-sheet.xlsx"));
  openInPane(fake);
  const [first, second] = fake.model.sheets.map((s) => s.name);
  const user = userEvent.setup();
  render(<Root host={createExcelHost()} today={AS_OF} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  await excelDriver.edit(fake, [
    { sheet: first, deleteSheet: true },
    { sheet: second, renameTo: first },
  ]);
  await user.click(screen.getByTestId("tab-review"));
  const findingOn = (sheet: string) =>
    screen.getAllByTestId("finding").find((f) => f.tagName === "BUTTON" && f.textContent!.includes(`'${sheet}'!`))!;
  fake.activeSheet = null;
  await user.click(findingOn(first));
  await screen.findByText(`无法定位单元格：工作表「${first}」已不在（检查之后改了名或被删除）：请重新检查`);
  expect(fake.activeSheet).toBeNull(); // was: the other sheet, now of that name, and a cell of 检察业务费
  await user.click(findingOn(second));
  expect(fake.activeSheet).toBe(first);
  await screen.findByText(new RegExp(`^工作表「${second}」检查之后改名为「${first}」：已跳到 `));
});
