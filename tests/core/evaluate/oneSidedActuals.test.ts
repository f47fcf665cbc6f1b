/**
 * A value said from one side (docs/domain.md#a-value-said-from-one-side): judged on the bound the clerk proves where
 * that decides, “cannot tell” where the open side decides; strict words (超过, 低于, 余) never include their number.
 */
import fc from "fast-check";
import type { IndicatorResult } from "../../../src/core/types";
import { status } from "../../../src/functions/functions";
import { anyTarget, judge, JULY, score10 as score, YEAR_END } from "./oneSided";

// The table of docs/domain.md#a-value-said-from-one-side, at the year end. Rows marked * gave another verdict on the
// old main (超过90% against >90% was 未达标: read as 90).
test.each([
  // Toward the target's side: judged on the bound written, strictness included.
  ["超过90%", ">90%", "met"], // *
  ["超过90%", "≥90%", "met"],
  ["90%以上", "≥90%", "met"],
  ["90%以上", ">90%", "missed"],
  ["不低于94%", "≥95%", "missed"],
  ["3个多月", ">3个月", "met"], // *
  ["3个多月", "≥3.5个月", "missed"],
  ["25天以内", "≤30天", "met"],
  ["35天内", "≤30天", "missed"],
  ["低于5%", "<5%", "met"], // *
  ["5%以下", "<5%", "missed"],
  // Away from it: the bound decides when every value the claim allows gives the same verdict …
  ["超过50万元", "≤50万元", "missed"], // * (said, no light)
  ["50余万元", "≤50万元", "missed"], // * (said, no light)
  ["60万元以上", "≤50万元", "missed"],
  ["50万元以上", "<50万元", "missed"],
  ["低于90%", "≥90%", "missed"], // * (said “may miss”, no light)
  ["80%以下", "≥90%", "missed"],
  ["30余万元", "≤40万元", "met"],
  // … and cannot tell when the open side decides.
  ["50万元以上", "≤50万元", "unknown"],
  ["30余万元", "≤35万元", "unknown"],
  ["90%以下", "≥90%", "unknown"],
  ["95%以内", "≥90%", "unknown"],
  ["低于95%", "≥90%", "unknown"],
])("%p against %p is %p", (actual, target, expected) => {
  const r = judge(target, actual);
  expect(r.status).toBe(expected);
  if (expected === "unknown") expect(r.why).toMatch(/只写了(下|上)限/);
});

test("a strict word that flips the number's own verdict is said, and the number written is shown", () => {
  const r = judge(">90%", "超过90%");
  expect([r.status, r.light, r.actual]).toEqual(["met", "green", 90]);
  expect(r.why).toContain("“超过90%”不含 90%本身，按多于它判断");
  const over = judge("≤50万元", "超过50万元");
  expect([over.light, over.actual, over.gap]).toEqual(["red", 50, 0]);
  expect(over.why).toContain("按多于它判断");
  expect(judge("≥90%", "95%以上").why).not.toContain("不含");
});

test("before the deadline a bound away from the target decides only when the schedule's light does (* green before)", () => {
  // 60人以下 against ≥100人 in July: 60 would be on schedule (green), 10 far behind (red).
  expect(judge("≥100人", "60人以下", JULY)).toMatchObject({ status: "unknown", light: "none" });
  // 20人以下: red at either end.
  expect(judge("≥100人", "20人以下", JULY)).toMatchObject({ light: "red", actual: 20 });
  // A level before its deadline is never red: 80%以下 against ≥90% is behind whatever it is.
  expect(judge("≥90%", "80%以下", JULY)).toMatchObject({ light: "yellow", actual: 80 });
  // Toward the target's side the bound is what is proven: 不低于50人 is on schedule for 100 a year in July.
  expect(judge("≥100人", "不低于50人", JULY)).toMatchObject({ light: "green", actual: 50 });
});

test("PERF.STATUS and the self-evaluation score read the claim as the check does", () => {
  expect(status([[">90%"]], "超过90%")).toBe("达标");
  expect(status([["≤50万元"]], "超过50万元")).toBe("未达标");
  expect(status([["≤50万元"]], "50万元以上")).toBe("无法识别");
  expect(score(">90%", "超过90%")).toBe(10);
  expect(score("≤50万元", "50万元以上")).toBeNull();
  expect(score("≤50万元", "60万元以上")).toBeCloseTo(8, 6);
  expect(score("≥95%", "不低于76%")).toBeCloseTo(8, 6);
});

