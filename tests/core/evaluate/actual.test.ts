import { cellKey } from "../../../src/core/a1";
import { readActual, readGrade } from "../../../src/core/evaluate/actual";
import type { CellReading } from "../../../src/core/types";
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
    ["12月20日", "2024-12-20"], // the year comes from the deadline
  ])("%p → %s", (value, iso) => {
    expect(readActual(value, due)).toEqual({ kind: "date", date: iso });
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
// that is over it: read as 50 it was met (green), a cost overrun shown as within budget. Now not judged, and said.
test.each([
  ["50余万元", num("<=", 50, "万元")],
  ["2000多人", num("<=", 2000, "人")],
  ["500000余元", num("<=", 50, "万元")],
  // The same said before the number (超过 / 高于 / 大于 / >); not ≥ or 不少于, which include it.
  ["超过50万元", num("<=", 50, "万元")],
  ["大于2000人", num("<=", 2000, "人")],
  [">50万元", num("<=", 50, "万元")],
])("%p against %p is more than the cap, not at it", (value, target) => {
  expect(readActual(value, target)).toMatchObject({ kind: "invalid", text: { code: "actual.more-than-cap" } });
});

test("more than a number below the cap, or beyond it, reads as before", () => {
  expect(readActual("40余万元", num("<=", 50, "万元"))).toEqual({ kind: "number", value: 40 });
  expect(readActual("60余万元", num("<=", 50, "万元"))).toEqual({ kind: "number", value: 60 });
  expect(readActual("50余万元", num(">=", 50, "万元"))).toEqual({ kind: "number", value: 50 });
  expect(readActual("不超过50万元", num("<=", 50, "万元"))).toEqual({ kind: "number", value: 50 });
  expect(readActual("大于等于50万元", num("<=", 50, "万元"))).toEqual({ kind: "number", value: 50 });
  expect(readActual("≥50万元", num("<=", 50, "万元"))).toEqual({ kind: "number", value: 50 });
});
