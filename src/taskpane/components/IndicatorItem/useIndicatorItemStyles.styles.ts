import { makeStyles, tokens } from "@fluentui/react-components";
import { badgeRow, besideBadge } from "../shared/badgeBeside.styles";
import { clickableRow } from "../shared/clickableRow.styles";

export const useIndicatorItemStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    ...clickableRow,
    minWidth: 0,
  },
  head: badgeRow,
  name: { ...besideBadge, fontWeight: tokens.fontWeightSemibold },
  level: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  facts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  label: { color: tokens.colorNeutralForeground2 },
  why: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});
