/**
 * The PERF.* custom functions as Excel sees them. Each is a top-level function whose JSDoc is read by
 * custom-functions-metadata to generate functions.json (the PERF namespace comes from the manifest);
 * the work is done by the shared runner over the declarations in implemented.ts.
 *
 * Results never throw: problems come back as #VALUE! with a short Chinese message (English with lang "en").
 */
/* global CustomFunctions */
import packageJson from "../../package.json";
import {
  DEADLINE,
  EXECLIGHT,
  EXECRATE,
  GAP,
  GRADE,
  LAG,
  LIGHT,
  PLANNED,
  SCHEDULE,
  SCORE,
  STATUS,
  TARGET_TEXT,
  TIMEPROGRESS,
  versionFunction,
} from "./implemented";
import { run } from "./runner";

const VERSION = versionFunction(packageJson.version);

/**
 * 判断指标完成状态：达标、未达标、正常、滞后、超额、待填报或无法识别。
 * @customfunction STATUS
 * @param target 指标值单元格，或同一行的 指标性质、指标值、度量单位 单元格
 * @param actual 实际完成值（空白为待填报）
 * @param asOf 监控时点：日期、日期文本或名称“监控时点”；省略时按截止日严格判断
 * @param indicatorType 指标类别：二级指标（如“成本指标”），或 一级、二级、三级指标 单元格
 * @param lang 语言：省略为中文，“en”为英文
 * @param budgetYear 预算年度（如 2023）：截止日为该年年底，“12月底前”等按该年计；省略为监控时点所在年份；“无”表示表格没有预算年度
 * @param bands 预警区间：红、黄、蓝三个百分数，如 {60,80,120}（省略为 60、80、120，与设置中的“预警区间”相同）
 * @param strict 质量、时效、成本指标只按是否达到判断（TRUE），不按序时折算；省略为 FALSE
 * @param exceededForLevels 比率、水平类指标（%、分）到期达到指标值的蓝色区间时也判为超额（TRUE）；省略为 FALSE（只有数量、金额判超额）
 * @returns 完成状态
 */
export function status(
  target: any[][],
  actual: any,
  asOf?: any,
  indicatorType?: any[][],
  lang?: string,
  budgetYear?: any,
  bands?: any[][],
  strict?: any,
  exceededForLevels?: any,
): string | CustomFunctions.Error {
  return run(STATUS, [target, actual, asOf, indicatorType, lang, budgetYear, bands, strict, exceededForLevels]) as
    string | CustomFunctions.Error;
}

/**
 * 指标预警灯：红、黄、绿、蓝；待填报或无法识别时为空。
 * @customfunction LIGHT
 * @param target 指标值单元格，或同一行的 指标性质、指标值、度量单位 单元格
 * @param actual 实际完成值（空白为待填报）
 * @param asOf 监控时点：日期、日期文本或名称“监控时点”；省略时按截止日严格判断
 * @param indicatorType 指标类别：二级指标（如“成本指标”），或 一级、二级、三级指标 单元格
 * @param lang 语言：省略为中文，“en”为英文（red/yellow/green/blue）
 * @param budgetYear 预算年度（如 2023）：截止日为该年年底，“12月底前”等按该年计；省略为监控时点所在年份；“无”表示表格没有预算年度
 * @param bands 预警区间：红、黄、蓝三个百分数，如 {60,80,120}（省略为 60、80、120，与设置中的“预警区间”相同）
 * @param strict 质量、时效、成本指标只按是否达到判断（TRUE），不按序时折算；省略为 FALSE
 * @param exceededForLevels 比率、水平类指标（%、分）到期达到指标值的蓝色区间时也判为超额（TRUE）；省略为 FALSE（只有数量、金额判超额）
 * @returns 预警灯颜色
 */
export function light(
  target: any[][],
  actual: any,
  asOf?: any,
  indicatorType?: any[][],
  lang?: string,
  budgetYear?: any,
  bands?: any[][],
  strict?: any,
  exceededForLevels?: any,
): string | CustomFunctions.Error {
  return run(LIGHT, [target, actual, asOf, indicatorType, lang, budgetYear, bands, strict, exceededForLevels]) as
    string | CustomFunctions.Error;
}

/**
 * 规范化的指标值，如“≥ 90%”；无法识别时返回 #VALUE! 并说明原因。
 * @customfunction TARGET
 * @param target 指标值单元格，或同一行的 指标性质、指标值、度量单位 单元格
 * @param lang 语言：省略为中文，“en”为英文（影响错误说明）
 * @param indicatorType 指标类别：二级指标（如“成本指标”），或 一级、二级、三级指标 单元格
 * @returns 规范化的指标值
 */
export function target(target: any[][], lang?: string, indicatorType?: any[][]): string | CustomFunctions.Error {
  return run(TARGET_TEXT, [target, lang, indicatorType]) as string | CustomFunctions.Error;
}

