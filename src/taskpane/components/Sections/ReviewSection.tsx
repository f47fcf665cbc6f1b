/** 目标审核意见: notes on badly written targets; hidden when there are none. */
import type { CellRef, ReviewFinding } from "../../../core/types";
import { useStrings } from "../../strings";
import { FindingList } from "./FindingList";
import { useSectionStyles } from "./Sections.styles";

export function ReviewSection({ review, onSelect }: { review: ReviewFinding[]; onSelect(cell: CellRef): void }) {
  const t = useStrings();
  const styles = useSectionStyles();
  if (review.length === 0) return <p className={styles.empty}>{t("noFindings")}</p>;
  return (
    <section className={styles.root} aria-labelledby="review-title" data-testid="review">
      <h2 className={styles.title} id="review-title">
        {t("reviewTitle", { count: review.length })}
      </h2>
      <FindingList
        items={review.map((r, i) => ({
          key: `${r.rule}-${i}`,
          text: r.text,
          severity: r.severity,
          cell: r.cell,
        }))}
        onSelect={onSelect}
      />
    </section>
  );
}
