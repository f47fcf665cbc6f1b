/**
 * Actuals written the way real self-evaluations write them (real-layouts round sixteen): 100% against a qualitative
 * target (保山 2022: 按时限完成 | 100%) is the work done in full; an actual in its target's own notation (零陵 2021:
 * 每亩300 | 每亩300) is that target's number. Other shares against a qualitative target, and a notation in another
 * unit, stay not understood.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS, type CellReading, type CellValue } from "../../../src/core/types";

const settings = { ...DEFAULT_SETTINGS, asOf: "2022-12-31", budgetYear: 2022 };

function statusOf(targetText: string, actual: CellReading | CellValue, level2 = "时效指标") {
  const ctx = { level1: "产出指标", level2, name: "春节前完成走访慰问", budgetYear: 2022 };
  return judgeIndicator(parseTarget(targetText, ctx), actual, ctx, settings).status;
}

const percentCell = (value: number): CellReading => ({ cell: 0, value, numberFormat: "0%" });

describe("100% against a qualitative target", () => {
  it.each([
    ["a cell formatted 0% holding 1", percentCell(1)],
    ["the text 100%", "100%"],
  ])("%s is achieved", (_what, actual) => {
    expect(statusOf("按时限完成", actual)).toBe("met");
  });

  it.each([
    ["another share (15%)", "15%"],
    ["a percent cell below 100%", percentCell(0.8)],
    ["a plain 1 (no format says it is a share)", 1],
  ])("%s is no grade", (_what, actual) => {
    expect(statusOf("按时限完成", actual)).toBe("unknown");
  });
});

describe("an actual written as its target is", () => {
  it("每亩300 against 每亩300 (a cost: ≤) is met, 每亩320 is missed", () => {
    expect(statusOf("每亩300", "每亩300", "成本指标")).toBe("met");
    expect(statusOf("每亩300", "每亩320", "成本指标")).toBe("missed");
  });

  it("in another unit it stays not understood", () => {
    expect(statusOf("每亩300", "每户300", "成本指标")).toBe("unknown");
  });
});
