/** @jest-environment jsdom */
/**
 * A bureau's workbook with 1,200 review notes (300 units' tables, four notes each): the review tab counts them by kind,
 * filters by kind and by a unit's sheet name, and a found note is one click from its cell.
 */
import "../jsdomSetup";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Root } from "../../../src/taskpane/components/Root/Root";
import { renderMessage, say } from "../../../src/core/locale/messages";
import type { CheckResult, ReviewFinding } from "../../../src/core/types";
import { DEFAULTS, fakeHost, sampleResult } from "../fixtures";

jest.setTimeout(60_000);

const UNITS = 300;

// jsdom lays nothing out (every box 0 × 0), where the virtual list would measure its rows without end: here it lists
// every row. What it draws near the viewport is the browser tests' (tests/browser/pane.test.ts, 1,200 findings).
jest.mock("../../../src/taskpane/components/VirtualList/VirtualList", () => ({
  VirtualList: <T,>(props: {
    items: T[];
    getKey(item: T): string;
    renderItem(item: T, i: number): React.ReactNode;
  }) => (
    <ul>
      {props.items.map((item, i) => (
        <li key={props.getKey(item)}>{props.renderItem(item, i)}</li>
      ))}
    </ul>
  ),
}));

/** Per unit: one error (a cost indicator written with ≥) and three notes (placeholders left empty). */
function manyNotes(): ReviewFinding[] {
  const notes: ReviewFinding[] = [];
  for (let u = 1; u <= UNITS; u++) {
    const sheet = `单位${u}号表`;
    const error = say("review.cost-with-ge", { name: "办公费", op: ">=" });
    notes.push({
      rule: "cost-with-ge",
      cell: { sheet, row: 12, col: 3 },
      message: renderMessage(error),
      text: error,
      severity: "error",
    });
    for (const row of [14, 15, 16]) {
      const text = say("review.placeholder.empty", { name: `培训人数${row}` });
      notes.push({
        rule: "placeholder",
        cell: { sheet, row, col: 3 },
        message: renderMessage(text),
        text,
        severity: "warning",
      });
    }
  }
  return notes;
}

async function openReview(lang: "zh" | "en" = "zh") {
  const user = userEvent.setup();
  const result: CheckResult = { ...sampleResult(), review: manyNotes() };
  const host = fakeHost({ loadSettings: jest.fn(async () => ({ ...DEFAULTS, lang })) }, result);
  render(<Root host={host} today="2024-08-15" />);
  await user.click(await screen.findByRole("button", { name: lang === "zh" ? "检查目标" : "Check targets" }));
  await screen.findAllByTestId("project");
  await user.click(screen.getByTestId("tab-review"));
  return { user, host, review: screen.getByTestId("review") };
}

it("1,200 review notes: counted by kind, filtered by kind and by a unit's sheet, and the one found selects its cell", async () => {
  const { user, host, review } = await openReview();
  expect(within(review).getByTestId("finding-count").textContent).toBe("显示 1200 / 1200 条");
  const errors = within(review).getByTestId("finding-kind-error");
  expect(errors.textContent).toBe("错误 300");
  expect(within(review).getByTestId("finding-kind-warning").textContent).toBe("提示 900");
  await user.click(errors);
  expect(errors.getAttribute("aria-pressed")).toBe("true");
  expect(within(review).getByTestId("finding-count").textContent).toBe("显示 300 / 1200 条");
  fireEvent.change(within(review).getByRole("searchbox", { name: "按工作表、指标或文字筛选意见" }), {
    target: { value: "单位17号" },
  });
  expect(await within(review).findByText("显示 1 / 1200 条")).toBeTruthy();
  const found = within(review).getAllByTestId("finding");
  expect(found).toHaveLength(1); // and only it is drawn
  expect(found[0].textContent).toContain("('单位17号表'!D13)");
  await user.click(found[0]);
  expect(host.selectCell).toHaveBeenCalledWith({ sheet: "单位17号表", row: 12, col: 3 }, null, expect.anything());
  // Warnings too: the unit's four notes.
  await user.click(errors);
  expect(await within(review).findByText("显示 4 / 1200 条")).toBeTruthy();
});

it("in English the filters and counts are English; a search finds the notes' English words", async () => {
  const { review } = await openReview("en");
  expect(within(review).getByTestId("finding-count").textContent).toBe("Showing 1200 of 1200");
  expect(within(review).getByTestId("finding-kind-error").textContent).toBe("Error 300");
  const search = within(review).getByRole("searchbox", { name: "Filter the notes by sheet, indicator or words" });
  fireEvent.change(search, { target: { value: "COST" } });
  expect(await within(review).findByText("Showing 300 of 1200")).toBeTruthy();
});
