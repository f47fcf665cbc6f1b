/**
 * Every PERF.* function called as Excel calls it: scalars, 2-D ranges (any[][]), empty cells (null,
 * undefined, ""), text numbers, 0.92 from a cell formatted as %, serial dates, error values — and the
 * #VALUE! messages for what cannot be used.
 */
import { isoToSerial } from "../../src/core/dates";
import { judgeExecution } from "../../src/core/evaluate/schedule";
import { judgeIndicator } from "../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS, type CellValue } from "../../src/core/types";
import { FunctionError } from "../../src/functions/errors";
import {
  deadline,
  execLight,
  execRate,
  gap,
  grade,
  lag,
  light,
  planned,
  schedule,
  score,
  status,
  target,
  timeProgress,
  version,
} from "../../src/functions/functions";
import packageJson from "../../package.json";

const serial = (iso: string) => isoToSerial(iso) as number;
const valueError = (message: string) => new FunctionError("#VALUE!", message);
/** A cell reference as Excel passes it to an any[][] parameter. */
const cell = (v: unknown) => [[v]];

/** Excel passes null for an omitted optional argument. */
const omitted = null as unknown as undefined;
const MID_YEAR = "2024-07-31";
const AUG_15 = "2024-08-15";

describe("PERF.STATUS", () => {
  it("judges a percentage target strictly when no date is given", () => {
    expect(status(cell("≥90%"), 95)).toBe("达标");
    expect(status(cell("≥90%"), 85)).toBe("未达标");
    expect(status(cell("≥90%"), 90)).toBe("达标");
  });

  it("reads text numbers and text with a unit as the target's unit", () => {
    expect(status(cell("≥90%"), "95")).toBe("达标");
    expect(status(cell("≥90%"), "95%")).toBe("达标");
    expect(status(cell("≥90%"), "８５％")).toBe("未达标");
  });

  it("reads 0.92 (a cell shown as 92%) as 92% against a positive percentage target", () => {
    expect(status(cell("≥90%"), 0.92)).toBe("达标");
    expect(status(cell("≥90%"), 0.85)).toBe("未达标");
    expect(status(cell("=100%"), 1)).toBe("达标");
    // Against ≥1% the plain reading stays: 0.5 is 0.5 %, below the target.
    expect(status(cell("≥1%"), 0.5)).toBe("未达标");
  });

  it("keeps the plain reading for caps: 0.5 against ≤1.8% is 0.5%", () => {
    expect(status(cell("≤1.8%"), 0.5)).toBe("达标");
    expect(status(cell("≤1.8%"), 2.5)).toBe("未达标");
  });

  it("empty actual is 待填报 whatever the date, never an error", () => {
    for (const empty of [null, undefined, "", "   "]) {
      expect(status(cell("≥90%"), empty)).toBe("待填报");
      expect(status(cell("≥90%"), empty, MID_YEAR)).toBe("待填报");
    }
  });

  it("before the deadline: a rate not yet met is 滞后, a met one 正常", () => {
    expect(status(cell("≥90%"), 85, MID_YEAR)).toBe("滞后");
    expect(status(cell("≥90%"), 95, MID_YEAR)).toBe("正常");
    // Caps are in or out at any date.
    expect(status(cell("≤1.8%"), 2.5, MID_YEAR)).toBe("未达标");
  });

  it("pro-rates counts before the deadline (7 of 12 months at 31 July)", () => {
    expect(status(cell("100人"), 60, MID_YEAR)).toBe("正常"); // 60 / 58.3 = 103 %
    expect(light(cell("100人"), 30, MID_YEAR)).toBe("红"); // 51 %
    expect(light(cell("100人"), 40, MID_YEAR)).toBe("黄"); // 69 %
    expect(status(cell("100人"), 130)).toBe("超额"); // strict, ≥ 120 %
  });

  it("takes the date as an Excel serial, ISO text, Chinese date text or a serial typed as text", () => {
    const forms = [serial(MID_YEAR), MID_YEAR, "2024年7月31日", String(serial(MID_YEAR)), cell(serial(MID_YEAR))];
    for (const asOf of forms) expect(status(cell("≥90%"), 85, asOf)).toBe("滞后");
  });

  it("reads the sign, value and unit cells side by side, in a row or a column", () => {
    expect(status([["≥", 90, "%"]], 95)).toBe("达标");
    expect(status([["≥"], [90], ["%"]], 85)).toBe("未达标");
    expect(status([["≥", 90]], 95)).toBe("达标");
    expect(status([[90, "%"]], 95)).toBe("达标");
    expect(status([["≤", 1.8, "%"]], 2.5)).toBe("未达标");
    expect(status([["反向", 5, "%"]], 3)).toBe("达标");
  });

  it("uses the indicator type for direction: a bare amount under 成本指标 is a cap", () => {
    expect(status(cell("90万元"), 95)).toBe("达标");
    expect(status(cell("90万元"), 95, omitted, cell("成本指标"))).toBe("未达标");
    expect(status(cell("90万元"), 85, omitted, [["产出指标", "成本指标", "设备采购成本"]])).toBe("达标");
    expect(status(cell("2%"), 3, omitted, cell("案件差错率"))).toBe("未达标");
  });

  it("judges qualitative targets by grade words and TRUE / FALSE", () => {
    expect(status(cell("及时保障"), "达成")).toBe("达标");
    expect(status(cell("及时保障"), true)).toBe("达标");
    expect(status(cell("及时保障"), false)).toBe("未达标");
    expect(status(cell("及时保障"), "部分达成")).toBe("未达标");
    expect(status(cell("及时保障"), "部分达成", MID_YEAR)).toBe("滞后");
  });

  it("judges date targets by the completion date (text or serial)", () => {
    expect(status(cell("2024年12月31日前"), "2024年12月20日")).toBe("达标");
    expect(status(cell("2024年12月31日前"), serial("2025-01-05"))).toBe("未达标");
  });

  it("a target it cannot understand is 无法识别, not an error", () => {
    expect(status(cell("指标2"), 5)).toBe("无法识别");
    expect(status(cell(""), 5)).toBe("无法识别");
    expect(light(cell("指标2"), 5)).toBe("");
  });

  it("answers in English only when asked; the default is stable Chinese", () => {
    expect(status(cell("≥90%"), 95, omitted, omitted, "en")).toBe("met");
    expect(status(cell("≥90%"), 85, MID_YEAR, omitted, "EN")).toBe("behind");
    expect(status(cell("≥90%"), "", omitted, omitted, "en")).toBe("pending");
    expect(status(cell("≥90%"), 95, omitted, omitted, "")).toBe("达标");
    expect(status(cell("≥90%"), 95, omitted, omitted, "中文")).toBe("达标");
  });

  it("bad arguments give #VALUE! with a Chinese message (English with lang en)", () => {
    expect(status(cell("≥90%"), 95, "明天")).toEqual(valueError("日期无法识别：明天"));
    expect(status(cell("≥90%"), 95, "2024-02-30")).toEqual(valueError("日期无法识别：2024-02-30"));
    expect(status(cell("≥90%"), 95, true)).toEqual(valueError("日期无法识别：TRUE"));
    expect(status(cell("≥90%"), 95, 12)).toEqual(valueError("日期无法识别：12"));
    expect(status(cell("≥90%"), 95, "明天", omitted, "en")).toEqual(valueError("Date not understood: 明天"));
    expect(status(cell("≥90%"), 95, omitted, omitted, "fr")).toEqual(valueError("语言参数只能是 zh 或 en：fr"));
    expect(
      status(
        [
          ["≥", 90],
          ["%", 1],
        ],
        95,
      ),
    ).toEqual(valueError("指标值应为一个单元格，或同一行的 指标性质、指标值、度量单位 三个单元格"));
    expect(status([["≥", 90, "%", "x"]], 95)).toEqual(
      valueError("指标值应为一个单元格，或同一行的 指标性质、指标值、度量单位 三个单元格"),
    );
  });

  it("a target not understood gives #VALUE! with the parser's reason, in the formula's language", () => {
    // A sentence around two quantities (亳州 2023); two areas with their words (东莞 2022) are read since reader44.
    const odd = "暂定量按15次作业且总航时不少于30小时测算";
    expect(target(cell(odd))).toEqual(
      valueError(`指标值无法识别：含有数字，但无法识别为数值、区间、变化幅度或日期：「${odd}」`),
    );
    expect(target(cell(odd), "en")).toEqual(
      valueError(`Target not understood: “${odd}” holds numbers but reads as no number, range, change or date`),
    );
  });

  it("error values in cells give #VALUE! naming the error, whatever shape the host uses", () => {
    expect(status(cell("≥90%"), { error: "#N/A" })).toEqual(valueError("引用的单元格是错误值：#N/A"));
    expect(status(cell({ code: "#DIV/0!", message: "" }), 95)).toEqual(valueError("引用的单元格是错误值：#DIV/0!"));
    expect(status(cell("≥90%"), 95, { type: "Error", basicValue: "#REF!" })).toEqual(
      valueError("引用的单元格是错误值：#REF!"),
    );
  });
});

