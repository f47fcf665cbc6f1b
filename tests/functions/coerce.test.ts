/** Coercion of what Excel hands over, one kind at a time. */
import {
  errorOf,
  show,
  toDate,
  toIndicatorType,
  toLang,
  toMethod,
  toNumber,
  toCellValue,
  toTargetCells,
  toYear,
} from "../../src/functions/coerce";
import { Problem } from "../../src/functions/errors";
import { MONEY_UNITS, NUMBER_UNITS } from "../../src/functions/vocabulary";

describe("toTargetCells", () => {
  it("one cell, sign + value + unit, sign + value, value + unit", () => {
    expect(toTargetCells([["≥90%"]])).toEqual({ value: "≥90%" });
    expect(toTargetCells("≥90%")).toEqual({ value: "≥90%" });
    expect(toTargetCells([["≥", 90, "%"]])).toEqual({ value: 90, sign: "≥", unit: "%" });
    expect(toTargetCells([["≥"], [90], ["%"]])).toEqual({ value: 90, sign: "≥", unit: "%" });
    expect(toTargetCells([["不低于", 90]])).toEqual({ value: 90, sign: "不低于" });
    expect(toTargetCells([[90, "人"]])).toEqual({ value: 90, unit: "人" });
    expect(toTargetCells([["", 90, ""]])).toEqual({ value: 90 });
  });

  it("rejects blocks and long rows; passes error cells on as problems", () => {
    expect(
      toTargetCells([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual(new Problem("targetShape"));
    expect(toTargetCells([[1, 2, 3, 4]])).toEqual(new Problem("targetShape"));
    expect(toTargetCells([["≥", { error: "#N/A" }, "%"]])).toEqual(new Problem("errorValue", "#N/A"));
  });
});

describe("toCellValue", () => {
  it("a range where one cell is wanted is said in the formula's language, not in both", () => {
    const problem = toCellValue([[1, 2]]) as Problem;
    expect(problem.message("en")).toBe("Value cannot be used: several cells");
    expect(problem.message("zh")).toBe("无法使用的值：多个单元格");
  });
});

describe("toIndicatorType", () => {
  it("sorts cells into 一级 / 二级 by vocabulary; the rest is the indicator's name", () => {
    expect(toIndicatorType([["产出指标", "成本指标", "设备采购成本"]])).toMatchObject({
      level1: "产出指标",
      level2: "成本指标",
      name: "设备采购成本",
    });
    expect(toIndicatorType([["成本"]])).toMatchObject({ level2: "成本" });
    expect(toIndicatorType([["满意度指标"]])).toMatchObject({ level1: "满意度指标" });
    expect(toIndicatorType([["服务对象满意度指标"]])).toMatchObject({ level2: "服务对象满意度指标" });
    expect(toIndicatorType([["案件 差错率"]])).toMatchObject({ name: "案件差错率" });
    expect(toIndicatorType(null)).toEqual({ key: "" });
  });

  it("the same levels give the same memo key; different levels do not", () => {
    const a = toIndicatorType([["成本指标"]]) as { key: string };
    const b = toIndicatorType("成本指标") as { key: string };
    const c = toIndicatorType([["数量指标"]]) as { key: string };
    expect(a.key).toBe(b.key);
    expect(a.key).not.toBe(c.key);
  });
});

describe("numbers, dates, words", () => {
  it("numbers from numbers and text, with the units each kind allows", () => {
    expect(toNumber(" 1,200.5 ", NUMBER_UNITS)).toBe(1200.5);
    expect(toNumber("45%", NUMBER_UNITS)).toBeCloseTo(0.45, 12);
    expect(toNumber("10分", NUMBER_UNITS)).toBe(10);
    expect(toNumber("3亿元", MONEY_UNITS)).toBe(30_000);
    expect(toNumber("5000元", MONEY_UNITS)).toBeCloseTo(0.5, 12);
    expect(toNumber("", NUMBER_UNITS)).toBeNull();
    expect(toNumber("5人", MONEY_UNITS)).toEqual(new Problem("badNumber", "5人"));
    expect(toNumber(Number.NaN, NUMBER_UNITS)).toEqual(new Problem("badNumber", "NaN"));
  });

  it("dates from serials and text; years from numbers and dates", () => {
    expect(toDate(45504)).toBe("2024-07-31");
    expect(toDate(45504.75)).toBe("2024-07-31");
    expect(toDate("2024/7/31")).toBe("2024-07-31");
    expect(toDate("2024.07.31")).toBe("2024-07-31");
    expect(toDate(undefined)).toBeNull();
    expect(toDate(-3)).toEqual(new Problem("badDate", "-3"));
    expect(toYear(2024)).toBe(2024);
    expect(toYear(45504)).toBe(2024);
    expect(toYear("2024年7月31日")).toBe(2024);
  });

  it("a year of full-width digits is that year, as 2024年 and ２０２４年 are (review40)", () => {
    expect([toYear("２０２４"), toYear(" ２０２４ "), toYear("２０２４年"), toYear("2024年度")]).toEqual([
      2024, 2024, 2024, 2024,
    ]);
    expect(toYear("２０２４５")).toEqual(new Problem("badYear", "２０２４５"));
  });

  it("a number that is no whole year is a date serial only of a plausible date; a year is not a date", () => {
    for (const year of [2023.5, 1899, 1000, 20244, 0.5, 99999])
      expect(toYear(year)).toEqual(new Problem("badYear", String(year)));
    expect(toYear("20244")).toEqual(new Problem("badYear", "20244"));
    expect([toYear(1900), toYear(9999), toYear("2023"), toYear(45504.5)]).toEqual([1900, 9999, 2023, 2024]);
    expect(toDate(2023)).toEqual(new Problem("yearNotDate", "2023"));
    expect(toDate(1000)).toEqual(new Problem("badDate", "1000"));
    expect(toDate(20244)).toEqual(new Problem("badDate", "20244"));
    expect(toDate("20244")).toEqual(new Problem("badDate", "20244"));
    expect(toDate(2023.5)).toEqual(new Problem("badDate", "2023.5"));
    // The plausible span, as for dates in text: 1990-01-01 … 2100-12-31.
    expect([toDate(32874), toDate(73415)]).toEqual(["1990-01-01", "2100-12-31"]);
    expect([toDate(32873), toDate(73416)]).toEqual([new Problem("badDate", "32873"), new Problem("badDate", "73416")]);
  });

  it("language and method words", () => {
    expect(["", null, "zh", "中文", "CN"].map(toLang)).toEqual(["zh", "zh", "zh", "zh", "zh"]);
    expect(["en", " English ", "英文"].map(toLang)).toEqual(["en", "en", "en"]);
    expect(toLang(1)).toEqual(new Problem("badLang", "1"));
    expect(toMethod(undefined)).toBe("interpolate");
    expect(toMethod("阶梯")).toBe("step");
  });

  it("takes the names every object has for words it does not know (property test seed 1026943048)", () => {
    for (const word of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(toLang(word)).toEqual(new Problem("badLang", word));
      expect(toMethod(word)).toEqual(new Problem("badMethod", word));
    }
  });

  it("error values in every shape a host uses, and messages that never throw", () => {
    expect(errorOf({ error: "#N/A" })).toBe("#N/A");
    expect(errorOf({ code: "#DIV/0!" })).toBe("#DIV/0!");
    expect(errorOf({ type: "Error", basicValue: "#REF!" })).toBe("#REF!");
    expect(errorOf("text")).toBeNull();
    expect(show(Object.create(null))).toBe("#VALUE!");
    expect(show([[1]])).toBe("[…]");
  });
});
