/** First run: what to do. In standalone mode also the drop zone and the sample workbook. */
import { Button, mergeClasses } from "@fluentui/react-components";
import { WORKBOOK_EXTENSIONS } from "../../../host/xlsx/container";
import type { HostKind } from "../../host";
import { useStrings } from "../../strings";
import { useStateStyles } from "./States.styles";

interface WelcomeStateProps {
  hostKind: HostKind;
  dragging: boolean;
  onOpenSample?: () => void;
}

export function WelcomeState({ hostKind, dragging, onOpenSample }: WelcomeStateProps) {
  const t = useStrings();
  const styles = useStateStyles();
  if (hostKind !== "standalone") {
    return (
      <div className={styles.box} data-testid="welcome">
        <p>{t("welcomeExcel")}</p>
      </div>
    );
  }
  return (
    <div className={mergeClasses(styles.box, styles.drop, dragging && styles.dropActive)} data-testid="welcome">
      <p className={styles.title}>{t("dropHere")}</p>
      <p>{t("welcomeStandalone")}</p>
      <p className={styles.hint}>{t("openFileHint", { accepted: WORKBOOK_EXTENSIONS })}</p>
      {onOpenSample && (
        <Button appearance="subtle" onClick={onOpenSample}>
          {t("openSample")}
        </Button>
      )}
    </div>
  );
}
