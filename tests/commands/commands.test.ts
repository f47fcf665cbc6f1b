import { checkedTable } from "../../src/core/check";
import type { CheckResult, GoalTable, TableJudgement } from "../../src/core/types";
import { checkTargets, clearMarks, loadSettings } from "../../src/host/excel/actions";
import { commandWork, runCommand, summarizeCheck, type CommandEvent } from "../../src/commands/commands";
import { DEFAULT_STORED, serializeSettings } from "../../src/core/settings";
import { lastOutcome, subscribeOutcomes, type CommandOutcome } from "../../src/commands/shared-state";

jest.mock("../../src/host/excel/actions", () => ({
  checkTargets: jest.fn(),
  clearMarks: jest.fn(),
  loadSettings: jest.fn(async () => null),
  selectCell: jest.fn(),
}));

const mockedCheck = checkTargets as jest.MockedFunction<typeof checkTargets>;
const mockedClear = clearMarks as jest.MockedFunction<typeof clearMarks>;
const mockedLoadSettings = loadSettings as jest.MockedFunction<typeof loadSettings>;
const ENGLISH = serializeSettings({ ...DEFAULT_STORED, lang: "en" });

const FIXED_NOW = new Date("2024-08-15T08:00:00Z");

function table(lights: TableJudgement["light"][], executionLight: TableJudgement["light"] | null): TableJudgement {
  return {
    light: "none",
    execution: executionLight === null ? null : ({ light: executionLight } as TableJudgement["execution"]),
    indicators: lights.map((light) => ({ light, status: "met", actual: null, ratio: null, gap: null, why: "" })),
  };
}

function checkResult(results: TableJudgement[]): CheckResult {
  return {
    asOf: "2024-08-15",
    // A table with one (blank) indicator per judged indicator: only the lights matter here.
    tables: results.map((r) =>
      checkedTable({ indicators: r.indicators.map(() => ({})) } as unknown as GoalTable, r, null),
    ),
    diagnostics: [],
    review: [],
  };
}

function harness(showPane: () => Promise<void> = () => Promise.resolve()) {
  const event: CommandEvent & { calls: number } = {
    calls: 0,
    completed() {
      this.calls++;
    },
  };
  const ui = { showPane: jest.fn(showPane), now: () => FIXED_NOW };
  return { event, ui };
}

describe("summarizeCheck", () => {
  it("counts red and yellow lights of execution and indicators over all tables", () => {
    const result = checkResult([table(["red", "green", "yellow"], "yellow"), table(["red", "blue"], null)]);
    expect(summarizeCheck(result, "zh")).toBe("已检查 2 张绩效目标表：红色预警 2 项，黄色预警 2 项。");
    expect(summarizeCheck(result, "en")).toBe(
      "Checked 2 performance target tables: red warnings 2, yellow warnings 2.",
    );
  });

  it("says so when the workbook has no target table", () => {
    expect(summarizeCheck(checkResult([]), "zh")).toBe("未找到绩效目标表。");
    expect(summarizeCheck(checkResult([]), "en")).toBe("No performance target table found.");
  });
});

