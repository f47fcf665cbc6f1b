/**
 * Zip entry names as the tools that wrote them meant them. A name without the UTF-8 flag (APPNOTE 4.4.4 bit 11) is in
 * "the original ZIP character encoding" (Appendix D.2): WPS and Chinese Windows tools write GBK there, some tools UTF-8.
 * A relationship names such a part by its characters, raw or percent-encoded as UTF-8 (ECMA-376 Part 2, 9.1.1.1 "A
 * Part URI … uses a percent-encoding for non-ASCII Unicode characters"): the reader finds it, and the copy writes the
 * name back with its own bytes, unflagged. A flagged name's leading U+FEFF is a character of the name, no byte order mark.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { crc32 } from "node:zlib";
import { strFromU8, unzipSync } from "fflate";
import { runPipeline, settingsFor } from "../../../src/core/pipeline";
import { readWorkbookBytes } from "../../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../../src/host/xlsx/write";
import { concat, openPackage, packPackage, partBytes } from "../../../src/host/xlsx/zip";

const SAMPLE = readFileSync(path.join(__dirname, "../../../assets/sample.xlsx"));
const u16 = (d: Uint8Array, i: number) => d[i] | (d[i + 1] << 8);
const u32 = (d: Uint8Array, i: number) => (u16(d, i) | (u16(d, i + 2) << 16)) >>> 0;

/** A zip of stored entries, each name with its own bytes and flag, written by hand (APPNOTE 4.3.7, 4.3.12, 4.3.16). */
function zipOf(entries: { name: Uint8Array; utf8: boolean; data: Uint8Array }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, utf8, data } of entries) {
    const fields = Buffer.alloc(26);
    fields.writeUInt16LE(20, 0); // version needed
    fields.writeUInt16LE(utf8 ? 0x800 : 0, 2);
    fields.writeUInt16LE(0, 4); // stored
    fields.writeUInt32LE(0, 6); // time
    fields.writeUInt32LE(crc32(data), 10);
    fields.writeUInt32LE(data.length, 14);
    fields.writeUInt32LE(data.length, 18);
    fields.writeUInt16LE(name.length, 22);
    fields.writeUInt16LE(0, 24); // extra
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), fields, name, data]);
    const tail = Buffer.alloc(14); // comment, disk, attributes: none; then the local header's offset
    tail.writeUInt32LE(offset, 10);
    centrals.push(Buffer.concat([Buffer.from([0x50, 0x4b, 1, 2, 20, 0]), fields, tail, name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

/** Each entry of a zip as its central directory records it: the name's bytes and the UTF-8 flag. */
function centralNames(zip: Uint8Array): { bytes: Buffer; utf8: boolean }[] {
  const end = zip.length - 22;
  const out = [];
  for (let at = u32(zip, end + 16), i = 0; i < u16(zip, end + 10); i++) {
    const length = u16(zip, at + 28);
    out.push({ bytes: Buffer.from(zip.subarray(at + 46, at + 46 + length)), utf8: !!(u16(zip, at + 8) & 0x800) });
    at += 46 + length + u16(zip, at + 30) + u16(zip, at + 32);
  }
  return out;
}

const SHEET1 = "xl/worksheets/sheet1.xml";
const GBK_NAME = Buffer.from([...Buffer.from("xl/worksheets/"), 0xb1, 0xed, 0xd2, 0xbb, ...Buffer.from(".xml")]); // 表一

/** The sample with sheet1.xml stored under `name` (its bytes, its flag) and the workbook's relationship at `target`. */
function sampleWithSheet1As(name: Uint8Array, utf8: boolean, target: string): Uint8Array {
  const parts = unzipSync(SAMPLE);
  const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"]);
  expect(rels).toContain('Target="worksheets/sheet1.xml"');
  parts["xl/_rels/workbook.xml.rels"] = Buffer.from(rels.replace("worksheets/sheet1.xml", target));
  return zipOf(
    Object.entries(parts)
      .filter(([part]) => !part.endsWith("/"))
      .map(([part, data]) => (part === SHEET1 ? { name, utf8, data } : { name: Buffer.from(part), utf8: false, data })),
  );
}

function checkedCopy(bytes: Uint8Array): Uint8Array {
  const { snapshot, pkg } = readWorkbookBytes(bytes);
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: "2024-07-31" }, "2024-07-31"), { formulas: false });
  if (run.outcome !== "planned") throw new Error(run.outcome);
  return writeCheckedCopy(pkg, run.plan);
}

