/** A reading note: the message as code and parameters (core/locale words it), its Chinese text stored beside. */
import { renderMessage, type Message } from "../locale/messages";
import type { CellRef, Diagnostic } from "../types";

/** A reader's note on `cell` (null: the workbook), its message rendered in Chinese and kept to render again. */
export function diagnostic(cell: CellRef | null, severity: Diagnostic["severity"], text: Message): Diagnostic {
  return { cell, message: renderMessage(text), text, severity };
}

/** What the reader could not make sense of (a warning or an error): the pane's 读表提示, the report's count. An info note only informs. */
export const isReadingProblem = (d: Diagnostic): boolean => d.severity !== "info";
