import { makeStyles, tokens } from "@fluentui/react-components";

/** One column that reflows down to 320 px: everything wraps, nothing has a fixed width. */
export const useAppStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    minHeight: "100vh",
    width: "100%",
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  /** Off screen until focused: the first Tab stop jumps past the header to the results. */
  skip: {
    position: "absolute",
    left: "-10000px",
    top: "auto",
    ":focus": {
      left: tokens.spacingHorizontalM,
      top: tokens.spacingVerticalS,
      zIndex: 1,
      padding: tokens.spacingHorizontalS,
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorBrandForegroundLink,
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
    },
  },
  /** A file's long name without spaces (budget_2024_final_…xlsx) wraps: the bar clips what runs past its edge. */
  messages: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  /**
   * The messages stay in view while the clerk scrolls a long list: what a click on a finding says (where the cell is, why
   * it could not be selected, that cells moved since the check) shows where they are, not 5,000 px above. At most 40% of
   * the pane, scrolling within.
   */
  sticky: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    overflowWrap: "anywhere",
    maxHeight: "40vh",
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  rowText: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  tabs: { flexWrap: "wrap", minWidth: 0 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  shown: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  titleRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  titleActions: { display: "flex", gap: tokens.spacingHorizontalXS },
  filters: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  search: { flexGrow: 1, flexBasis: "180px", minWidth: 0, maxWidth: "100%", boxSizing: "border-box" },
  /** Width 0 + flex-grow: the input takes only the room left, so the dismiss button never overflows at 320 px. */
  searchInput: { width: 0, minWidth: 0 },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    ":focus": { outlineStyle: "none" },
  },
});
