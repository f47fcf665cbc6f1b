/**
 * The copy's zip as packPackage writes it (PKWARE APPNOTE.TXT): every entry's local header holds its CRC-32 and
 * sizes (4.3.7; no data descriptor follows the data, as Excel writes its entries), and a package of more parts than
 * the end of central directory can count (65,535, 4.3.16) gets the Zip64 end records (4.3.14–15). Read back by our
 * reader and by fflate's unzipSync, a second reader.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import {
  concat,
  FFLATE_CODEC,
  openPackage,
  packPackage,
  partBytes,
  setPartBytes,
  type Package,
} from "../../../src/host/xlsx/zip";

const SAMPLE = readFileSync(path.join(__dirname, "../../../assets/sample.xlsx"));

const u16 = (d: Uint8Array, i: number) => d[i] | (d[i + 1] << 8);
const u32 = (d: Uint8Array, i: number) => (u16(d, i) | (u16(d, i + 2) << 16)) >>> 0;

/** The entries as their local headers say, walked one after another from the start of the zip. */
function localEntries(
  zip: Uint8Array,
): { name: string; bytes: Uint8Array; flag: number; crc: number; size: number; data: Uint8Array }[] {
  const out = [];
  let at = 0;
  while (u32(zip, at) === 0x04034b50) {
    const flag = u16(zip, at + 6);
    const size = u32(zip, at + 18);
    const nameLength = u16(zip, at + 26);
    const start = at + 30 + nameLength + u16(zip, at + 28);
    const bytes = zip.subarray(at + 30, at + 30 + nameLength);
    const name = strFromU8(bytes, !(flag & 0x800));
    out.push({ name, bytes, flag, crc: u32(zip, at + 14), size, data: zip.subarray(start, start + size) });
    at = start + size;
  }
  expect(u32(zip, at)).toBe(0x02014b50); // the central directory right after the last entry's data
  return out;
}

