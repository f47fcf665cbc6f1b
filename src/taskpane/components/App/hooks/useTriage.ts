/** The results as the pane lists them: projects worst first, the counts, and the filters over them. */
import { useDeferredValue, useMemo, useState } from "react";
import type { CheckResult } from "../../../../core/types";
import {
  buildProjectViews,
  countExecution,
  countFound,
  countIndicators,
  countProjects,
  filterProjects,
  foundUnderFilters,
  NO_FILTERS,
  type Filters,
  type LightFilter,
} from "../../../model/views";

export function useTriage(result: CheckResult | null) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  // Typing and chip clicks update at once; the list follows as soon as React has time.
  const deferred = useDeferredValue(filters);
  const projects = useMemo(() => (result ? buildProjectViews(result) : []), [result]);
  const summary = useMemo(
    () => ({
      projects: countProjects(projects),
      indicators: countIndicators(projects),
      indicatorTotal: projects.reduce((n, p) => n + p.indicators.length, 0),
      execution: countExecution(projects),
    }),
    [projects],
  );
  const visible = useMemo(() => filterProjects(projects, deferred), [projects, deferred]);
  const found = useMemo(
    () => ({ ...countFound(visible), hidden: visible.length === 0 && foundUnderFilters(projects, deferred) }),
    [visible, projects, deferred],
  );
  return {
    filters,
    projects,
    summary,
    visible,
    /** The words the list was last searched by (trimmed; "" without a search), and what they found. */
    searched: deferred.search.trim(),
    found,
    toggleLight: (light: LightFilter) =>
      setFilters((f) => ({
        ...f,
        lights: f.lights.includes(light) ? f.lights.filter((l) => l !== light) : [...f.lights, light],
      })),
    setProblemsOnly: (problemsOnly: boolean) => setFilters((f) => ({ ...f, problemsOnly })),
    setSearch: (search: string) => setFilters((f) => ({ ...f, search })),
    clearFilters: () => setFilters(NO_FILTERS),
  };
}