/**
 * 实际值与指标值的差距（按指标值的单位，达到时为 0；定性或待填报时为空）。
 * @customfunction GAP
 * @param target 指标值单元格，或同一行的 指标性质、指标值、度量单位 单元格
 * @param actual 实际完成值
 * @param indicatorType 指标类别：二级指标（如“成本指标”），或 一级、二级、三级指标 单元格
 * @returns 差距
 */
export function gap(target: any[][], actual: any, indicatorType?: any[][]): number | string | CustomFunctions.Error {
  return run(GAP, [target, actual, indicatorType]) as number | string | CustomFunctions.Error;
}

/**
 * 指标的截止日期（日期型指标值的日期；指标名称以时点结尾时为该时点，如“预算执行进度(7月)”为 7 月 31 日；否则为预算年度的 12 月 31 日），返回 Excel 日期序列号。
 * @customfunction DEADLINE
 * @param target 指标值单元格，或同一行的 指标性质、指标值、度量单位 单元格
 * @param budgetYear 预算年度（如 2024），或任一日期（如名称“监控时点”）取其年份
 * @param indicatorType 指标类别：二级指标（如“成本指标”），或 一级、二级、三级指标 单元格
 * @returns 截止日期（日期序列号）
 */
export function deadline(target: any[][], budgetYear?: any, indicatorType?: any[][]): number | CustomFunctions.Error {
  return run(DEADLINE, [target, budgetYear, indicatorType]) as number | CustomFunctions.Error;
}

/**
 * 预算执行率 = 执行数 ÷ 预算数，返回小数（单元格设为百分比格式）。
 * @customfunction EXECRATE
 * @param spent 执行数（万元；空白时结果为空）
 * @param budget 预算数（万元，不能为 0）
 * @returns 执行率
 */
export function execRate(spent: any, budget: any): number | string | CustomFunctions.Error {
  return run(EXECRATE, [spent, budget]) as number | string | CustomFunctions.Error;
}

/**
 * 序时进度 = 已过整月数 ÷ 12，返回小数（单元格设为百分比格式）。
 * @customfunction TIMEPROGRESS
 * @param asOf 监控时点：日期、日期文本或名称“监控时点”
 * @returns 序时进度
 */
export function timeProgress(asOf: any): number | CustomFunctions.Error {
  return run(TIMEPROGRESS, [asOf]) as number | CustomFunctions.Error;
}

/**
 * 监控时点的计划累计支出进度，按资金支出计划在节点之间按天插值，返回小数。
 * @customfunction PLANNED
 * @param checkpointLabels 支出计划节点，如“3月底”“6月底”“第三季度”或日期
 * @param percents 各节点的累计计划支出百分比，如 25%、50%、75%、100%
 * @param asOf 监控时点：日期、日期文本或名称“监控时点”
 * @param method 计算方法：interpolate 按天插值（默认）、step 按节点、time 序时进度
 * @param budgetYear 预算年度（如 2023）：节点“3月底”等按该年计；省略为监控时点所在年份
 * @param budget 预算数（万元）：支出计划按金额填写时给出，按占预算的比例计；省略时按百分比读
 * @returns 计划进度
 */
export function planned(
  checkpointLabels: any[][],
  percents: any[][],
  asOf: any,
  method?: string,
  budgetYear?: any,
  budget?: any,
): number | CustomFunctions.Error {
  return run(PLANNED, [checkpointLabels, percents, asOf, method, budgetYear, budget]) as number | CustomFunctions.Error;
}

/**
 * 预算执行进度状态：正常、滞后或待填报（与计划进度比较）。
 * @customfunction SCHEDULE
 * @param checkpointLabels 支出计划节点，如“3月底”“6月底”“第三季度”或日期
 * @param percents 各节点的累计计划支出百分比，如 25%、50%、75%、100%
 * @param spent 执行数（万元；空白为待填报）
 * @param budget 预算数（万元，不能为 0）
 * @param asOf 监控时点：日期、日期文本或名称“监控时点”
 * @param lang 语言：省略为中文，“en”为英文
 * @param budgetYear 预算年度（如 2023）：节点“3月底”等按该年计；省略为监控时点所在年份
 * @param method 计算方法：interpolate 按天插值（默认）、step 按节点、time 序时进度
 * @param bands 预警区间：红、黄两个百分数（执行率 ÷ 计划进度），如 {60,80}；可再加蓝（不用）；省略为 60、80
 * @returns 执行进度状态
 */
export function schedule(
  checkpointLabels: any[][],
  percents: any[][],
  spent: any,
  budget: any,
  asOf: any,
  lang?: string,
  budgetYear?: any,
  method?: string,
  bands?: any[][],
): string | CustomFunctions.Error {
  return run(SCHEDULE, [checkpointLabels, percents, spent, budget, asOf, lang, budgetYear, method, bands]) as
    string | CustomFunctions.Error;
}

