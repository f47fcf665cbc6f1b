/**
 * Which host the pane runs in. taskpane.html decides before any bundle runs (it must, to load
 * office.js or not) and leaves the answer in window.__PERF_HOST__; this helper reads it, so host
 * detection lives in one place (the inline script) and one reader (here).
 */
import type { HostKind } from "../host";
import { wpsApplication } from "./wpsHost";

declare global {
  interface Window {
    __PERF_HOST__?: "office" | "standalone" | "wps";
  }
}

/** Which host the pane runs in: Excel (Office.js), WPS, or the standalone page. */
export function detectHostKind(
  win: Pick<Window, "__PERF_HOST__"> & { Office?: unknown; Application?: unknown },
): HostKind {
  // WPS first: its Chromium page may also carry Office's signs (chrome.webview, an Office global), Excel never carries
  // WPS's Application. Asked again here for a page whose WPS Application came after the inline script ran.
  if (win.__PERF_HOST__ === "wps" || wpsApplication(win)) return "wps";
  if (win.__PERF_HOST__ === "office") return "excel";
  if (win.__PERF_HOST__ === "standalone") return "standalone";
  // Page opened without the inline script (e.g. a test harness): trust whether office.js is present.
  return win.Office ? "excel" : "standalone";
}