describe("the copy's zip", () => {
  test("each entry's local header holds its checksum and sizes; no data descriptor follows its data", () => {
    const pkg = openPackage(new Uint8Array(SAMPLE));
    setPartBytes(pkg, "xl/新的部件.xml", new TextEncoder().encode("<a>监控</a>".repeat(200))); // deflated
    setPartBytes(pkg, "xl/小.xml", new TextEncoder().encode("<a/>")); // stored
    const zip = concat(packPackage(pkg));
    const entries = localEntries(zip);
    expect(entries.map((e) => e.name)).toEqual([...pkg.parts.keys()]);
    const reread = openPackage(zip);
    for (const e of entries) {
      const part = reread.parts.get(e.name)!;
      expect(e.flag & 0b1000).toBe(0); // bit 3: sizes and CRC in a data descriptor
      expect(e.flag & 0x800).toBe([...e.name].every((c) => c.charCodeAt(0) < 0x80) ? 0 : 0x800); // bit 11: the name is UTF-8
      expect([e.crc, e.size]).toEqual([part.crc >>> 0, part.data.length]);
      expect(e.data).toEqual(part.data);
      expect(partBytes(reread, e.name)).toEqual(partBytes(pkg, e.name)); // also checked against its CRC
    }
    const second = unzipSync(zip);
    expect(Object.keys(second)).toEqual(entries.map((e) => e.name));
    for (const name of Object.keys(second)) expect(second[name]).toEqual(partBytes(pkg, name));
  });

  test("a package of more than 65,535 parts comes back whole (Zip64 end records)", () => {
    const pkg: Package = { parts: new Map(), codec: FFLATE_CODEC };
    const count = 70_000;
    for (let i = 0; i < count; i++) setPartBytes(pkg, `p/${i}.txt`, new TextEncoder().encode(String(i)));
    const zip = concat(packPackage(pkg));
    const reread = openPackage(zip);
    expect(reread.parts.size).toBe(count);
    expect(new TextDecoder().decode(partBytes(reread, "p/69999.txt")!)).toBe("69999");
    expect(new TextDecoder().decode(partBytes(reread, "p/0.txt")!)).toBe("0");
    const second = unzipSync(zip);
    expect(Object.keys(second).length).toBe(count);
    expect(strFromU8(second["p/65536.txt"])).toBe("65536");
  });

  test("the entries are dated with the time of packing, in MS-DOS form (APPNOTE 4.4.6)", () => {
    const pkg = openPackage(new Uint8Array(SAMPLE));
    const zip = concat(packPackage(pkg, new Date(2026, 11, 4, 22, 59, 58)));
    const dos = u32(zip, 10);
    expect([
      dos >>> 25,
      (dos >>> 21) & 15,
      (dos >>> 16) & 31,
      (dos >>> 11) & 31,
      (dos >>> 5) & 63,
      (dos & 31) * 2,
    ]).toEqual([2026 - 1980, 12, 4, 22, 59, 58]);
  });

  // openPackage decodes names itself (zip.ts no longer calls fflate outside FFLATE_CODEC): UTF-8 when bit 11 is set
  // (APPNOTE 4.4.4), a leading U+FEFF kept (fflate's TextDecoder drops it); ASCII unflagged as it is; any name, however
  // read (an unflagged one as UTF-8, GBK or a byte a character: unflaggedNames.test.ts), written back as it came.
  test("an entry's name is read as UTF-8 when flagged so, and written back with its own bytes and flag", () => {
    // Flagged: UTF-8 of any text, now and then after a U+FEFF; unflagged: any bytes.
    const flagged = fc
      .tuple(fc.boolean(), fc.string({ unit: "binary", minLength: 1, maxLength: 6 }))
      .map(([bom, text]) => [new TextEncoder().encode((bom ? "\uFEFF" : "") + text), true] as const);
    const unflagged = fc.uint8Array({ minLength: 1, maxLength: 12 }).map((bytes) => [bytes, false] as const);
    fc.assert(
      fc.property(fc.oneof(flagged, unflagged), ([bytes, utf8]) => {
        fc.pre(bytes[bytes.length - 1] !== 0x2f); // a name ending in "/" is a folder, no part
        const pkg: Package = { parts: new Map(), codec: FFLATE_CODEC };
        const placeholder = "n".repeat(bytes.length);
        setPartBytes(pkg, placeholder, new TextEncoder().encode("<a/>"));
        const zip = concat(packPackage(pkg));
        // The placeholder's bytes in the local header (at 30) and in the central directory, replaced by `bytes`.
        const central = zip.length - 22 - (46 + bytes.length);
        for (const at of [30, central + 46]) zip.set(bytes, at);
        if (utf8) for (const at of [6, central + 8]) zip[at + 1] |= 0x08; // bit 11 of the general purpose flag
        const read = openPackage(zip);
        const [name] = read.parts.keys();
        if (utf8) expect(name).toBe(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
        else if (bytes.every((b) => b < 0x80)) expect(name).toBe(strFromU8(bytes, true));
        const [copy] = localEntries(concat(packPackage(read)));
        // An ASCII name is written unflagged, as Excel writes every name.
        const flag = utf8 && bytes.some((b) => b >= 0x80) ? 0x800 : 0;
        expect([Buffer.from(copy.bytes), copy.flag & 0x800]).toEqual([Buffer.from(bytes), flag]);
      }),
    );
  });

  // APPNOTE Appendix D.2: a name without bit 11 is in "the original ZIP character encoding", which Windows tools and
  // WPS write in the system's code page (GBK in China). Read one character a byte, it is written back as those bytes,
  // unflagged: written as UTF-8 it became another name (附件 → "¸½¼þ"), and a part of the user's renamed.
  test("a name not flagged as UTF-8 (GBK, CP437) is written back with its own bytes, kept or replaced", () => {
    const gbk = Uint8Array.of(...Buffer.from("xl/"), 0xb8, 0xbd, 0xbc, 0xfe, ...Buffer.from(".bin")); // xl/附件.bin
    const cp437 = Uint8Array.of(...Buffer.from("xl/caf"), 0x82, ...Buffer.from(".xml")); // xl/café.xml
    const flagged = new TextEncoder().encode("xl/附件.xml");
    const names = [gbk, cp437, flagged];
    const pkg: Package = { parts: new Map(), codec: FFLATE_CODEC };
    // Placeholders of the names' lengths (a, b, c …), their bytes then replaced by the names' in both headers.
    for (const [i, bytes] of names.entries()) setPartBytes(pkg, "abc"[i].repeat(bytes.length), Uint8Array.of(i));
    const zip = concat(packPackage(pkg));
    let local = 0;
    let central = zip.length - 22 - names.reduce((sum, bytes) => sum + 46 + bytes.length, 0);
    for (const bytes of names) {
      zip.set(bytes, local + 30);
      zip.set(bytes, central + 46);
      if (bytes === flagged) for (const flag of [local + 6, central + 8]) zip[flag + 1] |= 0x08; // bit 11
      local += 30 + bytes.length + 1;
      central += 46 + bytes.length;
    }
    const read = openPackage(zip);
    const [gbkName, cp437Name] = read.parts.keys();
    setPartBytes(read, cp437Name, new TextEncoder().encode("<a/>")); // one the writer replaces
    const copy = localEntries(concat(packPackage(read)));
    // A name and its flag as localEntries reads them pin its bytes: one a character unflagged, UTF-8 flagged.
    expect(copy.map((e) => [e.name, e.flag & 0x800])).toEqual([
      [strFromU8(gbk, true), 0],
      [strFromU8(cp437, true), 0],
      ["xl/附件.xml", 0x800],
    ]);
    expect(gbkName).toBe("xl/附件.bin"); // as WPS meant it, so that a relationship finds it
  });
});
