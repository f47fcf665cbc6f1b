import { createExcelHost } from "../../../src/taskpane/hosts/excelHost";
import { DEFAULTS, sampleResult } from "../fixtures";
import type { Jumped } from "../../../src/core/relocate";
import type { CellRef } from "../../../src/core/types";

/** The actions module as the pane sees it; the Office.js side is tested in tests/host/excel. */
function fakeActions(stored: string | null = null) {
  let cell = stored;
  let shift = () => undefined as void;
  return {
    checkTargets: jest.fn(async () => ({ check: sampleResult() })),
    jumpTo: jest.fn(async (cell: CellRef): Promise<Jumped> => ({ jump: "selected", cell })),
    watchShifts: jest.fn(async (onShift: () => void) => void (shift = onShift)),
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
});
