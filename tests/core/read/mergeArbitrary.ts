import fc from "fast-check";
import type { CellRange } from "../../../src/core/types";

/** Merged areas that do not overlap (the later of two overlapping ones is dropped), inside a 10 × 8 area. */
export const separateMerges: fc.Arbitrary<CellRange[]> = fc
  .array(
    fc.record({
      top: fc.integer({ min: 0, max: 9 }),
      left: fc.integer({ min: 0, max: 7 }),
      height: fc.integer({ min: 1, max: 3 }),
      width: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 5 },
  )
  .map((areas) => {
    const kept: CellRange[] = [];
    for (const a of areas) {
      const m = { top: a.top, left: a.left, bottom: a.top + a.height - 1, right: a.left + a.width - 1 };
      const overlaps = kept.some(
        (k) => m.top <= k.bottom && m.bottom >= k.top && m.left <= k.right && m.right >= k.left,
      );
      if (!overlaps && (m.bottom > m.top || m.right > m.left)) kept.push(m);
    }
    return kept;
  });
