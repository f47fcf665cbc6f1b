import { readFileSync } from "node:fs";
import path from "node:path";
import { renderMessage } from "../../../src/core/locale/messages";
import { strToU8, zipSync } from "fflate";
import { containerProblem, rootStreamNames } from "../../../src/host/xlsx/container";
import fc from "fast-check";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { UnreadableWorkbookError } from "../../../src/host/xlsx/zip";

const bytes = (...parts: string[]) => new Uint8Array(readFileSync(path.join(__dirname, "..", "..", "..", ...parts)));
const problem = (data: Uint8Array) => {
  const found = containerProblem(data);
  return found && renderMessage(found, "zh");
};

describe("what a file is before the reader opens it", () => {
  test("a workbook (a zip) goes on to the reader", () => {
    expect(containerProblem(bytes("assets", "sample.xlsx"))).toBeNull();
  });

  test("a real old binary .xls is told to be saved as .xlsx", () => {
    expect(problem(bytes("tests", "fixtures", "bad", "legacy.xls"))).toBe(
      "这是旧版二进制格式（.xls 或 WPS 的 .et）：请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
    );
  });

  test("a real password-protected .xlsx is told to have its password removed, not to be saved as .xlsx", () => {
    expect(problem(bytes("tests", "fixtures", "bad", "password.xlsx"))).toBe(
      "文件设有打开密码（已加密）：请在 Excel 或 WPS 中取消密码后再检查",
    );
  });

  test("a web page or an XML Spreadsheet 2003 saved under .xls (as finance systems export) is told to be saved as .xlsx", () => {
    const text = (t: string) => new TextEncoder().encode(t);
    const html =
      '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>一级指标</td></tr></table>';
    const xml2003 =
      '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
      '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="目标表"/></Workbook>';
    const said =
      "这是网页（HTML）或 XML 2003 格式的表格（财务系统导出的 .xls 常是这样）：请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查";
    expect(problem(text(html))).toBe(said);
    expect(problem(text("\ufeff\r\n  <TABLE border=1><TR><TD>指标值</TD></TR></TABLE>"))).toBe(said);
    expect(problem(text(xml2003))).toBe(said);
    // Other XML is no table Excel opens.
    expect(problem(text('<?xml version="1.0"?><note>一级指标</note>'))).toMatch(/^不是 Excel 工作簿，而是文本/);
  });

  test("text renamed .xlsx (a CSV, a tab-separated or Unicode-text export) is told to be saved as .xlsx", () => {
    const said =
      "不是 Excel 工作簿，而是文本（CSV 或制表符分隔的文本，多半是导出的表格改了扩展名）：请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查";
    // The repository's own not-a-workbook.xlsx is such a file: a CSV under an .xlsx name.
    expect(problem(bytes("tests", "fixtures", "bad", "not-a-workbook.xlsx"))).toBe(said);
    expect(
      renderMessage(containerProblem(new TextEncoder().encode("一级指标,二级指标\r\n"), "目标表.xlsx")!, "zh"),
    ).toBe(said);
    expect(problem(new TextEncoder().encode("x\ty\n"))).toBe(said);
    // A finance system's export in GBK (项目名称 = cf ee c4 bf c3 fb b3 c6), and Excel's "Unicode 文本" (UTF-16 LE, its BOM).
    expect(problem(new Uint8Array([0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6, 0x09, 0x31, 0x0d, 0x0a]))).toBe(
      said,
    );
    const utf16 = [
      0xff,
      0xfe,
      ...Array.from("项目名称\t预算数").flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ];
    expect(problem(new Uint8Array(utf16))).toBe(said);
    expect(renderMessage(containerProblem(new TextEncoder().encode("a,b\n"), "a.xlsx")!, "en")).toBe(
      "Not an Excel workbook but text (CSV or tab-separated, most likely an export renamed): open it in Excel or WPS, save it as .xlsx, then check it",
    );
  });

  // polish58's left-over: 1 byte was “text (CSV or tab-separated …)”. A file shorter than the smallest zip that holds no
  // line of a table is a copy or a download cut short; a short line of a table is still text.
  test("a few bytes that are no line of a table: too short to be a workbook, not text", () => {
    expect(problem(new Uint8Array([0x78]))).toBe(
      "文件只有 1 字节，不可能是工作簿：多半没有保存、复制或下载完整，请找到完整的文件再检查",
    );
    expect(problem(new TextEncoder().encode("PK"))).toMatch(/^文件只有 2 字节，不可能是工作簿/);
    expect(problem(new Uint8Array(21).fill(0x41))).toMatch(/^文件只有 21 字节/);
    expect(renderMessage(containerProblem(new Uint8Array([0]), "a.xlsx")!, "en")).toBe(
      "The file is only 1 byte long, too short to be a workbook: it was most likely not saved, copied or downloaded in full; check the whole file",
    );
    expect(problem(new Uint8Array(22).fill(0x41))).toMatch(/^不是 Excel 工作簿，而是文本/);
    expect(problem(new TextEncoder().encode("a\tb"))).toMatch(/^不是 Excel 工作簿，而是文本/);
  });

  test("binary that is no workbook is not called text", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(problem(png)).toBe("不是 Excel 工作簿（.xlsx / .xlsm / .xltx / .xltm）");
    const controls = new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x41)));
    expect(problem(controls)).toBe("不是 Excel 工作簿（.xlsx / .xlsm / .xltx / .xltm）");
  });

  test("empty, text and a bare compound-file signature", () => {
    expect(problem(new Uint8Array(0))).toBe("文件是空的（0 字节）");
    // Text named as a spreadsheet Excel opens (a .csv, a finance system's tab-separated export called .xls): its
    // extension's remedy, as a folder's .csv gets it.
    const csv = containerProblem(new TextEncoder().encode("一级指标,二级指标\n"), "目标表.CSV");
    expect(renderMessage(csv!, "zh")).toBe(
      ".CSV 格式不是 .xlsx / .xlsm / .xltx / .xltm：请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
    );
    expect(renderMessage(containerProblem(new TextEncoder().encode("x\ty\n"), "导出.xls")!, "zh")).toMatch(
      /^\.xls 格式/,
    );
    expect(renderMessage(containerProblem(new TextEncoder().encode("x,y\n"), "notes.txt")!, "zh")).toMatch(
      /^不是 Excel 工作簿，而是文本/,
    );
    const signatureOnly = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(problem(signatureOnly)).toMatch(/^这是旧版二进制格式/);
    // The name split across the end of the data is not a match.
    const cut = new Uint8Array([...signatureOnly, ...Array.from("Encrypted").flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(problem(cut)).toMatch(/^这是旧版二进制格式/);
  });
});

