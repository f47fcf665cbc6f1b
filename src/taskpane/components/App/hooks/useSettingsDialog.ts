/** The settings panel: opening moves focus into it, Escape or Cancel closes it and focus returns to its button. */
import { useCallback, useEffect, useRef, useState } from "react";

export function useSettingsDialog() {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) panelRef.current?.focus();
    else if (wasOpen.current) toggleRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return {
    settingsOpen: open,
    settingsToggleRef: toggleRef,
    settingsHeadingRef: panelRef,
    toggleSettings: useCallback(() => setOpen((o) => !o), []),
    closeSettings: useCallback(() => setOpen(false), []),
  };
}
