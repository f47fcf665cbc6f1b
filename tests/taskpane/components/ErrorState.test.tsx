/** @jest-environment jsdom */
import "../jsdomSetup";
import "../../commands/textEncoder";
import { render, screen } from "@testing-library/react";
import { say } from "../../../src/core/locale/messages";
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { ErrorState } from "../../../src/taskpane/components/States/ErrorState";
import { HostError } from "../../../src/taskpane/host";
import { createWpsHost } from "../../../src/taskpane/hosts/wpsHost";
import { LangContext, type Lang } from "../../../src/taskpane/strings";

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
});
