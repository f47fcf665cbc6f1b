/** A failed host call: what happened (a file's own reason first), what to do, the technical detail, and a retry. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useContext } from "react";
import { renderMessage } from "../../../core/locale/messages";
import { isDamagedFile, retryCanHelp, saysWhatToDo, type HostError } from "../../host";
import { LangContext, useStrings } from "../../strings";

interface ErrorStateProps {
  error: HostError;
  /** The file the failure is about, named so the user knows which one. */
  fileName?: string;
  onRetry?: () => void;
  onDismiss(): void;
}

export function ErrorState({ error, fileName, onRetry, onDismiss }: ErrorStateProps) {
  const t = useStrings();
  const lang = useContext(LangContext);
  const detail = error.words ? renderMessage(error.words, lang) : error.detail;
  // A file the page could not read, with our words for why: the reason is the first line (a password, an .xls, a
  // damaged zip …), then what to do; the general “无法读取这个文件” before it only delayed what the clerk needed.
  const reasonFirst = error.code === "not-xlsx" && error.words !== undefined;
  const fix = saysWhatToDo(error)
    ? null
    : reasonFirst && isDamagedFile(error)
      ? t("errorFix_damaged")
      : t(`errorFix_${error.code}`);
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error" data-code={error.code}>
      <MessageBarBody>
        {reasonFirst ? (
          <>
            <MessageBarTitle data-testid="error-reason">{detail}</MessageBarTitle>
            {fix && <div data-testid="error-fix">{fix}</div>}
          </>
        ) : (
          <>
            <MessageBarTitle>{t(`error_${error.code}`)}</MessageBarTitle>
            {/* Our own explanation (protected, busy, edit mode …) says what to do: not the general advice beside it. */}
            {fix && ` ${fix}`}
          </>
        )}
        {error.reason === "file" && ` ${t("errorFixInFile")}`}
        {fileName && <div data-testid="error-file">{t("errorFile", { name: fileName })}</div>}
        {detail && !reasonFirst && <div>{t("errorDetail", { detail })}</div>}
      </MessageBarBody>
      <MessageBarActions>
        {/* A retry that can only fail again is not offered. */}
        {onRetry && retryCanHelp(error) && <Button onClick={onRetry}>{t("retry")}</Button>}
        <Button onClick={onDismiss}>{t("dismiss")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
