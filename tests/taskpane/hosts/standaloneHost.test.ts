/**
 * The standalone host with its worker run in-process: the same request handler the worker runs
 * (worker/handle.ts + worker/session.ts), behind a port that answers asynchronously like a real one.
 */
import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import path from "node:path";
import { createStandaloneHost, type WorkerPort } from "../../../src/taskpane/hosts/standaloneHost";
import { HostError, saysWhatToDo } from "../../../src/taskpane/host";
import { renderMessage, say } from "../../../src/core/locale/messages";
import { UnreadableWorkbookError } from "../../../src/host/xlsx/zip";
import { checkedCopyName, WORKBOOK_ACCEPT, WORKBOOK_NAME } from "../../../src/host/xlsx/container";
import { DEFAULT_STORED, requestAt, toJudgeSettings } from "../../../src/core/settings";
import { withDate } from "../../../src/core/pipeline";
import * as realEngine from "../../../src/taskpane/hosts/standaloneEngine";
import { isoToSerial } from "../../../src/core/dates";
import { editXlsx } from "../../scenarios/xlsxEdit";
import { handleRequest } from "../../../src/taskpane/worker/handle";
import { createSession, type Engine } from "../../../src/taskpane/worker/session";
import type { WorkerReply, WorkerRequest } from "../../../src/taskpane/worker/protocol";
import type { WorkbookSnapshot } from "../../../src/core/types";
import { DEFAULTS, sampleResult } from "../fixtures";

const ZIP = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]).buffer;
const file = (name: string, data: ArrayBuffer = ZIP) => ({ name, arrayBuffer: async () => data });

/** An engine that records what the worker asks of it; the real modules are exercised by the browser test. */
function fakeEngine(snapshot: WorkbookSnapshot = { sheets: [], settings: null }) {
  const written = new Uint8Array([1, 2, 3]);
  const engine = {
    readWorkbookBytes: jest.fn((_data: ArrayBuffer) => ({ snapshot, pkg: {} })),
    checkWorkbook: jest.fn(() => sampleResult()),
    runPipeline: jest.fn((_snapshot: WorkbookSnapshot, settings: unknown, _request: { storeSettings?: string }) => ({
      outcome: "planned",
      settings,
      check: sampleResult(),
      plan: { ops: [], marks: {}, messages: [] },
    })),
    writeCheckedCopy: jest.fn((_data: ArrayBuffer, _plan: unknown) => written),
    withDate,
  };
  return engine;
}

/** Workers that run the real handler on a fake engine; terminate() stops answering, as a real worker does. */
function workers(engineFor: (n: number) => ReturnType<typeof fakeEngine>) {
  const started: { terminated: boolean; engine: ReturnType<typeof fakeEngine> }[] = [];
  const createWorker = (): WorkerPort => {
    const engine = engineFor(started.length);
    const record = { terminated: false, engine };
    started.push(record);
    const session = createSession(engine as unknown as Engine);
    const port: WorkerPort = {
      onmessage: null,
      onerror: null,
      postMessage(message: WorkerRequest) {
        setTimeout(() => {
          void handleRequest(session, message, (reply: WorkerReply) => {
            if (!record.terminated) port.onmessage?.({ data: reply });
          });
        }, 0);
      },
      terminate() {
        record.terminated = true;
      },
    };
    return port;
  };
  return { createWorker, started };
}

function hostWith(engineFor: (n: number) => ReturnType<typeof fakeEngine>) {
  const saveFile = jest.fn();
  const w = workers(engineFor);
  const host = createStandaloneHost({ createWorker: w.createWorker, saveFile });
  return { host, saveFile, started: w.started };
}