describe("PERF.STATUS / PERF.LIGHT: the budget year", () => {
  const FEB_15 = "2024-02-15";
  const TYPE = [["产出指标", "数量指标", "培训人数"]];
  /** The core's judgement of a table of that year (or of none) at that date. */
  const core = (text: string, actual: CellValue, asOf: string, budgetYear?: number) => {
    const ctx = { level1: "产出指标", level2: "数量指标", name: "培训人数", budgetYear };
    return judgeIndicator(parseTarget(text, ctx), actual, ctx, { ...DEFAULT_SETTINGS, asOf });
  };

  it("a 2023 table checked on 2024-02-15 is judged after its deadline, as the core judges it", () => {
    expect(core("100人", 60, FEB_15, 2023)).toMatchObject({ status: "missed", light: "red" });
    expect(status(cell("100人"), 60, FEB_15, TYPE, omitted, 2023)).toBe("未达标");
    expect(light(cell("100人"), 60, FEB_15, TYPE, omitted, 2023)).toBe("红");
    expect(light(cell("100人"), 60, FEB_15, TYPE, "en", "2023")).toBe("red");
    // Without it the year is 2024's: 60 against one month's share of 100 is ahead of the schedule (blue, the national
    // bands), on track: short of the year's 100 nothing is exceeded yet (clerk67; 超额 before).
    expect(status(cell("100人"), 60, FEB_15, TYPE)).toBe("正常");
    expect(light(cell("100人"), 60, FEB_15, TYPE)).toBe("蓝");
    expect(status(cell("100人"), 60, FEB_15, TYPE, omitted, omitted)).toBe("正常");
    expect(status(cell("100人"), 120, FEB_15, TYPE)).toBe("超额");
    // A date target written without a year is dated in the budget year.
    expect(core("11月底之前", "2023年12月5日", FEB_15, 2023).status).toBe("missed");
    expect(status(cell("11月底之前"), "2023年12月5日", FEB_15, omitted, omitted, 2023)).toBe("未达标");
  });

  it("无 / none: a table without a budget year reads 11月底之前 as not understood, as the core does", () => {
    const asOf = "2024-07-31";
    expect(core("11月底之前", "2024年10月1日", asOf)).toMatchObject({ status: "unknown", light: "none" });
    expect(status(cell("11月底之前"), "2024年10月1日", asOf, omitted, omitted, "无")).toBe("无法识别");
    expect(light(cell("11月底之前"), "2024年10月1日", asOf, omitted, "en", " None ")).toBe("");
    // Dated 2024-11-30 by asOf; 2024-10-01 is after asOf, so a plan on time, not yet a completion.
    expect(status(cell("11月底之前"), "2024年10月1日", asOf)).toBe("正常");
    // Other targets keep their deadline at the end of asOf's year, as the core's.
    expect(core("≥90%", 85, asOf).status).toBe("behind");
    expect(status(cell("≥90%"), 85, asOf, omitted, omitted, "无")).toBe("滞后");
    expect(status(cell("≥90%"), 85, asOf, omitted, omitted, "明年")).toEqual(valueError("预算年度无法识别：明年"));
  });
});

