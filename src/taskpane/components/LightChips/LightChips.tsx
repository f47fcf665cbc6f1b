/** Projects by light as toggle chips: a chip filters the list to projects of that light; several may be on. */
import { makeStyles, tokens, ToggleButton } from "@fluentui/react-components";
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
});

export interface LightChipsProps {
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
            icon={<span className={styles.dot} style={{ backgroundColor: DOT[light] }} aria-hidden="true" />}
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
