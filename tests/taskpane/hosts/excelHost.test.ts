import { createExcelHost } from "../../../src/taskpane/hosts/excelHost";
import { clearedText, runCommand } from "../../../src/commands/commands";
import { DEFAULTS, sampleResult } from "../fixtures";
import type { Jumped } from "../../../src/core/relocate";
import type { CellRef } from "../../../src/core/types";

/** The actions module as the pane sees it; the Office.js side is tested in tests/host/excel. */
function fakeActions(stored: string | null = null) {
  let cell = stored;
  let shift = () => undefined as void;
  const removed = jest.fn(async () => undefined);
  return {
    checkTargets: jest.fn(async () => ({ check: sampleResult() })),
    jumpTo: jest.fn(async (cell: CellRef): Promise<Jumped> => ({ jump: "selected", cell })),
    watchShifts: jest.fn(async (onShift: () => void) => {
      shift = onShift;
      return removed;
    }),
    removed,
    editsToldApart: () => true,
    workbookName: jest.fn(async (): Promise<string | null> => "甲单位.xlsx"),
    shift: () => shift(),
    loadSettings: jest.fn(async () => cell),
    saveSettings: jest.fn(async (json: string) => {
      cell = json;
    }),
    cell: () => cell,
  };
}

describe("Excel host settings (A2 of the marks sheet, shared with the ribbon and the CLI)", () => {
  const officeBefore = (globalThis as { Office?: unknown }).Office;
  afterEach(() => {
    (globalThis as { Office?: unknown }).Office = officeBefore;
  });

  it("loads the settings the workbook keeps, completed with the defaults", async () => {
    const api = fakeActions(JSON.stringify({ lang: "en", asOf: "2024-07-31", scheduleMethod: "step" }));
    const host = createExcelHost(api);
    expect(await host.loadSettings()).toEqual({ ...DEFAULTS, lang: "en", asOf: "2024-07-31", scheduleMethod: "step" });
  });

  it("saves through the actions module, and what it saved loads back", async () => {
    const api = fakeActions();
    const host = createExcelHost(api);
    await host.saveSettings({ ...DEFAULTS, lang: "en", asOf: null });
    expect(api.saveSettings).toHaveBeenCalledTimes(1);
    expect(JSON.parse(api.cell() as string)).toMatchObject({ lang: "en" });
    expect(JSON.parse(api.cell() as string)).not.toHaveProperty("asOf");
    expect(await host.loadSettings()).toMatchObject({ lang: "en", asOf: null });
  });

  it("falls back to settings an older version kept in the document settings", async () => {
    (globalThis as { Office?: unknown }).Office = {
      context: {
        document: {
          settings: { get: (key: string) => (key === "perfTargets.settings" ? JSON.stringify({ lang: "en" }) : null) },
        },
      },
    };
    const host = createExcelHost(fakeActions(null));
    expect(await host.loadSettings()).toMatchObject({ lang: "en" });
  });

  it("no stored settings at all is not an error", async () => {
    const host = createExcelHost(fakeActions(null));
    expect(await host.loadSettings()).toBeNull();
  });

  it("a failed save is a write-failed HostError", async () => {
    const api = fakeActions();
    api.saveSettings.mockRejectedValueOnce(new Error("protected"));
    const host = createExcelHost(api);
    await expect(host.saveSettings({ ...DEFAULTS, asOf: null })).rejects.toMatchObject({ code: "write-failed" });
  });
});

describe("Excel host: rows or columns moved after a check", () => {
  const officeBefore = (globalThis as { Office?: unknown }).Office;
  beforeEach(() => ((globalThis as { Office?: unknown }).Office = { context: {} }));
  afterEach(() => ((globalThis as { Office?: unknown }).Office = officeBefore));

  it("registers one handler in Excel and tells every current listener, not one unsubscribed", () => {
    const api = fakeActions();
    const host = createExcelHost(api);
    const first = jest.fn();
    const second = jest.fn();
    const stopFirst = host.onCellsShifted!(first);
    host.onCellsShifted!(second);
    expect(api.watchShifts).toHaveBeenCalledTimes(1);
    api.shift();
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1]);
    stopFirst();
    api.shift();
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 2]);
  });

  it("removes its handler from Excel when the last listener leaves, and registers one again for the next", async () => {
    // Before (pane68): the handler stayed registered after every listener had gone, Excel calling the pane for each change.
    const api = fakeActions();
    const host = createExcelHost(api);
    const stopShifts = host.onCellsShifted!(jest.fn());
    const stopEdits = host.onCellsEdited!(jest.fn());
    stopShifts();
    await Promise.resolve();
    expect(api.removed).not.toHaveBeenCalled(); // the edits' listener is still there
    stopEdits();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(api.removed).toHaveBeenCalledTimes(1);
    const again = jest.fn();
    host.onCellsShifted!(again);
    expect(api.watchShifts).toHaveBeenCalledTimes(2);
    api.shift();
    expect(again).toHaveBeenCalledTimes(1);
  });
});

describe("Excel host: the ribbon's 清除标记", () => {
  const event = () => ({ completed: jest.fn() });
  const ui = { showPane: jest.fn(async () => undefined), now: () => new Date("2024-08-01T08:00:00Z") };
  const kept =
    "工作表「设备采购」受保护，其中本工具的标记未清除：如需清除，请在“审阅 → 撤销工作表保护”中取消保护后再清除标记。";

  it("tells the pane what a clear done from the ribbon said, a check's result and a failure as before", async () => {
    // Before (pane65): a clear that succeeded reached no listener, so what it left on a protected sheet was said nowhere.
    const host = createExcelHost(fakeActions());
    const [results, errors, cleared] = [jest.fn(), jest.fn(), jest.fn()];
    const stop = host.subscribeResults!(results, errors, cleared);
    await runCommand("clearMarks", async () => ({ message: clearedText([kept], "zh") }), event(), ui);
    expect(cleared).toHaveBeenLastCalledWith({ zh: kept, en: kept });
    await runCommand("checkTargets", async () => ({ message: "已检查", result: sampleResult() }), event(), ui);
    expect([results.mock.calls.length, cleared.mock.calls.length, errors.mock.calls.length]).toEqual([1, 1, 0]);
    // A clear that says its lines in each language (commandWork.clearMarks) is told in each.
    const inEach = { zh: clearedText([], "zh"), en: clearedText([], "en") };
    await runCommand("clearMarks", async () => ({ message: inEach.en, inEach }), event(), ui);
    expect(cleared).toHaveBeenLastCalledWith({
      zh: "已清除本加载项写入的标记。",
      en: "The marks this add-in wrote were cleared.",
    });
    stop();
  });

  it("a pane opened after the clear hears of it", async () => {
    await runCommand("clearMarks", async () => ({ message: clearedText([kept], "zh") }), event(), ui);
    const cleared = jest.fn();
    createExcelHost(fakeActions()).subscribeResults!(jest.fn(), jest.fn(), cleared)();
    expect(cleared).toHaveBeenCalledWith({ zh: kept, en: kept });
  });
});
