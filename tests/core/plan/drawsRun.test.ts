/**
 * hosts62: below ExcelApi 1.15 a series named as ours is told by what it draws (ChartSeries.getDimensionValues, as
 * text): ours when it is a run of our column's cells, the clerk's when it is numbers that are not, and by its name
 * (undefined) when the text is in a form not understood — Excel's form is on no page.
 */
import { drawsRun, followsOurColumn, pickOurSeries, seriesOverCopy } from "../../../src/core/plan/summary";
import type { CellValue, SheetSnapshot } from "../../../src/core/types";

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

/**
 * hosts63: which series named as ours is ours below 1.15 (pickOurSeries): of several drawing our column's numbers the
 * first (a series added goes after ours); one alone over numbers other cells hold too is the clerk's copy.
 */
describe("pickOurSeries", () => {
  const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({
    name,
    originRow: 0,
    originCol: 0,
    values,
    merges: [],
  });
  const summary = sheet("监控汇总", [["执行率"], [0.85], [1]]);
  const ours = { sheet: "监控汇总", col: 0, first: 1, last: 2 };
  const spellings = ["执行率", "Execution rate"];
  const named = (...drawn: (string[] | undefined)[]) => drawn.map((d) => ({ name: "执行率", drawn: d }));

  test("one named as ours over our numbers, no copy: it", () => {
    expect(pickOurSeries(named(["0.85", "1"]), spellings, [summary], ours)).toBe(0);
    expect(pickOurSeries(named(undefined), spellings, [summary], ours)).toBe(0); // not read: by its name
  });
  test("one alone over numbers another sheet holds too: the clerk's", () => {
    const copy = sheet("报表", [
      [null, 0.85],
      [null, 1],
    ]);
    expect(pickOurSeries(named(["0.85", "1"]), spellings, [summary, copy], ours)).toBe(-1);
    const along = sheet("报表", [[0.85, 1]]); // pasted along a row
    expect(pickOurSeries(named(["0.85", "1"]), spellings, [summary, along], ours)).toBe(-1);
  });
  // breaker64: the one passed over for a copy is named, to be looked at again once our column is written.
  test("seriesOverCopy: the one passed over for a copy; none where one is taken or none is named as ours", () => {
    const copy = sheet("报表", [[0.85], [1]]);
    expect(seriesOverCopy(named(["0.85", "1"]), spellings, [summary, copy], ours)).toBe(0);
    expect(seriesOverCopy(named(["0.85", "1"]), spellings, [summary], ours)).toBe(-1);
    expect(seriesOverCopy(named(["0.85", "1"], ["0.85", "1"]), spellings, [summary, copy], ours)).toBe(-1);
    expect(seriesOverCopy(named(["0.5", "1"]), spellings, [summary, copy], ours)).toBe(-1);
  });
  test("zeros or empties copied tell nothing", () => {
    const zeros = sheet("监控汇总", [["执行率"], [0], [0]]);
    const copy = sheet("报表", [[0], [0]]);
    expect(pickOurSeries(named(["0", "0"]), spellings, [zeros, copy], ours)).toBe(0);
  });
  test("several over our numbers: the first; one over other numbers or named otherwise is never taken", () => {
    const copy = sheet("报表", [[0.85], [1]]);
    expect(pickOurSeries(named(["0.5", "1"], ["0.85", "1"], ["0.85", "1"]), spellings, [summary, copy], ours)).toBe(1);
    expect(pickOurSeries(named(["0.5", "1"]), spellings, [summary], ours)).toBe(-1);
    const told = [
      { name: null, drawn: ["0.85", "1"] },
      { name: "计划进度", drawn: ["0.85", "1"] },
    ];
    expect(pickOurSeries(told, spellings, [summary], ours)).toBe(-1);
  });
});

/**
 * breaker64: a series passed over for drawing numbers a copy holds too is ours when, read again after our column is
 * written, it draws other numbers than before and they are a run of our column.
 */
describe("followsOurColumn", () => {
  const written = [null, "执行率", 0.85, 0.5, null];
  const cell = (row: number) => written[row] ?? null;
  test("changed with our column: ours", () => {
    expect(followsOurColumn(["0.85", "1", "0.5"], ["0.85", "0.5", ""], cell, 2, 3)).toBe(true);
  });
  test("unchanged (a copy pasted as values), or changed to numbers our column does not hold: not ours", () => {
    expect(followsOurColumn(["0.85", "0.5"], ["0.85", "0.5"], cell, 2, 3)).toBe(false);
    expect(followsOurColumn(["0.85", "1"], ["0.85", "2"], cell, 2, 3)).toBe(false);
  });
});
