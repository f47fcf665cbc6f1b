import { say, type Message } from "../../core/locale/messages";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** A compound file (MS-CFB 2.2: the header signature D0 CF 11 E0 A1 B1 1A E1): .xls, .et, or an encrypted .xlsx. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/**
 * An .xlsx with a password to open is a compound file whose root storage holds the encrypted package in a stream
 * named "EncryptedPackage" (MS-OFFCRYPTO 2.3.4.4).
 */
const ENCRYPTED_PACKAGE = "ENCRYPTEDPACKAGE";

/**
 * The packages the reader opens, with the content type each is given: a workbook, macro-enabled or not, or a
 * template of either — Excel's template is the same package with its workbook part under another content type
 * (ECMA-376 Part 1, 12.3.23). The one list the file names, the page's file picker and the messages follow.
 * `main`: the content type of the package's workbook part, which tells the four apart ([Content_Types].xml; the
 * macro-enabled ones as Excel writes them, Apache POI's XSSFRelation MACRO_WORKBOOK / MACRO_TEMPLATE_WORKBOOK).
 */
const WORKBOOK_KINDS = [
  {
    ext: ".xlsx",
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    main: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  },
  {
    ext: ".xlsm",
    type: "application/vnd.ms-excel.sheet.macroEnabled.12",
    main: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  },
  {
    ext: ".xltx",
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
    main: "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
  },
  {
    ext: ".xltm",
    type: "application/vnd.ms-excel.template.macroEnabled.12",
    main: "application/vnd.ms-excel.template.macroEnabled.main+xml",
  },
] as const;

export const WORKBOOK_NAME = new RegExp(`(${WORKBOOK_KINDS.map((k) => `\\${k.ext}`).join("|")})$`, "i");

/** ".xlsx / .xlsm / .xltx / .xltm": what a message names as the files that can be checked. */
export const WORKBOOK_EXTENSIONS = WORKBOOK_KINDS.map((k) => k.ext).join(" / ");

/** The file picker's accept= (HTML: extensions and MIME types, comma-separated). */
export const WORKBOOK_ACCEPT = [...WORKBOOK_KINDS.map((k) => k.ext), ...WORKBOOK_KINDS.map((k) => k.type)].join(",");

/**
 * The extension a checked copy of `name` keeps: its own, lower-cased, so that the copy's name agrees with the
 * content type it keeps (Excel refuses a template or a macro-enabled package named .xlsx); ".xlsx" otherwise.
 */
export function checkedExtension(name: string): string {
  return WORKBOOK_NAME.exec(name)?.[0].toLowerCase() ?? ".xlsx";
}

/**
 * What a checked copy adds to the workbook's name: ".checked", with a number when that name was taken (the command
 * line never overwrites: x.checked-2.xlsx); more than once in a copy of a copy named before session 54.
 */
const CHECKED_MARK = /(\.checked(-\d+)?)+$/i;

/** One of our checked copies, by its name (x.checked.xlsx, x.checked-2.xltx): never an input found in a folder. */
export const isCheckedCopy = (name: string) =>
  WORKBOOK_NAME.test(name) && CHECKED_MARK.test(name.replace(WORKBOOK_NAME, ""));

/**
 * The name of the workbook a checked copy is named after, without its extension: "预算.xlsx" and its copies
 * "预算.checked.xlsx", "预算.checked-2.xlsx" → "预算". The one naming rule of the command line and the page: checking
 * a copy again names its copy as the first ("预算.checked.xlsx", not "预算.checked.checked.xlsx"); the command line
 * numbers a name taken (here the copy being checked: nextCheckedName) and the page's download is saved by the browser.
 * A name with nothing before the mark (".xlsx", ".checked.xlsx") is "workbook": its copy would otherwise be the hidden
 * file ".checked.xlsx", which a clerk never sees in a folder (and on the command line the very input again).
 */
export function checkedStem(name: string): string {
  return name.replace(WORKBOOK_NAME, "").replace(CHECKED_MARK, "") || "workbook";
}

/**
 * "预算.xlsx" → "预算.checked.xlsx" (so is "预算.checked.xlsx"); a macro-enabled "宏.xlsm" stays one ("宏.checked.xlsm",
 * its VBA is kept), a template stays a template ("模板.checked.xltx"). `extension`: the one the workbook's kind calls
 * for, when read (a macro-enabled workbook renamed .xlsx comes back .xlsm).
 */
