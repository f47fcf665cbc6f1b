import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { checkWorkbook } from "../../../src/core/check";
import { checkedIndicators } from "../../../src/core/checked";
import { en, unitEn } from "../../../src/core/locale/en";
import {
  renderMessage,
  say,
  type Message,
  type MessageCode,
  type MessageParams,
} from "../../../src/core/locale/messages";
import { zh } from "../../../src/core/locale/zh/messages";
import { MONEY_UNITS, TIME_UNITS, UNIT_ALIASES } from "../../../src/core/locale/zh/units";
import { parseTarget } from "../../../src/core/notation";
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { ourWords } from "./ourWords";

const FIXTURES = join(__dirname, "..", "..", "fixtures");
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The parts of a target of several quantities (`不少于3次，每次不少于2小时`), with words naming one. */
const PARTS = [
  { label: "", target: parseTarget("不少于3次") },
  { label: "每次培训", target: parseTarget("每次不少于2小时") },
];

/** One example per code; the compiler insists on every code. User text is Chinese, as in a real table. */
const EXAMPLES: { [C in MessageCode]: MessageParams[C] } = {
  "review.missing-level1": { missing: ["effect", "satisfaction"] },
  "review.missing-output-subtype": { missing: ["timeliness", "cost"] },
  "review.level-type-error.not-a-category": { level1: "其他指标" },
  "review.level-type-error.wrong-parent": { level2: "社会效益指标", belongs: "effect", level1: "产出指标" },
  "review.duplicate-indicator": { level2: "数量指标", name: "培训人数", row: 12 },
  "review.placeholder": { name: "培训人数", shown: "**人" },
  "review.placeholder.empty": { name: "培训人数" },
  "review.placeholder.in-name": { name: "考核全覆盖,优秀比例不超过20%", found: "不超过20%" },
  "review.unknown-target": {
    name: "培训人数",
    target: "大约一些",
    reasons: [say("target.not-understood", { raw: "大约一些" })],
  },
  "review.not-measurable.repeats-name": { name: "维持单位正常运转", target: "维持单位正常运转" },
  "review.not-measurable.needs-number": { level2: "成本指标", name: "开支标准", target: "按规定执行" },
  "review.indicator-value-mismatch.unit": { name: "培训人数（人）", unit: "人", target: "90%" },
  "review.indicator-value-mismatch.rate-as-count": { name: "合格率", target: "86人" },
  "review.indicator-value-mismatch.count-as-percent": { name: "培训人数", target: "90%" },
  "review.hint-conflict.sign": { name: "成活率", hint: "(≥**%)", target: "(≥**%)<=85", read: "≤ 85%" },
  "review.hint-conflict.unit": {
    name: "成活率",
    hint: "(≥**%)",
    unit: "%",
    target: "(≥**%)≥85万元",
    read: "≥ 85 万元",
  },
  "review.cost-with-ge": { name: "预算执行率", op: ">=" },
  "review.percent-over-100": { name: "覆盖率", top: 120 },
  "review.points-as-targets": { values: [20, 20, 10, 10, 10, 10, 20], total: 100 },
  "review.deadline-outside-year": { name: "完成时间", date: "2025-03-31", year: 2024 },
  "review.deadline-outside-period": {
    name: "完成时间",
    date: "2025-03-31",
    year: 2022,
    start: "2022-03-01",
    end: "2023-11-30",
  },
  "review.funds-mismatch": { total: 100, fiscal: 80, other: 10, sum: 90 },
  "review.schedule-decreasing": { label: "9月底", percent: 60, beforeLabel: "6月底", beforePercent: 70 },
  "review.schedule-not-100": { label: "12月底", percent: 90 },
  "read.not-an-amount": { label: "财政资金", value: "见附件" },
  "read.funds-total-zero": {},
  "read.funds-total-blank-summed": {},
  "read.funds-no-total-row-summed": {},
  "read.funds-total-cell-summed": { shown: "待定" },
  "read.funds-no-total-row": {},
  "read.row-without-name": { row: 14 },
  "read.placeholder-row": { row: 15, name: "指标1" },
  "read.shared-indicator-row": { row: 5, name: "维护道路里程" },
  "read.category-only-row": { row: 16, name: "数量指标" },
  "read.target-split": { columns: 3, first: "≥90%" },
  "read.no-indicator-rows": {},
  "read.project-label-in-level": { row: 9, label: "项目名称", name: "培训人次" },
  "read.target-by-region": { regions: ["市本级", "县区"] },
  "read.region-columns-unpaired": { header: "实际完成值", regions: 2 },
  "read.target-by-grade": { header: "绩效指标评价标准", grades: ["优", "良", "中", "差"], read: "优" },
  "read.target-by-year": { years: [2024, 2025, 2026], year: 2025, from: "workbook" },
  "read.target-year-unmatched": { years: [2024, 2025, 2026], read: 2026, budgetYear: null },
  "read.long-term-skipped": {},
  "read.mid-year-target-unread": { column: "半年(程)指标值", chosen: "全年(程)指标值" },
  "read.empty-block-other-read": {},
  "read.very-hidden-sheet": { sheet: "旧表" },
  "read.unknown-header": { header: "备注栏" },
  "read.schedule-no-year": {},
  "read.checkpoint-unknown": { label: "年中" },
  "read.checkpoint-not-a-number": { label: "6月底", shown: "过半" },
  "read.checkpoint-empty": { label: "6月底" },
  "read.schedule-over-budget": { label: "6月底", shown: "284100", percent: 1000000 },
  "read.no-project-name": {},
  "read.no-budget-year": {},
  "read.period-unread": { label: "项目期", text: "2022年起" },
  "read.period-unread-glued": { label: "项目起止时间", text: "20246-202516", end: "202516" },
  "read.year-from-names": { year: 2021 },
  "read.year-from-period": { stated: 2023, period: "2025年1月1日-2025年12月31日", year: 2025 },
  "read.no-budget": {},
  "read.spent-implausible": { spent: 200000, budget: 63.14, times: 3167.56 },
  "read.spent-negative": { spent: -2 },
  "read.spent-over-budget": { spent: 80, budget: 66.42, rate: 120.45 },
  "read.rate-mismatch": { submitted: 58.33, expected: 48.33, spent: 72.5, budget: 150 },
  "read.spent-unreadable": { value: "二十万元" },
  "read.amount-uncached": { what: "spent" },
  "read.amount-error": { what: "spent", error: "#DIV/0!" },
  "read.budget-bare-decided": { amount: 1681680, wan: 168.168, indicator: "维护成本 <1681680元", cell: null },
  "read.budget-bare-unread": { amount: 1681680, yi: 168.168 },
  "read.schedule-below-unread": {},
  "read.schedule-beside-second": { label: "分季度支出进度" },
  "read.yuan-sign-table-unit": { unit: "万元" },
  "read.yuan-sign-yuan": {},
  "read.title-without-table": { row: 29, title: "项目支出绩效自评表", selfEvaluation: true },
  "read.spent-percent": { value: "20%" },
  "read.spent-date": { date: "2024-06-30" },
  "read.schedule-amounts": { budget: 63.14 },
  "read.schedule-per-period": { budget: 120 },
  "plan.note": { text: "Inputs you typed were kept" },
  "check.actual-misplaced": { name: "预算执行率", typedFor: "工作完成率" },
  "asof.summary-overridden": { typed: "2024-10-31", asOf: "2024-08-15", from: "given" },
  "asof.summary-unreadable": { shown: "十月底", asOf: "2024-08-15" },
  "asof.summary-year-assumed": { shown: "10月31日", year: 2024, asOf: "2024-10-31" },
  "asof.before-budget-year": { asOf: "2023-07-31", year: 2024, tables: 8, suggested: "2024-07-31", nextYear: true },
  "ribbon.checked": { tables: 2, red: 1, yellow: 3 },
  "ribbon.no-tables": {},
  "ribbon.cleared": {},
  "ribbon.failed": { detail: "The sheet is protected" },
  "ribbon.label": { control: "pane" },
  "ribbon.supertip": { control: "check" },
  target: { target: parseTarget("及时保障") },
  "target.missing": {},
  "target.boolean": {},
  "target.error-value": { error: "#N/A" },
  "target.cell-unknown": {},
  "target.number-invalid": {},
  "target.serial-invalid": { raw: "2958466" },
  "target.serial-date": { serial: "45657" },
  "target.placeholder": { raw: "**人" },
  "target.unit-only": { raw: "公里" },
  "target.comparator-only": {},
  "target.not-understood": { raw: "大约一些" },
  "target.digits-not-understood": { raw: "建筑面积2.6万平方米,展示面积1万平方米" },
  "target.range-units": { low: "人", high: "人次" },
  "target.range-invalid": {},
  "target.range-order": { low: 95, high: 90 },
  "target.comparator-conflict": { prefix: ">=", suffix: "<=" },
  "target.month-invalid": { text: "2024年13月", month: 13 },
  "target.date-invalid": { text: "2024年2月30日" },
  "target.year-missing": { text: "11月底" },
  "target.year-implausible": { text: "1024年6月" },
  "target.period-order": { text: "2024.07-2024.01" },
  "target.unit-differs": { unit: "万元", column: "%" },
  "target.money-shorthand": { unit: "万", meaning: "万元" },
  "target.ratio-one": { written: 1, percent: 100 },
  "target.approx": {},
  "target.sign-differs": { sign: "正向", op: "<=" },
  "target.reach": { word: "达到" },
  "target.timeliness-le": {},
  "target.lower-le": {},
  "target.cost-whole": {},
  "target.cost-whole-bare": {},
  "target.zero-le": {},
  "target.zero-new": {},
  "target.zero-share": {},
  "target.clock-time": { raw: "8:30" },
  "target.clock-or-ratio": { raw: "20:30" },
  "target.from-name": { text: "100%" },
  "target.name-sign": { op: ">=" },
  "target.qualitative-sign": {},
  "target.tolerance": {},
  "target.ignored-label": { label: "年度预算" },
  "target.parts": { parts: PARTS, judged: 0 },
  "target.parse-error": { detail: "RangeError: x" },
  "target.reasons": { reasons: [say("target.lower-le", {}), say("target.ignored-label", { label: "年度预算" })] },
  quantity: { value: 12, unit: "人" },
  "actual.cell-error": { error: "#N/A" },
  "actual.not-a-grade": { value: "基本完成" },
  "actual.not-a-date": { value: "年底" },
  "actual.unit-mismatch": { unit: "人", targetUnit: "%" },
  "actual.may-exceed-cap": { value: "50万元以上", sign: "≤", limit: 50, unit: "万元" },
  "actual.may-miss-floor": { value: "90%以下", sign: "≥", limit: 90, unit: "%" },
  "actual.not-a-percent": { value: "9500", percent: 9500 },
  "actual.over-whole": { value: "950", percent: 950 },
  "actual.past-fraction": { value: "1.5", target: parseTarget("≥ 85%") },
  "actual.fraction-or-percent": { value: "1.5", target: parseTarget("≥ 85%") },
  "actual.negative": { value: "-1起" },
  "actual.not-reached-under-cap": { value: "未达到", target: parseTarget("≤2次") },
  "actual.day-kinds": { value: "8天", days: 8, target: parseTarget("≤7工作日") },
  "actual.weeks-and-months": { value: "4次/月", target: parseTarget("≥1次/周") },
  "actual.ratio-ambiguous": { value: 14, target: parseTarget("1:15") },
  "actual.implausible": { value: 48000000, times: 9600000, unit: "万人次" },
  "actual.not-a-number": { value: "较多" },
  "actual.not-applicable": { value: "不适用" },
  "actual.several-numbers": { value: "完成3.2万人次，其中线上1万人次", numbers: ["3.2万人次", "1万人次"] },
  "actual.none-for-number": { value: "无", target: parseTarget("≥ 100%") },
  "actual.not-done": { value: "预计年底完成95%", target: parseTarget("≥ 90%"), said: "forecast" },
  "actual.attended-over-due": { value: "应到100人，实到120人", due: "100人", came: "120人" },
  "actual.aside-disagrees": {
    value: "出勤率90%（应到20人实到20人）",
    share: 90,
    aside: "应到20人实到20人",
    computed: 100,
  },
  "actual.share-for-count": { value: "按进度执行,已使用约40%", share: 40, target: parseTarget("≤ 220 万元") },
  "actual.said-not-reached": { value: "95%（未达标）", target: parseTarget("≥ 90%") },
  "actual.said-reached": { value: "达成，80%", target: parseTarget("≥ 90%"), word: "达成" },
  "actual.below-expectation-under-cap": { value: "低于预期", target: parseTarget("≤100万元") },
  "actual.done-share-under-cap": { value: "已完成80%", target: parseTarget("≤5%"), share: 80 },
  "actual.signed-fall": { value: "-6%", target: parseTarget("≥ 5%") },
  "actual.two-readings": { value: "3千50人", readings: ["3050人", "3500人"] },
  "actual.is-a-time": { value: "2024年Q3", span: true },
  "actual.is-a-date": { date: "2024-09-30" },
  "actual.uncached-formula": {},
  "actual.baseline-year": {
    value: "较2022年增长6%",
    target: parseTarget("≥ 5%"),
    year: 2022,
    baseline: 2023,
    budgetYear: 2024,
  },
  "actual.words-for-share": { value: "按规定执行", target: parseTarget("100%") },
  "actual.name-typed": { value: "财务管理规范度" },
  "actual.baseline-period": { value: "环比增长6%", target: parseTarget("提高 5%"), year: 2023 },
  "actual.range-straddles": { value: "85%-90%", target: parseTarget("≥ 90%") },
  "actual.fraction-over-one": { value: "50/45", share: 111.11, swapped: 90 },
  "actual.ordinal-range": { value: "6-10期", low: 6, high: 10, unit: "期" },
  "actual.numbered-under-change": { value: "第6-10期", low: 6, high: 10, unit: "期" },
  "actual.per-part-left-out": { value: "583元", unit: "元", targetUnit: "元/人/月", per: "人/月", number: 583 },
  "actual.points-for-share": { value: "96.5分", number: 96.5, target: parseTarget("≥95%") },
  "actual.no-such-month": { value: "2024.13", month: 13 },
  "actual.conclusion-for-share": { value: "合格", target: parseTarget("100%"), word: "合格" },
  "actual.opinion-for-number": { value: "满意", target: parseTarget("≥ 90%"), unit: "%" },
  "actual.direction-only": { value: "下降", target: parseTarget("≥ 5%") },
  "actual.not-reached-said": { value: "未达到90%", target: parseTarget("≥ 90%") },
  "actual.added-or-rise": { value: "新增120人次", target: parseTarget("提高 100 人次") },
  "judge.target-not-understood": { raw: "大约一些", reasons: [say("target.not-understood", { raw: "大约一些" })] },
  "judge.pending": {},
  "judge.actual-kind-mismatch": {},
  "judge.no-number": {},
  "judge.range-no-high": {},
  "judge.no-comparator": {},
  "judge.due-in-name": { deadline: "2024-07-31" },
  "judge.claim-strict": { text: "超过50万元", value: 50, unit: "万元", above: true },
  "judge.claim-may-exceed": { text: "近100人", value: 90, unit: "人" },
  "judge.part-judged": { judged: PARTS[0], others: PARTS.slice(1) },
  "judge.parts-needed": { parts: PARTS },
  // why: the part's reason, already worded in the language shown (English here).
  "judge.parts": { items: PARTS.map((part) => ({ part, why: "Actual 4 times, target ≥ 3 times" })) },
  "judge.parts-count": { parts: 2, actual: 3 },
  "judge.plain": { actual: 85, unit: "%", target: parseTarget("≥90%") },
  "judge.pro-rated": { expected: 45, months: 6, of: 12, actual: 30, unit: "人次" },
  "judge.completed": { done: "2024-06-30", deadline: "2024-12-31" },
  "judge.completion-span": { text: "2024年上半年", done: "2024-06-30" },
  "judge.read-from-sentence": { text: "截至6月底完成3.2万人次", value: 3.2, unit: "万人次" },
  "judge.read-typed": { text: "92%-95%", value: 92, unit: "%", as: "range" },
  "judge.read-provisional": { text: "95%（暂定）", value: 95, unit: "%" },
  "judge.part-done": { text: "已完成80%" },
  "judge.read-over-target": { text: "超额20人", value: 120, unit: "人" },
  "judge.read-added": { text: "新增50人", value: 50, unit: "人" },
  "judge.read-share-of-target": { text: "100%完成", share: 100, target: 100, value: 100, unit: "人" },
  "judge.read-turn": { text: "不降反增", value: 0, unit: "%", strict: true },
  "judge.read-in-year": { text: "9月底", done: "2024-09-30" },
  "judge.completed-late": { done: "2025-01-10", deadline: "2024-12-31", late: 10 },
  "judge.completion-planned": { done: "2024-10-31", deadline: "2024-12-31", asOf: "2024-07-31" },
  "judge.planned-date-passed": { text: "预计2024年9月完成", asOf: "2024-12-31" },
  "judge.planned-date-passed-late": { text: "预计2024年11月完成", deadline: "2024-10-31", late: 30 },
  "judge.completion-planned-late": { done: "2025-01-10", deadline: "2024-12-31", late: 10, asOf: "2024-07-31" },
  "judge.done-without-date": { grade: "achieved", deadline: "2024-12-31" },
  "judge.not-started": { deadline: "2024-10-31", due: false, late: true, goal: parseTarget("≥200人次") },
  "judge.in-progress": { goal: parseTarget("≥200人次"), deadline: "2024-12-31", due: false, late: true },
  "judge.grade": { grade: "partly", goal: "及时保障" },
  "judge.moved": { grade: "achieved", actual: "增372人次", goal: "增加" },
  "judge.grade-for-number": { grade: "not", goal: parseTarget("≥90%") },
  "judge.conforms-for-share": { text: "有", goal: parseTarget("100%") },
  "judge.outside-range": { text: "存在18岁以下、54周岁以上", goal: parseTarget("18—54周岁") },
  "execution.no-budget": {},
  "judge.read-as-fraction": { value: 0.96 },
  "judge.one-read-as-whole": {},
  "judge.ahead": {},
  "judge.single-item": {},
  "judge.over-exact": {},
  "judge.unit-slip": { typed: 4800000, typedIn: "元", value: 480, unit: "万元" },
  "execution.spent-implausible": { spent: 200000, budget: 63.14, times: 3167.56 },
  "execution.spent-negative": { spent: -2 },
  "execution.over-budget": { spent: 80, budget: 66.42, rate: 120.45 },
  "execution.why": { rate: 45.23, planned: 59.35, lag: 14.12, time: 75, from: "schedule" },
  "selfeval.score.band": {
    name: "群众满意度",
    submitted: 5,
    low: 8,
    high: 10,
    grade: "achieved",
    lowShare: 80,
    highShare: 100,
  },
  "selfeval.score": { name: "培训人数", submitted: 9, expected: 8.62 },
  "selfeval.score.group": { name: "一个存储备份器", count: 2, submitted: 10, low: 8, high: 10 },
  "selfeval.reason": { name: "培训人数", score: 5, weight: 10 },
  "selfeval.budget-score": { submitted: 9, expected: 8.62, spent: 86.2, budget: 100, weight: 10 },
  "selfeval.rate": { submitted: 90, expected: 86.2, spent: 86.2, budget: 100 },
  "selfeval.execution-reason": { rate: 86.2, threshold: 90 },
  "selfeval.execution-weight": { submitted: 100, usual: 10 },
  "selfeval.execution-row-score": { name: "预算执行率", submitted: 10, expected: 8.62, rate: 86.2, weight: 10 },
  "selfeval.execution-row-rate": { name: "预算执行率", submitted: 86.2, expected: 95, spent: 95, budget: 100 },
  "selfeval.total": { submitted: 90, expected: 88.5 },
  "selfeval.weights": { sum: 80, execution: 10, indicators: 70, full: 100 },
  "host.sheets-protected": { sheets: ["项目1", "项目2"] },
  "host.structure-locked": {
    host: "WPS",
    action: "check",
    needs: { show: ["项目3"], add: ["监控汇总", "_PerfTargets"], remove: [] },
  },
  "host.refused-sheets": { host: "WPS", action: "clear", sheets: ["项目1"] },
  "host.refused-structure": {
    host: "Excel",
    action: "save-settings",
    needs: { show: [], add: ["_PerfTargets"], remove: [] },
  },
  "host.refused": { action: "check", touched: ["项目1", "监控汇总"] },
  "host.busy": {},
  "host.edit-mode": {},
  "host.access-denied": {},
  "host.too-large": {},
  "host.error": { host: "Excel", detail: "GeneralException: network error" },
  "host.no-workbook": {},
  "host.no-application": {},
  "host.no-task-pane": {},
  "host.date-system-unknown": {},
  "host.notes-unsupported": {},
  "host.rule-refused": { sheet: "项目1", detail: "too many rules", rules: 3 },
  "host.sheet-missing": { sheet: "项目1" },
  "host.sheet-gone": { sheet: "项目1" },
  "host.workbook-closed": { workbook: "甲单位.xlsx" },
  "usage.unknown-option": { option: "-x", file: '"-x.xlsx"' },
  "usage.needs-value": { option: "--out" },
  "usage.takes-no-value": { option: "--json" },
  "usage.other": { detail: "Unexpected argument 'x'" },
  "usage.unknown-command": { command: "chek" },
  "usage.out-empty": {},
  "usage.input-empty": {},
  "usage.as-of": { reason: say("asOf.no-such-day", { text: "2024-02-30", year: 2024, month: 2, days: 29 }) },
  "usage.lang": { value: "fr" },
  "usage.fail-on": { value: "blue" },
  "usage.text": {},
  "asOf.empty": {},
  "asOf.format": { text: "6/30/2024" },
  "asOf.year": { text: "2301-01-01" },
  "asOf.no-such-month": { text: "2024-13-01", month: 13 },
  "asOf.no-such-day": { text: "2024年2月30日", year: 2024, month: 2, days: 29 },
  "file.not-regular": {},
  "file.too-big": { size: 600, limit: 512 },
  "file.empty": {},
  "file.too-short": { size: 1 },
  "file.unreadable-in-browser": {},
  "file.encrypted": {},
  "file.legacy-binary": {},
  "file.html-or-xml-table": {},
  "file.other-format": { ext: ".xls", accepted: ".xlsx / .xlsm / .xltx / .xltm" },
  "file.partial-download": { ext: ".crdownload", name: "乙单位.xlsx" },
  "file.text-table": {},
  "file.not-xlsx": { accepted: ".xlsx / .xlsm / .xltx / .xltm" },
  "file.no-content": {},
  "file.no-goal-tables": {},
  "file.locked-structure": {},
  "file.shared-workbook": {},
  "file.too-many-formats": { formats: 65_428, added: 4, limit: 65_430 },
  "file.as-of-today": { asOf: "2026-12-01", budgetYear: 2023 },
  "file.missing": {},
  "file.missing-wildcard": { folder: "各单位" },
  "file.link-broken": { target: "/mnt/共享/甲单位.xlsx" },
  "file.same-as": { first: "各单位/甲单位.xlsx" },
  "file.lock-file": { workbook: "甲单位.xlsx", app: "Excel" },
  "file.open-elsewhere": { lock: "~$甲单位.xlsx", app: "Excel" },
  "file.inaccessible": { reason: { permission: true } },
  "file.folder-unreadable": { reason: { code: "ENOTDIR" } },
  "file.check-failed": { detail: "Maximum call stack size exceeded" },
  "file.write-failed": { detail: "ENOSPC: no space left on device" },
  "file.out-folder": { folder: "输出/监控", problem: { fileInTheWay: "输出" } },
  "file.out-in-use": { name: "a.checked.xlsx" },
  "file.out-name-too-long": { name: "关于印发2024年度项目支出绩效目标的通知.checked.xlsx" },
  "file.interrupted": { removedUnfinished: true },
  "file.zip-no-directory": {},
  "file.zip64-invalid": {},
  "file.zip-entry-invalid": {},
  "file.part-misplaced": { part: "xl/worksheets/sheet1.xml" },
  "file.part-incomplete": { part: "xl/worksheets/sheet1.xml" },
  "file.part-twice": { part: "xl/worksheets/sheet1.xml" },
  "file.part-compression": { part: "xl/worksheets/sheet1.xml", method: 12 },
  "file.part-inflate-failed": { part: "xl/worksheets/sheet1.xml", detail: "invalid distance too far back" },
  "file.part-checksum": { part: "xl/worksheets/sheet2.xml" },
  "file.part-encrypted": { part: "xl/worksheets/sheet1.xml" },
  "file.part-too-large": { part: "xl/worksheets/sheet1.xml", size: 300, limit: 256 },
  "file.total-too-large": { limit: 512 },
  "file.ratio-too-high": { part: "xl/worksheets/sheet1.xml", ratio: 500 },
  "file.xml-broken": { element: "x:row" },
  "file.strict-xml": {},
  "file.word-or-powerpoint": {},
  "file.no-workbook-part": {},
  "file.part-damaged": { part: "xl/worksheets/sheet1.xml", root: "worksheet", sheet: "项目1", why: { element: "row" } },
  "file.sheet-entry-damaged": { sheet: "项目1", samePart: "项目2", part: "xl/worksheets/sheet1.xml" },
  "file.cell-damaged": { sheet: "项目1", cell: "B1", string: "99999", count: 120 },
  "file.part-utf16": { part: "xl/worksheets/sheet1.xml" },
  "file.too-many-cells": { limit: 5_000_000 },
  "file.sheet-too-large": { sheet: "项目1", cells: 2_000_001, limit: 2_000_000 },
};

