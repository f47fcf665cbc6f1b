/** 读表提示: what the reader could not make sense of (warnings and errors only). */
import { useMemo } from "react";
import { isReadingProblem } from "../../../core/read/diagnostic";
import type { CellRef, CheckedTable, Diagnostic } from "../../../core/types";
import { projectAt } from "../../model/views";
import { useStrings } from "../../strings";
import { FindingList } from "./FindingList";
import { useSectionStyles } from "./Sections.styles";

export function DiagnosticsSection({
  diagnostics,
  tables,
  onSelect,
}: {
  diagnostics: Diagnostic[];
  /** The checked tables: a note is found by its project's name too (ReviewSection). */
  tables: readonly CheckedTable[];
  onSelect(cell: CellRef): void;
}) {
  const t = useStrings();
  const styles = useSectionStyles();
  // Kept while the result is the same (see ReviewSection).
  const shown = useMemo(() => {
    const project = projectAt(tables);
    return diagnostics
      .filter(isReadingProblem)
      .map((d, i) => ({ key: `d-${i}`, text: d.text, severity: d.severity, cell: d.cell, context: project(d.cell) }));
  }, [diagnostics, tables]);
  if (shown.length === 0) return <p className={styles.empty}>{t("noDiagnostics")}</p>;
  return (
    <section className={styles.root} aria-labelledby="diagnostics-title" data-testid="diagnostics">
      <h2 className={styles.title} id="diagnostics-title">
        {t("diagnosticsTitle", { count: shown.length })}
      </h2>
      <FindingList items={shown} onSelect={onSelect} filterable />
    </section>
  );
}
