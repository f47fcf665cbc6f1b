/**
 * The one home of the Chinese vocabulary (like date-fns' locale folders): every word the core reads in a
 * table lives in these tables, and the code only walks them. Add a word here, not an `if` in the code.
 *
 * - notation.ts: target notation (指标值): comparators, changes, fillers, direction, placeholders, qualitative
 * - units.ts: units, money and its conversion to 万元, count units
 * - calendar.ts: deadlines, named points of the year, checkpoint labels of a disbursement plan
 * - numerals.ts: Chinese numerals
 * - levels.ts: 一级 / 二级指标 names
 * - grades.ts: how actuals are written (达成 / 部分达成 …, tick marks)
 * - reader.ts: labels of a table (项目名称, 指标值, 资金支出计划 …)
 * - prose.ts: thresholds written inside sentences
 */
export * from "./table";
export * from "./notation";
export * from "./units";
export * from "./calendar";
export * from "./numerals";
export * from "./levels";
export * from "./grades";
export * from "./reader";
export * from "./prose";
