/**
 * The one interface the pane talks to. The pane never touches Excel or the .xlsx reader itself:
 * inside Excel it gets the Office.js adapter (hosts/excelHost.ts), in a plain browser the
 * standalone adapter (hosts/standaloneHost.ts) that reads and checks an .xlsx in a Web Worker.
 */
import { errorText, renderMessage, WordedError, type Lang, type Message } from "../core/locale/messages";
import type { JudgeRequest, StoredSettings } from "../core/settings";
import { qualifiedAddress } from "../core/a1";
import { anchorName, type Anchor, type Jumped, type LostReason, type SheetAtCheck } from "../core/relocate";
import type { CellRef, CheckResult, Jump } from "../core/types";
import { cellLocation, type CellLocation, type Progress } from "./worker/protocol";

export type { CellLocation, Progress };

/** Excel / WPS jumped (nothing to show), or left the cell's hidden sheet hidden: then the pane says where the cell is. */
export function locationAfterJump(cell: CellRef, jump: Jump): CellLocation | void {
  if (jump === "sheet-hidden") return { ...cellLocation(cell), sheetHidden: true };
}

/** The finding's sheet was renamed since the check: the jump found it under its new name (Excel by its id). */
interface RenamedSheet {
  renamed: { from: string; to: string };
  address: string;
}

/**
 * The finding's row was not found again (core/relocate.ts): the jump went to the check's address, which may hold another
 * row now. The pane says so, naming the indicator.
 */
interface LostRow {
  lost: LostReason;
  /** An indicator's name, or (`row`) the first text of a row that is no indicator's. */
  name: string;
  row?: true;
  address: string;
}

/** The cell was selected on a row hidden by the clerk or a filter: nothing is seen to move, so the pane says where it is. */
interface HiddenRow {
  hiddenRow: number;
  address: string;
}

/**
 * What the pane shows after an Excel / WPS jump: where a cell on a hidden sheet is, that the row was not found, that the
 * sheet was renamed, or that the row is hidden.
 */
export function shownAfterJump(
  jumped: Jumped,
  anchor: Anchor | null,
): CellLocation | LostRow | RenamedSheet | HiddenRow | void {
  if (jumped.jump === "sheet-hidden") return locationAfterJump(jumped.cell, jumped.jump);
  if (jumped.jump === "row-hidden" && !jumped.lost)
    return { hiddenRow: jumped.cell.row + 1, address: qualifiedAddress(jumped.cell) };
  if (jumped.renamed && !jumped.lost) return { renamed: jumped.renamed, address: qualifiedAddress(jumped.cell) };
  if (jumped.lost && anchor)
    return {
      lost: jumped.lost,
      name: anchorName(anchor),
      ...("mark" in anchor ? { row: true as const } : {}),
      address: qualifiedAddress(jumped.cell),
    };
}

/** A sheet whose cells the user changed: Excel knows it by its id, WPS by its name and code name (CheckResult.sheetIds). */
export interface EditedSheet {
  id?: string;
  name?: string;
}

export type HostKind = "excel" | "standalone" | "wps";

/** A file the user picked or dropped (the DOM File satisfies it; tests pass plain objects). */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface OpenedWorkbook {
  name: string;
  /** Settings stored in the opened file, if any. */
  settings: StoredSettings | null;
  /** The file checked with judge(settings): results, name and download belong to this one file. */
  result: CheckResult;
}

export type OnProgress = (progress: Progress) => void;

/** The workbook a shown result was checked in, named as on its window ("甲单位.xlsx"), and the one in front now. */
export interface ResultWorkbook {
  name: string;
  /** The workbook in front now (WPS: one pane for all the window's workbooks; Excel: always the result's own). */
  front: string | null;
  /** The result's workbook is no longer open (WPS). */
  closed?: boolean;
}

