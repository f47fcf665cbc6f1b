import { executionWords } from "../../model/format";
import { useStrings } from "../../strings";
import type { ExecutionBarProps } from "./ExecutionBar.types";

/** Numbers and words of the bar: fill and marker positions clamp to 0..100 %, the words keep the real values. */
export function useExecutionBar({ execution, planDay }: ExecutionBarProps) {
  const t = useStrings();
  const clamp = (v: number) => Math.max(0, Math.min(100, v));
  const { rate, planned, lag: lagText } = executionWords(t, execution);
  const statusText = t(`status_${execution.status}`);
  return {
    t,
    fillPercent: clamp(execution.rate),
    markerPercent: clamp(execution.planned),
    rateText: t("executionRate", { rate }),
    plannedText: planned,
    lagText,
    statusText,
    ariaLabel: t("executionBarLabel", { rate, planned, date: planDay, status: statusText, lagText }),
  };
}
