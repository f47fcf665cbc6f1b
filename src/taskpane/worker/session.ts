/**
 * What the checking worker does, as plain functions (the worker entry only wires them to messages, and
 * the tests call them directly). The file is unpacked once when opened; checks with other settings and
 * "where is this cell" reuse that snapshot. Reading and writing go through host/xlsx's exported
 * functions only (standaloneEngine), so a new reader/writer there needs no change here.
 */
import { renderMessage, say, WordedError, type Message } from "../../core/locale/messages";
import type { JudgeRequest } from "../../core/settings";
import { forEachCell, type CellRef, type CheckResult, type WorkbookSnapshot } from "../../core/types";
import { cellLocation, type CellLocation, type FailedCode, type OpenedInWorker, type Progress } from "./protocol";

export type Engine = typeof import("../hosts/standaloneEngine");

export class SessionError extends Error {
  constructor(
    readonly code: FailedCode,
    message: string,
    readonly words?: Message,
    /** "file": the opened file itself refuses it (its words say what to change); the same bytes refuse it again. */
    readonly reason?: "file",
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

/**
 * The checked copy could not be written. Our own refusal (too many cell formats, a protected structure …) is worded
 * and comes from the file's content, which the session holds unchanged: trying again gives the same answer.
 */
function writeRefused(error: unknown): SessionError {
  const words = wordsOf(error);
  return new SessionError("write-failed", messageOf(error), words, words ? "file" : undefined);
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
      let run: ReturnType<Engine["runPipeline"]>;
      try {
        run = engine.runPipeline(snapshot, engine.withDate(snapshot, settings), {
          formulas: false,
          storeSettings: settingsJson,
          wholeFile: true,
        });
      } catch (error) {
        throw writeRefused(error);
      }
      if (run.outcome === "no-tables") {
        const words = say("file.no-goal-tables", {});
        throw new SessionError("no-tables", renderMessage(words), words);
      }
      try {
        // The package is patched, not rewritten: every part the plan does not touch stays byte-identical.
        const bytes = engine.writeCheckedCopy(data.slice(0), run.plan);
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      } catch (error) {
        throw writeRefused(error);
      }
    },
  };
}

export type Session = ReturnType<typeof createSession>;
