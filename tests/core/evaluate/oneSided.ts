/**
 * What the tests of a value said from one side (oneSided*.test.ts, docs/domain.md#a-value-said-from-one-side) share:
 * the check at the year end or in July of 2024, the score of weight 10, and the targets their properties try.
 */
import fc from "fast-check";
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { scoreIndicator } from "../../../src/core/score/score";
import { DEFAULT_SETTINGS } from "../../../src/core/types";

export const YEAR_END = { ...DEFAULT_SETTINGS, asOf: "2024-12-31" };
export const JULY = { ...DEFAULT_SETTINGS, asOf: "2024-07-31" };

/** The check of one indicator of the 2024 budget year. */
export const judge = (target: string, actual: string | number, settings = YEAR_END) =>
  judgeIndicator(parseTarget(target, { budgetYear: 2024 }), actual, { budgetYear: 2024 }, settings);

/** The self-evaluation score of an indicator of weight 10 (null: not scored). */
export const score10 = (target: string, actual: string) => scoreIndicator(parseTarget(target, {}), actual, 10);

/**
 * A target in `unit` a property judges claims against: a floor or a cap, strict or not, or a range (a floor and a cap
 * at once, review51), its unit written after the second number or after both (90-95%, 90%-95%); `limits` its numbers.
 */
export const anyTarget = (unit: string) =>
  fc
    .tuple(
      fc.integer({ min: 1, max: 200 }),
      fc.constantFrom("≥", ">", "≤", "<", "range"),
      fc.integer({ min: 1, max: 50 }),
      fc.boolean(),
    )
    .map(([limit, op, width, unitTwice]) =>
      op === "range"
        ? {
            target: `${limit}${unitTwice ? unit : ""}-${limit + width}${unit}`,
            limits: [limit, limit + width],
          }
        : { target: `${op}${limit}${unit}`, limits: [limit] },
    );
