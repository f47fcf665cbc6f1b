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

  /** How many buffers Node's zlib allocates for its output (ZlibBase's first, then one per refill) during `run`. */
  function outputBuffers(run: () => void): number {
    const spy = jest.spyOn(Buffer, "allocUnsafe");
    try {
      run();
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  it.each([1000, 5000, 40_000])("inflates a part of %i bytes into one buffer, in one zlib call", (size) => {
    const bytes = echoed(size, 11);
    const data = zlib.deflateRawSync(bytes);
    let out: Uint8Array = new Uint8Array(0);
    // A buffer of exactly the declared size came back full, and Node allocated a second one to call zlib again.
    expect(outputBuffers(() => (out = ZLIB_CODEC.inflate(data, size)))).toBe(1);
    expect(Buffer.from(out).equals(bytes)).toBe(true);
  });

  it("deflates a note box's VML (just over STORE_BELOW, to just over half) into one buffer, in one zlib call", () => {
    // As the checked copy of the bench's workbook holds 584 of them (notes.ts writes it).
    const vml =
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
      'xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="99"/>' +
      '</o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" ' +
      'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>' +
      '</v:shapetype><v:shape id="_x0000_s101377" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;' +
      'margin-top:1.5pt;width:144pt;height:72pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>10, 15, 12, 10, 13, 15, 17, 4' +
      "</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>12</x:Row><x:Column>9</x:Column></x:ClientData></v:shape></xml>";
    const bytes = new TextEncoder().encode(vml);
    expect(bytes.length).toBeGreaterThanOrEqual(STORE_BELOW);
    let data: Uint8Array = new Uint8Array(0);
    // Half its size was too small: a second buffer, a second call and a concatenation (three buffers).
    expect(outputBuffers(() => (data = ZLIB_CODEC.deflate(bytes).data))).toBe(1);
    expect(data.length).toBeGreaterThan(bytes.length / 2);
    expect(Buffer.from(data).equals(zlib.deflateRawSync(bytes, { level: 1 }))).toBe(true);
  });
});

/** The calls as they were before session 62 (a buffer of exactly the size; half the part's size), for the property. */
const before = {
  inflate: (data: Uint8Array, size: number) =>
    size === 0
      ? new Uint8Array(0)
      : zlib.inflateRawSync(data, { maxOutputLength: size, chunkSize: Math.max(size, 64) }),
  deflate: (bytes: Uint8Array, windowBits: number) =>
    zlib.deflateRawSync(bytes, { level: 1, windowBits, chunkSize: Math.min(Math.max(bytes.length >>> 1, 64), 16_384) }),
};

/** The answer of `run`: its bytes, or the error's code and message. */
function answer(run: () => Uint8Array): string {
  try {
    return `bytes ${Buffer.from(run()).toString("base64")}`;
  } catch (e) {
    return `error ${(e as NodeJS.ErrnoException).code} ${(e as Error).message}`;
  }
}

describe("the output buffers sized for one call (session 62)", () => {
  // Text that deflates well, bytes that do not, and runs between; sizes around the buffer sizes of both.
  const content = fc.oneof(
    fc.uint8Array({ maxLength: 5000 }),
    fc
      .tuple(fc.string({ maxLength: 40 }), fc.nat({ max: 300 }))
      .map(([s, n]) => new TextEncoder().encode(`<c r="A${n}">${s}</c>`.repeat(n))),
    fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.nat({ max: 200 })).map(([b, n]) => {
      const out = new Uint8Array(b.length * n);
      for (let i = 0; i < n; i++) out.set(b, i * b.length);
      return out;
    }),
  );

  it("property: inflating gives what it gave before: the bytes, or the same error (sizes declared wrong, data damaged)", () => {
    fc.assert(
      fc.property(
        content,
        fc.integer({ min: -3, max: 3 }),
        fc.option(fc.tuple(fc.nat(), fc.nat({ max: 255 }), fc.boolean())),
        (bytes, sizeOff, damage) => {
          let data = new Uint8Array(zlib.deflateRawSync(bytes, { level: 1 }));
          if (damage) {
            const [at, value, cut] = damage;
            if (cut) data = data.subarray(0, at % (data.length + 1));
            else data[at % data.length] = value;
          }
          const size = Math.max(0, bytes.length + sizeOff);
          expect(answer(() => ZLIB_CODEC.inflate(data, size))).toBe(answer(() => before.inflate(data, size)));
        },
      ),
      { numRuns: 600 },
    );
  });

  it("property: deflating gives the bytes it gave before", () => {
    fc.assert(
      fc.property(content, (bytes) => {
        let bits = 9;
        while (bits < 15 && (1 << bits) - 262 < bytes.length) bits++;
        expect(Buffer.from(ZLIB_CODEC.deflate(bytes).data).equals(before.deflate(bytes, bits))).toBe(true);
      }),
      { numRuns: 400 },
    );
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
