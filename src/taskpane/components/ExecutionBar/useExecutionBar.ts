import { formatPercent } from "../../model/format";
import { useStrings } from "../../strings";
import type { ExecutionBarProps } from "./ExecutionBar.types";

/** Numbers and words of the bar: fill and marker positions clamp to 0..100 %, the words keep the real values. */
export function useExecutionBar({ execution, asOf }: ExecutionBarProps) {
  const t = useStrings();
  const clamp = (v: number) => Math.max(0, Math.min(100, v));
  const lag = Math.abs(execution.lag);
  const lagText =
    Math.round(lag * 10) === 0
      ? t("onPlan")
      : execution.lag > 0
        ? t("lagPoints", { lag: lag.toFixed(1) })
        : t("aheadPoints", { lag: lag.toFixed(1) });
  const rate = formatPercent(execution.rate);
  const planned = formatPercent(execution.planned);
  const statusText = t(`status_${execution.status}`);
  return {
    t,
    fillPercent: clamp(execution.rate),
    markerPercent: clamp(execution.planned),
    rateText: t("executionRate", { rate }),
    plannedText: t("plannedAt", { planned }),
    lagText,
    statusText,
    ariaLabel: t("executionBarLabel", { rate, planned, date: asOf, status: statusText, lagText }),
  };
}