// ───────────────────────────── the property ─────────────────────────────

type Form = { words: string; low: number | null; lowIn: boolean; high: number | null; highIn: boolean };
/** Each way of writing a one-sided value of b in unit, with the values it allows (ends included or not). */
function claim(kind: string, b: number, u: string): Form {
  const place = 10 ** (String(b).length - String(b).replace(/0+$/, "").length);
  const above = (words: string, lowIn: boolean) => ({ words, low: b, lowIn, high: null, highIn: false });
  const below = (words: string, highIn: boolean) => ({ words, low: 0, lowIn: true, high: b, highIn });
  switch (kind) {
    case "以上":
      return above(`${b}${u}以上`, true);
    case "不低于":
      return above(`不低于${b}${u}`, true);
    case "超过":
      return above(`超过${b}${u}`, false);
    case "逾": // verdict52: clerks' shorthand, 逾90% / 90%+
      return above(`逾${b}${u}`, false);
    case "+":
      return above(`${b}${u}+`, true);
    case "近": // verdict52: about b and below it, nine tenths of it at least
      return { words: `近${b}${u}`, low: b * 0.9, lowIn: true, high: b, highIn: false };
    case "余": // 30余人 is 30 to 40, 35余人 35 to 36 (by the place of the last digit); not said of a share.
      return u === "%" ? above(`超过${b}${u}`, false) : { ...above(`${b}余${u}`, false), high: b + place };
    case "以下":
      return below(`${b}${u}以下`, true);
    case "以内":
      return below(`${b}${u}以内`, true);
    default:
      return below(`低于${b}${u}`, false);
  }
}

/** Values the claim allows: its ends (or just inside), the target's numbers and their neighbours, far ones. */
function allowed(form: Form, limits: number[], far: number): number[] {
  const d = 1e-6;
  const candidates = [
    form.low === null ? 0 : form.lowIn ? form.low : form.low + d,
    form.high === null ? far : form.highIn ? form.high : form.high - d,
    ...limits.flatMap((limit) => [limit - 1, limit - d, limit, limit + d, limit + 1]),
    far,
  ];
  return candidates.filter(
    (x) =>
      x >= 0 &&
      (form.low === null || (form.lowIn ? x >= form.low : x > form.low)) &&
      (form.high === null || (form.highIn ? x <= form.high : x < form.high)),
  );
}

const GOOD = new Set(["green", "blue"]);

test("property: a verdict given is the verdict of some value the claim allows, and met only when all of them meet", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 200 }),
      fc.constantFrom("%", "人").chain((unit) => fc.tuple(fc.constant(unit), anyTarget(unit))),
      fc.constantFrom("以上", "不低于", "超过", "余", "以下", "以内", "低于", "逾", "+", "近"),
      fc.constantFrom(YEAR_END, JULY),
      (b, [unit, { target, limits }], kind, settings) => {
        const form = claim(kind, b, unit);
        const got = judge(target, form.words, settings);
        const far = unit === "%" ? 999 : 100_000;
        const lightsOn = (on: typeof settings) =>
          allowed(form, limits, far).map((x) => (judge(target, `${x.toFixed(7)}${unit}`, on) as IndicatorResult).light);
        const lights = lightsOn(settings);
        if (got.light === "none") {
          // Cannot tell: the values allowed give different lights, now or at the deadline (before it one thing, 1人,
          // is on track whatever is typed).
          expect(got.status).toBe("unknown");
          // Green and blue are one verdict (verdict52b): both met, the claim judged at its least.
          const verdicts = (ls: string[]) => new Set(ls.map((l) => (GOOD.has(l) ? "good" : l))).size;
          expect(Math.max(verdicts(lights), verdicts(lightsOn(YEAR_END)))).toBeGreaterThan(1);
          return;
        }
        expect(lights).toContain(got.light);
        if (GOOD.has(got.light)) for (const l of lights) expect(GOOD.has(l)).toBe(true);
      },
    ),
    { numRuns: 400 },
  );
});
