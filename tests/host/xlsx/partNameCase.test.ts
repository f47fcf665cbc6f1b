/**
 * Relationship targets spelled in another case than the zip's entries (xl/SharedStrings.xml, Worksheets/Sheet1.xml
 * where the entry is xl/worksheets/sheet1.xml), as some tools write them: part names are equal ignoring ASCII case
 * (ECMA-376 Part 2 [M1.12]), Excel and Microsoft's Open XML SDK open such a file. The check reads it as the sample,
 * writes into the entries as they are spelled (no second entry differing in case, the rest byte-identical), and a
 * second check of a copy whose notes are named so changes nothing.
 */
import path from "node:path";
import { readRels, relsPathOf, workbookMap } from "../../../src/host/xlsx/parts";
import { concat, openPackage, packPackage, partBytes, partText, setPartText } from "../../../src/host/xlsx/zip";
import { xlsxDriver } from "../../scenarios/drivers";

jest.setTimeout(60_000);

const SAMPLE = path.join(__dirname, "../../../assets/sample.xlsx");
const AS_OF = "2024-07-31";

/** The package with every target of `relsPart` naming a part inside xl/ spelled in capitals after each slash. */
function targetsRecased(bytes: Uint8Array, relsPart: string): Uint8Array {
  const pkg = openPackage(bytes);
  const recase = (target: string) =>
    target.replace(/(^|\/)([a-z])/g, (_, slash: string, c: string) => slash + c.toUpperCase());
  setPartText(
    pkg,
    relsPart,
    partText(pkg, relsPart)!.replace(/Target="([^"]+)"/g, (_, t: string) => `Target="${recase(t)}"`),
  );
  return concat(packPackage(pkg));
}

const lowerNames = (bytes: Uint8Array) => [...openPackage(bytes).parts.keys()].map((n) => n.toLowerCase());

const tablesOf = (outcome: Awaited<ReturnType<typeof xlsxDriver.check>>) =>
  outcome.check!.tables.map((t) => [
    t.table.sheet,
    t.table.name,
    t.table.spent?.value ?? null,
    t.table.indicators.length,
  ]);

test("sheets, shared strings and styles named in another case: read as the sample, written into the entries as spelled", async () => {
  const sample = await xlsxDriver.open(SAMPLE);
  const recased = targetsRecased(sample, "xl/_rels/workbook.xml.rels");
  expect(partText(openPackage(recased), "xl/_rels/workbook.xml.rels")).toContain('Target="Worksheets/Sheet1.xml"');

  const plain = await xlsxDriver.check(sample, false, AS_OF);
  const first = await xlsxDriver.check(recased, false, AS_OF);
  expect(tablesOf(first)).toEqual(tablesOf(plain));
  expect(await xlsxDriver.held(first.workbook)).toEqual(await xlsxDriver.held(plain.workbook));

  // One entry per part name (ignoring case), the untouched parts as they were.
  const names = lowerNames(first.workbook);
  expect(new Set(names).size).toBe(names.length);
  const before = openPackage(recased);
  const after = openPackage(first.workbook);
  for (const part of ["xl/sharedStrings.xml", "xl/theme/theme1.xml", "docProps/core.xml"])
    expect(partBytes(after, part)).toEqual(partBytes(before, part));
});

test("the checked copy's notes named in another case: a second check keeps one notes part per sheet and changes nothing", async () => {
  const once = (await xlsxDriver.check(await xlsxDriver.open(SAMPLE), false, AS_OF)).workbook;
  const pkg = openPackage(once);
  const noted = workbookMap(pkg).sheets.find(
    (s) => s.part && readRels(pkg, s.part).some((r) => r.type.endsWith("/comments")),
  )!;
  const recased = targetsRecased(once, relsPathOf(noted.part!));
  expect(partText(openPackage(recased), relsPathOf(noted.part!))).toMatch(/Target="\.\.\/Comments\d+\.xml"/);

  const again = (await xlsxDriver.check(recased, false, AS_OF)).workbook;
  expect(await xlsxDriver.held(again)).toEqual(await xlsxDriver.held(once));
  const names = lowerNames(again);
  expect(new Set(names).size).toBe(names.length);
  expect(names.filter((n) => /^xl\/comments\d+\.xml$/.test(n)).sort()).toEqual(
    lowerNames(once)
      .filter((n) => /^xl\/comments\d+\.xml$/.test(n))
      .sort(),
  );
});

test("the user's sheets named Sheet1.xml …: our new sheet takes no name equal to one of theirs ignoring case", async () => {
  const pkg = openPackage(await xlsxDriver.open(SAMPLE));
  const rels = "xl/_rels/workbook.xml.rels";
  let relsText = partText(pkg, rels)!;
  let types = partText(pkg, "[Content_Types].xml")!;
  for (const name of [...pkg.parts.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const capital = name.replace("/sheet", "/Sheet");
    pkg.parts.set(capital, pkg.parts.get(name)!);
    pkg.parts.delete(name);
    relsText = relsText.replace(`"${name.slice(3)}"`, `"${capital.slice(3)}"`);
    types = types.replace(`"/${name}"`, `"/${capital}"`);
  }
  setPartText(pkg, rels, relsText);
  setPartText(pkg, "[Content_Types].xml", types);
  const capitals = concat(packPackage(pkg));

  const once = (await xlsxDriver.check(capitals, false, AS_OF)).workbook;
  const names = lowerNames(once);
  expect(new Set(names).size).toBe(names.length);
  const again = (await xlsxDriver.check(once, false, AS_OF)).workbook;
  expect(await xlsxDriver.held(again)).toEqual(await xlsxDriver.held(once));
});
