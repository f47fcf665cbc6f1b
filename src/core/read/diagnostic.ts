/** A reading note: the message as code and parameters (core/locale words it), its Chinese text stored beside. */
import { renderMessage, type Message } from "../locale/messages";
import type { CellRef, Diagnostic } from "../types";

export function diagnostic(cell: CellRef | null, severity: Diagnostic["severity"], text: Message): Diagnostic {
  return { cell, message: renderMessage(text), text, severity };
}
