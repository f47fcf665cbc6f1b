import { makeStyles, tokens } from "@fluentui/react-components";
import { card } from "../shared/card.styles";
import { badgeRow, besideBadge } from "../shared/badgeBeside.styles";

export const useSectionStyles = makeStyles({
  root: {
    ...card,
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: {
    ...badgeRow,
    width: "100%",
    textAlign: "start",
    padding: tokens.spacingHorizontalXS,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    overflowWrap: "anywhere",
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  text: besideBadge,
  where: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  budget: { display: "flex", flexDirection: "column", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  scores: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200 },
  empty: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  name: { fontWeight: tokens.fontWeightSemibold },
});