describe("standalone host", () => {
  const settings = toJudgeSettings(DEFAULTS, "2024-08-15");
  const judge = () => settings;

  it("names the checked copy after the file", () => {
    expect(checkedCopyName("预算.xlsx")).toBe("预算.checked.xlsx");
    expect(checkedCopyName("Book.XLSX")).toBe("Book.checked.xlsx");
    expect(checkedCopyName("宏.xlsm")).toBe("宏.checked.xlsm");
    expect(checkedCopyName("模板.xltx")).toBe("模板.checked.xltx");
    expect(checkedCopyName("宏模板.XLTM")).toBe("宏模板.checked.xltm");
  });

  it("names a checked copy's copy as the first copy (预算.checked.xlsx again, not 预算.checked.checked.xlsx), as the command line does", async () => {
    const { host, saveFile } = hostWith(() => fakeEngine());
    for (const [opened, copy] of [
      ["预算.checked.xlsx", "预算.checked.xlsx"],
      ["预算.checked-2.xlsx", "预算.checked.xlsx"],
      ["宏.CHECKED.xlsm", "宏.checked.xlsm"],
      ["预算.checked.checked.xlsx", "预算.checked.xlsx"],
      // Only our own mark: a name that merely contains the word keeps it.
      ["checked.xlsx", "checked.checked.xlsx"],
      ["预算.checked 修改.xlsx", "预算.checked 修改.checked.xlsx"],
    ]) {
      await host.openFile!(file(opened), judge);
      expect({ opened, copy: (await host.downloadChecked!(settings)).fileName }).toEqual({ opened, copy });
    }
    expect(saveFile).toHaveBeenLastCalledWith("预算.checked 修改.checked.xlsx", expect.anything());
  });

  it("names the copy for the workbook's kind when the file's name says another (a macro workbook called .xlsx)", async () => {
    const xlsm = readFileSync(path.join(__dirname, "../../host/xlsx/fixtures/features.xlsm"));
    const { host, saveFile } = hostWith(() => {
      const engine = fakeEngine();
      engine.readWorkbookBytes.mockImplementation((data) => realEngine.readWorkbookBytes(data)); // its real kind
      return engine;
    });
    await host.openFile!(
      file("改名.xlsx", xlsm.buffer.slice(xlsm.byteOffset, xlsm.byteOffset + xlsm.byteLength)),
      judge,
    );
    expect(await host.downloadChecked!(settings)).toMatchObject({ fileName: "改名.checked.xlsm" });
    expect(saveFile).toHaveBeenCalledWith("改名.checked.xlsm", expect.any(ArrayBuffer));
    expect(checkedCopyName("普通.xlsm", ".xlsx")).toBe("普通.checked.xlsx");
  });

  it("says the page was opened as a file when the browser refuses its worker (file://), not that the workbook is unreadable", async () => {
    const sample = readFileSync(path.join(__dirname, "../../../assets/sample.xlsx"));
    // Chromium's words on a page opened as file:///…/taskpane.html (newcomer52, the built dist/ in Debian's Chromium).
    const refused = new DOMException(
      "Failed to construct 'Worker': Script at 'file:///dist/check-worker.js' cannot be accessed from origin 'null'.",
      "SecurityError",
    );
    const host = createStandaloneHost({
      createWorker: () => {
        throw refused;
      },
      saveFile: jest.fn(),
    });
    const data = sample.buffer.slice(sample.byteOffset, sample.byteOffset + sample.byteLength);
    await expect(host.openFile!(file("sample.xlsx", data), judge)).rejects.toMatchObject({
      code: "page-from-file",
      detail: refused.message,
    });
    // Any other failure to start the worker is passed on as it was.
    const broken = createStandaloneHost({
      createWorker: () => {
        throw new TypeError("no Worker here");
      },
      saveFile: jest.fn(),
    });
    await expect(broken.openFile!(file("sample.xlsx", data), judge)).rejects.toThrow("no Worker here");
    // A SecurityError on a page served over https (a site's policy) is no page opened as a file.
    const policy = new DOMException(
      "Failed to construct 'Worker': Script at 'https://example.gov.cn/check-worker.js' cannot be accessed from origin 'https://other.gov.cn'.",
      "SecurityError",
    );
    const served = createStandaloneHost({
      createWorker: () => {
        throw policy;
      },
      saveFile: jest.fn(),
    });
    await expect(served.openFile!(file("sample.xlsx", data), judge)).rejects.toBe(policy);
  });

  it("refuses to check or download before a file is opened", async () => {
    const { host } = hostWith(() => fakeEngine());
    await expect(host.check(settings)).rejects.toMatchObject({ code: "no-workbook" });
    await expect(host.downloadChecked!(settings)).rejects.toBeInstanceOf(HostError);
  });

  it("rejects a file that is not a zip (.xls, .et, text) before the reader sees it", async () => {
    const { host, started } = hostWith(() => fakeEngine());
    await expect(
      host.openFile!(file("old.xls", new Uint8Array([0xd0, 0xcf, 0x11]).buffer), judge),
    ).rejects.toMatchObject({
      code: "not-xlsx",
    });
    expect(started).toHaveLength(0);
  });

  it("a chosen file the browser cannot read (a folder, a file moved since) is said so in either language, with no .xls advice", async () => {
    const { host, started } = hostWith(() => fakeEngine());
    // What Chromium's File.arrayBuffer() rejects with for a dropped folder or a file deleted since it was chosen.
    const gone = {
      name: "资料",
      arrayBuffer: () =>
        Promise.reject(new DOMException("A requested file or directory could not be found", "NotFoundError")),
    };
    const error = (await host.openFile!(gone, judge).catch((e: unknown) => e)) as HostError;
    expect(error).toBeInstanceOf(HostError);
    expect(error.words).toEqual(say("file.unreadable-in-browser", {}));
    expect(saysWhatToDo(error)).toBe(true); // the general “not .xls, no password” advice is left out
    expect(renderMessage(error.words!, "zh")).toContain("文件夹");
    expect(renderMessage(error.words!, "en")).not.toMatch(/[\u3400-\u9fff]/);
    expect(started).toHaveLength(0);
  });

  it("names every kind of file it opens when a file is none of them, in both languages", async () => {
    const { host } = hostWith(() => fakeEngine());
    const text = new TextEncoder().encode("一级指标,二级指标\n");
    const image = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const error = await host.openFile!(file("目标表.png", image.buffer), judge).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "not-xlsx", detail: "不是 Excel 工作簿（.xlsx / .xlsm / .xltx / .xltm）" });
    const words = (error as HostError).words!;
    expect(renderMessage(words, "en")).toBe("Not an Excel workbook (.xlsx / .xlsm / .xltx / .xltm)");
    // Text renamed .xlsx (a CSV export): the way out, as the command line says it.
    const renamed = await host.openFile!(file("目标表.xlsx", text.buffer), judge).catch((e: unknown) => e);
    expect(renamed).toMatchObject({
      code: "not-xlsx",
      detail:
        "不是 Excel 工作簿，而是文本（CSV 或制表符分隔的文本，多半是导出的表格改了扩展名）：请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查",
    });
    // Named .csv: the way out as well (save it as .xlsx), as the command line says it.
    const csv = await host.openFile!(file("目标表.csv", text.buffer), judge).catch((e: unknown) => e);
    expect(csv).toMatchObject({
      code: "not-xlsx",
      detail: ".csv 格式不是 .xlsx / .xlsm / .xltx / .xltm：请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
    });
    expect(renderMessage((csv as HostError).words!, "en")).toBe(
      "The .csv format is not .xlsx / .xlsm / .xltx / .xltm: save it as .xlsx in Excel or WPS, then check it",
    );
    // The list is the one the page opens: every kind it names is a name the page takes and the picker offers.
    for (const ext of [".xlsx", ".xlsm", ".xltx", ".xltm"]) {
      expect(WORKBOOK_NAME.test(`预算${ext}`)).toBe(true);
      expect(WORKBOOK_ACCEPT.split(",")).toContain(ext);
    }
    expect(WORKBOOK_NAME.test("预算.xls")).toBe(false);
    expect(WORKBOOK_NAME.test("预算.xlsx.bak")).toBe(false);
  });

  it("tells a real .xls from a password-protected .xlsx, each with its remedy, before the reader sees it", async () => {
    const { host, started } = hostWith(() => fakeEngine());
    const fixture = (name: string) => {
      const bytes = readFileSync(path.join(__dirname, "..", "..", "fixtures", "bad", name));
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    };
    await expect(host.openFile!(file("旧表.xls", fixture("legacy.xls")), judge)).rejects.toMatchObject({
      code: "not-xlsx",
      detail: "这是旧版二进制格式（.xls 或 WPS 的 .et）：请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
      words: say("file.legacy-binary", {}),
    });
    await expect(host.openFile!(file("加密.xlsx", fixture("password.xlsx")), judge)).rejects.toMatchObject({
      code: "not-xlsx",
      detail: "文件设有打开密码（已加密）：请在 Excel 或 WPS 中取消密码后再检查",
      words: say("file.encrypted", {}),
    });
    expect(started).toHaveLength(0);
  });

  it("reports a zip that the reader cannot read as not-xlsx", async () => {
    const engine = fakeEngine();
    engine.readWorkbookBytes.mockImplementationOnce(() => {
      throw new Error("End of data reached");
    });
    const { host } = hostWith(() => engine);
    await expect(host.openFile!(file("broken.xlsx"), judge)).rejects.toMatchObject({
      code: "not-xlsx",
      detail: "End of data reached",
    });
  });

  it("passes the reader's reason on as a message the pane can word in English", async () => {
    const engine = fakeEngine();
    const words = say("file.no-workbook-part", {});
    engine.readWorkbookBytes.mockImplementationOnce(() => {
      throw new UnreadableWorkbookError(words);
    });
    const { host } = hostWith(() => engine);
    await expect(host.openFile!(file("notes.xlsx"), judge)).rejects.toMatchObject({
      code: "not-xlsx",
      detail: renderMessage(words),
      words,
    });
  });

  it("says why a copy cannot be written in words the pane can put in English (no goal tables, as such)", async () => {
    const engine = fakeEngine();
    engine.runPipeline.mockImplementationOnce((_s, settings) => ({
      outcome: "no-tables",
      settings,
      check: sampleResult(),
      plan: undefined as never,
    }));
    const { host } = hostWith(() => engine);
    await host.openFile!(file("empty.xlsx"), judge);
    await expect(host.downloadChecked!(settings)).rejects.toMatchObject({
      code: "no-tables",
      words: say("file.no-goal-tables", {}),
    });
  });

  it("a copy the file itself refuses (too many cell formats, a protected structure) is said to come from the file", async () => {
    for (const words of [
      say("file.too-many-formats", { formats: 65_429, added: 3, limit: 65_430 }),
      say("file.locked-structure", {}),
    ]) {
      const engine = fakeEngine();
      engine.writeCheckedCopy.mockImplementationOnce(() => {
        throw new UnreadableWorkbookError(words);
      });
      const { host } = hostWith(() => engine);
      await host.openFile!(file("formats.xlsx"), judge);
      await expect(host.downloadChecked!(settings)).rejects.toMatchObject({
        code: "write-failed",
        words,
        reason: "file",
      });
    }
    // A failure without our words (not the file's content) is not said to be the file's.
    const engine = fakeEngine();
    engine.writeCheckedCopy.mockImplementationOnce(() => {
      throw new RangeError("Array buffer allocation failed");
    });
    const { host } = hostWith(() => engine);
    await host.openFile!(file("big.xlsx"), judge);
    await expect(host.downloadChecked!(settings)).rejects.toMatchObject({ code: "write-failed", reason: undefined });
  });

  it("opens with the stored settings, reads the file once for opening and checking, and downloads the copy", async () => {
    const engine = fakeEngine({ sheets: [], settings: JSON.stringify({ lang: "en", asOf: "2024-07-31" }) });
    const { host, saveFile } = hostWith(() => engine);
    const judged = jest.fn(() => settings);
    const progress = jest.fn();
    const opened = await host.openFile!(file("预算.xlsx"), judged, progress);
    expect(opened).toMatchObject({ name: "预算.xlsx", settings: { lang: "en", asOf: "2024-07-31" } });
    expect(opened.result.tables).toHaveLength(2);
    expect(judged).toHaveBeenCalledWith(expect.objectContaining({ lang: "en", asOf: "2024-07-31" }));
    expect(progress).toHaveBeenCalledWith(expect.objectContaining({ stage: "read" }));
    expect(progress).toHaveBeenCalledWith(expect.objectContaining({ stage: "check" }));
    expect(await host.loadSettings()).toMatchObject({ lang: "en" });

    // Checking again (other date, other language) reuses the snapshot: the file is not read again.
    await host.check({ ...settings, lang: "en" });
    expect(engine.readWorkbookBytes).toHaveBeenCalledTimes(1);
    expect(engine.checkWorkbook).toHaveBeenLastCalledWith(expect.objectContaining({ sheets: [] }), {
      ...settings,
      lang: "en",
    });

    const out = await host.downloadChecked!({ ...settings, lang: "en" });
    expect(out).toEqual({ fileName: "预算.checked.xlsx", bytes: 3 });
    expect(saveFile).toHaveBeenCalledWith("预算.checked.xlsx", expect.any(ArrayBuffer));
    expect(engine.runPipeline).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ lang: "en", bands: settings.bands }),
      expect.objectContaining({ formulas: false }),
    );
    expect(engine.writeCheckedCopy).toHaveBeenCalledTimes(1);
    // The settings in force go to the plan, which writes them where the CLI and Excel read them (A2 of the marks sheet).
    const request = engine.runPipeline.mock.calls[0][2];
    expect(JSON.parse(request.storeSettings!)).toMatchObject({ lang: "en", asOf: "2024-08-15" });
  });

  it("receives a big result in parts, in order, with progress by tables", async () => {
    const engine = fakeEngine();
    const one = sampleResult().tables[0];
    const tables = Array.from({ length: 45 }, (_, i) => ({ ...one, table: { ...one.table, name: `项目${i}` } }));
    engine.checkWorkbook.mockImplementation(() => ({ ...sampleResult(), tables }));
    const { host } = hostWith(() => engine);
    const progress = jest.fn();
    const opened = await host.openFile!(file("大.xlsx"), judge, progress);
    expect(opened.result.tables.map((c) => c.table.name)).toEqual(tables.map((c) => c.table.name));
    expect(progress).toHaveBeenCalledWith({ stage: "check", done: 20, total: 45 });
    expect(progress).toHaveBeenLastCalledWith({ stage: "check", done: 45, total: 45 });
  });

  it("lets the last file chosen win: the earlier one is cancelled, and the download is of the later one", async () => {
    let releaseBig: () => void = () => undefined;
    const { host, saveFile, started } = hostWith((n) => {
      const engine = fakeEngine();
      if (n === 0)
        // A read still under way (a real worker would be busy reading a big file).
        engine.readWorkbookBytes.mockImplementationOnce(
          () => new Promise((resolve) => (releaseBig = () => resolve({ snapshot: { sheets: [] }, pkg: {} }))) as never,
        );
      return engine;
    });
    const big = host.openFile!(file("大.xlsx"), judge);
    await new Promise((r) => setTimeout(r, 5)); // the big file is being read
    const small = await host.openFile!(file("小.xlsx"), judge);
    releaseBig();
    await expect(big).rejects.toMatchObject({ code: "cancelled" });
    expect(small.name).toBe("小.xlsx");
    expect(started[0].terminated).toBe(true);
    await host.downloadChecked!(settings);
    expect(saveFile).toHaveBeenCalledWith("小.checked.xlsx", expect.anything());
  });

  it("cancels an open under way and keeps the current file", async () => {
    let hang = false;
    const { host, saveFile } = hostWith(() => {
      const engine = fakeEngine();
      if (hang) engine.readWorkbookBytes.mockImplementationOnce(() => new Promise(() => undefined) as never);
      return engine;
    });
    await host.openFile!(file("一.xlsx"), judge);
    hang = true;
    const second = host.openFile!(file("二.xlsx"), judge);
    await new Promise((r) => setTimeout(r, 5));
    host.cancel!();
    await expect(second).rejects.toMatchObject({ code: "cancelled" });
    await host.downloadChecked!(settings);
    expect(saveFile).toHaveBeenCalledWith("一.checked.xlsx", expect.anything());
  });

  it("says where a cell is: the address quoted as Excel writes it and the row's text", async () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [
        {
          name: "O'Brien 表 1",
          originRow: 8,
          originCol: 0,
          values: [[null], [null, "产出指标", "数量指标", "保障人数", "86人", 86]],
          merges: [],
        },
      ],
      settings: null,
    };
    const { host } = hostWith(() => fakeEngine(snapshot));
    await host.openFile!(file("a.xlsx"), judge);
    expect(await host.selectCell({ sheet: "O'Brien 表 1", row: 9, col: 5 })).toEqual({
      address: "'O''Brien 表 1'!F10",
      sheet: "O'Brien 表 1",
      cell: "F10",
      rowText: "产出指标 | 数量指标 | 保障人数 | 86人 | 86",
    });
  });

  it("a date the pane did not choose gives way to the one typed on the file's summary; a chosen one wins, said once", async () => {
    // The seed checked (values) as of 2024-08-15, then 2024-10-31 typed into 监控汇总's 监控时点 (B3).
    const seed = new Uint8Array(readFileSync(path.join(__dirname, "../../fixtures/seed-one-sheet.xlsx")));
    const { snapshot, pkg } = realEngine.readWorkbookBytes(seed);
    const first = realEngine.runPipeline(
      snapshot,
      { ...toJudgeSettings(DEFAULT_STORED, "2024-08-15") },
      { formulas: false },
    );
    if (first.outcome !== "planned") throw new Error("the seed has tables");
    const typed = editXlsx(realEngine.writeCheckedCopy(pkg, first.plan), [
      { sheet: "监控汇总", row: 2, col: 1, type: isoToSerial("2024-10-31")! },
    ]);
    const session = createSession(realEngine as unknown as Engine);
    await session.open(typed.slice().buffer, () => undefined);
    const notChosen = session.check(requestAt(DEFAULT_STORED, "2024-08-15", false), () => undefined);
    expect(notChosen.asOf).toBe("2024-10-31");
    expect(notChosen.diagnostics.filter((d) => d.message.includes("监控汇总中"))).toEqual([]);
    const chosen = session.check(requestAt(DEFAULT_STORED, "2024-08-15", true), () => undefined);
    expect(chosen.asOf).toBe("2024-08-15");
    expect(chosen.diagnostics.filter((d) => d.message.includes("监控汇总中")).map((d) => d.message)).toEqual([
      "监控汇总中填写的监控时点 2024-10-31 未采用：本次按指定的监控时点 2024-08-15 判断",
    ]);
  });

  it("a note at XFD on each of 200,000 rows below the table: checked as without them, the copy keeps them", async () => {
    // Before (session 48): each row read was laid out from column A to XFD, 16,384 cells a row: out of memory.
    const sample = readFileSync(path.join(__dirname, "../../../assets/sample.xlsx"));
    const parts = unzipSync(new Uint8Array(sample));
    const sheet = "xl/worksheets/sheet1.xml";
    let far = "";
    for (let r = 20; r < 200_020; r++)
      far += `<row r="${r}"><c r="XFD${r}" t="inlineStr"><is><t>备注</t></is></c></row>`;
    parts[sheet] = strToU8(strFromU8(parts[sheet]).replace("</sheetData>", `${far}</sheetData>`));
    const request = requestAt(DEFAULT_STORED, "2024-07-31", true);
    const judged = async (data: Uint8Array) => {
      const session = createSession(realEngine as unknown as Engine);
      await session.open(data.slice().buffer, () => undefined);
      const check = session.check(request, () => undefined);
      const copy = await session.checkedCopy(request, "{}", () => undefined);
      return {
        found: JSON.stringify([check.tables, check.review, check.diagnostics]),
        copy: unzipSync(new Uint8Array(copy)),
      };
    };
    const alone = await judged(new Uint8Array(sample));
    const withNotes = await judged(zipSync(parts));
    expect(withNotes.found).toBe(alone.found);
    expect(strFromU8(withNotes.copy[sheet]).split("<t>备注</t>").length - 1).toBe(200_000);
  });

  it("a copy downloaded at a date the pane did not choose stores no date: it keeps judging as of its own", async () => {
    const engine = fakeEngine();
    const { host } = hostWith(() => engine);
    await host.openFile!(file("预算.xlsx"), () => settings);
    await host.downloadChecked!(requestAt(DEFAULT_STORED, "2024-08-15", false));
    const request = engine.runPipeline.mock.calls[0][2];
    expect(JSON.parse(request.storeSettings!)).not.toHaveProperty("asOf");
    expect(JSON.parse(request.storeSettings!)).not.toHaveProperty("asOfChosen");
  });
});
