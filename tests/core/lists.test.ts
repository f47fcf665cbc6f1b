import fc from "fast-check";
import { appended, sortedShort } from "../../src/core/lists";

describe("appended: a short list started with its first item", () => {
  test("no list yet: a new list of just the item", () => {
    expect(appended(null, 1)).toEqual([1]);
    expect(appended(undefined, "a")).toEqual(["a"]);
  });

  test("a list: the item pushed onto that same list", () => {
    const list = [1, 2];
    expect(appended(list, 3)).toBe(list);
    expect(list).toEqual([1, 2, 3]);
  });

  test("built up from nothing, the items in order", () => {
    let list: number[] | null = null;
    for (let i = 0; i < 5; i++) list = appended(list, i);
    expect(list).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("sortedShort: the order Array.prototype.sort gives, sorted in place", () => {
  test("any list of ranges, short or long, with ties: the same order (stable), the same list", () => {
    const range = fc.record({
      top: fc.integer({ min: 0, max: 5 }),
      left: fc.integer({ min: 0, max: 3 }),
      id: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(range, { maxLength: 40 }), (ranges) => {
        const byTop = (a: { top: number }, b: { top: number }) => a.top - b.top;
        const expected = [...ranges].sort(byTop);
        const list = [...ranges];
        expect(sortedShort(list, byTop)).toBe(list);
        expect(list).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  test("numbers, in order already or not", () => {
    expect(sortedShort([3, 1, 2, 1], (a, b) => a - b)).toEqual([1, 1, 2, 3]);
    expect(sortedShort([1, 2, 3], (a, b) => a - b)).toEqual([1, 2, 3]);
    expect(sortedShort([], (a: number, b: number) => a - b)).toEqual([]);
  });
});
