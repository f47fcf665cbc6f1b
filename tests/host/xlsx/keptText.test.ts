/**
 * The CLI reads a workbook and writes its copy from the same package: the worksheets' texts the reader decoded are
 * kept for the writer (zip.ts keepText), each read from the package at most twice and never in place of a part
 * the writer has replaced or removed since.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../../src/host/xlsx/write";
import { KEEP_TEXT_CHARS, keepText, openPackage, partBytes, partText, setPartText } from "../../../src/host/xlsx/zip";

const SAMPLE = readFileSync(path.join(__dirname, "../../../assets/sample.xlsx"));

/** Every part's name and bytes, in order (the zip's timestamps are the time of packing). */
function parts(bytes: Uint8Array): [string, string][] {
  const pkg = openPackage(bytes);
  return [...pkg.parts.keys()].map((name) => [name, Buffer.from(partBytes(pkg, name)!).toString("latin1")]);
}

function checked(keep: boolean) {
  const read = readWorkbookBytes(SAMPLE, undefined, { keepText: keep });
  const settings = settingsFor(read.snapshot, { asOf: "2024-07-31", lang: "zh" }, "2024-07-31");
  const run = runPipeline(read.snapshot, settings, { formulas: false, wholeFile: true });
  if (run.outcome !== "planned") throw new Error("no tables");
  const keptAfterReading = read.pkg.kept ? [...read.pkg.kept.texts.keys()] : [];
  return { copy: writeCheckedCopy(read.pkg, run.plan), keptAfterReading, keptAfterWriting: read.pkg.kept?.texts.size };
}

test("the copy written from a package that kept its worksheets' texts is the copy written without", () => {
  const kept = checked(true);
  expect(kept.keptAfterReading.length).toBeGreaterThan(0);
  expect(kept.keptAfterReading.every((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))).toBe(true);
  expect(kept.keptAfterWriting).toBeLessThan(kept.keptAfterReading.length); // the writer took those it patched
  expect(parts(kept.copy)).toEqual(parts(checked(false).copy));
});

describe("a kept text", () => {
  const sheet = "xl/worksheets/sheet1.xml";

  it("is read once more, then the part is read from its bytes again", () => {
    const pkg = openPackage(SAMPLE, undefined, { keepText: true });
    const text = partText(pkg, sheet)!;
    keepText(pkg, sheet, "kept");
    expect(partText(pkg, sheet)).toBe("kept");
    expect(partText(pkg, sheet)).toBe(text);
  });

  it("is not read for a part replaced or removed since it was kept", () => {
    const pkg = openPackage(SAMPLE, undefined, { keepText: true });
    keepText(pkg, sheet, "kept");
    setPartText(pkg, sheet, "<worksheet/>");
    expect(partText(pkg, sheet)).toBe("<worksheet/>");
    keepText(pkg, sheet, "kept");
    pkg.parts.delete(sheet);
    expect(partText(pkg, sheet)).toBeNull();
  });

  it("is kept while the package has room for it: a workbook of large sheets keeps those that fit", () => {
    const pkg = openPackage(SAMPLE, undefined, { keepText: true });
    const other = "xl/worksheets/sheet2.xml";
    keepText(pkg, sheet, "x".repeat(KEEP_TEXT_CHARS - 10));
    keepText(pkg, other, "y".repeat(11)); // no room left for it
    expect(partText(pkg, other)).not.toBe("y".repeat(11));
    keepText(pkg, other, "y".repeat(10));
    expect(partText(pkg, other)).toBe("y".repeat(10));
    expect(partText(pkg, sheet)).toHaveLength(KEEP_TEXT_CHARS - 10);
  });

  it("is not kept by a package opened without keeping texts", () => {
    const pkg = openPackage(SAMPLE);
    const text = partText(pkg, sheet)!;
    keepText(pkg, sheet, "kept");
    expect(partText(pkg, sheet)).toBe(text);
    expect(pkg.kept).toBeUndefined();
  });
});
