/**
 * Whose note is on a cell. The add-in puts notes only on cells it wrote, and replaces or removes a note only
 * while it is one the add-in wrote: the record keeps, per noted cell, a hash of the text written there. A note
 * is ours where the record noted that very text on that cell — or, on a sheet where our blocks moved (rows or
 * columns inserted or deleted), where its text is one we noted on that sheet. A note the user put on one of our
 * cells, one of ours the user edited, or one of ours the user copied to another cell, is the user's and stays —
 * also when our cell is cleared. Records written before the hashes name no note of ours: their notes stay too.
 */
import { SHEET_COLUMNS, cellKey } from "../a1";
import type { WorkbookSnapshot } from "../types";
import { fnv1a } from "./fingerprint";
import { NOTE_HASH_WIDTH, notedCells, type NotedCells } from "./marks";
import type { Marks, PlanOp } from "./types";

/** Hash of a note's text as the record keeps it. Line ends as "\n": hosts hand "\r\n" back at times. */
export function noteHash(text: string): string {
  return fnv1a(text.replace(/\r\n?/g, "\n")).toString(36).padStart(NOTE_HASH_WIDTH, "0");
}

export class NoteOwners {
  /** sheet → cellKey → the note's text, as the host read it. */
  private readonly texts = new Map<string, Map<number, string>>();
  /** What the records noted: per sheet, cell → hash. */
  private readonly recorded: NotedCells = new Map();
  /** Per sheet, every hash the records noted there. */
  private readonly sheetHashes = new Map<string, Set<string>>();

  /** `movedSheets`: sheets where a block of ours was found away from where it was written. */
  constructor(
    snapshot: WorkbookSnapshot,
    records: readonly Marks[],
    private readonly movedSheets: ReadonlySet<string>,
  ) {
    for (const sheet of snapshot.sheets) {
      if (!sheet.notes?.length) continue;
      const texts = new Map<number, string>();
      for (const n of sheet.notes) texts.set(cellKey(n.row, n.col), n.text);
      this.texts.set(sheet.name, texts);
    }
    for (const record of records)
      for (const [sheet, cells] of notedCells(record)) {
        const mine = this.recorded.get(sheet) ?? new Map<number, string>();
        const all = this.sheetHashes.get(sheet) ?? new Set<string>();
        for (const [key, hash] of cells) {
          if (!mine.has(key)) mine.set(key, hash); // the newer record (first) wins
          all.add(hash);
        }
        this.recorded.set(sheet, mine);
        this.sheetHashes.set(sheet, all);
      }
  }

  /** The hash of the note on the cell when it is ours, else null (no note, or the user's). */
  ourHash(sheet: string, row: number, col: number): string | null {
    const text = this.texts.get(sheet)?.get(cellKey(row, col));
    if (text === undefined) return null;
    const hash = noteHash(text);
    if (this.recorded.get(sheet)?.get(cellKey(row, col)) === hash) return hash;
    return this.movedSheets.has(sheet) && this.sheetHashes.get(sheet)?.has(hash) ? hash : null;
  }

  isOurs(sheet: string, row: number, col: number): boolean {
    return this.ourHash(sheet, row, col) !== null;
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

  /** Each of our notes in the workbook, where it is now. */
  *ours(): Generator<{ sheet: string; row: number; col: number; hash: string }> {
    for (const [sheet, texts] of this.texts)
      for (const key of texts.keys()) {
        const row = Math.floor(key / SHEET_COLUMNS);
        const col = key % SHEET_COLUMNS;
        const hash = this.ourHash(sheet, row, col);
        if (hash !== null) yield { sheet, row, col, hash };
      }
  }

  /** A removal for each of our notes (the user's notes are never named). */
  removals(): PlanOp[] {
    return [...this.ours()].map(({ sheet, row, col }) => ({ op: "note", cell: { sheet, row, col }, text: "" }));
  }
}
