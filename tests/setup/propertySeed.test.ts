import fc from "fast-check";
import { FIXED_PROPERTY_SEED, propertySeed } from "./propertySeed";

describe("property tests run under one seed", () => {
  it("is the fixed seed unless PERF_PROPERTY_SEED says otherwise, and it reaches the tests' fast-check", () => {
    expect(propertySeed(undefined)).toBe(FIXED_PROPERTY_SEED);
    expect(propertySeed("")).toBe(FIXED_PROPERTY_SEED);
    expect(propertySeed("361257002")).toBe(361257002);
    expect(propertySeed("random")).toEqual(expect.any(Number));
    expect(() => propertySeed("soon")).toThrow('PERF_PROPERTY_SEED: "random" or a whole number, not "soon"');
    // The setup file ran in this test file's module registry, so the fast-check it configured is this one.
    const setting = process.env.PERF_PROPERTY_SEED;
    expect(fc.readConfigureGlobal().seed).toEqual(setting === "random" ? expect.any(Number) : propertySeed(setting));
  });

  it("draws the same cases twice", () => {
    const draw = () => fc.sample(fc.integer(), 5);
    expect(draw()).toEqual(draw());
  });
});
