/** Builds the host for the detected environment; inside Office it first waits for Office.onReady. */
import type { HostKind, PaneHost } from "../host";
import { createExcelHost } from "./excelHost";
import { createStandaloneHost } from "./standaloneHost";
import { createWpsHost, wpsApplication } from "./wpsHost";

const OFFICE_READY_TIMEOUT_MS = 15_000;

async function officeReady(): Promise<void> {
  if (typeof Office === "undefined") return; // office.js failed to load: the host reports office-unavailable
  await Promise.race([Office.onReady(), new Promise<void>((resolve) => setTimeout(resolve, OFFICE_READY_TIMEOUT_MS))]);
}

export async function createHost(kind: HostKind): Promise<PaneHost> {
  if (kind === "wps") return createWpsHost(wpsApplication(window as unknown as { Application?: unknown }));
  if (kind === "excel") {
    await officeReady();
    return createExcelHost();
  }
  return createStandaloneHost();
}
