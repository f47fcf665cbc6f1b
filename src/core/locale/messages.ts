/**
 * Every text the core generates (review findings, reading notes, …) as a stable code and its parameters.
 * The catalogues turn a code and its parameters into words: Chinese (zh/messages.ts) is the default and
 * what every stored `message` string is; English (en.ts) renders the same code in English. A message lives
 * in exactly one place: its template in each catalogue (the compiler checks both cover every code).
 *
 * Parameters are data, never prose: numbers; language-neutral strings (ISO dates, "45.2%"); the user's own
 * text (names, cells as written, which each language quotes unchanged); and small enums the catalogues
 * translate (categories, comparators).
 *
 * @example
 * const m = say("review.placeholder.empty", { name: "培训人数" });
 * renderMessage(m)        // "指标值未填写：“培训人数”没有指标值"
 * renderMessage(m, "en")  // "Target not filled in: “培训人数” has no target value"
 */
import type { Grade } from "../evaluate/actual";
import type { StructureNeeds } from "../plan/sheetsTouched";
import type { Comparator, ParsedTarget } from "../types";
import { en } from "./en";
import { zh } from "./zh/messages";
import { MessageRecord } from "../records";

export type Lang = "zh" | "en";

/** The three first-level categories (一级指标) a project table must have. */
export type Level1Kind = "output" | "effect" | "satisfaction";

/** The four output sub-categories (产出 二级指标) a project table should cover. */
export type OutputSubtype = "quantity" | "quality" | "timeliness" | "cost";

/** What a target's description needs (a ParsedTarget is one). */
export type TargetShape = Pick<
  ParsedTarget,
  "kind" | "op" | "opExplicit" | "value" | "high" | "unit" | "date" | "start" | "raw" | "normalized"
>;

/** One quantity of a target of several: the user's words naming it (may be "") and the part. */
export interface TargetPartShape {
  label: string;
  target: TargetShape;
}

/** A message that needs nothing but its code. */
type NoParams = Record<string, never>;

/**
 * What an actual said instead of the amount done (actual.not-done); unclear: 未完成10人, the amount not done or the only
 * amount done; other: an amount applied for, needed, due or held room for (申报120人); measure: another indicator's
 * number (不满意率5% under 满意度: its name is `word`); added: what a stock gained (新增50人 under 在册人数); part: a part
 * of the year (下半年完成120人); year: the amount of a year before the table's (2023年上半年完成120人 in 2024's table);
 * under-way: an amount under way (在建3个), not done.
 */
export type NotDone =
  | "forecast"
  | "shortfall"
  | "over"
  | "change"
  | "unclear"
  | "other"
  | "measure"
  | "added"
  | "part"
  | "year"
  | "earlier"
  | "under-way";
/**
 * An actual said from one side against a limit: the text typed, the target's sign, number and unit. near: the value was
 * written with 近 (近90%), about the number and below it, no bound proven.
 */
type OneSided = { value: string; sign: string; limit: number; unit: string | null; near?: boolean };

/** Parameters of each message, by code. User text is marked in the comments; the rest is data. */
export interface MessageParams {
  // ── Target review (绩效目标审核); the code starts with the rule's id ──
  "review.missing-level1": { missing: Level1Kind[] };
  "review.missing-output-subtype": { missing: OutputSubtype[] };
  /** level1: user text. */
  "review.level-type-error.not-a-category": { level1: string };
  /** level1, level2: user text. */
  "review.level-type-error.wrong-parent": { level2: string; belongs: Level1Kind; level1: string };
  /** level2, name: user text; row: 1-based row of the first one. */
  "review.duplicate-indicator": { level2: string; name: string; row: number };
  /** name, shown: user text. */
  "review.placeholder": { name: string; shown: string };
  "review.placeholder.empty": { name: string };
  /** found: the end of the name that reads as a target (`不超过20%`), as written (compact). */
  "review.placeholder.in-name": { name: string; found: string };
  /** name, target: user text; reasons: why the target was not understood (the target.* messages). */
  "review.unknown-target": { name: string; target: string; reasons?: Message[] };
  "review.not-measurable.repeats-name": { name: string; target: string };
  "review.not-measurable.needs-number": { level2: string; name: string; target: string };
  /** unit: the unit in the indicator's name, as written. */
  "review.indicator-value-mismatch.unit": { name: string; unit: string; target: string };
  "review.indicator-value-mismatch.rate-as-count": { name: string; target: string };
  "review.indicator-value-mismatch.count-as-percent": { name: string; target: string };
  /** hint: the form's `(≥**%)`; target: as written; read: the value as read (normalized). */
  "review.hint-conflict.sign": { name: string; hint: string; target: string; read: string };
  "review.hint-conflict.unit": { name: string; hint: string; unit: string; target: string; read: string };
  "review.cost-with-ge": { name: string; op: Extract<Comparator, ">=" | ">"> };
  /** top: percent. */
  "review.percent-over-100": { name: string; top: number };
  /** values: the targets as read, in the table's order; total: what they add to (100, or 90). */
  "review.points-as-targets": { values: number[]; total: number };
  /** date: ISO. */
  "review.deadline-outside-year": { name: string; date: string; year: number };
  /** start, end: the project period's first and last day, ISO. */
  "review.deadline-outside-period": { name: string; date: string; year: number; start: string; end: string };
  /** Amounts in 万元. */
  "review.funds-mismatch": { total: number; fiscal: number; other: number; sum: number };
  /** label, beforeLabel: checkpoint labels as written; percents in percent units. */
  "review.schedule-decreasing": { label: string; percent: number; beforeLabel: string; beforePercent: number };
  "review.schedule-not-100": { label: string; percent: number };

