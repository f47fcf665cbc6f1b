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
jest.mock("../../../src/taskpane/components/VirtualList/VirtualList", () => jest.requireActual("./drawEveryRow"));

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
  fireEvent.change(within(review).getByRole("searchbox", { name: "按项目、工作表、指标或文字筛选意见" }), {
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
  const search = within(review).getByRole("searchbox", {
    name: "Filter the notes by project, sheet, indicator or words",
  });
  fireEvent.change(search, { target: { value: "COST" } });
  expect(await within(review).findByText("Showing 300 of 1200")).toBeTruthy();
});

// Typed on a Chinese keyboard in full-width mode: ＡＢＣ１２３ and ％ are found as the projects' search finds them (one
// fold, views.ts normalizeSearch); spaces typed between are no part of it either.
it("a search typed in full-width characters finds the notes the half-width one finds", async () => {
  const { review } = await openReview();
  const search = within(review).getByRole("searchbox", { name: "按项目、工作表、指标或文字筛选意见" });
  fireEvent.change(search, { target: { value: "单位１７号" } });
  expect(await within(review).findByText("显示 4 / 1200 条")).toBeTruthy();
  fireEvent.change(search, { target: { value: "单位　１７号" } }); // an ideographic space typed between
  expect(await within(review).findByText("显示 4 / 1200 条")).toBeTruthy();
  fireEvent.change(search, { target: { value: "培训人数１５" } });
  expect(await within(review).findByText("显示 300 / 1200 条")).toBeTruthy();
  fireEvent.change(search, { target: { value: "Ｄ１３" } });
  expect(await within(review).findByText("显示 300 / 1200 条")).toBeTruthy();
});

it("in English, full-width letters are found as half-width ones", async () => {
  const { review } = await openReview("en");
  const search = within(review).getByRole("searchbox", {
    name: "Filter the notes by project, sheet, indicator or words",
  });
  fireEvent.change(search, { target: { value: "ＣＯＳＴ" } });
  expect(await within(review).findByText("Showing 300 of 1200")).toBeTruthy();
});

/** The 300 units' tables the notes lie in: each named by its project, not by its sheet (劳务费（3） on 003 3 劳务费). */
function unitTables(): CheckResult["tables"] {
  const [template] = sampleResult().tables;
  return Array.from({ length: UNITS }, (_, k) => ({
    ...template,
    table: {
      ...template.table,
      sheet: `单位${k + 1}号表`,
      name: `第${k + 1}项劳务费`,
      title: "",
      range: { top: 10, left: 0, bottom: 20, right: 8 },
    },
  }));
}

