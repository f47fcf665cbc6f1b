/**
 * Words the plan writes into the workbook: column headers (as in the national monitoring
 * template), drop-down lists, status and light words, highlight colours.
 */
import { lightLabel, statusLabel } from "../evaluate/labels";
import type { Light, Status } from "../types";
import type { Highlight } from "./types";
import type { Lang } from "../locale/messages";

export type Words = Record<Lang, string>;

const STATUSES: Status[] = ["met", "missed", "on-track", "behind", "exceeded", "pending", "unknown"];
const LIGHTS: Light[] = ["red", "yellow", "green", "blue", "none"];

/** Status and light words come from the judging labels, so cells say what PERF.* functions say. */
export const STATUS_WORDS = Object.fromEntries(
  STATUSES.map((s) => [s, { zh: statusLabel(s, "zh"), en: statusLabel(s, "en") }]),
) as Record<Status, Words>;

export const LIGHT_WORDS = Object.fromEntries(
  LIGHTS.map((l) => [l, { zh: lightLabel(l, "zh"), en: lightLabel(l, "en") }]),
) as Record<Light, Words>;

/** Our 状态 on a row whose typed cells were typed for another indicator (misplaced.ts): not judged. */
export const MISPLACED_WORDS: Words = { zh: "实际值错位", en: "actual misplaced" };

export const REASONS = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"];
export const LIKELIHOODS = ["确定能", "有可能", "完全不可能"];

/** Monitoring columns beside an indicator block; `existing` = the table column that makes ours unnecessary. */
export interface MonitorColumn {
  key: "actual" | "forecast" | "status" | "light" | "reason" | "likelihood" | "note";
  role: "input" | "computed";
  header: Words;
  list?: string[];
  /**
   * It asks about the rest of the year (全年预计完成值, 完成可能性): a first check gives it to no self-evaluation, which
   * is made after the year (blocks.ts planIndicatorBlock); one placed by an earlier check stays where it is.
   */
  duringYear?: true;
}

export const MONITOR_COLUMNS: MonitorColumn[] = [
  { key: "actual", role: "input", header: { zh: "实际完成值", en: "Actual" } },
  { key: "forecast", role: "input", header: { zh: "全年预计完成值", en: "Full-year forecast" }, duringYear: true },
  { key: "status", role: "computed", header: { zh: "状态", en: "Status" } },
  { key: "light", role: "computed", header: { zh: "预警", en: "Alert" } },
  { key: "reason", role: "input", header: { zh: "偏差原因", en: "Deviation reason" }, list: REASONS },
  {
    key: "likelihood",
    role: "input",
    header: { zh: "完成可能性", en: "Likelihood of completion" },
    list: LIKELIHOODS,
    duringYear: true,
  },
  { key: "note", role: "input", header: { zh: "备注", en: "Notes" } },
];

/**
 * The headers (中文 and English) of our input columns that carry a drop-down list: the Excel and WPS readers read
 * the lists only on the cells of such columns (listCells.ts listCellsNow, SheetSnapshot.validations).
 */
export const LIST_HEADERS = new Set(MONITOR_COLUMNS.flatMap((c) => (c.list ? [c.header.zh, c.header.en] : [])));

interface ScheduleColumn {
  key: "spent" | "rate" | "planned" | "time" | "status" | "light";
  role: "input" | "computed";
  header: Words;
}

export const SCHEDULE_COLUMNS: ScheduleColumn[] = [
  { key: "spent", role: "input", header: { zh: "执行数（{unit}）", en: "Spent ({unit})" } },
  { key: "rate", role: "computed", header: { zh: "执行率", en: "Execution rate" } },
  { key: "planned", role: "computed", header: { zh: "计划进度", en: "Planned progress" } },
  { key: "time", role: "computed", header: { zh: "序时进度", en: "Time progress" } },
  { key: "status", role: "computed", header: { zh: "进度状态", en: "Schedule status" } },
  { key: "light", role: "computed", header: { zh: "进度预警", en: "Schedule alert" } },
];

export const SUMMARY_SHEET: Words = { zh: "监控汇总", en: "监控汇总" };
/** The named cell every formula refers to (fixed by the custom-function contract). */
export const AS_OF_NAME = "监控时点";

