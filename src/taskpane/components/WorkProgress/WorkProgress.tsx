/** Work under way: what (reading / checking / writing, with the sheet count), how long so far, and cancel. */
import { Button, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { card } from "../shared/card.styles";
import { useEffect, useState } from "react";
import type { Work } from "../App/hooks/useCheckRun";
import { useStrings } from "../../strings";

const useStyles = makeStyles({
  root: {
    ...card,
    gap: tokens.spacingVerticalXS,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  text: { flexGrow: 1, flexBasis: "160px", minWidth: 0, overflowWrap: "anywhere" },
});

function useSeconds(startedAt: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, Math.round((now - startedAt) / 1000));
}

export function WorkProgress({ work, onCancel }: { work: Work; onCancel?: () => void }) {
  const t = useStrings();
  const styles = useStyles();
  const seconds = useSeconds(work.startedAt);
  const text =
    work.stage === "write"
      ? t("progress_write")
      : work.stage === "check" && work.done > 0
        ? t("progress_tables", { name: work.name, done: work.done, total: work.total })
        : work.stage === "check" || work.total > 0
          ? t("progress_check", { name: work.name, total: work.total })
          : t("progress_read", { name: work.name });
  return (
    <div className={styles.root} role="status" data-testid="progress" data-stage={work.stage}>
      <div className={styles.row}>
        <span className={styles.text}>
          {text} {t("progressElapsed", { seconds })}
        </span>
        {onCancel && (
          <Button size="small" onClick={onCancel} data-testid="cancel">
            {t("cancelCheck")}
          </Button>
        )}
      </div>
      <ProgressBar aria-label={text} thickness="large" />
    </div>
  );
}
