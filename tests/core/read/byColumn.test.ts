import fc from "fast-check";
import { ByColumn } from "../../../src/core/read/indicatorHeader";

/** What a header's labels and roles were kept in before: a Map by column. ByColumn must answer as it did. */
describe("ByColumn answers as a Map by column would", () => {
  test("set, overwrite, delete and set again: the same values and the same order of columns", () => {
    const left = 3;
    const right = 12;
    const op = fc.record({
      del: fc.boolean(),
      col: fc.integer({ min: left, max: right }),
      value: fc.string({ minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const map = new Map<number, string>();
        const byColumn = new ByColumn<string>(left, right);
        for (const { del, col, value } of ops) {
          if (del) {
            map.delete(col);
            byColumn.delete(col);
          } else {
            map.set(col, value);
            byColumn.set(col, value);
          }
        }
        expect(byColumn.cols).toEqual([...map.keys()]);
        expect(byColumn.size).toBe(map.size);
        for (let c = left - 1; c <= right + 1; c++) {
          expect(byColumn.get(c)).toBe(map.get(c));
          expect(byColumn.has(c)).toBe(map.has(c));
        }
        // colOf (session 61: a loop, no closure per header): the first column in the Map's order holding the value.
        for (const value of new Set([...map.values(), "无"])) {
          expect(byColumn.colOf(value)).toBe([...map.entries()].find(([, v]) => v === value)?.[0]);
        }
      }),
    );
  });

  test("a column set again after it was deleted comes last, as in a Map", () => {
    const byColumn = new ByColumn<string>(0, 4);
    byColumn.set(1, "一级指标");
    byColumn.set(3, "指标值");
    byColumn.delete(1);
    byColumn.set(1, "一级指标");
    expect(byColumn.cols).toEqual([3, 1]);
  });
});
