/** One project: name (selects the table), budget, execution bar, and its indicators. */
import { ExecutionBar } from "../ExecutionBar/ExecutionBar";
import { IndicatorItem } from "../IndicatorItem/IndicatorItem";
import { LightBadge } from "../LightBadge/LightBadge";
import type { ProjectCardProps } from "./ProjectCard.types";
import { useProjectCard } from "./useProjectCard";
import { useProjectCardStyles } from "./useProjectCardStyles.styles";

export function ProjectCard(props: ProjectCardProps) {
  const s = useProjectCard(props);
  const styles = useProjectCardStyles();
  const { project, asOf, onSelect } = props;
  return (
    <section
      className={styles.root}
      aria-labelledby={s.headingId}
      data-testid="project"
      data-light={project.result.light}
    >
      <h2 className={styles.heading} id={s.headingId}>
        <button
          type="button"
          className={styles.nameButton}
          onClick={() => onSelect(project.cell)}
          title={s.t("selectCellHint")}
        >
          <LightBadge light={project.result.light} text={s.lightText} />
          <span data-testid="project-name">{project.name}</span>
        </button>
      </h2>
      <div className={styles.meta}>
        <span>{s.budgetText}</span>
        <span>{s.sheetText}</span>
        <span>{s.indicatorCountText}</span>
      </div>
      {project.execution ? (
        <ExecutionBar execution={project.execution} asOf={asOf} onSelect={() => onSelect(project.executionCell)} />
      ) : (
        <p className={styles.noExecution}>{s.t("noExecution")}</p>
      )}
      {project.indicators.length > 0 && (
        <ul className={styles.list} aria-label={`${project.name} ${s.t("indicators")}`}>
          {project.indicators.map((view) => (
            <li key={view.key}>
              <IndicatorItem view={view} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
