/**
 * CellSet.toRanges and columnRuns: the compact A1 ranges the record stores for a sheet's cells; PrintedCells, the cells a
 * run writes with their prints (PlanContext.written).
 */
import fc from "fast-check";
import { cellKey } from "../../../src/core/a1";
import { CellSet, PrintedCells } from "../../../src/core/plan/marks";
import { columnRuns } from "../../../src/core/plan/rectangles";

test("vertical runs per column, neighbouring columns with the same run merged, in row-major order", () => {
  const set = new CellSet();
  for (const [row, col] of [
    [5, 2],
    [6, 2],
    [7, 2],
    [5, 3],
    [6, 3],
    [7, 3], // C6:D8
    [5, 5],
    [6, 5], // F6:F7
    [5, 6],
    [6, 6],
    [7, 6], // G6:G8 (a longer run: not merged with F)
    [1, 0],
    [1, 1],
    [1, 3], // A2:B2 and D2 (a gap between)
    [1_048_575, 16_383], // the last cell of a sheet
  ])
    set.add(row, col);
  expect(set.toRanges()).toEqual([
    { top: 1, left: 0, bottom: 1, right: 1 },
    { top: 1, left: 3, bottom: 1, right: 3 },
    { top: 5, left: 2, bottom: 7, right: 3 },
    { top: 5, left: 5, bottom: 6, right: 5 },
    { top: 5, left: 6, bottom: 7, right: 6 },
    { top: 1_048_575, left: 16_383, bottom: 1_048_575, right: 16_383 },
  ]);
});

test("the ranges cover exactly the set's cells, once each, sorted by top then left", () => {
  const cellArb = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 8 }));
  fc.assert(
    fc.property(fc.array(cellArb, { maxLength: 80 }), fc.constantFrom(0, 1_048_560), (cells, offset) => {
      const set = new CellSet();
      for (const [row, col] of cells) set.add(row + offset, col);
      const ranges = set.toRanges();
      const covered: string[] = [];
      for (const r of ranges)
        for (let row = r.top; row <= r.bottom; row++)
          for (let col = r.left; col <= r.right; col++) covered.push(`${row},${col}`);
      expect(covered.sort()).toEqual([...new Set(cells.map(([row, col]) => `${row + offset},${col}`))].sort());
      expect(ranges).toEqual([...ranges].sort((a, b) => a.top - b.top || a.left - b.left));
    }),
  );
});

test("columnRuns: one column's rows give the same ranges as a CellSet of them", () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 40 }), fc.nat(20), (rows, col) => {
      const set = CellSet.of(rows.map((row) => ({ top: row, left: col, bottom: row, right: col })));
      expect(columnRuns(rows, col)).toEqual(set.toRanges());
    }),
  );
});

test("PrintedCells: the cells of a CellSet (same ranges, same order), each with the print last given to it", () => {
  const cellArb = fc.tuple(
    fc.integer({ min: 0, max: 12 }),
    fc.integer({ min: 0, max: 8 }),
    fc.constantFrom("aaaa", "b0b0"),
  );
  fc.assert(
    fc.property(fc.array(cellArb, { maxLength: 80 }), (writes) => {
      const printed = new PrintedCells();
      const set = new CellSet();
      const last = new Map<number, string>();
      for (const [row, col, print] of writes) {
        printed.set(row, col, print);
        set.add(row, col);
        last.set(cellKey(row, col), print);
      }
      expect(printed.toRanges()).toEqual(set.toRanges());
      expect(printed.cells()).toEqual(set.cells());
      expect(printed.size).toBe(set.size);
      for (const [row, col] of writes) expect(printed.has(row, col)).toBe(true);
      expect(printed.has(13, 0)).toBe(false);
      for (const [key, print] of last) expect(printed.printOf(key)).toBe(print);
    }),
  );
});
