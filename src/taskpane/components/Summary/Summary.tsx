/**
 * The first thing after a check: projects by light (chips that filter the list), indicators by light,
 * and how many projects spend behind their own plan. Every count says its light in words.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { card } from "../shared/card.styles";
import type { RefObject } from "react";
import type { ResultWorkbook } from "../../host";
import { LIGHT_FILTERS, type ExecutionCounts, type LightCounts, type LightFilter } from "../../model/views";
import { useStrings } from "../../strings";
import { LightChips } from "../LightChips/LightChips";

const useStyles = makeStyles({
  root: {
    ...card,
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  label: { color: tokens.colorNeutralForeground2 },
  behind: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  elsewhere: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** What to say when the results' workbook is not the one in front (WPS), or null. */
function notInFront(workbook: ResultWorkbook, t: ReturnType<typeof useStrings>): string | null {
  if (workbook.closed) return t("workbookClosed", { name: workbook.name });
  if (workbook.front === workbook.name) return null;
  if (workbook.front === null) return t("workbookNoneInFront", { name: workbook.name });
  return t("workbookNotInFront", { name: workbook.name, front: workbook.front });
}

/** How many projects spend behind plan; never "none behind" of projects that could not be judged. */
function executionText({ behind, judged, unjudged }: ExecutionCounts, t: ReturnType<typeof useStrings>): string {
  if (judged === 0 && unjudged > 0) return t("executionNoneJudged", { count: unjudged });
  const text = behind > 0 ? t("executionBehind", { count: behind }) : t("executionNoneBehind");
  return unjudged > 0 ? text + t("executionUnjudged", { count: unjudged }) : text;
}

interface SummaryProps {
  headingRef: RefObject<HTMLHeadingElement>;
  headline: string;
  projects: LightCounts;
  indicators: LightCounts;
  execution: ExecutionCounts;
  selected: readonly LightFilter[];
  onToggle(light: LightFilter): void;
  /** Excel / WPS: the workbook the results are of (null until known, and in the standalone page). */
  workbook?: ResultWorkbook | null;
}

export function Summary(props: SummaryProps) {
  const t = useStrings();
  const styles = useStyles();
  const indicatorText = LIGHT_FILTERS.map((light) =>
    t("countInline", { light: t(`lightShort_${light}`), count: props.indicators[light] }),
  ).join(" · ");
  return (
    <section className={styles.root} aria-labelledby="summary-title" data-testid="summary">
      <h2 className={styles.heading} id="summary-title" ref={props.headingRef} tabIndex={-1}>
        {props.headline}
      </h2>
      {props.workbook && (
        <p className={styles.line} data-testid="workbook">
          {t("workbookLine", { name: props.workbook.name })}
        </p>
      )}
      {props.workbook && notInFront(props.workbook, t) && (
        <p className={`${styles.line} ${styles.elsewhere}`} role="status" data-testid="workbook-elsewhere">
          {notInFront(props.workbook, t)}
        </p>
      )}
      <LightChips counts={props.projects} selected={props.selected} onToggle={props.onToggle} />
      <p className={styles.line} data-testid="indicator-counts">
        <span className={styles.label}>
          {t("summaryIndicators")}
          {t("colon")}
        </span>
        {indicatorText}
      </p>
      <p className={styles.line} data-testid="execution-summary">
        <span className={styles.label}>
          {t("summaryExecution")}
          {t("colon")}
        </span>
        <span className={props.execution.behind > 0 ? styles.behind : undefined}>
          {executionText(props.execution, t)}
        </span>
      </p>
    </section>
  );
}