export function checkedCopyName(name: string, extension: string | null = null): string {
  return `${checkedStem(name)}.checked${extension ?? checkedExtension(name)}`;
}

/** A checked copy's name (or path) numbered on: x.checked.xlsx → x.checked-2.xlsx → x.checked-3.xlsx (the extension stays). */
export function nextCheckedName(name: string): string {
  const numbered = NUMBERED_COPY.exec(name);
  if (!numbered) throw new Error(`not a checked copy's name: ${name}`);
  return `${name.slice(0, numbered.index)}.checked-${Number(numbered[1] ?? 1) + 1}${numbered[2]}`;
}
const NUMBERED_COPY = /\.checked(?:-(\d+))?(\.[^./\\]+)$/i;

/**
 * The extension of the kind whose workbook part has content type `main` (WORKBOOK_KINDS), null for another: Excel
 * opens a package only under its kind's extension, whatever the file was called (a macro-enabled workbook renamed
 * .xlsx is refused: “the file format or file extension is not valid”).
 */
export function extensionOfWorkbookType(main: string | null): string | null {
  const type = main?.trim().toLowerCase();
  return WORKBOOK_KINDS.find((k) => k.main.toLowerCase() === type)?.ext ?? null;
}

/**
 * Spreadsheets the reader cannot open, by name: old binary .xls / .xlt, WPS .et / .ett, .xlsb, OpenDocument .ods, and
 * .csv (Excel's "CSV UTF-8" save is a common export of a goal table). Excel and WPS open each, so the remedy is the
 * same: save it as .xlsx.
 */
export const OTHER_SPREADSHEET_NAME = /\.(xls|xlt|xlsb|et|ett|ods|csv)$/i;

/** The smallest zip there is: its end of central directory record alone (APPNOTE.TXT 4.3.16, 22 bytes). */
const ZIP_END_RECORD = 22;

const startsWith = (data: Uint8Array, magic: number[]) => magic.every((b, i) => data[i] === b);

/**
 * Whether a file's first bytes are those of a file an office program saved: a zip (an Open XML package) or a compound
 * file (.xls, .et, an encrypted .xlsx). An owner ("lock") file is neither (src/cli/files.ts isLockFile).
 */
export function beginsAsOfficeFile(head: Uint8Array): boolean {
  return startsWith(head, ZIP_MAGIC) || startsWith(head, CFB_MAGIC);
}

/**
 * Why these bytes are no workbook the reader can open, as a clerk would be told it — or null for a zip
 * (the reader then looks inside). A password-protected .xlsx and an old binary .xls / .et are both
 * compound files, but the clerk's remedy differs: remove the password, or save as .xlsx. `name`: the file's name,
 * when known.
 */
export function containerProblem(data: Uint8Array, name = ""): Message | null {
  if (data.length === 0) return say("file.empty", {});
  if (startsWith(data, ZIP_MAGIC)) return null;
  if (isHtmlOrXmlTable(data)) return say("file.html-or-xml-table", {});
  if (!startsWith(data, CFB_MAGIC)) {
    // Text named .csv (or a finance system's tab-separated export named .xls): the remedy its extension calls for.
    const other = OTHER_SPREADSHEET_NAME.exec(name)?.[0];
    if (other) return say("file.other-format", { ext: other, accepted: WORKBOOK_EXTENSIONS });
    // Shorter than a zip's end record and no line of a table (no tab, comma or line break): a copy or download cut
    // short (a 1-byte file is no CSV export).
    if (data.length < ZIP_END_RECORD && !data.some((b) => b === 0x09 || b === 0x2c || b === 0x0a || b === 0x0d))
      return say("file.too-short", { size: data.length });
    // Text under a workbook's name: a CSV or tab-separated export renamed .xlsx, or saved so by a finance system.
    // Excel and WPS open it, so the remedy is to save it as .xlsx there; renaming it made it no workbook.
    return isText(data) ? say("file.text-table", {}) : say("file.not-xlsx", { accepted: WORKBOOK_EXTENSIONS });
  }
  for (const name of rootStreamNames(data)) if (name === ENCRYPTED_PACKAGE) return say("file.encrypted", {});
  return say("file.legacy-binary", {});
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

/**
 * Text, as far as its first 4 kB tell: a UTF-16 byte-order mark (Excel's "Unicode 文本" save, tab-separated), or no
 * NUL and hardly a control character besides tab, line feed and carriage return — in any single-byte-based encoding
 * (UTF-8, GBK/GB18030 as Chinese finance systems export). Binary data (an image, a PDF's streams, random bytes) has both.
 */
function isText(data: Uint8Array): boolean {
  const head = data.subarray(0, 4096);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) control++;
  }
  return control * 100 <= head.length;
}