describe("a budget year or a date that is no such thing is #VALUE!, never a 1900s date", () => {
  const FEB_15 = "2024-02-15";
  /** Numbers that are not a whole year: as serials they would be 1905-07-15, 1905-03-13, 1902-09-26, 1955-06-04. */
  const NOT_YEARS = [2023.5, 1899, 1000, 20244];

  it.each(NOT_YEARS)("budget year %p: each function that takes one says the year is not understood", (year) => {
    const message = `预算年度无法识别：${year}`;
    expect(status(cell("100人"), 60, FEB_15, omitted, omitted, year)).toEqual(valueError(message));
    expect(light(cell("100人"), 60, FEB_15, omitted, "en", year)).toEqual(
      valueError(`Budget year not understood: ${year}`),
    );
    expect(planned(LABELS, FRACTIONS, FEB_15, omitted, year)).toEqual(valueError(message));
    expect(schedule(LABELS, FRACTIONS, 20, 39.8, FEB_15, omitted, year)).toEqual(valueError(message));
    expect(execLight(LABELS, FRACTIONS, 20, 39.8, FEB_15, omitted, year)).toEqual(valueError(message));
    expect(lag(LABELS, FRACTIONS, 20, 39.8, FEB_15, year)).toEqual(valueError(message));
    expect(deadline(cell("≥90%"), year)).toEqual(valueError(message));
  });

  it("a whole year, a date cell (监控时点) and year or date text still give the year", () => {
    const judged2023 = status(cell("100人"), 60, FEB_15, omitted, omitted, 2023);
    expect(judged2023).toBe("未达标");
    for (const year of ["2023", " 2023 ", serial("2023-07-31"), serial("2023-07-31") + 0.5, "2023-07-31", "2023年"])
      expect([year, status(cell("100人"), 60, FEB_15, omitted, omitted, year)]).toEqual([year, judged2023]);
    expect(lag(LABELS, FRACTIONS, 20, 39.8, FEB_15, serial("2023-12-31"))).toBe(
      lag(LABELS, FRACTIONS, 20, 39.8, FEB_15, 2023),
    );
  });

  it("a year given where the monitoring date goes says it is a year, in both languages", () => {
    expect(status(cell("≥90%"), 85, 2023)).toEqual(
      valueError("日期无法识别：2023 是年份，不是日期（请写日期，如 2024-07-31）"),
    );
    expect(light(cell("≥90%"), 85, 2024, omitted, "en")).toEqual(
      valueError("Date not understood: 2024 is a year, not a date (give a date, e.g. 2024-07-31)"),
    );
    expect(timeProgress(2024)).toEqual(valueError("日期无法识别：2024 是年份，不是日期（请写日期，如 2024-07-31）"));
    expect(planned(LABELS, FRACTIONS, 2024)).toEqual(
      valueError("日期无法识别：2024 是年份，不是日期（请写日期，如 2024-07-31）"),
    );
    expect(execLight(LABELS, FRACTIONS, 20, 39.8, 2024)).toEqual(
      valueError("日期无法识别：2024 是年份，不是日期（请写日期，如 2024-07-31）"),
    );
    // Other numbers that are no date of a plausible year (1990–2100, as dates in a table): not understood.
    expect(status(cell("≥90%"), 85, 1000)).toEqual(valueError("日期无法识别：1000"));
    expect(schedule(LABELS, FRACTIONS, 20, 39.8, 20244)).toEqual(valueError("日期无法识别：20244"));
    expect(timeProgress("20244")).toEqual(valueError("日期无法识别：20244"));
    // A date cell, a date with a time, date text: as before.
    expect(status(cell("≥90%"), 85, serial(MID_YEAR))).toBe(status(cell("≥90%"), 85, MID_YEAR));
    expect(timeProgress(serial(MID_YEAR) + 0.75)).toBe(timeProgress(MID_YEAR));
    expect(timeProgress(String(serial(MID_YEAR)))).toBe(timeProgress(MID_YEAR));
  });
});

describe("PERF.STATUS: sign, value and unit cells in the order the table has them", () => {
  it("reads a unit column left of the value (计量单位 | 指标值, 计算符号 | 计量单位 | 年度指标值)", () => {
    expect(status([["%", "≥95%"]], 96)).toBe("达标");
    expect(status([["%", 95]], 94)).toBe(status([[95, "%"]], 94));
    expect(status([["=", "个", 8]], 8)).toBe(status([["=", 8, "个"]], 8));
    expect(status([["≤", "万元", 202.6]], 88.6, omitted, cell("成本指标"))).toBe("达标");
    expect(status([["个", "=", 8]], 10)).toBe(status([["=", 8, "个"]], 10));
  });

  it("a qualitative value beside an empty unit cell is the value; an empty value is still pending a target", () => {
    expect(status([["定性", null, "合规"]], "合规")).toBe("达标");
    expect(status([["定性", "合规", null]], "合规")).toBe("达标");
    expect(target([["≥", null, "%"]])).toBe(""); // no value yet, not a target "%"
    expect(target([["≥", null, 90]])).toBe("≥ 90");
    expect(status([["及时保障", null]], "达成")).toBe("达标");
  });
});

describe("PERF.LIGHT", () => {
  it("gives the light words the conditional formats key on, in either language", () => {
    expect(light(cell("≥90%"), 95)).toBe("绿");
    expect(light(cell("≥90%"), 85)).toBe("红");
    expect(light(cell("≥90%"), 85, MID_YEAR)).toBe("黄");
    expect(light(cell("100人"), 130)).toBe("蓝");
    expect(light(cell("≥90%"), 85, omitted, omitted, "en")).toBe("red");
    expect(light(cell("≥90%"), "")).toBe("");
    expect(light(cell("≥90%"), "", omitted, omitted, "en")).toBe("");
  });
});

describe("PERF.TARGET", () => {
  it("normalises the notation; sign words, symbols and split cells agree", () => {
    const normal = target(cell("≥90%"));
    expect(normal).toMatch(/^≥\s?90%$/);
    expect(target(cell("不低于90%"))).toBe(normal);
    expect(target(cell("＞＝９０％"))).toBe(normal);
    expect(target([["≥", 90, "%"]])).toBe(normal);
    expect(target(cell("90万元"), "", cell("成本指标"))).toMatch(/^≤/);
  });

  it("an empty target is empty; one it cannot read is #VALUE! with the reason", () => {
    expect(target(cell(""))).toBe("");
    expect(target(cell(null))).toBe("");
    const placeholder = target(cell("**人")) as FunctionError;
    expect(placeholder).toBeInstanceOf(FunctionError);
    expect(placeholder.message).toMatch(/^缺少指标值：/);
    const english = target(cell("**人"), "en") as FunctionError;
    expect(english.message).toMatch(/^Target missing: /);
  });
});

describe("PERF.GAP", () => {
  it("is the distance in the target's unit, 0 when met", () => {
    expect(gap(cell("≥90%"), 85)).toBeCloseTo(5, 9);
    expect(gap(cell("≥90%"), 95)).toBe(0);
    expect(gap(cell("≤1.8%"), 2.5)).toBeCloseTo(0.7, 9);
    expect(gap(cell("100人"), 80)).toBeCloseTo(20, 9);
    expect(gap(cell("≥90%"), 0.85)).toBeCloseTo(5, 9);
  });

  it("is empty when there is nothing to measure, an error when the target is unreadable", () => {
    expect(gap(cell("≥90%"), "")).toBe("");
    expect(gap(cell("及时保障"), "达成")).toBe("");
    expect((gap(cell("指标2"), 5) as FunctionError).message).toMatch(/^缺少指标值：/);
  });
});

