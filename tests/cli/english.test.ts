/** `--lang en`: the report's own words are English; the user's names stay as written. */
import { readFileSync } from "fs";
import { join } from "path";
import { fileReport } from "../../src/cli/report";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS } from "../../src/core/types";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";

const HAN = /[\u3400-\u9fff\uf900-\ufaff\uff01-\uff5e]/;

test("the English report holds no Chinese but the workbook's own text", async () => {
  const { snapshot } = await snapshotFromXlsx(readFileSync(join(__dirname, "..", "..", "assets", "sample.xlsx")));
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, lang: "en", asOf: "2024-12-31" });
  const lines = fileReport("sample.xlsx", "sample.checked.xlsx", check, "en");
  const theirs = [
    ...new Set(snapshot.sheets.flatMap((s) => [s.name, ...s.values.flat().filter((v) => typeof v === "string")])),
  ]
    .map((t) => String(t).trim())
    .filter((t) => HAN.test(t))
    .sort((a, b) => b.length - a.length);
  const ours = lines
    // Quoted text counts as theirs only when it is part of one of their cells.
    .map((line) =>
      line.replace(/“([^”]*)”/g, (whole, q: string) => (theirs.some((t) => t.includes(q)) ? "“…”" : whole)),
    )
    .map((line) => theirs.reduce((rest, t) => rest.split(t).join("…"), line))
    .filter((rest) => HAN.test(rest));
  expect(lines.some((l) => /target (≥|≤|Qualitative|by )/.test(l))).toBe(true);
  expect(ours).toEqual([]);
});
