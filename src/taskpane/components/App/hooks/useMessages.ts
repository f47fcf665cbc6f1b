/** The pane's one notice (info) and one error (with retry and the file it concerns). */
import { useCallback, useState } from "react";
import type { HostError } from "../../../host";

export interface ShownError {
  error: HostError;
  retry?: () => void;
  /** The file the failure is about (standalone open). */
  fileName?: string;
}

export function useMessages() {
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const clear = useCallback(() => {
    setNotice(null);
    setError(null);
  }, []);
  return {
    notice,
    error,
    setNotice,
    setError,
    clear,
    dismissNotice: () => setNotice(null),
    dismissError: () => setError(null),
  };
}

export type Messages = ReturnType<typeof useMessages>;
