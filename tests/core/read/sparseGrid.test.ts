/**
 * A sheet spanning more than DENSE_CELLS (a table and a stray value at XFD1048576) is indexed by the cells it holds and
 * its merged areas as ranges (sheetGrid.ts), not per cell of its extent: it must answer every question about the
 * table's cells as the per-cell index answers them for the same table alone. Rows holding nothing may be holes
 * (SheetSnapshot.values), in both.
 */
import fc from "fast-check";
import { DENSE_CELLS, SHEET_COLUMNS, SHEET_ROWS } from "../../../src/core/a1";
import { SheetGrid } from "../../../src/core/read/sheetGrid";
import type { CellRange, CellValue, SheetSnapshot } from "../../../src/core/types";

const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constantFrom("指标", "x", "合计", "  "),
  fc.integer({ min: -3, max: 3 }),
);

/** Merged areas that do not overlap inside a 10 × 8 area, one of them maybe down to the sheet's last row. */
const merges = fc
  .array(
    fc.record({
      top: fc.integer({ min: 0, max: 9 }),
      left: fc.integer({ min: 0, max: 7 }),
      height: fc.integer({ min: 1, max: 3 }),
      width: fc.integer({ min: 1, max: 3 }),
      whole: fc.constantFrom("no", "no", "down", "across"),
    }),
    { maxLength: 5 },
  )
  .map((areas) => {
    const kept: CellRange[] = [];
    for (const a of areas) {
      const m = {
        top: a.top,
        left: a.left,
        bottom: a.whole === "down" ? SHEET_ROWS - 2 : a.top + a.height - 1,
        right: a.whole === "across" ? SHEET_COLUMNS - 2 : a.left + a.width - 1,
      };
      const overlaps = kept.some(
        (k) => m.top <= k.bottom && m.bottom >= k.top && m.left <= k.right && m.right >= k.left,
      );
      if (!overlaps && (m.bottom > m.top || m.right > m.left)) kept.push(m);
    }
    return kept;
  });

/** Rows of values, some of them holes. */
const rows = fc.array(fc.option(fc.array(value, { maxLength: 8 }), { nil: undefined, freq: 3 }), { maxLength: 10 });

function snapshotOf(values: (CellValue[] | undefined)[], areas: CellRange[], stray: boolean): SheetSnapshot {
  const held = values.slice() as CellValue[][];
  if (stray) held[SHEET_ROWS - 1] = Object.assign([], { [SHEET_COLUMNS - 1]: "远处" }) as CellValue[];
  return { name: "S", originRow: 0, originCol: 0, values: held, merges: areas };
}

test("with a stray value at XFD1048576 (sparse index) the grid says of every cell what it says without it", () => {
  fc.assert(
    fc.property(rows, merges, (values, areas) => {
      const tall = areas.some((m) => m.bottom - m.top > 100 || m.right - m.left > 100);
      const alone = new SheetGrid(snapshotOf(values, areas, false));
      const far = new SheetGrid(snapshotOf(values, areas, true));
      // The merges across or down the sheet make the sheet alone sparse too; without them it is dense.
      if (!tall)
        expect((alone.bottom - alone.top + 1) * (alone.right - alone.left + 1)).toBeLessThanOrEqual(DENSE_CELLS);
      expect((far.bottom - far.top + 1) * (far.right - far.left + 1)).toBeGreaterThan(DENSE_CELLS);
      for (let r = 0; r < 12; r++) {
        expect(far.cellsOfRow(r, 0, 10)).toEqual(alone.cellsOfRow(r, 0, 10));
        for (let c = 0; c < 10; c++) {
          const said = (g: SheetGrid) => [
            g.value(r, c),
            g.text(r, c),
            g.mergedText(r, c),
            g.merge(r, c),
            g.isContinuation(r, c),
            g.rightEdge(r, c),
            g.bottomEdge(r, c),
            g.nextFilled(r, c, 10),
            g.label(r, c),
          ];
          expect(said(far)).toEqual(said(alone));
        }
      }
      expect(far.text(SHEET_ROWS - 1, SHEET_COLUMNS - 1)).toBe("远处");
      expect(far.cellsOfRow(SHEET_ROWS - 1)).toEqual([SHEET_COLUMNS - 1]);
    }),
    { numRuns: 60 },
  );
});

test("a dense grid and a sparse one of the same cells answer alike, also where rows are holes", () => {
  // The same table, once dense (as read) and once with its merges reaching the sheet's last row (so sparse).
  const values: (CellValue[] | undefined)[] = [["项目名称", null, "x"], undefined, [null, "合计", 3]];
  const dense = new SheetGrid(snapshotOf(values, [{ top: 0, left: 0, bottom: 1, right: 1 }], false));
  const sparse = new SheetGrid(
    snapshotOf(
      values,
      [
        { top: 0, left: 0, bottom: 1, right: 1 },
        { top: 5, left: 5, bottom: SHEET_ROWS - 1, right: 6 },
      ],
      false,
    ),
  );
  for (let r = 0; r < 4; r++)
    for (let c = 0; c < 4; c++)
      expect([sparse.text(r, c), sparse.merge(r, c)]).toEqual([dense.text(r, c), dense.merge(r, c)]);
  expect(sparse.merge(SHEET_ROWS - 1, 6)).toEqual({ top: 5, left: 5, bottom: SHEET_ROWS - 1, right: 6 });
  expect(sparse.isContinuation(1000, 5)).toBe(true);
});
