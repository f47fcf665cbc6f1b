import { cellKey } from "../../../src/core/a1";
import { readActual, readGrade } from "../../../src/core/evaluate/actual";
import type { CellReading } from "../../../src/core/types";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { status } from "../../../src/functions/functions";
import { change, deadline, duration, missing, num, qualitative } from "./targets";

const cell = cellKey(5, 6);
const reading = (value: CellReading["value"], numberFormat?: string): CellReading => ({ cell, value, numberFormat });

describe("readActual: numbers in the target's unit", () => {
  test.each([
    [98, num(">=", 90, "%"), 98],
    [0.5, num("<=", 1.8, "%"), 0.5],
    [86, num("=", 86, "人", false), 86],
    ["12人", num("=", 12, "人", false), 12],
    ["85%", num(">=", 90, "%"), 85],
    ["98.5 %", num(">=", 90, "%"), 98.5],
    ["９８．５％", num(">=", 90, "%"), 98.5],
    ["约 30 人", num(">=", 50, "人"), 30],
    ["1,200万元", num("<=", 1500, "万元"), 1200],
    ["180000元", num("<=", 90, "万元"), 18],
    ["1.2‰", num("<=", 1.8, "%"), 0.12],
    ["100%（已完成）", num("=", 100, "%", false), 100],
    // “More than” after the number or its magnitude (breaker49): before, 2000余人 was in the unit 余人 (无法识别) and
    // 1.2万余 against a bare ≥10000 was 1.2 (未达标, red).
    ["2000余人", num(">=", 1500, "人"), 2000],
    ["2000多人", num(">=", 1500, "人"), 2000],
    ["1万余人次", num(">=", 10000, "人次"), 10000],
    ["1.2万余", num(">=", 10000, null), 12000],
    ["2千多", num(">=", 1500, null), 2000],
    ["百余人", num(">=", 80, "人"), 100],
    ["30余万元", num("<=", 50, "万元"), 30],
    // Against a target without a unit the unit is left out, but not its 万 / 亿 (breaker49): 1.2万人次 against a bare
    // ≥10000 was 1.2 (未达标, red). Money keeps its reading (a bare money target is in the table's unit).
    ["1.2万人次", num(">=", 10000, null), 12000],
    ["约3万亩", num(">=", 20000, null), 30000],
    ["12人", num(">=", 10, null), 12],
    ["1.2万元", num("<=", 50, null), 1.2],
  ])("%p against %p reads %p", (value, target, expected) => {
    const got = readActual(value, target);
    expect(got.kind).toBe("number");
    if (got.kind === "number") expect(got.value).toBeCloseTo(expected, 10);
  });

  test("a percentage-formatted cell is scaled; elsewhere 0–1 is a fraction only against a % to reach", () => {
    expect(readActual(reading(0.92, "0%"), num(">=", 90, "%"))).toEqual({ kind: "number", value: 92 });
    expect(readActual(reading(0.021, "0.0%"), num("<=", 1.8, "%"))).toEqual({ kind: "number", value: 2.1 });
    // docs/domain.md#actual-values: as PERF.STATUS reads it (review33: 0.96 against ≥95% was 0.96 %, missed).
    const fraction = { kind: "number", value: 92, fraction: 0.92 };
    expect(readActual(reading(0.92, "General"), num(">=", 90, "%"))).toEqual(fraction);
    expect(readActual(reading(0.92, "0.00"), num(">=", 90, "%"))).toEqual(fraction);
    expect(readActual(reading(0.5, "General"), num("<=", 1.8, "%"))).toEqual({ kind: "number", value: 0.5 });
    expect(readActual(reading(0.5, "General"), num(">=", 1, "%"))).toEqual({ kind: "number", value: 0.5 });
  });

  test("units that do not convert are reported, not guessed", () => {
    const got = readActual("30人", num(">=", 90, "%"));
    expect(got.kind).toBe("invalid");
    if (got.kind === "invalid") expect(got.reason).toContain("单位");
  });

  test("text that is no number is invalid; blanks and dashes are empty; errors are invalid", () => {
    expect(readActual("待定", num(">=", 90, "%")).kind).toBe("invalid");
    expect(readActual("良好", num(">=", 90, "%")).kind).toBe("invalid"); // praise answers no number
    // An achievement (the monitoring template's 达成 / 已完成 …) is an answer: gradeForNumber.test.ts.
    expect(readActual("已完成", num(">=", 90, "%"))).toEqual({ kind: "grade", grade: "achieved" });
    expect(readActual(true, num(">=", 90, "%")).kind).toBe("invalid");
    expect(readActual(null, num(">=", 90, "%"))).toEqual({ kind: "empty" });
    expect(readActual("  ", num(">=", 90, "%"))).toEqual({ kind: "empty" });
    expect(readActual("—", num(">=", 90, "%"))).toEqual({ kind: "empty" });
    expect(readActual(reading(null), num(">=", 90, "%"))).toEqual({ kind: "empty" });
    const err = readActual({ error: "#N/A" }, num(">=", 90, "%"));
    expect(err.kind).toBe("invalid");
  });

  test("change actuals carry their direction", () => {
    expect(readActual("提高12%", change(10))).toEqual({ kind: "number", value: 12 });
    expect(readActual("下降4%", change(-3))).toEqual({ kind: "number", value: -4 });
    expect(readActual("较上年增长5%", change(10))).toEqual({ kind: "number", value: 5 });
    // An unsigned number against a fall is the size of the fall.
    expect(readActual(4, change(-3))).toEqual({ kind: "number", value: -4 });
    expect(readActual("+2%", change(-3))).toEqual({ kind: "number", value: 2 });
    // What changed named first, as its target names it (蚕茶卫生院 2021: 体检率提高2% answered 体检率下降1%).
    expect(readActual("体检率下降1%", change(2))).toEqual({ kind: "number", value: -1 });
    expect(readActual("签约率提高1%", change(1))).toEqual({ kind: "number", value: 1 });
    // Against a level, such words are no number (费用减少5万元 is no amount of 费用).
    expect(readActual("费用减少5万元", num(">=", 5, "万元")).kind).toBe("invalid");
  });

  test("durations convert within time units", () => {
    expect(readActual("5天", duration(7, "日"))).toEqual({ kind: "number", value: 5 });
    expect(readActual("2周", duration(30, "日"))).toEqual({ kind: "number", value: 14 });
  });
});

