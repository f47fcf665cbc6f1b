/**
 * Cell-level problems of the PERF.* functions. A problem is a *value* (never thrown): the runner
 * turns it into `#VALUE!` with a short message. All messages live in this one table, Chinese first,
 * English when the formula asks for it (HyperFormula keeps its messages the same way).
 */

import type { Lang } from "../core/locale/messages";

/** Message templates; `{0}` is replaced by the problem's detail, `{1}` by its second detail (a function's name). */
const MESSAGES = {
  badDate: { zh: "日期无法识别：{0}", en: "Date not understood: {0}" },
  yearNotDate: {
    zh: "日期无法识别：{0} 是年份，不是日期（请写日期，如 2024-07-31）",
    en: "Date not understood: {0} is a year, not a date (give a date, e.g. 2024-07-31)",
  },
  asOfMissing: { zh: "缺少监控时点", en: "Monitoring date is missing" },
  weightMissing: { zh: "缺少分值", en: "Weight is missing" },
  badNumber: { zh: "不是数字：{0}", en: "Not a number: {0}" },
  errorValue: { zh: "引用的单元格是错误值：{0}", en: "A referenced cell holds an error: {0}" },
  badValue: { zh: "无法使用的值：{0}", en: "Value cannot be used: {0}" },
  severalCells: { zh: "无法使用的值：多个单元格", en: "Value cannot be used: several cells" },
  budgetZero: { zh: "预算数为 0，无法计算执行率", en: "Budget is 0: no execution rate" },
  budgetMissing: { zh: "缺少预算数", en: "Budget is missing" },
  budgetNegative: { zh: "预算数不能为负数", en: "Budget cannot be negative" },
  unknownTarget: { zh: "指标值无法识别：{0}", en: "Target not understood: {0}" },
  missingTarget: { zh: "缺少指标值：{0}", en: "Target missing: {0}" },
  targetShape: {
    zh: "指标值应为一个单元格，或同一行的 指标性质、指标值、度量单位 三个单元格",
    en: "Target must be one cell, or the sign, value and unit cells side by side",
  },
  badLang: { zh: "语言参数只能是 zh 或 en：{0}", en: "Language must be zh or en: {0}" },
  badMethod: {
    zh: "计算方法只能是 interpolate（按天插值）、step（按节点）或 time（序时进度）：{0}",
    en: "Method must be interpolate, step or time: {0}",
  },
  badBands: {
    zh: "预警区间应为 红、黄、蓝 三个百分数（如 {60,80,120}），需满足 红 < 黄 ≤ 100 ≤ 蓝：{0}",
    en: "Warning bands must be the red, yellow and blue edges in percent (e.g. {60,80,120}), red < yellow ≤ 100 ≤ blue: {0}",
  },
  badFlag: { zh: "开关参数只能是 TRUE 或 FALSE：{0}", en: "A switch must be TRUE or FALSE: {0}" },
  scheduleMismatch: {
    zh: "支出计划的节点与百分比未能一一对应：{0}",
    en: "Schedule checkpoints and percentages do not pair up: {0}",
  },
  badCheckpoint: { zh: "支出计划节点无法识别：{0}", en: "Schedule checkpoint not understood: {0}" },
  badPercent: { zh: "支出计划百分比不是数字：{0}", en: "Schedule percentage is not a number: {0}" },
  planOverBudget: {
    zh: "支出计划超过预算的 100%，不可能：{0}（请检查计划与预算的金额单位，如计划按元、预算按万元填写）",
    en: "Spending plan above 100% of the budget, which is impossible: {0} (check the money units of plan and budget, e.g. plan in yuan, budget in 10k CNY)",
  },
  needsYear: {
    zh: "该指标值没有日期，请提供预算年度或监控时点",
    en: "This target has no date: give the budget year or the monitoring date",
  },
  badYear: { zh: "预算年度无法识别：{0}", en: "Budget year not understood: {0}" },
  scheduleNeedsYear: {
    zh: "没有预算年度，支出计划节点无法确定日期",
    en: "No budget year: the schedule checkpoints cannot be dated",
  },
  negativeWeight: { zh: "分值须为非负数", en: "Weight must not be negative" },
  totalRange: { zh: "总分须在 0 到 100 之间：{0}", en: "Total must be between 0 and 100: {0}" },
  swappedArgs: {
    zh: "参数顺序可能颠倒：实际值参数“{0}”带比较符号，像指标值，而指标值参数是一个数。应为 PERF.{1}(指标值, 实际值)；如实际值确是此写法，请填写具体数值",
    en: "Arguments may be swapped: the actual “{0}” has a comparison sign, like a target, while the target is a plain number. Use PERF.{1}(target, actual); if the actual is written so, give the exact value",
  },
  swappedRange: {
    zh: "参数顺序可能颠倒：实际值参数“{0}”是一个区间，像指标值，而指标值参数是一个数。应为 PERF.{1}(指标值, 实际值)；如实际值确是此写法，请填写具体数值",
    en: "Arguments may be swapped: the actual “{0}” is a range, like a target, while the target is a plain number. Use PERF.{1}(target, actual); if the actual is written so, give the exact value",
  },
  notScorable: { zh: "实际值无法识别，不能评分：{0}", en: "Actual not understood, cannot score: {0}" },
  notScoredBaseline: { zh: "不能评分：{0}", en: "Not scored: {0}" },
  notScoredSaid: { zh: "不能评分：{0}", en: "Not scored: {0}" },
  notScoredThen: { zh: "在评分时点不计分：{0}", en: "Not scored on the scoring date: {0}" },
  notScoredThenNoYear: {
    zh: "在评分时点不计分：{0}（未给出预算年度，“全年”“12月底”等按评分时点所在年份计；评的是上一年度的表时，请给出预算年度，如 PERF.SCORE(…, 监控时点, 2024)）",
    en: "Not scored on the scoring date: {0} (no budget year given, so a time typed without a year (the whole year, the end of December) is in the scoring date's year; for last year's table give the budget year, e.g. PERF.SCORE(…, asOf, 2024))",
  },
  internal: { zh: "内部错误：{0}", en: "Internal error: {0}" },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

/** A problem found while running a function: rendered once the output language is known. */
export class Problem {
  /** `detail`: text, or text in the output language (a target's reasons); `more`: the text for `{1}`. */
  constructor(
    readonly key: MessageKey,
    readonly detail: string | ((lang: Lang) => string) = "",
    readonly more = "",
  ) {}

  message(lang: Lang): string {
    const detail = typeof this.detail === "string" ? this.detail : this.detail(lang);
    // A function replacement: a "$" in the cell's text stays as typed.
    return MESSAGES[this.key][lang].replace("{0}", () => detail).replace("{1}", () => this.more);
  }
}

/** What a function returns in a host without the custom-functions runtime (jest, Node). */
export class FunctionError {
  constructor(
    readonly code: "#VALUE!",
    readonly message: string,
  ) {}
}

/**
 * `#VALUE!` with the message: a `CustomFunctions.Error` inside Excel, a plain FunctionError elsewhere.
 * The runtime is looked up at call time so a test can install a stand-in.
 */
export function toExcelError(problem: Problem, lang: Lang): CustomFunctions.Error | FunctionError {
  const message = problem.message(lang);
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function")
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  return new FunctionError("#VALUE!", message);
}
