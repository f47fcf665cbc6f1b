/**
 * reader40 — a range of rates per a round base (`5/10万-10/10万`, `5-10/10万`: 报告发病率 kept inside a band, as health
 * tables write a surveillance sensitivity) was “含有数字，但无法识别” (no light): RANGE's unit list holds no `/10万`.
 * Now each bound is read with its base (docs/domain.md#notation) and judged as any range: above the top red at any
 * date, below the bottom as ≥ the bottom, actuals in another base converted.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";
import { status } from "../../../src/functions/functions";

const ctx = { name: "法定传染病报告发病率", level2: "质量指标", budgetYear: 2024 };
const judge = (target: string, actual: CellValue, asOf = "2024-12-31") => {
  const r = judgeIndicator(parseTarget(target, ctx), actual, ctx, { ...DEFAULT_SETTINGS, asOf });
  return `${r.status} ${r.light} ${r.why}`;
};

test.each([
  ["5/10万-10/10万", "8", "met green 实际 8/10万，目标 5–10/10万"],
  ["5-10/10万", "8/10万", "met green 实际 8/10万，目标 5–10/10万"],
  ["5/10万至10/10万", "0.12‰", "missed red 实际 12/10万，目标 5–10/10万"],
  ["5/10万~10/10万", "3", "missed red 实际 3/10万，目标 5–10/10万"],
  ["1人/万人-3人/万人", "2人/万人", "met green 实际 2 人/万人，目标 1–3 人/万人"],
])("%p answered %p at the year end: %s", (target, actual, expected) => {
  expect(judge(target, actual)).toBe(expected);
});

test("before the year end: above the top is red, below the bottom behind (a level, never pro-rated)", () => {
  expect(judge("5/10万-10/10万", "12", "2024-07-31")).toBe("missed red 实际 12/10万，目标 5–10/10万");
  expect(judge("5/10万-10/10万", "3", "2024-07-31")).toBe("behind yellow 实际 3/10万，目标 5–10/10万");
});

test("PERF.STATUS alike", () => {
  expect(status([["5/10万-10/10万"]], "12", "2024-07-31", [["质量指标"]])).toBe("未达标");
});