it("a review note is found by its project's name, and a search finding none offers 清除筛选, focus back in the search box (pane66)", async () => {
  // Before: notes carry a cell only, so “第17项劳务费” found 0 of 1,200, and at 0 the tab said only “显示 0 / 1200 条”.
  const user = userEvent.setup();
  const result: CheckResult = { ...sampleResult(), tables: unitTables(), review: manyNotes() };
  render(<Root host={fakeHost({}, result)} today="2024-08-15" />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  await user.click(screen.getByTestId("tab-review"));
  const review = screen.getByTestId("review");
  const search = within(review).getByRole("searchbox", { name: "按项目、工作表、指标或文字筛选意见" });
  fireEvent.change(search, { target: { value: "第17项劳务费" } });
  expect(await within(review).findByText("显示 4 / 1200 条")).toBeTruthy();
  expect(within(review).getAllByTestId("finding")[0].textContent).toContain("'单位17号表'");
  expect(within(review).queryByTestId("finding-clear")).toBeNull();
  fireEvent.change(search, { target: { value: "第301项劳务费" } });
  expect(await within(review).findByText("显示 0 / 1200 条")).toBeTruthy();
  await user.click(within(review).getByRole("button", { name: "清除筛选" }));
  expect(within(review).getByTestId("finding-count").textContent).toBe("显示 1200 / 1200 条");
  expect(document.activeElement).toBe(search);
  expect(within(review).queryByRole("button", { name: "清除筛选" })).toBeNull();
});

/** A bureau's year-end workbook: `units` self-evaluations, each with one error (its total) and one warning (a reason). */
function manySelfEvaluations(units: number): CheckResult {
  const base = sampleResult();
  const [template] = base.tables;
  const tables = Array.from({ length: units }, (_, k) => {
    const u = k + 1;
    const sheet = `单位${u}号表`;
    const total = say("selfeval.total", { submitted: 90 + (u % 9), expected: 88.5 });
    const reason = say("selfeval.reason", { name: `培训人数${u}`, score: 3, weight: 5 });
    return {
      ...template,
      table: { ...template.table, sheet, name: `第${u}单位设备采购`, title: "" },
      selfEvaluation: {
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
        total: 88.5,
        grade: "良" as const,
        findings: [
          {
            rule: "selfeval-total",
            cell: { sheet, row: 30, col: 6 },
            message: renderMessage(total),
            text: total,
            severity: "error" as const,
          },
          {
            rule: "selfeval-reason",
            cell: { sheet, row: 14, col: 9 },
            message: renderMessage(reason),
            text: reason,
            severity: "warning" as const,
          },
        ],
      },
    };
  });
  return { ...base, tables };
}

async function openSelfEvaluation(result: CheckResult) {
  const user = userEvent.setup();
  const host = fakeHost({}, result);
  render(<Root host={host} today="2024-08-15" />);
  await user.click(await screen.findByRole("button", { name: "检查目标" }));
  await screen.findAllByTestId("project");
  await user.click(screen.getByTestId("tab-selfeval"));
  return { user, host, selfEval: screen.getByTestId("self-evaluation") };
}

it("300 self-evaluations' findings: counted and filtered by kind and by a unit's name as in the review tab; a table with none passing is not listed", async () => {
  const { user, host, selfEval } = await openSelfEvaluation(manySelfEvaluations(300));
  expect(within(selfEval).getByTestId("finding-count").textContent).toBe("显示 600 / 600 条");
  const errors = within(selfEval).getByTestId("finding-kind-error");
  expect(errors.textContent).toBe("错误 300");
  expect(within(selfEval).getByTestId("finding-kind-warning").textContent).toBe("提示 300");
  await user.click(errors);
  expect(within(selfEval).getByTestId("finding-count").textContent).toBe("显示 300 / 600 条");
  expect(
    within(selfEval)
      .getAllByTestId("finding")
      .every((f) => f.textContent!.includes("总分")),
  ).toBe(true);
  // The unit's name is the table's, not in its findings' words: found all the same.
  fireEvent.change(within(selfEval).getByRole("searchbox", { name: "按项目、工作表、指标或文字筛选意见" }), {
    target: { value: "第17单位" },
  });
  expect(await within(selfEval).findByText("显示 1 / 600 条")).toBeTruthy();
  expect(selfEval.textContent).toContain("第17单位设备采购");
  expect(selfEval.textContent).not.toContain("第18单位设备采购");
  const found = within(selfEval).getAllByTestId("finding");
  expect(found).toHaveLength(1);
  await user.click(found[0]);
  expect(host.selectCell).toHaveBeenCalledWith({ sheet: "单位17号表", row: 30, col: 6 }, null, expect.anything());
  await user.click(errors);
  expect(await within(selfEval).findByText("显示 2 / 600 条")).toBeTruthy();
  // A word of a finding: the warnings that name 培训人数17 (and 培训人数170 …), each under its own table.
  fireEvent.change(within(selfEval).getByRole("searchbox"), { target: { value: "培训人数17" } });
  expect(await within(selfEval).findByText("显示 11 / 600 条")).toBeTruthy();
  expect(selfEval.textContent).toContain("第170单位设备采购");
});

it("a few self-evaluation findings are listed without filters, as a few review notes are", async () => {
  const { selfEval } = await openSelfEvaluation(manySelfEvaluations(3));
  expect(within(selfEval).getAllByTestId("finding")).toHaveLength(6);
  expect(within(selfEval).queryByTestId("finding-search")).toBeNull();
  expect(within(selfEval).queryByTestId("finding-count")).toBeNull();
});
