/** @jest-environment jsdom */
import "../jsdomSetup";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Root } from "../../../src/taskpane/components/Root/Root";
import { HostError, type OpenedWorkbook, type PaneHost, type PickedFile } from "../../../src/taskpane/host";
import type { JudgeSettings } from "../../../src/core/types";
import { DEFAULTS, fakeHost, sampleResult } from "../fixtures";
import type { StoredSettings } from "../../../src/core/settings";
import { renderMessage, say } from "../../../src/core/locale/messages";

jest.setTimeout(30_000);

type Judge = (stored: StoredSettings | null) => JudgeSettings;

/** A standalone host whose openFile checks at once with judge(stored), as the real one does. */
function standaloneHost(overrides: Partial<PaneHost> = {}) {
  return fakeHost({
    kind: "standalone",
    openFile: jest.fn(async (f: PickedFile, judge: Judge) => ({
      name: f.name,
      settings: null,
      result: { ...sampleResult(), asOf: judge(null).asOf },
    })),
    cancel: jest.fn(),
    downloadChecked: jest.fn(async () => ({ fileName: "预算.checked.xlsx", bytes: 10 })),
    ...overrides,
  } as Partial<PaneHost>);
}

const xlsx = (name = "预算.xlsx") => new File([new Uint8Array([0x50, 0x4b])], name);

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("App (standalone)", () => {
  it("offers open and drop, and cannot check before a file is opened", () => {
    render(<Root host={standaloneHost()} today="2024-08-15" />);
    expect(screen.getByRole("button", { name: "打开 .xlsx" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "检查目标" })).toHaveProperty("disabled", true);
    expect(screen.getByTestId("welcome").textContent).toContain("拖到这里");
    expect(screen.queryByTestId("download")).toBeNull();
  });

  it("opens a picked file, checks it at once, moves focus to the results and offers the download", async () => {
    const user = userEvent.setup();
    const host = standaloneHost();
    render(<Root host={host} today="2024-08-15" />);
    await user.upload(screen.getByTestId("file-input"), xlsx());
    expect(await screen.findAllByTestId("project")).toHaveLength(2);
    expect(screen.getByTestId("file-name").textContent).toBe("已打开：预算.xlsx");
    expect(document.activeElement?.id).toBe("summary-title");
    expect(host.check).not.toHaveBeenCalled(); // opening checked it already
    await user.click(screen.getByRole("button", { name: "下载检查结果" }));
    expect(host.downloadChecked).toHaveBeenCalledWith(expect.objectContaining({ asOf: "2024-08-15", lang: "zh" }));
    expect((await screen.findByTestId("notice")).textContent).toContain("已下载 预算.checked.xlsx");
  });

  it("the file picker offers macro-enabled workbooks (.xlsm) too", async () => {
    const user = userEvent.setup(); // applies the input's accept list, as the browser's picker does
    const host = standaloneHost();
    render(<Root host={host} today="2024-08-15" />);
    await user.upload(screen.getByTestId("file-input"), xlsx("宏.xlsm"));
    expect(await screen.findAllByTestId("project")).toHaveLength(2);
    expect(screen.getByTestId("file-name").textContent).toBe("已打开：宏.xlsm");
  });

  it("says which files it opens, and the picker offers each of them (templates too)", async () => {
    const user = userEvent.setup();
    render(<Root host={standaloneHost()} today="2024-08-15" />);
    expect(screen.getByTestId("welcome").textContent).toContain("Excel 工作簿或模板（.xlsx / .xlsm / .xltx / .xltm）");
    await user.upload(screen.getByTestId("file-input"), xlsx("模板.xltx"));
    expect(await screen.findAllByTestId("project")).toHaveLength(2);
    expect(screen.getByTestId("file-name").textContent).toBe("已打开：模板.xltx");
  });

  it("opens a dropped file", async () => {
    const host = standaloneHost();
    render(<Root host={host} today="2024-08-15" />);
    fireEvent.drop(screen.getByTestId("pane"), { dataTransfer: { files: [xlsx()] } });
    expect(await screen.findAllByTestId("project")).toHaveLength(2);
    expect(host.openFile).toHaveBeenCalledWith(
      expect.objectContaining({ name: "预算.xlsx" }),
      expect.any(Function),
      expect.any(Function),
    );
  });

  /** A drop as Chromium delivers it: each item a file, a folder told by its entry (its File cannot be read). */
  function dropOf(items: { name: string; folder?: boolean }[]) {
    const files = items.map(({ name, folder }) => (folder ? new File([], name) : xlsx(name)));
    return {
      files,
      items: items.map(({ folder }, i) => ({
        kind: "file",
        getAsFile: () => files[i],
        webkitGetAsEntry: () => ({ isDirectory: folder === true, isFile: folder !== true }),
      })),
    };
  }

  it("a dropped folder is said to be one, not read as a file", async () => {
    const host = standaloneHost();
    render(<Root host={host} today="2024-08-15" />);
    fireEvent.drop(screen.getByTestId("pane"), { dataTransfer: dropOf([{ name: "2024年绩效资料", folder: true }]) });
    const notice = await screen.findByTestId("notice");
    expect(notice.textContent).toContain("文件夹不能直接打开（「2024年绩效资料」）");
    expect(notice.textContent).toContain(".xlsx / .xlsm / .xltx / .xltm");
    expect(host.openFile).not.toHaveBeenCalled();
    expect(screen.queryByTestId("error")).toBeNull();
  });

  it("of several items dropped, the first workbook is opened and the others are named", async () => {
    const host = standaloneHost();
    render(<Root host={host} today="2024-08-15" />);
    const dropped = dropOf([
      { name: "通知.docx" },
      { name: "甲单位.xlsx" },
      { name: "乙单位.xlsm" },
      { name: "附件", folder: true },
    ]);
    fireEvent.drop(screen.getByTestId("pane"), { dataTransfer: dropped });
    expect(await screen.findAllByTestId("project")).toHaveLength(2);
    expect(host.openFile).toHaveBeenCalledTimes(1);
    expect(host.openFile).toHaveBeenCalledWith(dropped.files[1], expect.any(Function), expect.any(Function));
    expect(screen.getByTestId("notice").textContent).toContain(
      "一次检查一个文件：已打开「甲单位.xlsx」，没有打开「通知.docx」、「乙单位.xlsm」、「附件」（需要时请逐个打开）。",
    );
  });

  it("in English, what a drop did not open is said in English; only the names stay as they are", async () => {
    const host = standaloneHost({ loadSettings: jest.fn(async () => ({ ...DEFAULTS, lang: "en" as const })) });
    render(<Root host={host} today="2024-08-15" />);
    await screen.findByText("Drop an .xlsx file here");
    fireEvent.drop(screen.getByTestId("pane"), { dataTransfer: dropOf([{ name: "资料", folder: true }]) });
    const notice = await screen.findByTestId("notice");
    expect(notice.textContent).toContain("A folder cannot be opened as it is (“资料”)");
    expect(notice.textContent!.replace("资料", "")).not.toMatch(/[\u3400-\u9fff]/);
  });

  it("a drop's notice re-words when the workbook it opened stores the other language", async () => {
    const host = standaloneHost({
      openFile: jest.fn(async (f: PickedFile) => ({
        name: f.name,
        settings: { ...DEFAULTS, lang: "en" as const },
        result: sampleResult(),
      })),
    });
    render(<Root host={host} today="2024-08-15" />);
    fireEvent.drop(screen.getByTestId("pane"), {
      dataTransfer: dropOf([{ name: "甲单位.xlsx" }, { name: "通知.docx" }]),
    });
    await screen.findByRole("button", { name: "Check targets" });
    expect(screen.getByTestId("notice").textContent).toContain(
      "One file is checked at a time: opened “甲单位.xlsx”; not opened: “通知.docx” (open them one by one).",
    );
    expect(screen.getByTestId("notice").textContent).not.toContain("一次检查一个文件");
  });

  it("the 中文 / English switch keeps what a drop did not open and the copy downloaded, re-worded (pane65)", async () => {
    // Before: the switch said “设置已保存” over the notice, and judging again in the new language cleared both; what was
    // dropped and not opened was said no more.
    const user = userEvent.setup();
    const host = standaloneHost();
    render(<Root host={host} today="2024-08-15" />);
    fireEvent.drop(screen.getByTestId("pane"), {
      dataTransfer: dropOf([{ name: "说明.pdf" }, { name: "甲单位.xlsx" }]),
    });
    await screen.findAllByTestId("project");
    await user.click(screen.getByTestId("lang-toggle"));
    await screen.findByRole("button", { name: "Check targets" });
    await waitFor(() =>
      expect(host.check).toHaveBeenCalledWith(expect.objectContaining({ lang: "en" }), expect.any(Function)),
    );
    await screen.findAllByTestId("project");
    expect(screen.getByTestId("notice").textContent).toContain(
      "One file is checked at a time: opened “甲单位.xlsx”; not opened: “说明.pdf” (open them one by one).",
    );
    expect(screen.getByTestId("notice").textContent).not.toContain("Settings saved");
    await user.click(screen.getByRole("button", { name: "Download checked copy" }));
    await screen.findByText(/Downloaded 预算.checked.xlsx/);
    await user.click(screen.getByTestId("lang-toggle"));
    await screen.findByRole("button", { name: "检查目标" });
    await waitFor(() =>
      expect(host.check).toHaveBeenLastCalledWith(expect.objectContaining({ lang: "zh" }), expect.any(Function)),
    );
    await screen.findAllByTestId("project");
    expect(screen.getByTestId("notice").textContent).toContain("已下载 预算.checked.xlsx");
  });

  it("a notice that comes after a switch of language is in the new one (the copy written while switching)", async () => {
    const user = userEvent.setup();
    const writing = deferred<{ fileName: string; bytes: number }>();
    const host = standaloneHost({ downloadChecked: jest.fn(() => writing.promise) });
    render(<Root host={host} today="2024-08-15" />);
    await user.upload(screen.getByTestId("file-input"), xlsx());
    await screen.findAllByTestId("project");
    await user.click(screen.getByRole("button", { name: "下载检查结果" }));
    await user.click(screen.getByTestId("lang-toggle"));
    await screen.findByRole("button", { name: "Check targets" });
    await act(async () => writing.resolve({ fileName: "预算.checked.xlsx", bytes: 10 }));
    expect(screen.getByTestId("notice").textContent).toContain("Downloaded 预算.checked.xlsx");
  });

  it("shows the last file chosen: results and name of a file opened earlier but answering later are dropped", async () => {
    const user = userEvent.setup();
    const slow = deferred<OpenedWorkbook>();
    const openFile = jest.fn(async (f: PickedFile) =>
      f.name === "大.xlsx"
        ? slow.promise
        : { name: f.name, settings: null, result: { ...sampleResult(), tables: sampleResult().tables.slice(0, 1) } },
    );
    render(<Root host={standaloneHost({ openFile } as Partial<PaneHost>)} today="2024-08-15" />);
    await user.upload(screen.getByTestId("file-input"), xlsx("大.xlsx"));
    expect(await screen.findByTestId("progress")).toBeTruthy();
    // Open stays available while the first file is read: the later choice wins.
    await user.upload(screen.getByTestId("file-input"), xlsx("小.xlsx"));
    await screen.findByText("已打开：小.xlsx");
    await act(async () => slow.resolve({ name: "大.xlsx", settings: null, result: sampleResult() }));
    expect(screen.getByTestId("file-name").textContent).toBe("已打开：小.xlsx");
    // The list draws its rows a frame after it mounts.
    expect(await screen.findAllByTestId("project")).toHaveLength(1);
  });

  it("keeps the shown results when a later file fails, and names the file in the error", async () => {
    const user = userEvent.setup();
    const host = standaloneHost();
    render(<Root host={host} today="2024-08-15" />);
    await user.upload(screen.getByTestId("file-input"), xlsx());
    await screen.findAllByTestId("project");
    await user.click(screen.getByRole("button", { name: "下载检查结果" }));
    await screen.findByTestId("notice");
    (host.openFile as jest.Mock).mockRejectedValueOnce(new HostError("not-xlsx", "bad", "End of data"));
    fireEvent.drop(screen.getByTestId("pane"), { dataTransfer: { files: [xlsx("坏.xlsx")] } });
    const error = await screen.findByTestId("error");
    expect(within(error).getByTestId("error-file").textContent).toBe("文件：坏.xlsx");
    expect(screen.queryByTestId("notice")).toBeNull(); // no stale "已下载 …"
    expect(screen.getByTestId("file-name").textContent).toBe("已打开：预算.xlsx");
    expect(screen.getAllByTestId("project")).toHaveLength(2);
  });

  it("shows progress with a cancel button; cancel asks the host to stop and says so", async () => {
    const user = userEvent.setup();
    const slow = deferred<OpenedWorkbook>();
    const openFile = jest.fn(
      async (
        _f: PickedFile,
        _judge: Judge,
        onProgress?: (p: { stage: "read"; done: number; total: number }) => void,
      ) => {
        onProgress?.({ stage: "read", done: 300, total: 300 });
        return slow.promise;
      },
    );
    const host = standaloneHost({ openFile } as Partial<PaneHost>);
    render(<Root host={host} today="2024-08-15" />);
    await user.upload(screen.getByTestId("file-input"), xlsx("大.xlsx"));
    const progress = await screen.findByTestId("progress");
    expect(progress.textContent).toContain("正在检查 大.xlsx：300 张工作表");
    await user.click(within(progress).getByRole("button", { name: "取消" }));
    expect(host.cancel).toHaveBeenCalled();
    expect(screen.queryByTestId("progress")).toBeNull();
    expect(screen.getByTestId("notice").textContent).toContain("已取消。");
    await act(async () => slow.reject(new HostError("cancelled", "Cancelled")));
    expect(screen.queryByTestId("error")).toBeNull();
  });

  it("says where a clicked item is and copies its address (a browser cannot select a cell)", async () => {
    const user = userEvent.setup();
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const selectCell = jest.fn(async () => ({
      address: "'装备'!F11",
      sheet: "装备",
      cell: "F11",
      rowText: "产出指标 | 数量指标 | 采购设备数量 | ≥10台 | 4",
    }));
    render(<Root host={standaloneHost({ selectCell })} today="2024-08-15" />);
    await user.upload(screen.getByTestId("file-input"), xlsx());
    await user.click((await screen.findAllByTestId("project-toggle"))[0]);
    await user.click(screen.getAllByTestId("indicator")[0]);
    const where = await screen.findByTestId("location");
    expect(where.textContent).toContain("已复制地址 '装备'!F11：工作表 装备，单元格 F11。");
    expect(where.textContent).toContain("该行：产出指标 | 数量指标 | 采购设备数量 | ≥10台 | 4");
    expect(writeText).toHaveBeenCalledWith("'装备'!F11");
  });

  it("offers the budget year's end when a file without stored settings was checked at a later today", async () => {
    const user = userEvent.setup();
    const host = standaloneHost({ check: jest.fn(async () => ({ ...sampleResult(), asOf: "2024-12-31" })) });
    render(<Root host={host} today="2026-03-01" />);
    await user.upload(screen.getByTestId("file-input"), xlsx());
    const hint = await screen.findByTestId("date-hint");
    expect(hint.textContent).toContain("已按今天（2026-03-01）检查；表中的预算年度是 2024 年");
    await user.click(within(hint).getByRole("button", { name: "改按 2024-12-31 检查" }));
    await waitFor(() =>
      expect(host.check).toHaveBeenCalledWith(expect.objectContaining({ asOf: "2024-12-31" }), expect.any(Function)),
    );
    expect(screen.getByLabelText("监控时点")).toHaveProperty("value", "2024-12-31");
    expect(screen.queryByTestId("date-hint")).toBeNull();
  });

  it("explains a dropped file that is not an .xlsx (dropping bypasses the picker's filter)", async () => {
    const user = userEvent.setup();
    const host = standaloneHost({
      openFile: jest.fn(async () => {
        throw new HostError("not-xlsx", "not a zip", "old.xls is not an .xlsx (zip) file");
      }),
    });
    render(<Root host={host} today="2024-08-15" />);
    fireEvent.drop(screen.getByTestId("pane"), { dataTransfer: { files: [new File(["x"], "old.xls")] } });
    const error = await screen.findByTestId("error");
    expect(error.getAttribute("data-code")).toBe("not-xlsx");
    expect(error.textContent).toContain("另存为 .xlsx");
    expect(error.textContent).toContain("文件：old.xls");
    await user.click(within(error).getByRole("button", { name: "关闭" }));
    expect(screen.queryByTestId("error")).toBeNull();
    expect(screen.getByTestId("welcome")).toBeTruthy();
  });

  it("a copy the opened file itself refuses: its own advice, not the general one, and no retry that would fail again", async () => {
    const user = userEvent.setup();
    const refusals = [
      say("file.too-many-formats", { formats: 65_429, added: 3, limit: 65_430 }),
      say("file.locked-structure", {}),
    ];
    for (const words of refusals) {
      const text = renderMessage(words);
      // As the standalone host rejects it (tests/taskpane/hosts/standaloneHost pins that shape).
      const host = standaloneHost({
        downloadChecked: jest.fn(async () => {
          throw new HostError("write-failed", text, text, words, "file");
        }),
      });
      const { unmount } = render(<Root host={host} today="2024-08-15" />);
      await user.upload(screen.getByTestId("file-input"), xlsx());
      await screen.findAllByTestId("project");
      await user.click(screen.getByRole("button", { name: "下载检查结果" }));
      const error = await screen.findByTestId("error");
      expect(error.textContent).toContain(text);
      expect(error.textContent).toContain("重新打开");
      expect(error.textContent).not.toContain("请确认工作簿未受保护、不是只读，然后重试");
      expect(within(error).queryByRole("button", { name: "重试" })).toBeNull();
      expect(within(error).getByRole("button", { name: "关闭" })).toBeTruthy();
      unmount();
    }
  });

  it("a copy refused for want of goal tables says what a table needs, with no retry; another failure keeps its retry", async () => {
    const user = userEvent.setup();
    const words = say("file.no-goal-tables", {});
    const download = jest
      .fn()
      .mockRejectedValueOnce(new HostError("no-tables", renderMessage(words), renderMessage(words), words))
      .mockRejectedValueOnce(new HostError("write-failed", "out of memory", "out of memory"));
    render(<Root host={standaloneHost({ downloadChecked: download })} today="2024-08-15" />);
    await user.upload(screen.getByTestId("file-input"), xlsx());
    await screen.findAllByTestId("project");
    await user.click(screen.getByRole("button", { name: "下载检查结果" }));
    let error = await screen.findByTestId("error");
    expect(error.textContent).toContain("一级指标、二级指标、三级指标、指标值");
    expect(within(error).queryByRole("button", { name: "重试" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "下载检查结果" }));
    await waitFor(() => expect(screen.getByTestId("error").textContent).toContain("out of memory"));
    error = screen.getByTestId("error");
    expect(error.textContent).toContain("请确认工作簿未受保护、不是只读，然后重试");
    expect(within(error).getByRole("button", { name: "重试" })).toBeTruthy();
  });
});
