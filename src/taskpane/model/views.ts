/**
 * View model: turns a CheckResult into what the pane lists (projects with their items), counts
 * items by light and applies the filters. Pure functions, no React, so they are tested on plain data.
 */
import type {
  CellRef,
  CheckResult,
  ExecutionResult,
  GoalTable,
  Indicator,
  IndicatorResult,
  Light,
  Status,
  TableResult,
} from "../../core/types";
import { countLights } from "../../core/lights";

/** The chips at the top; "pending" collects items without a light (no actual yet, or not understood). */
export type LightFilter = "red" | "yellow" | "blue" | "green" | "pending";
export const LIGHT_FILTERS: readonly LightFilter[] = ["red", "yellow", "blue", "green", "pending"];

export function lightCategory(light: Light): LightFilter {
  return light === "none" ? "pending" : light;
}

/** Needs attention: a red or yellow light, a missed / behind status, or a target nobody could read. */
export function isProblem(light: Light, status: Status): boolean {
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
  table: GoalTable;
  result: TableResult;
  execution: ExecutionResult | null;
  executionCategory: LightFilter | null;
  executionProblem: boolean;
  indicators: IndicatorView[];
  category: LightFilter;
  problem: boolean;
  /** Cell to select for the project as a whole (the spent cell, else the budget, else the table's corner). */
  cell: CellRef;
  /** Cell to select for the execution line. */
  executionCell: CellRef;
}

export function projectName(table: GoalTable): string {
  return table.name.trim() || table.title.trim() || table.sheet;
}

function cornerCell(table: GoalTable): CellRef {
  return { sheet: table.sheet, row: table.range.top, col: table.range.left };
}

export function buildProjectViews(check: CheckResult): ProjectView[] {
  return check.tables.map(({ table, result, indicators: checked }, t) => {
    const indicators = checked.map(({ indicator, result: r }, i): IndicatorView => {
      return {
        key: `${t}:${i}`,
        indicator,
        result: r,
        category: lightCategory(r.light),
        problem: isProblem(r.light, r.status),
        cell: indicator.actual?.cell ?? indicator.targetCell,
      };
    });
    const execution = result.execution;
    const executionProblem = execution ? isProblem(execution.light, execution.status) : false;
    const executionCell = table.spent?.cell ?? table.budgetCell ?? cornerCell(table);
    return {
      key: `${t}`,
      name: projectName(table),
      table,
      result,
      execution,
      executionCategory: execution ? lightCategory(execution.light) : null,
      executionProblem,
      indicators,
      category: lightCategory(result.light),
      problem: executionProblem || indicators.some((v) => v.problem),
      cell: cornerCell(table),
      executionCell,
    };
  });
}

export type LightCounts = Record<LightFilter, number>;

/** Counts every judged item: each indicator and each project's budget execution. */
export function countByLight(projects: readonly ProjectView[]): LightCounts {
  const lights = projects.flatMap((p) => [
    ...(p.execution ? [p.execution.light] : []),
    ...p.indicators.map((v) => v.result.light),
  ]);
  const { none, ...real } = countLights(lights);
  return { ...real, pending: none };
}

export interface Filters {
  /** Lights to show; empty = all. */
  lights: readonly LightFilter[];
  problemsOnly: boolean;
  search: string;
}

export const NO_FILTERS: Filters = { lights: [], problemsOnly: false, search: "" };

export function hasItemFilters(filters: Filters): boolean {
  return filters.lights.length > 0 || filters.problemsOnly;
}

function itemPasses(category: LightFilter, problem: boolean, filters: Filters): boolean {
  if (filters.lights.length > 0 && !filters.lights.includes(category)) return false;
  return !filters.problemsOnly || problem;
}

function normalizeSearch(s: string): string {
  return s.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/**
 * Projects whose name matches the search and that have at least one item passing the light /
 * problem filters; each keeps only its passing indicators (the execution line is always shown).
 */
export function filterProjects(projects: readonly ProjectView[], filters: Filters): ProjectView[] {
  const needle = normalizeSearch(filters.search);
  const out: ProjectView[] = [];
  for (const p of projects) {
    if (needle && !normalizeSearch(p.name).includes(needle)) continue;
    if (!hasItemFilters(filters)) {
      out.push(p);
      continue;
    }
    const indicators = p.indicators.filter((v) => itemPasses(v.category, v.problem, filters));
    const executionPasses =
      p.executionCategory !== null && itemPasses(p.executionCategory, p.executionProblem, filters);
    if (indicators.length > 0 || executionPasses) out.push({ ...p, indicators });
  }
  return out;
}
