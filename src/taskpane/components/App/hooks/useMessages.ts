/** The pane's one notice (info, worded when shown) and one error (with retry and the file it concerns). */
import { useCallback, useState } from "react";
import type { HostError } from "../../../host";
import type { Wording } from "../../../strings";

interface ShownError {
  error: HostError;
  retry?: () => void;
  /** The file the failure is about (standalone open). */
  fileName?: string;
}

export function useMessages() {
  const [notice, setNoticeState] = useState<Wording | null>(null);
  // A function given to a state setter would be called as an updater: keep the wording as the value.
  const setNotice = useCallback((wording: Wording | null) => setNoticeState(() => wording), []);
  const [error, setError] = useState<ShownError | null>(null);
  const clear = useCallback(() => {
    setNoticeState(null);
    setError(null);
  }, []);
  return {
    notice,
    error,
    setNotice,
    setError,
    clear,
    dismissNotice: () => setNoticeState(null),
    dismissError: () => setError(null),
  };
}

export type Messages = ReturnType<typeof useMessages>;