describe("PERF.DEADLINE", () => {
  it("is a date target's own date, else 31 December of the budget year (as a serial)", () => {
    expect(deadline(cell("2024年10月31日前"))).toBe(serial("2024-10-31"));
    expect(deadline(cell("≥90%"), 2024)).toBe(serial("2024-12-31"));
    expect(deadline(cell("≥90%"), "2024")).toBe(serial("2024-12-31"));
    expect(deadline(cell("≥90%"), serial(MID_YEAR))).toBe(serial("2024-12-31"));
    expect(deadline(cell("12月底前"), 2025)).toBe(serial("2025-12-31"));
  });

  it("is the checkpoint a name closes on, as PERF.STATUS judges it (reader43: 预算执行进度(7月) 40%)", () => {
    const july = [["预算绩效", "预算管理", "预算执行进度(7月)"]];
    expect(deadline(cell("40%"), 2024, july)).toBe(serial("2024-07-31"));
    expect(status(cell("40%"), "35%", serial("2024-07-31"), july)).toBe("未达标");
    expect(deadline(cell("40%"), 2024, [["预算绩效", "预算管理", "预算执行进度"]])).toBe(serial("2024-12-31"));
  });

  it("needs a year for targets without a date", () => {
    expect(deadline(cell("≥90%"))).toEqual(valueError("该指标值没有日期，请提供预算年度或监控时点"));
    expect(deadline(cell("≥90%"), "明年")).toEqual(valueError("预算年度无法识别：明年"));
  });
});

describe("PERF.EXECRATE", () => {
  it("is spent / budget as a fraction, from numbers, text numbers and money text", () => {
    expect(execRate(18, 39.8)).toBeCloseTo(0.452261, 6);
    expect(execRate("18", " 39.80 ")).toBeCloseTo(0.452261, 6);
    expect(execRate("18万元", "398,000元")).toBeCloseTo(0.452261, 6);
    expect(execRate("１８", 39.8)).toBeCloseTo(0.452261, 6);
    expect(execRate(0, 39.8)).toBe(0);
  });

  it("an empty spent cell gives an empty result; a bad budget gives #VALUE!", () => {
    expect(execRate("", 39.8)).toBe("");
    expect(execRate(null, 39.8)).toBe("");
    expect(execRate(18, 0)).toEqual(valueError("预算数为 0，无法计算执行率"));
    expect(execRate(18, "0")).toEqual(valueError("预算数为 0，无法计算执行率"));
    expect(execRate(18, "")).toEqual(valueError("缺少预算数"));
    expect(execRate(18, -5)).toEqual(valueError("预算数不能为负数"));
    expect(execRate("一千二", 39.8)).toEqual(valueError("不是数字：一千二"));
    expect(execRate(true, 39.8)).toEqual(valueError("不是数字：TRUE"));
    expect(execRate(18, "12人")).toEqual(valueError("不是数字：12人"));
    expect(execRate(18, { error: "#DIV/0!" })).toEqual(valueError("引用的单元格是错误值：#DIV/0!"));
  });
});

describe("PERF.TIMEPROGRESS", () => {
  it("is whole months / 12", () => {
    expect(timeProgress(AUG_15)).toBeCloseTo(7 / 12, 9);
    expect(timeProgress(MID_YEAR)).toBeCloseTo(7 / 12, 9);
    expect(timeProgress(serial("2024-12-31"))).toBe(1);
    expect(timeProgress("2024年1月15日")).toBe(0);
  });

  it("needs a date", () => {
    expect(timeProgress("")).toEqual(valueError("缺少监控时点"));
    expect(timeProgress("七月")).toEqual(valueError("日期无法识别：七月"));
  });
});

// The worked example of docs/domain.md#worked-example: 装备采购, 39.80 万元, plan 25 / 50 / 75 / 100 % at 3月底 / 6月底 / 10月底 / 12月底.
const LABELS = [["3月底", "6月底", "10月底", "12月底"]];
const FRACTIONS = [[0.25, 0.5, 0.75, 1]];
const PLANNED_AUG_15 = (50 + (25 * 46) / 123) / 100;

