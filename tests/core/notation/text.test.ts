import fc from "fast-check";
import { formatCode } from "../../../src/core/numberFormat";
import {
  canonicalUnit,
  compactText,
  isDateFormat,
  isPercentFormat,
  lowerIsBetter,
  normalizeText,
  parseDateText,
  parseQuantity,
  isMoneyContext,
  readProjectPeriod,
  unreadGluedEnd,
} from "../../../src/core/notation/text";
import { chineseInteger } from "../../../src/core/locale/zh";

describe("normalizeText", () => {
  test.each([
    ["９０％", "90%"],
    ["＞＝　９０", ">= 90"],
    ["  ≧ 90 % ", "≥ 90 %"],
    ["ＡＢＣ１２３", "ABC123"],
    ["１，２００（万元）", "1,200(万元)"],
    ["a\u200bb", "ab"],
    ["x\u00a0\u3000 y", "x y"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test("compactText drops every space and writes >= as ≥", () => {
    expect(compactText(" > = 9 0 ％ ")).toBe("≥90%");
    expect(compactText("<=5%。")).toBe("≤5%");
    expect(compactText("“及时保障”")).toBe("及时保障");
  });
});

describe("parseDateText", () => {
  test.each([
    ["2024年12月31日", undefined, "2024-12-31"],
    ["2024-12-31", undefined, "2024-12-31"],
    ["2024/1/5", undefined, "2024-01-05"],
    ["2024.12.31", undefined, "2024-12-31"],
    ["２０２４年６月３０日前", undefined, "2024-06-30"],
    ["2024年2月", undefined, "2024-02-29"],
    ["2024年底", undefined, "2024-12-31"],
    ["12月底前", 2024, "2024-12-31"],
    ["3月31日", 2023, "2023-03-31"],
    ["年底前", 2025, "2025-12-31"],
    ["年内", 2024, "2024-12-31"],
    ["上半年", 2024, "2024-06-30"],
    ["第一季度", 2024, "2024-03-31"],
    ["截至2024年7月31日", undefined, "2024-07-31"],
  ])("%s (year %s) → %s", (text, year, iso) => {
    expect(parseDateText(text, year)).toBe(iso);
  });

  test.each([["12月底前"], ["年底前"], ["2024年13月1日"], ["2024-02-30"], ["90%"], ["及时保障"], ["3个月以内"], [""]])(
    "%s → null",
    (text) => {
      expect(parseDateText(text)).toBeNull();
    },
  );
});

describe("parseQuantity", () => {
  test.each([
    ["86人", 86, "人"],
    ["1,200 万元", 1200, "万元"],
    ["98%", 98, "%"],
    ["１２天", 12, "日"],
    ["100百分比", 100, "%"],
    ["0.5‰", 0.5, "‰"],
    ["80M", 80, "M"],
    ["42", 42, null],
    ["1次/月", 1, "次/月"],
    ["两次", 2, "次"],
    ["百分之九十", 90, "%"],
  ])("%s → %d %s", (text, value, unit) => {
    expect(parseQuantity(text)).toEqual({ value, unit });
  });

  test.each([["≥90%"], ["90%-95%"], ["及时"], [""], ["1.2.3"]])("%s → null", (text) => {
    expect(parseQuantity(text)).toBeNull();
  });

  // reader45: a comma is a thousands separator only before groups of exactly three digits, after one to three digits;
  // else it separates a list (was read as one number: 1100650, 12345, 1000600600).
  test.each([["1100,650"], ["1,2345"], ["1000,600,600"], ["12,34"]])("%s is a list, not one number → null", (text) => {
    expect(parseQuantity(text)).toBeNull();
  });

  test.each([
    ["12,500.5元", 12500.5, "元"],
    ["1,234,567人次", 1234567, "人次"],
    ["100,200人", 100200, "人"],
  ])("%s keeps its thousands separators → %d %s", (text, value, unit) => {
    expect(parseQuantity(text)).toEqual({ value, unit });
  });
});

describe("lowerIsBetter", () => {
  test.each([
    [{ level2: "成本指标" }, true],
    [{ level1: "成本指标", level2: "经济成本指标" }, true],
    [{ level2: "成本指标", name: "预算执行率" }, false],
    [{ name: "差错率" }, true],
    [{ name: "案件投诉率" }, true],
    [{ name: "错捕率" }, true],
    [{ name: "撤案率" }, true],
    [{ name: "不起诉率" }, true],
    [{ name: "无罪判决率" }, true],
    [{ name: "安全事故发生率" }, true],
    [{ name: "人均培训成本" }, true],
    [{ name: "投诉处理及时率" }, false],
    [{ name: "故障修复率" }, false],
    // the rate of any bad thing (review37): 发病率, 失业率, 闲置率 …; the stem alone names good work on it
    [{ name: "传染病发病率" }, true],
    [{ name: "慢性病患病率" }, true],
    [{ name: "城镇登记失业率" }, true],
    [{ name: "资金闲置率" }, true],
    [{ name: "药品不良反应发生率" }, true],
    [{ name: "失业保险参保率" }, false],
    [{ name: "闲置资产盘活率" }, false],
    [{ name: "传染病发病率下降幅度" }, false],
    [{ name: "损失挽回率" }, false],
    [{ level2: "数量指标", name: "保障人数" }, false],
    [{ level2: "质量指标", name: "验收合格率" }, false],
    [{}, false],
  ])("%j → %s", (ctx, expected) => {
    expect(lowerIsBetter(ctx)).toBe(expected);
  });
});

describe("formats, units and numbers", () => {
  test("date number formats", () => {
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat("m/d/yy")).toBe(true);
    expect(isDateFormat("[$-804]yyyy年m月d日")).toBe(true);
    expect(isDateFormat("General")).toBe(false);
    expect(isDateFormat("0.00%")).toBe(false);
    expect(isDateFormat('#,##0.00"元"')).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });

  test("date number formats: one class of day and year tokens answers as the four patterns did (session 61)", () => {
    // The patterns became module constants (a literal made a RegExp per call); [dye] is /[dy]/ or /e{1,2}/.
    const before = (format: string): boolean => {
      const code = formatCode(format);
      if (code === "general" || code.includes("%")) return false;
      return /[dy]/.test(code) || /e{1,2}/.test(code) || (/m/.test(code) && !/[hs0#]/.test(code));
    };
    const token = fc.constantFrom(...'dDyYeEmMhHsS0#%.,;/-:年月日 "[]$@G'.split(""), "General", "G/通用格式");
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const format = tokens.join("");
        expect(isDateFormat(format)).toBe(format === "" ? false : before(format));
      }),
      { numRuns: 2000 },
    );
  });

  test("percent number formats", () => {
    expect(isPercentFormat("0%")).toBe(true);
    expect(isPercentFormat("0.00%")).toBe(true);
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isPercentFormat("General")).toBe(false);
  });

  test("canonical units", () => {
    expect(canonicalUnit("百分比")).toBe("%");
    expect(canonicalUnit("％")).toBe("%");
    expect(canonicalUnit("（%）")).toBe("%");
    expect(canonicalUnit("天")).toBe("日");
    expect(canonicalUnit("个工作日")).toBe("工作日");
    expect(canonicalUnit("平方公里")).toBe("平方公里");
  });

  test("small Chinese integers", () => {
    expect(chineseInteger("三")).toBe(3);
    expect(chineseInteger("十二")).toBe(12);
    expect(chineseInteger("二十")).toBe(20);
    expect(chineseInteger("九十五")).toBe(95);
    expect(chineseInteger("一百零五")).toBe(105);
    expect(chineseInteger("二三")).toBeNull();
    expect(chineseInteger("")).toBeNull();
  });

  test("money context", () => {
    expect(isMoneyContext({ level2: "成本指标" })).toBe(true);
    expect(isMoneyContext({ name: "办案经费" })).toBe(true);
    expect(isMoneyContext({ unit: "万元" })).toBe(true);
    expect(isMoneyContext({ name: "培训人次" })).toBe(false);
  });
});

