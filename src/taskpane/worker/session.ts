/**
 * What the checking worker does, as plain functions (the worker entry only wires them to messages, and
 * the tests call them directly). The file is unpacked once when opened; checks with other settings and
 * "where is this cell" reuse that snapshot. Reading and writing go through host/xlsx's exported
 * functions only (standaloneEngine), so a new reader/writer there needs no change here.
 */
import { say, WordedError, type Message } from "../../core/locale/messages";
import { UnreadableWorkbookError } from "../../host/xlsx/zip";
import type { JudgeRequest } from "../../core/settings";
import { forEachCell, type CellRef, type CheckResult, type WorkbookSnapshot } from "../../core/types";
import { cellLocation, type CellLocation, type OpenedInWorker, type Progress } from "./protocol";

export type Engine = typeof import("../hosts/standaloneEngine");

export class SessionError extends Error {
  constructor(
    readonly code: "not-xlsx" | "read-failed" | "write-failed" | "no-workbook",
    message: string,
    readonly words?: Message,
  ) {
    super(message);
  }
}

const ROW_TEXT_LIMIT = 240;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Our reason as a message the pane words in its language (other errors have only their text). */
function wordsOf(error: unknown): Message | undefined {
  return error instanceof WordedError ? error.words : undefined;
}

export function createSession(engine: Engine) {
  let opened: { data: ArrayBuffer; snapshot: WorkbookSnapshot } | null = null;

  function current() {
    if (!opened) throw new SessionError("no-workbook", "No workbook opened");
    return opened;
  }

  return {
    async open(data: ArrayBuffer, progress: (p: Progress) => void): Promise<OpenedInWorker> {
      progress({ stage: "read", done: 0, total: 0 });
      let snapshot: WorkbookSnapshot;
      let extension: string | null;
      try {
        // A copy goes to the reader: it may keep views on its input, and the original is needed for the checked copy.
        // Promise.resolve: the session treats reading as asynchronous, so a streaming reader fits unchanged.
        ({ snapshot, extension } = await Promise.resolve(engine.readWorkbookBytes(data.slice(0))));
      } catch (error) {
        throw new SessionError("not-xlsx", messageOf(error), wordsOf(error));
      }
      opened = { data, snapshot };
      progress({ stage: "read", done: snapshot.sheets.length, total: snapshot.sheets.length });
      return { settings: snapshot.settings ?? null, sheets: snapshot.sheets.length, extension };
    },

    check(settings: JudgeRequest, progress: (p: Progress) => void): CheckResult {
      const { snapshot } = current();
      progress({ stage: "check", done: 0, total: snapshot.sheets.length });
      try {
        return engine.checkWorkbook(snapshot, engine.withDate(snapshot, settings));
      } catch (error) {
        throw new SessionError("read-failed", messageOf(error), wordsOf(error));
      }
    },

    locate(cell: CellRef): CellLocation {
      const { snapshot } = current();
      const sheet = snapshot.sheets.find((s) => s.name === cell.sheet);
      const row = sheet?.values[cell.row - sheet.originRow] ?? [];
      // By the cells the row holds (a row with a value at XFD is 16,384 long).
      const texts: string[] = [];
      forEachCell(row, (v) => {
        const text = v === null ? "" : String(v).trim();
        if (text !== "") texts.push(text);
      });
      const rowText = texts.join(" | ");
      return cellLocation(cell, rowText.length > ROW_TEXT_LIMIT ? `${rowText.slice(0, ROW_TEXT_LIMIT)}…` : rowText);
    },

    /** "<name>.checked.xlsx": the same plan the add-in writes in Excel, applied to a fresh read of the original. */
    async checkedCopy(settings: JudgeRequest, settingsJson: string, progress: (p: Progress) => void) {
      const { data, snapshot } = current();
      progress({ stage: "write", done: 0, total: snapshot.sheets.length });
      try {
        const run = engine.runPipeline(snapshot, engine.withDate(snapshot, settings), {
          formulas: false,
          storeSettings: settingsJson,
          wholeFile: true,
        });
        if (run.outcome === "no-tables") throw new UnreadableWorkbookError(say("file.no-goal-tables", {}));
        // The package is patched, not rewritten: every part the plan does not touch stays byte-identical.
        const bytes = engine.writeCheckedCopy(data.slice(0), run.plan);
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      } catch (error) {
        throw new SessionError("write-failed", messageOf(error), wordsOf(error));
      }
    },
  };
}

export type Session = ReturnType<typeof createSession>;
