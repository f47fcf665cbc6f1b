import { en } from "../../src/taskpane/strings/en";
import { zh } from "../../src/taskpane/strings/zh";
import { format, translator } from "../../src/taskpane/strings";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("string tables", () => {
  it("zh and en have exactly the same keys", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it("no string is empty and each key uses the same placeholders in both languages", () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[key].length).toBeGreaterThan(0);
      expect(en[key].length).toBeGreaterThan(0);
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({ key, placeholders: placeholders(zh[key]) });
    }
  });

  it("format fills placeholders and leaves unknown ones visible", () => {
    expect(format("{a} 和 {b}", { a: 1 })).toBe("1 和 {b}");
    expect(translator("en")("lagPoints", { lag: "14.1" })).toBe("14.1 points behind plan");
    expect(translator("zh")("lagPoints", { lag: "14.1" })).toBe("滞后 14.1 个百分点");
  });
});
