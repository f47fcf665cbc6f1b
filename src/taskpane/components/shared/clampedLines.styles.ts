import type { GriffelStyle } from "@fluentui/react-components";

/**
 * At most `lines` lines of a text, the rest hidden: a project's long name, or a note of thousands of characters a clerk
 * pasted into an actual, would otherwise make one row taller than the pane. The whole text is in the cell a click opens.
 */
export const clampedLines = (lines: number): GriffelStyle => ({
  display: "-webkit-box",
  WebkitBoxOrient: "vertical",
  WebkitLineClamp: String(lines),
  overflow: "hidden",
});
