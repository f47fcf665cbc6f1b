/** @jest-environment jsdom */
/**
 * The 审核 tab as a finance officer reads it: what stops a table (错误) before what only weakens it (提示), each run under a
 * heading that says its kind and count, each note's kind in words a screen reader hears as its own phrase.
 */
import "../jsdomSetup";
import { render, screen, within } from "@testing-library/react";
import { renderMessage, say, type Message, type Lang } from "../../../src/core/locale/messages";
import type { CellRef, ReviewFinding } from "../../../src/core/types";
import { ReviewSection } from "../../../src/taskpane/components/Sections/ReviewSection";
import { LangContext } from "../../../src/taskpane/strings";

jest.mock("../../../src/taskpane/components/VirtualList/VirtualList", () => jest.requireActual("./drawEveryRow"));

function note(rule: string, row: number, text: Message, severity: ReviewFinding["severity"]): ReviewFinding {
  const cell: CellRef = { sheet: "项目表", row, col: 3 };
  return { rule, cell, message: renderMessage(text), text, severity };
}

/** In sheet order, as the core lists them: a warning, an error, a warning, an error. */
const review: ReviewFinding[] = [
  note("placeholder", 10, say("review.placeholder.empty", { name: "培训人数" }), "warning"),
  note("cost-with-ge", 12, say("review.cost-with-ge", { name: "办公费", op: ">=" }), "error"),
  note("placeholder", 14, say("review.placeholder.empty", { name: "满意度" }), "warning"),
  note("cost-with-ge", 16, say("review.cost-with-ge", { name: "印刷费", op: ">=" }), "error"),
];

function show(notes: ReviewFinding[], lang: Lang = "zh") {
  return render(
    <LangContext.Provider value={lang}>
      <ReviewSection review={notes} tables={[]} onSelect={() => undefined} />
    </LangContext.Provider>,
  );
}

const rowsOf = () => screen.getAllByTestId("finding").map((f) => f.textContent ?? "");

describe("review notes, the most serious first", () => {
  it("lists errors before warnings, each kind in the sheet's order", () => {
    show(review);
    expect(rowsOf().map((text) => /!([A-Z]+\d+)\)$/.exec(text)?.[1])).toEqual(["D13", "D17", "D11", "D15"]);
  });

  it("the long, filtered list too: errors first, and a filter keeps the order", () => {
    // 40 notes and more get the filters (VIRTUAL_FROM); 30 warnings, then 10 errors further down the sheet.
    const many = [
      ...Array.from({ length: 30 }, (_, i) =>
        note("placeholder", 20 + i, say("review.placeholder.empty", { name: `指标${i}` }), "warning"),
      ),
      ...Array.from({ length: 10 }, (_, i) =>
        note("cost-with-ge", 60 + i, say("review.cost-with-ge", { name: `费用${i}`, op: ">=" }), "error"),
      ),
    ];
    show(many);
    const severities = screen
      .getAllByTestId("finding")
      .map((f) => f.querySelector("[data-severity]")?.getAttribute("data-severity"));
    expect(severities).toEqual([...Array(10).fill("error"), ...Array(30).fill("warning")]);
    expect(screen.getAllByTestId("finding-group").map((h) => h.textContent)).toEqual([
      "错误（10 条）",
      "提示（30 条）",
    ]);
  });

  it("heads each kind's run with its name and count, as a heading a screen reader can jump to", () => {
    show(review);
    const headings = within(screen.getByTestId("review")).getAllByRole("heading", { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(["错误（2 条）", "提示（2 条）"]);
    // Each heading sits right before its first note.
    const [errors, warnings] = screen.getAllByTestId("finding-group");
    expect(errors.nextElementSibling?.textContent).toContain("办公费");
    expect(warnings.nextElementSibling?.textContent).toContain("培训人数");
  });

  it("says each note's kind in words, apart from the note (not colour alone, not one run-on word)", () => {
    show(review);
    const first = screen.getAllByTestId("finding")[0];
    // The accessible name a screen reader reads for the button: the kind, a pause, the note.
    expect(first.textContent).toMatch(/^错误：指标值设置不合理：成本指标“办公费”/);
    expect(screen.getAllByRole("button", { name: /^错误\s*：\s*指标值设置不合理/ })[0]).toBe(first);
    const badges = screen.getAllByTestId("finding").map((f) => f.querySelector("[data-severity]")!);
    // An error's badge is filled, a warning's tinted: told apart without telling red from orange.
    expect(badges[0].className).not.toBe(badges[2].className);
  });

  it("in English: Error / Note headings", () => {
    show(review, "en");
    expect(screen.getAllByTestId("finding-group").map((h) => h.textContent)).toEqual(["Error (2)", "Note (2)"]);
    expect(rowsOf()[0]).toMatch(/^Error: /);
  });

  it("one kind only: no heading over a list that is all of it", () => {
    show(review.filter((r) => r.severity === "warning"));
    expect(screen.queryAllByTestId("finding-group")).toHaveLength(0);
    expect(rowsOf()).toHaveLength(2);
  });
});
