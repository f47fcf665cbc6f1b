/** Actual execution against the planned progress at the date: fill = spent, marker = plan; words say the same. */
import { LightBadge } from "../LightBadge/LightBadge";
import type { ExecutionBarProps } from "./ExecutionBar.types";
import { useExecutionBar } from "./useExecutionBar";
import { FILL_COLOR, useExecutionBarStyles } from "./useExecutionBarStyles.styles";

export function ExecutionBar(props: ExecutionBarProps) {
  const s = useExecutionBar(props);
  const styles = useExecutionBarStyles();
  const { execution, onSelect } = props;
  return (
    <button
      type="button"
      className={styles.root}
      onClick={onSelect}
      title={s.t("selectCellHint")}
      data-testid="execution"
    >
      <span className={styles.head}>
        <span className={styles.title}>{s.t("execution")}</span>
        <LightBadge light={execution.light} text={s.statusText} />
      </span>
      <span className={styles.track} role="img" aria-label={s.ariaLabel}>
        <span
          className={styles.fill}
          style={{ width: `${s.fillPercent}%`, backgroundColor: FILL_COLOR[execution.light] }}
        />
        <span className={styles.marker} style={{ left: `${s.markerPercent}%` }} />
      </span>
      <span className={styles.words}>
        <span>{s.rateText}</span>
        <span>{s.plannedText}</span>
        <span data-testid="lag">{s.lagText}</span>
      </span>
    </button>
  );
}
