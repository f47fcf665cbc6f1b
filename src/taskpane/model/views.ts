/**
 * View model: turns a CheckResult into what the pane lists (projects worst first, each with its
 * indicators worst first), counts projects and indicators by light and applies the filters. Pure
 * functions, no React, so they are tested on plain data.
 */
import type {
  CellRef,
  CheckedTable,
  CheckResult,
  ExecutionResult,
  GoalTable,
  Indicator,
  IndicatorResult,
  Light,
  Status,
  TableResult,
} from "../../core/types";
import { sheetCell } from "../../core/a1";
import { checkedIndicators } from "../../core/checked";
import { whyNoExecution, type NoExecution } from "../../core/evaluate/evaluate";
import { countLights, lightSeverity } from "../../core/lights";
import { tableLabel } from "../../core/tableLabel";
import { renderMessage, type Lang, type MessageCode } from "../../core/locale/messages";

/**
 * The lights in triage order (core/lights' severity: worst first); "pending" is the pane's category for no
 * light (no actual yet, or not understood), counted as 未判断 / Not judged — not 待填报, which is one of the two.
 */
export type LightFilter = "red" | "yellow" | "blue" | "green" | "pending";
export const LIGHT_FILTERS: readonly LightFilter[] = ["red", "yellow", "blue", "green", "pending"];

function lightOf(category: LightFilter): Light {
  return category === "pending" ? "none" : category;
}

/** Worst first; ties keep the workbook's order (Array.prototype.sort is stable). */
function byLight<T extends { category: LightFilter }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => lightSeverity(lightOf(b.category)) - lightSeverity(lightOf(a.category)));
}

/** The pane's filter a light falls under (no light: pending). */
export function lightCategory(light: Light): LightFilter {
  return light === "none" ? "pending" : light;
}

/** Needs attention: a red or yellow light, a missed / behind status, or a target nobody could read. */
function isProblem(light: Light, status: Status): boolean {
  return light === "red" || light === "yellow" || status === "missed" || status === "behind" || status === "unknown";
}

export interface IndicatorView {
  key: string;
  indicator: Indicator;
  result: IndicatorResult;
  category: LightFilter;
  problem: boolean;
  /** The cell to select: the actual when there is one, otherwise the target. */
  cell: CellRef;
}

export interface ProjectView {
  key: string;
  name: string;
  /** The name and the sheet as search compares them (normalised once, not per keystroke). */
  searchKey: string;
  table: GoalTable;
  result: TableResult;
  execution: ExecutionResult | null;
  /** Why a project has no execution verdict (null: it has one, or the table is no project). */
  noExecution: NoExecution | null;
  executionCategory: LightFilter | null;
  executionProblem: boolean;
  indicators: IndicatorView[];
  category: LightFilter;
  problem: boolean;
  /** Cell to select for the project as a whole (the spent cell, else the budget, else the table's corner). */
  cell: CellRef;
  /** Cell to select for the execution line. */
  executionCell: CellRef;
  /**
   * While searching: the indicators whose name or target holds the words, as listed (worst first) (empty when the
   * project is found by its name or sheet alone); undefined without a search.
   */
  found?: readonly IndicatorView[];
}

function cornerCell(table: GoalTable): CellRef {
  return { sheet: table.sheet, row: table.range.top, col: table.range.left };
}

/**
 * The project a note's cell lies in (its table's area on its sheet), named as the projects tab names it: a review or
 * reading note carries a cell only, so the notes' search finds a project's notes by this name (劳务费（3）).
 */