describe("PERF.PLANNED", () => {
  it("interpolates the cumulative plan by days (the worked example: 59.35 %)", () => {
    expect(planned(LABELS, FRACTIONS, AUG_15)).toBeCloseTo(PLANNED_AUG_15, 9);
    expect(planned(LABELS, [[25, 50, 75, 100]], AUG_15)).toBeCloseTo(PLANNED_AUG_15, 9);
    expect(planned(LABELS, [["25%", "50%", "75%", "100%"]], AUG_15)).toBeCloseTo(PLANNED_AUG_15, 9);
    // Ranges as columns, labels as date cells, the date as a serial.
    const dates = [[serial("2024-03-31")], [serial("2024-06-30")], [serial("2024-10-31")], [serial("2024-12-31")]];
    expect(planned(dates, [[0.25], [0.5], [0.75], [1]], serial(AUG_15))).toBeCloseTo(PLANNED_AUG_15, 9);
  });

  it("steps or follows 序时进度 when asked", () => {
    expect(planned(LABELS, FRACTIONS, AUG_15, "step")).toBe(0.5);
    expect(planned(LABELS, FRACTIONS, AUG_15, "按节点")).toBe(0.5);
    expect(planned(LABELS, FRACTIONS, AUG_15, "time")).toBeCloseTo(7 / 12, 9);
    expect(planned(LABELS, FRACTIONS, AUG_15, "序时进度")).toBeCloseTo(7 / 12, 9);
  });

  it("sums a plan written period by period as the check does (reader68: 一季度 25% … each quarter's own share)", () => {
    const quarters = [["一季度", "二季度", "三季度", "四季度"]];
    expect(planned(quarters, [[0.25, 0.25, 0.25, 0.25]], AUG_15)).toBeCloseTo(0.5 + 0.25 * (46 / 92), 9);
    expect(planned(quarters, [["20%", "30%", "25%", "25%"]], "2024-06-30")).toBeCloseTo(0.5, 9);
    expect(schedule(quarters, [[25, 25, 25, 25]], 18, 39.8, AUG_15)).toBe("滞后");
    // A cumulative plan is as written.
    expect(planned(quarters, [[0.25, 0.5, 0.75, 1]], "2024-06-30")).toBeCloseTo(0.5, 9);
  });

  it("keeps a plan with running-total labels or stopping before the year's end as written (review68)", () => {
    // On int68 summed to 40 / 100 %: 9月 planned at 100 %.
    expect(planned([["1-6月", "1-9月"]], [["40%", "60%"]], "2024-09-30")).toBeCloseTo(0.6, 9);
    expect(planned([["截至6月底", "截至9月底"]], [[0.4, 0.6]], "2024-09-30")).toBeCloseTo(0.6, 9);
    expect(planned([["6月底", "9月底"]], [[30, 70]], "2024-09-30")).toBeCloseTo(0.7, 9);
  });

  // verdict70: a plan whose cells are typed with their money unit (28.41万元), which the check reads as amounts
  // (planAmounts: every cell writes a unit), was #VALUE! “支出计划百分比不是数字：5万元” given the budget.
  it("reads a plan typed with its money unit as amounts of the budget, as the check does (verdict70)", () => {
    const quarters = [["3月底", "6月底", "9月底", "12月底"]];
    const typed = [["5万元", "14万元", "20万元", "28.41万元"]];
    const expected = planned(quarters, [[5, 14, 20, 28.41]], "2024-07-31", undefined, 2024, 28.41) as number;
    expect(expected).toBeCloseTo((14 + (6 * 31) / 92) / 28.41, 4);
    for (const budget of [28.41, "28.41万元", "284100元"])
      expect(planned(quarters, typed, "2024-07-31", undefined, 2024, budget)).toBeCloseTo(expected, 9);
    expect(
      planned(quarters, [["50000元", "140000元", "200000元", "284100元"]], "2024-07-31", undefined, 2024, 28.41),
    ).toBeCloseTo(expected, 9);
    expect(schedule(quarters, typed, 10, "28.41万元", "2024-07-31")).toBe("滞后");
    // Without the budget no share can be taken: still said.
    expect((planned(quarters, typed, "2024-07-31") as { message: string }).message).toContain("5万元");
  });

  // verdict70b: a plan in plain 元 numbers beside a budget in 万元 was read as percentages, PERF.PLANNED 1602
  // (160,217 %) without a word. A share above 100 % of the budget is impossible: said, as the check says it.
  it("refuses a plan above 100% of the budget, saying why (verdict70b)", () => {
    const quarters = [["3月底", "6月底", "9月底", "12月底"]];
    const yuan = [[50000, 140000, 200000, 284100]];
    const said = planned(quarters, yuan, "2024-07-31", undefined, 2024, 28.41) as FunctionError;
    expect(said).toBeInstanceOf(FunctionError);
    expect(said.message).toMatch(/^支出计划超过预算的 100%，不可能：3月底 50000%/);
    expect((planned(quarters, yuan, "2024-07-31") as FunctionError).message).toMatch(/超过预算的 100%/);
    const english = schedule(quarters, yuan, 10, 28.41, "2024-07-31", "en") as FunctionError;
    expect(english.message).toMatch(/^Spending plan above 100% of the budget, which is impossible: 3月底 50000%/);
    expect((execLight(quarters, [[30, 60, 90, 120]], 10, 28.41, "2024-07-31") as FunctionError).message).toMatch(
      /12月底 120%/,
    );
    // 100 % itself, and a last amount within the slack of the budget, stay plans.
    expect(planned(quarters, [["25%", "50%", "75%", "100%"]], "2024-12-31")).toBeCloseTo(1, 9);
    expect(planned(quarters, [[5, 14, 20, 28.42]], "2024-12-31", undefined, 2024, 28.41)).toBeCloseTo(1.0004, 4);
  });

  // verdict71: percentages typed as text past 100 % (`30%` … `120%`) were read on main as 0.3 % … 1.2 % (planned 0.7 %
  // in July) while the check refuses the plan; `30%` beside a plain 60 was 0.3 % beside 60 %. Read as the check reads
  // the plan (planMarks, parsePercentCell): `45%` and 45 are 45 %.
  it("reads text percentages as the check does: past 100% said, `30%` beside a plain 60 is 30% (verdict71)", () => {
    const quarters = [["3月底", "6月底", "9月底", "12月底"]];
    const over = planned(quarters, [["30%", "60%", "90%", "120%"]], "2024-07-31") as FunctionError;
    expect(over).toBeInstanceOf(FunctionError);
    expect(over.message).toMatch(/^支出计划超过预算的 100%，不可能：12月底 120%/);
    expect(
      (schedule(quarters, [["30%", "60%", "90%", "120%"]], 10, 63.14, "2024-07-31", "en") as FunctionError).message,
    ).toMatch(/^Spending plan above 100% of the budget, which is impossible: 12月底 120%/);
    const july = planned(quarters, [[30, 60, 90, 100]], "2024-07-31") as number;
    expect(july).toBeCloseTo(0.6 + (0.3 * 31) / 92, 9);
    for (const cells of [
      ["30%", 60, "90%", "100%"],
      ["30%", "60％", "90 %", "≥100%"],
      [0.3, 0.6, 0.9, 1],
    ])
      expect(planned(quarters, [cells], "2024-07-31")).toBeCloseTo(july, 9);
    // Within the slack of 100 %, and a plan of percentages given a budget, stay plans.
    expect(planned(quarters, [["30%", "60%", "90%", "100.05%"]], "2024-12-31")).toBeCloseTo(1.0005, 9);
    expect(planned(quarters, [["30%", "60%", "90%", "100%"]], "2024-07-31", undefined, 2024, 63.14)).toBeCloseTo(
      july,
      9,
    );
    expect(schedule(quarters, [["30%", "60%", "90%", "100%"]], 20, 63.14, "2024-07-31")).toBe("滞后");
  });

  // reader69: a plan in amounts (万元) was read as percentages, 24 | 36 | 30 | 30 of 120 planned 24 % by March where
  // the check says 20 %, and PERF.SCHEDULE said 正常 at 31 July with 40 万元 spent where the check says 滞后.
  it("reads a plan in amounts as shares of the budget, given it (reader69)", () => {
    const quarters = [["一季度", "二季度", "三季度", "四季度"]];
    const amounts = [[24, 36, 30, 30]];
    expect(planned(quarters, amounts, "2024-03-31", undefined, undefined, 120)).toBeCloseTo(0.2, 9);
    expect(planned(quarters, amounts, "2024-07-31", undefined, 2024, 120)).toBeCloseTo(0.5 + 0.25 * (31 / 92), 4);
    // A cumulative plan in amounts, ending at the budget.
    expect(planned([["6月底", "12月底"]], [[30, 63.14]], "2024-06-30", "step", undefined, "63.14万元")).toBeCloseTo(
      30 / 63.14,
      4,
    );
    expect(schedule(quarters, amounts, 40, 120, "2024-07-31")).toBe("滞后");
    // Percentages stay percentages beside any budget: typed with %, as fractions, or adding up to no budget.
    expect(planned(quarters, [["20%", "30%", "25%", "25%"]], "2024-06-30", undefined, undefined, 120)).toBeCloseTo(
      0.5,
      9,
    );
    expect(planned(quarters, [[0.2, 0.5, 0.75, 1]], "2024-06-30", undefined, undefined, 1)).toBeCloseTo(0.5, 9);
    expect(planned(quarters, [[20, 50, 75, 100]], "2024-06-30", undefined, undefined, 120)).toBeCloseTo(0.5, 9);
    // Without a budget, as before (a formula saved in the old shape computes as it did).
    expect(planned(quarters, amounts, "2024-03-31")).toBeCloseTo(0.24, 9);
    // No budget to take shares of (0): read as percentages.
    expect(planned(quarters, amounts, "2024-03-31", undefined, undefined, 0)).toBeCloseTo(0.24, 9);
  });

  it("skips blank pairs and falls back to 序时进度 without a plan", () => {
    expect(planned([["3月底", "6月底", "10月底", "12月底", ""]], [[0.25, 0.5, 0.75, 1, null]], AUG_15)).toBeCloseTo(
      PLANNED_AUG_15,
      9,
    );
    expect(planned(cell(""), cell(""), AUG_15)).toBeCloseTo(7 / 12, 9);
  });

  it("reports what is wrong with the plan", () => {
    expect(planned(LABELS, [[0.25, 0.5, 0.75]], AUG_15)).toEqual(
      valueError("支出计划的节点与百分比未能一一对应：12月底 → ?"),
    );
    expect(planned([["3月底", "某时"]], [[0.5, 1]], AUG_15)).toEqual(valueError("支出计划节点无法识别：某时"));
    expect(planned([["3月底", "12月底"]], [[0.5, "全部"]], AUG_15)).toEqual(valueError("支出计划百分比不是数字：全部"));
    expect(planned(LABELS, FRACTIONS, AUG_15, "linear")).toEqual(
      valueError("计算方法只能是 interpolate（按天插值）、step（按节点）或 time（序时进度）：linear"),
    );
    expect(planned(LABELS, FRACTIONS, null)).toEqual(valueError("缺少监控时点"));
  });
});

