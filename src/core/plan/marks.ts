/**
 * Marks: the record of what the add-in added, so a second run updates in place and
 * "Clear marks" removes exactly that. Cells are kept as compact A1 range lists.
 */
import { parseA1Ranges } from "../a1";
import type { CellRange, CellValue } from "../types";
import type { Marks } from "./types";

/** Excel allows 32,767 characters in a cell; stay well below. */
export const MARKS_CHUNK = 30_000;

export function emptyMarks(): Marks {
  return {
    version: 1,
    sheets: [],
    names: [],
    charts: [],
    cells: {},
    inputs: [],
    conditionalFormats: [],
    validations: [],
    notes: {},
    generated: {},
  };
}

/**
 * The stored form: like Marks, but input columns and validations grouped per sheet so the sheet
 * name is written once ("F6>F7:F9;G6>G7:G9"), which keeps the marks of 1,000 tables small.
 */
export function serializeMarks(marks: Marks): string {
  const inputs: Record<string, string> = {};
  for (const i of marks.inputs) inputs[i.sheet] = [inputs[i.sheet], `${i.header}>${i.cells}`].filter(Boolean).join(";");
  const validations: Record<string, string> = {};
  for (const v of marks.validations) validations[v.sheet] = [validations[v.sheet], v.ranges].filter(Boolean).join(";");
  return JSON.stringify({ ...marks, inputs, validations });
}

function expandInputs(raw: unknown): Marks["inputs"] {
  if (Array.isArray(raw)) return raw as Marks["inputs"];
  if (!raw || typeof raw !== "object") return [];
  return Object.entries(raw as Record<string, string>).flatMap(([sheet, text]) =>
    String(text)
      .split(";")
      .filter(Boolean)
      .map((pair) => {
        const [header, cells = ""] = pair.split(">");
        return { sheet, header, cells };
      }),
  );
}

function expandValidations(raw: unknown): Marks["validations"] {
  if (Array.isArray(raw)) return raw as Marks["validations"];
  if (!raw || typeof raw !== "object") return [];
  return Object.entries(raw as Record<string, string>).flatMap(([sheet, text]) =>
    String(text)
      .split(";")
      .filter(Boolean)
      .map((ranges) => ({ sheet, ranges })),
  );
}

/** Parse the marks JSON; anything malformed counts as "no marks" (we then touch nothing of an earlier run). */
export function parseMarks(text: string | null | undefined): Marks | null {
  if (!text) return null;
  try {
    const raw = JSON.parse(text) as Partial<Marks>;
    if (!raw || raw.version !== 1) return null;
    const base = emptyMarks();
    return {
      version: 1,
      sheets: Array.isArray(raw.sheets) ? raw.sheets.filter(isString) : base.sheets,
      names: Array.isArray(raw.names) ? raw.names.filter(isString) : base.names,
      charts: Array.isArray(raw.charts) ? raw.charts : base.charts,
      cells: raw.cells && typeof raw.cells === "object" ? raw.cells : base.cells,
      inputs: expandInputs(raw.inputs),
      conditionalFormats: Array.isArray(raw.conditionalFormats) ? raw.conditionalFormats : base.conditionalFormats,
      validations: expandValidations(raw.validations),
      notes: raw.notes && typeof raw.notes === "object" ? raw.notes : {},
      generated: raw.generated && typeof raw.generated === "object" ? raw.generated : {},
    };
  } catch {
    return null;
  }
}

const isString = (x: unknown): x is string => typeof x === "string";

/** Split the marks JSON into cell-sized chunks (A1, B1, … of the marks sheet). */
export function chunkMarks(json: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += MARKS_CHUNK) chunks.push(json.slice(i, i + MARKS_CHUNK));
  return chunks.length ? chunks : [""];
}

/** Join row 1 of the marks sheet back into the JSON text (hosts call this when reading). */
export function joinMarksRow(row: CellValue[] | undefined): string | null {
  if (!row) return null;
  const text = row.map((v) => (typeof v === "string" ? v : "")).join("");
  return text === "" ? null : text;
}

// ───────────── Cell sets ─────────────

const key = (row: number, col: number) => `${row},${col}`;

/** A set of cells of one sheet. */
export class CellSet {
  private readonly keys = new Set<string>();

  static of(ranges: CellRange[]): CellSet {
    const set = new CellSet();
    for (const r of ranges) set.addRange(r);
    return set;
  }

  add(row: number, col: number): void {
    this.keys.add(key(row, col));
  }

  addRange(r: CellRange): void {
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) this.add(row, col);
  }

  has(row: number, col: number): boolean {
    return this.keys.has(key(row, col));
  }

  get size(): number {
    return this.keys.size;
  }

  cells(): { row: number; col: number }[] {
    return [...this.keys].map((k) => {
      const [row, col] = k.split(",").map(Number);
      return { row, col };
    });
  }

  /** Cover the set with rectangles: vertical runs per column, then neighbouring columns with the same runs merged. */
  toRanges(): CellRange[] {
    const byCol = new Map<number, number[]>();
    for (const { row, col } of this.cells()) {
      const rows = byCol.get(col) ?? [];
      rows.push(row);
      byCol.set(col, rows);
    }
    const runsByCol = new Map<number, [number, number][]>();
    for (const [col, rows] of byCol) {
      rows.sort((a, b) => a - b);
      const runs: [number, number][] = [];
      for (const r of rows) {
        const last = runs[runs.length - 1];
        if (last && r === last[1] + 1) last[1] = r;
        else runs.push([r, r]);
      }
      runsByCol.set(col, runs);
    }
    const ranges: CellRange[] = [];
    const open = new Map<string, CellRange>(); // run "top,bottom" → range growing rightwards
    for (const col of [...runsByCol.keys()].sort((a, b) => a - b)) {
      for (const [top, bottom] of runsByCol.get(col) as [number, number][]) {
        const k = `${top},${bottom}`;
        const range = open.get(k);
        if (range && range.right === col - 1) range.right = col;
        else {
          const fresh = { top, left: col, bottom, right: col };
          ranges.push(fresh);
          open.set(k, fresh);
        }
      }
    }
    return ranges.sort((a, b) => a.top - b.top || a.left - b.left);
  }
}

/** Cells of a sheet recorded in the marks (written cells, input cells). */
export interface MarkedCells {
  ours: Map<string, CellSet>;
  inputs: Map<string, CellSet>;
  notes: Map<string, CellSet>;
}

export function markedCells(marks: Marks | null): MarkedCells {
  const ours = new Map<string, CellSet>();
  const inputs = new Map<string, CellSet>();
  const notes = new Map<string, CellSet>();
  if (!marks) return { ours, inputs, notes };
  for (const [sheet, text] of Object.entries(marks.notes ?? {})) notes.set(sheet, CellSet.of(parseA1Ranges(text)));
  for (const [sheet, text] of Object.entries(marks.cells)) ours.set(sheet, CellSet.of(parseA1Ranges(text)));
  for (const input of marks.inputs) {
    const set = inputs.get(input.sheet) ?? new CellSet();
    for (const r of parseA1Ranges(input.cells)) set.addRange(r);
    inputs.set(input.sheet, set);
  }
  return { ours, inputs, notes };
}
