/**
 * review38 — judge37's yyyymmdd completion date typed as a NUMBER (readCompletionDate in src/core/evaluate/actual.ts:
 * `YYYYMMDD.exec(String(value))`, no check that the day exists) reads an impossible date (20240631, 20240230,
 * 20241131 — a slip for 20240731 / 20241130) as "2024-06-31", "2024-11-31", and judges it MET, GREEN — even
 * 20241131 against 2024年6月底前, five months late whatever was meant ("实际完成 2024-11-31，截止 2024-06-30": green).
 * The same digits typed as text are answered 时限指标应填写完成日期 (parseDateText checks the day).
 * Expected: a number that is no real date is not a completion date: not judged (no light), one line at the cell —
 * as the text does; never met.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { status } from "../../../src/functions/functions";
import { DEFAULT_SETTINGS } from "../../../src/core/types";

const YEAR_END = { ...DEFAULT_SETTINGS, asOf: "2024-12-31" };
const ctx = { name: "项目完成时间", level2: "时效指标", budgetYear: 2024 };

test.each([20240631, 20240230, 20241131, 20230229])(
  "%p (no such day) against 2024年6月底前: not a completion date, never met / green",
  (typed) => {
    const r = judgeIndicator(parseTarget("2024年6月底前", ctx), typed, ctx, YEAR_END);
    expect(r.light).not.toBe("green");
    expect(r.status).not.toBe("met");
  },
);

test("the text of the same digits is already refused: the number should be read the same way", () => {
  const asText = judgeIndicator(parseTarget("2024年6月底前", ctx), "20240631", ctx, YEAR_END);
  const asNumber = judgeIndicator(parseTarget("2024年6月底前", ctx), 20240631, ctx, YEAR_END);
  expect(asText.status).toBe("unknown");
  expect([asNumber.status, asNumber.light]).toEqual([asText.status, asText.light]);
});

test("PERF.STATUS alike: 20241131 against 2024年6月底前 at year end is not 达标", () => {
  expect(status([["2024年6月底前"]], 20241131, "2024-12-31", [["时效指标"]])).not.toBe("达标");
});
