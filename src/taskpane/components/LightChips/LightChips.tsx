/** Projects by light as toggle chips: a chip filters the list to projects of that light; several may be on. */
import { makeStyles, mergeClasses, tokens, ToggleButton } from "@fluentui/react-components";
import { LIGHT_FILTERS, type LightCounts, type LightFilter } from "../../model/views";
import { useStrings } from "../../strings";

const DOT: Record<LightFilter, string> = {
  red: tokens.colorPaletteRedBackground3,
  yellow: tokens.colorPaletteMarigoldBackground3,
  blue: tokens.colorBrandBackground,
  green: tokens.colorPaletteGreenBackground3,
  pending: tokens.colorNeutralForeground3,
};

const useStyles = makeStyles({
  group: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  chip: { minWidth: "auto", paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  dot: { display: "inline-block", width: "10px", height: "10px", borderRadius: "50%", flexShrink: 0 },
  // Windows high contrast (forced-colors) drops every background colour, and with it the dots: there each light is a
  // shape of its own, in the text's system colour, beside the words that name it.
  red: {
    backgroundColor: DOT.red,
    "@media (forced-colors: active)": { forcedColorAdjust: "none", backgroundColor: "CanvasText", borderRadius: 0 },
  },
  yellow: {
    backgroundColor: DOT.yellow,
    "@media (forced-colors: active)": {
      forcedColorAdjust: "none",
      backgroundColor: "CanvasText",
      borderRadius: 0,
      transform: "rotate(45deg) scale(0.85)",
    },
  },
  blue: {
    backgroundColor: DOT.blue,
    "@media (forced-colors: active)": {
      forcedColorAdjust: "none",
      backgroundColor: "Canvas",
      border: "2px solid CanvasText",
      boxSizing: "border-box",
    },
  },
  green: {
    backgroundColor: DOT.green,
    "@media (forced-colors: active)": { forcedColorAdjust: "none", backgroundColor: "CanvasText" },
  },
  pending: {
    backgroundColor: DOT.pending,
    "@media (forced-colors: active)": {
      forcedColorAdjust: "none",
      backgroundColor: "Canvas",
      border: "1px dashed CanvasText",
      boxSizing: "border-box",
    },
  },
});

interface LightChipsProps {
  counts: LightCounts;
  selected: readonly LightFilter[];
  onToggle(light: LightFilter): void;
}

export function LightChips({ counts, selected, onToggle }: LightChipsProps) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t("lightFilterGroup")} className={styles.group}>
      <span className={styles.label} aria-hidden="true">
        {t("summaryProjects")}
        {t("colon")}
      </span>
      {LIGHT_FILTERS.map((light) => {
        const lightText = t(`light_${light}`);
        return (
          <ToggleButton
            key={light}
            size="small"
            shape="circular"
            className={styles.chip}
            checked={selected.includes(light)}
            onClick={() => onToggle(light)}
            aria-label={t("countChipLabel", { light: lightText, count: counts[light] })}
            icon={
              <span
                className={mergeClasses(styles.dot, styles[light])}
                aria-hidden="true"
                data-testid={`dot-${light}`}
              />
            }
            data-testid={`chip-${light}`}
            data-count={counts[light]}
          >
            {t("countChip", { light: lightText, count: counts[light] })}
          </ToggleButton>
        );
      })}
    </div>
  );
}
