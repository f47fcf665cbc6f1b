/**
 * Messages between the pane (main thread) and the checking worker. Every request carries an id; the
 * worker answers with one "done" or "failed" for it, and may send "progress" before.
 */
import { cellName, qualifiedAddress } from "../../core/a1";
import type { Message } from "../../core/locale/messages";
import type { JudgeRequest } from "../../core/settings";
import type { CellRef, CheckedTable, CheckResult } from "../../core/types";

export type WorkerRequest =
  | { id: number; type: "open"; name: string; data: ArrayBuffer }
  | { id: number; type: "check"; settings: JudgeRequest }
  | { id: number; type: "locate"; cell: CellRef }
  | { id: number; type: "checkedCopy"; settings: JudgeRequest; settingsJson: string };

/** How far a request has come: the stage, and the sheets read / to read once the file is unpacked. */
export interface Progress {
  stage: "read" | "check" | "write";
  done: number;
  total: number;
}

export interface OpenedInWorker {
  /** Settings JSON stored in the workbook (A2 of the marks sheet), or null. */
  settings: string | null;
  sheets: number;
  /** The extension the workbook's kind calls for (ReadWorkbook.extension): the checked copy's. */
  extension: string | null;
}

/**
 * Where a cell is, for a page that cannot select it (or an add-in whose cell is on a hidden sheet): the address Excel
 * writes and the row's text.
 */
export interface CellLocation {
  address: string;
  sheet: string;
  cell: string;
  rowText: string;
  /** Excel / WPS: the cell's sheet is hidden, so it was left as it is (showing it would change the user's workbook). */
  sheetHidden?: true;
}

/** Where a finding points, as the pane shows it: qualified address, sheet, cell name and the row's text. */
export function cellLocation(ref: CellRef, rowText = ""): CellLocation {
  return { address: qualifiedAddress(ref), sheet: ref.sheet, cell: cellName(ref.row, ref.col), rowText };
}

/** Tables sent per message: each message is unpacked on the main thread as its own short task. */
export const TABLES_PER_MESSAGE = 20;

export type WorkerReply =
  | { id: number; type: "progress"; progress: Progress }
  /** Part of a check's tables, in order; the "done" that follows carries the rest of the result. */
  | { id: number; type: "tables"; tables: CheckedTable[] }
  | { id: number; type: "done"; value: OpenedInWorker | CheckResult | CellLocation | ArrayBuffer }
  | {
      id: number;
      type: "failed";
      code: FailedCode;
      message: string;
      /** The reader's reason as a message, so the pane words it in its own language. */
      words?: Message;
      /** "file": the opened file itself refuses it (HostError.reason). */
      reason?: "file";
    };

/** What a worker call failed with, as the pane's HostErrorCode. */
export type FailedCode = "not-xlsx" | "read-failed" | "write-failed" | "no-workbook" | "no-tables";
