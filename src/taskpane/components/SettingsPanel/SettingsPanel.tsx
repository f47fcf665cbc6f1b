/** 判断设置: warning bands, schedule method, strictness and language, stored in the workbook. */
import { Button, Field, Input, Radio, RadioGroup, Switch } from "@fluentui/react-components";
import type { SettingsPanelProps } from "./SettingsPanel.types";
import { useSettingsPanel } from "./useSettingsPanel";
import { useSettingsPanelStyles } from "./useSettingsPanelStyles.styles";

const BAND_KEYS = [
  ["red", "bandRed"],
  ["yellow", "bandYellow"],
  ["blue", "bandBlue"],
] as const;

export function SettingsPanel(props: SettingsPanelProps) {
  const s = useSettingsPanel(props);
  const styles = useSettingsPanelStyles();
  const { t, draft } = s;
  return (
    <section
      className={styles.root}
      aria-labelledby="settings-title"
      data-testid="settings"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          props.onCancel();
        }
      }}
    >
      <h2 className={styles.title} id="settings-title" ref={props.headingRef} tabIndex={-1}>
        {t("settingsTitle")}
      </h2>
      <p className={styles.note}>{t("settingsStoredNote")}</p>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t("bandsLegend")}</legend>
        <div className={styles.bands}>
          {BAND_KEYS.map(([key, label]) => (
            <Field key={key} label={t(label)} className={styles.band}>
              <Input
                className={styles.input}
                type="number"
                inputMode="decimal"
                value={s.bandText[key]}
                onChange={(_, data) => s.setBand(key, data.value)}
                contentAfter="%"
                data-testid={`band-${key}`}
              />
            </Field>
          ))}
        </div>
        {!s.valid && (
          <p role="alert" className={styles.note}>
            {t("bandsInvalid")}
          </p>
        )}
      </fieldset>
      <Field label={t("scheduleMethod")}>
        <RadioGroup value={draft.scheduleMethod} onChange={(_, data) => s.setMethod(data.value)}>
          <Radio value="interpolate" label={t("method_interpolate")} />
          <Radio value="step" label={t("method_step")} />
          <Radio value="time" label={t("method_time")} />
        </RadioGroup>
      </Field>
      <Switch
        className={styles.wrap}
        checked={draft.strictQualityTimeCost}
        onChange={(_, data) => s.setStrict(data.checked)}
        label={t("strictQuality")}
      />
      <Switch
        className={styles.wrap}
        checked={draft.exceededForLevels ?? false}
        onChange={(_, data) => s.setLevels(data.checked)}
        label={t("exceededForLevels")}
      />
      <Field label={t("language")}>
        <RadioGroup
          className={styles.radios}
          value={draft.lang}
          onChange={(_, data) => s.setLang(data.value)}
          layout="horizontal"
        >
          <Radio value="zh" label={t("lang_zh")} />
          <Radio value="en" label={t("lang_en")} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={s.save} disabled={!s.valid || props.saving} data-testid="settings-save">
          {t("save")}
        </Button>
        <Button onClick={props.onCancel}>{t("cancel")}</Button>
      </div>
    </section>
  );
}