  // ── Reading notes (diagnostics of the reader); label, value, name, header, first, shown: user text ──
  "read.not-an-amount": { label: string; value: string };
  "read.funds-total-zero": NoParams;
  "read.funds-total-blank-summed": NoParams;
  "read.funds-no-total-row-summed": NoParams;
  /** The funds table's total row is there, its cell in this column blank or no amount (shown: its text, or null). */
  "read.funds-total-cell-summed": { shown: string | null };
  "read.funds-no-total-row": NoParams;
  /** row: 1-based. */
  "read.row-without-name": { row: number };
  "read.placeholder-row": { row: number; name: string };
  "read.shared-indicator-row": { row: number; name: string };
  "read.category-only-row": { row: number; name: string };
  "read.target-split": { columns: number; first: string };
  "read.no-indicator-rows": NoParams;
  /** label: the 项目名称 / 项目编码 label as written in the level column; name: the indicator name beside it. */
  "read.project-label-in-level": { row: number; label: string; name: string };
  /** regions: the region labels as written (user text). */
  "read.target-by-region": { regions: string[] };
  "read.region-columns-unpaired": { header: string; regions: number };
  /**
   * years: the years the target columns are dated by; year: the table's budget year (its column is read), from: where
   * that year comes from — the table itself, the check's setting, or the workbook's other tables.
   */
  "read.target-by-year": { years: number[]; year: number; from: "table" | "setting" | "workbook" | "code" };
  /** read: the year of the column read; budgetYear: the table's (stated, set or the workbook's), null when none. */
  "read.target-year-unmatched": { years: number[]; read: number; budgetYear: number | null };
  /** grades: the grade columns under 评价标准 as written (优 / 良 / 中 / 差); read: the one read as the target. */
  "read.target-by-grade": { header: string; grades: string[]; read: string };
  "read.long-term-skipped": NoParams;
  "read.mid-year-target-unread": { column: string; chosen: string };
  "read.empty-block-other-read": Record<string, never>;
  /** sheet: the sheet's name (user text). */
  "read.very-hidden-sheet": { sheet: string };
  "read.unknown-header": { header: string };
  "read.schedule-no-year": NoParams;
  "read.checkpoint-unknown": { label: string };
  "read.checkpoint-not-a-number": { label: string; shown: string };
  "read.checkpoint-empty": { label: string };
  /** A plan share above 100 % of the budget (percent units): impossible, the schedule is not judged on. */
  "read.schedule-over-budget": { label: string; shown: string; percent: number };
  /** budget: 万元. */
  "read.schedule-amounts": { budget: number };
  /** A plan written period by period, cumulated; budget (万元) when its values are amounts, else null. */
  "read.schedule-per-period": { budget: number | null };
  "read.no-project-name": NoParams;
  "read.no-budget-year": NoParams;
  /** A project period (label, text as written) with a year that reads as no dates. */
  "read.period-unread": { label: string; text: string };
  /** …written as digits glued without 年 / 月 / a dot (20246-202516), one end of no single reading. */
  "read.period-unread-glued": { label: string; text: string; end: string };
  "read.year-from-names": { year: number };
  /** stated: the year the table's title or year line writes; period: the project period as written, all in `year`. */
  "read.year-from-period": { stated: number; period: string; year: number };
  "read.no-budget": NoParams;
  /** spent / budget: 万元; times: spent ÷ budget. */
  "read.spent-implausible": { spent: number; budget: number; times: number };
  /** spent / budget: 万元; rate: percent. */
  "read.spent-over-budget": { spent: number; budget: number; rate: number };
  /** submitted: the 执行率 written (percent); expected: spent ÷ budget (percent); spent, budget: 万元. */
  "read.rate-mismatch": { submitted: number; expected: number; spent: number; budget: number };
  /** value: the cell's text. */
  "read.spent-unreadable": { value: string };
  /** spent: 万元, below zero. */
  "read.spent-negative": { spent: number };
  /** An amount of the header block (budget, its parts, spent) written as a formula the file holds no result for. */
  "read.amount-uncached": { what: "budget" | "fiscal" | "other" | "spent" };
  /** The same amount written as a formula that shows an error value; error: as shown (#DIV/0!, #REF!). */
  "read.amount-error": { what: "budget" | "fiscal" | "other" | "spent"; error: string };
  "read.budget-bare-decided": { amount: number; wan: number; indicator: string | null; cell: string | null };
  "read.budget-bare-unread": { amount: number; yi: number };
  "read.schedule-below-unread": NoParams;
  "read.schedule-beside-second": { label: string };
  /** unit: the table's stated money unit (万元, 元, 亿元). */
  "read.yuan-sign-table-unit": { unit: string };
  "read.yuan-sign-yuan": NoParams;
  /** row: 1-based; title: as written; selfEvaluation: the title announces a 自评表. */
  "read.title-without-table": { row: number; title: string; selfEvaluation: boolean };
  "read.spent-percent": { value: string };
  /** A date in the 执行数 cell (a date-formatted number, e.g. 45473 shown 2024/6/30); date ISO. */
  "read.spent-date": { date: string };

  /** A note of the plan (kept inputs, cells not cleared …): worded by core/plan in the settings' language. */
  "plan.note": { text: string };
  /** name: the indicator on the row now; typedFor: the one its typed cells were for, where it is now (null: not found). */
  "check.actual-misplaced": { name: string; typedFor: string | null };
  /**
   * The date typed on our summary (typed, asOf: ISO) was not used: the run was given another, or (from: "saved") the
   * date saved in the workbook's settings wins.
   */
  "asof.summary-overridden": { typed: string; asOf: string; from: "given" | "saved" };
  /** shown: what the summary's 监控时点 cell holds (user text), no date; asOf: the date judged at (ISO). */
  "asof.summary-unreadable": { shown: string; asOf: string };
  "asof.summary-year-assumed": { shown: string; year: number; asOf: string };
  /**
   * The date judged at (asOf, ISO) falls before `year`, the budget year of `tables` tables, has begun: nothing was due
   * yet (a mistyped year, most often); `suggested`: the same day in that year.
   */
  "asof.before-budget-year": { asOf: string; year: number; tables: number; suggested: string; nextYear: boolean };

