/**
 * The browser host (no Office): the user opens an .xlsx, it is read with ExcelJS and checked by the same
 * core as in Excel; the checked copy (same plan as the add-in writes) is offered as "<name>.checked.xlsx".
 * Nothing leaves the browser.
 */
import { parseStoredSettings, serializeSettings, type StoredSettings } from "../../core/settings";
import type { CheckResult, JudgeSettings } from "../../core/types";
import { HostError, toHostError, type OpenedWorkbook, type PaneHost, type PickedFile } from "../host";

export type Engine = typeof import("./standaloneEngine");

export interface StandaloneDeps {
  loadEngine(): Promise<Engine>;
  saveFile(name: string, data: ArrayBuffer | Uint8Array): void;
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Browser download through a temporary object URL. */
export function downloadInBrowser(name: string, data: ArrayBuffer | Uint8Array): void {
  const blob = new Blob([data as BlobPart], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const browserDeps: StandaloneDeps = {
  loadEngine: () => import(/* webpackChunkName: "xlsx-engine" */ "./standaloneEngine"),
  saveFile: downloadInBrowser,
};

/** "预算.xlsx" → "预算.checked.xlsx". */
export function checkedFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, "");
  return `${base || "workbook"}.checked.xlsx`;
}

/** An .xlsx is a zip: it starts with "PK". Catches .xls / .et / renamed files before ExcelJS does. */
function looksLikeZip(data: ArrayBuffer): boolean {
  const head = new Uint8Array(data, 0, Math.min(2, data.byteLength));
  return head.length === 2 && head[0] === 0x50 && head[1] === 0x4b;
}

export function createStandaloneHost(deps: StandaloneDeps = browserDeps): PaneHost {
  let opened: { name: string; data: ArrayBuffer } | null = null;
  let settingsInMemory: StoredSettings | null = null;

  function requireOpened(): { name: string; data: ArrayBuffer } {
    if (!opened) throw new HostError("no-workbook", "No workbook opened");
    return opened;
  }

  async function read(data: ArrayBuffer) {
    const engine = await deps.loadEngine();
    try {
      // A fresh copy each time: ExcelJS may keep a view on the buffer, and apply mutates the workbook.
      return { engine, ...(await engine.snapshotFromXlsx(data.slice(0))) };
    } catch (error) {
      throw toHostError(error, "not-xlsx");
    }
  }

  return {
    kind: "standalone",
    async openFile(file: PickedFile): Promise<OpenedWorkbook> {
      let data: ArrayBuffer;
      try {
        data = await file.arrayBuffer();
      } catch (error) {
        throw toHostError(error, "not-xlsx");
      }
      if (!looksLikeZip(data)) throw new HostError("not-xlsx", `${file.name} is not an .xlsx (zip) file`);
      const { snapshot } = await read(data);
      opened = { name: file.name, data };
      settingsInMemory = snapshot.settings ? parseStoredSettings(snapshot.settings) : null;
      return { name: file.name, settings: settingsInMemory };
    },
    async check(settings: JudgeSettings): Promise<CheckResult> {
      const { data } = requireOpened();
      const { engine, snapshot } = await read(data);
      try {
        return engine.checkWorkbook(snapshot, settings);
      } catch (error) {
        throw toHostError(error, "read-failed");
      }
    },
    async selectCell() {
      // No sheet to select in a browser: the pane shows the cell's address next to every item.
    },
    async loadSettings() {
      return settingsInMemory;
    },
    async saveSettings(settings: StoredSettings) {
      settingsInMemory = settings; // written into the checked copy on download
    },
    async downloadChecked(settings: JudgeSettings) {
      const { name, data } = requireOpened();
      const { engine, workbook, snapshot } = await read(data);
      try {
        // The settings go into the copy (A2 of the marks sheet), where the CLI and Excel read them.
        const json = serializeSettings({ ...settings, asOf: settings.asOf });
        const run = engine.runPipeline(snapshot, settings, { formulas: false, storeSettings: json });
        if (run.outcome === "no-tables") throw new HostError("read-failed", "No goal tables in the workbook");
        engine.applyPlanToExcelJs(workbook, run.plan);
        // writeXlsx, not ExcelJS alone: it also writes the summary chart into the copy.
        const bytes = await engine.writeXlsx(workbook);
        const out = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        const fileName = checkedFileName(name);
        deps.saveFile(fileName, out);
        return { fileName, bytes: out.byteLength };
      } catch (error) {
        throw toHostError(error, "write-failed");
      }
    },
  };
}
