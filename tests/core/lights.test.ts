import { countLights, isAtLeast, itemLights, lightSeverity, worseLight, worstLight } from "../../src/core/lights";
import type { CheckedTable, ExecutionResult, Light } from "../../src/core/types";

describe("one order of severity: red > yellow > blue > green > none", () => {
  test("worstLight", () => {
    expect(worstLight(["green", "blue"])).toBe("blue");
    expect(worstLight(["blue", "yellow", "green"])).toBe("yellow");
    expect(worstLight(["none", "red", "yellow"])).toBe("red");
    expect(worstLight(["none", "none"])).toBe("none");
    expect(worstLight([])).toBe("none");
  });

  test("worseLight: the worse of two, either way round", () => {
    const order: Light[] = ["red", "yellow", "blue", "green", "none"];
    for (const a of order)
      for (const b of order) {
        expect(worseLight(a, b)).toBe(worstLight([a, b]));
        expect(worseLight(a, b)).toBe(worseLight(b, a));
      }
    expect(worseLight("none", "green")).toBe("green");
    expect(worseLight("blue", "yellow")).toBe("yellow");
  });

  test("severity and thresholds", () => {
    const order: Light[] = ["red", "yellow", "blue", "green", "none"];
    expect([...order].sort((a, b) => lightSeverity(b) - lightSeverity(a))).toEqual(order);
    expect(isAtLeast("red", "yellow")).toBe(true);
    expect(isAtLeast("yellow", "yellow")).toBe(true);
    expect(isAtLeast("blue", "yellow")).toBe(false);
    expect(isAtLeast("none", "red")).toBe(false);
  });
});

test("counting: every light, and a table's items are its execution and its indicators", () => {
  expect(countLights(["red", "red", "green", "none"])).toEqual({ red: 2, yellow: 0, blue: 0, green: 1, none: 1 });
  const table = (execution: Light | null) =>
    ({
      result: { execution: execution && ({ light: execution } as ExecutionResult), light: "none" },
      results: [{ light: "yellow" }, { light: "none" }],
    }) as unknown as CheckedTable;
  expect(itemLights(table("red"))).toEqual(["red", "yellow", "none"]);
  expect(itemLights(table(null))).toEqual(["yellow", "none"]);
});
