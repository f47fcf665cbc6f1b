/** MergedAreas: which merged area holds a cell, without listing the areas' cells. */
import fc from "fast-check";
import { MergedAreas } from "../../../src/core/plan/mergedAreas";
import type { CellRange } from "../../../src/core/types";

const holds = (m: CellRange, row: number, col: number) =>
  row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;

test("the area holding a cell; none outside every area", () => {
  const a = { top: 4, left: 1, bottom: 6, right: 2 }; // B5:C7
  const b = { top: 0, left: 0, bottom: 0, right: 16383 }; // row 1, every column
  const areas = new MergedAreas([a, b]);
  expect(areas.at(5, 2)).toBe(a);
  expect(areas.at(0, 9000)).toBe(b);
  expect(areas.at(7, 1)).toBeUndefined();
  expect(areas.at(5, 3)).toBeUndefined();
  expect(new MergedAreas([]).at(0, 0)).toBeUndefined();
});

test("a merge down whole columns is found from any row, and costs no more than one area", () => {
  const column = { top: 0, left: 3, bottom: 1048575, right: 4 };
  const areas = new MergedAreas([{ top: 10, left: 0, bottom: 11, right: 1 }, column]);
  expect(areas.at(1048575, 4)).toBe(column);
  expect(areas.at(500000, 2)).toBeUndefined();
  expect(areas.at(11, 1)).toEqual({ top: 10, left: 0, bottom: 11, right: 1 });
});

test("property: a cell is held exactly when some area holds it (also overlapping areas, as damaged files have)", () => {
  const area = fc
    .tuple(fc.nat(40), fc.nat(8), fc.nat(12), fc.nat(4))
    .map(([top, left, height, width]) => ({ top, left, bottom: top + height, right: left + width }));
  fc.assert(
    fc.property(fc.array(area, { maxLength: 25 }), fc.nat(60), fc.nat(15), (merges, row, col) => {
      const found = new MergedAreas(merges).at(row, col);
      if (found === undefined) expect(merges.some((m) => holds(m, row, col))).toBe(false);
      else {
        expect(merges).toContain(found);
        expect(holds(found, row, col)).toBe(true);
      }
    }),
    { numRuns: 2000 },
  );
});