  // ── What a ribbon command (Excel, WPS) says when it is done, in the language of its run ──
  "ribbon.checked": { tables: number; red: number; yellow: number };
  "ribbon.no-tables": NoParams;
  "ribbon.cleared": NoParams;
  /** detail: the error's own text, as the host gave it. */
  "ribbon.failed": { detail: string };
  /** The WPS ribbon's own words (its getLabel / getScreentip / getSupertip callbacks), in the language chosen. */
  "ribbon.label": { control: RibbonButton };
  "ribbon.supertip": { control: RibbonButton };

  // ── Why a run in Excel or WPS stopped (the host adapters); sheets: names as written (user text) ──
  /** The plan writes on these protected sheets: nothing was written. */
  "host.sheets-protected": { sheets: string[] };
  /** The workbook's structure is protected and the plan must show, add or delete sheets: nothing was changed. */
  "host.structure-locked": { host: HostName; action: HostAction; needs: StructureNeeds };
  /**
   * Excel refused a write mid-run (AccessDenied), read again: these sheets are protected now (sheets), or the structure
   * with what the plan adds or deletes (needs), or neither found and the sheets the plan writes named (touched). The
   * writes of earlier syncs are done: the run is unfinished.
   */
  "host.refused-sheets": { host: HostName; action: HostAction; sheets: string[] };
  "host.refused-structure": { host: HostName; action: HostAction; needs: StructureNeeds };
  "host.refused": { action: HostAction; touched: string[] };
  /** A check or Clear marks is already running. */
  "host.busy": NoParams;
  /** Office.js error codes explained: InvalidOperationInCellEditMode, AccessDenied, Request/ResponsePayloadSizeLimitExceeded. */
  "host.edit-mode": NoParams;
  "host.access-denied": NoParams;
  "host.too-large": NoParams;
  /** Any other error of the host; detail: its own message (technical, as the host gave it). */
  "host.error": { host: HostName; detail: string };
  /** WPS: no workbook open; no Application object (the add-in's page outside WPS); no task panes in this version. */
  "host.no-workbook": NoParams;
  "host.no-application": NoParams;
  "host.no-task-pane": NoParams;
  /** The workbook's date system (1900 / 1904) could not be read: dates were read and written in the 1900 system. */
  "host.date-system-unknown": NoParams;
  /** Excel below ExcelApi 1.18 (no Worksheet.notes): the check's explanation notes were not put on the cells. */
  "host.notes-unsupported": NoParams;
  /**
   * WPS refused to add a highlight rule of ours (FormatConditions.Add: "对单个区域定义的条件格式不能超过三个" — the clerk's own
   * rules over the same cells); the rest of the check is written. detail: WPS's own message.
   */
  "host.rule-refused": { sheet: string; detail: string; rules: number };
  /** A sheet the plan writes is not in the workbook (the plan and the workbook disagree). */
  "host.sheet-missing": { sheet: string };
  /** WPS: a result's cell is on a sheet no longer there (renamed or deleted since the check); sheet: as checked. */
  "host.sheet-gone": { sheet: string };
  /**
   * WPS: the workbook a result came from (its file name) is not open now: closed, or saved under another name (Save As
   * changes the FullName the result remembers); the one task pane serves every workbook.
   */
  "host.workbook-closed": { workbook: string };

  // ── The command line's usage errors (main prints one with the usage text and exits 2); option, command: as typed ──
  /**
   * file: an argument that looks like a file starting with - (JSON-quoted, as it is to be typed after --);
   * near: the option it is most likely a misspelling of (--as-off, --Force, -out → --as-of, --force, --out).
   */
  "usage.unknown-option": { option: string; file?: string; near?: string };
  "usage.needs-value": { option: string };
  "usage.takes-no-value": { option: string };
  /** Node's own parse error (English, as Node gives it). */
  "usage.other": { detail: string };
  "usage.unknown-command": { command: string };
  "usage.out-empty": NoParams;
  "usage.input-empty": NoParams;
  /** reason: why the date typed is none (an asOf.* message). */
  "usage.as-of": { reason: Message };
  /** value: the option's value as typed. */
  "usage.lang": { value: string };
  "usage.fail-on": { value: string };
  /** The usage text itself (--help, and after a usage error). */
  "usage.text": NoParams;

  // ── A monitoring date as typed (core/asOf.ts: the command line's --as-of, the pane's date box); text: user text ──
  "asOf.empty": NoParams;
  "asOf.format": { text: string };
  "asOf.year": { text: string };
  "asOf.no-such-month": { text: string; month: number };
  /** days: how many the month has. */
  "asOf.no-such-day": { text: string; year: number; month: number; days: number };

  // ── Targets and amounts as the pane and reports show them ──
  /** The parsed target described: "≥ 90%", "定性：及时保障" / "Qualitative: “及时保障”". */
  target: { target: TargetShape };

