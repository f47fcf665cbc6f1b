/** @jest-environment jsdom */
/**
 * A clerk pasted the survey's whole explanation (Excel's most, 32,767 characters) into an actual and a paragraph into
 * an indicator's name: the pane's row draws at most three lines of each and puts no more than a screen's worth of the
 * text into the page; the cell itself, a click away, keeps it whole.
 */
import "../jsdomSetup";
import { render, screen } from "@testing-library/react";
import { renderMessage, say } from "../../../src/core/locale/messages";
import type { ReviewFinding } from "../../../src/core/types";
import { IndicatorItem } from "../../../src/taskpane/components/IndicatorItem/IndicatorItem";
import { ReviewSection } from "../../../src/taskpane/components/Sections/ReviewSection";
import { buildProjectViews, type IndicatorView } from "../../../src/taskpane/model/views";
import { LangContext } from "../../../src/taskpane/strings";
import { sampleResult } from "../fixtures";

jest.mock("../../../src/taskpane/components/VirtualList/VirtualList", () => jest.requireActual("./drawEveryRow"));

const pasted = "85%，满意度调查说明：" + "本次调查共发放问卷，回收有效问卷，统计口径如下。".repeat(1400);
const longName = "服务对象满意度（含各类服务对象）" + "以及相关说明".repeat(200);

function pastedView(): IndicatorView {
  const view = buildProjectViews(sampleResult())[0].indicators[0];
  return {
    ...view,
    indicator: { ...view.indicator, name: longName, actual: { ...view.indicator.actual!, value: pasted } },
    result: { ...view.result, status: "unknown", light: "yellow", actual: null, why: `应填写数值，实际为“${pasted}”` },
  };
}

function show(view: IndicatorView) {
  render(
    <LangContext.Provider value="zh">
      <IndicatorItem view={view} onSelect={() => undefined} />
    </LangContext.Provider>,
  );
  return screen.getByTestId("indicator");
}

test("lead71: a pasted essay in an actual, its reason and the name is cut to 200 characters and “…” in the pane's row", () => {
  expect(pasted.length).toBeGreaterThan(32_000);
  const row = show(pastedView());
  // Name, target, actual and reason together: far below the 65,000 characters pasted.
  expect((row.textContent ?? "").length).toBeLessThan(1_000);
  expect(row.textContent).toContain(`${pasted.slice(0, 200)}…`);
  expect(row.textContent).toContain(`${longName.slice(0, 200)}…`);
  expect(row.textContent).toContain("应填写数值，实际为“85%，满意度调查说明");
});

test("lead71: ordinary texts are shown whole", () => {
  const view = buildProjectViews(sampleResult())[0].indicators[0];
  const row = show(view);
  expect(row.textContent).toContain(view.indicator.name);
  expect(row.textContent).not.toContain("…");
});

test("lead71: a review note quoting a pasted essay is cut to 200 characters and keeps its cell", () => {
  const text = say("review.placeholder", { name: longName, shown: pasted });
  const finding: ReviewFinding = {
    rule: "placeholder",
    cell: { sheet: "项目表", row: 15, col: 5 },
    message: renderMessage(text),
    text,
    severity: "warning",
  };
  render(
    <LangContext.Provider value="zh">
      <ReviewSection review={[finding]} tables={[]} onSelect={() => undefined} />
    </LangContext.Provider>,
  );
  const row = screen.getByTestId("finding").textContent ?? "";
  expect(row.length).toBeLessThan(400);
  expect(row).toContain("…");
  expect(row).toContain("('项目表'!F16)");
});
