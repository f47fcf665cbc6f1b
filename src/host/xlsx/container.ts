import { say, type Message } from "../../core/locale/messages";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** A compound file (MS-CFB 2.2: the header signature D0 CF 11 E0 A1 B1 1A E1): .xls, .et, or an encrypted .xlsx. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/**
 * An .xlsx with a password to open is a compound file holding the encrypted package in a stream named
 * "EncryptedPackage" (MS-OFFCRYPTO 2.3.4.4); directory entries store their names in UTF-16LE (MS-CFB 2.6.1).
 */
const ENCRYPTED_PACKAGE = Array.from("EncryptedPackage").flatMap((c) => [c.charCodeAt(0), 0]);

const startsWith = (data: Uint8Array, magic: number[]) => magic.every((b, i) => data[i] === b);

/**
 * Why these bytes are no workbook the reader can open, as a clerk would be told it — or null for a zip
 * (the reader then looks inside). A password-protected .xlsx and an old binary .xls / .et are both
 * compound files, but the clerk's remedy differs: remove the password, or save as .xlsx.
 */
export function containerProblem(data: Uint8Array): Message | null {
  if (data.length === 0) return say("file.empty", {});
  if (startsWith(data, ZIP_MAGIC)) return null;
  if (isHtmlOrXmlTable(data)) return say("file.html-or-xml-table", {});
  if (!startsWith(data, CFB_MAGIC)) return say("file.not-xlsx", {});
  return indexOf(data, ENCRYPTED_PACKAGE) >= 0 ? say("file.encrypted", {}) : say("file.legacy-binary", {});
}

/**
 * Text that Excel and WPS open as a table: an HTML page, or an XML Spreadsheet 2003 document (its namespace
 * urn:schemas-microsoft-com:office:spreadsheet). Read from its first 4 kB, as ASCII: the markup that tells is.
 */
function isHtmlOrXmlTable(data: Uint8Array): boolean {
  const head = String.fromCharCode(...data.subarray(0, 4096)).toLowerCase();
  return (
    /^(\xef\xbb\xbf)?\s*</.test(head) &&
    (/<html|<table/.test(head) || head.includes("urn:schemas-microsoft-com:office:spreadsheet"))
  );
}

/** Plain JavaScript: this module also runs in the browser (the standalone page), where there is no Buffer. */
function indexOf(data: Uint8Array, needle: number[]): number {
  const last = data.length - needle.length;
  for (let i = 0; i <= last; i++) {
    if (data[i] !== needle[0]) continue;
    let j = 1;
    while (j < needle.length && data[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}
