/** @jest-environment jsdom */
import "../jsdomSetup";
import "../../commands/textEncoder";
import { render, screen } from "@testing-library/react";
import { renderMessage, say, type Message, type Lang } from "../../../src/core/locale/messages";
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { ErrorState } from "../../../src/taskpane/components/States/ErrorState";
import { HostError, REASONS_SAYING_WHAT_TO_DO } from "../../../src/taskpane/host";
import { createWpsHost } from "../../../src/taskpane/hosts/wpsHost";
import { LangContext } from "../../../src/taskpane/strings";
import { readFileSync } from "node:fs";
import path from "node:path";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { FakeWps, modelFromSnapshot } from "../../host/wps/fake";

function detailIn(lang: Lang, error: HostError): string {
  const { unmount } = render(
    <LangContext.Provider value={lang}>
      <ErrorState error={error} onDismiss={() => undefined} />
    </LangContext.Provider>,
  );
  const text = screen.getByTestId("error").textContent ?? "";
  unmount();
  return text;
}

/** The lines of the message as a reader sees them: its title, then each block under it. */
function linesIn(lang: Lang, error: HostError, fileName?: string): string[] {
  const { unmount } = render(
    <LangContext.Provider value={lang}>
      <ErrorState error={error} fileName={fileName} onDismiss={() => undefined} />
    </LangContext.Provider>,
  );
  const body = screen.getByTestId("error").querySelector(".fui-MessageBarBody")!;
  const lines = [...body.children].map((e) => e.textContent ?? "");
  unmount();
  return lines;
}

/** A file the page could not read, as the standalone host reports it (hosts/standaloneHost.ts). */
const unreadable = (words: Message) => new HostError("not-xlsx", "x", renderMessage(words, "zh"), words);

