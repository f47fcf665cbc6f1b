import { qualifiedAddress, sheetCell } from "../core/a1";
import { checkedIndicators } from "../core/checked";
import { whyNoExecution, type NoExecution } from "../core/evaluate/evaluate";
import { GRADE_EN, lightLabel, statusLabel } from "../core/evaluate/labels";
import { isReadingProblem } from "../core/read/diagnostic";
import { dayEn, moneyEn } from "../core/locale/en";
import { renderMessage, say, type Message } from "../core/locale/messages";
import { countEn } from "../core/locale/plural";
import { shortenedText } from "../core/locale/shown";
import { countLights, REAL_LIGHTS } from "../core/lights";
import { planDay } from "../core/dates";
import { roundedNumber } from "../core/numbers";
import { tableLabel } from "../core/tableLabel";
import type { CheckResult, Light } from "../core/types";
import { WORKBOOK_EXTENSIONS } from "../host/xlsx/container";
import type { AsOfToday } from "./checkFile";
import type { Tally } from "./runReport";

type Lang = "zh" | "en";

const TEXT = {
  zh: {
    summary: (asOf: string, tables: number, inds: number) => `监控时点 ${asOf} · ${tables} 张目标表 · ${inds} 项指标`,
    budget: (b: number) => `预算 ${fmt(b)} 万元`,
    // The plan as of the day judged, and whether it is the table's own or 序时进度 (no plan in the table).
    execution: (spent: number, rate: string, planned: string, asOf: string, fromTime: boolean, lag: string) =>
      `已执行 ${fmt(spent)} 万元（${rate}%），${Number(asOf.slice(5, 7))}月${Number(asOf.slice(8, 10))}日${fromTime ? "序时进度" : "计划"} ${planned}%，${lag}`,
    // The words of the cells' 执行进度 note and the pane: 滞后 / 超前, as the summary's 滞后（百分点）.
    lag: (points: string) => `滞后 ${points} 个百分点`,
    ahead: (points: string) => `超前 ${points} 个百分点`,
    even: (fromTime: boolean) => (fromTime ? "与序时进度持平" : "与计划持平"),
    noSpent: "未填执行数",
    unreadableSpent: "执行数无法识别",
    dateSpent: "执行数是日期，不是金额",
    uncachedSpent: "执行数是公式，文件中没有计算结果",
    errorSpent: "执行数显示错误值（公式出错）",
    noBudget: "未读到预算金额",
    fromProse: (n: number) => `（部门整体目标，取自正文，${n} 项指标）`,
    projectFromText: (n: number) => `（项目目标，取自正文，${n} 项指标）`,
    target: "目标",
    targetSaid: ["目标 ", "目标：", "指标值 "],
    actual: "实际",
    pending: "待填报",
    review: (n: number) => `目标审核意见 ${n} 条`,
    selfEvalFindings: (n: number) => `自评意见 ${n} 条`,
    diagnostics: (n: number) => `读表提示 ${n} 条`,
    error: "无法检查",
    colon: "：",
    written: "已写出",
    kept: (p: string) => `  （${p} 已存在，保留未动；加 --force 可覆盖）`,
    keptInput: (p: string) => `  （${p} 是输入文件本身，--force 也不会覆盖它）`,
    noWorkbooks: (inputs: string) => `没有找到 ${WORKBOOK_EXTENSIONS} 文件：${inputs}`,
    copiesSkipped: (n: number, example?: string) =>
      `跳过了 ${n} 个检查后的副本 *.checked.*${example ? `（如 ${example}）` : ""}；要再检查其中一个，请直接写出它的文件名`,
    locksSkipped: (n: number, example?: string) =>
      `跳过了 ${n} 个锁文件${example ? `（如 ${example}）` : ""}：Excel、WPS 或 LibreOffice 打开工作簿时在旁边留下的，不是工作簿`,
    aside: (text: string) => `（${text}）`,
    sample: (file: string, asOf: string) => `未指定文件，检查自带示例 ${file}（监控时点 ${asOf}）`,
    selfEval: (total: string, grade: string, budget: string | null) =>
      `自评得分 ${total}（${grade}）${budget === null ? "" : `，其中预算执行 ${budget}`}`,
    selfEvalNone: "自评得分：无法计分（没有读到预算数和执行数，或有指标既不能按规则计分、也没有填写得分）",
    total: (files: number, checked: number, withRed: number, failed: number) =>
      `共 ${files} 个文件：已检查 ${checked} 个${withRed ? `（其中 ${withRed} 个有红灯）` : ""}` +
      (failed ? `，无法检查 ${failed} 个（见上面各行的原因）` : ""),
  },
  en: {
    summary: (asOf: string, tables: number, inds: number) =>
      `as of ${asOf} · ${countEn(tables, "goal table")} · ${countEn(inds, "indicator")}`,
    // Amounts as the verdicts say them (“≤ 2.2 million CNY”), not “220 (10k CNY)”.
    budget: (b: number) => `budget ${moneyEn(b)}`,
    execution: (spent: number, rate: string, planned: string, asOf: string, fromTime: boolean, lag: string) =>
      `spent ${moneyEn(spent)} (${rate}%), ${planned}% ${fromTime ? "of the year elapsed by" : "planned by"} ${dayEn(asOf)}, ${lag}`,
    lag: (points: string) => `${countEn(points, "point")} behind`,
    ahead: (points: string) => `${countEn(points, "point")} ahead`,
    even: (fromTime: boolean) => (fromTime ? "level with the year elapsed" : "on plan"),
    noSpent: "no spending entered",
    unreadableSpent: "amount spent not understood",
    dateSpent: "amount spent is a date, not an amount",
    uncachedSpent: "amount spent is a formula with no result in the file",
    errorSpent: "amount spent shows an error (its formula fails)",
    noBudget: "no budget found",
    fromProse: (n: number) => ` (unit-wide goals found in the text, ${countEn(n, "indicator")})`,
    projectFromText: (n: number) => ` (the project's goals found in the text, ${countEn(n, "indicator")})`,
    target: "target",
    targetSaid: ["target ", "target: "],
    actual: "actual",
    pending: "pending",
    review: (n: number) => `${countEn(n, "review note")} on the targets`,
    selfEvalFindings: (n: number) => `${countEn(n, "note")} on the self-evaluation`,
    diagnostics: (n: number) => countEn(n, "reading note"),
    error: "cannot check",
    colon: ": ",
    written: "written",
    kept: (p: string) => `  (${p} already exists and was kept; --force replaces it)`,
    keptInput: (p: string) => `  (${p} is an input file: even --force does not replace it)`,
    noWorkbooks: (inputs: string) => `No ${WORKBOOK_EXTENSIONS} files found: ${inputs}`,
    copiesSkipped: (n: number, example?: string) =>
      `${countEn(n, "checked copy", "checked copies")} *.checked.* passed over${example ? ` (such as ${example})` : ""}; to check one again, name it`,
    locksSkipped: (n: number, example?: string) =>
      `${countEn(n, "lock file")} passed over${example ? ` (such as ${example})` : ""}: left beside a workbook open in Excel, WPS or LibreOffice, no workbook`,
    aside: (text: string) => ` (${text})`,
    sample: (file: string, asOf: string) => `No file given: checking the bundled sample ${file} (as of ${asOf})`,
    selfEval: (total: string, grade: string, budget: string | null) =>
      `self-evaluation score ${total} (${grade})${budget === null ? "" : `, of which budget execution ${budget}`}`,
    selfEvalNone:
      "self-evaluation score: cannot be scored (no budget and amount spent read, or an indicator can neither be scored by the rules nor has a score written)",
    total: (files: number, checked: number, withRed: number, failed: number) =>
      `${countEn(files, "file")}: ${checked} checked${withRed ? ` (${withRed} with a red light)` : ""}` +
      (failed ? `, ${failed} could not be checked (the lines above say why)` : ""),
  },
};

