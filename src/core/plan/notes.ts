/**
 * Whose note is on a cell. The add-in puts notes only on cells it wrote, and replaces or removes a note only
 * while its text is one the add-in wrote (the record keeps a hash of each text): a note the user put on one of
 * our cells, or one of ours the user edited, is the user's and stays — also when our cell is cleared, and
 * wherever inserted or deleted rows and columns moved it.
 */
import { SHEET_COLUMNS, cellKey, parseA1Ranges } from "../a1";
import type { WorkbookSnapshot } from "../types";
import { fnv1a } from "./fingerprint";
import { CellSet } from "./marks";
import type { Marks, PlanOp } from "./types";

/** Hash of a note's text as the record keeps it. Line ends as "\n": hosts hand "\r\n" back at times. */
export function noteHash(text: string): string {
  return fnv1a(text.replace(/\r\n?/g, "\n")).toString(36).padStart(7, "0");
}

export class NoteOwners {
  /** sheet → cellKey → the note's text, as the host read it. */
  private readonly texts = new Map<string, Map<number, string>>();
  private readonly ourHashes = new Set<string>();
  /** Noted cells of records older than Marks.noteHashes: taken as ours where they were written, as then. */
  private readonly legacyCells = new Map<string, CellSet>();

  constructor(snapshot: WorkbookSnapshot, records: readonly Marks[]) {
    for (const sheet of snapshot.sheets) {
      if (!sheet.notes?.length) continue;
      const texts = new Map<number, string>();
      for (const n of sheet.notes) texts.set(cellKey(n.row, n.col), n.text);
      this.texts.set(sheet.name, texts);
    }
    for (const record of records) {
      if (record.noteHashes) for (const h of record.noteHashes) this.ourHashes.add(h);
      else
        for (const [sheet, cells] of Object.entries(record.notes ?? {})) {
          const set = this.legacyCells.get(sheet) ?? new CellSet();
          for (const r of parseA1Ranges(cells)) set.addRange(r);
          this.legacyCells.set(sheet, set);
        }
    }
  }

  /** A note is on the cell and the add-in wrote it. */
  isOurs(sheet: string, row: number, col: number): boolean {
    const text = this.texts.get(sheet)?.get(cellKey(row, col));
    if (text === undefined) return false;
    return this.ourHashes.has(noteHash(text)) || !!this.legacyCells.get(sheet)?.has(row, col);
  }

  /** The add-in may put its note on the cell: there is none, or the one there is its own. */
  mayWrite(sheet: string, row: number, col: number): boolean {
    return !this.texts.get(sheet)?.has(cellKey(row, col)) || this.isOurs(sheet, row, col);
  }

  /** The sheet carries a note that is not ours. */
  hasUsersNote(sheet: string): boolean {
    for (const key of this.texts.get(sheet)?.keys() ?? [])
      if (!this.isOurs(sheet, Math.floor(key / SHEET_COLUMNS), key % SHEET_COLUMNS)) return true;
    return false;
  }

  /** A removal for each of our notes on a cell `goes` names (the user's notes are never named). */
  removals(goes: (sheet: string, row: number, col: number) => boolean): PlanOp[] {
    const ops: PlanOp[] = [];
    for (const [sheet, texts] of this.texts)
      for (const key of texts.keys()) {
        const row = Math.floor(key / SHEET_COLUMNS);
        const col = key % SHEET_COLUMNS;
        if (goes(sheet, row, col) && this.isOurs(sheet, row, col))
          ops.push({ op: "note", cell: { sheet, row, col }, text: "" });
      }
    return ops;
  }
}
