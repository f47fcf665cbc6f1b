import { appended } from "../../src/core/lists";

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