describe("ErrorState", () => {
  it("words the reader's reason in the pane's language", () => {
    const words = say("file.part-incomplete", { part: "xl/worksheets/sheet1.xml" });
    const error = new HostError("not-xlsx", "x", "文件已损坏，无法解压（部件 xl/worksheets/sheet1.xml 不完整）", words);
    expect(detailIn("en", error)).toContain(
      "The file is damaged and cannot be unzipped (part xl/worksheets/sheet1.xml is incomplete)",
    );
    expect(detailIn("zh", error)).toContain("文件已损坏，无法解压（部件 xl/worksheets/sheet1.xml 不完整）");
  });

  it("shows a detail that has no words as it came", () => {
    expect(detailIn("en", new HostError("read-failed", "x", "End of data reached"))).toContain("End of data reached");
  });

  it("inside WPS, a host that did not start is named WPS, never Excel, in the pane's language", async () => {
    // The pane's page in WPS without its Application object: every call fails the same way.
    const error = await createWpsHost(undefined)
      .check({ ...DEFAULT_SETTINGS, asOf: "2024-08-15" })
      .then(() => new HostError("unknown", "the check ran without WPS"))
      .catch((e: unknown) => e as HostError);
    const zh = detailIn("zh", error);
    expect(zh).toMatch(/WPS 表格/);
    expect(zh).not.toMatch(/Excel|[A-Za-z]{4,}/);
    const en = detailIn("en", error);
    expect(en).toMatch(/WPS Spreadsheets/);
    expect(en).not.toMatch(/Excel|[\u4e00-\u9fff]/);
  });

  it("a check WPS refused part-way: the heading says it did not finish, the detail which sheet and how to finish it", async () => {
    const seed = (await snapshotFromXlsx(readFileSync(path.join(__dirname, "../../fixtures/seed-one-sheet.xlsx"))))
      .snapshot;
    const fake = new FakeWps(modelFromSnapshot(seed));
    fake.protectAt(40); // a cell write on the clerk's sheet, half-way through the check's writes
    const error = await createWpsHost(fake.app)
      .check({ ...DEFAULT_SETTINGS, asOf: "2024-08-15" })
      .then(() => new HostError("unknown", "the check finished"))
      .catch((e: unknown) => e as HostError);
    expect(error.code).toBe("write-refused");
    const [zhTitle, zhDetail] = linesIn("zh", error);
    expect(zhTitle).toBe("检查没有完成：写入标记时被拒绝，已写入的部分留在工作簿中。");
    expect(zhDetail).toMatch(/^详细信息：工作表「预算项目绩效目标」受保护，WPS 拒绝写入，检查未完成/);
    expect(zhDetail).not.toContain("Excel");
    const [enTitle, enDetail] = linesIn("en", error);
    expect(enTitle).toBe(
      "The check did not finish: writing its marks was refused, and what was written before stays in the workbook.",
    );
    expect(enDetail).toMatch(/^Details: Sheet “预算项目绩效目标” is protected and WPS refused to write/);
    expect(`${zhTitle}${enTitle}`).not.toMatch(/读取或检查|could not be read/);
  });

  describe("a file the page could not read: the exact reason first, in one line, then what to do", () => {
    it("a password: the reason says what to do, nothing generic before or after it", () => {
      const error = unreadable(say("file.encrypted", {}));
      expect(linesIn("zh", error, "乙单位.xlsx")).toEqual([
        "文件设有打开密码（已加密）：请在 Excel 或 WPS 中取消密码后再检查",
        "文件：乙单位.xlsx",
      ]);
      expect(linesIn("en", error, "乙单位.xlsx")).toEqual([
        "The file has a password to open (encrypted): remove the password in Excel or WPS, then check it",
        "File: 乙单位.xlsx",
      ]);
    });

    it("an old .xls and a CSV named .xlsx: their own remedy, never the “无法读取这个文件” line", () => {
      for (const words of [say("file.legacy-binary", {}), say("file.text-table", {})]) {
        const lines = linesIn("zh", unreadable(words), "x.xlsx");
        expect(lines[0]).toBe(renderMessage(words, "zh"));
        expect(lines.join("\n")).not.toMatch(/无法读取这个文件|详细信息|请确认它是/);
      }
    });

    it("a damaged file: the reason, then how to get a good one (not “save it as .xlsx”, which it already is)", () => {
      const error = unreadable(say("file.part-incomplete", { part: "xl/worksheets/sheet1.xml" }));
      const [reason, fix, file] = linesIn("zh", error, "丙.xlsx");
      expect(reason).toBe("文件已损坏，无法解压（部件 xl/worksheets/sheet1.xml 不完整）");
      expect(fix).toMatch(/^请在 Excel 或 WPS 中打开它.*向报送单位要一份完好的文件/);
      expect(file).toBe("文件：丙.xlsx");
      const en = linesIn("en", error, "丙.xlsx");
      expect(en[0]).toBe("The file is damaged and cannot be unzipped (part xl/worksheets/sheet1.xml is incomplete)");
      expect(en[1]).toMatch(/^Open it in Excel or WPS/);
    });

    it("not a workbook at all: the reason, then the general advice on what a workbook is", () => {
      const words = say("file.not-xlsx", { accepted: ".xlsx / .xlsm / .xltx / .xltm" });
      const [reason, fix] = linesIn("zh", unreadable(words));
      expect(reason).toBe("不是 Excel 工作簿（.xlsx / .xlsm / .xltx / .xltm）");
      expect(fix).toMatch(/^请确认它是 Excel 2007 及以上的 .xlsx 文件/);
    });

    it("a workbook over a size limit: the reason and what to do, never “另存为 .xlsx” (it is one already)", () => {
      for (const words of [
        say("file.too-many-cells", { limit: 5_000_000 }),
        say("file.part-too-large", { part: "xl/worksheets/sheet1.xml", size: 300, limit: 256 }),
        say("file.total-too-large", { limit: 512 }),
      ]) {
        const zh = linesIn("zh", unreadable(words), "大表.xlsx");
        expect(zh).toEqual([renderMessage(words, "zh"), "文件：大表.xlsx"]);
        expect(zh[0]).toMatch(/；请删除不需要的内容/);
        expect(linesIn("en", unreadable(words))).toEqual([renderMessage(words, "en")]);
      }
    });

    it("every reason counted as saying what to do does say it, in both languages", () => {
      const params: Record<string, object> = {
        "file.other-format": { ext: ".csv", accepted: ".xlsx" },
        "file.partial-download": { ext: ".crdownload", name: "乙单位.xlsx" },
        "file.sheet-too-large": { sheet: "表1", cells: 3_000_000, limit: 2_000_000 },
        "file.too-many-cells": { limit: 5_000_000 },
        "file.part-too-large": { part: "xl/worksheets/sheet1.xml", size: 300, limit: 256 },
        "file.total-too-large": { limit: 512 },
      };
      for (const code of REASONS_SAYING_WHAT_TO_DO) {
        const words = { code, params: params[code] ?? {} } as Message;
        expect([code, renderMessage(words, "zh")]).toEqual([code, expect.stringMatching(/[：；]请/)]);
        expect([code, renderMessage(words, "en")]).toEqual([
          code,
          expect.stringMatching(/[:;] (choose|remove|open|save|check|delete)/),
        ]);
      }
    });

    it("a reason without our words keeps the general title and shows its technical detail under it", () => {
      const lines = linesIn("zh", new HostError("not-xlsx", "bad", "End of data"));
      expect(lines[0]).toBe("无法读取这个文件。");
      expect(lines.at(-1)).toBe("详细信息：End of data");
    });
  });
});