const examples = (Object.keys(EXAMPLES) as MessageCode[]).map((code) => say(code, EXAMPLES[code] as never));

describe("the message catalogues", () => {
  it("word the same codes in Chinese and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(zh).sort());
  });

  it.each(examples.map((m) => [m.code, m] as const))("%s: English has no Chinese of ours", (_code, message) => {
    const english = renderMessage(message, "en");
    expect(english.trim()).not.toBe("");
    expect([message.code, ourWords(english)]).toEqual([message.code, expect.not.stringMatching(CJK)]);
    expect(renderMessage(message)).toBe(renderMessage(message, "zh"));
  });

  // verdict56: a none against a cap, a gap over the target or plan: worded apart from the other variants, in both languages.
  it.each([
    [
      say("actual.none-for-number", { value: "无", target: parseTarget("≤ 0.5%"), cap: true }),
      say("actual.none-for-number", { value: "无", target: parseTarget("≤ 0.5%") }),
    ],
    [
      say("actual.not-done", { value: "比计划多10人", target: parseTarget("≥ 100 人"), said: "over" }),
      say("actual.not-done", { value: "比计划多10人", target: parseTarget("≥ 100 人"), said: "shortfall" }),
    ],
    // verdict58: an amount applied for, another indicator's number, what a stock gained, a part of the year.
    // verdict60: another year's amount.
    ...(["other", "measure", "added", "part", "year"] as const).map((said) => [
      say("actual.not-done", {
        value: "申报120人",
        target: parseTarget("≥ 100 人"),
        said,
        word: "申报",
        year: 2023,
        budgetYear: 2024,
      }),
      say("actual.not-done", {
        value: "申报120人",
        target: parseTarget("≥ 100 人"),
        said: said === "part" ? "forecast" : "change",
      }),
    ]),
  ])("words the variant %j apart from %j", (variant, other) => {
    for (const lang of ["zh", "en"] as const) expect(renderMessage(variant, lang)).not.toBe(renderMessage(other, lang));
    expect(ourWords(renderMessage(variant, "en"))).not.toMatch(CJK);
  });

  it("words every unit the reader makes canonical in English (a unit quoted as written is the user's own)", () => {
    const canonical = new Set([...Object.values(UNIT_ALIASES), ...TIME_UNITS, ...MONEY_UNITS]);
    expect([...canonical].filter((unit) => CJK.test(unitEn(unit)) || unitEn(unit).startsWith("“"))).toEqual([]);
  });

  it("keeps the user's own text in English, quoted and unchanged", () => {
    expect(renderMessage(say("review.placeholder", { name: "培训人数", shown: "**人" }), "en")).toBe(
      "Target not filled in: the target of “培训人数” is still the placeholder “**人”",
    );
    expect(renderMessage(say("review.missing-level1", { missing: ["effect", "satisfaction"] }), "en")).toBe(
      "Indicators incomplete: no benefit and satisfaction indicators (each first-level category is needed)",
    );
    expect(renderMessage(say("review.missing-level1", { missing: ["effect", "satisfaction"] }))).toBe(
      "指标不够完整：缺少一级指标“效益指标”“满意度指标”",
    );
  });
});

function xlsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "bad" ? [] : xlsxFiles(path);
    return name.endsWith(".xlsx") ? [path] : [];
  });
}

describe("every message the fixtures produce", () => {
  const files = xlsxFiles(FIXTURES);

  it("finds fixtures to check", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [relative(FIXTURES, f), f]))(
    "%s: stored Chinese = the catalogue's, English without Chinese of ours",
    async (_name, file) => {
      const { snapshot } = await snapshotFromXlsx(readFileSync(file));
      const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2024-09-30" });
      const notes: { message: string; text: Message }[] = [
        ...check.review,
        ...check.diagnostics,
        ...check.tables.flatMap((t) => t.selfEvaluation?.findings ?? []),
      ];
      for (const note of notes) {
        expect(note.message).toBe(renderMessage(note.text));
        expect([note.text.code, ourWords(renderMessage(note.text, "en"))]).toEqual([
          note.text.code,
          expect.not.stringMatching(CJK),
        ]);
      }
      // Judged in English, the reasons and target descriptions hold no Chinese of ours either.
      const english = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, lang: "en", asOf: "2024-09-30" });
      const texts = english.tables.flatMap((t) => [
        t.result.execution?.why ?? "",
        ...checkedIndicators(t).flatMap((i) => [
          i.result.why,
          renderMessage(say("target", { target: i.indicator.target }), "en"),
        ]),
      ]);
      for (const text of texts) expect([text, ourWords(text)]).toEqual([text, expect.not.stringMatching(CJK)]);
    },
  );
});