/**
 * 预算执行预警灯：红、黄、绿；执行数空白时为空。
 * @customfunction EXECLIGHT
 * @param checkpointLabels 支出计划节点，如“3月底”“6月底”“第三季度”或日期
 * @param percents 各节点的累计计划支出百分比，如 25%、50%、75%、100%
 * @param spent 执行数（万元；空白时结果为空）
 * @param budget 预算数（万元，不能为 0）
 * @param asOf 监控时点：日期、日期文本或名称“监控时点”
 * @param lang 语言：省略为中文，“en”为英文（red/yellow/green）
 * @param budgetYear 预算年度（如 2023）：节点“3月底”等按该年计；省略为监控时点所在年份
 * @param method 计算方法：interpolate 按天插值（默认）、step 按节点、time 序时进度
 * @param bands 预警区间：红、黄两个百分数（执行率 ÷ 计划进度），如 {60,80}；可再加蓝（不用）；省略为 60、80
 * @returns 预警灯颜色
 */
export function execLight(
  checkpointLabels: any[][],
  percents: any[][],
  spent: any,
  budget: any,
  asOf: any,
  lang?: string,
  budgetYear?: any,
  method?: string,
  bands?: any[][],
): string | CustomFunctions.Error {
  return run(EXECLIGHT, [checkpointLabels, percents, spent, budget, asOf, lang, budgetYear, method, bands]) as
    string | CustomFunctions.Error;
}

/**
 * 执行进度滞后：计划进度减执行率，返回小数（正数为滞后，负数为超前）。
 * @customfunction LAG
 * @param checkpointLabels 支出计划节点，如“3月底”“6月底”“第三季度”或日期
 * @param percents 各节点的累计计划支出百分比，如 25%、50%、75%、100%
 * @param spent 执行数（万元；空白时结果为空）
 * @param budget 预算数（万元，不能为 0）
 * @param asOf 监控时点：日期、日期文本或名称“监控时点”
 * @param budgetYear 预算年度（如 2023）：节点“3月底”等按该年计；省略为监控时点所在年份
 * @param method 计算方法：interpolate 按天插值（默认）、step 按节点、time 序时进度
 * @returns 滞后的百分点（小数）
 */
export function lag(
  checkpointLabels: any[][],
  percents: any[][],
  spent: any,
  budget: any,
  asOf: any,
  budgetYear?: any,
  method?: string,
): number | string | CustomFunctions.Error {
  return run(LAG, [checkpointLabels, percents, spent, budget, asOf, budgetYear, method]) as
    number | string | CustomFunctions.Error;
}

/**
 * 自评得分：正向指标按完成比例计分，反向指标超出即扣分，定性指标按达成程度计分。
 * @customfunction SCORE
 * @param target 指标值单元格，或同一行的 指标性质、指标值、度量单位 单元格
 * @param actual 实际完成值（空白时结果为空）
 * @param weight 该指标的分值（权重）
 * @param indicatorType 指标类别：二级指标（如“成本指标”），或 一级、二级、三级指标 单元格
 * @param asOf 评分时点：日期、日期文本或名称“监控时点”；此时仍属预计的数值（如5月填的“上半年完成120人”）或往年的数值不计分；省略时按读出的数值计分
 * @param budgetYear 预算年度（如 2024）：省略时与“无”相同，实际值中写的年份照读（次年自评时不算往年）；“全年”“12月底”等按评分时点所在年份计
 * @returns 得分（保留两位小数，与检查的自评得分相同）
 */
export function score(
  target: any[][],
  actual: any,
  weight: any,
  indicatorType?: any[][],
  asOf?: any,
  budgetYear?: any,
): number | string | CustomFunctions.Error {
  return run(SCORE, [target, actual, weight, indicatorType, asOf, budgetYear]) as
    number | string | CustomFunctions.Error;
}

/**
 * 自评等级：优（≥90）、良（80–90）、中（60–80）、差（<60）。
 * @customfunction GRADE
 * @param total 自评总分
 * @param lang 语言：省略为中文，“en”为英文
 * @returns 等级
 */
export function grade(total: any, lang?: string): string | CustomFunctions.Error {
  return run(GRADE, [total, lang]) as string | CustomFunctions.Error;
}

/**
 * 绩效目标监控加载项的版本号。
 * @customfunction VERSION
 * @returns 版本号
 */
export function version(): string {
  return run(VERSION, []) as string;
}

/** Ids in functions.json → the functions above. */
export const FUNCTIONS: Record<string, (...args: any[]) => unknown> = {
  STATUS: status,
  LIGHT: light,
  TARGET: target,
  GAP: gap,
  DEADLINE: deadline,
  EXECRATE: execRate,
  TIMEPROGRESS: timeProgress,
  PLANNED: planned,
  SCHEDULE: schedule,
  EXECLIGHT: execLight,
  LAG: lag,
  SCORE: score,
  GRADE: grade,
  VERSION: version,
};

/** Register with the shared runtime; a no-op where there is none (jest, Node, the standalone page). */
export function registerFunctions(): boolean {
  if (typeof CustomFunctions === "undefined" || typeof CustomFunctions.associate !== "function") return false;
  CustomFunctions.associate(FUNCTIONS);
  return true;
}

registerFunctions();
