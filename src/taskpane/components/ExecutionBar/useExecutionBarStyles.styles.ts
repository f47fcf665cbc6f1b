import { makeStyles, tokens } from "@fluentui/react-components";
import type { Light } from "../../../core/types";
import { clickableRow } from "../shared/clickableRow.styles";

export const useExecutionBarStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    ...clickableRow,
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { fontWeight: tokens.fontWeightSemibold },
  track: {
    position: "relative",
    height: "10px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: "visible",
  },
  fill: { position: "absolute", left: 0, top: 0, bottom: 0, borderRadius: tokens.borderRadiusSmall },
  marker: {
    position: "absolute",
    top: "-4px",
    bottom: "-4px",
    width: "3px",
    marginLeft: "-1px",
    backgroundColor: tokens.colorNeutralForeground1,
  },
  words: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200 },
});

/** Bar fill per light; the words and the badge carry the same information. */
export const FILL_COLOR: Record<Light, string> = {
  red: tokens.colorPaletteRedBackground3,
  yellow: tokens.colorPaletteMarigoldBackground3,
  green: tokens.colorPaletteGreenBackground3,
  blue: tokens.colorBrandBackground,
  none: tokens.colorNeutralForeground3,
};
