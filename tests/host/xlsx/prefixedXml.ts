/**
 * A workbook as a generator built on .NET's Open XML SDK exports it: every SpreadsheetML element under an "x:" prefix
 * (`<x:worksheet xmlns:x="…/main"><x:sheetData><x:row>…`), and the relationships namespace bound to "r2" on each
 * element that uses it rather than "r" at the root. The same names and values, only spelled otherwise (Namespaces in
 * XML 1.0 §6: what counts is the expanded name, namespace and local name, never the prefix).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** r:id declared at the root → r2:id declared on each element that has one. */
export function relsPrefixInPlace(xml: string): string {
  return xml.replace(` xmlns:r="${REL}"`, "").replace(/\sr:id="/g, ` xmlns:r2="${REL}" r2:id="`);
}

/** One SpreadsheetML part with its default namespace turned into "x:" (and its relationships into r2, in place). */
export function prefixPart(xml: string): string {
  if (!xml.includes(`xmlns="${MAIN}"`)) return xml;
  return relsPrefixInPlace(
    xml
      .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
      .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, (_m, slash: string, name: string) => `<${slash}x:${name}`),
  );
}

/** The reverse, for comparing with a run on the plain file: "x:" dropped again, r2 back to r at the root. */
export function unprefixPart(xml: string): string {
  if (!xml.includes(`xmlns:x="${MAIN}"`)) return xml;
  return xml
    .replace(`xmlns:x="${MAIN}"`, `xmlns="${MAIN}"`)
    .replace(/<(\/?)x:/g, "<$1")
    .replace(new RegExp(` xmlns:r2="${REL}" r2:id="`, "g"), ' r:id="');
}

const SPREADSHEETML = /^xl\/(workbook|sharedStrings|styles|comments\d+|worksheets\/sheet\d+)\.xml$/;

/** The package with `edit` applied to its workbook, sheets, notes, shared strings and styles; other parts as they are. */
export function mapSpreadsheetParts(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  for (const name of Object.keys(files))
    if (SPREADSHEETML.test(name)) files[name] = strToU8(edit(strFromU8(files[name])));
  return zipSync(files);
}

/** The package with its workbook, sheets, shared strings and styles written as the SDK writes them. */
export const prefixedWorkbook = (bytes: Uint8Array) => mapSpreadsheetParts(bytes, prefixPart);
