/**
 * =PERF.STATUS(H11,F11): the actual cell first, the target second. On the old main it judged silently — 92 as the
 * target and “≥90%” read as the claim “at least 90” gave 未达标 for a satisfaction of 92 % against ≥90 %. Now said.
 */
import { FunctionError, Problem } from "../../src/functions/errors";
import { gap, light, status } from "../../src/functions/functions";
import { judgeIndicator } from "../../src/core/evaluate/judgeIndicator";
import { statusLabel } from "../../src/core/evaluate/labels";
import { parseTarget } from "../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS } from "../../src/core/types";

const swapped = (actual: string, fn = "STATUS") =>
  new FunctionError(
    "#VALUE!",
    `参数顺序可能颠倒：实际值参数“${actual}”带比较符号，像指标值，而指标值参数是一个数。应为 PERF.${fn}(指标值, 实际值)；如实际值确是此写法，请填写具体数值`,
  );

test.each([
  [92, "≥90%"],
  [0.92, "不低于90%"],
  [30, "≤50万元"],
  [120, "≥100人"],
  [92, "90%以上"],
  [3, "不超过5天"],
])("PERF.STATUS(%p, %p): arguments swapped, said", (actualCell, targetCell) => {
  expect(status([[actualCell]], targetCell)).toEqual(swapped(targetCell));
  // Session 52 (pane52): each names the function called, not PERF.STATUS for all three.
  expect(light([[actualCell]], targetCell)).toEqual(swapped(targetCell, "LIGHT"));
  expect(gap([[actualCell]], targetCell)).toEqual(swapped(targetCell, "GAP"));
});

test("the English message names the function called too", () => {
  expect(light([[92]], "≥90%", undefined, undefined, "en")).toEqual(
    new FunctionError(
      "#VALUE!",
      "Arguments may be swapped: the actual “≥90%” has a comparison sign, like a target, while the target is a plain number. Use PERF.LIGHT(target, actual); if the actual is written so, give the exact value",
    ),
  );
});

test("a cell's text with a dollar sign is said as typed, not read as a replacement pattern", () => {
  expect(new Problem("badNumber", "$&5").message("zh")).toBe("不是数字：$&5");
  expect(new Problem("swappedArgs", "≥$'90", "GAP").message("zh")).toContain("实际值参数“≥$'90”");
});

test("in the right order, and where the target is no bare number, judged as before", () => {
  expect(status([["≥90%"]], 92)).toBe("达标");
  expect(status([["≥90%"]], "≥96%")).toBe("达标");
  // A bare text target beside a clerk's one-sided value: a claim, judged on its bound.
  expect(status([["95%"]], "≥96%")).toBe("达标");
  expect(status([["95%"]], "95%")).toBe("达标");
  // A number target with a plain actual, or one with a comparator in its own sign cell.
  expect(status([[95]], "96%")).toBe("达标");
  expect(status([["≥", 95, "%"]], "≥96%")).toBe("达标");
  // 约 is no comparator a target is written with.
  expect(status([[95]], "约96%")).toBe("达标");
});

test("English", () => {
  expect(status([[92]], "≥90%", undefined, undefined, "en")).toEqual(
    new FunctionError(
      "#VALUE!",
      "Arguments may be swapped: the actual “≥90%” has a comparison sign, like a target, while the target is a plain number. Use PERF.STATUS(target, actual); if the actual is written so, give the exact value",
    ),
  );
});

test("review51b: the add-in's own call (监控时点 passed) on a number target says what the check says, not #VALUE!", () => {
  const type = [["满意度指标", "服务对象满意度指标", "群众满意度"]];
  const asOf = 45657; // 2024-12-31, as the defined name 监控时点 hands it over
  for (const actual of ["不低于95", "≥96%", "95%以上"]) {
    const checked = judgeIndicator(
      parseTarget(90, { name: "群众满意度", level2: "服务对象满意度指标", budgetYear: 2024 }),
      actual,
      { name: "群众满意度", level2: "服务对象满意度指标" },
      { ...DEFAULT_SETTINGS, asOf: "2024-12-31" },
    );
    expect(status([[90]], actual, asOf, type)).toBe(statusLabel(checked.status, "zh"));
    expect(status([[90]], actual, asOf, type)).toBe("达标");
  }
  // Typed by hand without the date, the swap is still said.
  expect(status([[90]], "≥96%")).toEqual(swapped("≥96%"));
});

/**
 * Session 52 (host52): where the line runs. Said only when the actual reads as a target with a comparator (or a range)
 * and the target slot as a plain number cell — the shape of PERF.STATUS(实际, 目标). A text "90" in the target slot is
 * treated as a target cell's text (target columns are text far more often than actual ones), as "95%" is: beside a
 * clerk's “≥96%” it is a one-sided value judged on its bound, not called swapped.
 */
describe("the shape that is called swapped", () => {
  test('=PERF.STATUS(90,"≥96%"): a number where the target goes, a comparator where the actual goes', () => {
    expect(status([[90]], "≥96%")).toEqual(swapped("≥96%"));
  });

  test.each([
    ["90", "≥96%", "达标"], // a text 90 is a target's text: ≥96% against it is met
    ["90", "85", "未达标"], // and a plain text actual below it is judged as usual
    ["≥90%", "≥96%", "达标"], // both with a comparator: the order is the right one
    ["≥90%", 92, "达标"], // the right order
  ])("PERF.STATUS(%p, %p) judges (%p)", (targetCell, actual, expected) => {
    expect(status([[targetCell]], actual)).toBe(expected);
    expect(light([[targetCell]], actual)).not.toBeInstanceOf(FunctionError);
  });

  test("a range where the actual goes is said to be a range, not to have a comparison sign (it said so before)", () => {
    const range = (actual: string, fn = "STATUS") =>
      new FunctionError(
        "#VALUE!",
        `参数顺序可能颠倒：实际值参数“${actual}”是一个区间，像指标值，而指标值参数是一个数。应为 PERF.${fn}(指标值, 实际值)；如实际值确是此写法，请填写具体数值`,
      );
    expect(status([[92]], "90%-95%")).toEqual(range("90%-95%"));
    expect(gap([[92]], "90%-95%")).toEqual(range("90%-95%", "GAP")); // the function called (pane52)
    expect(status([[92]], "90%-95%", undefined, undefined, "en")).toEqual(
      new FunctionError(
        "#VALUE!",
        "Arguments may be swapped: the actual “90%-95%” is a range, like a target, while the target is a plain number. Use PERF.STATUS(target, actual); if the actual is written so, give the exact value",
      ),
    );
  });

  test("a number target with a plain actual, written as text or as a number, is never called swapped", () => {
    for (const actual of [96, "96", "96%", 0.96, "=96%", "96%左右"]) {
      expect(status([[90]], actual)).not.toBeInstanceOf(FunctionError);
    }
  });
});
