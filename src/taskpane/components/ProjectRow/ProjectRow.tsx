/**
 * One project, collapsed to a line: its light in words, name, spending against its own plan, and its
 * indicators by light. Expanded: the execution bar, the indicators that need attention, and the green
 * ones behind "show all".
 */
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { planDay } from "../../../core/dates";
import type { CellRef } from "../../../core/types";
import { executionWords, lightStatusText } from "../../model/format";
import { LIGHT_FILTERS, lightCategory, splitIndicators, type ProjectView } from "../../model/views";
import { useStrings } from "../../strings";
import { ExecutionBar } from "../ExecutionBar/ExecutionBar";
import { badgeRow, besideBadge } from "../shared/badgeBeside.styles";
import { clampedLines } from "../shared/clampedLines.styles";
import { IndicatorItem } from "../IndicatorItem/IndicatorItem";
import { LightBadge } from "../LightBadge/LightBadge";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  toggle: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    width: "100%",
    padding: tokens.spacingHorizontalXS,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  title: badgeRow,
  chevron: { flexShrink: 0, color: tokens.colorNeutralForeground2 },
  name: { ...besideBadge, fontWeight: tokens.fontWeightSemibold },
  /** A closed row shows three lines of the name; the whole is its title, what a screen reader says, and the open row. */
  clamped: clampedLines(3),
  meta: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Why a project has no execution verdict: a word on its line, a sentence when it is open. */
const NO_EXECUTION_SHORT = {
  "no-budget": "projectNoBudget",
  "no-spent": "projectNoExecution",
  "spent-unreadable": "projectSpentUnreadable",
  "spent-date": "projectSpentDate",
  "spent-uncached": "projectSpentUncached",
  "spent-error": "projectSpentError",
} as const;
const NO_EXECUTION_NOTE = {
  "no-budget": "noBudget",
  "no-spent": "noExecution",
  "spent-unreadable": "spentUnreadable",
  "spent-date": "spentDate",
  "spent-uncached": "spentUncached",
  "spent-error": "spentError",
} as const;

/** Collapsed; expanded with the indicators needing attention; expanded with all. */
export type RowMode = "closed" | "attention" | "all";

interface ProjectRowProps {
  project: ProjectView;
  asOf: string;
  /** Kept by the list, so a row scrolled out of view and back keeps its state. */
  mode: RowMode;
  onMode(mode: RowMode): void;
  onSelect(cell: CellRef): void;
}

export function ProjectRow({ project, asOf, mode, onMode, onSelect }: ProjectRowProps) {
  const t = useStrings();
  const styles = useStyles();
  const expanded = mode !== "closed";
  const showAll = mode === "all";
  const { attention, green } = splitIndicators(project);
  const bodyId = `project-body-${project.key}`;
  const execution = project.execution;
  const counts = LIGHT_FILTERS.map((light) => ({
    light,
    count: project.indicators.filter((v) => v.category === light).length,
  }))
    .filter((c) => c.count > 0)
    .map((c) => t("countInline", { light: t(`lightShort_${c.light}`), count: c.count }))
    .join(" ");
  // While a search found indicators here, those are what the open row shows first, whatever their light.
  const found = project.found && project.found.length > 0 ? project.found : null;
  const shown = showAll ? [...attention, ...green] : (found ?? attention);
  return (
    <section className={styles.root} data-testid="project" data-light={project.result.light}>
      <h3 className={styles.heading}>
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={expanded}
          aria-controls={expanded ? bodyId : undefined}
          onClick={() => onMode(expanded ? "closed" : "attention")}
          data-testid="project-toggle"
        >
          <span className={styles.title}>
            <span className={styles.chevron} aria-hidden="true">
              {expanded ? "▾" : "▸"}
            </span>
            <LightBadge light={project.result.light} text={t(`light_${project.category}`)} />
            <span
              className={mergeClasses(styles.name, !expanded && styles.clamped)}
              title={expanded ? undefined : project.name}
              data-testid="project-name"
            >
              {project.name}
            </span>
          </span>
          <span className={styles.meta}>
            {execution ? (
              <span data-testid="project-execution">
                {t("projectExecution", {
                  ...executionWords(t, execution),
                  // Spending's own verdict in words: a yellow project may owe its light to spending alone.
                  status: lightStatusText(t, lightCategory(execution.light), execution.status),
                })}
              </span>
            ) : (
              project.noExecution && (
                <span data-testid="project-execution">{t(NO_EXECUTION_SHORT[project.noExecution])}</span>
              )
            )}
            <span>{t("projectIndicatorCounts", { counts, total: project.indicators.length })}</span>
            {found && (
              <span data-testid="project-found">
                {t("projectFound", {
                  count: found.length,
                  names: found.map((v) => v.indicator.name).join(t("listSeparator")),
                })}
              </span>
            )}
          </span>
        </button>
      </h3>
      {expanded && (
        <div id={bodyId} className={styles.body}>
          {execution ? (
            <ExecutionBar
              execution={execution}
              planDay={planDay(asOf, project.table.budgetYear)}
              onSelect={() => onSelect(project.executionCell)}
            />
          ) : (
            project.noExecution && <p className={styles.note}>{t(NO_EXECUTION_NOTE[project.noExecution])}</p>
          )}
          {!found && attention.length === 0 && green.length > 0 && !showAll && (
            <p className={styles.note}>{t("allGreen")}</p>
          )}
          {shown.length > 0 && (
            <ul className={styles.list} aria-label={`${project.name} ${t("indicators")}`}>
              {shown.map((view) => (
                <li key={view.key}>
                  <IndicatorItem view={view} onSelect={onSelect} />
                </li>
              ))}
            </ul>
          )}
          {green.length > 0 && (
            <Button
              size="small"
              appearance="subtle"
              onClick={() => onMode(showAll ? "attention" : "all")}
              data-testid="show-all"
            >
              {showAll
                ? t("hideGreen")
                : t("showAllIndicators", { total: project.indicators.length, green: green.length })}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
