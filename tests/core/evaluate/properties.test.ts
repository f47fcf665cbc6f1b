import fc from "fast-check";
import { spentProblem } from "../../../src/core/money";
import { dayToIso, isoToDay } from "../../../src/core/dates";
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { judgeExecution } from "../../../src/core/evaluate/schedule";
import { DEFAULT_SETTINGS, type Comparator, type JudgeSettings, type Light } from "../../../src/core/types";
import { believable, duration, num } from "./targets";

/**
 * "Worse" in these properties is the achievement order red < yellow < green < blue:
 * for a ≥ target more is better, so over-achievement (blue) ranks above green.
 * (The table light uses another order, red > yellow > blue > green, to say what needs attention.)
 * "none" (pending / unknown) never occurs for a readable number and is ranked lowest.
 */
const ACHIEVEMENT: Record<Light, number> = { none: -1, red: 0, yellow: 1, green: 2, blue: 3 };

const START = isoToDay("2024-01-01")!;
const asOfArb = fc.integer({ min: 0, max: 455 }).map((d) => dayToIso(START + d)); // 2024-01-01 … 2025-03-31
const bandsArb = fc
  .tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
  .map(([red, dy, db]) => ({ red, yellow: red + dy, blue: red + dy + db }));
const settingsArb = fc.record({
  asOf: asOfArb,
  bands: bandsArb,
  strictQualityTimeCost: fc.boolean(),
  exceededForLevels: fc.boolean(),
  lang: fc.constantFrom<"zh" | "en">("zh", "en"),
});
const unitArb = fc.constantFrom("%", "‰", "人", "次", "万元", "分", null);
const level2Arb = fc.constantFrom("数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", undefined);
const actualArb = fc.double({ min: -1e4, max: 1e4, noNaN: true });
const pairArb = fc.tuple(actualArb, actualArb).map(([x, y]) => (x <= y ? [x, y] : [y, x]));

function judgeWith(
  s: Omit<JudgeSettings, "scheduleMethod">,
  target: ReturnType<typeof num>,
  actual: number,
  level2?: string,
) {
  return judgeIndicator(target, actual, { budgetYear: 2024, level2 }, { ...DEFAULT_SETTINGS, ...s });
}

describe("monotonic lights", () => {
  test("for a ≥ / > / = target a larger actual never gives a worse light", () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.constantFrom<Comparator>(">=", ">", "="),
        fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        unitArb,
        fc.boolean(),
        level2Arb,
        pairArb,
        (s, op, value, unit, explicit, level2, [small, large]) => {
          fc.pre(believable(large, value, unit) && believable(small, value, unit));
          const t = num(op, value, unit, explicit);
          const a = judgeWith(s, t, small, level2);
          const b = judgeWith(s, t, large, level2);
          expect(ACHIEVEMENT[b.light]).toBeGreaterThanOrEqual(ACHIEVEMENT[a.light]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("for a ≤ / < target (and a duration) a smaller actual never gives a worse light", () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.constantFrom<Comparator>("<=", "<"),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        unitArb,
        level2Arb,
        pairArb,
        fc.boolean(),
        (s, op, value, unit, level2, [small, large], asDuration) => {
          fc.pre(asDuration || (believable(large, value, unit) && believable(small, value, unit)));
          const t = asDuration ? duration(value, "日") : num(op, value, unit);
          const a = judgeWith(s, t, small, level2);
          const b = judgeWith(s, t, large, level2);
          expect(ACHIEVEMENT[a.light]).toBeGreaterThanOrEqual(ACHIEVEMENT[b.light]);
          expect(["green", "red"]).toContain(a.light);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("spending more, within the budget, never gives a worse execution light; above it is never green", () => {
    const plan = [
      { date: "2024-03-31", percent: 0 },
      { date: "2024-06-30", percent: 45 },
      { date: "2024-10-31", percent: 70 },
      { date: "2024-12-31", percent: 100 },
    ];
    fc.assert(
      fc.property(
        asOfArb,
        fc.constantFrom("interpolate" as const, "step" as const, "time" as const),
        fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        fc.tuple(fc.double({ min: 0, max: 2e4, noNaN: true }), fc.double({ min: 0, max: 2e4, noNaN: true })),
        (asOf, scheduleMethod, budget, [x, y]) => {
          const s = { ...DEFAULT_SETTINGS, asOf, scheduleMethod };
          const less = judgeExecution(Math.min(x, y), budget, plan, s);
          const more = judgeExecution(Math.max(x, y), budget, plan, s);
          expect(more.lag).toBeLessThanOrEqual(less.lag);
          // Overspending must be explained (docs/domain.md#schedule): the order of lights holds up to the budget.
          if (spentProblem(Math.max(x, y), budget) === null)
            expect(ACHIEVEMENT[more.light]).toBeGreaterThanOrEqual(ACHIEVEMENT[less.light]);
          else expect(more.light).not.toBe("green");
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("judging never throws and always explains itself", () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.constantFrom<Comparator>(">=", ">", "=", "<", "<=", "between"),
        fc.double(),
        unitArb,
        fc.oneof(fc.double(), fc.string(), fc.constant(null)),
        (s, op, value, unit, actual) => {
          const r = judgeIndicator(num(op, value, unit), actual, {}, { ...DEFAULT_SETTINGS, ...s });
          expect(typeof r.why).toBe("string");
          expect(r.why.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
