/**
 * The browser host (no Office): the user opens an .xlsx, a Web Worker (worker/checkWorker.ts) reads it
 * once and checks it with the same core as in Excel, so the page never freezes; the checked copy (same
 * plan as the add-in writes) is offered as "<name>.checked.xlsx". Nothing leaves the browser.
 *
 * One worker per file. The file being opened gets its own worker and becomes the current file only once
 * it is checked, so a cancelled or failed open leaves the current file (its results and its download)
 * as they were, and a second file chosen while the first is still opening cancels the first.
 */
import type { CheckedTable, CheckResult } from "../../core/types";
import { HostError, type OnProgress, type OpenedWorkbook, type PaneHost, type PickedFile } from "../host";
import type { CellLocation, OpenedInWorker, WorkerReply, WorkerRequest } from "../worker/protocol";
import { parseStoredSettings, serializeSettings, type JudgeRequest, type StoredSettings } from "../../core/settings";
import { renderMessage, say } from "../../core/locale/messages";
import { checkedCopyName, containerProblem } from "../../host/xlsx/container";

/** What the host needs of a Worker (the DOM Worker satisfies it; tests pass an in-process one). */
export interface WorkerPort {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

interface StandaloneDeps {
  createWorker(): WorkerPort;
  saveFile(name: string, data: ArrayBuffer | Uint8Array): void;
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The worker's own bundle, next to taskpane.js (webpack.config.js entry "check-worker"). */
const WORKER_FILE = "check-worker.js";

/** Browser download through a temporary object URL. */
function downloadInBrowser(name: string, data: ArrayBuffer | Uint8Array): void {
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

const browserDeps: StandaloneDeps = {
  createWorker: () => new Worker(new URL(WORKER_FILE, document.baseURI)) as unknown as WorkerPort,
  saveFile: downloadInBrowser,
};

/** A request before the session numbers it. */
type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, "id"> : never) : never;

type Pending = {
  resolve(value: unknown): void;
  reject(error: HostError): void;
  onProgress?: OnProgress;
  /** A check's tables, received in parts before its "done". */
  tables: CheckedTable[];
};

/** One opened file and the worker that holds it; the worker is started again if it was cancelled. */
class FileSession {
  private worker: WorkerPort | null = null;
  private opened: Promise<OpenedInWorker> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    readonly name: string,
    /** The file's bytes, kept to restart a cancelled worker without asking the user again. */
    private readonly data: ArrayBuffer,
    private readonly createWorker: () => WorkerPort,
  ) {}

  open(onProgress?: OnProgress): Promise<OpenedInWorker> {
    if (!this.opened) {
      const data = this.data.slice(0);
      this.opened = this.send<OpenedInWorker>({ type: "open", name: this.name, data }, onProgress, [data]);
      this.opened.catch(() => (this.opened = null));
    }
    return this.opened;
  }

  async call<T>(request: Request, onProgress?: OnProgress): Promise<T> {
    await this.open();
    return this.send<T>(request, onProgress);
  }

  /** Stop whatever runs now: everything pending fails with "cancelled"; the next call starts a fresh worker. */
  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.opened = null;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(new HostError("cancelled", "Cancelled"));
  }

  get busy(): boolean {
    return this.pending.size > 0;
  }

  private port(): WorkerPort {
    if (this.worker) return this.worker;
    let worker: WorkerPort;
    try {
      worker = this.createWorker();
    } catch (error) {
      // Chromium refuses a worker to a page opened as a file (file://: "cannot be accessed from origin 'null'"). Said as
      // such, not as a file that cannot be read: the workbook is fine, the page wants an http(s) address.
      // Only then: a SecurityError on an http(s) page (a site's policy) is passed on as it is.
      const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
      const detail = typeof message === "string" ? message : String(error); // a DOMException is no Error in every realm
      const fromFile =
        globalThis.location?.protocol === "file:" || (name === "SecurityError" && detail.includes("file:"));
      if (!fromFile) throw error;
      throw new HostError("page-from-file", detail, detail);
    }
    worker.onmessage = ({ data }) => this.receive(data);
    worker.onerror = (event) => {
      // The worker itself broke (could not load, ran out of memory): fail what waits on it.
      const pending = [...this.pending.values()];
      this.pending.clear();
      this.worker = null;
      this.opened = null;
      for (const p of pending) p.reject(new HostError("read-failed", event.message ?? "Worker failed", event.message));
    };
    this.worker = worker;
    return worker;
  }

