/** @jest-environment jsdom */
import "../jsdomSetup";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Root } from "../../../src/taskpane/components/Root/Root";
import { HostError } from "../../../src/taskpane/host";
import type { CheckResult, JudgeSettings } from "../../../src/core/types";
import { DEFAULTS, fakeHost, sampleResult } from "../fixtures";

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

  it("checks with the date and shows counts, projects, execution and indicators", async () => {
    const user = userEvent.setup();
    const host = renderPane();
    fireEvent.change(screen.getByLabelText("监控时点"), { target: { value: "2024-07-31" } });
    await check(user);
    expect(host.check).toHaveBeenCalledWith(expect.objectContaining({ asOf: "2024-07-31", lang: "zh" }));
    // The changed date is stored in the workbook so every user sees the same judgement.
    expect(host.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ asOf: "2024-07-31" }));
    expect(screen.getByRole("button", { name: "红灯：1 项" }).textContent).toContain("1");
    expect(screen.getByRole("button", { name: "绿灯：3 项" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "待填报：1 项" })).toBeTruthy();
    const names = screen.getAllByTestId("project-name").map((n) => n.textContent);
    expect(names).toEqual(["装备采购", "办公用品采购"]);
    const first = screen.getAllByTestId("project")[0];
    expect(within(first).getByText("预算 39.80 万元")).toBeTruthy();
    expect(within(first).getByTestId("lag").textContent).toBe("滞后 14.1 个百分点");
    expect(within(first).getByRole("img").getAttribute("aria-label")).toContain("计划进度 59.4%");
    const indicator = within(first).getAllByTestId("indicator")[0];
    // Status in words next to the colour.
    expect(indicator.textContent).toContain("未达标");
    expect(indicator.textContent).toContain("≥ 10 台");
    expect(indicator.textContent).toContain("4 台");
    expect(indicator.textContent).toContain("实际 4 台，目标 ≥10 台");
  });

  it("selects the cell of a clicked indicator and execution line", async () => {
    const user = userEvent.setup();
    const host = renderPane();
    await check(user);
    await user.click(screen.getAllByTestId("indicator")[0]);
    expect(host.selectCell).toHaveBeenLastCalledWith({ sheet: "装备", row: 10, col: 5 });
    await user.click(screen.getAllByTestId("execution")[0]);
    expect(host.selectCell).toHaveBeenLastCalledWith({ sheet: "装备", row: 3, col: 3 });
  });

  it("filters to problems, by light chip and by name, and can clear the filters", async () => {
    const user = userEvent.setup();
    renderPane();
    await check(user);
    await user.click(screen.getByRole("switch", { name: "只看问题" }));
    expect(screen.getAllByTestId("project-name").map((n) => n.textContent)).toEqual(["装备采购"]);
    await user.click(screen.getByRole("switch", { name: "只看问题" }));
    await user.click(screen.getByRole("button", { name: "绿灯：3 项" }));
    expect(screen.getByRole("button", { name: "绿灯：3 项" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getAllByTestId("indicator").every((i) => i.getAttribute("data-light") === "green")).toBe(true);
    await user.type(screen.getByRole("searchbox", { name: "按项目名称搜索" }), "不存在");
    expect(screen.getByTestId("no-match")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "清除筛选" }));
    expect(screen.getAllByTestId("project")).toHaveLength(2);
  });

  it("switches to English and stores the language in the workbook", async () => {
    const user = userEvent.setup();
    const host = renderPane();
    await check(user);
    await user.click(screen.getByTestId("lang-toggle"));
    await screen.findByRole("button", { name: "Check targets" });
    expect(host.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ lang: "en" }));
    expect(screen.getAllByTestId("indicator")[0].textContent).toContain("Missed");
    expect(screen.getAllByTestId("lag").map((l) => l.textContent)).toEqual([
      "14.1 points behind plan",
      "8.4 points ahead of plan",
    ]);
    expect(document.documentElement.lang).toBe("en");
  });

  it("in English the explanations come from a check judged in English", async () => {
    const user = userEvent.setup();
    // Like the core: the why texts follow JudgeSettings.lang.
    const judge = jest.fn(async (settings: JudgeSettings) => {
      const r = sampleResult();
      if (settings.lang === "en") r.tables[0].indicators[0].result.why = "actual 4 units, target ≥ 10 units";
      return r;
    });
    const host = fakeHost({ check: judge });
    renderPane(host);
    await check(user);
    expect(screen.getAllByTestId("indicator")[0].textContent).toContain("实际 4 台，目标 ≥10 台");
    await user.click(screen.getByTestId("lang-toggle"));
    await waitFor(() =>
      expect(screen.getAllByTestId("indicator")[0].textContent).toContain("actual 4 units, target ≥ 10 units"),
    );
    expect(judge).toHaveBeenLastCalledWith(expect.objectContaining({ lang: "en" }));
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
    expect(host.check).toHaveBeenCalledWith(expect.objectContaining({ lang: "en" }));
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
    expect(within(settings).getByRole("radio", { name: "按节点（阶梯）" })).toHaveProperty("checked", true);
    const red = within(settings).getByRole("spinbutton", { name: "低于此值为红灯" });
    await user.clear(red);
    await user.type(red, "90");
    expect(within(settings).getByRole("alert").textContent).toContain("红 < 黄");
    expect(within(settings).getByRole("button", { name: "保存设置" })).toHaveProperty("disabled", true);
    await user.clear(red);
    await user.type(red, "50");
    await user.click(within(settings).getByRole("radio", { name: "序时进度（月份/12）" }));
    await user.click(within(settings).getByRole("button", { name: "保存设置" }));
    expect(host.saveSettings).toHaveBeenCalledWith(
      expect.objectContaining({
        bands: { red: 50, yellow: 80, blue: 120 },
        scheduleMethod: "time",
        asOf: "2024-06-30",
      }),
    );
    await screen.findByText("设置已保存。");
    await check(user);
    expect(host.check).toHaveBeenLastCalledWith(
      expect.objectContaining({ scheduleMethod: "time", bands: { red: 50, yellow: 80, blue: 120 } }),
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
    expect(screen.queryByRole("group", { name: "按预警灯筛选" })).toBeNull();
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

  it("shows review notes and self-evaluation scores only when there are some", async () => {
    const user = userEvent.setup();
    const base = sampleResult();
    const withReview: CheckResult = {
      ...base,
      review: [
        {
          rule: "cost-with-ge",
          cell: { sheet: "装备", row: 12, col: 3 },
          message: "成本指标使用了“≥”",
          severity: "warning",
        },
      ],
      tables: [
        {
          ...base.tables[0],
          indicators: base.tables[0].indicators.map((c, i) => ({ ...c, score: [4, null][i] })),
          selfEvaluation: {
            budgetScore: 8.62,
            total: 86.2,
            grade: "良",
            findings: [{ rule: "score-mismatch", cell: null, message: "得分 9 应为 8.62", severity: "error" }],
          },
        },
        base.tables[1],
      ],
    };
    const host = renderPane(fakeHost({}, withReview));
    await check(user);
    const review = screen.getByTestId("review");
    expect(review.textContent).toContain("目标审核意见（1）");
    await user.click(within(review).getByRole("button", { name: /成本指标使用了/ }));
    expect(host.selectCell).toHaveBeenLastCalledWith({ sheet: "装备", row: 12, col: 3 });
    const selfEval = screen.getByTestId("self-evaluation");
    expect(selfEval.textContent).toContain("总分：86.2");
    expect(selfEval.textContent).toContain("等级：良");
    expect(selfEval.textContent).toContain("得分 9 应为 8.62");
  });

  it("hides review and self-evaluation sections when empty", async () => {
    const user = userEvent.setup();
    renderPane();
    await check(user);
    expect(screen.queryByTestId("review")).toBeNull();
    expect(screen.queryByTestId("self-evaluation")).toBeNull();
  });

  it("shows a check started from the ribbon", async () => {
    let push: (r: CheckResult) => void = () => undefined;
    renderPane(fakeHost({ subscribeResults: (listener) => ((push = listener), () => undefined) }));
    act(() => push(sampleResult()));
    expect(await screen.findAllByTestId("project")).toHaveLength(2);
    expect(screen.getByLabelText("监控时点")).toHaveProperty("value", "2024-08-15");
  });
});