export interface PaneHost {
  kind: HostKind;
  /** Read the workbook, judge it and (in Excel) write the marks. */
  check(settings: JudgeRequest, onProgress?: OnProgress): Promise<CheckResult>;
  /**
   * Select the cell an item came from (Excel, WPS): with the anchor of its row (core/relocate.ts), where that row is now
   * (rows or columns inserted or deleted, the table sorted since the check); a row not found again is answered as a
   * LostRow (the check's address selected); a sheet renamed since (`sheet`: what the check knew of it) as RenamedSheet.
   * A page that cannot select returns where the cell is instead, for the pane to show.
   */
  selectCell(
    cell: CellRef,
    anchor?: Anchor | null,
    sheet?: SheetAtCheck,
  ): Promise<CellLocation | LostRow | RenamedSheet | HiddenRow | void>;
  /**
   * Excel: call `listener` whenever the user inserts or deletes rows, columns or cells (the results' cell addresses
   * may have moved); WPS: when, after cells changed, those the shown result points to moved. Returns the unsubscribe.
   */
  onCellsShifted?(listener: () => void): () => void;
  /**
   * Excel (ExcelApi 1.14, which tells the add-in's own writes apart) / WPS: call `listener` whenever the user changes
   * cells otherwise (types actuals, pastes, clears), with the sheet: the shown results may be out of date. Returns the
   * unsubscribe.
   */
  onCellsEdited?(listener: (edited: EditedSheet) => void): () => void;
  /** Excel below ExcelApi 1.14: onCellsEdited never calls (edits cannot be told apart), so the pane says it cannot warn. */
  editsUntracked?: boolean;
  /**
   * Excel / WPS: tell `listener` which workbook `result` was checked in, and which one is in front, now and whenever that
   * changes (null: not known). Returns the unsubscribe.
   */
  watchWorkbook?(result: CheckResult, listener: (workbook: ResultWorkbook | null) => void): () => void;
  /**
   * WPS (one pane for every open workbook): whether two results were checked in the same workbook, so the pane says what
   * a check changed only against its own workbook's last one. Without it, one pane is one workbook (Excel, a file).
   */
  sameWorkbook?(a: CheckResult, b: CheckResult): boolean;
  loadSettings(): Promise<StoredSettings | null>;
  saveSettings(settings: StoredSettings): Promise<void>;
  /**
   * Standalone only: open an .xlsx and check it with judge(the file's stored settings). Opening another
   * file before this one is done cancels this one (the last file chosen wins); the opened file becomes
   * the current one only when its check is done.
   */
  openFile?(
    file: PickedFile,
    judge: (stored: StoredSettings | null) => JudgeRequest,
    onProgress?: OnProgress,
  ): Promise<OpenedWorkbook>;
  /** Standalone only: stop the open or check under way; its promise rejects with code "cancelled". */
  cancel?(): void;
  /** Standalone only: build "<name>.checked.xlsx" with the marks and offer it as a download. */
  downloadChecked?(settings: JudgeRequest): Promise<{ fileName: string; bytes: number }>;
  /**
   * Results of checks started elsewhere (the ribbon's 检查目标), and (Excel) their failures, so a ribbon
   * command that failed and opened the pane shows why; a 清除标记 done from the ribbon, with what it said in each language
   * (what it cleared, what it left and why), the ribbon having no place of its own to say it; returns the unsubscribe.
   */
  subscribeResults?(
    listener: (result: CheckResult) => void,
    onError?: (error: HostError) => void,
    onCleared?: (said: Record<Lang, string>) => void,
  ): () => void;
}

