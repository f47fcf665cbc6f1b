/**
 * A workbook exported by a system built on .NET's Open XML SDK: SpreadsheetML under an "x:" prefix, the relationships
 * namespace declared as "r2" on each element that uses it. The reader sees the same tables; the checked copy is
 * well-formed in the sheet's own prefixes and holds what the copy of the plain file holds.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { mapSpreadsheetParts, prefixedWorkbook, relsPrefixInPlace, unprefixPart } from "./prefixedXml";
import { wellFormed } from "./otherToolsXml";
import { readRels, workbookMap } from "../../../src/host/xlsx/parts";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { elementPrefix, joinDoc, rootPrefix, splitDoc } from "../../../src/host/xlsx/xmlEdit";
import { openPackage, partBytes, partText } from "../../../src/host/xlsx/zip";
import { xlsxDriver } from "../../scenarios/drivers";

jest.setTimeout(60_000);

const SAMPLE = path.join(__dirname, "../../../assets/sample.xlsx");

/** Each text part's name and the error a namespace-aware parser finds in it (null: none). */
const partErrors = (bytes: Uint8Array) => {
  const pkg = openPackage(bytes);
  return [...pkg.parts.keys()]
    .filter((n) => /\.(xml|rels|vml)$/.test(n))
    .map((n) => [n, wellFormed(partText(pkg, n) ?? "")] as const);
};
const noErrors = (bytes: Uint8Array) => partErrors(bytes).map(([n]) => [n, null]);

/** The clerk's SpreadsheetML parts' elements written without a prefix, as "part: <name" (parts we add are our own). */
const unprefixedElements = (bytes: Uint8Array, clerks: Uint8Array) => {
  const pkg = openPackage(bytes);
  const theirs = openPackage(clerks).parts;
  return [...pkg.parts.keys()]
    .filter(
      (n) => theirs.has(n) && /^xl\/(workbook|sharedStrings|styles|comments\d+|worksheets\/sheet\d+)\.xml$/.test(n),
    )
    .flatMap((n) => [...(partText(pkg, n) ?? "").matchAll(/<([A-Za-z_][\w.-]*)[\s/>]/g)].map((m) => `${n}: <${m[1]}`));
};

/** The sheets' notes drawings: part of each sheet's legacyDrawing relationship, and how many vml parts there are. */
const vmlParts = (bytes: Uint8Array) => {
  const pkg = openPackage(bytes);
  return workbookMap(pkg)
    .sheets.filter((s) => s.part)
    .flatMap((s) => readRels(pkg, s.part!).filter((r) => r.type.endsWith("/vmlDrawing")))
    .map((r) => r.target)
    .sort();
};

