import threads from "node:worker_threads";
import { deflatingElsewhere, letDeflateWorkerGo, ZLIB_CODEC } from "../../src/cli/zlibCodec";
import { codecWith, sleep } from "./threadCodec";
import { concat, packPackage, partBytes, setPartBytes, STORE_BELOW, type Codec } from "../../src/host/xlsx/zip";

const NOW = new Date(2026, 0, 2, 3, 4, 6);

/** A copy's parts: sheets' XML of 1–9 KB, bytes that do not deflate, a part larger than a batch, small stored ones. */
function someParts(): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let x = 7;
  const random = (n: number) => Uint8Array.from({ length: n }, () => (x = (x * 1103515245 + 12345) >>> 0) >>> 24);
  for (let i = 0; i < 300; i++) {
    const cells = Array.from(
      { length: 20 + (i % 9) * 25 },
      (_, c) => `<c r="A${c}" s="${(i * c) % 7}"><v>${c * i}</v></c>`,
    );
    parts.push(new TextEncoder().encode(`<sheetData>${cells.join("")}</sheetData>`));
    if (i % 40 === 0) parts.push(random(3000 + i));
    if (i % 50 === 0) parts.push(random(STORE_BELOW - 1));
  }
  parts.push(new TextEncoder().encode("<sst>" + "<si><t>目标值</t></si>".repeat(9000) + "</sst>")); // ~200 KB
  return parts;
}

/** The zip a writer makes of `parts` through `codec`; `between` runs after every 50 parts. */
function copyThrough(codec: Codec, parts: Uint8Array[], between: () => void = () => {}): Buffer {
  const pkg = { parts: new Map(), codec };
  parts.forEach((bytes, i) => {
    setPartBytes(pkg, `xl/p${i}.xml`, bytes);
    if (i % 50 === 49) between();
  });
  return Buffer.from(concat(packPackage(pkg, NOW)));
}

