/**
 * Numbers as clerks type them, read by the one reader (plainWrittenNumber, docs/domain.md#actual-values): digits for
 * the numerals of a Chinese number (1万2千, 1万2), a Chinese decimal (一点二万), half a span of time (半年 = 6个月), 月余.
 * Each row was “应填写数值” or a unit mismatch (no light) on the old main.
 */
import { readActual } from "../../../src/core/evaluate/actual";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { amountWritten } from "../../../src/core/read/text";
import { status } from "../../../src/functions/functions";

const target = (t: string) => parseTarget(t, {});

test.each([
  ["1万2千人", "≥10000人", 12000],
  ["1万2", "≥10000人", 12000],
  ["1万2千", "≥12000", 12000],
  ["2万5000人次", "≥10000人次", 25000],
  ["3亿5千万元", "≥1亿元", 3.5],
  ["1万2", "≤50万元", 1.2],
  ["一点二万人", "≥10000人", 12000],
  ["一点五万元", "≤50万元", 1.5],
  ["九十五点五", "≥90%", 95.5],
  ["半年", "≤6个月", 6],
  ["半个月", "≤1个月", 0.5],
  ["半天", "≤1天", 0.5],
  ["一年半", "≤2年", 1.5],
  ["3个半月", "≤4个月", 3.5],
])("%p against %p reads %p", (typed, t, expected) => {
  const read = readActual(typed, target(t));
  expect(read.kind).toBe("number");
  if (read.kind === "number") expect(read.value).toBeCloseTo(expected, 9);
});

test("一万二 against 万元 is 1.2 万元, not 12000 万元 (the largest magnitude written is kept)", () => {
  expect(readActual("一万二", target("≤50万元"))).toEqual({ kind: "number", value: 1.2 });
  expect(amountWritten("一万二")).toBe("1.2万");
  expect(amountWritten("1万2")).toBe("1.2万");
  expect(amountWritten("1万2千元")).toBe("1.2万元");
  expect(amountWritten("一点二万元")).toBe("1.2万元");
});

test("3月余 is 3 to 4 months: met against ≥3个月 and ≤4个月, over ≤3个月 (as 3个月余)", () => {
  for (const typed of ["3月余", "3个月余"]) {
    expect(status([["≥3个月"]], typed)).toBe("达标");
    expect(status([["≤4个月"]], typed)).toBe("达标");
    expect(status([["≤3个月"]], typed)).toBe("未达标");
  }
});

test("PERF.STATUS reads them alike; plain digits and other words as before", () => {
  expect(status([["≥11000人"]], "1万2千人")).toBe("达标");
  expect(status([["≥15000人"]], "1万2")).toBe("未达标");
  expect(status([["≤6个月"]], "半年")).toBe("达标");
  expect(status([["≤5个月"]], "半年")).toBe("未达标");
  expect(readActual("10万人", target("≥10000人"))).toEqual({ kind: "number", value: 100000 });
  expect(readActual("1.2万人", target("≥10000人"))).toEqual({ kind: "number", value: 12000 });
  expect(readActual("一万零二", target("≥10000"))).toEqual({ kind: "number", value: 10002 });
  expect(readActual("半年度", target("≤6个月")).kind).toBe("invalid");
});

test.each([
  // review51b: a year is twelve months, not 365 / 30 = 12.17 (一年半 against ≤18个月 was 18.25 个月, red).
  ["一年半", "≤18个月", 18],
  ["1年", "≤12个月", 12],
  ["18个月", "≤1.5年", 1.5],
  ["半年", "≤0.5年", 0.5],
])("%p against %p reads %p exactly", (typed, t, expected) => {
  expect(readActual(typed, target(t))).toEqual({ kind: "number", value: expected });
  expect(status([[t]], typed)).toBe("达标");
});

test("days and months still convert by 30 days (一个月 meets ≤30天)", () => {
  expect(status([["≤30天"]], "一个月")).toBe("达标");
  expect(status([["≤1个月"]], "31天")).toBe("未达标");
});

test("review51b: 半年度 is said as typed, not as a unit 个月度 nobody wrote", () => {
  for (const t of ["≤6个月", "≥100人"]) {
    const read = readActual("半年度", target(t));
    expect(read.kind).toBe("invalid");
    if (read.kind === "invalid") expect(read.reason).not.toContain("个月度");
  }
  expect(status([["≤6个月"]], "半年")).toBe("达标");
});

// verdict52: a number under 万 as clerks type it was “应填写数值” (no light) on the old main.
test.each([
  ["2千5", "≥2000人", 2500],
  ["一千二", "≥1000人", 1200],
  ["五千", "≥1000人", 5000],
  ["一千二", "≥1000", 1200],
  ["三千五百", "≥3000人次", 3500],
  ["九十五", "≥90%", 95],
  ["九十五%", "≥90%", 95],
  ["三百", "≥200人", 300],
  ["一千二百元", "≤50万元", 0.12],
  ["五千元", "≤50万元", 0.5],
])("%p against %p reads %p", (typed, t, expected) => {
  const read = readActual(typed, target(t));
  expect(read.kind).toBe("number");
  if (read.kind === "number") expect(read.value).toBeCloseTo(expected, 9);
});

// verdict52b: the hundreds written in full after 千 (3千500), and a unit after a number led by digits (2千5人); each
// was “应填写数值” (no light) on the old main.
test.each([
  ["3千500", "≥3000", 3500],
  ["3千500人", "≥3000人", 3500],
  ["3千050人", "≥3000人", 3050],
  ["2千5人", "≥2000人", 2500],
  ["3千5百人次", "≥3000人次", 3500],
  ["3千500元", "≤50万元", 0.35],
])("%p against %p reads %p", (typed, t, expected) => {
  const read = readActual(typed, target(t));
  expect(read.kind).toBe("number");
  if (read.kind === "number") expect(read.value).toBeCloseTo(expected, 9);
  expect(status([[t]], typed)).not.toBe("无法识别");
});

test("digits and 千 before 万 are read whole (verdict53), never 2.5千 万元; 3千50 is not guessed", () => {
  expect(readActual("2千5百万元", target("≥2000万元"))).toEqual({ kind: "number", value: 2500 });
  expect(readActual("3千50人", target("≥3000人")).kind).toBe("invalid"); // 3050 or 3500: not guessed
});

test("a number with 千 keeps it as a magnitude: against a share or 万元 it is no number of the target's kind", () => {
  expect(readActual("五千", target("≥90%")).kind).toBe("invalid");
  expect(readActual("五千", target("≤50万元")).kind).toBe("invalid");
  expect(amountWritten("五千元")).toBe("5千元");
  // Words that start with a numeral stay words.
  expect(readActual("十分满意", target("≥90%")).kind).toBe("invalid");
  expect(readActual("一般", target("≥90%")).kind).toBe("invalid");
});

test("PERF.STATUS reads them as the check does", () => {
  expect(status([["≥2000人"]], "2千5")).toBe("超额");
  expect(status([["≥1500人"]], "一千二")).toBe("未达标");
  expect(status([["≥5000人"]], "五千")).toBe("达标");
});

test.each([
  // verdict52: a digit after the magnitude counts the place below the last one written, as it is said (十万二 = 十二万);
  // 十万二 was 102000 on the old main.
  ["十万二", 120000],
  ["十二万三", 123000],
  ["一万二", 12000],
  ["一万零二", 10002],
  ["三十万五", 350000],
])("%p is %p", (typed, expected) => {
  expect(readActual(typed, target("≥10000"))).toEqual({ kind: "number", value: expected });
});