export const SUMMARY_WORDS = {
  title: { zh: "绩效目标监控汇总", en: "Performance monitoring summary" },
  asOf: { zh: "监控时点", en: "Monitoring date" },
  year: { zh: "预算年度", en: "Budget year" },
  headers: [
    { zh: "项目名称", en: "Project" },
    { zh: "表格位置", en: "Table" },
    { zh: "预算数（万元）", en: "Budget (10k CNY)" },
    { zh: "执行数（万元）", en: "Spent (10k CNY)" },
    { zh: "执行率", en: "Execution rate" },
    { zh: "计划进度", en: "Planned progress" },
    { zh: "滞后（百分点）", en: "Lag (points)" },
    { zh: "进度预警", en: "Schedule alert" },
    { zh: "预警", en: "Alert" },
    { zh: "红灯数", en: "Red" },
    { zh: "黄灯数", en: "Yellow" },
    { zh: "蓝灯数", en: "Blue" },
    { zh: "绿灯数", en: "Green" },
  ] as Words[],
  chartTitle: { zh: "计划进度与实际执行", en: "Planned vs actual execution" },
  /**
   * Indicators without a light on each project's row, right of the columns above (summary.ts planCounts): with the
   * four light counts they add up to the indicators, as the report's count line does.
   */
  countHeaders: [
    { zh: "待填报数", en: "Pending" },
    { zh: "无法识别数", en: "Not understood" },
  ] as Words[],
  /** A self-evaluation's score and grade, right of the columns above (summary.ts planScores). */
  scoreHeaders: [
    { zh: "自评得分", en: "Self-evaluation score" },
    { zh: "自评等级", en: "Grade" },
  ] as Words[],
  /** The grade cell of a self-evaluation that cannot be scored by the rules. */
  notScored: { zh: "无法计分", en: "Not scored" },
  /** A project's 预警 on its row kept while its table is not read (summary.ts keepUnreadRow); the date follows. */
  unread: { zh: "本次未读到", en: "Not read this time" },
};

/**
 * A chart title we wrote, in either language (also one naming the projects not drawn: summary.ts chartTitle); another
 * is the clerk's, and stays.
 */
export const isOurChartTitle = (text: string): boolean =>
  Object.values(SUMMARY_WORDS.chartTitle).some(
    (t) => text === t || text.startsWith(`${t}（`) || text.startsWith(`${t} (`),
  );

/**
 * A chart title exactly as we write it (summary.ts chartTitle: ours, or ours naming the projects not drawn), so the next
 * check may write the plan's over it. Ours with the clerk's words in brackets after it (计划进度与实际执行（2024年度）) still
 * tells our chart (isOurChartTitle), but the words are theirs and stay (review59: written over at the next check).
 */
export const isPlannedChartTitle = (text: string): boolean =>
  text === SUMMARY_WORDS.chartTitle.zh ||
  text === SUMMARY_WORDS.chartTitle.en ||
  (text.startsWith(`${SUMMARY_WORDS.chartTitle.zh}（`) && text.endsWith("，未画出）")) ||
  (text.startsWith(`${SUMMARY_WORDS.chartTitle.en} (`) && text.endsWith(", not drawn)"));

/**
 * The spellings (either language) of the summary header a series of our chart is named after, when `name` is one of
 * them (the header in the plan's language, summary.ts): the Excel add-in, which cannot read a series' range within
 * ExcelApi 1.13, tells ours by them, in either language (chart60); empty when `name` is no header of ours.
 */
export const ourSeriesSpellings = (name: string): string[] =>
  Object.values(SUMMARY_WORDS.headers.find((h) => Object.values(h).includes(name)) ?? {});

export const HIGHLIGHTS: Record<"red" | "yellow" | "blue", Highlight> = {
  red: { light: "red", fill: "FFC7CE", font: "9C0006" },
  yellow: { light: "yellow", fill: "FFEB9C", font: "9C5700" },
  blue: { light: "blue", fill: "BDD7EE", font: "1F4E78" },
};

export const PERCENT_FORMAT = "0.00%";
export const DATE_FORMAT = "yyyy-mm-dd";
export const AMOUNT_FORMAT = "0.00";
/** Every number format the add-in gives a cell: Clear marks puts General back only on a cell still holding one. */
export const OUR_NUMBER_FORMATS: ReadonlySet<string> = new Set([PERCENT_FORMAT, DATE_FORMAT, AMOUNT_FORMAT]);
