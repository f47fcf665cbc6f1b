/** @jest-environment jsdom */
/**
 * pane44: a clerk checks a workbook that holds no goal table (a blank one, notes, another report) in Excel or WPS.
 * Before: the pane showed an error, "读取或检查工作簿时出错。请检查工作簿是否处于编辑状态（按 Esc 退出单元格编辑）后重试",
 * with a retry button: advice about cell edit mode for a workbook that was read fine. Promises (TESTING.md §3, "窗格打开并
 * 提示“未找到绩效目标表”"): the pane says no goal table was found and what a table needs, as the standalone page does for
 * such a file, from the pane's 检查目标 and from the ribbon's (Excel opens the pane); results shown before (another
 * workbook's, in WPS) are not left on show as if they were this one's.
 */
import "../taskpane/jsdomSetup";
import "./jsdomTextCoding";
import { readFileSync } from "node:fs";
import path from "node:path";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { commandWork, runCommand } from "../../src/commands/commands";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { Root } from "../../src/taskpane/components/Root/Root";
import { createExcelHost } from "../../src/taskpane/hosts/excelHost";
import { createWpsHost } from "../../src/taskpane/hosts/wpsHost";
import { FakeExcel, modelFromSnapshot as excelModel } from "../host/excel/fake";
import { FakeWps, FakeWpsWindow, modelFromSnapshot as wpsModel } from "../host/wps/fake";
import { AS_OF } from "./drivers";
import { excelPaneGlobals } from "./excelPane";
import { TODAY, wpsClerk } from "./wpsClerk";

jest.setTimeout(60_000);

const openInPane = excelPaneGlobals();

const clerk = wpsClerk("seed-one-sheet.xlsx");
const noTables = async () =>
  (await snapshotFromXlsx(readFileSync(path.join(__dirname, "../fixtures/bad/no-tables.xlsx")))).snapshot;

/** What the pane shows for a workbook without a goal table, and no error with advice about edit mode. */
async function expectNoTablesSaid() {
  const empty = await screen.findByTestId("empty");
  expect(empty.textContent).toContain("没有找到绩效目标表");
  expect(empty.textContent).toContain("指标表头一行：一级指标、二级指标、三级指标、指标值");
  expect(screen.queryByTestId("error")).toBeNull();
  expect(document.body.textContent).not.toMatch(/编辑状态|读取或检查工作簿时出错/);
}

test("WPS: 甲 checked, then 乙 (no goal table) checked: what a table needs, not an error; 甲's list is not left on show", async () => {
  const jia = new FakeWps(clerk.open().model, "D:\\绩效监控\\甲单位.xlsx");
  const yi = new FakeWps(wpsModel(await noTables()), "D:\\绩效监控\\乙单位.xlsx");
  const window = new FakeWpsWindow([jia, yi]);
  const user = userEvent.setup();
  render(<Root host={createWpsHost(window.app, () => TODAY)} today={TODAY} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");

  yi.app.ActiveWorkbook!.Activate();
  await user.click(screen.getByRole("button", { name: "检查目标" }));
  await expectNoTablesSaid();
  expect(screen.queryAllByTestId("project")).toHaveLength(0);
  expect(screen.queryByTestId("summary")).toBeNull();
});

test("Excel: 检查目标 in the pane, and the ribbon's (which opens the pane), on a workbook without a goal table", async () => {
  const fake = new FakeExcel(excelModel(await noTables()));
  openInPane(fake);
  const user = userEvent.setup();
  const pane = render(<Root host={createExcelHost()} today={AS_OF} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await expectNoTablesSaid();
  pane.unmount();

  // The ribbon's, with the pane closed: the pane it opens shows why.
  const ui = { showPane: jest.fn(async () => undefined), now: () => new Date(`${AS_OF}T08:00:00Z`) };
  await runCommand("checkTargets", commandWork.checkTargets, { completed: () => undefined }, ui);
  expect(ui.showPane).toHaveBeenCalledTimes(1);
  render(<Root host={createExcelHost()} today={AS_OF} />);
  await expectNoTablesSaid();
});
