/** 自评得分: computed self-evaluation scores per table, with the findings on submitted numbers. */
import type { CellRef, CheckedTable, GoalTable, SelfEvaluation } from "../../../core/types";
import { useContext } from "react";
import { GRADE_EN } from "../../../core/evaluate/labels";
import { roundedNumber } from "../../../core/numbers";
import { tableLabel } from "../../../core/tableLabel";
import { LangContext, useStrings } from "../../strings";
import { FindingList } from "./FindingList";
import { useSectionStyles } from "./Sections.styles";

export interface SelfEvalSectionProps {
  tables: CheckedTable[];
  onSelect(cell: CellRef): void;
}

export function SelfEvalSection({ tables, onSelect }: SelfEvalSectionProps) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = useSectionStyles();
  const rows = tables
    .map(({ table, selfEvaluation }, i) => ({ table, evaluation: selfEvaluation, index: i }))
    .filter((r): r is { table: GoalTable; evaluation: SelfEvaluation; index: number } => r.evaluation !== null);
  if (rows.length === 0) return <p className={styles.empty}>{t("noFindings")}</p>;
  const score = (n: number | null) => (n === null ? t("notScored") : roundedNumber(n));
  return (
    <section className={styles.root} aria-labelledby="selfeval-title" data-testid="self-evaluation">
      <h2 className={styles.title} id="selfeval-title">
        {t("selfEvalTitle", { count: rows.length })}
      </h2>
      <ul className={styles.list}>
        {rows.map(({ table, evaluation, index }) => (
          <li key={index}>
            <div className={styles.name}>{tableLabel(table)}</div>
            <div className={styles.scores}>
              <span>
                {t("selfEvalTotal")}
                {t("colon")}
                {score(evaluation.total)}
              </span>
              <span>
                {t("selfEvalGrade")}
                {t("colon")}
                {evaluation.grade ? (lang === "en" ? GRADE_EN[evaluation.grade] : evaluation.grade) : "—"}
              </span>
              <span>
                {t("selfEvalBudget")}
                {t("colon")}
                {score(evaluation.budgetScore)}
              </span>
            </div>
            {evaluation.findings.length > 0 && (
              <FindingList
                items={evaluation.findings.map((f, i) => ({
                  key: `${f.rule}-${i}`,
                  text: f.text,
                  severity: f.severity,
                  cell: f.cell,
                }))}
                onSelect={onSelect}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
