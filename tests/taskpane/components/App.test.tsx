/** @jest-environment jsdom */
import "../jsdomSetup";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Root } from "../../../src/taskpane/components/Root/Root";
import { HostError, locationAfterJump } from "../../../src/taskpane/host";
import { renderMessage, say, type Message } from "../../../src/core/locale/messages";
import type { CellRef, CheckResult, JudgeSettings, ReviewFinding } from "../../../src/core/types";
import { checkedTable } from "../../../src/core/check";

/** What the pane tells the host of a finding's sheet at the check (relocate.ts sheetAtCheck). */
const SHEET_AT_CHECK = expect.objectContaining({ checked: expect.any(Array) });
import { DEFAULTS, fakeHost, sampleResult } from "../fixtures";

/** A finding as the core makes it: the Chinese message is the catalogue's rendering of its code. */
function finding(
  rule: string,
  cell: CellRef | null,
  text: Message,
  severity: ReviewFinding["severity"],
): ReviewFinding {
  return { rule, cell, message: renderMessage(text), text, severity };
}

// userEvent types one key at a time; on a busy 2-core machine a few keystrokes take seconds.
jest.setTimeout(30_000);

function renderPane(host = fakeHost()) {
  render(<Root host={host} today="2024-08-15" />);
  return host;
}

async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
}