const sheetsOf = (bytes: Uint8Array) =>
  readWorkbookBytes(bytes).snapshot.sheets.map((s) => ({ name: s.name, values: s.values }));

describe("a sheet part whose zip name is GBK, not flagged as UTF-8 (WPS, Chinese Windows tools)", () => {
  test.each([
    ["percent-encoded UTF-8", "worksheets/%E8%A1%A8%E4%B8%80.xml"],
    ["raw", "worksheets/表一.xml"],
    ["percent-encoded in lower case", "worksheets/%e8%a1%a8%e4%b8%80.xml"],
  ])("is found through a %s target, read as under its ASCII name, keeps its bytes in the copy", (_, target) => {
    const zip = sampleWithSheet1As(GBK_NAME, false, target);
    expect(openPackage(zip).parts.has("xl/worksheets/表一.xml")).toBe(true);
    // The sheet read as from the sample itself (on main: “文件已损坏：缺少工作表「1 办公用品采购」的部件 …”).
    expect(sheetsOf(zip)).toEqual(sheetsOf(SAMPLE));
    const copy = checkedCopy(zip);
    expect(centralNames(copy)).toContainEqual({ bytes: GBK_NAME, utf8: false });
    expect(centralNames(copy).filter((n) => !n.utf8 && n.bytes.some((b) => b > 0x7f))).toHaveLength(1);
    // The copy checks as the sample's copy does, and a second check changes nothing.
    expect(sheetsOf(copy)).toEqual(sheetsOf(checkedCopy(SAMPLE)));
    expect(sheetsOf(checkedCopy(copy))).toEqual(sheetsOf(copy));
  });

  test("unflagged UTF-8 (tools that write UTF-8 without the flag) is found too, and written back unflagged", () => {
    const name = Buffer.from("xl/worksheets/表一.xml");
    const zip = sampleWithSheet1As(name, false, "worksheets/%E8%A1%A8%E4%B8%80.xml");
    expect(sheetsOf(zip)).toEqual(sheetsOf(SAMPLE));
    expect(centralNames(checkedCopy(zip))).toContainEqual({ bytes: name, utf8: false });
  });

  test("a name neither UTF-8 nor GBK (CP437 é) is read one character a byte and kept", () => {
    const name = Buffer.from([...Buffer.from("xl/media/caf"), 0x82, ...Buffer.from(".bin")]);
    const pkg = openPackage(zipOf([{ name, utf8: false, data: Buffer.from("x") }]));
    expect([...pkg.parts.keys()]).toEqual(["xl/media/caf\x82.bin"]);
    expect(centralNames(concat(packPackage(pkg)))).toEqual([{ bytes: name, utf8: false }]);
  });

  test("a zip item named with escapes is found as written; an escaped slash is no folder", () => {
    // OPC's zip item names are ASCII (Part 2 [M3.2]): the item may be named with the escapes themselves.
    const literal = Buffer.from("xl/worksheets/s%2Fheet%41.xml");
    expect(sheetsOf(sampleWithSheet1As(literal, false, "worksheets/s%2Fheet%41.xml"))).toEqual(sheetsOf(SAMPLE));
    // A part name holds no escaped "/" ([M1.7]): s%2Fheet.xml does not name the item in a folder s.
    const zip = sampleWithSheet1As(Buffer.from("xl/worksheets/s/heet.xml"), false, "worksheets/s%2Fheet.xml");
    expect(() => sheetsOf(zip)).toThrow("文件已损坏：缺少工作表「1 办公用品采购」的部件 xl/worksheets/s%2Fheet.xml");
  });
});

test("a flagged name starting with U+FEFF keeps it: read, and written back", () => {
  const name = Buffer.from("\uFEFFxl/media/image.png");
  expect(name.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const pkg = openPackage(zipOf([{ name, utf8: true, data: Buffer.from("png") }]));
  expect([...pkg.parts.keys()]).toEqual(["\uFEFFxl/media/image.png"]);
  expect(Buffer.from(partBytes(pkg, "\uFEFFxl/media/image.png")!).toString()).toBe("png");
  expect(centralNames(concat(packPackage(pkg)))).toEqual([{ bytes: name, utf8: true }]);
});
