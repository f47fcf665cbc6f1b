import fc from "fast-check";
import { separateMerges } from "./mergeArbitrary";
import { SheetGrid } from "../../../src/core/read/sheetGrid";
import { headerStartsAt } from "../../../src/core/read/readWorkbook";
import type { IndicatorHeader } from "../../../src/core/read/indicatorHeader";
import type { CellValue, SheetSnapshot } from "../../../src/core/types";

/** A cell as the reader counts it: something in it ("  " is nothing) and not inside another cell's merged area. */
function filledNaively(snapshot: SheetSnapshot, row: number, col: number): boolean {
  const value = snapshot.values[row - snapshot.originRow]?.[col - snapshot.originCol];
  if (value === null || value === undefined || String(value).trim() === "") return false;
  return !snapshot.merges.some(
    (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left),
  );
}

const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constant("  "),
  fc.constantFrom("指标", "x", "合计"),
  fc.integer({ min: -3, max: 3 }),
);

const merges = separateMerges;

describe("SheetGrid's filled cells per row (a typed array of list numbers, the lists shared by rows)", () => {
  test("cellsOfRow and nextFilled give each row's non-empty master cells, as a scan of the row would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { maxLength: 8 }), { maxLength: 10 }),
        merges,
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 2 }),
        (rows, areas, originRow, originCol) => {
          const shifted = areas.map((m) => ({
            top: m.top + originRow,
            left: m.left + originCol,
            bottom: m.bottom + originRow,
            right: m.right + originCol,
          }));
          const snapshot: SheetSnapshot = { name: "S", originRow, originCol, values: rows, merges: shifted };
          const grid = new SheetGrid(snapshot);
          for (let r = grid.top - 1; r <= grid.bottom + 1; r++) {
            const expected: number[] = [];
            for (let c = grid.left; c <= grid.right; c++) if (filledNaively(snapshot, r, c)) expected.push(c);
            expect(grid.cellsOfRow(r)).toEqual(expected);
            expect(grid.cellsOfRow(r, grid.left + 1, grid.right - 1)).toEqual(
              expected.filter((c) => c >= grid.left + 1 && c <= grid.right - 1),
            );
            for (let c = grid.left - 1; c <= grid.right; c++)
              expect(grid.nextFilled(r, c)).toBe(expected.find((x) => x > c) ?? -1);
          }
        },
      ),
    );
  });
});

describe("headerStartsAt (a binary search of the sheet's headers, sorted by row)", () => {
  test("true exactly when a header starting on the row overlaps the header's columns", () => {
    const span = fc.record({
      row: fc.integer({ min: 0, max: 30 }),
      left: fc.integer({ min: 0, max: 10 }),
      width: fc.integer({ min: 0, max: 6 }),
    });
    const asHeader = (s: { row: number; left: number; width: number }) =>
      ({ row: s.row, left: s.left, right: s.left + s.width }) as IndicatorHeader;
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), span, (spans, own) => {
        const headers = spans.map(asHeader).sort((a, b) => a.row - b.row);
        const header = asHeader(own);
        const starts = headerStartsAt(headers, header);
        for (let row = -1; row <= 32; row++) {
          const naive = headers.some((h) => h.row === row && h.left <= header.right && h.right >= header.left);
          expect(starts(row)).toBe(naive);
        }
      }),
    );
  });
});