describe("readActual: completion dates", () => {
  const due = deadline("2024-12-31");
  test.each([
    [reading(45646, "yyyy-mm-dd"), "2024-12-20"],
    [reading(45646, 'yyyy"年"m"月"d"日"'), "2024-12-20"],
    [45646, "2024-12-20"], // custom functions get values without formats
    ["2024年12月20日", "2024-12-20"],
    ["2024-12-20", "2024-12-20"],
    ["2024.12.20", "2024-12-20"],
  ])("%p → %s", (value, iso) => {
    expect(readActual(value, due)).toEqual({ kind: "date", date: iso });
  });

  test("the year comes from the deadline, and that it was not typed is kept to be said (verdict54)", () => {
    expect(readActual("12月20日", due)).toEqual({ kind: "date", date: "2024-12-20", yearless: "12月20日" });
  });

  test("a done/not-done word is kept as a grade; other text is invalid", () => {
    expect(readActual("已完成", due)).toEqual({ kind: "grade", grade: "achieved" });
    expect(readActual("未完成", due)).toEqual({ kind: "grade", grade: "not" });
    expect(readActual("下周", due).kind).toBe("invalid");
    expect(readActual(12, due).kind).toBe("invalid");
  });
});

describe("readActual: grades", () => {
  test.each([
    ["达成", "achieved"],
    ["完成", "achieved"],
    ["是", "achieved"],
    ["达成预期指标", "achieved"],
    ["优", "achieved"],
    ["好", "achieved"],
    ["已完成。", "achieved"],
    ["部分达成", "partly"],
    ["基本完成", "partly"],
    ["部分达成预期指标并具有一定效果", "partly"],
    ["良", "partly"],
    ["较好", "partly"],
    ["一般", "partly"],
    ["未达成", "not"],
    ["未完成", "not"],
    ["否", "not"],
    ["未达成预期指标且效果较差", "not"],
    ["差", "not"],
    // Said of the target reached (江西 整体支出绩效自评表, 蚕茶卫生院 2021).
    ["达成目标值", "achieved"],
    ["全部达成", "achieved"],
    ["已达到目标值", "achieved"],
    ["部分完成目标", "partly"],
    ["未达到目标值", "not"],
  ])("%s → %s", (word, grade) => {
    expect(readGrade(word)).toBe(grade);
    expect(readActual(word, qualitative("及时保障"))).toEqual({ kind: "grade", grade });
  });

  // Issue 13: an actual that restates its target is met; one that restates it negated is missed.
  test.each([
    ["及时", "及时", "achieved"],
    ["按计划实施", "按计划实施", "achieved"],
    ["按计划实施", "已按计划实施。", "achieved"],
    ["有效", "有效", "achieved"],
    ["及时", "未及时", "not"],
    ["按计划实施", "未按计划实施", "not"],
    ["及时保障", "没有及时保障", "not"],
  ])("target %s, actual %s → %s", (target, actual, grade) => {
    expect(readActual(actual, qualitative(target))).toEqual({ kind: "grade", grade });
  });

  test("booleans are grades, numbers and other words are not", () => {
    expect(readActual(true, qualitative("及时保障"))).toEqual({ kind: "grade", grade: "achieved" });
    expect(readActual(false, qualitative("及时保障"))).toEqual({ kind: "grade", grade: "not" });
    expect(readActual(100, qualitative("及时保障")).kind).toBe("invalid");
    expect(readActual("还行吧", qualitative("及时保障")).kind).toBe("invalid");
    expect(readGrade("不好说")).toBeNull();
  });

  test("against a target that is not understood the actual is still read", () => {
    expect(readActual("85%", missing("**人"))).toEqual({ kind: "number", value: 85 });
    expect(readActual("达成", missing("**人"))).toEqual({ kind: "grade", grade: "achieved" });
  });
});

