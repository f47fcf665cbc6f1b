/**
 * The runner remembers each result under the raw argument values. Whatever was called before, a call
 * must return exactly what the same call returns with every memo empty: no two argument lists may share
 * a remembered result (1 / "1" / TRUE, null / "", −0 / 0, a cell / a 1×1 range / a 1×3 row / a 3×1
 * column, ragged or nested ranges, error values): random calls are made together with look-alikes of them.
 */
import fc from "fast-check";
import { isoToSerial } from "../../src/core/dates";
import * as judging from "../../src/core/evaluate/judgeIndicator";
import { FUNCTIONS } from "../../src/functions/functions";
import { clearMemos } from "../../src/functions/implemented";

/** Values chosen to look alike to a careless key, mixed with any value at all. */
const cellValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<unknown>(0, -0, 1, "1", true, false, "TRUE", null, undefined, "", " ", NaN) },
  {
    weight: 6,
    arbitrary: fc.constantFrom<unknown>(
      "≥90%",
      "≥",
      90,
      "%",
      "100人",
      "≤1.8%",
      0.92,
      95,
      85,
      "达成",
      "部分达成",
      "及时保障",
      "2024年12月31日前",
      "成本指标",
      "产出指标",
      "数量指标",
      "3月底",
      "6月底",
      0.25,
      0.5,
      "en",
      "step",
      2024,
      isoToSerial("2024-07-31"),
      "2024-07-31",
    ),
  },
  { weight: 2, arbitrary: fc.oneof(fc.double(), fc.integer(), fc.string({ maxLength: 6 })) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>({ error: "#N/A" }, { code: "#VALUE!" }, new Error("x")) },
);
/** A range as Excel passes it (rows of equal length), and shapes it never passes. */
const range = fc.oneof(
  fc.array(cellValue, { minLength: 1, maxLength: 4 }).map((row) => [row]),
  fc.array(cellValue, { minLength: 1, maxLength: 4 }).map((col) => col.map((v) => [v])),
  fc.array(fc.array(cellValue, { maxLength: 3 }), { maxLength: 3 }),
  fc.array(cellValue, { maxLength: 3 }),
  cellValue.map((v) => [[[v]]]),
);
const argument = fc.oneof({ weight: 3, arbitrary: cellValue }, { weight: 2, arbitrary: range });

/** Values a careless key might confuse with v (and the same cells in other shapes). */
function lookalikes(v: unknown): unknown[] {
  if (Object.is(v, 0)) return [-0, "0", false, null];
  if (Object.is(v, -0)) return [0];
  if (v === 1) return ["1", true];
  if (v === true) return [1, "TRUE"];
  if (v === null) return [undefined, "", [[null]]];
  if (v === undefined) return [null];
  if (v === "") return [null, " "];
  if (typeof v === "number") return [String(v), [[v]]];
  if (typeof v === "string") return [`${v} `, [[v]], [v]];
  if (!Array.isArray(v)) return [];
  const rows = v.filter(Array.isArray) as unknown[][];
  if (rows.length === 1 && rows[0].length === 1) return [rows[0][0], [rows[0]], [[[rows[0][0]]]]];
  if (rows.length === 1) return [rows[0].map((c) => [c]), [[...rows[0], null]]]; // the row as a column; one cell more
  if (rows.length > 1 && rows.every((r) => r.length === 1)) return [[rows.map((r) => r[0])]]; // the column as a row
  return [];
}

/** Each call, then the same call with one argument replaced by each of its lookalikes. */
function withLookalikes(calls: unknown[][]): unknown[][] {
  return calls.flatMap((args) => [
    args,
    ...args.flatMap((a, i) => lookalikes(a).map((other) => args.map((b, j) => (j === i ? other : b)))),
  ]);
}

/** Results compared as the cell shows them: the value, or the error's code and message. */
function shown(out: unknown): unknown {
  return typeof out === "object" && out !== null ? { ...out } : out;
}

describe("results remembered by raw arguments", () => {
  afterEach(() => clearMemos());

  it.each(Object.keys(FUNCTIONS))("%s returns what a cold call returns, after any other calls", (id) => {
    const fn = FUNCTIONS[id];
    fc.assert(
      fc.property(fc.array(fc.array(argument, { maxLength: 6 }), { minLength: 1, maxLength: 6 }), (some) => {
        const calls = withLookalikes(some);
        const cold = calls.map((args) => {
          clearMemos();
          return fn(...args);
        });
        clearMemos();
        for (let round = 0; round < 2; round++) {
          calls.forEach((args, i) => {
            const warm = fn(...args);
            if (typeof warm === "object") expect(shown(warm)).toEqual(shown(cold[i]));
            else if (!Object.is(warm, cold[i]))
              throw new Error(`${id}(${JSON.stringify(args)}): ${String(warm)} warm, ${String(cold[i])} cold`);
          });
        }
      }),
      { numRuns: 50 },
    );
  });

  it("a recalculated row (the same values in new arrays) is not judged again", () => {
    const judge = jest.spyOn(judging, "judgeIndicator");
    const row = () => [[["≥", 90, "%"]], 0.92, isoToSerial("2024-07-31"), [["产出指标", "数量指标", "培训人数"]]];
    expect(FUNCTIONS.STATUS(...row())).toBe("正常");
    expect(FUNCTIONS.STATUS(...row())).toBe("正常");
    expect(judge).toHaveBeenCalledTimes(1);
    expect(FUNCTIONS.STATUS(...row().map((a, i) => (i === 1 ? 0.93 : a)))).toBe("正常");
    expect(judge).toHaveBeenCalledTimes(2);
    judge.mockRestore();
  });
});
