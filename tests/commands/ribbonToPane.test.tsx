/**
 * @jest-environment jsdom
 *
 * The ribbon and the pane together, as in the shared runtime: the real ribbon command (commands.ts), the real
 * actions (host/excel/actions.ts) over a stubbed Excel.run, the real Excel pane host and the real pane.
 * A ribbon command has no UI of its own: when it fails it opens the pane, and the pane must say why.
 */
import "../taskpane/jsdomSetup";
import "./textEncoder";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { commandWork, runCommand, type CommandEvent } from "../../src/commands/commands";
import { Root } from "../../src/taskpane/components/Root/Root";
import { createExcelHost } from "../../src/taskpane/hosts/excelHost";

jest.setTimeout(30_000);

type Run = (work: (context: unknown) => Promise<unknown>) => Promise<unknown>;
const globals = globalThis as unknown as { Excel?: { run?: Run }; Office?: unknown };

beforeEach(() => {
  globals.Office = {
    context: {
      document: { settings: { get: () => null } },
      requirements: { isSetSupported: () => true },
    },
  };
  globals.Excel = {};
});

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
});

function ribbon() {
  const event: CommandEvent = { completed: jest.fn() };
  const ui = { showPane: jest.fn(async () => undefined), now: () => new Date("2024-08-15T08:00:00Z") };
  return { event, ui, check: () => runCommand("checkTargets", commandWork.checkTargets, event, ui) };
}

test("a ribbon check that fails opens the pane, and the open pane shows why", async () => {
  render(<Root host={createExcelHost()} today="2024-08-15" />);
  globals.Excel!.run = async () => {
    throw Object.assign(new Error("InvalidOperationInCellEditMode"), { code: "InvalidOperationInCellEditMode" });
  };
  const { event, ui, check } = ribbon();
  await act(check);
  expect(ui.showPane).toHaveBeenCalledTimes(1);
  expect(event.completed).toHaveBeenCalledTimes(1);
  const error = await screen.findByTestId("error");
  expect(error.textContent).toContain("读取或检查工作簿时出错");
  expect(error.textContent).toContain("操作未完成：Excel 正在编辑单元格");
});

test("a pane opened after the ribbon check failed shows the failure too", async () => {
  globals.Excel!.run = async () => {
    throw new Error("网络中断");
  };
  await ribbon().check();
  render(<Root host={createExcelHost()} today="2024-08-15" />);
  expect((await screen.findByTestId("error")).textContent).toContain("操作未完成：Excel 报告错误：网络中断");
});

test("while a ribbon check runs, the pane's 检查目标 is refused with a clear message, and the ribbon's second too", async () => {
  let release: () => void = () => undefined;
  const running = new Promise<void>((resolve) => (release = resolve));
  let stall = true; // the batches started first (the pane's, the ribbon's check) take long
  globals.Excel!.run = async () => {
    if (stall) await running;
    throw new Error("后来失败");
  };
  render(<Root host={createExcelHost()} today="2024-08-15" />);
  const first = ribbon().check();

  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: "检查目标" }));
  const refused = await screen.findByTestId("error");
  expect(refused.textContent).toContain("正在检查或清除标记，请等它完成后再试。");
  await user.click(within(refused).getByRole("button", { name: "关闭" }));

  // A batch started now (the refused command reading the workbook's language) runs beside the long one.
  stall = false;
  const second = ribbon();
  await act(second.check);
  expect(second.ui.showPane).toHaveBeenCalledTimes(1);
  expect((await screen.findByTestId("error")).textContent).toContain("正在检查或清除标记");

  await act(async () => {
    release();
    await first;
  });
  expect((await screen.findByTestId("error")).textContent).toContain("后来失败");
});