/** One directory entry to lay out (MS-CFB 2.6.1): type 1 storage, 2 stream, 5 root; siblings and child by entry id. */
interface Entry {
  name: string;
  type: 1 | 2 | 5;
  left?: number;
  right?: number;
  child?: number;
}
const NONE = 0xffffffff;

/**
 * A minimal compound file laid out by hand as MS-CFB 2.2 describes it: the header (its first FAT sector in the
 * DIFAT array), one FAT sector (sector 0), the directory from sector 1 on (chained in the FAT, or as `chain` says).
 */
function compoundFile(entries: Entry[], { shift = 9, chain }: { shift?: number; chain?: number[] } = {}) {
  const size = 1 << shift;
  const dirSectors = Math.max(1, Math.ceil((entries.length * 128) / size));
  const data = new Uint8Array(size * (2 + dirSectors));
  const view = new DataView(data.buffer);
  data.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x3e, true);
  view.setUint16(26, shift === 9 ? 3 : 4, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, shift, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true); // one FAT sector
  view.setUint32(48, 1, true); // the directory starts at sector 1
  view.setUint32(60, 0xfffffffe, true);
  view.setUint32(68, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + 4 * i, i === 0 ? 0 : NONE, true);
  const fat = (n: number, value: number) => view.setUint32(size + 4 * n, value, true);
  for (let i = 0; i < size / 4; i++) fat(i, NONE);
  fat(0, 0xfffffffd); // FATSECT
  const links = chain ?? Array.from({ length: dirSectors }, (_, i) => (i + 1 < dirSectors ? i + 2 : 0xfffffffe));
  links.forEach((to, i) => fat(i + 1, to));
  entries.forEach((e, id) => {
    const at = 2 * size + 128 * id;
    for (let i = 0; i < e.name.length; i++) view.setUint16(at + 2 * i, e.name.charCodeAt(i), true);
    view.setUint16(at + 64, 2 * e.name.length + 2, true);
    data[at + 66] = e.type;
    view.setUint32(at + 68, e.left ?? NONE, true);
    view.setUint32(at + 72, e.right ?? NONE, true);
    view.setUint32(at + 76, e.child ?? NONE, true);
  });
  return data;
}