describe("readProjectPeriod: the 项目期 / 项目起止时间 / 建设周期 of real header blocks", () => {
  test.each([
    ["2022年3月-2023年11月", "2022-03-01", "2023-11-30"],
    ["2022.01-2023.12", "2022-01-01", "2023-12-31"],
    ["2023年1月至12月", "2023-01-01", "2023-12-31"],
    ["202001-202012", "2020-01-01", "2020-12-31"],
    // A one-digit month glued to its year (湘潭's 项目实施进度计划 writes 20246 | 20251): nothing else it could be.
    ["20246-20251", "2024-06-01", "2025-01-31"],
    ["2022-2024年", "2022-01-01", "2024-12-31"],
    ["2022年—2024年", "2022-01-01", "2024-12-31"],
    ["2022年度", "2022-01-01", "2022-12-31"],
    ["2022年1月1日至2022年12月31日", "2022-01-01", "2022-12-31"],
  ])("%s", (text, start, end) => {
    expect(readProjectPeriod(text, 2022)).toEqual({ start, end });
  });

  test.each([
    "1年",
    "三年",
    "3年",
    "长期",
    "",
    "按合同执行",
    "2024-2022年",
    "202013-202112",
    "3月-11月份以后",
    // 湘潭 2024: 202516 is no year and month (2025年1月6日? a slip?): not guessed.
    "20246-202516",
  ])("%s: no dated period", (text) => {
    expect(readProjectPeriod(text, 2022)).toBeNull();
  });

  test("a glued end of no single reading is named, a readable one is not", () => {
    expect(unreadGluedEnd("20246-202516")).toBe("202516");
    expect(unreadGluedEnd("20246-20251")).toBeNull();
    expect(unreadGluedEnd("2024年6月-2025年1月")).toBeNull();
  });

  test("months alone take the budget year", () => {
    expect(readProjectPeriod("3月-11月", 2022)).toEqual({ start: "2022-03-01", end: "2022-11-30" });
  });
});