describe("a workbook whose SpreadsheetML is prefixed (x:) and whose relationships prefix is r2", () => {
  test("the reader sees the same tables as in the plain file", async () => {
    const plain = readWorkbookBytes(await xlsxDriver.open(SAMPLE)).snapshot;
    const prefixed = readWorkbookBytes(prefixedWorkbook(await xlsxDriver.open(SAMPLE))).snapshot;
    expect(prefixed).toEqual(plain);
  });

  test.each([true, false])(
    "formulas %s: the copy is well-formed, holds what the plain file's copy holds, and a second run changes nothing",
    async (formulas) => {
      const plainInput = await xlsxDriver.open(SAMPLE);
      const input = prefixedWorkbook(plainInput);
      const once = (await xlsxDriver.check(input, formulas)).workbook;
      expect(partErrors(once)).toEqual(noErrors(once));
      // Every element we add in the sheet's own prefix: an unprefixed <row> in <x:sheetData> is in no namespace.
      expect(unprefixedElements(once, input)).toEqual([]);
      // Nothing lost or misread: spelled back without prefixes, it holds what the plain file's copy holds.
      const plainOnce = (await xlsxDriver.check(plainInput, formulas)).workbook;
      expect(await xlsxDriver.held(mapSpreadsheetParts(once, unprefixPart))).toEqual(await xlsxDriver.held(plainOnce));
      // The scenarios' held() reads the SDK's spelling itself, so a scenario on such a file compares something.
      const heldOnce = await xlsxDriver.held(once);
      expect(heldOnce).toEqual(await xlsxDriver.held(mapSpreadsheetParts(once, unprefixPart)));
      expect([...heldOnce.rules.values()].flat()).not.toEqual([]);
      for (const found of [heldOnce.notes, heldOnce.formats, heldOnce.widths]) expect(found.size).toBeGreaterThan(0);
      // The clerk's parts we have no business in stay byte for byte.
      const [before, after] = [openPackage(input), openPackage(once)];
      for (const part of ["xl/sharedStrings.xml", "xl/theme/theme1.xml", "docProps/core.xml"])
        expect(Buffer.from(partBytes(after, part)!).equals(Buffer.from(partBytes(before, part)!))).toBe(true);
      const again = (await xlsxDriver.check(once, formulas)).workbook;
      expect(partErrors(again)).toEqual(noErrors(again));
      expect(unprefixedElements(again, input)).toEqual([]);
      const held = async (bytes: Uint8Array) => xlsxDriver.held(mapSpreadsheetParts(bytes, unprefixPart));
      expect(await held(again)).toEqual(await held(once)); // rules, validations, notes: none twice
      expect(vmlParts(again)).toEqual(vmlParts(once));
      // ExcelJS matches qualified names ("worksheet", not "x:worksheet"), so it cannot open the clerk's file itself;
      // the copy spelled back without prefixes it opens, with every sheet.
      await expect(new ExcelJS.Workbook().xlsx.load(Buffer.from(input) as unknown as ArrayBuffer)).rejects.toThrow();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(mapSpreadsheetParts(again, unprefixPart)) as unknown as ArrayBuffer);
      expect(wb.worksheets.map((s) => s.name)).toEqual(workbookMap(openPackage(again)).sheets.map((s) => s.name));
    },
  );

  test("a sheet's notes drawing named through r2:id declared on <legacyDrawing> itself is found again", async () => {
    const once = (await xlsxDriver.check(await xlsxDriver.open(SAMPLE), false)).workbook;
    expect(vmlParts(once).length).toBeGreaterThan(0);
    const exported = mapSpreadsheetParts(once, relsPrefixInPlace);
    expect(partText(openPackage(exported), "xl/worksheets/sheet1.xml")).toMatch(
      /<legacyDrawing xmlns:r2="[^"]+" r2:id=/,
    );
    const again = (await xlsxDriver.check(exported, false)).workbook;
    expect(partErrors(again)).toEqual(noErrors(again));
    expect(vmlParts(again)).toEqual(vmlParts(once)); // the same drawings, no second one beside each
    expect(await xlsxDriver.held(again)).toEqual(await xlsxDriver.held(once));
  });

  test("a checked copy exported again by the SDK (notes included): the next check finds its notes and rules", async () => {
    const once = (await xlsxDriver.check(await xlsxDriver.open(SAMPLE), true)).workbook;
    const exported = prefixedWorkbook(once);
    expect(partText(openPackage(exported), "xl/comments1.xml")).toMatch(/^<\?xml[^>]*>\s*<x:comments /);
    const again = (await xlsxDriver.check(exported, true)).workbook;
    expect(partErrors(again)).toEqual(noErrors(again));
    expect(unprefixedElements(again, exported)).toEqual([]);
    expect(vmlParts(again)).toEqual(vmlParts(once));
    expect(await xlsxDriver.held(again)).toEqual(await xlsxDriver.held(once));
  });
});

describe("xmlEdit: the prefix an element binds a namespace to", () => {
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

  test("declared on the root's tag, never on the XML declaration before it", () => {
    const doc = splitDoc(`${DECL}<x:worksheet xmlns:x="urn:main"><x:sheetData/></x:worksheet>`);
    expect(rootPrefix(doc, R, "r")).toBe("r:");
    expect(doc.head).toBe(`${DECL}<x:worksheet xmlns:x="urn:main" xmlns:r="${R}">`);
    expect(rootPrefix(doc, R, "r")).toBe("r:"); // once
    expect(wellFormed(`${joinDoc(doc).replace("<x:sheetData/>", '<x:drawing r:id="rId1"/>')}`)).toBeNull();
  });

  test("a prefix the root gives to another namespace is not bound twice", () => {
    const doc = splitDoc(`<worksheet xmlns="urn:main" xmlns:r="urn:other" xmlns:r1="urn:more"/>`);
    expect(rootPrefix(doc, R, "r")).toBe("r2:");
    expect(doc.head).toContain(`xmlns:r2="${R}"`);
  });

  test("the element's own declaration first, then the root's, else none", () => {
    const doc = splitDoc(
      `<x:worksheet xmlns:x="urn:main" xmlns:rr="${R}"><x:legacyDrawing rr:id="rId1"/></x:worksheet>`,
    );
    expect(elementPrefix(doc, `<x:legacyDrawing xmlns:r2="${R}" r2:id="rId3"/>`, R)).toBe("r2:");
    expect(elementPrefix(doc, '<x:legacyDrawing rr:id="rId3"/>', R)).toBe("rr:");
    expect(elementPrefix(splitDoc("<worksheet/>"), '<legacyDrawing id="rId3"/>', R)).toBeNull();
  });
});