export function projectAt(tables: readonly CheckedTable[]): (cell: CellRef | null) => string | undefined {
  const bySheet = new Map<string, GoalTable[]>();
  for (const { table } of tables) {
    const list = bySheet.get(table.sheet);
    if (list) list.push(table);
    else bySheet.set(table.sheet, [table]);
  }
  return (cell) => {
    if (!cell) return undefined;
    const { row, col } = cell;
    const table = bySheet
      .get(cell.sheet)
      ?.find(({ range: r }) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
    return table && tableLabel(table);
  };
}

/**
 * What writing the marks left and why (a protected sheet not written, the clerk's typing kept in our columns …): the
 * plan's notes, which the hosts hand back as info diagnostics (worded in the run's language) — no reading problem, so
 * not in 读表, said by the pane after the check.
 */
export function writeNotes(check: CheckResult, lang: Lang): string[] {
  return check.diagnostics.flatMap((d) => (WRITE_NOTES.has(d.text.code) ? [renderMessage(d.text, lang)] : []));
}
/** Also what the host could not do as asked: dates read in the 1900 system, no notes below ExcelApi 1.18. */
const WRITE_NOTES = new Set<MessageCode>(["plan.note", "host.date-system-unknown", "host.notes-unsupported"]);

/**
 * What a check changed against the one before it of the same workbook: problems (isProblem: an indicator's, a
 * project's spending) that appeared, and those gone (resolved, or the row deleted). Matched by sheet, project and
 * indicator name, not by row: rows the clerk inserted between the two checks change no problem.
 */
export function changesSince(before: CheckResult, after: CheckResult): { appeared: number; resolved: number } {
  const problems = (check: CheckResult) => {
    const counted = new Map<string, number>();
    const count = (key: string) => counted.set(key, (counted.get(key) ?? 0) + 1);
    for (const checked of check.tables) {
      const project = `${checked.table.sheet}\u0000${tableLabel(checked.table)}\u0000`;
      const execution = checked.result.execution;
      if (execution && isProblem(execution.light, execution.status)) count(project);
      for (const { indicator, result } of checkedIndicators(checked))
        if (isProblem(result.light, result.status)) count(`${project}${indicator.name}`);
    }
    return counted;
  };
  const [was, now] = [problems(before), problems(after)];
  const more = (a: Map<string, number>, b: Map<string, number>) =>
    [...a].reduce((n, [key, times]) => n + Math.max(0, times - (b.get(key) ?? 0)), 0);
  return { appeared: more(now, was), resolved: more(was, now) };
}

/** Projects worst first, each with its indicators worst first. */
export function buildProjectViews(check: CheckResult): ProjectView[] {
  const views = check.tables.map((checked, t): ProjectView => {
    const { table, result } = checked;
    const indicators = checkedIndicators(checked).map(({ indicator, result: r }, i): IndicatorView => {
      return {
        key: `${t}:${i}`,
        indicator,
        result: r,
        category: lightCategory(r.light),
        problem: isProblem(r.light, r.status),
        cell: sheetCell(table.sheet, indicator.actual?.cell ?? indicator.targetCell),
      };
    });
    const execution = result.execution;
    const executionProblem = execution ? isProblem(execution.light, execution.status) : false;
    const executionKey = table.spent?.cell ?? table.budgetCell;
    const executionCell = executionKey === undefined ? cornerCell(table) : sheetCell(table.sheet, executionKey);
    const name = tableLabel(table);
    return {
      key: `${t}`,
      name,
      searchKey: searchKeyOf(name, table.sheet),
      table,
      result,
      execution,
      noExecution: whyNoExecution(table, execution),
      executionCategory: execution ? lightCategory(execution.light) : null,
      executionProblem,
      indicators: byLight(indicators),
      category: lightCategory(result.light),
      problem: executionProblem || indicators.some((v) => v.problem),
      cell: cornerCell(table),
      executionCell,
    };
  });
  return byLight(views);
}

/** What an expanded project shows first (every indicator that is not green), and what "show all" adds. */
export function splitIndicators(project: ProjectView): { attention: IndicatorView[]; green: IndicatorView[] } {
  return {
    attention: project.indicators.filter((v) => v.category !== "green"),
    green: project.indicators.filter((v) => v.category === "green"),
  };
}

export type LightCounts = Record<LightFilter, number>;

function countsOf(lights: Iterable<Light>): LightCounts {
  const { none, ...real } = countLights(lights);
  return { ...real, pending: none };
}

/** Projects by their overall light (what the chips filter on). */
export function countProjects(projects: readonly ProjectView[]): LightCounts {
  return countsOf(projects.map((p) => p.result.light));
}

/** Indicators by light, over the given projects (budget execution is counted apart). */
export function countIndicators(projects: readonly ProjectView[]): LightCounts {
  return countsOf(projects.flatMap((p) => p.indicators.map((v) => v.result.light)));
}

/**
 * Projects whose spending is behind their own plan, and projects whose spending could not be judged (no amount spent,
 * no budget, …): "none behind" is only true of the ones judged.
 */
export interface ExecutionCounts {
  behind: number;
  judged: number;
  unjudged: number;
}

/** How many projects' budget execution is behind, judged, and not judged (said why). */
export function countExecution(projects: readonly ProjectView[]): ExecutionCounts {
  return {
    behind: projects.filter((p) => p.execution?.status === "behind").length,
    judged: projects.filter((p) => p.execution !== null).length,
    unjudged: projects.filter((p) => p.noExecution !== null).length,
  };
}

export interface Filters {
  /** Project lights to show; empty = all. */
  lights: readonly LightFilter[];
  /** Only projects with something needing attention (red / yellow, missed / behind, unreadable). */
  problemsOnly: boolean;
  search: string;
}

export const NO_FILTERS: Filters = { lights: [], problemsOnly: false, search: "" };

/**
 * A text as every search of the pane compares it (the projects', the notes'): full-width letters, digits and signs as
 * typed on a Chinese keyboard (ＡＢＣ１２３, ％) folded to their usual forms (NFKC), spaces dropped, case ignored.
 */
export function normalizeSearch(s: string): string {
  return s.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/** Texts searched apart: a separator no search holds, so words are not found across two of them. */
export function searchKeyOf(...texts: string[]): string {
  return texts.map(normalizeSearch).join("\u0000");
}

/**
 * An indicator's name and target as search compares them: normalised at the first search, once (a bureau's 3,000
 * indicators, ~2.5 µs a text measured under load, would cost the results ~15 ms more, searched or not).
 */
const indicatorKeys = new WeakMap<IndicatorView, string>();
function indicatorKey(view: IndicatorView): string {
  let key = indicatorKeys.get(view);
  if (key === undefined) {
    key = searchKeyOf(view.indicator.name, view.indicator.targetText);
    indicatorKeys.set(view, key);
  }
  return key;
}

/**
 * Projects (whole, in triage order) whose light and problems pass the filters and whose name, sheet, or an indicator's
 * name or target holds the searched words (a clerk types 满意度, a sheet's name or ≥95%). A project found while
 * searching carries the indicators found in it (`found`).
 */
export function filterProjects(projects: readonly ProjectView[], filters: Filters): ProjectView[] {
  const needle = normalizeSearch(filters.search);
  const passing = projects.filter(
    (p) => (filters.lights.length === 0 || filters.lights.includes(p.category)) && (!filters.problemsOnly || p.problem),
  );
  if (!needle) return passing;
  return passing.flatMap((p) => {
    const found = p.indicators.filter((v) => indicatorKey(v).includes(needle));
    return found.length > 0 || p.searchKey.includes(needle) ? [{ ...p, found }] : [];
  });
}

/**
 * Searched words in none of the projects listed but in some the light or problem filters hide: the pane says so, not
 * that they are nowhere (asked only when nothing is listed).
 */
export function foundUnderFilters(projects: readonly ProjectView[], filters: Filters): boolean {
  const filtered = filters.lights.length > 0 || filters.problemsOnly;
  return (
    filtered &&
    filters.search.trim() !== "" &&
    filterProjects(projects, { ...NO_FILTERS, search: filters.search }).length > 0
  );
}

/** How many a search found: the projects listed, and the indicators found in them. */
export function countFound(visible: readonly ProjectView[]): { projects: number; indicators: number } {
  return { projects: visible.length, indicators: visible.reduce((n, p) => n + (p.found?.length ?? 0), 0) };
}

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A list of findings as the pane shows it: most serious first (错误, 提示, 信息), the workbook's order within each. */
export function bySeverity<T extends { severity: Severity }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
