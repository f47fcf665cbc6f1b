import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** A panel of the pane (summary, progress, a section, a state): its items stacked on a light card. */
export const card: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  padding: tokens.spacingHorizontalM,
  borderRadius: tokens.borderRadiusLarge,
  backgroundColor: tokens.colorNeutralBackground1,
};
