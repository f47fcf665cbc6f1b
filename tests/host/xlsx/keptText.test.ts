/**
 * The reader keeps the text of each worksheet it parsed for the writer, which patches the same sheets (zip.ts
 * keepText): the copy must be the one written from a package that kept nothing, and a kept text must never stand
 * in for a part that was replaced since.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../../src/host/xlsx/write";
import { keepText, openPackage, partBytes, partText, setPartText, type Package } from "../../../src/host/xlsx/zip";

const ROOT = path.join(__dirname, "../../..");

function parts(bytes: Uint8Array): [string, string][] {
  const pkg = openPackage(bytes);
  return [...pkg.parts.keys()].map((name) => [name, Buffer.from(partBytes(pkg, name)!).toString("latin1")]);
}

describe.each(["assets/sample.xlsx", "tests/fixtures/seed-per-sheet.xlsx", "tests/fixtures/seed-one-sheet.xlsx"])(
  "%s",
  (file) => {
    it("is copied alike from the reader's package (worksheets' text kept) and from a fresh one", () => {
      const bytes = new Uint8Array(readFileSync(path.join(ROOT, file)));
      const { snapshot, pkg } = readWorkbookBytes(bytes);
      const sheets = [...pkg.parts.keys()].filter((name) => name.startsWith("xl/worksheets/sheet"));
      expect([...(pkg.kept?.texts.keys() ?? [])].sort()).toEqual(sheets.sort());
      const settings = settingsFor(snapshot, { asOf: "2024-07-31", lang: "zh" }, "2024-07-31");
      const run = runPipeline(snapshot, settings, { formulas: false, wholeFile: true });
      if (run.outcome !== "planned") throw new Error("no tables");
      expect(parts(writeCheckedCopy(pkg, run.plan))).toEqual(parts(writeCheckedCopy(bytes, run.plan)));
    });
  },
);

describe("keepText", () => {
  function packageOf(file: string): Package {
    return openPackage(new Uint8Array(readFileSync(path.join(ROOT, file))));
  }

  it("hands a kept text out once; a part replaced since is read as replaced", () => {
    const pkg = packageOf("assets/sample.xlsx");
    const sheet = "xl/worksheets/sheet1.xml";
    keepText(pkg, sheet, "kept");
    expect(partText(pkg, sheet)).toBe("kept");
    expect(partText(pkg, sheet)).toMatch(/^<\?xml/);
    keepText(pkg, sheet, "kept");
    setPartText(pkg, sheet, "<worksheet/>");
    expect(partText(pkg, sheet)).toBe("<worksheet/>");
  });

  it("keeps at most 8 M characters in all, so a workbook of large sheets does not hold them through the check", () => {
    const pkg = packageOf("assets/sample.xlsx");
    keepText(pkg, "a", "x".repeat(6 * 1024 * 1024));
    keepText(pkg, "b", "y".repeat(3 * 1024 * 1024));
    keepText(pkg, "c", "z".repeat(2 * 1024 * 1024));
    expect([...(pkg.kept?.texts.keys() ?? [])]).toEqual(["a", "c"]);
  });
});
