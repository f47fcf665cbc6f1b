import { Button } from "@fluentui/react-components";
import { useStrings } from "../../strings";
import { useStateStyles } from "./States.styles";

export function NoMatchState({ onClear }: { onClear(): void }) {
  const t = useStrings();
  const styles = useStateStyles();
  return (
    <div className={styles.box} data-testid="no-match">
      <p>{t("noMatch")}</p>
      <div className={styles.actions}>
        <Button onClick={onClear}>{t("clearFilters")}</Button>
      </div>
    </div>
  );
}
