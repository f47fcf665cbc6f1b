import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { en } from "../../src/taskpane/strings/en";
import { zh } from "../../src/taskpane/strings/zh";
import { format, translator } from "../../src/taskpane/strings";

// "{count}" or, in English, "{count:indicator}" (the count with its noun).
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]).sort();

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
    expect(translator("en")("lagPoints", { lag: "14.1" })).toBe("14.1 points behind");
    expect(translator("zh")("lagPoints", { lag: "14.1" })).toBe("滞后 14.1 个百分点");
  });

  it("says an English count's noun in the singular after 1 (was “1 projects, 1 indicators”)", () => {
    const t = translator("en");
    expect(t("resultSummary", { tables: 1, indicators: 1, asOf: "2024-07-31" })).toBe(
      "1 project, 1 indicator, as of 2024-07-31",
    );
    expect(t("resultSummary", { tables: 2, indicators: 0, asOf: "2024-07-31" })).toBe(
      "2 projects, 0 indicators, as of 2024-07-31",
    );
    expect(t("countChipLabel", { light: "Red", count: 1 })).toBe("Red: 1 project");
    expect(t("shownProjects", { shown: 1, total: 1 })).toBe("Showing 1 of 1 project");
    expect(t("progress_tables", { name: "a.xlsx", done: 0, total: 1 })).toBe("Showing a.xlsx: 0 of 1 table…");
    expect(format("{n:copy|copies}, {m:copy|copies}", { n: 1, m: 2 })).toBe("1 copy, 2 copies");
    expect(format("{n:copy|copies}", {})).toBe("{n:copy|copies}");
    expect(translator("zh")("resultSummary", { tables: 1, indicators: 1, asOf: "2024-07-31" })).not.toMatch(/[a-z]/);
  });
});

/** The pane's code (not its string tables): where it asks for a string by key. */
function paneCode(): string {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
    );
  const root = path.join(__dirname, "../../src/taskpane");
  return walk(root)
    .filter((file) => !file.startsWith(path.join(root, "strings")))
    .map((file) => readFileSync(file, "utf8"))
    .join("\n");
}

// pane69: eight strings (budgetValue “{value} 万元”, errorTitle “出错了”, …) were kept in step in both languages and
// shown nowhere. A key is used when the code names it in quotes, or builds it as `prefix_${…}` (status_, error_ …).
it("every string is one the pane shows", () => {
  const code = paneCode();
  const built = [...code.matchAll(/`(\w+_)\$\{/g)].map((m) => m[1]);
  const unused = Object.keys(zh).filter(
    (key) => !code.includes(`"${key}"`) && !built.some((prefix) => key.startsWith(prefix)),
  );
  expect(unused).toEqual([]);
});
