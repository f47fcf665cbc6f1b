import zlib from "node:zlib";
import fc from "fast-check";
import { ZLIB_CODEC } from "../../src/cli/zlibCodec";
import { unzipSync } from "fflate";
import {
  concat,
  FFLATE_CODEC,
  openPackage,
  packPackage,
  partBytes,
  partText,
  setPartBytes,
  setPartText,
  STORE_BELOW,
  type Codec,
} from "../../src/host/xlsx/zip";

/** `size` random bytes ending with a copy of their first 32: the farthest match a window can be asked for. */
function echoed(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  if (size >= 64) bytes.copyWithin(size - 32, 0, 32);
  return bytes;
}

// Each side of every window size less zlib's 262-byte lookahead, and just under each window size: a window
// one step too small misses the echo there.
const SIZES = [
  0, 1, 249, 250, 251, 500, 762, 763, 1000, 1786, 1787, 2040, 4000, 8000, 16_122, 16_123, 16_300, 32_506, 32_507,
  40_000,
];

describe("Node zlib codec", () => {
  it.each(SIZES)("deflates %i bytes as the default 32 KB window does, and inflates them back", (size) => {
    const bytes = echoed(size, size + 7);
    const { data, crc } = ZLIB_CODEC.deflate(bytes);
    expect(Buffer.from(data).equals(zlib.deflateRawSync(bytes, { level: 1 }))).toBe(true);
    expect(crc >>> 0).toBe(FFLATE_CODEC.deflate(bytes).crc >>> 0); // fflate keeps it signed
    expect(Buffer.from(ZLIB_CODEC.inflate(data, size)).equals(Buffer.from(bytes))).toBe(true);
  });

  it.each([40, 700, 9_000, 20_000])("deflates %i bytes of a sheet's XML as zlib's defaults do", (count) => {
    // Compressible text deflates into less than the output buffer; random bytes above take several.
    const cells = Array.from({ length: count }, (_, i) => `<c r="A${i + 1}" s="${i % 7}"><v>${i * 37}</v></c>`);
    const bytes = new TextEncoder().encode(`<sheetData><row r="1">${cells.join("")}</row></sheetData>`);
    const { data } = ZLIB_CODEC.deflate(bytes);
    expect(Buffer.from(data).equals(zlib.deflateRawSync(bytes, { level: 1 }))).toBe(true);
    expect(Buffer.from(ZLIB_CODEC.inflate(data, bytes.length)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("flags what it deflates as Excel flags its entries: super fast (APPNOTE 4.4.4 bits 1–2 = 11)", () => {
    expect(ZLIB_CODEC.deflateOption).toBe(3);
    expect(FFLATE_CODEC.deflateOption).toBe(0); // fflate deflates at its level 6: normal
  });

  it("refuses data that inflates beyond the size its entry declares", () => {
    const { data } = ZLIB_CODEC.deflate(echoed(5000, 3));
    expect(() => ZLIB_CODEC.inflate(data, 4999)).toThrow();
  });
});

describe.each([
  ["Node zlib", ZLIB_CODEC],
  ["fflate", FFLATE_CODEC],
] as [string, Codec][])("parts set through the %s codec", (_, codec) => {
  it("checksums bytes as zlib does", () => {
    for (const size of [0, 1, 500, STORE_BELOW - 1, 5000])
      expect(codec.crc(echoed(size, size)) >>> 0).toBe(zlib.crc32(echoed(size, size)));
  });

  it("stores a part under STORE_BELOW bytes as it is and deflates a larger one; both read back whole", () => {
    const pkg = { parts: new Map(), codec };
    const small = echoed(STORE_BELOW - 1, 1);
    const large = echoed(STORE_BELOW, 2);
    const reused = new Uint8Array(STORE_BELOW * 2);
    reused.set(small);
    setPartBytes(pkg, "small.xml", reused.subarray(0, small.length));
    reused.fill(0); // the writer reuses its buffer: what was stored is a copy
    setPartBytes(pkg, "large.xml", large);
    expect(pkg.parts.get("small.xml")).toMatchObject({ compression: 0, flag: 0, originalSize: small.length });
    expect(pkg.parts.get("large.xml")).toMatchObject({ compression: 8, originalSize: large.length });

    const zip = concat(packPackage(pkg));
    const again = openPackage(zip, codec);
    expect(Buffer.from(partBytes(again, "small.xml")!).equals(Buffer.from(small))).toBe(true);
    expect(Buffer.from(partBytes(again, "large.xml")!).equals(Buffer.from(large))).toBe(true);
    // A second reader: fflate's own unzip, and the stored entry's CRC in the central directory is the bytes' own.
    const files = unzipSync(zip);
    expect(Buffer.from(files["small.xml"]).equals(Buffer.from(small))).toBe(true);
    expect(again.parts.get("small.xml")!.crc).toBe(zlib.crc32(small));
  });
});

describe("parts set one after another", () => {
  it("property: every part keeps its own text, stored or deflated, set as text or as bytes reused, read back by two readers", () => {
    // Sizes around STORE_BELOW, Chinese and astral text, and larger parts between.
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ minLength: STORE_BELOW - 4, maxLength: STORE_BELOW + 4 }),
      fc.string({ unit: "grapheme", minLength: 300, maxLength: 2000 }),
      fc.string({ minLength: 5400, maxLength: 5500 }),
    );
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 120 }), fc.boolean(), (texts, native) => {
        const pkg = { parts: new Map(), codec: native ? ZLIB_CODEC : FFLATE_CODEC };
        const reused = new Uint8Array(STORE_BELOW * 8); // the writer's buffer, overwritten after each part
        texts.forEach((t, i) => {
          if (i % 3) return setPartText(pkg, `p${i}.xml`, t);
          const bytes = new TextEncoder().encode(t);
          const view = bytes.length <= reused.length ? reused.subarray(0, bytes.length) : bytes;
          view.set(bytes);
          setPartBytes(pkg, `p${i}.xml`, view);
          reused.fill(0x2a);
        });
        const zip = concat(packPackage(pkg));
        const again = openPackage(zip, ZLIB_CODEC);
        const files = unzipSync(zip);
        texts.forEach((t, i) => {
          expect(partText(again, `p${i}.xml`)).toBe(new TextDecoder().decode(new TextEncoder().encode(t)));
          expect(Buffer.from(files[`p${i}.xml`]).equals(Buffer.from(new TextEncoder().encode(t)))).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe("Node's UTF-8 decoding", () => {
  const bom = [0xef, 0xbb, 0xbf];
  const sample = (text: string) => new TextEncoder().encode(text);

  it.each([
    ["ASCII XML", sample('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')],
    ["Chinese and an astral character", sample("≥90%，满意度 𠀋")],
    ["a byte order mark", Uint8Array.from([...bom, ...sample("<x/>")])],
    ["two byte order marks", Uint8Array.from([...bom, ...bom, 0x41])],
    ["a byte order mark alone", Uint8Array.from(bom)],
    ["broken sequences", Uint8Array.from([0x41, 0xe4, 0xb8, 0x42, 0xff, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90])],
    ["nothing", new Uint8Array(0)],
  ])("reads %s as TextDecoder does", (_, bytes) => {
    expect(ZLIB_CODEC.decode(bytes)).toBe(FFLATE_CODEC.decode(bytes));
  });

  it("property: any bytes, also a view into a larger buffer, read as TextDecoder reads them", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(8), fc.boolean(), (bytes, offset, withBom) => {
        const whole = new Uint8Array(offset + 3 + bytes.length);
        if (withBom) whole.set(bom, offset);
        whole.set(bytes, offset + 3);
        const view = whole.subarray(offset, withBom ? undefined : offset + 3 + bytes.length);
        expect(ZLIB_CODEC.decode(view)).toBe(FFLATE_CODEC.decode(view));
      }),
      { numRuns: 3000 },
    );
  });
});
