/** Theme provider around the App; the entry (index.tsx) renders this. */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { PaneHost } from "../../host";
import { App } from "../App/App";

const DARK = "(prefers-color-scheme: dark)";

/**
 * The standalone page follows the browser's colour scheme, also when it changes while open. Inside Excel and WPS the
 * pane keeps the light theme its host pages are drawn for.
 */
function usePrefersDark(follow: boolean): boolean {
  const query = useMemo(
    () =>
      follow && typeof window !== "undefined" && typeof window.matchMedia === "function" ? matchMedia(DARK) : null,
    [follow],
  );
  const [dark, setDark] = useState(() => query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const changed = (event: MediaQueryListEvent) => setDark(event.matches);
    query.addEventListener("change", changed);
    return () => query.removeEventListener("change", changed);
  }, [query]);
  return dark;
}

export function Root({ host, today }: { host: PaneHost; today?: string }) {
  const dark = usePrefersDark(host.kind === "standalone");
  useEffect(() => {
    // The page around the pane (below a short list, the scrollbars, the date picker) in the same scheme.
    document.documentElement.style.colorScheme = dark ? "dark" : "";
    document.body.style.backgroundColor = dark ? (webDarkTheme.colorNeutralBackground1 as string) : "";
  }, [dark]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} data-theme={dark ? "dark" : "light"}>
      <App host={host} today={today} />
    </FluentProvider>
  );
}
