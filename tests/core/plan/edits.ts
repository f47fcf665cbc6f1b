/**
 * Test helper: what a user does to a workbook between two runs, done to a snapshot the way Excel does it —
 * whole rows / columns inserted or deleted move every cell below / right of them (values, formulas,
 * merged areas), and typing puts a value into one cell.
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/core/types";

export type Edit =
  | { kind: "insertRows" | "deleteRows" | "insertCols" | "deleteCols"; sheet: string; at: number; count: number }
  | { kind: "type"; sheet: string; row: number; col: number; value: CellValue };

/** A copy with every sheet at origin 0 and rectangular rows, so the edits are plain array operations. */
function normalised(s: SheetSnapshot): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const width = Math.max(0, ...s.values.map((r) => r.length)) + s.originCol;
  const height = s.values.length + s.originRow;
  for (let r = 0; r < height; r++) {
    values.push(Array.from({ length: width }, () => null));
    formulas.push(Array.from({ length: width }, () => null));
  }
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      values[r + s.originRow][c + s.originCol] = v;
      formulas[r + s.originRow][c + s.originCol] = s.formulas?.[r]?.[c] ?? null;
    }),
  );
  return { ...s, originRow: 0, originCol: 0, values, formulas, numberFormats: undefined, merges: [...s.merges] };
}

const shiftMerge = (m: CellRange, axis: "row" | "col", at: number, delta: number): CellRange | null => {
  const [lo, hi] = axis === "row" ? (["top", "bottom"] as const) : (["left", "right"] as const);
  const out = { ...m };
  if (delta < 0) {
    const end = at - delta; // deleted: [at, end)
    if (m[lo] >= at && m[hi] < end) return null;
    if (m[lo] >= end) out[lo] += delta;
    else if (m[lo] >= at) out[lo] = at;
    if (m[hi] >= end) out[hi] += delta;
    else if (m[hi] >= at) out[hi] = at - 1;
    return out[hi] < out[lo] ? null : out;
  }
  if (m[lo] >= at) out[lo] += delta;
  if (m[hi] >= at) out[hi] += delta;
  return out;
};

export function edit(snapshot: WorkbookSnapshot, ...edits: Edit[]): WorkbookSnapshot {
  const sheets = snapshot.sheets.map(normalised);
  for (const e of edits) {
    const s = sheets.find((x) => x.name === e.sheet);
    if (!s) throw new Error(`no sheet ${e.sheet}`);
    const formulas = s.formulas as (string | null)[][];
    const width = Math.max(0, ...s.values.map((r) => r.length));
    switch (e.kind) {
      case "type": {
        while (s.values.length <= e.row) {
          s.values.push(Array.from({ length: width }, () => null));
          formulas.push(Array.from({ length: width }, () => null));
        }
        s.values[e.row][e.col] = e.value;
        formulas[e.row][e.col] = null;
        break;
      }
      case "insertRows":
        s.values.splice(e.at, 0, ...Array.from({ length: e.count }, () => Array.from({ length: width }, () => null)));
        formulas.splice(e.at, 0, ...Array.from({ length: e.count }, () => Array.from({ length: width }, () => null)));
        s.merges = s.merges.map((m) => shiftMerge(m, "row", e.at, e.count) as CellRange);
        break;
      case "deleteRows":
        s.values.splice(e.at, e.count);
        formulas.splice(e.at, e.count);
        s.merges = s.merges.map((m) => shiftMerge(m, "row", e.at, -e.count)).filter((m): m is CellRange => !!m);
        break;
      case "insertCols":
        for (const row of [...s.values, ...formulas])
          row.splice(e.at, 0, ...Array.from({ length: e.count }, () => null));
        s.merges = s.merges.map((m) => shiftMerge(m, "col", e.at, e.count) as CellRange);
        break;
      case "deleteCols":
        for (const row of [...s.values, ...formulas]) row.splice(e.at, e.count);
        s.merges = s.merges.map((m) => shiftMerge(m, "col", e.at, -e.count)).filter((m): m is CellRange => !!m);
        break;
    }
  }
  return { ...snapshot, sheets };
}

/** Every filled cell as "sheet!row,col" → its value (JSON) and formula: what a user sees, to compare runs. */
export function contents(snapshot: WorkbookSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of snapshot.sheets)
    s.values.forEach((row, r) =>
      row.forEach((v: CellValue, c) => {
        const f = s.formulas?.[r]?.[c];
        if ((v !== null && v !== "") || f)
          out.set(`${s.name}!${r + s.originRow},${c + s.originCol}`, `${JSON.stringify(v)}|${f ?? ""}`);
      }),
    );
  return out;
}
