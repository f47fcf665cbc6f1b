/** A failed host call: what happened, what to do, the technical detail, and a retry. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useContext } from "react";
import { renderMessage } from "../../../core/locale/messages";
import { retryCanHelp, saysWhatToDo, type HostError } from "../../host";
import { LangContext, useStrings } from "../../strings";

export interface ErrorStateProps {
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
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error" data-code={error.code}>
      <MessageBarBody>
        <MessageBarTitle>{t(`error_${error.code}`)}</MessageBarTitle>
        {/* Our own explanation (protected, busy, edit mode …) says what to do: not the general advice beside it. */}
        {!saysWhatToDo(error) && ` ${t(`errorFix_${error.code}`)}`}
        {error.reason === "file" && ` ${t("errorFixInFile")}`}
        {fileName && <div data-testid="error-file">{t("errorFile", { name: fileName })}</div>}
        {detail && <div>{t("errorDetail", { detail })}</div>}
      </MessageBarBody>
      <MessageBarActions>
        {/* A retry that can only fail again is not offered. */}
        {onRetry && retryCanHelp(error) && <Button onClick={onRetry}>{t("retry")}</Button>}
        <Button onClick={onDismiss}>{t("dismiss")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
