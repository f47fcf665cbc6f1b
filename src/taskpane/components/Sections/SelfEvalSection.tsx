/**
 * 自评得分: computed self-evaluation scores per table, with the findings on submitted numbers. A bureau's year-end
 * workbook (300 self-evaluations, 1,200 findings) is drawn as a list of only the tables near the viewport: drawn whole,
 * opening the tab held the page 460 ms (docs/performance.md, session 47).
 */
import type { CellRef, CheckedTable, GoalTable, SelfEvaluation } from "../../../core/types";
import { useContext } from "react";
import { GRADE_EN } from "../../../core/evaluate/labels";
import { roundedNumber } from "../../../core/numbers";
import { tableLabel } from "../../../core/tableLabel";
import { LangContext, useStrings } from "../../strings";
import { VirtualList } from "../VirtualList/VirtualList";
import { FindingList, VIRTUAL_FROM } from "./FindingList";
import { useSectionStyles } from "./Sections.styles";

export interface SelfEvalSectionProps {
  tables: CheckedTable[];
  onSelect(cell: CellRef): void;
}

type Row = { table: GoalTable; evaluation: SelfEvaluation; index: number };

function SelfEvalRow({ row, onSelect }: { row: Row; onSelect(cell: CellRef): void }) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const styles = useSectionStyles();
  const { table, evaluation } = row;
  const score = (n: number | null) => (n === null ? t("notScored") : roundedNumber(n));
  return (
    <>
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
    </>
  );
}

export function SelfEvalSection({ tables, onSelect }: SelfEvalSectionProps) {
  const t = useStrings();
  const styles = useSectionStyles();
  const rows = tables
    .map(({ table, selfEvaluation }, i) => ({ table, evaluation: selfEvaluation, index: i }))
    .filter((r): r is Row => r.evaluation !== null);
  if (rows.length === 0) return <p className={styles.empty}>{t("noFindings")}</p>;
  // Counted in lines drawn: a few tables with many findings are as long a list as many tables.
  const lines = rows.reduce((n, r) => n + 1 + r.evaluation.findings.length, 0);
  return (
    <section className={styles.root} aria-labelledby="selfeval-title" data-testid="self-evaluation">
      <h2 className={styles.title} id="selfeval-title">
        {t("selfEvalTitle", { count: rows.length })}
      </h2>
      {lines >= VIRTUAL_FROM ? (
        <VirtualList
          items={rows}
          getKey={(row) => String(row.index)}
          estimate={150}
          gap={2}
          renderItem={(row) => <SelfEvalRow row={row} onSelect={onSelect} />}
        />
      ) : (
        <ul className={styles.list}>
          {rows.map((row) => (
            <li key={row.index}>
              <SelfEvalRow row={row} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