test("number formats decide scaling and dates (formats as Excel and ExcelJS give them)", () => {
  const rate = num(">=", 90, "%");
  expect(readActual(reading(0.92, "0.00%"), rate)).toEqual({ kind: "number", value: 92 });
  expect(readActual(reading(92, '0.00"%"'), rate)).toEqual({ kind: "number", value: 92 });
  expect(readActual(reading(0.92, "G/通用格式"), rate)).toEqual({ kind: "number", value: 92, fraction: 0.92 });
  const due = deadline("2024-12-31");
  expect(readActual(reading(45646, "yyyy/m/d"), due)).toEqual({ kind: "date", date: "2024-12-20" });
  expect(readActual(reading(45646, "[$-F800]dddd, mmmm dd, yyyy"), due)).toEqual({ kind: "date", date: "2024-12-20" });
  expect(readActual(reading(45646, "m/d/yy"), due)).toEqual({ kind: "date", date: "2024-12-20" });
  // A small number formatted as a date is still a date; unformatted it is not.
  expect(readActual(reading(3000, "yyyy-mm-dd"), due)).toEqual({ kind: "date", date: "1908-03-18" });
  expect(readActual(reading(3000, "#,##0.00_);[Red](#,##0.00)"), due).kind).toBe("invalid");
});

// review49: 余 / 多 say more than the number. At a cap's own number (50余万元 against ≤50万元, 2000余人 against ≤2000人)
// that is over it: read as 50 it was met (green), a cost overrun shown as within budget. verdict51: every value the
// claim allows is over the cap, so it is judged so (the claim kept for the judge: red, said), no longer left unjudged.
test.each([
  ["50余万元", num("<=", 50, "万元")],
  ["2000多人", num("<=", 2000, "人")],
  ["500000余元", num("<=", 50, "万元")],
  // The same said before the number (超过 / 高于 / 大于 / >); not ≥ or 不少于, which include it.
  ["超过50万元", num("<=", 50, "万元")],
  ["大于2000人", num("<=", 2000, "人")],
  [">50万元", num("<=", 50, "万元")],
])("%p against %p is more than the cap, not at it", (value, target) => {
  const read = readActual(value, target);
  expect(read).toMatchObject({ kind: "number", value: target.value, claim: { lowStrict: true, written: "low" } });
  expect(status([[target.raw]], value)).toBe("未达标");
});