describe("the copy's parts deflated on a second thread", () => {
  const parts = someParts();
  const expected = copyThrough(ZLIB_CODEC, parts);
  afterEach(letDeflateWorkerGo); // the run over

  /** `copyThrough` counting the parts deflated here, with pauses that let the thread answer (a writer alone outruns it). */
  function copyCounting(codec: Codec): { copy: Buffer; here: number } {
    const here = jest.spyOn(ZLIB_CODEC, "deflate");
    try {
      return { copy: copyThrough(codec, parts, () => sleep(200)), here: here.mock.calls.length };
    } finally {
      here.mockRestore();
    }
  }
  const deflated = parts.filter((p) => p.length >= STORE_BELOW).length;

  it("writes the same bytes as deflating them here, with parts deflated by the thread", async () => {
    const { copy, here } = copyCounting(await codecWith());
    expect(copy.equals(expected)).toBe(true);
    expect(here).toBeLessThan(deflated);
  });

  it("writes the same bytes when the writer reuses one buffer for every part (no copy of its own per part)", async () => {
    const codec = await codecWith();
    const pkg = { parts: new Map(), codec };
    const buffer = new Uint8Array(Math.max(...parts.map((p) => p.length)));
    parts.forEach((bytes, i) => {
      buffer.set(bytes);
      setPartBytes(pkg, `xl/p${i}.xml`, buffer.subarray(0, bytes.length));
      buffer.fill(0x3c); // the writer's next part overwrites it at once
      if (i % 50 === 49) sleep(100);
    });
    expect(Buffer.from(concat(packPackage(pkg, NOW))).equals(expected)).toBe(true);
  });

  it("reads back a part still being deflated, then goes on", async () => {
    const pkg = { parts: new Map(), codec: await codecWith() };
    parts.slice(0, 40).forEach((bytes, i) => setPartBytes(pkg, `xl/p${i}.xml`, bytes));
    expect(Buffer.from(partBytes(pkg, "xl/p3.xml")!).equals(Buffer.from(parts[3]))).toBe(true);
    parts.slice(40).forEach((bytes, i) => setPartBytes(pkg, `xl/p${i + 40}.xml`, bytes));
    expect(Buffer.from(concat(packPackage(pkg, NOW))).equals(expected)).toBe(true);
  });

  it("keeps the thread for the run: a later file's copy is deflated by it too, with no second start", async () => {
    const first = copyCounting(await codecWith(undefined, false));
    expect(first.copy.equals(expected)).toBe(true);
    const made = jest.spyOn(threads, "Worker");
    try {
      for (const last of [false, true]) {
        const { copy, here } = copyCounting(deflatingElsewhere({ last }));
        expect(copy.equals(expected)).toBe(true);
        expect(here).toBeLessThan(deflated);
      }
      expect(made).not.toHaveBeenCalled();
      // The last file's copy let it go: a file after that (none in a run) is deflated here.
      expect(deflatingElsewhere({ last: true })).toBe(ZLIB_CODEC);
    } finally {
      made.mockRestore();
    }
  });

  it("a file that failed before its copy leaves the thread for the next, its parts all back", async () => {
    const codec = await codecWith(undefined, false);
    const pkg = { parts: new Map(), codec };
    parts.slice(0, 60).forEach((bytes, i) => setPartBytes(pkg, `xl/p${i}.xml`, bytes));
    codec.finish!(); // checkFile's catch: no copy of this file
    for (const name of pkg.parts.keys())
      expect(Buffer.from(partBytes(pkg, name)!).equals(Buffer.from(parts[Number(name.slice(4, -4))]))).toBe(true);
    const next = copyCounting(deflatingElsewhere({ last: true }));
    expect(next.copy.equals(expected)).toBe(true);
    expect(next.here).toBeLessThan(deflated);
  });

  it("writes the same bytes for the next file when the thread died between files", async () => {
    let made: threads.Worker | null = null;
    const first = await codecWith((Real, source, options) => (made = new Real(source, options)), false);
    expect(copyThrough(first, parts).equals(expected)).toBe(true);
    await made!.terminate();
    const start = Date.now();
    expect(copyThrough(deflatingElsewhere({ last: true }), parts, () => sleep(20)).equals(expected)).toBe(true);
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it("writes the same bytes when the thread cannot be made", async () => {
    const codec = await codecWith(() => {
      throw new Error("no threads here");
    });
    expect(codec).toBe(ZLIB_CODEC);
    expect(copyThrough(codec, parts).equals(expected)).toBe(true);
  });

  it("writes the same bytes when the thread is killed while the copy is written", async () => {
    let made: threads.Worker | null = null;
    const codec = await codecWith((Real, source, options) => (made = new Real(source, options)));
    let batches = 0;
    const copy = copyThrough(codec, parts, () => {
      if (++batches === 2) void made!.terminate();
      sleep(20);
    });
    expect(copy.equals(expected)).toBe(true);
  });

  it("writes the same bytes, without waiting for it, when the thread dies in the middle of a batch", async () => {
    const codec = await codecWith(
      (Real, source, options) =>
        new Real(
          source.replace("// taken back by the writer", "// taken back by the writer\n  process.exit(1);"),
          options,
        ),
    );
    const start = Date.now();
    const copy = copyThrough(codec, parts, () => sleep(20));
    expect(copy.equals(expected)).toBe(true);
    expect(Date.now() - start).toBeLessThan(5000); // the time a stalled thread is given: 10 s
  });

  it("takes back, without waiting, the batches of a thread that never begins them", async () => {
    const codec = await codecWith(
      (Real, source, options) =>
        new Real(
          source.replace("const { input, output, meta } = slots[index];", "return; // alive, never begins"),
          options,
        ),
    );
    const start = Date.now();
    expect(copyThrough(codec, parts).equals(expected)).toBe(true);
    expect(Date.now() - start).toBeLessThan(5000);
  });
});
