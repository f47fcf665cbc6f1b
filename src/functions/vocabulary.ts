/**
 * Words the PERF.* arguments may contain, as tables (no scattered ifs): language switches,
 * schedule methods, comparison signs in a separate 指标性质 cell, indicator levels, money units.
 */
import type { ScheduleMethod } from "../core/types";
import type { Lang } from "./errors";

/** Language argument → output language (compared after trim + lower case). */
export const LANG_WORDS: Record<string, Lang> = {
  zh: "zh",
  cn: "zh",
  "zh-cn": "zh",
  chinese: "zh",
  中文: "zh",
  en: "en",
  "en-us": "en",
  english: "en",
  英文: "en",
};

/** Schedule method argument → method (compared after trim + lower case). */
export const METHOD_WORDS: Record<string, ScheduleMethod> = {
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
};

/** A cell holding only a comparison sign or a direction (the 指标性质 / 指标方向 column). */
export const SIGN_CELL =
  /^(?:>=|<=|=>|=<|[≥≤><=＞＜＝]|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不多于|不超过|正向|反向|定性|定量)$/;

/** 一级指标 names (with or without the 指标 suffix). */
export const LEVEL1 = /^(?:产出|效益|满意度)(?:指标)?$/;

/** 二级指标 names, including the cost categories of the 2021 national framework. */
export const LEVEL2 =
  /^(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|经济成本|社会成本|生态环境成本)(?:指标)?$/;

/** Money units → factor to 万元 (spent and budget may be typed as text with a unit). */
export const MONEY_UNITS: Record<string, number> = {
  "": 1,
  万元: 1,
  万: 1,
  元: 0.0001,
  亿元: 10_000,
  亿: 10_000,
};

/** Plain-number units → factor ("45%" typed as text is 0.45, as Excel itself reads it). */
export const NUMBER_UNITS: Record<string, number> = {
  "": 1,
  "%": 0.01,
  分: 1,
};

/** Self-evaluation grades in English. */
export const GRADE_EN: Record<"优" | "良" | "中" | "差", string> = {
  优: "Excellent",
  良: "Good",
  中: "Fair",
  差: "Poor",
};