// verdict51: the claim (more than 40, below 50) is kept on the number for the judge.
test("more than a number below the cap, or beyond it, reads as before", () => {
  expect(readActual("40余万元", num("<=", 50, "万元"))).toMatchObject({ kind: "number", value: 40 });
  expect(readActual("60余万元", num("<=", 50, "万元"))).toMatchObject({ kind: "number", value: 60 });
  expect(readActual("50余万元", num(">=", 50, "万元"))).toMatchObject({ kind: "number", value: 50 });
  expect(readActual("不超过50万元", num("<=", 50, "万元"))).toEqual({ kind: "number", value: 50 });
  expect(readActual("50万元以上", num(">=", 50, "万元"))).toEqual({ kind: "number", value: 50 });
});

// actuals50: more than a count of time (3个多月, 2年多) is 余 / 多 too: over a cap at its own number (said), meeting a
// floor at it (3个多月 against ≥3个月 is 3, met). Before, 个多月 / 年多 was a unit (实际值单位“个多月”…不一致, no light).
test.each([
  ["3个多月", num(">=", 3, "个月"), 3],
  ["三个多月", num(">=", 3, "个月"), 3],
  ["2年多", num(">=", 2, "年"), 2],
  ["1年余", num(">=", 1, "年"), 1],
  ["3个多月", num("<=", 4, "个月"), 3],
  ["10天多", num("<=", 15, "天"), 10],
])("%p against %p reads %p", (value, target, expected) => {
  expect(readActual(value, target)).toMatchObject({ kind: "number", value: expected });
});

test.each([
  ["3个多月", num("<=", 3, "个月")],
  ["2年多", num("<=", 2, "年")],
  ["1个月余", num("<=", 30, "天")],
])("%p against %p is more than the cap", (value, target) => {
  expect(readActual(value, target)).toMatchObject({ kind: "number", claim: { lowStrict: true } });
  expect(status([[target.raw]], value)).toBe("未达标");
});

// actuals50: a comparison that leaves the value open on one side cannot be judged where that side decides. 以上 / ≥
// include the number (50万元以上 may be exactly 50) but say nothing of how far above: against ≤50万元 it may be over the
// cap — said, not green (review49 had left 50万元以上, 大于等于50万元, ≥50万元 read as 50, met). Below a floor alike.
test.each([
  ["50万元以上", num("<=", 50, "万元"), "actual.may-exceed-cap"],
  ["大于等于50万元", num("<=", 50, "万元"), "actual.may-exceed-cap"],
  ["≥50万元", num("<=", 50, "万元"), "actual.may-exceed-cap"],
  ["不低于50万元", num("<=", 50, "万元"), "actual.may-exceed-cap"],
  ["超过30万元", num("<=", 50, "万元"), "actual.may-exceed-cap"],
  ["30万元以上", num("<", 50, "万元"), "actual.may-exceed-cap"],
  ["3个月以上", num("<=", 3, "个月"), "actual.may-exceed-cap"],
  ["90%以下", num(">=", 90, "%"), "actual.may-miss-floor"],
  ["不超过90%", num(">=", 90, "%"), "actual.may-miss-floor"],
  ["低于95%", num(">=", 90, "%"), "actual.may-miss-floor"],
  ["95%以内", num(">=", 90, "%"), "actual.may-miss-floor"],
])("%p against %p: %s", (value, target, code) => {
  expect(readActual(value, target)).toMatchObject({ kind: "invalid", text: { code } });
});

