import { useContext } from "react";
import { cellLabel, formatActual, targetLabel } from "../../model/format";
import { LangContext, useStrings } from "../../strings";
import type { IndicatorItemProps } from "./IndicatorItem.types";

export function useIndicatorItem({ view }: IndicatorItemProps) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const { indicator, result } = view;
  const status = t(`status_${result.status}`);
  return {
    t,
    // The light in words as well as in colour: a red 滞后 and a yellow 滞后 read differently.
    statusText:
      view.category === "pending" ? status : t("lightStatus", { light: t(`lightShort_${view.category}`), status }),
    level: [indicator.level1, indicator.level2].filter(Boolean).join(" / "),
    target: targetLabel(indicator, lang),
    actual: formatActual(result, indicator.target, t) ?? t("noActual"),
    why: result.why,
    cellText: cellLabel(view.cell),
  };
}
