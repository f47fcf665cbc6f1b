/**
 * A sheet's data validations as the writer edits them: each one's sqref read once, with the box around its pieces,
 * and an index of those boxes by bands of rows, so clearing a range looks only at the validations near it. A sheet
 * listing 8,000 projects gets thousands of our lists; going over every validation for each one took seconds (N²).
 */
import { parseA1Range, rangeToA1, rangeWithout } from "../../core/a1";
import type { CellRange } from "../../core/types";
import { setAttr, tagAttrs, type Child } from "./xmlEdit";

export interface Validation {
  node: Child;
  pieces: string[];
  box: CellRange | null;
}

/** A <dataValidation> element as a Validation, over the ranges its sqref names. */
export function readValidation(node: Child): Validation {
  return validationOf(node, tagAttrs(node.xml).sqref ?? "");
}

/** The validation whose sqref (as written, unescaped) is `sqref`. */
export function validationOf(node: Child, sqref: string): Validation {
  const pieces = sqref.split(/\s+/).filter(Boolean);
  return { node, pieces, box: boxOf(pieces) };
}

/** The validation without the cells of `range` (itself when it has none there; null when it had no others). */
export function validationWithout(v: Validation, range: CellRange): Validation | null {
  if (!v.box || !overlaps(v.box, range)) return v;
  const kept = v.pieces.flatMap((piece) => {
    const r = parseA1Range(piece);
    return !r || !overlaps(r, range) ? [piece] : rangeWithout(r, range).map(rangeToA1);
  });
  if (kept.length === v.pieces.length && kept.every((k, i) => k === v.pieces[i])) return v;
  if (!kept.length) return null;
  return { node: { ...v.node, xml: setAttr(v.node.xml, "sqref", kept.join(" ")) }, pieces: kept, box: boxOf(kept) };
}

function boxOf(pieces: string[]): CellRange | null {
  let box: CellRange | null = null;
  for (const piece of pieces) {
    const r = parseA1Range(piece);
    if (!r) continue;
    box = box
      ? {
          top: Math.min(box.top, r.top),
          left: Math.min(box.left, r.left),
          bottom: Math.max(box.bottom, r.bottom),
          right: Math.max(box.right, r.right),
        }
      : r;
  }
  return box;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
}

/** Rows per band of the index (a power of two), and the most bands a box or a cleared range is indexed by. */
const BAND_SHIFT = 6;
const MOST_BANDS = 64;

/**
 * The validations of one sheet in their order, with ranges cleared from them and new ones added at the end: answers
 * as going over every validation for each range cleared (tests/host/xlsx/validationList). A validation's box only
 * shrinks as ranges are cleared from it, so the bands it was indexed by still cover it.
 */
export class ValidationList {
  /** In order; null for a validation that lost all its cells. */
  private readonly list: (Validation | null)[] = [];
  /** Indexes in `list` of the validations whose box reaches into each band of rows. */
  private readonly bands = new Map<number, number[]>();
  /** Indexes of the validations spanning more than MOST_BANDS bands (a list down a whole column): always looked at. */
  private readonly wide: number[] = [];
  /** Per index, the last clear that looked at it (one visit per clear, also when it sits in several bands). */
  private readonly seen: number[] = [];
  private clears = 0;

  constructor(validations: Validation[]) {
    for (const v of validations) this.add(v);
  }

  add(v: Validation): void {
    const index = this.list.length;
    this.list.push(v);
    this.seen.push(0);
    if (!v.box) return; // nothing to clear from it, ever
    const first = v.box.top >> BAND_SHIFT;
    const last = v.box.bottom >> BAND_SHIFT;
    if (last - first >= MOST_BANDS) this.wide.push(index);
    else
      for (let b = first; b <= last; b++) {
        const at = this.bands.get(b);
        if (at) at.push(index);
        else this.bands.set(b, [index]);
      }
  }

  /** Every validation loses its cells inside `range` (validationWithout). */
  clear(range: CellRange): void {
    const first = range.top >> BAND_SHIFT;
    const last = range.bottom >> BAND_SHIFT;
    if (last - first >= MOST_BANDS) {
      for (let i = 0; i < this.list.length; i++) this.clearAt(i, range);
      return;
    }
    const clear = ++this.clears;
    const visit = (i: number) => {
      if (this.seen[i] === clear) return;
      this.seen[i] = clear;
      this.clearAt(i, range);
    };
    this.wide.forEach(visit);
    for (let b = first; b <= last; b++) this.bands.get(b)?.forEach(visit);
  }

  private clearAt(i: number, range: CellRange): void {
    const v = this.list[i];
    if (v) this.list[i] = validationWithout(v, range);
  }

  /** The validations left, in order. */
  nodes(): Child[] {
    const out: Child[] = [];
    for (const v of this.list) if (v) out.push(v.node);
    return out;
  }
}
