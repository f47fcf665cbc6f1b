import type { PaneHost } from "../../host";

export interface AppProps {
  host: PaneHost;
  /** Today's date (ISO); injectable so tests do not depend on the clock. */
  today?: string;
}
