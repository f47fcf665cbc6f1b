import { makeStyles, tokens } from "@fluentui/react-components";

export const useToolbarStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  /** 140 px where there is room; narrower (a zoomed pane) rather than wider than the pane. */
  date: { flexGrow: 1, flexBasis: "140px", minWidth: 0, maxWidth: "220px" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hiddenInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  file: {
    flexBasis: "100%",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});
