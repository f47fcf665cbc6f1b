import fs from "node:fs";
import path from "node:path";
import { letDeflateWorkerGo, ZLIB_CODEC } from "../../src/cli/zlibCodec";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import {
  concat,
  openPackage,
  packPackage,
  partBytes,
  setPartBytes,
  type Codec,
  type Package,
} from "../../src/host/xlsx/zip";
import { codecWith, sleep } from "./threadCodec";

const NOW = new Date(2026, 0, 2, 3, 4, 6);

/**
 * A workbook's bytes with `count` sheets' XML of 1–30 KB (windows of 256 KB take a few dozen), one sheet larger than a
 * window, and, when `damaged`, one sheet whose deflated data has a byte flipped (its inflate fails, or its checksum).
 */
function workbookBytes(count: number, damaged = false): { bytes: Uint8Array; names: string[] } {
  const pkg: Package = { parts: new Map(), codec: ZLIB_CODEC };
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const cells = Array.from({ length: 20 + ((i * 37) % 600) }, (_, c) => `<c r="A${c}"><v>${(c * i) % 997}</v></c>`);
    if (i === 7) cells.push(`<c r="B1" t="inlineStr"><is><t>${"目标值".repeat(100_000)}</t></is></c>`); // ~900 KB
    names.push(`xl/worksheets/sheet${i + 1}.xml`);
    setPartBytes(
      pkg,
      names[i],
      new TextEncoder().encode(`<worksheet><sheetData>${cells.join("")}</sheetData></worksheet>`),
    );
  }
  if (damaged) {
    const part = pkg.parts.get(names[count >> 1])!;
    part.data = part.data.slice();
    part.data[part.data.length >> 1] ^= 0x55;
  }
  return { bytes: concat(packPackage(pkg, NOW)), names };
}

/** Each sheet's bytes read as the reader reads them, or the message it fails with; `between` runs after each. */
function readEach(codec: Codec, bytes: Uint8Array, names: string[], between: (i: number) => void = () => {}) {
  const pkg = openPackage(bytes, codec);
  codec.inflateAhead?.(names.map((name) => pkg.parts.get(name)!));
  return names.map((name, i) => {
    try {
      return Buffer.from(partBytes(pkg, name)!).toString("base64");
    } catch (e) {
      return `error: ${(e as Error).message}`;
    } finally {
      between(i);
    }
  });
}

/** `readEach` counting the sheets inflated here (by ZLIB_CODEC), not by the thread. */
function readCounting(codec: Codec, bytes: Uint8Array, names: string[], between?: (i: number) => void) {
  const here = jest.spyOn(ZLIB_CODEC, "inflate");
  try {
    return { read: readEach(codec, bytes, names, between), here: here.mock.calls.length };
  } finally {
    here.mockRestore();
  }
}

describe("the worksheets inflated ahead on the deflating thread", () => {
  const { bytes, names } = workbookBytes(120);
  const expected = readEach(ZLIB_CODEC, bytes, names);
  afterEach(letDeflateWorkerGo);

  it("reads every sheet as inflating it here does, most of them inflated by the thread", async () => {
    // A pause now and then lets the thread get ahead, as the reader's tokenising does.
    const { read, here } = readCounting(await codecWith(), bytes, names, (i) => i % 10 === 0 && sleep(20));
    expect(read).toEqual(expected);
    expect(here).toBeLessThan(names.length / 2); // on main every sheet is inflated here
  });

  it("fails on a damaged sheet with the same message as inflating it here, and reads the rest", async () => {
    const damaged = workbookBytes(120, true);
    const here = readEach(ZLIB_CODEC, damaged.bytes, damaged.names);
    expect(here.filter((r) => r.startsWith("error: "))).toHaveLength(1);
    expect(readEach(await codecWith(), damaged.bytes, damaged.names, () => sleep(1))).toEqual(here);
  });

  it("reads the same when the sheets are read out of order or twice, and the thread is slow", async () => {
    const slow = await codecWith(
      (Real, source, options) =>
        new Real(
          source.replace(
            "const size = meta[at + 4];",
            "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.random() * 3);\n      const size = meta[at + 4];",
          ),
          options,
        ),
    );
    const pkg = openPackage(bytes, slow);
    slow.inflateAhead!(names.map((name) => pkg.parts.get(name)!));
    const order = [...names.keys()]
      .map((i) => (i % 5 === 3 ? i + 1 : i % 5 === 4 ? i - 1 : i))
      .filter((i) => i < names.length);
    for (const i of [...order, 0, 50]) {
      expect(Buffer.from(partBytes(pkg, names[i])!).toString("base64")).toBe(expected[i]);
      if (i % 3 === 0) sleep(2);
    }
  });

  it("property: the same bytes whatever the thread's pace, over many runs (windows refilled while it works)", async () => {
    for (let run = 0; run < 6; run++) {
      const codec = await codecWith(
        (Real, source, options) =>
          new Real(
            source.replace(
              "const size = meta[at + 4];",
              `if (Math.random() < 0.2) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${run});\n      const size = meta[at + 4];`,
            ),
            options,
          ),
      );
      expect(readEach(codec, bytes, names, (i) => i % (run + 2) === 0 && sleep(1))).toEqual(expected);
      letDeflateWorkerGo();
    }
  });

  it("reads the same when the thread dies in the middle of inflating, without waiting for it", async () => {
    const dying = await codecWith(
      (Real, source, options) =>
        new Real(
          source.replace(
            "output.set(bytes, meta[at + 3]);",
            "if (at > 100) process.exit(1);\n      output.set(bytes, meta[at + 3]);",
          ),
          options,
        ),
    );
    const start = Date.now();
    expect(readEach(dying, bytes, names, () => sleep(1))).toEqual(expected);
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it("reads the same when the thread hands back wrong bytes: checked here, inflated again, no damaged-part message", async () => {
    const garbling = await codecWith(
      (Real, source, options) =>
        new Real(
          source.replace(
            "output.set(bytes, meta[at + 3]);",
            "bytes[bytes.length >> 1] ^= 0x55;\n      output.set(bytes, meta[at + 3]);",
          ),
          options,
        ),
    );
    const { read, here } = readCounting(garbling, bytes, names, (i) => i % 10 === 0 && sleep(20));
    expect(read).toEqual(expected);
    expect(here).toBeGreaterThan(names.length / 2); // each garbled sheet inflated again here
  });

  it("reads the same when the thread cannot be made", async () => {
    const none = await codecWith(() => {
      throw new Error("no threads here");
    });
    expect(none.inflateAhead).toBeUndefined();
    expect(readEach(none, bytes, names)).toEqual(expected);
  });

  it("reads the bundled sample into the same snapshot as inflating every part here", async () => {
    const sample = fs.readFileSync(path.join(__dirname, "..", "..", "assets", "sample.xlsx"));
    const alone = readWorkbookBytes(sample, ZLIB_CODEC, { keepText: true }).snapshot;
    expect(readWorkbookBytes(sample, await codecWith(), { keepText: true }).snapshot).toEqual(alone);
  });
});