describe("PERF.SCHEDULE, PERF.EXECLIGHT, PERF.LAG", () => {
  it("the worked example: 18.00 of 39.80 万元 at 15 August is behind, yellow, 14.1 points", () => {
    expect(schedule(LABELS, FRACTIONS, 18, 39.8, AUG_15)).toBe("滞后");
    expect(execLight(LABELS, FRACTIONS, 18, 39.8, AUG_15)).toBe("黄");
    expect(lag(LABELS, FRACTIONS, 18, 39.8, AUG_15)).toBeCloseTo(PLANNED_AUG_15 - 18 / 39.8, 9);
    expect(schedule(LABELS, FRACTIONS, 18, 39.8, AUG_15, "en")).toBe("behind");
    expect(execLight(LABELS, FRACTIONS, 18, 39.8, AUG_15, "en")).toBe("yellow");
  });

  it("on track when spending keeps up; red far behind", () => {
    expect(schedule(LABELS, FRACTIONS, "30", "39.8", AUG_15)).toBe("正常");
    expect(execLight(LABELS, FRACTIONS, 30, 39.8, AUG_15)).toBe("绿");
    expect(execLight(LABELS, FRACTIONS, 5, 39.8, AUG_15)).toBe("红");
    expect(lag(LABELS, FRACTIONS, 30, 39.8, AUG_15)).toBeLessThan(0);
  });

  it("nothing spent yet reported: pending, no light, no lag", () => {
    expect(schedule(LABELS, FRACTIONS, "", 39.8, AUG_15)).toBe("待填报");
    expect(execLight(LABELS, FRACTIONS, null, 39.8, AUG_15)).toBe("");
    expect(lag(LABELS, FRACTIONS, "", 39.8, AUG_15)).toBe("");
  });

  it("a last year's plan (2023, checked on 2024-02-15) takes its budget year, as the core judges it", () => {
    const FEB_15 = "2024-02-15";
    const plan2023 = ["3月底", "6月底", "10月底", "12月底"].map((label, i) => ({
      date: { "3月底": "2023-03-31", "6月底": "2023-06-30", "10月底": "2023-10-31", "12月底": "2023-12-31" }[label]!,
      percent: [25, 50, 75, 100][i],
    }));
    const core = judgeExecution(20, 39.8, plan2023, { ...DEFAULT_SETTINGS, asOf: FEB_15 }, 2023);
    expect(core).toMatchObject({ planned: 100, light: "red", status: "behind" }); // the year is over
    expect(schedule(LABELS, FRACTIONS, 20, 39.8, FEB_15, omitted, 2023)).toBe("滞后");
    expect(execLight(LABELS, FRACTIONS, 20, 39.8, FEB_15, omitted, 2023)).toBe("红");
    expect(execLight(LABELS, FRACTIONS, 20, 39.8, FEB_15, "en", "2023")).toBe("red");
    expect(lag(LABELS, FRACTIONS, 20, 39.8, FEB_15, 2023)).toBeCloseTo(core.lag / 100, 9);
    // Without the year the checkpoints fall in 2024: 3月底 is ahead, the plan barely started.
    expect(execLight(LABELS, FRACTIONS, 20, 39.8, FEB_15)).toBe("绿");
    expect(lag(LABELS, FRACTIONS, 20, 39.8, FEB_15)).toBeLessThan(0);
    expect(lag(LABELS, FRACTIONS, 20, 39.8, FEB_15, omitted)).toBe(lag(LABELS, FRACTIONS, 20, 39.8, FEB_15));
    expect(lag(LABELS, FRACTIONS, 20, 39.8, FEB_15, "明年")).toEqual(valueError("预算年度无法识别：明年"));
  });

  it("budget 0, a missing date or a bad plan are #VALUE!", () => {
    expect(schedule(LABELS, FRACTIONS, 18, 0, AUG_15)).toEqual(valueError("预算数为 0，无法计算执行率"));
    expect(execLight(LABELS, FRACTIONS, 18, 0, AUG_15, "en")).toEqual(valueError("Budget is 0: no execution rate"));
    expect(lag(LABELS, FRACTIONS, 18, 39.8, "")).toEqual(valueError("缺少监控时点"));
    expect(schedule([["3月底"]], [[0.5, 1]], 18, 39.8, AUG_15)).toEqual(
      valueError("支出计划的节点与百分比未能一一对应：? → 1"),
    );
  });
});