const PROBLEM_LIGHTS: Light[] = ["red", "yellow", "blue"];
/** Notes printed under a file's summary line, in their order: the others are only counted (see --json). */
const SAID: ReadonlySet<string> = new Set([
  "asof.before-budget-year",
  "asof.summary-overridden",
  "asof.summary-unreadable",
  "asof.summary-year-assumed",
  "plan.note",
  "check.actual-misplaced",
]);
const fmt = (n: number) => roundedNumber(n);

/** Behind or ahead of the plan by so many points; on it when that rounds to 0 (never “领先 0 个百分点”). */
function lagText(t: (typeof TEXT)[Lang], lag: number, fromTime: boolean): string {
  if (fmt(Math.abs(lag)) === "0") return t.even(fromTime);
  return lag > 0 ? t.lag(fmt(lag)) : t.ahead(fmt(-lag));
}

/**
 * The verdict already names the target after its word (“实际 85%，目标 ≥ 90%”, “…, target: “有所提升””): the line
 * does not say it twice. Only after the word: an actual equal to the target (“实际 11 家”) does not name it.
 */
function statesTarget(why: string, words: readonly string[], target: string, raw: string): boolean {
  const shown = [target, raw.trim(), `“${raw.trim()}”`].filter((s) => s !== "" && s !== "“”");
  return words.some((w) => shown.some((s) => why.includes(`${w}${s}`)));
}

/** A project's execution line when it has no verdict: why, in words. */
function noExecutionText(t: (typeof TEXT)[Lang], why: NoExecution | null): string {
  if (why === null) return "";
  const text: Record<NoExecution, string> = {
    "no-budget": t.noBudget,
    "no-spent": t.noSpent,
    "spent-unreadable": t.unreadableSpent,
    "spent-date": t.dateSpent,
    "spent-uncached": t.uncachedSpent,
    "spent-error": t.errorSpent,
  };
  return `  ${text[why]}`;
}

