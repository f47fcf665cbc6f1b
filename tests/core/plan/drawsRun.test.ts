/**
 * hosts62: below ExcelApi 1.15 a series named as ours is told by what it draws (ChartSeries.getDimensionValues, as
 * text): ours when it is a run of our column's cells, the clerk's when it is numbers that are not, and by its name
 * (undefined) when the text is in a form not understood — Excel's form is on no page.
 */
import { drawsRun } from "../../../src/core/plan/summary";

const column = [null, "执行率", 0.85, 1, 0.333333333333333, null, 12];
const cell = (row: number) => column[row] ?? null;

describe("drawsRun", () => {
  test("a run of the column's cells, by value", () => {
    expect(drawsRun(["0.85", "1", "0.333333333333333"], cell, 2, 4)).toBe(true);
    expect(drawsRun(["1", "3.33333333333333E-01", ""], cell, 2, 4)).toBe(true); // one row lower, an exponent
  });
  test("numbers that are no run of the column: false", () => {
    expect(drawsRun(["0.85", "1", "0.5"], cell, 2, 4)).toBe(false);
    expect(drawsRun(["120000", "80000"], cell, 2, 4)).toBe(false);
  });
  test("a run starting before `first` or after `last` is not looked for", () => {
    expect(drawsRun(["0.85", "1"], cell, 3, 4)).toBe(false);
  });
  test("a form not understood (a percent, grouping): undefined, told by name", () => {
    expect(drawsRun(["85%", "100%", "33%"], cell, 2, 4)).toBeUndefined();
    expect(drawsRun(["120,000"], cell, 2, 4)).toBeUndefined();
  });
  test("text and errors by their text", () => {
    const texts = ["执行率", { error: "#DIV/0!" }];
    expect(drawsRun(["执行率", "#DIV/0!"], (r) => texts[r] ?? null, 0, 0)).toBe(true);
  });
});
