/**
 * Builds the host for the detected environment. A page that loaded office.js is in Excel only when
 * Office.onReady reports a host: office.js answering "no host" (a browser tab, a frame) means standalone.
 * office.js that failed to load, or did not answer in time, still means Excel (the page had a sign of
 * Office), where the Excel host reports that the Excel API did not start.
 */
import type { HostKind, PaneHost } from "../host";
import { createExcelHost } from "./excelHost";
import { createStandaloneHost } from "./standaloneHost";
import { createWpsHost, wpsApplication } from "./wpsHost";

const OFFICE_READY_TIMEOUT_MS = 15_000;

type OfficeLike = { onReady(): Promise<{ host: unknown } | null | undefined> };

/** true / false when Office.onReady says whether there is a host; null when office.js is absent or silent. */
export async function officeReportsHost(
  office: OfficeLike | undefined,
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
): Promise<boolean | null> {
  if (!office) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"silent">((resolve) => (timer = setTimeout(() => resolve("silent"), timeoutMs)));
  const info = await Promise.race([office.onReady(), timeout]).finally(() => clearTimeout(timer));
  return info === "silent" ? null : Boolean(info?.host);
}

/** The pane's host: WPS's, Excel's where Office says it runs in Excel, else the standalone page's. */
export async function createHost(kind: HostKind, office: OfficeLike | undefined = globalOffice()): Promise<PaneHost> {
  if (kind === "wps") return createWpsHost(wpsApplication(window as unknown as { Application?: unknown }));
  if (kind === "excel" && (await officeReportsHost(office)) !== false) return createExcelHost();
  return createStandaloneHost();
}

function globalOffice(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike);
}
