/**
 * reader40 — `零事故`, `零投诉`, `零差错` (a none written with 零, as safety and service targets often are) read as
 * qualitative text: only the same words answered it, while 0, 无, 未发生安全事故 were 无法识别 and `1起` too — an
 * accident reported against 零事故 had no light. Now 零 + a bad thing (NONE_TARGET_NAMES) is the count 0, a cap:
 * 0 / 无 / 未发生 / 零事故 met, any count above 0 red (docs/domain.md#notation).
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { scoreIndicator } from "../../../src/core/score/score";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";
import { status } from "../../../src/functions/functions";

const ctx = { name: "安全生产", level2: "质量指标", budgetYear: 2024 };
const judge = (target: string, actual: CellValue, asOf = "2024-07-31") => {
  const r = judgeIndicator(parseTarget(target, ctx), actual, ctx, { ...DEFAULT_SETTINGS, asOf });
  return `${r.status} ${r.light}`;
};

test.each([0, "0", "0起", "无", "未发生", "未发生安全事故", "零事故"])(
  "零事故 answered %p: on track (green)",
  (actual) => {
    expect(judge("零事故", actual)).toBe("on-track green");
  },
);

test.each([1, "1起", "2次"])("零事故 answered %p: missed (red) at any date", (actual) => {
  expect(judge("零事故", actual)).toBe("missed red");
  expect(judge("零事故", actual, "2024-12-31")).toBe("missed red");
});

test("零投诉 / 零差错 alike; 零容忍 stays qualitative (a stance, no count)", () => {
  expect(judge("零投诉", "无")).toBe("on-track green");
  expect(judge("零差错", "3")).toBe("missed red");
  expect(parseTarget("零容忍", ctx).kind).toBe("qualitative");
});

test("PERF.STATUS and the self-evaluation score alike", () => {
  expect(status([["零事故"]], "1起", "2024-07-31", [["质量指标"]])).toBe("未达标");
  expect(scoreIndicator(parseTarget("零事故", ctx), "无", 10)).toBe(10);
  expect(scoreIndicator(parseTarget("零事故", ctx), "1起", 10)).toBe(0);
});
