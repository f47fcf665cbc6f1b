/** @jest-environment jsdom */
/**
 * pane44: a check in Excel that stops midway with our own explanation (a co-author protected the clerk's sheet between
 * the read and the write; another check still running). Before: under the explanation, the pane added its general
 * advice for a failed read, "请检查工作簿是否处于编辑状态（按 Esc 退出单元格编辑）后重试", sending the clerk to press Esc
 * for a protected sheet. Promises: the pane says what stopped the check and the explanation's way out, not that advice;
 * an error that only passes on Excel's own words keeps the advice (App.test "shows an error with what to do").
 */
import "../taskpane/jsdomSetup";
import "./jsdomTextCoding";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { commandWork, runCommand, type CommandEvent } from "../../src/commands/commands";
import { Root } from "../../src/taskpane/components/Root/Root";
import { createExcelHost } from "../../src/taskpane/hosts/excelHost";
import type { FakeExcel } from "../host/excel/fake";
import { AS_OF, excelDriver } from "./drivers";
import { excelPaneGlobals } from "./excelPane";

jest.setTimeout(60_000);

const openInPane = excelPaneGlobals();

/** Run `protect` just before the next run's first sync that writes cells (its reads done: excelProtectedMidway.test.ts). */
function protectBeforeFirstWrite(fake: FakeExcel, protect: () => void, write = /\.(values|formulas)=/): void {
  const context = fake.context as unknown as { sync: () => Promise<void> };
  const sync = context.sync;
  let seen = fake.commands.length;
  let done = false;
  context.sync = () => {
    const batch = fake.commands.slice(seen);
    seen = fake.commands.length;
    if (!done && batch.some((c) => write.test(c))) {
      done = true;
      protect();
    }
    return sync();
  };
}

test("the clerk's sheet protected midway through a check: the pane says so and the way out, not 按 Esc", async () => {
  const fake = await excelDriver.open();
  openInPane(fake);
  const user = userEvent.setup();
  render(<Root host={createExcelHost()} today={AS_OF} />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");

  // A co-author protects the clerk's sheet while the second check runs: after its reads, before its writes.
  const sheet = fake.model.sheets[0];
  protectBeforeFirstWrite(fake, () => (sheet.protected = true));
  await user.click(screen.getByRole("button", { name: "检查目标" }));
  const error = await screen.findByTestId("error");
  expect(error.textContent).toContain("检查没有完成：写入标记时被拒绝"); // not 读取或检查工作簿时出错
  expect(error.textContent).toContain(`工作表「${sheet.name}」受保护，Excel 拒绝写入，检查未完成`);
  expect(error.textContent).toContain("撤销工作表保护");
  expect(error.textContent).not.toMatch(/编辑状态|按 Esc/);
  expect(within(error).getByRole("button", { name: "重试" })).toBeTruthy();
});

/** The ribbon's command `name` on the open workbook (the shared runtime's runCommand), its pane not yet told. */
async function ribbonRuns(name: "checkTargets" | "clearMarks") {
  const event: CommandEvent = { completed: () => undefined };
  const ui = { showPane: async () => undefined, now: () => new Date(`${AS_OF}T08:00:00Z`) };
  await act(() => runCommand(name, commandWork[name], event, ui));
}

test("the ribbon's clear and check refused part-way: the pane says which did not finish, never 写入检查结果 or 读取或检查 (wps71)", async () => {
  const fake = await excelDriver.open();
  openInPane(fake);
  render(<Root host={createExcelHost()} today={AS_OF} />);
  await ribbonRuns("checkTargets");
  await screen.findAllByTestId("project");

  // A co-author protects the clerk's sheet after the clear's reads, before its first write.
  const sheet = fake.model.sheets[0];
  protectBeforeFirstWrite(fake, () => (sheet.protected = true), /=|\.(clear|delete)\(/); // a clear sets or removes
  await ribbonRuns("clearMarks");
  const cleared = await screen.findByTestId("error");
  expect(cleared.textContent).toContain("清除标记没有完成：清除时被拒绝，已清除的部分不会恢复。");
  expect(cleared.textContent).toContain(`工作表「${sheet.name}」受保护，Excel 拒绝写入，清除标记未完成`);
  expect(cleared.textContent).not.toMatch(/写入检查结果|读取或检查/);

  sheet.protected = false;
  protectBeforeFirstWrite(fake, () => (sheet.protected = true));
  await ribbonRuns("checkTargets");
  await screen.findByText("检查没有完成：写入标记时被拒绝，已写入的部分留在工作簿中。");
  expect(screen.getByTestId("error").textContent).toContain(
    `工作表「${sheet.name}」受保护，Excel 拒绝写入，检查未完成`,
  );
});
