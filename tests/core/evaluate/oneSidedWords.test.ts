/**
 * A value said from one side in any comparator word the target notation knows (PREFIX_OPS / SUFFIX_OPS): 不足100人,
 * 少于100人, 最多90%, 90%或以下, 50万元之上 … are claims as 低于 / 以下 / 以上 are (docs/domain.md#a-value-said-from-one-side),
 * never their bare number. Review51: each row below was 达标 (green) on int51 — 不足100人 read as 100 against ≥100人.
 */
import { status } from "../../../src/functions/functions";
import { judge, score10 } from "./oneSided";

test.each([
  // Strictly under a floor's own number: short whatever it is.
  ["不足100人", "≥100人", "missed", "未达标"],
  ["不到100人", "≥100人", "missed", "未达标"],
  ["少于100人", "≥100人", "missed", "未达标"],
  // Strictly over a cap's own number: over it.
  ["多于50万元", "≤50万元", "missed", "未达标"],
  // An upper bound reaching a floor, a lower bound within a cap: cannot tell.
  ["最多95%", "≥90%", "unknown", "无法识别"],
  ["至多95%", "≥90%", "unknown", "无法识别"],
  ["不多于95%", "≥90%", "unknown", "无法识别"],
  ["最高95%", "≥90%", "unknown", "无法识别"],
  ["控制在95%以内", "≥90%", "unknown", "无法识别"],
  ["90%或以下", "≥90%", "unknown", "无法识别"],
  ["90%之下", "≥90%", "unknown", "无法识别"],
  ["50万元之上", "≤50万元", "unknown", "无法识别"],
  ["50万元或以上", "≤50万元", "unknown", "无法识别"],
  ["最少50万元", "≤50万元", "unknown", "无法识别"],
  // 优于 says better, not more: which way is better is the indicator's, so it is not read.
  ["优于5%", "≤5%", "unknown", "无法识别"],
])("%p against %p is %p (PERF.STATUS %p)", (actual, target, expected, perf) => {
  expect(judge(target, actual).status).toBe(expected);
  expect(status([[target]], actual)).toBe(perf);
  const score = score10(target, actual);
  if (expected === "unknown") expect(score).toBeNull();
  else expect(score).toBeLessThan(10);
});

test("the same words toward the target's side are judged on the bound written", () => {
  expect(judge("≥90%", "最少95%")).toMatchObject({ status: "met", actual: 95 });
  expect(judge("≥90%", "起码85%")).toMatchObject({ status: "missed", actual: 85 });
  expect(judge("≤50万元", "不多于40万元")).toMatchObject({ status: "met", actual: 40 });
  expect(judge("<5%", "少于5%")).toMatchObject({ status: "met", actual: 5 });
  expect(judge("≤30天", "30天之内")).toMatchObject({ status: "met", actual: 30 });
});

test("a comparator inside a sentence is a claim too, never its bare number; 为 / 达到 state the value", () => {
  expect(judge("≥90%", "满意度不足90%").status).not.toBe("met");
  expect(judge("≤50万元", "支出不低于50万元").status).not.toBe("met");
  expect(judge("≥90%", "满意度为92%")).toMatchObject({ status: "met", actual: 92 });
  expect(judge("≥90%", "满意度达到92%")).toMatchObject({ status: "met", actual: 92 });
  expect(judge("≥90%", "满意度不低于92%")).toMatchObject({ status: "met", actual: 92 });
  expect(judge("≥100人", "参训人数不足100人").status).toBe("missed");
});