// review56: a change typed against a level was “a change, not the level the target asks for, not an amount done …;
// type the amount done so far” in English, where the Chinese asks for the level reached (请填写实际达到的数值).
test("a change against a level asks for the level reached in both languages", () => {
  const message = say("actual.not-done", { value: "同比下降5%", target: parseTarget("≥ 90%"), said: "change" });
  expect(renderMessage(message, "zh")).toContain("请填写实际达到的数值");
  expect(renderMessage(message, "en")).toBe(
    "Actual not judged: “同比下降5%” is a change (on last year or the like); the target ≥ 90% asks for the level reached; type the level reached",
  );
});

// English says the noun after 1 in the singular (plural.ts): “1 day late”, not “1 days late”. Every number the
// examples give, made 1; a unit's word after 1 too (“1 person”).
test("after the number 1, English says the noun in the singular", () => {
  const one = (params: object) =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "number" ? 1 : v]));
  // “times” as a multiplier (“1 times the budget”) is English either way.
  const PLURAL =
    /(?<![\d.,])1 (indicators|tables|performance target tables|days|points|cells|quantities|numbers|columns|regions|times(?! the| \()|files|notes|projects|sheets|copies|people|person-times|items|years|months|rows|formats)\b/;
  const found = examples
    .map((m) => renderMessage(say(m.code, one(m.params) as never), "en"))
    .filter((text) => PLURAL.test(text));
  expect(found).toEqual([]);
});

test("a unit after 1 is singular in English, a scaled or symbol unit as it is", () => {
  const plain = (actual: number, unit: string, target: string) =>
    renderMessage(say("judge.plain", { actual, unit, target: parseTarget(target) }), "en");
  expect(plain(1, "人", "≥1人")).toBe("Actual 1 person, target ≥ 1 person");
  expect(plain(2, "人", "≥1人")).toBe("Actual 2 people, target ≥ 1 person");
  expect(plain(1, "个月", "≤1个月")).toBe("Actual 1 month, target ≤ 1 month");
  expect(plain(1, "次/月", "≥1次/月")).toBe("Actual 1 time/month, target ≥ 1 time/month");
  expect(plain(1, "万人", "≥1万人")).toBe("Actual 10,000 people, target ≥ 10,000 people");
  expect(plain(1, "公里", "≥1公里")).toBe("Actual 1 km, target ≥ 1 km");
  expect(plain(1, "批", "≥1批")).toBe("Actual 1 batch, target ≥ 1 batch");
  expect(
    renderMessage(say("judge.completed-late", { done: "2025-01-01", deadline: "2024-12-31", late: 1 }), "en"),
  ).toBe("Completed 2025-01-01, deadline 2024-12-31, 1 day late");
});