  // ── Why a target was read as it was (parseTarget's reasons); raw, text, label, unit, sign, word: user text ──
  "target.missing": NoParams;
  "target.boolean": NoParams;
  "target.error-value": { error: string };
  "target.cell-unknown": NoParams;
  "target.number-invalid": NoParams;
  "target.serial-invalid": { raw: string };
  /** serial: the digits as written. */
  "target.serial-date": { serial: string };
  "target.placeholder": { raw: string };
  "target.unit-only": { raw: string };
  "target.comparator-only": NoParams;
  "target.not-understood": { raw: string };
  "target.digits-not-understood": { raw: string };
  /** low, high: the units of the two ends, as written. */
  "target.range-units": { low: string; high: string };
  "target.range-invalid": NoParams;
  "target.range-order": { low: number; high: number };
  "target.comparator-conflict": { prefix: Comparator; suffix: Comparator };
  "target.month-invalid": { text: string; month: number };
  "target.date-invalid": { text: string };
  "target.year-missing": { text: string };
  "target.year-implausible": { text: string };
  "target.period-order": { text: string };
  /** column: the unit column's text. */
  "target.unit-differs": { unit: string; column: string };
  /** meaning: the unit it stands for (万 → 万元). */
  "target.money-shorthand": { unit: string; meaning: string };
  "target.ratio-one": { written: number; percent: number };
  "target.approx": NoParams;
  /** sign: the 指标性质 column's text. */
  "target.sign-differs": { sign: string; op: Comparator };
  /** word: 达到 / 不低于 … as written. */
  "target.reach": { word: string };
  "target.timeliness-le": NoParams;
  "target.lower-le": NoParams;
  "target.cost-whole": NoParams;
  "target.cost-whole-bare": NoParams;
  "target.zero-le": NoParams;
  "target.zero-new": NoParams;
  "target.zero-share": NoParams;
  /** raw: the target as written (8:30). */
  "target.clock-time": { raw: string };
  "target.clock-or-ratio": { raw: string };
  /** text: the part of the indicator's name read as its target. */
  "target.from-name": { text: string };
  /** op: the sign of the template placeholder in the name (项目总投入(≥**万元)). */
  "target.name-sign": { op: Comparator };
  "target.qualitative-sign": NoParams;
  "target.tolerance": NoParams;
  "target.ignored-label": { label: string };
  /** A target of several quantities; judged: the index of the part a single actual is judged against, or null. */
  "target.parts": { parts: TargetPartShape[]; judged: number | null };
  "target.parse-error": { detail: string };
  /** Several of the target.* reasons, joined as the language joins a list of clauses. */
  "target.reasons": { reasons: Message[] };
  /** A number with its (canonical) unit: "12 人" / "12 people". */
  quantity: { value: number; unit: string | null };

