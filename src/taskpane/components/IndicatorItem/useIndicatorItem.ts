import { useContext } from "react";
import { actualLabel, cellLabel, lightStatusText, paneText, targetLabel } from "../../model/format";
import { LangContext, useStrings } from "../../strings";
import type { IndicatorItemProps } from "./IndicatorItem.types";

export function useIndicatorItem({ view }: IndicatorItemProps) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const { indicator, result } = view;
  return {
    t,
    statusText: lightStatusText(t, view.category, result.status),
    level: [indicator.level1, indicator.level2].filter(Boolean).join(" / "),
    name: paneText(indicator.name) || "—",
    target: paneText(targetLabel(indicator, lang)),
    actual: paneText(actualLabel(indicator, result, t, lang)),
    why: result.why && paneText(result.why),
    cellText: cellLabel(view.cell),
  };
}
