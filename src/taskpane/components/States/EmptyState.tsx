/** The check found no goal table: say what a table must contain and point to the sample. */
import { Link } from "@fluentui/react-components";
import { useStrings } from "../../strings";
import { useStateStyles } from "./States.styles";

/** The sample workbook, copied into the build by webpack (assets/). */
export const SAMPLE_URL = "assets/sample.xlsx";

export function EmptyState() {
  const t = useStrings();
  const styles = useStateStyles();
  return (
    <section className={styles.box} aria-labelledby="empty-title" data-testid="empty">
      <h2 className={styles.title} id="empty-title">
        {t("emptyTitle")}
      </h2>
      <p>{t("emptyBody")}</p>
      <ul className={styles.list}>
        <li>{t("emptyNeed1")}</li>
        <li>{t("emptyNeed2")}</li>
        <li>{t("emptyNeed3")}</li>
        <li>{t("emptyNeed4")}</li>
      </ul>
      <p>
        <Link href={SAMPLE_URL} download>
          {t("emptySample")}
        </Link>
      </p>
      <p className={styles.hint}>{t("emptySampleHint")}</p>
    </section>
  );
}