describe("a compound file is known as encrypted by its directory, not by text anywhere in it", () => {
  const legacy = /^这是旧版二进制格式/;
  const encrypted = /^文件设有打开密码/;

  test("a real .xls whose cell reads EncryptedPackage (stored as UTF-16, as for any Chinese text) is an old binary file", () => {
    const data = bytes("tests", "fixtures", "bad", "legacy-named-stream.xls");
    // The cell's text is in the file as the very bytes a stream name is stored in …
    const utf16 = new Uint8Array(Array.from("EncryptedPackage").flatMap((c) => [c.charCodeAt(0), 0]));
    expect(Buffer.from(data).indexOf(utf16)).toBeGreaterThan(512);
    // … but the directory names the workbook stream only.
    expect([...rootStreamNames(data)]).toContain("WORKBOOK");
    expect(problem(data)).toMatch(legacy);
  });

  test("the real encrypted .xlsx names its streams at the root", () => {
    const names = [...rootStreamNames(bytes("tests", "fixtures", "bad", "password.xlsx"))];
    expect(names).toEqual(expect.arrayContaining(["ENCRYPTEDPACKAGE", "ENCRYPTIONINFO"]));
  });

  test("a stream found through the root's sibling tree, in either sector size", () => {
    for (const shift of [9, 12]) {
      const file = compoundFile(
        [
          { name: "Root Entry", type: 5, child: 2 },
          { name: "EncryptionInfo", type: 2 },
          { name: "\u0006DataSpaces", type: 1, left: 1, right: 3 },
          { name: "EncryptedPackage", type: 2 },
        ],
        { shift },
      );
      expect(problem(file)).toMatch(encrypted);
    }
  });

  test("an EncryptedPackage inside a storage (an embedded object) or as a storage is no encrypted workbook", () => {
    const nested = compoundFile([
      { name: "Root Entry", type: 5, child: 1 },
      { name: "MBD0001", type: 1, child: 2 },
      { name: "EncryptedPackage", type: 2 },
    ]);
    expect(problem(nested)).toMatch(legacy);
    const storage = compoundFile([
      { name: "Root Entry", type: 5, child: 1 },
      { name: "EncryptedPackage", type: 1 },
    ]);
    expect(problem(storage)).toMatch(legacy);
  });

  test("a directory chain or sibling tree that loops ends, with the old-binary message", () => {
    const entries: Entry[] = [
      { name: "Root Entry", type: 5, child: 1 },
      { name: "Workbook", type: 2, right: 2 },
      { name: "SummaryInformation", type: 2, left: 1, right: 2 },
    ];
    expect(problem(compoundFile(entries, { chain: [1] }))).toMatch(legacy); // sector 1 → itself
    expect(new Set(rootStreamNames(compoundFile(entries)))).toEqual(new Set(["WORKBOOK", "SUMMARYINFORMATION"]));
  });

  /**
   * A damaged compound file near the CLI's size limit, filled with 4096-byte sectors: its DIFAT chain loops on its first
   * sector, or its root has a child in every directory entry (a full binary tree of siblings, each name different).
   */
  function crafted(mb: number, shape: "difat-loop" | "every-entry-a-child") {
    const size = 4096;
    const data = new Uint8Array(mb * 1024 * 1024);
    const view = new DataView(data.buffer);
    data.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    view.setUint16(28, 0xfffe, true);
    view.setUint16(30, 12, true);
    const sectors = data.length / size - 1;
    if (shape === "difat-loop") {
      for (let i = 0; i < 109; i++) view.setUint32(76 + 4 * i, NONE, true);
      view.setUint32(68, 0, true); // the DIFAT starts at sector 0 …
      view.setUint32(2 * size - 4, 0, true); // … whose last entry names sector 0 again
      view.setUint32(48, 1, true);
      return data;
    }
    // FAT in sectors 0…fats-1 (all named in the header), the directory in the rest, chained one after another.
    const fats = Math.ceil(sectors / 1024);
    for (let i = 0; i < 109; i++) view.setUint32(76 + 4 * i, i < fats ? i : NONE, true);
    view.setUint32(68, 0xfffffffe, true);
    view.setUint32(48, fats, true);
    for (let n = 0; n < sectors; n++)
      view.setUint32(size * (1 + Math.floor(n / 1024)) + 4 * (n % 1024), n < fats ? 0xfffffffd : n + 1, true);
    view.setUint32(size * (1 + Math.floor((sectors - 1) / 1024)) + 4 * ((sectors - 1) % 1024), 0xfffffffe, true);
    const entries = (sectors - fats) * 32;
    for (let id = 0; id < entries; id++) {
      const at = (fats + 1) * size + 128 * id;
      const name = id === 0 ? "Root Entry" : `Stream${id}`;
      for (let i = 0; i < name.length; i++) view.setUint16(at + 2 * i, name.charCodeAt(i), true);
      view.setUint16(at + 64, 2 * name.length + 2, true);
      data[at + 66] = id === 0 ? 5 : 2;
      view.setUint32(at + 68, id > 0 && 2 * id < entries ? 2 * id : NONE, true);
      view.setUint32(at + 72, id > 0 && 2 * id + 1 < entries ? 2 * id + 1 : NONE, true);
      view.setUint32(at + 76, id === 0 ? 1 : NONE, true);
    }
    return data;
  }

  test("a damaged compound file of 64 MB is answered at once: a looping DIFAT, a vast sibling tree", () => {
    const looping = crafted(64, "difat-loop");
    const started = Date.now();
    expect(problem(looping)).toMatch(legacy);
    // Before: the loop gathered 1023 numbers per hop, once per sector (16 million here; at 50 MB, 3.8 s and 300 MB;
    // at the CLI's 512 MB limit, out of memory). Now the DIFAT is read only as far as the file has sectors to map.
    expect(Date.now() - started).toBeLessThan(1500);
    // The tree is walked whole, each name given as it is found (before: all kept in one set, 6.4 s at 100 MB).
    const tree = crafted(64, "every-entry-a-child");
    expect(problem(tree)).toMatch(legacy);
    let names = 0;
    for (const name of rootStreamNames(tree)) names += Number(name.startsWith("STREAM"));
    expect(names).toBe((64 * 256 - 1 - 16) * 32 - 1);
  });

  test("cut short or with bytes changed anywhere, a compound file gets one of the two messages and never throws", () => {
    const files = [bytes("tests", "fixtures", "bad", "password.xlsx"), bytes("tests", "fixtures", "bad", "legacy.xls")];
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        (file, cut, changes) => {
          const data = file.slice(0, 8 + (cut % file.length));
          // Changes aimed at the header and the directory's first sectors, where they matter most.
          for (const [at, b] of changes) data[at % Math.min(data.length, 4096)] = b;
          data.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
          expect(renderMessage(containerProblem(data)!, "zh")).toMatch(/^(这是旧版二进制格式|文件设有打开密码)/);
        },
      ),
      { numRuns: 500 },
    );
    // The encrypted file cut before its directory is not known as encrypted.
    expect(problem(files[0].slice(0, 1024))).toMatch(legacy);
  });
});

