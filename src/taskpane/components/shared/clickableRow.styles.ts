import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** A whole row that is one button (click selects the cell in Excel): looks like text, shows hover and focus. */
export const clickableRow: GriffelStyle = {
  width: "100%",
  textAlign: "start",
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
  border: "none",
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: "transparent",
  color: tokens.colorNeutralForeground1,
  cursor: "pointer",
  font: "inherit",
  ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
};