/** A readable block of lines for one checked file. */
export function fileReport(
  file: string,
  output: string,
  check: CheckResult,
  lang: Lang,
  /** The file at the copy's name, kept: an earlier output (--force replaces it), or an input (nothing does). */
  kept?: { path: string; input: boolean },
  asOfToday?: AsOfToday,
): string[] {
  const t = TEXT[lang];
  const tag = (l: Light) => `[${lightLabel(l, lang) || "—"}]`;
  const indicatorCount = check.tables.reduce((n, tb) => n + tb.results.length, 0);
  // Pending (no actual yet) is counted apart from the lights; a target not understood has neither.
  const indicators = check.tables.flatMap((c) => c.results);
  const counts = countLights(indicators.filter((i) => i.status !== "pending").map((i) => i.light));
  const pending = indicators.filter((i) => i.status === "pending").length;
  // A target not understood has no light: counted on its own, or the counts would not add up to the indicators.
  const unknown = indicators.filter((i) => i.status === "unknown").length;
  const countText = REAL_LIGHTS.map((l) => `${lightLabel(l, lang)} ${counts[l]}`)
    .concat(`${t.pending} ${pending}`)
    .concat(unknown ? [`${statusLabel("unknown", lang)} ${unknown}`] : [])
    .join(" · ");
  const said = check.diagnostics.filter((d) => SAID.has(d.text.code)).map((d) => renderMessage(d.text, lang));
  const lines = [
    `${file} → ${output}`,
    ...(kept ? [kept.input ? t.keptInput(kept.path) : t.kept(kept.path)] : []),
    `  ${t.summary(check.asOf, check.tables.length, indicatorCount)}${t.colon}${countText}`,
    // Nobody chose the date and the budget year is over: judged against today, said so.
    ...(asOfToday ? [`  ${renderMessage(say("file.as-of-today", asOfToday), lang)}`] : []),
    // The date typed on the summary not used or not a date, and what the copy kept of the user's (plan messages):
    // the user must hear it without opening the file.
    ...said.map((text) => `  ${text}`),
  ];

  // An indicator not judged is listed with its reason (an actual to retype, …) unless a review note at its cell, or a
  // line said above (an actual no longer beside its indicator after a sort), already says why.
  const reviewed = new Set(check.review.flatMap((f) => (f.cell ? [qualifiedAddress(f.cell)] : [])));
  const saidAbove = new Set(said);
  check.tables.forEach((checked) => {
    const { table, result } = checked;
    const exec = result.execution;
    const budget = table.budget === null ? "" : `  ${t.budget(table.budget)}`;
    // Spending not judged (a unit slip) or above the budget: its reason in words, not only numbers.
    const execText = exec
      ? (exec.status === "unknown" || exec.status === "exceeded") && exec.why
        ? `  ${exec.why} ${tag(exec.light)}`
        : `  ${t.execution(exec.spent, fmt(exec.rate), fmt(exec.planned), planDay(check.asOf, table.budgetYear), exec.plannedFrom === "time", lagText(t, exec.lag, exec.plannedFrom === "time"))} ${tag(exec.light)}`
      : noExecutionText(t, whyNoExecution(table, exec));
    const n = table.indicators.length;
    const origin = table.source !== "prose" ? "" : table.kind === "project" ? t.projectFromText(n) : t.fromProse(n);
    lines.push(
      `  ${tag(result.light)} ${shortenedText(tableLabel(table), CELL_TEXT_SHOWN)}${origin}${budget}${execText}`,
    );
    // A self-evaluation's score by the rules, the number a bureau scores the form on (the copy does not hold it).
    const self = checked.selfEvaluation;
    if (self)
      lines.push(
        `      ${
          self.total === null || self.grade === null
            ? t.selfEvalNone
            : t.selfEval(
                fmt(self.total),
                lang === "en" ? GRADE_EN[self.grade] : self.grade,
                self.budgetScore === null ? null : fmt(self.budgetScore),
              )
        }`,
      );
    checkedIndicators(checked).forEach(({ indicator: ind, result: r }) => {
      const cell = qualifiedAddress(sheetCell(table.sheet, ind.targetCell));
      const unsaid = r.status === "unknown" && !reviewed.has(cell) && !saidAbove.has(r.why);
      if (!PROBLEM_LIGHTS.includes(r.light) && !r.noted && !unsaid) return;
      const mark = r.status === "unknown" ? `[${statusLabel("unknown", lang)}]` : tag(r.light);
      const target = renderMessage(say("target", { target: ind.target }), lang);
      const targetText = statesTarget(r.why, t.targetSaid, target, ind.target.raw) ? "" : `${t.target} ${target}  `;
      lines.push(`      ${mark} ${cell}  ${shortenedText(ind.name, CELL_TEXT_SHOWN)}  ${targetText}${r.why}`);
    });
  });
  // The opinions themselves, not only their count: the checked copy does not hold them, and a clerk reads text.
  // The review of the targets and the check of a self-evaluation's scoring apart, as the pane's 审核 and 自评 tabs.
  const groups = [
    { heading: t.review, findings: check.review },
    { heading: t.selfEvalFindings, findings: check.tables.flatMap((c) => c.selfEvaluation?.findings ?? []) },
  ];
  for (const { heading, findings } of groups) {
    if (findings.length) lines.push(`  ${heading(findings.length)}${t.colon.trimEnd()}`);
    for (const f of findings)
      lines.push(`      ${f.cell ? `${qualifiedAddress(f.cell)}  ` : ""}${renderMessage(f.text, lang)}`);
  }
  // What the reader could not make sense of, as the pane's 读表提示 counts it, each with its cell: a clerk reads text,
  // not --json (a year taken from the project period, a table not read). The notes said above are not said again.
  const notUnderstood = check.diagnostics.filter((d) => isReadingProblem(d) && !SAID.has(d.text.code));
  if (notUnderstood.length) lines.push(`  ${t.diagnostics(notUnderstood.length)}${t.colon.trimEnd()}`);
  for (const d of notUnderstood)
    lines.push(`      ${d.cell ? `${qualifiedAddress(d.cell)}  ` : ""}${renderMessage(d.text, lang)}`);
  // Text from the workbook (and file names) may hold terminal escape sequences: never sent raw.
  return lines.map((line) =>
    escapeControls(line.replace(QUOTED, (whole, text: string) => `“${shortenedText(text, CELL_TEXT_SHOWN)}”`)),
  );
}