const MAXREGSECT = 0xfffffffa; // MS-CFB 2.1: above it are DIFSECT, FATSECT, ENDOFCHAIN and FREESECT
const NO_STREAM = 0xffffffff; // MS-CFB 2.6.3: NOSTREAM, no sibling or child

/**
 * The upper-cased names of the streams directly in a compound file's root storage (MS-CFB 2.2 header, 2.3 FAT and
 * DIFAT, 2.6 directory entries), read from its directory alone: a cell's text elsewhere in the file is no name.
 * A file whose structure does not hold together gives no names (it is no encrypted package then). Every walk is
 * bounded by the file's own sector count, so a damaged chain or tree ends rather than loops, and what is kept is a
 * few bytes per sector: the names are given one by one, so the caller stops at the one it looks for.
 * Plain JavaScript (no Buffer, no library): this module also runs in the browser, on the standalone page.
 */
export function* rootStreamNames(data: Uint8Array): Generator<string> {
  if (data.length < 512) return;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const shift = u16(30); // 9 (512-byte sectors, version 3) or 12 (4096, version 4)
  if (u16(28) !== 0xfffe || (shift !== 9 && shift !== 12)) return;
  const size = 1 << shift;
  const sectors = Math.floor((data.length - size) / size); // sector n starts at (n + 1) * size; the header fills sector -1
  const perSector = size / 4;
  const inFile = (n: number) => n < sectors;

  // Where the FAT's own sectors are: the header's 109, then the DIFAT chain (each sector's last entry is the next),
  // only as far as FAT sectors can map sectors in the file: a DIFAT chain that loops would otherwise grow this without end.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(u32(76 + 4 * i));
  const fatNeeded = Math.ceil(sectors / perSector);
  for (let d = u32(68); d <= MAXREGSECT && fatSectors.length < fatNeeded;) {
    if (!inFile(d)) return;
    const at = (d + 1) * size;
    for (let i = 0; i < perSector - 1; i++) fatSectors.push(u32(at + 4 * i));
    d = u32(at + size - 4);
  }
  const next = (n: number): number => {
    const fat = fatSectors[Math.floor(n / perSector)];
    return fat === undefined || !inFile(fat) ? NO_STREAM : u32((fat + 1) * size + 4 * (n % perSector));
  };

  // The directory's sectors, in chain order.
  const directory: number[] = [];
  for (let n = u32(48); n <= MAXREGSECT; n = next(n)) {
    if (!inFile(n) || directory.length >= sectors) return;
    directory.push(n);
  }
  const perDirSector = size / 128;
  const entries = directory.length * perDirSector;
  const entry = (id: number) => {
    const sector = directory[Math.floor(id / perDirSector)];
    return sector === undefined ? -1 : (sector + 1) * size + 128 * (id % perDirSector);
  };

  // The root (entry 0, type 5) has its children in a red-black tree of left and right siblings.
  const root = entry(0);
  if (root < 0 || data[root + 66] !== 5) return;
  const seen = new Uint8Array(entries);
  const todo = [u32(root + 76)];
  while (todo.length > 0) {
    const id = todo.pop()!;
    if (id >= entries || seen[id]) continue; // NOSTREAM too
    seen[id] = 1;
    const at = entry(id);
    const nameBytes = u16(at + 64); // with its terminating null, at most 64
    if (data[at + 66] === 2 && nameBytes >= 2 && nameBytes <= 64) {
      let name = "";
      for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(u16(at + i));
      yield name.toUpperCase(); // names compare without case (MS-CFB 2.6.4)
    }
    todo.push(u32(at + 68), u32(at + 72));
  }
}
