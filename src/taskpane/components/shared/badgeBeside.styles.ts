import { tokens, type GriffelStyle } from "@fluentui/react-components";

/**
 * A badge (light, severity) and the words it marks: side by side where the words have room for ten characters, else
 * the words on a line of their own under it (a 320 px pane at 200 %). Squeezed beside the badge, a long 通知 project
 * name or a finding naming a long sheet stood two or three characters a line, a button taller than the window.
 */
export const badgeRow: GriffelStyle = {
  display: "flex",
  flexWrap: "wrap",
  alignItems: "flex-start",
  gap: tokens.spacingHorizontalS,
  minWidth: 0,
};

/** The words of a badgeRow. */
export const besideBadge: GriffelStyle = { flexGrow: 1, flexBasis: "10em", minWidth: 0, overflowWrap: "anywhere" };