  // ── Why an actual cannot be judged (evaluate/actual); value: the cell as written ──
  "actual.cell-error": { error: string };
  "actual.not-a-grade": { value: string };
  "actual.not-a-date": { value: string };
  /** Units canonical. */
  "actual.unit-mismatch": { unit: string; targetUnit: string };
  /**
   * A value said from one side only where the open side decides (actual.ts claimedValue): possibly beyond a cap
   * (50万元以上) or short of a floor (90%以下). value as typed; sign: the target's (≤, <, ≥, >).
   */
  "actual.may-exceed-cap": OneSided;
  "actual.may-miss-floor": OneSided;
  /** A share typed as a number over ten times the whole (9500 for 95.00 against ≥90%); percent: as read. */
  "actual.not-a-percent": { value: string; percent: number };
  /** A share of a whole (满意度, 合格率) typed above 100 % (950 for 95.0); percent: as read. */
  "actual.over-whole": { value: string; percent: number; points?: boolean };
  /**
   * A bare number just above 1 against a share of a whole far above it (成活率 ≥85% | 1.5): no fraction (150 %), and as
   * a percent number far short; target: the target as shown.
   */
  "actual.past-fraction": { value: string; target: TargetShape };
  /**
   * The same shape against a rate that can pass 100 % (完成率 ≥85% | 1.5): 150 % as a fraction, 1.5 % as a percent
   * number, far apart: which one is meant cannot be told. target: the target as shown; outside: both readings lie
   * outside a range target (1.5 against 90%-110%): the same light, different scores.
   */
  "actual.fraction-or-percent": { value: string; target: TargetShape; outside?: boolean };
  /**
   * A count or a share typed below 0 (-1起 against ≤3起); money: an amount of money (成本 ≤500万元 | -480万元: verdict67,
   * met before).
   */
  "actual.negative": { value: string; money?: true };
  /**
   * 未达到 alone under a cap (≤2次): the target not reached or the cap not reached (verdict67); word: 未达到 as typed
   * beside a number (未达到，80万元: verdict70), value the whole cell.
   */
  "actual.not-reached-under-cap": { value: string; target: TargetShape; word?: string };
  /**
   * Days of one kind (自然日 / 工作日) under a target in the other whose verdict they do not settle (8天 under ≤7工作日:
   * verdict67): workdays: the actual is in working days (and the target in calendar days).
   */
  "actual.day-kinds": { value: string; days: number; target: TargetShape; workdays?: true };
  /** A count per a month under one per a week, or the reverse (4次/月 under 1次/周): no whole weeks in a month. */
  "actual.weeks-and-months": { value: string; target: TargetShape };
  /** value: the bare number typed; target: the ratio target as shown (1:15). */
  "actual.ratio-ambiguous": { value: number; target: TargetShape };
  /** A number without a unit that is `times` × its target in `unit` (canonical) and fits no smaller unit (unitSlip). */
  "actual.implausible": { value: number; times: number; unit: string };
  "actual.not-a-number": { value: string };
  /** Not applicable typed as the actual (不适用, N/A, 不涉及): value as typed. */
  "actual.not-applicable": { value: string };
  /** A number typed with too few digits after a magnitude (3千50人): the two numbers it may be (3050人, 3500人). */
  "actual.two-readings": { value: string; readings: readonly [string, string] };
  /** A sentence or a cell of two changes with more than one quantity of the target's kind; numbers as typed. */
  "actual.several-numbers": { value: string; numbers: readonly string[] };
  /**
   * 无 / 未发生 against a number it does not answer (100%, ≥50人); target as shown. cap: the target is a cap (≤0.5%),
   * which 0 is within: asked for 0 as a none, not as nothing done.
   */
  "actual.none-for-number": { value: string; target: TargetShape; cap?: true };
  /**
   * A forecast or plan (预计年底完成95%), a shortfall (还差10人), a gap over the plan (比计划多10人) or a change (同比下降5%)
   * against a level: not done.
   */
  "actual.not-done": {
    value: string;
    target: TargetShape;
    said: NotDone;
    word?: string;
    /** year, budgetYear: the year typed and the table's budget year (said "year"; "earlier": the year that is over). */
    year?: number;
    budgetYear?: number;
  };
  /** 应到100人，实到120人 under a rate of attendance: more came than were due (value as typed). */
  "actual.attended-over-due": { value: string; due: string; came: string };
  /** A share with its working in brackets that gives another (出勤率90%（应到20人实到20人）): value as typed, both shares. */
  "actual.aside-disagrees": { value: string; share: number; aside: string; computed: number };
  /** A share typed against a count or an amount, of no whole said (已使用约40% under ≤220万元): target as shown. */
  "actual.share-for-count": { value: string; share: number; target: TargetShape };
  /** A signed number (-6%, +6%) under a name of a fall (能耗下降率): a fall or a rise, not told; target as shown. */
  "actual.signed-fall": { value: string; target: TargetShape };
  /**
   * A number reaching its target with a note saying it is not (95%（未达标）); target as shown; word: the grade typed in
   * a clause of its own (未达成，95%; 超支，20万元), not in brackets.
   */
  "actual.said-not-reached": { value: string; target: TargetShape; word?: string; cap?: true };
  /**
   * A number short of its target beside a grade saying it is reached (80%（达标）, 达成，80%); word: that grade; cap: the
   * target is one (未超支，120万元 under ≤100万元: over it, not short).
   */
  "actual.said-reached": { value: string; target: TargetShape; word: string; cap?: true };
  /** 低于预期 under a cap (成本 ≤100万元): below an expected cost is good, below an expected result not; target as shown. */
  /** above: 高于预期 / 超出预期 as typed (verdict70): higher than expected (bad under a cap) or better. */
  "actual.below-expectation-under-cap": { value: string; target: TargetShape; beside?: true; above?: string };
  /** A share of the work said done (已完成80%) under a cap on a share (差错率 ≤5%); share: the percent typed. */
  "actual.done-share-under-cap": { value: string; target: TargetShape; share: number };
  /** A time typed as text against a number (2024年Q3, 9月底); span: a half or a quarter (COMPLETION_SPAN). */
  "actual.is-a-time": { value: string; span?: boolean };
  /**
   * A date-formatted number (or date text) against a target that is no date; date ISO; targetDate: the target is a
   * yyyymmdd number (20240630), the date it spells.
   */
  "actual.is-a-date": { date: string; targetDate?: string };
  /** A formula without a cached result (a file not saved by Excel / WPS); also the reader's diagnostic at the cell. */
  "actual.uncached-formula": NoParams;
  /**
   * A change from a year's baseline (较2022年增长6%) other than the target's: year typed, baseline the target's year;
   * budgetYear: the target names none, so its baseline is the year before the table's (target as shown).
   */
  "actual.baseline-year": { value: string; target: TargetShape; year: number; baseline: number; budgetYear?: number };
  /**
   * A change from a month or a quarter (环比增长6%) against a change from a year: year, the target's baseline (none: a
   * table without a year, the year before it).
   */
  "actual.baseline-period": { value: string; target: TargetShape; year?: number };
  /** A yes of conformity in words (按规定执行) against a share that is no share of conformity (完成率 100%). */
  "actual.words-for-share": { value: string; target: TargetShape };
  /** A change in words only (下降, 有所增长) against a change of a size (≥5% under 能耗下降率): target as shown. */
  "actual.direction-only": { value: string; target: TargetShape; rise?: true };
  /** 未达到90%: what was not reached, no value (target as shown). */
  "actual.not-reached-said": { value: string; target: TargetShape };
  /** 新增120人次 against 较上年增加100人次: the year's count or the rise, not told (target as shown). */
  "actual.added-or-rise": { value: string; target: TargetShape };
  /** The indicator's own name typed as its actual (财务管理规范度 under 财务管理规范度). */
  "actual.name-typed": { value: string };
  /** A range typed (85%-90%) whose values are not all on one side of the target (target as shown). */
  "actual.range-straddles": { value: string; target: TargetShape; exact?: true };
  /** A fraction over 1 (50/45) under a share: the share as typed and the one with its terms swapped (45/50). */
  "actual.fraction-over-one": { value: string; share: number; swapped: number };
  /** A range of numbered things (6-10期): the sixth to the tenth (count of them) or six to ten; unit as typed. */
  "actual.ordinal-range": { value: string; low: number; high: number; unit: string };
  /** 第6-10期 under a change (较上年增加2期): this year's things numbered, no change from last year (verdict66). */
  "actual.numbered-under-change": { value: string; low: number; high: number; unit: string };
  /** 583元 under 元/人/月, 12次 under 次/月: the unit's per-part left out (verdict66); per as the target writes it. */
  "actual.per-part-left-out": {
    value: string;
    unit: string;
    targetUnit: string;
    per: string;
    number: number;
    /** Under a count per a part of the year (次/月): the year's unit (次/年), for a year's count typed. */
    yearly?: string;
  };
  /** 96.5分 under ≥95%: a score typed under a share (verdict66). */
  "actual.points-for-share": { value: string; number: number; target: TargetShape };
  /** A year with a month past 12 (2024.13) under a count of whole things: no month, no count of them. */
  "actual.no-such-month": { value: string; month: number };
  /** A conclusion (合格, 及时) under a share reached by every item (合格率 100%): no share of them said. */
  "actual.conclusion-for-share": { value: string; target: TargetShape; word: string };
  /** An opinion in words (满意, 较高) against a number: target as shown, unit its canonical unit; change: a change's. */
  "actual.opinion-for-number": { value: string; target: TargetShape; unit: string | null; change?: true; yesNo?: true };

