/**
 * A damaged merge list (robustness.test.ts found one with fast-check): a merge starting left of column A must not
 * send the reader to column −2, which a cell reference wraps round to XFB (16,382).
 */
import { SheetGrid } from "../../../src/core/read/sheetGrid";

test("a merge starting left of column A or above row 1 starts at A / 1", () => {
  const grid = new SheetGrid({
    name: "S",
    originRow: 0,
    originCol: 1,
    values: [["产出指标", "数量指标"]],
    merges: [{ top: -1, left: -2, bottom: 0, right: 1 }],
  });
  expect(grid.merge(0, 1)).toEqual({ top: 0, left: 0, bottom: 0, right: 1 });
  expect(grid.master(0, 1)).toEqual({ row: 0, col: 0 });
});