describe("runCommand", () => {
  it("publishes the check's summary and result, and completes the event", async () => {
    const result = checkResult([table(["red"], "green")]);
    mockedCheck.mockResolvedValueOnce({ check: result, lang: "zh" });
    const seen: CommandOutcome[] = [];
    const unsubscribe = subscribeOutcomes((o) => seen.push(o));
    const { event, ui } = harness();

    await runCommand("checkTargets", commandWork.checkTargets, event, ui);
    unsubscribe();

    expect(event.calls).toBe(1);
    expect(ui.showPane).not.toHaveBeenCalled();
    const expected: CommandOutcome = {
      command: "checkTargets",
      ok: true,
      message: "已检查 1 张绩效目标表：红色预警 1 项，黄色预警 0 项。",
      at: FIXED_NOW.toISOString(),
      result,
    };
    expect(seen).toEqual([expected]);
    expect(lastOutcome()).toEqual(expected);
  });

  it("reports a failure in the pane and still completes the event", async () => {
    mockedClear.mockRejectedValueOnce(new Error("工作表已保护"));
    const { event, ui } = harness();

    await runCommand("clearMarks", commandWork.clearMarks, event, ui);

    expect(event.calls).toBe(1);
    expect(ui.showPane).toHaveBeenCalledTimes(1);
    expect(lastOutcome()).toMatchObject({ command: "clearMarks", ok: false, message: "操作未完成：工作表已保护" });
  });

  it("completes the event even when the pane cannot be shown", async () => {
    mockedCheck.mockRejectedValueOnce("boom");
    const { event, ui } = harness(() => Promise.reject(new Error("SharedRuntime not supported")));

    await runCommand("checkTargets", commandWork.checkTargets, event, ui);

    expect(event.calls).toBe(1);
    expect(lastOutcome()).toMatchObject({ ok: false, message: "操作未完成：boom" });
  });

  it("shows what clearing reported, or a plain confirmation when it reported nothing", async () => {
    mockedClear.mockResolvedValueOnce({ messages: ["已清除 3 处高亮", "已删除汇总表"], lang: "zh" });
    await runCommand("clearMarks", commandWork.clearMarks, harness().event, harness().ui);
    expect(lastOutcome()).toMatchObject({ ok: true, message: "已清除 3 处高亮\n已删除汇总表" });

    mockedClear.mockResolvedValueOnce({ messages: [], lang: "zh" });
    await runCommand("clearMarks", commandWork.clearMarks, harness().event, harness().ui);
    expect(lastOutcome()).toMatchObject({ ok: true, message: "已清除本加载项写入的标记。" });
  });

  it("gives the pane a clear's message in each language, the one it said in the run's (pane66)", async () => {
    const said = {
      zh: ["工作表「甲」受保护，其中本工具的标记未清除。"],
      en: ["Sheet 甲 is protected: our marks there were kept."],
    };
    mockedClear.mockResolvedValueOnce({ messages: said.zh, lang: "zh", said });
    await runCommand("clearMarks", commandWork.clearMarks, harness().event, harness().ui);
    expect(lastOutcome()).toMatchObject({ ok: true, message: said.zh[0], inEach: { zh: said.zh[0], en: said.en[0] } });
    mockedClear.mockResolvedValueOnce({ messages: [], lang: "en", said: { zh: [], en: [] } });
    await runCommand("clearMarks", commandWork.clearMarks, harness().event, harness().ui);
    expect(lastOutcome()!.inEach).toEqual({
      zh: "已清除本加载项写入的标记。",
      en: "The marks this add-in wrote were cleared.",
    });
  });

  it("speaks the run's language: English when the workbook's settings choose it", async () => {
    mockedCheck.mockResolvedValueOnce({ check: checkResult([table(["red"], "yellow")]), lang: "en" });
    await runCommand("checkTargets", commandWork.checkTargets, harness().event, harness().ui);
    expect(lastOutcome()).toMatchObject({
      ok: true,
      message: "Checked 1 performance target table: red warnings 1, yellow warnings 1.",
    });

    mockedClear.mockResolvedValueOnce({ messages: [], lang: "en" });
    await runCommand("clearMarks", commandWork.clearMarks, harness().event, harness().ui);
    expect(lastOutcome()).toMatchObject({ ok: true, message: "The marks this add-in wrote were cleared." });

    // A failed run told no language: the one stored in the workbook is read.
    mockedClear.mockRejectedValueOnce(new Error("工作表已保护"));
    mockedLoadSettings.mockResolvedValueOnce(ENGLISH);
    await runCommand("clearMarks", commandWork.clearMarks, harness().event, harness().ui);
    expect(lastOutcome()).toMatchObject({ ok: false, message: "Not done: 工作表已保护" });

    // … and Chinese when even the settings cannot be read.
    mockedClear.mockRejectedValueOnce(new Error("boom"));
    mockedLoadSettings.mockRejectedValueOnce(new Error("Excel 正在编辑单元格"));
    await runCommand("clearMarks", commandWork.clearMarks, harness().event, harness().ui);
    expect(lastOutcome()).toMatchObject({ ok: false, message: "操作未完成：boom" });
  });

  it("stops notifying a listener after it unsubscribes", async () => {
    mockedClear.mockResolvedValue({ messages: [], lang: "zh" });
    const listener = jest.fn();
    const unsubscribe = subscribeOutcomes(listener);
    await runCommand("clearMarks", commandWork.clearMarks, harness().event, harness().ui);
    unsubscribe();
    await runCommand("clearMarks", commandWork.clearMarks, harness().event, harness().ui);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0][0]).toMatchObject({ ok: true, message: "已清除本加载项写入的标记。" });
  });
});

describe("registration with Office", () => {
  // @types/office-js declares Office as always present; here it is installed and removed by hand.
  const globalWithOffice = globalThis as unknown as { Office?: unknown };

  afterEach(() => {
    delete globalWithOffice.Office;
  });

  it("associates checkTargets and clearMarks once Office is ready, and the handlers complete their events", async () => {
    const handlers = new Map<string, (event: CommandEvent) => Promise<void>>();
    globalWithOffice.Office = {
      onReady: (callback: () => void) => callback(),
      actions: { associate: (id: string, fn: (event: CommandEvent) => Promise<void>) => handlers.set(id, fn) },
      addin: { showAsTaskpane: jest.fn(() => Promise.resolve()) },
    };
    await jest.isolateModulesAsync(async () => {
      await import("../../src/commands/commands");
    });
    expect([...handlers.keys()]).toEqual(["checkTargets", "clearMarks"]);

    mockedClear.mockResolvedValueOnce({ messages: [], lang: "zh" });
    const { event } = harness();
    await handlers.get("clearMarks")?.(event);
    expect(event.calls).toBe(1);
  });

  it("registers nothing in a plain browser (standalone mode has no Office)", async () => {
    expect(globalWithOffice.Office).toBeUndefined();
    await expect(
      jest.isolateModulesAsync(async () => {
        await import("../../src/commands/commands");
      }),
    ).resolves.toBeUndefined();
  });
});