  // ── Judgement reasons (evaluate); units canonical, dates ISO ──
  /** raw: the target as written; reasons: the parser's (target.* messages). */
  "judge.target-not-understood": { raw: string; reasons?: Message[] };
  "judge.pending": NoParams;
  "judge.actual-kind-mismatch": NoParams;
  "judge.no-number": NoParams;
  "judge.range-no-high": NoParams;
  "judge.no-comparator": NoParams;
  /** value: the number as typed (0.96), read as value × 100 %. */
  "judge.read-as-fraction": { value: number };
  "judge.one-read-as-whole": NoParams;
  "judge.ahead": NoParams;
  "judge.single-item": NoParams;
  "judge.over-exact": NoParams;
  /** typed: the number as typed, probably in typedIn (canonical); read as value in unit (the target's, canonical). */
  "judge.unit-slip": { typed: number; typedIn: string; value: number; unit: string };
  "judge.due-in-name": { deadline: string };
  /** A strict one-sided value judged just beyond its number (超过50万元 against ≤50万元); text as typed. */
  "judge.claim-strict": { text: string; value: number; unit: string | null; above: boolean };
  /** A claim met at its least (value, judged), 超额 only above it (近100人 against ≥80人); text as typed. */
  "judge.claim-may-exceed": { text: string; value: number; unit: string | null };
  /** A single actual against a target of several quantities: the part judged, the others left to the clerk. */
  "judge.part-judged": { judged: TargetPartShape; others: TargetPartShape[] };
  /** A single actual against parts that are alike (three counts of 人次): it says not which. */
  "judge.parts-needed": { parts: TargetPartShape[] };
  /** An actual of several quantities, one per part: each part's judgement (why: its reason, worded). */
  "judge.parts": { items: { part: TargetPartShape; why: string }[] };
  /** An actual of several quantities, not as many as the target's. */
  "judge.parts-count": { parts: number; actual: number };
  /** exact: the actual in full, as at two decimals it would read as the target's number it differs from (89.996, ≥90). */
  "judge.plain": { actual: number; unit: string | null; target: TargetShape; exact?: boolean };
  /** months: whole months elapsed of `of` (12, or 6 when the name dates the target 上半年: judgeIndicator). */
  "judge.pro-rated": { expected: number; months: number; of: number; actual: number; unit: string | null };
  "judge.completed": { done: string; deadline: string };
  /** A completion said as a span (2024年上半年): text as typed, done its end. */
  "judge.completion-span": { text: string; done: string };
  /** A completion date typed without its year (9月底), read in the target's; done ISO. */
  "judge.read-in-year": { text: string; done: string };
  /** A number read out of a sentence (截至6月底完成3.2万人次): text as typed, value in unit. */
  "judge.read-from-sentence": { text: string; value: number; unit: string | null };
  /** A provisional actual (95%（暂定）, 初步统计96%: verdict67), as typed: judged as typed, said so. */
  "judge.read-provisional": { text: string; value: number; unit: string | null };
  /** A share of the work said done short of the whole (已完成80%) under a qualitative target or a deadline: part done. */
  "judge.part-done": { text: string };
  /**
   * A range (85%-90%: judged at the end whose verdict every value in it shares) or a fraction (45/50) typed; first:
   * the first of things numbered in turn (第6-10期: 6), as "numbered".
   */
  "judge.read-typed": {
    text: string;
    value: number;
    unit: string | null;
    as: "range" | "fraction" | "ordinal" | "numbered" | "per-time" | "calendar-days";
    first?: number;
  };
  /** More than the target said with the excess (超额20人): text as typed, read as the target and it, value in unit. */
  "judge.read-over-target": { text: string; value: number; unit: string | null };
  /** What the year added (新增50人) under a count of the year: text as typed, read as that count, value in unit. */
  "judge.read-added": { text: string; value: number; unit: string | null };
  /** A share of the target said done (100%完成) under a count: text as typed, the share, the target and value in unit. */
  "judge.read-share-of-target": { text: string; share: number; target: number; value: number; unit: string | null };
  /** A change typed in words only under a name of a change (不降反增, 未下降): at most `value`, below it when strict. */
  "judge.read-turn": { text: string; value: number; unit: string | null; strict: boolean };
  "judge.completed-late": { done: string; deadline: string; late: number };
  /** A completion date after the monitoring date: a plan, not a completion. */
  "judge.completion-planned": { done: string; deadline: string; asOf: string };
  /** A completion date said planned (预计2024年9月完成) on or before the monitoring date (verdict66). */
  "judge.planned-date-passed": { text: string; asOf: string };
  /** The same, planned for after the deadline: late whether done or not (review66). */
  "judge.planned-date-passed-late": { text: string; deadline: string; late: number };
  "judge.completion-planned-late": { done: string; deadline: string; late: number; asOf: string };
  /** onTime: 按时 / 如期 alone before the deadline, as typed (on schedule, not known done). */
  "judge.done-without-date": { grade: Grade; deadline: string; onTime?: string };
  /**
   * 未开始 against a completion date or a number; late: before the deadline, the schedule says it should have begun;
   * goal: a number target, described in the report's language (a date target's deadline says it all).
   */
  "judge.not-started": { deadline: string; due: boolean; late: boolean; goal?: TargetShape };
  /** 进行中 against a number target, described in the report's language; late: the schedule expects some done by now. */
  "judge.in-progress": { goal: TargetShape; deadline: string; due: boolean; late: boolean };
  /** goal: the target as written (user text). */
  "judge.grade": { grade: Grade; goal: string };
  /** A change typed against a target naming only a direction (增372人次 against 增加): actual as typed. */
  "judge.moved": { grade: Grade; actual: string; goal: string };
  /** A number target answered with a grade word (达成 …) instead of a value; goal: the target, described. */
  "judge.grade-for-number": { grade: Grade; goal: TargetShape };
  /** A yes of conformity (有, 按规定执行) under a share of conformity at 100%: text as typed, goal described. */
  "judge.conforms-for-share": { text: string; goal: TargetShape; all?: true };
  /** Some values said outside a range (存在18岁以下、54周岁以上 under 18—54周岁): text as typed, goal described. */
  "judge.outside-range": { text: string; goal: TargetShape };
  "execution.no-budget": NoParams;
  "execution.spent-implausible": { spent: number; budget: number; times: number };
  /** spent: 万元, below zero. */
  "execution.spent-negative": { spent: number };
  "execution.over-budget": { spent: number; budget: number; rate: number };
  /** Percents; lag: planned − rate in points; from: the table's own plan or time progress (序时). */
  "execution.why": { rate: number; planned: number; lag: number; time: number; from: "schedule" | "time" };