  private send<T>(request: Request, onProgress?: OnProgress, transfer: Transferable[] = []): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress, tables: [] });
      this.port().postMessage({ ...request, id } as WorkerRequest, transfer);
    });
  }

  private receive(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.type === "progress") {
      pending.onProgress?.(reply.progress);
      return;
    }
    if (reply.type === "tables") {
      pending.tables.push(...reply.tables);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.type === "done" && pending.tables.length > 0) {
      pending.resolve({ ...(reply.value as CheckResult), tables: pending.tables });
    } else if (reply.type === "done") pending.resolve(reply.value);
    else pending.reject(new HostError(reply.code, reply.message, reply.message, reply.words, reply.reason));
  }
}

export function createStandaloneHost(deps: StandaloneDeps = browserDeps): PaneHost {
  /** The file whose results are shown (and downloaded). */
  let current: FileSession | null = null;
  /** The file being opened, until its check is done. */
  let incoming: FileSession | null = null;
  let settingsInMemory: StoredSettings | null = null;
  /** Counts files chosen, so a file whose bytes arrive after a later choice is dropped. */
  let chosen = 0;

  function requireCurrent(): FileSession {
    if (!current) throw new HostError("no-workbook", "No workbook opened");
    return current;
  }

  return {
    kind: "standalone",
    async openFile(file: PickedFile, judge, onProgress): Promise<OpenedWorkbook> {
      const ticket = ++chosen;
      incoming?.stop(); // the last file chosen wins
      incoming = null;
      let data: ArrayBuffer;
      try {
        data = await file.arrayBuffer();
      } catch (error) {
        // A folder dropped where no entry tells it apart, or a file moved since it was chosen (NotFoundError): not a
        // workbook problem, so none of the advice about .xls or passwords; said in the pane's language.
        const words = say("file.unreadable-in-browser", {});
        throw new HostError("not-xlsx", `${file.name}: ${String(error)}`, renderMessage(words, "zh"), words, "unread");
      }
      // Caught before the reader: a password, an old .xls / .et, or no workbook at all, each with its own remedy.
      const problem = containerProblem(new Uint8Array(data), file.name);
      if (problem) {
        const detail = renderMessage(problem, "zh");
        throw new HostError("not-xlsx", `${file.name}: ${detail}`, detail, problem);
      }
      if (ticket !== chosen) throw new HostError("cancelled", "Another file was chosen");
      const session = new FileSession(file.name, data, deps.createWorker);
      incoming = session;
      try {
        const opened = await session.open(onProgress);
        const stored = opened.settings ? parseStoredSettings(opened.settings) : null;
        const result = await session.call<CheckResult>({ type: "check", settings: judge(stored) }, onProgress);
        if (incoming !== session) throw new HostError("cancelled", "Another file was chosen");
        current?.stop();
        current = session;
        incoming = null;
        settingsInMemory = stored;
        return { name: file.name, settings: stored, result };
      } catch (error) {
        session.stop();
        if (incoming === session) incoming = null;
        throw error;
      }
    },
    cancel() {
      if (incoming) {
        incoming.stop();
        incoming = null;
      } else if (current?.busy) {
        current.stop(); // restarts from the kept bytes on the next call; the shown results stay valid
      }
    },
    async check(settings: JudgeRequest, onProgress): Promise<CheckResult> {
      return requireCurrent().call<CheckResult>({ type: "check", settings }, onProgress);
    },
    async selectCell(cell) {
      // No sheet to select in a browser: say where the cell is instead.
      if (!current) return undefined;
      return current.call<CellLocation>({ type: "locate", cell });
    },
    async loadSettings() {
      return settingsInMemory;
    },
    async saveSettings(settings: StoredSettings) {
      settingsInMemory = settings; // written into the checked copy on download
    },
    async downloadChecked(settings: JudgeRequest) {
      const session = requireCurrent();
      // The settings go into the copy (A2 of the marks sheet), where the CLI and Excel read them; the date only when
      // the pane chose it (else the copy keeps judging as of its own: the date typed on its summary, else the day).
      const { asOfChosen, ...judged } = settings;
      const settingsJson = serializeSettings({ ...judged, asOf: asOfChosen === false ? null : judged.asOf });
      const out = await session.call<ArrayBuffer>({ type: "checkedCopy", settings, settingsJson });
      const fileName = checkedCopyName(session.name, (await session.open()).extension);
      deps.saveFile(fileName, out);
      return { fileName, bytes: out.byteLength };
    },
  };
}
