/**
 * 自评得分: computed self-evaluation scores per table, with the findings on submitted numbers. A bureau's year-end
 * workbook (300 self-evaluations, 1,200 findings) is drawn as a list of only the tables near the viewport: drawn whole,
 * opening the tab held the page 460 ms (docs/performance.md, session 47). Many findings get the review tab's filters
 * (by kind, by sheet, indicator, words or the table's name); a table none of whose findings pass them is not listed.
 */
import type { CellRef, CheckedTable, GoalTable, SelfEvaluation } from "../../../core/types";
import { useContext, useMemo } from "react";
import { GRADE_EN } from "../../../core/evaluate/labels";
import { roundedNumber } from "../../../core/numbers";
import { tableLabel } from "../../../core/tableLabel";
import { formatPercent } from "../../model/format";
import { LangContext, useStrings } from "../../strings";
import { VirtualList } from "../VirtualList/VirtualList";
import { FindingFilters, FindingList, useFindingFilter, VIRTUAL_FROM, type FindingItem } from "./FindingList";
import { useSectionStyles } from "./Sections.styles";

interface SelfEvalSectionProps {
  tables: CheckedTable[];
  onSelect(cell: CellRef): void;
}

/** A self-evaluation and the findings listed under it (those passing the filters). */
type Row = { table: GoalTable; evaluation: SelfEvaluation; index: number; items: FindingItem[] };

/**
 * 预算执行得分 as a clerk checks it: whose number it is (ours, by the rule), how it was reached (执行数 ÷ 预算数 × 分值, or
 * the unit's own rate on a 预算执行率 row), and the score the unit typed beside it.
 */
function BudgetScore({ evaluation }: { evaluation: SelfEvaluation }) {
  const t = useStrings();
  const styles = useSectionStyles();
  const basis = evaluation.budgetBasis;
  const n = (x: number) => roundedNumber(x);
  let how: string;
  if (!basis) how = t("selfEvalBudgetNone");
  else if (!basis.counted) how = t("selfEvalBudgetUncounted", { rate: formatPercent(basis.rate, 2) });
  else {
    const capped = basis.rate > 100 ? t("selfEvalBudgetCapped") : "";
    how =
      basis.spent !== null && basis.budget !== null
        ? t("selfEvalBudgetFromMoney", {
            spent: n(basis.spent),
            budget: n(basis.budget),
            rate: formatPercent(basis.rate, 2),
            weight: n(basis.weight),
            capped,
          })
        : t("selfEvalBudgetFromRate", { rate: formatPercent(basis.rate, 2), weight: n(basis.weight), capped });
  }
  const typed =
    basis?.submitted == null
      ? basis?.counted
        ? t("selfEvalBudgetNotTyped")
        : null
      : t(basis.submittedAgrees === false ? "selfEvalBudgetTypedDiffers" : "selfEvalBudgetTyped", {
          score: n(basis.submitted),
        });
  return (
    <div className={styles.budget} data-testid="budget-score">
      <div>
        {t("selfEvalBudgetOurs")}
        {t("colon")}
        <span className={styles.name}>
          {evaluation.budgetScore !== null
            ? n(evaluation.budgetScore)
            : t(basis && !basis.counted ? "selfEvalBudgetNotCounted" : "notScored")}
        </span>
      </div>
      <div className={styles.where} data-testid="budget-score-how">
        {how}
      </div>
      {typed && (
        <div className={styles.where} data-testid="budget-score-typed">
          {typed}
        </div>
      )}
    </div>
  );
}

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
      </div>
      <BudgetScore evaluation={evaluation} />
      {row.items.length > 0 && <FindingList items={row.items} onSelect={onSelect} />}
    </>
  );
}

export function SelfEvalSection({ tables, onSelect }: SelfEvalSectionProps) {
  const t = useStrings();
  const styles = useSectionStyles();
  // Kept while the result is the same (see ReviewSection): the filters word each finding once.
  const rows = useMemo(
    () =>
      tables.flatMap(({ table, selfEvaluation: evaluation }, index): Row[] => {
        if (!evaluation) return [];
        const context = tableLabel(table);
        const items = evaluation.findings.map((f, i) => ({
          key: `${f.rule}-${i}`,
          text: f.text,
          severity: f.severity,
          cell: f.cell,
          context,
        }));
        return [{ table, evaluation, index, items }];
      }),
    [tables],
  );
  const findings = useMemo(() => rows.flatMap((r) => r.items), [rows]);
  const filter = useFindingFilter(findings);
  const filterable = findings.length >= VIRTUAL_FROM;
  const listed = useMemo(() => {
    if (!filterable || !filter.filtering) return rows;
    const passing = new Set(filter.shown);
    return rows
      .map((r) => ({ ...r, items: r.items.filter((item) => passing.has(item)) }))
      .filter((r) => r.items.length > 0);
  }, [rows, filterable, filter.filtering, filter.shown]);
  if (rows.length === 0) return <p className={styles.empty}>{t("noSelfEval")}</p>;
  // Counted in lines drawn: a few tables with many findings are as long a list as many tables.
  const lines = listed.reduce((n, r) => n + 1 + r.items.length, 0);
  return (
    <section className={styles.root} aria-labelledby="selfeval-title" data-testid="self-evaluation">
      <h2 className={styles.title} id="selfeval-title">
        {t("selfEvalTitle", { count: rows.length })}
      </h2>
      {filterable && <FindingFilters filter={filter} />}
      {listed.length === 0 ? null : lines >= VIRTUAL_FROM ? (
        <VirtualList
          items={listed}
          getKey={(row) => String(row.index)}
          estimate={150}
          gap={2}
          renderItem={(row) => <SelfEvalRow row={row} onSelect={onSelect} />}
        />
      ) : (
        <ul className={styles.list}>
          {listed.map((row) => (
            <li key={row.index}>
              <SelfEvalRow row={row} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
