import { qualifiedAddress, sheetCell } from "../core/a1";
import { checkedIndicators } from "../core/checked";
import { renderMessage, say, type Lang } from "../core/locale/messages";
import type { CheckedIndicator, CheckedTable, CheckResult, ParsedTarget } from "../core/types";
import type { AsOfToday } from "./checkFile";

/** The --json document (schemas/check-report.schema.json); percentages in percent units, money in 万元. */
export interface JsonReport {
  schemaVersion: 1;
  asOf: string;
  files: JsonFile[];
}

interface JsonFile {
  file: string;
  output: string | null;
  error: string | null;
  /** The date this file was judged at: --as-of, else its own stored or typed date, else today. Absent when not read. */
  asOf?: string;
  tables: unknown[];
  review: { rule: string; cell: string | null; message: string }[];
  diagnostics: { cell: string | null; message: string }[];
  /** Only when judged as of today (no --as-of, none stored) after the tables' budget year. */
  asOfToday?: { asOf: string; budgetYear: number; message: string };
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function parsedJson(t: ParsedTarget, lang: Lang) {
  const value = t.kind === "date" || t.kind === "period" ? (t.date ?? null) : t.value;
  return {
    kind: t.kind,
    op: t.op,
    value,
    ...(t.high !== undefined ? { high: t.high } : {}),
    ...(t.start !== undefined ? { start: t.start } : {}),
    unit: t.unit,
    // The target in the report's language (“≤ 2.2 million CNY” in English, as `why` says it); `unit` stays as read.
    normalized: renderMessage(say("target", { target: t }), lang),
    ...(t.reasons?.length ? { reason: renderMessage(say("target.reasons", { reasons: t.reasons }), lang) } : {}),
  };
}

function indicatorJson(sheet: string, { indicator: ind, result, score }: CheckedIndicator, lang: Lang) {
  return {
    cell: qualifiedAddress(sheetCell(sheet, ind.targetCell)),
    level1: ind.level1,
    level2: ind.level2,
    name: ind.name,
    target: ind.targetText,
    parsed: parsedJson(ind.target, lang),
    actual: result.actual,
    status: result.status,
    light: result.light,
    why: result.why,
    score: score === null ? null : round(score),
  };
}

function tableJson(checked: CheckedTable, lang: Lang) {
  const { table, result, selfEvaluation: selfEval } = checked;
  const exec = result.execution;
  return {
    sheet: table.sheet,
    kind: table.kind,
    title: table.title,
    name: table.name,
    code: table.code,
    budget: table.budget,
    ...(table.period
      ? { projectPeriod: { text: table.period.text, start: table.period.start, end: table.period.end } }
      : {}),
    schedule: table.schedule.map((c) => ({ label: c.label, date: c.date, percent: c.percent })),
    execution: exec && {
      spent: exec.spent,
      rate: round(exec.rate),
      planned: round(exec.planned),
      timeProgress: round(exec.timeProgress),
      lag: round(exec.lag),
      light: exec.light,
    },
    light: result.light,
    indicators: checkedIndicators(checked).map((i) => indicatorJson(table.sheet, i, lang)),
    ...(selfEval
      ? { selfEvaluation: { budgetScore: selfEval.budgetScore, total: selfEval.total, grade: selfEval.grade } }
      : {}),
  };
}

/** Review and reading messages in the report's language (the core keeps each as a code and its parameters). */
export function fileJson(
  file: string,
  output: string | null,
  check: CheckResult | null,
  error: string | null,
  lang: Lang,
  asOfToday?: AsOfToday,
): JsonFile {
  if (!check) return { file, output: null, error, tables: [], review: [], diagnostics: [] };
  const selfEvalFindings = check.tables.flatMap((c) => c.selfEvaluation?.findings ?? []);
  return {
    file,
    output,
    error,
    asOf: check.asOf,
    tables: check.tables.map((t) => tableJson(t, lang)),
    review: [...check.review, ...selfEvalFindings].map((r) => ({
      rule: r.rule,
      cell: r.cell && qualifiedAddress(r.cell),
      message: renderMessage(r.text, lang),
    })),
    diagnostics: check.diagnostics.map((d) => ({
      cell: d.cell && qualifiedAddress(d.cell),
      message: renderMessage(d.text, lang),
    })),
    ...(asOfToday
      ? { asOfToday: { ...asOfToday, message: renderMessage(say("file.as-of-today", asOfToday), lang) } }
      : {}),
  };
}

/**
 * The --json document a file at a time, byte for byte what `JSON.stringify(report, null, 2)` makes of the whole (a
 * value nested two levels deep is indented by four more spaces): a folder's results are not all held until the end
 * (issue 12: bounded in memory; a 1,000-table workbook's entry is 5.6 MB of text). Each piece ends a line, so a
 * progress bar drawn on the same terminal between two pieces takes a line of its own.
 */
export const jsonHead = (asOf: string) =>
  `{\n  "schemaVersion": 1,\n  "asOf": ${JSON.stringify(asOf)},\n  "files": [\n`;

/** One entry of `files`, followed by the comma when another comes after it. */
export const jsonFileText = (file: JsonFile, last: boolean) =>
  `    ${JSON.stringify(file, null, 2).replace(/\n/g, "\n    ")}${last ? "" : ","}\n`;

export const JSON_TAIL = "  ]\n}\n";
