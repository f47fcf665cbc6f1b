/** 目标审核意见: notes on badly written targets, the most serious first; hidden when there are none. */
import { useMemo } from "react";
import type { CellRef, CheckedTable, ReviewFinding } from "../../../core/types";
import { useStrings } from "../../strings";
import { bySeverity, projectAt } from "../../model/views";
import { FindingList } from "./FindingList";
import { useSectionStyles } from "./Sections.styles";

export function ReviewSection({
  review,
  tables,
  onSelect,
}: {
  review: ReviewFinding[];
  /** The checked tables: a note is found by its project's name too. */
  tables: readonly CheckedTable[];
  onSelect(cell: CellRef): void;
}) {
  const t = useStrings();
  const styles = useSectionStyles();
  // Kept while the result is the same: the list's filters word each note once, not on every render of the pane.
  // Errors first: a clerk fixes what stops the table before what only weakens it (the core lists them sheet by sheet).
  const items = useMemo(() => {
    const project = projectAt(tables);
    return bySeverity(
      review.map((r, i) => ({
        key: `${r.rule}-${i}`,
        text: r.text,
        severity: r.severity,
        cell: r.cell,
        context: project(r.cell),
      })),
    );
  }, [review, tables]);
  if (review.length === 0) return <p className={styles.empty}>{t("noReview")}</p>;
  return (
    <section className={styles.root} aria-labelledby="review-title" data-testid="review">
      <h2 className={styles.title} id="review-title">
        {t("reviewTitle", { count: review.length })}
      </h2>
      <FindingList items={items} onSelect={onSelect} filterable grouped />
    </section>
  );
}
