/**
 * An actual typed without a unit against a target in a unit with a magnitude (≥500万元, ≥1.2万亩, ≥5万人次) that,
 * read in that unit, is absurd: 4800000 is "4800000 万元", 9600 × the target, which was a silent 超额 (blue). The clerk
 * typed 元 / 亩 / 人次 (review36). Read in the smaller unit, judged, and said at the cell (docs/domain.md#actual-values,
 * units.ts unitSlip). And a rate per one same thing whose numerator differs by a magnitude converts (0.017万元/亩 against
 * ≤160元/亩 is 170 元/亩), where it was a unit mismatch.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { readActual } from "../../../src/core/evaluate/actual";
import { convertUnit, IMPLAUSIBLE_ACTUAL_TIMES, unitSlip } from "../../../src/core/evaluate/units";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { scoreIndicator } from "../../../src/core/score/score";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";

const YEAR_END = { ...DEFAULT_SETTINGS, asOf: "2025-12-31" };
const judge = (target: string, actual: CellValue, settings = YEAR_END) =>
  judgeIndicator(parseTarget(target), actual, { budgetYear: 2025 }, settings);

describe("a number without a unit, absurd in the target's 万 unit, is read in the unit without it", () => {
  test.each([
    ["≥500万元", 4800000, 480, "元", "万元"],
    ["≥1.2万亩", 11000, 1.1, "亩", "万亩"],
    ["≥5万人次", 48000, 4.8, "人次", "万人次"],
    ["≥500万元", "4800000", 480, "元", "万元"], // typed as text
    ["≥1.5亿元", 14000, 1.4, "万元", "亿元"], // 亿元: 万元 first, the table's own unit
    ["≥1.5亿元", 140000000, 1.4, "元", "亿元"],
  ])(
    "%s, actual %s: read as %s (typed in %s) at year end, short of it: 未达标 (red), said at the cell",
    (t, typed, value, typedIn, unit) => {
      const r = judge(t, typed);
      expect({ status: r.status, light: r.light, actual: r.actual, noted: r.noted }).toEqual({
        status: "missed",
        light: "red",
        actual: expect.closeTo(value, 9),
        noted: true,
      });
      expect(r.why).toContain(
        `实际值 ${typed} 可能是以${typedIn}填写，已按 ${value} ${unit}判断；请按“${unit}”填写或写明单位`,
      );
    },
  );

  test("reached through the slip: met (green), never 超额, still said", () => {
    const r = judge("≥500万元", 5200000);
    expect([r.status, r.light, r.actual, r.noted]).toEqual(["met", "green", 520, true]);
  });

  test("before the deadline the reading is pro-rated like any amount (2400000 元 of 500 万元 by June: 96 %)", () => {
    const r = judge("≥500万元", 2400000, { ...DEFAULT_SETTINGS, asOf: "2025-06-30" });
    expect([r.status, r.light, r.actual, r.noted]).toEqual(["on-track", "green", 240, true]);
    expect(r.ratio).toBeCloseTo(96, 9);
  });

  test("a cap (≤500万元) reads the same: 4800000 元 is within it, not a red 4800000 万元", () => {
    const r = judge("≤500万元", 4800000);
    expect([r.status, r.light, r.actual, r.noted]).toEqual(["met", "green", 480, true]);
  });

  test("the boundary: below 1000 × the target the number is taken as typed; from it, read in 元", () => {
    expect(IMPLAUSIBLE_ACTUAL_TIMES).toBe(1000);
    const below = judge("≥500万元", 499999);
    expect([below.status, below.light, below.actual, below.noted]).toEqual(["exceeded", "blue", 499999, undefined]);
    const at = judge("≥500万元", 500000);
    expect([at.status, at.light, at.actual, at.noted]).toEqual(["missed", "red", 50, true]);
  });

  test("read in 元 still ten times the target or more: not judged, and the one line says why", () => {
    const inRange = judge("≥500万元", 50000000); // 5000 万元: 10 × the target, believable
    expect([inRange.status, inRange.light, inRange.actual]).toEqual(["exceeded", "blue", 5000]);
    const r = judge("≥5万人次", 48000000); // 4800 万人次 even in 人次
    expect([r.status, r.light]).toEqual(["unknown", "none"]);
    expect(r.why).toBe(
      "实际值 48000000 按“万人次”计是指标值的 9600000 倍，单位可能有误，未判断；请按“万人次”填写或写明单位",
    );
  });

  test("a unit written wins: 4800000元 is 480 万元 without a note, 4800000万元 is taken at its word", () => {
    const yuan = judge("≥500万元", "4800000元");
    expect([yuan.status, yuan.actual, yuan.noted]).toEqual(["missed", 480, undefined]);
    const wan = judge("≥500万元", "4800000万元");
    expect([wan.status, wan.light, wan.noted]).toEqual(["exceeded", "blue", undefined]);
  });

  test("targets without a magnitude keep the plain reading (≥500元, ≥100, ≥50人, 千克 is no 千 × 克)", () => {
    for (const [t, a] of [
      ["≥500元", 4800000],
      ["≥100", 500000],
      ["≥50人", 60000],
      ["≥2千克", 5000],
    ] as const) {
      const r = judge(t, a);
      // Reached as typed: 超额 for amounts, 达标 for a bare number (a level, docs/domain.md#judging-defaults).
      expect([t, r.status, r.actual, r.noted]).toEqual([t, t === "≥100" ? "met" : "exceeded", a, undefined]);
    }
  });

  test("in English the note says the same", () => {
    const r = judge("≥500万元", 4800000, { ...YEAR_END, lang: "en" });
    // clerk66: an amount in 万元 said as one English amount (480 万元 is 4.8 million CNY); this test failed on int66.
    expect(r.why).toMatch(
      / \(4800000 was probably typed in CNY: judged as 4\.8 million CNY; type it in 10k CNY or write its unit\)$/,
    );
  });

  test("the score reads it alike: 480 of 500 万元 scores 96 % of the weight, not all of it", () => {
    expect(scoreIndicator(parseTarget("≥500万元"), 4800000, 10)).toBeCloseTo(9.6, 9);
    expect(scoreIndicator(parseTarget("≥5万人次"), 48000000, 10)).toBeNull();
  });

  test("unitSlip itself: the unit meant and the number in the target's unit, or null", () => {
    expect(unitSlip(11000, parseTarget("≥1.2万亩"))).toEqual({
      unit: "亩",
      value: expect.closeTo(1.1, 9),
      times: 11000 / 1.2,
    });
    expect(unitSlip(1100, parseTarget("≥1.2万亩"))).toBeNull();
    expect(unitSlip(5000, parseTarget("≥0.5万元/亩"))).toEqual({ unit: "元/亩", value: 0.5, times: 10000 });
    expect(unitSlip(4800000, parseTarget("提高5万元"))).toBeNull(); // a change is no amount reached
  });
});

describe("rates per one same thing convert their numerators (0.017万元/亩 = 170 元/亩)", () => {
  test("0.017万元/亩 against ≤160元/亩 is 170 元/亩: over the cap (red), not a unit mismatch", () => {
    const r = judge("≤160元/亩", "0.017万元/亩");
    expect([r.status, r.light, r.actual]).toEqual(["missed", "red", 170]);
    expect(judge("≤160元/亩", "0.015万元/亩").light).toBe("green");
  });

  test("万人/村 and 人/村, 元/人 and 千元/人 convert; another denominator stays a mismatch", () => {
    expect(convertUnit(0.12, "万人/村", "人/村")).toBeCloseTo(1200, 9);
    expect(convertUnit(1.5, "千元/人", "元/人")).toBeCloseTo(1500, 9);
    expect(convertUnit(1, "万元/公顷", "元/亩")).toBeNull();
    expect(readActual("0.017万元/公顷", parseTarget("≤160元/亩"))).toMatchObject({ kind: "invalid" });
  });
});
