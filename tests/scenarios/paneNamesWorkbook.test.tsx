/** @jest-environment jsdom */
/**
 * pane44: the pane names the workbook its results are of. A clerk collecting the units' workbooks (one template, the same
 * sheet names) has several open: in Excel each window has its own pane; in WPS one pane serves the window's workbooks
 * (wpsTwoWorkbooks). Before: nothing on the pane said which workbook the list was for, so with 乙单位 in front the clerk
 * read 甲单位's findings as 乙's. Promises: the summary names the workbook; in WPS, while another one is in front, one line
 * says so and what a click does (it shows 甲 again) and how to check the one in front; 甲 closed is said too.
 */
import "../taskpane/jsdomSetup";
import "./jsdomTextCoding";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Root } from "../../src/taskpane/components/Root/Root";
import { createExcelHost } from "../../src/taskpane/hosts/excelHost";
import { createWpsHost } from "../../src/taskpane/hosts/wpsHost";
import { FakeWps, FakeWpsWindow } from "../host/wps/fake";
import { AS_OF, excelDriver } from "./drivers";
import { excelPaneGlobals } from "./excelPane";
import { TODAY, wpsClerk } from "./wpsClerk";

jest.setTimeout(60_000);

const openInPane = excelPaneGlobals();

const clerk = wpsClerk("seed-one-sheet.xlsx");
/** WPS looks at the workbook in front every 1.5 s (wpsHost POLL_MS). */
const POLL = { timeout: 4_000 };

test("Excel: the summary names the window's workbook", async () => {
  const fake = await excelDriver.open();
  fake.model.name = "甲单位.xlsx";
  openInPane(fake);
  const user = userEvent.setup();
  render(<Root host={createExcelHost()} today={AS_OF} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  expect((await screen.findByTestId("workbook")).textContent).toBe("工作簿：甲单位.xlsx");
  expect(screen.queryByTestId("workbook-elsewhere")).toBeNull();
});

test("WPS: the summary names 甲; with 乙 in front it says so, a click shows 甲 again; 甲 closed is said", async () => {
  const jia = new FakeWps(clerk.open().model, "D:\\绩效监控\\甲单位.xlsx");
  const yi = new FakeWps(clerk.open().model, "D:\\绩效监控\\乙单位.xlsx");
  const window = new FakeWpsWindow([jia, yi]);
  const user = userEvent.setup();
  render(<Root host={createWpsHost(window.app, () => TODAY)} today={TODAY} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  expect((await screen.findByTestId("workbook")).textContent).toBe("工作簿：甲单位.xlsx");
  expect(screen.queryByTestId("workbook-elsewhere")).toBeNull();

  yi.app.ActiveWorkbook!.Activate(); // the clerk switches to 乙's tab
  expect((await screen.findByTestId("workbook-elsewhere", {}, POLL)).textContent).toBe(
    "现在在前面的是「乙单位.xlsx」，不是这些结果的工作簿：点击一项结果会切回「甲单位.xlsx」；要检查「乙单位.xlsx」，请点“检查目标”。",
  );
  expect(screen.getByTestId("workbook").textContent).toBe("工作簿：甲单位.xlsx");

  await user.click(screen.getByTestId("tab-review"));
  await user.click(screen.getAllByTestId("finding").find((f) => f.tagName === "BUTTON")!);
  expect(window.app.ActiveWorkbook!.Name).toBe("甲单位.xlsx");
  await waitFor(() => expect(screen.queryByTestId("workbook-elsewhere")).toBeNull(), POLL);

  yi.app.ActiveWorkbook!.Activate();
  window.close(jia);
  expect((await screen.findByText(/已关闭/, {}, POLL)).textContent).toBe(
    "「甲单位.xlsx」已关闭（或另存为了别的名字）：这些结果不能再定位；请重新打开它，或在当前工作簿上点“检查目标”。",
  );

  // The clerk checks 乙, the one in front: the list is 乙's, and says so.
  await user.click(screen.getByRole("button", { name: "检查目标" }));
  await waitFor(() => expect(screen.getByTestId("workbook").textContent).toBe("工作簿：乙单位.xlsx"));
  expect(screen.queryByTestId("workbook-elsewhere")).toBeNull();
});