test("a comparison on the target's side, or past the limit, is read as before", () => {
  expect(readActual("95%以上", num(">=", 90, "%"))).toEqual({ kind: "number", value: 95 });
  expect(readActual("≥90%", num(">=", 90, "%"))).toEqual({ kind: "number", value: 90 });
  expect(readActual("50万元以内", num("<=", 50, "万元"))).toEqual({ kind: "number", value: 50 });
  expect(readActual("25天以内", num("<=", 30, "天"))).toEqual({ kind: "number", value: 25 });
  // Past the limit the bound settles it: 60万元以上 is over ≤50万元, 80%以下 short of ≥90%.
  expect(readActual("60万元以上", num("<=", 50, "万元"))).toMatchObject({ kind: "number", value: 60 });
  expect(readActual("80%以下", num(">=", 90, "%"))).toMatchObject({ kind: "number", value: 80 });
  expect(readActual("50万元以上", num("<", 50, "万元"))).toMatchObject({ kind: "number", value: 50 });
});

// actuals50: what clerks type as counts. Before, each was “应填写数值” (no light) or 1.2 against a bare ≥10000.
test.each([
  ["一万余人", num(">=", 10000, "人"), 10000],
  ["两万人", num(">=", 10000, "人"), 20000],
  ["一万二千人", num(">=", 10000, "人"), 12000],
  ["两万人", num(">=", 1.5, "万人"), 2],
  ["三十余万元", num("<=", 50, "万元"), 30],
  ["二十万", num("<=", 50, "万元"), 20],
  ["1.2万左右", num(">=", 10000, "人"), 12000],
  ["约1.2万人次左右", num(">=", 10000, "人次"), 12000],
  ["1.2萬", num(">=", 10000, null), 12000],
  ["1.2萬人次", num(">=", 10000, "人次"), 12000],
  ["约20万", num("<=", 50, "万元"), 20],
  ["20万余", num("<=", 50, "万元"), 20],
  ["已支付20.5万元", num("<=", 50, "万元"), 20.5],
])("%p against %p reads %p", (value, target, expected) => {
  const got = readActual(value, target);
  expect(got.kind).toBe("number");
  if (got.kind === "number") expect(got.value).toBeCloseTo(expected, 10);
});

test("一万余人 against ≤10000人 is more than the cap", () => {
  expect(readActual("一万余人", num("<=", 10000, "人"))).toMatchObject({ kind: "number", claim: { lowStrict: true } });
  expect(status([["≤10000人"]], "一万余人")).toBe("未达标");
});

// actuals50: a share typed as a number far over the whole (9500 for 95.00, a count against 100%) was 达标 / 绿.
test.each([
  [9500, num(">=", 90, "%")],
  ["9500", num(">=", 90, "%")],
  ["12,000", num("=", 100, "%", false)],
  ["9500%", num(">=", 90, "%")],
])("%p against %p is no percentage: said, not judged", (value, target) => {
  expect(readActual(value, target)).toMatchObject({ kind: "invalid", text: { code: "actual.not-a-percent" } });
});

test("real percentages, fractions and growth stay as read", () => {
  expect(readActual(95, num(">=", 90, "%"))).toEqual({ kind: "number", value: 95 });
  expect(readActual(0.95, num(">=", 90, "%"))).toEqual({ kind: "number", value: 95, fraction: 0.95 });
  expect(readActual(reading(0.95, "0%"), num(">=", 90, "%"))).toEqual({ kind: "number", value: 95 });
  expect(readActual(150, num(">=", 100, "%"))).toEqual({ kind: "number", value: 150 });
  expect(readActual(1000, num(">=", 90, "%"))).toEqual({ kind: "number", value: 1000 });
  // A growth may pass 100 % many times over (parseTarget marks it from the name).
  const growth = parseTarget("≥10%", { name: "营业收入增长率" });
  expect(growth.growth).toBe(true);
  expect(readActual(1500, growth)).toEqual({ kind: "number", value: 1500 });
  // A % cell holding 95 shows 9500%: no share either.
  expect(readActual(reading(95, "0%"), num(">=", 90, "%"))).toMatchObject({ text: { code: "actual.not-a-percent" } });
});

