/** @jest-environment jsdom */
import "../jsdomSetup";
import { render, screen } from "@testing-library/react";
import { say } from "../../../src/core/locale/messages";
import { ErrorState } from "../../../src/taskpane/components/States/ErrorState";
import { HostError } from "../../../src/taskpane/host";
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
});