/** Why a host call failed; the pane maps each code to words and what to do next. */
type HostErrorCode =
  | "no-workbook" // standalone: nothing opened yet
  | "not-xlsx" // the file could not be read as .xlsx
  | "page-from-file" // standalone: the page was opened as a file (file://), where the browser refuses its reader (worker)
  | "office-unavailable" // Office.js did not start
  | "wps-unavailable" // the pane's page in WPS has no Application object
  | "no-tables" // Excel / WPS: the workbook holds no goal table (the pane says what a table needs)
  | "read-failed" // the workbook could not be read or judged
  | "write-refused" // Excel / WPS: a check's writes were refused part-way (after its reads): it did not finish
  | "clear-refused" // Excel's ribbon: a clear's writes were refused part-way: what it cleared stays cleared
  | "clear-failed" // Excel's ribbon: a clear could not remove the marks (refused before it wrote, or its reads failed)
  | "write-failed" // marks / download could not be written
  | "cancelled" // the user cancelled (or chose another file)
  | "unknown";

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly detail?: string,
    /** The detail as a message, worded in the pane's language (detail is its Chinese). */
    readonly words?: Message,
    /**
     * Excel / WPS: the adapter's own code for what went wrong ("protected", "busy", "edit-mode" …; "excel" when it only
     * passes on the host's words). Its detail then says what to do, and the pane's general advice is left out.
     * Standalone: "file" when the opened file itself refuses it (too many cell formats, a protected structure);
     * "unread" when the browser could not read the chosen file's bytes (a folder, a file moved since).
     */
    readonly reason?: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}

/** Turn anything thrown by a host into a HostError with a code the pane understands; our own keep their words. */
export function toHostError(error: unknown, fallback: HostErrorCode = "unknown"): HostError {
  if (error instanceof HostError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof WordedError ? (error as { code?: unknown }).code : undefined;
  return new HostError(
    fallback,
    message,
    message,
    error instanceof WordedError ? error.words : undefined,
    typeof cause === "string" ? cause : undefined,
  );
}

/**
 * Why a file could not be read whose words end in what to do (“…：请在 Excel 或 WPS 中另存为 .xlsx 后再检查”): the pane
 * adds no advice of its own to them (tests/taskpane/components/ErrorState checks each one says it).
 */
export const REASONS_SAYING_WHAT_TO_DO: ReadonlySet<string> = new Set([
  "file.unreadable-in-browser",
  "file.encrypted",
  "file.html-or-xml-table",
  "file.legacy-binary",
  "file.other-format",
  "file.partial-download",
  "file.text-table",
  "file.strict-xml",
  "file.sheet-too-large",
  "file.too-many-cells",
  "file.part-too-large",
  "file.total-too-large",
]);

/** The failure's detail says what to do (an adapter's own explanation, not the host's words passed on). */
export function saysWhatToDo(error: HostError): boolean {
  if (error.words && REASONS_SAYING_WHAT_TO_DO.has(error.words.code)) return true;
  return error.reason !== undefined && error.reason !== "excel";
}

/** A file the reader found damaged (its zip or its XML): it is repaired or sent again, not saved in another format. */
export function isDamagedFile(error: HostError): boolean {
  const code = error.words?.code ?? "";
  return /^file\.(zip|part-(misplaced|incomplete|twice|compression|inflate-failed|checksum|damaged)|xml-broken|empty$)/.test(
    code,
  );
}

/**
 * Trying again could end otherwise. Not when there is no goal table, nor when the opened file itself refuses it
 * (standalone: the pane holds its bytes unchanged; it has to be changed in Excel or WPS and opened again).
 */
export function retryCanHelp(error: HostError): boolean {
  return error.code !== "no-tables" && error.reason !== "file";
}

/**
 * What a check in Excel or WPS failed with, as the pane's code: no goal table is said as such, and writes refused
 * part-way (the adapter's whileWriting) as an unfinished check, not as a failed read.
 */
export function checkFailure(error: unknown): HostError {
  const thrown = error as { code?: unknown; whileWriting?: unknown } | null;
  return toHostError(
    error,
    thrown?.code === "no-table" ? "no-tables" : thrown?.whileWriting === true ? "write-refused" : "read-failed",
  );
}

/** A failure's detail in the pane's language: our words where it carries them, else its own text (technical). */
export function errorDetail(error: unknown, lang: Lang): string {
  return error instanceof HostError && error.words ? renderMessage(error.words, lang) : errorText(error, lang);
}
