/** One indicator: status badge (colour and words), name, target, actual and why; click selects its cell. */
import { LightBadge } from "../LightBadge/LightBadge";
import type { IndicatorItemProps } from "./IndicatorItem.types";
import { useIndicatorItem } from "./useIndicatorItem";
import { useIndicatorItemStyles } from "./useIndicatorItemStyles.styles";

export function IndicatorItem(props: IndicatorItemProps) {
  const s = useIndicatorItem(props);
  const styles = useIndicatorItemStyles();
  const { view, onSelect } = props;
  return (
    <button
      type="button"
      className={styles.root}
      onClick={() => onSelect(view.cell)}
      title={s.t("openInSheet", { address: s.cellText })}
      data-testid="indicator"
      data-light={view.result.light}
      data-status={view.result.status}
    >
      <span className={styles.head}>
        <LightBadge light={view.result.light} text={s.statusText} />
        <span className={styles.name}>{s.name}</span>
      </span>
      {s.level && <span className={styles.level}>{s.level}</span>}
      <span className={styles.facts}>
        <span className={styles.fact}>
          <span className={styles.label}>
            {s.t("target")}
            {s.t("colon")}
          </span>
          {s.target}
        </span>
        <span className={styles.fact}>
          <span className={styles.label}>
            {s.t("actual")}
            {s.t("colon")}
          </span>
          {s.actual}
        </span>
      </span>
      {s.why && (
        <span className={styles.why}>
          <span className={styles.label}>
            {s.t("why")}
            {s.t("colon")}
          </span>
          {s.why}
        </span>
      )}
    </button>
  );
}
