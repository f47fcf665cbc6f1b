/**
 * Which host the pane runs in. taskpane.html decides before any bundle runs (it must, to load
 * office.js or not) and leaves the answer in window.__PERF_HOST__; this helper reads it, so host
 * detection lives in one place (the inline script) and one reader (here).
 */
import type { HostKind } from "../host";
import { wpsApplication } from "./wpsHost";

declare global {
  interface Window {
    __PERF_HOST__?: "office" | "standalone";
  }
}

export function detectHostKind(
  win: Pick<Window, "__PERF_HOST__"> & { Office?: unknown; Application?: unknown },
): HostKind {
  if (win.__PERF_HOST__ !== "office" && wpsApplication(win)) return "wps"; // WPS 表格: window.Application, no Office
  if (win.__PERF_HOST__ === "office") return "excel";
  if (win.__PERF_HOST__ === "standalone") return "standalone";
  // Page opened without the inline script (e.g. a test harness): trust whether office.js is present.
  return win.Office ? "excel" : "standalone";
}
