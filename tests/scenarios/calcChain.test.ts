/**
 * breaker51 — a workbook checked by the add-in (formulas, its default), saved by Excel, then checked by the command line
 * (values, its default). Excel saves a calculation chain with every workbook that has formulas (xl/calcChain.xml,
 * ECMA-376 Part 1 §18.6: each <c r="…" i="sheetId"> a formula cell, in the order last calculated). The copy turned our
 * formulas into values and kept the chain as it was: a chain naming cells without a formula, which Excel reports on
 * opening ("Removed Records: Formula from /xl/calcChain.xml part", dotnet/Open-XML-SDK #1457; the SDK team: removing
 * formulas is what makes Excel check the chain, and the Excel team's advice is to remove the part, #1491). Excel
 * builds the chain anew when the part is absent (it is optional: §18.6).
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../src/host/xlsx/write";
import { workbookMap } from "../../src/host/xlsx/parts";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const AS_OF = "2024-07-31";
const CALC_CHAIN = "xl/calcChain.xml";

function check(bytes: Uint8Array, formulas: boolean): Uint8Array {
  const { snapshot, pkg } = readWorkbookBytes(bytes);
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas });
  if (run.outcome !== "planned") throw new Error("no tables");
  return writeCheckedCopy(pkg, run.plan);
}

/** The copy as Excel saves it: a chain of every formula cell of every sheet, with its relationship and content type. */
function savedByExcel(bytes: Uint8Array): Uint8Array {
  const pkg = openPackage(bytes);
  const map = workbookMap(pkg);
  let chain = "";
  for (const sheet of map.sheets) {
    const xml = partText(pkg, sheet.part!)!;
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*(?<!\/)>(?:(?!<\/c>).)*?<f[ >]/g))
      chain += `<c r="${m[1]}" i="${sheet.sheetId}"/>`;
  }
  expect(chain).not.toBe("");
  setPartText(
    pkg,
    CALC_CHAIN,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${chain}</calcChain>`,
  );
  const rels = "xl/_rels/workbook.xml.rels";
  setPartText(
    pkg,
    rels,
    partText(pkg, rels)!.replace(
      "</Relationships>",
      '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    ),
  );
  setPartText(
    pkg,
    "[Content_Types].xml",
    partText(pkg, "[Content_Types].xml")!.replace(
      "</Types>",
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ),
  );
  return concat(packPackage(pkg));
}

/** The cells the chain names that hold no formula (what Excel removes, saying the file is damaged). */
function chainWithoutFormula(bytes: Uint8Array): string[] {
  const pkg = openPackage(bytes);
  const chain = partText(pkg, CALC_CHAIN);
  if (chain === null) return [];
  const map = workbookMap(pkg);
  const formulaCells = new Map(
    map.sheets.map((s) => {
      const sheet = readWorkbookBytes(bytes).snapshot.sheets.find((x) => x.name === s.name);
      const cells = new Set<string>();
      sheet?.formulas?.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f) cells.add(`${r + sheet.originRow},${c + sheet.originCol}`);
        }),
      );
      return [String(s.sheetId), cells] as const;
    }),
  );
  return [...chain.matchAll(/<c r="([A-Z]+)(\d+)" i="(\d+)"\/>/g)]
    .filter(([, letters, row, i]) => {
      const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return !formulaCells.get(i)?.has(`${Number(row) - 1},${col}`);
    })
    .map(([, letters, row, i]) => `${i}!${letters}${row}`);
}

const saved = savedByExcel(check(new Uint8Array(readFileSync(SAMPLE)), true));

test("checked again in values mode: no chain naming a cell without a formula (main: every PERF cell of ours)", () => {
  expect(chainWithoutFormula(saved)).toEqual([]);
  const copy = check(saved, false);
  expect(chainWithoutFormula(copy)).toEqual([]);
  const pkg = openPackage(copy);
  expect(pkg.parts.has(CALC_CHAIN)).toBe(false);
  expect(partText(pkg, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
  expect(partText(pkg, "[Content_Types].xml")).not.toContain("calcChain");
  // Nothing else of the file goes: every other part is still there.
  expect([...pkg.parts.keys()].sort()).toEqual(
    [...openPackage(saved).parts.keys()].filter((p) => p !== CALC_CHAIN).sort(),
  );
});

test("checked again in formulas mode: the formulas stay, and so does the chain, byte for byte", () => {
  const copy = check(saved, true);
  expect(partText(openPackage(copy), CALC_CHAIN)).toBe(partText(openPackage(saved), CALC_CHAIN));
  expect(chainWithoutFormula(copy)).toEqual([]);
});
