import fc from "fast-check";
import { SHEET_COLUMNS } from "../../src/core/a1";
import {
  DEFAULT_SETTINGS,
  emptyRow,
  forEachCell,
  heldCellCount,
  heldColumns,
  WIDE_ROW,
  type CellValue,
} from "../../src/core/types";

test("default bands follow the national rules", () => {
  expect(DEFAULT_SETTINGS.bands).toEqual({ red: 60, yellow: 80, blue: 120 });
});

/**
 * A row of a sheet laid out by its cells held (a table's cells and one at XFD): built by emptyRow, walked by
 * forEachCell / heldColumns. Whatever the cells, a walk visits exactly those set, left to right, as a walk of the same
 * row written out in full (nulls between) visits its non-null cells; heldCellCount counts them alike.
 */
test("a wide row made by emptyRow is walked by the cells it holds, as the same row written out in full", () => {
  const cells = fc.uniqueArray(
    fc.record({ c: fc.integer({ min: 0, max: SHEET_COLUMNS - 1 }), v: fc.oneof(fc.string(), fc.integer()) }),
    { selector: (x) => x.c, maxLength: 40 },
  );
  fc.assert(
    fc.property(cells, fc.integer({ min: 0, max: SHEET_COLUMNS - 1 }), (held, far) => {
      const width = Math.max(far, ...held.map((x) => x.c)) + 1;
      const sparse = emptyRow<CellValue>(width);
      const full = new Array<CellValue>(width).fill(null);
      for (const { c, v } of held) sparse[c] = full[c] = v;
      expect(sparse.length).toBe(width);
      const walk = (row: CellValue[]) => {
        const seen: [number, CellValue][] = [];
        forEachCell(row, (v, c) => v !== null && seen.push([c, v]));
        return seen;
      };
      const expected = [...held].sort((a, b) => a.c - b.c).map(({ c, v }) => [c, v]);
      expect(walk(sparse)).toEqual(expected);
      expect(walk(full)).toEqual(expected);
      const count = (row: CellValue[]) => heldCellCount({ values: [row], formulas: [[]] });
      expect(count(sparse)).toBe(count(full));
      // A row wider than WIDE_ROW is walked by the cells it holds: its held columns are the cells set.
      if (width > WIDE_ROW) expect(heldColumns(sparse)).toEqual(expected.map(([c]) => c));
    }),
    { numRuns: 200 },
  );
});

test("heldColumns of a row and its formulas: both rows' cells, once each, ascending", () => {
  const values = emptyRow<CellValue>(16_384);
  const formulas = emptyRow<string>(16_384);
  values[3] = "a";
  values[16_383] = "x";
  formulas[3] = "1+1";
  formulas[700] = "B1";
  expect(heldColumns(values, formulas)).toEqual([3, 700, 16_383]);
  expect(heldCellCount({ values: [values], formulas: [formulas] })).toBe(3);
  expect(heldColumns(["a", null], ["b"])).toBeNull(); // narrow rows: every index is walked
});