  // ── Self-evaluation (自评); scores and amounts as computed, the catalogues round them as the forms do ──
  /** name: user text; low / high: the band in points, lowShare / highShare: in percent of the weight. */
  "selfeval.score.band": {
    name: string;
    submitted: number;
    low: number;
    high: number;
    grade: Grade;
    lowShare: number;
    highShare: number;
  };
  "selfeval.score": { name: string; submitted: number; expected: number };
  /** One 得分 merged over `count` rows from `name`'s: the rules give low–high (equal when no grade band widens it). */
  "selfeval.score.group": { name: string; count: number; submitted: number; low: number; high: number };
  "selfeval.reason": { name: string; score: number; weight: number };
  /** spent, budget in 万元. */
  "selfeval.budget-score": { submitted: number; expected: number; spent: number; budget: number; weight: number };
  /** rates in percent. */
  "selfeval.rate": { submitted: number; expected: number; spent: number; budget: number };
  "selfeval.execution-reason": { rate: number; threshold: number };
  "selfeval.execution-weight": { submitted: number; usual: number };
  /** The 预算执行率 row of a scoring grid (name: user text): score by the execution rule; rate and weight as used. */
  "selfeval.execution-row-score": { name: string; submitted: number; expected: number; rate: number; weight: number };
  /** The row's rate against 执行数 ÷ 预算数 (percent; amounts in 万元). */
  "selfeval.execution-row-rate": { name: string; submitted: number; expected: number; spent: number; budget: number };
  "selfeval.total": { submitted: number; expected: number };
  /** The 分值 as written add up to `sum` ≠ `full`: the money block's (null when not counted) + the indicators'. */
  "selfeval.weights": { sum: number; execution: number | null; indicators: number; full: number };

  // ── A file that cannot be checked (the xlsx reader, the command line); part, sheet: names as stored ──
  "file.not-regular": NoParams;
  /** Sizes in MB. */
  "file.too-big": { size: number; limit: number };
  "file.empty": NoParams;
  /** A file shorter than the smallest zip (its end record alone, 22 bytes): no workbook, whatever its bytes are. */
  "file.too-short": { size: number };
  /** The standalone page: the browser refused the chosen file's bytes (a folder, or moved or deleted since chosen). */
  "file.unreadable-in-browser": NoParams;
  /** An .xlsx with a password to open (a compound file holding the encrypted package). */
  "file.encrypted": NoParams;
  /** An old binary workbook (.xls, WPS .et): a compound file without an encrypted package. */
  "file.legacy-binary": NoParams;
  /** A web page (HTML) or an XML Spreadsheet 2003 file, as finance systems export under an .xls name. */
  "file.html-or-xml-table": NoParams;
  /** A spreadsheet format the reader does not read: by its name in a folder (ext as written), or by its contents (.xlsb, .ods). */
  "file.other-format": { ext: string; accepted: string };
  /** A browser's file of a download not yet finished (x.xlsx.crdownload): `name` is the workbook it becomes. */
  "file.partial-download": { ext: string; name: string };
  /** Text (a CSV or tab-separated export) under a workbook's name, e.g. renamed .xlsx: to be saved as .xlsx. */
  "file.text-table": NoParams;
  /** accepted: the extensions that can be checked, as the host lists them. */
  "file.not-xlsx": { accepted: string };
  "file.no-content": NoParams;
  "file.no-goal-tables": NoParams;
  /** The workbook's structure is locked: the checked copy would add sheets (the summary, our record). */
  "file.locked-structure": NoParams;
  /** A legacy shared workbook (a revision log): Excel takes no new conditional formats, lists or charts in one. */
  "file.shared-workbook": NoParams;
  /**
   * The copy would need `added` cell formats of ours on top of the workbook's `formats`, past Excel's `limit`
   * (MS-OI29500 2.1.700): no copy.
   */
  "file.too-many-formats": { formats: number; added: number; limit: number };
  /** No monitoring date given or stored: judged as of today (asOf), later than the tables' budget year. */
  "file.as-of-today": { asOf: string; budgetYear: number };
  "file.missing": NoParams;
  /** A path with * or ? that names nothing: no shell expanded it (Windows' never do). folder: where to look instead. */
  "file.missing-wildcard": { folder: string };
  /** A link (symlink) whose file is gone. target: where it points, as stored. */
  "file.link-broken": { target: string };
  /** The workbook reached a second time (named twice, inside a folder given too, or through a link): checked once. */
  "file.same-as": { first: string };
  /**
   * An input that is Excel's, WPS's or LibreOffice's lock file (~$x.xlsx, .~x.xlsx, .~lock.x.xlsx#, kept while x.xlsx is open), not a workbook:
   * passed over. app: whose lock file its name is (lockApp in src/cli/files.ts).
   */
  "file.lock-file": { workbook: string; app: LockApp };
  /** The workbook has Excel's, WPS's or LibreOffice's lock file beside it (lock: its name): open there, so checked as last saved. */
  "file.open-elsewhere": { lock: string; app: LockApp };
  "file.inaccessible": { reason: FileProblem };
  "file.folder-unreadable": { reason: FileProblem };
  /** detail: the error's own first line (technical, as the system gives it). */
  "file.check-failed": { detail: string };
  "file.write-failed": { detail: string };
  /** folder: the output folder as given (or the one of its parents the problem is in), a path as typed. */
  "file.out-folder": { folder: string; problem: OutFolderProblem };
  /** name: the copy's file name; the system refused it (or its whole path) as too long. */
  "file.out-name-too-long": { name: string };
  /** name: the earlier copy --force was to replace; the system refused (on Windows: it is open in Excel or WPS). */
  "file.out-in-use": { name: string };
  /** Ctrl-C or a kill (SIGINT, SIGTERM) during a run. */
  "file.interrupted": { removedUnfinished: boolean };
  "file.zip-no-directory": NoParams;
  "file.zip64-invalid": NoParams;
  "file.zip-entry-invalid": NoParams;
  "file.part-misplaced": { part: string };
  "file.part-incomplete": { part: string };
  /** Two entries of the zip carry one part name (compared ignoring case, as part names are). */
  "file.part-twice": { part: string };
  "file.part-compression": { part: string; method: number };
  "file.part-inflate-failed": { part: string; detail: string };
  /** part: its bytes do not give the CRC-32 the zip records for them (changed on a disk or in a copy since saved). */
  "file.part-checksum": { part: string };
  "file.part-encrypted": { part: string };
  /** Sizes in MB. */
  "file.part-too-large": { part: string; size: number; limit: number };
  "file.total-too-large": { limit: number };
  "file.ratio-too-high": { part: string; ratio: number };
  /**
   * element: the element left open; unexpected: a closing tag with nothing open by its name (both with their
   * prefix); detail: the XML parser's own words; offGrid: a cell or row reference outside the sheet's 1,048,576 rows
   * and columns A–XFD, as written.
   */
  "file.xml-broken": { element?: string; unexpected?: string; detail?: string; offGrid?: string };
  "file.strict-xml": NoParams;
  "file.word-or-powerpoint": NoParams;
  "file.no-workbook-part": NoParams;
  /**
   * A part the reader or writer needs is there but cannot be read (cut off, not XML, empty), or is missing:
   * why, in the XML parser's terms (none: it holds no `root` element); sheet: the worksheet the part is.
   */
  "file.part-damaged": {
    part: string;
    root: string;
    sheet?: string;
    why?: MessageParams["file.xml-broken"];
    missing?: boolean;
  };
  /**
   * A sheet the workbook lists that cannot be told apart or found: its name also another's (Excel's names are
   * case-insensitive), its part also another sheet's, or its relationship not in the workbook's relationships.
   */
  "file.sheet-entry-damaged": { sheet: string } & (
    { sameName: string } | { samePart: string; part: string } | { rel: string }
  );
  /**
   * A cell that names what the workbook does not hold (Excel repairs the file, removing the cell's contents): a shared
   * string (`string`, the index as written) or a cell format (`style`); `count`: how many the workbook holds.
   */
  "file.cell-damaged": { sheet: string; cell: string; count: number } & ({ string: string } | { style: string });
  /** A part in UTF-16, which Open XML allows (ECMA-376 Part 2 [M1.17]) and Excel never writes: not read. */
  "file.part-utf16": { part: string };
  "file.too-many-cells": { limit: number };
  /** cells: the cells holding a value or formula on the sheet; limit: MAX_HELD_CELLS. */
  "file.sheet-too-large": { sheet: string; cells: number; limit: number };
}

