import fc from "fast-check";
import { SheetGrid } from "../../../src/core/read/sheetGrid";
import { HeaderScan } from "../../../src/core/read/indicatorHeader";
import type { CellValue, SheetSnapshot } from "../../../src/core/types";

/** Header words and indicator-row texts, so that random rows hold headers (one- and two-row ones) now and then. */
const value: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  {
    weight: 4,
    arbitrary: fc.constantFrom("一级指标", "二级指标", "三级指标", "指标值", "年度指标值", "指标性质", "度量单位"),
  },
  { weight: 2, arbitrary: fc.constantFrom("产出指标", "数量指标", "培训人数", "≥90%", "实际完成值", "项目名称") },
);

describe("HeaderScan (the headers found as far down as the reader asks)", () => {
  test("asked row by row, header by header, in any order, it finds the headers one scan of the sheet finds", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { maxLength: 7 }), { maxLength: 14 }),
        fc.array(fc.record({ header: fc.boolean(), n: fc.integer({ min: 0, max: 16 }) }), { maxLength: 10 }),
        (rows, asks) => {
          const snapshot: SheetSnapshot = { name: "S", originRow: 2, originCol: 1, values: rows, merges: [] };
          const grid = new SheetGrid(snapshot);
          const once = new HeaderScan(grid);
          once.through(grid.bottom);
          const inPieces = new HeaderScan(grid);
          for (const ask of asks) {
            if (ask.header) inPieces.at(ask.n);
            else inPieces.through(grid.top + ask.n);
            // Every header starting on a row scanned is found, and none below it is skipped.
            expect(inPieces.found).toEqual(once.found.slice(0, inPieces.found.length));
          }
          inPieces.through(grid.bottom);
          expect(inPieces.found).toEqual(once.found);
          expect(inPieces.at(once.found.length)).toBeUndefined();
        },
      ),
    );
  });

  test("through(row) finds every header starting on that row or above it", () => {
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 7 }), { maxLength: 14 }), (rows) => {
        const grid = new SheetGrid({ name: "S", originRow: 0, originCol: 0, values: rows, merges: [] });
        const once = new HeaderScan(grid);
        once.through(grid.bottom);
        for (let row = grid.top; row <= grid.bottom; row++) {
          const scan = new HeaderScan(grid);
          scan.through(row);
          expect(scan.found.filter((h) => h.row <= row)).toEqual(once.found.filter((h) => h.row <= row));
        }
      }),
    );
  });
});
