import { formatMoney } from "../../model/format";
import { useStrings } from "../../strings";
import type { ProjectCardProps } from "./ProjectCard.types";

export function useProjectCard({ project }: ProjectCardProps) {
  const t = useStrings();
  const budget = project.table.budget;
  return {
    t,
    headingId: `project-${project.key}`,
    lightText: t(`light_${project.category}`),
    budgetText:
      budget === null ? t("budgetUnknown") : `${t("budget")} ${t("budgetValue", { value: formatMoney(budget) })}`,
    sheetText: t("sheetLabel", { sheet: project.table.sheet }),
    indicatorCountText: t("indicatorCount", { count: project.table.indicators.length }),
  };
}