/** The host a message names. */
export type HostName = "Excel" | "WPS";

/** The WPS ribbon's buttons (wps/ribbon.xml). */
export type RibbonButton = "check" | "pane" | "clear";

/** What the add-in was doing when the host stopped it (the ribbon's and the pane's commands). */
export type HostAction = "check" | "clear" | "save-settings";

/** Why a file or folder could not be opened: no permission, or the system's error code (ENOTDIR …). */
export type FileProblem = { permission: true } | { code: string };

/** The program whose lock file sits beside a workbook it has open (lockApp in src/cli/files.ts). */
export type LockApp = "Excel" | "WPS" | "LibreOffice";

/**
 * Why the output folder could not be made or written in: a file in the way (its path), its disk full or read-only, no
 * permission, or the system's code.
 */
export type OutFolderProblem =
  { fileInTheWay: string } | { diskFull: true } | { readOnly: true } | { gone: true } | FileProblem;

export type MessageCode = keyof MessageParams;

/** A generated text: its code and parameters (plain data: crosses the worker and --json unchanged). */
export type Message = { [C in MessageCode]: { code: C; params: MessageParams[C] } }[MessageCode];

/** One language's templates: a function of the parameters for every code. */
export type Catalogue = { readonly [C in MessageCode]: (params: MessageParams[C]) => string };

const CATALOGUES: Record<Lang, Catalogue> = { zh, en };

/** A message with its code and parameters checked against each other. */
export function say<C extends MessageCode>(code: C, params: MessageParams[C]): Message {
  return new MessageRecord(code, params) as Message; // not a literal: records.ts
}

/** The message in words; Chinese unless asked otherwise. */
export function renderMessage(message: Message, lang: Lang = "zh"): string {
  const template = CATALOGUES[lang][message.code] as (params: Message["params"]) => string;
  const text = template(message.params);
  // V8 keeps a string built by a template as a tree of its pieces (a 32-byte node per piece) until it is read by
  // index, then copies it flat once. A check keeps thousands of messages in its result: read now, each is kept
  // flat (an execution note 304 → 125 bytes), and the collector copies and marks one object, not a tree.
  text.charCodeAt(0);
  return text;
}

/**
 * An error whose text is a message: thrown deep in the code (a host adapter, the reader, the command line's parser)
 * with a code and its parameters, and worded where it reaches the user, in the language they chose. `message` is the
 * Chinese (the default: logs, and a caller that knows no language).
 */
export class WordedError extends Error {
  constructor(readonly words: Message) {
    super(renderMessage(words));
    this.name = "WordedError";
  }

  in(lang: Lang): string {
    return renderMessage(this.words, lang);
  }
}

/** Any error as the user reads it in `lang`: a WordedError's words; another's own text (technical, as it came). */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof WordedError) return error.in(lang);
  return error instanceof Error ? error.message : String(error);
}
