/**
 * breaker51 — the clerk fills a formula down over our 预警 column and one row past the table, between two runs.
 * Excel saves a formula filled down as a shared formula (ECMA-376 Part 1 §18.3.1.40 f: t="shared"; the first cell,
 * the master, holds the text and the ref it covers, each other cell only <f t="shared" si="…"/> and reads the text from
 * the master, its relative references moved by its offset). The copy's writer rewrote the master (ours: 预警 is
 * ours to write) as a plain formula or a value and left the cell below the table holding `si` only: a shared formula
 * without a master, which Excel reports as unreadable content and drops — the clerk's formula in K16 gone.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../src/host/xlsx/write";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const SHEET = "xl/worksheets/sheet1.xml"; // 1 办公用品采购
const AS_OF = "2024-07-31";

function check(bytes: Uint8Array, formulas: boolean): Uint8Array {
  const { snapshot, pkg } = readWorkbookBytes(bytes);
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas });
  if (run.outcome !== "planned") throw new Error("no tables");
  return writeCheckedCopy(pkg, run.plan);
}

/** K14 filled down to K16 in Excel: K14 the master of K14:K16, K15 and K16 (a new row below the table) share it. */
function filledDown(bytes: Uint8Array): Uint8Array {
  const pkg = openPackage(bytes);
  let xml = partText(pkg, SHEET)!;
  const cell = (ref: string, f: string, v: string) => (x: string) => {
    const re = new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`);
    expect(x).toMatch(re);
    return x.replace(re, `<c r="${ref}" t="str">${f}<v>${v}</v></c>`);
  };
  xml = cell("K14", '<f t="shared" ref="K14:K16" si="7">PERF.LIGHT(F14,H14,监控时点,B14:C14)</f>', "绿")(xml);
  xml = cell("K15", '<f t="shared" si="7"/>', "绿")(xml);
  xml = xml.replace(
    /(<row r="15"[^>]*>.*?<\/row>)/,
    '$1<row r="16"><c r="K16" t="str"><f t="shared" si="7"/><v></v></c></row>',
  );
  setPartText(pkg, SHEET, xml);
  return concat(packPackage(pkg));
}

const formulaAt = (bytes: Uint8Array, row: number, col: number) => {
  const sheet = readWorkbookBytes(bytes).snapshot.sheets.find((s) => s.name === "1 办公用品采购")!;
  return sheet.formulas?.[row - sheet.originRow]?.[col - sheet.originCol] ?? null;
};

describe.each([
  { first: "formulas", second: "formulas" },
  { first: "formulas", second: "values" },
])("checked with $first, our 预警 filled down past the table, checked with $second", ({ first, second }) => {
  const filled = filledDown(check(new Uint8Array(readFileSync(SAMPLE)), first === "formulas"));
  const copy = check(filled, second === "formulas");

  test("the clerk's formula below the table is kept (main: K16 holds si only, its master gone)", () => {
    expect(formulaAt(filled, 15, 10)).toBe("PERF.LIGHT(F16,H16,监控时点,B16:C16)");
    expect(formulaAt(copy, 15, 10)).toBe("PERF.LIGHT(F16,H16,监控时点,B16:C16)");
    const xml = partText(openPackage(copy), SHEET)!;
    // Every cell sharing si="7" has its master in the copy.
    if (/<f [^>]*si="7"[^>]*\/>/.test(xml)) expect(xml).toMatch(/<f [^>]*si="7"[^>]*>[^<]+<\/f>/);
  });

  test("a further check gives the same workbook", () => {
    const again = check(copy, second === "formulas");
    expect(partText(openPackage(again), SHEET)).toBe(partText(openPackage(copy), SHEET));
  });
});