describe("the judging settings as arguments (bands, strict, method), as the settings pane has them", () => {
  const settings = { ...DEFAULT_SETTINGS, asOf: MID_YEAR, budgetYear: 2024 };
  const coreStatus = (text: string, actual: number, level2: string, more: Partial<typeof settings>) =>
    judgeIndicator(
      parseTarget(text, { level2, budgetYear: 2024 }),
      actual,
      { level2, budgetYear: 2024 },
      {
        ...settings,
        ...more,
      },
    ).status;

  it("PERF.STATUS / PERF.LIGHT: bands move the edges, strict judges 质量/时效/成本 in or out, as the core does", () => {
    // 40 of ≥100个 at 31 July: 68.6 % of the 58.3 expected by now.
    expect(status(cell("≥100个"), 40, MID_YEAR, cell("数量指标"))).toBe("滞后");
    expect(light(cell("≥100个"), 40, MID_YEAR, cell("数量指标"))).toBe("黄");
    const bands = [[10, 20, 300]];
    expect(status(cell("≥100个"), 40, MID_YEAR, cell("数量指标"), omitted, omitted, bands)).toBe("正常");
    expect(light(cell("≥100个"), 40, MID_YEAR, cell("数量指标"), "en", omitted, bands)).toBe("green");
    expect(coreStatus("≥100个", 40, "数量指标", { bands: { red: 10, yellow: 20, blue: 300 } })).toBe("on-track");
    // 预算执行率 ≥90% (成本指标) at 7.5 %: pro-rated it lags; strict it is not met.
    expect(status(cell("≥90%"), 7.5, MID_YEAR, cell("成本指标"))).toBe("滞后");
    expect(status(cell("≥90%"), 7.5, MID_YEAR, cell("成本指标"), omitted, omitted, omitted, true)).toBe("未达标");
    expect(light(cell("≥90%"), 7.5, MID_YEAR, cell("成本指标"), omitted, omitted, omitted, "TRUE")).toBe("红");
    expect(coreStatus("≥90%", 7.5, "成本指标", { strictQualityTimeCost: true })).toBe("missed");
    // A 数量指标 is never strict; FALSE is the default.
    expect(status(cell("≥100个"), 40, MID_YEAR, cell("数量指标"), omitted, omitted, omitted, true)).toBe("滞后");
    expect(status(cell("≥90%"), 7.5, MID_YEAR, cell("成本指标"), omitted, omitted, omitted, false)).toBe("滞后");
  });

  it("PERF.SCHEDULE / PERF.EXECLIGHT / PERF.LAG: the method and the red / yellow edges", () => {
    // The worked example (45.2 % of 59.35 % planned: 76.2) is yellow with 60 / 80, green with 50 / 70.
    expect(execLight(LABELS, FRACTIONS, 18, 39.8, AUG_15, omitted, omitted, omitted, [[50, 70]])).toBe("绿");
    expect(schedule(LABELS, FRACTIONS, 18, 39.8, AUG_15, omitted, omitted, omitted, [[50, 70, 120]])).toBe("正常");
    // By checkpoints 50 % is planned at 15 August: 90.4, green; the lag is 50 % − 45.2 %.
    expect(execLight(LABELS, FRACTIONS, 18, 39.8, AUG_15, omitted, omitted, "step")).toBe("绿");
    expect(lag(LABELS, FRACTIONS, 18, 39.8, AUG_15, omitted, "step")).toBeCloseTo(0.5 - 18 / 39.8, 9);
    const core = judgeExecution(18, 39.8, [], { ...DEFAULT_SETTINGS, asOf: AUG_15, scheduleMethod: "time" });
    expect(lag(LABELS, FRACTIONS, 18, 39.8, AUG_15, omitted, "time")).toBeCloseTo(core.lag / 100, 9);
  });

  it("the money rules of the check: overspending is yellow (超额), a unit slip has no light", () => {
    expect(execLight(LABELS, FRACTIONS, 45, 39.8, AUG_15)).toBe("黄");
    expect(schedule(LABELS, FRACTIONS, 45, 39.8, AUG_15)).toBe("超额");
    expect(execLight(LABELS, FRACTIONS, 200000, 39.8, AUG_15)).toBe("");
    expect(schedule(LABELS, FRACTIONS, 200000, 39.8, AUG_15)).toBe("无法识别");
  });

  it("bands or a switch that make no sense are #VALUE!, in the formula's language", () => {
    const at = (bands: unknown[][]) => status(cell("≥100个"), 40, MID_YEAR, cell("数量指标"), omitted, omitted, bands);
    expect(at([[80, 60, 120]])).toEqual(
      valueError("预警区间应为 红、黄、蓝 三个百分数（如 {60,80,120}），需满足 红 < 黄 ≤ 100 ≤ 蓝：80, 60, 120"),
    );
    expect(at([[60]])).toEqual(
      valueError("预警区间应为 红、黄、蓝 三个百分数（如 {60,80,120}），需满足 红 < 黄 ≤ 100 ≤ 蓝：60"),
    );
    expect(at([["红", 80, 120]])).toEqual(
      valueError("预警区间应为 红、黄、蓝 三个百分数（如 {60,80,120}），需满足 红 < 黄 ≤ 100 ≤ 蓝：红, 80, 120"),
    );
    expect(at([[null, null, null]])).toBe("滞后"); // empty cells: the defaults
    expect(execLight(LABELS, FRACTIONS, 18, 39.8, AUG_15, "en", omitted, omitted, [[60, 80, 120, 150]])).toEqual(
      valueError(
        "Warning bands must be the red, yellow and blue edges in percent (e.g. {60,80,120}), red < yellow ≤ 100 ≤ blue: 60, 80, 120, 150",
      ),
    );
    expect(light(cell("≥90%"), 7.5, MID_YEAR, cell("成本指标"), omitted, omitted, omitted, "maybe")).toEqual(
      valueError("开关参数只能是 TRUE 或 FALSE：maybe"),
    );
  });
});

