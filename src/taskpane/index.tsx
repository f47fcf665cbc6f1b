/**
 * Task pane entry. Picks the host adapter (Office.js inside Excel, ExcelJS in a plain browser),
 * waits for Office when inside it, and renders the App.
 */
import { createRoot } from "react-dom/client";
import { Root } from "./components/Root/Root";
import { detectHostKind } from "./hosts/detect";
import { createHost } from "./hosts/createHost";

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const kind = detectHostKind(window as Window & { Office?: unknown });
  const host = await createHost(kind);
  createRoot(container).render(<Root host={host} />);
}

void start();
