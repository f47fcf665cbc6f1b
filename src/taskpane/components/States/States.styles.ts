import { makeStyles, tokens } from "@fluentui/react-components";
import { card } from "../shared/card.styles";

export const useStateStyles = makeStyles({
  box: {
    ...card,
    gap: tokens.spacingVerticalS,
    overflowWrap: "anywhere",
  },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    alignItems: "center",
    textAlign: "center",
    padding: tokens.spacingVerticalXXL,
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});