// actuals50: a completion month without its year (已于6月完成) was “时限指标应填写完成日期”; 6月底 read 2024-06-30. A month
// alone is done by its end, in the year of the target's date (the tables' budget year).
test.each([
  ["已于6月完成", deadline("2024-12-31"), "2024-06-30"],
  ["6月已完成", deadline("2024-12-31"), "2024-06-30"],
  ["于六月完成", deadline("2024-12-31"), "2024-06-30"],
  ["已于2月完成", deadline("2024-06-30"), "2024-02-29"],
  ["已于6月完成", parseTarget("6月底前", { budgetYear: 2024 }), "2024-06-30"],
])("%p against %p is done by %p", (value, target, date) => {
  expect(readActual(value, target)).toEqual({ kind: "date", date, yearless: value });
});

test("a month that is none stays no date", () => {
  expect(readActual("已于13月完成", deadline("2024-12-31")).kind).toBe("invalid");
});

// review50: a digit closing a Chinese numeral after its largest place counts the place below, as said (一万二 is
// 12000, 三千五 3500, 一百五 150). 一万二 became 10002 when actuals50 read 两万人 (met against ≥10000, red against
// ≥12000, green under a cap of ≤11000); 三千五 (3005) and 一百五 (105) were so before.
test.each([
  ["一万二", num(">=", 10000, "人"), 12000],
  ["一万二人", num("<=", 11000, "人"), 12000],
  ["三万五", num(">=", 30000, null), 35000],
  ["一亿二", num(">=", 1, "亿元"), 1.2],
  ["三千五人", num(">=", 3000, "人"), 3500],
  ["一百五人", num(">=", 100, "人"), 150],
  ["两千五百人", num(">=", 2000, "人"), 2500],
  // 零 fills a gap: the digit after it is the units.
  ["一万零二人", num(">=", 10000, "人"), 10002],
  ["一百零五人", num(">=", 100, "人"), 105],
  ["一千零五十人", num(">=", 1000, "人"), 1050],
  ["一亿零五百万元", num(">=", 1, "亿元"), 1.05],
  ["十五人", num(">=", 10, "人"), 15],
])("%p against %p reads %p", (value, target, expected) => {
  const got = readActual(value, target);
  expect(got.kind).toBe("number");
  if (got.kind === "number") expect(got.value).toBeCloseTo(expected, 10);
});

// review50: 余 / 多 bound the value from above too — 30余万元 is 30 to 40 万元 (the place of its last digit), 1万多人 1 to
// 2 万, 3个多月 3 to 4 months. Against a cap inside that span it may pass it, as 50万元以上 may: said, not green (was
// 30, met; 10000, met; 3, met). Under the span's end it is read as before.
test.each([
  ["30余万元", num("<=", 35, "万元")],
  ["三十余万元", num("<", 35, "万元")],
  ["1万多人", num("<=", 15000, "人")],
  ["2000余人", num("<=", 2500, "人")],
  ["1.2万余人", num("<=", 12500, "人")],
  ["3个多月", num("<=", 3.5, "个月")],
])("%p against %p may pass the cap", (value, target) => {
  expect(readActual(value, target)).toMatchObject({ kind: "invalid", text: { code: "actual.may-exceed-cap" } });
});

test("余 / 多 whose whole span is under the cap, or that reaches a floor, read as before", () => {
  expect(readActual("30余万元", num("<=", 40, "万元"))).toMatchObject({ kind: "number", value: 30 });
  expect(readActual("1万多人", num("<=", 20000, "人"))).toMatchObject({ kind: "number", value: 10000 });
  expect(readActual("3个多月", num("<=", 4, "个月"))).toMatchObject({ kind: "number", value: 3 });
  expect(readActual("1万多人", num(">=", 10000, "人"))).toMatchObject({ kind: "number", value: 10000 });
  // PERF.STATUS reads it alike (formulas mode): no 达标 under ≤35万元.
  expect(status([["≤35万元"]], "30余万元")).toBe("无法识别");
  expect(status([["≤40万元"]], "30余万元")).toBe("达标");
});
