/**
 * Words the PERF.* arguments may contain, as tables (no scattered ifs): language switches and schedule
 * methods here; comparison signs, indicator levels and money units come from the core's one vocabulary (locale/zh).
 */
import { MONEY_IN_WAN, SIGN_CELL_WORDS, table } from "../core/locale/zh";
import { alternation } from "../core/regExp";
import type { ScheduleMethod } from "../core/types";
import type { Lang } from "../core/locale/messages";

/**
 * Language argument → output language (compared after trim + lower case). Tables without a prototype: the
 * argument is the user's text, and a plain object would also answer "__proto__" or "constructor".
 */
export const LANG_WORDS = table<Lang>({
  zh: "zh",
  cn: "zh",
  "zh-cn": "zh",
  chinese: "zh",
  中文: "zh",
  en: "en",
  "en-us": "en",
  english: "en",
  英文: "en",
});

/** The budget-year argument of a table that has none (compared after trim + lower case). */
export const NO_YEAR = "none";
export const NO_YEAR_WORDS = table<typeof NO_YEAR>({ 无: NO_YEAR, none: NO_YEAR });

/** Schedule method argument → method (compared after trim + lower case). */
export const METHOD_WORDS = table<ScheduleMethod>({
  interpolate: "interpolate",
  插值: "interpolate",
  按天: "interpolate",
  按天插值: "interpolate",
  step: "step",
  节点: "step",
  按节点: "step",
  阶梯: "step",
  time: "time",
  序时: "time",
  序时进度: "time",
});

/** A switch argument given as text (compared after trim + lower case); TRUE / FALSE and 1 / 0 need no words. */
export const FLAG_WORDS = table<boolean>({
  true: true,
  false: false,
  是: true,
  否: false,
  yes: true,
  no: false,
});

/** A cell holding only a comparison sign or a direction (the 指标性质 / 指标方向 column), after normalizeText. */
export const SIGN_CELL = new RegExp(`^(?:${alternation(SIGN_CELL_WORDS)})$`);

/** Indicator levels (一级 / 二级指标 names). */
export { LEVEL1, LEVEL2 } from "../core/locale/zh";

/** Money units → factor to 万元 (spent and budget may be typed as text with a unit); a bare number is 万元. */
export const MONEY_UNITS: Readonly<Record<string, number>> = table({ "": 1, ...MONEY_IN_WAN });

/** Plain-number units → factor ("45%" typed as text is 0.45, as Excel itself reads it). */
export const NUMBER_UNITS: Record<string, number> = {
  "": 1,
  "%": 0.01,
  分: 1,
};
