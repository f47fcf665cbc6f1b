/**
 * Errors of the Excel adapter (and WPS's, errors.ts there): each a catalogue message (core/locale, host.*) with the
 * adapter's code, worded in the user's language where it reaches them (the ribbon, the pane), Chinese by default.
 */
import { say, WordedError, type HostAction, type HostName, type Message } from "../../core/locale/messages";
import type { StructureNeeds } from "../../core/plan/sheetsTouched";

export class PerfTargetsError extends WordedError {
  constructor(
    words: Message,
    readonly code: "no-table" | "protected" | "edit-mode" | "too-large" | "busy" | "excel",
    /** Thrown by the run's writes, after its reads: the run did not finish, and what it wrote before stays. */
    readonly whileWriting = false,
  ) {
    super(words);
    this.name = "PerfTargetsError";
  }
}

/** The error as one the run's writes stopped on (PerfTargetsError.whileWriting): the pane says the run did not finish. */
export const stoppedWriting = (error: PerfTargetsError) =>
  error.whileWriting ? error : new PerfTargetsError(error.words, error.code, true);

export const noTableError = () => new PerfTargetsError(say("file.no-goal-tables", {}), "no-table");

export const protectedError = (sheets: string[]) =>
  new PerfTargetsError(say("host.sheets-protected", { sheets }), "protected");

/**
 * The workbook's structure is protected (审阅 → 保护工作簿) and the plan must show, add or delete sheets (`needs`): Excel
 * and WPS refuse that, so the host stops before writing anything, in one line naming the sheets and the way out.
 */
export const structureError = (host: HostName, action: HostAction, needs: StructureNeeds) =>
  new PerfTargetsError(say("host.structure-locked", { host, action, needs }), "protected");

/**
 * Excel or WPS refused a write that the look at protection before writing had let through: a sheet or the workbook was
 * protected while the add-in ran (by the clerk, or a co-author). Read again, the protection says which: the sheets the
 * plan writes that are protected now, else the workbook's structure with what the plan adds or deletes (`structure`),
 * else (Excel, AccessDenied) neither found, and the sheets the plan writes are named for the clerk to look at. The
 * writes before it are done: the run is said unfinished, and running it again after unprotecting finishes it.
 */
export const refusedError = (
  host: HostName,
  action: HostAction,
  found: { sheets: string[] } | { structure: StructureNeeds } | { touched: string[] },
) =>
  new PerfTargetsError(
    "sheets" in found
      ? say("host.refused-sheets", { host, action, sheets: found.sheets })
      : "structure" in found
        ? say("host.refused-structure", { host, action, needs: found.structure })
        : say("host.refused", { action, touched: found.touched }),
    "protected",
    true,
  );

/**
 * The result's sheet is no longer there (renamed or deleted since the check): said by a jump to one of its cells, in Excel
 * (Worksheets.getItemOrNullObject) and WPS alike.
 */
export const sheetGoneError = (sheet: string) => new PerfTargetsError(say("host.sheet-gone", { sheet }), "excel");

export const busyError = () => new PerfTargetsError(say("host.busy", {}), "busy");

/** Office.js error codes we can explain; anything else keeps Excel's own message. */
const KNOWN: Record<string, () => PerfTargetsError> = {
  InvalidOperationInCellEditMode: () => new PerfTargetsError(say("host.edit-mode", {}), "edit-mode"),
  // Outside a write (which names the sheet: refusedError), no sheet to name.
  AccessDenied: () => new PerfTargetsError(say("host.access-denied", {}), "protected"),
  RequestPayloadSizeLimitExceeded: () => new PerfTargetsError(say("host.too-large", {}), "too-large"),
  ResponsePayloadSizeLimitExceeded: () => new PerfTargetsError(say("host.too-large", {}), "too-large"),
};

/** Any error of an Excel run as a PerfTargetsError: ours as it is, a known Office.js code explained, else Excel's message. */
export function explain(error: unknown): PerfTargetsError {
  if (error instanceof PerfTargetsError) return error;
  const code = (error as { code?: string })?.code;
  if (code && KNOWN[code]) return KNOWN[code]();
  const detail = error instanceof Error ? error.message : String(error);
  return new PerfTargetsError(say("host.error", { host: "Excel", detail }), "excel");
}
