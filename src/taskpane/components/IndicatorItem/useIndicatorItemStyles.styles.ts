import { makeStyles, tokens } from "@fluentui/react-components";
import { badgeRow, besideBadge } from "../shared/badgeBeside.styles";
import { clampedLines } from "../shared/clampedLines.styles";
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
  name: { ...besideBadge, ...clampedLines(3), fontWeight: tokens.fontWeightSemibold },
  level: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  facts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  fact: clampedLines(3),
  label: { color: tokens.colorNeutralForeground2 },
  why: {
    ...clampedLines(3),
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});
