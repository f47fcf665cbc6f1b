/** typedPrint: what a row's input cells hold, as one print (the record's RowFor.typed). */
import { cellPrint, textPrint } from "../../../src/core/plan/fingerprint";
import { typedPrint } from "../../../src/core/plan/rowsFor";
import { SheetContents } from "../../../src/core/plan/sheetContents";
import type { WorkbookSnapshot } from "../../../src/core/types";

const contents = new SheetContents({
  sheets: [
    {
      name: "表",
      originRow: 0,
      originCol: 0,
      values: [
        ["a", null, null, null],
        ["b", 95, "", null],
      ],
      formulas: [
        [null, null, null, "SUM(A1)"],
        [null, null, null, null],
      ],
      merges: [],
    },
  ],
} as unknown as WorkbookSnapshot);

/** The print as the cells' own prints, left to right, joined. */
const byCells = (row: number, cols: number[]) =>
  textPrint(
    [...cols]
      .sort((a, b) => a - b)
      .map((col) => cellPrint(contents.value("表", row, col), contents.formula("表", row, col)))
      .join(""),
  );

test.each([
  [0, [1, 2]], // nothing typed (beyond the stored rows too)
  [5, [1, 2, 3]],
  [0, [2, 3]], // a formula
  [1, [2, 1]], // a number and an empty text, columns in any order
  [1, [2]],
])("row %i, columns %j: the print of its cells' prints", (row, cols) => {
  expect(typedPrint(contents, "表", row, cols)).toBe(byCells(row, cols));
});

test("rows with nothing typed print alike for as many cells; a typed cell changes the print", () => {
  expect(typedPrint(contents, "表", 0, [1, 2])).toBe(typedPrint(contents, "表", 7, [5, 6]));
  expect(typedPrint(contents, "表", 0, [1, 2])).not.toBe(typedPrint(contents, "表", 0, [1, 2, 4]));
  expect(typedPrint(contents, "表", 1, [1, 2])).not.toBe(typedPrint(contents, "表", 0, [1, 2]));
});