describe("PERF.SCORE and PERF.GRADE", () => {
  it("scores by the national rules", () => {
    expect(score(cell("≥90%"), 95, 10)).toBe(10);
    expect(score(cell("≥90%"), 45, 10)).toBeCloseTo(5, 9);
    expect(score(cell("≥90%"), 0.45, 10)).toBeCloseTo(5, 9);
    expect(score(cell("≤1.8%"), 2.7, 10)).toBeCloseTo(5, 9);
    expect(score(cell("≤1.8%"), 4, 10)).toBe(0);
    expect(score(cell("及时保障"), "达成", "10")).toBe(10);
    expect(score(cell("90万元"), 99, 20, cell("成本指标"))).toBeCloseTo(18, 9);
  });

  // verdict60: on main 7624441 PERF.SCORE took no date, and scored a forecast (上半年完成120人 in May) in full.
  it("given a date, scores as the check on it: a forecast then, or another year's amount, is not scored", () => {
    const t = cell("≥100人");
    expect(score(t, "上半年完成120人", 10, undefined, "2024-05-31")).toEqual(
      expect.objectContaining({ code: "#VALUE!" }),
    );
    expect(score(t, "上半年完成120人", 10, undefined, "2024-07-20")).toBe(10);
    expect(score(t, "2023年完成120人", 10, undefined, "2024-12-31", 2024)).toEqual(
      expect.objectContaining({ code: "#VALUE!" }),
    );
    expect(score(t, "2023年完成120人", 10, undefined, "2025-03-31", 2024)).toEqual(
      expect.objectContaining({ code: "#VALUE!" }),
    );
    // The year 无 (a table without one) or no date: scored as read, as before.
    expect(score(t, "2023年完成120人", 10, undefined, "2024-12-31", "无")).toBe(10);
    expect(score(t, "上半年完成120人", 10)).toBe(10);
  });

  // verdict61: on main 437a10f the date's year was the table's, so a self-evaluation of 2024 scored on 2025-02-28 with
  // =PERF.SCORE(…, 监控时点) gave “实际值无法识别” for 2024年完成120人 (read fine) and for 全年完成120人.
  it("without a year, as a table without one: a year typed is read; a time without one is of the date's year, said", () => {
    const t = cell("≥100人");
    expect(score(t, "2024年完成120人", 10, undefined, "2025-02-28")).toBe(10);
    expect(score(t, "截至2024年底完成120人", 10, undefined, "2025-02-28")).toBe(10);
    expect(score(t, "2023年完成120人", 10, undefined, "2024-12-31")).toBe(10); // #VALUE! on main: the date's year
    expect(score(t, "全年完成120人", 10, undefined, "2025-02-28", 2024)).toBe(10);
    expect((score(t, "全年完成120人", 10, undefined, "2025-02-28") as FunctionError).message).toBe(
      "在评分时点不计分：实际为“全年完成120人”：填写的是预计或计划的数值，不是已完成的数值，对指标值 ≥ 100 人 未判断；请填写截至目前实际完成的数值（未给出预算年度，“全年”“12月底”等按评分时点所在年份计；评的是上一年度的表时，请给出预算年度，如 PERF.SCORE(…, 监控时点, 2024)）",
    );
    expect((score(t, "2023年完成120人", 10, undefined, "2024-12-31", 2024) as FunctionError).message).toBe(
      "在评分时点不计分：实际为“2023年完成120人”：说的是 2023 年的数量，不是 2024 年度的，对指标值 ≥ 100 人 未判断；请填写本年度实际完成的数值",
    );
    // verdict66: said as the check says it (“实际值无法识别” on main).
    expect(score(t, "很多", 10, undefined, "2025-02-28")).toEqual(
      valueError(
        "不能评分：实际为“很多”：是文字评价，不是数值，对指标值 ≥ 100 人 未判断；请填写实际达到的数值（单位：人）",
      ),
    );
  });

  // verdict67: on main 未达到 under a cap scored 3 of 10 (未达标), -480万元 under ≤500万元 the full 10, 在预算范围内 and 5天
  // under ≤7工作日 #VALUE! “实际值无法识别”; each now as the check judges it, PERF.STATUS alike.
  it.each([
    ["≤2次", "未达到", "无法识别"],
    ["≤500万元", "-480万元", "无法识别"],
    ["≤500万元", "在预算范围内", "达标"],
    ["≤7工作日", "5天", "达标"],
    ["≥1次/周", "52次/年", "达标"],
  ])("PERF.SCORE and PERF.STATUS of %p with %p agree: %p", (target, actual, st) => {
    expect(status(cell(target), actual, "2024-12-31")).toBe(st);
    const s = score(cell(target), actual, 10, undefined, "2024-12-31");
    if (st === "达标") expect(s).toBe(10);
    else expect((s as FunctionError).message).toMatch(/^不能评分：实际(?:为“|值“)/);
  });

  it("rounds to two decimals as the check scores a self-evaluation (20 of ≥24次 × 10 = 8.33; 4.775 → 4.78)", () => {
    expect(score(cell("≥24次"), 20, 10)).toBe(8.33);
    expect(score(cell("≥100%"), 95.5, 5)).toBe(4.78);
    expect(score(cell("≥90%"), 45, 10)).toBe(5);
    expect(score(cell("≤2小时"), 3, 5)).toBe(2.5);
    // Never above the weight: a weight of 50 / 3 earns itself, not 16.67.
    expect(score(cell("≥12个"), 12, 50 / 3)).toBe(50 / 3);
  });

  it("empty actual is empty; bad weight, unreadable target or actual are #VALUE!", () => {
    expect(score(cell("≥90%"), "", 10)).toBe("");
    expect(score(cell("≥90%"), 95, -1)).toEqual(valueError("分值须为非负数"));
    expect(score(cell("≥90%"), 95, "")).toEqual(valueError("缺少分值"));
    expect(score(cell("≥90%"), 95, "十分")).toEqual(valueError("不是数字：十分"));
    expect((score(cell("指标2"), 95, 10) as FunctionError).message).toMatch(/^缺少指标值：/);
    expect(score(cell("≥90%"), "很多", 10)).toEqual(
      valueError("不能评分：实际为“很多”：是文字评价，不是数值，对指标值 ≥ 90% 未判断；请填写实际达到的百分比"),
    );
  });

  it("grades totals, in Chinese by default", () => {
    expect([95, 90, 89.9, 80, 70, 60, 59.9, 0].map((t) => grade(t))).toEqual([
      "优",
      "优",
      "良",
      "良",
      "中",
      "中",
      "差",
      "差",
    ]);
    expect(grade("92")).toBe("优");
    expect(grade(85, "en")).toBe("Good");
    expect(grade("")).toBe("");
    expect(grade("优秀")).toEqual(valueError("不是数字：优秀"));
  });

  it("a total outside 0–100 is #VALUE!, not a grade (101 was 优, -1 差)", () => {
    expect(grade(101)).toEqual(valueError("总分须在 0 到 100 之间：101"));
    expect(grade(-1)).toEqual(valueError("总分须在 0 到 100 之间：-1"));
    expect(grade(-1, "en")).toEqual(valueError("Total must be between 0 and 100: -1"));
    expect([grade(100), grade(0)]).toEqual(["优", "差"]);
  });
});

describe("PERF.VERSION", () => {
  it("is the package version", () => {
    expect(version()).toBe(packageJson.version);
  });
});

describe("PERF.* read a unit slip as the check does (core/evaluate/units.ts unitSlip)", () => {
  const YEAR_END = "2025-12-31";
  it("4800000 against ≥500万元 is 480 万元 (元 typed): 未达标, 红, 20 short (GAP, strict) — not 超额", () => {
    expect(status(cell("≥500万元"), 4800000, YEAR_END)).toBe("未达标");
    expect(light(cell("≥500万元"), 4800000, YEAR_END)).toBe("红");
    expect(gap(cell("≥500万元"), 4800000)).toBeCloseTo(20, 9);
    expect(status(cell("≥1.2万亩"), 11000, YEAR_END)).toBe("未达标");
    expect(status(cell("≥5万人次"), "48000", YEAR_END)).toBe("未达标");
  });

  it("absurd in either unit (48000000 against ≥5万人次): 无法识别, no light; 0.017万元/亩 against ≤160元/亩: 170, over", () => {
    expect(status(cell("≥5万人次"), 48000000, YEAR_END)).toBe("无法识别");
    expect(light(cell("≥5万人次"), 48000000, YEAR_END)).toBe("");
    expect(status(cell("≤160元/亩"), "0.017万元/亩", YEAR_END)).toBe("未达标");
    expect(gap(cell("≤160元/亩"), "0.017万元/亩")).toBeCloseTo(10, 9);
  });
});
