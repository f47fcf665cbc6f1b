/** Theme provider around the App; the entry (index.tsx) renders this. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { PaneHost } from "../../host";
import { App } from "../App/App";

export function Root({ host, today }: { host: PaneHost; today?: string }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <App host={host} today={today} />
    </FluentProvider>
  );
}
