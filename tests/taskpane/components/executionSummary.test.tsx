/** @jest-environment jsdom */
/**
 * pane55: the summary's 执行进度 line said “没有项目滞后” (none behind plan) of a workbook whose projects had no 执行数
 * filled in: nothing had been judged, and a finance officer read it as “spending is on schedule”. It now says how many
 * could not be judged, and “未能判断” when none could.
 */
import "../jsdomSetup";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Root } from "../../../src/taskpane/components/Root/Root";
import type { CheckResult } from "../../../src/core/types";
import { fakeHost, sampleResult } from "../fixtures";

jest.setTimeout(30_000);

/** The sample with the 执行数 of the first `count` projects left empty (as in a goals table filled in at the start of the year). */
function withoutSpent(count: number): CheckResult {
  const r = sampleResult();
  return {
    ...r,
    tables: r.tables.map((checked, i) =>
      i < count
        ? {
            ...checked,
            table: { ...checked.table, spent: null },
            result: { ...checked.result, execution: null },
          }
        : checked,
    ),
  };
}

async function executionLine(result: CheckResult, lang: "zh" | "en" = "zh"): Promise<string> {
  const user = userEvent.setup();
  render(<Root host={fakeHost({}, result)} today="2024-08-15" />);
  if (lang === "en") await user.click(screen.getByTestId("lang-toggle"));
  await user.click(screen.getByTestId("check"));
  await screen.findAllByTestId("project");
  return screen.getByTestId("execution-summary").textContent ?? "";
}

test("no project with an amount spent: not judged, not “none behind”", async () => {
  expect(await executionLine(withoutSpent(2))).toBe("执行进度：未能判断（2 个项目缺执行数或预算，见各项目）");
});

test("one judged and on track, one without an amount spent: none behind, and one not judged", async () => {
  // The sample's first project (装备采购, behind plan) loses its 执行数; 办公用品采购 is on track.
  expect(await executionLine(withoutSpent(1))).toBe("执行进度：没有项目滞后，1 个项目未能判断（见各项目）");
});

test("every project judged: as before", async () => {
  expect(await executionLine(sampleResult())).toBe("执行进度：1 个项目滞后");
});

test("in English too", async () => {
  expect(await executionLine(withoutSpent(2), "en")).toBe(
    "Execution: not judged (2 without an amount spent or a budget; see each project)",
  );
});