describe("App (Excel host)", () => {
  it("starts with the date, the check button and what to do", () => {
    renderPane();
    expect(screen.getByLabelText("监控时点")).toHaveProperty("value", "2024-08-15");
    expect(screen.getByRole("button", { name: "检查目标" })).toBeTruthy();
    expect(screen.getByTestId("welcome").textContent).toContain("检查目标");
  });

  it("checks with the date and shows the summary, then projects worst first, collapsed to one line", async () => {
    const user = userEvent.setup();
    const host = renderPane();
    fireEvent.change(screen.getByLabelText("监控时点"), { target: { value: "2024-07-31" } });
    await check(user);
    expect(host.check).toHaveBeenCalledWith(
      expect.objectContaining({ asOf: "2024-07-31", asOfChosen: true, lang: "zh" }),
      expect.any(Function),
    );
    // The changed date is stored in the workbook so every user sees the same judgement.
    expect(host.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ asOf: "2024-07-31" }));
    // Projects by light (chips), indicators by light, execution behind plan.
    expect(screen.getByRole("button", { name: "红灯：1 个项目" }).textContent).toContain("1");
    expect(screen.getByRole("button", { name: "绿灯：1 个项目" })).toBeTruthy();
    expect(screen.getByTestId("indicator-counts").textContent).toBe("指标：红 1 · 黄 0 · 蓝 0 · 绿 2 · 未判断 1");
    expect(screen.getByTestId("execution-summary").textContent).toBe("执行进度：1 个项目滞后");
    const names = screen.getAllByTestId("project-name").map((n) => n.textContent);
    expect(names).toEqual(["装备采购", "办公用品采购"]);
    // Collapsed: light in words, spending against plan, counts; no indicator rows yet.
    const first = screen.getAllByTestId("project")[0];
    expect(within(first).getByText("红灯")).toBeTruthy();
    expect(within(first).getByTestId("project-execution").textContent).toBe("执行 45.23%／计划 59.35%（黄·滞后）");
    expect(first.textContent).toContain("红 1 未判断 1 · 共 2 项");
    expect(screen.queryAllByTestId("indicator")).toHaveLength(0);

    await user.click(within(first).getByRole("button", { name: /装备采购/ }));
    expect(within(first).getByTestId("lag").textContent).toBe("滞后 14.12 个百分点");
    expect(within(first).getByRole("img").getAttribute("aria-label")).toContain("2024-08-15 计划 59.35%");
    const indicator = within(first).getAllByTestId("indicator")[0];
    // Status in words next to the colour, the light in words too (a red 滞后 reads apart from a yellow one).
    expect(indicator.textContent).toContain("红·未达标");
    expect(indicator.textContent).toContain("≥ 10 台");
    expect(indicator.textContent).toContain("4 台");
    expect(indicator.textContent).toContain("实际 4 台，目标 ≥10 台");
  });

  it("shows an expanded project's green indicators only behind 'show all'", async () => {
    const user = userEvent.setup();
    renderPane();
    await check(user);
    const office = screen.getAllByTestId("project")[1];
    await user.click(within(office).getByTestId("project-toggle"));
    expect(within(office).getByText("指标均为绿灯。")).toBeTruthy();
    expect(within(office).queryAllByTestId("indicator")).toHaveLength(0);
    await user.click(within(office).getByRole("button", { name: "显示全部 2 项（含绿灯 2 项）" }));
    expect(
      within(office)
        .getAllByTestId("indicator")
        .map((i) => i.getAttribute("data-light")),
    ).toEqual(["green", "green"]);
  });

  it("selects the cell of a clicked indicator and execution line", async () => {
    const user = userEvent.setup();
    const host = renderPane();
    await check(user);
    await user.click(screen.getAllByTestId("project-toggle")[0]);
    await user.click(screen.getAllByTestId("indicator")[0]);
    // With what identifies the indicator's row, for the host to find it where it is now (core/relocate.ts).
    expect(host.selectCell).toHaveBeenLastCalledWith(
      { sheet: "装备", row: 10, col: 5 },
      expect.objectContaining({ name: "采购设备数量", nameRow: 10, nameCol: 2, nth: 0, of: 1 }),
      SHEET_AT_CHECK,
    );
    await user.click(screen.getAllByTestId("execution")[0]);
    expect(host.selectCell).toHaveBeenLastCalledWith({ sheet: "装备", row: 3, col: 3 }, null, SHEET_AT_CHECK);
  });

  it("says a clicked item's sheet is hidden instead of showing it, with the address copied", async () => {
    const user = userEvent.setup();
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const host = fakeHost();
    host.selectCell = jest.fn(async (cell: CellRef) => locationAfterJump(cell, "sheet-hidden"));
    renderPane(host);
    await check(user);
    await user.click(screen.getAllByTestId("project-toggle")[0]);
    await user.click(screen.getAllByTestId("indicator")[0]);
    const where = await screen.findByTestId("location");
    expect(where.textContent).toBe(
      "工作表 装备 是隐藏的，没有切换过去（取消隐藏后再点即可选中）。已复制地址 '装备'!F11：工作表 装备，单元格 F11。关闭",
    );
    expect(writeText).toHaveBeenCalledWith("'装备'!F11");
  });

  it("after rows or columns moved under a check, says its cells may have moved and offers a new check", async () => {
    const user = userEvent.setup();
    let shift = () => undefined as void;
    const host = fakeHost({
      onCellsShifted: (listener: () => void) => ((shift = listener), () => undefined),
      check: jest.fn(async () => sampleResult()), // each check answers with its own result, as hosts do
    });
    renderPane(host);
    act(() => shift()); // before any check: nothing to warn about
    expect(screen.queryByTestId("cells-shifted")).toBeNull();
    await check(user);
    act(() => shift());
    const warning = await screen.findByTestId("cells-shifted");
    expect(warning.textContent).toContain("检查之后插入或删除了行、列或单元格：点击指标时按指标名称找到它现在所在的行");
    await user.click(within(warning).getByRole("button", { name: "重新检查" }));
    await waitFor(() => expect(host.check).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByTestId("cells-shifted")).toBeNull());
  });

  it("filters to problems, by light chip and by name, and can clear the filters", async () => {
    const user = userEvent.setup();
    renderPane();
    await check(user);
    await user.click(screen.getByRole("switch", { name: "只看问题" }));
    await waitFor(() => expect(screen.getAllByTestId("project-name").map((n) => n.textContent)).toEqual(["装备采购"]));
    await user.click(screen.getByRole("switch", { name: "只看问题" }));
    await user.click(screen.getByRole("button", { name: "绿灯：1 个项目" }));
    expect(screen.getByRole("button", { name: "绿灯：1 个项目" }).getAttribute("aria-pressed")).toBe("true");
    await waitFor(() =>
      expect(screen.getAllByTestId("project-name").map((n) => n.textContent)).toEqual(["办公用品采购"]),
    );
    await user.type(screen.getByRole("searchbox", { name: "按项目、指标、工作表或指标值搜索" }), "不存在");
    expect(await screen.findByTestId("no-match")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "清除筛选" }));
    await waitFor(() => expect(screen.getAllByTestId("project")).toHaveLength(2));
  });

  it("switches to English and stores the language in the workbook", async () => {
    const user = userEvent.setup();
    const host = renderPane();
    await check(user);
    await user.click(screen.getByTestId("lang-toggle"));
    await screen.findByRole("button", { name: "Check targets" });
    expect(host.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ lang: "en" }));
    await user.click(screen.getAllByTestId("project-toggle")[0]);
    await user.click(screen.getAllByTestId("project-toggle")[1]);
    expect(screen.getAllByTestId("indicator")[0].textContent).toContain("Red · Missed");
    expect(screen.getByTestId("indicator-counts").textContent).toBe(
      "Indicators: Red 1 · Yellow 0 · Blue 0 · Green 2 · Not judged 1",
    );
    expect(screen.getAllByTestId("lag").map((l) => l.textContent)).toEqual(["14.12 points behind", "8.4 points ahead"]);
    expect(document.documentElement.lang).toBe("en");
  });

  it("in English the explanations come from a check judged in English", async () => {
    const user = userEvent.setup();
    // Like the core: the why texts follow JudgeSettings.lang.
    const judge = jest.fn(async (settings: JudgeSettings) => {
      const r = sampleResult();
      if (settings.lang === "en") r.tables[0].results[0].why = "actual 4 units, target ≥ 10 units";
      return r;
    });
    const host = fakeHost({ check: judge });
    renderPane(host);
    await check(user);
    await user.click(screen.getAllByTestId("project-toggle")[0]);
    expect(screen.getAllByTestId("indicator")[0].textContent).toContain("实际 4 台，目标 ≥10 台");
    await user.click(screen.getByTestId("lang-toggle"));
    await waitFor(() =>
      expect(screen.getAllByTestId("indicator")[0].textContent).toContain("actual 4 units, target ≥ 10 units"),
    );
    expect(judge).toHaveBeenLastCalledWith(expect.objectContaining({ lang: "en" }), expect.any(Function));
    expect(screen.getAllByTestId("indicator")[0].textContent).not.toContain("实际 4 台");
  });

  it("changing the language before any check does not start one", async () => {
    const user = userEvent.setup();
    const host = renderPane();
    await user.click(screen.getByTestId("lang-toggle"));
    await screen.findByRole("button", { name: "Check targets" });
    expect(host.check).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Check targets" }));
    await screen.findAllByTestId("project");
    expect(host.check).toHaveBeenCalledWith(expect.objectContaining({ lang: "en" }), expect.any(Function));
  });

  it("a date not chosen in the pane is left to the workbook (the date typed on its summary), then shown", async () => {
    const user = userEvent.setup();
    const host = renderPane(fakeHost({}, { ...sampleResult(), asOf: "2024-10-31" }));
    await check(user);
    expect(host.check).toHaveBeenCalledWith(
      expect.objectContaining({ asOf: "2024-08-15", asOfChosen: false }),
      expect.any(Function),
    );
    expect(host.saveSettings).not.toHaveBeenCalled();
    expect(screen.getByLabelText("监控时点")).toHaveProperty("value", "2024-10-31");
  });

  it("uses the settings stored in the workbook, and saves edited bands and method", async () => {
    const user = userEvent.setup();
    const host = fakeHost({
      loadSettings: jest.fn(async () => ({ ...DEFAULTS, asOf: "2024-06-30", scheduleMethod: "step" as const })),
    });
    renderPane(host);
    await waitFor(() => expect(screen.getByLabelText("监控时点")).toHaveProperty("value", "2024-06-30"));
    await user.click(screen.getByRole("button", { name: "设置" }));
    const settings = screen.getByTestId("settings");
    // Focus moves into the panel; Escape closes it and focus returns to the button.
    expect(document.activeElement?.textContent).toBe("判断设置");
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("settings")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "设置" }));
    await user.click(screen.getByRole("button", { name: "设置" }));
    expect(screen.getByTestId("settings")).not.toBe(settings);
    const panel = screen.getByTestId("settings");
    expect(within(panel).getByRole("radio", { name: "按节点（阶梯）" })).toHaveProperty("checked", true);
    const red = within(panel).getByRole("spinbutton", { name: "低于此值为红灯" });
    await user.clear(red);
    await user.type(red, "90");
    expect(within(panel).getByRole("alert").textContent).toContain("红 < 黄");
    expect(within(panel).getByRole("button", { name: "保存设置" })).toHaveProperty("disabled", true);
    await user.clear(red);
    await user.type(red, "50");
    await user.click(within(panel).getByRole("radio", { name: "序时进度（月份/12）" }));
    await user.click(within(panel).getByRole("switch", { name: /也判为超额/ }));
    await user.click(within(panel).getByRole("button", { name: "保存设置" }));
    expect(host.saveSettings).toHaveBeenCalledWith(
      expect.objectContaining({
        bands: { red: 50, yellow: 80, blue: 120 },
        scheduleMethod: "time",
        exceededForLevels: true,
        asOf: "2024-06-30",
      }),
    );
    await screen.findByText("设置已保存。");
    await check(user);
    expect(host.check).toHaveBeenLastCalledWith(
      // A date stored by the pane is chosen: it goes before one typed on the workbook's summary.
      expect.objectContaining({
        scheduleMethod: "time",
        bands: { red: 50, yellow: 80, blue: 120 },
        exceededForLevels: true,
        asOf: "2024-06-30",
        asOfChosen: true,
      }),
      expect.any(Function),
    );
  });

  it("shows what a goal table needs when none was found", async () => {
    const user = userEvent.setup();
    const empty: CheckResult = { ...sampleResult(), tables: [] };
    renderPane(fakeHost({}, empty));
    await user.click(screen.getByRole("button", { name: "检查目标" }));
    const state = await screen.findByTestId("empty");
    expect(state.textContent).toContain("三级指标");
    expect(within(state).getByRole("link", { name: "下载示例工作簿" }).getAttribute("href")).toBe("assets/sample.xlsx");
    expect(screen.queryByRole("group", { name: "按预警灯筛选项目" })).toBeNull();
  });

  it("shows an error with what to do, and retries", async () => {
    const user = userEvent.setup();
    const check = jest
      .fn()
      .mockRejectedValueOnce(new HostError("read-failed", "InvalidOperation", "InvalidOperation: cell in edit mode"))
      .mockResolvedValueOnce(sampleResult());
    renderPane(fakeHost({ check }));
    await user.click(screen.getByRole("button", { name: "检查目标" }));
    const error = await screen.findByTestId("error");
    expect(error.textContent).toContain("读取或检查工作簿时出错");
    expect(error.textContent).toContain("按 Esc");
    expect(error.textContent).toContain("InvalidOperation: cell in edit mode");
    await user.click(within(error).getByRole("button", { name: "重试" }));
    await screen.findAllByTestId("project");
    expect(screen.queryByTestId("error")).toBeNull();
    expect(check).toHaveBeenCalledTimes(2);
  });

  it("puts review notes and self-evaluation one tab away, worded in the pane's language from their codes", async () => {
    const user = userEvent.setup();
    const base = sampleResult();
    base.tables[0].selfEvaluation = {
      budgetScore: 8.62,
      budgetBasis: {
        rate: 86.2,
        spent: 34.48,
        budget: 40,
        weight: 10,
        counted: true,
        submitted: null,
        submittedCell: null,
        submittedAgrees: null,
      },
      total: 86.2,
      grade: "良",
      findings: [finding("selfeval-total", null, say("selfeval.total", { submitted: 9, expected: 8.62 }), "error")],
    };
    const withReview: CheckResult = {
      ...base,
      review: [
        finding(
          "cost-with-ge",
          { sheet: "O'Brien 表", row: 12, col: 3 },
          say("review.cost-with-ge", { name: "办公费", op: ">=" }),
          "error",
        ),
      ],
    };
    const host = renderPane(fakeHost({}, withReview));
    await check(user);
    await user.click(screen.getByRole("tab", { name: "审核 1" }));
    const review = screen.getByTestId("review");
    expect(review.textContent).toContain("目标审核意见（1）");
    // Addresses are quoted as Excel writes them.
    expect(review.textContent).toContain("('O''Brien 表'!D13)");
    await user.click(within(review).getByRole("button", { name: /成本指标“办公费”使用了/ }));
    expect(host.selectCell).toHaveBeenLastCalledWith({ sheet: "O'Brien 表", row: 12, col: 3 }, null, SHEET_AT_CHECK);
    await user.click(screen.getByRole("tab", { name: "自评 1" }));
    const selfEval = screen.getByTestId("self-evaluation");
    expect(selfEval.textContent).toContain("总分：86.2");
    expect(selfEval.textContent).toContain("等级：良");
    expect(selfEval.textContent).toContain("总分 9，按规则应为 8.62");

    await user.click(screen.getByTestId("lang-toggle"));
    await user.click(await screen.findByRole("tab", { name: "Self-eval 1" }));
    expect(screen.getByTestId("self-evaluation").textContent).toContain("Grade: Good");
    await user.click(screen.getByRole("tab", { name: "Review 1" }));
    expect(screen.getByTestId("review").textContent).toContain(
      "Unreasonable target: cost indicator “办公费” uses “≥”; a cost target should be an upper limit (≤)",
    );
    expect(screen.getByTestId("review").textContent).not.toContain("成本指标");
    await user.click(screen.getByRole("tab", { name: "Self-eval 1" }));
    expect(screen.getByTestId("self-evaluation").textContent).toContain(
      "Total score 9; by the rules it should be 8.62",
    );
  });

  it("says what was looked for when a tab has nothing to list", async () => {
    // pane55: each empty tab said “没有需要列出的内容。”: a clerk could not tell a workbook without self-evaluation forms
    // from one whose forms had nothing wrong, nor whether the review had run.
    const user = userEvent.setup();
    renderPane();
    await check(user);
    await user.click(screen.getByRole("tab", { name: "审核 0" }));
    expect(screen.getByRole("tabpanel").textContent).toBe("目标审核没有发现问题。");
    expect(screen.queryByTestId("review")).toBeNull();
    await user.click(screen.getByRole("tab", { name: "自评 0" }));
    expect(screen.getByRole("tabpanel").textContent).toBe("此工作簿中没有绩效自评表，没有要核对的得分。");
    await user.click(screen.getByRole("tab", { name: "读表 0" }));
    expect(screen.getByRole("tabpanel").textContent).toBe("读表顺利，没有需要提示的地方。");
  });

  it("shows a check started from the ribbon", async () => {
    let push: (r: CheckResult) => void = () => undefined;
    renderPane(fakeHost({ subscribeResults: (listener) => ((push = listener), () => undefined) }));
    act(() => push(sampleResult()));
    expect(await screen.findAllByTestId("project")).toHaveLength(2);
    expect(screen.getByLabelText("监控时点")).toHaveProperty("value", "2024-08-15");
  });

  it("says what the ribbon's 清除标记 said, and that the results shown are of the check before it (pane65)", async () => {
    // Before: a clear from the ribbon was heard by nobody; the pane listed the check's findings as if still marked, and
    // what the clear left (a protected sheet's marks) was said nowhere in Excel.
    let cleared: (said: { zh: string; en: string }) => void = () => undefined;
    const user = userEvent.setup();
    renderPane(fakeHost({ subscribeResults: (_r, _e, onCleared) => ((cleared = onCleared!), () => undefined) }));
    const kept =
      "工作表「设备采购」受保护，其中本工具的标记未清除：如需清除，请在“审阅 → 撤销工作表保护”中取消保护后再清除标记。";
    act(() => cleared({ zh: "已清除本加载项写入的标记。", en: "The marks this add-in wrote were cleared." }));
    // Nothing shown yet: nothing said of results.
    expect(screen.getByTestId("notice").textContent).toContain("清除标记：已清除本加载项写入的标记。");
    expect(screen.getByTestId("notice").textContent).not.toContain("检查的结果");
    await check(user);
    expect(screen.queryByTestId("notice")).toBeNull();
    act(() => cleared({ zh: kept, en: "kept" }));
    expect(screen.getByTestId("notice").textContent).toContain(
      `清除标记：${kept} 下面仍是清除之前检查的结果；点“检查目标”会重新检查并标记。`,
    );
    expect(screen.getAllByTestId("project")).toHaveLength(2);
  });

  it("says the ribbon's 清除标记 in the language the pane is switched to, not the ribbon's (pane66)", async () => {
    // Before: “Clear marks: 已清除本加载项写入的标记。” — the pane's words in English, the clear's still in Chinese.
    let cleared: (said: { zh: string; en: string }) => void = () => undefined;
    const user = userEvent.setup();
    renderPane(fakeHost({ subscribeResults: (_r, _e, onCleared) => ((cleared = onCleared!), () => undefined) }));
    act(() => cleared({ zh: "已清除本加载项写入的标记。", en: "The marks this add-in wrote were cleared." }));
    expect(screen.getByTestId("notice").textContent).toContain("清除标记：已清除本加载项写入的标记。");
    await user.click(screen.getByTestId("lang-toggle"));
    await screen.findByRole("button", { name: "Check targets" });
    expect(screen.getByTestId("notice").textContent).toContain(
      "Clear marks: The marks this add-in wrote were cleared.",
    );
    expect(screen.getByTestId("notice").textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("says why a project's spending was not judged: not an amount, not entered, or no budget read", async () => {
    const user = userEvent.setup();
    const base = sampleResult();
    const [equipment, office] = base.tables;
    const withoutExecution = (checked: (typeof base.tables)[number], table: Partial<typeof equipment.table>) =>
      checkedTable(
        { ...checked.table, ...table },
        { execution: null, indicators: checked.results, light: checked.result.light },
        null,
      );
    const result: CheckResult = {
      ...base,
      tables: [
        withoutExecution(equipment, { spent: { cell: equipment.table.spent!.cell, value: "二十万元" } }),
        withoutExecution(office, { budget: null, spent: null }),
      ],
    };
    renderPane(fakeHost({}, result));
    await check(user);
    const [first, second] = screen.getAllByTestId("project");
    // Before: both said 未填执行数, though one had typed its spending and the other had no budget to judge against.
    expect(within(first).getByTestId("project-execution").textContent).toBe("执行数无法识别");
    expect(within(second).getByTestId("project-execution").textContent).toBe("未读到预算金额");
    await user.click(within(first).getByRole("button", { name: /装备采购/ }));
    expect(first.textContent).toContain("执行数无法识别为金额，请填写数字（万元），执行进度未判断。");
  });
});
