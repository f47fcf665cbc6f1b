import { cellLabel, formatActual } from "../../model/format";
import { useStrings } from "../../strings";
import type { IndicatorItemProps } from "./IndicatorItem.types";

export function useIndicatorItem({ view }: IndicatorItemProps) {
  const t = useStrings();
  const { indicator, result } = view;
  const target = indicator.target.normalized || indicator.targetText || "—";
  return {
    t,
    statusText: t(`status_${result.status}`),
    level: [indicator.level1, indicator.level2].filter(Boolean).join(" / "),
    target,
    actual: formatActual(result, indicator.target, t) ?? t("noActual"),
    why: result.why,
    cellText: cellLabel(view.cell),
  };
}