/** A cell's text in the report's lines: --json and the pane keep more. */
const CELL_TEXT_SHOWN = 80;

/** Text between the quotes both languages put around a cell's text in a verdict or an opinion (“85%，说明…”). */
const QUOTED = /“([^”]*)”/g;

/** Nothing to check among the inputs given. */
export function noWorkbooksReport(inputs: string[], lang: Lang, copiesSkipped = 0, locksSkipped = 0): string {
  const skipped = copiesSkipped > 0 ? TEXT[lang].aside(TEXT[lang].copiesSkipped(copiesSkipped)) : "";
  const locks = locksSkipped > 0 ? TEXT[lang].aside(TEXT[lang].locksSkipped(locksSkipped)) : "";
  return TEXT[lang].noWorkbooks(inputs.map(escapeControls).join(", ")) + skipped + locks;
}

/**
 * Checked copies passed over in the folders given, outside this run's --out: a unit may send back the copy it was
 * sent, filled in, and a bureau must see that it was not checked. Null when there are none.
 */
export function copiesSkippedReport(copies: string[], lang: Lang): string | null {
  return copies.length === 0 ? null : escapeControls(TEXT[lang].copiesSkipped(copies.length, copies[0]));
}

/**
 * Lock files passed over in the folders given (src/cli/files.ts isLockFile), in one line: a bureau sees that nothing
 * named like a workbook went unchecked unsaid. Null when there are none.
 */
export function locksSkippedReport(locks: string[], lang: Lang): string | null {
  return locks.length === 0 ? null : escapeControls(TEXT[lang].locksSkipped(locks.length, locks[0]));
}

/**
 * The run's tally, for a bureau checking many units' workbooks: how many were checked, how many of those have a red
 * light, how many could not be checked. Null for a run of one workbook (its own report says it all).
 */
export function totalReport({ files, checked, withRed }: Tally, lang: Lang): string | null {
  if (files < 2) return null;
  return TEXT[lang].total(files, checked, withRed, files - checked);
}

/** Which sample is checked when no file is named, and as of when. */
export function sampleReport(file: string, asOf: string, lang: Lang): string {
  return TEXT[lang].sample(file, asOf);
}

/** A line about one input that was not a failure (a file reached twice, checked once). */
export function noteReport(file: string, message: Message, lang: Lang): string {
  return escapeControls(`${file}: ${renderMessage(message, lang)}`);
}

/** One line naming a file that could not be checked and why, its control characters escaped. */
export function errorReport(file: string, message: string, lang: Lang): string {
  return escapeControls(`${file}: ${TEXT[lang].error}${TEXT[lang].colon}${message}`);
}

/**
 * Control characters shown as escapes (\n, \t, \x1b, \u202e): a cell's text cannot move the cursor,
 * recolour the terminal or reverse the line it is printed on.
 */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  return text.replace(/[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\t") return "\\t";
    if (c === "\r") return "\\r";
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