describe("a zip holding another spreadsheet format, as its own program saves it", () => {
  /** What the reader says of the bytes, in both languages. */
  const said = (data: Uint8Array) => {
    try {
      readWorkbookBytes(data);
    } catch (e) {
      if (e instanceof UnreadableWorkbookError) return [e.in("zh"), e.in("en")];
      throw e;
    }
    throw new Error("read as a workbook");
  };

  test("an .xlsb (its workbook part binary, MS-XLSB 2.1.7.61) is named as .xlsb, not as damaged", () => {
    const xlsb = zipSync({
      "[Content_Types].xml": strToU8(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ' +
          'ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
      ),
      "_rels/.rels": strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
          'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      ),
      "xl/workbook.bin": new Uint8Array([0x83, 0x01, 0x00, 0x84, 0x01, 0x00]), // BrtBeginBook, BrtEndBook
    });
    expect(said(xlsb)).toEqual([
      ".xlsb 格式不是 .xlsx / .xlsm / .xltx / .xltm：请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
      "The .xlsb format is not .xlsx / .xlsm / .xltx / .xltm: save it as .xlsx in Excel or WPS, then check it",
    ]);
  });

  test("an .ods (its mimetype stream first) is named as .ods, with the remedy", () => {
    const ods = zipSync({
      mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
      "content.xml": strToU8(
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
      ),
      "META-INF/manifest.xml": strToU8(
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
      ),
    });
    expect(said(ods)[0]).toBe(".ods 格式不是 .xlsx / .xlsm / .xltx / .xltm：请在 Excel 或 WPS 中另存为 .xlsx 后再检查");
  });
});
